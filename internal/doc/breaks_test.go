package doc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinLines(t *testing.T) {
	tests := []struct {
		name, in, want string
		column         int // the text's column, 0 for none
		cuts           int
	}{
		{"no break", "港町の古書店が閉店した。", "港町の古書店が閉店した。", 0, 0},
		{"a word broken at a column", "港町の図書館は、古い地図の新しい持ち\n主を探している。", "港町の図書館は、古い地図の新しい持ち主を探している。", 28, 1},
		{"a name broken, spaces around the break", "店主の森川忠さんの妻、桑名 \n 早苗さん", "店主の森川忠さんの妻、桑名早苗さん", 26, 1},
		{"two breaks", "港町の商店街で五十年続いた\n古書店が今月末で閉店すること\nになった", "港町の商店街で五十年続いた古書店が今月末で閉店することになった", 28, 2},
		{"Latin words keep their break", "Harbor\nTown の店", "Harbor\nTown の店", 0, 0},
		{"Latin then kana is joined", "新しく発売されたiPhone\nを使う", "新しく発売されたiPhoneを使う", 22, 1},
		{"a break at the ends stays", "\n港町\n", "\n港町\n", 0, 0},
		{"quotations on lines of their own keep them", "地元の掲示板や投稿サイトでは\n「寂しい」\n「最後に行きたい」", "地元の掲示板や投稿サイトでは\n「寂しい」\n「最後に行きたい」", 0, 0},
		{"a quotation wrapped over its quotative is joined", "町長は「寂しいが、感謝しかない」\nとのコメントを出した。", "町長は「寂しいが、感謝しかない」とのコメントを出した。", 0, 1},
		{"a line shorter than the column is no wrap", "古書を選ぶときに気をつけること\n状態の見方には店主ごとの流儀がある。", "古書を選ぶときに気をつけること\n状態の見方には店主ごとの流儀がある。", 0, 0},
		{"a sentence wrapped into its last few characters", "妻の森川早苗さんは「この店に育ててもらった」と話\nした。", "妻の森川早苗さんは「この店に育ててもらった」と話した。", 0, 1},
		{"a ragged line that stops after a particle in a text wrapped at a column", "店主の森川さんは、祖父の代から続いた店を\nこの春で閉じると決め、常連客に手紙で知らせた。", "店主の森川さんは、祖父の代から続いた店をこの春で閉じると決め、常連客に手紙で知らせた。", 48, 1},
		{"without a column, a line that stops after a particle may be a heading", "港の古書市は春のうちに\n出店の申し込み方を紹介する。", "港の古書市は春のうちに\n出店の申し込み方を紹介する。", 0, 0},
		{"a ragged line that stops after a comma", "店主の森川さんは、祖父の代から続いた店を閉じると決め、\n常連客に手紙で知らせた。", "店主の森川さんは、祖父の代から続いた店を閉じると決め、常連客に手紙で知らせた。", 0, 1},
		{"an item of a list keeps its line", "・寝る前にはゆっくりと深呼吸を\n寝る前の30分は画面を見ないようにする。", "・寝る前にはゆっくりと深呼吸を\n寝る前の30分は画面を見ないようにする。", 60, 0},
		{"a list of short lines keeps its lines", "5位・森川忠\n4位・桑名航一\n3位・沢井健二", "5位・森川忠\n4位・桑名航一\n3位・沢井健二", 0, 0},
		{"labels and values keep their lines", "古書が好きな人\n向いている季節：\n雨の多い梅雨", "古書が好きな人\n向いている季節：\n雨の多い梅雨", 0, 0},
		{"a short heading over longer lines keeps its line", "主な仕様\n重さは約120グラムと軽く、持ち運びに便利", "主な仕様\n重さは約120グラムと軽く、持ち運びに便利", 0, 0},
		{"without a column, a line ending in a verb keeps its break", "雨の日に備える傘の選び方\n夏に読みたい港町の本", "雨の日に備える傘の選び方\n夏に読みたい港町の本", 0, 0},
		{"at a column, a full line ending in a verb is joined", "雨の日に備える傘の選び方\n夏に読みたい港町の本", "雨の日に備える傘の選び方夏に読みたい港町の本", 26, 1},
		{"rows of a table keep their lines", "一般\n年会費 3,000円\n入会金 1,000円", "一般\n年会費 3,000円\n入会金 1,000円", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cuts := JoinLines(tt.in, tt.column)
			assert.Equal(t, tt.want, got)
			assert.Len(t, cuts, tt.cuts)
			// Every offset of the joined text maps back to the same
			// character of the input, and back again.
			assertSameBytes(t, tt.in, got, cuts)
		})
	}
}

