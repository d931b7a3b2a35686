package parse

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/stretchr/testify/assert"
)

// normalized applies the parser's normalization and trimming to s.
func normalized(s string) string {
	n, _ := normalizeText(s)
	a, b := doc.TrimRange(n, 0, len(n))
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

// joined is span for the text of a paragraph or a sentence, which reads
// without the breaks of lines wrapped at a column.
func (c spanChecker) joined(what string, sp article.Span, text string) {
	c.t.Helper()
	bounds := c
	bounds.text = false
	bounds.span(what, sp, "")
	if c.text && sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(c.a.Source) {
		printed := normalized(sp.In(c.a.Source))
		assert.Equal(c.t, withoutBreaks(printed), withoutBreaks(text), "%s %v", what, sp)
		assert.LessOrEqual(c.t, strings.Count(text, "\n"), strings.Count(printed, "\n"), "%s %v: breaks added", what, sp)
	}
}

// withoutBreaks is s with its line breaks and the spaces around them
// removed.
func withoutBreaks(s string) string {
	return breakRun.ReplaceAllString(s, "")
}

// breakRun is a line break with the spaces around it.
var breakRun = regexp.MustCompile(`[ \t]*\n[ \t\n]*`)

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
		// A headline given by the caller (WithHeadline) that the text
		// does not print has a zero span.
		if t != nil && !(t == &a.Headline && (t.Text == "" || t.Span.IsZero())) {
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
	for _, list := range [][]article.Text{a.Captions, a.Related, a.Tags, a.Boilerplate} {
		for _, t := range list {
			c.span("text", t.Span, t.Text)
		}
	}
	for _, b := range a.Boxes {
		c.span("box heading", b.Heading.Span, b.Heading.Text)
		for _, t := range b.Items {
			c.span("box item", t.Span, t.Text)
		}
	}
	prev := 0
	for _, p := range a.Paragraphs {
		c.joined("paragraph", p.Span, p.Text)
		if p.Span.Start < prev {
			c.t.Errorf("paragraph %v before the previous one", p.Span)
		}
		prev = p.Span.End
		for _, s := range p.Sentences {
			c.joined("sentence", s.Span, s.Text)
			c.inside("sentence", p.Span, s.Span)
		}
	}
	c.coverage()
}

// checkLists checks that every list is non-nil.
func checkLists(t testing.TB, a *article.Article) {
	t.Helper()
	if a.Bylines == nil || a.Paragraphs == nil || a.Quotes == nil || a.People == nil || a.Organizations == nil ||
		a.Places == nil || a.Captions == nil || a.Boxes == nil || a.Related == nil || a.Tags == nil || a.Boilerplate == nil {
		t.Errorf("nil list in %+v", a)
	}
	for _, p := range a.Paragraphs {
		if p.Sentences == nil {
			t.Errorf("nil sentences in %q", p.Text)
		}
	}
}

// field is the span of one value of an article, with the name of its
// field.
type field struct {
	name string
	span article.Span
}

// fieldsOf lists the spans of the fields that hold lines of the input.
func fieldsOf(a *article.Article) []field {
	var out []field
	add := func(name string, s article.Span) {
		if s.End > s.Start {
			out = append(out, field{name, s})
		}
	}
	for name, t := range map[string]*article.Text{"kicker": a.Kicker, "headline": &a.Headline, "subheadline": a.Subheadline, "bio": a.Bio} {
		if t != nil {
			add(name, t.Span)
		}
	}
	for name, t := range map[string]*article.Time{"published": a.Published, "updated": a.Updated} {
		if t != nil {
			add(name, t.Span)
		}
	}
	if a.Dateline != nil {
		add("dateline", a.Dateline.Span)
	}
	for _, b := range a.Bylines {
		add("byline", b.Span)
	}
	for _, p := range a.Paragraphs {
		add("paragraph", p.Span)
	}
	for name, list := range map[string][]article.Text{"caption": a.Captions, "related": a.Related, "tag": a.Tags, "boilerplate": a.Boilerplate} {
		for _, t := range list {
			add(name, t.Span)
		}
	}
	for _, b := range a.Boxes {
		add("box", b.Heading.Span)
		for _, t := range b.Items {
			add("box", t.Span)
		}
	}
	return out
}

// nests reports a byline inside the bio (a signature) or the wire
// dateline (【ロンドン＝記者名】) that names it.
func nests(outer, inner field) bool {
	return (outer.name == "bio" || outer.name == "dateline") && inner.name == "byline" && outer.span.Contains(inner.span)
}

// coverage checks that every non-blank line of the source lies under the
// span of a field, and that no two values claim the same bytes (see nests).
func (c spanChecker) coverage() {
	c.t.Helper()
	fs := fieldsOf(c.a)
	for i, f := range fs {
		for _, g := range fs[i+1:] {
			if f.span.Start < g.span.End && g.span.Start < f.span.End && !nests(f, g) && !nests(g, f) {
				c.t.Errorf("%s %v and %s %v overlap: %q", f.name, f.span, g.name, g.span, f.span.In(c.a.Source))
			}
		}
	}
	src := c.a.Source
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if normalized(src[start:end]) != "" && !slices.ContainsFunc(fs, func(f field) bool {
			return f.span.Start < end && start < f.span.End
		}) {
			c.t.Errorf("line %v in no field: %q", article.Span{Start: start, End: end}, src[start:end])
		}
		start = end + 1
	}
}
