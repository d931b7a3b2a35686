package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/stretchr/testify/require"
)

// blocks splits src on blank lines and returns the spans of the non-empty
// blocks, with surrounding whitespace trimmed.
func blocks(src string) []article.Span {
	var out []article.Span
	off := 0
	for _, b := range strings.Split(src, "\n\n") {
		lead := len(b) - len(strings.TrimLeft(b, " \n\u3000"))
		t := strings.TrimSpace(strings.Trim(b, "\u3000"))
		if t != "" {
			out = append(out, article.Span{Start: off + lead, End: off + lead + len(strings.TrimRight(b[lead:], " \n\u3000"))})
		}
		off += len(b) + 2
	}
	return out
}

func analyze(t testing.TB, src string, spans []article.Span) ([]morph.Text, [][]morph.Token) {
	t.Helper()
	a, err := morph.Default()
	require.NoError(t, err)
	texts := make([]morph.Text, len(spans))
	toks := make([][]morph.Token, len(spans))
	for i, sp := range spans {
		texts[i] = morph.NewText(src, sp)
		toks[i] = a.Analyze(texts[i])
	}
	return texts, toks
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

func TestDebugSeed(t *testing.T) {
	src := readShared(t, "../../../shared/seed/ukraine-peace-talks.txt")
	bs := blocks(src)
	bs = bs[3 : len(bs)-1]
	x := Find(analyze(t, src, bs))
	for _, l := range [][]article.Entity{x.People, x.Organizations, x.Places} {
		for _, e := range l {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			t.Log(e.Name, ms)
		}
		t.Log("--")
	}
}
