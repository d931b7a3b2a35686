package temporal

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestPathological scans long repetitive inputs: every result must still be
// well-formed.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("long inputs")
	}
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	for _, unit := range []string{"1", "一", "28日", "28日〜", "「", "2025年", "今年の", "過去", "毎週", "12/", "(", "〜", "来る", "翌日", "\xff"} {
		in := strings.Repeat(unit, 5000)
		t0 := time.Now()
		checkTimes(t, in, Find(in, Context{Ref: ref}))
		t.Logf("%q ×5000: %v", unit, time.Since(t0))
	}
}

// TestLexicalMissKeepsEveryWord checks the scanner's prefilter against the
// lexicons it is built from: no word of them may be skipped at its start,
// and a rune that opens only lexicon words is skipped elsewhere.
func TestLexicalMissKeepsEveryWord(t *testing.T) {
	var words []string
	for _, r := range rels {
		words = append(words, r.word)
	}
	for _, w := range podWords {
		words = append(words, w.word)
	}
	for _, h := range holidays {
		words = append(words, h.name)
	}
	words = append(words, zoneWords...)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		assert.False(t, lexicalMiss(w+"に", 0, r), w)
	}
	for _, in := range []string{"しかし", "きっと", "あの人", "スタジオ"} {
		r, _ := utf8.DecodeRuneInString(in)
		assert.True(t, lexicalMiss(in, 0, r), in)
	}
	assert.False(t, lexicalMiss("今後5年間", 0, '今'), "a rune of the grammar is never skipped")
}
