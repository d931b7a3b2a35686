package temporal

import (
	"unicode/utf8"
)

// hasAt reports whether s has w at byte offset i.
//
// The scanner asks this of every word of its lexicons at most positions it
// tries, and most asks fail. Comparing the last byte of w first settles
// nearly all of them without a call to the general string comparison: the
// first byte of a kana or kanji is shared by thousands of runes, the last
// one is not.
func hasAt(s string, i int, w string) bool {
	if i < 0 || len(w) > len(s)-i {
		return false
	}
	if len(w) > 0 && s[i+len(w)-1] != w[len(w)-1] {
		return false
	}
	return s[i:i+len(w)] == w
}

// oneOf returns the end of the first word of ws found at s[i:], or -1.
func oneOf(s string, i int, ws ...string) (int, string) {
	for _, w := range ws {
		if hasAt(s, i, w) {
			return i + len(w), w
		}
	}
	return -1, ""
}

// runeBefore returns the rune that ends just before byte offset i.
func runeBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return 0
	}
	// Kana and kanji are decoded without the general decoder, as in
	// runeAt: the scanner looks back at most places it tries.
	if i >= 3 && s[i-1]&0xC0 == 0x80 && s[i-2]&0xC0 == 0x80 {
		if r := kanaKanjiAt(s, i-3); r != 0 {
			return r
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune at byte offset i, or 0 at the end.
func runeAt(s string, i int) (rune, int) {
	if r := kanaKanjiAt(s, i); r != 0 {
		return r, 3
	}
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// kanaKanjiAt returns the rune at byte offset i when it is encoded in
// three bytes led by 0xE1–0xEC (U+1000–U+CFFF: kana, kanji and CJK
// punctuation, most of a Japanese text), or 0. Those leads start no
// overlong form and no surrogate, so the continuation bytes are all there
// is to check. It is small enough for the compiler to inline into the
// scanner's loop, which reads every rune of the text.
func kanaKanjiAt(s string, i int) rune {
	if i < 0 || len(s)-i < 3 {
		return 0
	}
	b := s[i : i+3]
	if b[0]-0xE1 > 0xEC-0xE1 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
		return 0
	}
	return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// isKanjiDigit reports whether r can start or continue a kanji numeral.
func isKanjiDigit(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '零', '两', '壱', '弐', '参':
		return true
	}
	return false
}

// largeNumAt reads at s[i:] a count in Arabic digits with separators of
// thousands or large units (30,000, 1万2000, 2億): digits is left 0, as
// for a kanji numeral, so that no grammar takes it for a year, a month, a
// day or a clock.
func largeNumAt(s string, i int) (number, bool) {
	n, ok := kanjiNumAt(s, i) // the same reader, which takes Arabic digits too
	n.kanji, n.pos = false, false
	return n, ok
}

// number is a numeral read from the text.
type number struct {
	v      int
	end    int
	digits int  // count of ASCII digits; 0 for kanji numerals
	kanji  bool // written in kanji
	pos    bool // kanji written digit by digit (二〇二五)
}

// numeral is numAt(sc.s, i), remembering the last numeral read. The
// grammars tried where an expression may start (date, clock, duration)
// each read the numeral there in turn, and a kanji numeral costs far more
// to read than the rest of their tests: [normalize.NumeralAt] looks it up
// among the words written with numerals (一部, 九州).
func (sc *scanner) numeral(i int) (number, bool) {
	if sc.hasNum && sc.numPos == i {
		return sc.num, sc.numOK
	}
	n, ok := numAt(sc.s, i)
	sc.numPos, sc.num, sc.numOK, sc.hasNum = i, n, ok, true
	return n, ok
}

// numAt reads a numeral at s[i:]: ASCII digits, or a kanji numeral. It
// reports false when there is none or when it is too large to be part of a
// date.
func numAt(s string, i int) (number, bool) {
	n := number{end: i}
	j := i
	for j < len(s) && isDigit(s[j]) {
		if j-i >= 9 {
			return n, false
		}
		n.v = n.v*10 + int(s[j]-'0')
		j++
	}
	if j > i {
		n.end, n.digits = j, j-i
		if j < len(s) && (s[j] == ',' || hasAt(s, j, "万") || hasAt(s, j, "億")) {
			// 30,000年前, 1万2000年前: a count too large to be part of a
			// date, read whole so that it is not taken for the digits
			// before its separator.
			if big, ok := largeNumAt(s, i); ok && big.end > j {
				return big, true
			}
		}
		return n, true
	}
	r, _ := runeAt(s, i)
	if !isKanjiDigit(r) {
		return n, false
	}
	return kanjiNumAt(s, i)
}
