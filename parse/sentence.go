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

// matchBrackets pairs the brackets of s. An opener whose closer never comes,
// or a closer without an opener, stays unmatched and counts as a plain
// character. It runs in linear time whatever the nesting.
func matchBrackets(s string) []bracketEvent {
	var ev []bracketEvent
	var stack []int // indexes into ev of open brackets
	var openCount [4]int
	kind := func(r rune) int {
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
	for i := 0; i < len(s); i++ {
		// Brackets are ASCII or three-byte runes: decode only those (see
		// scanLine).
		c := s[i]
		var r rune
		switch {
		case c == '(' || c == ')':
			r = rune(c)
		case (c == 0xE3 || c == 0xEF) && i+2 < len(s):
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		default:
			continue
		}
		switch {
		case closerOf(r) != 0:
			stack = append(stack, len(ev))
			openCount[kind(r)]++
			ev = append(ev, bracketEvent{at: i, open: true})
		case isCloser(r):
			k := kind(r)
			e := bracketEvent{at: i}
			if openCount[k] > 0 {
				// Pop to the nearest opener of the same kind; openers
				// popped on the way stay unmatched.
				for len(stack) > 0 {
					top := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					tk := kind(rune0(s, ev[top].at))
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
	}
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
	ev := matchBrackets(s)
	var out [][2]int
	emit := func(a, b int) {
		a, b = trimRange(s, a, b)
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	depth, e, start := 0, 0, 0
	i := 0
	for i < len(s) {
		if skippable(s, i) {
			i += 3
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
	return out
}

// skippable reports a three-byte rune at s[i] that is neither a bracket,
// nor a terminator, nor white space: kana and kanji (U+3040 to U+9FFF),
// most of Japanese text, which the sentence splitter steps over without
// decoding.
func skippable(s string, i int) bool {
	if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
		return false
	}
	c := s[i]
	return c >= 0xE4 && c <= 0xE9 || c == 0xE3 && s[i+1] >= 0x81
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}
