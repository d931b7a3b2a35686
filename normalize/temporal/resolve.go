package temporal

import (
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize"
)

// japan is the default location: Japan Standard Time, +09:00 all year.
var japan = normalize.Japan()

// scanner finds and resolves the expressions of one text.
type scanner struct {
	// listAt is where the second number of a list written with a comma
	// starts (the 2 of 1,2日), which leftOK lets start an expression.
	listAt int
	// sameFrom is the period the last 前年同期 was counted from, and
	// sameTo its answer.
	sameFrom, sameTo point
	hasSame          bool
	s                string
	ref              time.Time // in loc; zero when unknown
	hasRef           bool
	refClock         bool // ref holds the document's time of day
	loc              *time.Location
	tense            Tense
	tenseAt          func(start, end int) Tense // the caller's tense of one expression, or nil
	prev             point
	hasPrev          bool
	prevEnd          int   // where the expression of prev ends
	prevDay          point // the last day or time mentioned, for 同日 after a coarser mention
	hasDay           bool
	story            point // Context.StoryDay
	hasStory         bool
	dateline         bool
	century          bool   // two-digit years standing alone are years
	era              string // the era of a range start written without its unit (令和元〜3年度)
	// rangeFrom and rangeTo are the first and last day of the last range
	// of days read: 初日 and 最終日 told while it is the time in force.
	rangeFrom, rangeTo point
	hasRange           bool
	lastEra            string // the era of the last era year read, for 同55年
	// named is the last month (namedMonth) and the last year (namedYear)
	// an expression wrote out (2023年9月, 先月): 同月 and 翌年 count from
	// them, not from a day written alone after them (27日), whose month
	// and year are only the document's.
	namedMonth, namedYear       point
	hasNamedMonth, hasNamedYear bool
	// lead is the last day written as a statement's own time, right after
	// its topic (商店会は12日、…); leadScan and prevScan number the scans that
	// read it and prev, and scanNo is this one: 同日 in the next sentence
	// is the lead's day, not that of a later date told inside the same
	// statement (…は12日、14日から休業すると発表した。市は同日).
	// leadEnd is where the lead's sentence ends in its scan's text, and
	// leadLast whether that sentence closes it.
	lead                       point
	hasLead, leadLast          bool
	leadScan, prevScan, scanNo int
	leadEnd                    int

	// pending is a length or rate read while looking for a date (1日おき):
	// the date reader skips it and the scan records it.
	pending    hit
	hasPending bool

	fromAnchor article.Anchor // anchor of the start of the range being read

	// local is the last day or time found by this scan (not carried in
	// from an earlier one); quote is the one in force when the current
	// quotation opened, against which deictic words inside it resolve.
	local    point
	hasLocal bool
	// localMonth: local was written with its month (4月12日), which a
	// later bare day of the same sentence keeps; localEnd is where it ends.
	localMonth bool
	localEnd   int
	quote      point
	hasQuote   bool
	depth      int
	// outer is the state of previous mentions when the outermost
	// quotation opened: the words inside it count from one another, and
	// the text after it goes on from what came before it (「今日中に…」と
	// 言われ、同日夕 counts from the day the narration last gave).
	outer mentions
	// gloss is the state before a day counted from the one in force
	// and glossed with its date (前日の15日), and glossAt where that date
	// starts: the narration stays on its own day after the pair.
	gloss   mentions
	glossAt int

	hits   []hit
	ranges []Range

	// numPos, num and numOK hold the last numeral read by numeral;
	// hasNum says there is one.
	numPos int
	num    number
	numOK  bool
	hasNum bool
}

// mentions is the part of a scanner's state that later expressions count
// from.
type mentions struct {
	prev, prevDay, local      point
	hasPrev, hasDay, hasLocal bool
	localMonth                bool
	prevEnd, localEnd         int
}

// saveMentions returns the state of previous mentions.
func (sc *scanner) saveMentions() mentions {
	return mentions{prev: sc.prev, prevDay: sc.prevDay, local: sc.local, hasPrev: sc.hasPrev, hasDay: sc.hasDay, hasLocal: sc.hasLocal,
		localMonth: sc.localMonth, prevEnd: sc.prevEnd, localEnd: sc.localEnd}
}

// restoreMentions puts back a state saveMentions returned.
func (sc *scanner) restoreMentions(m mentions) {
	sc.prev, sc.prevDay, sc.local = m.prev, m.prevDay, m.local
	sc.hasPrev, sc.hasDay, sc.hasLocal = m.hasPrev, m.hasDay, m.hasLocal
	sc.localMonth, sc.prevEnd, sc.localEnd = m.localMonth, m.prevEnd, m.localEnd
}

// hit is a found expression, in normalized offsets.
type hit struct {
	start, end int
	t          article.Time
}

// anchorPoint returns the point relative words are resolved against, and
// the anchor to report: the previous mention for anaphoric words when one is
// known and fine enough, else the document time.
func (sc *scanner) anchorPoint(prevWanted bool, g gran) (point, article.Anchor, bool) {
	if prevWanted && g == gMonth && sc.hasNamedMonth {
		return sc.namedMonth, article.AnchorPrevious, true
	}
	if prevWanted && g == gYear && sc.hasNamedYear {
		return sc.namedYear, article.AnchorPrevious, true
	}
	if prevWanted && sc.hasPrev && finer(sc.prev, g) {
		return sc.prev, article.AnchorPrevious, true
	}
	if prevWanted && sc.hasDay && finer(sc.prevDay, g) {
		return sc.prevDay, article.AnchorPrevious, true
	}
	if sc.hasRef {
		return dayPoint(sc.ref), article.AnchorDocument, true
	}
	return point{}, article.AnchorDocument, false
}

