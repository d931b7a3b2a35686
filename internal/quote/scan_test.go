package quote

import (
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/stretchr/testify/assert"
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

func TestContains3(t *testing.T) {
	tests := []struct {
		s, c string
		want bool
	}{
		{"", "「", false},
		{"「", "「", true},
		{"あいう「え", "「", true},
		{"あいう」え", "「", false},
		{"\x8c「", "「", true},
		{"\x80\x8c", "「", false},
		{"『題』", "『", true},
		{"abc", "『", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, contains3(tt.s, tt.c), "%q in %q", tt.c, tt.s)
	}
}
