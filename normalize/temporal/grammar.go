package temporal

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
)

// spec is a date or time expression as written, before resolution.
type spec struct {
	start, end int

	rel *rel // a relative word (今年, 先週, 翌日, 年末)

	// N日前, その2日後
	relN     int
	relNG    gran
	relNPrev bool
	isRelN   bool

	y    int  // year (western), decade (199) or century (18)
	yG   gran // gYear, gFY, gDecade, gCentury when y is written
	hasY bool
	m, d int // 0 when not written
	sub  int
	subG gran // gHalf, gQuarter, gSeason
	wd   int  // ISO weekday, 0 when not written
	hol  *holiday

	pd     pod
	hasPod bool
	pm     bool // the part of day puts hours below 12 in the afternoon
	hh     int
	mm     int
	ss     int
	tg     gran // gMinute or gSecond when a clock time is written
	offset *time.Location

	mod   article.Mod
	zone  string
	hint  Tense
	force Tense // overrides every other tense (range resolution)
	bare  bool  // a range end written as a part alone (中旬)
	skip  bool  // consumed but not a time (an issue date: 6月21日号)
	iso   bool  // written 2012-07-27: a T and a clock time may follow
	// bareDay: a part of day alone (昼には) takes the day mentioned last
	bareDay bool
	weekend bool // the weekend of a week named before (来週の土日)
	fyEnd   int  // the closing month of a fiscal period (3月期)
	bc      bool // a year or century before the common era
}

// hasDate reports whether sp names a date (as opposed to a clock time alone).
func (sp *spec) hasDate() bool {
	return sp.rel != nil || sp.isRelN || sp.hasY || sp.m > 0 || sp.d > 0 || sp.wd > 0 || sp.hol != nil || sp.bare
}

// leftOK reports whether a numeral may start an expression at i: not in the
// middle of a number, a code or an ordinal (第2次).
func (sc *scanner) leftOK(i int) bool {
	r := runeBefore(sc.s, i)
	switch {
	case r == 0:
		return true
	case '0' <= r && r <= '9', isASCIILetter(r), isKanjiDigit(r):
		return false
	}
	switch r {
	case '.', ',', '第', '#', '№', '¥', '$', '€', '£', '/', ':', '_', '-', '+', '約':
		return r == '約'
	}
	return true
}

// skipNumber returns the end of the number at i, with its separators.
func (sc *scanner) skipNumber(i int) int {
	s := sc.s
	j := i
	for j < len(s) {
		r, n := runeAt(s, j)
		switch {
		case '0' <= r && r <= '9', isKanjiDigit(r):
			j += n
		case (r == ',' || r == '.') && j+1 < len(s) && isDigit(s[j+1]):
			j += n
		default:
			if j == i {
				return i + n
			}
			return j
		}
	}
	if j == i {
		return i + 1
	}
	return j
}

// date parses a date or time expression at i.
func (sc *scanner) date(i int, rangeEnd bool) (sp spec, ok bool) {
	s := sc.s
	sp.start = i
	j := i
	if e, _ := oneOf(s, j, "来る"); e >= 0 {
		if n, ok := numAt(s, e); ok && n.end > e {
			sp.hint = Future
			j = e
			sp.start = e
		}
	} else if e, _ := oneOf(s, j, "去る"); e >= 0 {
		if n, ok := numAt(s, e); ok && n.end > e {
			sp.hint = Past
			j = e
			sp.start = e
		}
	}
	// その2日後, その翌日
	if e, _ := oneOf(s, j, "その"); e >= 0 {
		if n, ok := numAt(s, e); ok {
			if k, ok := sc.relNum(n, e, &sp); ok && sp.relNPrev {
				return sc.suffix(k, sp)
			}
			return sp, false
		}
		if r, k := relAt(s, e); r != nil && r.prev {
			sp.rel = r
			return sc.afterRel(k, sp)
		}
		if r, k := thatAt(s, e); r != nil && sc.hasPrev {
			sp.rel = r // その年, その日, その夏
			return sc.afterRel(k, sp)
		}
		return sp, false
	}
	if k, ok := sc.halfRel(j, &sp); ok {
		return sc.suffix(k, sp)
	}
	if r, k := relAt(s, j); r != nil {
		if sc.relGuard(r, j, k) {
			sp.rel, sp.mod = r, r.mod
			if r.pd.code != "" {
				sp.pd, sp.hasPod, sp.pm = r.pd, true, r.pd.code != "MO"
				if n, ok := numAt(s, k); ok {
					if e, ok := sc.clockNum(n, k, &sp); ok {
						return sc.suffix(e, sp)
					}
				}
			}
			return sc.afterRel(k, sp)
		}
		return sp, false
	}
	if sp2, ok := sc.eraShared(j, sp); ok {
		return sp2, true
	}
	if k, ok := sc.beforeCommonEra(j, &sp); ok {
		return sc.suffix(k, sp)
	}
	if y, k, ok := eraEdgeYear(s, j); ok {
		sp.y, sp.yG, sp.hasY = y, gYear, true // 平成最後の年
		return sc.suffix(k, sp)
	}
	if y, e, letter, ok := eraAt(s, j); ok {
		if letter {
			if m, d, k, ok := sepMD(s, e, s[e]); ok {
				sp.y, sp.yG, sp.hasY, sp.m, sp.d = y, gYear, true, m, d
				sp2, ok := sc.suffix(k, sp)
				return eraCheck(s, j, sp2, ok)
			}
			return sp, false
		}
		sp2, ok := sc.afterYearNum(y, e, sp)
		return eraCheck(s, j, sp2, ok)
	}
	if n, ok := numAt(s, j); ok {
		if rangeEnd && n.v >= 1 && n.v <= 31 {
			if wd, e := weekdayAt(s, n.end); wd > 0 && e > n.end {
				sp.d, sp.wd = n.v, wd // 12/22（火）〜25（金）
				return sc.suffix(e, sp)
			}
		}
		return sc.numeric(n, j, sp, rangeEnd)
	}
	if h, k := holidayAt(s, j); h != nil {
		if h.name == "元日" && hasAt(s, k, "本") { // 元日本代表
			return sp, false
		}
		if inTitle(s, j, k) {
			sp.end, sp.skip = k, true // 映画「ホワイトデー」: a title
			return sp, true
		}
		sp.hol = h
		return sc.suffix(k, sp)
	}
	if wd, k := weekdayAt(s, j); wd > 0 && k > j {
		sp.wd = wd
		return sc.suffix(k, sp)
	}
	if rangeEnd {
		if w, k := modAt(s, j, gMonth); w != nil && w.part && bareEnd(s, w.word, k) {
			sp.bare, sp.mod = true, w.mod
			sp.end = k
			return sp, true
		}
	}
	if k, ok := sc.clock(j, &sp, false); ok {
		return sc.suffix(k, sp)
	}
	if k, ok := sc.barePod(j, &sp); ok {
		return sc.suffix(k, sp)
	}
	return sp, false
}

// barePods are the parts of day that date a statement on their own (昼には,
// 夕方から) once a day has been mentioned: they take that day.
var barePods = map[string]bool{"昼": true, "午前": true, "午後": true, "夕方": true, "未明": true, "深夜": true, "早朝": true, "朝": true, "夜": true, "正午": true}

