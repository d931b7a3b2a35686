package parse

import (
	"bytes"
	"fmt"
	"os"
	"testing"
	"unicode/utf8"
)

// benchInput is an article of about 8 KB: the header of a fixture and
// distinct body paragraphs taken from the fixtures. Lines of page
// furniture (a member promotion) are left out: they would end the body
// early, and the benchmark is of a whole article.
func benchInput(b *testing.B) []byte {
	src, err := os.ReadFile("testdata/nhk-like.txt")
	if err != nil {
		b.Fatal(err)
	}
	var body [][]byte
	for _, f := range []string{"asahi-like", "seed-like", "mainichi-like", "nikkei-like", "yahoo-like"} {
		t, err := os.ReadFile("testdata/" + f + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range bytes.Split(t, []byte("\n")) {
			n := utf8.RuneCount(l)
			if bytes.HasSuffix(l, []byte("。")) && len(l) > 60 && !isUI(string(l), n) && !footerPromoSet.in(string(l)) {
				body = append(body, bytes.TrimLeft(l, "　"))
			}
		}
	}
	var buf bytes.Buffer
	buf.Write(bytes.SplitN(src, []byte("続きを読む"), 2)[0])
	for i := 0; buf.Len() < 8<<10; i++ {
		fmt.Fprintf(&buf, "\n%d番目の段落では、%s\n", i+1, body[i%len(body)])
		if i%6 == 5 {
			fmt.Fprintf(&buf, "\n見出しその%d\n", i/6+1)
		}
	}
	return buf.Bytes()
}

// BenchmarkParse parses without the dictionary: structure, dates and
// quotations with lexical speakers.
func BenchmarkParse(b *testing.B) {
	src := benchInput(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := Parse(src, WithoutMorphology()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMorph parses with the dictionary, loaded before the loop.
func BenchmarkParseMorph(b *testing.B) {
	src := benchInput(b)
	if _, err := Parse(src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU starts counting the process CPU time; the function it returns
// reports it per operation as cpu-ns/op, which, unlike ns/op, does not
// grow when other processes share the machine.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if d := cpuTime() - start; d > 0 && b.N > 0 {
			b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	}
}

// BenchmarkParseSeed parses the seed article, a real page of about the
// same size, without the dictionary; it is skipped when ../../shared is
// absent.
func BenchmarkParseSeed(b *testing.B) {
	src, err := os.ReadFile(seedDir + "/ukraine-peace-talks.txt")
	if err != nil {
		b.Skip("seed absent:", err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := Parse(src, WithoutMorphology()); err != nil {
			b.Fatal(err)
		}
	}
}
