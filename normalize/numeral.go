package normalize

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// ErrNumeral is returned (wrapped, with the input quoted) when a string is
// not a well-formed numeral.
var ErrNumeral = errors.New("normalize: invalid numeral")

// Numeral is a number read from text.
type Numeral struct {
	// Value is the numeric value: 2592300 for 259万2,300, 1.5e12 for 1.5兆.
	// Values beyond float64 range are +Inf.
	Value float64
	// Digits holds, for a digit-string numeral (a run of digits with no
	// unit character 十百千万億兆 and no comma grouping), the digits as
	// written, in ASCII, with a '.' for a decimal point: "2025" for 二〇二五
	// and for ２０２５, "01000" for 〇一〇〇〇, "14.05" for 一四.〇五. Leading
	// zeros are kept, so phone numbers and codes survive. It is "" for
	// every other numeral (二十七, 1万, 2,300).
	Digits string
}

// Int returns the value as an int64 when it is integral and lies within
// ±2^63. Above 2^53 a float64 no longer holds every integer, so the result
// may be rounded there.
func (n Numeral) Int() (int64, bool) {
	v := n.Value
	if math.IsNaN(v) || math.IsInf(v, 0) || v != math.Trunc(v) {
		return 0, false
	}
	if v >= math.MaxInt64 || v < math.MinInt64 {
		return 0, false
	}
	return int64(v), true
}

// ParseNumeral reads s as a numeral; the whole of s must be one. It accepts
// what [LeadingNumeral] accepts. On failure the error wraps [ErrNumeral]
// and quotes s: 三百二十百 (units out of order), 億万 (a unit with no
// number), "" and any other text are rejected.
func ParseNumeral(s string) (Numeral, error) {
	n, size := LeadingNumeral(s)
	if size == 0 || size != len(s) {
		return Numeral{}, fmt.Errorf("%w %q", ErrNumeral, s)
	}
	return n, nil
}

// LeadingNumeral returns the longest well-formed numeral at the start of s
// and its size in bytes; size is 0 when s does not start with one.
//
// A numeral is a sequence of sections, each a small number optionally
// followed by a large unit 万 (10^4), 億 (10^8), 兆 (10^12) or 京 (10^16),
// the large units strictly decreasing (1億2000万, 三兆2千億). A small number
// is either
//   - a digit string: ASCII, full-width or kanji digits (〇 and 零 are zero,
//     ○ is zero inside a run that has other digits; 壱弐参 are accepted),
//     with commas (',' or '，') between groups of three Arabic digits
//     (2,300) and one decimal point ('.' or '．') followed by a digit
//     (1.5兆, 一四.〇五); or
//   - a positional kanji number: units 千 百 十 in decreasing order, each
//     with an optional single digit before it, and an optional single ones
//     digit (千三百二十七 1327, 千十七 1017, 2千, 二十七).
//
// After a large unit, a section must be below 10000. Text after the longest
// numeral is not looked at: LeadingNumeral("九州") returns 9 with size 3.
// Callers that need to tell a number from a word such as 九州 use
// [NumeralAt] or [IsNumeralWord]. Signs are not read: values are never
// negative.
func LeadingNumeral(s string) (n Numeral, size int) {
	return leadingNumeral(s, true)
}

// leadingNumeral is LeadingNumeral; with frac false no decimal point and no
// comma grouping is read (for dates such as 7.12.29).
func leadingNumeral(s string, frac bool) (Numeral, int) {
	var (
		total    float64
		pos      int
		lastBig  = 100 // exponent of the last large unit
		bestEnd  int
		bestVal  float64
		bestDig  string
		sections int
		nonCirc  bool // some digit other than ○ was read
	)
	for {
		sec, ok := parseSmall(s[pos:], frac)
		if !ok {
			break
		}
		if sections > 0 && sec.value >= 10000 {
			break
		}
		if sec.nonCirc {
			nonCirc = true
		}
		end := pos + sec.size
		if nonCirc {
			bestEnd, bestVal = end, total+sec.value
			bestDig = ""
			if sections == 0 && sec.digits != "" {
				bestDig = sec.digits
			}
		}
		r, w := utf8.DecodeRuneInString(s[end:])
		exp := bigUnit(r)
		if exp == 0 || exp >= lastBig || !nonCirc {
			break
		}
		total += sec.value * math.Pow10(exp)
		pos = end + w
		lastBig = exp
		sections++
		bestEnd, bestVal, bestDig = pos, total, ""
	}
	if bestEnd == 0 {
		return Numeral{}, 0
	}
	return Numeral{Value: bestVal, Digits: bestDig}, bestEnd
}

