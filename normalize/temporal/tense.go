package temporal

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/tense"
)

// Tense is the tense of the statement an expression belongs to. It chooses
// the year of a date written without one (12月28日) and the month of a day
// written alone (28日).
type Tense int

// The tenses.
const (
	// Unknown lets the package guess the tense from the words around each
	// expression, and take the nearest date when it cannot.
	Unknown Tense = iota
	// Past: the latest date not after the reference.
	Past
	// Future: the next date, not before the reference's day.
	Future
)

// String returns "unknown", "past" or "future".
func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Future:
		return "future"
	}
	return "unknown"
}

// futureWords mark a plan, a forecast or a deadline: the plan nouns and
// the words below.
var futureWords = slices.Concat(tense.PlanNouns, tense.Predictions,
	[]string{"目指", "目標", "公算", "予想", "めど", "メド", "までに", "方向で", "開催へ", "実施へ", "調整"}, tense.Awaited)

// guessTense guesses the tense of the statement around s[start:end] from
// its words: a plan or deadline marker (予定, 方針, 見通し, 期限, までに)
// after the expression, or 期限 just before it, means Future; otherwise the
// first predicate after it decides: a past form (…た, …だった) means Past; a
// plain non-past verb ending the sentence (…する。, …します。, …へ。) means
// Future. It looks no further than the end of the sentence and at most a few
// hundred bytes.
func guessTense(s string, start, end int) Tense {
	// 期限を元日に, 目標を来春に: the marker precedes the date.
	lo := max(0, start-30)
	before := s[lo:start]
	if strings.Contains(before, "期限") || strings.Contains(before, "目標") || strings.Contains(before, "めど") {
		return Future
	}
	hi := min(len(s), end+360)
	seg := s[end:hi]
	seg = seg[:sentenceEnd(seg)]
	if strings.HasPrefix(seg, "、") || strings.HasPrefix(seg, ",") {
		// 15日、…する予定の…を行い、…を発表しましたが、…: a date set off
		// by a comma takes the last predicate of its clause.
		if c := strings.TrimRight(tense.Clause(seg), " "); len(c) < len(seg) && (strings.HasSuffix(c, "た") || strings.HasSuffix(c, "でした")) {
			return Past
		}
	}
	if tense.ReportedValue(seg) {
		return Unknown // 新刊の発売日は12月17日だと発表された: the value reported
	}
	if tense.Announced(seg) {
		return Unknown // 記念展の開催が決まった: the event may be ahead
	}
	// The first decisive word wins.
	bestAt, best := len(seg)+1, Unknown
	if k := firstFuture(seg); k >= 0 {
		bestAt, best = k, Future
		if tense.PastPlan(seg[k:]) {
			best = Unknown
		}
		if k == 0 && strings.HasPrefix(seg, "までに") && ongoingAt(seg) >= 0 && firstFuture(seg[len("までに"):]) < 0 {
			// 1月末までに210件に増えている: a count up to a day, told as
			// it stands now; the day may be gone by.
			return Unknown
		}
	}
	// 11日、…開くと発表した: a date set off by a comma belongs to the main
	// predicate, not to a plan it reports.
	if k := quotedPlanAt(seg); k >= 0 && k < bestAt && !strings.HasPrefix(seg, "、") && !strings.HasPrefix(seg, ",") {
		bestAt, best = k, Future
	}
	// 9月に開くことを決めた: the clause こと makes a noun governs the
	// date, not the decision.
	if k := complementAt(seg); k >= 0 && k < bestAt && !strings.HasPrefix(seg, "、") && !strings.HasPrefix(seg, ",") {
		bestAt, best = k, Future
	}
	if k := tense.PastPlanAt(seg); k >= 0 && k < bestAt {
		// 9日に予定していた講演会: a plan made before, for a day on
		// either side of the reference.
		bestAt, best = k, Unknown
	}
	strong, weak := pastAt(seg)
	if strong >= 0 && strong < bestAt {
		bestAt, best = strong, Past
	}
	// 実施されているので: an ongoing state says nothing of the tense.
	if k := ongoingAt(seg); k >= 0 && k < bestAt {
		bestAt, best = k, Unknown
	}
	if best != Unknown || bestAt <= len(seg) {
		return best
	}
	t := strings.TrimRight(seg, " 」』)）\"")
	if weak >= 0 {
		if tense.PoliteAhead(t) || heardAhead(t) {
			// 4月から、川を隔てた分校に移ります; 年明けに集まって、港に
			// 残った船を直す話し合いをするそうだ: the predicate is ahead
			return Future
		}
		return Past // 6月に開催された大会。: only a relative clause, in the past
	}
	for _, w := range []string{"する", "します", "される", "されます", "へ", "始まる", "行う", "開く", "開かれる"} {
		if strings.HasSuffix(t, w) {
			return Future
		}
	}
	return Unknown
}

// heardAhead reports a sentence t that ends in a plain non-past verb told
// as heard (…話し合いをするそうだ, …開くらしい): a plan, ahead of the
// reference.
func heardAhead(t string) bool {
	for _, h := range []string{"そうだ", "そうです", "らしい"} {
		if v, ok := strings.CutSuffix(t, h); ok {
			r := runeBefore(v, len(v))
			return strings.ContainsRune("うくすつぬむぶぐる", r) && !strings.HasSuffix(v, "いる") && !strings.HasSuffix(v, "ある")
		}
	}
	return false
}

// ongoingAt returns the offset of the first ている, ています, ており or
// ていて in seg, or -1. All four start with て, so seg is searched once for
// て rather than once for each form.
func ongoingAt(seg string) int {
	off := 0
	for {
		k := strings.Index(seg[off:], "て")
		if k < 0 {
			return -1
		}
		k += off
		if _, w := oneOf(seg, k, "ている", "ています", "ており", "ていて"); w != "" {
			return k
		}
		off = k + len("て")
	}
}

