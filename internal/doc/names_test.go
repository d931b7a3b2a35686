package doc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinNames(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a name with an honorific", "組合長の森川 忠さん（66）は話した。", "組合長の森川忠さん（66）は話した。"},
		{"a full-width space", "顧問の港北　健二先生が指揮した。", "顧問の港北健二先生が指揮した。"},
		{"a given name in kana", "妻の森川 さくらさんが迎えた。", "妻の森川さくらさんが迎えた。"},
		{"a given name in kana before an age", "妻の森川 さくらこ（30）", "妻の森川さくらこ（30）"},
		{"a name and a title before an age", "顧問の沢井 健二教諭（44）は振り返った。", "顧問の沢井健二教諭（44）は振り返った。"},
		{"a Latin name and its honorific", "CEOの Ken Hamabe 氏は話した。", "CEOの Ken Hamabe氏は話した。"},
		{"at the start of the text", "森川 忠さん（66）は話した。", "森川忠さん（66）は話した。"},
		{"two names", "森川 忠さんと桑名 航一さん", "森川忠さんと桑名航一さん"},
		{"words of a list stay apart", "北浜市 港町 港南町", "北浜市 港町 港南町"},
		{"a turn's speaker keeps its space", "森川　はい、そう思います。", "森川　はい、そう思います。"},
		{"no honorific after the given name", "港町の 古書店さん", "港町の 古書店さん"},
		{"a longer run before the space is no family name", "港町商店街 健二さん", "港町商店街 健二さん"},
		{"after katakana", "ミナト 健二さん", "ミナト 健二さん"},
		{"a word that starts with an honorific's kanji", "森川 忠氏名簿", "森川 忠氏名簿"},
		{"no space", "森川忠さん", "森川忠さん"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cuts, ok := JoinNames(tt.in, nil)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want != tt.in, ok)
			assertSameBytes(t, tt.in, got, cuts)
		})
	}
}

// TestJoinNamesAfterLines: the spaces of names in a paragraph joined
// across its line breaks map back to the text before both removals.
func TestJoinNamesAfterLines(t *testing.T) {
	in := "店主の森川さんは、祖父の代から続いた店を閉じると決め、\n常連客に知らせた。\n妻の森川 さくらさんと常連客の桑名 航一さん"
	joined, cuts := JoinLines(in, 0)
	assert.Len(t, cuts, 1)
	got, all, ok := JoinNames(joined, cuts)
	assert.True(t, ok)
	assert.Equal(t, "店主の森川さんは、祖父の代から続いた店を閉じると決め、常連客に知らせた。\n妻の森川さくらさんと常連客の桑名航一さん", got)
	assert.Len(t, all, 3)
	assertSameBytes(t, in, got, all)
}

// FuzzJoinNames checks on any text joined at a column that the spaces of
// names are the only other bytes removed and that every offset maps back.
func FuzzJoinNames(f *testing.F) {
	for _, s := range []string{"組合長の森川 忠さん（66）は", "妻の森川 さくらさん", "Ken Hamabe 氏", "港町の図書館は、古い地図の新しい持ち\n主の森川　忠さん", " 氏", "森 さん"} {
		f.Add(s, 28)
	}
	f.Fuzz(func(t *testing.T, s string, column int) {
		joined, lineCuts := JoinLines(s, column)
		got, cuts, ok := JoinNames(joined, lineCuts)
		if !ok && (got != joined || len(cuts) != len(lineCuts)) {
			t.Fatalf("nothing removed, yet %q became %q", joined, got)
		}
		checkRemovals(t, s, got, cuts, " \t\n\u3000")
	})
}
