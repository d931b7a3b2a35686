package parse

import (
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
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !isSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !isSpace(r) {
			break
		}
		b -= n
	}
	return a, b
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
