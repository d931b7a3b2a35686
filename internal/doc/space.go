package doc

import (
	"strings"
	"unicode/utf8"
)

// IsSpace reports the white space trimmed from sentences and field texts: ASCII
// space and controls, U+3000, NBSP, the U+2000 spaces, zero-width
// characters and the BOM.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// TrimRange shrinks [a, b) of s to exclude white space at both ends.
func TrimRange(s string, a, b int) (int, int) {
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

// spaceAt returns the length of the white space rune (IsSpace) at s[i], or
// 0. Non-ASCII white space starts with 0xC2, 0xE2, 0xE3 (only U+3000) or
// 0xEF: the first byte rules out most characters without decoding them.
func spaceAt(s string, i int) int {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		if IsSpace(rune(c)) {
			return 1
		}
		return 0
	case c == 0xE3:
		if strings.HasPrefix(s[i:], "\u3000") {
			return 3
		}
		return 0
	case c == 0xC2 || c == 0xE2 || c == 0xEF:
		if r, n := utf8.DecodeRuneInString(s[i:]); IsSpace(r) {
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
		if IsSpace(rune(c)) {
			return 1
		}
		return 0
	case c == 0xA0 && n >= 2 && s[n-2] == 0xC2:
		return 2
	case n >= 3 && (s[n-3] == 0xE2 || s[n-3] == 0xE3 || s[n-3] == 0xEF):
		if r, k := utf8.DecodeLastRuneInString(s); IsSpace(r) {
			return k
		}
	}
	return 0
}
