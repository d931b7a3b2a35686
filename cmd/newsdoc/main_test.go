package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the program with args and stdin and returns its exit status and streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const plain = "市の図書館が改装へ\n\n2026年2月3日 10時15分\n\nみどり市は2日、中央図書館を来年4月に改装すると発表した。\n\n工事は夏に始まる予定だ。\n"

func TestParseCommand(t *testing.T) {
	code, out, errOut := runCLI(t, plain, "parse", "--no-morph")
	require.Equal(t, 0, code, errOut)
	var a map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "市の図書館が改装へ", a["headline"].(map[string]any)["text"])
	assert.Equal(t, "2026-02-03T10:15", a["published"].(map[string]any)["value"])
	assert.Len(t, a["paragraphs"], 2)
	assert.Empty(t, errOut)
}

func TestParseCommandSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i, text := range []string{plain, "別の見出し\n\n本文の一文目。二文目。\n"} {
		name := filepath.Join(dir, string(rune('a'+i))+".txt")
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
		names = append(names, name)
	}
	code, out, errOut := runCLI(t, "", append([]string{"parse", "--no-morph"}, names...)...)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	for _, line := range lines {
		assert.True(t, json.Valid([]byte(line)), line)
	}
}

func TestParseCommandJSONL(t *testing.T) {
	code, out, _ := runCLI(t, plain, "parse", "--no-morph", "--jsonl", "-")
	require.Equal(t, 0, code)
	assert.Equal(t, 1, strings.Count(out, "\n"))
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"unknown command", "", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"missing file", "", []string{"parse", "/nonexistent/article.txt"}, "no such file"},
		{"empty input", "", []string{"parse", "--no-morph"}, "empty"},
		{"invalid utf-8", "見出し\n\xff\xfe本文", []string{"parse", "--no-morph"}, "UTF-8"},
		{"bad ref", "", []string{"dates", "--ref", "yesterday"}, `--ref "yesterday"`},
		{"bad tz", "", []string{"dates", "--tz", "+99:99"}, `--tz "+99:99"`},
		{"bad format", plain, []string{"timeline", "--format", "xml"}, `--format "xml"`},
		{"bad flag", "", []string{"parse", "--bogus"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.want)
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"parse", "--help"}, {"normalize", "--help"}, {"dates", "--help"}, {"timeline", "--help"}} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, 0, code, args)
		assert.Contains(t, strings.ToLower(out), "usage", args)
		assert.Empty(t, errOut, args)
	}
}

func TestNormalizeCommand(t *testing.T) {
	code, out, _ := runCLI(t, "ＣＯＶＩＤ－１９　ｶﾞｲﾄﾞ\n", "normalize")
	require.Equal(t, 0, code)
	assert.Equal(t, "COVID-19 ガイド\n", out)
}

func TestDatesCommand(t *testing.T) {
	code, out, errOut := runCLI(t, "昨日、会見した。\n\n来月上旬に始まる予定だ。\n", "dates", "--ref", "2025-12-29")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	type expr struct {
		Text  string `json:"text"`
		Value string `json:"value"`
		Mod   string `json:"mod"`
	}
	type line struct {
		Line        int    `json:"line"`
		Expressions []expr `json:"expressions"`
	}
	var got []line
	for _, l := range lines {
		var v line
		require.NoError(t, json.Unmarshal([]byte(l), &v))
		got = append(got, v)
	}
	assert.Equal(t, []line{
		{1, []expr{{"昨日", "2025-12-28", ""}}},
		{2, []expr{}},
		{3, []expr{{"来月上旬", "2026-01", "START"}}},
	}, got)
}

func TestDemoNoMorph(t *testing.T) {
	code, out, errOut := runCLI(t, "", "demo", "--no-morph")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "headline")
	assert.Contains(t, out, "2026-03-12")
	assert.Contains(t, out, "Timeline")
}

func TestTimelineCommand(t *testing.T) {
	code, out, errOut := runCLI(t, plain, "timeline", "--no-morph", "--format", "json")
	require.Equal(t, 0, code, errOut)
	var tl struct {
		Events []struct {
			When struct {
				Text  string `json:"text"`
				Value string `json:"value"`
			} `json:"when"`
			Text      string `json:"text"`
			Paragraph int    `json:"paragraph"`
		} `json:"events"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &tl))
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.When.Text+"="+e.When.Value)
	}
	assert.Equal(t, []string{"2日=2026-02-02", "来年4月=2027-04"}, got)

	code, out, errOut = runCLI(t, plain, "timeline", "--no-morph")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2027-04")
}

func TestSampleParses(t *testing.T) {
	code, out, errOut := runCLI(t, string(sample), "parse", "--no-morph")
	require.Equal(t, 0, code, errOut)
	var a struct {
		Kicker   struct{ Text string } `json:"kicker"`
		Headline struct{ Text string } `json:"headline"`
		Bio      struct{ Text string } `json:"bio"`
		Skipped  []string              `json:"skipped"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "港湾再開発", a.Kicker.Text)
	assert.Equal(t, "みなと市、旧倉庫街の再開発で事業者選定へ 住民説明会は来月上旬", a.Headline.Text)
	assert.NotEmpty(t, a.Bio.Text)
	assert.NotEmpty(t, a.Skipped)
}
