package temporal

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize"
)

// Context is what expressions are resolved against.
type Context struct {
	// Ref is the document time: the article's published time or a
	// reference the caller gives. The zero Time means unknown: values then
	// carry X for what only the reference could tell (XXXX-12-28).
	Ref time.Time
	// RefClock says Ref holds a time of day the document gives (published
	// 9時01分), not only a day: hours, minutes and seconds counted from
	// now (3時間前, 30分後) are then read against it when the text names
	// no time of day before them. Without it they stay unread, as a day
	// has no clock to count from.
	RefClock bool
	// Previous is the last resolved time mentioned before the text, for
	// anaphoric words (翌日, 同日, 前日, 翌月, 同年, その2日後). Nil means none:
	// those words then fall back to Ref, with anchor "document".
	Previous *article.Time
	// PreviousDay is the last day or time mentioned before the text, when
	// Previous is coarser (19日…先月より募集していた。 この日…): 同日 and この
	// 日 count from it. Nil means the day of Previous, if it has one.
	PreviousDay *article.Time
	// StoryDay, when not nil, is the day the document tells of while
	// PreviousDay only names a thing of an earlier day (10日に壊れた橋,
	// 前夜に行った工事): a time of day standing alone before any
	// day of the text (午後8時ごろから, 夜には) is of StoryDay, the day the
	// narration comes back to, not of the day looked back on. Nil means
	// none: such times take PreviousDay as usual.
	StoryDay *article.Time
	// Tense is the tense of the statement. Unknown lets Find guess it for
	// each expression from the words around it.
	Tense Tense
	// TenseAt, when not nil and Tense is Unknown, gives the tense of the
	// predicate that governs the expression at text[start:end] (byte
	// offsets into the text given to Find), for a caller that reads
	// predicates better than Find's guess or that knows a text holds
	// several statements: one scan then resolves each expression with its
	// own tense. It is asked only about expressions whose value depends on
	// the tense; an Unknown answer lets Find guess.
	TenseAt func(start, end int) Tense
	// Loc is the location of the resolved intervals. Nil means Japan
	// (+09:00).
	Loc *time.Location
	// ShortYears says the document has already written a full year (2019年,
	// 令和5年) before the text, so that a two-digit year standing alone
	// (19年に, 23年度) is read as a year of the century nearest the
	// reference. Without it, two-digit years are read only before a month
	// (22年2月期) or after a full year in the same text.
	ShortYears bool
	// Era is the era of the last era year written before the text (昭和
	// after 昭和48年), which 同 and a year (同55年) repeat. Empty means
	// none: 同55年 is then read only after an era year in the same text.
	Era string
	// RangeFrom, when not nil, is the first day of the range of days whose
	// last day is Previous (5月9日 of 5月9日から25日まで): 初日 after it is
	// that day and 最終日 Previous. Nil means Previous ends no range.
	RangeFrom *article.Time
}

// Range says that two found expressions are the two ends of one range
// (12月22日から28日まで, 22日〜25日, 10月上旬から中旬にかけて). From and To
// index the []article.Time they were returned with. The end of a range takes
// the year and month its start gives when it does not write them.
type Range struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Result is what [Scan] finds in a text: the expressions in source order,
// and which of them form ranges.
type Result struct {
	Times  []article.Time
	Ranges []Range
}

// Find returns every temporal expression in text, resolved against ctx, in
// source order. Each resolved date or time becomes the previous mention for
// the expressions after it. Spans are byte offsets into text.
func Find(text string, ctx Context) []article.Time {
	return Scan(text, ctx).Times
}