// barePod reads a part of day standing alone at i (3日から…、昼には), when a
// day has been mentioned before it and a particle follows it.
func (sc *scanner) barePod(i int, sp *spec) (int, bool) {
	s := sc.s
	if !sc.hasDay {
		return i, false
	}
	w, e := podAt(s, i)
	if w == nil || !barePods[w.word] {
		return i, false
	}
	switch runeBefore(s, i) {
	case 0, '、', ',', ' ', '。', 'は', 'も', '」':
	default:
		return i, false // 毎朝, 真夜中, 忙しい朝に; 月曜の朝 is read with its day
	}
	if k, _ := oneOf(s, e, "には", "に", "から", "まで", "ごろ", "頃", "過ぎ", "、"); k < 0 || hasAt(s, e, "にかけて") && w.word == "朝" ||
		hasAt(s, e, "になる") || hasAt(s, e, "になれ") || hasAt(s, e, "になっ") || hasAt(s, e, "になると") {
		return i, false // 夜になると: whenever night falls
	}
	sp.pd, sp.hasPod, sp.pm = w.pd, true, w.pm
	sp.bareDay = true
	return e, true
}

// relGuard rejects relative words that are part of another word.
func (sc *scanner) relGuard(r *rel, start, end int) bool {
	next, _ := runeAt(sc.s, end)
	if r.word == "この日" {
		// この日 dates a statement as an adverb (この日は, この日、, この日朝);
		// as a subject or object (ついにこの日が来た, この日を待った) it names
		// no day of the story.
		switch next {
		case 'は', '、', ',', 'に', 'の', 'も', '朝', '夜', '午', '夕', '昼', '未', '早', 'ま', 'か', '深', '正':
			return next != 'ま' || hasAt(sc.s, end, "まで")
		}
		return false
	}
	if c, _ := runeAt(sc.s, start); isHiragana(c) && !kanaWordAlone(sc.s, start, end) {
		return false // 愛嬌（あいきょう）, きょうだい, あすか
	}
	switch r.word {
	case "今日":
		return next != '的'
	case "明日":
		return next != '香'
	case "本日", "本年", "本月":
		return true
	case "当日":
		return next != '券' && next != '分'
	case "前日", "翌日", "後日":
		return next != '談' // 前日談: a prequel
	case "年内", "月内":
		return next != '容' // 年内容? guard against 〜年内容
	case "同年":
		return next != '代' && next != '齢' // 同年代, 同年齢
	case "今季", "昨季", "来季", "前季":
		return next != '節' && next != '語' // 今季節, 季語
	case "新年":
		return next != '号' // 新年号: a new era name
	}
	return true
}

// beforeCommonEra reads a year or century before the common era at i:
// 紀元前202年 (BC0202), 紀元前3世紀 (BC02).
func (sc *scanner) beforeCommonEra(i int, sp *spec) (int, bool) {
	s := sc.s
	if r, _ := runeAt(s, i); r != '紀' && r != '西' {
		return i, false
	}
	e, _ := oneOf(s, i, "紀元前", "西暦紀元前")
	if e < 0 {
		return i, false
	}
	n, ok := numAt(s, e)
	if !ok || n.end == e || n.v < 1 || n.v > 9999 {
		return i, false
	}
	switch {
	case hasAt(s, n.end, "世紀") && n.v <= 99:
		sp.y, sp.yG = n.v-1, gCentury
		sp.hasY, sp.bc = true, true
		return n.end + len("世紀"), true
	case hasAt(s, n.end, "年") && !hasAt(s, n.end, "年間") && !hasAt(s, n.end, "年代"):
		sp.y, sp.yG = n.v, gYear
		sp.hasY, sp.bc = true, true
		return n.end + len("年"), true
	}
	return i, false
}

// eraFirst reports whether an era name may start at s[i:].
func eraFirst(s string, i int) bool {
	switch r, _ := runeAt(s, i); r {
	case '明', '大', '昭', '平', '令':
		return true
	}
	return false
}

// eraEdgeYear reads the first or last year of an era named at s[i:]:
// 平成最後の年 (2019), 昭和最初の年 (1926).
func eraEdgeYear(s string, i int) (int, int, bool) {
	if i+6 > len(s) || !eraFirst(s, i) {
		return 0, i, false
	}
	era, found := normalize.LookupEra(s[i : i+6])
	if !found {
		return 0, i, false
	}
	e, w := oneOf(s, i+6, "最後の年", "最初の年")
	switch {
	case w == "最初の年":
		return era.Start.Year(), e, true
	case w == "最後の年" && !era.End.IsZero():
		return era.End.AddDate(0, 0, -1).Year(), e, true
	}
	return 0, i, false
}

// eraShared reads the start of a range of era years whose unit is written
// once, after its end: 令和元〜3年度, 平成29〜31年. The end is read by
// rangeEnd in the same era.
func (sc *scanner) eraShared(i int, sp spec) (spec, bool) {
	s := sc.s
	if i+6 > len(s) || !eraFirst(s, i) {
		return sp, false
	}
	era, found := normalize.LookupEra(s[i : i+6])
	if !found {
		return sp, false
	}
	k := i + 6
	v := 0
	if hasAt(s, k, "元") {
		v, k = 1, k+len("元")
	} else if n, ok := numAt(s, k); ok && n.end > k {
		v, k = n.v, n.end
	} else {
		return sp, false
	}
	d, _ := oneOf(s, k, "〜", "~")
	if d < 0 {
		return sp, false
	}
	m, ok := numAt(s, d)
	if !ok || m.end == d || !hasAt(s, m.end, "年") || hasAt(s, m.end, "年間") || m.v <= v {
		return sp, false
	}
	y, err := normalize.EraYear(era.Name, v)
	if err != nil {
		return sp, false
	}
	sp.y, sp.yG, sp.hasY = y, gYear, true
	if hasAt(s, m.end, "年度") {
		sp.yG = gFY
	}
	sp.end = k
	sc.era = era.Name
	return sp, true
}

// afterRel reads what may follow a relative word: 今年3月, 来年1月20日,
// 今月26日, 先週金曜日, 本日午後1時, 今年前半.
func (sc *scanner) afterRel(k int, sp spec) (spec, bool) {
	s := sc.s
	switch sp.rel.g {
	case gYear, gFY:
		if sp.rel.choose {
			break
		}
		if h, e := holidayAt(s, k+len("の")); h != nil && hasAt(s, k, "の") && sp.rel.g == gYear {
			sp.hol = h
			return sc.suffix(e, sp)
		}
		if sub, subG, e := subYear(s, k, sp.rel.g == gFY); subG != gNone {
			sp.sub, sp.subG = sub, subG
			return sc.suffix(e, sp)
		}
		if sp.rel.g == gYear {
			kk := k
			if hasAt(s, kk, "の") {
				kk += len("の")
			}
			if n, ok := numAt(s, kk); ok && hasAt(s, n.end, "月") && n.v >= 1 && n.v <= 12 && !monthFollowBad(s, n.end+len("月")) {
				sp.m = n.v
				return sc.afterMonth(n.end+len("月"), sp)
			}
			if h, e := holidayAt(s, kk); h != nil {
				sp.hol = h
				return sc.suffix(e, sp)
			}
		}
	case gMonth:
		if sp.rel.choose || sp.rel.off == 0 && sp.rel.word == "月内" {
			break
		}
		if n, ok := numAt(s, k); ok && hasAt(s, n.end, "日") && n.v >= 1 && n.v <= 31 && dayFollowOK(s, n.end+len("日")) {
			sp.d = n.v
			return sc.suffix(n.end+len("日"), sp)
		}
	case gWeek:
		kk := k
		if hasAt(s, kk, "の") {
			kk += len("の")
		}
		if wd, e := weekdayAt(s, kk); wd > 0 {
			sp.wd = wd
			return sc.suffix(e, sp)
		}
		if e, _ := oneOf(s, kk, "土日", "週末"); e >= 0 {
			sp.weekend = true // 来週の土日
			return sc.suffix(e, sp)
		}
		if n, ok := numAt(s, kk); ok && n.end > kk && hasAt(s, n.end, "日") && n.v >= 1 && n.v <= 31 && dayFollowOK(s, n.end+len("日")) {
			sp.d = n.v // 来週16日: the 16th, in next week
			return sc.suffix(n.end+len("日"), sp)
		}
	}
	return sc.suffix(k, sp)
}