func TestCutsEnds(t *testing.T) {
	in := "港町の図書館は、古い地図の新しい持ち\n主"
	got, cuts := JoinLines(in, 28)
	assert.Equal(t, "港町の図書館は、古い地図の新しい持ち主", got)
	at := len("港町の図書館は、古い地図の新しい持ち")
	assert.Equal(t, at, cuts.Outer(at, true), "an end at the cut stays before the break")
	assert.Equal(t, at+1, cuts.Outer(at, false), "a start at the cut goes past the break")
	assert.Equal(t, at, cuts.Inner(at+1), "the break's bytes map to the cut")
}

func TestColumn(t *testing.T) {
	tests := []struct {
		name   string
		widths []int
		want   int
	}{
		{"lines wrapped at 64 cells, paragraph ends shorter", []int{64, 64, 62, 30, 64, 63, 64, 20, 64, 64, 40}, 64},
		{"lines of every width", []int{120, 84, 66, 90, 140, 72, 38, 96}, 0},
		{"too few lines", []int{64, 64, 64}, 0},
		{"many lines wider than the mode", []int{64, 64, 64, 64, 80, 90, 100, 110}, 0},
		{"short lines are not counted", []int{4, 4, 4, 4, 4, 4}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Column(tt.widths))
		})
	}
}

// FuzzJoinLines checks that the joined text is the input without the cut
// bytes, that the cuts remove only spaces and line feeds, and that
// offsets map back and forth.
func FuzzJoinLines(f *testing.F) {
	for _, s := range []string{"港町の図書館は、古い地図の新しい持ち\n主", "町長は「感謝しかない」\nとのコメント", "a\nb", "、\n \n、", "\n\n"} {
		f.Add(s, 28)
	}
	f.Fuzz(func(t *testing.T, s string, column int) {
		got, cuts := JoinLines(s, column)
		checkRemovals(t, s, got, cuts, " \t\n")
	})
}

// checkRemovals fails t unless got is s without the bytes cuts removed,
// each removal made only of runes of cutset, and every offset of got maps
// to s and back.
func checkRemovals(t *testing.T, s, got string, cuts Cuts, cutset string) {
	t.Helper()
	var b strings.Builder
	prev := 0
	for _, c := range cuts {
		start := cuts.Outer(c.At, true)
		end := cuts.Outer(c.At, false)
		if end-start != c.N || strings.Trim(s[start:end], cutset) != "" {
			t.Fatalf("cut %v removes %q", c, s[start:end])
		}
		b.WriteString(s[prev:start])
		prev = end
	}
	b.WriteString(s[prev:])
	if b.String() != got {
		t.Fatalf("joined %q, want %q", got, b.String())
	}
	for i := 0; i <= len(got); i++ {
		if cuts.Inner(cuts.Outer(i, false)) != i {
			t.Fatalf("offset %d does not map back", i)
		}
	}
}

// assertSameBytes checks that every offset of got, made from in with
// cuts, points at the same byte of in, and maps back.
func assertSameBytes(t *testing.T, in, got string, cuts Cuts) {
	t.Helper()
	for i := 0; i <= len(got); i++ {
		o := cuts.Outer(i, false)
		if i < len(got) {
			assert.Equal(t, got[i], in[o], "offset %d", i)
		}
		assert.Equal(t, i, cuts.Inner(o), "offset %d", i)
	}
}
