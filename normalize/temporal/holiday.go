package temporal

import "time"

// holiday is a named day of the year: a fixed date, or a date computed for
// each year (Japanese public holidays that move).
type holiday struct {
	name string
	day  func(y int) (m, d int, ok bool)
}

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
	{"クリスマスイブ", fixed(12, 24)},
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
	{"七夕", fixed(7, 7)},
	{"バレンタインデー", fixed(2, 14)},
	{"ホワイトデー", fixed(3, 14)},
	{"ハロウィーン", fixed(10, 31)},
	{"ハロウィン", fixed(10, 31)},
}

// holidayAt returns the holiday named at s[i:], if any.
func holidayAt(s string, i int) (*holiday, int) {
	if c, _ := runeAt(s, i); !holidayFirst.has(c) {
		return nil, i
	}
	for k := range holidays {
		h := &holidays[k]
		if hasAt(s, i, h.name) {
			return h, i + len(h.name)
		}
	}
	return nil, i
}
