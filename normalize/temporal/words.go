package temporal

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// rel is a word that names a time relative to the document time or to the
// previous mention: 今年, 先週, 翌日, 年末.
type rel struct {
	word   string
	g      gran // gDay, gWeek, gWeekend, gMonth, gYear, gFY, gSeason
	off    int  // offset in units of g
	prev   bool // anaphoric: against the previous mention
	season int
	pd     pod         // part of day (今朝, 昨夜)
	mod    article.Mod // 年末: END
	choose bool        // the unit is chosen by tense (年末, 週末, 月末)
}

var rels = []rel{
	// days
	{word: "今日", g: gDay}, {word: "本日", g: gDay}, {word: "きょう", g: gDay},
	{word: "昨日", g: gDay, off: -1}, {word: "きのう", g: gDay, off: -1},
	{word: "明後日", g: gDay, off: 2}, {word: "あさって", g: gDay, off: 2},
	{word: "明日", g: gDay, off: 1}, {word: "あす", g: gDay, off: 1}, {word: "あした", g: gDay, off: 1},
	{word: "一昨日", g: gDay, off: -2}, {word: "おととい", g: gDay, off: -2}, {word: "おとつい", g: gDay, off: -2},
	{word: "同日", g: gDay, prev: true}, {word: "当日", g: gDay, prev: true},
	{word: "前々日", g: gDay, off: -2, prev: true}, {word: "翌々日", g: gDay, off: 2, prev: true},
	{word: "前日", g: gDay, off: -1, prev: true}, {word: "翌日", g: gDay, off: 1, prev: true},
	{word: "今朝", g: gDay, pd: pod{"MO", 5, 12}}, {word: "けさ", g: gDay, pd: pod{"MO", 5, 12}},
	{word: "今夕", g: gDay, pd: pod{"EV", 16, 19}},
	{word: "今夜", g: gDay, pd: pod{"NI", 18, 24}}, {word: "今晩", g: gDay, pd: pod{"NI", 18, 24}},
	{word: "昨夜", g: gDay, off: -1, pd: pod{"NI", 18, 24}}, {word: "昨晩", g: gDay, off: -1, pd: pod{"NI", 18, 24}},
	{word: "明朝", g: gDay, off: 1, pd: pod{"MO", 5, 12}},
	{word: "翌朝", g: gDay, off: 1, prev: true, pd: pod{"MO", 5, 12}},
	{word: "前夜", g: gDay, off: -1, prev: true, pd: pod{"NI", 18, 24}},
	{word: "同夜", g: gDay, prev: true, pd: pod{"NI", 18, 24}},
	{word: "この日", g: gDay, prev: true},
	// the first and the last day of an event the text dates (5月9日～25日
	// …初日は; 13日に開幕…初日の夜; 会期は…最終日): resolve reads them
	// against the range or the day just told, never the document's day.
	{word: "初日", g: gDay, prev: true}, {word: "最終日", g: gDay, prev: true},
	{word: "明々後日", g: gDay, off: 3}, {word: "明明後日", g: gDay, off: 3}, {word: "しあさって", g: gDay, off: 3},
	{word: "一昨昨日", g: gDay, off: -3}, {word: "一昨々日", g: gDay, off: -3}, {word: "さきおととい", g: gDay, off: -3},
	// weeks
	{word: "今週末", g: gWeekend}, {word: "先週末", g: gWeekend, off: -1}, {word: "来週末", g: gWeekend, off: 1},
	{word: "先々週", g: gWeek, off: -2}, {word: "再来週", g: gWeek, off: 2},
	{word: "今週", g: gWeek}, {word: "先週", g: gWeek, off: -1}, {word: "来週", g: gWeek, off: 1},
	{word: "前週", g: gWeek, off: -1, prev: true}, {word: "翌週", g: gWeek, off: 1, prev: true}, {word: "同週", g: gWeek, prev: true},
	{word: "週末", g: gWeekend, choose: true}, {word: "土日", g: gWeekend, choose: true},
	{word: "週明け", g: gWeek, choose: true, mod: article.ModStart},
	// months
	{word: "先々月", g: gMonth, off: -2}, {word: "再来月", g: gMonth, off: 2},
	{word: "今月", g: gMonth}, {word: "本月", g: gMonth}, {word: "先月", g: gMonth, off: -1}, {word: "来月", g: gMonth, off: 1},
	{word: "前月", g: gMonth, off: -1, prev: true}, {word: "翌月", g: gMonth, off: 1, prev: true}, {word: "同月", g: gMonth, prev: true},
	{word: "月末", g: gMonth, choose: true, mod: article.ModEnd},
	{word: "月初め", g: gMonth, choose: true, mod: article.ModStart},
	{word: "月内", g: gMonth},
	// fiscal years
	{word: "今年度", g: gFY}, {word: "本年度", g: gFY}, {word: "昨年度", g: gFY, off: -1}, {word: "来年度", g: gFY, off: 1},
	{word: "前年度", g: gFY, off: -1, prev: true}, {word: "翌年度", g: gFY, off: 1, prev: true}, {word: "同年度", g: gFY, prev: true},
	{word: "年度末", g: gFY, choose: true, mod: article.ModEnd},
	{word: "年度内", g: gFY},
	{word: "新年度", g: gFY, choose: true, mod: article.ModStart},
	// a company's accounting period: business news writes 今期 and 来期
	// for the current and the next fiscal year, and 前期 for the last one
	// where the words around it are those of accounts (前期比, 前期の決算;
	// relGuard: 前期は as often opens the first half of a school year).
	{word: "今期", g: gFY}, {word: "来期", g: gFY, off: 1}, {word: "前期", g: gFY, off: -1},
	// the same period a year before the one just told (2026年4〜6月期 …
	// 前年同期比): resolve shifts that period back a year.
	{word: "前年同期", g: gYear, off: -1, prev: true},
	// the same month a year before: the document's (昨年同月) or the one
	// just told (前年同月)
	{word: "昨年同月", g: gMonth, off: -12}, {word: "前年同月", g: gMonth, off: -12, prev: true},
	// years
	{word: "一昨年", g: gYear, off: -2}, {word: "おととし", g: gYear, off: -2}, {word: "再来年", g: gYear, off: 2},
	{word: "今年", g: gYear}, {word: "ことし", g: gYear}, {word: "本年", g: gYear},
	{word: "昨年", g: gYear, off: -1}, {word: "去年", g: gYear, off: -1}, {word: "来年", g: gYear, off: 1},
	{word: "前年", g: gYear, off: -1, prev: true}, {word: "翌年", g: gYear, off: 1, prev: true}, {word: "同年", g: gYear, prev: true},
	{word: "年末", g: gYear, choose: true, mod: article.ModEnd},
	{word: "年の瀬", g: gYear, choose: true, mod: article.ModEnd},
	{word: "年の暮れ", g: gYear, choose: true, mod: article.ModEnd},
	{word: "年始", g: gYear, choose: true, mod: article.ModStart},
	{word: "年初", g: gYear, choose: true, mod: article.ModStart},
	{word: "年内", g: gYear},
	{word: "新年", g: gYear, choose: true, mod: article.ModStart},
	// seasons of sport and business, read as calendar years
	{word: "今季", g: gYear}, {word: "昨季", g: gYear, off: -1}, {word: "来季", g: gYear, off: 1},
	{word: "前季", g: gYear, off: -1, prev: true},
	{word: "今シーズン", g: gYear}, {word: "昨シーズン", g: gYear, off: -1}, {word: "来シーズン", g: gYear, off: 1},
	{word: "今世紀", g: gCentury}, {word: "前世紀", g: gCentury, off: -1}, {word: "来世紀", g: gCentury, off: 1},
	// seasons
	{word: "今春", g: gSeason, season: seasonSpring}, {word: "今夏", g: gSeason, season: seasonSummer},
	{word: "今秋", g: gSeason, season: seasonFall}, {word: "今冬", g: gSeason, season: seasonWinter},
	{word: "昨春", g: gSeason, season: seasonSpring, off: -1}, {word: "昨夏", g: gSeason, season: seasonSummer, off: -1},
	{word: "昨秋", g: gSeason, season: seasonFall, off: -1}, {word: "昨冬", g: gSeason, season: seasonWinter, off: -1},
	{word: "来春", g: gSeason, season: seasonSpring, off: 1}, {word: "来夏", g: gSeason, season: seasonSummer, off: 1},
	{word: "来秋", g: gSeason, season: seasonFall, off: 1}, {word: "来冬", g: gSeason, season: seasonWinter, off: 1},
	// 翌春 is 翌年の春: the season of the year after the one told before
	{word: "翌春", g: gSeason, season: seasonSpring, off: 1, prev: true}, {word: "翌夏", g: gSeason, season: seasonSummer, off: 1, prev: true},
	{word: "翌秋", g: gSeason, season: seasonFall, off: 1, prev: true}, {word: "翌冬", g: gSeason, season: seasonWinter, off: 1, prev: true},
	// この夏 is 今夏 in other words
	// a season alone dates a statement when a particle of time follows it
	// (秋には, 夏以降, 冬にかけて; relGuard): the one the tense points to.
	{word: "春", g: gSeason, season: seasonSpring, choose: true}, {word: "夏", g: gSeason, season: seasonSummer, choose: true},
	{word: "秋", g: gSeason, season: seasonFall, choose: true}, {word: "冬", g: gSeason, season: seasonWinter, choose: true},
	// the early or late part of a season alone, as the season is read
	// (初夏には, 晩秋から)
	{word: "早春", g: gSeason, season: seasonSpring, choose: true, mod: article.ModStart}, {word: "晩春", g: gSeason, season: seasonSpring, choose: true, mod: article.ModEnd},
	{word: "初夏", g: gSeason, season: seasonSummer, choose: true, mod: article.ModStart}, {word: "晩夏", g: gSeason, season: seasonSummer, choose: true, mod: article.ModEnd},
	{word: "初秋", g: gSeason, season: seasonFall, choose: true, mod: article.ModStart}, {word: "晩秋", g: gSeason, season: seasonFall, choose: true, mod: article.ModEnd},
	{word: "初冬", g: gSeason, season: seasonWinter, choose: true, mod: article.ModStart},
	{word: "この春", g: gSeason, season: seasonSpring}, {word: "この夏", g: gSeason, season: seasonSummer},
	{word: "この秋", g: gSeason, season: seasonFall}, {word: "この冬", g: gSeason, season: seasonWinter},
}

