package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParagraphMarks checks that the sentences of parsed paragraphs, split
// from the marks the line scan kept, are those Split finds in the
// paragraph text.
func TestParagraphMarks(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	files = append(files, "testdata/nhk-like.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		// Lines joined into paragraphs and wire datelines, too.
		for _, in := range []string{string(b), strings.ReplaceAll(string(b), "\n\n", "\n"), "見出し\n\n【東京＝山田太郎】本文「かっこ。\nつづき。」と。\n次の行。", "見出し\n\n【ロンドン＝共同。】本文です。\n次の行。"} {
			a, _ := Parse([]byte(in), WithoutMorphology())
			for _, par := range a.Paragraphs {
				// Split reads the lines as printed; the sentences keep
				// its boundaries in the text joined across wraps.
				printed := normalized(par.Span.In(a.Source))
				var want []string
				for _, r := range doc.Split(printed) {
					want = append(want, withoutBreaks(printed[r[0]:r[1]]))
				}
				var got []string
				for _, s := range par.Sentences {
					got = append(got, withoutBreaks(s.Text))
				}
				assert.Equal(t, want, got, "%s: %q", f, par.Text)
			}
		}
	}
}
