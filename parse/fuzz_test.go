package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
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
