package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// DefaultMaxSize is the input size limit when WithMaxSize is not given:
// 8 MiB.
const DefaultMaxSize = 8 << 20

// Option configures Parse and Read.
type Option func(*config)

type config struct {
	ref     time.Time
	maxSize int
}

// WithReference sets the reference time used when the page does not give
// one: a date line without a year (3/9(木) 18:45配信) takes the year that
// puts it on or before t, and a relative date line (1 時間前) counts back
// from t. Without it such values keep X in their value and have no
// interval.
func WithReference(t time.Time) Option { return func(c *config) { c.ref = t } }

// WithMaxSize sets the largest input accepted, in bytes. The default is
// DefaultMaxSize (8 MiB); n <= 0 restores it.
func WithMaxSize(n int) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxSize
		}
		c.maxSize = n
	}
}

func newConfig(opts []Option) config {
	c := config{maxSize: DefaultMaxSize}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// Parse parses raw article text.
//
// On bad input it returns a [*ParseError] wrapping ErrEmpty, ErrTooLarge,
// ErrBinary or ErrInvalidUTF8 together with the best-effort article of the
// clean prefix of whole lines before the problem (an article with no
// fields for ErrEmpty). The article is never nil.
func Parse(src []byte, opts ...Option) (*article.Article, error) {
	cfg := newConfig(opts)
	clean, perr := check(src, cfg.maxSize)
	a := build(string(clean), cfg)
	if perr != nil {
		return a, perr
	}
	return a, nil
}

// Read reads and parses an article from r. It stops reading one byte after
// the size limit, so a larger input costs no more than the limit; it then
// returns ErrTooLarge with the article of the lines that fit. A read error
// is returned together with the article of what was read.
func Read(r io.Reader, opts ...Option) (*article.Article, error) {
	cfg := newConfig(opts)
	b, rerr := io.ReadAll(io.LimitReader(r, int64(cfg.maxSize)+1))
	a, err := Parse(b, opts...)
	if rerr != nil {
		return a, errors.Join(fmt.Errorf("parse: read: %w", rerr), err)
	}
	return a, err
}

// check validates src and returns its clean prefix with the first problem.
func check(src []byte, max int) ([]byte, *ParseError) {
	if len(bytes.TrimFunc(src, isSpace)) == 0 {
		// TrimFunc stops at invalid UTF-8, which is not white space.
		return nil, newError(src, 0, ErrEmpty)
	}
	var perr *ParseError
	if len(src) > max {
		perr = newError(src, max, ErrTooLarge)
		cut := max
		if i := bytes.LastIndexByte(src[:cut], '\n'); i >= 0 {
			cut = i + 1
		} else {
			for cut > 0 && !utf8.RuneStart(src[cut]) {
				cut--
			}
		}
		src = src[:cut]
	}
	// Report the first problem; the clean prefix ends before the line that
	// holds it.
	bad, kind := len(src)+1, error(nil)
	if off, ok := binaryAt(src); ok {
		bad, kind = off, ErrBinary
	}
	if !utf8.Valid(src) {
		if off := invalidAt(src); off < bad {
			bad, kind = off, ErrInvalidUTF8
		}
	}
	if kind != nil {
		return src[:lineStart(src, bad)], newError(src, bad, kind)
	}
	return src, perr
}

// binaryAt reports the offset of the first binary byte: a NUL, or the first
// control byte when control bytes (other than tab, line feed, vertical tab,
// form feed, carriage return and escape) are at least 4 and make up more
// than 1% of the input.
func binaryAt(src []byte) (int, bool) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return i, true
	}
	first, n := -1, 0
	for i, b := range src {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1b) || b == 0x7f {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n >= 4 && n*100 > len(src) {
		return first, true
	}
	return 0, false
}

func invalidAt(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(src)
}

func lineStart(src []byte, off int) int {
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

// newArticle returns an article of src with every list non-nil.
func newArticle(src string) *article.Article {
	return &article.Article{
		Source:        src,
		Bylines:       []article.Byline{},
		Paragraphs:    []article.Paragraph{},
		Quotes:        []article.Quote{},
		People:        []article.Entity{},
		Organizations: []article.Entity{},
		Places:        []article.Entity{},
		Captions:      []article.Text{},
		Related:       []article.Text{},
		Tags:          []article.Text{},
	}
}

// build parses clean UTF-8 text.
func build(src string, cfg config) *article.Article {
	a := newArticle(src)
	if src == "" {
		return a
	}
	norm, m := normalizeText(src)
	p := &parser{src: src, norm: norm, m: m, ref: cfg.ref, a: a}
	p.run()
	return a
}
