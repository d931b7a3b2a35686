package parse

import (
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
)

// normalized applies the parser's normalization and trimming to s.
func normalized(s string) string {
	n, _ := normalizeText(s)
	a, b := trimRange(n, 0, len(n))
	return n[a:b]
}

// spanChecker checks the spans of an article.
type spanChecker struct {
	t    testing.TB
	a    *article.Article
	text bool // also compare the text at each span with the field
}

func (c spanChecker) span(what string, sp article.Span, text string) {
	c.t.Helper()
	src := c.a.Source
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(src) {
		c.t.Errorf("%s: span %v out of [0,%d)", what, sp, len(src))
		return
	}
	if (sp.Start < len(src) && !utf8.RuneStart(src[sp.Start])) || (sp.End < len(src) && !utf8.RuneStart(src[sp.End])) {
		c.t.Errorf("%s: span %v not on rune boundaries", what, sp)
	}
	if c.text {
		assert.Equal(c.t, text, normalized(sp.In(src)), "%s %v", what, sp)
	}
}

func (c spanChecker) inside(what string, parent, child article.Span) {
	c.t.Helper()
	if !parent.Contains(child) {
		c.t.Errorf("%s: span %v not inside %v", what, child, parent)
	}
}

func (c spanChecker) time(what string, tm *article.Time) {
	if tm != nil {
		c.span(what, tm.Span, tm.Text)
	}
}

// check checks every span of the article.
func (c spanChecker) check() {
	c.t.Helper()
	a := c.a
	for _, t := range []*article.Text{a.Kicker, &a.Headline, a.Subheadline, a.Bio} {
		if t != nil && !(t == &a.Headline && t.Text == "") {
			c.span("text", t.Span, t.Text)
		}
	}
	c.time("published", a.Published)
	c.time("updated", a.Updated)
	for _, b := range a.Bylines {
		c.span("byline", b.Span, b.Name)
	}
	if d := a.Dateline; d != nil {
		c.span("dateline", d.Span, normalized(d.Span.In(a.Source)))
		if d.Time != nil {
			c.time("dateline time", d.Time)
			c.inside("dateline time", d.Span, d.Time.Span)
		}
	}
	for _, list := range [][]article.Text{a.Captions, a.Related, a.Tags} {
		for _, t := range list {
			c.span("text", t.Span, t.Text)
		}
	}
	prev := 0
	for _, p := range a.Paragraphs {
		c.span("paragraph", p.Span, p.Text)
		if p.Span.Start < prev {
			c.t.Errorf("paragraph %v before the previous one", p.Span)
		}
		prev = p.Span.End
		for _, s := range p.Sentences {
			c.span("sentence", s.Span, s.Text)
			c.inside("sentence", p.Span, s.Span)
		}
	}
}

// checkLists checks that every list is non-nil.
func checkLists(t testing.TB, a *article.Article) {
	t.Helper()
	if a.Bylines == nil || a.Paragraphs == nil || a.Quotes == nil || a.People == nil || a.Organizations == nil ||
		a.Places == nil || a.Captions == nil || a.Related == nil || a.Tags == nil {
		t.Errorf("nil list in %+v", a)
	}
	for _, p := range a.Paragraphs {
		if p.Sentences == nil {
			t.Errorf("nil sentences in %q", p.Text)
		}
	}
}
