package morph

import (
	"github.com/newsdoc/newsdoc/article"
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
	m    *normalize.Map // normalized offsets → offsets into Src[span]; nil is the identity
}

// NewText prepares src[span] for analysis. A span that does not lie inside
// src is clamped to it.
func NewText(src string, span article.Span) Text {
	span = clamp(span, len(src))
	norm, m := normalizeText(src[span.Start:span.End])
	return Text{Src: src, Norm: norm, span: span, m: m}
}

// SourceSpan returns the span of t in the original input.
func (t Text) SourceSpan() article.Span { return t.span }

// Original maps a byte offset into t.Norm to a byte offset into t.Src.
// Offsets outside t.Norm are clamped.
func (t Text) Original(off int) int {
	if off < 0 {
		off = 0
	}
	if off > len(t.Norm) {
		off = len(t.Norm)
	}
	if t.m == nil {
		return t.span.Start + off
	}
	return t.span.Start + t.m.Original(off)
}

// Span maps the half-open range [start, end) of t.Norm to a span of t.Src.
func (t Text) Span(start, end int) article.Span {
	start = min(max(start, 0), len(t.Norm))
	end = min(max(end, start), len(t.Norm))
	if t.m == nil {
		return article.Span{Start: t.span.Start + start, End: t.span.Start + end}
	}
	sp := t.m.Span(start, end)
	return article.Span{Start: t.span.Start + sp.Start, End: t.span.Start + sp.End}
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
