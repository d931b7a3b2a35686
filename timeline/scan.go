package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize/temporal"
	"golang.org/x/text/width"
)

// The scanning below works on the raw text of one sentence, rune by rune,
// with byte offsets, because its results must be spans into the source.
// Full-width and half-width forms of the few punctuation marks involved are
// folded with golang.org/x/text/width.

// fold returns the narrow form of r for ASCII punctuation written wide
// (，→, （→( ), and r itself otherwise.
func fold(r rune) rune {
	if r < 0x80 {
		return r
	}
	p := width.LookupRune(r)
	if p.Kind() == width.EastAsianFullwidth {
		if n := p.Narrow(); n != 0 {
			return n
		}
	}
	return r
}

type runeAt struct {
	r   rune // folded
	off int  // byte offset of the rune in the text
}

func runesOf(s string) []runeAt {
	out := make([]runeAt, 0, utf8.RuneCountInString(s))
	for i, r := range s {
		out = append(out, runeAt{fold(r), i})
	}
	return out
}

func isComma(r rune) bool { return r == '、' || r == ',' || r == '､' }

func isHiragana(r rune) bool { return unicode.Is(unicode.Hiragana, r) }

// depths returns, for each rune, the depth of the bracket pairs around it
// (the brackets themselves count as inside), brackets paired as
// everywhere else (doc.Matcher): a bracket left unpaired is a plain
// character.
func depths(rs []runeAt) []int {
	var mt doc.Matcher
	d := make([]int, len(rs)) // first: +1 at a paired opener, -1 at a paired closer
	for i, x := range rs {
		k, open, ok := doc.BracketOf(x.r)
		switch {
		case !ok:
		case open:
			mt.Open(i, k)
		default:
			if j, _ := mt.Close(k); j >= 0 {
				d[j], d[i] = 1, -1
			}
		}
	}
	cur := 0
	for i, v := range d {
		if v > 0 {
			cur++
		}
		d[i] = cur
		if v < 0 {
			cur--
		}
	}
	return d
}

// boundary is a place where a sentence may be cut into clauses: a comma at
// bracket depth 0 and the strength of the clause ending before it.
type boundary struct {
	off   int // byte offset of the comma
	end   int // byte offset just after the comma
	score int
}

// connectives are clause endings before a comma that join two statements,
// strongest first.
var strongEndings = []string{"が", "けど", "けれど", "ものの", "一方", "ほか", "うえ", "上で", "後", "際", "ため", "結果"}

// boundaries lists the clause boundaries of text, whose first byte is at
// offset base in the source.
func boundaries(text string, base int) []boundary {
	rs := runesOf(text)
	d := depths(rs)
	var out []boundary
	for i, x := range rs {
		if !isComma(x.r) || d[i] != 0 || i == 0 {
			continue
		}
		before := text[:x.off]
		end := x.off + runeLenAt(text, x.off)
		b := boundary{off: base + x.off, end: base + end, score: 1}
		prev := rs[i-1].r
		switch {
		case hasAnySuffix(before, strongEndings):
			b.score = 4
		case prev == 'し' || prev == 'て' || prev == 'り' || prev == 'き' || prev == 'ち' ||
			prev == 'み' || prev == 'び' || prev == 'け' || prev == 'せ' || prev == 'え' ||
			prev == 'め' || prev == 'れ' || prev == 'ね' || prev == 'げ' || prev == 'べ' ||
			(prev == 'い' && !strings.HasSuffix(before, "ない") && !strings.HasSuffix(before, "しい")) ||
			strings.HasSuffix(before, "んで") || strings.HasSuffix(before, "いで"):
			b.score = 3
		case prev == 'は' || prev == 'も':
			b.score = 2
		}
		out = append(out, b)
	}
	return out
}

