package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
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

// TestYearlessDateLine checks that a date line without a year is read as
// of the present moment unless --ref says otherwise: the year is one whose
// calendar puts the printed weekday on that day, not after today.
func TestYearlessDateLine(t *testing.T) {
	const page = "港町で倉庫火災、けが人なし\n6/18(火) 7:30配信\n\n港町の倉庫で2日夜、火災があった。\n"
	published := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, page, append([]string{"parse", "--no-morph"}, args...)...)
		require.Equal(t, 0, code, errOut)
		var a struct {
			Published struct{ Value string } `json:"published"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &a))
		return a.Published.Value
	}
	got := published()
	day, err := time.Parse("2006-01-02T15:04", got)
	require.NoError(t, err, got)
	assert.Equal(t, time.Tuesday, day.Weekday())
	assert.False(t, day.After(time.Now()), got)
	assert.Less(t, time.Since(day), 12*365*24*time.Hour, got)
	assert.Equal(t, "2024-06-18T07:30", published("--ref", "2026-12-01"))
	assert.Equal(t, "XXXX-06-18T07:30", published("--ref", "none"))
	assert.Equal(t, "2026-02-01T00:00:00", published("--published", "2026-02-01"))
}

func TestParseMetadataFlags(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		headline  string
		hasSpan   bool   // the headline is printed by the text
		published string // the value, "" for the printed one
		start     string
		boiler    int // lines of boilerplate
	}{
		{"none", nil, "市の図書館が改装へ", true, "2026-02-03T10:15", "2026-02-03T10:15:00+09:00", 0},
		{"RFC 3339", []string{"--published", "2026-02-03T10:15:00+09:00"}, "市の図書館が改装へ", true, "2026-02-03T10:15:00", "2026-02-03T10:15:00+09:00", 0},
		{"another time", []string{"--published=2026-02-04T08:00:00Z"}, "市の図書館が改装へ", true, "2026-02-04T08:00:00", "2026-02-04T08:00:00Z", 1},
		{"a day", []string{"--published", "2026-02-05"}, "市の図書館が改装へ", true, "2026-02-05T00:00:00", "2026-02-05T00:00:00+09:00", 1},
		{"a day in --tz", []string{"--published", "2026-02-05", "--tz", "UTC"}, "市の図書館が改装へ", true, "2026-02-05T00:00:00", "2026-02-05T00:00:00Z", 1},
		{"headline printed", []string{"--headline", "市の図書館が改装へ"}, "市の図書館が改装へ", true, "2026-02-03T10:15", "2026-02-03T10:15:00+09:00", 0},
		{"headline not printed", []string{"--headline", "中央図書館、来春に改装"}, "中央図書館、来春に改装", false, "2026-02-03T10:15", "2026-02-03T10:15:00+09:00", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, plain, append([]string{"parse", "--no-morph"}, tt.args...)...)
			require.Equal(t, 0, code, errOut)
			var a article.Article
			require.NoError(t, json.Unmarshal([]byte(out), &a))
			assert.Equal(t, tt.headline, a.Headline.Text)
			assert.Equal(t, tt.hasSpan, !a.Headline.Span.IsZero())
			require.NotNil(t, a.Published)
			assert.Equal(t, tt.published, a.Published.Value)
			assert.Equal(t, tt.start, a.Published.Start.Format(time.RFC3339))
			assert.Len(t, a.Boilerplate, tt.boiler)
			assert.Len(t, a.Paragraphs, 2)
		})
	}
	for _, bad := range []string{"tomorrow", "2026/02/05", "2026-02-05T10:00"} {
		code, _, errOut := runCLI(t, plain, "parse", "--no-morph", "--published", bad)
		assert.Equal(t, exitUsage, code, bad)
		assert.Contains(t, errOut, "--published", bad)
	}
}

// writeInputs writes texts as files a.txt, b.txt, ... under dir/sub and
// returns their names.
func writeInputs(t *testing.T, dir string, texts ...string) []string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	var names []string
	for i, text := range texts {
		name := filepath.Join(dir, "sub", string(rune('a'+i))+".txt")
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
		names = append(names, name)
	}
	return names
}

// decodeAll decodes a stream of JSON values.
func decodeAll(t *testing.T, out string) []map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	var all []map[string]any
	for dec.More() {
		var v map[string]any
		require.NoError(t, dec.Decode(&v))
		all = append(all, v)
	}
	return all
}

func headlineOf(v map[string]any) string {
	h, _ := v["headline"].(map[string]any)
	s, _ := h["text"].(string)
	return s
}

func TestParseCommandEncodings(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String(plain)
	require.NoError(t, err)
	dir := t.TempDir()
	name := filepath.Join(dir, "sjis.txt")
	require.NoError(t, os.WriteFile(name, []byte(sjis), 0o644))

	code, out, errOut := runCLI(t, "", "parse", "--no-morph", name)
	require.Equal(t, 0, code, errOut)
	var a article.Article
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "shift_jis", a.Encoding)
	assert.Equal(t, "市の図書館が改装へ", a.Headline.Text)

	code, out, errOut = runCLI(t, sjis, "parse", "--no-morph", "--encoding", "cp932")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"encoding": "shift_jis"`)

	code, _, errOut = runCLI(t, sjis, "parse", "--no-morph", "--encoding", "utf-8")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "invalid UTF-8")

	code, _, errOut = runCLI(t, sjis, "parse", "--encoding", "klingon")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--encoding")
}

