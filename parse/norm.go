package parse

import (
	"github.com/newsdoc/newsdoc/normalize"
)

// normalizeText is the one place where the input is normalized. Every
// classification and extraction works on its result; spans go back to the
// input through the returned map. Field texts are then trimmed of white
// space (including U+3000 indentation) by the parser.
func normalizeText(s string) (string, *normalize.Map) { return normalize.String(s) }
