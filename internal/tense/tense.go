// Package tense holds the words that tell the tense of a statement in
// Japanese news text: the plan nouns and the announcement predicates.
// The lexical reader of normalize/temporal, the morphological reader of
// internal/morph and the reading of the timeline all take them from here,
// so that each word is listed once. The tense itself is
// [temporal.Tense].
//
// [temporal.Tense]: https://pkg.go.dev/github.com/newsdoc/newsdoc/normalize/temporal#Tense
package tense

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PlanNouns are the nouns that state a plan or a forecast when they are
// the predicate (予定だ, 方針で, 見通し。, 考えだ): the statement looks ahead
// even though no verb of it does.
var PlanNouns = []string{"予定", "方針", "見通し", "見込み", "計画", "意向", "つもり", "構え", "方向", "考え"}

// IsPlanNoun reports whether s is one of PlanNouns.
func IsPlanNoun(s string) bool {
	switch s {
	case "予定", "方針", "見通し", "見込み", "計画", "意向", "つもり", "構え", "方向", "考え":
		return true
	}
	return false
}

// pastPlanNouns are PlanNouns and はず, the plan a statement may tell in
// the past.
var pastPlanNouns = append(slices.Clip(PlanNouns), "はず")

// pastPlanForms follow a plan noun told in the past.
var pastPlanForms = []string{"だった", "でした", "していた", "していました", "されていた", "されていました"}

// PastPlan reports whether s opens with a plan told in the past (計画だった,
// 予定していた, 予定されていた, はずだった): a plan made before, whose day may
// lie on either side of the reference.
func PastPlan(s string) bool {
	for _, w := range pastPlanNouns {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return slices.ContainsFunc(pastPlanForms, func(f string) bool { return strings.HasPrefix(rest, f) })
		}
	}
	return false
}

// PastPlanAt returns the offset of the first plan told in the past in s
// (see PastPlan), or -1.
func PastPlanAt(s string) int {
	best := -1
	for _, w := range pastPlanNouns {
		for off := 0; off < len(s); {
			k := strings.Index(s[off:], w)
			if k < 0 {
				break
			}
			k += off
			if best >= 0 && k >= best {
				break
			}
			if PastPlan(s[k:]) {
				best = k
				break
			}
			off = k + len(w)
		}
	}
	return best
}

// PastPlanStarts returns the first rune of every word PastPlan may find at
// the start of a text.
func PastPlanStarts() []rune {
	rs := make([]rune, len(pastPlanNouns))
	for i, w := range pastPlanNouns {
		rs[i], _ = utf8.DecodeRuneInString(w)
	}
	return rs
}

// Predictions are the words that end a statement of what will surely be
// (…が叶うこと間違いなし, 間違いない): it looks ahead as a plan does.
var Predictions = []string{"間違いな"}

// Awaited are the words after a time that make it a day the statement
// waits for (11月19日が近づいてきた, 投開票を控え, 開幕まであと3日), whatever
// the tense of the verb: the day is ahead.
var Awaited = []string{"が近づ", "が迫", "を控え", "まであと"}

// AwaitedNext reports whether s, the text right after a time, opens with
// one of Awaited.
func AwaitedNext(s string) bool {
	if opensWith(s, Awaited) {
		return true
	}
	// 12月25日にはライブを控える: the event awaited on that day named
	// between.
	rest, ok := strings.CutPrefix(s, "には")
	if !ok {
		return false
	}
	w := rest[:min(len(rest), maxAwaitedEvent)]
	k := strings.Index(w, "を控え")
	return k > 0 && !strings.ContainsAny(w[:k], "、。をがはにでと「」")
}

// maxAwaitedEvent bounds the bytes of the event named between a day and
// を控え.
const maxAwaitedEvent = 15 * 3

// NoAim reports whether rest, what follows the stem of a word of aim or
// arrangement (目指, 調整), makes it no plan of the statement: told in the
// past (目指した, 調整していた), or the aim of someone a relative clause
// describes (4期目を目指す町長).
func NoAim(rest string) bool {
	if opensWith(rest, pastAims) {
		return true
	}
	after, ok := strings.CutPrefix(rest, "す")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) && r != 'ー'
}

// InCompound reports whether a word of plan that ends in kanji (予定,
// 期限) makes one word with the kanji after it (入居予定日, 予定地, 期限切れ):
// a thing named, no plan. A particle between (方向で調整) keeps the plan.
func InCompound(word, rest string) bool {
	last, _ := utf8.DecodeLastRuneInString(word)
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Han, last) && unicode.Is(unicode.Han, next)
}

// pastAims follow the stem of a word of aim told in the past.
var pastAims = []string{"した", "していた", "しました", "していました", "された", "されていた"}

// relativeHeads are nouns written in kana that a relative clause in the
// past modifies (楽しんだあなたは, 集まったみんなで): the た before them is not
// the statement's.
var relativeHeads = []string{"あなた", "わたし", "みんな", "みなさん"}

// RelativeHead reports whether s opens with a noun written in kana that a
// relative clause modifies.
func RelativeHead(s string) bool { return opensWith(s, relativeHeads) }