func TestParseCommandHTML(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><meta property=\"article:published_time\" content=\"2026-02-03T10:15:00+09:00\"></head><body><nav>ホーム</nav>" +
		"<article><h1>市の図書館が改装へ</h1><p>みどり市は2日、中央図書館を来年4月に改装すると発表した。</p><p>工事は夏に始まる予定だ。</p></article></body></html>"
	for _, args := range [][]string{{"parse", "--no-morph"}, {"parse", "--no-morph", "-"}} {
		code, out, errOut := runCLI(t, page, args...)
		require.Equal(t, 0, code, errOut)
		var a article.Article
		require.NoError(t, json.Unmarshal([]byte(out), &a))
		assert.Equal(t, "市の図書館が改装へ", a.Headline.Text)
		require.NotNil(t, a.Published)
		assert.Equal(t, "2026-02-03T10:15:00", a.Published.Value)
		assert.Len(t, a.Paragraphs, 2)
	}
	// By name: a .html file is read as HTML.
	name := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(name, []byte(page[len("<!DOCTYPE html>\n"):]), 0o644))
	code, out, errOut := runCLI(t, "", "timeline", "--no-morph", "--format", "json", name)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "改装")
}

func TestStreamCommandsEncoding(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String("港南市で３日、初雪。\n")
	require.NoError(t, err)
	code, out, errOut := runCLI(t, sjis, "normalize", "--encoding", "sjis")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "港南市で3日、初雪。\n", out)

	code, out, errOut = runCLI(t, sjis, "dates", "--ref", "2026-12-01", "--encoding", "shift_jis")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"value":"2026-12-03"`)

	code, _, errOut = runCLI(t, sjis, "normalize")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "--encoding")

	code, _, errOut = runCLI(t, sjis, "dates", "--encoding", "klingon")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "klingon")
}

func TestParseCommandSeveralFiles(t *testing.T) {
	texts := []string{plain, "別の見出し\n\n本文の一文目。二文目。\n", "三つ目の見出し\n\n三つ目の本文です。\n"}
	wantHeadlines := []string{"市の図書館が改装へ", "別の見出し", "三つ目の見出し"}
	dir := t.TempDir()
	names := writeInputs(t, dir, texts...)
	list := filepath.Join(t.TempDir(), "list.txt")
	require.NoError(t, os.WriteFile(list, []byte(strings.Join(names, "\n")+"\n\n"), 0o644))

	tests := []struct {
		name  string
		stdin string
		args  []string
		jsonl bool
	}{
		{"files, json", "", append([]string{"parse", "--no-morph"}, names...), false},
		{"files, jsonl", "", append([]string{"parse", "--no-morph", "--format", "jsonl"}, names...), true},
		{"flags after the files", "", append(append([]string{"parse"}, names...), "--no-morph", "--jsonl"), true},
		{"a directory", "", []string{"parse", dir + "/sub", "--no-morph", "--format=jsonl"}, true},
		{"a directory, two workers", "", []string{"parse", "-j", "2", "--no-morph", "--format=jsonl", dir}, true},
		{"names from stdin", strings.Join(names, "\n"), []string{"parse", "--no-morph", "--files-from", "-", "-j", "3"}, false},
		{"names from a file", "", []string{"parse", "--no-morph", "--files-from", list, "--format", "jsonl"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, errOut, "3 inputs, 3 parsed, 0 failed")
			if tt.jsonl {
				lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
				require.Len(t, lines, 3)
			}
			got := decodeAll(t, out)
			require.Len(t, got, 3)
			for i, v := range got {
				assert.Equal(t, wantHeadlines[i], headlineOf(v), "order kept")
				if tt.jsonl {
					assert.Equal(t, names[i], v["file"])
				} else {
					assert.NotContains(t, v, "file")
				}
			}
		})
	}
}

func TestParseCommandKeepsGoingAfterABadFile(t *testing.T) {
	dir := t.TempDir()
	names := writeInputs(t, dir, plain, "見出し\n\xff本文\n", "別の見出し\n\n本文。\n")
	code, out, errOut := runCLI(t, "", "parse", "--no-morph", "--format", "jsonl", "-j", "2", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, names[1]+":2: invalid UTF-8")
	assert.Contains(t, errOut, "3 inputs, 2 parsed, 1 failed")
	got := decodeAll(t, out)
	require.Len(t, got, 2)
	assert.Equal(t, names[0], got[0]["file"])
	assert.Equal(t, names[2], got[1]["file"])
}

func TestFlagsAnywhere(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"flags first", []string{"--ref", "2025-01-02", "a", "b"}, []string{"a", "b"}},
		{"flags last", []string{"a", "b", "--ref", "2025-01-02"}, []string{"a", "b"}},
		{"mixed", []string{"a", "--ref=2025-01-02", "b"}, []string{"a", "b"}},
		{"double dash ends flags", []string{"--ref", "2025-01-02", "a", "--", "--ref", "b"}, []string{"a", "--ref", "b"}},
		{"stdin dash", []string{"-", "--ref", "2025-01-02"}, []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cli{stdout: io.Discard, stderr: io.Discard}
			fs := c.newFlagSet("test", "")
			ref := fs.String("ref", "", "")
			args, code, stop := c.parseFlags(fs, tt.args)
			require.False(t, stop)
			assert.Equal(t, 0, code)
			assert.Equal(t, tt.want, args)
			assert.Equal(t, "2025-01-02", *ref)
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := runCLI(t, "", "--version")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "newsdoc "), out)
	assert.Contains(t, out, runtime.Version())
}

func TestDatesDefaultsToToday(t *testing.T) {
	code, out, errOut := runCLI(t, "今日は晴れ。\n", "dates")
	require.Equal(t, 0, code, errOut)
	today := time.Now().In(time.FixedZone("JST", 9*3600)).Format("2006-01-02")
	if !strings.Contains(out, today) { // midnight may pass between the two clocks
		today = time.Now().In(time.FixedZone("JST", 9*3600)).Format("2006-01-02")
	}
	assert.Contains(t, out, `"value":"`+today+`"`)
}

// TestDatesClockOfRef checks that hours counted from now resolve against
// an RFC 3339 --ref, and not against a day alone, which has no clock: they
// then stay a length that keeps its direction.
func TestDatesClockOfRef(t *testing.T) {
	tests := []struct {
		ref, want string
	}{
		{"2024-06-10T15:00:00+09:00", `"value":"2024-06-10T12:00"`},
		{"2024-06-10T00:00:00+09:00", `"value":"2024-06-09T21:00"`},
		{"2024-06-10", `"value":"PT3H","mod":"BEFORE"`},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			code, out, errOut := runCLI(t, "3時間前に地震があった。\n", "dates", "--ref", tt.ref)
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, out, tt.want)
		})
	}
}

// TestDatesWithoutRef checks that --ref none leaves what needs a reference
// unresolved: a date without its year keeps X, and a day counted from today
// stays unresolved rather than being read against the present moment.
func TestDatesWithoutRef(t *testing.T) {
	code, out, errOut := runCLI(t, "港南の祭りは8月20日に開かれた。昨日も雨だった。\n", "dates", "--ref", "none")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"value":"XXXX-08-20"`)
	year := time.Now().Format("2006")
	assert.NotContains(t, out, `"value":"`+year+`-08-20"`)
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"unknown command", "", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"missing file", "", []string{"parse", "/nonexistent/article.txt"}, 1, "no such file"},
		{"empty input", "", []string{"parse", "--no-morph"}, 1, "stdin:1: empty input"},
		{"invalid utf-8", "見出し\n\xff\xfe本文", []string{"parse", "--no-morph"}, 1, "stdin:2: invalid UTF-8 at byte 10"},
		{"bad ref", "", []string{"dates", "--ref", "yesterday"}, 2, `--ref "yesterday"`},
		{"bad tz", "", []string{"dates", "--tz", "+99:99"}, 2, `--tz "+99:99"`},
		{"bad format", plain, []string{"timeline", "--format", "xml"}, 2, `--format "xml"`},
		{"bad parse format", plain, []string{"parse", "--format", "xml"}, 2, `--format "xml"`},
		{"bad jobs", plain, []string{"parse", "-j", "0"}, 2, "-j 0"},
		{"bad flag", "", []string{"parse", "--bogus"}, 2, "flag provided but not defined"},
		{"bad flag after an argument", "", []string{"parse", "x.txt", "--bogus"}, 2, "flag provided but not defined"},
		{"two files to timeline", "", []string{"timeline", "a.txt", "b.txt"}, 2, "at most one FILE"},
		{"missing user dictionary", plain, []string{"parse", "--user-dict", "/nonexistent/dict.csv"}, 1, "user dictionary"},
		{"demo with an argument", "", []string{"demo", "x.txt"}, 2, "demo takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code)
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
	assert.Equal(t, []string{"2日=2026-02-02", "夏=2026-SU", "来年4月=2027-04"}, got)

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

func TestParseCommandEncodesLikeEncodingJSON(t *testing.T) {
	src := "A&B社が<新製品>発表\n\n2026年2月3日 10時15分\n\nA&B社は2日、「価格は<未定>」と述べた。\n"
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology())
	require.NoError(t, err)
	want, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)

	code, out, errOut := runCLI(t, src, "parse", "--no-morph")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, string(want)+"\n", out)

	compact, err := json.Marshal(a)
	require.NoError(t, err)
	code, out, errOut = runCLI(t, src, "parse", "--no-morph", "--format", "jsonl")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, `{"file":"stdin",`+string(compact[1:])+"\n", out)
}