// finer reports whether p is precise enough to count units of g from it.
func finer(p point, g gran) bool {
	switch g {
	case gDay:
		return p.g >= gDay
	case gWeek, gWeekend:
		return p.g >= gDay || p.g == gWeek || p.g == gWeekend
	case gMonth:
		return p.g >= gDay || p.g == gMonth
	case gYear, gFY, gSeason:
		return p.g >= gYear && p.g != gWeek && p.g != gWeekend || p.g >= gDay
	}
	return false
}

// startOf returns the first day of p in loc.
func startOf(p point, loc *time.Location) time.Time {
	switch p.g {
	case gWeek, gWeekend:
		return isoWeekStart(p.y, p.w, loc)
	case gFY:
		return time.Date(p.y, 4, 1, 0, 0, 0, 0, loc)
	}
	return p.civil(loc)
}

// shift returns the unit of granularity g that is off units away from the
// one containing t.
func shift(t time.Time, g gran, off, season int) point {
	return shifted(t, g, off, season).commonEra()
}

func shifted(t time.Time, g gran, off, season int) point {
	switch g {
	case gDay:
		return dayPoint(t.AddDate(0, 0, off))
	case gWeek, gWeekend:
		p := weekPoint(t.AddDate(0, 0, 7*off))
		p.g = g
		return p
	case gMonth:
		f := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location()).AddDate(0, off, 0)
		return point{g: gMonth, y: f.Year(), m: int(f.Month())}
	case gYear:
		return point{g: gYear, y: t.Year() + off}
	case gCentury:
		return point{g: gCentury, y: t.Year()/100 + off}
	case gFY:
		y := t.Year()
		if t.Month() < 4 {
			y--
		}
		return point{g: gFY, y: y + off}
	case gSeason:
		y := t.Year()
		if season == seasonWinter && t.Month() <= 2 {
			y--
		}
		return point{g: gSeason, y: y + off, sub: season}
	}
	return point{}
}

// unknown returns a point of granularity g with unknown parts.
func unknown(g gran) point {
	switch g {
	case gDay, gPOD, gMinute, gSecond:
		return point{g: g, xy: true, xm: true, xd: true}
	case gMonth:
		return point{g: g, xy: true, xm: true}
	}
	return point{g: g, xy: true}
}

// weekdayAgainst reports whether some days of cands fall on weekday wd
// and none of them fits tense t.
func (sc *scanner) weekdayAgainst(cands []point, wd int, t Tense) bool {
	some := false
	for _, c := range cands {
		s, e, ok := c.interval("", sc.loc)
		if !ok || isoWeekday(s) != wd {
			continue
		}
		if t == Past && !s.After(sc.ref) || t == Future && e.After(sc.ref) {
			return false
		}
		some = true
	}
	return some
}

// choose picks among candidate points the one that fits the tense: past →
// the latest that starts not after the reference; future → the earliest that
// does not end before it; unknown → the nearest (the earlier on a tie).
// Candidates must be in time order; wd, when not 0, keeps only days of that
// weekday if any candidate has it.
func (sc *scanner) choose(cands []point, mod article.Mod, tense Tense, wd int) (point, bool) {
	ref := sc.ref
	best := -1
	var bestDist time.Duration
	if wd > 0 {
		// Keep the days of the written weekday, unless none of them fits
		// the tense: a wrong weekday in an announcement of what is ahead
		// (12月1日（月）から販売する, when the 1st is a Tuesday) does not
		// send the date a year back.
		var kept [16]point
		n := 0
		fits := tense == Unknown
		for _, c := range cands {
			if s, e, ok := c.interval("", sc.loc); ok && isoWeekday(s) == wd && n < len(kept) {
				kept[n] = c
				n++
				fits = fits || tense == Past && !s.After(ref) || tense == Future && e.After(ref)
			}
		}
		switch {
		case n > 0 && fits:
			cands = append(cands[:0], kept[:n]...)
		case n > 0:
			// The weekday and the tense disagree: the nearer of their
			// choices wins.
			byDay, ok1 := sc.choose(kept[:n], mod, Unknown, 0)
			byTense, ok2 := sc.choose(cands, mod, tense, 0)
			if !ok2 {
				return byDay, ok1
			}
			d1, _ := sc.distance(byDay, mod)
			d2, _ := sc.distance(byTense, mod)
			if ok1 && d1 <= d2 {
				return byDay, true
			}
			return byTense, true
		}
	}
	for i, c := range cands {
		s, e, ok := c.interval(mod, sc.loc)
		if !ok {
			continue
		}
		switch tense {
		case Past:
			if !s.After(ref) {
				best = i
			}
		case Future:
			if e.After(ref) && best < 0 {
				best = i
			}
		default:
			var d time.Duration
			switch {
			case ref.Before(s):
				d = s.Sub(ref)
			case !ref.Before(e):
				d = ref.Sub(e) + 1
			}
			if best < 0 || d < bestDist {
				best, bestDist = i, d
			}
		}
	}
	if best < 0 {
		if len(cands) == 0 || tense == Unknown {
			// None can be placed in time (a reference past the year
			// 9999 leaves the candidates no interval).
			return point{}, false
		}
		// Nothing fits the tense: fall back to the nearest.
		return sc.choose(cands, mod, Unknown, 0)
	}
	return cands[best], true
}