// Scan is [Find] that also reports ranges: a caller that reads a document
// a piece at a time passes the start of a range that ends the piece on as
// the next piece's Context.RangeFrom.
func Scan(text string, ctx Context) Result {
	r := NewResolver(ctx.Ref, WithLocation(ctx.Loc), WithRefClock(ctx.RefClock))
	if ctx.PreviousDay != nil {
		if p, ok := parsePoint(ctx.PreviousDay.Value); ok && p.g >= gDay {
			r.prevDay, r.hasDay = p, true
		}
	}
	if ctx.Previous != nil {
		r.SetPrevious(*ctx.Previous)
		if ctx.RangeFrom != nil && r.hasPrev && r.prev.g >= gDay {
			if p, ok := parsePoint(ctx.RangeFrom.Value); ok && p.g >= gDay {
				r.rangeFrom, r.rangeTo, r.hasRange = p, r.prev, true
			}
		}
	}
	if ctx.StoryDay != nil {
		if p, ok := parsePoint(ctx.StoryDay.Value); ok && p.g >= gDay && p.known() {
			r.story, r.hasStory = p, true
		}
	}
	r.century = ctx.ShortYears
	if e, ok := normalize.LookupEra(ctx.Era); ok && len(ctx.Era) == len(e.Name) {
		r.lastEra = e.Name
	}
	return r.scan(text, 0, ctx.Tense, ctx.TenseAt)
}

// Option configures a [Resolver].
type Option func(*Resolver)

// WithLocation sets the location of resolved intervals (default Japan,
// +09:00). A nil location keeps the default.
func WithLocation(loc *time.Location) Option {
	return func(r *Resolver) {
		if loc != nil {
			r.loc = loc
		}
	}
}

// WithRefClock says whether the reference time holds a time of day the
// document gives (see [Context.RefClock]).
func WithRefClock(on bool) Option {
	return func(r *Resolver) { r.refClock = on }
}

// Resolver finds expressions in the sentences of one document, in order,
// carrying the previous mention from one call to the next so that 翌日 in a
// sentence follows the date of the sentence before. A Resolver is not safe
// for concurrent use; use one per document.
type Resolver struct {
	ref     time.Time
	loc     *time.Location
	prev    point
	hasPrev bool
	prevDay point
	hasDay  bool
	century bool // a full year has been written: two-digit years are years
	// refClock: ref holds the document's time of day.
	refClock bool
	// story is Context.StoryDay, for the next scan only.
	story    point
	hasStory bool
	// rangeFrom, rangeTo and hasRange: the last range of days read (初日);
	// lastEra: the era of the last era year read (同55年).
	rangeFrom, rangeTo point
	hasRange           bool
	lastEra            string
	// namedMonth and namedYear: see scanner.namedMonth.
	namedMonth, namedYear       point
	hasNamedMonth, hasNamedYear bool
	// lead, leadScan, prevScan and scans: see scanner.lead.
	lead                      point
	hasLead, leadLast         bool
	leadScan, prevScan, scans int
}

// NewResolver returns a Resolver for a document with reference time ref
// (zero when unknown).
func NewResolver(ref time.Time, opts ...Option) *Resolver {
	r := &Resolver{loc: japan}
	for _, o := range opts {
		o(r)
	}
	if !ref.IsZero() {
		r.ref = ref.In(r.loc)
	}
	return r
}

// SetPrevious makes t the previous mention. A t whose value cannot be read
// back (a duration, a set, an unknown year) clears it.
func (r *Resolver) SetPrevious(t article.Time) {
	p, ok := parsePoint(t.Value)
	r.prev, r.hasPrev = p, ok
	if ok && p.g >= gDay {
		r.prevDay, r.hasDay = p, true
	}
}

// Previous returns the last resolved date or time the Resolver has seen, as
// a value, and whether there is one.
func (r *Resolver) Previous() (string, bool) {
	if !r.hasPrev {
		return "", false
	}
	return r.prev.value(), true
}

// Find returns the expressions of text, resolved; base is added to every
// span (the offset of text in the document). tense is the statement's tense
// (Unknown to guess it).
func (r *Resolver) Find(text string, base int, tense Tense) []article.Time {
	return r.Scan(text, base, tense).Times
}

// Scan is [Resolver.Find] that also reports ranges.
func (r *Resolver) Scan(text string, base int, tense Tense) Result {
	return r.scan(text, base, tense, nil)
}

