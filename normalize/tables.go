package normalize

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Character classes and tables. The per-rune tests are written by hand
// because they sit in the inner loop: the scan over text that needs no
// change must stay far faster than a generic transform. Mappings come from
// golang.org/x/text where it has them (width for full-width and half-width
// forms, norm for kana composition and enclosed characters); the
// compatibility list is explicit, because NFKC as a whole changes too much
// (① → 1, … → ..., compatibility kanji in names).

// compat maps compatibility characters that are always replaced.
var compat = map[rune]string{
	// Era ligatures.
	'㍻': "平成", '㍼': "昭和", '㍽': "大正", '㍾': "明治", '㋿': "令和",
	'㍿': "株式会社",
	// Latin unit squares.
	'㎏': "kg", '㎎': "mg", '㎍': "μg", '㎖': "ml", '㎗': "dl", '㎘': "kl",
	'㎜': "mm", '㎝': "cm", '㎞': "km", '㎟': "mm²", '㎠': "cm²", '㎡': "m²",
	'㎢': "km²", '㎣': "mm³", '㎤': "cm³", '㎥': "m³", '㎦': "km³", '㏄': "cc",
	'㎐': "Hz", '㎑': "kHz", '㎒': "MHz", '㎓': "GHz", '㎽': "mW", '㎾': "kW",
	'㎿': "MW", '㎸': "kV", '㏈': "dB", '㏊': "ha", '㍱': "hPa", '㎩': "Pa",
	'㎪': "kPa", '㎫': "MPa", '㎳': "ms", '㎧': "m/s", '㏖': "mol", '㏗': "pH",
	'㎅': "KB", '㎆': "MB", '㎇': "GB", '㎈': "cal", '㎉': "kcal", '㏍': "K.K.",
	// Katakana unit squares.
	'㍉': "ミリ", '㌔': "キロ", '㌢': "センチ", '㍍': "メートル", '㌘': "グラム",
	'㌧': "トン", '㌦': "ドル", '㌫': "パーセント", '㍑': "リットル", '㌍': "カロリー",
	'㌶': "ヘクタール", '㍗': "ワット", '㌣': "セント", '㌻': "ページ", '㌃': "アール",
	'㌹': "ヘルツ", '㍊': "ミリバール", '㌎': "アール", '㌀': "アパート",
	// Letterlike symbols.
	'№': "No.", '℡': "TEL", '\u212B': "\u00C5", '\u212A': "K", '\u2126': "\u03A9",
}

// Option-dependent enclosed characters, mapped with NFKC when folded.
func isCircled(r rune) bool {
	return (r >= 0x2460 && r <= 0x24FF) || (r >= 0x3251 && r <= 0x325F) ||
		(r >= 0x3280 && r <= 0x32BF && r != '㋿')
}

func isParenthesized(r rune) bool { return r >= 0x3200 && r <= 0x3243 }

var nfkcRune = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string)
	for r := rune(0x2460); r <= 0x24FF; r++ {
		m[r] = norm.NFKC.String(string(r))
	}
	for r := rune(0x3200); r <= 0x32BF; r++ {
		if r == '㋿' {
			continue
		}
		m[r] = norm.NFKC.String(string(r))
	}
	return m
})

// kanaMarks holds the composed forms of kana with the voiced and
// semi-voiced sound marks, derived from canonical composition (NFC).
type kanaMarks struct{ voiced, semi [0x100]rune }

var marks = sync.OnceValue(func() *kanaMarks {
	k := new(kanaMarks)
	for r := rune(0x3000); r < 0x3100; r++ {
		if c := composeNFC(r, 0x3099); c != 0 {
			k.voiced[r-0x3000] = c
		}
		if c := composeNFC(r, 0x309A); c != 0 {
			k.semi[r-0x3000] = c
		}
	}
	return k
})

func composeNFC(base, mark rune) rune {
	s := norm.NFC.String(string(base) + string(mark))
	r, size := utf8.DecodeRuneInString(s)
	if size != len(s) || r == base {
		return 0
	}
	return r
}