// PoliteAhead reports whether the sentence s opens ends in the polite
// non-past ます (…川を隔てた分校に移ります。): the predicate is ahead,
// whatever the past of a relative clause before it.
func PoliteAhead(s string) bool {
	if k := strings.IndexAny(s, "。．"); k >= 0 {
		s = s[:k]
	}
	return strings.HasSuffix(strings.TrimRight(s, " 」』)）\""), "ます")
}

// ClauseOverNoun reports whether after, the text right after a date,
// opens a short clause that modifies a noun: a particle, a verb of one or
// two kanji with its plain or past ending, then the noun (に変わる運賃, に
// 開く会合, に壊れた橋, 夜に行った工事). The date names a thing of its day,
// which the sentence's tense does not govern. A plan noun after the verb
// (に集まる予定だ) is the predicate, no noun the clause modifies.
func ClauseOverNoun(after string) bool {
	k := -1
	for _, p := range []string{"から", "に", "まで", "より"} {
		if strings.HasPrefix(after, p) {
			k = len(p)
			break
		}
	}
	if k < 0 {
		return false
	}
	stem := 0
	for stem < maxClauseStem && k < len(after) {
		r, size := utf8.DecodeRuneInString(after[k:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		k += size
		stem++
	}
	if stem == 0 {
		return false
	}
	for n := 0; n < maxClauseEnding && k < len(after); n++ {
		r, size := utf8.DecodeRuneInString(after[k:])
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
		k += size
		if strings.ContainsRune("うくすつぬむぶぐるた", r) {
			if opensWith(after[k:], PlanNouns) {
				return false
			}
			next, _ := utf8.DecodeRuneInString(after[k:])
			return unicode.Is(unicode.Han, next) || unicode.Is(unicode.Katakana, next) && next != 'ー'
		}
	}
	return false
}

// maxClauseStem and maxClauseEnding bound, in runes, the verb
// ClauseOverNoun reads.
const (
	maxClauseStem   = 2
	maxClauseEnding = 3
)

// afterDoing are the words after a verb's た that make it a step before
// the predicate (開いたうえで, 終えたあとに): no past of the statement.
var afterDoing = []string{"うえで", "うえ、", "うえに", "あとで", "あと、", "あとに", "のち"}

// AfterDoing reports whether s, the text right after a verb's た, opens
// with one of afterDoing.
func AfterDoing(s string) bool { return opensWith(s, afterDoing) }

// opensWith reports whether s opens with one of words.
func opensWith(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(s, w) })
}

// announcements are past predicates that report an event being decided
// or announced (開催が決定した, 発売が決まった); eventNouns are the events so
// reported.
var (
	announcements = []string{"が決定し", "が決まっ", "が決定となっ", "が発表され", "が明らかになっ"}
	eventNouns    = []string{"開催", "発売", "公開", "上映", "放送", "配信", "実施", "出演", "来日", "開幕", "開業", "発表会", "上演", "公演", "ライブ", "イベント"}
)

// Complement reports whether rest, the text right after the verb that
// before ends with, makes the verb's clause a noun with こと that another
// predicate governs (開くことを決めた, 発売することがわかった, 行うことになった):
// a non-past verb there governs a date in its clause, ahead of the
// report or decision. After する, なる or a passive (される) any predicate
// but one of ability or frequency (見ることができた, 訪れることが多い) does;
// after another verb only a decision or a report (開くことを決めた), not
// what was done (育てることに成功した).
func Complement(before, rest string) bool {
	prev, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("うくすつぬむぶぐる", prev) {
		return false
	}
	tail, ok := strings.CutPrefix(rest, "こと")
	if !ok {
		return false
	}
	p, ok := cutOne(tail, "が", "を", "に")
	if !ok {
		return false
	}
	if strings.HasSuffix(before, "する") || strings.HasSuffix(before, "なる") || strings.HasSuffix(before, "れる") {
		return !opensWith(p, abilityWords)
	}
	return opensWith(p, decisionWords)
}

// abilityWords follow こと and a particle in a predicate of ability or
// frequency.
var abilityWords = []string{"でき", "出来", "ある", "あっ", "多", "少な", "ない", "なかっ"}

// decisionWords follow こと and a particle in a predicate that decides or
// reports a plan (開くことを決めた, 閉じることになった, 続けることにした).
var decisionWords = []string{"決め", "決定", "決ま", "固め", "発表", "明らかに", "表明", "公表", "伝え", "約束", "合意", "了承", "承認", "決議",
	"検討", "わかっ", "分かっ", "判明", "なっ", "なり", "し", "求め"}

// cutOne cuts the first of prefixes that s opens with.
func cutOne(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}

// reportingWords report a plan after its plain verb and と (始めると発表した,
// 行うと明らかにした).
var reportingWords = []string{"発表", "明らかに", "述べ", "話し", "語っ", "説明", "決め", "決定", "伝え", "報じ", "表明", "公表", "通知", "告知",
	"示し", "している", "していた", "した。", "した、", "しており", "見られ", "みられ"}

// Reporting reports whether s, the text after a plain verb and と, opens
// with a verb that reports it (…始めると発表した): the verb before と is the
// plan reported, and governs a date in its clause.
func Reporting(s string) bool { return opensWith(s, reportingWords) }

