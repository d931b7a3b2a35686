package parse

import (
	"unicode"
	"unicode/utf8"
)

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

// countRunes returns how many runes of s count reports, and false when s
// holds a rune that neither count nor allow admits.
func countRunes(s string, count, allow func(rune) bool) (int, bool) {
	n := 0
	for _, r := range s {
		switch {
		case count(r):
			n++
		case allow(r):
		default:
			return n, false
		}
	}
	return n, true
}