// compose returns base with the sound mark m (U+3099 or U+309A), or 0.
func compose(base, m rune) rune {
	if base < 0x3000 || base >= 0x3100 {
		return 0
	}
	k := marks()
	if m == 0x3099 {
		return k.voiced[base-0x3000]
	}
	return k.semi[base-0x3000]
}

// soundMark returns the combining mark (U+3099, U+309A) a voicing mark
// stands for, and the spacing form it takes when it combines with nothing.
func soundMark(r rune) (comb, spacing rune, ok bool) {
	switch r {
	case 0x3099, 0x309B, 0xFF9E:
		comb, spacing = 0x3099, 0x309B
	case 0x309A, 0x309C, 0xFF9F:
		comb, spacing = 0x309A, 0x309C
	default:
		return 0, 0, false
	}
	if r == 0x3099 || r == 0x309A {
		spacing = r // a combining mark on something else stays as it is
	}
	return comb, spacing, true
}

func isSpace(r rune) bool {
	return r == ' ' || r == 0x3000 || r == 0xA0 || (r >= 0x2000 && r <= 0x200A) ||
		r == 0x202F || r == 0x205F
}

// isInvisible reports the characters that are removed: zero-width
// characters, direction marks, the byte order mark and the soft hyphen.
func isInvisible(r rune) bool {
	return (r >= 0x200B && r <= 0x200F) || (r >= 0x2060 && r <= 0x2064) ||
		r == 0xFEFF || r == 0xAD
}

func isHyphen(r rune) bool {
	switch r {
	case 0x02D7, 0x058A, 0x2010, 0x2011, 0x2012, 0x2013, 0x2043, 0x207B,
		0x208B, 0x2212, 0xFE63:
		return true
	}
	return false
}

func isLongVowel(r rune) bool {
	switch r {
	case 0x2015, 0x2014, 0x2500, 0x2501, 0xFF70, 0x30FC, 0xFF0D:
		return true
	}
	return false
}

// isKatakana reports full-width katakana letters and the long vowel mark.
func isKatakana(r rune) bool { return r >= 0x30A1 && r <= 0x30FC }

// isKanji reports CJK ideographs.
func isKanji(r rune) bool {
	return (r >= 0x3400 && r <= 0x9FFF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x3FFFF)
}

func isTilde(r rune) bool {
	switch r {
	case 0xFF5E, 0x223C, 0x223E, 0x3030:
		return true
	}
	return false
}

// isKana reports full-width hiragana and katakana letters, the long vowel
// mark and the iteration marks.
func isKana(r rune) bool {
	return (r >= 0x3041 && r <= 0x3096) || (r >= 0x309D && r <= 0x309F) ||
		(r >= 0x30A1 && r <= 0x30FA) || (r >= 0x30FC && r <= 0x30FF) ||
		(r >= 0x31F0 && r <= 0x31FF)
}

func isAlnum(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

func isLatinLetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

// isCJK reports Japanese script characters: kana, kanji and CJK
// punctuation. The dictionary mode removes spaces next to them.
func isCJK(r rune) bool {
	return (r >= 0x3001 && r <= 0x30FF) || (r >= 0x3400 && r <= 0x9FFF) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0x31F0 && r <= 0x31FF) ||
		(r >= 0x20000 && r <= 0x3FFFF)
}

// widthFold returns the replacement of a full-width or half-width form, or
// 0 when r is not one this package changes. The mappings are those of
// golang.org/x/text/width; ～, －, ｰ and ￣ are handled elsewhere or kept.
func widthFold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E, r >= 0xFFE0 && r <= 0xFFE6 && r != 0xFFE3:
		return width.LookupRune(r).Narrow()
	case r >= 0xFF61 && r <= 0xFF9D, r >= 0xFFA0 && r <= 0xFFDC, r >= 0xFFE8 && r <= 0xFFEE:
		return width.LookupRune(r).Wide()
	}
	return 0
}