func TestParseCommandSourceRoundTrip(t *testing.T) {
	code, out, errOut := runCLI(t, plain, "parse", "--no-morph", "--source", "--ref", "2026-02-03")
	require.Equal(t, 0, code, errOut)
	var back article.Article
	require.NoError(t, json.Unmarshal([]byte(out), &back))
	assert.Equal(t, plain, back.Source)

	a, err := parse.Parse([]byte(plain), parse.WithoutMorphology(), parse.WithReference(time.Date(2026, 2, 3, 0, 0, 0, 0, time.FixedZone("JST", 9*3600))))
	require.NoError(t, err)
	want, err := timeline.Build(a)
	require.NoError(t, err)
	got, err := timeline.Build(&back)
	require.NoError(t, err)
	require.NotEmpty(t, want.Events)
	assert.Equal(t, want.Events, got.Events)
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	names := writeInputs(t, dir, plain, "別の見出し\n\n本文の一文目。\n", "")
	tests := []struct {
		name string
		args []string
		bar  bool
	}{
		{"drawn", []string{"--no-morph", "--jsonl"}, true},
		{"turned off", []string{"--no-morph", "--jsonl", "--no-progress"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			c := &cli{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, forceProgress: true}
			code := c.parse(append(tt.args, names...))
			assert.Equal(t, 1, code, "the empty input fails")
			assert.Len(t, strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n"), 2, "the bar never goes to stdout")
			assert.Contains(t, errOut.String(), "empty input")
			assert.Contains(t, errOut.String(), "3 inputs, 2 parsed, 1 failed")
			if tt.bar {
				assert.Contains(t, errOut.String(), "parsing")
				assert.Contains(t, errOut.String(), "/3")
			} else {
				assert.NotContains(t, errOut.String(), "parsing")
			}
		})
	}
	assert.Nil(t, newProgress(&bytes.Buffer{}, 5, false), "no bar when stderr is no terminal")
	assert.Nil(t, newProgress(&bytes.Buffer{}, 1, true), "no bar for one input")
}

func TestDirectoryExtensions(t *testing.T) {
	dir := t.TempDir()
	writeInputs(t, dir, plain)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "README.md"), []byte("# notes\n\nnot an article\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "B.TXT"), []byte("大文字の名前\n\n本文です。\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "page.html"), []byte("<h1>見出しです</h1><p>本文です。</p>"), 0o644))
	tests := []struct {
		name  string
		args  []string
		files []string
	}{
		{"default endings", nil, []string{"page.html", "sub/B.TXT", "sub/a.txt"}},
		{"every file", []string{"--ext", ""}, []string{"README.md", "page.html", "sub/B.TXT", "sub/a.txt"}},
		{"markdown only", []string{"--ext", ".md"}, []string{"README.md"}},
		{"a file named on its own", []string{"--ext", ".md", filepath.Join(dir, "sub", "a.txt")}, []string{"README.md", "sub/a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"parse", "--no-morph", "--jsonl", dir}, tt.args...)
			code, out, errOut := runCLI(t, "", args...)
			require.Equal(t, 0, code, errOut)
			var files []string
			for _, a := range decodeAll(t, out) {
				rel, err := filepath.Rel(dir, a["file"].(string))
				require.NoError(t, err)
				files = append(files, filepath.ToSlash(rel))
			}
			sort.Strings(files)
			assert.Equal(t, tt.files, files)
		})
	}
}

func TestParseExportFormats(t *testing.T) {
	tests := []struct {
		format string
		want   map[string]any
	}{
		{"ninjs", map[string]any{"type": "text", "language": "ja", "firstcreated": "2026-02-03T10:15:00+09:00"}},
		{"jsonld", map[string]any{"@type": "NewsArticle", "headline": "市の図書館が改装へ", "datePublished": "2026-02-03T10:15:00+09:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, out, errOut := runCLI(t, plain, "parse", "--no-morph", "--format", tt.format)
			require.Equal(t, 0, code, errOut)
			var m map[string]any
			require.NoError(t, json.Unmarshal([]byte(out), &m))
			for k, v := range tt.want {
				assert.Equal(t, v, m[k], k)
			}
		})
	}
	code, _, errOut := runCLI(t, plain, "parse", "--format", "ninjs", "--source")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--source goes with")
}

func TestTimelineHTML(t *testing.T) {
	code, out, errOut := runCLI(t, plain, "timeline", "--no-morph", "--format", "html")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
	assert.Contains(t, out, "<svg")
	assert.Contains(t, out, "<circle")
	assert.Contains(t, out, `<div class="source">`)
}
