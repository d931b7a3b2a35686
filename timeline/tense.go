package timeline

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

func spanAll(s string) article.Span { return article.Span{Start: 0, End: len(s)} }

// maxTenseRunes bounds the text read after an expression to find the
// predicate that governs it.
const maxTenseRunes = 200

// clip returns the prefix of s up to its first full stop outside
// quotation brackets (夫に「駅まで行く。昼には戻る」と告げて家を出た goes
// on to 出た) and at most maxTenseRunes runes.
func clip(s string) string {
	n, depth := 0, 0
	for i, r := range s {
		switch {
		case n == maxTenseRunes || r == '。' && depth == 0:
			return s[:i]
		case r == '「' || r == '『':
			depth++
		case (r == '」' || r == '』') && depth > 0:
			depth--
		}
		n++
	}
	return s
}

// adverbial reports whether the expression is set off by a comma (28日、…),
// in which case it modifies the main predicate of its clause. A comma
// before another date of the same kind lists the two (15日、16日は…だった):
// both take the predicate that follows the list.
func adverbial(after string) bool {
	r, size := utf8.DecodeRuneInString(after)
	return isComma(fold(r)) && !listedDate(after[size:])
}

// listedDate reports whether s opens with the next day or month of a list
// (16日は, 29日に, 4月、): a figure, 日 or 月, and a particle or a comma.
// A date of another kind after the comma (3月28日、2026年春に…) is the
// object of the main predicate, not an item of a list.
func listedDate(s string) bool {
	i := 0
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		i += utf8.RuneLen(r)
	}
	if i == 0 {
		return false
	}
	for _, u := range []string{"日", "月"} {
		if rest, ok := strings.CutPrefix(s[i:], u); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return strings.ContainsRune("はとのにもや、", r)
		}
	}
	return false
}

// mainTense is the tense of the last predicate of text, quotations left out.
// A nil analyzer reads it from the last characters.
func mainTense(an *morph.Analyzer, text string) temporal.Tense {
	return an.Tense(text)
}

// morphTense reads the tense of the predicate that governs a time
// expression from the tokens of the text that follows it. An expression
// set off by a comma (28日、…) takes the tense of the last predicate of its
// clause (tense.Clause). Otherwise
// the first predicate chain decides, except a continuative one followed by
// a comma (会談し、…発表した), whose tense is that of the next chain, and a
// non-past one inside a relative clause (湖畔にある別荘), which says
// nothing. Present forms (している, ない) leave the tense unknown.
func morphTense(an *morph.Analyzer, after string) temporal.Tense {
	after = clip(after)
	if after == "" || !utf8.ValidString(after) {
		return temporal.Unknown
	}
	if adverbial(after) {
		return mainTense(an, tense.Clause(after))
	}
	toks := an.Tokenize(morph.NewText(after, spanAll(after)).Norm)
	for i := 0; i < len(toks); i++ {
		if toks[i].Surface == "「" || toks[i].Surface == "『" {
			// The words of a quotation are not the statement's predicate.
			depth := 0
			for ; i < len(toks); i++ {
				switch toks[i].Surface {
				case "「", "『":
					depth++
				case "」", "』":
					depth--
				}
				if depth == 0 {
					break
				}
			}
			continue
		}
		if tense.IsPlanNoun(toks[i].Base) && toks[i].IsNoun() {
			if tense.PastPlan(surfaces(toks[i:min(i+6, len(toks))])) {
				return temporal.Unknown // 計画だった, 予定していた: a plan of the past
			}
			if predicativeAt(toks, i+1) {
				return temporal.Future
			}
		}
		if !toks[i].IsPredicate() {
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			chained := t.IsPredicate() || t.Tag(1) == "非自立" && !nominalizer(t) ||
				(t.IsParticle() && (t.Surface == "て" || t.Surface == "で")) ||
				(t.IsParticle() && (t.Surface == "は" || t.Surface == "も") && toks[j-1].Surface == "て")
			if !chained {
				break
			}
			j++
		}
		chain := toks[i:j]
		last := chain[len(chain)-1]
		if j < len(toks) && isComma(fold(firstRune(toks[j].Surface))) && (last.IsVerb() || last.Surface == "て" || last.Surface == "で") {
			if progressive(chain) {
				// 既に販売が開始されており、…: a state reached before the
				// reference, past when said to be already done.
				if already(surfaces(toks[:i])) {
					return temporal.Past
				}
				return temporal.Unknown
			}
			i = j
			continue
		}
		if j < len(toks) && (toks[j].Surface == "ながら" || toks[j].Surface == "つつ") {
			// 民泊をしながら…漁を手伝っている: an action alongside
			// the predicate, with no tense of its own.
			i = j
			continue
		}
		if conditional(chain) {
			// 誓いあえたら, 行けば: a condition, not a past event.
			i = j - 1
			continue
		}
		t := morph.TenseOf(chain)
		if t == temporal.Past {
			// た is reliable wherever it stands (始まった戦争, 協議した),
			// unless it ends a relative clause and the sentence goes on to
			// a plan or a prediction (楽しんだあなたは…が叶うこと間違いなし).
			if j < len(toks) && toks[j].IsNoun() && planAhead(surfaces(toks[j:])) {
				i = j - 1
				continue
			}
			return temporal.Past
		}
		if j >= len(toks) || clauseFinal(toks[j]) {
			if t == temporal.Future && equivalence(chain) {
				// …312ミリに達し、平年の約2倍に当たる: a measure restated,
				// no event ahead.
				return temporal.Unknown
			}
			return t
		}
		if t == temporal.Future && i <= maxClauseArgs && toks[j].IsNoun() && !nominalizer(toks[j]) && !stative(last) && argumentOnly(toks[:i]) {
			// 6月から支給される手当, 4月1日付で社長に就任する人事: an
			// action the date is an argument of, in a relative clause,
			// still ahead; unless the plan it describes was one of the
			// past (8日に帰港する計画だった): the day may be on either
			// side.
			if tense.PastPlan(surfaces(toks[j:])) {
				return temporal.Unknown
			}
			return t
		}
		if t != temporal.Past && j < len(toks) && toks[j].Surface == "よう" {
			// 回答するよう求めた: a goal set now, ahead.
			return temporal.Future
		}
		if t != temporal.Past && complement(toks, j) {
			// 9日に発売することがわかった: the predicate of the clause that
			// こと or の turns into a noun governs the date, not the report.
			return t
		}
		// A non-past form inside a relative clause or before another word
		// (湖畔にある別荘, 意味あるもの) may not be the expression's
		// predicate: keep reading.
		i = j - 1
	}
	return mainTense(an, after)
}