// thatRels are the units that その (and あの) points back with: その年 is
// the year of the time mentioned before, その夏 the summer of that year.
var thatRels = []rel{
	{word: "年度", g: gFY, prev: true}, {word: "年", g: gYear, prev: true},
	{word: "月", g: gMonth, prev: true}, {word: "週末", g: gWeekend, prev: true},
	{word: "週", g: gWeek, prev: true}, {word: "日", g: gDay, prev: true},
	{word: "朝", g: gDay, prev: true, pd: pod{"MO", 5, 12}}, {word: "夜", g: gDay, prev: true, pd: pod{"NI", 18, 24}},
	{word: "春", g: gSeason, season: seasonSpring, prev: true}, {word: "夏", g: gSeason, season: seasonSummer, prev: true},
	{word: "秋", g: gSeason, season: seasonFall, prev: true}, {word: "冬", g: gSeason, season: seasonWinter, prev: true},
}

// thatAt returns the unit after その at s[i:], unless it begins a longer
// word (その年齢, その日暮らし, その月曜, その夜景).
func thatAt(s string, i int) (*rel, int) {
	for k := range thatRels {
		r := &thatRels[k]
		if !hasAt(s, i, r.word) {
			continue
		}
		e := i + len(r.word)
		next, _ := runeAt(s, e)
		switch next {
		case '齢', '暮', '曜', '景', '本', '間', '々', '頃', '末', '休', '食', '祭', '場', '風', '中':
			if !(next == '頃' || next == '末' || next == '中') || r.g == gSeason || r.g == gWeekend {
				return nil, i
			}
		}
		return r, e
	}
	return nil, i
}