// subYear reads a part of a year at s[i:]: 前半, 上半期, 下期, 第3四半期,
// or (for calendar years) a season.
func subYear(s string, i int, fy bool) (sub int, g gran, end int) {
	k := i
	if hasAt(s, k, "の") {
		k += len("の")
	}
	if e, w := oneOf(s, k, "上半期", "前半", "上期", "前期"); e >= 0 {
		if w == "前期" && fy {
			return 1, gHalf, e
		} else if w != "前期" {
			return 1, gHalf, e
		}
	}
	if e, w := oneOf(s, k, "下半期", "後半", "下期", "後期"); e >= 0 {
		if w != "後期" || fy {
			return 2, gHalf, e
		}
	}
	if e, w := oneOf(s, k, "Q1", "Q2", "Q3", "Q4"); e >= 0 && !(e < len(s) && isDigit(s[e])) {
		return int(w[1] - '0'), gQuarter, e // 2021年Q3
	}
	if e, w := oneOf(s, k, "1Q", "2Q", "3Q", "4Q"); e >= 0 && !(e < len(s) && (isDigit(s[e]) || s[e] >= 'A' && s[e] <= 'Z')) {
		return int(w[0] - '0'), gQuarter, e // 2021年3Q
	}
	if e, _ := oneOf(s, k, "第"); e >= 0 {
		if n, ok := numAt(s, e); ok && n.v >= 1 && n.v <= 4 && hasAt(s, n.end, "四半期") {
			return n.v, gQuarter, n.end + len("四半期")
		}
	}
	if !fy {
		if e, w := oneOf(s, k, "春", "夏", "秋", "冬"); e >= 0 {
			switch w {
			case "春":
				return seasonSpring, gSeason, e
			case "夏":
				return seasonSummer, gSeason, e
			case "秋":
				return seasonFall, gSeason, e
			default:
				return seasonWinter, gSeason, e
			}
		}
	}
	return 0, gNone, i
}

// listOfDays reports whether the words after 1、2日 make it two dates
// (1、2日に, 29、30日の両日) rather than the idiom for a day or two (2、3日の
// 連続した練習, 2、3日で治る).
func listOfDays(s string, i int) bool {
	e, _ := oneOf(s, i, "に", "は", "まで", "から", "、", "の両日", "(", "（", "午", "夜", "朝", "にかけ")
	return e >= 0 && !hasAt(s, i, "にわた") && !hasAt(s, i, "に1") && !hasAt(s, i, "に一")
}

// subYearAt reports whether a season or quarter is written at s[i:]
// (春, Q3), not the start of another word (春闘, 夏休み is still summer).
func subYearAt(s string, i int) bool {
	_, g, e := subYear(s, i, false)
	if g != gSeason && g != gQuarter {
		return false
	}
	r, _ := runeAt(s, e)
	return !(r >= 0x4E00 && r <= 0x9FFF) || r == '季' || r == '頃'
}

// monthFollowBad reports whether the text after N月 shows it is not a month.
func monthFollowBad(s string, i int) bool {
	r, _ := runeAt(s, i)
	switch r {
	case '間', '曜': // 3月間, 月曜
		return true
	case '後': // 一月後: a month later
		return true
	case '前': // 一月前: a month before; 1月前半 is January, 7月前後 about July
		return !hasAt(s, i, "前半") && !hasAt(s, i, "前後")
	}
	return false
}

// dayFollowOK reports whether N日 followed by s[i:] can be a date.
func dayFollowOK(s string, i int) bool {
	r, _ := runeAt(s, i)
	switch r {
	case '間', '目', '分', '中', '遅', '連', '以', '違', '早', '坊': // 3日間, 3日目, 3日分, 一日中, 1日遅れ, 3日連続, 1日違い, 三日坊主
		if r == '以' {
			return !hasAt(s, i, "以内") && !hasAt(s, i, "以上")
		}
		return false
	}
	if hasAt(s, i, "ぶり") || hasAt(s, i, "ごと") || hasAt(s, i, "毎に") || hasAt(s, i, "あたり") || hasAt(s, i, "当たり") || hasAt(s, i, "足らず") || hasAt(s, i, "平均") {
		return false
	}
	if e := countHedge(s, i); e >= 0 {
		// 10日余り, 1日近く, 3日ほど: a length, unless 前 or 後 makes it a
		// relative date (3日ほど前), which relNum reads.
		return hasAt(s, e, "前") || hasAt(s, e, "後")
	}
	return true
}

