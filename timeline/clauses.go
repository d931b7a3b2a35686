package timeline

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/tense"
)

// relInfo describes an expression that dates one event from another
// (Bした翌日に): its offset and where the clause of B starts.
type relInfo struct {
	unit   byte
	n      int
	bStart int
	noun   bool // B is a noun phrase joined by の (会談の翌日)
}

// holidayInNoun reports whether a holiday written in katakana (クリスマス,
// バレンタインデー) begins a compound noun (クリスマスケーキ, クリスマス商戦):
// a kind of thing, not the day of an event.
func holidayInNoun(text, after string) bool {
	if text == "" {
		return false
	}
	for _, r := range text {
		if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・') {
			return false
		}
	}
	for _, w := range holidayTimes {
		if strings.HasPrefix(after, w) {
			return false // クリスマス本番, クリスマス期間: still the time
		}
	}
	r, _ := utf8.DecodeRuneInString(after)
	return r >= 'ァ' && r <= 'ヺ' || unicode.Is(unicode.Han, r)
}

// holidayTimes are words after a holiday that keep it a time.
var holidayTimes = []string{"本番", "期間", "当日", "前", "直前", "直後", "明け", "以降", "以前", "当夜", "前夜", "後",
	"翌日", "休暇", "休み", "時期", "シーズン", "ウィーク", "週間", "頃", "当時", "イブ"}

// overlapsRel returns the span of rels that sp overlaps, if any.
func overlapsRel(rels map[article.Span]relInfo, sp article.Span) (article.Span, bool) {
	for rs := range rels {
		if rs.Start < sp.End && sp.Start < rs.End {
			return rs, true
		}
	}
	return article.Span{}, false
}

// dayOrFiner reports whether t is resolved to a day or less.
func dayOrFiner(t article.Time) bool {
	if !t.Resolved() || (t.Type != article.TypeDate && t.Type != article.TypeTime) {
		return false
	}
	return t.End.Sub(t.Start) <= 25*time.Hour
}

// statementDate returns the first expression of a sentence that can date
// a statement made in it: a resolved day or time. A relative day written
// with its date (当日の27日, 前日の2日) gives way to the date, which the
// text states: the word was read against whatever day came before.
func statementDate(src string, mains []article.Time) *article.Time {
	for i := range mains {
		if !dayOrFiner(mains[i]) {
			continue
		}
		if i+1 < len(mains) && dayOrFiner(mains[i+1]) {
			a, b := mains[i].Span, mains[i+1].Span
			if a.End <= b.Start && b.Start <= len(src) && apposed(src[a.End:b.Start], mains[i].Text, mains[i+1].Text) {
				return &mains[i+1]
			}
		}
		return &mains[i]
	}
	return nil
}

// pickOther returns the day-or-finer expression nearest to b that lies
// outside b: the event that b's relative expression counts from.
func pickOther(mains []article.Time, b article.Span) (article.Time, bool) {
	best, bestDist := -1, 0
	for i, m := range mains {
		if !dayOrFiner(m) || b.Contains(m.Span) {
			continue
		}
		dist := b.Start - m.Span.End
		if m.Span.Start >= b.End {
			dist = m.Span.Start - b.End
		}
		dist = max(dist, -dist)
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return article.Time{}, false
	}
	return mains[best], true
}

// relative reports whether e counts from another event named just before
// it (発表した翌日, 会談の前日) and returns where that event's clause starts.
func (st *state) relative(raw string, base int, e article.Time, outside []article.Time) (relInfo, bool) {
	unit, n, ok := relOffset(e.Text)
	if !ok {
		return relInfo{}, false
	}
	off := e.Span.Start - base
	if off <= 0 || off > len(raw) {
		return relInfo{}, false
	}
	prev, size := utf8.DecodeLastRuneInString(raw[:off])
	noun := false
	switch {
	case strings.ContainsRune("たるいだ", prev):
		before, _ := utf8.DecodeLastRuneInString(raw[:off-size])
		if !isHiragana(before) && !unicode.Is(unicode.Han, before) && !unicode.Is(unicode.Katakana, before) {
			return relInfo{}, false
		}
	case prev == 'の':
		before, _ := utf8.DecodeLastRuneInString(raw[:off-size])
		if !unicode.Is(unicode.Han, before) && !unicode.Is(unicode.Katakana, before) {
			return relInfo{}, false
		}
		for _, o := range outside {
			if o.Span.End == e.Span.Start-size {
				return relInfo{}, false // 28日の翌日: counts from a date
			}
		}
		noun = true
	default:
		return relInfo{}, false
	}
	ri := relInfo{unit: unit, n: n, bStart: base, noun: noun}
	// The clause of B starts after the topic (Aは、) or at the sentence start,
	// and never includes another date.
	for _, b := range boundaries(raw[:off], base) {
		if b.score == 2 {
			ri.bStart = b.end
		}
	}
	for _, o := range outside {
		if o.Span == e.Span || o.Span.Start < ri.bStart || o.Span.End > e.Span.Start {
			continue
		}
		if between := raw[o.Span.End-base : off]; strings.HasPrefix(between, "に") && !strings.ContainsAny(between, "、,，。") {
			// 3日に店を閉めた翌日: the date is B's own, and the day
			// after counts from it.
			return relInfo{}, false
		}
		ri.bStart = o.Span.End
		for _, b := range boundaries(raw[o.Span.End-base:off], o.Span.End) {
			ri.bStart = b.end
			break
		}
	}
	return ri, true
}