// relIndex maps the first rune of a relative word to the indexes of the
// words that start with it, longest first.
var relIndex = func() map[rune][]int {
	m := make(map[rune][]int)
	for i, r := range rels {
		c, _ := utf8.DecodeRuneInString(r.word)
		m[c] = append(m[c], i)
	}
	for c, idx := range m {
		// insertion sort by length, longest first
		for a := 1; a < len(idx); a++ {
			for b := a; b > 0 && len(rels[idx[b]].word) > len(rels[idx[b-1]].word); b-- {
				idx[b], idx[b-1] = idx[b-1], idx[b]
			}
		}
		m[c] = idx
	}
	return m
}()

// relFirst holds the keys of relIndex: a bit set answers for the many
// runes that start no relative word faster than the map.
var relFirst = func() *runeSet {
	var m runeSet
	for c := range relIndex {
		m.add(c)
	}
	return &m
}()

// relAt returns the relative word at s[i:], if any.
func relAt(s string, i int) (*rel, int) {
	c, _ := runeAt(s, i)
	if !relFirst.has(c) {
		return nil, i
	}
	for _, k := range relIndex[c] {
		if hasAt(s, i, rels[k].word) {
			if rels[k].word == "土日" && hasAt(s, i+len("土日"), "祝") {
				return nil, i // 土日祝日: the days a shop is closed, no date
			}
			if rels[k].word == "週末" {
				// 週末農業, 週末婚: a kind of thing done at weekends.
				if next, _ := runeAt(s, i+len("週末")); next >= 0x4E00 && next <= 0x9FFF && !strings.ContainsRune("頃中前後明以", next) {
					return nil, i
				}
			}
			if (rels[k].word == "今日" || rels[k].word == "きょう") && (hasAt(s, i+len(rels[k].word), "この頃") || hasAt(s, i+len(rels[k].word), "このごろ")) {
				return nil, i // 今日この頃: these days, no day
			}
			if rels[k].word == "前夜" && (hasAt(s, i+len("前夜"), "祭") || hasAt(s, i+len("前夜"), "の祭")) {
				return nil, i // 前夜祭: the eve's festival, a kind of event
			}
			if rels[k].word == "前日" && (runeBefore(s, i) == '休' || runeBefore(s, i) == '祝') {
				return nil, i // 休前日, 祝前日: a kind of day in a price list
			}
			if e := i + len(rels[k].word); rels[k].g == gDay && rels[k].off == 1 && !rels[k].prev && (hasAt(s, e, "へ") || hasAt(s, e, "に向か") || hasAt(s, e, "を担") || hasAt(s, e, "を信じ")) {
				return nil, i // 明日へ向かって, 明日を担う: the future, no day
			}
			return &rels[k], i + len(rels[k].word)
		}
	}
	return nil, i
}

