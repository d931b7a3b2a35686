package temporal

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// holiday is a named day of the year: a fixed date, or a date computed for
// each year (Japanese public holidays that move).
type holiday struct {
	name string
	day  func(y int) (m, d int, ok bool)
}

// seasonParts holds, for a holiday season of several days (お盆, 正月,
// ゴールデンウィーク), the part of the month its day falls in: the name
// stands for that part (お盆 is 8月中旬: mod MID), since TIMEX3 writes no
// span of days as one value.
var seasonParts = map[string]article.Mod{}

// season returns a holiday season that falls in part of month m.
func season(name string, m int, part article.Mod) holiday {
	seasonParts[name] = part
	return holiday{name, fixed(m, 1)}
}

// part returns the part of its month a holiday season stands for, or ""
// for a holiday of one day.
func (h *holiday) part() article.Mod { return seasonParts[h.name] }

func fixed(m, d int) func(int) (int, int, bool) {
	return func(int) (int, int, bool) { return m, d, true }
}

// since returns a fixed date valid from the year from on.
func since(from, m, d int) func(int) (int, int, bool) {
	return func(y int) (int, int, bool) { return m, d, y >= from }
}

// nthMonday returns the day of the n-th Monday of month m in year y.
func nthMonday(y, m, n int) int {
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Weekday()
	off := (int(time.Monday) - int(first) + 7) % 7
	return 1 + off + 7*(n-1)
}

// equinox returns the day of the March (spring) or September equinox
// holiday, by the formula the National Astronomical Observatory's
// almanac yields for 1980–2099 (a linear drift corrected for leap years).
func equinox(y int, spring bool) (int, bool) {
	if y < 1980 || y > 2099 {
		return 0, false
	}
	base := 23.2488
	if spring {
		base = 20.8431
	}
	return int(base+0.242194*float64(y-1980)) - (y-1980)/4, true
}

// holidays are the names this package knows, longest first where one is a
// prefix of another.
var holidays = []holiday{
	{"クリスマスイブ", fixed(12, 24)}, {"クリスマス・イブ", fixed(12, 24)}, {"クリスマス・イヴ", fixed(12, 24)},
	{"クリスマスイヴ", fixed(12, 24)},
	{"クリスマス当日", fixed(12, 25)},
	{"クリスマス", fixed(12, 25)},
	{"大みそか", fixed(12, 31)},
	{"大晦日", fixed(12, 31)},
	{"大つごもり", fixed(12, 31)},
	{"元日", fixed(1, 1)},
	{"元旦", fixed(1, 1)},
	{"成人の日", func(y int) (int, int, bool) {
		if y >= 2000 {
			return 1, nthMonday(y, 1, 2), true
		}
		return 1, 15, y >= 1949
	}},
	{"建国記念の日", since(1967, 2, 11)},
	{"天皇誕生日", func(y int) (int, int, bool) {
		switch {
		case y >= 2020:
			return 2, 23, true
		case y >= 1989 && y <= 2018:
			return 12, 23, true
		case y >= 1949 && y < 1989:
			return 4, 29, true
		}
		return 0, 0, false
	}},
	{"春分の日", func(y int) (int, int, bool) { d, ok := equinox(y, true); return 3, d, ok }},
	{"昭和の日", since(2007, 4, 29)},
	{"憲法記念日", since(1949, 5, 3)},
	{"みどりの日", func(y int) (int, int, bool) {
		if y >= 2007 {
			return 5, 4, true
		}
		return 4, 29, y >= 1989
	}},
	{"こどもの日", since(1949, 5, 5)},
	{"海の日", func(y int) (int, int, bool) {
		switch {
		case y == 2020:
			return 7, 23, true
		case y == 2021:
			return 7, 22, true
		case y >= 2003:
			return 7, nthMonday(y, 7, 3), true
		}
		return 7, 20, y >= 1996
	}},
	{"山の日", func(y int) (int, int, bool) {
		switch {
		case y == 2020:
			return 8, 10, true
		case y == 2021:
			return 8, 8, true
		}
		return 8, 11, y >= 2016
	}},
	{"敬老の日", func(y int) (int, int, bool) {
		if y >= 2003 {
			return 9, nthMonday(y, 9, 3), true
		}
		return 9, 15, y >= 1966
	}},
	{"秋分の日", func(y int) (int, int, bool) { d, ok := equinox(y, false); return 9, d, ok }},
	{"スポーツの日", func(y int) (int, int, bool) {
		switch {
		case y == 2020:
			return 7, 24, true
		case y == 2021:
			return 7, 23, true
		}
		return 10, nthMonday(y, 10, 2), y >= 2020
	}},
	{"体育の日", func(y int) (int, int, bool) {
		if y >= 2000 {
			return 10, nthMonday(y, 10, 2), y < 2020
		}
		return 10, 10, y >= 1966
	}},
	{"文化の日", since(1948, 11, 3)},
	{"勤労感謝の日", since(1948, 11, 23)},
	{"終戦記念日", fixed(8, 15)},
	{"終戦の日", fixed(8, 15)},
	{"聖なる夜", fixed(12, 24)},
	{"聖夜", fixed(12, 24)},
	{"イヴ", fixed(12, 24)},
	{"イブ", fixed(12, 24)},
	{"七夕", fixed(7, 7)},
	{"バレンタインデー", fixed(2, 14)},
	{"ホワイトデー", fixed(3, 14)},
	{"ハロウィーン", fixed(10, 31)},
	{"ハロウィン", fixed(10, 31)},
	// seasons of holidays, longest first
	season("ゴールデンウィーク", 5, article.ModStart), season("ゴールデンウイーク", 5, article.ModStart),
	season("お盆休み", 8, article.ModMid), season("お盆", 8, article.ModMid), season("盆休み", 8, article.ModMid),
	season("旧盆", 8, article.ModMid),
	season("お正月", 1, article.ModStart), season("正月休み", 1, article.ModStart), season("正月", 1, article.ModStart),
	season("三が日", 1, article.ModStart), season("松の内", 1, article.ModStart),
	// 年明け is the days after the new year opens, as 正月 is: not the
	// first part of the year as a unit (年始, 年初)
	season("年明け", 1, article.ModStart),
}

