package timeline

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// findContext is what resolving a piece of text needs besides the text.
type findContext struct {
	ref  time.Time     // document time (or the date of a quoted post)
	prev *article.Time // the time mentioned just before, for 翌日, 同日
	// prevDay is the day or time mentioned last, when prev is coarser.
	prevDay *article.Time
	tense   temporal.Tense // the tense of the statement
	// tenseAt, when not nil, gives the tense of the predicate governing
	// the expression at [start, end) of the text scanned.
	tenseAt func(start, end int) temporal.Tense
	loc     *time.Location
	// century: the article has written a full year, so two-digit years
	// standing alone (19年に) are years
	century bool
	// clock: ref holds the document's time of day (3時間前 counts from it)
	clock bool
	// story is the day the text tells of when prevDay only looked back
	// on an earlier one (temporal.Context.StoryDay).
	story *article.Time
	// era is the era of the last era year written (temporal.Context.Era).
	era string
	// rangeFrom is the first day of the range prev ends
	// (temporal.Context.RangeFrom).
	rangeFrom *article.Time
}

// engine holds the analyses Build relies on: finding and resolving
// temporal expressions, reading the tense of a predicate and normalizing a
// clause. Tests may swap them.
type engine struct {
	// find returns the temporal expressions of text, resolved, and the
	// ranges they form; their spans are byte offsets into text plus base.
	find func(text string, base int, fc findContext) temporal.Result
	// tense reads the tense of the predicate in the text that follows an
	// expression.
	tense func(after string) temporal.Tense
	// norm normalizes a piece of source text.
	norm func(string) string
}

// Build returns the timeline of a: one event per temporal expression of the
// body, with the statement it dates, ordered by time.
//
// Resolution reads the article the way a reader does: deictic words
// (昨日, 先週, 28日) against the published time or the reference given with
// [WithReference]; anaphoric words (翌日, 同日, その後) against the time of
// the statement just before; a bare date against the statement's tense;
// 本日 inside a quoted post against the post's date; and "A was held the
// day after B" (Bした翌日に) dates B from A.
//
// Actors come from a.People, a.Organizations and the speakers of a.Quotes,
// as parse found them: Build reads the article and never modifies it.
// An article whose Quotes is nil (put together by hand; parse.Parse and
// JSON that parse wrote always have a list, empty when there are none)
// has had no quotation analysis: its events have no quotations or
// speakers, and the timeline's Skipped lists [SkippedQuotes].
//
// The morphological analyzer reads the tense of statements the lexical
// patterns leave open; it is not used with [WithoutMorphology] or when
// a.Skipped lists [article.SkippedMorphology]. When its dictionary cannot
// be loaded, Build returns the timeline read without it, its Skipped set,
// and the error.
//
// Spans are UTF-8 byte offsets into a.Source, half-open, so Build needs the
// source: an article with paragraphs but no Source (JSON written without
// it) gives [ErrNoSource], and one whose spans fall outside
// its Source gives [ErrSpan]. A nil article gives an empty timeline. Build
// never panics on any article.
func Build(a *article.Article, opts ...Option) (*Timeline, error) {
	if a == nil {
		return order(nil), nil
	}
	if err := checkSpans(a); err != nil {
		return order(nil), err
	}
	cfg := newConfig(opts)
	if a.HasSkipped(article.SkippedMorphology) {
		cfg.morph = false
	}
	eng, dictErr := newEngine(cfg)
	tl := eng.build(a, cfg)
	if a.Quotes == nil && len(a.Paragraphs) > 0 {
		tl.Skipped = append(tl.Skipped, SkippedQuotes)
	}
	if err := dictErr(); err != nil || !cfg.morph {
		tl.Skipped = append(tl.Skipped, article.SkippedMorphology)
		if err != nil {
			return tl, fmt.Errorf("timeline: morphology skipped: %w", err)
		}
	}
	return tl, nil
}

// ErrNoSource is returned by [Build] for an article whose paragraphs
// have text or spans but whose Source is empty: statements are read, and
// their spans given, in the source. An
// article decoded from JSON needs the source in it (parse's Sourced
// wrapper, newsdoc parse --source).
var ErrNoSource = errors.New("timeline: article has paragraphs but no source text")

// ErrSpan is returned by [Build] for an article with a paragraph or
// sentence span outside its Source or reversed.
var ErrSpan = errors.New("timeline: span outside the article source")