// lookedBack reports whether the last mention, coarser than a day, ends
// before the last day told begins: the text looked back from that day.
func (sc *scanner) lookedBack() bool {
	_, pe, ok1 := sc.prev.interval("", sc.loc)
	ds, _, ok2 := sc.prevDay.interval("", sc.loc)
	return ok1 && ok2 && !pe.After(ds)
}

// prevDayInside reports whether the last day told lies within the last
// time told, a coarser one (a week or a month that holds it).
func (sc *scanner) prevDayInside() bool {
	ps, pe, ok1 := sc.prev.interval("", sc.loc)
	ds, de, ok2 := sc.prevDay.interval("", sc.loc)
	return ok1 && ok2 && !ds.Before(ps) && !de.After(pe)
}

// stampLead is how far after the reference a page's stamp with a weekday
// may fall and still be read in the reference's year: the reference (often
// the clock of whoever runs the parser) may trail the page's date.
const stampLead = 31 * 24 * time.Hour

// soonStamp returns, for a stamp with a written weekday whose past choice p
// is more than a year before the reference (12/28(月) read on the 7th of
// December, when the last past Monday the 28th of December is years back),
// the candidate of that weekday at most stampLead after the reference, if
// any; otherwise p.
func (sc *scanner) soonStamp(cands []point, wd int, p point) point {
	s, _, ok := p.interval("", sc.loc)
	if !ok || !s.Before(sc.ref.AddDate(-1, 0, 0)) {
		return p
	}
	for _, c := range cands {
		if cs, _, ok := c.interval("", sc.loc); ok && isoWeekday(cs) == wd && cs.After(sc.ref) && cs.Sub(sc.ref) <= stampLead {
			return c
		}
	}
	return p
}

// chooseNear picks, for a date that modifies a noun (5日の試合, 10月28日
// 公開の映画), the candidate nearest the reference; the tense decides only
// when its candidate is nearly as near: no more than twice the nearest
// distance plus one unit.
func (sc *scanner) chooseNear(cands []point, mod article.Mod, tense Tense, wd int) (point, bool) {
	near, ok := sc.choose(cands, mod, Unknown, wd)
	if !ok || tense == Unknown {
		return near, ok
	}
	tensed, ok := sc.choose(cands, mod, tense, wd)
	if !ok {
		return near, true
	}
	dn, unit := sc.distance(near, mod)
	dt, _ := sc.distance(tensed, mod)
	if dt <= 2*dn+unit {
		return tensed, true
	}
	return near, true
}

// distance returns how far p lies from the reference, and p's length.
func (sc *scanner) distance(p point, mod article.Mod) (d, unit time.Duration) {
	s, e, ok := p.interval(mod, sc.loc)
	if !ok {
		return 0, 0
	}
	switch {
	case sc.ref.Before(s):
		d = s.Sub(sc.ref)
	case !sc.ref.Before(e):
		d = sc.ref.Sub(e)
	}
	return d, e.Sub(s)
}

// modifiesNoun reports whether the date ending at i modifies a noun: の
// and a noun follow, directly (5日の試合) or after a verbal noun (10月28日
// 公開の映画, 26日放送の番組).
func modifiesNoun(s string, i int) bool {
	k := verbalNounEnd(s, i)
	if !hasAt(s, k, "の") {
		return false
	}
	r, _ := runeAt(s, k+len("の"))
	return r >= 0x4E00 && r <= 0x9FFF || isKatakana(r) || r == '「' || r == '『' || isASCIILetter(r)
}

// verbalNounEnd returns the end of the run of up to four kanji at i in s
// (公開, 放送, 発売開始), a verbal noun after a date, or i when none.
func verbalNounEnd(s string, i int) int {
	k := i
	for n := 0; n < 4; n++ {
		r, size := runeAt(s, k)
		if !(r >= 0x4E00 && r <= 0x9FFF) {
			break
		}
		k += size
	}
	return k
}