// numeric parses an expression that starts with the numeral n at i.
func (sc *scanner) numeric(n number, i int, sp spec, rangeEnd bool) (spec, bool) {
	s := sc.s
	e := n.end
	if !n.kanji && e < len(s) && (s[e] == '/' || s[e] == '.' || s[e] == '-') {
		sep := s[e]
		if n.digits == 4 {
			if m, d, k, ok := sepMD(s, e, sep); ok {
				sp.y, sp.yG, sp.hasY, sp.m, sp.d = n.v, gYear, true, m, d
				sp.iso = sep == '-'
				return sc.suffix(k, sp)
			}
			if sep == '/' || sep == '.' && sc.dateline {
				if m, ok := numAt(s, e+1); ok && m.digits > 0 && m.digits <= 2 && m.v >= 1 && m.v <= 12 &&
					!(m.end < len(s) && (isDigit(s[m.end]) || s[m.end] == sep)) {
					sp.y, sp.yG, sp.hasY, sp.m = n.v, gYear, true, m.v
					return sc.suffix(m.end, sp)
				}
			}
			return sp, false
		}
		if sep == '/' && n.digits <= 2 {
			if d, ok := numAt(s, e+1); ok && d.digits > 0 && d.digits <= 2 && n.v >= 1 && n.v <= 12 && d.v >= 1 && d.v <= 31 &&
				!(d.end < len(s) && (isDigit(s[d.end]) || s[d.end] == '/' || s[d.end] == '%')) &&
				d.v <= daysIn(2024, n.v) && !pageAfter(s, d.end) {
				sp.m, sp.d = n.v, d.v
				return sc.suffix(d.end, sp)
			}
		}
		return sp, false
	}
	if !n.kanji && n.digits == 4 && hasAt(s, e, "・") {
		// 2021・7・18: a year, month and day joined by middle dots (a
		// list of numbers has no four-digit year before a valid month
		// and day)
		if m, ok := numAt(s, e+len("・")); ok && !m.kanji && m.digits > 0 && m.digits <= 2 && m.v >= 1 && m.v <= 12 && hasAt(s, m.end, "・") {
			if d, ok := numAt(s, m.end+len("・")); ok && !d.kanji && d.digits > 0 && d.digits <= 2 && d.v >= 1 && d.v <= daysIn(n.v, m.v) &&
				!(d.end < len(s) && (isDigit(s[d.end]) || hasAt(s, d.end, "・"))) {
				sp.y, sp.yG, sp.hasY, sp.m, sp.d = n.v, gYear, true, m.v, d.v
				return sc.suffix(d.end, sp)
			}
		}
		return sp, false
	}
	yearLike := !n.kanji && n.digits == 4 && n.v >= 1000 || n.kanji && n.pos && n.v >= 1000
	if !rangeEnd && !yearLike {
		if sp, ok := sc.sharedUnit(n, sp); ok {
			return sp, true
		}
	}
	switch {
	case hasAt(s, e, "年代"):
		v := n.v
		switch {
		case !n.kanji && n.digits == 4 && v%10 == 0:
			sp.y = v / 10
		case !n.kanji && n.digits == 2 && v%10 == 0:
			sp.y = 190 + v/10
		default:
			return sp, false
		}
		sp.yG, sp.hasY = gDecade, true
		k := e + len("年代")
		if sub, g, e2 := subYear(s, k, true); g == gHalf {
			// 1990年代前半: the first half of a decade is its START.
			sp.mod = article.ModStart
			if sub == 2 {
				sp.mod = article.ModEnd
			}
			k = e2
		}
		return sc.suffix(k, sp)
	case hasAt(s, e, "世紀"):
		if n.v < 1 || n.v > 30 {
			return sp, false
		}
		k := e + len("世紀")
		if hasAt(s, k, "前") && !hasAt(s, k, "前半") || hasAt(s, k, "後") && !hasAt(s, k, "後半") {
			// 3世紀前: three hundred years before, not the 3rd century
			if k2, ok := sc.relSign(100*n.v, gYear, i, k, &sp); ok {
				return sc.suffix(k2, sp)
			}
			return sp, false
		}
		sp.y, sp.yG, sp.hasY = n.v-1, gCentury, true
		if sub, g, e2 := subYear(s, k, true); g == gHalf {
			// 19世紀前半: the first half of a century is its START.
			sp.mod = article.ModStart
			if sub == 2 {
				sp.mod = article.ModEnd
			}
			k = e2
		}
		return sc.suffix(k, sp)
	case yearLike && !hasAt(s, e, "の") && subYearAt(s, e):
		// 2021春, 2021Q3: a part of a year written right after it
		sp.y, sp.yG, sp.hasY = n.v, gYear, true
		sub, g, k := subYear(s, e, false)
		sp.sub, sp.subG = sub, g
		return sc.suffix(k, sp)
	case yearLike && e < len(s) && s[e] == '(' && parenYear(s, e) > e:
		return sc.afterYearNum(n.v, parenYear(s, e), sp)
	case hasAt(s, e, "年") && rangeEnd && sc.era != "":
		y, err := normalize.EraYear(sc.era, n.v)
		sc.era = ""
		if err != nil {
			return sp, false
		}
		return sc.afterYearNum(y, e, sp)
	case hasAt(s, e, "年"):
		if k, ok := sc.relNum(n, i, &sp); ok {
			return sc.afterRelYear(k, sp)
		}
		if !yearLike {
			if y, ok := sc.shortYear(n, e); ok {
				return sc.afterYearNum(y, e, sp)
			}
			if y, ok := sc.bareShortYear(n, i, e); ok {
				return sc.afterYearNum(y, e, sp)
			}
			return sp, false
		}
		return sc.afterYearNum(n.v, e, sp)
	case hasAt(s, e, "月"):
		k := e + len("月")
		if n.v < 1 || n.v > 12 || monthFollowBad(s, k) {
			return sp, false
		}
		sp.m = n.v
		return sc.afterMonth(k, sp)
	case hasAt(s, e, "日"):
		if k, ok := sc.relNum(n, i, &sp); ok {
			return sc.suffix(k, sp)
		}
		k := e + len("日")
		if t, end, ok := sc.dayRate(n, i, k); ok {
			sc.pending, sc.hasPending = hit{start: i, end: end, t: t}, true
			sp.end, sp.skip = end, true // 1日おき, 1日6時間, 中5日: not a date
			return sp, true
		}
		// The end of a range of lengths (2〜3日ほどかかる) is read as a day
		// for the caller to turn both into lengths.
		if n.v < 1 || n.v > 31 || !dayFollowOK(s, k) && !(rangeEnd && lengthAfter(s, k)) {
			return sp, false
		}
		if prev := runeBefore(s, i); prev == 'な' || prev == 'い' && !n.kanji {
			return sp, false // セレブな1日: a day's length
		} else if prev == '週' || prev == '毎' || prev == '月' && !n.kanji {
			return sp, false // 週2日勤務, 月3日: a rate
		}
		if n.kanji && n.v == 1 {
			return sp, false // 一日も早く, 一日一日: not a date without a month
		}
		sp.d = n.v
		return sc.suffix(k, sp)
	case hasAt(s, e, "週間"), hasAt(s, e, "週"), hasAt(s, e, "カ月"), hasAt(s, e, "か月"), hasAt(s, e, "ヶ月"), hasAt(s, e, "ケ月"), hasAt(s, e, "ヵ月"), hasAt(s, e, "箇月"):
		if k, ok := sc.relNum(n, i, &sp); ok {
			return sc.suffix(k, sp)
		}
		return sp, false
	}
	if k, ok := sc.clockNum(n, i, &sp); ok {
		return sc.suffix(k, sp)
	}
	return sp, false
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// sepMD reads "sep M sep D" at s[i:] (i at the first separator).
func sepMD(s string, i int, sep byte) (m, d, end int, ok bool) {
	if i >= len(s) || s[i] != sep {
		return 0, 0, i, false
	}
	mn, ok1 := numAt(s, i+1)
	if !ok1 || mn.digits == 0 || mn.digits > 2 || mn.end >= len(s) || s[mn.end] != sep {
		return 0, 0, i, false
	}
	dn, ok2 := numAt(s, mn.end+1)
	if !ok2 || dn.digits == 0 || dn.digits > 2 {
		return 0, 0, i, false
	}
	if dn.end < len(s) && (isDigit(s[dn.end]) || s[dn.end] == sep) {
		return 0, 0, i, false
	}
	if mn.v < 1 || mn.v > 12 || dn.v < 1 || dn.v > 31 {
		return 0, 0, i, false
	}
	return mn.v, dn.v, dn.end, true
}

// afterYearNum reads what follows a year number ending at e (before 年).
func (sc *scanner) afterYearNum(y, e int, sp spec) (spec, bool) {
	s := sc.s
	if hasAt(s, e, "年度") {
		sp.y, sp.yG, sp.hasY = y, gFY, true
		k := e + len("年度")
		if sub, g, e2 := subYear(s, k, true); g != gNone {
			sp.sub, sp.subG = sub, g
			k = e2
		}
		return sc.suffix(k, sp)
	}
	if !hasAt(s, e, "年") {
		return sp, false
	}
	sp.y, sp.yG, sp.hasY = y, gYear, true
	k := e + len("年")
	if h, e2 := holidayAt(s, k+len("の")); h != nil && hasAt(s, k, "の") {
		sp.hol = h
		return sc.suffix(e2, sp)
	}
	if sub, g, e2 := subYear(s, k, false); g != gNone {
		sp.sub, sp.subG = sub, g
		return sc.suffix(e2, sp)
	}
	kk := k
	if hasAt(s, kk, "の") {
		kk += len("の")
	}
	if n, ok := numAt(s, kk); ok && n.end > kk {
		if sp2, ok := sc.sharedUnit(n, sp); ok && sp2.m > 0 {
			return sp2, true // 2025年1〜3月
		}
	}
	if n, ok := numAt(s, kk); ok && hasAt(s, n.end, "月") && n.v >= 1 && n.v <= 12 {
		if mk := n.end + len("月"); !monthFollowBad(s, mk) {
			if e, ok := periodAt(s, mk); ok {
				// 2026年3月期: the fiscal year that closes that month,
				// named by the year it starts in (FY2025).
				sp.yG, sp.fyEnd = gFY, n.v
				if n.v < 12 {
					sp.y--
				}
				return sc.suffix(e, sp)
			}
			sp.m = n.v
			return sc.afterMonth(mk, sp)
		}
	}
	if h, e2 := holidayAt(s, kk); h != nil {
		sp.hol = h
		return sc.suffix(e2, sp)
	}
	return sc.suffix(k, sp)
}

// periodAt reads 期 that makes a month a fiscal period's close (3月期,
// 3月期決算), not 期間, 期限 or 期待.
func periodAt(s string, i int) (int, bool) {
	if !hasAt(s, i, "期") {
		return i, false
	}
	e := i + len("期")
	if r, _ := runeAt(s, e); r == '間' || r == '限' || r == '待' || r == '日' {
		return i, false
	}
	return e, true
}

// afterMonth reads an optional day after N月 ending at k.
func (sc *scanner) afterMonth(k int, sp spec) (spec, bool) {
	s := sc.s
	if n, ok := numAt(s, k); ok && hasAt(s, n.end, "日") {
		e := n.end + len("日")
		if n.v >= 1 && n.v <= 31 && dayFollowOK(s, e) {
			sp.d = n.v
			return sc.suffix(e, sp)
		}
	}
	return sc.suffix(k, sp)
}

// relNum reads N日前, N週間後, Nカ月前, N年後 (and その-prefixed forms) at
// i, with the numeral n already read.
func (sc *scanner) relNum(n number, i int, sp *spec) (int, bool) {
	s := sc.s
	e := n.end
	var g gran
	var k int
	if e2, _ := oneOf(s, e, "日"); e2 >= 0 {
		g, k = gDay, e2
	} else if e2, _ := oneOf(s, e, "週間", "週"); e2 >= 0 {
		g, k = gWeek, e2
	} else if e2, _ := oneOf(s, e, "カ月", "か月", "ヶ月", "ケ月", "ヵ月", "箇月"); e2 >= 0 {
		g, k = gMonth, e2
	} else if e2, _ := oneOf(s, e, "年"); e2 >= 0 {
		g, k = gYear, e2
	} else {
		return i, false
	}
	v := n.v
	switch {
	case g == gYear && hasAt(s, k, "半"):
		g, v, k = gMonth, 12*v+6, k+len("半") // 2年半前: 30 months before
	case g == gWeek && hasAt(s, k, "半"):
		g, v, k = gDay, 7*v+3, k+len("半") // 1週間半後: ten days and a half
	case g == gMonth && hasAt(s, k, "半"):
		g, v, k = gDay, 30*v+15, k+len("半") // 1カ月半前
	}
	return sc.relSign(v, g, i, k, sp)
}

// relHedges soften a count of units before 前 or 後: 4年くらい前.
var relHedges = []string{"くらい", "ぐらい", "ほど", "程", "ばかり", "余り", "あまり", "近く", "ちょっと", "前後"}

// relSign reads 前 or 後 (after an optional hedge) at k, which ends a count
// v of units g that started at i.
func (sc *scanner) relSign(v int, g gran, i, k int, sp *spec) (int, bool) {
	s := sc.s
	if e, w := oneOf(s, k, relHedges...); e >= 0 && (w != "前後" || hasAt(s, e, "前") || hasAt(s, e, "後")) {
		if hasAt(s, e, "前") && !hasAt(s, e, "前後") || hasAt(s, e, "後") && !hasAt(s, e, "後半") {
			sp.mod, k = article.ModApprox, e
		}
	}
	sign := 0
	if hasAt(s, k, "前") && !hasAt(s, k, "前後") && !hasAt(s, k, "前半") {
		sign = -1
	} else if hasAt(s, k, "後") && !hasAt(s, k, "後半") {
		sign = 1
	}
	if sign == 0 {
		sp.mod = ""
		return i, false
	}
	sp.isRelN, sp.relN, sp.relNG = true, sign*v, g
	sp.relNPrev = runeBefore(s, i) == 'の' && hasAt(s, i-len("その"), "その")
	return k + len("前"), true
}

// halfRel reads 半年前, 半月前, 半世紀前 (and 後) at i.
func (sc *scanner) halfRel(i int, sp *spec) (int, bool) {
	s := sc.s
	if r, _ := runeAt(s, i); r != '半' && r != '四' {
		return i, false
	}
	e, w := oneOf(s, i, "半年", "半月", "半世紀", "四半世紀")
	if e < 0 {
		return i, false
	}
	switch w {
	case "半年":
		return sc.relSign(6, gMonth, i, e, sp)
	case "半月":
		return sc.relSign(15, gDay, i, e, sp)
	case "半世紀":
		return sc.relSign(50, gYear, i, e, sp)
	}
	return sc.relSign(25, gYear, i, e, sp)
}

// freqUnits are the periods of a frequency: 年1回 is P1Y with freq 1X.
var freqUnits = []struct{ word, value string }{
	{"年", "P1Y"}, {"月", "P1M"}, {"週", "P1W"}, {"日", "P1D"},
}

// freqSet reads a frequency at i: 年1回, 月2回, 週に1度, 隔週 (every other
// week), 隔月, 隔年, 隔日.
func (sc *scanner) freqSet(i int) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Type: article.TypeSet, Anchor: article.AnchorNone}
	switch r, _ := runeAt(s, i); r {
	case '年', '月', '週', '日', '隔':
	default:
		return t, i, false
	}
	if hasAt(s, i, "隔") {
		k := i + len("隔")
		for _, u := range freqUnits {
			if hasAt(s, k, u.word) {
				t.Value, t.Quant = "P2"+u.value[2:], "EVERY"
				return t, k + len(u.word), true
			}
		}
		return t, i, false
	}
	if r := runeBefore(s, i); '0' <= r && r <= '9' || isKanjiDigit(r) {
		return t, i, false // 3月2回目: a month
	}
	for _, u := range freqUnits {
		if !hasAt(s, i, u.word) {
			continue
		}
		k := i + len(u.word)
		if hasAt(s, k, "に") {
			k += len("に")
		}
		n, ok := numAt(s, k)
		if !ok || n.end == k {
			return t, i, false
		}
		e, _ := oneOf(s, n.end, "回", "度")
		if e < 0 {
			// 年に20日, 週40時間, 日に3時間: a length in each period
			if f, e2, ok := lengthIn(s, u.value, n, hasAt(s, i+len(u.word), "に")); ok {
				t.Value, t.Freq = u.value, f
				return t, e2, true
			}
			return t, i, false
		}
		if hasAt(s, e, "目") || hasAt(s, e, "転") {
			return t, i, false
		}
		t.Value, t.Freq = u.value, strconv.Itoa(n.v)+"X"
		return t, e, true
	}
	return t, i, false
}

