package morph

import (
	"strings"

	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// Tense returns the tense of the main (last) predicate of sentence, which
// should be normalized text: Past for た (述べた, 行われた, だった,
// 話していました, 予定だった: a plan in the past), Future for a plan or a
// non-past action (予定だ, 方針, 見通し, する, 行います), Unknown for a
// state or an ongoing action (している, だ, an adjective), which tells no
// time of its own, and for no predicate at all. Quotations are skipped:
// the tense is that of the reporting sentence, not of the words quoted. A
// nil Analyzer guesses from the sentence's last characters.
func (a *Analyzer) Tense(sentence string) temporal.Tense {
	sentence = stripQuotes(sentence)
	if a == nil {
		return lexicalTense(sentence)
	}
	return TenseOf(a.Tokenize(sentence))
}

// TenseOf returns the tense of the last predicate among toks.
func TenseOf(toks []Token) temporal.Tense {
	n := len(toks)
	for n > 0 && (toks[n-1].IsSymbol() || toks[n-1].Tag(1) == "終助詞") {
		n--
	}
	if n > 1 && toks[n-1].Tag(1) == "接続助詞" {
		switch toks[n-1].Surface {
		case "が", "けど", "けれど", "けれども", "ものの", "のに":
			// 帰港する計画だったが: a clause of contrast keeps the
			// tense of its predicate.
			n--
		}
	}
	if n == 0 {
		return temporal.Unknown
	}
	// The predicate chain: the trailing run of predicates, particles
	// joining them (て, で), and the nouns they are built on (予定だ).
	lo := n - 1
	for lo > 0 && n-lo < 8 {
		p := &toks[lo-1]
		if p.IsPredicate() || p.Tag(1) == "接続助詞" || p.Tag(1) == "非自立" || tense.IsPlanNoun(p.Base) {
			lo--
			continue
		}
		break
	}
	chain := toks[lo:n]
	last := &chain[len(chain)-1]
	if last.IsAuxiliary() && (last.Base == "た" || last.Base == "だ" && last.Surface == "だっ") {
		return temporal.Past
	}
	if hearsay(toks[:lo], chain) {
		return temporal.Unknown
	}
	for i := range chain {
		if t := &chain[i]; tense.IsPlanNoun(t.Base) && t.IsNoun() {
			return temporal.Future
		}
	}
	if tense.IsPlanNoun(last.Base) {
		return temporal.Future
	}
	for i := 1; i < len(chain); i++ {
		// している, 読んでいる, and its humble form しております.
		if (chain[i].Base == "いる" || chain[i].Base == "おる") && (chain[i-1].Surface == "て" || chain[i-1].Surface == "で") {
			return temporal.Unknown
		}
	}
	switch {
	case last.Tag(0) == "形容詞":
		return temporal.Unknown
	case last.IsAuxiliary() && (last.Base == "だ" || last.Base == "です" || last.Base == "ない"):
		return temporal.Unknown
	case last.IsAuxiliary() && last.Base == "ます":
		return temporal.Future
	case last.IsVerb():
		if last.Base == "ある" || last.Base == "いる" || last.Base == "おる" {
			return temporal.Unknown
		}
		return temporal.Future
	case last.IsAuxiliary():
		return temporal.Future
	}
	return temporal.Unknown
}

// hearsay reports a chain that says how a statement is known, not when
// anything happens (…の一つとみられる, …とされる, …という, …と考えられる):
// a verb of seeing, saying or thinking after と, in the passive, or いう
// in kana. The time of the statement is read from the rest of the text.
func hearsay(before, chain []Token) bool {
	if len(before) == 0 || before[len(before)-1].Surface != "と" {
		return false
	}
	switch chain[0].Base {
	case "いう":
		return len(chain) == 1 && chain[0].Surface == "いう" // …建っていたという; 開くと言う says it
	case "みる", "見る", "する", "考える", "思う":
	default:
		return false
	}
	for _, t := range chain[1:] {
		if t.Base == "れる" || t.Base == "られる" {
			return true
		}
	}
	return false
}

func lexicalTense(s string) temporal.Tense {
	s = strings.TrimRight(s, "。．.!！?？」』 \n")
	for _, suf := range []string{"た", "だった", "でした"} {
		if strings.HasSuffix(s, suf) {
			return temporal.Past
		}
	}
	for _, noun := range tense.PlanNouns {
		if strings.HasSuffix(s, noun) || strings.HasSuffix(s, noun+"だ") || strings.HasSuffix(s, noun+"です") {
			return temporal.Future
		}
	}
	return temporal.Unknown
}

// stripQuotes removes 「…」 and 『…』 with their contents, keeping the
// reporting sentence around them. Unbalanced brackets are left as they are.
func stripQuotes(s string) string {
	if !strings.ContainsAny(s, "「『") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '「' || r == '『':
			depth++
		case (r == '」' || r == '』') && depth > 0:
			depth--
			if depth == 0 {
				b.WriteString("Q")
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	if depth > 0 {
		return s
	}
	return b.String()
}
