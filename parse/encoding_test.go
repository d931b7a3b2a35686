package parse

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestEncodings(t *testing.T) {
	utf8Src, err := os.ReadFile("testdata/mainichi-like.txt")
	require.NoError(t, err)
	want, err := Parse(utf8Src, WithoutMorphology())
	require.NoError(t, err)
	wantJSON, err := json.Marshal(want)
	require.NoError(t, err)

	tests := []struct {
		name  string
		enc   encoding.Encoding
		label string // given with WithEncoding; "" detects
		want  string // Article.Encoding
	}{
		{"shift_jis detected", japanese.ShiftJIS, "", "shift_jis"},
		{"euc-jp detected", japanese.EUCJP, "", "euc-jp"},
		{"iso-2022-jp detected", japanese.ISO2022JP, "", "iso-2022-jp"},
		{"utf-16le with mark", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "", "utf-16le"},
		{"utf-16be without mark", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "", "utf-16be"},
		{"shift_jis given as cp932", japanese.ShiftJIS, "cp932", "shift_jis"},
		{"euc-jp given", japanese.EUCJP, "EUC-JP", "euc-jp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := tt.enc.NewEncoder().Bytes(utf8Src)
			require.NoError(t, err)
			opts := []Option{WithoutMorphology()}
			if tt.label != "" {
				opts = append(opts, WithEncoding(tt.label))
			}
			a, err := Parse(src, opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Encoding)
			assert.Equal(t, string(utf8Src), a.Source, "Source is the decoded text")
			spanChecker{t: t, a: a, text: true}.check()
			// The same article as from the UTF-8 file, but for the
			// encoding it names.
			a.Encoding = ""
			got, err := json.Marshal(a)
			require.NoError(t, err)
			assert.JSONEq(t, string(wantJSON), string(got))
		})
	}
}

func TestEncodingErrors(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte("港南市で初雪\n\n港南市の気象台は３日朝、初雪を観測したと発表した。\n"))
	require.NoError(t, err)

	t.Run("utf-8 forced", func(t *testing.T) {
		a, err := Parse(sjis, WithEncoding("utf-8"), WithoutMorphology())
		require.ErrorIs(t, err, ErrInvalidUTF8)
		assert.Empty(t, a.Encoding)
		assert.Empty(t, a.Paragraphs)
	})
	t.Run("unknown label", func(t *testing.T) {
		a, err := Parse(sjis, WithEncoding("klingon"), WithoutMorphology())
		require.ErrorIs(t, err, ErrEncoding)
		assert.ErrorContains(t, err, `"klingon"`)
		require.NotNil(t, a)
		assert.Empty(t, a.Source)
		assert.NotNil(t, a.Quotes)
	})
	t.Run("invalid bytes in the encoding", func(t *testing.T) {
		bad := append(append([]byte{}, sjis...), 0x81) // a lead byte alone at the end
		a, err := Parse(bad, WithEncoding("shift_jis"), WithoutMorphology())
		require.ErrorIs(t, err, ErrEncoding)
		var pe *ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 4, pe.Line, "the line of the bad byte, after the paragraph")
		assert.Equal(t, "shift_jis", a.Encoding)
		require.Len(t, a.Paragraphs, 1, "the text is kept, the bad byte read as U+FFFD")
		assert.Equal(t, "港南市で初雪", a.Headline.Text)
	})
	t.Run("utf-8 stays utf-8", func(t *testing.T) {
		a, err := Parse([]byte("港南市で初雪\n\n港南市の気象台は３日朝、初雪を観測した。\n"), WithoutMorphology())
		require.NoError(t, err)
		assert.Empty(t, a.Encoding)
	})
}
