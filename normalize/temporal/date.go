package temporal

import (
	"strings"
	"time"
	"unicode/utf8"

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
	// 事故から2年後, あれから4年後: counted from what から follows, at
	// relNFrom; relNThat when that is あれ, それ or これ (the time last
	// mentioned), else it must be the time just before から.
	relNFrom    int
	relNFromSet bool
	relNThat    bool
	isRelN      bool

	y    int  // year (western), decade (199) or century (18)
	yG   gran // gYear, gFY, gDecade, gCentury when y is written
	hasY bool
	m, d int // 0 when not written
	sub  int
	subG gran // gHalf, gQuarter, gSeason
	wd   int  // ISO weekday, 0 when not written
	nth  int  // the wd is the nth of month m (11月の第3木曜日), 0 when not
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
	same    bool // after 同 (同9月, 同10日): in the year or month mentioned last
}

// hasDate reports whether sp names a date (as opposed to a clock time alone).
func (sp *spec) hasDate() bool {
	return sp.rel != nil || sp.isRelN || sp.hasY || sp.m > 0 || sp.d > 0 || sp.wd > 0 || sp.hol != nil || sp.bare
}

// leftOK reports whether a numeral may start an expression at i: not in the
// middle of a number, a code or an ordinal (第2次).
func (sc *scanner) leftOK(i int) bool {
	if i == sc.listAt && i > 0 {
		return true // 1,2日: the second of a list
	}
	r := runeBefore(sc.s, i)
	switch {
	case r == 0:
		return true
	case '0' <= r && r <= '9', isASCIILetter(r), isKanjiDigit(r):
		return false
	}
	switch r {
	case '.':
		// A.5月9日, Q．5月に: the full stop of a label, not the point of
		// a decimal (1.2) nor of a version (v1.2).
		p := runeBefore(sc.s, i-1)
		return isASCIILetter(p) && !isASCIILetter(runeBefore(sc.s, i-2)) && runeBefore(sc.s, i-2) != '.'
	case ',':
		// 雨の場合は，7月20日 (the full-width comma is normalized to ','): a
		// comma after words ends a clause; after a digit it groups one.
		p := runeBefore(sc.s, i-1)
		return p != 0 && !('0' <= p && p <= '9') && !isKanjiDigit(p) && !isASCIILetter(p)
	case ':':
		// 日時：12月6日 (the full-width colon is normalized to ':'): the
		// colon of a label; after a digit it is a clock's (10:30) or a
		// score's (3:1).
		// A:12月6日です: the label of an answer.
		p := runeBefore(sc.s, i-1)
		if isASCIILetter(p) {
			q := runeBefore(sc.s, i-2)
			return !isASCIILetter(q) && !('0' <= q && q <= '9')
		}
		return p != 0 && !('0' <= p && p <= '9') && !isKanjiDigit(p)
	case '第', '#', '№', '¥', '$', '€', '£', '/', '_', '-', '+', '約':
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

// hedgedRel reports whether a hedged count from the reference starts at
// i (約1か月後, およそ2週間前): a date the duration reader must leave.
func (sc *scanner) hedgedRel(i int) bool {
	e, _ := oneOf(sc.s, i, "約", "およそ", "おおよそ")
	if e < 0 {
		return false
	}
	n, ok := numAt(sc.s, e)
	if !ok || n.end == e {
		return false
	}
	var sp spec
	_, ok = sc.relNum(n, e, &sp)
	return ok
}

// sameEraYear reads 同55年 at s[i:]: a year of the era last written
// (昭和48年に稼働…同55年に閉鎖), which 同 alone does not name.
func (sc *scanner) sameEraYear(i int, sp spec) (spec, bool) {
	s := sc.s
	if sc.lastEra == "" || !hasAt(s, i, "同") {
		return sp, false
	}
	k := i + len("同")
	n, ok := numAt(s, k)
	if !ok || n.end == k || !hasAt(s, n.end, "年") || hasAt(s, n.end, "年間") || hasAt(s, n.end, "年前") || hasAt(s, n.end, "年後") {
		return sp, false
	}
	y, err := normalize.EraYear(sc.lastEra, n.v)
	if err != nil {
		if y, ok = pastEnd(sc.lastEra, n.v); !ok {
			return sp, false
		}
	}
	return sc.afterYearNum(y, n.end, sp)
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
	// 同9月, 同10日: a month of the year, a day of the month mentioned
	// last.
	if e, _ := oneOf(s, j, "同"); e >= 0 && sc.hasPrev {
		if n, ok := numAt(s, e); ok && n.end > e && !n.kanji && (hasAt(s, n.end, "月") && !hasAt(s, n.end, "月間") || hasAt(s, n.end, "日") && !hasAt(s, n.end, "日間")) {
			sp.same = true
			j = e
		}
	}
	// 約3年前, およそ1か月後: a hedged count from the reference.
	if e, _ := oneOf(s, j, "約", "およそ", "おおよそ"); e >= 0 {
		if n, ok := numAt(s, e); ok && n.end > e {
			if k, ok := sc.relNum(n, e, &sp); ok {
				sp.mod = article.ModApprox
				if sp.relNG == gYear {
					return sc.afterRelYear(k, sp)
				}
				return sc.suffix(k, sp)
			}
		}
		return sp, false
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
		if !r.choose || r.g != gSeason {
			return sp, false
		}
		// a season word that dates nothing may open a holiday (春分の日)
	}
	if sc.eraShared(j, &sp) {
		return sp, true
	}
	if k, ok := sc.beforeCommonEra(j, &sp); ok {
		return sc.suffix(k, sp)
	}
	if k, _ := oneOf(s, j, "西暦"); k >= 0 {
		// 西暦740年: the word makes any number of years a year of the
		// common era, however few its digits.
		if n, ok := numAt(s, k); ok && n.end > k && n.v >= 1 && n.v <= 9999 {
			if sp2, ok := sc.afterYearNum(n.v, n.end, sp); ok {
				return sp2, true
			}
		}
	}
	if y, k, ok := eraEdgeYear(s, j); ok {
		sp.y, sp.yG, sp.hasY = y, gYear, true // 平成最後の年
		return sc.suffix(k, sp)
	}
	if sp2, ok := sc.sameEraYear(j, sp); ok {
		return sp2, true
	}
	if y, e, letter, ok := eraAt(s, j); ok {
		if !letter && j+6 <= len(s) {
			if e, found := normalize.LookupEra(s[j : j+6]); found {
				sc.lastEra = e.Name
			}
		}
		if !letter && hasAt(s, e, "年代") {
			// 明治20年代: ten years from an era's 20th, which no value
			// of the calendar's decades writes; read and left.
			sp.skip, sp.end = true, e+len("年代")
			return sp, true
		}
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
	if n, ok := sc.numeral(j); ok {
		if rangeEnd && n.v >= 1 && n.v <= 31 {
			if wd, e := weekdayAt(s, n.end); wd > 0 && e > n.end {
				sp.d, sp.wd = n.v, wd // 11/3（月）〜5（水）
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
// rangeEnd in the same era. It fills sp only when it reports true; sp is
// passed by pointer because date asks at most places in the text and a
// copy of spec each way cost more than the reading.
func (sc *scanner) eraShared(i int, sp *spec) bool {
	s := sc.s
	if i+6 > len(s) || !eraFirst(s, i) {
		return false
	}
	era, found := normalize.LookupEra(s[i : i+6])
	if !found {
		return false
	}
	k := i + 6
	v := 0
	if hasAt(s, k, "元") {
		v, k = 1, k+len("元")
	} else if n, ok := numAt(s, k); ok && n.end > k {
		v, k = n.v, n.end
	} else {
		return false
	}
	d, _ := oneOf(s, k, "〜", "~")
	if d < 0 {
		return false
	}
	m, ok := numAt(s, d)
	if !ok || m.end == d || !hasAt(s, m.end, "年") || hasAt(s, m.end, "年間") || m.v <= v {
		return false
	}
	y, err := normalize.EraYear(era.Name, v)
	if err != nil {
		return false
	}
	sp.y, sp.yG, sp.hasY = y, gYear, true
	if hasAt(s, m.end, "年度") {
		sp.yG = gFY
	}
	sp.end = k
	sc.era = era.Name
	return true
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

// halfMod reads a half written after a decade or a century at k (前半,
// 後半): the first half is the span's START, the second its END. It
// returns where the expression goes on.
func halfMod(s string, k int, sp *spec) int {
	sub, g, e := subYear(s, k, true)
	if g != gHalf {
		return k
	}
	sp.mod = article.ModStart
	if sub == 2 {
		sp.mod = article.ModEnd
	}
	return e
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

// monthLength reports whether the kanji 一月 at s[i:k] is a month's length
// (最初の一月で, わずか一月ほど), not January: a word of measure before it
// or after it.
func monthLength(s string, i, k int) bool {
	for _, w := range []string{"最初の", "はじめの", "初めの", "わずか", "たった", "あと", "ここ", "約"} {
		if i >= len(w) && s[i-len(w):i] == w {
			return true
		}
	}
	_, w := oneOf(s, k, "ほど", "程度", "余り", "あまり", "足らず", "近く", "以上", "以内", "ばかり", "くらい", "ぐらい", "で")
	return w != ""
}

// dayFollowOK reports whether N日 followed by s[i:] can be a date.
func dayFollowOK(s string, i int) bool {
	r, _ := runeAt(s, i)
	switch r {
	case '間', '目', '分', '中', '遅', '連', '以', '違', '早', '坊', '未': // 3日間, 3日目, 3日分, 一日中, 1日遅れ, 3日連続, 1日違い, 三日坊主
		if r == '以' {
			return !hasAt(s, i, "以内") && !hasAt(s, i, "以上") && !hasAt(s, i, "以下") // 8日以下で: a length
		}
		if r == '未' {
			return !hasAt(s, i, "未満") // 5日未満の滞在
		}
		if r == '早' {
			return hasAt(s, i, "早朝") // 15日早朝; 1日早く: a length
		}
		if r == '中' && i >= len("日") {
			// 15日中に: within the 15th; 1日中, 一日中: all day long.
			n := i - len("日")
			one, w := utf8.DecodeLastRuneInString(s[:n])
			switch {
			case one == '1' || one == '一':
				prev := runeBefore(s, n-w)
				return '0' <= prev && prev <= '9' // 11日中, 21日中
			case '0' <= one && one <= '9':
				return true
			}
		}
		return false
	}
	if hasAt(s, i, "でも") && oneDayBefore(s, i) {
		return false // 1日でも早く: by even one day, no date
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
	if !rangeEnd && !n.kanji {
		if q, k := quarterMonths(s, n); q > 0 {
			// 1〜3月期 with no year: a quarter, its year read from the
			// reference (resolve).
			sp.sub, sp.subG = q, gQuarter
			return sc.suffix(k, sp)
		}
	}
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
				if sep == '/' && subYearAt(s, e+1) {
					// 2021/春, 2021/Q3: a part of a year after a slash
					sp.y, sp.yG, sp.hasY = n.v, gYear, true
					sub, g, k := subYear(s, e+1, false)
					sp.sub, sp.subG = sub, g
					return sc.suffix(k, sp)
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
	yearLike := !n.kanji && n.digits == 4 && n.v >= 1000 || n.kanji && n.pos && n.v >= 1000 && n.v <= 9999
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
		return sc.suffix(halfMod(s, e+len("年代"), &sp), sp) // 1990年代前半
	case hasAt(s, e, "世紀"):
		if n.v < 1 || n.v > 30 {
			return sp, false
		}
		k := e + len("世紀")
		if k2, ok := sc.relSign(100*n.v, gYear, i, k, &sp); ok {
			// 3世紀前, 1世紀近く前: hundreds of years before, not the
			// 3rd century
			return sc.suffix(k2, sp)
		}
		if centuryLength(s, k) > k {
			return sp, false // 1世紀近く: a length, read as one
		}
		sp.y, sp.yG, sp.hasY = n.v-1, gCentury, true
		return sc.suffix(halfMod(s, k, &sp), sp) // 19世紀前半
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
		if n.v < 1 || n.v > 12 || monthFollowBad(s, k) || n.kanji && n.v == 1 && monthLength(s, i, k) {
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
		if n.v < 1 || n.v > 31 || !dayFollowOK(s, k) && !(rangeEnd && lengthAfter(s, k)) || dayLengthBefore(s, i) {
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

// yearLengthWords after N年 make it a count of years, not a year: 1000年
// ぶり, 2000年近く, 1300年以上, 500年余り. 前後 is not among them: 2000年前後
// is around the year 2000.
var yearLengthWords = []string{"ぶり", "余り", "余", "近く", "以上", "超", "足らず", "未満", "弱", "ほど", "程度", "もの間", "もの長", "にわた"}

// afterYearNum reads what follows a year number ending at e (before 年).
func (sc *scanner) afterYearNum(y, e int, sp spec) (spec, bool) {
	s := sc.s
	if y > 9999 {
		return sp, false // 二〇〇二五年: no calendar year
	}
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
	if g := yearGloss(s, k, y); g > k {
		k = g // 2026年(令和8年)10月19日: the same year in the other calendar
	}
	if w, _ := oneOf(s, k, yearLengthWords...); w >= 0 || yearsSince(s, k) {
		return sp, false // 1000年ぶり, 2000年近く, 1300年以上: years counted
	}
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
		if q, e := quarterMonths(s, n); q > 0 {
			sp.sub, sp.subG = q, gQuarter
			return sc.suffix(e, sp) // 2025年1〜3月期: the first quarter
		}
		if h, fy, e := halfMonths(s, n); h > 0 {
			// 2025年4〜9月期: the first half of the fiscal year that
			// starts in April; 2025年1〜6月期, the calendar's.
			sp.sub, sp.subG = h, gHalf
			if fy {
				sp.yG = gFY
			}
			return sc.suffix(e, sp)
		}
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

// quarterMonths reads the three months of a calendar quarter written as a
// period after a year (1〜3月期, 10-12月期), from the number n: it returns
// the quarter and the end, or 0.
func quarterMonths(s string, n number) (int, int) {
	k, _ := oneOf(s, n.end, "〜", "~", "-")
	if k < 0 || n.v < 1 || n.v > 10 || n.v%3 != 1 {
		return 0, n.end
	}
	m, ok := numAt(s, k)
	if !ok || m.end == k || m.v != n.v+2 || !hasAt(s, m.end, "月") {
		return 0, n.end
	}
	if e, ok := periodAt(s, m.end+len("月")); ok {
		return (n.v + 2) / 3, e
	}
	return 0, n.end
}

// halfMonths reads the six months of a half year written as a period
// after a year, from the number n: 1〜6月期 and 7〜12月期 are the halves of
// the calendar year, 4〜9月期 the first half of a fiscal year that starts
// in April (fy set). It returns the half and the end, or 0.
func halfMonths(s string, n number) (half int, fy bool, end int) {
	k, _ := oneOf(s, n.end, "〜", "~", "-")
	if k < 0 {
		return 0, false, n.end
	}
	m, ok := numAt(s, k)
	if !ok || m.end == k || !hasAt(s, m.end, "月") {
		return 0, false, n.end
	}
	e, ok := periodAt(s, m.end+len("月"))
	if !ok {
		return 0, false, n.end
	}
	switch {
	case n.v == 1 && m.v == 6:
		return 1, false, e
	case n.v == 7 && m.v == 12:
		return 2, false, e
	case n.v == 4 && m.v == 9:
		return 1, true, e
	}
	return 0, false, n.end
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
		// 3月1日中に: within that day; a day after its month is a date.
		if n.v >= 1 && n.v <= 31 && (dayFollowOK(s, e) || hasAt(s, e, "中")) {
			sp.d = n.v
			return sc.suffix(e, sp)
		}
	}
	// 10月14(金): a day whose 日 is left out before its weekday.
	if n, ok := numAt(s, k); ok && n.end > k && !n.kanji && n.v >= 1 && n.v <= 31 && (hasAt(s, n.end, "(") || hasAt(s, n.end, "（")) {
		if wd, e := weekdayAt(s, n.end); wd > 0 && e > n.end {
			sp.d = n.v
			return sc.suffix(n.end, sp)
		}
	}
	// 4月23〜29日, 12月21・22日: days whose unit is written once, after
	// the last.
	if n, ok := numAt(s, k); ok && n.end > k && !hasAt(s, n.end, "日") {
		if sp2, ok := sc.sharedUnit(n, sp); ok && sp2.d > 0 && sp2.m == sp.m {
			return sp2, true
		}
	}
	// The nth weekday of the month: 11月の第3木曜日, 5月第2日曜.
	kk := k
	if hasAt(s, kk, "の") {
		kk += len("の")
	}
	if hasAt(s, kk, "第") {
		if n, ok := numAt(s, kk+len("第")); ok && n.v >= 1 && n.v <= 5 {
			if wd, e := weekdayAt(s, n.end); wd > 0 && e > n.end {
				sp.wd, sp.nth = wd, n.v
				return sc.suffix(e, sp)
			}
		}
	}
	return sc.suffix(k, sp)
}

// rangeMark reports a mark that joins the two ends of a range.
func rangeMark(r rune) bool { return r == '〜' || r == '～' || r == '~' || r == '-' || r == '−' }

// clockRangeAt reports whether a time of day at i opens a range of times
// (10:00〜18:00).
func clockRangeAt(sc *scanner, i int) bool {
	var probe spec
	e, ok := sc.clock(i, &probe, true)
	if !ok {
		return false
	}
	r, _ := runeAt(sc.s, e)
	return rangeMark(r)
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
			if rangeMark(runeBefore(s, sp.start)) && clockRangeAt(sc, kk) {
				// 3月4日〜12日 10:00〜18:00: the hours of every day
				// of the range, not a time of its last day.
				kk = -1
			}
		} else if hasAt(s, kk, "の") {
			kk += len("の")
		} else if (sc.dateline || sp.iso) && kk < len(s) && s[kk] == 'T' {
			kk++
		}
		if kk >= 0 {
			if e, ok := sc.clock(kk, &sp, true); ok {
				k = e
			}
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
		if hasAt(s, kk, "の") && (g == gMonth || g == gCentury || g == gDecade || g == gYear || g == gFY) {
			kk += len("の")
		}
		if w, e := modAt(s, kk, g); w != nil && (kk == k || g == gMonth || w.part) {
			// 3月の下旬, 1990年代の初め, 2020年の終わり; 2020年の頃 is not
			// a way to write a year.
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
	"度", "末", "初め", "初頭", "前半", "後半", "上期", "下期", "上半期", "下半期", "当時", "時点", "(", ")", "比", "産",
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
	// a number of years is a length. 翌 names the year after the one
	// just told by its number (2019年に開業し、翌20年に).
	switch p := runeBefore(s, i); p {
	case 0, '、', ',', '。', ' ', '(', '「', '『', '【', 'は', 'が', 'も', 'に', 'と', 'や', 'で', '～', '〜', '・', '翌':
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

// yearGloss returns the end of a parenthesized gloss at s[i:] that gives
// the year y again in the other calendar, its 年 written inside: the
// 2026年(令和8年) of a newspaper's folio, 令和8年(2026年) of an official
// notice. It returns -1 for any other parenthesis (a gloss of another
// year is a different statement, not the same date).
func yearGloss(s string, i, y int) int {
	if i >= len(s) || s[i] != '(' {
		return -1
	}
	end := strings.IndexByte(s[i:min(len(s), i+24)], ')')
	if end < 0 {
		return -1
	}
	end += i
	in := s[i+1 : end]
	if !strings.HasSuffix(in, "年") {
		return -1
	}
	if n, ok := numAt(in, 0); ok && n.end == len(in)-len("年") && !n.kanji {
		if n.v == y {
			return end + 1
		}
		return -1
	}
	if g, e, letter, ok := eraAt(in, 0); ok && !letter && e == len(in)-len("年") && g == y {
		return end + 1
	}
	return -1
}

// oneDayBefore reports whether s[:i] ends in 1日 or 一日 and no longer
// number (11日, 21日).
func oneDayBefore(s string, i int) bool {
	if i >= len("一日") && s[i-len("一日"):i] == "一日" {
		return true
	}
	if i < len("1日") || s[i-len("1日"):i] != "1日" {
		return false
	}
	j := i - len("1日")
	return j == 0 || !isDigit(s[j-1])
}

// rateAfter reports whether the words at s[i:] make the days before them
// a period of a rate: 2〜3日に1回, 3日に一度.
func rateAfter(s string, i int) bool {
	k, ok := strings.CutPrefix(s[i:], "に")
	if !ok {
		return false
	}
	if strings.HasPrefix(k, "一") {
		k = k[len("一"):]
	} else {
		j := 0
		for j < len(k) && isDigit(k[j]) {
			j++
		}
		if j == 0 {
			return false
		}
		k = k[j:]
	}
	return strings.HasPrefix(k, "回") || strings.HasPrefix(k, "度")
}

// sharedUnit reads the start of a range whose unit is written once, after
// its end: 22〜25日, 1〜3月, 13〜15時, 1から2日. The start takes the unit; the end is
// read as a range end.
func (sc *scanner) sharedUnit(n number, sp spec) (spec, bool) {
	s := sc.s
	k, sep := oneOf(s, n.end, "〜", "~", "-", "、", "・", ",", "から")
	comma := sep == ","
	if comma {
		sep = "、" // 1,2日: the list written with a comma
	}
	if k < 0 {
		return sp, false
	}
	m, ok := numAt(s, k)
	if !ok || m.end == k || m.kanji != n.kanji || m.v <= n.v {
		return sp, false
	}
	if sep != "、" && sep != "・" && sep != "-" {
		// 1から2日前, 3〜4週間後: both ends count from the reference
		var end spec
		if _, ok := sc.relNum(m, k, &end); ok && (end.relN == m.v || end.relN == -m.v) {
			sp.isRelN, sp.relNG, sp.mod, sp.end = true, end.relNG, end.mod, n.end
			sp.relN = n.v
			if end.relN < 0 {
				sp.relN = -n.v
			}
			return sp, true
		}
	}
	if sep == "から" && !(hasAt(s, m.end, "日") && dayFollowOK(s, m.end+len("日")) && !relWordAt(s, m.end+len("日")) &&
		!hasAt(s, m.end+len("日"), "おき") && !hasAt(s, m.end+len("日"), "ごと")) {
		return sp, false // 1から2日: the first and the second; 1から3時間 is a length
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
		if comma {
			sc.listAt = k // the end after the comma is no part of a bigger number
		}
		return sp, true
	}
	switch {
	case hasAt(s, m.end, "日") && !hasAt(s, m.end, "日間") && n.v >= 1 && m.v <= 31 && !rateAfter(s, m.end+len("日")):
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
