package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// findContext is what resolving a piece of text needs besides the text.
type findContext struct {
	ref   time.Time      // document time (or the date of a quoted post)
	prev  *article.Time  // the time mentioned just before, for 翌日, 同日
	tense temporal.Tense // the tense of the statement
	loc   *time.Location
	// century: the article has written a full year, so two-digit years
	// standing alone (19年に) are years
	century bool
}

// engine holds the analyses Build relies on: finding and resolving
// temporal expressions, reading the tense of a predicate and normalizing a
// clause. Tests may swap them.
type engine struct {
	// find returns the temporal expressions of text, resolved; their spans
	// are byte offsets into text plus base.
	find func(text string, base int, fc findContext) []article.Time
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
			if sp.Len() == 0 && sp.Start == 0 {
				continue
			}
			if n == 0 {
				return ErrNoSource
			}
			if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
				return fmt.Errorf("%w: paragraph %d has [%d, %d), source is %d bytes", ErrSpan, pi, sp.Start, sp.End, n)
			}
		}
	}
	return nil
}

// state is one run of Build over one article.
type state struct {
	eng    engine
	a      *article.Article
	ref    time.Time
	loc    *time.Location
	prev   *article.Time
	actors []actorMention
	// top lists the indices of the outer quotations (Depth 0) ordered by
	// start, and topEnd[i] the largest end among top[:i+1].
	top    []int
	topEnd []int
	events []Event
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
	// episodeYear is the year a paragraph has turned to (2009年の夏は…,
	// 61年前の3月), years before the reference, and episodePara that
	// paragraph; 0 when none.
	episodeYear int
	episodePara int
	episodeSent int // the sentence that gave episodeYear
	sentences   int // sentences read so far
}

func (eng engine) build(a *article.Article, cfg config) *Timeline {
	st := &state{eng: eng, a: a, ref: documentTime(a, cfg.ref), loc: cfg.loc}
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
	for pi, p := range a.Paragraphs {
		sents := p.Sentences
		if len(sents) == 0 && p.Span.Len() > 0 {
			sents = []article.Sentence{{Text: p.Text, Span: p.Span}}
		}
		for _, s := range sents {
			st.sentence(pi, p, s)
		}
	}
	return order(st.events)
}

// indexQuotes fills st.top and st.topEnd.
func (st *state) indexQuotes() {
	for qi, q := range st.a.Quotes {
		if q.Depth == 0 {
			st.top = append(st.top, qi)
		}
	}
	slices.SortStableFunc(st.top, func(x, y int) int {
		return cmp.Compare(st.a.Quotes[x].Span.Start, st.a.Quotes[y].Span.Start)
	})
	st.topEnd = make([]int, len(st.top))
	end := 0
	for i, qi := range st.top {
		end = max(end, st.a.Quotes[qi].Span.End)
		st.topEnd[i] = end
	}
}

