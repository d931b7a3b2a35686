package temporal

import "github.com/newsdoc/newsdoc/article"

// offsetMap maps spans of the normalized text back to the original.
type offsetMap struct{}

// normalizeText returns the text the scanner reads and the map back to the
// input.
func normalizeText(s string) (string, offsetMap) { return s, offsetMap{} }

func (offsetMap) span(start, end int) article.Span { return article.Span{Start: start, End: end} }
