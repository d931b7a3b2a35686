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

// stepOf[c] is, for a byte c that starts a rune no bracket, sentence or
// line scan looks at, the length of the UTF-8 sequence it starts; 0 for the
// bytes to look at: ( ) ! ? and line feed, and the leads 0xE3 (U+3000 to
// U+3FFF: CJK punctuation, brackets and kana) and 0xEF (full-width forms).
// Brackets and terminators are all ASCII or start with one of these two,
// so the scans step over everything else (kanji, Latin text) a rune at a
// time without decoding it. On valid UTF-8 the steps land on rune starts;
// on invalid input they may skip a byte, never go out of range.
var stepOf = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == '(' || c == ')' || c == '!' || c == '?' || c == '\n' || c == 0xE3 || c == 0xEF:
			t[c] = 0
		case c < 0xC0 || c >= 0xF8:
			t[c] = 1
		case c < 0xE0:
			t[c] = 2
		case c < 0xF0:
			t[c] = 3
		default:
			t[c] = 4
		}
	}
	return t
}()

// markAt decodes the rune at s[i] when stepOf[s[i]] is 0: it returns the
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
	return sp.matchBrackets(s)
}

// splitter holds the buffers of bracket matching and sentence splitting,
// reused from one paragraph to the next.
type splitter struct {
	ev    []bracketEvent
	stack []int // indexes into ev of open brackets
	out   [][2]int
}

// matchBrackets is matchBrackets on the splitter's buffers: the result is
// valid until the next call.
func (sp *splitter) matchBrackets(s string) []bracketEvent {
	ev, stack := sp.ev[:0], sp.stack[:0]
	var openCount [4]int
	for i := 0; i < len(s); {
		if k := stepOf[s[i]]; k != 0 {
			i += int(k)
			continue
		}
		r, n := markAt(s, i)
		switch {
		case closerOf(r) != 0:
			stack = append(stack, len(ev))
			openCount[bracketKind(r)]++
			ev = append(ev, bracketEvent{at: i, open: true})
		case isCloser(r):
			k := bracketKind(r)
			e := bracketEvent{at: i}
			if openCount[k] > 0 {
				// Pop to the nearest opener of the same kind; openers
				// popped on the way stay unmatched.
				for len(stack) > 0 {
					top := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					tk := bracketKind(rune0(s, ev[top].at))
					openCount[tk]--
					if tk == k {
						ev[top].matched = true
						e.matched = true
						break
					}
				}
			}
			ev = append(ev, e)
		}
		i += n
	}
	sp.ev, sp.stack = ev, stack
	return ev
}

func rune0(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
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
// until the next call.
func (sp *splitter) split(s string) [][2]int {
	ev := sp.matchBrackets(s)
	out := sp.out[:0]
	emit := func(a, b int) {
		a, b = trimRange(s, a, b)
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	depth, e, start := 0, 0, 0
	i := 0
	for i < len(s) {
		// Only brackets, terminators and line breaks matter here: step
		// over every other rune (see stepOf).
		if k := stepOf[s[i]]; k != 0 {
			i += int(k)
			continue
		}
		if m, n := markAt(s, i); m < 0 {
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		isBracket := e < len(ev) && ev[e].at == i
		if isBracket {
			b := ev[e]
			e++
			if b.matched {
				if b.open {
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
			i += n
			continue
		}
		if depth == 0 && r == '\n' {
			emit(start, i)
			start = i + n
			i += n
			continue
		}
		if depth == 0 && isTerminator(r) {
			j := i + n
			if r == '!' || r == '?' {
				// Part of a name (Yahoo!ニュース) or of a word (a?b).
				pr, _ := utf8.DecodeLastRuneInString(s[:i])
				nr, _ := utf8.DecodeRuneInString(s[j:])
				if j < len(s) && (isASCIIAlnum(nr) || isASCIIAlnum(pr) && !isSpace(nr) && !isTerminator(nr) && !isCloser(nr) && nr != '\n') {
					i = j
					continue
				}
			}
			// Absorb further terminators and unmatched closers.
			for j < len(s) {
				nr, m := utf8.DecodeRuneInString(s[j:])
				if isTerminator(nr) || nr == '…' {
					j += m
					continue
				}
				if isCloser(nr) && e < len(ev) && ev[e].at == j && !ev[e].matched {
					e++
					j += m
					continue
				}
				break
			}
			emit(start, j)
			start = j
			i = j
			continue
		}
		i += n
	}
	emit(start, len(s))
	sp.out = out
	return out
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}
