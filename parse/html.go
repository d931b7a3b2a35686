package parse

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/htmltext"
)

// ParseHTML parses a news page in HTML: the page is decoded (its byte
// order mark, <meta charset>, or the bytes, as [Parse] does; or
// [WithEncoding]), its article text extracted with [htmltext.Extract],
// and that text parsed. The page's <h1> (or its og:title when a line of
// the text prints it) and its publication time (article:published_time,
// JSON-LD datePublished, <time datetime>) are used as [WithHeadline] and
// [WithPublished] would use them, unless the caller gives those options.
// A page with no publication time in its metadata whose address names a
// day (/20231102-OYT1T50240/) has the end of that day as the reference
// time ([WithReference], unless the caller gives it or WithPublished), so
// that a date line without a year (3/12(木) 9:05配信) takes its year.
//
// Article.Source is the extracted text, and every span of the article
// indexes into it; the returned Page maps a span back to the bytes of the
// (decoded) HTML with [htmltext.Page.Span]. Errors are those of Parse,
// and [ErrHTML] wrapping the extractor's error when the page cannot be
// read (the article is then empty and the Page nil).
func ParseHTML(src []byte, opts ...Option) (*article.Article, *htmltext.Page, error) {
	cfg := newConfig(opts)
	text, enc, derr := decodeInput(src, cfg)
	if errEncoding(derr) {
		a := newArticle("")
		nonNil(a)
		return a, nil, derr
	}
	page, err := htmltext.Extract(text)
	if err != nil {
		a := newArticle("")
		nonNil(a)
		return a, nil, fmt.Errorf("parse: %w: %w", ErrHTML, err)
	}
	var hints []Option
	if h := page.Headline; h != "" && cfg.headline == "" && strings.Contains(page.Text, h) {
		hints = append(hints, WithHeadline(h))
	}
	if !page.Published.IsZero() && cfg.published.IsZero() {
		hints = append(hints, WithPublished(page.Published.In(cfg.loc)))
	} else if !page.AddressDay.IsZero() && cfg.published.IsZero() && cfg.ref.IsZero() {
		// The day the address names dates a date line without a year: the
		// last moment of that day is the reference.
		hints = append(hints, WithReference(page.AddressDay.AddDate(0, 0, 1).Add(-time.Second)))
	}
	all := append(append(hints, opts...), WithEncoding("utf-8"), func(c *config) { c.extracted = true })
	a, err := Parse([]byte(page.Text), all...)
	a.Encoding = enc
	if derr != nil {
		// Offsets of an encoding error are in the decoded HTML.
		return a, page, errors.Join(fmt.Errorf("%w (in the HTML)", derr), err)
	}
	return a, page, err
}