// scan is Scan with the per-expression tense of [Context.TenseAt].
func (r *Resolver) scan(text string, base int, tense Tense, tenseAt func(start, end int) Tense) Result {
	norm, m := normalizeText(text)
	sc := scanner{s: norm, ref: r.ref, hasRef: !r.ref.IsZero(), refClock: r.refClock && !r.ref.IsZero(), loc: r.loc, tense: tense,
		prev: r.prev, hasPrev: r.hasPrev, prevDay: r.prevDay, hasDay: r.hasDay, century: r.century, story: r.story, hasStory: r.hasStory,
		rangeFrom: r.rangeFrom, rangeTo: r.rangeTo, hasRange: r.hasRange, lastEra: r.lastEra,
		namedMonth: r.namedMonth, namedYear: r.namedYear, hasNamedMonth: r.hasNamedMonth, hasNamedYear: r.hasNamedYear,
		lead: r.lead, hasLead: r.hasLead, leadLast: r.leadLast, leadScan: r.leadScan, prevScan: r.prevScan, scanNo: r.scans}
	r.scans++
	r.hasStory = false
	if tenseAt != nil && tense == Unknown {
		sc.tenseAt = func(start, end int) Tense {
			sp := m.span(start, end)
			return tenseAt(sp.Start, sp.End)
		}
	}
	sc.scan()
	r.century = sc.century
	r.prev, r.hasPrev = sc.prev, sc.hasPrev
	r.prevDay, r.hasDay = sc.prevDay, sc.hasDay
	r.rangeFrom, r.rangeTo, r.hasRange, r.lastEra = sc.rangeFrom, sc.rangeTo, sc.hasRange, sc.lastEra
	r.namedMonth, r.namedYear, r.hasNamedMonth, r.hasNamedYear = sc.namedMonth, sc.namedYear, sc.hasNamedMonth, sc.hasNamedYear
	r.lead, r.hasLead, r.leadLast, r.leadScan, r.prevScan = sc.lead, sc.hasLead, sc.leadLast, sc.leadScan, sc.prevScan
	res := Result{Times: make([]article.Time, 0, len(sc.hits)), Ranges: sc.ranges}
	for _, h := range sc.hits {
		t := h.t
		sp := m.span(h.start, h.end)
		t.Text = text[sp.Start:sp.End]
		t.Span = article.Span{Start: sp.Start + base, End: sp.End + base}
		res.Times = append(res.Times, t)
	}
	return res
}

// scanStops holds the runes at which scan has work: the triggers and the
// quotation brackets. One look-up passes over the other runes, most of the
// text, without the tests that follow.
var scanStops = func() *runeSet {
	m := *triggers
	for _, r := range "「『」』" {
		m.add(r)
	}
	return &m
}()

// scan finds every expression of sc.s.
func (sc *scanner) scan() {
	s := sc.s
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			// Most runes here are kana or kanji, decoded inline; runeAt,
			// a call, takes the others.
			if r = kanaKanjiAt(s, i); r != 0 {
				size = 3
			} else {
				r, size = runeAt(s, i)
			}
		}
		if !scanStops.has(r) {
			i += size
			continue
		}
		switch r {
		case '「', '『':
			if sc.depth == 0 && sc.hasLocal && sc.local.g >= gDay && !tense.OwnClause(s[min(sc.localEnd, i):i]) {
				sc.quote, sc.hasQuote = sc.local, true
			}
			if sc.depth == 0 {
				sc.outer = sc.saveMentions()
			}
			sc.depth++
		case '」', '』':
			if sc.depth > 0 {
				sc.depth--
				if sc.depth == 0 {
					sc.restoreMentions(sc.outer)
				}
			}
			if sc.depth == 0 {
				sc.hasQuote = false
			}
		}
		if !isTrigger(r) || lexicalMiss(s, i, r) || holidayOnly.has(r) && !holidayNamed(s, i) || (r == 'A' || r == 'P' || r == 'a' || r == 'p') && !meridiemAt(s, i) ||
			(r == 'M' || r == 'T' || r == 'S' || r == 'H' || r == 'R') && !eraLetterAt(s, i) {
			i += size
			continue
		}
		num := isDigit(c) || isKanjiDigit(r)
		if num && !sc.leftOK(i) {
			i = sc.skipNumber(i)
			continue
		}
		if end, ok := sc.expr(i); ok && end > i {
			i = end
			continue
		}
		if num {
			i = sc.skipNumber(i)
			continue
		}
		i += size
	}
}

