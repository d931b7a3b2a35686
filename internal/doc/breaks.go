package doc

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// A paragraph broken over several lines at a column (a wire printout, a
// page copied at a fixed width) reads as one run of text: a reader joins
// 飼い|主 and 森川|早苗 across the break. JoinLines removes such breaks so
// that words, names and dates are whole for the passes that read the
// text, and Cuts maps offsets between the joined text and the text the
// breaks were removed from.

// Cut is one removal: N bytes were removed at offset At of the joined
// text.
type Cut struct {
	At, N int
	done  int // bytes removed by the cuts before this one
}

// Cuts are the removals JoinLines made, in order. A nil Cuts is no
// removal.
type Cuts []Cut

// JoinLines returns s without the line breaks a column made (see
// wrapped), each removed with the spaces around it, and the cuts made: a
// Japanese text wrapped at a fixed width reads as one run. column is the
// width the whole text was wrapped at (see Column), 0 for none. Lines shorter
// than the column (a heading, a sentence of its own), rows of tables,
// labels and values, Latin words and quotations on lines of their own
// keep their breaks. s comes back as is, with no cuts, when it has no
// line break.
func JoinLines(s string, column int) (string, Cuts) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s, nil
	}
	var b strings.Builder
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
		if a > 0 && z < len(s) && wrapped(prevLine, nextLine, column) {
			if cuts == nil {
				b.Grow(len(s))
			}
			b.WriteString(s[from:a])
			done := 0
			if k := len(cuts); k > 0 {
				done = cuts[k-1].done + cuts[k-1].N
			}
			cuts = append(cuts, Cut{At: b.Len(), N: z - a, done: done})
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

// minWrapRunes is the fewest runes of a line wrapped at a column.
const minWrapRunes = 10

// wrapped reports whether the break between prev and next was made by a
// column (column display cells wide, 0 when the text has none). prev has
// minWrapRunes and opens no item of a list; one of the two characters
// around the break is not an ASCII letter or digit; next opens no
// quotation; neither line holds a space inside it; no colon labels them.
// Then prev stops after a comma, goes on into the few last characters of
// its sentence or into the quotative after its quotation; or, in a text
// wrapped at a column, fills the column or stops inside a clause.
func wrapped(prev, next string, column int) bool {
	before, after := lastRuneOf(prev), firstRuneOf(next)
	if isASCIIAlnum(before) && isASCIIAlnum(after) || quoteStarts(after) || spaced(prev) || spaced(next) || labelled(prev, next) {
		return false
	}
	if utf8.RuneCountInString(prev) < minWrapRunes || strings.ContainsRune(listMarks, firstRuneOf(prev)) {
		return false // ・寝る前に深呼吸を: an item or a heading of its own
	}
	if before == '、' || before == '，' || WrapTail(next) || before == '」' && QuotativeNext(next) {
		return true
	}
	// A line as wide as the column, give or take the two cells a rule
	// against opening a line with 。 moves, or one that stops inside a
	// clause, however ragged. A heading may end with a particle too
	// (港の古書市は春のうちに): only in a text wrapped at a column does one
	// mark a wrap.
	return column > 0 && (DisplayWidth(prev) >= column-2*wideCell || strings.ContainsRune(clauseGoesOn, before) || endsAny(prev, clauseEnds))
}

// listMarks open an item of a list or a heading.
const listMarks = "・■□◆◇●○▼▽▲△★☆※"

// clauseEnds are the words that end a clause, never a sentence.
var clauseEnds = []string{"から", "まで", "より", "ので", "けど", "ながら"}

// endsAny reports whether s ends with one of ws.
func endsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// minColumnLines is the fewest lines as wide as one column that make a
// text wrapped at it.
const minColumnLines = 4

// Column returns the width, in display cells, of the column a text was
// wrapped at, given the widths of its lines, or 0 when it was not: most
// of its lines of minWrapRunes wide characters or more end within two
// characters of one width, and few are wider.
func Column(widths []int) int {
	ws := make([]int, 0, len(widths))
	for _, w := range widths {
		if w >= wideCell*minWrapRunes {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	// The column: the width with the most lines ending within two wide
	// characters short of it (a rule against opening a line with 。
	// and narrow digits move the end), the widest on a tie; a window
	// slides over the sorted widths.
	near, at := 0, 0
	lo := 0
	for hi, w := range ws {
		for ws[lo] < w-2*wideCell {
			lo++
		}
		if n := hi - lo + 1; n >= near {
			near, at = n, w
		}
	}
	wider := len(ws) - sort.SearchInts(ws, at+1)
	if near < minColumnLines || 5*near < 2*len(ws) || 10*wider > len(ws) {
		return 0
	}
	return at
}

// MaxWrapTail bounds, in runes, the end of a sentence wrapped onto a line
// of its own (した。), too short to be a sentence alone.
const MaxWrapTail = 10

// WrapTail reports a line that is only the end of a sentence wrapped
// onto it: a few characters and the full stop.
func WrapTail(line string) bool {
	return strings.HasSuffix(line, "。") && utf8.RuneCountInString(line) <= MaxWrapTail
}

// wideCell is the width of a wide character, in display cells.
const wideCell = 2

// clauseGoesOn are the particles after which a clause goes on: they
// never end a sentence.
const clauseGoesOn = "をにがはでへやのとも"

// DisplayWidth is the width of s in display cells: two for a wide or
// full-width character, one for the others.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// quoteStarts reports a break that a quotation starts at, before 「: a
// quotation on a line of its own is one a reader tells from a term
// quoted in the running text.
func quoteStarts(after rune) bool {
	return after == '「' || after == '『'
}

// labelled reports lines of labels and values (重さ(約):, 向いている
// 人：): a colon ends the line before or opens the value of the
// line after.
func labelled(prev, next string) bool {
	if strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "：") {
		return true
	}
	i := strings.IndexAny(next, ":：")
	return i >= 0 && utf8.RuneCountInString(next[:i]) <= maxLabelRunes
}

// maxLabelRunes bounds a label before its colon.
const maxLabelRunes = 12

// spaced reports a line with a space inside it: a row of a table or a
// list (年会費 3,000円), which keeps its own line.
func spaced(line string) bool {
	return strings.ContainsAny(strings.Trim(line, " \t"), " \t")
}

// isBlankByte reports a space or a tab.
func isBlankByte(c byte) bool { return c == ' ' || c == '\t' }

// lastRuneOf returns the last rune of s, or utf8.RuneError.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRuneOf returns the first rune of s, or utf8.RuneError.
func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Outer maps offset off of the joined text to the offset of the text the
// breaks were removed from. An offset at a cut maps past the removed bytes
// as a start (end false) and before them as an end (end true). It takes
// a binary search: a paragraph wrapped over many lines has many cuts.
func (cs Cuts) Outer(off int, end bool) int {
	// k: the cuts at or before off (before it, for an end).
	k := sort.Search(len(cs), func(i int) bool { return cs[i].At > off || end && cs[i].At == off })
	if k == 0 {
		return off
	}
	return off + cs[k-1].done + cs[k-1].N
}

// Inner maps offset off of the text the breaks were removed from to the
// joined text. An offset inside removed bytes maps to the cut.
func (cs Cuts) Inner(off int) int {
	// k: the cuts whose removed bytes start before off.
	k := sort.Search(len(cs), func(i int) bool { return cs[i].At+cs[i].done >= off })
	if k == 0 {
		return off
	}
	c := cs[k-1]
	if start := c.At + c.done; off < start+c.N {
		return c.At
	}
	return off - c.done - c.N
}