// sentenceEnd returns the offset of the first 。, ！, ？ or newline in seg,
// or len(seg). It is strings.IndexAny(seg, "。！？\n") written out:
// IndexAny, given runes outside ASCII, looks each rune of seg up in the set
// through a conversion to a string, which costs more than the rest of the
// tense guess.
func sentenceEnd(seg string) int {
	for k, r := range seg {
		switch r {
		case '。', '！', '？', '\n':
			return k
		}
	}
	return len(seg)
}

// reportWords follow a quotative と and report or decide what comes before it.
var reportWords = []string{
	"発表", "明らか", "述べ", "話", "語", "表明", "決め", "決定", "示", "伝え", "説明", "強調",
	"公表", "発言", "報じ", "いう", "言", "答え", "約束", "通知", "判断", "見込",
}

// quotedPlanAt returns the offset of a non-past verb reported with と
// (発売すると発表した, 開くと明らかにした, 再開するという), or -1. The
// reporting verb is past, but the event it reports is still to come.
func quotedPlanAt(seg string) int {
	off := 0
	for {
		k := strings.Index(seg[off:], "と")
		if k < 0 {
			return -1
		}
		k += off
		off = k + len("と")
		switch runeBefore(seg, k) {
		case 'る', 'う', 'く', 'す', 'つ', 'む', 'ぶ', 'ぐ', 'ぬ':
		default:
			continue
		}
		rest := seg[off:]
		for _, w := range reportWords {
			if strings.HasPrefix(rest, w) {
				return k
			}
		}
	}
}

// complementAt returns the offset of the first こと that makes the clause
// of a non-past verb a noun another predicate governs (see
// tense.Complement), or -1.
func complementAt(seg string) int {
	off := 0
	for {
		k := strings.Index(seg[off:], "こと")
		if k < 0 {
			return -1
		}
		k += off
		if tense.Complement(seg[:k], seg[k:]) {
			return k
		}
		off = k + len("こと")
	}
}

// pastAt returns the offset of the first past-tense predicate in seg
// (strong), and of the first past-tense relative clause (weak, 制した有望株),
// or -1: た after a verb stem (した, 行った, 述べた), not また, ただ, 新た,
// あなた, nor ため, たち, たい, たら.
func pastAt(seg string) (strong, weak int) {
	off := 0
	weak = -1
	for {
		k := strings.Index(seg[off:], "た")
		if k < 0 {
			return -1, weak
		}
		k += off
		prev := runeBefore(seg, k)
		next, _ := runeAt(seg, k+len("た"))
		off = k + len("た")
		switch prev {
		case 'し', 'っ', 'い', 'き', 'べ', 'め', 'れ', 'け', 'せ', 'え', 'ね', 'ち', 'み', 'り', 'ぎ', 'び', 'じ', 'て', 'げ', 'か', 'こ':
		case '出', '見', '寝', '着', '経', '得', '似', '煮', '居':
			// 港を出た, 夢を見た: a verb whose stem is one kanji
		default:
			continue
		}
		switch next {
		case 'め', 'ち', 'く', 'び', 'ら', 'い', 'ろ', 'ん':
			continue
		case 'し':
			if prev == 'い' {
				continue // 開催いたします: the た of いたす
			}
		case 'だ':
			if prev == 'い' {
				continue // 臨時休業とさせていただきます: the た of いただく
			}
		}
		if next >= 0x4E00 && next <= 0x9FFF || next >= 'ァ' && next <= 'ヺ' || tense.RelativeHead(seg[off:]) || tense.AfterDoing(seg[off:]) {
			// 制した有望株, 会談した後: a relative clause, not the predicate
			if weak < 0 {
				weak = k
			}
			continue
		}
		return k, weak
	}
}

// futureFirst holds the first rune of each of futureWords.
var futureFirst = firstRunes(futureWords...)

// firstFuture returns the offset of the first of futureWords in seg that
// states a plan (see futureAt), or -1. It reads seg once, trying the words
// only where one of them can start, instead of searching seg once for each
// word: guessTense runs for most dates found, and the search for each of
// the dozens of words cost more than all the rest of the guess.
func firstFuture(seg string) int {
	for k := 0; k < len(seg); k++ {
		// A word starts at the start of a rune; every offset is tried, so
		// that bytes not valid UTF-8 are passed over as a search would.
		if !utf8.RuneStart(seg[k]) {
			continue
		}
		if r, _ := runeAt(seg, k); !futureFirst.has(r) {
			continue
		}
		for _, w := range futureWords {
			if hasAt(seg, k, w) && futureAt(seg, k, w) {
				return k
			}
		}
	}
	return -1
}

// futureAt reports whether the marker w at seg[k:] states a plan (予定だ,
// 方針で, 計画と, 見通し。). A marker used as a plain noun (計画について協議した,
// 予定を変更した) does not count.
func futureAt(seg string, k int, w string) bool {
	if (w == "目指" || w == "調整") && tense.NoAim(seg[k+len(w):]) {
		return false // 3選を目指した現職, 4期目を目指す町長, 調整した結果
	}
	if w == "までに" || w == "目指" || w == "調整" || w == "開催へ" || w == "実施へ" || w == "方向で" || slices.Contains(tense.Predictions, w) ||
		slices.Contains(tense.Awaited, w) {
		return true
	}
	next, _ := runeAt(seg, k+len(w))
	switch next {
	case 0, 'だ', 'で', 'と', '、', '」', ')', 'へ', 'も':
		return true
	case 'の':
		return w == "予定"
	}
	return false
}