// maxClauseArgs bounds the tokens of the arguments between a date and the
// predicate of the relative clause it is in (付で社長に就任).
const maxClauseArgs = 6

// surfaces joins the surfaces of toks.
func surfaces(toks []morph.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Surface)
	}
	return b.String()
}

// clauseFinal reports whether t ends the predicate before it: a full stop
// or comma, a conjunctive particle (が, けれど, ので), or the quotative と.
func clauseFinal(t morph.Token) bool {
	switch {
	case t.IsSymbol():
		return true
	case t.IsParticle():
		return t.Tag(1) == "接続助詞" || t.Surface == "と" || t.Surface == "か"
	}
	return false
}

// predicativeAt reports whether the token at i makes the noun before it a
// predicate (予定だ, 方針で, 見通し。).
func predicativeAt(toks []morph.Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	switch {
	case t.IsAuxiliary(), t.IsSymbol():
		return true
	case t.IsParticle():
		return t.Surface == "で" || t.Surface == "と" || t.Surface == "だ"
	}
	return false
}

// progressive reports whether a predicate chain is a continuative ている or
// ておる form (開始されており, 続けていて).
func progressive(chain []morph.Token) bool {
	for i := 1; i < len(chain); i++ {
		if (chain[i].Base == "いる" || chain[i].Base == "おる") && (chain[i-1].Surface == "て" || chain[i-1].Surface == "で") {
			return true
		}
	}
	return false
}

// already reports whether text says that what follows is already done.
func already(text string) bool {
	return strings.Contains(text, "既に") || strings.Contains(text, "すでに") || strings.Contains(text, "もう")
}

// complement reports whether the tokens from j turn the clause before them
// into the object or subject of another predicate: こと or の followed by
// が, を or に (発売することがわかった, 開くことを決めた, 行うことになった),
// unless that predicate is one of ability or frequency (見ることができた,
// 訪れることが多い), which keeps the tense of the whole.
func complement(toks []morph.Token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	n, p := toks[j], toks[j+1]
	if !nominalizer(n) || !p.IsParticle() {
		return false
	}
	switch p.Surface {
	case "が", "を", "に":
	default:
		return false
	}
	if j+2 < len(toks) {
		switch toks[j+2].Base {
		case "できる", "ある", "ない", "多い", "少ない":
			return false
		}
	}
	return true
}

// stative reports whether t is a verb of state (ある, いる, できる), whose
// non-past form in a relative clause (湖畔にある別荘) says nothing of time.
func stative(t morph.Token) bool {
	switch t.Base {
	case "ある", "いる", "おる", "できる", "要る", "違う", "異なる", "似る", "含む", "持つ", "属する", "当たる", "あたる", "なる":
		return true
	}
	return t.Tag(1) == "非自立"
}

// argumentOnly reports whether toks, the words between a date and the
// first predicate after it, are particles and nouns only (から支給,
// に): the date is an argument of that predicate.
func argumentOnly(toks []morph.Token) bool {
	for i := range toks {
		t := &toks[i]
		if !t.IsParticle() && !t.IsNoun() || t.IsSymbol() {
			return false
		}
	}
	return true
}

// nominalizer reports whether t is こと or の making a clause a noun.
func nominalizer(t morph.Token) bool {
	return t.IsNoun() && (t.Surface == "こと" || t.Surface == "の")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// conditional reports whether a predicate chain ends in a conditional form
// (…たら, …なら, …ば), which states no tense of its own.
func conditional(chain []morph.Token) bool {
	last := chain[len(chain)-1]
	switch last.Surface {
	case "たら", "だら", "なら", "ば":
		return true
	}
	return false
}

// equivalence reports whether chain, a non-past predicate, restates a
// measure as another (に当たる, に相当する, に匹敵する): a present fact, not
// a plan.
func equivalence(chain []morph.Token) bool {
	for _, t := range chain {
		switch t.Base {
		case "当たる", "あたる", "相当", "匹敵":
			return true
		}
	}
	return false
}
