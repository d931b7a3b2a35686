package normalize

import (
	"github.com/newsdoc/newsdoc/article"
)

// Map maps byte offsets in normalized text back to byte offsets in the
// original text it was made from. Offsets are UTF-8 byte offsets; spans
// are half-open. A nil *Map is the identity map (the text was unchanged).
//
// A Map is immutable and safe for concurrent use.
type Map struct {
	edits      []edit // in order; normalized [n0,n1) replaced original [o0,o1)
	nlen, olen int    // lengths of the normalized and original text
	bad        int    // 1 + the original offset of the first invalid byte; 0 for none
}

// Invalid returns the byte offset in the original text of its first byte
// that is not valid UTF-8 (normalized to U+FFFD), or -1 when the original
// is valid UTF-8. A nil Map stands for a valid text that normalization
// left unchanged. Callers that must reject invalid input can rely on this
// instead of validating the text in a pass of their own.
func (m *Map) Invalid() int {
	if m == nil || m.bad == 0 {
		return -1
	}
	return m.bad - 1
}

// edit is one replacement: normalized bytes [n0, n1) stand for original
// bytes [o0, o1). Text between edits is unchanged.
type edit struct{ n0, n1, o0, o1 int }

// Original returns the original byte offset of the normalized byte offset
// off. An offset inside a replacement maps to the replacement's start; an
// offset where text was removed maps past the removed text; off ==
// len(normalized) maps to len(original). Offsets out of range are clamped.
// The mapping is monotone.
func (m *Map) Original(off int) int {
	if m == nil {
		return max(off, 0)
	}
	off = min(max(off, 0), m.nlen)
	return m.originalAt(off, m.search(off+1)-1, false)
}

// originalEnd maps off as the end of a span: an offset inside a
// replacement maps to the replacement's end, one where text was removed
// maps before the removed text.
func (m *Map) originalEnd(off int) int {
	off = min(max(off, 0), m.nlen)
	return m.originalAt(off, m.search(off)-1, true)
}

// search returns the index of the first edit with n0 >= off, or
// len(m.edits): sort.Search written out, without its call per probe.
func (m *Map) search(off int) int {
	lo, hi := 0, len(m.edits)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if m.edits[h].n0 < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// A Cursor maps normalized spans back like [Map.Span] for a caller that
// asks for many spans in about increasing order (the sentences of a text,
// one after the other): each look-up walks on from where the last one
// ended instead of searching the whole map. It gives the same spans as
// Span in any order, only slower when it must walk back far.
//
// A Cursor is a small value for one goroutine; the Map it reads may be
// shared.
type Cursor struct {
	m *Map
	k int // edits[:k] start before the last offset looked up
}

// Cursor returns a Cursor over m, at the start of the text.
func (m *Map) Cursor() Cursor { return Cursor{m: m} }

// before returns the number of edits that start before off (what search
// returns), walking from the last answer.
func (c *Cursor) before(off int) int {
	e := c.m.edits
	for c.k > 0 && e[c.k-1].n0 >= off {
		c.k--
	}
	for c.k < len(e) && e[c.k].n0 < off {
		c.k++
	}
	return c.k
}

// Span is [Map.Span].
func (c *Cursor) Span(start, end int) article.Span {
	m := c.m
	if end < start {
		end = start
	}
	if m == nil {
		start = max(start, 0)
		return article.Span{Start: start, End: max(end, start)}
	}
	empty := end == start
	start = min(max(start, 0), m.nlen)
	s := m.originalAt(start, c.before(start+1)-1, false)
	if empty {
		return article.Span{Start: s, End: s}
	}
	end = min(max(end, 0), m.nlen)
	return article.Span{Start: s, End: max(m.originalAt(end, c.before(end)-1, true), s)}
}

// originalAt maps the clamped offset off given k, the index of the last
// edit that may hold it (-1 for none): as a start, or as an end (asEnd).
func (m *Map) originalAt(off, k int, asEnd bool) int {
	if k < 0 {
		return off
	}
	e := m.edits[k]
	switch {
	case off >= e.n1:
		return e.o1 + off - e.n1
	case asEnd:
		return e.o1
	}
	return e.o0
}

// Span returns the smallest span of the original text that covers the
// normalized span [start, end). An empty span maps to an empty span.
func (m *Map) Span(start, end int) article.Span {
	if end < start {
		end = start
	}
	if m == nil {
		start = max(start, 0)
		return article.Span{Start: start, End: max(end, start)}
	}
	s := m.Original(start)
	if end == start {
		return article.Span{Start: s, End: s}
	}
	return article.Span{Start: s, End: max(m.originalEnd(end), s)}
}
