package morph

import "github.com/newsdoc/newsdoc/article"

// Text is a piece of the original input in the normalized form that is
// tokenized, with the way back to the original offsets.
type Text struct {
	// Src is the whole original input.
	Src string
	// Norm is the normalized text of Src[Span].
	Norm string

	span article.Span
	back func(off int) int // normalized offset → offset into Src[span]
}

// NewText prepares src[span] for analysis. A span that does not lie inside
// src is clamped to it.
func NewText(src string, span article.Span) Text {
	span = clamp(span, len(src))
	norm, back := normalizeText(src[span.Start:span.End])
	return Text{Src: src, Norm: norm, span: span, back: back}
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
	if t.back == nil {
		return t.span.Start + off
	}
	return t.span.Start + t.back(off)
}

// Span maps the half-open range [start, end) of t.Norm to a span of t.Src.
func (t Text) Span(start, end int) article.Span {
	s, e := t.Original(start), t.Original(end)
	if e < s {
		e = s
	}
	return article.Span{Start: s, End: e}
}

func spanOf(start, end int) article.Span { return article.Span{Start: start, End: end} }

func clamp(s article.Span, n int) article.Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// normalizeText is the one seam between morphology and text normalization:
// it returns the normalized form of s and a map from offsets in it back to
// offsets in s (nil meaning the identity).
func normalizeText(s string) (string, func(int) int) {
	return s, nil
}
