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
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune at byte offset i, or 0 at the end.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Kana and kanji take three bytes; the scanned text is valid UTF-8
	// (normalization replaced invalid bytes), so a well-formed three-byte
	// sequence is decoded here without the general decoder.
	if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
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

// number is a numeral read from the text.
type number struct {
	v      int
	end    int
	digits int  // count of ASCII digits; 0 for kanji numerals
	kanji  bool // written in kanji
	pos    bool // kanji written digit by digit (二〇二五)
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
		return n, true
	}
	r, _ := runeAt(s, i)
	if !isKanjiDigit(r) {
		return n, false
	}
	return kanjiNumAt(s, i)
}