// checkSpans reports whether the paragraph and sentence spans of a can be
// read from a.Source.
func checkSpans(a *article.Article) error {
	n := len(a.Source)
	for pi, p := range a.Paragraphs {
		if n == 0 && p.Text != "" {
			return ErrNoSource
		}
		spans := []article.Span{p.Span}
		for _, s := range p.Sentences {
			spans = append(spans, s.Span)
		}
		for _, sp := range spans {
			if err := checkSpan(sp, n, "paragraph", pi); err != nil {
				return err
			}
		}
	}
	for bi, b := range a.Boxes {
		for _, it := range b.Items {
			if err := checkSpan(it.Span, n, "box", bi); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkSpan reports whether sp, of the what numbered i, can be read from
// a source of n bytes; a zero span is no span.
func checkSpan(sp article.Span, n int, what string, i int) error {
	switch {
	case sp.Len() == 0 && sp.Start == 0:
		return nil
	case n == 0:
		return ErrNoSource
	case sp.Start < 0 || sp.End > n || sp.Start > sp.End:
		return fmt.Errorf("%w: %s %d has [%d, %d), source is %d bytes", ErrSpan, what, i, sp.Start, sp.End, n)
	}
	return nil
}

// pastOrOpening reports whether a sentence of tense t goes back to the
// day told in the past: in the past tense, or with no tense when it opens
// a paragraph after one that ended on a day ahead (opening).
func pastOrOpening(t temporal.Tense, opening bool) bool {
	return t == temporal.Past || t == temporal.Unknown && opening
}

// beforeRefDay reports whether t starts on a calendar day before the
// document's own.
func (st *state) beforeRefDay(t article.Time) bool {
	if st.ref.IsZero() || t.Start.IsZero() {
		return false
	}
	loc := st.loc
	if loc == nil {
		loc = japan()
	}
	ry, rm, rd := st.ref.In(loc).Date()
	return t.Start.Before(time.Date(ry, rm, rd, 0, 0, 0, 0, loc))
}

// state is one run of Build over one article.
type state struct {
	eng   engine
	a     *article.Article
	ref   time.Time
	clock bool // ref holds the document's time of day
	loc   *time.Location
	prev  *article.Time
	// prevDay is the day or time mentioned last, for この日 after a
	// coarser mention.
	prevDay *article.Time
	// pastDay is the last day or time mentioned outside a plan, and
	// dayAhead tells that prevDay was a plan's (6日は…昼の部がある): a
	// later sentence in the past tells of pastDay's day, not of the
	// day ahead.
	pastDay  *article.Time
	dayAhead bool
	// quotePrev is the time mentioned last inside the quotation or answer
	// quoteOf (an index into the article's quotes): its later sentences go
	// on from it.
	// nearDay is the last day or time mentioned within a week of the
	// document's time: the day この日 speaks of when the text has since
	// named a day far from it.
	nearDay *article.Time
	// storyDay is the last day or time mentioned that was not a look back
	// (10日に壊れた橋, 5月25日の下見), and lookedBack tells that
	// prevDay is one.
	storyDay   *article.Time
	lookedBack bool
	quotePrev  *article.Time
	quoteOf    int
	// days holds the days the text has dated with their month (8月15日),
	// by the number of the day: a bare 15日 later is that day again.
	days         map[int]time.Time
	lastMonthDay time.Time // the day sameDay recorded last
	actors       []actorMention
	// top lists the indices of the outer quotations (Depth 0) ordered by
	// start, and topEnd[i] the largest end among top[:i+1].
	top    []int
	topEnd []int
	events []Event
	// lead is the day the previous sentence wrote as its own time, right
	// after its topic (商店会は12日、…と発表した), and curLead the current
	// sentence's: 同日 in the sentence after points back to it.
	lead, curLead *article.Time
	// leadIn is the date of the previous sentence when it introduced a
	// quotation that follows it (次のように記した。「…」).
	leadIn *article.Time
	// lastDay is the last day-or-finer date given outside quotations, and
	// lastDayPara the paragraph it was given in.
	lastDay     *article.Time
	lastDayPara int
	// century: a full year has been written (on the page or in an earlier
	// sentence), so two-digit years standing alone (19年に) are years.
	century bool
	// era is the era of the last era year written so far (同55年 after
	// 昭和48年).
	era string
	// rangeFrom is the first day of the range of days prev ends, if any;
	// ranges holds the ranges of days the last scan read, the first day
	// of each by its last day's span.
	rangeFrom *article.Time
	// lastRange is the first and the last day of the last range of days
	// told (9日から12日まで), kept while other times are told after it.
	lastRange [2]*article.Time
	ranges    []daySpan
	// episodeYear is the year a paragraph has turned to (2009年の夏は…,
	// 61年前の3月), years before the reference, and episodePara that
	// paragraph; 0 when none.
	episodeYear int
	episodePara int
	episodeSent int // the sentence that gave episodeYear
	sentences   int // sentences read so far
}

func (eng engine) build(a *article.Article, cfg config) *Timeline {
	st := &state{eng: eng, a: a, loc: cfg.loc}
	st.ref, st.clock = documentTime(a, cfg.ref, cfg.loc)
	for _, t := range []*article.Time{a.Published, a.Updated} {
		if t != nil && writesFullYear(t.Text) {
			st.century = true
		}
	}
	if st.loc == nil && a.Dateline != nil {
		st.loc = datelineLocation(a.Dateline.Place)
	}
	if st.loc == nil {
		st.loc = japan()
	}
	st.actors = actorIndex(a)
	st.indexQuotes()
	session, turns, spoken := st.sessionDay()
	for pi, p := range a.Paragraphs {
		if spoken && pi == turns {
			// The transcript below its date was spoken that day.
			st.ref, st.clock = session, false
			st.prev, st.prevDay, st.pastDay, st.dayAhead = nil, nil, nil, false
			st.storyDay, st.lookedBack, st.rangeFrom, st.lastRange = nil, false, nil, [2]*article.Time{}
		}
		sents := p.Sentences
		if len(sents) == 0 && p.Span.Len() > 0 {
			sents = []article.Sentence{{Text: p.Text, Span: p.Span}}
		}
		if entryStamp(p.Text) {
			// 【9:30】 opening a paragraph: an entry of a running story,
			// told on the page's day, whatever day the entry above it
			// spoke of last.
			st.prev, st.prevDay, st.pastDay, st.dayAhead = nil, nil, nil, false
			st.storyDay, st.lookedBack, st.rangeFrom, st.lastRange = nil, false, nil, [2]*article.Time{}
		}
		ref, clock := st.ref, st.clock
		if d, ok := st.addendumDay(p.Text); ok {
			// 【5月8日追記】…昨日から: the addendum was written on its
			// own day, and its deictic words count from it.
			st.ref, st.clock = d, false
			st.prev, st.prevDay, st.pastDay, st.dayAhead = nil, nil, nil, false
			st.storyDay, st.lookedBack, st.rangeFrom, st.lastRange = nil, false, nil, [2]*article.Time{}
		}
		for _, s := range sents {
			st.sentence(pi, p, s)
		}
		st.ref, st.clock = ref, clock
	}
	for bi, b := range a.Boxes {
		st.box(bi, b)
	}
	upToUpdate(st.events, a, st.loc)
	return order(st.events)
}

// box reads the items of a box as statements, each dated by its own
// words: the box stands apart from the text, so no day the text spoke of
// last carries into it. Its events have Paragraph -1 and Box set.
func (st *state) box(bi int, b article.Box) {
	st.prev, st.prevDay, st.pastDay, st.dayAhead = nil, nil, nil, false
	st.storyDay, st.lookedBack, st.rangeFrom, st.lastRange = nil, false, nil, [2]*article.Time{}
	st.lastDay, st.leadIn = nil, nil
	for _, it := range b.Items {
		n := len(st.events)
		p := article.Paragraph{Text: it.Text, Span: it.Span}
		st.sentence(-1, p, article.Sentence(it))
		for k := n; k < len(st.events); k++ {
			st.events[k].Box = &bi
		}
	}
}

// upToUpdate moves a day written without its year into the next year,
// or a day written without its month into the next month, when the
// reference put it a year or a month before a day between the article's
// publication and its update: the page was written up to its update
// (【3月2日更新】3月9日夜に予定していた集会は取りやめました。, on a page published on 20
// February and updated on 2 March, is this March's; 受け付けは20日夜までに
// 満員になった, on a page published on 19 July and updated on 20 July, is
// of 20 July).
func upToUpdate(evs []Event, a *article.Article, loc *time.Location) {
	if a.Published == nil || a.Updated == nil || a.Published.Start.IsZero() || !a.Updated.Start.After(a.Published.Start) {
		return
	}
	pub, upd := a.Published.Start, a.Updated.Start
	if !a.Updated.End.IsZero() {
		upd = a.Updated.End
	}
	moved := "" // the year and month moved from, for the days of the same sentence after it
	for i := range evs {
		w := &evs[i].When
		years, months := 0, 0
		switch {
		case monthDay(w.Text):
			years = 1
		case dayAlone(w.Text):
			months = 1
		}
		if !w.Resolved() || w.Type != article.TypeDate && w.Type != article.TypeTime || w.Anchor != article.AnchorDocument && w.Anchor != article.AnchorPrevious ||
			years+months == 0 || len(w.Value) < len("2006-01-02") {
			moved = ""
			continue
		}
		from := w.Value[:len("2006-01")]
		next := w.Start.In(loc).AddDate(years, months, 0)
		if next.Day() != w.Start.In(loc).Day() {
			moved = "" // 31日 has no day in the next month
			continue
		}
		follows := moved == from && i > 0 && evs[i-1].Span.End >= evs[i].Span.Start && evs[i-1].Paragraph == evs[i].Paragraph
		if !follows && (!next.After(pub) || next.After(upd)) {
			moved = ""
			continue
		}
		moved = from
		w.Value = next.Format("2006-01") + w.Value[len("2006-01"):]
		w.Start, w.End = next, w.End.In(loc).AddDate(years, months, 0)
	}
}

// dayAlone reports whether text writes a day without its month or year
// (10日, 10日朝, １０日午後).
func dayAlone(text string) bool {
	d := strings.Index(text, "日")
	if d <= 0 || strings.Contains(text, "月") || strings.Contains(text, "年") {
		return false
	}
	n := 0
	for _, r := range text[:d] {
		if !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n <= 2
}

// addendumWords end the stamp of an addendum or an update that opens a
// paragraph (【5月8日追記】, ［5月9日更新］).
var addendumWords = []string{"追記", "更新", "付記", "加筆", "訂正", "修正"}

// addendumDay returns the day of the stamp that opens text when it dates
// an addendum (【5月8日追記】) or an entry of a running story (【5月17日
// 10:20】, a day and its time and nothing else), resolved against the
// document's time.
func (st *state) addendumDay(text string) (time.Time, bool) {
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}} {
		rest, ok := strings.CutPrefix(text, b[0])
		if !ok {
			continue
		}
		c := strings.Index(rest, b[1])
		if c <= 0 || c > maxAddendumStamp {
			return time.Time{}, false
		}
		in := rest[:c]
		added := slices.ContainsFunc(addendumWords, func(w string) bool { return strings.HasSuffix(in, w) })
		ts := temporal.Find(in, temporal.Context{Ref: st.ref, Loc: st.loc})
		if len(ts) == 0 || !dayOrFiner(ts[0]) {
			return time.Time{}, false
		}
		if !added && (len(ts) != 1 || ts[0].Type != article.TypeTime || strings.TrimSpace(in[:ts[0].Span.Start]+in[ts[0].Span.End:]) != "") {
			return time.Time{}, false // 【5月8日】 alone, or with other words: no entry's stamp
		}
		return ts[0].Start, true
	}
	return time.Time{}, false
}

// maxAddendumStamp bounds the stamp of an addendum, in bytes.
const maxAddendumStamp = 60

// entryStamp reports whether a paragraph opens with a clock time alone in
// brackets, 【9:30】 or [15:42], or set apart by a space, alone on its
// line or alone after a mark (19:25　…, 19:25 then the entry's lines,
// ■19:25), as each entry of a running story does.
func entryStamp(text string) bool {
	end, bracketed, ok := doc.ClockStamp(text)
	if !ok || bracketed {
		return ok
	}
	after := text[end:]
	return after == "" || strings.ContainsAny(after[:1], " \t\r\n") || strings.HasPrefix(after, "\u3000")
}

// documentTime is the time deictic words resolve against: the published
// time, else the updated time, else the caller's reference; and whether it
// holds a time of day (3時間前 counts from it): the page's time printed with
// one (9時01分), or a reference of the caller's other than midnight.
func documentTime(a *article.Article, ref time.Time, loc *time.Location) (time.Time, bool) {
	for _, t := range []*article.Time{a.Published, a.Updated} {
		if t != nil && !t.Start.IsZero() {
			return t.Start, t.Type == article.TypeTime
		}
	}
	if ref.IsZero() {
		return ref, false
	}
	if loc != nil {
		ref = ref.In(loc)
	}
	return ref, ref.Hour() != 0 || ref.Minute() != 0 || ref.Second() != 0
}

// writesFullYear reports whether text writes a year in full: four digits
// (2019年, ２０２３/4/4) or an era name (令和5年).
func writesFullYear(text string) bool {
	run := 0
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			run++
			if run == 4 {
				return true
			}
		default:
			run = 0
		}
	}
	for _, e := range []string{"明治", "大正", "昭和", "平成", "令和"} {
		if strings.Contains(text, e) {
			return true
		}
	}
	return false
}

