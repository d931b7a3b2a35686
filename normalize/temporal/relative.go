package temporal

import (
	"strings"

	"github.com/newsdoc/newsdoc/article"
)

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
		case 'が':
			// この日が還暦を迎える日だった, この日が最後の登板となった: the
			// day the sentence tells what it was
			return dayIdentified(sc.s[end:])
		}
		return verbAfter(sc.s, end)
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
	case "初日":
		// 初日の出 is New Year's sunrise; 初日本一, 初日米会談 are 初 and a
		// country's name.
		return !hasAt(sc.s, end, "の出") && !strings.ContainsRune("本米韓中英仏露独豪朝台印", next)
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
	case "今期":
		return next != '間' && next != '限' // 今期間中, 今期限
	case "前期":
		return accountsPeriod(sc.s, start, end)
	case "春", "夏", "秋", "冬", "早春", "晩春", "初夏", "晩夏", "初秋", "晩秋", "初冬":
		return seasonAlone(sc.s, start, end)

	}
	return true
}

// dayWordHeads are the kanji that make a word with the 日 before them
// (この日本, この日常, この日程, この日差し, この日韓): この日 before them is
// no day.
const dayWordHeads = "本常程記誌差焼帰替当付和向照暮陰延取持割払曜中韓朝台米英独仏伊露豪印欧亜系銀光刊課数時間夜頃報経産立航食没用給傘射展舞"

// verbAfter reports whether a verb follows この日 at s[i:] as its adverb:
// a run of at most four kanji, none a word with the 日 before it, and
// then a verb's ending (この日発表した, この日集まった, この日行われた,
// この日発表された). A noun there (この日本の) is no day's mention.
func verbAfter(s string, i int) bool {
	j, n := i, 0
	for n < 4 {
		r, w := runeAt(s, j)
		if r < 0x4E00 || r > 0x9FFF || n == 0 && strings.ContainsRune(dayWordHeads, r) {
			break
		}
		j, n = j+w, n+1
	}
	if n == 0 {
		return false
	}
	r, _ := runeAt(s, j)
	return strings.ContainsRune("しさすせっまみむめれらりるろわいうえかきくけこぎぐげごたちつてばびぶべん", r)
}

