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
// characters that no rule looks across (almost any two characters); a
// source buffer holding no such place, such as 4096 bytes of nothing but
// long-vowel marks, or spaces in the dictionary mode, makes it report
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
// on its own, or 0 when there is none. s starts on a character boundary of
// the whole input; the scan goes forward so that invalid bytes are split
// as the whole input would split them. A cut lies between a character
// that no rule reads past (not CR, a long-vowel mark, an invisible
// character or, in the dictionary mode, a space) and one that cannot
// change or vanish because of what precedes it (not a sound mark, an
// invisible character, a long-vowel mark or, in the dictionary mode, a
// space).
func (n *Normalizer) cut(s []byte) int {
	last := 0
	before := false // the rune before i ends a safe prefix
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			sp := c == ' ' && n.cfg.dict
			if before && !sp {
				last = i
			}
			before = c != '\r' && !sp
			i++
			continue
		}
		if !utf8.FullRune(s[i:]) {
			break
		}
		r, w := utf8.DecodeRune(s[i:])
		loose := isLongVowel(r) || isInvisible(r) || (n.cfg.dict && isSpace(r))
		if before && !loose {
			if _, _, mark := soundMark(r); !mark {
				last = i
			}
		}
		before = !loose
		i += w
	}
	return last
}