// holidayIndex maps the first rune of a holiday's name to the indexes of
// the holidays that start with it, in the order of holidays (longest first
// where one name is a prefix of another).
var holidayIndex = func() map[rune][]int {
	m := make(map[rune][]int)
	for i, h := range holidays {
		c, _ := utf8.DecodeRuneInString(h.name)
		m[c] = append(m[c], i)
	}
	return m
}()

// holidayAt returns the holiday named at s[i:], if any.
func holidayAt(s string, i int) (*holiday, int) {
	if c, _ := runeAt(s, i); !holidayFirst.has(c) {
		return nil, i
	}
	c, _ := runeAt(s, i)
	for _, k := range holidayIndex[c] {
		h := &holidays[k]
		if hasAt(s, i, h.name) {
			e := i + len(h.name)
			if (h.name == "イヴ" || h.name == "イブ") && !eveAlone(s, i, e) {
				return nil, i
			}
			if next, _ := runeAt(s, e); h.part() != "" && strings.ContainsRune("飾料番用遊玩菓", next) {
				return nil, i // 正月飾り, お盆料理: things of the season, no time
			}
			if strings.HasSuffix(h.name, "盆") && (hasAt(s, e, "を") || hasAt(s, e, "の上") || hasAt(s, e, "に載") || hasAt(s, e, "に乗") || hasAt(s, e, "にの")) {
				return nil, i // お盆を運ぶ: a tray
			}
			return h, e
		}
	}
	return nil, i
}

// holidayNamed reports whether a holiday's name is written at s[i:].
func holidayNamed(s string, i int) bool {
	h, _ := holidayAt(s, i)
	return h != nil
}

// eveAlone reports whether イブ or イヴ at s[i:e] is the eve of Christmas
// standing alone, not part of a katakana word (イブニング, ナイブ) or a name
// (イブ・モンタン, イブさん): only a particle may follow it.
func eveAlone(s string, i, e int) bool {
	if p := runeBefore(s, i); isKatakana(p) || p == 'ー' || isASCIILetter(p) {
		return false
	}
	next, _ := runeAt(s, e)
	switch next {
	case 'に', 'と', 'の', 'は', 'も', 'を', 'で', 'が', '、', '。', 0:
		return !hasAt(s, e, "さん") && !hasAt(s, e, "の名") && !hasAt(s, e, "ちゃん")
	}
	return false
}

func isKatakana(r rune) bool { return 'ァ' <= r && r <= 'ヺ' }

// titleWords name works whose titles are written in brackets.
var titleWords = []string{"映画", "曲", "番組", "ドラマ", "アルバム", "作品", "小説", "絵本", "歌", "舞台", "シングル", "書籍", "ゲーム", "楽曲"}

// inTitle reports whether the expression s[i:e] is (in) the title of a work:
// it fills a bracket on its own (「ホワイトデー」), sits inside 『』, or
// inside 「」 after a word that names a work (映画「…」).
func inTitle(s string, i, e int) bool {
	lo := max(0, i-240) // a title is short
	// The brackets are searched for one by one: strings.LastIndexAny and
	// ContainsAny, given runes outside ASCII, convert each rune of the text
	// to a string to look it up, and this runs at every holiday name.
	before := s[lo:i]
	open := max(strings.LastIndex(before, "「"), strings.LastIndex(before, "『"))
	if open < 0 {
		return false
	}
	open += lo
	if inside := s[open:i]; strings.Contains(inside, "」") || strings.Contains(inside, "』") || strings.Contains(inside, "。") {
		return false
	}
	if strings.HasPrefix(s[open:], "『") {
		return true
	}
	if open+len("「") == i && hasAt(s, e, "」") {
		return true
	}
	for _, w := range titleWords {
		if strings.HasSuffix(s[:open], w) {
			return true
		}
	}
	return false
}