func runeLenAt(s string, off int) int {
	_, n := utf8.DecodeRuneInString(s[off:])
	return n
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// futureMarkers are words after a time expression that make its statement
// look ahead.
var futureMarkers = []string{
	"予定", "方針", "見通し", "見込み", "見込む", "意向", "方向で", "つもり", "構え",
	"目指", "だろう", "でしょう", "予想され", "計画だ", "計画で", "考えだ", "期限",
	"開催される", "行われる", "実施される", "へ。", "する。", "すると",
	"する方", "します", "なる。", "なると",
}

// conditionalTo reports whether the marker m, すると or なると, is the と of
// a condition, not of a plan reported: nothing that reports it follows
// (漏れを検知すると警告を出す仕組みを入れた, against 始めると発表した).
func conditionalTo(m, after string) bool {
	if m != "すると" && m != "なると" {
		return false
	}
	return !tense.Reporting(after) && !strings.HasPrefix(after, "して") && !strings.HasPrefix(after, "いう") && !strings.HasPrefix(after, "の") &&
		!strings.HasPrefix(after, "みられ") && !strings.HasPrefix(after, "見られ") && !strings.HasPrefix(after, "見込") && !strings.HasPrefix(after, "予想")
}

// relativeAction reports whether after, the text after a date, starts with
// a particle and an action verb in the non-past before a noun (から支給
// される手当, に開かれる会合, に全米で公開される『…』, 付で社長に就任する
// 人事): the date is that
// action's, still ahead. One short phrase with its particle (全米で) may
// come before the verb.
func relativeAction(after string) bool {
	rest := ""
	for _, p := range []string{"から", "に", "まで", "より", "付で", "付けで"} {
		if r, ok := strings.CutPrefix(after, p); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	for phrase := 0; ; phrase++ {
		n := 0
		for n < 8 {
			r, size := utf8.DecodeRuneInString(rest)
			if !(r >= 0x4E00 && r <= 0x9FFF || phrase == 0 && r >= 'ァ' && r <= 'ヺ') {
				break
			}
			rest, n = rest[size:], n+1
		}
		for _, v := range []string{"される", "られる", "させる", "する", "かれる", "われる", "まれる", "ばれる", "たれる", "れる"} {
			if tail, ok := strings.CutPrefix(rest, v); ok && (n > 0 || v != "れる") {
				if tense.PastPlan(tail) {
					return false // 8日に帰港する計画だった: a plan of the past
				}
				r, _ := utf8.DecodeRuneInString(tail)
				return r >= 0x4E00 && r <= 0x9FFF || r >= 'ァ' && r <= 'ヺ' || r == '『' || r == '「'
			}
		}
		if phrase > 0 || n == 0 {
			return false
		}
		r, size := utf8.DecodeRuneInString(rest)
		if r != 'で' && r != 'を' && r != 'が' && r != 'へ' && r != 'に' {
			return false
		}
		rest = rest[size:]
	}
}

// purposeHeads end a non-past verb made a goal by よう (回答するよう求めた,
// 提出するように指示した): the date before it is the goal's, ahead.
var purposeHeads = []string{"するよう", "れるよう", "せるよう", "るように"}

// purposeClause reports whether rest starts with one of purposeHeads.
func purposeClause(rest string) bool { return slices.ContainsFunc(purposeHeads, prefixOf(rest)) }

// prefixOf returns a test of whether a word starts s.
func prefixOf(s string) func(string) bool {
	return func(w string) bool { return strings.HasPrefix(s, w) }
}

// ongoingMarkers end the search without a tense: ている and its kin
// describe a state at the reference time.
var ongoingMarkers = []string{"ている", "ています", "でいる", "ていない", "てはいない", "ておらず", "ない。", "ないが"}

// lexicalTense reads the tense of the predicate that governs a time
// expression from the text that follows it: the first past ending (た, だ
// after ん/い, でした), future word (予定, 方針, 見通し, する。) or
// ongoing form (ている) decides. It returns temporal.Unknown when none occurs.
func lexicalTense(after string) temporal.Tense {
	if tense.ReportedValue(after) || tense.Announced(clip(after)) {
		return temporal.Unknown
	}
	if adverbial(after) {
		return mainTense(nil, tense.Clause(clip(after)))
	}
	if relativeAction(after) || countdown(after) || tense.AwaitedNext(after) {
		// 11月の第3木曜日が近づいてきた: a day waited for, ahead.
		return temporal.Future
	}
	prev := rune(0)
	depth := 0
	clauseBefore := false // a comma has closed the date's clause
	for i, r := range after {
		// The words of a quotation are not the statement's predicate.
		switch {
		case r == '「' || r == '『':
			depth++
		case (r == '」' || r == '』') && depth > 0:
			depth--
			prev = r
			continue
		}
		if depth > 0 {
			continue
		}
		if r == '、' && i > 0 {
			clauseBefore = true
		}
		if r == '。' || r == '．' {
			if strings.HasSuffix(after[:i], "という") {
				break // …だという。: hearsay, not a plan
			}
			// A plain non-past verb ends the sentence: 行う。 開く。 A
			// measure restated (約2倍に当たる。) is a present fact.
			if h := after[:i]; strings.HasSuffix(h, "当たる") || strings.HasSuffix(h, "あたる") || strings.HasSuffix(h, "相当する") || strings.HasSuffix(h, "匹敵する") {
				break
			}
			if strings.ContainsRune("うくすつぬふむゆぐぶ", prev) ||
				(prev == 'る' && !strings.HasSuffix(after[:i], "いる") && !strings.HasSuffix(after[:i], "ある")) {
				return temporal.Future
			}
			break
		}
		rest := after[i:]
		if !markerStarts[r] {
			// No marker starts with this rune: only the endings below
			// can decide here.
			goto endings
		}
		for _, m := range ongoingMarkers {
			if strings.HasPrefix(rest, m) {
				return temporal.Unknown
			}
		}
		if strings.HasPrefix(rest, "ており") || strings.HasPrefix(rest, "でおり") || strings.HasPrefix(rest, "ていて") {
			// 既に販売が開始されており、…: a state reached before the
			// reference, past when said to be already done.
			if already(after[:i]) {
				return temporal.Past
			}
			return temporal.Unknown
		}
		if tense.Complement(after[:i], rest) || purposeClause(rest) {
			return temporal.Future
		}
		if tense.PastPlan(rest) {
			// 15日に予定されていた式典: a plan made before, for a day
			// on either side of the reference.
			return temporal.Unknown
		}
		for _, m := range futureMarkers {
			if strings.HasPrefix(rest, m) && !tense.NoAim(rest[len(m):]) && !tense.InCompound(m, rest[len(m):]) && !conditionalTo(m, rest[len(m):]) {
				return temporal.Future
			}
		}
		if strings.ContainsRune("うくすつぬむぶぐる", prev) && (strings.HasPrefix(rest, "ということは") || strings.HasPrefix(rest, "ことは")) {
			// クリスマスを演出してくれるということは、お分かり頂けた: the
			// clause made a topic has its own predicate, not yet past; the
			// past after it is the writer's.
			return temporal.Future
		}
	endings:
		_, size := utf8.DecodeRuneInString(rest)
		next, _ := utf8.DecodeRuneInString(rest[size:])
		if r == 'と' && strings.ContainsRune("うくすつぬむぶぐる", prev) && (tense.Reporting(rest[size:]) || strings.HasPrefix(rest[size:], "して、")) &&
			!strings.HasPrefix(after, "、") && !strings.HasPrefix(after, "に、") {
			// 7月1日から制限を始めると発表した: the plan reported, not
			// the report, governs the date (not one set off by a comma:
			// 市は30日、…始めると発表した); so does the one a claim gives
			// as its ground (21日に川があふれる恐れがあるとして、…避難
			// を促した).
			return temporal.Future
		}
		switch r {
		case 'た':
			if isHiragana(prev) && !strings.ContainsRune("めいらりびちくかるれ", next) && !wordTa(after[:i]) &&
				!(prev == 'い' && (next == 'し' || next == 'だ')) { // 開催いたします, 休みをいただきます: the た of いたす, いただく
				// た is reliable wherever it stands, in a relative clause
				// too (6月に開催された大会): a date before it is most often
				// inside that clause; unless the sentence goes on to state a
				// plan (制した新人も出場する予定だ), which governs it.
				if tense.AfterDoing(rest[size:]) {
					break // 開いたうえで、…出荷する計画だ: a step before the predicate
				}
				if relativeHead(next) || tense.RelativeHead(rest[size:]) {
					// The past of a relative clause does not govern a date
					// when the sentence goes on to state a plan; nor the
					// date of a clause before a comma (…から始まり、…達した
					// 時点で打ち切る) or a deadline (5月末までに登録した人
					// を対象に…配ります): the sentence's own predicate
					// does.
					if planAhead(rest) || clauseBefore || strings.HasPrefix(after, "まで") || tense.PoliteAhead(rest) {
						break
					}
				}
				return temporal.Past
			}
		case 'だ':
			if (prev == 'ん' || prev == 'い') && !isHiragana(next) {
				return temporal.Past
			}
		}
		prev = r
	}
	return temporal.Unknown
}

// markerStarts holds the first rune of every word lexicalTense looks for
// at each rune of the text: most runes start none, and are passed over
// without trying the words one by one.
var markerStarts = func() map[rune]bool {
	m := map[rune]bool{}
	for _, l := range [][]string{ongoingMarkers, futureMarkers, purposeHeads, {"ており", "でおり", "ていて", "ということは", "ことは", "こと"}} {
		for _, w := range l {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = true
		}
	}
	for _, r := range tense.PastPlanStarts() {
		m[r] = true
	}
	return m
}()

// countdown reports whether after counts the time left before a date
// (クリスマスまで、あと2週間, 開幕まで残り3日): the date is ahead, whatever
// the tense of the count.
func countdown(after string) bool {
	rest, ok := strings.CutPrefix(after, "まで")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, "、 ")
	return strings.HasPrefix(rest, "あと") || strings.HasPrefix(rest, "残り") || strings.HasPrefix(rest, "いよいよあと")
}

// relativeHead reports whether r, right after a past た, starts the noun a
// relative clause modifies (開催された大会, 制した新人).
func relativeHead(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) && r != 'ー'
}

