package normalize

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		in     string
		value  float64
		digits string
	}{
		{"二十七", 27, ""},
		{"千三百二十七", 1327, ""},
		{"千十七", 1017, ""},
		{"1万", 10000, ""},
		{"259万2,300", 2592300, ""},
		{"25億", 2500000000, ""},
		{"1.5兆", 1.5e12, ""},
		{"二〇二五", 2025, "2025"},
		{"〇一〇〇〇", 1000, "01000"},
		{"三兆2千億千三百二十七万一四.〇五", 3e12 + 2000e8 + 1327e4 + 14.05, ""},
		{"2025", 2025, "2025"},
		{"２０２５", 2025, "2025"},
		{"0312", 312, "0312"},
		{"3.14", 3.14, "3.14"},
		{"３．５", 3.5, "3.5"},
		{"1,000,000", 1e6, ""},
		{"１，２３４", 1234, ""},
		{"十", 10, ""},
		{"百", 100, ""},
		{"千", 1000, ""},
		{"千万", 1e7, ""},
		{"一千万", 1e7, ""},
		{"5千万", 5e7, ""},
		{"1億2000万", 1.2e8, ""},
		{"1万5千", 15000, ""},
		{"二千二十五", 2025, ""},
		{"三百", 300, ""},
		{"九十九", 99, ""},
		{"十一", 11, ""},
		{"2千5百", 2500, ""},
		{"1,500万", 1.5e7, ""},
		{"三", 3, "3"},
		{"零", 0, "0"},
		{"二○二五", 2025, "2025"},
		{"壱万", 10000, ""},
		{"拾", 10, ""},
		{"4京", 4e16, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := ParseNumeral(tt.in)
			require.NoError(t, err)
			assert.InDelta(t, tt.value, n.Value, math.Abs(tt.value)*1e-12)
			assert.Equal(t, tt.digits, n.Digits)
		})
	}
}

func TestParseNumeralErrors(t *testing.T) {
	for _, in := range []string{
		"三百二十百", "億万", "", "abc", "万", "十十", "1,2345", "1.", ".5", "○○",
		"千23", "1億12345", "12,34", "一億万", "三,000", "九州", "1.2.3",
	} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseNumeral(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrNumeral)
			assert.Contains(t, err.Error(), `"`+in+`"`)
		})
	}
}

func TestLeadingNumeral(t *testing.T) {
	tests := []struct {
		in    string
		value float64
		size  int
	}{
		{"三百二十百", 320, len("三百二十")},
		{"億万", 0, 0},
		{"九州", 9, len("九")},
		{"12,34人", 12, 2},
		{"1,234円", 1234, len("1,234")},
		{"3.5%", 3.5, 3},
		{"3.人", 3, 1},
		{"2025年", 2025, 4},
		{"1億12345", 1e8, len("1億")},
		{"千23", 1000, len("千")},
		{"十分な", 10, len("十")},
		{"○○さん", 0, 0},
		{"", 0, 0},
		{"万円", 0, 0},
		{"259万2,300人", 2592300, len("259万2,300")},
		{"7.12.29", 7.12, len("7.12")},
		{"1万円", 10000, len("1万")},
		{"3億円超", 3e8, len("3億")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, size := LeadingNumeral(tt.in)
			assert.Equal(t, tt.size, size)
			assert.InDelta(t, tt.value, n.Value, 1e-9)
		})
	}
}

func TestNumeralInt(t *testing.T) {
	tests := []struct {
		n    Numeral
		want int64
		ok   bool
	}{
		{Numeral{Value: 27}, 27, true},
		{Numeral{Value: 1.5}, 0, false},
		{Numeral{Value: 1.5e12}, 1500000000000, true},
		{Numeral{Value: math.Inf(1)}, 0, false},
		{Numeral{Value: math.NaN()}, 0, false},
		{Numeral{Value: 1e19}, 0, false},
	}
	for _, tt := range tests {
		got, ok := tt.n.Int()
		assert.Equal(t, tt.ok, ok, "%v", tt.n.Value)
		assert.Equal(t, tt.want, got, "%v", tt.n.Value)
	}
}

func TestIsNumeralWord(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		word bool
	}{
		{"九州で大雨", 0, true},
		{"三重県の知事", 0, true},
		{"千葉市", 0, true},
		{"一般の人", 0, true},
		{"十分な説明", 0, true},
		{"十分に検討", 0, true},
		{"一日も早く", 0, true},
		{"元日本代表の選手", 0, true},
		{"元日銀総裁", 0, true},
		{"唯一の例", len("唯"), true},
		{"統一地方選", len("統"), true},
		{"東京五輪", len("東京"), true},
		{"第一部", len("第"), false},
		{"一部屋", 0, false},
		{"十分間の休憩", 0, false},
		{"三日に会談", 0, false},
		{"元日の朝", 0, false},
		{"元年", 0, false},
		{"9州", 0, false},
		{"二十七人", 0, false},
		{"一日、発表", 0, false},
		{"x", 5, false},
		{"九州", 1, false},
		{"一昨年の春", 0, true},
		{"一生に一度", 0, true},
		{"千万円", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.word, IsNumeralWord(tt.s, tt.i))
		})
	}
}

func TestNumeralAt(t *testing.T) {
	s := "九州の二十七人と千葉の1,200人、唯一の三百二十百"
	type hit struct {
		at    int
		value float64
		size  int
	}
	var got []hit
	for i := 0; i < len(s); i++ {
		if n, size := NumeralAt(s, i); size > 0 {
			got = append(got, hit{i, n.Value, size})
			i += size - 1
		}
	}
	want := []hit{
		{len("九州の"), 27, len("二十七")},
		{len("九州の二十七人と千葉の"), 1200, len("1,200")},
		{len("九州の二十七人と千葉の1,200人、唯一の"), 320, len("三百二十")},
	}
	assert.Equal(t, want, got)
}

func TestErrNumeralIs(t *testing.T) {
	_, err := ParseNumeral("億万")
	assert.True(t, errors.Is(err, ErrNumeral))
}
