package doc

import (
	"strings"
	"unicode/utf8"
)

// Sentence splitting is written by hand: the splitters of the libraries
// newsdoc may use either drop offsets or end sentences inside 「…」.

// CloserOf returns the closing bracket of an opening one, or 0.
func CloserOf(r rune) rune {
	switch r {
	case '「':
		return '」'
	case '『':
		return '』'
	case '（':
		return '）'
	case '(':
		return ')'
	}
	return 0
}

func IsCloser(r rune) bool { return r == '」' || r == '』' || r == '）' || r == ')' }

func IsTerminator(r rune) bool {
	switch r {
	case '。', '．', '！', '？', '!', '?':
		return true
	}
	return false
}

// BracketEvent is a bracket at a byte offset; matched tells whether it has
// a partner.
type BracketEvent struct {
	At      int
	Open    bool
	Matched bool
}

// MarkAt decodes the rune at s[i] when MarkStep(s, i) is 0: it returns the
// rune, or -1 when it is one no scan looks at (kana, other CJK
// characters), and its size.
func MarkAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i+2 >= len(s) {
		return -1, 1 // a truncated sequence: invalid input only
	}
	if c == 0xE3 && s[i+1] != 0x80 {
		return -1, 3 // U+3040 and above: kana, kanji
	}
	return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
}

// MatchBrackets pairs the brackets of s. An opener whose closer never comes,
// or a closer without an opener, stays unmatched and counts as a plain
// character. It runs in linear time whatever the nesting.
func MatchBrackets(s string) []BracketEvent {
	var sp Splitter
	var ev []BracketEvent
	for _, m := range sp.Marks(s) {
		if m.Bracket {
			ev = append(ev, BracketEvent{At: m.At, Open: m.Open, Matched: m.Matched})
		}
	}
	return ev
}

// Mark is a rune the sentence Splitter acts on: a bracket (with whether it
// has a partner), a sentence terminator or a line feed.
type Mark struct {
	At      int   // byte offset of the rune
	R       rune  // the rune
	N       uint8 // bytes of R
	Bracket bool  // R is one of 「」『』（）()
	Open    bool  // R is an opening bracket
	Matched bool  // the bracket has a partner (set by Pair)
}

// Splitter holds the buffers of sentence splitting, reused from one
// paragraph to the next.
type Splitter struct {
	ms  []Mark
	mt  Matcher
	out [][2]int
}

// MarkStep returns the length of the rune at s[i] when it can be no Mark,
// or 0 when MarkAt must read it: ( ) ! ? and line feed, full-width forms
// (lead 0xEF) and CJK punctuation (0xE3 0x80); brackets and terminators
// are all among these. Everything else (kanji, kana, Latin text) is
// stepped over a rune at a time without decoding. It is written so that
// its branch nearly always goes the same way: in Japanese text kana and
// kanji alternate at random, marks are few. On valid UTF-8 the steps land
// on rune starts; on invalid input they may skip a byte, never go out of
// range.
func MarkStep(s string, i int) int {
	c := s[i]
	next := byte(0x80) // at the end, where a sequence may be cut, look
	if i+2 < len(s) {
		next = s[i+1]
	}
	if markLead[c] || uint32(c)<<8|uint32(next) == 0xE380 {
		return 0
	}
	return int(lenOf[c])
}

// markLead holds the bytes MarkStep always looks at, and lenOf the length
// of the UTF-8 sequence each byte starts (1 for other bytes, so that a scan
// always advances).
var markLead, lenOf = func() (lead [256]bool, n [256]uint8) {
	for c := range 256 {
		lead[c] = c == '(' || c == ')' || c == '!' || c == '?' || c == '\n' || c == 0xEF
		switch {
		case c < 0xC0 || c >= 0xF8:
			n[c] = 1
		case c < 0xE0:
			n[c] = 2
		case c < 0xF0:
			n[c] = 3
		default:
			n[c] = 4
		}
	}
	return lead, n
}()

// Marks returns the marks of s in order, with the brackets paired: an
// opener whose closer never comes, or a closer without an opener, stays
// unmatched. It runs in linear time whatever the nesting. The result is
// valid until the next call.
func (sp *Splitter) Marks(s string) []Mark {
	ms := sp.ms[:0]
	for i := 0; i < len(s); {
		if k := MarkStep(s, i); k != 0 {
			i += k
			continue
		}
		r, n := MarkAt(s, i)
		switch {
		case r < 0:
		case CloserOf(r) != 0:
			ms = append(ms, Mark{At: i, R: r, N: uint8(n), Bracket: true, Open: true})
		case IsCloser(r):
			ms = append(ms, Mark{At: i, R: r, N: uint8(n), Bracket: true})
		case r == '\n' || IsTerminator(r):
			ms = append(ms, Mark{At: i, R: r, N: uint8(n)})
		}
		i += n
	}
	sp.ms = ms
	sp.Pair(ms)
	return ms
}

