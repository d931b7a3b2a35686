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
// ref is zero). The value has the precision written (a day, a minute, a
// second). Times are +09:00 unless an offset is written. Leading spaces are
// skipped. It returns the bytes of s consumed.
func ParseDate(s string, ref time.Time) (article.Time, int, error) {
	norm, m := normalizeText(s)
	i := 0
	for i < len(norm) && (norm[i] == ' ' || norm[i] == '\t') {
		i++
	}
	sc := scanner{s: norm, loc: japan, tense: Past, dateline: true}
	if !ref.IsZero() {
		sc.ref, sc.hasRef = ref.In(japan), true
	}
	sp, ok := sc.date(i, false)
	if !ok || sp.skip || sp.rel != nil || sp.isRelN || !sp.hasDate() || (sp.m == 0 && sp.d == 0 && !sp.hasY) {
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
