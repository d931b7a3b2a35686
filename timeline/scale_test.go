package timeline_test

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/normalize/temporal"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

// proseInput returns an article of about n bytes of distinct invented
// prose in the forms news is written in: dated statements, quotations
// with their speakers, figures and places, no two lines alike, so that
// the layout keeps every paragraph as body.
func proseInput(n int) []byte {
	people := []string{"北川港南市長", "南野県議", "東山教授", "西村社長", "中島選手", "森下課長"}
	places := []string{"港南市", "山手町", "緑ヶ丘", "桜台", "北浜"}
	verbs := []string{"述べた", "語った", "強調した", "明らかにした", "話した"}
	var sb strings.Builder
	sb.WriteString("見出しの記事\n\n2026年5月2日 9時00分\n\n")
	for i := 0; sb.Len() < n; i++ {
		p, pl := people[i%len(people)], places[i%len(places)]
		fmt.Fprintf(&sb, "%sは%d日、%sで開かれた第%d回の会合に出席した。", p, i%28+1, pl, i)
		fmt.Fprintf(&sb, "会合では予算%d億円の計画について議論が交わされ、%sは「来年%d月までに結論を出したい」と%s。", i*7+3, p, i%12+1, verbs[i%len(verbs)])
		fmt.Fprintf(&sb, "参加者は%d人で、前年より%d人増えた。\n\n", 40+i%60, i%9+1)
	}
	return []byte(sb.String())
}

// stage is one part of the pipeline, run on a source of a given size.
type stage struct {
	name string
	// prepare does the work the stage depends on (parsing, for the
	// timeline), outside the timing; run is what is timed.
	prepare func(tb testing.TB, src []byte) any
	run     func(tb testing.TB, in any)
	// runs is how many times TestLinearCost runs the stage on 8 MB,
	// keeping the fastest: more for the cheap stages, whose time is the
	// most disturbed by what else the machine does.
	runs int
}

func stages() []stage {
	parsed := func(opts ...parse.Option) func(tb testing.TB, src []byte) any {
		return func(tb testing.TB, src []byte) any {
			a, err := parse.Parse(src, opts...)
			if err != nil {
				tb.Fatal(err)
			}
			return a
		}
	}
	source := func(_ testing.TB, src []byte) any { return src }
	parseWith := func(opts ...parse.Option) func(tb testing.TB, in any) {
		return func(tb testing.TB, in any) {
			if _, err := parse.Parse(in.([]byte), opts...); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return []stage{
		{"parse", source, parseWith(parse.WithoutMorphology()), 3},
		{"parse+morph", source, parseWith(), 1},
		{"timeline", parsed(), func(tb testing.TB, in any) {
			if _, err := timeline.Build(in.(*article.Article)); err != nil {
				tb.Fatal(err)
			}
		}, 1},
		{"temporal", func(_ testing.TB, src []byte) any { return string(src) }, func(_ testing.TB, in any) {
			temporal.Find(in.(string), temporal.Context{Ref: time.Date(2026, 5, 2, 9, 0, 0, 0, time.UTC)})
		}, 3},
	}
}

// BenchmarkStages runs each stage of the pipeline on 8 KB, 80 KB, 800 KB
// and 8 MB of prose and reports its cost per input byte (ns/byte and
// B/byte): they should stay about the same from the smallest to the
// largest. The dictionary is loaded before timing.
func BenchmarkStages(b *testing.B) {
	if _, err := morph.Default(); err != nil {
		b.Fatal(err)
	}
	for _, st := range stages() {
		for _, size := range []int{8 << 10, 80 << 10, 800 << 10, 8_000_000} {
			b.Run(fmt.Sprintf("stage=%s/size=%d", st.name, size), func(b *testing.B) {
				// Made here, outside the timing (b.Loop starts it), and
				// only for the sizes asked for.
				src := proseInput(size)
				in := st.prepare(b, src)
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					st.run(b, in)
				}
				runtime.ReadMemStats(&after)
				n := float64(b.N) * float64(len(src))
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/byte")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "B/byte")
			})
		}
	}
}

// cost returns the least time per input byte of a few runs of st on src,
// and the bytes it allocates per input byte.
func cost(t *testing.T, st stage, src []byte, runs int) (nsPerByte, allocPerByte float64) {
	in := st.prepare(t, src)
	best := time.Duration(1 << 62)
	var alloc uint64
	for range runs {
		var before, after runtime.MemStats
		// Two collections empty the pools (the second drops what the
		// first kept as victims): every run starts cold, at any size.
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&before)
		t0 := time.Now()
		st.run(t, in)
		d := time.Since(t0)
		runtime.ReadMemStats(&after)
		best = min(best, d)
		alloc = after.TotalAlloc - before.TotalAlloc
	}
	return float64(best.Nanoseconds()) / float64(len(src)), float64(alloc) / float64(len(src))
}

// TestLinearCost checks that every stage is linear up to the size limit:
// the memory allocated per byte of an 8 MB input is at most twice that of
// an 80 KB one, and, with NEWSDOC_TIMING=1 in the environment, so is the
// time. The time is checked only when asked for: it compares the machine
// with itself, which holds on a quiet machine but not on one that runs
// other tests or jobs at the same time (as go test ./... does). It is
// skipped with -short and under the race detector, which distort both.
func TestLinearCost(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("costly: runs each stage on 8 MB")
	}
	if _, err := morph.Default(); err != nil {
		t.Fatal(err)
	}
	small, large := proseInput(80<<10), proseInput(8_000_000)
	for _, st := range stages() {
		t.Run(st.name, func(t *testing.T) {
			sNs, sB := cost(t, st, small, 5)
			lNs, lB := cost(t, st, large, st.runs)
			t.Logf("80 KB: %.1f ns/byte %.1f B/byte; 8 MB: %.1f ns/byte %.1f B/byte", sNs, sB, lNs, lB)
			if os.Getenv("NEWSDOC_TIMING") == "1" && lNs > 2*sNs {
				t.Errorf("8 MB costs %.1f ns/byte, more than twice the %.1f ns/byte of 80 KB", lNs, sNs)
			}
			if lB > 2*sB {
				t.Errorf("8 MB allocates %.1f B/byte, more than twice the %.1f B/byte of 80 KB", lB, sB)
			}
		})
	}
}
