package quote

import (
	"testing"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

func seedBytes(b *testing.B, paras []article.Paragraph) int64 {
	n := 0
	for _, p := range paras {
		n += p.Span.Len()
	}
	return int64(n)
}

// BenchmarkAttributeSeed is quotations, speakers and entities for the
// seed's body, the dictionary already loaded.
func BenchmarkAttributeSeed(b *testing.B) {
	src, paras := seedBody(b)
	an := analyzer(b)
	b.SetBytes(seedBytes(b, paras))
	b.ReportAllocs()
	for b.Loop() {
		a := &article.Article{Source: src, Paragraphs: paras}
		Attribute(a, an)
	}
}

// BenchmarkTokenizeSeed is kagome alone tokenizing the same paragraphs
// once: the baseline of BenchmarkAttributeSeed.
func BenchmarkTokenizeSeed(b *testing.B) {
	src, paras := seedBody(b)
	an := analyzer(b)
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.Span.In(src)
	}
	b.SetBytes(seedBytes(b, paras))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			an.Tokenize(t)
		}
	}
}

// BenchmarkFindLexical is the no-dictionary mode on the seed.
func BenchmarkFindLexical(b *testing.B) {
	src, paras := seedBody(b)
	b.SetBytes(seedBytes(b, paras))
	b.ReportAllocs()
	for b.Loop() {
		Find(src, paras, nil)
	}
}

var _ = morph.TenseOf
