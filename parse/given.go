package parse

// Metadata the caller already knows (WithPublished, WithHeadline), from a
// feed or a CMS: it wins over what the text prints, and the text's lines
// stay in the fields the rules give them, so that none is lost.

import (
	"github.com/newsdoc/newsdoc/internal/doc"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// WithPublished sets the publication time to t, whatever the text prints.
// Article.Published is then a TIME to the second: Value is t's clock
// reading in t's own zone (2025-12-28T09:30:00), Start is t without its
// fraction of a second and End one second later. Its Text is empty and
// its Span zero when the text does not print it; a printed publication
// time whose interval holds t (2025年12月28日, or 9時30分 of that day) lends
// its Text and Span. A date line printing another publication time is
// still read as the date line: its update time, bylines and tags are
// kept, and the line goes to Article.Boilerplate when none of them covers
// it, so that it is not lost. An update time printed without a year
// (最終更新 12月27日 8時15分) takes it from the publication time the date
// line prints, else from t.
//
// t is also the reference time (see [WithReference]) unless WithReference
// is given: a date line without a year, a day of the month written alone
// (［東京 29日 ロイター］) and, in package timeline, the relative
// expressions of the body (昨日, 3日) resolve against it. A zero t is
// ignored.
func WithPublished(t time.Time) Option { return func(c *config) { c.published = t } }

// WithHeadline sets the headline to h, whatever the text's layout
// suggests. h is normalized as the text is (character width, spaces) and
// trimmed; an h of white space alone is ignored.
//
// The header of the text is still read. The line the parser would take as
// the headline when it prints h, else the first line of the header (the
// first 25 non-blank lines, up to the second long line of running text)
// that prints h, is the headline, with its span. A line prints h whole,
// or without its page marker (（1/2ページ）), or without the page marker
// and a 【kicker】, which is then the kicker. The lines around it take their roles from
// it as usual: kicker and subheadline above, subheadline, labels and tags
// below; the line the parser would have chosen, when another, among them.
//
// When no line prints h, Headline.Text is h with a zero Span. In text
// without a date line, every line is then read as body (a short first
// line that would have been the headline opens the body). In a page with
// a date line, the line the parser would have taken as the headline keeps
// its place in the layout and goes to Article.Boilerplate, unless it is
// running text, which stays body.
func WithHeadline(h string) Option { return func(c *config) { c.headline = h } }

// given is the caller's metadata of a parse.
type given struct {
	pub  *article.Time // the publication time, or nil
	head string        // the headline, normalized, or ""
}

func givenOf(cfg config) given {
	var g given
	if !cfg.published.IsZero() {
		t := givenTime(cfg.published)
		g.pub = &t
	}
	if cfg.headline != "" {
		n, _ := normalizeText(cfg.headline)
		s, e := doc.TrimRange(n, 0, len(n))
		g.head = n[s:e]
	}
	return g
}

// apply puts the metadata in a, before the text is read.
func (g given) apply(a *article.Article) {
	if g.pub != nil {
		t := *g.pub
		a.Published = &t
	}
	if g.head != "" {
		a.Headline = article.Text{Text: g.head}
	}
}

// givenTime is the publication time t given by the caller, to the second.
func givenTime(t time.Time) article.Time {
	t = t.Round(0).Truncate(time.Second)
	return article.Time{
		Type:   article.TypeTime,
		Value:  t.Format("2006-01-02T15:04:05"),
		Start:  t,
		End:    t.Add(time.Second),
		Anchor: article.AnchorNone,
	}
}

// publication returns the publication time of the article when the text
// prints printed (nil when it prints none): the caller's, with the Text and
// Span of printed when printed's interval holds it, or else printed.
func (p *parser) publication(printed *article.Time) *article.Time {
	if p.given.pub == nil {
		return printed
	}
	t := *p.given.pub
	if printed != nil && printed.Resolved() && !t.Start.Before(printed.Start) && t.Start.Before(printed.End) {
		t.Text, t.Span = printed.Text, printed.Span
	}
	return &t
}

// givenLine returns the first line of the header, from line first, that
// prints the caller's headline, or -1; skip is the date line.
func (p *parser) givenLine(first, skip int) int {
	for i := range p.headerLines(first) {
		if i != skip && p.headlineRange(i, true) != (rng{}) {
			return i
		}
	}
	return -1
}

// headlineRange returns the part of line h that is the headline: the line
// without a trailing page marker and a leading 【kicker】 of at most
// kickerMax runes. With the caller's headline given, it is the part of the
// line (whole, without the page marker, or without both) that prints it;
// then, when must is true and no part prints it, the empty range.
func (p *parser) headlineRange(h int, must bool) rng {
	l := p.lines[h]
	s, e := l.s, l.e
	if i := pageMarkerEnd(p.norm[s:e]); i > 0 {
		e = s + i
	}
	ks := s
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}} {
		// 【話題】…, ［港町の台所］…: a label in brackets opening the
		// headline is its kicker.
		if !strings.HasPrefix(p.norm[s:e], b[0]) {
			continue
		}
		if j := strings.Index(p.norm[s:e], b[1]); j > 0 && j+len(b[1]) < e-s {
			if n := utf8.RuneCountInString(p.norm[s : s+j]); n <= kickerMax {
				ks = s + j + len(b[1])
			}
		}
	}
	if p.given.head == "" {
		return rng{ks, e}
	}
	for _, r := range []rng{{l.s, l.e}, {s, e}, {ks, e}} {
		if a, b := doc.TrimRange(p.norm, r.s, r.e); p.norm[a:b] == p.given.head {
			return rng{a, b}
		}
	}
	if must {
		return rng{}
	}
	return rng{ks, e}
}