func (st *state) sentence(pi int, p article.Paragraph, s article.Sentence) {
	src := st.a.Source
	raw := s.Span.In(src)
	if strings.TrimSpace(raw) == "" {
		return
	}
	base := s.Span.Start
	var regions []region
	// The outer quotations are ordered by start; every one before the
	// first whose running maximum end passes the sentence start ends
	// before the sentence, so only a run of them is read per sentence.
	i, _ := slices.BinarySearch(st.topEnd, s.Span.Start+1)
	for ; i < len(st.top); i++ {
		qi := st.top[i]
		q := st.a.Quotes[qi]
		if q.Span.Start >= s.Span.End {
			break
		}
		if q.Span.End <= s.Span.Start {
			continue
		}
		sp := article.Span{Start: max(q.Span.Start, s.Span.Start), End: min(q.Span.End, s.Span.End)}
		regions = append(regions, region{qi, sp})
	}
	regions = append(regions, bracketRegions(raw, base, regions)...)
	inRegion := func(sp article.Span) int {
		for i, r := range regions {
			if r.span.Contains(sp) {
				return i
			}
		}
		return -1
	}

	// One scan reads the sentence: each expression whose value depends on
	// the tense is resolved with the tense of the predicate that governs
	// it, read from the words after it (13日、11月に訪問すると発表した
	// reads 13日 as past and 11月 as future).
	var tenses map[int]temporal.Tense // by offset, read once: the scan may ask twice
	tenseAt := func(start, end int) temporal.Tense {
		at := min(max(base+end, s.Span.Start), s.Span.End)
		t, ok := tenses[at]
		if !ok {
			t = st.eng.tense(src[at:s.Span.End])
			if from := min(max(base+start, s.Span.Start), at); t != temporal.Past && pastCleft(src[s.Span.Start:from]) {
				// 客を見送ったのは23日の夜です: the time is the focus of
				// a past verb; the copula after it tells no tense.
				t = temporal.Past
			}
			if tenses == nil {
				tenses = map[int]temporal.Tense{}
			}
			tenses[at] = t
		}
		return t
	}
	prev, prevDay := st.prev, st.prevDay
	lead := st.lead
	st.lead, st.curLead = nil, nil
	defer func() { st.lead = st.curLead }()
	if lead != nil && strings.Contains(raw, "同日") {
		// 商店会は12日、14日から休業すると発表した。市は同日: the day
		// of the statement before, not the one told inside it.
		prev, prevDay = lead, lead
	}
	if st.nearDay != nil && prevDay != nil && strings.Contains(raw, "この日") && farFrom(*prevDay, st.ref) {
		// 従来の最高は昨年8月3日の40.2度。…40度を超えたのはこの日、9
		// 地点: この日 is the day the text is about, not a day it
		// compares with.
		prev, prevDay = st.nearDay, st.nearDay
	}
	if st.dayAhead && st.pastDay != nil && pastOrOpening(tenseAt(0, 0), s.Span.Start == p.Span.Start && st.beforeRefDay(*st.pastDay)) {
		// 4日に始まった。6日は昼の部がある。雨で開始を遅らせ、午後7時半
		// に打ち上げた: the times of a past statement after a day ahead are
		// of the day the text told last in the past; so are those of a
		// paragraph that opens with no tense after a paragraph that ended
		// on a day ahead, when the day told is one before the article's
		// (…次の9日にも決まる。¶大会は午後2時に開幕。); a text of
		// today (a listing of tonight's programmes) goes on ahead.
		prev, prevDay = st.pastDay, st.pastDay
	}
	fc := findContext{ref: st.ref, clock: st.clock, prev: prev, prevDay: prevDay, loc: st.loc, century: st.century, tenseAt: tenseAt, era: st.era}
	if prev == st.prev {
		fc.rangeFrom = st.rangeFrom
	}
	if fc.rangeFrom == nil && st.lastRange[0] != nil && (strings.Contains(raw, "初日") || strings.Contains(raw, "最終日")) {
		// 14日から17日まで開かれた。…(other times)…初日の開場前: the
		// first day of the run of days told last, whatever time came
		// between.
		fc.prev, fc.prevDay, fc.rangeFrom = st.lastRange[1], st.lastRange[1], st.lastRange[0]
	}
	if st.lookedBack && prevDay == st.prevDay && st.storyDay != nil && prevDay != nil && !st.storyDay.Start.Equal(prevDay.Start) {
		fc.story = st.storyDay
	}
	pre := st.times(raw, base, fc)
	for i := range pre {
		pre[i] = st.sameDay(pre[i])
	}
	var outside []article.Time
	inside := map[int][]article.Time{}
	fullYear := false
	for _, e := range pre {
		fullYear = fullYear || writesFullYear(e.Text)
		if len(e.Text) >= len("昭和") {
			if era, ok := normalize.LookupEra(e.Text[:len("昭和")]); ok {
				st.era = era.Name
			}
		}
		if !s.Span.Contains(e.Span) {
			continue
		}
		if r := inRegion(e.Span); r >= 0 {
			inside[r] = append(inside[r], e)
		} else {
			outside = append(outside, e)
		}
	}

	// Expressions that date one event from another (Bした翌日に) are not
	// statements of their own sentence.
	rels := map[article.Span]relInfo{}
	var mains []article.Time
	for _, e := range outside {
		if ri, ok := st.relative(raw, base, e, outside); ok {
			rels[e.Span] = ri
			continue
		}
		mains = append(mains, e)
	}

	var points []article.Time
	for _, m := range mains {
		if m.Type == article.TypeDate || m.Type == article.TypeTime || (m.Type == article.TypeDuration && !m.End.IsZero()) {
			points = append(points, m)
		}
	}
	clauses := segment(raw, base, points)
	single := len(clauses) == 1
	var sentEvents []Event
	var resolvedMains []article.Time
	relGot := map[article.Span]article.Time{}
	for _, c := range clauses {
		text := c.In(src)
		for _, g := range outside {
			if !c.Contains(g.Span) {
				continue
			}
			if rs, ok := overlapsRel(rels, g.Span); ok {
				relGot[rs] = g
				continue
			}
			ev := Event{When: g, Paragraph: pi, Span: c}
			if single {
				ev.Span, ev.Text = s.Span, s.Text
			} else {
				ev.Text = st.eng.norm(text)
			}
			sentEvents = append(sentEvents, ev)
			if after := src[g.Span.End:s.Span.End]; holidayInNoun(g.Text, after) || comparisonBase(g.Text, after) {
				// 手作りクリスマス派, 前年から12.3%増: a kind of thing or
				// the base of a comparison, no time the sentence, its
				// quotations or a later 前年 are dated by.
				continue
			}
			resolvedMains = append(resolvedMains, g)
			// 13日（日本時間14日午前）: a time given again in another zone
			// after one of the sentence is no new point to count from.
			restated := g.Zone != "" && len(resolvedMains) > 1
			if dayBefore(g.Text, src[g.Span.End:s.Span.End]) {
				// 前日の北浜市場で…: the day before, named for a thing
				// of it; the text goes on from its own day.
				restated = true
			}
			if n, ok := glossedDay(src, g.Span); ok && !sceneDay(src, g.Span) {
				// 前日の15日: the day counted from the one the text
				// tells, glossed with its date; the text goes on from
				// its own day (市は同日 after it is the 16th).
				if d, ok := shift(g, 'd', -n); ok && n != 0 && dayOrFiner(g) {
					st.prev, st.prevDay, st.rangeFrom = &d, &d, nil
				}
				restated = true
			}
			if g.Resolved() && (g.Type == article.TypeDate || g.Type == article.TypeTime) && !restated {
				cp := g
				st.prev, st.rangeFrom = &cp, nil
				for _, r := range st.ranges {
					if r.to == g.Span {
						from := r.from
						st.rangeFrom = &from
						st.lastRange = [2]*article.Time{&from, &cp}
					}
				}
				if dayOrFiner(g) {
					if st.curLead == nil && temporal.LeadDay(src, g.Span.Start, g.Span.End) {
						st.curLead = &cp
					}
					st.prevDay = &cp
					st.lookedBack = namesThing(src[g.Span.End:s.Span.End])
					if !st.lookedBack {
						st.storyDay = &cp
					}
					if !farFrom(g, st.ref) {
						st.nearDay = &cp
					}
					// A day after the article's own time is ahead
					// whatever the verb (6日は…昼の部がある).
					st.dayAhead = !st.ref.IsZero() && g.Start.After(st.ref) || tenseAt(0, g.Span.End-base) == temporal.Future
					if !st.dayAhead {
						st.pastDay = &cp
					}
				}
			}
		}
	}

	// B of "A was held the day after B" takes A's date shifted back.
	for _, e := range outside {
		ri, ok := rels[e.Span]
		if !ok {
			continue
		}
		g, found := relGot[e.Span]
		if !found {
			g = e
		}
		bSpan := article.Span{Start: ri.bStart, End: e.Span.Start}
		bSpan = trimSpan(src, bSpan, ri.noun)
		if d, ok := pickOther(resolvedMains, bSpan); ok {
			if w, ok := shift(d, ri.unit, -ri.n); ok {
				w.Text, w.Span = g.Text, g.Span
				sentEvents = append(sentEvents, Event{When: w, Paragraph: pi, Span: bSpan, Text: st.eng.norm(bSpan.In(src))})
				continue
			}
		}
		// No other date in the sentence: the expression dates the
		// sentence itself, against the time mentioned before; after a
		// noun (判決の翌日, 事故の3日前), against the time of the event
		// the noun names.
		if ri.noun {
			g = st.afterEvent(src, g)
		}
		ev := Event{When: g, Paragraph: pi, Span: s.Span, Text: s.Text}
		sentEvents = append(sentEvents, ev)
	}

	// Quotations: 本日 inside a post or statement means the day it was made.
	scope := statementDate(src, resolvedMains)
	for ri, r := range regions {
		exprs := inside[ri]
		if len(exprs) == 0 || r.quote < 0 && titleLike(r.span.In(src), src[r.span.End:s.Span.End]) {
			// 『明日を継ぐために』, 「2000年問題」: a title or a name, not
			// words said at a time.
			continue
		}
		sc := scopeFor(src, resolvedMains, r.span)
		if sc == nil && st.leadIn != nil && strings.TrimSpace(src[s.Span.Start:r.span.Start]) == "" {
			sc = st.leadIn
		}
		if sc == nil && st.lastDay != nil && st.lastDayPara == pi {
			// A quotation in an undated sentence was spoken at the time
			// the paragraph last gave (式典は2日…。館長は式典で「本日…」).
			sc = st.lastDay
		}
		if sc == nil && st.lastDay != nil && st.storyBefore() && strings.TrimSpace(src[s.Span.Start:r.span.Start]) == "" &&
			strings.TrimSpace(src[r.span.End:s.Span.End]) == "" {
			// 昨日、水族館に行った。…飼育員さんが出てきた。「今日は…」:
			// the words a story of a day just past gives on their own
			// were spoken that day.
			sc = st.lastDay
		}
		for _, qs := range quoteSentences(src, r.span) {
			var first *article.Time
			for i := range exprs {
				if qs.Contains(exprs[i].Span) {
					first = &exprs[i]
					break
				}
			}
			if first == nil {
				continue
			}
			fc := findContext{ref: st.ref, clock: st.clock, prev: st.prev, prevDay: st.prevDay, loc: st.loc, century: st.century}
			fc.tense = st.eng.tense(src[first.Span.End:qs.End])
			if sc != nil {
				fc.ref, fc.clock = sc.Start, sc.Type == article.TypeTime
				fc.prev = sc
			}
			if st.quotePrev != nil && r.quote >= 0 && st.quoteOf == r.quote {
				// 2011年12月18日の夜でした。…翌日未明に見つけた: the
				// words go on from the time they told last.
				fc.prev = st.quotePrev
				if dayOrFiner(*st.quotePrev) {
					fc.prevDay = st.quotePrev
				}
			}
			text := qs.In(src)
			got := st.times(text, qs.Start, fc)
			for _, g := range got {
				if !qs.Contains(g.Span) {
					continue
				}
				if len(got) == 1 {
					// 「運動会の翌日から…」: the day after the event the
					// words name, told before.
					g = st.afterEvent(src, g)
				}
				if g.Resolved() && (g.Type == article.TypeDate || g.Type == article.TypeTime) {
					cp := g
					st.quotePrev, st.quoteOf = &cp, r.quote
					if r.quote >= 0 && st.a.Quotes[r.quote].Attribution == "dialogue" {
						// A turn of a transcript is the text's own
						// statement: the next turn goes on from its time
						// (12日の深夜に生まれた。 then 夜10時すぎに…).
						st.prev, st.rangeFrom = &cp, nil
						if dayOrFiner(cp) {
							st.prevDay = &cp
							if st.ref.IsZero() || !cp.Start.After(st.ref) {
								st.pastDay = &cp
							}
						}
					}
				}
				if sc != nil && g.Anchor == article.AnchorDocument {
					g.Anchor = article.AnchorQuote
				}
				ev := Event{When: g, Paragraph: pi, Span: qs, Text: st.eng.norm(text)}
				if r.quote >= 0 {
					qi := r.quote
					ev.Quote, ev.Speaker = &qi, st.a.Quotes[qi].Speaker
				}
				sentEvents = append(sentEvents, ev)
			}
		}
	}

	// A sentence that announces a quotation (次のように記した。) lends its
	// date to the quotation that opens the next sentence, even across a
	// paragraph break.
	st.leadIn = nil
	if scope != nil && introducesQuote(raw) {
		st.leadIn = scope
	}
	if scope != nil {
		st.lastDay, st.lastDayPara = scope, pi
	}
	st.century = st.century || fullYear
	anchorToFullDate(sentEvents, st.loc)
	st.anchorEpisode(pi, sentEvents)
	if linkLine(raw) {
		// (参考リンク:…来年リリース): a title of another article
		for i := range sentEvents {
			sentEvents[i].Generic = true
		}
	} else if habitual(raw) && !slices.ContainsFunc(sentEvents, thatDay) {
		for i := range sentEvents {
			e := &sentEvents[i]
			e.Generic = e.Generic || partialTime(e.When) && habitualFor(e.Span.In(src), e.When.Span.Start-e.Span.Start)
		}
	}
	if slices.ContainsFunc(sentEvents, func(e Event) bool { return e.When.Type == article.TypeSet }) || dayRange(src, sentEvents) {
		// 1日3回【5時、11時、17時】, 毎週土曜の午後2時から, 4日〜12日
		// 10:00〜18:00: the clock times of a repeating slot, on no one
		// day.
		for i := range sentEvents {
			if e := &sentEvents[i]; bareClock(e.When) {
				e.Generic = true
			}
		}
	}
	for i := range sentEvents {
		e := &sentEvents[i]
		after := src[e.When.Span.End:s.Span.End]
		e.Generic = e.Generic || comparisonBase(e.When.Text, after) || recurringDay(after) || definedDay(e.When.Text, src[s.Span.Start:e.When.Span.Start]) || weeklyHabit(e.When, after) ||
			holidayInNoun(e.When.Text, after) || namedDay(e.When, after)
	}
	sentEvents = mergeParenthesized(src, sentEvents)
	sentEvents = mergeApposed(src, sentEvents)
	sentEvents = attachDurations(sentEvents)
	for i := range sentEvents {
		sentEvents[i].Actors = st.actorsOf(sentEvents[i])
	}
	if n := len(st.events) + len(sentEvents); n > cap(st.events) && cap(st.events) >= 256 {
		// A long list doubles: append would grow it by a quarter at a
		// time, allocating several times its size on a long text.
		st.events = slices.Grow(st.events, max(n, 2*cap(st.events))-len(st.events))
	}
	st.events = append(st.events, sentEvents...)
}

