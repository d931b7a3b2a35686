package morph

import (
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/normalize"
)

// Text is a piece of the original input in the normalized form that is
// tokenized, with the way back to the original offsets.
type Text struct {
	// Src is the whole original input.
	Src string
	// Norm is the normalized text of Src[Span].
	Norm string

	span article.Span
	// m maps offsets of the normalized text it was made for back to
	// offsets of the original; nil is the identity. Norm starts at base in
	// that normalized text, and add is added to what m gives.
	m         *normalize.Map
	base, add int
	lazySpan  bool // span is found when asked for: most texts are never asked
	// cuts are the line breaks removed from the normalized text to make
	// Norm (see JoinedTextIn); nil for none.
	cuts doc.Cuts
	// shown is the text as the article shows it when Norm leaves out
	// more than line breaks (see ReadTextIn), and hidden the cuts that
	// make Norm from it; nil for none.
	shown  string
	hidden doc.Cuts
}

// TextIn is the Text of norm[start:end], where norm is the normalized form
// of the whole of src and m maps it back (as [normalize.String] returns
// them): a caller that has normalized src once need not normalize each
// piece again. The range is clamped to norm.
func TextIn(src, norm string, m *normalize.Map, start, end int) Text {
	start = min(max(start, 0), len(norm))
	end = min(max(end, start), len(norm))
	return Text{Src: src, Norm: norm[start:end], m: m, base: start, lazySpan: true}
}

// JoinedTextIn is TextIn for a paragraph wrapped at a column: joined is
// norm[start:end] with the line breaks cuts tells removed (as
// doc.JoinLines returns them), and Norm is joined; offsets of Norm still
// map to the original input.
func JoinedTextIn(src, norm string, m *normalize.Map, start, end int, joined string, cuts doc.Cuts) Text {
	t := TextIn(src, norm, m, start, end)
	t.Norm, t.cuts = joined, cuts
	return t
}

// ReadTextIn is JoinedTextIn for a text read without some of what it
// shows: shown is norm[start:end] with the line breaks lines tells
// removed, as the article shows it, and Norm is read, made from shown by
// the cuts hidden (the spaces inside names, the readings in brackets;
// see doc.JoinNames and doc.CutReadings). Offsets of Norm still map to the
// original input, and [Text.Shown] gives a piece of Norm as shown.
func ReadTextIn(src, norm string, m *normalize.Map, start, end int, shown string, lines doc.Cuts, read string, hidden doc.Cuts) Text {
	t := JoinedTextIn(src, norm, m, start, end, read, lines.Then(hidden))
	t.shown, t.hidden = shown, hidden
	return t
}

// Shown returns t.Norm[start:end] as the article shows it: with the
// spaces and readings the analysis left out (see ReadTextIn). The range
// is clamped to Norm.
func (t Text) Shown(start, end int) string {
	start = min(max(start, 0), len(t.Norm))
	end = min(max(end, start), len(t.Norm))
	if t.hidden == nil {
		return t.Norm[start:end]
	}
	a, b := t.hidden.Outer(start, false), t.hidden.Outer(end, true)
	a, b = min(a, len(t.shown)), min(max(b, a), len(t.shown))
	return t.shown[a:b]
}

// NewText prepares src[span] for analysis. A span that does not lie inside
// src is clamped to it.
func NewText(src string, span article.Span) Text {
	span = clamp(span, len(src))
	norm, m := normalizeText(src[span.Start:span.End])
	return Text{Src: src, Norm: norm, span: span, m: m, add: span.Start}
}

// SourceSpan returns the span of t in the original input.
func (t Text) SourceSpan() article.Span {
	if t.lazySpan {
		return t.Span(0, len(t.Norm))
	}
	return t.span
}

// Original maps a byte offset into t.Norm to a byte offset into t.Src.
// Offsets outside t.Norm are clamped.
func (t Text) Original(off int) int {
	if off < 0 {
		off = 0
	}
	if off > len(t.Norm) {
		off = len(t.Norm)
	}
	if t.cuts != nil {
		off = t.cuts.Outer(off, false)
	}
	if t.m == nil {
		return t.add + t.base + off
	}
	return t.add + t.m.Original(t.base+off)
}

// Span maps the half-open range [start, end) of t.Norm to a span of t.Src.
func (t Text) Span(start, end int) article.Span {
	start = min(max(start, 0), len(t.Norm))
	end = min(max(end, start), len(t.Norm))
	if t.cuts != nil {
		start, end = t.cuts.Outer(start, false), t.cuts.Outer(end, true)
		end = max(end, start)
	}
	if t.m == nil {
		return article.Span{Start: t.add + t.base + start, End: t.add + t.base + end}
	}
	sp := t.m.Span(t.base+start, t.base+end)
	return article.Span{Start: t.add + sp.Start, End: t.add + sp.End}
}

func spanOf(start, end int) article.Span { return article.Span{Start: start, End: end} }

func clamp(s article.Span, n int) article.Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// normalizeText is the one seam between morphology and text normalization:
// it returns the normalized form of s and the map from offsets in it back
// to offsets in s.
func normalizeText(s string) (string, *normalize.Map) {
	return normalize.String(s)
}
