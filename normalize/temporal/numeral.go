package temporal

import (
	"errors"

	"github.com/newsdoc/newsdoc/normalize"
)

// kanjiNumAt reads a kanji numeral at s[i:] with [normalize.NumeralAt],
// which also refuses words that only look like numerals (九州, 十分な,
// 一日も早く).
func kanjiNumAt(s string, i int) (number, bool) {
	n, size := normalize.NumeralAt(s, i)
	if size == 0 {
		return number{end: i}, false
	}
	v, ok := n.Int()
	if !ok || v < 0 || v > 999_999_999 {
		return number{end: i}, false
	}
	return number{v: int(v), end: i + size, kanji: true, pos: n.Digits != ""}, true
}

// eraCheck skips (consumes without a value) an era date that did not
// exist: 平成31年5月1日 (平成 had ended), 令和元年4月30日.
func eraCheck(s string, i int, sp spec, ok bool) (spec, bool) {
	if !ok || sp.m == 0 || sp.skip {
		return sp, ok
	}
	if _, _, err := normalize.ParseEraDate(s[i:sp.end]); err != nil && !errors.Is(err, normalize.ErrEra) {
		sp.skip = true
	}
	return sp, true
}

// eraLetterAt reports whether the era letter at s[i] (M, T, S, H or R)
// is followed by a digit, as the year of H31.4.30 or R3年 is: eraAt reads
// nothing else after the letter, and no other expression starts with
// these letters. The scanner asks it before trying every grammar at each
// capital letter of a text.
func eraLetterAt(s string, i int) bool {
	return i+1 < len(s) && isDigit(s[i+1])
}

// eraAt reads an era year at s[i:]: 令和7年, 令和元年, 平成31年 (the name
// followed by a year), or an era letter date prefix (H31.4.30, R7.12.29).
// It returns the western year and the end of the year number (before 年 or
// the separator); letter is true for the Latin-letter form, whose caller
// must read the month and day.
func eraAt(s string, i int) (year, end int, letter, ok bool) {
	k := i
	var era string
	if i+6 <= len(s) {
		if e, found := normalize.LookupEra(s[i : i+6]); found {
			era, k = e.Name, i+6
		}
	}
	if era == "" {
		if i >= len(s) {
			return 0, i, false, false
		}
		c := s[i]
		if c != 'M' && c != 'T' && c != 'S' && c != 'H' && c != 'R' {
			return 0, i, false, false
		}
		if r := runeBefore(s, i); isASCIILetter(r) || '0' <= r && r <= '9' {
			return 0, i, false, false
		}
		era, k, letter = s[i:i+1], i+1, true
	}
	for !letter && k < len(s) && s[k] == ' ' {
		k++
	}
	var n int
	if !letter && hasAt(s, k, "元") {
		n, k = 1, k+len("元")
	} else {
		num, found := numAt(s, k)
		if !found || num.end == k || letter && num.kanji {
			return 0, i, false, false
		}
		n, k = num.v, num.end
	}
	switch {
	case letter && hasAt(s, k, "年"):
		letter = false // R3年7月18日: the letter stands for the era name
	case letter:
		if k >= len(s) || s[k] != '.' && s[k] != '/' && s[k] != '-' {
			return 0, i, false, false
		}
	case k+1 < len(s) && (s[k] == '.' || s[k] == '/') && isDigit(s[k+1]):
		letter = true // 令和3.7.18: the caller reads the month and day
	}
	if !letter {
		if p := parenYear(s, k); p > k {
			k = p // 平成31(2019)年
		} else if !hasAt(s, k, "年") {
			return 0, i, false, false
		}
	}
	y, err := normalize.EraYear(era, n)
	if err != nil {
		y, ok = pastEnd(era, n)
		if !ok {
			return 0, i, false, false
		}
	}
	return y, k, letter, true
}

// pastEnd reads a year of an era after the era ended, as texts written
// before the change date their plans (平成33年 for 2021, 平成32年度): the
// year counts on from the era's first. Only the few years a plan reaches
// count.
func pastEnd(era string, n int) (int, bool) {
	e, found := normalize.LookupEra(era)
	if !found || e.End.IsZero() {
		return 0, false
	}
	y := e.Start.Year() + n - 1
	if y < e.End.Year() || y > e.End.Year()+maxPastEnd {
		return 0, false
	}
	return y, true
}

// maxPastEnd bounds the years after an era's end that its name is read
// for.
const maxPastEnd = 10
