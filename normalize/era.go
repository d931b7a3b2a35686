package normalize

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Errors of the era functions; they are wrapped with the input quoted.
var (
	// ErrEra means an unknown era name, or text that does not start with
	// an era date.
	ErrEra = errors.New("normalize: no era")
	// ErrEraDate means a date that does not exist in its era (平成31年5月1日,
	// 令和元年4月30日, 平成0年, 令和7年2月30日).
	ErrEraDate = errors.New("normalize: impossible era date")
	// ErrLunisolar means a month or day of 明治5年 or earlier, which is a
	// lunisolar date that is not converted.
	ErrLunisolar = errors.New("normalize: lunisolar date not converted")
)

// Era is a Japanese era (元号) of the modern calendar.
type Era struct {
	// Name is the era name in kanji: 明治, 大正, 昭和, 平成, 令和.
	Name string
	// Letter is the Latin initial used in abbreviated dates: 'M', 'T',
	// 'S', 'H', 'R'.
	Letter byte
	// Start is the first day of the era, at midnight Japan time
	// ([Japan]).
	Start time.Time
	// End is the day after the last day of the era, at midnight Japan
	// time; zero for the current era.
	End time.Time
}

func jstDate(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, japan)
}

var eras = [...]Era{
	{Name: "明治", Letter: 'M', Start: jstDate(1868, 1, 25), End: jstDate(1912, 7, 31)},
	{Name: "大正", Letter: 'T', Start: jstDate(1912, 7, 30), End: jstDate(1926, 12, 26)},
	{Name: "昭和", Letter: 'S', Start: jstDate(1926, 12, 25), End: jstDate(1989, 1, 8)},
	{Name: "平成", Letter: 'H', Start: jstDate(1989, 1, 8), End: jstDate(2019, 5, 1)},
	{Name: "令和", Letter: 'R', Start: jstDate(2019, 5, 1)},
}

// Eras returns the eras LookupEra knows, oldest first.
func Eras() []Era { return append([]Era(nil), eras[:]...) }

// LookupEra returns the era named by s: its kanji name (令和), its Latin
// letter in either case, ASCII or full-width (R, r, Ｒ), or its single
// compatibility character (㍾ ㍽ ㍼ ㍻ ㋿).
func LookupEra(s string) (Era, bool) {
	switch s {
	case "明治", "M", "m", "Ｍ", "ｍ", "㍾":
		return eras[0], true
	case "大正", "T", "t", "Ｔ", "ｔ", "㍽":
		return eras[1], true
	case "昭和", "S", "s", "Ｓ", "ｓ", "㍼":
		return eras[2], true
	case "平成", "H", "h", "Ｈ", "ｈ", "㍻":
		return eras[3], true
	case "令和", "R", "r", "Ｒ", "ｒ", "㋿":
		return eras[4], true
	}
	return Era{}, false
}

// EraYear returns the Gregorian year of year 'year' of the era named era
// (any form LookupEra accepts): EraYear("令和", 7) is 2025, EraYear("平成",
// 1) is 1989 (元年 is year 1). The year must lie within the era: 平成0年 and
// 平成32年 are [ErrEraDate], an unknown era is [ErrEra].
func EraYear(era string, year int) (int, error) {
	e, ok := LookupEra(era)
	if !ok {
		return 0, fmt.Errorf("%w %q", ErrEra, era)
	}
	t, err := eraTime(e, year, 0, 0)
	if err != nil {
		return 0, fmt.Errorf("%w: %s%d年", err, e.Name, year)
	}
	return t.Year(), nil
}

// EraDate returns the date month/day of year 'year' of the era named era,
// at midnight Japan time ([Japan]). A month or day of 0 means unknown: with month 0 only
// the year is checked, with day 0 the month; the result is then the first
// day of that year or month that lies in the era (EraDate("令和", 1, 0, 0)
// is 2019-05-01). A day without a month is an error.
//
// Impossible dates are [ErrEraDate]: 平成31年5月1日 (平成 had ended),
// 令和元年4月30日 (令和 had not begun), 平成0年, 2月30日. 昭和64年1月1日 to
// 1月7日 are valid. Months and days of 明治5年 and earlier are
// [ErrLunisolar] (see the package notes on 明治).
func EraDate(era string, year, month, day int) (time.Time, error) {
	e, ok := LookupEra(era)
	if !ok {
		return time.Time{}, fmt.Errorf("%w %q", ErrEra, era)
	}
	t, err := eraTime(e, year, month, day)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s", err, eraText(e, year, month, day))
	}
	return t, nil
}

func eraText(e Era, year, month, day int) string {
	s := fmt.Sprintf("%s%d年", e.Name, year)
	if month != 0 {
		s += fmt.Sprintf("%d月", month)
	}
	if day != 0 {
		s += fmt.Sprintf("%d日", day)
	}
	return s
}

// eraTime checks a date of era e and returns its first day in the era.
func eraTime(e Era, year, month, day int) (time.Time, error) {
	if year < 1 || year > 9999 {
		return time.Time{}, ErrEraDate
	}
	gy := e.Start.Year() + year - 1
	if gy > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0) {
		return time.Time{}, ErrEraDate
	}
	if e.Letter == 'M' && year <= 5 && month != 0 {
		return time.Time{}, ErrLunisolar
	}
	var from, to time.Time
	switch {
	case month == 0:
		from, to = jstDate(gy, 1, 1), jstDate(gy+1, 1, 1)
	case day == 0:
		from = jstDate(gy, time.Month(month), 1)
		to = from.AddDate(0, 1, 0)
	default:
		from = jstDate(gy, time.Month(month), day)
		if from.Day() != day { // 2月30日 normalizes to March
			return time.Time{}, ErrEraDate
		}
		to = from.AddDate(0, 0, 1)
	}
	if !to.After(e.Start) || (!e.End.IsZero() && !from.Before(e.End)) {
		return time.Time{}, ErrEraDate
	}
	if from.Before(e.Start) {
		from = e.Start
	}
	return from, nil
}