// bracketedAfterNoun reports whether the date s[i:e] opens brackets right
// after a word or a title (オランダ（6月18日）, 決勝(7月2日), 「…」（9月19日
// 公開、…監督）): a label of that word, which the sentence's tense does not
// govern. The date stands alone in the brackets, or with a verbal noun of
// up to four kanji (公開, 発売, after より or から, before 予定) that ends the
// brackets or their first item.
func bracketedAfterNoun(s string, i, e int) bool {
	open := ""
	for _, o := range []string{"（", "("} {
		if i >= len(o) && s[i-len(o):i] == o {
			open = o
		}
	}
	if open == "" {
		return false
	}
	from := e
	if x, _ := oneOf(s, e, "より", "から"); x >= 0 {
		from = x // （12月上旬より全国公開）
	}
	k := verbalNounEnd(s, from)
	if k > from {
		if x, _ := oneOf(s, k, "予定"); x >= 0 {
			k = x // （12月全国公開予定）
		}
	}
	if k > from && !hasAt(s, k, "、") && !hasAt(s, k, "）") && !hasAt(s, k, ")") {
		return false
	}
	if k == from && (from > e || !hasAt(s, e, "）") && !hasAt(s, e, ")")) {
		return false
	}
	r := runeBefore(s, i-len(open))
	return r >= 0x4E00 && r <= 0x9FFF || isKatakana(r) || isASCIILetter(r) || r == '」' || r == '』'
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// refine narrows p (a year, fiscal year, month or week) by the parts sp
// writes: a month, a day, a weekday, a holiday, a half or quarter.
func refine(p point, sp *spec, loc *time.Location) (point, bool) {
	switch {
	case sp.subG != gNone && (p.g == gYear || p.g == gFY):
		return point{g: sp.subG, y: p.y, sub: sp.sub, fy: p.g == gFY}, true
	case sp.hol != nil && (p.g == gYear):
		m, d, ok := sp.hol.day(p.y)
		if !ok {
			return p, false
		}
		if part := sp.hol.part(); part != "" {
			if sp.mod == "" {
				sp.mod = part
			}
			return point{g: gMonth, y: p.y, m: m}, true
		}
		return point{g: gDay, y: p.y, m: m, d: d}, true
	case sp.m > 0 && p.g == gYear:
		p = point{g: gMonth, y: p.y, m: sp.m}
		if sp.nth > 0 && sp.wd > 0 {
			// 11月の第3木曜日: counted from the month's first such day
			first := isoWeekday(time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, loc))
			d := 1 + (sp.wd-first+7)%7 + 7*(sp.nth-1)
			if d > daysIn(p.y, p.m) {
				return p, false
			}
			p.g, p.d = gDay, d
			return p, true
		}
		if sp.d > 0 {
			if sp.d > daysIn(p.y, p.m) {
				return p, false
			}
			p.g, p.d = gDay, sp.d
		}
		return p, true
	case sp.d > 0 && p.g == gMonth:
		if sp.d > daysIn(p.y, p.m) {
			return p, false
		}
		p.g, p.d = gDay, sp.d
		return p, true
	case sp.d > 0 && p.g == gWeek:
		t := isoWeekStart(p.y, p.w, loc)
		for k := 0; k < 7; k++ {
			if d := t.AddDate(0, 0, k); d.Day() == sp.d {
				return dayPoint(d), true
			}
		}
		// 来週16日 when the 16th falls just outside that week: the writer's
		// week is loose, the day number is not; the nearest such day
		// within a week of it is meant.
		for k := 1; k <= 7; k++ {
			if d := t.AddDate(0, 0, -k); d.Day() == sp.d {
				return dayPoint(d), true
			}
			if d := t.AddDate(0, 0, 6+k); d.Day() == sp.d {
				return dayPoint(d), true
			}
		}
		return p, false
	case sp.weekend && p.g == gWeek:
		p.g = gWeekend
		return p, true
	case sp.wd > 0 && (p.g == gWeek):
		t := isoWeekStart(p.y, p.w, loc).AddDate(0, 0, sp.wd-1)
		return dayPoint(t), true
	}
	return p, true
}