// push records h. A long list doubles when full: append grows a long
// slice by a quarter at a time, which on a text of millions of
// expressions allocates several times the list's own size.
func (sc *scanner) push(h hit) {
	if len(sc.hits) == cap(sc.hits) && cap(sc.hits) >= 256 {
		grown := make([]hit, len(sc.hits), 2*cap(sc.hits))
		copy(grown, sc.hits)
		sc.hits = grown
	}
	sc.hits = append(sc.hits, h)
}

// expr finds an expression at i and records it; it returns its end.
func (sc *scanner) expr(i int) (int, bool) {
	s := sc.s
	zone := ""
	j := i
	if c, _ := runeAt(s, i); !zoneFirst.has(c) {
		// no zone word
	} else if e, w := oneOf(s, i, zoneWords...); e >= 0 {
		zone, j = w, e
		if hasAt(s, j, "の") {
			j += len("の")
		}
	}
	r0, _ := runeAt(s, j)
	if r0 == '毎' {
		if t, e, ok := sc.set(j); ok {
			t, e = setFreq(sc.s, t, e)
			sc.add(j, e, t)
			if t.Quant == "EVERY" {
				// 毎年6月から8月にかけて: the end of the range repeats too.
				if k, sp2, ok := sc.rangeEnd(e); ok {
					if v := everyEnd(sp2); v != "" {
						n := len(sc.hits)
						sc.add(sp2.start, sp2.end, article.Time{Type: article.TypeSet, Value: v, Quant: "EVERY", Anchor: article.AnchorNone})
						sc.ranges = append(sc.ranges, Range{From: n - 1, To: n})
						return k, true
					}
				}
			}
			return e, true
		}
	}
	if !freqOpens(r0) {
		// not a frequency
	} else if t, e, ok := sc.freqSet(j); ok {
		sc.add(j, e, t)
		return e, true
	}
	if e, ok := sc.durRange(j); ok {
		return e, true
	}
	if r0 == '第' || r0 == 'Q' || r0 == '上' || r0 == '下' {
		if sub, g, e, ok := partAlone(s, j); ok {
			sc.addPart(j, e, sub, g)
			return e, true
		}
		if r0 == '第' || r0 == 'Q' {
			return i, false
		}
	}
	if !durationOpens(r0, true) {
		// no prefixed duration
	} else if t, e, ok := sc.duration(j, true); ok && !sc.hedgedRel(j) {
		t, e = everyLength(s, t, e)
		sc.add(j, e, t)
		return e, true
	}
	if sp, ok := sc.date(j, false); ok {
		if sc.hasPending {
			sc.push(sc.pending)
			sc.hasPending = false
		}
		if sp.skip {
			return sp.end, true
		}
		if zone != "" {
			sp.zone = zone
		}
		k, sp2, isRange := sc.rangeEnd(sp.end)
		sc.era = ""
		if isRange && lengthAfter(sc.s, k) && sp.d > 0 && sp2.d > 0 && sp.m == 0 && sp2.m == 0 && sp.rel == nil {
			// 3日から4日掛かる: two lengths, not two dates
			for _, x := range []spec{sp, sp2} {
				sc.add(x.start, x.end, article.Time{Type: article.TypeDuration, Value: "P" + strconv.Itoa(x.d) + "D", Anchor: article.AnchorNone})
			}
			return k, true
		}
		p, anchor := sc.resolve(&sp, nil)
		if isRange && sp.partial() && sc.hasRef && sc.tenseOf(&sp) == Future {
			// A planned range may already have begun (12月28日から1月4日まで
			// 休業する): keep the latest start not after the reference when
			// the range it opens ends after the reference.
			sp.force = Past
			pp, aa := sc.resolve(&sp, nil)
			end2 := sp2
			q, _ := sc.resolve(&end2, &pp)
			if _, e, ok := q.interval(end2.mod, sc.loc); ok && e.After(sc.ref) {
				p, anchor = pp, aa
			}
			sp.force = Unknown
		}
		sc.addPoint(&sp, p, anchor)
		end := sp.end
		if isRange {
			sc.fromAnchor = anchor
			from := p
			sp2.zone = zone
			q, a2 := sc.resolve(&sp2, &from)
			n := len(sc.hits)
			if !sp.hasY && sp.rel == nil && !sp.isRelN && sp.m > 0 && sp2.hasY && p.known() && q.known() && p.y > q.y {
				// 1月1日から2025年12月31日まで: the start takes the year
				// of the end.
				p.y = q.y
				if p.m > q.m {
					p.y--
				}
				if _, _, ok := p.interval(sp.mod, sc.loc); ok && (p.g < gDay || p.d <= daysIn(p.y, p.m)) {
					sc.hits = sc.hits[:n-1]
					sc.addPoint(&sp, p, anchor)
				}
			}
			sc.addPoint(&sp2, q, a2)
			sc.ranges = append(sc.ranges, Range{From: n - 1, To: n})
			if p.g >= gDay && q.g >= gDay {
				sc.rangeFrom, sc.rangeTo, sc.hasRange = p, q, true
			}
			end = k
		}
		return end, true
	}
	if !durationOpens(r0, false) {
		// no duration
	} else if t, e, ok := sc.duration(j, false); ok {
		t, e = everyLength(s, t, e)
		sc.add(j, e, t)
		return e, true
	}
	return i, false
}

