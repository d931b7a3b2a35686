package timeline

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// times finds the temporal expressions of text for the timeline: those of
// the temporal package, without the comparison bases (前日比, 前年同期比),
// plus the vague past words it leaves out (最近, 近年), and with the
// look-back durations (ここ数週間) ending at the anchor.
func (st *state) times(text string, base int, fc findContext) []article.Time {
	res := st.eng.find(text, base, fc)
	found := res.Times
	st.ranges = st.ranges[:0]
	for _, r := range res.Ranges {
		if from, to := found[r.From], found[r.To]; dayOrFiner(from) && dayOrFiner(to) && from.Resolved() {
			st.ranges = append(st.ranges, daySpan{from: from, to: to.Span})
		}
	}
	out := found[:0]
	for _, t := range found {
		rel := t.Span.End - base
		if rel >= 0 && rel <= len(text) {
			rest := text[rel:]
			if (strings.HasPrefix(rest, "比") || strings.HasPrefix(rest, "同期比")) && t.Anchor != article.AnchorNone {
				continue // 前年比: a base of comparison; 21年比 names its year
			}
		}
		if t.Zone == "日本時間" && fc.loc != nil && !sameClock(fc.loc, japan(), fc.ref) {
			// Japan time written beside a local time (5日午後（日本時間6日未明）)
			// is read on Japan's calendar.
			jc := fc
			jc.loc = japan()
			for _, j := range st.eng.find(text, base, jc).Times {
				if j.Span == t.Span {
					t = j
					break
				}
			}
		}
		if t.Type == article.TypeDuration && t.End.IsZero() && lookBack(text, t, base) {
			if end := anchorDay(fc); !end.IsZero() {
				t.End = end
				t.Anchor = article.AnchorDocument
			}
		}
		out = append(out, t)
	}
	for _, w := range vaguePast {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			sp := article.Span{Start: base + i + j, End: base + i + j + len(w)}
			i += j + len(w)
			if overlapsAny(out, sp) {
				continue
			}
			if strings.HasPrefix(text[i:], "の") && (w == "最近" || w == "近年" || w == "昨今") {
				continue // 最近のアプリ, 昨今の若者: a kind of thing, not a time
			}
			t := article.Time{Text: w, Span: sp, Type: article.TypeDate, Value: "PAST_REF", Anchor: article.AnchorNone}
			if end := anchorDay(fc); !end.IsZero() {
				t.End = end
				t.Anchor = article.AnchorDocument
			}
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b article.Time) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	return out
}

// daySpan is a range of days a scan read: its first day, and where its
// last day is written.
type daySpan struct {
	from article.Time
	to   article.Span
}

// vaguePast are words for a recent, unmeasured past: they end at the anchor.
var vaguePast = []string{"最近", "近年", "このところ", "昨今", "先日", "先ごろ", "先頃"}

// lookBack reports whether a duration counts back from the anchor: ここ数週間,
// この3年間, 過去1週間, これまでの10年.
func lookBack(text string, t article.Time, base int) bool {
	for _, p := range []string{"ここ", "この", "過去", "直近", "最近", "これまで"} {
		if strings.HasPrefix(t.Text, p) {
			return true
		}
		if s := t.Span.Start - base; s >= len(p) && s <= len(text) && strings.HasSuffix(text[:s], p) {
			return true
		}
	}
	return false
}

// anchorDay is the instant a look-back ends at: the start of the reference
// day, or zero when there is no reference.
func anchorDay(fc findContext) time.Time {
	if fc.ref.IsZero() {
		return time.Time{}
	}
	loc := fc.loc
	if loc == nil {
		loc = japan()
	}
	r := fc.ref.In(loc)
	return time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, loc)
}

func overlapsAny(ts []article.Time, sp article.Span) bool {
	for _, t := range ts {
		if t.Span.Start < sp.End && sp.Start < t.Span.End {
			return true
		}
	}
	return false
}

// bracketRegions returns the top-level 「」 and 『』 of a sentence that no
// known quotation covers, as regions without a quotation index: their words
// are someone's, even when no speaker was attributed.
func bracketRegions(raw string, base int, known []region) []region {
	var out []region
	depth, start := 0, 0
	for i, r := range raw {
		switch r {
		case '「', '『':
			if depth == 0 {
				start = i
			}
			depth++
		case '」', '』':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				sp := article.Span{Start: base + start, End: base + i + len("」")}
				covered := false
				for _, k := range known {
					if k.span.Start < sp.End && sp.Start < k.span.End {
						covered = true
						break
					}
				}
				if !covered {
					out = append(out, region{quote: -1, span: sp})
				}
			}
		}
	}
	return out
}

// maxTitleRunes bounds the bracketed text read as a title or a name.
const maxTitleRunes = 20

// titleLike reports whether a bracketed text that is no quotation, its
// brackets included, reads as a title or a name (『明日の約束』, 「2000年
// 問題」) rather than words someone said: short, with no sentence end, not
// ending like a spoken sentence (…した, …です) and not followed by a
// quotative (と, って).
func titleLike(br, after string) bool {
	inner := strings.TrimSpace(br[len("「") : len(br)-len("」")])
	if inner == "" || utf8.RuneCountInString(inner) > maxTitleRunes || strings.ContainsAny(inner, "。！？!?") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(inner)
	if strings.ContainsRune("たすだねよかわ", last) {
		return false
	}
	return !strings.HasPrefix(after, "と") && !strings.HasPrefix(after, "って")
}

// attachDurations moves a duration that says how long an event lasted
// (1時間にわたり, 数日間) into the Also list of the dated event of the same
// statement. A duration alone in its statement stays an event.
func attachDurations(evs []Event) []Event {
	out := evs[:0]
	var pending []Event
	for _, e := range evs {
		if e.When.Type == article.TypeDuration && e.When.End.IsZero() {
			pending = append(pending, e)
			continue
		}
		out = append(out, e)
	}
	for _, d := range pending {
		host := -1
		for i, e := range out {
			if e.Span == d.Span && (e.When.Type == article.TypeDate || e.When.Type == article.TypeTime) {
				host = i
				break
			}
		}
		if host >= 0 {
			out[host].Also = append(out[host].Also, d.When)
			continue
		}
		out = append(out, d)
	}
	return out
}
