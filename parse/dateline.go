package parse

// The dates of date lines (2025/12/29, 2023年4月3日 9時01分,
// 2011-10-11T15:50:00+0900, 3/9(木) 18:45, 1 時間前) are read with the
// temporal grammar of package normalize/temporal (ParseDateIn), so that a
// date line and a date in running text share one grammar. This file only
// decides where a date line may hold a date and which of the dates read
// there are printed stamps.

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// japan is the default location of times printed without an offset.
var japan = normalize.Japan()

// stamp is a date read from a date line, with what its surface writes.
type stamp struct {
	t        article.Time
	yearless bool // the year is not printed (3/9(木) 18:45)
}

// parseStamp reads a date-line date at the start of s (normalized text)
// and resolves it against ref (zero when unknown). n is the number of
// bytes of s it used. A date must name a day: a year or a month alone is
// not a stamp, and a date without a year needs a weekday or a time
// (3/9(木), 4/6 09:08) so that 3月31日 in a line of text is not taken for
// one. Relative stamps (1 時間前) count back from ref.
func parseStamp(s string, ref time.Time, loc *time.Location) (stamp, int, bool) {
	ctx := temporal.Context{Ref: ref, Loc: loc, Tense: temporal.Past}
	t, n, err := temporal.ParseDateIn(s, ctx)
	if k := strings.Index(s[:min(len(s), maxIssueDate)], "号"); err != nil && k > 0 && (strings.HasSuffix(s[:k], "日") || strings.HasSuffix(s[:k], ")")) {
		// 掲載号：2026年7月3日号, 2026年7月3日(金)号: the date of an
		// issue, which the temporal reader skips in running text, is
		// the page's date.
		if t, n, err = temporal.ParseDateIn(s[:k], ctx); err == nil && n == k {
			n += len("号")
		}
	}
	if err != nil {
		return stamp{}, 0, false
	}
	if strings.HasSuffix(t.Text, "前") { // 1 時間前
		return stamp{t: t}, n, true
	}
	if !dayValue(t.Value) {
		return stamp{}, 0, false
	}
	if h, m, k, ok := dashClock(s[n:]); ok && t.Type == article.TypeDate && len(t.Value) == len("2006-01-02") && !t.Start.IsZero() {
		// 2024/05/10-06:30: a wire's stamp, its time after a dash.
		t.Type = article.TypeTime
		t.Value = fmt.Sprintf("%sT%02d:%02d", t.Value, h, m)
		t.Start = t.Start.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
		t.End = t.Start.Add(time.Minute)
		n += k
	}
	st := stamp{t: t, yearless: strings.HasPrefix(t.Value, "XXXX") || t.Anchor == article.AnchorDocument}
	if st.yearless && t.Type != article.TypeTime && !strings.ContainsAny(t.Text, "(（") {
		return stamp{}, 0, false
	}
	return st, n, true
}

// dashClock reads a clock time after a dash at the start of s (-18:40):
// its hour, minute and length.
func dashClock(s string) (h, m, n int, ok bool) {
	if !strings.HasPrefix(s, "-") {
		return 0, 0, 0, false
	}
	i := 1
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		h = h*10 + int(s[i]-'0')
		i++
	}
	if i == 1 || i+3 > len(s) || s[i] != ':' || s[i+1] < '0' || s[i+1] > '9' || s[i+2] < '0' || s[i+2] > '9' {
		return 0, 0, 0, false
	}
	m = int(s[i+1]-'0')*10 + int(s[i+2]-'0')
	i += 3
	if h > 23 || m > 59 || i < len(s) && s[i] >= '0' && s[i] <= '9' {
		return 0, 0, 0, false
	}
	return h, m, i, true
}

// maxIssueDate bounds the bytes of a date read before 号 (令和8年12月31日).
const maxIssueDate = 40