// dayIdentified reports whether the sentence s, after この日が, says what
// the day was or turned out to be: a copula (…日だった, …でした) or
// なった closes it, not a verb of waiting or coming (この日が来た, この日が
// 待ち遠しい), which names the day without dating anything.
func dayIdentified(s string) bool {
	if k := strings.IndexAny(s, "。！？!?\n"); k >= 0 {
		s = s[:k]
	}
	if strings.ContainsAny(s, "「『") {
		return false
	}
	for _, w := range []string{"だった", "でした", "日だ", "である", "となった", "になった", "となりました", "になりました"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// seasonAlone reports whether a season word at s[start:end], with no
// year or 今 before it, dates its statement: a particle of time follows it
// (秋には, 夏以降, 冬にかけて, 春から, 秋ごろ, 秋、) and it is no part of a
// longer word (初夏, 秋田, 夏休み, 春節) or described (暑い夏に). 夏は暑い and
// 夏の甲子園 tell of every summer or name an event, and are left.
func seasonAlone(s string, start, end int) bool {
	if r := runeBefore(s, start); r >= 0x4E00 && r <= 0x9FFF || isKatakana(r) || r == '々' || isASCIILetter(r) {
		return false
	}
	if r := runeBefore(s, start); r == 'い' || r == 'な' {
		return false // 暑い夏に, 静かな冬に: a kind of season, any year's
	}
	if _, w := oneOf(s, end, "には", "にかけ", "に", "以降", "以来", "から", "まで", "ごろ", "頃", "、"); w != "" {
		if w == "に" && (hasAt(s, end, "にな") || hasAt(s, end, "に向け") || hasAt(s, end, "にふさわし") || hasAt(s, end, "に強") || hasAt(s, end, "に弱")) {
			return false // 秋になると, 夏に強い: no one season
		}
		return true
	}
	return false
}

// accountsPeriod reports whether 前期 at s[start:end] is a company's last
// fiscal year: 前期比, 前期末, 前期決算, 前期の業績, and not the early part of
// an era or the first term of a course (江戸時代前期, 前期日程, 前期の授業).
func accountsPeriod(s string, start, end int) bool {
	if r := runeBefore(s, start); r >= 0x4E00 && r <= 0x9FFF || isKatakana(r) {
		return false
	}
	if k, _ := oneOf(s, end, "比", "末", "決算", "実績", "の決算", "の業績", "の実績", "の純利益", "の売上", "の営業", "の配当", "の最高益", "に比べ"); k >= 0 {
		return true
	}
	// 前期は…億円: a figure told of it in the same clause
	rest := s[end:]
	if !strings.HasPrefix(rest, "は") {
		return false
	}
	if k := strings.IndexAny(rest, "。\n"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, "円") || strings.Contains(rest, "益") || strings.Contains(rest, "増") || strings.Contains(rest, "減")
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
			if n, ok := numAt(s, kk); ok && n.end > kk {
				if q, e := quarterMonths(s, n); q > 0 {
					sp.sub, sp.subG = q, gQuarter // 来年4〜6月期
					return sc.suffix(e, sp)
				}
				if h, fy, e := halfMonths(s, n); h > 0 && !fy {
					sp.sub, sp.subG = h, gHalf // 今年1〜6月期
					return sc.suffix(e, sp)
				}
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
		if relWordAt(s, e) {
			sp.mod, k = article.ModApprox, e
		}
	}
	sign, w := relWord(s, k) // 3日前, 1年近くまえ
	if sign == 0 {
		if sign = rangeStartSign(s, k, v, g); sign == 0 {
			sp.mod = ""
			return i, false
		}
		w = "" // 3年〜5年前: the start of a range that counts back
	}
	sp.isRelN, sp.relN, sp.relNG = true, sign*v, g
	sp.relNPrev = runeBefore(s, i) == 'の' && hasAt(s, i-len("その"), "その")
	if kanjiNounBefore(s[:i]) && !countedFromNow(s[:i]) {
		// 入社3年後, 発売2週間前: counted from the event the noun names,
		// not from the reference.
		sp.relNFrom, sp.relNFromSet = i, true
	}
	if f := i - len("から"); sign > 0 && f > 0 && hasAt(s, f, "から") && !hasAt(s, f-len("今"), "今") && !hasAt(s, f-len("現在"), "現在") &&
		!isDigit(s[f-1]) { // 1から2日後: the end of a range of counts
		// 事故から2年後: from the time of what から follows.
		sp.relNFrom, sp.relNFromSet = f, true
		for _, w := range []string{"あれ", "それ", "これ"} {
			sp.relNThat = sp.relNThat || hasAt(s, f-len(w), w)
		}
	}
	return k + len(w), true
}

// rangeStartSign returns the sign of the end of a range of counts with
// the unit written on both ends when k, after a count v of units g, starts
// one: 3年〜5年前 and 3年から5年前 count back, 2日〜3日後 forward; 0
// otherwise. The end must be a larger count of the same unit.
func rangeStartSign(s string, k, v int, g gran) int {
	e, _ := oneOf(s, k, "〜", "~", "から")
	if e < 0 {
		return 0
	}
	m, ok := numAt(s, e)
	if !ok || m.v <= v {
		return 0
	}
	var u []string
	switch g {
	case gYear:
		u = []string{"年"}
	case gDay:
		u = []string{"日"}
	case gWeek:
		u = []string{"週間", "週"}
	case gMonth:
		u = []string{"カ月", "か月", "ヶ月", "ケ月", "ヵ月", "箇月"}
	default:
		return 0
	}
	e2, _ := oneOf(s, m.end, u...)
	if e2 < 0 {
		return 0
	}
	if e3, _ := oneOf(s, e2, relHedges...); e3 >= 0 {
		e2 = e3
	}
	sign, _ := relWord(s, e2)
	return sign
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

// countedFromNow reports whether head, a run of kanji before N年後,
// counts from the reference after all (最短3年後, 現在3年後は).
func countedFromNow(head string) bool {
	for _, w := range []string{"最短", "最長", "最速", "現在", "今日", "本日"} {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}
