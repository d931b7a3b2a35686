package temporal

import (
	"errors"
	"fmt"
	"time"

	"github.com/newsdoc/newsdoc/article"
)

// ErrNoDate is returned by [ParseDate] when the input does not start with a
// date.
var ErrNoDate = errors.New("temporal: no date")

// ParseDate reads the date (and time) a dateline or a published/updated
// field starts with: 2025/12/29, 2025年12月29日, 2023年4月3日 9時01分,
// 2022年10月17日19時09分, 2023.03.31, 2011-10-11T15:50:00+0900, full-width
// digits, era dates, a weekday in brackets, 3/9(木) 18:45 and 4/6 09:08
// (the year taken from ref: the latest such date not after it, or XXXX when
// ref is zero), and the relative stamps of news lists, 30分前, 1 時間前 and
// 2日前 (counted back from ref, mod APPROX, at the precision of their
// unit; PAST_REF when ref is zero). The value has the precision written (a
// day, a minute, a second). Times are +09:00 unless an offset is written.
// Leading spaces are skipped. It returns the bytes of s consumed.
func ParseDate(s string, ref time.Time) (article.Time, int, error) {
	return ParseDateIn(s, Context{Ref: ref})
}

// ParseDateIn is [ParseDate] with a full context: ctx.Loc is the location
// of times written without an offset (nil means +09:00), and ctx.Tense
// chooses the year of a date written without one: Past (and Unknown, the
// default for a dateline) the latest such date not after ctx.Ref, Future
// the next one, not before ctx.Ref's day (an update time printed after the
// publication time). A written weekday picks among the years near ctx.Ref;
// when the last past day with that weekday is more than a year back and one
// falls in the month after ctx.Ref (12/28(月) read on the 7th of December),
// that one is taken. ctx.Previous is not used.
func ParseDateIn(s string, ctx Context) (article.Time, int, error) {
	norm, m := normalizeText(s)
	i := 0
	for i < len(norm) && (norm[i] == ' ' || norm[i] == '\t') {
		i++
	}
	loc := ctx.Loc
	if loc == nil {
		loc = japan
	}
	tense := ctx.Tense
	if tense == Unknown {
		tense = Past
	}
	sc := scanner{s: norm, loc: loc, tense: tense, dateline: true}
	if !ctx.Ref.IsZero() {
		sc.ref, sc.hasRef = ctx.Ref.In(loc), true
	}
	if t, e, ok := sc.relativeStamp(i); ok {
		span := m.span(i, e)
		t.Text, t.Span = s[span.Start:span.End], span
		return t, span.End, nil
	}
	sp, ok := sc.date(i, false)
	if !ok || sp.skip || sp.rel != nil || sp.isRelN || !sp.hasDate() || (sp.m == 0 && sp.d == 0 && !sp.hasY) ||
		sp.hasY && sp.yG == gYear && sp.m > 0 && sp.d > daysIn(sp.y, sp.m) {
		return article.Time{}, 0, fmt.Errorf("%w: %q", ErrNoDate, clip(s))
	}
	p, anchor := sc.resolve(&sp, nil)
	sc.addPoint(&sp, p, anchor)
	h := sc.hits[0]
	span := m.span(h.start, h.end)
	t := h.t
	t.Text, t.Span = s[span.Start:span.End], span
	return t, span.End, nil
}

// relativeStamp reads "N分前", "N時間前" or "N日前" at i, with optional
// spaces around the unit, as news lists print the age of an item. It
// counts back from the reference and truncates to the unit. Expressions in
// running text use the grammar of Find instead (N日前 there is a date
// without mod; clock-relative forms are not returned).
func (sc *scanner) relativeStamp(i int) (article.Time, int, bool) {
	s := sc.s
	n, ok := numAt(s, i)
	if !ok || n.kanji || n.digits > 3 {
		return article.Time{}, 0, false
	}
	k := n.end
	if k < len(s) && s[k] == ' ' {
		k++
	}
	e, unit := oneOf(s, k, "時間", "分", "日")
	if e < 0 {
		return article.Time{}, 0, false
	}
	if e < len(s) && s[e] == ' ' {
		e++
	}
	if !hasAt(s, e, "前") || hasAt(s, e, "前後") {
		return article.Time{}, 0, false
	}
	e += len("前")
	t := article.Time{Type: article.TypeTime, Mod: article.ModApprox, Value: "PAST_REF", Anchor: article.AnchorNone}
	if unit == "日" {
		t.Type = article.TypeDate
	}
	if !sc.hasRef {
		return t, e, true
	}
	ref := sc.ref
	var st, en time.Time
	switch unit {
	case "分":
		st = ref.Add(-time.Duration(n.v) * time.Minute)
		st = time.Date(st.Year(), st.Month(), st.Day(), st.Hour(), st.Minute(), 0, 0, st.Location())
		en = st.Add(time.Minute)
		t.Value = st.Format("2006-01-02T15:04")
	case "時間":
		st = ref.Add(-time.Duration(n.v) * time.Hour)
		st = time.Date(st.Year(), st.Month(), st.Day(), st.Hour(), 0, 0, 0, st.Location())
		en = st.Add(time.Hour)
		t.Value = st.Format("2006-01-02T15")
	default:
		st = ref.AddDate(0, 0, -n.v)
		st = time.Date(st.Year(), st.Month(), st.Day(), 0, 0, 0, 0, st.Location())
		en = st.AddDate(0, 0, 1)
		t.Value = st.Format("2006-01-02")
	}
	t.Start, t.End, t.Anchor = st, en, article.AnchorDocument
	return t, e, true
}

// clip shortens s for an error message.
func clip(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	k := n
	for k > 0 && s[k]&0xC0 == 0x80 {
		k--
	}
	return s[:k] + "…"
}