// dayValue reports whether v is a TIMEX3 value of day precision or finer
// whose month and day are known (2025-12-29, XXXX-03-09T18:45).
func dayValue(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for _, i := range []int{5, 6, 8, 9} {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return len(v) == 10 || v[10] == 'T'
}

// foundDate is a date found in a line: byte offsets into the line.
type foundDate struct {
	start, end int
	st         stamp
}

// findDates returns the dates of a date line, left to right. A date starts
// at a digit that does not follow a digit, or at an era name.
func (p *parser) findDates(s string) []foundDate {
	var out []foundDate
	prevDigit := false
	for i := 0; i < len(s); {
		c := s[i]
		isD := c >= '0' && c <= '9' // normalized text has ASCII digits
		if isD && !prevDigit || c >= 0x80 && startsEra(s[i:]) {
			if st, m, ok := parseStamp(s[i:], p.ref, p.loc); ok && m > 0 {
				out = append(out, foundDate{start: i, end: i + m, st: st})
				i += m
				prevDigit = false
				if fd, ok := updateClock(s, i, st); ok {
					// 2026年2月27日 15:45 更新 16:20: the time of the
					// update, on the day just printed.
					out = append(out, fd)
					i = fd.end
				}
				continue
			}
		}
		prevDigit = isD
		if c < 0x80 {
			i++
		} else {
			i += runeLen(c)
		}
	}
	return out
}

// updateClock reads a clock time printed after 更新 at s[i:] (更新 16:20,
// 最終更新：16時20分), or before it in brackets ((11時20分更新)), with no
// date of its own: the time of an update on the day of st, the date
// printed before it.
func updateClock(s string, i int, st stamp) (foundDate, bool) {
	if st.t.Start.IsZero() || st.yearless {
		return foundDate{}, false
	}
	after := strings.TrimLeft(s[i:], " \u3000(")
	// 06:58 公開 ／ 11:42 最終更新: the first time's label and a bar
	// before the update's.
	if w, ok := hasPrefixAny(after, "配信開始", "公開開始", "掲載開始", "公開", "配信", "掲載", "投稿"); ok {
		after = after[len(w):]
	}
	after = strings.TrimLeft(after, " \u3000/|・／｜(（") // 6:45配信（最終更新 13:10）
	rest, ok := strings.CutPrefix(after, "最終更新")
	if !ok {
		rest, ok = strings.CutPrefix(after, "更新")
	}
	c := len(s) - len(strings.TrimLeft(rest, " \u3000:"))
	labelAfter := false
	if !ok {
		// 6時40分（11時20分更新）: the label after the time.
		c, labelAfter = len(s)-len(after), true
	}
	if c == len(s) || s[c] < '0' || s[c] > '9' {
		return foundDate{}, false
	}
	ts := temporal.Find(s[c:], temporal.Context{Ref: st.t.Start, Loc: st.t.Start.Location()})
	if len(ts) == 0 {
		return foundDate{}, false
	}
	t := ts[0]
	if t.Span.Start != 0 || t.Type != article.TypeTime || !strings.HasPrefix(t.Value, st.t.Value[:min(len(st.t.Value), len("2006-01-02"))]) {
		return foundDate{}, false
	}
	if tail := strings.TrimLeft(s[c+t.Span.End:], " \u3000"); labelAfter && !strings.HasPrefix(tail, "更新") && !strings.HasPrefix(tail, "最終更新") {
		return foundDate{}, false
	}
	return foundDate{start: c, end: c + t.Span.End, st: stamp{t: t}}, true
}

// startsEra reports whether s starts with a Japanese era name.
func startsEra(s string) bool {
	_, ok := hasPrefixAny(s, "令和", "平成", "昭和", "大正", "明治")
	return ok
}

// runeLen returns the length of the UTF-8 sequence that starts with byte c
// (1 for a continuation or invalid byte, so that a scan always advances).
func runeLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}

// updatedIn resolves the update time t, printed without a year, against
// the publication time pub: the first such time not before pub's day
// (2026/7/8 11:20（最終更新 7/9 06:45）, 2024/12/31 22:10（最終更新 1/1 08:15）).
func updatedIn(t article.Time, pub time.Time, loc *time.Location) article.Time {
	u, _, err := temporal.ParseDateIn(t.Text, temporal.Context{Ref: pub, Loc: loc, Tense: temporal.Future})
	if err != nil || !u.Resolved() {
		return t
	}
	u.Text, u.Span = t.Text, t.Span
	return u
}

// dayOfMonth resolves a day of the month printed alone (the 29日 of
// ［東京 29日 ロイター］) against base: the latest such day not after it.
// Without base the value keeps X for the year and month.
func dayOfMonth(s string, base time.Time, loc *time.Location) (article.Time, bool) {
	t, n, err := temporal.ParseDateIn(s, temporal.Context{Ref: base, Loc: loc, Tense: temporal.Past})
	if err != nil || n != len(s) {
		return article.Time{}, false
	}
	return t, true
}
