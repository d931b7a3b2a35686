package temporal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchText returns the corpus articles concatenated, or text of this
// package's own when the corpus is absent.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob("../../../shared/corpus/*.txt")
	var sb strings.Builder
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			sb.Write(data)
			sb.WriteByte('\n')
		}
	}
	if sb.Len() > 0 {
		return sb.String()
	}
	own := "市は28日、来年4月から新しい制度を始めると発表した。昨年12月に始まった試験運用は3カ月間続き、" +
		"利用者は1日あたり約200人だった。説明会は1月中旬から下旬にかけて開かれる予定で、初回は15日（木）午後2時から。" +
		"担当者は「きょうは大きな一歩だ」と語った。九州や三重県の自治体も十分な準備を進めている。\n"
	return strings.Repeat(own, 200)
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	ref := time.Date(2023, 4, 4, 0, 0, 0, 0, japan)
	n := len(Find(text, Context{Ref: ref}))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, Context{Ref: ref})
	}
	if n > 0 {
		b.ReportMetric(float64(testing.AllocsPerRun(1, func() { Find(text, Context{Ref: ref}) }))/float64(n), "allocs/expr")
	}
}

// BenchmarkResolverSentences runs one Resolver over the sentences of the
// text, as the timeline does.
func BenchmarkResolverSentences(b *testing.B) {
	text := benchText(b)
	sents := strings.SplitAfter(text, "。")
	ref := time.Date(2023, 4, 4, 0, 0, 0, 0, japan)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewResolver(ref)
		off := 0
		for _, s := range sents {
			r.Find(s, off, Unknown)
			off += len(s)
		}
	}
}