// lengthIn reads a length written after a period (年に20日, 週40時間): the
// unit must be smaller than the period (a day a week, not a year a week),
// and a day's period needs に (日に3時間; 日1時間 is not said).
func lengthIn(s, period string, n number, ni bool) (string, int, bool) {
	var u *durUnit
	for x := range durUnits {
		if hasAt(s, n.end, durUnits[x].word) {
			u = &durUnits[x]
			break
		}
	}
	if u == nil || period == "P1D" && !ni {
		return "", n.end, false
	}
	p := strings.IndexByte(durRank, period[len(period)-1])
	if strings.IndexByte(durRank, u.code) <= p {
		return "", n.end, false
	}
	e := n.end + len(u.word)
	if hasAt(s, e, "間") {
		e += len("間")
	}
	return durValue(n.v, u.code, false), e, true
}

// oneDayNouns after 1日 make it a day's length (1日限定, 1日店長), not the
// first of a month.
var oneDayNouns = []string{
	"限定", "体験", "店長", "署長", "駅長", "局長", "券", "乗車券", "入場券", "パス", "姫", "平均", "がスタート",
	"が始ま", "が終わ", "を過ごし", "を過ごす", "の始まり", "の終わり", "の疲れ", "の流れ", "の過ごし方", "の大半", "の大部分",
	"の仕事", "の生活", "の摂取", "の上限", "の目安", "の必要",
}

