package quote

import (
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
)

// mayQuote must see every character that normalizes to an opening
// bracket, or a quotation would be lost without morphology.
func TestMayQuoteCoversNormalization(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "あ" + string(r) + "い"
		n, _ := normalize.String(s)
		if strings.ContainsAny(n, "「『") && !mayQuote(s, article.Span{Start: 0, End: len(s)}) {
			t.Errorf("%U normalizes to a bracket but is not seen", r)
		}
	}
}