// maxEventNoun bounds, in runes, the noun read before a word of relative
// time (判決の翌日) as the name of an event.
const maxEventNoun = 8

// nounBefore returns the run of kanji and katakana that ends right before
// the の before offset at of src (判決 of 判決の翌日), or "".
func nounBefore(src string, at int) string {
	h, ok := strings.CutSuffix(src[:at], "の")
	if !ok {
		return ""
	}
	st, n := len(h), 0
	for st > 0 && n < maxEventNoun {
		r, size := utf8.DecodeLastRuneInString(h[:st])
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' {
			break
		}
		st -= size
		n++
	}
	if n < 2 {
		return "" // 日の翌日, 前の3日前: no name of an event
	}
	return h[st:]
}

// afterEvent returns g, a word of relative time (翌日, 3日前), counted from
// the day of the event the noun before it names (判決の翌日), when there is
// such a noun and the text told that event's day; else g as it is.
func (st *state) afterEvent(src string, g article.Time) article.Time {
	unit, n, ok := relOffset(g.Text)
	if !ok {
		return g
	}
	noun := nounBefore(src, g.Span.Start)
	if noun == "" || len(temporal.Find(noun, temporal.Context{})) > 0 {
		return g // 28日の翌日, 前年の3日前: counted from a date
	}
	d, ok := st.eventDay(noun)
	if !ok {
		return g
	}
	w, ok := shift(d, unit, n)
	if !ok {
		return g
	}
	w.Text, w.Span, w.Anchor = g.Text, g.Span, article.AnchorEvent
	return w
}

