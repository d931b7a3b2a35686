package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pages for children and learners print the reading of each word in
// brackets after its kanji (館長（かんちょう）の港北（こうほく）さんは「…」と
// 言（い）いました), and news pages gloss hard names the same way
// (森川忠（もりかわ・ただし）さん). A reader skips the readings; the passes
// that look for names, speakers and verbs would see a bracket between 言
// and いました. CutReadings removes the readings for the analysis only, as
// JoinNames removes spaces inside names: the text shown keeps them.

// maxReading bounds a reading in brackets, in runes.
const maxReading = 12

// CutReadings returns s without the readings printed in round brackets
// after kanji, and cs, the cuts that made s from an earlier text (nil for
// none), with the new removals added, so that offsets of the result map
// to that earlier text. A reading is one to maxReading runes of hiragana
// (with ー, and ・ or a space between a family and a given name) in ( )
// or （ ） right after a kanji, or the reading of a whole name with its
// ・ right after a name that ends in hiragana. ok is false, and s and cs
// come back as they are, when no reading is removed.
func CutReadings(s string, cs Cuts) (string, Cuts, bool) {
	if !strings.Contains(s, "(") && !strings.Contains(s, "（") {
		return s, cs, false
	}
	var rm []Cut // removals at offsets of s
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '(' || r == '（') && i > 0 {
			if n := readingAt(s, i); n > 0 {
				rm = append(rm, Cut{At: i, N: n})
				i += n
				continue
			}
		}
		i += size
	}
	if len(rm) == 0 {
		return s, cs, false
	}
	out, all := cutOut(s, cs, rm)
	return out, all, true
}

// readingAt returns the length of the reading in brackets that opens at
// s[i] after a kanji, brackets included, or 0.
func readingAt(s string, i int) int {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	afterKanji := unicode.Is(unicode.Han, before) || before == '々' || before == 'ヶ'
	if !afterKanji && !unicode.Is(unicode.Hiragana, before) {
		return 0
	}
	open, size := utf8.DecodeRuneInString(s[i:])
	closer := ")"
	if open == '（' {
		closer = "）"
	}
	rest := s[i+size:]
	end := strings.Index(rest, closer)
	if end <= 0 {
		return 0
	}
	in, n := rest[:end], 0
	for _, r := range in {
		n++
		if n > maxReading || !unicode.Is(unicode.Hiragana, r) && r != 'ー' && r != '・' && r != ' ' && r != '\u3000' {
			return 0
		}
	}
	if r, _ := utf8.DecodeRuneInString(in); !unicode.Is(unicode.Hiragana, r) {
		return 0
	}
	if !afterKanji && !strings.Contains(in, "・") {
		// After kana only the reading of a whole name, family and given
		// (森川さくら（もりかわ・さくら）), is read as one.
		return 0
	}
	return size + end + len(closer)
}
