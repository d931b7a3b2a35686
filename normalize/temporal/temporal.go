package temporal

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// Context is what expressions are resolved against.
type Context struct {
	// Ref is the document time: the article's published time or a
	// reference the caller gives. The zero Time means unknown: values then
	// carry X for what only the reference could tell (XXXX-12-28).
	Ref time.Time
	// Previous is the last resolved time mentioned before the text, for
	// anaphoric words (翌日, 同日, 前日, 翌月, 同年, その2日後). Nil means none:
	// those words then fall back to Ref, with anchor "document".
	Previous *article.Time
	// Tense is the tense of the statement. Unknown lets Find guess it for
	// each expression from the words around it.
	Tense Tense
	// Loc is the location of the resolved intervals. Nil means Japan
	// (+09:00).
	Loc *time.Location
	// ShortYears says the document has already written a full year (2019年,
	// 令和5年) before the text, so that a two-digit year standing alone
	// (19年に, 23年度) is read as a year of the century nearest the
	// reference. Without it, two-digit years are read only before a month
	// (22年2月期) or after a full year in the same text.
	ShortYears bool
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

// Scan is [Find] that also reports ranges.
func Scan(text string, ctx Context) Result {
	r := NewResolver(ctx.Ref, WithLocation(ctx.Loc))
	if ctx.Previous != nil {
		r.SetPrevious(*ctx.Previous)
	}
	r.century = ctx.ShortYears
	return r.Scan(text, 0, ctx.Tense)
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
	norm, m := normalizeText(text)
	sc := scanner{s: norm, ref: r.ref, hasRef: !r.ref.IsZero(), loc: r.loc, tense: tense,
		prev: r.prev, hasPrev: r.hasPrev, prevDay: r.prevDay, hasDay: r.hasDay, century: r.century}
	sc.scan()
	r.century = sc.century
	r.prev, r.hasPrev = sc.prev, sc.hasPrev
	r.prevDay, r.hasDay = sc.prevDay, sc.hasDay
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

// scan finds every expression of sc.s.
func (sc *scanner) scan() {
	s := sc.s
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = runeAt(s, i)
		}
		switch r {
		case '「', '『':
			if sc.depth == 0 && sc.hasLocal && sc.local.g >= gDay {
				sc.quote, sc.hasQuote = sc.local, true
			}
			sc.depth++
		case '」', '』':
			if sc.depth > 0 {
				sc.depth--
			}
			if sc.depth == 0 {
				sc.hasQuote = false
			}
		}
		if !isTrigger(r) || holidayOnly.has(r) && !holidayNamed(s, i) || (r == 'A' || r == 'P' || r == 'a' || r == 'p') && !meridiemAt(s, i) {
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

// meridiemAt reports whether AM or PM (either case) is written at s[i:]:
// the only expressions that start with these letters.
func meridiemAt(s string, i int) bool {
	return i+1 < len(s) && (s[i+1] == 'M' || s[i+1] == 'm')
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
			return e, true
		}
	}
	if t, e, ok := sc.freqSet(j); ok {
		sc.add(j, e, t)
		return e, true
	}
	if e, ok := sc.durRange(j); ok {
		return e, true
	}
	if t, e, ok := sc.duration(j, true); ok {
		t, e = everyLength(s, t, e)
		sc.add(j, e, t)
		return e, true
	}
	if sp, ok := sc.date(j, false); ok {
		if sc.hasPending {
			sc.hits = append(sc.hits, sc.pending)
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
			end = k
		}
		return end, true
	}
	if t, e, ok := sc.duration(j, false); ok {
		t, e = everyLength(s, t, e)
		sc.add(j, e, t)
		return e, true
	}
	return i, false
}

// everyLength makes a length followed by ごと or おき, or by に and a count
// of times (1分に1回: PT1M with freq 1X), a set: 3年ごと (P3Y),
// 半年ごと (P6M), 2週間おき (every third week, P3W).
func everyLength(s string, t article.Time, e int) (article.Time, int) {
	if t.Type == article.TypeDuration && t.Mod == "" && hasAt(s, e, "に") {
		// 1分に1回, 2時間に1度, 3週間に2回: a count per length
		if m, ok := numAt(s, e+len("に")); ok && m.end > e+len("に") {
			if k, _ := oneOf(s, m.end, "回", "度"); k >= 0 && !hasAt(s, k, "目") {
				t.Type, t.Freq = article.TypeSet, strconv.Itoa(m.v)+"X"
				t.Start, t.End, t.Anchor = time.Time{}, time.Time{}, article.AnchorNone
				return t, k
			}
		}
	}
	k, w := oneOf(s, e, "ごと", "毎に", "おき", "置き")
	if k < 0 || t.Type != article.TypeDuration || t.Mod != "" || len(t.Value) < 3 || t.Value[1] == 'T' {
		return t, e
	}
	v := t.Value[1 : len(t.Value)-1]
	n, err := strconv.Atoi(v)
	if err != nil {
		return t, e
	}
	if w == "おき" || w == "置き" {
		n++
	}
	t.Type, t.Quant = article.TypeSet, "EVERY"
	t.Value = "P" + strconv.Itoa(n) + t.Value[len(t.Value)-1:]
	t.Start, t.End, t.Anchor = time.Time{}, time.Time{}, article.AnchorNone
	return t, k
}

// countHedge returns the end of the words at s[i:] that hedge a count, so
// that the number of days before them is a length, not a day of the
// month: 10日余り, 1日近く, 3日ほど, 2日ばかり, 1日くらい休む, 3日もの間 (but
// 10日くらいに届く and 10日ぐらいまで are days of the month, and 5日前後 is
// read elsewhere, as around the 5th). It returns -1 when there are none.
func countHedge(s string, i int) int {
	if e, _ := oneOf(s, i, "余り", "あまり", "近く", "ほど", "程度", "ばかり", "もの間", "もの長"); e >= 0 {
		return e // もの間, もの長き: an emphasised length
	}
	if e, _ := oneOf(s, i, "くらい", "ぐらい"); e >= 0 {
		if k, _ := oneOf(s, e, "に", "まで", "から", "頃", "ごろ", "の", "で"); k < 0 {
			return e
		}
	}
	return -1
}

// lengthAfter reports whether the words at s[i:] make the expression
// before them a length: 掛かる, かかる, 要する, 必要 (after an optional hedge).
func lengthAfter(s string, i int) bool {
	if e, _ := oneOf(s, i, "ほど", "程度", "くらい", "ぐらい", "前後"); e >= 0 {
		i = e
	}
	if hasAt(s, i, "は") || hasAt(s, i, "が") || hasAt(s, i, "を") {
		i += len("は")
	}
	e, _ := oneOf(s, i, "掛か", "かか", "要す", "要し", "必要", "要る")
	return e >= 0
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
	// The particle that closes the range (まで, にかけて) stays outside it.
	return sp.end, sp, true
}

// add records a found duration or set.
func (sc *scanner) add(start, end int, t article.Time) {
	sc.hits = append(sc.hits, hit{start: start, end: end, t: t})
}

// addPoint records a resolved date or time and makes it the previous
// mention.
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
		sc.prev, sc.hasPrev = p, true
		if p.g >= gDay {
			sc.prevDay, sc.hasDay = p, true
			sc.local, sc.hasLocal = p, true
			sc.localMonth, sc.localEnd = sp.m > 0 || sp.hasY, sp.end
		}
	}
	sc.hits = append(sc.hits, hit{start: sp.start, end: sp.end, t: t})
}

