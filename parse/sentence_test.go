package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// splitSentencesRef is the rune-by-rune definition splitSentences
// implements: it looks at every rune of s.
func splitSentencesRef(s string) [][2]int {
	ev := matchBrackets(s)
	var out [][2]int
	emit := func(a, b int) {
		a, b = trimRange(s, a, b)
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	depth, e, start := 0, 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if e < len(ev) && ev[e].at == i {
			b := ev[e]
			e++
			if b.matched && b.open {
				depth++
			} else if b.matched {
				depth--
				if depth == 0 && i > 0 && isTerminator(lastRune(s[:i])) {
					nr := firstRune(s[i+n:])
					if i+n >= len(s) || nr == '「' || nr == '『' || isSpace(nr) {
						emit(start, i+n)
						start = i + n
					}
				}
			}
			i += n
			continue
		}
		if depth == 0 && r == '\n' {
			emit(start, i)
			start = i + n
			i += n
			continue
		}
		if depth == 0 && isTerminator(r) {
			j := i + n
			if r == '!' || r == '?' {
				pr, nr := lastRune(s[:i]), firstRune(s[j:])
				if j < len(s) && (isASCIIAlnum(nr) || isASCIIAlnum(pr) && !isSpace(nr) && !isTerminator(nr) && !isCloser(nr) && nr != '\n') {
					i = j
					continue
				}
			}
			for j < len(s) {
				nr, m := utf8.DecodeRuneInString(s[j:])
				if isTerminator(nr) || nr == '…' {
					j += m
					continue
				}
				if isCloser(nr) && e < len(ev) && ev[e].at == j && !ev[e].matched {
					e++
					j += m
					continue
				}
				break
			}
			emit(start, j)
			start, i = j, j
			continue
		}
		i += n
	}
	emit(start, len(s))
	return out
}

func TestSplitSentencesRef(t *testing.T) {
	ins := []string{"", "。。」次", "「あ。」。）い。", "終わり!?」", "a!b。c?\n「d。", "『「。』」。", "(x。)。」」"}
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		ins = append(ins, string(b))
		ins = append(ins, strings.Split(string(b), "\n")...)
	}
	for _, in := range ins {
		assert.Equal(t, splitSentencesRef(in), splitSentences(in), "%q", in)
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"。。」次", "「あ。」い", "(（」）!?", "Yahoo!ニュース。", "a\n「b。」\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := splitSentences(s)
		if !utf8.ValidString(s) {
			return // paragraphs are normalized text, always valid
		}
		if want := splitSentencesRef(s); !assert.Equal(t, want, got) {
			t.Fatalf("splitSentences(%q)", s)
		}
	})
}

// TestParagraphMarks checks that the sentences of parsed paragraphs, split
// from the marks the line scan kept, are those splitSentences finds in the
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
				var want []string
				for _, r := range splitSentences(par.Text) {
					want = append(want, par.Text[r[0]:r[1]])
				}
				var got []string
				for _, s := range par.Sentences {
					got = append(got, s.Text)
				}
				assert.Equal(t, want, got, "%s: %q", f, par.Text)
			}
		}
	}
}
