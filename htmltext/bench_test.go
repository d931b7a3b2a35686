package htmltext

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// BenchmarkExtract reads pages of growing size (the fixture's article
// repeated with unique paragraphs) to show that the cost is linear.
func BenchmarkExtract(b *testing.B) {
	page, err := os.ReadFile("testdata/portal.html")
	if err != nil {
		b.Fatal(err)
	}
	head, body, _ := strings.Cut(string(page), "</header>")
	for _, n := range []int{1, 10, 100, 1000} {
		var sb strings.Builder
		sb.WriteString(head + "</header>")
		for i := range n {
			fmt.Fprintf(&sb, "<p>第%d段落。港南市の気象台は<b>%d日</b>朝、初雪を観測したと発表した。R&amp;D部門も参照。</p>\n", i, i%28+1)
		}
		sb.WriteString(body)
		src := []byte(sb.String())
		b.Run(fmt.Sprintf("%dKB", len(src)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