// durUnit is a unit of a duration as written.
type durUnit struct {
	word string
	code byte // Y M W D H (hours), N (minutes), S
	half bool // 半 after the unit adds half of it (1年半, 1時間半)
}

var durUnits = []durUnit{
	{"年間", 'Y', false}, {"年", 'Y', true},
	{"カ月間", 'M', false}, {"か月間", 'M', false}, {"ヶ月間", 'M', false}, {"ケ月間", 'M', false}, {"ヵ月間", 'M', false},
	{"カ月", 'M', true}, {"か月", 'M', true}, {"ヶ月", 'M', true}, {"ケ月", 'M', true}, {"ヵ月", 'M', true}, {"箇月", 'M', true},
	{"週間", 'W', true},
	{"日間", 'D', false}, {"日", 'D', false},
	{"時間", 'H', true},
	{"分間", 'N', false}, {"分", 'N', true},
	{"秒間", 'S', false}, {"秒", 'S', false},
}

// duration reads a duration at i: 1時間, 3日間, 2週間, 数日間, 過去1週間,
// ここ数週間, 30分前後, 半年. With prefixed, only forms that open with 過去,
// ここ, この, 約 or およそ are read.
func (sc *scanner) duration(i int, prefixed bool) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Anchor: article.AnchorNone}
	k := i
	past, ahead := false, false
	switch r, _ := runeAt(s, k); {
	case r == '過' || r == 'こ' || r == '直' || r == '今' || r == '向' || r == '約' || r == 'お':
	case prefixed:
		return t, i, false
	case r != '数' && r != '半' && !('0' <= r && r <= '9') && !isKanjiDigit(r):
		return t, i, false
	}
	if e, _ := oneOf(s, k, "過去", "ここ", "この", "直近"); e >= 0 {
		past, k = true, e
	} else if e, _ := oneOf(s, k, "今後", "向こう"); e >= 0 {
		past, ahead, k = true, true, e
	} else if e, _ := oneOf(s, k, "約", "およそ"); e >= 0 {
		t.Mod, k = article.ModApprox, e
	} else if prefixed {
		return t, i, false
	}
	vague := false
	v := 0
	numEnd := k
	if e, _ := oneOf(s, k, "数十", "十数", "数"); e >= 0 {
		vague, numEnd = true, e
	} else if e, w := oneOf(s, k, "半年", "半日", "半世紀", "四半世紀"); e >= 0 {
		t.Type = article.TypeDuration
		switch w {
		case "半年":
			t.Value = "P6M"
			return sc.durEnd(t, i, e, past, 6, 'M')
		case "半日":
			t.Value = "PT12H"
			return sc.durEnd(t, i, e, past, 12, 'H')
		case "半世紀":
			t.Value = "P50Y"
		default:
			t.Value = "P25Y"
		}
		if hasAt(s, e, "ぶり") {
			e += len("ぶり") // 半世紀ぶり, as 4年ぶり
		}
		return sc.durEnd(t, i, e, past, map[string]int{"半世紀": 50, "四半世紀": 25}[w], 'Y')
	} else if n, ok := numAt(s, k); ok && n.end > k {
		v, numEnd = n.v, n.end
		if k > i && !prefixed {
			return t, i, false
		}
		if k == i && !sc.leftOK(i) {
			return t, i, false
		}
	} else {
		return t, i, false
	}
	dec := ""
	if !vague && numEnd+1 < len(s) && s[numEnd] == '.' && isDigit(s[numEnd+1]) && s[k] < utf8.RuneSelf {
		// 1.5時間: a decimal count, written as it is
		f := numEnd + 1
		for f < len(s) && isDigit(s[f]) && f-numEnd < 4 {
			f++
		}
		dec, numEnd = s[k:f], f
	}
	var u *durUnit
	for x := range durUnits {
		if hasAt(s, numEnd, durUnits[x].word) {
			u = &durUnits[x]
			break
		}
	}
	if u == nil {
		return t, i, false
	}
	e := numEnd + len(u.word)
	if dec != "" {
		if u.word == "日" || u.word == "分" && hasAt(s, e, "の") {
			return t, i, false
		}
		if hasAt(s, e, "間") {
			e += len("間")
		}
		t.Type, t.Value = article.TypeDuration, "P"+dec+string(u.code)
		switch u.code {
		case 'H', 'S':
			t.Value = "PT" + dec + string(u.code)
		case 'N':
			t.Value = "PT" + dec + "M"
		}
		return sc.durEnd(t, i, e, false, 0, u.code)
	}
	if !vague {
		// 3年2カ月 (P3Y2M), 1年2ヶ月10日 (P1Y2M10D), 1時間30分 (PT1H30M)
		if val, e2, ok := durChain(s, s[k] < utf8.RuneSelf, v, u.code, e); ok {
			t.Type, t.Value = article.TypeDuration, val
			return sc.durEnd(t, i, e2, false, 0, u.code)
		}
	}
	next, _ := runeAt(s, e)
	switch u.word {
	case "年":
		ok := past || vague || hasAt(s, e, "ぶり") || hasAt(s, e, "半") || hasAt(s, e, "余") || hasAt(s, e, "超") ||
			hasAt(s, e, "以上") || hasAt(s, e, "近く") || hasAt(s, e, "連続") || hasAt(s, e, "足らず") || hasAt(s, e, "未満") ||
			hasAt(s, e, "ほど") || hasAt(s, e, "程度") || hasAt(s, e, "前後") || hasAt(s, e, "越し") || hasAt(s, e, "弱") ||
			hasAt(s, e, "ごと") || hasAt(s, e, "おき") || hasAt(s, e, "置き") || hasAt(s, e, "毎に") ||
			hasAt(s, e, "もの間") || hasAt(s, e, "もの長") ||
			v < 1000 && yearsSince(s, e) || v < 100 && sinceEvent(s, i, e)
		if !ok {
			return t, i, false
		}
	case "日":
		prev := runeBefore(s, i)
		ok := past || vague || prev == 'な' || prev == 'い' || hasAt(s, e, "あたり") || hasAt(s, e, "当たり") ||
			hasAt(s, e, "ぶり") || hasAt(s, e, "連続") || hasAt(s, e, "足らず") || hasAt(s, e, "以内") || hasAt(s, e, "中") ||
			hasAt(s, e, "違い") || hasAt(s, e, "遅れ") || hasAt(s, e, "早く") && !n1(s, i) || hasAt(s, e, "平均") ||
			prev == '週' || prev == '月' || hasAt(s, e, "ごと") || hasAt(s, e, "毎に") ||
			countHedge(s, e) >= 0
		if !ok {
			return t, i, false
		}
	case "分":
		if next == 'の' || next == '野' || next == '析' || next == '類' || next == '割' || next == '布' || next == '散' || next == '担' || next == '離' || next == '裂' || next == '断' || next == '配' || next == '科' || next == '子' || next == '量' || next == '母' {
			return t, i, false
		}
		if !vague && (numEnd == k || s[k] >= utf8.RuneSelf) && !hasAt(s, e, "間") {
			return t, i, false // 十分な: kanji 分 only with 間
		}
	case "秒":
		if next == '速' {
			return t, i, false
		}
	}
	if u.half && hasAt(s, e, "半") {
		e += len("半")
		t.Type = article.TypeDuration
		switch u.code {
		case 'Y':
			t.Value = durValue(v*12+6, 'M', vague)
		case 'M':
			t.Value = "P" + strconv.Itoa(v) + "M15D"
		case 'H':
			t.Value = durValue(v*60+30, 'N', vague)
		case 'W':
			t.Value = "P" + strconv.Itoa(7*v+3) + "DT12H" // 1週間半
		case 'N':
			t.Value = "PT" + strconv.Itoa(v) + "M30S" // 10分半
		}
		if vague {
			return t, i, false
		}
		return sc.durEnd(t, i, e, past, v, u.code)
	}
	t.Type, t.Value = article.TypeDuration, durValue(v, u.code, vague)
	if hasAt(s, e, "ぶり") {
		e += len("ぶり")
	}
	t, e, ok := sc.durEnd(t, i, e, past && !vague, v, u.code)
	if ok && ahead && t.Resolved() {
		// 今後5年間: the same length, starting at the document time
		d := t.End.Sub(t.Start)
		t.Start, t.End = sc.ref, sc.ref.Add(d)
		if u.code == 'Y' || u.code == 'M' {
			years, months := 0, v
			if u.code == 'Y' {
				years, months = v, 0
			}
			t.End = sc.ref.AddDate(years, months, 0)
		}
	}
	return t, e, ok
}

