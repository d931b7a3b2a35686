package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	// Small seeds: the head of each fixture (its header and first
	// paragraphs), so that the engine mutates instead of spending its time
	// minimizing whole articles.
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(seedHead(b, 384))
		}
	}
	for _, s := range []string{"", "見出し", "「「「（（『", "」」）)』】", "a\x00b", "\xff\xfe",
		"見出し\n\n【ワシントン共同】本文。", "［東京　２９日　ロイター］ -", "3/9(木) 18:45配信\n", "2025年2月30日", "タイトル：題\n日付：2025-01-02\n本文：本文。\n",
		strings.Repeat("「", 300) + "。" + strings.Repeat("」", 299)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, _ := Parse(b, WithMaxSize(1<<16))
		if a == nil {
			t.Fatal("nil article")
		}
		switch {
		case a.Encoding == "" && !strings.HasPrefix(string(b), a.Source):
			t.Fatalf("source is not a prefix of the input")
		case a.Encoding != "" && !utf8.ValidString(a.Source):
			t.Fatalf("source decoded from %s is not UTF-8", a.Encoding)
		}
		spanChecker{t: t, a: a}.check()
		checkLists(t, a)
	})
}

// seedHead returns the lines of b that fit in max bytes (at least one line,
// cut at a character boundary when it alone is longer).
func seedHead(b []byte, max int) []byte {
	if len(b) <= max {
		return b
	}
	if i := strings.LastIndexByte(string(b[:max]), '\n'); i > 0 {
		return b[:i+1]
	}
	for max > 0 && !utf8.RuneStart(b[max]) {
		max--
	}
	return b[:max]
}

// FuzzGiven parses with the caller's metadata: a headline (fuzzed, or the
// input's first line) and a publication time.
func FuzzGiven(f *testing.F) {
	f.Add([]byte(givenPage), "北浜市、新庁舎の設計案を公表", int64(1766881800))
	f.Add([]byte(givenKicker), "北浜市、新庁舎に木造の大屋根", int64(0))
	f.Add([]byte(givenLivedoor), "別の見出し", int64(-1))
	f.Add([]byte(givenProse), "", int64(1<<40))
	f.Fuzz(func(t *testing.T, b []byte, h string, sec int64) {
		pub := time.Unix(sec, 0).In(japan)
		for _, head := range []string{h, strings.SplitN(string(b), "\n", 2)[0]} {
			a, _ := Parse(b, WithMaxSize(1<<16), WithoutMorphology(), WithHeadline(head), WithPublished(pub))
			if a == nil {
				t.Fatal("nil article")
			}
			spanChecker{t: t, a: a}.check()
			checkLists(t, a)
			if !pub.IsZero() && (a.Published == nil || !a.Published.Start.Equal(pub)) {
				t.Fatalf("published %v, want %v", a.Published, pub)
			}
		}
	})
}

// FuzzParseHTML parses fuzzed pages: the extracted text is the source of
// every span, and every span maps into the page.
func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{"<h1>題</h1><p>本文。</p>", `<meta charset="shift_jis"><h1>x</h1>`, "<article><p>「はい」と北浜さん。</p></article>",
		"<p>R&amp;D&nbsp;<br><br>2026年1月2日</p>", "<time datetime='2026-01-02'>x</time><pre>a\r\nb</pre>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, page, _ := ParseHTML(b, WithMaxSize(1<<16), WithoutMorphology())
		if a == nil {
			t.Fatal("nil article")
		}
		if page == nil {
			return
		}
		if !strings.HasPrefix(page.Text, a.Source) {
			t.Fatal("source is not the extracted text or a prefix of it")
		}
		spanChecker{t: t, a: a}.check()
		checkLists(t, a)
		for _, p := range a.Paragraphs {
			if s := page.Span(p.Span); s.Start < 0 || s.End < s.Start || s.End > len(b)*2 {
				t.Fatalf("paragraph span %v maps to %v", p.Span, s)
			}
		}
	})
}