// resolve places sp in time. from is the resolved start of a range that sp
// ends, or nil.
func (sc *scanner) resolve(sp *spec, from *point) (p point, anchor article.Anchor) {
	anchor = article.AnchorNone
	var cands [16]point
	episode := 0 // the year of the sentence's past season or year, for a month without one
	if sp.m > 0 && !sp.hasY && sp.rel == nil && !sp.isRelN && sp.hol == nil {
		episode = sc.episodeYear(sp)
	}
	switch {
	case sp.rel != nil:
		r := sp.rel
		if r.word == "前年同期" && sc.hasPrev && sc.prev.g >= gFY && sc.prev.g <= gMonth && sc.prev.y > 1 {
			// 2026年4〜6月期 … 前年同期: that quarter a year before. A
			// second 前年同期 counts from the same quarter, not from the
			// first one's answer.
			base := sc.prev
			if sc.hasSame && sc.prev == sc.sameTo {
				base = sc.sameFrom
			}
			p, anchor = base, article.AnchorPrevious
			p.y--
			sc.sameFrom, sc.sameTo, sc.hasSame = base, p, true
			break
		}
		if r.choose && r.g == gSeason && from != nil && from.known() && from.g == gSeason && !from.fy {
			// 来年の春から夏にかけて: a season alone that ends a range is
			// the first of its name from the start on.
			p, anchor = point{g: gSeason, y: from.y, sub: r.season}, sc.fromAnchor
			if r.season <= from.sub {
				p.y++
			}
			break
		}
		// 着いた翌日 after 来月中旬: a past clause names an event the text
		// has told, which a coarser mention of a later plan does not date;
		// it counts from the last day told instead.
		clauseDay := runeBefore(sc.s, sp.start) == 'た' && sc.hasDay && finer(sc.prevDay, r.g)
		// 前回は昨秋に延期された。…前日の試し打ちで: with no その, a day counted
		// from a coarser mention that looked back before the day the
		// text tells is the day before that day, not a day of that
		// season. (A season told after an older day, 1905年1月…。1969年
		// 夏の夜…。翌朝, is where the story has moved.)
		story := !strings.HasPrefix(r.word, "その") && !strings.HasSuffix(sc.s[:sp.start], "その") && sc.hasDay && finer(sc.prevDay, r.g) && sc.prev.g < gMonth &&
			sc.lookedBack()
		// どんど焼きが11日にあった。先週は強風で…前日までに: the last day told
		// lies within the coarser mention after it, and the day counted
		// is counted from that day.
		inside := sc.hasDay && finer(sc.prevDay, r.g) && sc.prevDayInside()
		if r.prev && r.off != 0 && sc.hasPrev && !finer(sc.prev, r.g) && !clauseDay && !story && !inside {
			// 来月上旬に説明会を開く。その翌日には…: the day after an event
			// known only to its month is within that month, as far as the
			// text says; counting from an older day would be wrong.
			p, anchor = sc.prev, article.AnchorPrevious
			break
		}
		if y, ok := bracketYear(sc.s, sp.end); ok && r.prev && r.g == gYear {
			// 同年（1882年）: the year the brackets gloss it with, whatever
			// the text told before.
			p, anchor = point{g: gYear, y: y}, article.AnchorNone
			break
		}
		if r.word == "初日" || r.word == "最終日" {
			// The first or last day of the range just told (5月9日～25日
			// …初日); 初日 right after a single day is that day (9日に開幕
			// した。…初日の幕が下りた後). Without either, an event's day the
			// text does not date.
			anchor = article.AnchorNone
			p = unknown(gDay)
			inRange := sc.hasRange && sc.hasPrev && (sc.prev == sc.rangeFrom || sc.prev == sc.rangeTo)
			switch {
			case inRange && r.word == "初日":
				p, anchor = sc.rangeFrom, article.AnchorPrevious
			case inRange:
				p, anchor = sc.rangeTo, article.AnchorPrevious
			case sc.hasDay && r.word == "初日":
				// the last day told, past a coarser time (6月3日に開店する。
				// 4月に移った書店の建物で…初日は)
				p, anchor = sc.prevDay, article.AnchorPrevious
			}
			if p.g > gDay {
				p.g = gDay
			}
			if q, ok := refine(p, sp, sc.loc); ok && anchor != article.AnchorNone {
				p = q // 初日の夜
			}
			break
		}
		base, a, ok := sc.anchorPoint(r.prev, r.g)
		if strings.HasPrefix(r.word, "同日") && a == article.AnchorPrevious && sc.leadNear(sp.start) {
			base = sc.lead
		}
		if r.word == "当日" && a == article.AnchorDocument {
			// 当日、待ち合わせの駅に…: the day of an event the text told
			// before without its date, never the document's day.
			a, ok = article.AnchorNone, false
		}
		if !r.prev && sc.hasQuote {
			// 28日の投稿で「本日午後1時の会談…」: 本日 is the day of the post.
			base, a, ok = sc.quote, article.AnchorQuote, true
		}
		anchor = a
		if !ok {
			p = unknown(r.g)
			p.sub = r.season
			if r.pd.code != "" {
				p.g, p.pd = gPOD, r.pd
			}
			if q, ok := refine(p, sp, sc.loc); ok {
				p = q
			}
			break
		}
		t := startOf(base, sc.loc)
		if m := base.civil(sc.loc).Month(); r.word == "新年度" && a == article.AnchorDocument && m <= time.September {
			// 新年度 is the fiscal year about to begin from January to
			// March (新年度予算案 in the winter) and the one just begun
			// from April, whatever the tense of the statement; in the
			// autumn the tense chooses, as for 年度末.
			off := 0
			if m <= time.March {
				off = 1
			}
			p = shift(t, r.g, off, r.season)
			break
		}
		if r.choose && a == article.AnchorDocument {
			n := 0
			for off := -1; off <= 1; off++ {
				cands[n] = shift(t, r.g, off, r.season)
				n++
			}
			p, _ = sc.choose(cands[:n], r.mod, sc.tenseOf(sp), 0)
		} else {
			p = shift(t, r.g, r.off, r.season)
		}
		if r.pd.code != "" {
			p.g, p.pd = gPOD, r.pd
		}
		if q, ok := refine(p, sp, sc.loc); ok {
			p = q
		} else {
			p = unknown(gDay)
		}
	case sp.isRelN:
		base, a, ok := sc.anchorPoint(sp.relNPrev, sp.relNG)
		if sp.relNFromSet {
			// 2010年から2年後: the time just before から; あれから4年後: the
			// time last mentioned; 事故から2年後: an event's, unknown here.
			from := sc.hasPrev && (sp.relNThat || sc.prevEnd == sp.relNFrom) && finer(sc.prev, sp.relNG)
			base, a, ok = sc.prev, article.AnchorPrevious, from
		}
		anchor = a
		if !ok {
			p = unknown(sp.relNG)
			break
		}
		t := startOf(base, sc.loc)
		p = shift(t, sp.relNG, sp.relN, 0)
		if q, ok := refine(p, sp, sc.loc); ok && !p.bc && p.y <= 9999 {
			p = q // 61年前の3月; 3000年前の春 keeps its year alone
		}
	case sp.same && !sp.hasY && sc.hasPrev && !sc.prev.xy && sc.prev.y > 0 && (sp.m > 0 || sc.prev.g >= gMonth && sc.prev.m > 0):
		// 同9月: September of the year told last; 同10日: the 10th of
		// its month.
		base := point{g: gYear, y: sc.prev.y}
		if sp.m == 0 {
			base = point{g: gMonth, y: sc.prev.y, m: sc.prev.m}
			if sc.hasNamedMonth {
				base = sc.namedMonth // 2022年6月…28日…同月3日: the month written
			}
		} else if sc.hasNamedYear {
			base = sc.namedYear
		}
		if q, ok := refine(base, sp, sc.loc); ok {
			p, anchor = q, article.AnchorPrevious
		} else {
			p = unknown(gDay)
		}
	case sp.hasY:
		p = point{g: sp.yG, y: sp.y, fyEnd: sp.fyEnd, bc: sp.bc}
		if q, ok := refine(p, sp, sc.loc); ok {
			p = q
		} else {
			p = unknown(gDay)
			p.xy = false
			p.y = sp.y
		}
	case sp.subG == gQuarter && sp.rel == nil && !sp.isRelN:
		// 7〜9月期 with no year: the latest such quarter begun by the
		// reference, whatever the tense: results are reported, and
		// forecast, for a quarter under way or just ended
		// (11月に7〜9月期決算を発表する予定).
		p = point{g: gQuarter, sub: sp.sub, xy: true}
		if sc.hasRef {
			anchor = article.AnchorDocument
			p.y, p.xy = sc.ref.Year(), false
			if 1+3*(sp.sub-1) > int(sc.ref.Month()) {
				p.y--
			}
		}
	case sp.m > 0 && !sp.hasY && sp.rel == nil && !sp.isRelN && sp.hol == nil && sc.yearTopic(sp):
		// 今年は3月末までに, 昨年も12月に: a month right after the year
		// the clause is about is of that year; after a fiscal year
		// (今年度は10月末までに, 2月末までに), of the year the month falls
		// in, which starts in April.
		y := sc.prev.y
		if sc.prev.g == gFY && sp.m < 4 {
			y++
		}
		if q, ok := refine(point{g: gYear, y: y}, sp, sc.loc); ok {
			p, anchor = q, article.AnchorPrevious
		} else {
			p = unknown(gDay)
		}
	case episode != 0:
		// 昨年夏は…、最も多かったのは7月; 2019年に倉庫を建て、8月
		// に使い始めた: a month in the sentence of a past year or season
		// is of that year.
		if q, ok := refine(point{g: gYear, y: episode}, sp, sc.loc); ok {
			p, anchor = q, article.AnchorPrevious
		} else {
			p = unknown(gDay)
		}
	case from != nil && from.known() && from.g >= gMonth && from.g != gWeek && from.g != gWeekend:
		anchor = sc.fromAnchor
		p = sc.inherit(sp, *from)
	case sp.d > 0 && sp.m == 0 && sp.wd == 0 && sp.hol == nil && sp.rel == nil && !sp.isRelN && sc.hasDay && sc.prevDay.g >= gDay && !sc.prevDay.xy && !sc.prevDay.xm &&
		runeBefore(sc.s, sp.start) == '翌' && nextDayOf(sc.prevDay, sp.d) != (point{}):
		// 16日に開く。雨なら翌17日に: the first day of that
		// number after the day told before.
		p, anchor = nextDayOf(sc.prevDay, sp.d), article.AnchorPrevious
	case sp.d > 0 && sp.m == 0 && sp.wd == 0 && sp.hol == nil && sc.hasLocal && sc.localMonth && sc.local.g >= gDay &&
		sp.d > sc.local.d && sp.d <= daysIn(sc.local.y, sc.local.m) && sc.localEnd <= sp.start &&
		!strings.ContainsAny(sc.s[sc.localEnd:sp.start], "。\n") && !sc.pastAhead(point{g: gDay, y: sc.local.y, m: sc.local.m, d: sp.d}, sp):
		// 4月12日告示、19日投開票: a bare later day of the sentence is in
		// the month just written.
		p, anchor = point{g: gDay, y: sc.local.y, m: sc.local.m, d: sp.d}, article.AnchorPrevious
	case sp.m > 0 || sp.d > 0 || sp.hol != nil || sp.wd > 0:
		anchor = article.AnchorDocument
		if long := sc.hasRef && sc.longAgo(sp); !sc.hasRef || long {
			if long {
				anchor = article.AnchorNone
			}
			p = point{g: gDay, m: sp.m, d: sp.d, xy: true, xm: sp.m == 0}
			if sp.d == 0 {
				p.g = gMonth
			}
			if sp.hol != nil {
				m, d, _ := sp.hol.day(2000)
				p = point{g: gDay, m: m, d: d, xy: true}
				if part := sp.hol.part(); part != "" {
					p = point{g: gMonth, m: m, xy: true}
					if sp.mod == "" {
						sp.mod = part
					}
				}
			}
			if sp.m == 0 && sp.d == 0 && sp.hol == nil {
				p = unknown(gDay)
			}
			break
		}
		n := 0
		ry, rm := sc.ref.Year(), int(sc.ref.Month())
		switch {
		case sp.m > 0 || sp.hol != nil:
			span := 1
			switch {
			case sp.wd > 0 && sc.dateline:
				span = 6 // a page's stamp may be years older than the reference
			case sp.wd > 0:
				span = 1 // in running text, the weekday decides among nearby years
			case sp.m == 2 && sp.d == 29:
				span = 4
			}
			for y := ry - span; y <= ry+span && n < len(cands); y++ {
				q, ok := refine(point{g: gYear, y: y}, sp, sc.loc)
				if ok && q.g != gYear {
					cands[n] = q
					n++
				}
			}
		case sp.d > 0:
			for off := -2; off <= 2; off++ {
				f := time.Date(ry, time.Month(rm)+time.Month(off), 1, 0, 0, 0, 0, sc.loc)
				if sp.d <= daysIn(f.Year(), int(f.Month())) {
					cands[n] = point{g: gDay, y: f.Year(), m: int(f.Month()), d: sp.d}
					n++
				}
			}
		default: // a weekday alone
			for off := -1; off <= 1; off++ {
				t := isoWeekStart(weekPoint(sc.ref).y, weekPoint(sc.ref).w, sc.loc).AddDate(0, 0, 7*off+sp.wd-1)
				cands[n] = dayPoint(t)
				n++
			}
		}
		var ok bool
		tn := sc.tenseOf(sp)
		if sp.m == 0 && sp.d > 0 && sp.wd > 0 && sp.force == Unknown && tn != Unknown && sc.weekdayAgainst(cands[:n], sp.wd, tn) {
			// 14日（土）: among the nearby months, the one whose 14th is a
			// Saturday, though the tense of the sentence (…見に来られるよう
			// にしました) points the other way: it is weaker evidence
			// than the weekday printed.
			tn = Unknown
		}
		if (modifiesNoun(sc.s, sp.end) || bracketedAfterNoun(sc.s, sp.start, sp.end) || tense.ClauseOverNoun(sc.s[sp.end:])) && sp.force == Unknown {
			p, ok = sc.chooseNear(cands[:n], sp.mod, tn, sp.wd)
		} else {
			p, ok = sc.choose(cands[:n], sp.mod, tn, sp.wd)
		}
		if ok && sc.dateline && sp.wd > 0 {
			p = sc.soonStamp(cands[:n], sp.wd, p)
		}
		if !ok {
			p = unknown(gDay)
		}
	default:
		// a clock time alone: the day of the previous mention, else the
		// document's day.
		switch {
		case sc.hasStory && !sc.hasLocal:
			// 10日に壊れた橋は…。通行は午後8時ごろから: the day the
			// text tells, back from the one it looked back on.
			p, anchor = dayPoint(startOf(sc.story, sc.loc)), article.AnchorPrevious
		case sp.bareDay && sc.hasDay:
			p, anchor = dayPoint(startOf(sc.prevDay, sc.loc)), article.AnchorPrevious
		case sc.hasPrev && sc.prev.g >= gDay:
			p, anchor = dayPoint(startOf(sc.prev, sc.loc)), article.AnchorPrevious
		case sc.hasPrev && sc.hasDay:
			// 21日…。今年3月に…。午後5時半ごろ: the day told last, past a
			// coarser mention (a month, a year) in between.
			p, anchor = dayPoint(startOf(sc.prevDay, sc.loc)), article.AnchorPrevious
		case sc.hasRef:
			p, anchor = dayPoint(sc.ref), article.AnchorDocument
		default:
			p = unknown(gDay)
		}
	}
	if sp.bare && from != nil {
		return p, anchor
	}
	// the time of day
	if p.g >= gDay && (sp.hasPod || sp.tg != 0) {
		if sp.hasPod {
			p.g, p.pd = gPOD, sp.pd
		}
		if sp.tg != 0 {
			p.g, p.hh, p.mm, p.ss = sp.tg, sp.hh, sp.mm, sp.ss
			if p.hh >= 24 && p.known() {
				t := time.Date(p.y, time.Month(p.m), p.d+1, 0, 0, 0, 0, sc.loc)
				q := dayPoint(t)
				p.y, p.m, p.d, p.hh = q.y, q.m, q.d, p.hh-24
			}
		}
	}
	return p, anchor
}