// durRank orders the units of a duration, largest first.
const durRank = "YMWDHNS"

// durLimit is the largest count of a unit after a larger one (2カ月 after
// 1年 is below 12).
var durLimit = map[byte]int{'M': 11, 'W': 4, 'D': 30, 'H': 23, 'N': 59, 'S': 59}

// durChain reads the smaller units that follow a duration's first count v
// of unit code ending at e (1年2ヶ月10日, 1時間30分), in the same script
// (ASCII or kanji). It returns the whole value when at least one follows.
func durChain(s string, ascii bool, v int, code byte, e int) (string, int, bool) {
	var counts [len(durRank)]int
	var set [len(durRank)]bool
	last := strings.IndexByte(durRank, code)
	counts[last], set[last] = v, true
	n := 1
	for {
		n2, ok := numAt(s, e)
		if !ok || n2.end == e || n2.kanji == ascii || n2.v <= 0 {
			break
		}
		var u *durUnit
		for x := range durUnits {
			if hasAt(s, n2.end, durUnits[x].word) {
				u = &durUnits[x]
				break
			}
		}
		if u == nil {
			break
		}
		r := strings.IndexByte(durRank, u.code)
		if r <= last || n2.v > durLimit[u.code] || u.word == "分" && !ascii && !hasAt(s, n2.end, "分間") {
			break
		}
		counts[r], set[r], last = n2.v, true, r
		e = n2.end + len(u.word)
		if hasAt(s, e, "間") {
			e += len("間")
		}
		n++
	}
	if n < 2 {
		return "", e, false
	}
	b := []byte{'P'}
	for r := range durRank {
		if r == 4 && (set[4] || set[5] || set[6]) {
			b = append(b, 'T')
		}
		if set[r] {
			c := durRank[r]
			if c == 'N' {
				c = 'M'
			}
			b = append(strconv.AppendInt(b, int64(counts[r]), 10), c)
		}
	}
	return string(b), e, true
}

