package timeline

import (
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

func spanAll(s string) article.Span { return article.Span{Start: 0, End: len(s)} }

// maxTenseRunes bounds the text read after an expression to find the
// predicate that governs it.
const maxTenseRunes = 80

// clip returns the prefix of s up to its first full stop and at most
// maxTenseRunes runes.
func clip(s string) string {
	n := 0
	for i, r := range s {
		if r == '。' || n == maxTenseRunes {
			return s[:i]
		}
		n++
	}
	return s
}

// morphTense reads the tense of the predicate that governs a time
// expression from the tokens of the text that follows it: the first
// predicate chain decides, except a continuative one followed by a comma
// (会談し、…発表した), whose tense is that of the next chain. Present forms
// (している, ない) say nothing about which date is meant.
func morphTense(an *morph.Analyzer, after string) Tense {
	after = clip(after)
	if after == "" || !utf8.ValidString(after) {
		return TenseUnknown
	}
	toks := an.Tokenize(morph.NewText(after, spanAll(after)).Norm)
	for i := 0; i < len(toks); i++ {
		if !toks[i].IsPredicate() {
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			chained := t.IsPredicate() || t.POS[1] == "非自立" ||
				(t.IsParticle() && (t.Surface == "て" || t.Surface == "で")) ||
				(t.IsParticle() && (t.Surface == "は" || t.Surface == "も") && toks[j-1].Surface == "て")
			if !chained {
				break
			}
			j++
		}
		chain := toks[i:j]
		last := chain[len(chain)-1]
		if j < len(toks) && toks[j].Surface == "、" && (last.IsVerb() || last.Surface == "て" || last.Surface == "で") {
			i = j
			continue
		}
		switch morph.TenseOf(chain) {
		case morph.TensePast:
			return TensePast
		case morph.TenseFuture:
			// A non-past verb that modifies a noun (開催する会議) is not a
			// plan; a future noun after it (予定, 方針) is.
			if j < len(toks) && toks[j].IsNoun() && !futureNoun(toks[j].Base) {
				return TenseUnknown
			}
			return TenseFuture
		default:
			if j < len(toks) && toks[j].IsNoun() && futureNoun(toks[j].Base) {
				return TenseFuture
			}
			return TenseUnknown
		}
	}
	return lexicalTense(after)
}

func futureNoun(s string) bool {
	switch s {
	case "予定", "方針", "見通し", "見込み", "意向", "つもり", "構え", "方向", "計画":
		return true
	}
	return false
}
