package morph

import "strings"

// Tense is the time reference of a sentence's main predicate, as far as
// its form tells.
type Tense int

// The tenses.
const (
	// TenseUnknown: no predicate, or a form that says nothing.
	TenseUnknown Tense = iota
	// TensePast: the predicate ends in た (述べた, 行われた, だった,
	// 話していました), including 予定だった (a plan in the past).
	TensePast
	// TensePresent: a state or an ongoing action (している, だ, 形容詞).
	TensePresent
	// TenseFuture: a plan or a non-past action (予定だ, 方針, 見通し, する,
	// 行います).
	TenseFuture
)

// String returns "unknown", "past", "present" or "future".
func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TensePresent:
		return "present"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// futureNouns are nouns that, at the end of a sentence, announce a plan.
var futureNouns = map[string]bool{
	"予定": true, "方針": true, "見通し": true, "見込み": true, "計画": true,
	"つもり": true, "意向": true, "構え": true, "方向": true, "考え": true,
}

// Tense returns the tense of the main (last) predicate of sentence, which
// should be normalized text. Quotations are skipped: the tense is that of
// the reporting sentence, not of the words quoted. A nil Analyzer guesses
// from the sentence's last characters.
func (a *Analyzer) Tense(sentence string) Tense {
	sentence = stripQuotes(sentence)
	if a == nil {
		return lexicalTense(sentence)
	}
	return TenseOf(a.Tokenize(sentence))
}

// TenseOf returns the tense of the last predicate among toks.
func TenseOf(toks []Token) Tense {
	n := len(toks)
	for n > 0 && (toks[n-1].IsSymbol() || toks[n-1].POS[1] == "終助詞") {
		n--
	}
	if n == 0 {
		return TenseUnknown
	}
	// The predicate chain: the trailing run of predicates, particles
	// joining them (て, で), and the nouns they are built on (予定だ).
	lo := n - 1
	for lo > 0 && n-lo < 8 {
		p := &toks[lo-1]
		if p.IsPredicate() || p.POS[1] == "接続助詞" || p.POS[1] == "非自立" || futureNouns[p.Base] {
			lo--
			continue
		}
		break
	}
	chain := toks[lo:n]
	last := &chain[len(chain)-1]
	if last.IsAuxiliary() && (last.Base == "た" || last.Base == "だ" && last.Surface == "だっ") {
		return TensePast
	}
	for i := range chain {
		if t := &chain[i]; futureNouns[t.Base] && t.IsNoun() {
			return TenseFuture
		}
	}
	if futureNouns[last.Base] {
		return TenseFuture
	}
	for i := 1; i < len(chain); i++ {
		if chain[i].Base == "いる" && chain[i-1].Surface == "て" || chain[i].Base == "いる" && chain[i-1].Surface == "で" {
			return TensePresent
		}
	}
	switch {
	case last.POS[0] == "形容詞":
		return TensePresent
	case last.IsAuxiliary() && (last.Base == "だ" || last.Base == "です" || last.Base == "ない"):
		return TensePresent
	case last.IsAuxiliary() && last.Base == "ます":
		return TenseFuture
	case last.IsVerb():
		if last.Base == "ある" || last.Base == "いる" {
			return TensePresent
		}
		return TenseFuture
	case last.IsAuxiliary():
		return TenseFuture
	}
	return TenseUnknown
}

func lexicalTense(s string) Tense {
	s = strings.TrimRight(s, "。．.!！?？」』 \n")
	for _, suf := range []string{"た", "だった", "でした"} {
		if strings.HasSuffix(s, suf) {
			return TensePast
		}
	}
	for noun := range futureNouns {
		if strings.HasSuffix(s, noun) || strings.HasSuffix(s, noun+"だ") || strings.HasSuffix(s, noun+"です") {
			return TenseFuture
		}
	}
	return TenseUnknown
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