// inherit fills the parts a range end leaves out from the range start:
// 12月22日から28日まで, 10月上旬から中旬, 午後1時から3時.
func (sc *scanner) inherit(sp *spec, from point) point {
	p := point{y: from.y, m: from.m, d: from.d}
	switch {
	case sp.bare:
		p.g = gMonth
		if from.g == gYear {
			p.g = gYear
		}
		return p
	case sp.m > 0:
		p.g, p.m, p.d = gMonth, sp.m, 0
		if sp.d > 0 {
			p.g, p.d = gDay, sp.d
		}
		if sp.m < from.m {
			p.y++
		}
	case sp.d > 0:
		p.g, p.d = gDay, sp.d
		if from.g >= gDay && sp.d < from.d {
			p.m++
			if p.m > 12 {
				p.m, p.y = 1, p.y+1
			}
		}
	case sp.wd > 0 && from.g >= gDay:
		t := time.Date(from.y, time.Month(from.m), from.d, 0, 0, 0, 0, sc.loc)
		for k := 0; k < 7; k++ {
			if isoWeekday(t) == sp.wd {
				break
			}
			t = t.AddDate(0, 0, 1)
		}
		p = dayPoint(t)
	case from.g >= gDay:
		p.g = gDay
		if sp.tg != 0 && !sp.hasPod && from.g == gMinute && from.hh >= 12 && sp.hh < 12 && sp.hh+12 > from.hh {
			sp.hh += 12
		}
	default:
		p.g = from.g
	}
	if p.g >= gDay && p.d > daysIn(p.y, p.m) {
		return unknown(gDay)
	}
	return p
}