// partAlone reads a part of a year that no year precedes at i: a
// quarter (第1四半期, Q3) or a half (上半期, 下期). It returns the part,
// its granularity and its end.
func partAlone(s string, i int) (sub int, g gran, end int, ok bool) {
	if e, w := oneOf(s, i, halfWords...); e >= 0 {
		if before := runeBefore(s, i); unicode.Is(unicode.Han, before) && len(w) == len("上期") || hasAt(s, e, "間") {
			return 0, gNone, i, false // 以上期間, 売上期待: another word
		}
		if strings.HasPrefix(w, "上") {
			return 1, gHalf, e, true
		}
		return 2, gHalf, e, true
	}
	if k, _ := oneOf(s, i, "第"); k >= 0 {
		if n, ok := numAt(s, k); ok && n.end > k && n.v >= 1 && n.v <= 4 && hasAt(s, n.end, "四半期") {
			return n.v, gQuarter, n.end + len("四半期"), true
		}
	} else if i+1 < len(s) && s[i] == 'Q' && s[i+1] >= '1' && s[i+1] <= '4' {
		// Q3 alone, not inside a code or a word (Q3X, EQ1, Q10)
		prev, next := runeBefore(s, i), rune(0)
		if i+2 < len(s) {
			next = rune(s[i+2])
		}
		if !isASCIILetter(prev) && !(prev >= '0' && prev <= '9') && !isASCIILetter(next) && !(next >= '0' && next <= '9') && next != '.' && next != '-' {
			return int(s[i+1] - '0'), gQuarter, i + 2, true
		}
	}
	return 0, gNone, i, false
}

// halfWords name a half of a year with no year before them.
var halfWords = []string{"上半期", "下半期", "上期", "下期"}

// addPart records a part of a year written alone (下半期, 第3四半期). After
// a year, a fiscal year or another part of one (今年度上半期は…下半期は…)
// it is a part of that year, calendar or fiscal as that one is; else which
// year, and whether calendar or fiscal, the words do not tell: the value
// keeps the year unknown (XXXX-Q1) and no interval is given.
func (sc *scanner) addPart(start, end, sub int, g gran) {
	if p := sc.prev; sc.hasPrev && !p.xy && p.y > 0 && (p.g == gYear || p.g == gFY || p.g == gHalf || p.g == gQuarter) {
		sp := spec{start: start, end: end}
		sc.addPoint(&sp, point{g: g, y: p.y, sub: sub, fy: p.g == gFY || p.fy, fyEnd: p.fyEnd}, article.AnchorPrevious)
		return
	}
	v := "XXXX-H"
	if g == gQuarter {
		v = "XXXX-Q"
	}
	sc.add(start, end, article.Time{Type: article.TypeDate, Value: v + strconv.Itoa(sub), Anchor: article.AnchorNone})
}

