package temporal

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/newsdoc/newsdoc/article"
)

// gran is the granularity of a point in time.
type gran uint8

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gFY      // fiscal year, April to March
	gHalf    // sub = 1 or 2
	gQuarter // sub = 1..4
	gSeason  // sub = season index
	gMonth
	gWeek
	gWeekend
	gDay
	gPOD // part of day
	gMinute
	gSecond
)

// Seasons, in the order of their TIMEX3 codes.
const (
	seasonSpring = 1 + iota
	seasonSummer
	seasonFall
	seasonWinter
)

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// pod is a part of the day: its TIMEX3 code and the hours it covers.
type pod struct {
	code   string // MO, MI, AF, EV, NI
	h0, h1 int    // [h0, h1) hours of the day
}

// point is a resolved (or partly unknown) date or time.
type point struct {
	g   gran
	y   int // year; ISO week-year for weeks; 199 for the 1990s; 18 for the 19th century
	m   int // month
	d   int // day
	sub int // half, quarter or season
	w   int // ISO week
	hh  int
	mm  int
	ss  int
	pd  pod
	fy  bool // half or quarter of a fiscal year
	// fyEnd is the month a fiscal year closes in (2026年3月期); 0 means
	// March, the Japanese fiscal year (年度)
	fyEnd int
	bc    bool // a year or century before the common era (紀元前202年)
	xy    bool // the year is unknown
	xm    bool // the month is unknown
	xd    bool // the day is unknown (deictic day without a reference)
}

// commonEra returns p with a year counted back past the start of the
// common era (3000年前) written as TIMEX3 writes such years: astronomical
// year 0 is 1 BC (BC0001), year -974 is 975 BC (BC0975), and older years
// take more digits (BC47975). A year after 9999 (8000年後) is written with
// all its digits. Only the year is kept of such points; a century before
// the era (c < 0) becomes the century BC that holds it.
func (p point) commonEra() point {
	if p.xy || p.bc {
		return p
	}
	if p.g == gCentury {
		if p.y < 0 {
			return point{g: gCentury, y: -p.y - 1, bc: true}
		}
		return p
	}
	if p.y < 1 && p.g != gDecade {
		return point{g: gYear, y: 1 - p.y, bc: true}
	}
	if p.y > 9999 && p.g != gDecade {
		return point{g: gYear, y: p.y}
	}
	return p
}

// known reports whether p can be placed in time.
func (p point) known() bool { return !p.xy && !p.xm && !p.xd && p.g != gNone }

