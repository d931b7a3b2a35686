package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// sample copies invented fixtures of the library into a directory: two
// text articles, an HTML page, and a JSONL file of two articles and a
// broken line.
func sample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"../parse/testdata/nhk-like.txt", "../parse/testdata/seed-like.txt", "../htmltext/testdata/broadcast.html"} {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644))
	}
	lines := []string{
		`{"id": "a1", "text": "港南市で初雪\n\n2026年12月3日 9時15分\n\n港南市の気象台は3日朝、初雪を観測したと発表した。"}`,
		`{"id": "a2", "text": "北浜港で式典\n\n2026年5月14日\n\n北浜市観光協会の浜口理沙さんは14日、「また来てほしい」と話した。"}`,
		`{"id": "broken", "text": `,
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	return dir
}

func TestPipeline(t *testing.T) {
	in, out := sample(t), t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(in, "*"), Output: out, NoMorph: true})
	ptest.RunAndValidate(t, p)

	recs := readLines(t, filepath.Join(out, "articles.jsonl"))
	files := map[string]record{}
	for _, l := range recs {
		var r record
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		files[filepath.Base(r.File)] = r
	}
	require.Len(t, files, 6, "three files and three JSONL lines")
	assert.NotEmpty(t, files["feed.jsonl#3"].Error, "a broken line is kept with its error, named by its line")
	for _, name := range []string{"nhk-like.txt", "seed-like.txt", "broadcast.html", "a1", "a2"} {
		r := files[name]
		assert.Empty(t, r.Error, name)
		require.NotNil(t, r.Article, name)
		assert.NotEmpty(t, r.Article.Paragraphs, name)
		require.NotNil(t, r.Timeline, name)
	}
	assert.Equal(t, "港南市で初雪", files["a1"].Article.Headline.Text)
	assert.Equal(t, "北浜港で大型客船の寄港再開 4年ぶり", files["broadcast.html"].Article.Headline.Text)

	days := counts(t, filepath.Join(out, "days.tsv"))
	assert.Equal(t, 1, days["2026-12-03"], "a1's one event")
	speakers := counts(t, filepath.Join(out, "speakers.tsv"))
	assert.GreaterOrEqual(t, speakers["浜口理沙"], 2, "in a2 and in the HTML page")
}

// TestParseFnKeepsFailures: a document that cannot be read or parsed gives
// a record with its error, never nothing.
func TestParseFnKeepsFailures(t *testing.T) {
	f := &parseFn{NoMorph: true}
	for _, d := range []document{{Name: "x", Err: "cannot read"}, {Name: "empty", Data: []byte("  \n")}, {Name: "bad", Data: []byte{0xff, 0xfe, 0x00}}} {
		r := f.ProcessElement(d)
		assert.True(t, r.Failed, d.Name)
		var rec record
		require.NoError(t, json.Unmarshal([]byte(r.Line), &rec))
		assert.Equal(t, d.Name, rec.File)
		assert.NotEmpty(t, rec.Error, d.Name)
	}
}

func TestDayOf(t *testing.T) {
	for v, want := range map[string]string{"2026-05-14": "2026-05-14", "2026-05-14T09:00": "2026-05-14", "2026-05": "", "XXXX-05-14": "", "2026-W20": "", "P3D": ""} {
		assert.Equal(t, want, dayOfValue(v), v)
	}
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	require.NoError(t, sc.Err())
	return out
}

func counts(t *testing.T, name string) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, l := range readLines(t, name) {
		k, v, ok := strings.Cut(l, "\t")
		require.True(t, ok, l)
		n, err := strconv.Atoi(v)
		require.NoError(t, err, l)
		m[k] = n
	}
	return m
}
