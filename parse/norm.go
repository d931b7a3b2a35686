package parse

import (
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
)

// offsetMap maps a byte range of normalized text back to the input.
type offsetMap interface {
	Span(start, end int) article.Span
}

// normalizeText is the one place where the input is normalized. Every
// classification and extraction works on its result; spans go back to the
// input through the returned map. Field texts are then trimmed of white
// space (including U+3000 indentation) by the parser.
func normalizeText(s string) (string, offsetMap) { n, m := normalize.String(s); return n, m }
