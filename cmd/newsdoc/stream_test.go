package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/normalize"
)

func TestStreamTransformMatchesString(t *testing.T) {
	tests := []struct {
		name string
		in   string
		dict bool
	}{
		{"width and kana", "ＣＯＶＩＤ－１９　ｶﾞｲﾄﾞ、東京都ﾎﾟｰﾄ地区。\n", false},
		{"long vowel run past one chunk", "カ" + strings.Repeat("ー", 3*streamChunk) + "ド\n", false},
		{"spaces in dict mode past one chunk", "東京" + strings.Repeat(" ", 3*streamChunk) + "都\n", true},
		{"many lines", strings.Repeat("半角ｶﾅの行、全角ＡＢＣ。\n", 20000), false},
		{"no final newline", "令和７年１２月", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := normalize.New(normalize.Dict(tt.dict))
			want, _ := n.String(tt.in)
			var out bytes.Buffer
			require.NoError(t, streamTransform(&out, strings.NewReader(tt.in), n.Transformer()))
			assert.Equal(t, want, out.String(), "whole")
			out.Reset()
			require.NoError(t, streamTransform(&out, iotest.HalfReader(strings.NewReader(tt.in)), n.Transformer()))
			assert.Equal(t, want, out.String(), "half reader")
			if len(tt.in) < 1<<16 {
				out.Reset()
				require.NoError(t, streamTransform(&out, iotest.OneByteReader(strings.NewReader(tt.in)), n.Transformer()))
				assert.Equal(t, want, out.String(), "one byte reader")
			}
		})
	}
}

func TestNormalizeCommandInvalidInput(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantOut string
		wantErr string
	}{
		{"Shift_JIS bytes", "ＡＢ\n\x93\xfa\x96\x7b\n", "AB\n", "invalid UTF-8 at byte 7 (line 2)"},
		{"UTF-16 byte order mark", "\xff\xfe\x41\x00", "", "invalid UTF-8 at byte 0 (line 1)"},
		{"truncated last character", "ＡＢ\xe3\x81", "AB", "invalid UTF-8 at byte 6 (line 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.in, "normalize")
			assert.Equal(t, 1, code)
			assert.Equal(t, tt.wantOut, out)
			assert.Contains(t, errOut, "newsdoc: stdin: "+tt.wantErr)
		})
	}
}

func TestNormalizeCommandHasNoSizeLimit(t *testing.T) {
	in := strings.Repeat("ｱｲｳｴｵ、ＡＢＣ。\n", (9<<20)/30)
	require.Greater(t, len(in), 8<<20)
	code, out, errOut := runCLI(t, in, "normalize")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, strings.Repeat("アイウエオ、ABC。\n", (9<<20)/30), out)
}

func TestDatesCommandLongAndInvalidLines(t *testing.T) {
	long := strings.Repeat("あ", 200<<10) + "2025年12月3日"
	in := "昨日、会見した。\n\x93\xfa\n" + long + "\n"
	code, out, errOut := runCLI(t, in, "dates", "--ref", "2025-12-29")
	assert.Equal(t, 1, code)
	assert.Equal(t, "newsdoc: stdin:2: invalid UTF-8 at byte 0 of the line\n", errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"line":1`)
	assert.Contains(t, lines[1], `"line":3`)
	assert.Contains(t, lines[1], `"value":"2025-12-03"`)
}

func TestDatesCommandFiles(t *testing.T) {
	dir := t.TempDir()
	name := dir + "/lines.txt"
	require.NoError(t, os.WriteFile(name, []byte("来月上旬に始まる。\n"), 0o644))
	code, out, errOut := runCLI(t, "", "dates", "--ref", "2025-12-29", name)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"value":"2026-01"`)
	assert.Contains(t, out, `"mod":"START"`)
}
