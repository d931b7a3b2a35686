package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports white space that is trimmed from field texts: ASCII
// space and controls, U+3000, NBSP, the U+2000 spaces, zero-width
// characters and the BOM.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// trimRange shrinks [a, b) of s to exclude white space at both ends.
func trimRange(s string, a, b int) (int, int) {
	for a < b {
		n := spaceAt(s[:b], a)
		if n == 0 {
			break
		}
		a += n
	}
	for b > a {
		n := spaceBefore(s[a:b])
		if n == 0 {
			break
		}
		b -= n
	}
	return a, b
}

// spaceAt returns the length of the white space rune (isSpace) at s[i], or
// 0. Non-ASCII white space starts with 0xC2, 0xE2, 0xE3 (only U+3000) or
// 0xEF: the first byte rules out most characters without decoding them.
func spaceAt(s string, i int) int {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		if isSpace(rune(c)) {
			return 1
		}
		return 0
	case c == 0xE3:
		if strings.HasPrefix(s[i:], "\u3000") {
			return 3
		}
		return 0
	case c == 0xC2 || c == 0xE2 || c == 0xEF:
		if r, n := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
			return n
		}
	}
	return 0
}

// spaceBefore returns the length of the white space rune that ends s, or
// 0. Non-ASCII white space is U+00A0 (C2 A0) or three bytes that start
// with 0xE2, 0xE3 or 0xEF: the bytes rule out most characters, 。 among
// them, without decoding.
func spaceBefore(s string) int {
	n := len(s)
	if n == 0 {
		return 0
	}
	c := s[n-1]
	switch {
	case c < utf8.RuneSelf:
		if isSpace(rune(c)) {
			return 1
		}
		return 0
	case c == 0xA0 && n >= 2 && s[n-2] == 0xC2:
		return 2
	case n >= 3 && (s[n-3] == 0xE2 || s[n-3] == 0xE3 || s[n-3] == 0xEF):
		if r, k := utf8.DecodeLastRuneInString(s); isSpace(r) {
			return k
		}
	}
	return 0
}

func isHan(r rune) bool {
	return r == '々' || r == '〆' || r == 'ヶ' || unicode.Is(unicode.Han, r)
}

func isHiragana(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }

func isKatakana(r rune) bool {
	return (r >= 'ァ' && r <= 'ヺ') || r == 'ー' || (r >= 'ｦ' && r <= 'ﾟ')
}

func isLatin(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ'
}

func isDigit(r rune) bool { return digitValue(r) >= 0 }

// digitValue returns the value of an ASCII or full-width digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// isCJK reports Japanese script characters.
func isCJK(r rune) bool { return isHan(r) || isHiragana(r) || isKatakana(r) }

// lastRune returns the last rune of s, or -1.
func lastRune(s string) rune {
	if s == "" {
		return -1
	}
	if n := len(s); n >= 3 && s[n-3] >= 0xE1 && s[n-3] <= 0xEF && s[n-3] != 0xED && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		// Three bytes whose lead takes any continuation: most Japanese
		// text, decoded here instead of in the general decoder.
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRune returns the first rune of s, or -1.
func firstRune(s string) rune {
	if s == "" {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// hasPrefixAny reports whether s starts with one of ps and returns it.
func hasPrefixAny(s string, ps ...string) (string, bool) {
	for _, p := range ps {
		if len(s) >= len(p) && s[:len(p)] == p {
			return p, true
		}
	}
	return "", false
}
