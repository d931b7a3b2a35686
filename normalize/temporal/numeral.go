package temporal

// kanjiNumAt reads a kanji numeral at s[i:].
func kanjiNumAt(s string, i int) (number, bool) {
	return number{end: i}, false
}

// eraAt reads an era year (令和7年, 令和元年, 平成31年) or an era letter date
// prefix (H31, R7) at s[i:]. It returns the western year and the end of the
// year number (before 年 or the separator).
func eraAt(s string, i int) (year, end int, letter, ok bool) {
	return 0, i, false, false
}