// rangeUnits are the units that make a range of counts (1〜2日間,
// 2〜3時間) two lengths.
var rangeUnits = []durUnit{
	{"年間", 'Y', false}, {"カ月間", 'M', false}, {"か月間", 'M', false}, {"ヶ月間", 'M', false},
	{"カ月", 'M', false}, {"か月", 'M', false}, {"ヶ月", 'M', false}, {"週間", 'W', false},
	{"日間", 'D', false}, {"時間", 'H', false}, {"分間", 'N', false}, {"秒間", 'S', false},
}

// durRange reads a range of lengths whose unit is written once: 1〜2日間,
// 2〜3時間, 3〜6カ月, 1から2日間 (the units are lengths only, so that 1から2日
// stays two days of the month). Both ends are recorded as durations.
func (sc *scanner) durRange(i int) (int, bool) {
	s := sc.s
	if i >= len(s) || !isDigit(s[i]) {
		return i, false
	}
	n, ok := numAt(s, i)
	if !ok || n.end == i || n.kanji || !sc.leftOK(i) {
		return i, false
	}
	k, _ := oneOf(s, n.end, "〜", "~", "から")
	if k < 0 {
		return i, false
	}
	m, ok := numAt(s, k)
	if !ok || m.end == k || m.kanji || m.v <= n.v {
		return i, false
	}
	for _, u := range rangeUnits {
		if !hasAt(s, m.end, u.word) {
			continue
		}
		t, e, ok := sc.durEnd(article.Time{Type: article.TypeDuration, Value: durValue(m.v, u.code, false), Anchor: article.AnchorNone}, k, m.end+len(u.word), false, 0, u.code)
		if !ok {
			return i, false // 2〜3時間前: relative to an unknown clock
		}
		sc.add(i, n.end, article.Time{Type: article.TypeDuration, Value: durValue(n.v, u.code, false), Anchor: article.AnchorNone})
		sc.add(k, e, t)
		return e, true
	}
	return i, false
}