func pad4(b []byte, v int, x bool) []byte {
	if x {
		return append(b, "XXXX"...)
	}
	if v > 9999 {
		return strconv.AppendInt(b, int64(v), 10) // 8000年後: a fifth digit
	}
	if v < 0 {
		v = 0
	}
	return append(b, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}

func pad2(b []byte, v int, x bool) []byte {
	if x {
		return append(b, "XX"...)
	}
	if v < 0 || v > 99 {
		v = 0
	}
	return append(b, byte('0'+v/10), byte('0'+v%10))
}

// value writes the TIMEX3 value of p.
func (p point) value() string {
	b := make([]byte, 0, 20)
	if p.bc {
		b = append(b, "BC"...)
	}
	switch p.g {
	case gCentury:
		b = pad2(b, p.y, p.xy)
	case gDecade:
		if p.xy {
			b = append(b, "XXX"...)
		} else {
			b = append(b, byte('0'+p.y/100%10), byte('0'+p.y/10%10), byte('0'+p.y%10))
		}
	case gYear:
		b = pad4(b, p.y, p.xy)
	case gFY:
		b = pad4(append(b, "FY"...), p.y, p.xy)
	case gHalf, gQuarter:
		if p.fy {
			b = append(b, "FY"...)
		}
		b = pad4(b, p.y, p.xy)
		if p.g == gHalf {
			b = append(b, "-H"...)
		} else {
			b = append(b, "-Q"...)
		}
		b = append(b, byte('0'+p.sub))
	case gSeason:
		b = append(pad4(b, p.y, p.xy), '-')
		b = append(b, seasonCode[p.sub]...)
	case gMonth:
		b = pad2(append(pad4(b, p.y, p.xy), '-'), p.m, p.xm)
	case gWeek, gWeekend:
		b = append(pad4(b, p.y, p.xy), "-W"...)
		b = pad2(b, p.w, p.xy)
		if p.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay, gPOD, gMinute, gSecond:
		b = pad2(append(pad2(append(pad4(b, p.y, p.xy), '-'), p.m, p.xm || p.xd), '-'), p.d, p.xd)
		switch p.g {
		case gPOD:
			b = append(append(b, 'T'), p.pd.code...)
		case gMinute:
			b = pad2(append(pad2(append(b, 'T'), p.hh, false), ':'), p.mm, false)
		case gSecond:
			b = pad2(append(pad2(append(pad2(append(b, 'T'), p.hh, false), ':'), p.mm, false), ':'), p.ss, false)
		}
	}
	return string(b)
}

// interval returns the half-open interval of p in loc, narrowed by mod.
// ok is false when p cannot be placed in time.
func (p point) interval(mod article.Mod, loc *time.Location) (start, end time.Time, ok bool) {
	if !p.known() {
		return start, end, false
	}
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc) }
	if p.bc {
		// Years before the common era have no RFC 3339 form: the value
		// (BC0202) says it all, and the interval is left empty.
		return start, end, false
	}
	switch p.g {
	case gCentury:
		start, end = date(p.y*100, 1, 1), date(p.y*100+100, 1, 1)
	case gDecade:
		start, end = date(p.y*10, 1, 1), date(p.y*10+10, 1, 1)
	case gYear, gFY:
		// A fiscal year (年度) is the calendar year shifted by three
		// months: April to March. time.Date carries months past 12 into
		// the next year.
		m0 := 1
		if p.g == gFY {
			m0 = 4
			if p.fyEnd > 0 {
				m0 = p.fyEnd%12 + 1
			}
		}
		start, end = date(p.y, m0, 1), date(p.y, m0+12, 1)
		switch mod {
		case article.ModStart:
			end = date(p.y, m0+1, 1)
		case article.ModMid:
			start, end = date(p.y, m0+5, 1), date(p.y, m0+7, 1)
		case article.ModEnd:
			start = date(p.y, m0+11, 1)
		}
	case gHalf, gQuarter:
		n := 6
		if p.g == gQuarter {
			n = 3
		}
		m0 := 1 + (p.sub-1)*n
		if p.fy {
			m0 += 3
		}
		start = date(p.y, m0, 1)
		end = start.AddDate(0, n, 0)
	case gSeason:
		m0 := 3 * p.sub // SP 3, SU 6, FA 9, WI 12
		start = date(p.y, m0, 1)
		end = start.AddDate(0, 3, 0)
	case gMonth:
		start, end = date(p.y, p.m, 1), date(p.y, p.m+1, 1)
		switch mod {
		case article.ModStart:
			end = date(p.y, p.m, 11)
		case article.ModMid:
			start, end = date(p.y, p.m, 11), date(p.y, p.m, 21)
		case article.ModEnd:
			start = date(p.y, p.m, 21)
		}
	case gWeek, gWeekend:
		start = isoWeekStart(p.y, p.w, loc)
		end = start.AddDate(0, 0, 7)
		if p.g == gWeekend {
			start = start.AddDate(0, 0, 5)
		} else if mod == article.ModStart {
			end = start.AddDate(0, 0, 2) // 週明け: Monday and Tuesday
		}
	case gDay:
		start, end = date(p.y, p.m, p.d), date(p.y, p.m, p.d+1)
	case gPOD:
		start = time.Date(p.y, time.Month(p.m), p.d, p.pd.h0, 0, 0, 0, loc)
		end = time.Date(p.y, time.Month(p.m), p.d, p.pd.h1, 0, 0, 0, loc)
	case gMinute:
		start = time.Date(p.y, time.Month(p.m), p.d, p.hh, p.mm, 0, 0, loc)
		end = start.Add(time.Minute)
	case gSecond:
		start = time.Date(p.y, time.Month(p.m), p.d, p.hh, p.mm, p.ss, 0, loc)
		end = start.Add(time.Second)
	default:
		return start, end, false
	}
	if start.Year() < 0 || end.Year() > 9999 {
		// RFC 3339 writes years 0000 to 9999 only: the value says it
		// all (9999年12月31日 ends in the year 10000).
		return time.Time{}, time.Time{}, false
	}
	return start, end, true
}

// isoWeekStart returns the Monday that starts ISO week w of ISO year y.
func isoWeekStart(y, w int, loc *time.Location) time.Time {
	// January 4 is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, loc)
	off := (int(jan4.Weekday()) + 6) % 7
	return jan4.AddDate(0, 0, -off+7*(w-1))
}