// dayRate reads N日 (the numeral n at i, 日 ending at k) used as a length
// or a rate rather than a date: 1日おき (every other day), 3日に1回, 1日6時間,
// 1日に10人, 1日半, 年に1日, 中5日, 1日限定. It returns the duration or
// set it stands for.
func (sc *scanner) dayRate(n number, i, k int) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Type: article.TypeDuration, Anchor: article.AnchorNone, Value: "P" + strconv.Itoa(n.v) + "D"}
	if e, _ := oneOf(s, k, "おき", "置き"); e >= 0 {
		t.Type, t.Value, t.Quant = article.TypeSet, "P"+strconv.Itoa(n.v+1)+"D", "EVERY"
		return t, e, true
	}
	if hasAt(s, k, "に") {
		if m, ok := numAt(s, k+len("に")); ok && m.end > k+len("に") {
			if e, _ := oneOf(s, m.end, "回", "度"); e >= 0 {
				t.Type, t.Freq = article.TypeSet, strconv.Itoa(m.v)+"X" // 3日に1回
				return t, e, true
			}
			if n.v == 1 {
				return t, k, true // 1日に10人
			}
		}
	}
	if hasAt(s, k, "半") {
		t.Value += "T12H" // 1日半
		return t, k + len("半"), true
	}
	if e, _ := oneOf(s, i-len("年に"), "年に", "月に", "週に"); e == i {
		return t, k, true // 年に1日
	}
	if runeBefore(s, i) == '中' {
		return t, k, true // 中5日: the days between two starts
	}
	if p := i - len("、"); hasAt(s, p, "、") && !listOfDays(s, k) {
		if m := runeBefore(s, p); '0' <= m && m <= '9' && n.v-int(m-'0') >= 1 && n.v-int(m-'0') <= 2 {
			t.Mod = article.ModApprox
			return t, k, true // 2、3日の練習: two or three days
		}
	}
	if n.v != 1 {
		return t, i, false
	}
	if m, ok := numAt(s, k); ok && m.end > k && !n.kanji == !m.kanji {
		// 1日6時間, 1日3回, 1日2食: a rate per day
		if f, e, ok := lengthIn(s, "P1D", m, true); ok {
			t.Type, t.Freq = article.TypeSet, f
			return t, e, true
		}
		if e, _ := oneOf(s, m.end, "回", "度"); e >= 0 && !hasAt(s, e, "目") {
			t.Type, t.Freq = article.TypeSet, strconv.Itoa(m.v)+"X"
			return t, e, true
		}
		if _, w := oneOf(s, m.end, "日"); w == "" {
			return t, k, true
		}
	}
	if e, _ := oneOf(s, k, oneDayNouns...); e >= 0 {
		return t, k, true
	}
	return t, i, false
}

// afterRelYear reads a month or season that narrows a year counted from
// the reference: 61年前の3月, 3年前の夏.
func (sc *scanner) afterRelYear(k int, sp spec) (spec, bool) {
	s := sc.s
	if sp.relNG != gYear || !hasAt(s, k, "の") {
		return sc.suffix(k, sp)
	}
	kk := k + len("の")
	if n, ok := numAt(s, kk); ok && n.end > kk && hasAt(s, n.end, "月") && n.v >= 1 && n.v <= 12 && !monthFollowBad(s, n.end+len("月")) {
		sp.m = n.v
		return sc.afterMonth(n.end+len("月"), sp)
	}
	if sub, g, e := subYear(s, k, false); g == gSeason {
		sp.sub, sp.subG = sub, g
		return sc.suffix(e, sp)
	}
	return sc.suffix(k, sp)
}

// clockNum reads a clock time that starts with the numeral n: 13時45分,
// 9時半, 18:45.
func (sc *scanner) clockNum(n number, i int, sp *spec) (int, bool) {
	s := sc.s
	e := n.end
	if hasAt(s, e, "時") {
		if hasAt(s, e, "時間") || hasAt(s, e, "時限") {
			return i, false // 3時間, 6時限 (class periods)
		}
		if n.kanji && !sp.hasPod {
			return i, false // 一時: "for a while"
		}
		h := n.v
		k := e + len("時")
		mm := 0
		ss, tg := 0, gMinute
		if hasAt(s, k, "半") {
			mm, k = 30, k+len("半")
		} else if m, ok := numAt(s, k); ok && hasAt(s, m.end, "分") && !hasAt(s, m.end, "分間") && m.v < 60 {
			mm, k = m.v, m.end+len("分")
			if sec, ok := numAt(s, k); ok && sec.end > k && hasAt(s, sec.end, "秒") && !hasAt(s, sec.end, "秒間") && sec.v < 60 {
				ss, tg, k = sec.v, gSecond, sec.end+len("秒") // 23時59分59秒
			}
		}
		switch {
		case sp.pm && h < 12 && !(sp.pd.code == "NI" && sp.pd.h0 >= 22 && h < 5):
			h += 12
		case sp.pm && h == 12 && sp.pd.code == "NI":
			h = 24 // 夜12時: midnight at the end of the day
		}
		// Broadcast times run past midnight: 25時30分 is 1:30 the next day.
		if h > 29 {
			return i, false
		}
		sp.hh, sp.mm, sp.ss, sp.tg = h, mm, ss, tg
		return k, true
	}
	if !n.kanji && n.digits <= 2 && e+2 < len(s) && s[e] == ':' {
		m, ok := numAt(s, e+1)
		if !ok || m.digits != 2 || m.v > 59 || n.v > 24 {
			return i, false
		}
		if !sp.hasPod && !sp.hasDate() && !sc.dateline && !colonTimeAround(s, i, m.end) {
			return i, false
		}
		h := n.v
		if sp.pm && h < 12 {
			h += 12
		}
		sp.hh, sp.mm, sp.tg = h, m.v, gMinute
		k := m.end
		if k+2 < len(s) && s[k] == ':' {
			if sec, ok := numAt(s, k+1); ok && sec.digits == 2 && sec.v < 60 {
				sp.ss, sp.tg, k = sec.v, gSecond, sec.end
			}
		}
		if e, w := oneOf(s, k, "AM", "am", "a.m.", "PM", "pm", "p.m."); e >= 0 && !sp.hasPod && n.v >= 1 && n.v <= 12 {
			// 12:10AM, 11:30PM: the meridiem written after the time
			switch {
			case w[0] == 'P' || w[0] == 'p':
				sp.hh = n.v%12 + 12
			default:
				sp.hh = n.v % 12
			}
			k = e
		}
		return k, true
	}
	return i, false
}

