package doc

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The references below read the text a rune at a time, as plainly as the
// rules are stated; Brackets and Sentences must find the same.

func bracketsRef(s string) []Bracket {
	if !Contains3(s, "「") && !Contains3(s, "『") {
		return nil // most paragraphs: two fast searches instead of a scan
	}
	type open struct {
		at  int
		r   rune
		idx int // index in out once reserved, or -1
	}
	var stack []open
	var out []Bracket
	var corner, white int // brackets 「 and 『 open on the stack
	count := func(r rune) *int {
		if r == '「' {
			return &corner
		}
		return &white
	}
	for i, r := range s {
		switch r {
		case '「', '『':
			stack = append(stack, open{at: i, r: r, idx: -1})
			*count(r)++
		case '」', '』':
			want := '「'
			if r == '』' {
				want = '『'
			}
			if *count(want) == 0 {
				continue
			}
			// Unclosed brackets of the other kind above the partner are
			// dropped: each is popped once, so the scan stays linear.
			for len(stack) > 0 && stack[len(stack)-1].r != want {
				*count(stack[len(stack)-1].r)--
				stack = stack[:len(stack)-1]
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			*count(want)--
			depth := len(stack)
			if depth < MaxDepth {
				out = append(out, Bracket{Open: top.at, End: i + utf8.RuneLen(r), Depth: depth, Outer: -1})
			}
		}
	}
	// Order by opening offset and link each pair to its enclosing one.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Open < out[j].Open })
	var enclosing []int
	for i := range out {
		for len(enclosing) > 0 && out[enclosing[len(enclosing)-1]].End <= out[i].Open {
			enclosing = enclosing[:len(enclosing)-1]
		}
		out[i].Depth = len(enclosing)
		if len(enclosing) > 0 {
			out[i].Outer = enclosing[len(enclosing)-1]
		}
		enclosing = append(enclosing, i)
	}
	return out
}
func sentencesRef(s string, bs []Bracket) []Sentence {
	var out []Sentence
	start, b := 0, 0
	for i, r := range s {
		for b < len(bs) && bs[b].End <= i {
			b++
		}
		if b < len(bs) && bs[b].Open < i && i < bs[b].End {
			continue // inside a Bracket: never a Sentence end
		}
		if r == '。' || r == '！' || r == '？' || r == '!' || r == '?' || r == '\n' {
			end := i + utf8.RuneLen(r)
			out = append(out, Sentence{start, end})
			start = end
		}
	}
	if start < len(s) {
		out = append(out, Sentence{start, len(s)})
	}
	return out
}

var scanSeeds = []string{
	"", "「", "」", "「」", "山田氏は「彼は『必ず戻る』と言った」と語った。次の文！本当？ええ!そう?\n改行",
	"「a。b」とXは述べた。「c」", "「『」』", "」」「「", "（注）「見出し」。", "ａ！？「！」？",
	strings.Repeat("「", 40) + strings.Repeat("』", 40), "文。\n\n「会話」\n", "全角（カッコ）と！",
}

func checkScan(t *testing.T, s string) {
	t.Helper()
	bs := Brackets(s)
	ref := bracketsRef(s)
	if len(bs) == 0 && len(ref) == 0 {
		bs, ref = nil, nil
	}
	require.Equal(t, ref, bs, "brackets of %q", s)
	var top []Bracket
	for _, b := range bs {
		if b.Depth == 0 {
			top = append(top, b)
		}
	}
	require.Equal(t, sentencesRef(s, top), Sentences(s, top, nil), "Sentences of %q", s)
	var sc Scanner
	if again := sc.Brackets(s, []Bracket{{Open: 99}}); len(bs) > 0 || len(again) > 0 {
		require.Equal(t, bs, again, "reused buffers for %q", s)
	}
}

func TestScanMatchesReference(t *testing.T) {
	for _, s := range scanSeeds {
		checkScan(t, s)
	}
}

// FuzzScan compares the scans with the references on valid UTF-8, which
// is all they are given (normalized text).
func FuzzScan(f *testing.F) {
	for _, s := range scanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkScan(t, s)
	})
}

func TestContains3(t *testing.T) {
	tests := []struct {
		s, c string
		want bool
	}{
		{"", "「", false},
		{"「", "「", true},
		{"あいう「え", "「", true},
		{"あいう」え", "「", false},
		{"\x8c「", "「", true},
		{"\x80\x8c", "「", false},
		{"『題』", "『", true},
		{"abc", "『", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Contains3(tt.s, tt.c), "%q in %q", tt.c, tt.s)
	}
}
