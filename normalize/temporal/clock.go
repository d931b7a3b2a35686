package temporal

import "time"

// barePods are the parts of day that date a statement on their own (昼には,
// 夕方から) once a day has been mentioned: they take that day.
var barePods = map[string]bool{"昼": true, "午前": true, "午後": true, "夕方": true, "未明": true, "深夜": true, "早朝": true, "朝": true, "夜": true, "正午": true,
	"午前中": true, "朝方": true, "昼前": true, "昼過ぎ": true, "昼すぎ": true, "夕刻": true}

// barePod reads a part of day standing alone at i (3日から…、昼には), when a
// day has been mentioned before it and a particle follows it.
func (sc *scanner) barePod(i int, sp *spec) (int, bool) {
	s := sc.s
	if !sc.hasDay {
		return i, false
	}
	w, e := podAt(s, i)
	if w == nil || !barePods[w.word] {
		return i, false
	}
	switch runeBefore(s, i) {
	case 0, '、', ',', ' ', '。', 'は', 'も', '」':
	default:
		return i, false // 毎朝, 真夜中, 忙しい朝に; 月曜の朝 is read with its day
	}
	k, after := oneOf(s, e, "には", "に", "から", "まで", "ごろ", "頃", "過ぎ", "、", "以降", "は")
	if after == "は" && (w.word == "朝" || w.word == "夜") {
		k = -1 // 夜は冷え込む: any night
	}
	if k < 0 || hasAt(s, e, "にかけて") && w.word == "朝" ||
		hasAt(s, e, "になる") || hasAt(s, e, "になれ") || hasAt(s, e, "になっても") {
		return i, false // 夜になると, 夜になっても: whenever night falls
	}
	sp.pd, sp.hasPod, sp.pm = w.pd, true, w.pm
	sp.bareDay = true
	return e, true
}

// clockNum reads a clock time that starts with the numeral n: 13時45分,
// 9時半, 18:45.
func (sc *scanner) clockNum(n number, i int, sp *spec) (int, bool) {
	s := sc.s
	e := n.end
	if hasAt(s, e, "時") {
		if hasAt(s, e, "時間") || hasAt(s, e, "時限") {
			return i, false // 3時間, 6時限 (class periods)
		}
		if n.kanji && !sp.hasPod {
			return i, false // 一時: "for a while"
		}
		h := n.v
		k := e + len("時")
		mm := 0
		ss, tg := 0, gMinute
		if m, ok := numAt(s, k); ok && m.end > k && hasAt(s, m.end, "秒") {
			return i, false // 23時59秒: seconds with no minute make no clock
		}
		if hasAt(s, k, "半") {
			mm, k = 30, k+len("半")
		} else if m, ok := numAt(s, k); ok && hasAt(s, m.end, "分") && !hasAt(s, m.end, "分間") && m.v < 60 {
			mm, k = m.v, m.end+len("分")
			if sec, ok := numAt(s, k); ok && sec.end > k && hasAt(s, sec.end, "秒") && !hasAt(s, sec.end, "秒間") && sec.v < 60 {
				ss, tg, k = sec.v, gSecond, sec.end+len("秒") // 23時59分59秒
			}
		}
		switch {
		case sp.pm && h < 12 && !(sp.pd.code == "NI" && sp.pd.h0 >= 22 && h < 5):
			h += 12
		case sp.pm && h == 12 && sp.pd.code == "NI":
			h = 24 // 夜12時: midnight at the end of the day
		}
		// Broadcast times run past midnight: 25時30分 is 1:30 the next day.
		if h > 29 {
			return i, false
		}
		sp.hh, sp.mm, sp.ss, sp.tg = h, mm, ss, tg
		return k, true
	}
	if !n.kanji && n.digits <= 2 && e+2 < len(s) && s[e] == ':' {
		m, ok := numAt(s, e+1)
		if !ok || m.digits != 2 || m.v > 59 || n.v > 24 {
			return i, false
		}
		if !sp.hasPod && !sp.hasDate() && !sc.dateline && !colonTimeAround(s, i, m.end) && !(n.digits == 2 && apart(s, i, m.end)) {
			return i, false
		}
		h := n.v
		if sp.pm && h < 12 {
			h += 12
		}
		sp.hh, sp.mm, sp.tg = h, m.v, gMinute
		k := m.end
		if k+2 < len(s) && s[k] == ':' {
			if sec, ok := numAt(s, k+1); ok && sec.digits == 2 && sec.v < 60 {
				sp.ss, sp.tg, k = sec.v, gSecond, sec.end
			}
		}
		if e, w := meridiemAfter(s, k); e >= 0 && !sp.hasPod && n.v >= 1 && n.v <= 12 {
			// 12:10AM, 11:30PM: the meridiem written after the time
			switch {
			case w[0] == 'P' || w[0] == 'p':
				sp.hh = n.v%12 + 12
			default:
				sp.hh = n.v % 12
			}
			k = e
		}
		return k, true
	}
	return i, false
}

// meridiemAfter reads AM or PM right after a colon time at k, or after one
// space (12:10AM, 11:10 PM): its end and the word, or -1.
func meridiemAfter(s string, k int) (int, string) {
	if hasAt(s, k, " ") {
		k++
	}
	e, w := oneOf(s, k, "AM", "am", "a.m.", "PM", "pm", "p.m.")
	if e >= 0 && e < len(s) && (s[e] >= 'A' && s[e] <= 'Z' || s[e] >= 'a' && s[e] <= 'z') {
		return -1, "" // 12:10 AMD
	}
	return e, w
}

