package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// corpusText returns the shared news corpus, concatenated, or skips.
func corpusText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob("../../shared/corpus/*.txt")
	if len(files) == 0 {
		b.Skip("corpus not present")
	}
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	return sb.String()
}

func BenchmarkString(b *testing.B) {
	s := corpusText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		String(s)
	}
}

func BenchmarkStringDict(b *testing.B) {
	s := corpusText(b)
	n := New(Dict(true))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n.String(s)
	}
}

func BenchmarkStringUnchanged(b *testing.B) {
	s, _ := String(corpusText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		String(s)
	}
}

func BenchmarkTransformer(b *testing.B) {
	s := corpusText(b)
	n := New()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		transform.String(n.Transformer(), s)
	}
}

// BenchmarkWidthFold and BenchmarkNFKC run x/text on the same text, for
// comparison.
func BenchmarkWidthFold(b *testing.B) {
	s := corpusText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		width.Fold.String(s)
	}
}

func BenchmarkNFKC(b *testing.B) {
	s := corpusText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		norm.NFKC.String(s)
	}
}