// Announced reports whether seg, the statement after a date, reports that
// an event was decided or announced (10月12日には記念展の開催が決まった):
// the past is the announcement's, and the date, the event's, may still be
// ahead.
func Announced(seg string) bool {
	for _, a := range announcements {
		k := strings.Index(seg, a)
		if k < 0 {
			continue
		}
		for _, n := range eventNouns {
			if strings.HasSuffix(seg[:k], n) {
				return true
			}
		}
	}
	return false
}

// OwnClause reports whether between, the text from a date to a quotation,
// closes the date in a clause of its own that describes someone or
// something (先月25日に披露宴を行った相方から「…」): a past verb right
// before a noun. The date is that clause's, not the day the words were
// said. Only the first maxOwnClause bytes are read: such a clause closes
// near its date, and a caller that asks once per quotation of a long
// sentence reads it in linear time.
func OwnClause(between string) bool {
	between = between[:min(len(between), maxOwnClause)]
	for off := 0; ; {
		k := strings.Index(between[off:], "た")
		if k < 0 {
			return false
		}
		k += off
		off = k + len("た")
		prev, _ := utf8.DecodeLastRuneInString(between[:k])
		next, _ := utf8.DecodeRuneInString(between[off:])
		if prev >= 'ぁ' && prev <= 'ゖ' && (next >= 0x4E00 && next <= 0x9FFF || next >= 'ァ' && next <= 'ヺ') {
			head := between[off:]
			for _, own := range []string{"自身の", "自らの"} {
				head = strings.TrimPrefix(head, own)
			}
			if !opensWith(head, venues) {
				return true
			}
		}
	}
}

// maxOwnClause bounds the bytes OwnClause reads after a date (about forty
// characters).
const maxOwnClause = 40 * 3

// venues are where words are said or written: a clause that dates one
// (14日に更新したブログで「…」) dates the words.
var venues = []string{"ブログ", "会見", "記者会見", "投稿", "ツイート", "ツイッター", "インタビュー", "番組", "放送", "講演", "声明",
	"コメント", "メッセージ", "取材", "席", "場", "際", "イベント", "会合", "集会", "式"}

// reportedValues open the text after a date that is the value a report
// gives (新刊の発売日は12月17日だと発表された, 期限は3月末であるという).
var reportedValues = []string{"だと", "であると", "だという", "だとして"}

// ReportedValue reports whether after, the text right after a date, makes
// the date the value a report gives: the tense of the report says nothing
// of the date itself.
func ReportedValue(after string) bool { return opensWith(after, reportedValues) || RangeOfNoun(after) }

// rangeOfNounMarks end a span of time that describes the noun after it
// (秋から初冬にかけての作業, 7月から9月までの客数).
var rangeOfNounMarks = []string{"にかけての", "までの"}

// maxRangeEnd bounds, in bytes, the text between a date and the mark of a
// range that describes a noun (から初夏).
const maxRangeEnd = 12 * 3

// RangeOfNoun reports whether after, the text right after a date, makes
// it a bound of a span that describes a noun (秋から初冬にかけての作業を
// 振り返ります, 7月から9月までの客数を発表した): the span tells when the thing
// was, and the predicate, which tells of the report, says nothing of it.
func RangeOfNoun(after string) bool {
	for _, m := range rangeOfNounMarks {
		k := strings.Index(after[:min(len(after), maxRangeEnd+len(m))], m)
		if k >= 0 && !strings.ContainsAny(after[:k], "、。「」") {
			return true
		}
	}
	return false
}

// clauseEnds join a finished clause to the next one (発表しましたが、…,
// 開いたものの、…); each keeps the predicate of its clause (ました of
// ましたが、) and leaves the joining word.
var clauseEnds = []struct{ end, kept string }{
	{"ましたが、", "ました"}, {"でしたが、", "でした"}, {"たが、", "た"}, {"だが、", "だ"}, {"ですが、", "です"}, {"ますが、", "ます"},
	{"るが、", "る"}, {"けれど、", ""}, {"けれども、", ""}, {"ものの、", ""},
}

// Clause returns the part of s, the text after a date set off by a comma
// (15日、…を行い、…を発表しましたが、…), up to the end of the clause the
// date belongs to: through the predicate before the first of clauseEnds
// outside quotation brackets (the words of 「…になるが、…」 end no clause of
// the sentence), or all of s.
func Clause(s string) string {
	best := len(s)
	for _, e := range clauseEnds {
		for off := 0; off < best; {
			k := strings.Index(s[off:], e.end)
			if k < 0 {
				break
			}
			k += off
			if !QuotedAt(s, k) {
				best = min(best, k+len(e.kept))
				break
			}
			off = k + len(e.end)
		}
	}
	return s[:best]
}

// QuotedAt reports whether offset k of s lies inside quotation brackets
// (「」, 『』) opened in s before it.
func QuotedAt(s string, k int) bool {
	depth := 0
	for _, r := range s[:k] {
		switch r {
		case '「', '『':
			depth++
		case '」', '』':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}
