package temporal

import (
	"time"

	"github.com/newsdoc/newsdoc/article"
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
		return sp, false
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
	return sp, false
}

// relGuard rejects relative words that are part of another word.
func (sc *scanner) relGuard(r *rel, start, end int) bool {
	next, _ := runeAt(sc.s, end)
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
	case "年内", "月内":
		return next != '容' // 年内容? guard against 〜年内容
	}
	return true
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

// monthFollowBad reports whether the text after N月 shows it is not a month.
func monthFollowBad(s string, i int) bool {
	r, _ := runeAt(s, i)
	switch r {
	case '間', '曜': // 3月間, 月曜
		return true
	case '後': // 一月後: a month later
		return true
	case '前': // 一月前: a month before; 1月前半 is January
		return !hasAt(s, i, "前半")
	}
	return false
}

// dayFollowOK reports whether N日 followed by s[i:] can be a date.
func dayFollowOK(s string, i int) bool {
	r, _ := runeAt(s, i)
	switch r {
	case '間', '目', '分', '中', '遅', '連', '以', '違', '早': // 3日間, 3日目, 3日分, 一日中, 1日遅れ, 3日連続, 1日違い
		if r == '以' {
			return !hasAt(s, i, "以内") && !hasAt(s, i, "以上")
		}
		return false
	}
	if hasAt(s, i, "ぶり") || hasAt(s, i, "あたり") || hasAt(s, i, "当たり") || hasAt(s, i, "足らず") || hasAt(s, i, "平均") {
		return false
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
		return sc.suffix(e+len("年代"), sp)
	case hasAt(s, e, "世紀"):
		if n.v < 1 || n.v > 30 {
			return sp, false
		}
		sp.y, sp.yG, sp.hasY = n.v-1, gCentury, true
		k := e + len("世紀")
		if sub, g, e2 := subYear(s, k, true); g == gHalf {
			// 19世紀前半: the first half of a century is its START.
			sp.mod = article.ModStart
			if sub == 2 {
				sp.mod = article.ModEnd
			}
			k = e2
		}
		return sc.suffix(k, sp)
	case yearLike && e < len(s) && s[e] == '(' && parenYear(s, e) > e:
		return sc.afterYearNum(n.v, parenYear(s, e), sp)
	case hasAt(s, e, "年"):
		if k, ok := sc.relNum(n, i, &sp); ok {
			return sc.suffix(k, sp)
		}
		if !yearLike {
			if y, ok := sc.shortYear(n, e); ok {
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
		if n.v < 1 || n.v > 31 || !dayFollowOK(s, k) {
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
	case hasAt(s, e, "週間"), hasAt(s, e, "カ月"), hasAt(s, e, "か月"), hasAt(s, e, "ヶ月"), hasAt(s, e, "ケ月"), hasAt(s, e, "ヵ月"), hasAt(s, e, "箇月"):
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
	sign := 0
	if hasAt(s, k, "前") && !hasAt(s, k, "前後") && !hasAt(s, k, "前半") {
		sign = -1
	} else if hasAt(s, k, "後") && !hasAt(s, k, "後半") {
		sign = 1
	}
	if sign == 0 {
		return i, false
	}
	sp.isRelN, sp.relN, sp.relNG = true, sign*n.v, g
	sp.relNPrev = runeBefore(s, i) == 'の' && hasAt(s, i-len("その"), "その")
	return k + len("前"), true
}

// clockNum reads a clock time that starts with the numeral n: 13時45分,
// 9時半, 18:45.
func (sc *scanner) clockNum(n number, i int, sp *spec) (int, bool) {
	s := sc.s
	e := n.end
	if hasAt(s, e, "時") {
		if hasAt(s, e, "時間") {
			return i, false
		}
		if n.kanji && !sp.hasPod {
			return i, false // 一時: "for a while"
		}
		h := n.v
		k := e + len("時")
		mm := 0
		if hasAt(s, k, "半") {
			mm, k = 30, k+len("半")
		} else if m, ok := numAt(s, k); ok && hasAt(s, m.end, "分") && !hasAt(s, m.end, "分間") && m.v < 60 {
			mm, k = m.v, m.end+len("分")
		}
		if sp.pm && h < 12 && !(sp.pd.code == "NI" && sp.pd.h0 >= 22 && h < 5) {
			h += 12
		}
		if h > 24 || h == 24 && mm > 0 {
			return i, false
		}
		sp.hh, sp.mm, sp.tg = h, mm, gMinute
		return k, true
	}
	if !n.kanji && n.digits <= 2 && e+2 < len(s) && s[e] == ':' && (sp.hasPod || sp.hasDate() || sc.dateline) {
		m, ok := numAt(s, e+1)
		if !ok || m.digits != 2 || m.v > 59 || n.v > 24 {
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
		return k, true
	}
	return i, false
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
	base := 2000
	if sc.hasRef {
		base = sc.ref.Year() / 100 * 100
		if n.v > sc.ref.Year()%100+20 {
			base -= 100
		}
	}
	return base + n.v, true
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
	k, _ := oneOf(s, n.end, "〜", "~", "-")
	if k < 0 {
		return sp, false
	}
	m, ok := numAt(s, k)
	if !ok || m.end == k || m.kanji != n.kanji || m.v <= n.v {
		return sp, false
	}
	switch {
	case hasAt(s, m.end, "日") && !hasAt(s, m.end, "日間") && n.v >= 1 && m.v <= 31:
		sp.d = n.v
	case hasAt(s, m.end, "月") && !monthFollowBad(s, m.end+len("月")) && n.v >= 1 && m.v <= 12:
		sp.m = n.v
	case hasAt(s, m.end, "時") && !hasAt(s, m.end, "時間") && !n.kanji && m.v <= 24:
		sp.hh, sp.tg = n.v, gMinute
	default:
		return sp, false
	}
	sp.end = n.end
	return sp, true
}
