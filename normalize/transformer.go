package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns a new transform.Transformer that applies the
// normalizer to a stream. Its output is byte for byte what
// [Normalizer.String] returns for the whole input, however the input is
// split into chunks. It keeps state between calls: each call returns a
// fresh one, to be used by one goroutine at a time (and never stored in a
// package variable, like any transform.Chain built from it).
//
// The transformer works on stretches of input that end between two
// characters that no rule looks across (kanji, kana other than ー,
// ordinary ASCII); a source buffer holding no such place, such as 4096
// bytes of nothing but spaces in the dictionary mode, makes it report
// transform.ErrShortSrc.
func (n *Normalizer) Transformer() transform.Transformer {
	return &transformer{n: n, prev: noRune}
}

type transformer struct {
	n    *Normalizer
	prev rune   // last rune written, noRune at the start
	out  []byte // normalized text not yet handed out
	pos  int    // out[pos:] is still to be written
}

// Reset implements transform.Transformer.
func (t *transformer) Reset() {
	t.prev, t.out, t.pos = noRune, t.out[:0], 0
}

// Transform implements transform.Transformer.
func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if t.pos < len(t.out) {
			k := copy(dst[nDst:], t.out[t.pos:])
			nDst += k
			t.pos += k
			if t.pos < len(t.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		rest := src[nSrc:]
		if len(rest) == 0 {
			return nDst, nSrc, nil
		}
		cut := len(rest)
		if !atEOF {
			if cut = t.n.cut(rest); cut == 0 {
				return nDst, nSrc, transform.ErrShortSrc
			}
		}
		b := builder{src: string(rest[:cut]), prev0: t.prev, out: t.out[:0]}
		if i := t.n.scan(b.src, 0, t.prev); i < len(b.src) {
			t.n.run(&b, i)
		} else {
			b.out = append(b.out, b.src...)
		}
		if len(b.out) > 0 {
			t.prev, _ = utf8.DecodeLastRune(b.out)
		}
		t.out, t.pos = b.out, 0
		nSrc += cut
	}
}

// cut returns the end of the longest prefix of s that can be normalized
// on its own: it ends between two characters that no rule looks across.
// It returns 0 when there is none.
func (n *Normalizer) cut(s []byte) int {
	i := len(s)
	after := false // the rune at i is a safe one
	for i > 0 {
		r, w := utf8.DecodeLastRune(s[:i])
		safe := n.inert(r, w)
		if safe && after {
			return i
		}
		after = safe
		i -= w
	}
	return 0
}

// inert reports whether a rune is left as it is and no rule looks at it
// or past it.
func (n *Normalizer) inert(r rune, w int) bool {
	if r < utf8.RuneSelf {
		return r != '\r' && (r != ' ' || !n.cfg.dict)
	}
	return r != 0x30FC && !(r == utf8.RuneError && w == 1) && !n.special(r, w)
}