type small struct {
	value   float64
	size    int
	digits  string // ASCII digits for a plain digit string, else ""
	nonCirc bool
}

// parseSmall reads a number below the large units at the start of s.
func parseSmall(s string, frac bool) (small, bool) {
	var (
		buf     [32]byte
		ascii   = buf[:0]
		i       int
		nd      int // digits read
		allArab = true
		grouped bool // a comma was read
		dotted  bool
		nonCirc bool
	)
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if d, ar, ok := digitValue(r); ok {
			if grouped && !dotted && !ar {
				break
			}
			if r != '○' {
				nonCirc = true
			}
			allArab = allArab && ar
			ascii = append(ascii, byte('0'+d))
			nd++
			i += w
			continue
		}
		// A comma joins Arabic digit groups: 1 to 3 digits before the first,
		// exactly three after each.
		if frac && (r == ',' || r == '，') && nd > 0 && allArab && !dotted &&
			(grouped || nd <= 3) && threeArabic(s[i+w:]) {
			grouped = true
			i += w
			continue
		}
		if frac && (r == '.' || r == '．') && nd > 0 && !dotted {
			r2, _ := utf8.DecodeRuneInString(s[i+w:])
			if _, _, ok := digitValue(r2); !ok || r2 == '○' {
				break
			}
			dotted = true
			ascii = append(ascii, '.')
			i += w
			continue
		}
		break
	}
	// A single digit (or none) followed by 千百十 starts a positional number.
	if nd <= 1 && !dotted {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if smallUnit(r) > 0 {
			return positional(s)
		}
	}
	if nd == 0 {
		return small{}, false
	}
	v, err := strconv.ParseFloat(string(ascii), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return small{}, false
	}
	sm := small{value: v, size: i, nonCirc: nonCirc}
	if !grouped {
		sm.digits = string(ascii)
	}
	return sm, true
}

// threeArabic reports whether s starts with exactly three Arabic digits.
func threeArabic(s string) bool {
	n := 0
	for _, r := range s {
		_, ar, ok := digitValue(r)
		if !ok || !ar {
			break
		}
		n++
		if n > 3 {
			return false
		}
	}
	return n == 3
}

// positional reads [d]千[d]百[d]十[d] at the start of s.
func positional(s string) (small, bool) {
	var (
		acc      float64
		i        int
		lastUnit = 10000
		any      bool
	)
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		d, _, isDigit := digitValue(r)
		if isDigit && r == '○' {
			isDigit = false
		}
		j := i
		if isDigit {
			j += w
		} else {
			d = 1
		}
		u, uw := utf8.DecodeRuneInString(s[j:])
		unit := smallUnit(u)
		if unit > 0 && unit < lastUnit {
			acc += float64(d * unit)
			lastUnit = unit
			i = j + uw
			any = true
			continue
		}
		if isDigit && unit == 0 && any {
			// Ones digit: only when no further digit follows (千23 stays 千).
			if _, _, more := digitValue(u); !more {
				acc += float64(d)
				i = j
			}
		}
		break
	}
	if !any {
		return small{}, false
	}
	return small{value: acc, size: i, nonCirc: true}, true
}

// digitValue returns the value of a digit rune and whether it is an Arabic
// (ASCII or full-width) digit.
func digitValue(r rune) (d int, arabic, ok bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true, true
	case r >= '０' && r <= '９':
		return int(r - '０'), true, true
	}
	switch r {
	case '〇', '零', '○':
		return 0, false, true
	case '一', '壱':
		return 1, false, true
	case '二', '弐':
		return 2, false, true
	case '三', '参':
		return 3, false, true
	case '四':
		return 4, false, true
	case '五':
		return 5, false, true
	case '六':
		return 6, false, true
	case '七':
		return 7, false, true
	case '八':
		return 8, false, true
	case '九':
		return 9, false, true
	}
	return 0, false, false
}

// smallUnit returns 10, 100 or 1000 for 十 (拾), 百, 千, else 0.
func smallUnit(r rune) int {
	switch r {
	case '十', '拾':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return 0
}

// bigUnit returns the decimal exponent of 万 (萬), 億, 兆, 京, else 0.
func bigUnit(r rune) int {
	switch r {
	case '万', '萬':
		return 4
	case '億':
		return 8
	case '兆':
		return 12
	case '京':
		return 16
	}
	return 0
}

// isNumeralRune reports whether r can be part of a numeral.
func isNumeralRune(r rune) bool {
	_, _, ok := digitValue(r)
	return ok || smallUnit(r) > 0 || bigUnit(r) > 0
}