// EraDateText is an era date read from text by [MatchEraDate].
type EraDateText struct {
	// Era is the era named in the text.
	Era Era
	// Year is the era year (1 for 元年); Month and Day are 0 when the text
	// does not give them.
	Year, Month, Day int
	// Date is the first day of the period the text names, at midnight
	// Japan time: the day itself, or the first day of the month, or of the
	// year within the era.
	Date time.Time
	// Size is the length of the matched text in bytes.
	Size int
}

// ParseEraDate reads the era date at the start of s and returns it (see
// [MatchEraDate] for the forms) with the number of bytes read.
func ParseEraDate(s string) (time.Time, int, error) {
	d, err := MatchEraDate(s)
	return d.Date, d.Size, err
}

// MatchEraDate reads the era date at the start of s. Forms:
//
//	令和7年12月29日  令和７年１２月２９日  令和七年十二月二十九日  令和元年5月1日
//	令和7年12月  令和7年  ㍻31年4月30日  令和 7年 (spaces after the name)
//	R7.12.29  H31.4.30  r7/12/29  R7-12-29  令和7.12.29  令和7.12  Ｒ７．１２．２９
//
// The Latin-letter form needs year, month and day (R7.12.29; M7.1 is an
// earthquake magnitude, not 明治7年1月); a letter followed by a year and 年
// (H31年) is also read. Callers check what comes before s (a letter inside
// a word such as "COVID-H1.2.3" is not an era). Text after the date is
// not looked at (令和7年度 reads 令和7年).
//
// Errors: [ErrEra] when s does not start with an era date (Size 0);
// [ErrEraDate] or [ErrLunisolar] when it does but the date is impossible or
// lunisolar; the match is then returned with a zero Date and its Size, so
// callers can skip the text.
func MatchEraDate(s string) (EraDateText, error) {
	fail := func() (EraDateText, error) {
		return EraDateText{}, fmt.Errorf("%w %q", ErrEra, clip(s))
	}
	var (
		e      Era
		ok     bool
		i      int
		letter bool
	)
	r, w := utf8.DecodeRuneInString(s)
	if len(s) >= 6 {
		e, ok = LookupEra(s[:6])
		i = 6
	}
	if !ok {
		if e, ok = LookupEra(s[:w]); !ok {
			return fail()
		}
		i = w
		letter = r < 0x3000 || (r >= 'Ａ' && r <= 'ｚ')
	}
	if !letter {
		for {
			if strings.HasPrefix(s[i:], " ") {
				i++
			} else if strings.HasPrefix(s[i:], "\u3000") {
				i += len("\u3000")
			} else {
				break
			}
		}
	}
	year, n := eraYearNumber(s[i:])
	if n == 0 {
		return fail()
	}
	i += n
	d := EraDateText{Era: e, Year: year}
	rest := s[i:]
	switch r, w := utf8.DecodeRuneInString(rest); {
	case r == '年':
		i += w
		d.Size = i
		m, mn := dateNumber(s[i:])
		if mn > 0 && hasRune(s[i+mn:], '月') {
			d.Month = m
			i += mn + len("月")
			d.Size = i
			dd, dn := dateNumber(s[i:])
			if dn > 0 && hasRune(s[i+dn:], '日') {
				d.Day = dd
				d.Size = i + dn + len("日")
			}
		}
	case isDateSep(r):
		m, mn := dateNumber(rest[w:])
		if mn == 0 {
			return fail()
		}
		d.Month = m
		i += w + mn
		d.Size = i
		if r2, w2 := utf8.DecodeRuneInString(s[i:]); r2 == r {
			if dd, dn := dateNumber(s[i+w2:]); dn > 0 {
				d.Day = dd
				d.Size = i + w2 + dn
			}
		}
		if letter && d.Day == 0 {
			// R7.12 alone is too easily something else (M7.1 is a
			// magnitude): the letter form needs a day.
			return fail()
		}
	default:
		return fail()
	}
	t, err := eraTime(e, d.Year, d.Month, d.Day)
	if err != nil {
		return d, fmt.Errorf("%w: %q", err, s[:d.Size])
	}
	d.Date = t
	return d, nil
}

// clip shortens s for an error message.
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

func hasRune(s string, r rune) bool {
	r2, _ := utf8.DecodeRuneInString(s)
	return r2 == r
}

func isDateSep(r rune) bool {
	switch r {
	case '.', '/', '-', '．', '／', '－':
		return true
	}
	return false
}

// eraYearNumber reads an era year: 元 or a whole number.
func eraYearNumber(s string) (int, int) {
	if hasRune(s, '元') {
		return 1, len("元")
	}
	return dateNumber(s)
}

// dateNumber reads a whole number without decimal point or commas, of at
// most four digits' value.
func dateNumber(s string) (int, int) {
	n, size := leadingNumeral(s, false)
	if size == 0 {
		return 0, 0
	}
	v, ok := n.Int()
	if !ok || v > 9999 {
		return 0, 0
	}
	return int(v), size
}
