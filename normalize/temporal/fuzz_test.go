package temporal

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
)

func checkTimes(t *testing.T, in string, got []article.Time) {
	t.Helper()
	starts := make(map[int]bool, len(in)+1)
	for i := range in { // invalid bytes count as one rune each
		starts[i] = true
	}
	starts[len(in)] = true
	for _, g := range got {
		sp := g.Span
		if sp.Start < 0 || sp.End > len(in) || sp.Start >= sp.End {
			t.Fatalf("span %v out of bounds for %q", sp, in)
		}
		if !starts[sp.Start] || !starts[sp.End] {
			t.Fatalf("span %v of %q not on rune boundaries", sp, in)
		}
		if g.Text != in[sp.Start:sp.End] {
			t.Fatalf("text %q is not the span %v of %q", g.Text, sp, in)
		}
		if !ValidValue(g.Value) {
			t.Fatalf("value %q of %q is not TIMEX3", g.Value, g.Text)
		}
		if g.Resolved() && !g.Start.Before(g.End) {
			t.Fatalf("empty interval %v–%v for %q", g.Start, g.End, g.Text)
		}
		if _, err := json.Marshal(g); err != nil {
			t.Fatalf("%q: %v", g.Text, err) // an interval RFC 3339 cannot write
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"山田市長は28日、視察した。", "２０２５年１２月２９日（月）午後１時", "令和元年5月1日", "H31.4.30",
		"12月22日から28日まで", "10月上旬から中旬にかけて", "本日午後1時", "過去1週間で2,100機", "毎週月曜日",
		"30分前後", "セレブな1日", "（6月21日号）", "二〇二五年十二月二十九日", "その2日後", "翌日", "2月29日",
		"1990年代", "19世紀前半", "2025年度第3四半期", "今年前半", "先週金曜日", "22日（火）〜25日（金）",
		"「本日", "28日の投稿で「きょう」", "3/9(木) 18:45", "2011-10-11T15:50:00+0900", "\xff28日\xfe", "3000年前", "9999年12月31日",
	} {
		f.Add(s, int64(1767000000), uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, ref int64, tense uint8) {
		var r time.Time
		if ref != 0 {
			r = time.Unix(ref%(1<<40), 0) // up to the year 36812: past what RFC 3339 writes
		}
		ctx := Context{Ref: r, Tense: Tense(tense % 3)}
		if tense >= 3 {
			// A caller's tense for each expression, asked with offsets
			// into s.
			ctx.TenseAt = func(start, end int) Tense {
				if start < 0 || end > len(s) || start > end {
					t.Fatalf("TenseAt(%d, %d) out of %d", start, end, len(s))
				}
				return Tense((start + end + int(tense)) % 3)
			}
		}
		checkTimes(t, s, Find(s, ctx))
		if d, n, err := ParseDate(s, r); err == nil {
			if n <= 0 || n > len(s) || !ValidValue(d.Value) || d.Span.In(s) != d.Text {
				t.Fatalf("ParseDate(%q) = %+v, %d", s, d, n)
			}
		}
	})
}