// Buffer returns the splitter's mark buffer, emptied, for a caller that
// collects marks itself and passes them to Pair, which keeps the slice for
// the next call.
func (sp *Splitter) Buffer() []Mark { return sp.ms[:0] }

// Pair pairs the brackets of ms, in order: an opener whose closer never
// comes, or a closer without an opener, stays unmatched. It runs in linear
// time whatever the nesting.
func (sp *Splitter) Pair(ms []Mark) {
	sp.ms = ms // kept for Buffer
	mt := &sp.mt
	mt.Reset()
	for i := range ms {
		m := &ms[i]
		m.Matched = false
		if !m.Bracket {
			continue
		}
		k, open, _ := BracketOf(m.R)
		if open {
			mt.Open(i, k)
			continue
		}
		if j, _ := mt.Close(k); j >= 0 {
			ms[j].Matched = true
			m.Matched = true
		}
	}
}

// Split splits s into sentences and returns their byte ranges
// [start, end) in s, trimmed of white space. 。．！？!? end a sentence
// outside matched brackets; closing brackets and further terminators right
// after the terminator stay with the sentence. A line break outside
// brackets also ends a sentence. No text is lost: the ranges, with the white
// space between them, cover s.
func Split(s string) [][2]int {
	var sp Splitter
	return sp.Split(s)
}

// split is Split on the Splitter's buffers: the result is valid
// until the next call. It goes from Mark to Mark: nothing between two
// marks changes a sentence.
func (sp *Splitter) Split(s string) [][2]int {
	return sp.SplitMarks(s, sp.Marks(s))
}

// SplitMarks is Split with the marks of s given, paired.
func (sp *Splitter) SplitMarks(s string, ms []Mark) [][2]int {
	out := sp.out[:0]
	emit := func(a, b int) {
		a, b = TrimRange(s, a, b)
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	depth, start := 0, 0
	for e := 0; e < len(ms); {
		m := ms[e]
		e++
		i, r, n := m.At, m.R, int(m.N)
		if m.Bracket {
			if m.Matched {
				if m.Open {
					depth++
				} else {
					depth--
					// 「…。」 closing at depth 0 ends the sentence when
					// nothing is attached after it.
					if depth == 0 && i > 0 {
						pr, _ := utf8.DecodeLastRuneInString(s[:i])
						if IsTerminator(pr) {
							nr, _ := utf8.DecodeRuneInString(s[i+n:])
							if i+n >= len(s) || nr == '「' || nr == '『' || IsSpace(nr) || nr == '\n' {
								emit(start, i+n)
								start = i + n
							}
						}
					}
				}
			}
			continue
		}
		if depth != 0 {
			continue
		}
		if r == '\n' {
			emit(start, i)
			start = i + n
			continue
		}
		// A terminator.
		j := i + n
		if r == '!' || r == '?' {
			// Part of a name (Yahoo!ニュース) or of a word (a?b).
			pr, _ := utf8.DecodeLastRuneInString(s[:i])
			nr, _ := utf8.DecodeRuneInString(s[j:])
			if j < len(s) && (isASCIIAlnum(nr) || isASCIIAlnum(pr) && !IsSpace(nr) && !IsTerminator(nr) && !IsCloser(nr) && nr != '\n') {
				continue
			}
		}
		// Absorb further terminators and unmatched closers.
		for j < len(s) {
			for e < len(ms) && ms[e].At < j {
				e++ // an absorbed terminator
			}
			nr, w := utf8.DecodeRuneInString(s[j:])
			if IsTerminator(nr) || nr == '…' {
				j += w
				continue
			}
			if IsCloser(nr) && e < len(ms) && ms[e].At == j && ms[e].Bracket && !ms[e].Matched {
				e++
				j += w
				continue
			}
			break
		}
		// The absorbed terminators are marks too: go on after them.
		for e < len(ms) && ms[e].At < j {
			e++
		}
		emit(start, j)
		start = j
	}
	emit(start, len(s))
	sp.out = out
	return out
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// QuotativeNext reports whether s, the line under one that closes a
// quotation, opens with the quotative that goes on from it (と話した,
// といった, って, などと): the two lines are one sentence broken by a hard
// wrap. と that opens a sentence of its own (ところが, とはいえ, とにかく,
// ともあれ, とても, とりわけ, とうとう) does not.
func QuotativeNext(s string) bool {
	if rest, ok := strings.CutPrefix(s, "と"); ok {
		r, _ := utf8.DecodeRuneInString(rest)
		return !strings.ContainsRune("こはにもてりう", r)
	}
	return strings.HasPrefix(s, "って") || strings.HasPrefix(s, "などと") || strings.HasPrefix(s, "などの")
}
