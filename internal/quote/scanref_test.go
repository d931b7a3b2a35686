package quote

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// The references below read the text a rune at a time, as plainly as the
// rules are stated; scanBrackets and sentences must find the same.

func scanBracketsRef(s string) []bracket {
	if !contains3(s, "「") && !contains3(s, "『") {
		return nil // most paragraphs: two fast searches instead of a scan
	}
	type open struct {
		at  int
		r   rune
		idx int // index in out once reserved, or -1
	}
	var stack []open
	var out []bracket
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
			if depth < maxDepth {
				out = append(out, bracket{open: top.at, end: i + utf8.RuneLen(r), depth: depth, outer: -1})
			}
		}
	}
	// Order by opening offset and link each pair to its enclosing one.
	sort.SliceStable(out, func(i, j int) bool { return out[i].open < out[j].open })
	var enclosing []int
	for i := range out {
		for len(enclosing) > 0 && out[enclosing[len(enclosing)-1]].end <= out[i].open {
			enclosing = enclosing[:len(enclosing)-1]
		}
		out[i].depth = len(enclosing)
		if len(enclosing) > 0 {
			out[i].outer = enclosing[len(enclosing)-1]
		}
		enclosing = append(enclosing, i)
	}
	return out
}
func sentencesRef(s string, bs []bracket) []sentence {
	var out []sentence
	start, b := 0, 0
	for i, r := range s {
		for b < len(bs) && bs[b].end <= i {
			b++
		}
		if b < len(bs) && bs[b].open < i && i < bs[b].end {
			continue // inside a bracket: never a sentence end
		}
		if r == '。' || r == '！' || r == '？' || r == '!' || r == '?' || r == '\n' {
			end := i + utf8.RuneLen(r)
			out = append(out, sentence{start, end})
			start = end
		}
	}
	if start < len(s) {
		out = append(out, sentence{start, len(s)})
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
	bs := scanBrackets(s)
	ref := scanBracketsRef(s)
	if len(bs) == 0 && len(ref) == 0 {
		bs, ref = nil, nil
	}
	require.Equal(t, ref, bs, "brackets of %q", s)
	var top []bracket
	for _, b := range bs {
		if b.depth == 0 {
			top = append(top, b)
		}
	}
	require.Equal(t, sentencesRef(s, top), sentences(s, top, nil), "sentences of %q", s)
	var sc scanner
	if again := sc.brackets(s, []bracket{{open: 99}}); len(bs) > 0 || len(again) > 0 {
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

func TestFirstLastRune(t *testing.T) {
	ins := []string{"", "a", "あ", "本文", "\xe3\x81", "a\xff", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd", "😀", "x\xe1\x80\x80"}
	for r := rune(0x800); r < 0x10000; r += 7 {
		ins = append(ins, "前"+string(r), string(r)+"後")
	}
	for _, s := range ins {
		r, n := utf8.DecodeLastRuneInString(s)
		gr, gn := lastRune(s)
		require.Equal(t, [2]int{int(r), n}, [2]int{int(gr), gn}, "last of %q", s)
		r, n = utf8.DecodeRuneInString(s)
		gr, gn = firstRune(s)
		require.Equal(t, [2]int{int(r), n}, [2]int{int(gr), gn}, "first of %q", s)
	}
}

func TestTrimHelpers(t *testing.T) {
	ins := []string{"", " ", "\x00", "。", "\x00。 \x00", " \x00 ", "\u3000", "\u3000\x00", "a", "。a", "\x00\x00と", "、", "\t\n"}
	for _, s := range ins {
		require.Equal(t, strings.Trim(s, "。 \x00") == "", onlyOf(s, "。"), "onlyOf %q", s)
		require.Equal(t, strings.TrimSpace(s) == "", onlySpace(s), "onlySpace %q", s)
	}
	for _, s := range []string{"", "a", "あいうえおかきくけこさ", "あいうえおかきくけこさし", "abcdefghijk", "abcdefghijkl", strings.Repeat("漢", 20)} {
		require.Equal(t, utf8.RuneCountInString(s) >= 12, atLeastRunes(s, 12), "%q", s)
	}
}

func TestSourcePlaces(t *testing.T) {
	for _, s := range []string{"", "によ", "関係者によると、", "Aによれば、Bによると", "によると", "外務省によりますと「」によると", "によるとによれば", "によると、関係者によると"} {
		got := sourcePlaces(s, nil)
		for k, key := range accordingKeys {
			require.Equal(t, strings.Index(s, key), got[k], "%q in %q", key, s)
		}
		want := strings.Contains(s, "によると") || strings.Contains(s, "によれば") || strings.Contains(s, "によります")
		require.Equal(t, want, citesSource(s), "%q", s)
		// Places refused by skip count as blanked text.
		cut := len(s) / 2
		blanked := strings.Repeat("\x00", cut) + s[cut:]
		got = sourcePlaces(s, func(i int) bool { return i < cut })
		for k, key := range accordingKeys {
			require.Equal(t, strings.Index(blanked, key), got[k], "%q in %q after %d", key, s, cut)
		}
	}
}

func TestAllQuotes(t *testing.T) {
	for _, s := range []string{"「はい」", "「はい」。", " 「はい」\u3000「いいえ」。", "「はい」と述べた。", "前置き「はい」", "", "。"} {
		bs := scanBrackets(s)
		var top []bracket
		for _, b := range bs {
			if b.depth == 0 {
				top = append(top, b)
			}
		}
		want := strings.Trim(outside(s, 0, len(s), top), "\x00。 \u3000") == ""
		require.Equal(t, want, allQuotes(s, top), "%q", s)
	}
}
