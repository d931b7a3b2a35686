package temporal

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// everyLength makes a length followed by ごと or おき, or by に and a count
// of times (1分に1回: PT1M with freq 1X), a set: 3年ごと (P3Y),
// 半年ごと (P6M), 2週間おき (every third week, P3W), 3.5日おき (P3.5D).
func everyLength(s string, t article.Time, e int) (article.Time, int) {
	if t.Type == article.TypeDuration && t.Mod == "" && hasAt(s, e, "に") {
		// 1分に1回, 2時間に1度, 3週間に2回: a count per length
		if m, ok := numAt(s, e+len("に")); ok && m.end > e+len("に") {
			if k, _ := oneOf(s, m.end, "回", "度"); k >= 0 && !hasAt(s, k, "目") {
				t.Type, t.Freq = article.TypeSet, strconv.Itoa(m.v)+"X"
				t.Start, t.End, t.Anchor = time.Time{}, time.Time{}, article.AnchorNone
				return t, k
			}
			if f, k, ok := lengthWithin(s, t.Value, m); ok {
				// 3時間に1時間, 3分間に1分: a length in every longer one
				t.Type, t.Freq = article.TypeSet, f
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
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || n > 1e6 {
		return t, e
	}
	if (w == "おき" || w == "置き") && !strings.Contains(v, ".") {
		// 1日おき skips whole units: every second day. A fraction
		// (3.5日おき) measures the interval itself.
		n++
	}
	t.Type, t.Quant = article.TypeSet, "EVERY"
	t.Value = "P" + strconv.FormatFloat(n, 'f', -1, 64) + t.Value[len(t.Value)-1:]
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
	{"週間", 'W', true}, {"週", 'W', true},
	{"日間", 'D', false}, {"日", 'D', false},
	{"時間", 'H', true},
	{"分間", 'N', false}, {"分", 'N', true},
	{"秒間", 'S', false}, {"秒", 'S', true},
}

// durUnitFirst holds the first rune of each of durUnits.
var durUnitFirst = func() *runeSet {
	var ws []string
	for _, u := range durUnits {
		ws = append(ws, u.word)
	}
	return firstRunes(ws...)
}()

// durUnitAt returns the first of durUnits written at s[i:], or nil. Most
// numerals are followed by no unit at all, which the first rune tells
// before the units are tried one by one.
func durUnitAt(s string, i int) *durUnit {
	if r, _ := runeAt(s, i); !durUnitFirst.has(r) {
		return nil
	}
	for x := range durUnits {
		if hasAt(s, i, durUnits[x].word) {
			return &durUnits[x]
		}
	}
	return nil
}

// durationOpens reports whether a duration read by duration may start
// with r: a prefix (過去, ここ, 約) or, unless prefixed, a numeral, 数 or 半.
// The scanner asks it before each of its two calls to duration, which cost
// more than the question at the many places where no duration starts.
func durationOpens(r rune, prefixed bool) bool {
	switch {
	case r == '過' || r == 'こ' || r == '直' || r == '今' || r == '向' || r == '約' || r == 'お':
		return true
	case prefixed:
		return false
	}
	return r == '数' || r == '半' || '0' <= r && r <= '9' || isKanjiDigit(r)
}

// duration reads a duration at i: 1時間, 3日間, 2週間, 数日間, 過去1週間,
// ここ数週間, 30分前後, 半年. With prefixed, only forms that open with 過去,
// ここ, この, 約 or およそ are read.
func (sc *scanner) duration(i int, prefixed bool) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Anchor: article.AnchorNone}
	k := i
	past, ahead := false, false
	if r, _ := runeAt(s, k); !durationOpens(r, prefixed) {
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
	} else if e, w := oneOf(s, k, "半年", "半日", "半世紀", "四半世紀", "半月"); e >= 0 {
		t.Type = article.TypeDuration
		switch w {
		case "半年":
			t.Value = "P6M"
			return sc.durEnd(t, i, e, past, 6, 'M')
		case "半月":
			if r, _ := runeAt(s, e); r == '板' || r == '形' || r == '状' || r == '型' || r == '前' || r == '後' || r == '湖' {
				return t, i, false // 半月板, 半月形; 半月前 counts back (read elsewhere)
			}
			t.Value = "P15D"
			return sc.durEnd(t, i, e, past, 15, 'D')
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
	} else if n, ok := sc.numeral(k); ok && n.end > k {
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
	if !vague && dec == "" && hasAt(s, numEnd, "世紀") && v > 0 && v < 100 {
		// 1世紀近く, 3世紀にわたって: centuries counted, not the Nth
		// century; the hedge or the span word tells.
		e := numEnd + len("世紀")
		if h := centuryLength(s, e); h > e {
			t.Type, t.Value = article.TypeDuration, durValue(100*v, 'Y', false)
			return sc.durEnd(t, i, e, false, 100*v, 'Y')
		}
		return t, i, false
	}
	u := durUnitAt(s, numEnd)
	if u == nil {
		return t, i, false
	}
	e := numEnd + len(u.word)
	if dec != "" {
		if u.word == "日" && !hasAt(s, e, "間") && !relWordAt(s, e) && countHedge(s, e) < 0 && !hasAt(s, e, "おき") && !hasAt(s, e, "ごと") || u.word == "分" && hasAt(s, e, "の") {
			return t, i, false // 1.5日間, 0.5日前, but not 3.5日 alone
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
	if next == '目' && !vague {
		// 5年目, 3週目, 8日目: the count of units reached, read as the
		// length it makes (P5Y); 1時間目, 2分目 number the periods of a
		// timetable and make none.
		if u.code == 'H' || u.code == 'N' || u.code == 'S' || strings.HasSuffix(u.word, "間") && u.code != 'D' {
			return t, i, false
		}
		t.Type, t.Value = article.TypeDuration, durValue(v, u.code, false)
		return t, e + len("目"), true
	}
	switch u.word {
	case "週":
		// 1週近く, 3週連続, 2週ぶり, 2週半, 3週に1週: 週 without 間 is a length
		// only with a word that makes it one (第1週, 1週遅れの are not).
		ok := past || hasAt(s, e, "連続") || hasAt(s, e, "ぶり") || hasAt(s, e, "半") || hasAt(s, e, "ごと") || hasAt(s, e, "おき") ||
			hasAt(s, e, "置き") || hasAt(s, e, "毎に") || countHedge(s, e) >= 0 || hasAt(s, e, "前後") && !relWordAt(s, e+len("前後")) ||
			hasAt(s, e, "に") && lengthNext(s, e+len("に"))
		if !ok {
			return t, i, false
		}
	case "年":
		ok := past || vague || hasAt(s, e, "ぶり") || hasAt(s, e, "半") || hasAt(s, e, "余") || hasAt(s, e, "超") ||
			hasAt(s, e, "以上") || hasAt(s, e, "近く") || hasAt(s, e, "連続") || hasAt(s, e, "足らず") || hasAt(s, e, "未満") ||
			hasAt(s, e, "ほど") || hasAt(s, e, "程度") || hasAt(s, e, "前後") || hasAt(s, e, "越し") || hasAt(s, e, "弱") ||
			hasAt(s, e, "ごと") || hasAt(s, e, "おき") || hasAt(s, e, "置き") || hasAt(s, e, "毎に") ||
			hasAt(s, e, "もの間") || hasAt(s, e, "もの長") ||
			v < 1000 && (hasAt(s, e, "くらい") || hasAt(s, e, "ぐらい") || hasAt(s, e, "ばかり") || hasAt(s, e, "あまり")) && !hedgedRelative(s, e) ||
			v < 1000 && lengthAfter(s, e) || // 100年はかかる, 3年を要する
			yearsSince(s, e) || v < 100 && sinceEvent(s, i, e)
		if !ok {
			return t, i, false
		}
	case "日":
		prev := runeBefore(s, i)
		ok := past || vague || prev == 'な' || prev == 'い' || hasAt(s, e, "あたり") || hasAt(s, e, "当たり") ||
			hasAt(s, e, "ぶり") || hasAt(s, e, "連続") || hasAt(s, e, "足らず") || hasAt(s, e, "以内") || hasAt(s, e, "中") ||
			hasAt(s, e, "違い") || hasAt(s, e, "遅れ") || hasAt(s, e, "早く") && !n1(s, i) || hasAt(s, e, "平均") ||
			prev == '週' || prev == '月' || hasAt(s, e, "ごと") || hasAt(s, e, "毎に") ||
			countHedge(s, e) >= 0 || dayLengthBefore(s, i)
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
		// 9秒58, 1秒05: a race time in hundredths (or tenths) after 秒.
		if f := digitRun(s, e); f >= 1 && f <= 2 && !vague {
			t.Type, t.Value = article.TypeDuration, "PT"+strconv.Itoa(v)+"."+s[e:e+f]+"S"
			return sc.durEnd(t, i, e+f, false, 0, u.code)
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
		case 'S':
			t.Value = "PT" + strconv.Itoa(v) + ".5S" // 1秒半
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

// digitRun returns the number of ASCII digits at s[i:], as long as no
// point, comma or kanji other than 差 follows them (9秒58, 1秒05差, but not
// 5秒10人 or 9秒5万).
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	if i+n < len(s) && (s[i+n] == '.' || s[i+n] == ',') {
		return 0
	}
	if r, _ := runeAt(s, i+n); r >= 0x4E00 && r <= 0x9FFF && r != '差' {
		return 0 // 5秒10人: a count after the seconds, not hundredths
	}
	return n
}

// clockOffset resolves the length t followed by 前 or 後 at e against the
// time of day mentioned just before (sc.prev, to the minute): the time
// that much before or after it, anchored to it.
func (sc *scanner) clockOffset(t article.Time, e int) (article.Time, bool) {
	if !sc.hasPrev || sc.prev.g < gMinute {
		return t, false
	}
	base, _, ok := sc.prev.interval("", sc.loc)
	if !ok {
		return t, false
	}
	return sc.offsetFrom(t, e, base, article.AnchorPrevious)
}

// offsetFrom returns the time the length t (PT3H, PT30M) followed by 前 or
// 後 at e puts before or after base, to the minute or the second, and
// makes it the previous mention.
func (sc *scanner) offsetFrom(t article.Time, e int, base time.Time, anchor article.Anchor) (article.Time, bool) {
	d, ok := clockLength(t.Value)
	if !ok || d <= 0 || d > 72*time.Hour {
		return t, false
	}
	if hasAt(sc.s, e, "前") || hasAt(sc.s, e, "まえ") {
		d = -d
	}
	at := base.Add(d)
	p := point{g: gMinute, y: at.Year(), m: int(at.Month()), d: at.Day(), hh: at.Hour(), mm: at.Minute()}
	if at.Second() != 0 {
		p.g, p.ss = gSecond, at.Second()
	}
	s, en, ok := p.interval("", sc.loc)
	if !ok {
		return t, false
	}
	sc.prev, sc.hasPrev = p, true
	return article.Time{Type: article.TypeTime, Value: p.value(), Mod: t.Mod, Start: s, End: en, Anchor: anchor}, true
}

// refOffset reads N時間前, N分後 from i to e against the document's time
// of day, when the reference has one. Counted from an event (就寝の3時間
// 前, 閉店1時間前), from what the sentence before tells (5分後、…) or as the
// end of a range (2〜3時間前) it is not read.
func (sc *scanner) refOffset(t article.Time, i, e int) (article.Time, bool) {
	if !sc.refClock {
		return t, false
	}
	if strings.HasSuffix(sc.s[:i], "今から") {
		return sc.offsetFrom(t, e, sc.ref, article.AnchorDocument) // 今から1時間半後
	}
	for _, m := range []string{"の", "〜", "~", "～", "から", "・", "-"} {
		if strings.HasSuffix(sc.s[:i], m) {
			return t, false
		}
	}
	head := strings.TrimSuffix(sc.s[:i], "、")
	r, _ := utf8.DecodeLastRuneInString(head)
	switch {
	case len(head) < i && (r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r)):
		return t, false // 2、3時間前: the end of a list of counts
	case r >= 'ぁ' && r <= 'ゖ' && !strings.ContainsRune("はがもにでと", r):
		// 盛り上がってきた1時間後, 一時退散して、2時間後: counted from
		// what the clause before tells.
		return t, false
	case kanjiNounBefore(head):
		return t, false // 閉店1時間前, 開始30分前: counted from an event
	case sentenceStart(head) && hasAt(sc.s, e+len("前"), "、"):
		// 5分後、表面が…: opening its sentence, counted from what the
		// sentence before tells.
		return t, false
	}
	return sc.offsetFrom(t, e, sc.ref, article.AnchorDocument)
}

// kanjiNounBefore reports whether head ends with a word of two kanji or
// more (終了, 開始, 発車) that a count of hours right after it is counted
// from; 約 and 計 are no such word.
func kanjiNounBefore(head string) bool {
	n := 0
	for head != "" {
		r, size := utf8.DecodeLastRuneInString(head)
		if !(r >= 0x4E00 && r <= 0x9FFF) {
			break
		}
		n++
		head = head[:len(head)-size]
	}
	return n >= 2
}

// sentenceStart reports whether head, the text before an expression,
// holds nothing of its sentence.
func sentenceStart(head string) bool {
	head = strings.TrimRight(head, " \u3000")
	return head == "" || strings.HasSuffix(head, "。") || strings.HasSuffix(head, "\n")
}

// clockLength reads a length of hours, minutes and seconds written in
// TIMEX3 (PT3H, PT90M, PT10M30S, PT1.5S).
func clockLength(v string) (time.Duration, bool) {
	rest, ok := strings.CutPrefix(v, "PT")
	if !ok || rest == "" {
		return 0, false
	}
	var d time.Duration
	for rest != "" {
		k := strings.IndexAny(rest, "HMS")
		if k <= 0 {
			return 0, false
		}
		f, err := strconv.ParseFloat(rest[:k], 64)
		if err != nil || f < 0 {
			return 0, false
		}
		unit := time.Second
		switch rest[k] {
		case 'H':
			unit = time.Hour
		case 'M':
			unit = time.Minute
		}
		d += time.Duration(f * float64(unit))
		rest = rest[k+1:]
	}
	return d, true
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
		u := durUnitAt(s, n2.end)
		if u == nil {
			break
		}
		r := strings.IndexByte(durRank, u.code)
		if r <= last || n2.v > durLimit[u.code] || u.word == "分" && !ascii && !hasAt(s, n2.end, "分間") ||
			r >= strings.IndexByte(durRank, 'H') && last < strings.IndexByte(durRank, 'D') {
			// 1年3時間 skips the days: no length is written so
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
// 2〜3時間, 1〜2分) two lengths. 日, 年 and 月 alone are not among them: 1から
// 2日 and 1〜3月 are two days and two months, unless a count is a fraction
// (1.5〜2.5日).
var rangeUnits = []durUnit{
	{"年間", 'Y', false}, {"カ月間", 'M', false}, {"か月間", 'M', false}, {"ヶ月間", 'M', false},
	{"カ月", 'M', false}, {"か月", 'M', false}, {"ヶ月", 'M', false}, {"週間", 'W', false},
	{"日間", 'D', false}, {"時間", 'H', false}, {"分間", 'N', false}, {"秒間", 'S', false},
	{"分", 'N', false}, {"秒", 'S', false},
}

// rangeCount is a count that opens or closes a range of lengths: its
// integer value, its decimal text when it has a fraction (1.5), and its
// end.
type rangeCount struct {
	v   int
	dec string
	end int
}

// rangeCountAt reads an ASCII count at i, with a fraction of up to three
// digits (1.5).
func rangeCountAt(s string, i int) (rangeCount, bool) {
	n, ok := numAt(s, i)
	if !ok || n.end == i || n.kanji {
		return rangeCount{}, false
	}
	c := rangeCount{v: n.v, end: n.end}
	if n.end+1 < len(s) && s[n.end] == '.' && isDigit(s[n.end+1]) {
		f := n.end + 1
		for f < len(s) && isDigit(s[f]) && f-n.end < 4 {
			f++
		}
		c.dec, c.end = s[i:f], f
	}
	return c, true
}

// value writes the count in a duration value of unit code.
func (c rangeCount) value(code byte) string {
	if c.dec == "" {
		return durValue(c.v, code, false)
	}
	switch code {
	case 'H', 'S':
		return "PT" + c.dec + string(code)
	case 'N':
		return "PT" + c.dec + "M"
	}
	return "P" + c.dec + string(code)
}

// durRange reads a range or a pair of lengths whose unit is written once:
// 1〜2日間, 2〜3時間, 3〜6カ月, 1から2日間, 1〜2分, 1、2日間 (one or two days),
// 1.5〜2.5日 (the units are lengths only, so that 1から2日 stays two days of
// the month). Both ends are recorded as durations.
func (sc *scanner) durRange(i int) (int, bool) {
	s := sc.s
	if i >= len(s) || !isDigit(s[i]) || !sc.leftOK(i) || runeBefore(s, i) == '時' {
		return i, false // 10時1〜2分 is a clock time
	}
	n, ok := rangeCountAt(s, i)
	if !ok {
		return i, false
	}
	k, sep := oneOf(s, n.end, "〜", "~", "～", "から", "、", ",")
	if k < 0 {
		return i, false
	}
	m, ok := rangeCountAt(s, k)
	if !ok || m.v < n.v || m.v == n.v && m.dec <= n.dec {
		return i, false
	}
	if (sep == "、" || sep == ",") && m.dec == "" && m.v-n.v > 2 {
		return i, false // 3、10分: a list, not one or two of a unit
	}
	units := rangeUnits
	if n.dec != "" || m.dec != "" {
		units = durUnits // a fraction is no day of the month
	} else if u := durUnitAt(s, m.end); u != nil {
		if k, _ := oneOf(s, m.end+len(u.word), "おき", "置き", "ごと", "毎に"); k >= 0 {
			units = durUnits // 1から2日おき: every second or third day
		}
	}
	for _, u := range units {
		if !hasAt(s, m.end, u.word) || u.word == "週" {
			continue
		}
		e := m.end + len(u.word)
		if hasAt(s, e, "間") {
			e += len("間")
		}
		t, e, ok := sc.durEnd(article.Time{Type: article.TypeDuration, Value: m.value(u.code), Anchor: article.AnchorNone}, k, e, false, 0, u.code)
		if !ok {
			return i, false
		}
		from := article.Time{Type: article.TypeDuration, Value: n.value(u.code), Anchor: article.AnchorNone}
		if t.Type != article.TypeDuration {
			return i, false // 2〜3時間前 read against a clock: each end on its own
		}
		if t.Mod == "" {
			e0 := e
			t, e = everyLength(s, t, e0)
			from, _ = everyLength(s, from, e0)
		}
		if t.Mod == article.ModBefore || t.Mod == article.ModAfter {
			from.Mod = t.Mod // 就寝の2〜3時間前: both ends count back
		}
		sc.add(i, n.end, from)
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

// lengthWithin reads a length written after に, at the count m, that is
// shorter than the length period (a duration value, PT3H): 3時間に1時間,
// 7日に1日. It returns the length's value and end.
func lengthWithin(s, period string, m number) (string, int, bool) {
	u := durUnitAt(s, m.end)
	if u == nil || m.v <= 0 || len(period) < 3 {
		return "", m.end, false
	}
	code := period[len(period)-1]
	if strings.HasPrefix(period, "PT") && code == 'M' {
		code = 'N' // minutes
	}
	pr, ur := strings.IndexByte(durRank, code), strings.IndexByte(durRank, u.code)
	n, err := strconv.Atoi(strings.TrimLeft(period[:len(period)-1], "PT"))
	if pr < 0 || err != nil || ur < pr || ur == pr && m.v >= n {
		return "", m.end, false
	}
	e := m.end + len(u.word)
	if hasAt(s, e, "間") {
		e += len("間")
	}
	if r, _ := runeAt(s, e); r == '目' || r == '付' || r == '分' || r == '号' || r == '以' {
		return "", m.end, false // 7日に1日目の議論: a day of a count, not a share
	}
	return durValue(m.v, u.code, false), e, true
}

// centuryLength returns the end of the hedge or span word after N世紀 at
// e that makes it a length of centuries (近く, ほど, くらい, 余り, 以上,
// 前後, にわた, もの間, の間), not followed by 前 or 後 (1世紀近く前 counts
// back); or e.
func centuryLength(s string, e int) int {
	if k, _ := oneOf(s, e, "にわた", "もの間", "の間", "以上"); k >= 0 {
		return k
	}
	k, w := oneOf(s, e, "近く", "ほど", "くらい", "ぐらい", "ばかり", "余り", "あまり", "前後", "弱")
	if k < 0 || w != "前後" && (hasAt(s, k, "前") || hasAt(s, k, "後")) {
		return e
	}
	return k
}

// hedgedRelative reports whether the hedge at s[e:] (くらい, ばかり) goes on
// to 前 or 後: 1年くらい前 counts back from the document time.
func hedgedRelative(s string, e int) bool {
	k, _ := oneOf(s, e, "くらい", "ぐらい", "ばかり", "あまり")
	return k >= 0 && (hasAt(s, k, "前") || hasAt(s, k, "後"))
}

// durEnd reads the hedge after a duration and, for 過去N日 forms, places it
// as the interval ending at the document time.
func (sc *scanner) durEnd(t article.Time, i, e int, past bool, v int, code byte) (article.Time, int, bool) {
	s := sc.s
	if k, w := oneOf(s, e, "前後", "ほど", "程度", "余り", "あまり", "近く", "ばかり", "くらい", "ぐらい", "以上", "超", "未満", "足らず", "弱"); k >= 0 && (w == "前後" || !relWordAt(s, k)) {
		switch w {
		case "以上", "超":
			t.Mod = article.ModMoreThan
		case "未満", "足らず", "弱":
			t.Mod = article.ModLessThan
		default:
			t.Mod = article.ModApprox
		}
		e = k
	} else if k, _ := oneOf(s, e, relHedges...); k >= 0 && k > e && relWordAt(s, k) {
		// 1時間半ほど後, 0.5日くらい前: a hedged count before 前 or 後
		t.Mod = article.ModApprox
		return sc.lengthOffset(t, i, k, code)
	} else if relWordAt(s, e) {
		return sc.lengthOffset(t, i, e, code)
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

// lengthNext reports whether a count and a unit of length, or 回 or 度,
// stand at s[i:] (the 1週 of 3週に1週, the 2回 of 3週に2回).
func lengthNext(s string, i int) bool {
	m, ok := numAt(s, i)
	if !ok || m.end == i {
		return false
	}
	if k, _ := oneOf(s, m.end, "回", "度"); k >= 0 {
		return true
	}
	return durUnitAt(s, m.end) != nil
}

// relWordAt reports whether 前 or 後 (or まえ, あと) at s[i:] makes the
// length before it a time counted back or on (3時間前, 1日半後), and not
// a span word (前後, 後半, 前半).
func relWordAt(s string, i int) bool {
	sign, _ := relWord(s, i)
	return sign != 0
}

// relWord returns the direction of the word at s[i:] that counts back (前,
// まえ: -1) or on (後, あと: 1) and the word, or 0 when there is none or it
// is a span word (前後, 前半, 後半).
func relWord(s string, i int) (int, string) {
	if hasAt(s, i, "前後") || hasAt(s, i, "前半") || hasAt(s, i, "後半") {
		return 0, ""
	}
	switch _, w := oneOf(s, i, "前", "後", "まえ", "あと"); w {
	case "前", "まえ":
		return -1, w
	case "後", "あと":
		return 1, w
	}
	return 0, ""
}

// lengthOffset reads the length t (start at i) followed by 前 or 後 at e
// (0.5年前, 1日半後, 3時間前). A count of hours, minutes or seconds is read
// against the time of day just mentioned (午前10時に出発し、3時間後に到着し
// た), else against the document time when it has a time of day; a
// fraction of a year, month, week or day (0.5年前, 1日半後) is resolved to
// the day around the document time. What has nothing to count from
// (閉店の3時間前, or any count without a reference) stays a length whose
// mod keeps the direction: PT3H with mod BEFORE.
func (sc *scanner) lengthOffset(t article.Time, i, e int, code byte) (article.Time, int, bool) {
	s := sc.s
	sign, w := relWord(s, e)
	end := e + len(w)
	before := sign < 0
	if code == 'H' || code == 'N' || code == 'S' || strings.HasPrefix(t.Value, "PT") {
		if r, ok := sc.clockOffset(t, e); ok {
			return r, end, true
		}
		if r, ok := sc.refOffset(t, i, e); ok {
			return r, end, true
		}
	} else if d, ok := isoLength(t.Value); ok && sc.hasRef && !kanjiNounBefore(s[:i]) && !strings.HasSuffix(s[:i], "の") {
		if before {
			d = -d
		}
		at := sc.ref.Add(d)
		p := point{g: gDay, y: at.Year(), m: int(at.Month()), d: at.Day()}
		if st, en, ok := p.interval(t.Mod, sc.loc); ok {
			sc.prev, sc.hasPrev = p, true
			return article.Time{Type: article.TypeDate, Value: p.value(), Mod: t.Mod, Start: st, End: en, Anchor: article.AnchorDocument}, end, true
		}
	}
	if t.Mod == "" {
		t.Mod = article.ModAfter
		if before {
			t.Mod = article.ModBefore
		}
	}
	return t, end, true
}

// isoLength reads a TIMEX3 length (P0.5Y, P1DT12H, PT90M) as a
// time.Duration, a year counted as 365.25 days and a month as a twelfth of
// that: only fractions of a unit are placed with it, so the error of a
// calendar month is below a day.
func isoLength(v string) (time.Duration, bool) {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || rest == "" {
		return 0, false
	}
	const day = 24 * time.Hour
	units := map[byte]time.Duration{'Y': day * 36525 / 100, 'M': day * 36525 / 1200, 'W': 7 * day, 'D': day}
	var d time.Duration
	for rest != "" {
		if rest[0] == 'T' {
			c, ok := clockLength("P" + rest)
			if !ok {
				return 0, false
			}
			return d + c, true
		}
		k := strings.IndexAny(rest, "YMWDT")
		if k <= 0 || rest[k] == 'T' {
			return 0, false
		}
		f, err := strconv.ParseFloat(rest[:k], 64)
		if err != nil || f < 0 || f > 1e4 {
			return 0, false
		}
		d += time.Duration(f * float64(units[rest[k]]))
		rest = rest[k+1:]
	}
	return d, true
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

// dayLengths are the words before a number of days that make it a length
// (残り3日, あと4日で, わずか2日で, 最初の3日), not a day of the month.
var dayLengths = []string{"あと", "残り", "わずか", "たった", "最初の", "最後の", "はじめの", "初めの", "延べ", "通算", "足掛け", "最長", "最短"}

// dayLengthBefore reports whether one of dayLengths ends right before
// s[i:], a space allowed between.
func dayLengthBefore(s string, i int) bool {
	h := strings.TrimRight(s[:i], " \u3000")
	for _, w := range dayLengths {
		if strings.HasSuffix(h, w) {
			return true
		}
	}
	return false
}
