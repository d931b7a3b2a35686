package doc

import (
	"strings"
	"unicode/utf8"
)

// A paragraph broken over several lines at a column (a wire printout, a
// page copied at a fixed width) reads as one run of text: a reader joins
// 飼い|主 and 寺門|麻衣 across the break. JoinLines removes such breaks so
// that words, names and dates are whole for the passes that read the
// text, and Cuts maps offsets between the joined text and the text the
// breaks were removed from.

// Cut is one removal: N bytes were removed at offset At of the joined
// text.
type Cut struct{ At, N int }

// Cuts are the removals JoinLines made, in order. A nil Cuts is no
// removal.
type Cuts []Cut

// JoinLines returns s without its line breaks that fall between two
// characters of which at least one is not an ASCII letter or digit (a
// Japanese text wrapped at a column), each break removed with the spaces
// around it, and the cuts made. Breaks between two ASCII words (a Latin
// text wrapped) are kept, and so are the breaks around a line with a
// space inside it (a row of a table: 年会費 3,000円) and those a quotation
// starts or ends at (…では / 「寂しい」 / 「最後に行きたい」). s comes back as is, with no cuts, when it has no
// line break.
func JoinLines(s string) (string, Cuts) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var cuts Cuts
	from := 0 // s[from:] is not yet written
	for i >= 0 {
		// The run of spaces and line feeds around the break.
		a := i
		for a > 0 && isBlankByte(s[a-1]) {
			a--
		}
		z := i + 1
		for z < len(s) && (isBlankByte(s[z]) || s[z] == '\n') {
			z++
		}
		prevLine := s[strings.LastIndexByte(s[:a], '\n')+1 : a]
		nextLine := s[z:]
		if k := strings.IndexByte(nextLine, '\n'); k >= 0 {
			nextLine = nextLine[:k]
		}
		before, after := lastRuneOf(s[:a]), firstRuneOf(s[z:])
		if a > 0 && z < len(s) && !(asciiWord(before) && asciiWord(after)) && !bracketSide(before, after) &&
			!spaced(prevLine) && !spaced(nextLine) {
			b.WriteString(s[from:a])
			cuts = append(cuts, Cut{At: b.Len(), N: z - a})
			from = z
		}
		next := strings.IndexByte(s[z:], '\n')
		if next < 0 {
			break
		}
		i = z + next
	}
	if cuts == nil {
		return s, nil
	}
	b.WriteString(s[from:])
	return b.String(), cuts
}

// bracketSide reports a break that a quotation starts or ends at, before
// 「 or after 」: a quotation on a line of its own is one a reader tells
// from a term quoted in the running text.
func bracketSide(before, after rune) bool {
	return after == '「' || after == '『' || before == '」' || before == '』'
}

// spaced reports a line with a space inside it: a row of a table or a
// list (年会費 3,000円), which keeps its own line.
func spaced(line string) bool {
	return strings.ContainsAny(strings.Trim(line, " \t"), " \t")
}

// isBlankByte reports a space or a tab.
func isBlankByte(c byte) bool { return c == ' ' || c == '\t' }

// asciiWord reports an ASCII letter or digit.
func asciiWord(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Outer maps offset off of the joined text to the offset of the text the
// breaks were removed from. An offset at a cut maps past the removed bytes
// as a start (end false) and before them as an end (end true).
func (cs Cuts) Outer(off int, end bool) int {
	out := off
	for _, c := range cs {
		if c.At > off || end && c.At == off {
			break
		}
		out += c.N
	}
	return out
}

// Inner maps offset off of the text the breaks were removed from to the
// joined text. An offset inside removed bytes maps to the cut.
func (cs Cuts) Inner(off int) int {
	removed := 0
	for _, c := range cs {
		start := c.At + removed // the removed bytes' start in the original
		if off <= start {
			break
		}
		if off < start+c.N {
			return c.At
		}
		removed += c.N
	}
	return off - removed
}
