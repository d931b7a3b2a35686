package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// region is the part of a sentence covered by a quotation.
type region struct {
	quote int
	span  article.Span
}

// mergeParenthesized moves an expression written in parentheses right
// after another (28日午後（日本時間29日朝）, 2019年（令和元年）) into the
// Also list of the event of the first one.
func mergeParenthesized(src string, evs []Event) []Event {
	if len(evs) < 2 {
		return evs
	}
	slices.SortStableFunc(evs, func(a, b Event) int { return cmp.Compare(a.When.Span.Start, b.When.Span.Start) })
	out := evs[:0]
	for _, e := range evs {
		if n := len(out); n > 0 && inParensAfter(src, out[n-1].When.Span, e.When.Span) {
			if p := out[n-1]; p.When.Type == article.TypeDuration && dayOrFiner(e.When) {
				// 5日目（14日・港北体育館）: the count of days is glossed
				// with the date, which dates the statement.
				e.Also = append(append([]article.Time{p.When}, p.Also...), e.Also...)
				out[n-1] = e
				continue
			}
			out[n-1].Also = append(out[n-1].Also, e.When)
			continue
		}
		out = append(out, e)
	}
	return out
}

// mergeApposed joins two expressions of one statement written as one
// (前日の12日, 同日の28日, 本日4月23日): the later, explicit one dates the event. The
// first is kept in Also when both name the same time; when they disagree
// the text's own date wins and the reading of the relative word, which was
// resolved against the wrong mention, is dropped.
func mergeApposed(src string, evs []Event) []Event {
	if len(evs) < 2 {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		if n := len(out); n > 0 {
			p := out[n-1]
			if p.Span == e.Span && p.When.Span.End <= e.When.Span.Start && e.When.Span.Start <= len(src) &&
				apposed(src[p.When.Span.End:e.When.Span.Start], p.When.Text, e.When.Text) && e.When.Resolved() &&
				(e.When.Type == p.When.Type || src[p.When.Span.End:e.When.Span.Start] == "の") {
				if p.When.Resolved() && p.When.Start.Equal(e.When.Start) && p.When.End.Equal(e.When.End) {
					e.Also = append([]article.Time{p.When}, append(p.Also, e.Also...)...)
				} else {
					e.Also = append(p.Also, e.Also...)
				}
				out[n-1] = e
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// apposed reports whether a relative day word (text) and the date that
// follows it after between (date) name one day (前日の12日, 同日の28日, 本日4月23日,
// 今日、12月3日).
func apposed(between, text, date string) bool {
	switch {
	case between == "の":
		return isAnaphoricDay(text)
	case between == "" || between == "、" || between == " " || between == "　":
		// The date after it is written out (本日25日; after a comma or a
		// space with its month, きょう、8月4日), not another relative
		// word (今月、明日から).
		written := strings.ContainsAny(date, "0123456789") && (between == "" || strings.Contains(date, "月"))
		return written && (isAnaphoricDay(text) || isDeicticDay(text) || relativeMonth(text))
	}
	return false
}

// relativeMonth reports whether text names a month by its distance from
// another (翌月, 同月, 先月), which a date written right after it (翌月12月5
// 日) gives in full.
func relativeMonth(text string) bool {
	switch text {
	case "翌月", "同月", "前月", "今月", "先月", "来月":
		return true
	}
	return false
}

// isDeicticDay reports whether text names a day by its distance from
// today (本日, きょう, 昨日).
func isDeicticDay(text string) bool {
	switch text {
	case "本日", "今日", "きょう", "昨日", "きのう", "明日", "あす", "あした", "一昨日", "おととい", "明後日", "あさって":
		return true
	}
	return false
}

// inParensAfter reports whether b sits inside parentheses that open right
// after a.
func inParensAfter(src string, a, b article.Span) bool {
	if b.Start < a.End || a.End > len(src) || b.End > len(src) {
		return false
	}
	between := src[a.End:b.Start]
	r, n := utf8.DecodeRuneInString(between)
	if fold(r) != '(' {
		return false
	}
	between = between[n:]
	if strings.ContainsAny(between, ")）") {
		return false
	}
	rest := src[b.End:]
	i := strings.IndexAny(rest, ")）")
	return i >= 0 && !strings.ContainsAny(rest[:i], "(（")
}

// linkMarks open a line that names other articles or pages.
var linkMarks = []string{"参考リンク", "関連リンク", "関連記事", "【関連", "■関連", "[関連", "(関連", "（関連", "参考:", "参考：", "ソース:", "ソース：", "引用元"}

// linkLine reports whether a sentence lists related links: the dates in
// their titles belong to other articles, not to this one's events.
func linkLine(raw string) bool {
	head := strings.TrimLeft(raw, " 　(（「【■●・")
	for _, m := range linkMarks {
		if strings.HasPrefix(raw, m) || strings.HasPrefix(head, strings.TrimLeft(m, "(（【■[")) && len(raw)-len(head) <= 6 {
			return true
		}
	}
	return false
}

// anchorEpisode reads the events of a sentence of paragraph pi in order: a
// written year some years before the reference (2009年, 61年前の3月) opens
// an episode, and the bare months that follow it in the same sentence or
// the next one of the same paragraph (3月というのに…) take its year
// instead of the reference's; a date near the reference (今年, 昨年11月,
// 3日) closes it.
func (st *state) anchorEpisode(pi int, evs []Event) {
	st.sentences++
	if st.episodePara != pi || st.sentences > st.episodeSent+1 {
		st.episodeYear = 0 // an episode lasts to the end of the next sentence
	}
	if st.ref.IsZero() {
		return
	}
	refYear := st.ref.In(st.loc).Year()
	for i := range evs {
		w := &evs[i].When
		if !w.Resolved() || w.Type != article.TypeDate && w.Type != article.TypeTime {
			continue
		}
		y := w.Start.In(st.loc).Year()
		switch {
		case w.Anchor == article.AnchorNone || strings.HasSuffix(strings.TrimSpace(w.Text), "年前") || strings.Contains(w.Text, "年前の"):
			// a written year, or one counted back
			if y <= refYear-2 && !sinceThen(evs[i].Text) {
				st.episodeYear, st.episodePara, st.episodeSent = y, pi, st.sentences
			} else {
				st.episodeYear = 0
			}
		case st.episodeYear != 0 && bareMonth(w.Text) && w.Anchor == article.AnchorDocument:
			if moved, ok := inYear(*w, st.episodeYear, st.loc); ok {
				*w = moved
			}
		case y >= refYear-1:
			st.episodeYear = 0
		}
	}
}

// anchorToFullDate reads the events of a sentence in order: a month and
// day with no year (2月16日) after a date written in full (2012年2月14日)
// takes the year that puts it nearest that date, not the one the tense
// and the reference would give (NECは2012年2月14日、…を2月16日より販売す
// ると発表した: 2012-02-16, not next year's).
func anchorToFullDate(evs []Event, loc *time.Location) {
	var full *article.Time
	for i := range evs {
		w := &evs[i].When
		if !w.Resolved() || w.Type != article.TypeDate {
			continue
		}
		switch {
		case w.Anchor == article.AnchorNone && len(w.Value) == len("2006-01-02"):
			full = w
		case full != nil && w.Anchor == article.AnchorDocument && len(w.Value) == len("2006-01-02") && monthDay(w.Text):
			f := full.Start.In(loc)
			best := w.Start.In(loc)
			for _, y := range []int{f.Year() - 1, f.Year(), f.Year() + 1} {
				c := time.Date(y, best.Month(), best.Day(), 0, 0, 0, 0, loc)
				if c.Day() == best.Day() && absDur(c.Sub(f)) < absDur(best.Sub(f)) {
					best = c
				}
			}
			if d := best.Sub(w.Start.In(loc)); d != 0 {
				w.Value = best.Format("2006-01-02")
				w.Start, w.End = w.Start.Add(d), w.End.Add(d)
				w.Anchor = article.AnchorPrevious
			}
		}
	}
}

// monthDay reports whether text writes a month and a day with no year
// (2月16日, ２月１６日（火）).
func monthDay(text string) bool {
	m := strings.Index(text, "月")
	return m > 0 && strings.Contains(text[m:], "日") && !strings.Contains(text, "年") && bareMonth(text[:m+len("月")])
}

// absDur returns the length of d without its sign.
func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// sinceThen reports whether a statement runs from its year up to now
// (2005年の開業以来, 2010年から続く): it opens no episode.
func sinceThen(text string) bool {
	return strings.Contains(text, "以来") || strings.Contains(text, "以降") || strings.Contains(text, "から")
}

// bareMonth reports whether text writes a month alone (3月, ３月中旬).
func bareMonth(text string) bool {
	t := strings.TrimSpace(text)
	k := strings.Index(t, "月")
	if k <= 0 || strings.Contains(t, "日") || strings.Contains(t, "年") {
		return false
	}
	for _, r := range t[:k] {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十", r)) {
			return false
		}
	}
	return true
}

// inYear moves a month value (2023-03) into year y, keeping its mod.
func inYear(t article.Time, y int, loc *time.Location) (article.Time, bool) {
	if len(t.Value) != len("2006-01") {
		return t, false
	}
	s := t.Start.In(loc)
	start := time.Date(y, s.Month(), s.Day(), 0, 0, 0, 0, loc)
	end := start.Add(t.End.Sub(t.Start))
	if e := t.End.In(loc); e.Day() == 1 {
		end = time.Date(y, e.Month(), 1, 0, 0, 0, 0, loc)
		if e.Month() <= s.Month() {
			end = end.AddDate(1, 0, 0)
		}
	}
	t.Value = fmt.Sprintf("%04d-%s", y, t.Value[5:])
	t.Start, t.End = start, end
	t.Anchor = article.AnchorPrevious
	return t, true
}