// everyEnd returns the value of the end of a range that a set opens (毎年6月
// から8月: XXXX-08; 毎週土曜日から日曜日: XXXX-WXX-7), or "" when the end
// names a year or a relative time of its own.
func everyEnd(sp spec) string {
	if sp.hasY || sp.rel != nil || sp.isRelN || sp.hol != nil || sp.tg != 0 {
		return ""
	}
	switch {
	case sp.m > 0 && sp.d > 0:
		return "XXXX-" + two(sp.m) + "-" + two(sp.d)
	case sp.m > 0:
		return "XXXX-" + two(sp.m)
	case sp.wd > 0 && sp.d == 0:
		return "XXXX-WXX-" + strconv.Itoa(sp.wd)
	}
	return ""
}

// rangeEnd reads the end of a range after an expression ending at i:
// から…まで, から…にかけて, 〜…. It returns the end of the whole range.
func (sc *scanner) rangeEnd(i int) (int, spec, bool) {
	s := sc.s
	k, w := oneOf(s, i, "から", "〜", "~", "～", "-", "–", "ー")
	if k < 0 {
		return i, spec{}, false
	}
	if w == "ー" || w == "-" || w == "–" {
		// a dash joins two dates only when the next starts with a numeral
		if n, ok := numAt(s, k); !ok || n.end == k {
			return i, spec{}, false
		}
	}
	if hasAt(s, k, "同") {
		if n, ok := numAt(s, k+len("同")); ok && n.end > k+len("同") {
			k += len("同") // 午後1時半から同3時半: 同 repeats the start's part of day
		}
	}
	sp, ok := sc.date(k, true)
	if !ok || sp.skip {
		return i, spec{}, false
	}
	if sp.rel != nil && sp.rel.g <= gFY && hasAt(s, sp.end, "の") {
		// 27日から今季の貸し出しを始める: the year names the thing begun, no
		// end of a range.
		return i, spec{}, false
	}
	// The particle that closes the range (まで, にかけて) stays outside it.
	return sp.end, sp, true
}

// add records a found duration or set.
func (sc *scanner) add(start, end int, t article.Time) {
	sc.push(hit{start: start, end: end, t: t})
}

// addPoint records a resolved date or time and makes it the previous
// mention.
// leadNear reports whether the lead day is the one 同日 at s[at:] points
// back to: the last day mentioned was told in the lead's sentence, and
// 同日 stands in that sentence or the next.
func (sc *scanner) leadNear(at int) bool {
	if !sc.hasLead || sc.prevScan != sc.leadScan {
		return false
	}
	switch sc.scanNo {
	case sc.leadScan:
		if sc.prevEnd > sc.leadEnd {
			return false
		}
		if at <= sc.leadEnd {
			return true
		}
		return !strings.Contains(sc.s[sc.leadEnd+len("。"):at], "。")
	case sc.leadScan + 1:
		return sc.leadLast && !strings.Contains(sc.s[:at], "。")
	}
	return false
}

// LeadDay reports whether the day written at s[start:end] (byte offsets)
// is a statement's own time, as news prose writes it: right after the
// statement's topic (商店会は12日、), or opening the sentence (12日、), with
// a comma after it. 同日 in the next sentence points back to that day,
// not to a later one told inside the statement (…は12日、14日から休業
// すると発表した。市は同日…).
func LeadDay(s string, start, end int) bool {
	if !strings.HasPrefix(s[end:], "、") {
		return false
	}
	head := strings.TrimRight(s[:start], " ")
	return head == "" || strings.HasSuffix(head, "は") || strings.HasSuffix(head, "。") || strings.HasSuffix(head, "\n")
}

