package timeline

import (
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// sessionLabels head the line that dates a meeting, a press conference or
// an interview above its transcript (日時：5月20日午後2時から, 取材日:
// 2026年3月1日).
var sessionLabels = []string{"日時", "開催日時", "開催日", "会見日", "会見日時", "実施日", "収録日", "取材日", "日付"}

// maxSessionLine bounds, in bytes, a line read as the date of a session.
const maxSessionLine = 200

// sessionDay returns the day a transcript was spoken and the index of its
// first turn, when the page is one: paragraphs that open with who speaks
// (市長：…, 記者（港北新聞）：…) or that the attribution of quotations read as
// turns of a dialogue (館長　…, 市長 on the line above the words), below
// a line that gives the day of the session (日時：3月2日) or a headline that
// does (3月2日 町長会見). A
// transcript is often put on the page days after it was spoken; its 今日
// and 昨日 count from the day of the session, not from the page's. The
// day must not come after the page's own (an announcement of a session
// to come is not its transcript).
func (st *state) sessionDay() (time.Time, int, bool) {
	a := st.a
	first, turns := -1, 0
	spoken := map[int]bool{} // paragraphs that are turns for the attribution
	for _, q := range a.Quotes {
		if q.Attribution == "dialogue" {
			spoken[q.Paragraph] = true // 市長 over its words, 館長　…, 森川「…」
		}
	}
	for pi, p := range a.Paragraphs {
		if !doc.Turn(p.Text) && !spoken[pi] {
			continue
		}
		if first < 0 {
			first = pi
		}
		turns++
	}
	if turns < 2 {
		return time.Time{}, 0, false
	}
	end := a.Paragraphs[first].Span.Start
	if end > len(a.Source) || end < 0 {
		return time.Time{}, 0, false
	}
	ctx := temporal.Context{Ref: st.ref, Loc: st.loc}
	day, found := time.Time{}, false
	for line := range strings.Lines(a.Source[:end]) {
		line = strings.TrimSpace(line)
		if len(line) > maxSessionLine {
			continue
		}
		if v, ok := sessionField(line); ok {
			if d, ok := dayIn(v, ctx); ok {
				day, found = d, true
				break
			}
		}
	}
	if !found && len(a.Headline.Text) <= maxSessionLine && strings.Contains(a.Headline.Text, "会見") {
		day, found = dayIn(a.Headline.Text, ctx)
	}
	if !found || st.ref.IsZero() || day.After(st.ref) {
		return time.Time{}, 0, false
	}
	return day, first, true
}

// sessionField returns the value of a line that dates a session
// (日時：…, 取材日: …).
func sessionField(line string) (string, bool) {
	for _, l := range sessionLabels {
		rest, ok := strings.CutPrefix(line, l)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u3000")
		for _, c := range []string{"：", ":", "\u3000", " "} {
			if v, ok := strings.CutPrefix(rest, c); ok {
				return v, true
			}
		}
	}
	return "", false
}

// dayIn returns the start of the first day-or-finer date written in s.
func dayIn(s string, ctx temporal.Context) (time.Time, bool) {
	ts := temporal.Find(s, ctx)
	if len(ts) == 0 || !dayOrFiner(ts[0]) {
		return time.Time{}, false
	}
	y, m, d := ts[0].Start.In(ctx.Loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, ctx.Loc), true
}