// podWord is a part of the day as written after a date or before an hour.
type podWord struct {
	word string
	pd   pod
	pm   bool // an hour below 12 after it is in the afternoon or evening
}

var podWords = []podWord{
	{"午前中", pod{"MO", 0, 12}, false},
	{"午前", pod{"MO", 0, 12}, false},
	{"午後", pod{"AF", 12, 18}, true},
	{"早朝", pod{"MO", 4, 7}, false},
	{"朝方", pod{"MO", 5, 10}, false},
	{"明け方", pod{"MO", 3, 6}, false},
	{"未明", pod{"NI", 0, 5}, false},
	{"朝", pod{"MO", 5, 12}, false},
	{"昼過ぎ", pod{"AF", 12, 15}, true}, {"昼すぎ", pod{"AF", 12, 15}, true},
	{"昼前", pod{"MO", 10, 12}, false},
	{"昼", pod{"MI", 11, 14}, true},
	{"日中", pod{"DT", 6, 18}, false},
	{"夕方", pod{"EV", 16, 19}, true},
	{"夕刻", pod{"EV", 16, 19}, true},
	{"夕", pod{"EV", 16, 19}, true},
	{"深夜", pod{"NI", 22, 24}, true},
	{"夜間", pod{"NI", 18, 24}, true},
	{"夜中", pod{"NI", 22, 24}, true},
	{"夜", pod{"NI", 18, 24}, true},
	{"晩", pod{"NI", 18, 24}, true},
	{"PM", pod{"AF", 12, 18}, true},
	{"AM", pod{"MO", 0, 12}, false},
	{"pm", pod{"AF", 12, 18}, true},
	{"am", pod{"MO", 0, 12}, false},
}