// maxEventLookback bounds the events eventDay reads back, so that a text
// of many such words costs in proportion to its length.
const maxEventLookback = 200

// eventDay returns the day of the latest event told so far whose statement
// names noun (判決公判が27日… for 判決), else the day the text told last.
func (st *state) eventDay(noun string) (article.Time, bool) {
	if noun == "" {
		return article.Time{}, false
	}
	noun = st.eng.norm(noun)
	for i := len(st.events) - 1; i >= 0 && i >= len(st.events)-maxEventLookback; i-- {
		e := st.events[i]
		if !e.Generic && e.When.Resolved() && dayOrFiner(e.When) && e.When.Type != article.TypeDuration && strings.Contains(e.Text, noun) {
			return e.When, true
		}
	}
	if st.prevDay != nil && st.prevDay.Resolved() {
		return *st.prevDay, true
	}
	return article.Time{}, false
}

// thatDay reports whether e names the day the text told before (この日,
// 同日, 当日, その日): a sentence about it tells of one day, whatever habit
// it mentions (定休日のこの日、午前8時から).
func thatDay(e Event) bool {
	if e.When.Type != article.TypeDate {
		return false
	}
	for _, w := range []string{"この日", "同日", "当日", "その日"} {
		if strings.HasPrefix(e.When.Text, w) {
			return true
		}
	}
	return false
}