// colonTimeAround reports whether the words around a bare colon time
// s[i:e] (12:00, 23:59:59) make it a time of day: a range mark or から,
// まで, に, 頃, 開始, 開演, 発, 着 after it, or a range mark before it. A
// race time (2:05:30で優勝) or a score has none of them.
func colonTimeAround(s string, i, e int) bool {
	if e+3 <= len(s) && s[e] == ':' {
		if sec, ok := numAt(s, e+1); ok && sec.digits == 2 {
			e = sec.end
		}
	}
	if e < len(s) && (s[e] == ':' || isDigit(s[e]) || s[e] == '.') {
		return false
	}
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == ':' || s[i-1] == '.') {
		return false
	}
	if k, _ := oneOf(s, e, "〜", "~", "～", "-", "から", "まで", "に", "頃", "ごろ", "開始", "開演", "開場", "発", "着", "締め切り", "締切", "AM", "PM", "am", "pm", "a.m.", "p.m."); k >= 0 {
		return true
	}
	for _, w := range []string{"〜", "~", "～", "-", "から"} {
		if i >= len(w) && s[i-len(w):i] == w {
			return true
		}
	}
	return false
}

// clock reads a time of day at i: 午後1時, 正午, 夜, 13時45分. A part of day
// alone is accepted only when the expression has a date (afterDate).
func (sc *scanner) clock(i int, sp *spec, afterDate bool) (int, bool) {
	s := sc.s
	k := i
	if e, _ := oneOf(s, k, "正午"); e >= 0 {
		sp.hh, sp.mm, sp.tg = 12, 0, gMinute
		return e, true
	}
	if w, e := podAt(s, k); w != nil {
		save := *sp
		sp.pd, sp.hasPod, sp.pm = w.pd, true, w.pm
		if n, ok := numAt(s, e); ok {
			if k2, ok := sc.clockNum(n, e, sp); ok {
				return k2, true
			}
		}
		if afterDate {
			return e, true
		}
		*sp = save
		return i, false
	}
	if n, ok := numAt(s, k); ok {
		return sc.clockNum(n, k, sp)
	}
	return i, false
}

// suffix reads what may follow a date: a weekday, a time of day, a fuzzy
// part or hedge; it then ends the expression at the last byte read.
func (sc *scanner) suffix(k int, sp spec) (spec, bool) {
	s := sc.s
	dayLevel := sp.d > 0 || sp.hol != nil || sp.wd > 0 || sp.rel != nil && sp.rel.g == gDay && sp.rel.pd.code == "" ||
		sp.isRelN && sp.relNG == gDay
	if dayLevel && sp.wd == 0 && sp.tg == 0 {
		if wd, e := weekdayAt(s, k); wd > 0 {
			sp.wd, k = wd, e
		}
	}
	if dayLevel && sp.tg == 0 && !sp.hasPod {
		kk := k
		if kk < len(s) && s[kk] == ' ' {
			kk++
		} else if hasAt(s, kk, "の") {
			kk += len("の")
		} else if (sc.dateline || sp.iso) && kk < len(s) && s[kk] == 'T' {
			kk++
		}
		if e, ok := sc.clock(kk, &sp, true); ok {
			k = e
		}
	}
	if sp.tg != 0 && (sc.dateline || sp.iso) {
		if loc, e := offsetAt(s, k); loc != nil {
			sp.offset, k = loc, e
		}
	}
	g := sp.gran()
	if sp.mod == "" {
		kk := k
		if hasAt(s, kk, "の") && g == gMonth {
			kk += len("の")
		}
		if w, e := modAt(s, kk, g); w != nil {
			sp.mod, k = w.mod, e
			if w.part {
				if w2, e2 := modAt(s, k, gDay); w2 != nil && w2.mod == article.ModApprox {
					k = e2 // 中旬ごろ
				}
			}
		}
	} else if w, e := modAt(s, k, gDay); w != nil && w.mod == article.ModApprox {
		k = e
	}
	if e, _ := oneOf(s, k, "("); e >= 0 {
		if e2, z := oneOf(s, e, zoneWords...); e2 >= 0 && hasAt(s, e2, ")") {
			sp.zone = z // 28日(現地時間)
			k = e2 + len(")")
		}
	}
	if hasAt(s, k, "号") {
		sp.skip = true // an issue date: （6月21日号）
	}
	sp.end = k
	return sp, true
}

// gran returns the granularity an expression is written with.
func (sp *spec) gran() gran {
	switch {
	case sp.tg != 0:
		return sp.tg
	case sp.hasPod:
		return gPOD
	case sp.d > 0 || sp.hol != nil || sp.wd > 0:
		return gDay
	case sp.m > 0:
		return gMonth
	case sp.subG != gNone:
		return sp.subG
	case sp.rel != nil:
		if sp.rel.pd.code != "" {
			return gPOD
		}
		return sp.rel.g
	case sp.isRelN:
		return sp.relNG
	case sp.hasY:
		return sp.yG
	}
	return gNone
}

// offsetAt reads a UTC offset (+0900, +09:00, Z) at s[i:].
func offsetAt(s string, i int) (*time.Location, int) {
	if i < len(s) && s[i] == 'Z' {
		return time.UTC, i + 1
	}
	if i >= len(s) || s[i] != '+' && s[i] != '-' {
		return nil, i
	}
	sign := 1
	if s[i] == '-' {
		sign = -1
	}
	h, ok := numAt(s, i+1)
	if !ok || h.digits != 2 && h.digits != 4 {
		return nil, i
	}
	k := h.end
	hh, mm := h.v, 0
	if h.digits == 4 {
		hh, mm = h.v/100, h.v%100
	} else if k < len(s) && s[k] == ':' {
		m, ok := numAt(s, k+1)
		if !ok || m.digits != 2 {
			return nil, i
		}
		mm, k = m.v, m.end
	}
	if hh > 14 || mm > 59 {
		return nil, i
	}
	off := sign * (hh*3600 + mm*60)
	if off == 9*3600 {
		return japan, k
	}
	return time.FixedZone("", off), k
}

// bareEnd reports whether the part word w ending at k can end a range alone
// (10月上旬から中旬にかけて, 4月から末まで); 初め, 始め and 終わり are too
// often verbs or other words there (から始める).
func bareEnd(s, w string, k int) bool {
	switch w {
	case "上旬", "初旬", "中旬", "下旬", "半ば":
		return true
	case "末":
		e, _ := oneOf(s, k, "まで", "にかけて", "に")
		return e >= 0
	}
	return false
}

func isHiragana(r rune) bool { return 'ぁ' <= r && r <= 'ゖ' }