// podAt returns the part-of-day word at s[i:], if any.
func podAt(s string, i int) (*podWord, int) {
	if c, _ := runeAt(s, i); !podFirst.has(c) {
		return nil, i
	}
	for k := range podWords {
		w := &podWords[k]
		if hasAt(s, i, w.word) {
			e := i + len(w.word)
			if w.word[0] < utf8.RuneSelf {
				// PM11時, AM 9:30: Latin letters only before an hour
				if p := runeBefore(s, i); isASCIILetter(p) {
					return nil, i
				}
				k := e
				if k < len(s) && s[k] == ' ' {
					k++
				}
				if k >= len(s) || !isDigit(s[k]) {
					return nil, i
				}
				return w, k
			}
			// 朝鮮, 朝日, 夕刊, 昼食 are no parts of a day; 朝市, 朝礼,
			// 夜市, 夜景, 昼休み are things of one, not the part itself
			// (but 5日朝市内で: the morning, then 市内).
			r, n := runeAt(s, e)
			market := false
			if r == '市' {
				after, _ := oneOf(s, e+n, "内", "民", "役", "長", "議", "街")
				market = after < 0
			}
			if w.word == "朝" && (r == '鮮' || r == '日' || r == '刊' || r == '食' || market || r == '礼' || r == '練') ||
				w.word == "夕" && (r == '刊' || r == '食' || r == '日') || w.word == "昼" && (r == '食' || r == '休') ||
				w.word == "夜" && (market || r == '景' || r == '店') {
				return nil, i
			}
			return w, e
		}
	}
	return nil, i
}

// modWord is a fuzzy or open-ended part written after a date.
type modWord struct {
	word  string
	mod   article.Mod
	month bool // only after a month (上旬, 中旬, 下旬)
	part  bool // a part of the unit (START, MID, END) rather than a hedge
}

var modWords = []modWord{
	{"上旬", article.ModStart, true, true},
	{"初旬", article.ModStart, true, true},
	{"中旬", article.ModMid, true, true},
	{"下旬", article.ModEnd, true, true},
	{"初め", article.ModStart, false, true},
	{"はじめ", article.ModStart, false, true},
	{"始め", article.ModStart, false, true},
	{"初頭", article.ModStart, false, true},
	{"半ば", article.ModMid, false, true},
	{"なかば", article.ModMid, false, true},
	{"終わり", article.ModEnd, false, true},
	{"おわり", article.ModEnd, false, true},
	{"終盤", article.ModEnd, false, true},
	{"末", article.ModEnd, false, true},
	{"暮れ", article.ModEnd, false, true},
	{"頃", article.ModApprox, false, false},
	{"ごろ", article.ModApprox, false, false},
	{"すぎ", article.ModAfter, false, false},
	{"過ぎ", article.ModAfter, false, false},
	{"ころ", article.ModApprox, false, false},
	{"前後", article.ModApprox, false, false},
	{"頭", article.ModStart, true, true},
	{"以降", article.ModOnOrAfter, false, false},
	{"以前", article.ModOnOrBefore, false, false},
	{"以来", article.ModOnOrAfter, false, false},
	{"限り", article.ModEnd, false, false},
}