// colonTimeAround reports whether the words around a bare colon time
// s[i:e] (12:00, 23:59:59) make it a time of day: a range mark or から,
// まで, に, 頃, 開始, 開演, 発, 着 after it, a range mark before it, or
// brackets around it alone (【7:15】). A
// race time (2:05:30で優勝) or a score has none of them.
func colonTimeAround(s string, i, e int) bool {
	if !apart(s, i, e) {
		return false
	}
	seconds := false
	if e+3 <= len(s) && s[e] == ':' {
		if sec, ok := numAt(s, e+1); ok && sec.digits == 2 {
			e, seconds = sec.end, true
		}
	}
	if k, _ := oneOf(s, e, "〜", "~", "～", "-", "から", "まで", "に", "頃", "ごろ", "開始", "開演", "開場", "発", "着", "締め切り", "締切"); k >= 0 {
		return true
	}
	if k, _ := meridiemAfter(s, e); k >= 0 {
		return true
	}
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"<", ">"}, {"＜", "＞"}} {
		if i >= len(b[0]) && s[i-len(b[0]):i] == b[0] && hasAt(s, e, b[1]) {
			return true // 【7:15】: the stamp of an entry of a running story
		}
	}
	for _, w := range []string{"〜", "~", "～", "-", "から"} {
		if i >= len(w) && s[i-len(w):i] == w {
			return true
		}
	}
	if (i == 0 || s[i-1] == '\n') && !seconds && (e == len(s) || hasAt(s, e, " ") || hasAt(s, e, "\u3000") || hasAt(s, e, "\n") || hasAt(s, e, "\r\n")) {
		// 8:15　気象台は…, or 8:15 alone on its line: a time opening a
		// line, set apart, as each entry of a running story opens (a
		// race time has its seconds).
		return true
	}
	return false
}

// apart reports whether the colon time s[i:e], with its seconds if any
// follow, stands apart from other digits, colons and points (not part of
// 1:23:45.6 or 2020:12:10:05). A time written with a two-digit hour
// (09:30, 23:59:59) and standing apart is a time of day even with no word
// around it; a race time or a score is most often written with one digit
// (2:05:30, 3:1).
func apart(s string, i, e int) bool {
	if e+3 <= len(s) && s[e] == ':' {
		if sec, ok := numAt(s, e+1); ok && sec.digits == 2 {
			e = sec.end
		}
	}
	if e < len(s) && (s[e] == ':' || isDigit(s[e]) || s[e] == '.') {
		return false
	}
	return i == 0 || !(isDigit(s[i-1]) || s[i-1] == ':' || s[i-1] == '.')
}

// clock reads a time of day at i: 午後1時, 正午, 夜, 13時45分. A part of day
// alone is accepted only when the expression has a date (afterDate).
func (sc *scanner) clock(i int, sp *spec, afterDate bool) (int, bool) {
	s := sc.s
	k := i
	if e, _ := oneOf(s, k, "正午"); e >= 0 {
		sp.hh, sp.mm, sp.tg = 12, 0, gMinute
		return e, true
	}
	if w, e := podAt(s, k); w != nil {
		save := *sp
		sp.pd, sp.hasPod, sp.pm = w.pd, true, w.pm
		if n, ok := numAt(s, e); ok {
			if k2, ok := sc.clockNum(n, e, sp); ok {
				if (w.word == "AM" || w.word == "am") && sp.hh == 12 {
					sp.hh = 0 // AM12時10分: ten past midnight, as 12:10AM
				}
				return k2, true
			}
		}
		if afterDate {
			return e, true
		}
		*sp = save
		return i, false
	}
	if n, ok := sc.numeral(k); ok {
		return sc.clockNum(n, k, sp)
	}
	return i, false
}

// offsetAt reads a UTC offset (+0900, +09:00, Z) at s[i:].
func offsetAt(s string, i int) (*time.Location, int) {
	if i < len(s) && s[i] == 'Z' {
		return time.UTC, i + 1
	}
	if i >= len(s) || s[i] != '+' && s[i] != '-' {
		return nil, i
	}
	sign := 1
	if s[i] == '-' {
		sign = -1
	}
	h, ok := numAt(s, i+1)
	if !ok || h.digits != 2 && h.digits != 4 {
		return nil, i
	}
	k := h.end
	hh, mm := h.v, 0
	if h.digits == 4 {
		hh, mm = h.v/100, h.v%100
	} else if k < len(s) && s[k] == ':' {
		m, ok := numAt(s, k+1)
		if !ok || m.digits != 2 {
			return nil, i
		}
		mm, k = m.v, m.end
	}
	if hh > 14 || mm > 59 {
		return nil, i
	}
	off := sign * (hh*3600 + mm*60)
	if off == 9*3600 {
		return japan, k
	}
	return time.FixedZone("", off), k
}

// meridiemAt reports whether AM or PM (either case) is written at s[i:]:
// the only expressions that start with these letters.
func meridiemAt(s string, i int) bool {
	return i+1 < len(s) && (s[i+1] == 'M' || s[i+1] == 'm')
}
