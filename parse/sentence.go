package parse

import "unicode/utf8"

// Sentence splitting is written by hand: the splitters of the libraries
// newsdoc may use either drop offsets or end sentences inside 「…」.

// closerOf returns the closing bracket of an opening one, or 0.
func closerOf(r rune) rune {
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

func isCloser(r rune) bool { return r == '」' || r == '』' || r == '）' || r == ')' }

func isTerminator(r rune) bool {
	switch r {
	case '。', '．', '！', '？', '!', '?':
		return true
	}
	return false
}

// bracketEvent is a bracket at a byte offset; matched tells whether it has
// a partner.
type bracketEvent struct {
	at      int
	open    bool
	matched bool
}

// markAt decodes the rune at s[i] when markStep(s, i) is 0: it returns the
// rune, or -1 when it is one no scan looks at (kana, other CJK
// characters), and its size.
func markAt(s string, i int) (rune, int) {
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

// bracketKind returns the kind of a bracket rune: 「」 0, 『』 1, （） 2,
// () 3.
func bracketKind(r rune) int {
	switch r {
	case '「', '」':
		return 0
	case '『', '』':
		return 1
	case '（', '）':
		return 2
	}
	return 3
}

// matchBrackets pairs the brackets of s. An opener whose closer never comes,
// or a closer without an opener, stays unmatched and counts as a plain
// character. It runs in linear time whatever the nesting.
func matchBrackets(s string) []bracketEvent {
	var sp splitter
	var ev []bracketEvent
	for _, m := range sp.marks(s) {
		if m.bracket {
			ev = append(ev, bracketEvent{at: m.at, open: m.open, matched: m.matched})
		}
	}
	return ev
}

// mark is a rune the sentence splitter acts on: a bracket (with whether it
// has a partner), a sentence terminator or a line feed.
type mark struct {
	at      int
	r       rune
	n       uint8 // bytes of r
	bracket bool
	open    bool
	matched bool
}

// splitter holds the buffers of sentence splitting, reused from one
// paragraph to the next.
type splitter struct {
	ms    []mark
	stack []int // indexes into ms of open brackets
	out   [][2]int
}

// markStep returns the length of the rune at s[i] when it can be no mark,
// or 0 when markAt must read it: ( ) ! ? and line feed, full-width forms
// (lead 0xEF) and CJK punctuation (0xE3 0x80); brackets and terminators
// are all among these. Everything else (kanji, kana, Latin text) is
// stepped over a rune at a time without decoding. It is written so that
// its branch nearly always goes the same way: in Japanese text kana and
// kanji alternate at random, marks are few. On valid UTF-8 the steps land
// on rune starts; on invalid input they may skip a byte, never go out of
// range.
func markStep(s string, i int) int {
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

// markLead holds the bytes markStep always looks at, and lenOf the length
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

// marks returns the marks of s in order, with the brackets paired: an
// opener whose closer never comes, or a closer without an opener, stays
// unmatched. It runs in linear time whatever the nesting. The result is
// valid until the next call.
func (sp *splitter) marks(s string) []mark {
	ms := sp.ms[:0]
	for i := 0; i < len(s); {
		if k := markStep(s, i); k != 0 {
			i += k
			continue
		}
		r, n := markAt(s, i)
		switch {
		case r < 0:
		case closerOf(r) != 0:
			ms = append(ms, mark{at: i, r: r, n: uint8(n), bracket: true, open: true})
		case isCloser(r):
			ms = append(ms, mark{at: i, r: r, n: uint8(n), bracket: true})
		case r == '\n' || isTerminator(r):
			ms = append(ms, mark{at: i, r: r, n: uint8(n)})
		}
		i += n
	}
	sp.ms = ms
	sp.pair(ms)
	return ms
}

// pair pairs the brackets of ms, in order: an opener whose closer never
// comes, or a closer without an opener, stays unmatched. It runs in linear
// time whatever the nesting.
func (sp *splitter) pair(ms []mark) {
	stack := sp.stack[:0]
	var openCount [4]int
	for i := range ms {
		m := &ms[i]
		m.matched = false
		if !m.bracket {
			continue
		}
		k := bracketKind(m.r)
		if m.open {
			stack = append(stack, i)
			openCount[k]++
			continue
		}
		if openCount[k] == 0 {
			continue
		}
		// Pop to the nearest opener of the same kind; openers popped on
		// the way stay unmatched.
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			tk := bracketKind(ms[top].r)
			openCount[tk]--
			if tk == k {
				ms[top].matched = true
				m.matched = true
				break
			}
		}
	}
	sp.stack = stack
}

// splitSentences splits s into sentences and returns their byte ranges
// [start, end) in s, trimmed of white space. 。．！？!? end a sentence
// outside matched brackets; closing brackets and further terminators right
// after the terminator stay with the sentence. A line break outside
// brackets also ends a sentence. No text is lost: the ranges, with the white
// space between them, cover s.
func splitSentences(s string) [][2]int {
	var sp splitter
	return sp.split(s)
}

// split is splitSentences on the splitter's buffers: the result is valid
// until the next call. It goes from mark to mark: nothing between two
// marks changes a sentence.
func (sp *splitter) split(s string) [][2]int {
	return sp.splitMarks(s, sp.marks(s))
}

// splitMarks is split with the marks of s given, paired.
func (sp *splitter) splitMarks(s string, ms []mark) [][2]int {
	out := sp.out[:0]
	emit := func(a, b int) {
		a, b = trimRange(s, a, b)
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	depth, start := 0, 0
	for e := 0; e < len(ms); {
		m := ms[e]
		e++
		i, r, n := m.at, m.r, int(m.n)
		if m.bracket {
			if m.matched {
				if m.open {
					depth++
				} else {
					depth--
					// 「…。」 closing at depth 0 ends the sentence when
					// nothing is attached after it.
					if depth == 0 && i > 0 {
						pr, _ := utf8.DecodeLastRuneInString(s[:i])
						if isTerminator(pr) {
							nr, _ := utf8.DecodeRuneInString(s[i+n:])
							if i+n >= len(s) || nr == '「' || nr == '『' || isSpace(nr) || nr == '\n' {
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
			if j < len(s) && (isASCIIAlnum(nr) || isASCIIAlnum(pr) && !isSpace(nr) && !isTerminator(nr) && !isCloser(nr) && nr != '\n') {
				continue
			}
		}
		// Absorb further terminators and unmatched closers.
		for j < len(s) {
			for e < len(ms) && ms[e].at < j {
				e++ // an absorbed terminator
			}
			nr, w := utf8.DecodeRuneInString(s[j:])
			if isTerminator(nr) || nr == '…' {
				j += w
				continue
			}
			if isCloser(nr) && e < len(ms) && ms[e].at == j && ms[e].bracket && !ms[e].matched {
				e++
				j += w
				continue
			}
			break
		}
		// The absorbed terminators are marks too: go on after them.
		for e < len(ms) && ms[e].at < j {
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
