package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/stretchr/testify/require"
)

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
		bs := doc.Brackets(s)
		var top []bracket
		for _, b := range bs {
			if b.Depth == 0 {
				top = append(top, b)
			}
		}
		want := strings.Trim(outside(s, 0, len(s), top), "\x00。 \u3000") == ""
		require.Equal(t, want, allQuotes(s, top), "%q", s)
	}
}
