package parse

import (
	"cmp"
	"slices"

	"github.com/newsdoc/newsdoc/article"
)

// Every non-blank line of the input lies under the span of some field of
// the article: the rules of the header, body and footer give each line a
// role, and keepBoilerplate files the lines that no field took (page
// furniture, repeats, a byline or tag already kept) as boilerplate, so
// that no line is dropped unseen.

// fieldSpans appends to out the spans of every field of a that holds
// lines of the input: the quotations, sentences and entities lie inside
// the paragraphs and are left out.
func fieldSpans(a *article.Article, out []article.Span) []article.Span {
	add := func(s article.Span) {
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	for _, t := range []*article.Text{a.Kicker, &a.Headline, a.Subheadline, a.Bio} {
		if t != nil {
			add(t.Span)
		}
	}
	for _, t := range []*article.Time{a.Published, a.Updated} {
		if t != nil {
			add(t.Span)
		}
	}
	if a.Dateline != nil {
		add(a.Dateline.Span)
	}
	for _, b := range a.Bylines {
		add(b.Span)
	}
	for _, p := range a.Paragraphs {
		add(p.Span)
	}
	for _, list := range [][]article.Text{a.Captions, a.Related, a.Tags, a.Boilerplate} {
		for _, t := range list {
			add(t.Span)
		}
	}
	for _, b := range a.Boxes {
		add(b.Heading.Span)
		for _, t := range b.Items {
			add(t.Span)
		}
	}
	return out
}

// keepBoilerplate adds to the boilerplate every non-blank line that the
// span of no field overlaps.
func (p *parser) keepBoilerplate() {
	spans := fieldSpans(p.a, p.sc.spans[:0])
	defer func() { p.sc.spans = spans }()
	slices.SortFunc(spans, func(x, y article.Span) int { return cmp.Compare(x.Start, y.Start) })
	cur := p.m.Cursor()
	k := 0
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		sp := cur.Span(l.s, l.e)
		for k < len(spans) && spans[k].End <= sp.Start {
			k++
		}
		if k < len(spans) && spans[k].Start < sp.End {
			continue
		}
		l.role = roleUI
		p.a.Boilerplate = append(p.a.Boilerplate, article.Text{Text: l.text, Span: sp})
	}
}
