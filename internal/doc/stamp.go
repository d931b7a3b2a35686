package doc

import "strings"

// stampMarks may stand before the clock time of an entry's stamp (■19:25).
const stampMarks = "■□◆◇●○▼▽★☆"

// ClockStamp reads the stamp of an entry of a running story at the start
// of s: an optional mark, then a clock time of one or two digits, a colon
// and two digits, bare or in brackets (19:25, ■19:25, 【9:30】, [15:42]).
// It returns the byte offset where the stamp ends (after its closing
// bracket, if any) and whether it was bracketed; ok is false when s opens
// with no such stamp. Written by hand: no library reads this page
// convention.
func ClockStamp(s string) (end int, bracketed, ok bool) {
	i := len(s) - len(strings.TrimLeft(s, stampMarks))
	closing := ""
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(s[i:], b[0]) {
			i, closing = i+len(b[0]), b[1]
			break
		}
	}
	h := i
	for h < len(s) && h-i < 2 && s[h] >= '0' && s[h] <= '9' {
		h++
	}
	if h == i {
		return 0, false, false
	}
	m := h
	switch {
	case strings.HasPrefix(s[h:], ":"):
		m += len(":")
	case strings.HasPrefix(s[h:], "："):
		m += len("：")
	default:
		return 0, false, false
	}
	if len(s) < m+2 || s[m] < '0' || s[m] > '9' || s[m+1] < '0' || s[m+1] > '9' || len(s) > m+2 && s[m+2] >= '0' && s[m+2] <= '9' {
		return 0, false, false
	}
	end = m + 2
	if closing != "" {
		if !strings.HasPrefix(s[end:], closing) {
			return 0, false, false
		}
		return end + len(closing), true, true
	}
	return end, false, true
}