// modAt returns the modifier word at s[i:] allowed after a unit of
// granularity g, if any.
func modAt(s string, i int, g gran) (*modWord, int) {
	for k := range modWords {
		w := &modWords[k]
		if !hasAt(s, i, w.word) {
			continue
		}
		if w.month && g != gMonth {
			continue
		}
		if w.part && (g == gDay || g >= gPOD || g == gWeekend || g == gSeason || g == gHalf || g == gQuarter) {
			continue
		}
		e := i + len(w.word)
		if w.mod == article.ModStart && !w.month && hasAt(s, e, "て") {
			continue // 2025年初めて: for the first time
		}
		if w.word == "末" {
			// 末端, 末尾, 末期 ... are other words.
			if r, _ := runeAt(s, e); r == '端' || r == '尾' || r == '期' || r == 'っ' {
				continue
			}
		}
		return w, e
	}
	return nil, i
}

// weekdays maps the weekday characters to ISO weekday numbers.
func weekdayOf(r rune) int {
	switch r {
	case '月':
		return 1
	case '火':
		return 2
	case '水':
		return 3
	case '木':
		return 4
	case '金':
		return 5
	case '土':
		return 6
	case '日':
		return 7
	}
	return 0
}

// weekdayAt reads a weekday at s[i:]: (水), （水曜日）, (月・祝), 水曜日, 水曜,
// and after one space (10月19日 月曜日) the written-out 月曜日.
// Brackets are ASCII after normalization; full-width brackets are
// accepted too.
func weekdayAt(s string, i int) (wd, end int) {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	open := -1
	if e, _ := oneOf(s, j, "(", "（"); e >= 0 {
		open = e
	}
	if open >= 0 {
		r, n := runeAt(s, open)
		wd = weekdayOf(r)
		if wd == 0 {
			return 0, i
		}
		k := open + n
		if e, _ := oneOf(s, k, "曜日", "曜"); e >= 0 {
			k = e
		}
		if e, _ := oneOf(s, k, "・祝", "・休", "祝"); e >= 0 {
			k = e
		}
		if e, _ := oneOf(s, k, ")", "）"); e >= 0 {
			return wd, e
		}
		return 0, i
	}
	if j > i {
		// 10月19日 月曜日: a newspaper's folio spaces the weekday
		// off, and writes it in full.
		r, n := runeAt(s, j)
		if wd = weekdayOf(r); wd > 0 && hasAt(s, j+n, "曜日") {
			return wd, j + n + len("曜日")
		}
		return 0, i
	}
	r, n := runeAt(s, i)
	wd = weekdayOf(r)
	if wd == 0 {
		return 0, i
	}
	if e, w := oneOf(s, i+n, "曜日", "曜"); e >= 0 {
		if next, _ := runeAt(s, e); w == "曜" && next >= 0x4E00 && next <= 0x9FFF && !podFirst.has(next) && next != '日' {
			return 0, i // 火曜曲: a title
		}
		return wd, e
	}
	return 0, i
}

// zoneWords name the clock a time is given in.
var zoneWords = []string{
	"現地時間", "日本時間", "米国時間", "米東部時間", "米西部時間", "米中部時間", "東部時間", "西部時間",
	"英国時間", "欧州中部時間", "中国時間", "韓国時間", "協定世界時", "グリニッジ標準時",
}

// runeSet is a set of runes of the Basic Multilingual Plane.
type runeSet [0x10000 / 32]uint32

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s[r>>5] |= 1 << (r & 31)
	}
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r>>5]&(1<<(r&31)) != 0
}

func firstRunes(words ...string) *runeSet {
	var s runeSet
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		s.add(r)
	}
	return &s
}

var (
	holidayFirst = func() *runeSet {
		var ws []string
		for _, h := range holidays {
			ws = append(ws, h.name)
		}
		return firstRunes(ws...)
	}()
	podFirst = func() *runeSet {
		var ws []string
		for _, w := range podWords {
			ws = append(ws, w.word)
		}
		return firstRunes(ws...)
	}()
	zoneFirst = firstRunes(zoneWords...)
)

