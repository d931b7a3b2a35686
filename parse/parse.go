package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/newsdoc/newsdoc/internal/doc"
	"io"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/htmltext"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/quote"
	"github.com/newsdoc/newsdoc/normalize"
)

// DefaultMaxSize is the input size limit when WithMaxSize is not given:
// 8 MiB.
const DefaultMaxSize = 8 << 20

// Option configures Parse and Read.
type Option func(*config)

type config struct {
	ref     time.Time
	loc     *time.Location
	maxSize int
	noMorph bool
	// published and headline are the caller's metadata (WithPublished,
	// WithHeadline); the zero time and "" when not given.
	published time.Time
	headline  string
	// encoding is the label given with WithEncoding; encodingSet tells
	// it was given.
	encoding    string
	encodingSet bool
	// extracted tells that the input is the text ParseHTML extracted,
	// which is never HTML.
	extracted bool
	// analyzer returns the analyzer of a user dictionary; nil means the
	// shared default analyzer.
	analyzer func() (*morph.Analyzer, error)
}

// SkippedMorphology is the value Article.Skipped holds when the
// morphological analysis did not run ([WithoutMorphology], or a dictionary
// that could not be loaded): quotations then have speakers read from
// characters alone, and People, Organizations and Places are empty.
//
// Deprecated: use [article.SkippedMorphology], the same value.
const SkippedMorphology = article.SkippedMorphology

// WithReference sets the reference time used when the page does not give
// one: a date line without a year (3/12(木) 9:05配信) takes the year that
// puts it on or before t (a printed weekday decides first), and a relative
// date line (1 時間前) counts back from t. Without it such values keep X in
// their value (or are PAST_REF) and have no interval. A copyright year on
// the page (© 2025) bounds t: a page is read as dated no later than the
// end of the year it claims.
func WithReference(t time.Time) Option { return func(c *config) { c.ref = t } }

// WithLocation sets the zone of times the text prints without an offset
// (2023年4月3日 9時01分). The default is Japan time, +09:00; nil restores
// it. A written offset (2011-10-11T15:50:00+0900, Z) always wins.
func WithLocation(loc *time.Location) Option { return func(c *config) { c.loc = loc } }

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

// WithoutMorphology skips the morphological analysis, so that the
// dictionary (about a second and 90 MB to load) is never loaded: speakers
// of quotations are read from characters alone (ヴァレンスコフ for ヴァレンスコフ氏),
// People, Organizations and Places stay empty, and Article.Skipped holds
// [SkippedMorphology]. It overrides the user dictionary options.
func WithoutMorphology() Option { return func(c *config) { c.noMorph = true } }

// WithUserDictionary adds a user dictionary to the morphological analysis,
// one entry a line, surface,segmentation,readings,pos, where the pos
// column 人名, 組織 or 地域 makes the surface a person, an organisation or
// a place:
//
//	ヴァレンスコフ,ヴァレンスコフ,ヴァレンスコフ,人名
//
// r is read once, on the first Parse that uses the returned Option, and
// the analyzer built from it is kept in the Option: reuse one Option value
// for many articles. A dictionary that cannot be read makes Parse return
// an error wrapping [ErrUserDictionary].
func WithUserDictionary(r io.Reader) Option {
	an := sync.OnceValues(func() (*morph.Analyzer, error) {
		if r == nil {
			return nil, fmt.Errorf("%w: nil reader", ErrUserDictionary)
		}
		a, err := morph.New(morph.Options{UserDict: r})
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUserDictionary, cause(err))
		}
		return a, nil
	})
	return func(c *config) { c.analyzer = an }
}

// WithUserDictionaryFile is [WithUserDictionary] with the dictionary read
// from the file at path (once, on the first Parse that uses the Option).
func WithUserDictionaryFile(path string) Option {
	an := sync.OnceValues(func() (*morph.Analyzer, error) {
		a, err := morph.New(morph.Options{UserDictPath: path})
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %w", ErrUserDictionary, path, cause(err))
		}
		return a, nil
	})
	return func(c *config) { c.analyzer = an }
}

// cause returns the last error err wraps, which names what went wrong
// below the analyzer's own sentinel (a missing file, a bad line).
func cause(err error) error {
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		if es := u.Unwrap(); len(es) > 0 {
			return es[len(es)-1]
		}
	}
	return err
}

