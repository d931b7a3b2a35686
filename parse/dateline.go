package parse

// This file is the parser's own reader for the dates printed in date lines
// (2025/12/29, 2023年4月3日 9時01分, 2011-10-11T15:50:00+0900, 3/9(木) 18:45,
// 1 時間前). It only reads a date at the start of a string; finding dates in
// running text and resolving relative expressions in the body belong to the
// temporal grammar of package normalize.

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// jst is the zone of dates that do not state one.
var jst = time.FixedZone("JST", 9*3600)

var errNoDate = errors.New("no date")

// dateParts is a date as printed, before resolution.
type dateParts struct {
	year, month, day  int
	hour, min, sec    int
	hasYear           bool
	hasTime, hasSec   bool
	loc               *time.Location
	relN              int    // for "N 時間前": N
	relUnit           string // "m", "h", "d"; "" when absolute
	weekday           int    // -1 when not printed
	yearFromReference bool
}

// parseDate reads a date-line date at the start of s and resolves it
// against ref (zero when unknown). It returns the value, the number of
// bytes of s it used, and an error when s does not start with a date.
// Its signature matches the temporal grammar's ParseDate so that one can
// replace the other.
func parseDate(s string, ref time.Time) (article.Time, int, error) {
	p, n, ok := readDate(s)
	if !ok {
		return article.Time{}, 0, fmt.Errorf("%w: %q", errNoDate, clip(s, 16))
	}
	t := p.resolve(ref)
	t.Text = s[:n]
	return t, n, nil
}

// cursor scans a string rune by rune, folding full-width digits.
type cursor struct {
	s string
	i int
}

