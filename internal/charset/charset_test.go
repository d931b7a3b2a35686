package charset

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

const story = "港南市で初雪　平年より５日早く\n2026年12月3日 9時15分\n\n港南市の気象台は３日朝、市内で初雪を観測したと発表した。「けさは冷え込みました」と話す住民もいた。\n"

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	if e == nil {
		return []byte(s)
	}
	b, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestDetectDecode(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	leBOM := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		want string
	}{
		{"utf-8", nil, story, UTF8},
		{"ascii", nil, "Tokyo, Dec. 3\n", UTF8},
		{"shift_jis article", japanese.ShiftJIS, story, ShiftJIS},
		{"shift_jis one line", japanese.ShiftJIS, "港南市で初雪\n", ShiftJIS},
		{"shift_jis kana only", japanese.ShiftJIS, "きょうはさむい。\n", ShiftJIS},
		{"euc-jp article", japanese.EUCJP, story, EUCJP},
		{"euc-jp one line", japanese.EUCJP, "港南市で初雪を観測\n", EUCJP},
		{"iso-2022-jp", japanese.ISO2022JP, story, ISO2022JP},
		{"utf-16le no mark", le, story, UTF16LE},
		{"utf-16be no mark", be, story, UTF16BE},
		{"utf-16le mark", leBOM, story, UTF16LE},
		{"meta charset", japanese.ShiftJIS, `<html><head><meta charset="Shift_JIS"><title>港南市で初雪</title></head></html>`, ShiftJIS},
		{"meta http-equiv", japanese.EUCJP, `<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><p>初雪</p>`, EUCJP},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := encode(t, tt.enc, tt.text)
			got := Detect(src)
			assert.Equal(t, tt.want, got)
			out, bad, err := Decode(src, got)
			require.NoError(t, err)
			assert.Zero(t, bad)
			assert.Equal(t, tt.text, string(out))
		})
	}
}

func TestDetectKeepsBrokenUTF8(t *testing.T) {
	// One stray byte in UTF-8 text is a broken UTF-8 file, not another
	// encoding: the caller's validation reports it.
	src := append([]byte(story[:40]), 0xFF)
	src = append(src, story[40:]...)
	assert.Equal(t, UTF8, Detect(src))
	// A Latin-1 letter in English text is no evidence of Shift_JIS.
	assert.Equal(t, UTF8, Detect([]byte("Meet me at the caf\xe9 today.\n")))
	// Bytes that no encoding reads stay UTF-8 too.
	assert.Equal(t, UTF8, Detect([]byte{0xFF, 0xFF, 0x80, 0x81, 0xFF}))
}

func TestDecodeBOMAndCounts(t *testing.T) {
	out, bad, err := Decode([]byte("\xEF\xBB\xBF初雪"), "UTF-8")
	require.NoError(t, err)
	assert.Equal(t, "初雪", string(out))
	assert.Zero(t, bad)

	// Shift_JIS with a lead byte at the end: one invalid sequence.
	src := append(encode(t, japanese.ShiftJIS, "初雪"), 0x81)
	out, bad, err = Decode(src, "sjis")
	require.NoError(t, err)
	assert.Equal(t, 1, bad)
	assert.True(t, bytes.HasPrefix(out, []byte("初雪")))

	_, _, err = Decode(src, "klingon")
	assert.ErrorIs(t, err, ErrUnknown)
}

func TestLookup(t *testing.T) {
	for label, want := range map[string]string{
		"sjis": ShiftJIS, "Shift_JIS": ShiftJIS, "windows-31j": ShiftJIS,
		" euc-jp ": EUCJP, "csISO2022JP": ISO2022JP, "UTF-16": UTF16LE, "utf8": UTF8,
	} {
		_, got, err := Lookup(label)
		require.NoError(t, err, label)
		assert.Equal(t, want, got, label)
	}
}

func FuzzDetect(f *testing.F) {
	f.Add([]byte(story))
	f.Add([]byte("\xff\xfe\x2f\x6e"))
	f.Add([]byte("\x1b$B=i@c\x1b(B"))
	f.Add([]byte{0x8f, 0xe9, 0x90, 0xe1})
	f.Fuzz(func(t *testing.T, src []byte) {
		name := Detect(src)
		out, _, err := Decode(src, name)
		if err != nil {
			t.Fatalf("Detect gave %q, which Decode refuses: %v", name, err)
		}
		if name == UTF8 && len(out) > len(src) {
			t.Fatalf("UTF-8 decode grew the input")
		}
	})
}