// longAgo reports whether the sentence puts sp, a date without its year,
// at a time long past that it does not count (かつては大晦日の興行で, 昔は
// 5月5日に): no year near the reference is the right one.
func (sc *scanner) longAgo(sp *spec) bool {
	if sp.hasY || sp.rel != nil || sp.isRelN {
		return false
	}
	head := sc.s[:sp.start]
	if k := strings.LastIndexAny(head, "。\n"); k >= 0 {
		head = head[k+1:]
	}
	for _, w := range []string{"かつては", "かつて、", "かつても", "昔は", "昔、", "往年は"} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// yearTopic reports whether the expression sp follows, with only a
// topic's particle or a comma between (は, も, には, では, 、), a year
// mentioned just before it: 今年は3月末までに.
func (sc *scanner) yearTopic(sp *spec) bool {
	if !sc.hasPrev || sc.prev.g != gYear && sc.prev.g != gFY || sc.prev.xy || sc.prevEnd > sp.start || sc.prevEnd == 0 {
		// prevEnd 0: a year carried over from an earlier text, never
		// right before this one
		return false
	}
	switch strings.TrimSuffix(sc.s[sc.prevEnd:sp.start], "、") {
	case "", "は", "も", "には", "では", "にも", "でも":
		return true
	}
	return false
}

// episodeYear returns the year of a month with no year of its own, sp,
// told in the sentence of a season or a year the text gave just before it
// (昨年夏は…7月が最多; 2019年に倉庫を建て、8月に使い始めた), or 0: a
// month within that season, or a month of a statement in the past after a
// year before the reference's.
func (sc *scanner) episodeYear(sp *spec) int {
	if !sc.hasPrev || sc.prev.xy || sc.prevEnd == 0 || sc.prevEnd > sp.start || strings.ContainsAny(sc.s[sc.prevEnd:sp.start], "。\n") {
		return 0
	}
	if e, _ := oneOf(sc.s, sc.prevEnd, "から", "以来", "以降", "より", "まで"); e >= 0 || endsPeriod(sc.s[:sc.prevEnd]) {
		return 0 // 昨年から…3月に, 1951年以来…8月1日: a period the month may come after
	}
	switch {
	case sc.prev.g == gSeason && !sc.prev.fy:
		m0 := 3 * sc.prev.sub // SP 3, SU 6, FA 9, WI 12
		switch {
		case sp.m >= m0 && sp.m < m0+3:
			return sc.prev.y
		case m0 == 12 && sp.m <= 2:
			return sc.prev.y + 1 // the winter runs into the next year
		}
	case sc.prev.g == gYear && !sc.prev.bc && sc.hasRef && sc.prev.y < sc.ref.Year() && sc.tenseOf(sp) == Past:
		return sc.prev.y
	case sc.prev.g == gYear && !sc.prev.bc && sc.hasRef && sc.prev.y > sc.ref.Year() && sc.tenseOf(sp) != Past && !strings.HasPrefix(sc.s[sc.prevEnd:], "の"):
		return sc.prev.y // 来年、祭りを同じ8月8日に催す: a day of the year ahead the sentence set
	}
	return 0
}

// bracketYear reads a year of four digits written in round brackets at
// s[i:] ((1882年)), the gloss of an anaphoric year.
func bracketYear(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '(' {
		return 0, false
	}
	n, ok := numAt(s, i+1)
	if !ok || n.kanji || n.end-(i+1) != 4 || !hasAt(s, n.end, "年)") {
		return 0, false
	}
	return n.v, true
}

// endsPeriod reports whether s ends in a word that makes the time before
// it the bound of a period (1951年以来, 昨年から).
func endsPeriod(s string) bool {
	for _, w := range []string{"から", "以来", "以降", "まで"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// pastAhead reports whether p, a day a bare day would take from the
// month just written, lies after the reference while the expression's
// own statement is in the past (9月5日に開く予定だった市の催しは14日、
// 中止を発表した): the day then belongs to the reference's month, not to
// the month of the plan.
func (sc *scanner) pastAhead(p point, sp *spec) bool {
	if !sc.hasRef || sc.tenseOf(sp) != Past {
		return false
	}
	start, _, ok := p.interval("", sc.loc)
	return ok && start.After(sc.ref)
}

// tenseOf returns the tense that resolves sp: forced, given by the caller
// for the text or for sp, hinted by 来る/去る, or guessed from the sentence.
func (sc *scanner) tenseOf(sp *spec) Tense {
	switch {
	case sp.force != Unknown:
		return sp.force
	case sc.tense != Unknown:
		return sc.tense
	}
	if sp.d > 0 && sp.partial() && dayWordBefore(sc.s[:sp.start]) {
		// 本日28日, あす29日: the day the word names, whatever the tense;
		// the page may have been written a day after its date.
		return Unknown
	}
	if sc.tenseAt != nil {
		if t := sc.tenseAt(sp.start, sp.end); t != Unknown {
			return t
		}
	}
	switch {
	case sp.hint != Unknown:
		return sp.hint
	}
	return guessTense(sc.s, sp.start, sp.end)
}

// dayWordBefore reports whether s ends with a word for a day near the
// reference (本日, きょう, あす, きのう), which a day of the month then
// restates.
func dayWordBefore(s string) bool {
	for _, w := range []string{"本日", "今日", "きょう", "明日", "あす", "あした", "昨日", "きのう"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// partial reports whether sp leaves its year or month to the reference.
func (sp *spec) partial() bool {
	return sp.rel == nil && !sp.isRelN && !sp.hasY && (sp.m > 0 || sp.d > 0 || sp.hol != nil || sp.wd > 0)
}

// nextDayOf returns the first day numbered d after the day of p, in its
// month or the next, or the zero point when neither has such a day.
func nextDayOf(p point, d int) point {
	y, m := p.y, p.m
	if d <= p.d {
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	if d > daysIn(y, m) {
		return point{}
	}
	return point{g: gDay, y: y, m: m, d: d}
}