func (c *cursor) peek() (rune, int) {
	if c.i >= len(c.s) {
		return -1, 0
	}
	r, n := utf8.DecodeRuneInString(c.s[c.i:])
	return r, n
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// num reads 1 to max digits and returns the value and the digit count.
func (c *cursor) num(max int) (int, int) {
	start := c.i
	v, k := 0, 0
	for k < max {
		r, n := c.peek()
		d := digitValue(r)
		if d < 0 {
			break
		}
		v = v*10 + d
		c.i += n
		k++
	}
	if k > 0 {
		if r, _ := c.peek(); digitValue(r) >= 0 {
			c.i = start
			return 0, 0 // more digits than allowed
		}
	}
	return v, k
}

// lit consumes any one of the given literal strings.
func (c *cursor) lit(ls ...string) bool {
	for _, l := range ls {
		if len(c.s)-c.i >= len(l) && c.s[c.i:c.i+len(l)] == l {
			c.i += len(l)
			return true
		}
	}
	return false
}

// spaces consumes white space and reports whether there was any.
func (c *cursor) spaces() bool {
	start := c.i
	for {
		r, n := c.peek()
		if r != ' ' && r != '\t' && r != '\u3000' && r != '\u00a0' {
			break
		}
		c.i += n
	}
	return c.i > start
}

var eraStart = map[string]int{"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}

// readDate reads the printed parts of a date at the start of s.
func readDate(s string) (dateParts, int, bool) {
	c := &cursor{s: s}
	p := dateParts{weekday: -1}
	// Relative: N 時間前, N分前, N日前.
	if v, k := c.num(3); k > 0 {
		c.spaces()
		unit := ""
		switch {
		case c.lit("時間"):
			unit = "h"
		case c.lit("分"):
			unit = "m"
		case c.lit("日"):
			unit = "d"
		}
		if unit != "" {
			c.spaces()
			if c.lit("前") {
				p.relN, p.relUnit = v, unit
				return p, c.i, true
			}
		}
		c.i = 0
	}
	// Era year: 令和7年.
	for era, base := range eraStart {
		if c.lit(era) {
			y, k := c.num(2)
			if k == 0 {
				if !c.lit("元") {
					return p, 0, false
				}
				y = 1
			}
			if y == 0 || !c.lit("年") {
				return p, 0, false
			}
			p.year, p.hasYear = base+y, true
			if !c.ymd年(&p) {
				return p, 0, false
			}
			c.tail(&p)
			return p, c.i, p.valid()
		}
	}
	v, k := c.num(4)
	switch {
	case k == 4:
		p.year, p.hasYear = v, true
		switch {
		case c.lit("年"):
			if !c.ymd年(&p) {
				return p, 0, false
			}
		case c.lit("/", "／"):
			if !c.md(&p, "/", "／") {
				return p, 0, false
			}
		case c.lit("."):
			if !c.md(&p, ".") {
				return p, 0, false
			}
		case c.lit("-"):
			if !c.md(&p, "-") {
				return p, 0, false
			}
			if c.lit("T") {
				if !c.clock(&p) {
					return p, 0, false
				}
				c.zone(&p)
				return p, c.i, p.valid()
			}
		default:
			return p, 0, false
		}
	case k == 1 || k == 2:
		// No year: M/D or M月D日, accepted only with a weekday or a time.
		p.month = v
		switch {
		case c.lit("/", "／"):
			d, k := c.num(2)
			if k == 0 {
				return p, 0, false
			}
			p.day = d
		case c.lit("月"):
			d, k := c.num(2)
			if k == 0 || !c.lit("日") {
				return p, 0, false
			}
			p.day = d
		default:
			return p, 0, false
		}
		c.tail(&p)
		if p.weekday < 0 && !p.hasTime {
			return p, 0, false
		}
		return p, c.i, p.valid()
	default:
		return p, 0, false
	}
	c.tail(&p)
	return p, c.i, p.valid()
}

// ymd年 reads "M月D日" after "YYYY年".
func (c *cursor) ymd年(p *dateParts) bool {
	m, k := c.num(2)
	if k == 0 || !c.lit("月") {
		return false
	}
	d, k := c.num(2)
	if k == 0 || !c.lit("日") {
		return false
	}
	p.month, p.day = m, d
	return true
}

// md reads "M<sep>D" after "YYYY<sep>".
func (c *cursor) md(p *dateParts, seps ...string) bool {
	m, k := c.num(2)
	if k == 0 || !c.lit(seps...) {
		return false
	}
	d, k := c.num(2)
	if k == 0 {
		return false
	}
	p.month, p.day = m, d
	return true
}

var weekdays = []string{"日", "月", "火", "水", "木", "金", "土"}

// tail reads an optional weekday in brackets and an optional time of day.
func (c *cursor) tail(p *dateParts) {
	save := c.i
	c.spaces()
	if c.lit("(", "（") {
		wd := -1
		for i, w := range weekdays {
			if c.lit(w) {
				wd = i
				break
			}
		}
		c.lit("曜日", "曜")
		if wd >= 0 && c.lit(")", "）") {
			p.weekday = wd
			save = c.i
		} else {
			c.i = save
		}
	} else {
		c.i = save
	}
	c.spaces()
	pm := false
	switch {
	case c.lit("午前"):
	case c.lit("午後"):
		pm = true
	}
	if c.clock(p) {
		if pm && p.hour < 12 {
			p.hour += 12
		}
		return
	}
	c.i = save
}

// clock reads "H:MM[:SS]" or "H時[MM分]".
func (c *cursor) clock(p *dateParts) bool {
	start := c.i
	h, k := c.num(2)
	if k == 0 {
		c.i = start
		return false
	}
	switch {
	case c.lit(":", "："):
		m, k := c.num(2)
		if k != 2 {
			c.i = start
			return false
		}
		p.hour, p.min, p.hasTime = h, m, true
		at := c.i
		if c.lit(":") {
			if s, k := c.num(2); k == 2 {
				p.sec, p.hasSec = s, true
			} else {
				c.i = at
			}
		}
		return true
	case c.lit("時"):
		p.hour, p.hasTime = h, true
		at := c.i
		if m, k := c.num(2); k > 0 && c.lit("分") {
			p.min = m
		} else {
			c.i = at
		}
		return true
	}
	c.i = start
	return false
}

// zone reads "Z", "+0900" or "+09:00".
func (c *cursor) zone(p *dateParts) {
	if c.lit("Z") {
		p.loc = time.UTC
		return
	}
	start := c.i
	sign := 1
	switch {
	case c.lit("+"):
	case c.lit("-"):
		sign = -1
	default:
		return
	}
	var h, m int
	if v, k := c.num(4); k == 4 {
		h, m = v/100, v%100
	} else {
		v, k := c.num(2)
		if k != 2 || !c.lit(":") {
			c.i = start
			return
		}
		w, k := c.num(2)
		if k != 2 {
			c.i = start
			return
		}
		h, m = v, w
	}
	if h > 14 || m > 59 {
		c.i = start
		return
	}
	off := sign * (h*3600 + m*60)
	if off == 9*3600 {
		p.loc = jst
	} else {
		p.loc = time.FixedZone("", off)
	}
}

func (p dateParts) valid() bool {
	if p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 {
		return false
	}
	if p.hasYear && p.day > daysIn(p.year, p.month) {
		return false
	}
	if p.hasTime && (p.hour > 24 || p.min > 59 || p.sec > 59 || (p.hour == 24 && p.min > 0)) {
		return false
	}
	return true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// resolve turns printed parts into a value. A date without a year takes the
// year that puts it on or before ref (plus one day of slack); relative
// expressions count back from ref. Without ref they stay unresolved.
func (p dateParts) resolve(ref time.Time) article.Time {
	if p.relUnit != "" {
		return p.resolveRelative(ref)
	}
	t := article.Time{Type: article.TypeDate, Anchor: article.AnchorNone}
	if p.hasTime {
		t.Type = article.TypeTime
	}
	if !p.hasYear {
		if ref.IsZero() {
			t.Value = p.value("XXXX")
			return t
		}
		p.year = ref.Year()
		if p.day > daysIn(p.year, p.month) {
			p.year--
		}
		if p.start().After(ref.Add(24 * time.Hour)) {
			p.year--
		}
		t.Anchor = article.AnchorDocument
	}
	t.Value = p.value(strconv.Itoa(p.year))
	t.Start = p.start()
	t.End = p.end(t.Start)
	return t
}

// withYear returns the value of p placed in year y.
func (p dateParts) withYear(y int) article.Time {
	p.year, p.hasYear = y, true
	t := p.resolve(time.Time{})
	t.Anchor = article.AnchorDocument
	return t
}

func (p dateParts) start() time.Time {
	loc := p.loc
	if loc == nil {
		loc = jst
	}
	return time.Date(p.year, time.Month(p.month), p.day, p.hour, p.min, p.sec, 0, loc)
}

func (p dateParts) end(start time.Time) time.Time {
	switch {
	case p.hasSec:
		return start.Add(time.Second)
	case p.hasTime:
		return start.Add(time.Minute)
	}
	return start.AddDate(0, 0, 1)
}

func (p dateParts) value(year string) string {
	if len(year) < 4 {
		year = fmt.Sprintf("%04s", year)
	}
	v := fmt.Sprintf("%s-%02d-%02d", year, p.month, p.day)
	if p.hasTime {
		v += fmt.Sprintf("T%02d:%02d", p.hour, p.min)
		if p.hasSec {
			v += fmt.Sprintf(":%02d", p.sec)
		}
	}
	return v
}

func (p dateParts) resolveRelative(ref time.Time) article.Time {
	t := article.Time{Type: article.TypeTime, Mod: article.ModApprox}
	if p.relUnit == "d" {
		t.Type = article.TypeDate
	}
	if ref.IsZero() {
		t.Value = "PAST_REF"
		t.Anchor = article.AnchorNone
		return t
	}
	t.Anchor = article.AnchorDocument
	switch p.relUnit {
	case "m":
		s := ref.Add(-time.Duration(p.relN) * time.Minute).Truncate(time.Minute)
		t.Start, t.End = s, s.Add(time.Minute)
		t.Value = s.Format("2006-01-02T15:04")
	case "h":
		s := ref.Add(-time.Duration(p.relN) * time.Hour)
		s = time.Date(s.Year(), s.Month(), s.Day(), s.Hour(), 0, 0, 0, s.Location())
		t.Start, t.End = s, s.Add(time.Hour)
		t.Value = s.Format("2006-01-02T15")
	default:
		s := ref.AddDate(0, 0, -p.relN)
		s = time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, s.Location())
		t.Start, t.End = s, s.AddDate(0, 0, 1)
		t.Value = s.Format("2006-01-02")
	}
	return t
}

// foundDate is a date found in a line: byte offsets into the line.
type foundDate struct {
	start, end int
	parts      dateParts
}

// findDates returns the dates of a date line, left to right. A date must not
// follow a digit.
func findDates(s string) []foundDate {
	var out []foundDate
	prevDigit := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		isD := digitValue(r) >= 0
		if (isD && !prevDigit) || r == '令' || r == '平' || r == '昭' || r == '大' || r == '明' {
			if p, m, ok := readDate(s[i:]); ok && m > 0 {
				out = append(out, foundDate{start: i, end: i + m, parts: p})
				i += m
				prevDigit = false
				continue
			}
		}
		prevDigit = isD
		i += n
	}
	return out
}

// clip returns at most n runes of s.
func clip(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