// wordTa reports whether the た after s ends a word, not a past form:
// あなた, また, かなた.
func wordTa(s string) bool {
	for _, w := range []string{"あな", "かな", "そな", "こな"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	if rest, ok := strings.CutSuffix(s, "ま"); ok {
		r, _ := utf8.DecodeLastRuneInString(rest)
		// また after a word or a particle, not 行きました
		return rest == "" || !isHiragana(r) || strings.ContainsRune("もはがをとでへ", r)
	}
	return false
}

// planWords state a plan or a forecast as the main predicate; 間違いな(し,
// い) a prediction (…が叶うこと間違いなし).
var planWords = append([]string{"予定", "方針", "見通し", "見込み", "意向", "計画だ", "計画で", "目指"}, tense.Predictions...)

// planAhead reports whether the rest of the sentence states a plan.
func planAhead(rest string) bool {
	if k := strings.IndexAny(rest, "。．"); k >= 0 {
		rest = rest[:k]
	}
	for _, w := range planWords {
		if k := strings.Index(rest, w); k >= 0 && !tense.NoAim(rest[k+len(w):]) && !tense.InCompound(w, rest[k+len(w):]) {
			return true
		}
	}
	return false
}

// relOffset reads an expression that counts from another event: 翌日,
// 前日, 翌週, 前月, 翌年, 3日後, 2週間前. It returns the unit ('d', 'w',
// 'm', 'y') and the signed count.
func relOffset(surface string) (unit byte, n int, ok bool) {
	s := width.Fold.String(strings.TrimSpace(surface))
	if strings.HasPrefix(s, "その") || strings.HasPrefix(s, "同") || strings.HasPrefix(s, "この") {
		return 0, 0, false
	}
	fixed := map[string]struct {
		u byte
		n int
	}{
		"翌日": {'d', 1}, "前日": {'d', -1}, "翌週": {'w', 1}, "前週": {'w', -1},
		"翌月": {'m', 1}, "前月": {'m', -1}, "翌年": {'y', 1}, "前年": {'y', -1},
	}
	if f, ok := fixed[s]; ok {
		return f.u, f.n, true
	}
	digits := 0
	val := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		val = val*10 + int(s[digits]-'0')
		digits++
		if val > 100000 {
			return 0, 0, false
		}
	}
	if digits == 0 {
		return 0, 0, false
	}
	rest := s[digits:]
	sign := 0
	switch {
	case strings.HasSuffix(rest, "後"):
		sign = 1
		rest = strings.TrimSuffix(rest, "後")
	case strings.HasSuffix(rest, "前"):
		sign = -1
		rest = strings.TrimSuffix(rest, "前")
	default:
		return 0, 0, false
	}
	switch rest {
	case "日":
		return 'd', sign * val, true
	case "週間", "週":
		return 'w', sign * val, true
	case "か月", "カ月", "ケ月", "ヶ月", "ヵ月", "カ月間", "か月間":
		return 'm', sign * val, true
	case "年":
		return 'y', sign * val, true
	}
	return 0, 0, false
}