// durValue writes a duration value: P3D, PT1H, PXW.
func durValue(v int, code byte, vague bool) string {
	n := strconv.Itoa(v)
	if vague {
		n = "X"
	}
	switch code {
	case 'H':
		return "PT" + n + "H"
	case 'N':
		return "PT" + n + "M"
	case 'S':
		return "PT" + n + "S"
	}
	return "P" + n + string(code)
}

// durEnd reads the hedge after a duration and, for 過去N日 forms, places it
// as the interval ending at the document time.
func (sc *scanner) durEnd(t article.Time, i, e int, past bool, v int, code byte) (article.Time, int, bool) {
	s := sc.s
	if k, w := oneOf(s, e, "前後", "ほど", "程度", "余り", "あまり", "近く", "ばかり", "くらい", "ぐらい", "以上", "超", "未満", "足らず", "弱"); k >= 0 && (k == e+len("前後") || !hasAt(s, k, "前") && !hasAt(s, k, "後")) {
		switch w {
		case "以上", "超":
			t.Mod = article.ModMoreThan
		case "未満", "足らず", "弱":
			t.Mod = article.ModLessThan
		default:
			t.Mod = article.ModApprox
		}
		e = k
	} else if hasAt(s, e, "前") || hasAt(s, e, "後") {
		// N時間前, N分後: a time relative to an unknown clock; not read.
		if code == 'H' || code == 'N' || code == 'S' {
			return t, i, false
		}
	}
	if past && sc.hasRef && v > 0 {
		end := sc.ref
		var start time.Time
		switch code {
		case 'Y':
			start = end.AddDate(-v, 0, 0)
		case 'M':
			start = end.AddDate(0, -v, 0)
		case 'W':
			start = end.AddDate(0, 0, -7*v)
		case 'D':
			start = end.AddDate(0, 0, -v)
		case 'H':
			start = end.Add(-time.Duration(v) * time.Hour)
		case 'N':
			start = end.Add(-time.Duration(v) * time.Minute)
		default:
			start = end.Add(-time.Duration(v) * time.Second)
		}
		t.Start, t.End, t.Anchor = start, end, article.AnchorDocument
	}
	return t, e, true
}

