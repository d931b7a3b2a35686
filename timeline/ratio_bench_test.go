package timeline_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

// BenchmarkCorpusVsKagome measures, for each article of ../shared/corpus
// and ../shared/seed, the time of parse.Parse with morphology plus
// timeline.Build against the time of kagome tokenizing the same text,
// alternating the two, and reports the median ratio (pipeline/kagome).
// It is skipped when ../shared is absent.
func BenchmarkCorpusVsKagome(b *testing.B) {
	var files []string
	for _, dir := range []string{"../../shared/corpus", "../../shared/seed"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Skip("../shared is absent")
	}
	an, err := morph.Default()
	if err != nil {
		b.Fatal(err)
	}
	var texts [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, src)
	}
	pipe := make([]time.Duration, len(texts))
	kag := make([]time.Duration, len(texts))
	for b.Loop() {
		for i, src := range texts {
			t0 := time.Now()
			a, err := parse.Parse(src)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := timeline.Build(a); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			an.Tokenize(string(src))
			t2 := time.Now()
			pipe[i] += t1.Sub(t0)
			kag[i] += t2.Sub(t1)
		}
	}
	ratios := make([]float64, len(texts))
	var sp, sk time.Duration
	for i := range texts {
		ratios[i] = float64(pipe[i]) / float64(kag[i])
		sp += pipe[i]
		sk += kag[i]
	}
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "median-pipeline/kagome")
	b.ReportMetric(float64(sp)/float64(sk), "total-pipeline/kagome")
	if testing.Verbose() {
		for i, f := range files {
			b.Logf("%-40s %6d bytes %.2f", filepath.Base(f), len(texts[i]), float64(pipe[i])/float64(kag[i]))
		}
	}
}