// documentTime is the time deictic words resolve against: the published
// time, else the updated time, else the caller's reference.
func documentTime(a *article.Article, ref time.Time) time.Time {
	for _, t := range []*article.Time{a.Published, a.Updated} {
		if t != nil && !t.Start.IsZero() {
			return t.Start
		}
	}
	return ref
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

// region is the part of a sentence covered by a quotation.
type region struct {
	quote int
	span  article.Span
}

// relInfo describes an expression that dates one event from another
// (Bした翌日に): its offset and where the clause of B starts.
type relInfo struct {
	unit   byte
	n      int
	bStart int
	noun   bool // B is a noun phrase joined by の (会談の翌日)
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

	pre := st.times(raw, base, findContext{ref: st.ref, prev: st.prev, loc: st.loc, century: st.century})
	var outside []article.Time
	inside := map[int][]article.Time{}
	fullYear := false
	for _, e := range pre {
		fullYear = fullYear || writesFullYear(e.Text)
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
		got := st.resolveClause(text, c, points, s.Span.End)
		for gi, g := range got {
			// A day resolved from an earlier date of the sentence (4月12日
			// 告示、19日投開票) keeps that reading: the clause alone lacks it.
			for _, e := range pre {
				if e.Span == g.Span && e.Anchor == article.AnchorPrevious && g.Anchor != article.AnchorPrevious {
					got[gi] = e
				}
			}
		}
		for _, g := range got {
			if !c.Contains(g.Span) || inRegion(g.Span) >= 0 {
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
			resolvedMains = append(resolvedMains, g)
			if g.Resolved() && (g.Type == article.TypeDate || g.Type == article.TypeTime) {
				cp := g
				st.prev = &cp
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
		// sentence itself, against the time mentioned before.
		ev := Event{When: g, Paragraph: pi, Span: s.Span, Text: s.Text}
		sentEvents = append(sentEvents, ev)
	}

	// Quotations: 本日 inside a post or statement means the day it was made.
	scope := statementDate(resolvedMains)
	for ri, r := range regions {
		exprs := inside[ri]
		if len(exprs) == 0 {
			continue
		}
		sc := scopeFor(resolvedMains, r.span)
		if sc == nil && st.leadIn != nil && strings.TrimSpace(src[s.Span.Start:r.span.Start]) == "" {
			sc = st.leadIn
		}
		if sc == nil && st.lastDay != nil && st.lastDayPara == pi {
			// A quotation in an undated sentence was spoken at the time
			// the paragraph last gave (式典は2日…。館長は式典で「本日…」).
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
			fc := findContext{ref: st.ref, prev: st.prev, loc: st.loc, century: st.century}
			fc.tense = st.eng.tense(src[first.Span.End:qs.End])
			if sc != nil {
				fc.ref = sc.Start
				fc.prev = sc
			}
			text := qs.In(src)
			for _, g := range st.times(text, qs.Start, fc) {
				if !qs.Contains(g.Span) {
					continue
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
	st.anchorEpisode(pi, sentEvents)
	if linkLine(raw) {
		// (参考リンク:…来年リリース): a title of another article
		for i := range sentEvents {
			sentEvents[i].Generic = true
		}
	} else if habitual(raw) {
		for i := range sentEvents {
			e := &sentEvents[i]
			e.Generic = e.Generic || habitual(e.Span.In(src)) && partialTime(e.When)
		}
	}
	sentEvents = mergeParenthesized(src, sentEvents)
	sentEvents = mergeApposed(src, sentEvents)
	sentEvents = attachDurations(sentEvents)
	for i := range sentEvents {
		sentEvents[i].Actors = st.actorsOf(sentEvents[i])
	}
	st.events = append(st.events, sentEvents...)
}

// resolveClause finds the expressions of one clause, each resolved with
// the tense of the predicate that governs it: 13日、11月に訪問すると発表した
// reads 13日 as past and 11月 as future.
func (st *state) resolveClause(text string, c article.Span, points []article.Time, sentEnd int) []article.Time {
	src := st.a.Source
	tenses := map[article.Span]temporal.Tense{}
	first, firstSet := temporal.Unknown, false
	for _, m := range points {
		if !c.Contains(m.Span) {
			continue
		}
		t := st.eng.tense(src[m.Span.End:sentEnd])
		tenses[m.Span] = t
		if !firstSet {
			first, firstSet = t, true
		}
	}
	fc := findContext{ref: st.ref, prev: st.prev, tense: first, loc: st.loc, century: st.century}
	got := st.times(text, c.Start, fc)
	others := map[temporal.Tense][]article.Time{}
	for i, g := range got {
		t, ok := tenses[g.Span]
		if !ok || t == first {
			continue
		}
		if _, done := others[t]; !done {
			fc.tense = t
			others[t] = st.times(text, c.Start, fc)
		}
		for _, o := range others[t] {
			if o.Span == g.Span {
				got[i] = o
				break
			}
		}
	}
	return got
}

func overlapsRel(rels map[article.Span]relInfo, sp article.Span) (article.Span, bool) {
	for rs := range rels {
		if rs.Start < sp.End && sp.Start < rs.End {
			return rs, true
		}
	}
	return article.Span{}, false
}

// dayOrFiner reports whether t is resolved to a day or less.
func dayOrFiner(t article.Time) bool {
	if !t.Resolved() || (t.Type != article.TypeDate && t.Type != article.TypeTime) {
		return false
	}
	return t.End.Sub(t.Start) <= 25*time.Hour
}

// statementDate returns the first expression of a sentence that can date
// a statement made in it: a resolved day or time.
func statementDate(mains []article.Time) *article.Time {
	for i := range mains {
		if dayOrFiner(mains[i]) {
			return &mains[i]
		}
	}
	return nil
}

// scopeFor returns the date of the statement that holds a quotation: the
// nearest day before the quotation in the same sentence, else the nearest
// after it.
func scopeFor(mains []article.Time, q article.Span) *article.Time {
	var best *article.Time
	for i := range mains {
		m := &mains[i]
		if !dayOrFiner(*m) {
			continue
		}
		if m.Span.End <= q.Start {
			best = m
		}
	}
	if best != nil {
		return best
	}
	for i := range mains {
		if dayOrFiner(mains[i]) && mains[i].Span.Start >= q.End {
			return &mains[i]
		}
	}
	return nil
}

// leadIns are the words that announce a quotation in the next sentence.
var leadIns = []string{"次のように", "以下のように", "こう述べ", "こう語", "こう記", "こうつづ", "こう投稿", "次の通り", "次のとおり"}

func introducesQuote(raw string) bool {
	for _, w := range leadIns {
		if strings.Contains(raw, w) {
			return true
		}
	}
	return false
}

// pickOther returns the day-or-finer expression nearest to b that lies
// outside b: the event that b's relative expression counts from.
func pickOther(mains []article.Time, b article.Span) (article.Time, bool) {
	best, bestDist := -1, 0
	for i, m := range mains {
		if !dayOrFiner(m) || b.Contains(m.Span) {
			continue
		}
		dist := b.Start - m.Span.End
		if m.Span.Start >= b.End {
			dist = m.Span.Start - b.End
		}
		dist = max(dist, -dist)
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return article.Time{}, false
	}
	return mains[best], true
}

// relative reports whether e counts from another event named just before
// it (発表した翌日, 会談の前日) and returns where that event's clause starts.
func (st *state) relative(raw string, base int, e article.Time, outside []article.Time) (relInfo, bool) {
	unit, n, ok := relOffset(e.Text)
	if !ok {
		return relInfo{}, false
	}
	off := e.Span.Start - base
	if off <= 0 || off > len(raw) {
		return relInfo{}, false
	}
	prev, size := utf8.DecodeLastRuneInString(raw[:off])
	noun := false
	switch {
	case strings.ContainsRune("たるいだ", prev):
		before, _ := utf8.DecodeLastRuneInString(raw[:off-size])
		if !isHiragana(before) && !unicode.Is(unicode.Han, before) && !unicode.Is(unicode.Katakana, before) {
			return relInfo{}, false
		}
	case prev == 'の':
		before, _ := utf8.DecodeLastRuneInString(raw[:off-size])
		if !unicode.Is(unicode.Han, before) && !unicode.Is(unicode.Katakana, before) {
			return relInfo{}, false
		}
		for _, o := range outside {
			if o.Span.End == e.Span.Start-size {
				return relInfo{}, false // 28日の翌日: counts from a date
			}
		}
		noun = true
	default:
		return relInfo{}, false
	}
	ri := relInfo{unit: unit, n: n, bStart: base, noun: noun}
	// The clause of B starts after the topic (Aは、) or at the sentence start,
	// and never includes another date.
	for _, b := range boundaries(raw[:off], base) {
		if b.score == 2 {
			ri.bStart = b.end
		}
	}
	for _, o := range outside {
		if o.Span == e.Span || o.Span.Start < ri.bStart || o.Span.End > e.Span.Start {
			continue
		}
		ri.bStart = o.Span.End
		for _, b := range boundaries(raw[o.Span.End-base:off], o.Span.End) {
			ri.bStart = b.end
			break
		}
	}
	return ri, true
}

// trimSpan drops surrounding spaces (and a final の of a noun phrase) from
// a span of src.
func trimSpan(src string, sp article.Span, noun bool) article.Span {
	s := sp.In(src)
	if s == "" {
		return sp
	}
	l := len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isComma(fold(r)) }))
	s = s[l:]
	if noun {
		s = strings.TrimSuffix(s, "の")
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return article.Span{Start: sp.Start + l, End: sp.Start + l + len(s)}
}

// segment cuts a sentence into the clauses of its dated statements: when
// two expressions follow each other, the strongest clause boundary between
// them (a conjunction, a continuative verb, a topic) separates their
// statements; expressions with no boundary between them share one.
func segment(raw string, base int, mains []article.Time) []article.Span {
	whole := article.Span{Start: base, End: base + len(raw)}
	if len(mains) < 2 {
		return []article.Span{whole}
	}
	ms := slices.Clone(mains)
	slices.SortFunc(ms, func(a, b article.Time) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	bs := boundaries(raw, base)
	var cuts []boundary
	for i := 1; i < len(ms); i++ {
		lo, hi := ms[i-1].Span.End, ms[i].Span.Start
		best := -1
		for j, b := range bs {
			// A comma right after the first expression (12月中旬、…) sets it
			// off as an adverbial of what follows: no cut there.
			if b.off > lo && b.end <= hi && (best < 0 || b.score >= bs[best].score) {
				best = j
			}
		}
		if best >= 0 {
			cuts = append(cuts, bs[best])
		}
	}
	var out []article.Span
	start := base
	for _, c := range cuts {
		out = append(out, trimRel(raw, base, start, c.off))
		start = c.end
	}
	out = append(out, trimRel(raw, base, start, base+len(raw)))
	return out
}

// quoteSentences splits the inside of a quotation (span includes the
// brackets) into its sentences, as parse splits paragraphs (doc.Split).
func quoteSentences(src string, q article.Span) []article.Span {
	text := q.In(src)
	if text == "" {
		return nil
	}
	start, end := 0, len(text)
	if r, n := utf8.DecodeRuneInString(text); isBracket(r, true) {
		start = n
	}
	if r, n := utf8.DecodeLastRuneInString(text); end-n >= start && isBracket(r, false) {
		end -= n
	}
	var out []article.Span
	for _, r := range doc.Split(text[start:end]) {
		sp := article.Span{Start: q.Start + start + r[0], End: q.Start + start + r[1]}
		out = append(out, trimSpan(src, sp, false))
	}
	return out
}

// isBracket reports whether r is an opening (open) or closing bracket.
func isBracket(r rune, open bool) bool {
	_, o, ok := doc.BracketOf(fold(r))
	return ok && o == open
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
			out[n-1].Also = append(out[n-1].Also, e.When)
			continue
		}
		out = append(out, e)
	}
	return out
}

// mergeApposed joins two expressions of one statement written as one
// (前日の12日, 同日の28日): the later, explicit one dates the event. The
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
				src[p.When.Span.End:e.When.Span.Start] == "の" && isAnaphoricDay(p.When.Text) && e.When.Resolved() {
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

// trimRel trims the span [start, end) of a text whose first byte is at
// base in the source.
func trimRel(raw string, base, start, end int) article.Span {
	sp := trimSpan(raw, article.Span{Start: start - base, End: end - base}, false)
	return article.Span{Start: sp.Start + base, End: sp.End + base}
}

// isAnaphoricDay reports whether text is a day counted from another mention
// (前日, 翌日, 同日, 当日), the words that can stand in apposition before the
// date they name (前日の2日).
func isAnaphoricDay(text string) bool {
	switch text {
	case "前日", "翌日", "同日", "当日", "その日", "その翌日", "その前日":
		return true
	}
	return false
}

// habitualWords mark a statement of what usually or repeatedly happens.
var habitualWords = []string{
	"例年", "毎年", "毎週", "毎月", "毎日", "毎朝", "毎晩", "普段", "いつも", "通常", "平日", "定休日", "休業日",
	"営業時間", "受付時間", "開館時間", "診療時間", "たいてい", "大抵", "恒例", "習慣", "ごとに", "原則として",
	"のが常", "ことが多い", "ことにしている", "ようにしている",
}

// habitual reports whether a sentence states a habit or a schedule.
func habitual(raw string) bool {
	for _, w := range habitualWords {
		if strings.Contains(raw, w) {
			return true
		}
	}
	return false
}

// deicticLead are the first characters of words that name one time
// relative to the document or a mention (今年, 昨日, 来週, 翌日, 同日).
const deicticLead = "今昨来先本明翌前同当去一再その"

// partialTime reports whether t leaves its year to the reference: a month,
// day, weekday, holiday or clock time written alone (3月, 土曜12時), which
// a habitual statement does not place on one date.
func partialTime(t article.Time) bool {
	if t.Type != article.TypeDate && t.Type != article.TypeTime {
		return false
	}
	if t.Anchor != article.AnchorDocument && t.Anchor != article.AnchorPrevious {
		return false
	}
	if strings.Contains(t.Text, "年") || strings.Contains(t.Text, "年度") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return !strings.ContainsRune(deicticLead, r)
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