// dayRange reports whether events, those of one sentence of src, hold a
// range of days (3月4日〜12日, 3日から5日): two days with only a range
// mark between them.
func dayRange(src string, events []Event) bool {
	for i := 1; i < len(events); i++ {
		a, b := events[i-1].When, events[i].When
		if !dayOrFiner(a) || !dayOrFiner(b) || a.Span.End > b.Span.Start || bareClock(a) || a.Type == article.TypeTime && bareClock(b) {
			// 午前10時〜午後2時, 5日午前10時から正午: hours of one day,
			// no range of days
			continue
		}
		switch strings.TrimSpace(src[a.Span.End:b.Span.Start]) {
		case "〜", "～", "~", "-", "−", "から":
			return true
		}
	}
	return false
}

// dayGlosses count a day from the one the text tells, before the date
// that glosses them (前日の15日), with their offset in days.
var dayGlosses = []struct {
	word string
	off  int
}{{"前日", -1}, {"翌日", 1}, {"前々日", -2}, {"翌々日", 2}}

// glossedDay reports whether the expression at sp in src is a day counted
// from the one the text tells and glossed with its date (前日の15日): the
// date, with the offset of the word before it, or the word itself, with 0.
func glossedDay(src string, sp article.Span) (int, bool) {
	before, after := src[:sp.Start], src[sp.End:]
	for _, g := range dayGlosses {
		if strings.HasSuffix(before, g.word+"の") {
			return g.off, true
		}
		if rest, ok := strings.CutPrefix(after, "の"); ok && src[sp.Start:sp.End] == g.word {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十", r) {
				return 0, true
			}
		}
	}
	return 0, false
}