func newConfig(opts []Option) config {
	c := config{maxSize: DefaultMaxSize}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.loc == nil {
		c.loc = japan
	}
	if c.ref.IsZero() {
		c.ref = c.published
	}
	return c
}

// Parse parses raw article text.
//
// An HTML page is refused with a [*ParseError] wrapping [ErrHTML] and an
// empty article: read it with [ParseHTML].
//
// On bad input it returns a [*ParseError] wrapping ErrEmpty, ErrTooLarge,
// ErrBinary or ErrInvalidUTF8 together with the best-effort article of the
// clean prefix of whole lines before the problem (an article with no
// fields for ErrEmpty but those of [WithPublished] and [WithHeadline]).
// The article is never nil.
//
// After the structure, Parse finds the quotations and their speakers and
// the people, organisations and places of the body with the morphological
// analyzer, which loads its dictionary on first use (once per process; see
// [WithoutMorphology] to avoid it). When a user dictionary cannot be read,
// Parse returns the article analysed without morphology, Skipped set, and
// an error wrapping [ErrUserDictionary].
func Parse(src []byte, opts ...Option) (*article.Article, error) {
	cfg := newConfig(opts)
	if in, ok := plainUTF8(src, cfg); ok {
		return finish(in, "", nil, nil, cfg)
	}
	src, enc, derr := decodeInput(src, cfg)
	if errEncoding(derr) {
		a := newArticle("")
		nonNil(a)
		return a, derr
	}
	if !cfg.extracted && htmltext.IsHTML(src) {
		a := newArticle("")
		nonNil(a)
		return a, newError(src, 0, ErrHTML)
	}
	in, perr := prepare(src, cfg.maxSize)
	return finish(in, enc, derr, perr, cfg)
}

// plainUTF8 prepares src when it is sure to be read as UTF-8 with no
// problem to report, the common case, and reports whether it did.
// Detection would validate every byte to tell UTF-8 (charset.Detect),
// and normalization in prepare validates them all again: here the
// second pass alone tells. Anything else goes the full way, which
// detects, decodes and reports: a chosen encoding, an escape byte
// (ISO-2022-JP is 7-bit, so valid UTF-8), an HTML page, input over the
// size limit (prepare would not read its tail), and any problem prepare
// finds, bytes that are not UTF-8 among them.
func plainUTF8(src []byte, cfg config) (input, bool) {
	if cfg.encodingSet || len(src) > cfg.maxSize || bytes.IndexByte(src, 0x1b) >= 0 ||
		!cfg.extracted && htmltext.IsHTML(src) {
		return input{}, false
	}
	in, perr := prepare(src, cfg.maxSize)
	return in, perr == nil
}

// finish builds the article of the prepared input in, read in encoding
// enc, and returns it with the problems found reading it (derr, perr)
// and analysing it.
func finish(in input, enc string, derr error, perr *ParseError, cfg config) (*article.Article, error) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	a, texts := build(in, cfg, sc)
	a.Encoding = enc
	merr := attribute(a, texts, cfg)
	nonNil(a)
	var errs []error
	if derr != nil {
		errs = append(errs, derr)
	}
	if perr != nil {
		errs = append(errs, perr)
	}
	if merr != nil {
		errs = append(errs, merr)
	}
	switch len(errs) {
	case 0:
		return a, nil
	case 1:
		return a, errs[0]
	}
	return a, errors.Join(errs...)
}

// attribute fills the quotations and entities of a, whose paragraphs
// have the normalized texts texts.
func attribute(a *article.Article, texts []morph.Text, cfg config) error {
	if cfg.noMorph {
		quote.AttributeTexts(a, texts, nil)
		a.Skipped = append(a.Skipped, article.SkippedMorphology)
		return nil
	}
	if len(a.Paragraphs) == 0 {
		return nil // nothing to analyse: do not load the dictionary
	}
	get := morph.Default
	if cfg.analyzer != nil {
		get = cfg.analyzer
	}
	an, err := get()
	if err != nil {
		quote.AttributeTexts(a, texts, nil)
		a.Skipped = append(a.Skipped, article.SkippedMorphology)
		return err
	}
	quote.AttributeTexts(a, texts, an)
	return nil
}