// dayPoint returns the day of t as a point.
func dayPoint(t time.Time) point {
	return point{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// weekPoint returns the ISO week of t as a point.
func weekPoint(t time.Time) point {
	y, w := t.ISOWeek()
	return point{g: gWeek, y: y, w: w}
}

// civil returns the midnight that starts the day of p (which must have a
// day, or at least a month or year, known).
func (p point) civil(loc *time.Location) time.Time {
	m, d := p.m, p.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(p.y, time.Month(m), d, 0, 0, 0, 0, loc)
}

// timexRE is the TIMEX3 value grammar newsdoc writes and accepts.
var timexRE = regexp.MustCompile(`^(?:` +
	`PRESENT_REF|PAST_REF|FUTURE_REF` +
	`|BC(?:\d{4,}|\d{2})` + // years and centuries before the common era
	`|\d{5,}` + // years after 9999 (8000年後)
	`|\d{2}|XX` + // century
	`|\d{3}|XXX` + // decade
	`|FY(?:\d{4}|XXXX)(?:-(?:Q[1-4]|H[12]))?` +
	`|(?:\d{4}|XXXX)(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI` +
	`|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?` +
	`|(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)` +
	`(?:T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?))?)?))?` +
	`|P(?:(?:\d+(?:\.\d+)?|X)[YMWD])+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?` +
	`|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+` +
	`)$`)

// ValidValue reports whether v is a TIMEX3 value of the form newsdoc writes:
// dates (2025-12-28, 2025-12, 2025, XXXX-12-28), weeks (2025-W52,
// 2025-W52-WE, XXXX-WXX-1), seasons, quarters and halves (2025-SU, 2025-Q3,
// 2025-H1, FY2025-Q3), fiscal years (FY2025), decades (199), centuries (18),
// times (2025-12-28T13:00, 2025-12-28TAF), durations (P3D, PT1H30M, PXW),
// years before the common era (BC0202, BC47975) or after 9999 (10026), and
// the references PRESENT_REF, PAST_REF and FUTURE_REF.
func ValidValue(v string) bool { return timexRE.MatchString(v) }

// parsePoint reads a DATE or TIME value back into a point. It accepts the
// values point.value writes with a known year.
func parsePoint(v string) (point, bool) {
	var p point
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && len(s) > 0 && s[0] != '-' && s[0] != '+'
	}
	fy := false
	if len(v) > 2 && v[:2] == "FY" {
		fy = true
		v = v[2:]
	}
	if len(v) < 4 {
		return p, false
	}
	y, ok := num(v[:4])
	if !ok {
		return p, false
	}
	p.y = y
	rest := v[4:]
	if rest == "" {
		p.g = gYear
		if fy {
			p.g = gFY
		}
		return p, true
	}
	if rest[0] != '-' || len(rest) < 3 {
		return p, false
	}
	rest = rest[1:]
	p.fy = fy
	switch {
	case rest[0] == 'Q' || rest[0] == 'H':
		n, ok := num(rest[1:])
		if !ok || len(rest) != 2 {
			return p, false
		}
		p.g, p.sub = gQuarter, n
		if rest[0] == 'H' {
			p.g = gHalf
		}
		return p, n >= 1 && (n <= 2 || p.g == gQuarter && n <= 4)
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		for i, c := range seasonCode {
			if c == rest {
				p.g, p.sub = gSeason, i
			}
		}
		return p, !fy
	case rest[0] == 'W':
		if len(rest) < 3 {
			return p, false
		}
		w, ok := num(rest[1:3])
		if !ok || fy {
			return p, false
		}
		p.g, p.w = gWeek, w
		switch rest[3:] {
		case "":
		case "-WE":
			p.g = gWeekend
		default:
			return p, false
		}
		return p, w >= 1 && w <= 53
	}
	if fy {
		return p, false
	}
	m, ok := num(rest[:2])
	if !ok || m < 1 || m > 12 {
		return p, false
	}
	p.g, p.m = gMonth, m
	rest = rest[2:]
	if rest == "" {
		return p, true
	}
	if len(rest) < 3 || rest[0] != '-' {
		return p, false
	}
	d, ok := num(rest[1:3])
	if !ok || d < 1 || d > 31 {
		return p, false
	}
	p.g, p.d = gDay, d
	rest = rest[3:]
	if rest == "" {
		return p, true
	}
	if rest[0] != 'T' {
		return p, false
	}
	rest = rest[1:]
	for _, pd := range pods {
		if pd.code == rest {
			p.g, p.pd = gPOD, pd
			return p, true
		}
	}
	if len(rest) != 5 && len(rest) != 8 || rest[2] != ':' {
		return p, false
	}
	hh, ok1 := num(rest[:2])
	mm, ok2 := num(rest[3:5])
	if !ok1 || !ok2 {
		return p, false
	}
	p.g, p.hh, p.mm = gMinute, hh, mm
	if len(rest) == 8 {
		ss, ok := num(rest[6:])
		if !ok || rest[5] != ':' {
			return p, false
		}
		p.g, p.ss = gSecond, ss
	}
	return p, true
}

// pods are the canonical parts of day, used when reading values back.
var pods = []pod{
	{"MO", 5, 12}, {"MI", 11, 14}, {"AF", 12, 18}, {"EV", 17, 20}, {"NI", 19, 24}, {"DT", 6, 18},
}

func (p point) String() string { return fmt.Sprintf("%s(g%d)", p.value(), p.g) }