func (sc *scanner) addPoint(sp *spec, p point, anchor article.Anchor) {
	loc := sc.loc
	if sp.offset != nil {
		loc = sp.offset
	}
	if sp.hasY && !sp.bc && sp.y >= 1000 && (sp.yG == gYear || sp.yG == gFY) {
		sc.century = true
	}
	t := article.Time{Type: article.TypeDate, Value: p.value(), Mod: sp.mod, Anchor: anchor, Zone: sp.zone}
	if p.g >= gPOD {
		t.Type = article.TypeTime
	}
	if s, e, ok := p.interval(sp.mod, loc); ok {
		t.Start, t.End = s, e
		if sp.zone != "" && inAside(sc.s, sp.start) {
			// 13日（日本時間14日午前）: the same moment in another
			// zone, given aside; 同日 after it counts from 13日.
			sc.push(hit{start: sp.start, end: sp.end, t: t})
			return
		}
		// Only a day looked back on (前日の15日) leaves the story on its
		// day; after 翌日の9日 the text goes on from that day.
		glossed := sp.rel != nil && sp.rel.prev && sp.rel.off < 0 && sp.rel.g == gDay && hasAt(sc.s, sp.end, "の")
		if glossed {
			// 前日の15日: the date that glosses it follows.
			sc.gloss, sc.glossAt = sc.saveMentions(), sp.end+len("の")
		}
		sc.prev, sc.hasPrev, sc.prevEnd, sc.prevScan = p, true, sp.end, sc.scanNo
		if p.g >= gMonth && p.g != gWeek && p.g != gWeekend && (sp.m > 0 || sp.rel != nil && sp.rel.g == gMonth || sp.isRelN && sp.relNG == gMonth) {
			sc.namedMonth, sc.hasNamedMonth = point{g: gMonth, y: p.y, m: p.m}, true
		}
		if p.g >= gYear && p.g != gWeek && p.g != gWeekend && p.g != gFY && (sp.hasY && sp.yG == gYear || sp.rel != nil && sp.rel.g == gYear || sp.isRelN && sp.relNG == gYear) {
			sc.namedYear, sc.hasNamedYear = point{g: gYear, y: p.y}, true
		}
		if p.g >= gDay && sp.rel == nil && !sp.isRelN && LeadDay(sc.s, sp.start, sp.end) {
			sc.lead, sc.hasLead, sc.leadScan = p, true, sc.scanNo
			sc.leadEnd, sc.leadLast = len(sc.s), true
			if k := strings.Index(sc.s[sp.end:], "。"); k >= 0 {
				sc.leadEnd = sp.end + k
				sc.leadLast = strings.TrimSpace(sc.s[sc.leadEnd+len("。"):]) == ""
			}
		}
		if p.g >= gDay {
			// A bare day placed in the month just written (3月2日、6日、
			// 13日) passes that month on to the next bare day.
			chained := anchor == article.AnchorPrevious && sp.m == 0 && sc.hasLocal && sc.localMonth &&
				p.y == sc.local.y && p.m == sc.local.m
			sc.prevDay, sc.hasDay = p, true
			sc.local, sc.hasLocal = p, true
			sc.localMonth, sc.localEnd = sp.m > 0 || sp.hasY || chained, sp.end
		}
		if !glossed && sc.glossAt > 0 && sp.start == sc.glossAt {
			// …前日の15日から休校している。市は同日: 同日 is the day
			// the text is telling, not the one glossed.
			sc.restoreMentions(sc.gloss)
			sc.glossAt = 0
		}
	}
	start := sp.start
	if t.Type == article.TypeTime && sp.rel == nil && !sp.hasY && sp.m == 0 && sp.d == 0 && hasAt(sc.s, start-len("同"), "同") {
		// 同5時: 同 says the day is the one told before; it is part of
		// the expression (not of 合同 or 共同).
		if r := runeBefore(sc.s, start-len("同")); !(r >= 0x4E00 && r <= 0x9FFF) && !isKatakana(r) {
			start -= len("同")
		}
	}
	sc.push(hit{start: start, end: sp.end, t: t})
}

// maxAside bounds the bytes read back from an expression for the round
// bracket it is set in.
const maxAside = 12 * 3

// inAside reports whether the expression at i stands inside round
// brackets opened just before it: (日本時間14日午前).
func inAside(s string, i int) bool {
	lo := max(0, i-maxAside)
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	k := max(strings.LastIndex(s[lo:i], "("), strings.LastIndex(s[lo:i], "（"))
	return k >= 0 && !strings.ContainsAny(s[lo+k:i], ")）")
}

func two(v int) string { return string([]byte{byte('0' + v/10%10), byte('0' + v%10)}) }

// n1 reports whether the numeral at i is the kanji 一 (一日も早く is an
// idiom, not a day's length).
func n1(s string, i int) bool { return hasAt(s, i, "一") }