// nonNil makes every list of a non-nil, so that its JSON holds every field.
func nonNil(a *article.Article) {
	if a.Quotes == nil {
		a.Quotes = []article.Quote{}
	}
	if a.People == nil {
		a.People = []article.Entity{}
	}
	if a.Organizations == nil {
		a.Organizations = []article.Entity{}
	}
	if a.Places == nil {
		a.Places = []article.Entity{}
	}
	if a.Boxes == nil {
		a.Boxes = []article.Box{}
	}
	if a.Boilerplate == nil {
		a.Boilerplate = []article.Text{}
	}
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

// input is the clean text of a parse, its normalized form and the map
// from the one back to the other.
type input struct {
	text, norm string
	m          *normalize.Map
}

// prepare validates src, and returns its clean prefix, normalized, with
// the first problem found. UTF-8 is validated by normalization, which
// reads every byte anyway (see [normalize.Map.Invalid]): valid input, the
// common case, is read once less.
func prepare(src []byte, max int) (input, *ParseError) {
	if len(bytes.TrimFunc(src, doc.IsSpace)) == 0 {
		// TrimFunc stops at invalid UTF-8, which is not white space.
		return input{}, newError(src, 0, ErrEmpty)
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
	clean := src
	if off, ok := binaryAt(src); ok {
		bad, kind := off, ErrBinary
		if i := invalidAt(src[:off]); i < off {
			bad, kind = i, ErrInvalidUTF8
		}
		clean, perr = src[:lineStart(src, bad)], newError(src, bad, kind)
	}
	in := input{text: string(clean)}
	in.norm, in.m = normalizeText(in.text)
	if off := in.m.Invalid(); off >= 0 {
		// Before any binary byte (those were looked for up to there).
		perr = newError(src, off, ErrInvalidUTF8)
		in.text = in.text[:lineStart(clean, off)]
		in.norm, in.m = normalizeText(in.text)
	}
	return in, perr
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
	for i := 0; i < len(src); {
		if i+8 <= len(src) {
			// Eight bytes at a time: most words hold no byte below 0x20
			// and no 0x7F, which two word operations tell (the lows test
			// may only err on a byte after a real hit, so it never
			// misses one).
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			x := binary.LittleEndian.Uint64(src[i:])
			y := x ^ 0x7f*ones
			if (x-0x20*ones)&^x&highs == 0 && (y-ones)&^y&highs == 0 {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(src)); i < end; i++ {
			if b := src[i]; (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1b) || b == 0x7f {
				if first < 0 {
					first = i
				}
				n++
			}
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
		Boxes:         []article.Box{},
		Related:       []article.Text{},
		Tags:          []article.Text{},
		Boilerplate:   []article.Text{},
	}
}

// build parses clean UTF-8 text. It returns the article and the
// normalized text of each of its paragraphs.
func build(in input, cfg config, sc *scratch) (*article.Article, []morph.Text) {
	a := newArticle(in.text)
	g := givenOf(cfg)
	g.apply(a)
	if in.text == "" {
		return a, nil
	}
	p := &parser{src: in.text, norm: in.norm, m: in.m, cur: in.m.Cursor(), ref: cfg.ref, loc: cfg.loc, a: a, sc: sc, lexical: cfg.noMorph, given: g}
	p.run()
	return a, p.texts
}

// scratch is the working memory of a parse that the article does not
// keep: the lines, their marks, the table of equal lines and the sentence
// doc.Splitter's buffers. It is pooled, so that a program parsing article
// after article does not allocate it, and collect it, each time.
type scratch struct {
	lines []line
	marks []doc.Mark
	seen  []int
	spans []article.Span // of the fields, for keepBoilerplate
	sp    doc.Splitter
	texts []morph.Text // of the paragraphs, read by quote.AttributeTexts
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledLines bounds the scratch kept for the next parse: the memory
// of one very large input is given back to the collector.
const maxPooledLines = 1 << 14

// release clears sc of references into the parsed text and puts it back
// into the pool.
func (sc *scratch) release() {
	if cap(sc.lines) > maxPooledLines || cap(sc.marks) > 16*maxPooledLines || cap(sc.texts) > maxPooledLines {
		return
	}
	clear(sc.lines[:cap(sc.lines)])
	clear(sc.texts[:cap(sc.texts)])
	sc.lines, sc.marks, sc.texts = sc.lines[:0], sc.marks[:0], sc.texts[:0]
	scratchPool.Put(sc)
}
