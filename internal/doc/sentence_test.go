package doc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// splitRef is the rune-by-rune definition Split
// implements: it looks at every rune of s.
func splitRef(s string) [][2]int {
	ev := MatchBrackets(s)
	var out [][2]int
	emit := func(a, b int) {
		a, b = TrimRange(s, a, b)
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	depth, e, start := 0, 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if e < len(ev) && ev[e].At == i {
			b := ev[e]
			e++
			if b.Matched && b.Open {
				depth++
			} else if b.Matched {
				depth--
				if depth == 0 && i > 0 && IsTerminator(lastRune(s[:i])) {
					nr := firstRune(s[i+n:])
					if i+n >= len(s) || nr == '「' || nr == '『' || IsSpace(nr) {
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
		if depth == 0 && IsTerminator(r) {
			j := i + n
			if r == '!' || r == '?' {
				pr, nr := lastRune(s[:i]), firstRune(s[j:])
				if j < len(s) && (isASCIIAlnum(nr) || isASCIIAlnum(pr) && !IsSpace(nr) && !IsTerminator(nr) && !IsCloser(nr) && nr != '\n') {
					i = j
					continue
				}
			}
			for j < len(s) {
				nr, m := utf8.DecodeRuneInString(s[j:])
				if IsTerminator(nr) || nr == '…' {
					j += m
					continue
				}
				if IsCloser(nr) && e < len(ev) && ev[e].At == j && !ev[e].Matched {
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
		assert.Equal(t, splitRef(in), Split(in), "%q", in)
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"。。」次", "「あ。」い", "(（」）!?", "Yahoo!ニュース。", "a\n「b。」\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Split(s)
		if !utf8.ValidString(s) {
			return // paragraphs are normalized text, always valid
		}
		if want := splitRef(s); !assert.Equal(t, want, got) {
			t.Fatalf("Split(%q)", s)
		}
	})
}

func lastRune(s string) rune {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return -1
	}
	return r
}

func firstRune(s string) rune {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return -1
	}
	return r
}

func TestQuotativeNext(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"と話した。", true},
		{"といった声が上がった。", true},
		{"との見方を示した。", true},
		{"と、笑った。", true},
		{"って言われた。", true},
		{"などと語った。", true},
		{"ところが、翌日は雨だった。", false},
		{"とはいえ、課題は残る。", false},
		{"とにかく急いだ。", false},
		{"ともあれ、終わった。", false},
		{"とても寒い朝だった。", false},
		{"とうとう店を閉じた。", false},
		{"など多数。", false},
		{"市は発表した。", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, QuotativeNext(tt.line), tt.line)
	}
}
