package temporal

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
)

// TestSeedArticle reads the seed article when present and checks its plain
// date expressions, resolved sentence by sentence with one Resolver.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/seed/ukraine-peace-talks.txt")
	if err != nil {
		t.Skip("seed article not present:", err)
	}
	src := string(raw)
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	r := NewResolver(ref)
	var found []article.Time
	// one call per line, as a caller with sentences would do
	off := 0
	for _, line := range strings.SplitAfter(src, "\n") {
		found = append(found, r.Find(line, off, Unknown)...)
		off += len(line)
	}
	for _, f := range found {
		require.Equal(t, f.Text, f.Span.In(src), "span of %q", f.Text)
		require.True(t, ValidValue(f.Value), "value %q", f.Value)
	}
	has := func(text, value string, mod article.Mod) article.Time {
		t.Helper()
		for _, f := range found {
			if f.Text == text && f.Value == value && f.Mod == mod {
				return f
			}
		}
		t.Errorf("%q = %s %s not found", text, value, mod)
		return article.Time{}
	}
	has("2022年2月", "2022-02", "")
	has("11月20日", "2025-11-20", "")
	mid := has("12月中旬", "2025-12", article.ModMid)
	assert.Equal(t, time.Date(2025, 12, 11, 0, 0, 0, 0, japan), mid.Start)
	assert.Equal(t, time.Date(2025, 12, 21, 0, 0, 0, 0, japan), mid.End)
	has("クリスマス当日", "2025-12-25", "")
	has("先週", "2025-W52", "")
	has("28日", "2025-12-28", "")
	has("12月28日", "2025-12-28", "")
	has("元日", "2026-01-01", "")
	has("過去1週間", "P1W", "")
	for _, f := range found {
		if f.Text == "12月28日" {
			assert.Equal(t, "2025-12-28", f.Value, "every 12月28日")
		}
		for _, not := range []string{"2,100", "800", "94", "25億", "20", "28項", "90", "10"} {
			assert.False(t, strings.HasPrefix(f.Text, not) && f.Type != article.TypeDate, "%q found as %s", f.Text, f.Value)
		}
	}
	for _, trap := range []string{"2,100機", "800発", "94発", "25億ドル", "20項目", "28項目", "90%", "10%"} {
		k := strings.Index(src, trap)
		require.GreaterOrEqual(t, k, 0, trap)
		for _, f := range found {
			assert.False(t, f.Span.Start < k+len(trap) && k < f.Span.End, "%q overlaps %q (%s)", f.Text, trap, f.Value)
		}
	}
}
