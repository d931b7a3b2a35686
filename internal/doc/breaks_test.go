package doc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinLines(t *testing.T) {
	tests := []struct {
		name, in, want string
		cuts           int
	}{
		{"no break", "港町の古書店が閉店した。", "港町の古書店が閉店した。", 0},
		{"a word broken at a column", "保護犬の飼い\n主を探している。", "保護犬の飼い主を探している。", 1},
		{"a name broken, spaces around the break", "妻の桑名 \n 早苗さん", "妻の桑名早苗さん", 1},
		{"two breaks", "港町の\n古書店\nが閉店", "港町の古書店が閉店", 2},
		{"Latin words keep their break", "Harbor\nTown の店", "Harbor\nTown の店", 0},
		{"Latin then kana is joined", "iPhone\nを使う", "iPhoneを使う", 1},
		{"a break at the ends stays", "\n港町\n", "\n港町\n", 0},
		{"quotations on lines of their own keep them", "掲示板では\n「寂しい」\n「最後に行きたい」\nと話した", "掲示板では\n「寂しい」\n「最後に行きたい」\nと話した", 0},
		{"rows of a table keep their lines", "一般\n年会費 3,000円\n入会金 1,000円", "一般\n年会費 3,000円\n入会金 1,000円", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cuts := JoinLines(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Len(t, cuts, tt.cuts)
			// Every offset of the joined text maps back to the same
			// character of the input, and back again.
			for i := 0; i <= len(got); i++ {
				o := cuts.Outer(i, false)
				if i < len(got) {
					assert.Equal(t, got[i], tt.in[o], "offset %d", i)
				}
				assert.Equal(t, i, cuts.Inner(o), "offset %d", i)
			}
		})
	}
}

func TestCutsEnds(t *testing.T) {
	in := "飼い\n主"
	got, cuts := JoinLines(in)
	assert.Equal(t, "飼い主", got)
	at := len("飼い")
	assert.Equal(t, at, cuts.Outer(at, true), "an end at the cut stays before the break")
	assert.Equal(t, at+1, cuts.Outer(at, false), "a start at the cut goes past the break")
	assert.Equal(t, at, cuts.Inner(at+1), "the break's bytes map to the cut")
}
