package quote

import (
	"os"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// paragraphs splits src on blank lines (and, with lines, on every line
// break) into paragraphs whose spans index src.
func paragraphs(src string, lines bool) []article.Paragraph {
	sep := "\n\n"
	if lines {
		sep = "\n"
	}
	var out []article.Paragraph
	off := 0
	for _, b := range strings.Split(src, sep) {
		t := strings.TrimSpace(strings.ReplaceAll(b, "\u3000", " "))
		if t != "" {
			lead := len(b) - len(strings.TrimLeft(b, " \n\u3000"))
			body := strings.TrimRight(b[lead:], " \n\u3000")
			out = append(out, article.Paragraph{Text: body, Span: article.Span{Start: off + lead, End: off + lead + len(body)}})
		}
		off += len(b) + len(sep)
	}
	return out
}

func readShared(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", path)
	}
	require.NoError(t, err)
	return string(b)
}

func analyzer(t testing.TB) *morph.Analyzer {
	t.Helper()
	a, err := morph.Default()
	require.NoError(t, err)
	return a
}

// seedBody returns the seed and its body paragraphs: the blocks after the
// date line, without the last block (author bio and related feature).
func seedBody(t testing.TB) (string, []article.Paragraph) {
	src := readShared(t, "../../../shared/seed/ukraine-peace-talks.txt")
	ps := paragraphs(src, false)
	require.Greater(t, len(ps), 5)
	return src, ps[3 : len(ps)-1]
}

func TestDebug(t *testing.T) {
	if os.Getenv("QDEBUG") == "" {
		t.Skip()
	}
	file := os.Getenv("QDEBUG")
	src := readShared(t, file)
	ps := paragraphs(src, os.Getenv("QLINES") != "")
	var an *morph.Analyzer
	if os.Getenv("QNOMORPH") == "" {
		an = analyzer(t)
	}
	for _, q := range Find(src, ps, an) {
		txt := q.Text
		if r := []rune(txt); len(r) > 20 {
			txt = string(r[:20]) + "…"
		}
		t.Logf("p%d d%d partial=%v %q speaker=%q ss=%q org=%q verb=%q rule=%q", q.Paragraph, q.Depth, q.Partial, txt, q.Speaker, q.SpeakerSpan.In(src), q.Organization, q.Verb, q.Attribution)
	}
}

func TestNameAuthor(t *testing.T) {
	tests := []struct{ text, want string }{
		{"港の灯を読む　沢井健二著『港町の記憶』", "沢井健二"},
		{"書評　川瀬 由香 著「潮の道」", "川瀬 由香"},
		{"顕著『な』変化", ""},
		{"港町の記憶を読む", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, authorBefore(tt.text), tt.text)
	}
	qs := []article.Quote{{Speaker: "著者"}, {Speaker: "森川忠"}, {Speaker: ""}}
	a := &article.Article{Headline: article.Text{Text: "港の灯を読む　沢井健二著『港町の記憶』"}}
	nameAuthor(qs, a)
	assert.Equal(t, []string{"沢井健二", "森川忠", ""}, []string{qs[0].Speaker, qs[1].Speaker, qs[2].Speaker})
	assert.Equal(t, ruleTitle, qs[0].Attribution)
	qs = []article.Quote{{Speaker: "著者"}}
	nameAuthor(qs, &article.Article{Headline: article.Text{Text: "港町の記憶を読む"}})
	assert.Equal(t, "著者", qs[0].Speaker, "no author named: the word stays")
}
