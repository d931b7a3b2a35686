package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pages often print a person's name with a space between the family name
// and the given name (組合長の森川 忠さん（66）, 教諭の港北 健二先生) or
// between a name in Latin letters and its honorific (Ken Hamabe 氏). A
// reader sees one name; the passes that read names and titles see two
// words. JoinNames removes such spaces, as JoinLines removes the breaks of
// a column, for the analysis only: the text shown keeps them.

// JoinNames returns s without the spaces inside the names it prints, and
// cs, the cuts that made s from an earlier text (nil for none), with the
// new removals added, so that offsets of the result map to that earlier
// text. ok is false, and s and cs come back as they are, when no space is
// removed.
//
// A space is removed when it stands between a family name of one to three
// kanji that follows no kanji nor katakana and a given name of one to six
// kanji or two to four hiragana that an honorific or an age in brackets
// follows (さん, 氏, 君, （66）): a speaker's name heading a turn (森川
// はい、…) keeps its space. A space between a Latin letter and an
// honorific goes too (Hamabe 氏).
func JoinNames(s string, cs Cuts) (string, Cuts, bool) {
	if !strings.Contains(s, " ") && !strings.Contains(s, "\u3000") {
		return s, cs, false
	}
	var spaces []Cut // removals at offsets of s
	for i := 0; i < len(s); {
		n := nameSpaceAt(s, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		spaces = append(spaces, Cut{At: i, N: n})
		i += n
	}
	if len(spaces) == 0 {
		return s, cs, false
	}
	out, all := cutOut(s, cs, spaces)
	return out, all, true
}

// cutOut returns s without the bytes rm names (offsets of s, in order),
// and the cuts from the text before cs to the result.
func cutOut(s string, cs Cuts, rm []Cut) (string, Cuts) {
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for _, c := range rm {
		b.WriteString(s[from:c.At])
		from = c.At + c.N
	}
	b.WriteString(s[from:])
	return b.String(), mergeCuts(cs, rm)
}

// Then returns the cuts that make, from the text cs was applied to, the
// text that next makes from cs's result: next's offsets are those of the
// text cs made.
func (cs Cuts) Then(next Cuts) Cuts { return mergeCuts(cs, next) }

// mergeCuts returns the cuts of a text made by removing spaces (offsets
// of mid, the text cs made) from mid, as cuts from the text before cs.
func mergeCuts(cs Cuts, spaces []Cut) Cuts {
	out := make(Cuts, 0, len(cs)+len(spaces))
	removed := 0 // bytes of spaces removed before the current offset of mid
	k := 0
	add := func(at, n int) {
		if m := len(out); m > 0 && out[m-1].At == at {
			out[m-1].N += n
			return
		}
		done := 0
		if m := len(out); m > 0 {
			done = out[m-1].done + out[m-1].N
		}
		out = append(out, Cut{At: at, N: n, done: done})
	}
	for _, sp := range spaces {
		for ; k < len(cs) && cs[k].At <= sp.At; k++ {
			add(cs[k].At-removed, cs[k].N)
		}
		add(sp.At-removed, sp.N)
		removed += sp.N
	}
	for ; k < len(cs); k++ {
		add(cs[k].At-removed, cs[k].N)
	}
	return out
}

// nameSpaceAt returns the length of the space at s[i] when it splits a
// name (see JoinNames), else 0.
func nameSpaceAt(s string, i int) int {
	n := 0
	switch {
	case s[i] == ' ':
		n = 1
	case strings.HasPrefix(s[i:], "\u3000"):
		n = len("\u3000")
	default:
		return 0
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	rest := s[i+n:]
	if isLatinLetter(before) {
		if honorificAt(rest) {
			return n
		}
		return 0
	}
	if !isHan(before) {
		return 0
	}
	// The family name: one to three kanji after no kanji nor katakana.
	a, runes := i, 0
	for a > 0 && runes <= maxFamilyRunes {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !isHan(r) {
			if unicode.Is(unicode.Katakana, r) {
				return 0
			}
			break
		}
		a -= size
		runes++
	}
	if runes > maxFamilyRunes {
		return 0
	}
	// The given name, then what follows it.
	r, _ := utf8.DecodeRuneInString(rest)
	kanji := isHan(r)
	if !kanji && !isHiraganaRune(r) {
		return 0
	}
	j, given := 0, 0
	for j < len(rest) && given <= maxGivenRunes {
		r, size := utf8.DecodeRuneInString(rest[j:])
		if kanji && !isHan(r) || !kanji && !isHiraganaRune(r) {
			break
		}
		j += size
		given++
		if (kanji || given >= 2) && honorificAt(rest[j:]) {
			return n // 健二先生, さくらさん: the honorific joins the run
		}
		if !kanji && given == maxKanaGivenRunes {
			break
		}
	}
	if given <= maxGivenRunes && ageAt(rest[j:]) && (kanji || given >= 2) {
		return n
	}
	return 0
}

// maxFamilyRunes, maxGivenRunes and maxKanaGivenRunes bound the parts of
// a name JoinNames reads, in runes; a given name in kanji may carry a
// title before an age (誠一教諭（44）).
const (
	maxFamilyRunes    = 3
	maxGivenRunes     = 6
	maxKanaGivenRunes = 4
)

// honorifics follow a person's name.
var honorifics = []string{"さん", "氏", "君", "くん", "ちゃん", "様", "さま", "先生"}

// honorificAt reports an honorific at the start of s that ends a word:
// no kanji follows it (氏名, 様子 are other words).
func honorificAt(s string) bool {
	for _, h := range honorifics {
		if rest, ok := strings.CutPrefix(s, h); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return !isHan(r)
		}
	}
	return false
}

// ageAt reports an age in brackets at the start of s: （66）, (44).
func ageAt(s string) bool {
	rest, ok := strings.CutPrefix(s, "（")
	if !ok {
		rest, ok = strings.CutPrefix(s, "(")
	}
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	return true
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isHiraganaRune(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }

func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
