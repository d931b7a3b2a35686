package parse

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/newsdoc/newsdoc/internal/charset"
)

// WithEncoding decodes the input from the encoding label, one of the
// WHATWG labels (shift_jis, sjis, cp932, euc-jp, iso-2022-jp, utf-16le,
// utf-16be, utf-8 ...), instead of detecting it. "utf-8" turns detection
// off: input that is not UTF-8 is then reported as [ErrInvalidUTF8]. A
// label that names no encoding makes Parse return an error wrapping
// [ErrEncoding] and an empty article.
//
// Without the option, Parse reads UTF-8, and input that is not valid
// UTF-8 is detected (a byte order mark, an HTML <meta charset>, then the
// bytes themselves) and decoded when it reads as Shift_JIS, EUC-JP,
// ISO-2022-JP or UTF-16. Article.Encoding then names the encoding, and
// Article.Source holds the decoded UTF-8 text: every span indexes into
// it, not into the bytes given.
func WithEncoding(label string) Option {
	return func(c *config) { c.encoding, c.encodingSet = label, true }
}

// decodeInput returns src as UTF-8 text with the name of the encoding it
// was decoded from ("" when src is read as UTF-8), and a *ParseError
// wrapping ErrEncoding for bytes that are invalid in that encoding (they
// become U+FFFD; Offset is that of the first one in the decoded text).
func decodeInput(src []byte, cfg config) ([]byte, string, error) {
	name := cfg.encoding
	if !cfg.encodingSet {
		name = charset.Detect(src)
	}
	_, canon, err := charset.Lookup(name)
	if err != nil {
		return nil, "", fmt.Errorf("parse: %w: %w", ErrEncoding, err)
	}
	if canon == charset.UTF8 {
		return src, "", nil
	}
	// Decoding is linear and never shrinks Japanese text: what lies past
	// the size limit (plus a character) cannot be used.
	if len(src) > cfg.maxSize+4 {
		src = src[:cfg.maxSize+4]
	}
	out, bad, err := charset.Decode(src, canon)
	if err != nil {
		return nil, "", fmt.Errorf("parse: %w: %w", ErrEncoding, err)
	}
	if bad > 0 {
		off := bytes.Index(out, []byte("\uFFFD"))
		return out, canon, newError(out, off, fmt.Errorf("%w: %d bytes invalid in %s", ErrEncoding, bad, canon))
	}
	return out, canon, nil
}

// errEncoding reports whether err is an encoding error that leaves no
// input to parse.
func errEncoding(err error) bool {
	var pe *ParseError
	return err != nil && !errors.As(err, &pe)
}
