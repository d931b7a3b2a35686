// Package charset finds the character encoding of Japanese text and
// decodes it to UTF-8.
//
// Labels and decoders come from golang.org/x/net/html/charset (the WHATWG
// encoding labels, byte order marks and <meta charset> prescan) and
// golang.org/x/text/encoding. Neither guesses a Japanese legacy encoding
// from the bytes alone, which is what plain-text archives need; [Detect]
// does that by decoding with each candidate and keeping the one that gives
// no invalid sequences and the most Japanese text.
package charset

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// Canonical names of the encodings Detect reports (WHATWG names).
const (
	UTF8      = "utf-8"
	UTF16LE   = "utf-16le"
	UTF16BE   = "utf-16be"
	ShiftJIS  = "shift_jis"
	EUCJP     = "euc-jp"
	ISO2022JP = "iso-2022-jp"
)

// ErrUnknown is returned for an encoding label that names no encoding.
var ErrUnknown = errors.New("unknown encoding")

// aliases are names in common use outside the WHATWG list (Windows and
// Java code page names, iconv spellings).
var aliases = map[string]string{
	"cp932": ShiftJIS, "ms932": ShiftJIS, "ibm-943": ShiftJIS, "sjis-open": ShiftJIS,
	"eucjp": EUCJP, "ujis": EUCJP, "cp51932": EUCJP,
	"jis": ISO2022JP, "iso2022jp": ISO2022JP, "cp50220": ISO2022JP,
	"utf16le": UTF16LE, "utf16be": UTF16BE,
}

// Lookup returns the encoding of a label (a WHATWG label such as sjis,
// Shift_JIS, windows-31j, EUC-JP, ISO-2022-JP, UTF-16LE, or a common
// alias such as cp932 or eucjp; case is ignored) and its canonical name.
func Lookup(label string) (encoding.Encoding, string, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	if a, ok := aliases[l]; ok {
		l = a
	}
	e, name := htmlcharset.Lookup(l)
	if e == nil {
		return nil, "", fmt.Errorf("%w %q", ErrUnknown, label)
	}
	return e, name, nil
}

// minEvidence is the least score (see score) a legacy encoding needs to be
// chosen: a few Japanese characters, so that a stray Latin-1 byte in
// English text (café) is not read as one kanji of Shift_JIS.
const minEvidence = 4

// sample is how many bytes Detect reads: enough for the statistics of any
// article, and a bound on its cost for large inputs.
const sample = 64 << 10

// Detect names the encoding of src: a byte order mark first; then UTF-8
// when src is valid UTF-8; then a charset the text declares in an HTML
// <meta> element; then ISO-2022-JP escapes, UTF-16 without a mark (NUL
// bytes at every other position), and last Shift_JIS or EUC-JP, whichever
// decodes the first 64 KiB with fewer invalid sequences and more Japanese
// characters. It returns UTF8 when nothing fits better: the caller's
// UTF-8 validation then reports the bad bytes.
func Detect(src []byte) string {
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		return UTF16LE
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return UTF16BE
	}
	head := src[:min(len(src), sample)]
	if utf8.Valid(src) {
		if isISO2022(head) {
			return ISO2022JP // 7-bit, so also valid UTF-8
		}
		return UTF8
	}
	if _, name, _ := htmlcharset.DetermineEncoding(head, ""); isJapanese(name) {
		return name
	}
	if n := utf16Order(head); n != "" {
		e, _, _ := Lookup(n)
		if score(head, e, len(src) > len(head)) >= minEvidence {
			return n
		}
	}
	if isISO2022(head) {
		return ISO2022JP
	}
	best, bestScore := UTF8, score(head, nil, false)
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{ShiftJIS, japanese.ShiftJIS}, {EUCJP, japanese.EUCJP},
		{UTF16LE, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{UTF16BE, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	} {
		if s := score(head, c.enc, len(src) > len(head)); s >= minEvidence && s > bestScore {
			best, bestScore = c.name, s
		}
	}
	return best
}

func isJapanese(name string) bool {
	switch name {
	case ShiftJIS, EUCJP, ISO2022JP, UTF16LE, UTF16BE:
		return true
	}
	return false
}

// isISO2022 reports whether b holds no 8-bit byte and an ISO-2022-JP
// escape into JIS X 0208 (ESC $ B or ESC $ @).
func isISO2022(b []byte) bool {
	if !bytes.Contains(b, []byte("\x1b$B")) && !bytes.Contains(b, []byte("\x1b$@")) {
		return false
	}
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// utf16Order names the UTF-16 byte order of b when one of its byte
// positions (even or odd) holds NUL at least a third of the time and the
// other almost never: ASCII letters, digits and line breaks in UTF-16.
func utf16Order(b []byte) string {
	if len(b) < 16 {
		return "" // too few characters to tell
	}
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(b) / 2
	switch {
	case odd*3 >= half && even*20 < half:
		return UTF16LE
	case even*3 >= half && odd*20 < half:
		return UTF16BE
	}
	return ""
}

// score rates b (cut from a longer input when cut is set) decoded with enc (UTF-8 when nil): two per kana, one per
// kanji, Japanese punctuation or full-width form, nothing for ASCII,
// minus two for any other character (Hangul, controls, half-width kana,
// rare symbols) and minus fifty per invalid sequence. A wrong decoding of
// Japanese text gives invalid sequences, Hangul or rare kanji without
// kana; the right one gives kana, which make up a third or more of
// Japanese prose.
func score(b []byte, enc encoding.Encoding, cut bool) int {
	text := b
	if enc != nil {
		if cut {
			// The sample may end inside a character: leave its last
			// bytes out.
			b = b[:max(0, len(b)-4)]
		}
		var err error
		text, err = enc.NewDecoder().Bytes(b)
		if err != nil {
			return -1 << 30
		}
	}
	s := 0
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		switch {
		case r == utf8.RuneError && n <= 1, r == utf8.RuneError && enc != nil:
			s -= 50
		case r >= 0x3041 && r <= 0x30FF:
			s += 2
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF60:
			s++
		case r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r < 0x7F):
		default:
			s -= 2
		}
	}
	return s
}

// Decode returns src decoded from the encoding name (any WHATWG label) to
// UTF-8, with a UTF-8 byte order mark removed. Bytes that are invalid in
// that encoding become U+FFFD; their count is returned, so that a caller
// can tell a wrong choice.
func Decode(src []byte, name string) ([]byte, int, error) {
	e, canon, err := Lookup(name)
	if err != nil {
		return nil, 0, err
	}
	if canon == UTF8 {
		return bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF}), 0, nil
	}
	if canon == UTF16LE || canon == UTF16BE {
		// The WHATWG decoders ignore the mark of the other order; this
		// one honours any mark and removes it.
		order := unicode.LittleEndian
		if canon == UTF16BE {
			order = unicode.BigEndian
		}
		e = unicode.UTF16(order, unicode.UseBOM)
	}
	before := bytes.Count(src, []byte("\uFFFD"))
	out, err := e.NewDecoder().Bytes(src)
	if err != nil {
		return nil, 0, fmt.Errorf("decode %s: %w", canon, err)
	}
	return out, max(0, bytes.Count(out, []byte("\uFFFD"))-before), nil
}