// yearsSince reports whether N年 ending at e is a length of years up to
// now written 50年来 (for fifty years), as opposed to 2020年来日 (came to
// Japan in 2020): 来 closes the expression.
func yearsSince(s string, e int) bool {
	if !hasAt(s, e, "来") {
		return false
	}
	r, _ := runeAt(s, e+len("来"))
	return r == utf8.RuneError || r == 'の' || r == '、' || r == '。' || r == 'で' || r == 'に' || r == ',' || r == '，'
}

// sinceEvent reports whether N年 at i..e counts the years since an event
// named before it (震災から10年, あれから1年): から just before the count,
// and no 度, 生, 目, 前 or 後 after it that would make it a fiscal year, a
// school year, an ordinal or a relative date.
func sinceEvent(s string, i, e int) bool {
	if !strings.HasSuffix(s[:i], "から") {
		return false
	}
	switch r, _ := runeAt(s, e); r {
	case '度', '生', '目', '前', '後', '代':
		return false
	}
	return true
}

// set reads a set at i: 毎週月曜日, 毎年, 毎月1日, 毎朝.
func (sc *scanner) set(i int) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Type: article.TypeSet, Quant: "EVERY", Anchor: article.AnchorNone}
	if !hasAt(s, i, "毎") {
		return t, i, false
	}
	k := i + len("毎")
	switch {
	case hasAt(s, k, "週"):
		k += len("週")
		if e, _ := oneOf(s, k, "土日", "末"); e >= 0 {
			t.Value = "XXXX-WXX-WE" // 毎週土日, 毎週末
			return t, e, true
		}
		if wd, e := weekdayAt(s, k); wd > 0 {
			t.Value = "XXXX-WXX-" + strconv.Itoa(wd)
			return t, e, true
		}
		t.Value = "P1W"
		return t, k, true
	case hasAt(s, k, "月"):
		k += len("月")
		if n, ok := numAt(s, k); ok && hasAt(s, n.end, "日") && n.v >= 1 && n.v <= 31 {
			t.Value = "XXXX-XX-" + two(n.v)
			return t, n.end + len("日"), true
		}
		t.Value = "P1M"
		return t, k, true
	case hasAt(s, k, "年"):
		k += len("年")
		if hasAt(s, k, "度") {
			t.Value = "P1Y"
			return t, k + len("度"), true
		}
		if n, ok := numAt(s, k); ok && hasAt(s, n.end, "月") && n.v >= 1 && n.v <= 12 {
			e := n.end + len("月")
			t.Value = "XXXX-" + two(n.v)
			if d, ok := numAt(s, e); ok && hasAt(s, d.end, "日") && d.v >= 1 && d.v <= 31 {
				t.Value += "-" + two(d.v)
				e = d.end + len("日")
			}
			return t, e, true
		}
		if h, e := holidayAt(s, k); h != nil {
			if m, d, ok := h.day(2000); ok {
				t.Value = "XXXX-" + two(m) + "-" + two(d)
				return t, e, true
			}
		}
		t.Value = "P1Y"
		return t, k, true
	case hasAt(s, k, "日"):
		k += len("日")
		if hasAt(s, k, "新聞") || hasAt(s, k, "放送") {
			return t, i, false // 毎日新聞
		}
		t.Value = "P1D"
		var sp spec
		if e, ok := sc.clock(k, &sp, false); ok && sp.tg != 0 {
			// 毎日10時: the time of each day
			t.Value = "XXXX-XX-XXT" + two(sp.hh) + ":" + two(sp.mm)
			return t, e, true
		}
		return t, k, true
	case hasAt(s, k, "朝"):
		t.Value = "XXXX-XX-XXTMO"
		return t, k + len("朝"), true
	case hasAt(s, k, "晩"), hasAt(s, k, "夜"):
		t.Value = "XXXX-XX-XXTNI"
		return t, k + len("晩"), true
	case hasAt(s, k, "時"):
		t.Value = "PT1H"
		return t, k + len("時"), true
	case hasAt(s, k, "秒"):
		t.Value = "PT1S"
		return t, k + len("秒"), true
	case hasAt(s, k, "分"):
		t.Value = "PT1M"
		return t, k + len("分"), true
	}
	return t, i, false
}

// setFreq reads a count after a set (毎月2回): its freq.
func setFreq(s string, t article.Time, e int) (article.Time, int) {
	if n, ok := numAt(s, e); ok && n.end > e {
		if k, _ := oneOf(s, n.end, "回", "度"); k >= 0 && !hasAt(s, k, "目") && !hasAt(s, k, "転") && !hasAt(s, k, "以上") {
			t.Freq = strconv.Itoa(n.v) + "X"
			return t, k
		}
	}
	return t, e
}

func two(v int) string { return string([]byte{byte('0' + v/10%10), byte('0' + v%10)}) }

// n1 reports whether the numeral at i is the kanji 一 (一日も早く is an
// idiom, not a day's length).
func n1(s string, i int) bool { return hasAt(s, i, "一") }
