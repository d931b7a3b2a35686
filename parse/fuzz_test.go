package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		"見出し\n\n【ワシントン共同】本文。", "［東京　２９日　ロイター］ -", "3/9(木) 18:45配信\n", "2025年2月30日",
		strings.Repeat("「", 300) + "。" + strings.Repeat("」", 299)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, _ := Parse(b, WithMaxSize(1<<16))
		if a == nil {
			t.Fatal("nil article")
		}
		if !strings.HasPrefix(string(b), a.Source) {
			t.Fatalf("source is not a prefix of the input")
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
