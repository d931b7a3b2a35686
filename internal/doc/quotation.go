package doc

import (
	"slices"
	"strings"
)

// MaxDepth bounds the nesting reported: brackets nested deeper still pair
// up, but only the outer MaxDepth levels become quotes.
const MaxDepth = 32

// Bracket is one 「…」 or 『…』 pair in a paragraph's normalized text.
type Bracket struct {
	Open, End int // byte offsets: the opening bracket, just after the closing one
	Depth     int // 0 for an outer pair
	Outer     int // index of the enclosing bracket, -1 at depth 0
}

// Brackets pairs the quotation brackets of s in one pass. A closing
// bracket with no open partner is ignored; an opening bracket never closed
// is dropped, and so are the brackets it would have contained if a closer
// of another kind ends an outer pair first. The result is ordered by open.
func Brackets(s string) []Bracket {
	var sc Scanner
	return sc.Brackets(s, nil)
}

// Scanner holds the working memory of Brackets, kept from one
// paragraph to the next.
type Scanner struct {
	mt        Matcher
	enclosing []int
}

// Cap returns the largest capacity of the scanner's buffers, for a caller
// that pools it and lets a huge one go.
func (sc *Scanner) Cap() int { return max(sc.mt.Cap(), cap(sc.enclosing)) }

// Brackets is the package Brackets appending to out[:0].
func (sc *Scanner) Brackets(s string, out []Bracket) []Bracket {
	out = out[:0]
	if !Contains3(s, "「") && !Contains3(s, "『") {
		return out // most paragraphs: two fast searches instead of a scan
	}
	mt := &sc.mt
	mt.Reset()
	// The brackets are E3 80 8C to E3 80 8F in UTF-8, among the CJK
	// punctuation E3 80 xx (、。 and the like). The byte 0x80 is rare in
	// Japanese text otherwise, and E3 never occurs inside a character:
	// strings.IndexByte, which uses vector instructions, finds each 0x80,
	// and the bytes around it tell, without decoding a rune.
	for p := 1; p < len(s); {
		k := strings.IndexByte(s[p:], 0x80)
		if k < 0 {
			break
		}
		p += k + 1 // p is past the 0x80 found
		if p >= len(s) || s[p-2] != 0xE3 || s[p]&^3 != 0x8C {
			continue
		}
		i := p - 2 // the bracket
		p++
		r := rune(0x3000 | 0x0C | rune(s[i+2]&3)) // 「 U+300C … 』 U+300F
		kind, open, _ := BracketOf(r)
		if open {
			mt.Open(i, kind)
			continue
		}
		// Unclosed brackets of the other kind above the partner are
		// dropped.
		if at, depth := mt.Close(kind); at >= 0 && depth < MaxDepth {
			out = append(out, Bracket{Open: at, End: i + 3, Depth: depth, Outer: -1})
		}
	}
	// Order by opening offset and link each pair to its enclosing one.
	slices.SortFunc(out, func(a, b Bracket) int { return a.Open - b.Open })
	enclosing := sc.enclosing[:0]
	defer func() { sc.enclosing = enclosing[:0] }()
	for i := range out {
		for len(enclosing) > 0 && out[enclosing[len(enclosing)-1]].End <= out[i].Open {
			enclosing = enclosing[:len(enclosing)-1]
		}
		out[i].Depth = len(enclosing)
		if len(enclosing) > 0 {
			out[i].Outer = enclosing[len(enclosing)-1]
		}
		enclosing = append(enclosing, i)
	}
	return out
}

// Contains3 reports whether s holds c, a character of three bytes in
// UTF-8. strings.Contains is slow here: in Japanese text most characters
// start with the same byte as the brackets (0xE3), while a given last
// byte is rare, so the search is for that byte and then looks back.
func Contains3(s, c string) bool {
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], c[2])
		if k < 0 {
			return false
		}
		i += k
		if i >= 2 && s[i-2] == c[0] && s[i-1] == c[1] {
			return true
		}
	}
	return false
}

// SentenceEnds calls emit with the end of each Sentence terminator in
// s[lo:hi] (。！？!? and line feeds), in order; lo and hi are character
// boundaries. Each kind is looked for with strings.Index, which uses
// vector instructions, and the finds are merged: in Japanese text, where
// terminators are a few characters in a hundred, this is many times
// faster than reading every byte. No terminator starts inside another
// character, so no find needs decoding.
func SentenceEnds(s string, lo, hi int, emit func(end int)) {
	// 。 is E3 80 82: its rare middle byte finds it (see Brackets),
	// and the bytes around tell. ！ is EF BC 81 and ？ EF BC 9F: EF BC
	// finds them among the other full-width forms, and the third byte
	// tells.
	needles := [...]string{"\x80", "\xef\xbc", "!", "?", "\n"}
	var next [len(needles)]int
	find := func(k, from int) {
		if j := strings.Index(s[from:hi], needles[k]); j >= 0 {
			next[k] = from + j
		} else {
			next[k] = hi
		}
	}
	for k := range needles {
		find(k, lo)
	}
	for {
		k := 0
		for j := 1; j < len(next); j++ {
			if next[j] < next[k] {
				k = j
			}
		}
		at := next[k]
		if at >= hi {
			return
		}
		end := at + len(needles[k])
		if k == 0 {
			if at == lo || at+1 >= hi || s[at-1] != 0xE3 || s[at+1] != 0x82 {
				find(k, at+1) // another character with the byte 0x80
				continue
			}
			end = at + 2
		}
		if k == 1 {
			if at+2 >= hi || s[at+2] != 0x81 && s[at+2] != 0x9F {
				find(k, min(at+3, hi)) // another full-width form
				continue
			}
			end = at + 3
		}
		emit(end)
		find(k, end)
	}
}

// Sentence is a sentence of a paragraph as Sentences splits it: the
// half-open byte range [Start, End).
type Sentence struct{ Start, End int }

// Sentences appends to out[:0] the Sentences of s, split after 。！？!?
// and line breaks outside the brackets bs (ordered, not overlapping).
func Sentences(s string, bs []Bracket, out []Sentence) []Sentence {
	out = out[:0]
	start := 0
	emit := func(end int) {
		out = append(out, Sentence{start, end})
		start = end
	}
	at := 0
	for _, b := range bs {
		if b.Open >= at {
			SentenceEnds(s, at, b.Open, emit)
			at = b.End // inside a Bracket is never a Sentence end
		}
	}
	SentenceEnds(s, at, len(s), emit)
	if start < len(s) {
		out = append(out, Sentence{start, len(s)})
	}
	return out
}
