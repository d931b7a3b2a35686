package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunText(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"testdata/visit.txt"}, strings.NewReader(""), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 5, out.String())
	// In time order: the day before (前日の12日, one event), the
	// announcement, the news conference and its 本日 (the conference day),
	// then the visit in November.
	want := []struct{ prefix, text string }{
		{"2025-10-12 ", "経済団体"},
		{"2025-10-13 ", "訪問すると発表した"},
		{"2025-10-13 ", "記者会見で"},
		{"2025-10-13 ←quote", "訪米の日程"},
		{"2025-11 ", "訪問すると発表した"},
	}
	for i, w := range want {
		assert.True(t, strings.HasPrefix(lines[i], w.prefix), "line %d: %s", i, lines[i])
		assert.Contains(t, lines[i], w.text, "line %d", i)
	}
}

func TestRunJSON(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-format", "json", "-no-morph", "-ref", "2025-10-14", "testdata/visit.txt"}, nil, &out, &errb)
	require.Equal(t, 0, code, errb.String())
	var tl struct {
		Events []struct {
			When struct {
				Value  string `json:"value"`
				Anchor string `json:"anchor"`
			} `json:"when"`
			Text      string   `json:"text"`
			Paragraph int      `json:"paragraph"`
			Actors    []string `json:"actors"`
		} `json:"events"`
		Unplaced []json.RawMessage `json:"unplaced"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &tl))
	var values []string
	for _, e := range tl.Events {
		values = append(values, e.When.Value)
	}
	assert.Equal(t, []string{"2025-10-12", "2025-10-13", "2025-10-13", "2025-10-13", "2025-11"}, values)
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"missing file", []string{"testdata/none.txt"}},
		{"bad format", []string{"-format", "xml", "testdata/visit.txt"}},
		{"bad ref", []string{"-ref", "yesterday", "testdata/visit.txt"}},
		{"bad zone", []string{"-tz", "Mars/Olympus", "testdata/visit.txt"}},
		{"two files", []string{"testdata/visit.txt", "testdata/visit.txt"}},
		{"bad flag", []string{"-nope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, 1, run(tt.args, strings.NewReader(""), &out, &errb))
			assert.Empty(t, out.String())
			assert.NotEmpty(t, errb.String())
		})
	}
}

func TestRunStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-no-morph", "-"}, strings.NewReader("見出し\n\n2025/01/10\n\n同社は8日、新製品を発表した。"), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Contains(t, out.String(), "2025-01-08")
}
