package normalize

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLookupEra(t *testing.T) {
	tests := []struct {
		in   string
		name string
	}{
		{"明治", "明治"}, {"大正", "大正"}, {"昭和", "昭和"}, {"平成", "平成"}, {"令和", "令和"},
		{"M", "明治"}, {"t", "大正"}, {"S", "昭和"}, {"h", "平成"}, {"R", "令和"}, {"Ｒ", "令和"},
		{"㍾", "明治"}, {"㍽", "大正"}, {"㍼", "昭和"}, {"㍻", "平成"}, {"㋿", "令和"},
	}
	for _, tt := range tests {
		e, ok := LookupEra(tt.in)
		require.True(t, ok, tt.in)
		assert.Equal(t, tt.name, e.Name)
	}
	for _, in := range []string{"", "X", "令", "令和元", "慶応"} {
		_, ok := LookupEra(in)
		assert.False(t, ok, in)
	}
	r, _ := LookupEra("令和")
	assert.True(t, r.End.IsZero())
	assert.Equal(t, byte('R'), r.Letter)
	h, _ := LookupEra("平成")
	assert.Equal(t, date(2019, 5, 1), h.End)
	assert.Equal(t, date(1989, 1, 8), h.Start)
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, japan) }

func TestEraYear(t *testing.T) {
	tests := []struct {
		era  string
		year int
		want int
	}{
		{"令和", 7, 2025}, {"令和", 1, 2019}, {"平成", 31, 2019}, {"平成", 1, 1989},
		{"昭和", 64, 1989}, {"昭和", 1, 1926}, {"大正", 15, 1926}, {"大正", 1, 1912},
		{"明治", 45, 1912}, {"明治", 1, 1868}, {"明治", 5, 1872}, {"H", 30, 2018},
	}
	for _, tt := range tests {
		got, err := EraYear(tt.era, tt.year)
		require.NoError(t, err, "%s%d", tt.era, tt.year)
		assert.Equal(t, tt.want, got)
	}
	for _, bad := range []struct {
		era  string
		year int
	}{{"平成", 0}, {"平成", 32}, {"昭和", 65}, {"大正", 16}, {"明治", 46}, {"令和", -1}} {
		_, err := EraYear(bad.era, bad.year)
		assert.ErrorIs(t, err, ErrEraDate, "%s%d", bad.era, bad.year)
	}
	_, err := EraYear("慶応", 1)
	assert.ErrorIs(t, err, ErrEra)
}

func TestEraDate(t *testing.T) {
	tests := []struct {
		era              string
		year, month, day int
		want             time.Time
	}{
		{"令和", 7, 12, 29, date(2025, 12, 29)},
		{"令和", 1, 5, 1, date(2019, 5, 1)},
		{"令和", 1, 0, 0, date(2019, 5, 1)},
		{"令和", 1, 5, 0, date(2019, 5, 1)},
		{"平成", 31, 4, 30, date(2019, 4, 30)},
		{"平成", 31, 0, 0, date(2019, 1, 1)},
		{"昭和", 64, 1, 1, date(1989, 1, 1)},
		{"昭和", 64, 1, 7, date(1989, 1, 7)},
		{"平成", 1, 1, 8, date(1989, 1, 8)},
		{"昭和", 1, 12, 25, date(1926, 12, 25)},
		{"大正", 15, 12, 25, date(1926, 12, 25)},
		{"明治", 45, 7, 30, date(1912, 7, 30)},
		{"大正", 1, 7, 30, date(1912, 7, 30)},
		{"明治", 6, 1, 1, date(1873, 1, 1)},
		{"明治", 1, 0, 0, date(1868, 1, 25)},
		{"令和", 6, 2, 29, date(2024, 2, 29)},
	}
	for _, tt := range tests {
		got, err := EraDate(tt.era, tt.year, tt.month, tt.day)
		require.NoError(t, err, "%s%d.%d.%d", tt.era, tt.year, tt.month, tt.day)
		assert.Equal(t, tt.want, got)
	}
	bad := []struct {
		era              string
		year, month, day int
		err              error
	}{
		{"平成", 31, 5, 1, ErrEraDate},
		{"平成", 31, 5, 0, ErrEraDate},
		{"令和", 1, 4, 30, ErrEraDate},
		{"令和", 1, 4, 0, ErrEraDate},
		{"平成", 0, 0, 0, ErrEraDate},
		{"昭和", 64, 1, 8, ErrEraDate},
		{"大正", 1, 7, 29, ErrEraDate},
		{"令和", 7, 2, 30, ErrEraDate},
		{"令和", 7, 13, 1, ErrEraDate},
		{"令和", 7, 0, 5, ErrEraDate},
		{"令和", 7, 4, 31, ErrEraDate},
		{"明治", 5, 11, 9, ErrLunisolar},
		{"明治", 1, 9, 8, ErrLunisolar},
		{"慶応", 4, 1, 1, ErrEra},
	}
	for _, tt := range bad {
		_, err := EraDate(tt.era, tt.year, tt.month, tt.day)
		assert.ErrorIs(t, err, tt.err, "%s%d.%d.%d", tt.era, tt.year, tt.month, tt.day)
	}
}

func TestParseEraDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		size int
	}{
		{"R7.12.29", date(2025, 12, 29), len("R7.12.29")},
		{"H31.4.30", date(2019, 4, 30), len("H31.4.30")},
		{"r7/12/29付", date(2025, 12, 29), len("r7/12/29")},
		{"S64-1-7", date(1989, 1, 7), len("S64-1-7")},
		{"令和7年12月29日", date(2025, 12, 29), len("令和7年12月29日")},
		{"令和元年5月1日", date(2019, 5, 1), len("令和元年5月1日")},
		{"㍻31年4月30日", date(2019, 4, 30), len("㍻31年4月30日")},
		{"令和７年１２月２９日", date(2025, 12, 29), len("令和７年１２月２９日")},
		{"令和七年十二月二十九日", date(2025, 12, 29), len("令和七年十二月二十九日")},
		{"令和7年12月", date(2025, 12, 1), len("令和7年12月")},
		{"令和7年度", date(2025, 1, 1), len("令和7年")},
		{"令和 7年", date(2025, 1, 1), len("令和 7年")},
		{"令和\u30007年3月", date(2025, 3, 1), len("令和\u30007年3月")},
		{"令和7.12.29", date(2025, 12, 29), len("令和7.12.29")},
		{"令和7.12", date(2025, 12, 1), len("令和7.12")},
		{"H31年", date(2019, 1, 1), len("H31年")},
		{"Ｒ７．１２．２９", date(2025, 12, 29), len("Ｒ７．１２．２９")},
		{"㋿元年", date(2019, 5, 1), len("㋿元年")},
		{"平成31年4月に", date(2019, 4, 1), len("平成31年4月")},
		{"昭和64年1月7日", date(1989, 1, 7), len("昭和64年1月7日")},
		{"令和7年12月29", date(2025, 12, 1), len("令和7年12月")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, size, err := ParseEraDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.size, size)
		})
	}
	bad := []struct {
		in   string
		err  error
		size int
	}{
		{"平成31年5月1日", ErrEraDate, len("平成31年5月1日")},
		{"令和元年4月30日", ErrEraDate, len("令和元年4月30日")},
		{"平成0年", ErrEraDate, len("平成0年")},
		{"H31.5.1", ErrEraDate, len("H31.5.1")},
		{"明治5年12月3日", ErrLunisolar, len("明治5年12月3日")},
		{"M7.1", ErrEra, 0},
		{"R7.12", ErrEra, 0},
		{"R7", ErrEra, 0},
		{"令和", ErrEra, 0},
		{"令和七", ErrEra, 0},
		{"2025年", ErrEra, 0},
		{"", ErrEra, 0},
	}
	for _, tt := range bad {
		t.Run(tt.in, func(t *testing.T) {
			_, size, err := ParseEraDate(tt.in)
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, tt.size, size)
		})
	}
}