// dayBefore reports a word for the day or the night before the one the
// text tells used as a noun's modifier (前日の北浜市場, 前日の会見, 前夜か
// らの突風) or as a bound (前日までに, 前日から): a look back, not the day
// the text goes on from. after is the text that follows the word.
func dayBefore(word, after string) bool {
	if word != "前日" && word != "前々日" && word != "前夜" {
		return false
	}
	if strings.HasPrefix(after, "まで") || strings.HasPrefix(after, "から") && !strings.HasPrefix(after, "からの") {
		// 前日までに風がおさまり, 前日から待った: a bound counted back
		// from the day the text tells, which it goes on from.
		return true
	}
	rest, ok := strings.CutPrefix(after, "の")
	if !ok {
		rest, ok = strings.CutPrefix(after, "からの") // 前夜からの突風
	}
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r != utf8.RuneError && !unicode.IsDigit(r) && !strings.HasPrefix(rest, "夜") && !strings.HasPrefix(rest, "朝") &&
		!strings.HasPrefix(rest, "午") && !strings.HasPrefix(rest, "夕") && !strings.HasPrefix(rest, "未明")
}

// sameDay records a day t dates with its month (8月15日) and returns t,
// or, for a bare day (15日夜, 16日午後8時半) that the text has dated with
// its month before and that resolves to another day at most two months
// away, t moved to that day: the text speaks of the day again
// (港町の祭りは8月15日と16日に開かれる。…初日の15日夜に…).
func (st *state) sameDay(t article.Time) article.Time {
	if !t.Resolved() || len(t.Value) < len("2006-01-02") || !dayValueOf(t.Value) {
		return t
	}
	n, before, ok := leadingDay(t.Text)
	if !ok {
		return t
	}
	day := time.Date(t.Start.Year(), t.Start.Month(), t.Start.Day(), 0, 0, 0, 0, t.Start.Location())
	if strings.HasSuffix(before, "月") || before == "" && t.Anchor == article.AnchorPrevious && strings.HasPrefix(t.Text, strconv.Itoa(n)+"日") && st.monthChain(t) {
		// 8月15日, or 16日 in 8月15日と16日: a day with its month.
		if st.days == nil {
			st.days = map[int]time.Time{}
		}
		st.days[n] = day
		st.lastMonthDay = day
		return t
	}
	if before != "" {
		return t // 翌17日, 同15日: counted from another day
	}
	known, ok := st.days[n]
	if !ok || known.Equal(day) {
		return t
	}
	if !st.ref.IsZero() && st.ref.Before(known.AddDate(0, 0, 1)) != st.ref.Before(day.AddDate(0, 0, 1)) {
		// 3月28日に発表した。…28日に総会を開く: the report's day, and
		// a day ahead of it with the same number, a month on.
		return t
	}
	delta := int(math.Round(known.Sub(day).Hours() / 24))
	if delta == 0 || delta > maxSameDayShift || delta < -maxSameDayShift {
		return t
	}
	moved := t
	moved.Start, moved.End = t.Start.AddDate(0, 0, delta), t.End.AddDate(0, 0, delta)
	moved.Value = moved.Start.Format("2006-01-02") + t.Value[len("2006-01-02"):]
	return moved
}