// trimSpan drops surrounding spaces (and a final の of a noun phrase) from
// a span of src.
func trimSpan(src string, sp article.Span, noun bool) article.Span {
	s := sp.In(src)
	if s == "" {
		return sp
	}
	l := len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isComma(fold(r)) }))
	s = s[l:]
	if noun {
		s = strings.TrimSuffix(s, "の")
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return article.Span{Start: sp.Start + l, End: sp.Start + l + len(s)}
}

// segment cuts a sentence into the clauses of its dated statements: when
// two expressions follow each other, the strongest clause boundary between
// them (a conjunction, a continuative verb, a topic) separates their
// statements; expressions with no boundary between them share one.
func segment(raw string, base int, mains []article.Time) []article.Span {
	whole := article.Span{Start: base, End: base + len(raw)}
	if len(mains) < 2 {
		return []article.Span{whole}
	}
	ms := slices.Clone(mains)
	slices.SortFunc(ms, func(a, b article.Time) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	bs := boundaries(raw, base)
	var cuts []boundary
	for i := 1; i < len(ms); i++ {
		lo, hi := ms[i-1].Span.End, ms[i].Span.Start
		best := -1
		for j, b := range bs {
			// A comma right after the first expression (12月中旬、…) sets it
			// off as an adverbial of what follows: no cut there.
			if b.off > lo && b.end <= hi && (best < 0 || b.score >= bs[best].score) {
				best = j
			}
		}
		if best >= 0 {
			cuts = append(cuts, bs[best])
		}
	}
	var out []article.Span
	start := base
	for _, c := range cuts {
		out = append(out, trimRel(raw, base, start, c.off))
		start = c.end
	}
	out = append(out, trimRel(raw, base, start, base+len(raw)))
	return out
}

// trimRel trims the span [start, end) of a text whose first byte is at
// base in the source.
func trimRel(raw string, base, start, end int) article.Span {
	sp := trimSpan(raw, article.Span{Start: start - base, End: end - base}, false)
	return article.Span{Start: sp.Start + base, End: sp.End + base}
}

// isAnaphoricDay reports whether text is a day counted from another mention
// (前日, 翌日, 同日, 当日), the words that can stand in apposition before the
// date they name (前日の2日).
func isAnaphoricDay(text string) bool {
	switch text {
	case "前日", "翌日", "同日", "当日", "その日", "その翌日", "その前日":
		return true
	}
	return false
}

// habitualWords mark a statement of what usually or repeatedly happens.
var habitualWords = []string{
	"例年", "毎年", "毎週", "毎月", "毎日", "毎朝", "毎晩", "普段", "いつも", "通常", "平日", "定休日", "休業日", "休館日", "休診日", "休園日", "開館日", "営業日",
	"営業時間", "受付時間", "開館時間", "診療時間", "たいてい", "大抵", "恒例", "習慣", "ごとに", "原則として",
	"基本的に", "デフォルト", "初期設定", "標準設定",
	// classes of days that head a schedule: 【土・日・祝】10:00〜19:00
	"土・日・祝", "土日祝", "日・祝", "土・日曜・祝日", "日曜・祝日",
	"のが常", "ことが多い", "ことにしている", "ようにしている",
	// obligations and habits stated in the present
	"なくてはいけない", "なくてはならない", "なければならない", "なければいけない", "ねばならない", "たびに",
}

// habitual reports whether a sentence states a habit or a schedule.
func habitual(raw string) bool {
	for _, w := range habitualWords {
		if strings.Contains(raw, w) {
			return true
		}
	}
	return false
}

// habitualFor is habitual for the time at offset at of text: only words
// on the same side of a quotation's brackets as the time count (沖田も
// この日、「現場でいつも…」と祝福した is one day's statement; 「クリス
// マスは…食べるのが習慣」 is a habit).
func habitualFor(text string, at int) bool {
	if at < 0 || at > len(text) {
		return habitual(text)
	}
	q := tense.QuotedAt(text, at)
	for _, w := range habitualWords {
		for from := 0; ; {
			k := strings.Index(text[from:], w)
			if k < 0 {
				break
			}
			if tense.QuotedAt(text, from+k) == q && !thisTimeBetween(text, from+k, at) && !comparedWithHabit(text[from+k+len(w):]) &&
				!(from+k > at && reportedAfter(text[from+k+len(w):])) && !kindOfMeeting(w, text[from+k+len(w):]) {
				return true
			}
			from += k + len(w)
		}
	}
	return false
}

// kindOfMeeting reports a word of habit that opens the name of a kind of
// meeting or session (通常総会, 通常国会), or describes an event as a
// custom (恒例の朝市, 恒例の餅まきが5日にあった): the meeting or the
// event was held once, on its day; a habit the sentence states has
// other words of habit (毎年).
func kindOfMeeting(w, after string) bool {
	if w == "恒例" {
		return strings.HasPrefix(after, "の") || strings.HasPrefix(after, "行事") || strings.HasPrefix(after, "イベント")
	}
	if w != "通常" {
		return false
	}
	for _, m := range []string{"総会", "国会", "会", "議会", "選挙"} {
		if strings.HasPrefix(after, m) {
			return true
		}
	}
	return false
}

// reportedAfter reports whether after, the text after a word of habit
// that follows the date, goes on to a report of it (…ごとに山を歩く人は
// …とする分析を公表した): the habit is what was reported on that day, not
// when the day recurs.
func reportedAfter(after string) bool {
	for _, w := range []string{"とする", "との調査", "との研究", "と発表", "と明らかに", "と公表", "と報告", "ことが分かった", "ことがわかった", "ことを明らかに"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// comparedWithHabit reports whether after, the text right after a word
// of habit, makes the habit a measure for this one time (例年より1週間
// 早い2月3日, 例年に比べ, 平年並み, 通常の3倍): the date is still one
// event's.
func comparedWithHabit(after string) bool {
	if rest, ok := strings.CutPrefix(after, "の"); ok {
		// 通常の3倍, 例年の半分: the habit the measure of a size.
		rest = strings.TrimLeft(rest, "0123456789.０１２３４５６７８９一二三四五六七八九十百数")
		if slices.ContainsFunc([]string{"倍", "割", "分の", "半分", "%", "％"}, prefixOf(rest)) {
			return true
		}
	}
	return slices.ContainsFunc([]string{"より", "に比べ", "と比べ", "並み", "を上回", "を下回", "の同時期", "と同じ", "とは違", "と異な"}, prefixOf(after))
}

// thisTimeBetween reports whether words for this one time (今年は, 今回も)
// stand between a habit's word at i and the time at at: 毎年8月16日に
// 流しており、今年も16日午後8時半から流す tells this year's day.
func thisTimeBetween(text string, i, at int) bool {
	if i >= at {
		return false
	}
	between := text[i:at]
	for _, w := range []string{"今年", "今回", "今季", "今シーズン", "今度", "今月", "今週", "今夏", "今冬", "今春", "今秋"} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// baseWords are the periods a figure is compared with (前年比, 前年同期に
// 比べ); comparedBy what follows them in a comparison.
var (
	baseWords  = []string{"前年", "昨年", "去年", "前年度", "昨年度", "前月", "先月", "前週", "先週", "前期", "前日", "前回", "今年", "本年", "今年度", "例年"}
	comparedBy = []string{"比", "同期", "同月", "同日", "同週", "同時期", "並み", "実績", "水準", "に比べ", "と比べ", "に比して", "を上回", "を下回", "から増", "から減", "より増", "より減", "より多", "より少", "より高", "より低"}
)

// comparisonBase reports whether the expression text, followed by after in
// its sentence, names the period a figure is compared with (前年同月比で3倍,
// 前年を上回った) rather than the time of an event.
func comparisonBase(text, after string) bool {
	if !slices.Contains(baseWords, text) {
		return false
	}
	if strings.HasPrefix(after, "(") || strings.HasPrefix(after, "（") {
		// 前年度(2010年度)比: the period written out in brackets first.
		if c := strings.IndexAny(after, ")）"); c > 0 && c <= 12*3 {
			_, n := utf8.DecodeRuneInString(after[c:])
			after = after[c+n:]
		}
	}
	after = strings.TrimLeft(after, "のと")
	for _, w := range comparedBy {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	// 昨年より3割多い, 前年から12.3%伸ばし: a figure follows the base.
	for _, p := range []string{"より", "から"} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, "約 "))
			return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十数", r)
		}
	}
	return false
}

// maxDayName bounds the bytes after a date read for the name of a day it
// is made (about twenty characters).
const maxDayName = 20 * 3

// namedDay reports whether t, a month and day, is named a day that recurs
// every year (11月11日を「ネイルの日」と定め, 11月11日は「ネイルの日」): a
// commemorative day, not an event.
func namedDay(t article.Time, after string) bool {
	if len(t.Value) != len("2006-01-02") {
		return false
	}
	rest, ok := strings.CutPrefix(after, "を")
	if !ok {
		if rest, ok = strings.CutPrefix(after, "は"); !ok {
			return false
		}
	}
	rest = strings.TrimLeft(rest, "「『")
	if len(rest) > maxDayName {
		rest = rest[:maxDayName]
	}
	for _, w := range []string{"の日」", "の日』", "記念日"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// recurringDay reports whether what follows a month names a day that
// recurs every year (5月の第2日曜日, 6月第3日曜): a rule, not an event.
func recurringDay(after string) bool {
	after = strings.TrimPrefix(after, "の")
	rest, ok := strings.CutPrefix(after, "第")
	if !ok {
		return false
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !(r >= '1' && r <= '5' || r >= '１' && r <= '５' || strings.ContainsRune("一二三四五", r)) {
		return false
	}
	rest = rest[n:]
	w, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("月火水木金土日", w) && strings.Contains(rest[:min(len(rest), 9)], "曜")
}

// definedDay reports whether text, the nth weekday of a month, is given in
// brackets after what it defines (母の日（5月の第2日曜日）): the rule of a
// day that recurs every year, not one day.
func definedDay(text, before string) bool {
	return strings.Contains(text, "第") && strings.Contains(text, "曜") &&
		(strings.HasSuffix(before, "（") || strings.HasSuffix(before, "("))
}

// weeklyHabit reports whether t, a bare day of the week (土日, 週末, 月曜日),
// is governed by a present habit (土日にまとめて行っている) or left out by a
// rule (土曜日、祝日を除いて): what is done every such day, not on
// one.
func weeklyHabit(t article.Time, after string) bool {
	switch {
	case t.Text == "土日" || t.Text == "週末" || t.Text == "平日" || t.Text == "土日祝":
	case strings.HasSuffix(t.Text, "曜日") || strings.HasSuffix(t.Text, "曜"):
		if r, _ := utf8.DecodeRuneInString(t.Text); strings.ContainsRune(deicticLead, r) {
			return false // 今週土曜日, 来週月曜: one day
		}
	default:
		return false
	}
	if k := strings.Index(after, "。"); k >= 0 {
		after = after[:k]
	}
	after = strings.TrimRight(after, " ")
	if lead := strings.TrimLeft(after, "、・"); ruleLeavesOut(lead) {
		// 土曜日、祝日を除いて, 日曜日を除く毎日: the kinds of day a
		// rule leaves out, none of them one day
		return true
	}
	return strings.HasSuffix(after, "ている") || strings.HasSuffix(after, "ています")
}

// deicticLead are the first characters of words that name one time
// relative to the document or a mention (今年, 昨日, 来週, 翌日, 同日).
const deicticLead = "今昨来先本明翌前同当去一再そのこ"

// partialTime reports whether t leaves its year to the reference: a month,
// day, weekday, holiday or clock time written alone (3月, 土曜12時), which
// a habitual statement does not place on one date.
func partialTime(t article.Time) bool {
	if t.Type != article.TypeDate && t.Type != article.TypeTime {
		return false
	}
	if t.Anchor != article.AnchorDocument && t.Anchor != article.AnchorPrevious {
		return false
	}
	if strings.Contains(t.Text, "年") || strings.Contains(t.Text, "年度") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return !strings.ContainsRune(deicticLead, r)
}

// bareClock reports whether t is a time of day the text gives with no day
// of its own (17時, 午後2時半), placed on a day only by the text around it.
func bareClock(t article.Time) bool {
	return t.Type == article.TypeTime && (t.Anchor == article.AnchorDocument || t.Anchor == article.AnchorPrevious) &&
		!strings.ContainsAny(t.Text, "日月年曜") && !strings.ContainsRune(deicticLead, firstRune(t.Text))
}

// pastCleft reports whether before, the words of a sentence up to a time,
// end on a cleft whose verb is past (…を見送ったのは, 始まったのは、): the
// time is what the past verb happened at.
func pastCleft(before string) bool {
	before = strings.TrimRight(before, "、 ")
	rest, ok := strings.CutSuffix(before, "のは")
	return ok && (strings.HasSuffix(rest, "た") || strings.HasSuffix(rest, "だ"))
}

// ruleLeavesOut reports whether s, right after a weekday, leaves such days
// out or lists them with other kinds of day (を除いて, を除く, 、祝日), not
// a verb of removing that happens to follow later (…を除名した).
func ruleLeavesOut(s string) bool {
	for _, w := range []string{"を除く", "を除い", "を除き", "祝日", "祝休日", "休日"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
