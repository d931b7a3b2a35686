package doc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCutReadings(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a verb", "と言（い）いました。", "と言いました。"},
		{"half-width brackets", "と言(い)いました。", "と言いました。"},
		{"a name with a dot", "町長の港北健二（こうほく・けんじ）さんは", "町長の港北健二さんは"},
		{"a name with a space", "司書の森川桜（もりかわ さくら）さん", "司書の森川桜さん"},
		{"many words", "町（まち）の公園（こうえん）に花（はな）", "町の公園に花"},
		{"a long vowel", "港（みなと）の灯台（とーだい）", "港の灯台"},
		{"katakana before the brackets stays", "港（みなと）のヨット（よっと）", "港のヨット（よっと）"},
		{"an age stays", "森川忠さん（66）は", "森川忠さん（66）は"},
		{"after kana stays", "さくら（はな）は", "さくら（はな）は"},
		{"a name's reading after kana", "森川さくら（もりかわ・さくら）さん（8）は", "森川さくらさん（8）は"},
		{"katakana in the brackets stays", "港（ミナト）", "港（ミナト）"},
		{"kanji in the brackets stays", "港町（仮称）", "港町（仮称）"},
		{"a long aside stays", "港（ここからはとおくはなれたばしょ）", "港（ここからはとおくはなれたばしょ）"},
		{"an empty bracket stays", "港（）", "港（）"},
		{"a dot first stays", "港（・みなと）", "港（・みなと）"},
		{"at the start", "（みなと）港", "（みなと）港"},
		{"no bracket", "港町", "港町"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cuts, ok := CutReadings(tt.in, nil)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want != tt.in, ok)
			assertSameBytes(t, tt.in, got, cuts)
		})
	}
}

// TestCutReadingsAfterNames: readings cut from a text whose names were
// joined map back to the text before both removals.
func TestCutReadingsAfterNames(t *testing.T) {
	in := "町長の港北 健二（こうほく・けんじ）さんは「本（ほん）を読（よ）んで」と言（い）った。"
	named, cuts, ok := JoinNames(in, nil)
	assert.False(t, ok) // the reading stands between the name and さん
	got, all, ok := CutReadings(named, cuts)
	assert.True(t, ok)
	assert.Equal(t, "町長の港北 健二さんは「本を読んで」と言った。", got)
	assertSameBytes(t, in, got, all)
}

// FuzzCutReadings checks on any text joined at a column that the readings
// cut are bracketed kana only and that every offset maps back.
func FuzzCutReadings(f *testing.F) {
	for _, s := range []string{"と言（い）いました", "港北健二（こうほく・けんじ）さん", "港(みなと)", "（）", "港（", "港（みなと"} {
		f.Add(s, 28)
	}
	f.Fuzz(func(t *testing.T, s string, column int) {
		joined, lineCuts := JoinLines(s, column)
		got, cuts, ok := CutReadings(joined, lineCuts)
		if !ok && (got != joined || len(cuts) != len(lineCuts)) {
			t.Fatalf("nothing removed, yet %q became %q", joined, got)
		}
		for i := 0; i <= len(got); i++ {
			if cuts.Inner(cuts.Outer(i, false)) != i {
				t.Fatalf("offset %d does not map back", i)
			}
		}
	})
}
