package parse

import (
	"fmt"
	"strings"
	"testing"
)

// scaleInput returns an article of about n bytes of distinct invented
// prose: paragraphs of dated, quoted statements whose numbers never
// repeat, so that no line is a repeat of another.
func scaleInput(n int) []byte {
	names := []string{"北川", "南野", "東山", "西村", "中島"}
	places := []string{"港町", "山手", "緑ヶ丘", "桜台"}
	var sb strings.Builder
	sb.WriteString("見出しの記事\n\n2026年5月2日 9時00分\n\n")
	for i := 0; sb.Len() < n; i++ {
		for j := range 5 {
			k := i*5 + j
			fmt.Fprintf(&sb, "%s市の%s市長は%d日、第%d回の会議で「予算%d億円の計画を進める」と述べた。",
				places[k%len(places)], names[k%len(names)], k%28+1, k, k*13)
		}
		sb.WriteString("\n\n")
	}
	return []byte(sb.String())
}

// BenchmarkParseScale parses articles of growing size, with and without
// the dictionary (loaded before timing): the bytes per second should stay
// about the same from the smallest to the largest, up to the size limit.
func BenchmarkParseScale(b *testing.B) {
	if _, err := Parse(scaleInput(1000)); err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{64 << 10, 512 << 10, 4 << 20} {
		src := scaleInput(size)
		for _, morph := range []bool{false, true} {
			var opts []Option
			if !morph {
				opts = append(opts, WithoutMorphology())
			}
			b.Run(fmt.Sprintf("size=%dKiB/morph=%v", size>>10, morph), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Parse(src, opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