// kanaWordAlone reports whether the kana word s[start:end] (きょう, あす,
// ことし) stands alone: not inside a longer kana word. Before it only a
// particle may come, after it only a particle or a non-kana character.
func kanaWordAlone(s string, start, end int) bool {
	if p := runeBefore(s, start); isHiragana(p) {
		switch p {
		case 'は', 'が', 'も', 'に', 'と', 'の', 'で', 'を', 'へ', 'や':
		default:
			return false
		}
	}
	next, _ := runeAt(s, end)
	if !isHiragana(next) {
		return true
	}
	e, _ := oneOf(s, end, "は", "の", "も", "に", "から", "まで", "で", "こそ", "じゅう", "中", "ごろ", "、")
	return e >= 0 && !hasAt(s, end, "のう") && !hasAt(s, end, "みょう")
}

// pageAfter reports whether a page count follows (1/2 ページ).
func pageAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	e, _ := oneOf(s, i, "ページ", "頁", "枚")
	return e >= 0
}

// shortYear reads a two-digit year written before a month (22年2月期, 31年3月):
// the year of that century nearest the reference, or 20xx without one.
func (sc *scanner) shortYear(n number, e int) (int, bool) {
	if n.kanji || n.digits != 2 {
		return 0, false
	}
	k := e + len("年")
	m, ok := numAt(sc.s, k)
	if !ok || m.end == k || !hasAt(sc.s, m.end, "月") || m.v < 1 || m.v > 12 || monthFollowBad(sc.s, m.end+len("月")) {
		return 0, false
	}
	return sc.fullYear(n.v), true
}

// fullYear returns the year of the century nearest the reference (20xx
// without one) that a two-digit year v names.
func (sc *scanner) fullYear(v int) int {
	base := 2000
	if sc.hasRef {
		base = sc.ref.Year() / 100 * 100
		if v > sc.ref.Year()%100+20 {
			base -= 100
		}
	}
	return base + v
}

// shortYearBefore are words after which a number of years is a length
// (懲役10年, 築30年, 創業50年, それから20年), not a year.
var shortYearBefore = []string{
	"懲役", "禁錮", "禁固", "築", "勤続", "任期", "創業", "創立", "生後", "計", "通算", "最長", "最短", "満",
	"足掛け", "わずか", "残り", "平均", "延べ", "約", "実に", "在籍", "在任", "連続", "過去", "ここ", "この",
	"直近", "今後", "向こう", "から", "後", "もう", "既に", "すでに", "同", "およそ", "ほぼ", "丸", "およそ",
}

// shortYearAfter are the words after 年 with which a two-digit year is a
// year (19年に, 23年の, 18年から, 21年春).
var shortYearAfter = []string{
	"に", "の", "は", "、", ",", "から", "まで", "以降", "以来", "以前", "頃", "ごろ", "春", "夏", "秋", "冬",
	"度", "末", "初め", "初頭", "前半", "後半", "上期", "下期", "上半期", "下半期", "当時", "時点", "(", ")", "比",
}

// shortYearNot are what after those words shows a length after all (20年に
// わたり, 10年に1度, 10年の歳月).
var shortYearNot = []string{
	"にわたり", "にわたって", "にわたる", "に及", "に1度", "に一度", "に1回", "に一回", "にも", "の歳月", "の節目",
	"の月日", "の時", "の間", "の刑", "の懲役", "の契約", "の歴史", "の実績", "の経験", "の長", "の任期",
	"の期間", "の年月", "の交際", "の結婚", "のキャリア", "の伝統", "の重み", "はかか", "は掛か",
}

// bareShortYear reads a two-digit year standing alone (19年に, 23年の),
// once the text or its document has written a full year, never in counts
// (20年ぶり, 3年目, 10年間, 5年前, 懲役10年, 20年にわたり).
func (sc *scanner) bareShortYear(n number, i, e int) (int, bool) {
	s := sc.s
	if !sc.century || n.kanji || n.digits != 2 {
		return 0, false
	}
	k := e + len("年")
	if _, w := oneOf(s, k, shortYearAfter...); w == "" {
		if k < len(s) {
			return 0, false
		}
	}
	if e2, _ := oneOf(s, k, shortYearNot...); e2 >= 0 {
		return 0, false
	}
	for _, w := range shortYearBefore {
		if strings.HasSuffix(s[:i], w) {
			return 0, false
		}
	}
	// A year opens a phrase: at the start, after punctuation or a
	// particle; after a noun or a verb (柔道11年, 結婚して30年, 後の28年)
	// a number of years is a length.
	switch p := runeBefore(s, i); p {
	case 0, '、', ',', '。', ' ', '(', '「', '『', '【', 'は', 'が', 'も', 'に', 'と', 'や', 'で', '～', '〜', '・':
	default:
		return 0, false
	}
	return sc.fullYear(n.v), true
}

// parenYear returns the offset of 年 after a parenthesized gloss of a year
// (1905(明治38)年, 平成31(2019)年), or -1.
func parenYear(s string, i int) int {
	if i >= len(s) || s[i] != '(' {
		return -1
	}
	end := i + 1
	for end < len(s) && end-i < 24 && s[end] != ')' {
		end++
	}
	if end >= len(s) || s[end] != ')' || !hasAt(s, end+1, "年") {
		return -1
	}
	return end + 1
}

// sharedUnit reads the start of a range whose unit is written once, after
// its end: 22〜25日, 1〜3月, 13〜15時. The start takes the unit; the end is
// read as a range end.
func (sc *scanner) sharedUnit(n number, sp spec) (spec, bool) {
	s := sc.s
	k, sep := oneOf(s, n.end, "〜", "~", "-", "、", "・")
	if k < 0 {
		return sp, false
	}
	m, ok := numAt(s, k)
	if !ok || m.end == k || m.kanji != n.kanji || m.v <= n.v {
		return sp, false
	}
	if sep == "、" || sep == "・" {
		// 1、2日, 29・30日: a list whose unit is written once; the end is
		// read on its own after the start.
		switch {
		case hasAt(s, m.end, "日") && listOfDays(s, m.end+len("日")) && n.v >= 1 && m.v <= 31 && m.v-n.v <= 2:
			sp.d = n.v
		case hasAt(s, m.end, "月") && !monthFollowBad(s, m.end+len("月")) && n.v >= 1 && m.v <= 12 && m.v-n.v <= 2:
			sp.m = n.v
		default:
			return sp, false
		}
		sp.end = n.end
		return sp, true
	}
	switch {
	case hasAt(s, m.end, "日") && !hasAt(s, m.end, "日間") && n.v >= 1 && m.v <= 31:
		sp.d = n.v
	case hasAt(s, m.end, "月") && !monthFollowBad(s, m.end+len("月")) && n.v >= 1 && m.v <= 12:
		sp.m = n.v
	case hasAt(s, m.end, "時") && !hasAt(s, m.end, "時間") && !n.kanji && m.v <= 24:
		sp.hh, sp.tg = n.v, gMinute
	case hasAt(s, m.end, "年") && !hasAt(s, m.end, "年間") && sc.century && n.digits == 2 && m.digits == 2:
		// 23〜27年度: two-digit years once a full year is written
		if _, ok := sc.bareShortYear(m, k, m.end); !ok && !hasAt(s, m.end, "年度") {
			return sp, false
		}
		sp.y, sp.yG, sp.hasY = sc.fullYear(n.v), gYear, true
		if hasAt(s, m.end, "年度") {
			sp.yG = gFY
		}
	default:
		return sp, false
	}
	sp.end = n.end
	return sp, true
}
