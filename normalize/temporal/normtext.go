package temporal

import (
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
)

// offsetMap maps spans of the normalized text back to the input.
type offsetMap struct{ m *normalize.Map }

// normalizeText returns the text the scanner reads (full-width digits and
// brackets folded to ASCII, wave dashes to 〜, U+3000 to a space; see
// [normalize.String]) and the map back to the input.
func normalizeText(s string) (string, offsetMap) {
	n, m := normalize.String(s)
	return n, offsetMap{m}
}

func (o offsetMap) span(start, end int) article.Span { return o.m.Span(start, end) }
