package temporal

import (
	"strconv"
	"strings"

	"github.com/newsdoc/newsdoc/article"
)

// freqUnits are the periods of a frequency: 年1回 is P1Y with freq 1X.
var freqUnits = []struct{ word, value string }{
	{"年", "P1Y"}, {"月", "P1M"}, {"週", "P1W"}, {"日", "P1D"},
}

// freqSet reads a frequency at i: 年1回, 月2回, 週に1度, 隔週 (every other
// week), 隔月, 隔年, 隔日.
func (sc *scanner) freqSet(i int) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Type: article.TypeSet, Anchor: article.AnchorNone}
	if r, _ := runeAt(s, i); !freqOpens(r) {
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

// freqOpens reports whether a frequency read by freqSet may start with r.
// The scanner asks it first, as most expressions are not frequencies and
// a call to freqSet costs more than the question.
func freqOpens(r rune) bool {
	switch r {
	case '年', '月', '週', '日', '隔':
		return true
	}
	return false
}

// lengthIn reads a length written after a period (年に20日, 週40時間): the
// unit must be smaller than the period (a day a week, not a year a week),
// and a day's period needs に (日に3時間; 日1時間 is not said).
func lengthIn(s, period string, n number, ni bool) (string, int, bool) {
	u := durUnitAt(s, n.end)
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
	"の仕事", "の生活", "の摂取", "の上限", "の目安", "の必要", "のうち", "の中で",
}

// dayRate reads N日 (the numeral n at i, 日 ending at k) used as a length
// or a rate rather than a date: 1日おき (every other day), 1日ごと, 3日に1回, 1日6時間,
// 1日に10人, 1日半, 年に1日, 中5日, 1日限定. It returns the duration or
// set it stands for.
func (sc *scanner) dayRate(n number, i, k int) (article.Time, int, bool) {
	s := sc.s
	t := article.Time{Type: article.TypeDuration, Anchor: article.AnchorNone, Value: "P" + strconv.Itoa(n.v) + "D"}
	if e, _ := oneOf(s, k, "おき", "置き"); e >= 0 {
		t.Type, t.Value, t.Quant = article.TypeSet, "P"+strconv.Itoa(n.v+1)+"D", "EVERY"
		return t, e, true
	}
	if e, _ := oneOf(s, k, "毎", "ごと"); e >= 0 {
		t.Type, t.Quant = article.TypeSet, "EVERY" // 1日毎の天気, 3日ごと
		return t, e, true
	}
	if hasAt(s, k, "に何") || hasAt(s, k, "何") {
		return t, k, true // 1日に何回, 1日何時間: a rate asked for
	}
	if hasAt(s, k, "に") {
		if m, ok := numAt(s, k+len("に")); ok && m.end > k+len("に") {
			if e, _ := oneOf(s, m.end, "回", "度"); e >= 0 {
				t.Type, t.Freq = article.TypeSet, strconv.Itoa(m.v)+"X" // 3日に1回
				return t, e, true
			}
			if f, e, ok := lengthWithin(s, t.Value, m); ok {
				t.Type, t.Freq = article.TypeSet, f // 7日に1日, 3日に12時間
				return t, e, true
			}
			if n.v == 1 {
				return t, k, true // 1日に10人
			}
		}
	}
	if hasAt(s, k, "半") {
		t.Value += "T12H" // 1日半
		e := k + len("半")
		if h, _ := oneOf(s, e, relHedges...); h > e && relWordAt(s, h) {
			t.Mod = article.ModApprox
			return sc.lengthOffset(t, i, h, 'D') // 1日半ほど後
		}
		if relWordAt(s, e) {
			return sc.lengthOffset(t, i, e, 'D') // 1日半後
		}
		return t, e, true
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
