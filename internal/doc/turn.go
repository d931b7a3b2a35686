package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTurnHead bounds, in runes, who speaks before the colon of a turn.
const maxTurnHead = 16

// Turn reports whether s opens with a turn of a transcript: a short head
// naming who speaks (市長, 記者（港北新聞）, 沢井), a colon, and what was
// said, with a sentence mark (。, ？) on its first line. A field of a
// notice (場所：公民館2階) has no sentence; a clock time (10:30) no name.
func Turn(s string) bool {
	k := strings.IndexAny(s[:min(len(s), (maxTurnHead+1)*utf8.UTFMax)], "：:")
	if k <= 0 || utf8.RuneCountInString(s[:k]) > maxTurnHead {
		return false
	}
	named := false
	for _, r := range s[:k] {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r):
			named = true
		case r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("、。「」 \u3000", r):
			return false
		}
	}
	said := s[k:]
	_, n := utf8.DecodeRuneInString(said)
	line, _, _ := strings.Cut(said[n:], "\n")
	return named && strings.ContainsAny(line, "。？?")
}