// monthChain reports whether t, a bare day counted from the day before it,
// is in the month of the day sameDay recorded last: 16日 of 8月15日と16日.
func (st *state) monthChain(t article.Time) bool {
	return st.lastMonthDay.Year() == t.Start.Year() && st.lastMonthDay.Month() == t.Start.Month()
}

// maxSameDayShift bounds, in days, how far sameDay moves a bare day.
const maxSameDayShift = 62

// dayValueOf reports a value that names a day: 2025-08-15, 2025-08-15TNI.
func dayValueOf(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && v[8] >= '0' && v[8] <= '9' && (len(v) == 10 || v[10] == 'T')
}

// leadingDay reads the number of the day an expression names: the digits
// before its first 日 (15日夜 → 15, 8月15日 → 15), with what comes before
// them. ok is false when the text names no day that way or counts days
// (翌17日, 3日後).
func leadingDay(text string) (n int, before string, ok bool) {
	k := strings.Index(text, "日")
	if k <= 0 {
		return 0, "", false
	}
	j := k
	for j > 0 && text[j-1] >= '0' && text[j-1] <= '9' {
		j--
	}
	if after, _ := utf8.DecodeRuneInString(text[k+len("日"):]); j == k || k-j > 2 || after == '前' || after == '後' || after == '間' {
		return 0, "", false
	}
	n, _ = strconv.Atoi(text[j:k])
	return n, text[:j], n >= 1 && n <= 31
}

// sceneDay reports a glossed day set off by a comma as the time of its
// sentence (首相は前日の7日、港の視察に臨んだ。): the text goes on from
// it, and 同日 after it is that day.
func sceneDay(src string, sp article.Span) bool {
	return strings.HasPrefix(src[sp.End:], "、") || strings.HasPrefix(src[sp.End:], ",")
}

// namesThing reports whether a day followed by after names a thing of that
// day rather than the day the text goes on telling: a noun follows it
// with の (5月25日の下見では), or a clause in the past that ends on a
// noun (10日に壊れた橋, 8日夜に行った工事の). Parts of the day (12日の
// 夜) are the day itself.
func namesThing(after string) bool {
	// 本日12日の…: a word of the day glossed by its date names what the
	// date names.
	after = strings.TrimLeft(after, "0123456789０１２３４５６７８９年月日")
	if rest, ok := strings.CutPrefix(after, "の"); ok {
		r, _ := utf8.DecodeRuneInString(rest)
		for _, w := range dayParts {
			if strings.HasPrefix(rest, w) {
				return false
			}
		}
		return relativeHead(r) || r == '「' || r == '『' // 12日の「港町記念日」
	}
	return tense.ClauseOverNoun(after)
}

// dayParts are the words after 日の that name a part of that day.
var dayParts = []string{"夜", "朝", "午前", "午後", "夕", "未明", "昼", "深夜", "早朝", "日中", "晩"}

// storyBefore reports whether the last day told outside quotations is a
// day of the week before the document's own day: the day of a story told
// in the past.
func (st *state) storyBefore() bool {
	if st.lastDay == nil || st.ref.IsZero() || !st.lastDay.Resolved() || farFrom(*st.lastDay, st.ref) {
		return false
	}
	y, m, d := st.ref.In(st.lastDay.Start.Location()).Date()
	return st.lastDay.End.Compare(time.Date(y, m, d, 0, 0, 0, 0, st.lastDay.Start.Location())) <= 0
}

// farFrom reports whether t is more than a week away from ref; a zero ref
// is far from nothing.
func farFrom(t article.Time, ref time.Time) bool {
	if ref.IsZero() || !t.Resolved() {
		return false
	}
	d := t.Start.Sub(ref)
	return d > 7*24*time.Hour || d < -7*24*time.Hour
}