// holidayOnly are the runes at which only a holiday's name may start an
// expression (イ of イブ, 聖 of 聖夜): the scanner checks the name before
// anything else, since イ starts many katakana words.
var holidayOnly = func() *runeSet {
	var other runeSet
	for _, r := range triggerRunes {
		other.add(r)
	}
	for _, r := range rels {
		c, _ := utf8.DecodeRuneInString(r.word)
		other.add(c)
	}
	for _, w := range podWords {
		c, _ := utf8.DecodeRuneInString(w.word)
		other.add(c)
	}
	for _, z := range zoneWords {
		c, _ := utf8.DecodeRuneInString(z)
		other.add(c)
	}
	var m runeSet
	for _, h := range holidays {
		if c, _ := utf8.DecodeRuneInString(h.name); !other.has(c) {
			m.add(c)
		}
	}
	return &m
}()

// triggerRunes start numerals, sets, durations, eras and the other words
// that open an expression.
const triggerRunes = "紀西毎隔年週過こ今約お数十そ半正来去直最向月火水木金土日令平昭大明MTSHRQ第〇一二三四五六七八九百千万零两壱弐参0123456789"

// triggers are the runes at which an expression may start.
var triggers = func() *runeSet {
	var m runeSet
	for _, r := range triggerRunes {
		m.add(r)
	}
	for _, r := range rels {
		c, _ := utf8.DecodeRuneInString(r.word)
		m.add(c)
	}
	for _, w := range podWords {
		c, _ := utf8.DecodeRuneInString(w.word)
		m.add(c)
	}
	for _, h := range holidays {
		c, _ := utf8.DecodeRuneInString(h.name)
		m.add(c)
	}
	for _, z := range zoneWords {
		c, _ := utf8.DecodeRuneInString(z)
		m.add(c)
	}
	for _, w := range halfWords {
		c, _ := utf8.DecodeRuneInString(w)
		m.add(c)
	}
	return &m
}()

func isTrigger(r rune) bool { return triggers.has(r) }

// lexHeads maps a rune at which only a word of the lexicons (relative
// words, parts of the day, holidays, zones) may start an expression to the
// first two runes of each of those words. Most such runes (し, き, あ, イ)
// start far more ordinary words than dates, and the scanner would try every
// grammar at each of them; a rune that also opens a numeral, an era or a
// construction of the grammar (triggerRunes) has no entry.
var lexHeads = func() map[rune][]string {
	var grammar runeSet
	for _, r := range triggerRunes {
		grammar.add(r)
	}
	m := map[rune][]string{}
	add := func(w string) {
		r, n := utf8.DecodeRuneInString(w)
		if grammar.has(r) {
			return
		}
		if _, n2 := utf8.DecodeRuneInString(w[n:]); n2 > 0 {
			n += n2
		}
		head := w[:n]
		for _, h := range m[r] {
			if h == head {
				return
			}
		}
		m[r] = append(m[r], head)
	}
	for _, r := range rels {
		add(r.word)
	}
	for _, w := range podWords {
		add(w.word)
	}
	for _, h := range holidays {
		add(h.name)
	}
	for _, z := range zoneWords {
		add(z)
	}
	for _, w := range halfWords {
		add(w)
	}
	return m
}()

// lexOnly holds the keys of lexHeads. The scanner asks it at every
// trigger rune, and a look-up in the bit set costs far less than one in
// the map at the numerals and grammar runes that have no entry.
var lexOnly = func() *runeSet {
	var m runeSet
	for r := range lexHeads {
		m.add(r)
	}
	return &m
}()

// lexicalMiss reports whether the rune r at s[i:] starts an expression only
// through a lexicon word and none of those words starts there.
func lexicalMiss(s string, i int, r rune) bool {
	if !lexOnly.has(r) {
		return false
	}
	if r == '同' && i+len("同") < len(s) && isDigit(s[i+len("同")]) {
		return false // 同55年: the era last written (sameEraYear)
	}
	heads := lexHeads[r]
	for _, h := range heads {
		if strings.HasPrefix(s[i:], h) {
			return false
		}
	}
	return true
}
