package timeline

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/tense"
)

// indexQuotes fills st.top and st.topEnd.
func (st *state) indexQuotes() {
	for qi, q := range st.a.Quotes {
		if q.Depth == 0 {
			st.top = append(st.top, qi)
		}
	}
	slices.SortStableFunc(st.top, func(x, y int) int {
		return cmp.Compare(st.a.Quotes[x].Span.Start, st.a.Quotes[y].Span.Start)
	})
	st.topEnd = make([]int, len(st.top))
	end := 0
	for i, qi := range st.top {
		end = max(end, st.a.Quotes[qi].Span.End)
		st.topEnd[i] = end
	}
}

// scopeFor returns the date of the statement that holds a quotation: the
// nearest day before the quotation in the same sentence, else the nearest
// after it; none when the day before belongs to a clause of its own
// (tense.OwnClause).
func scopeFor(src string, mains []article.Time, q article.Span) *article.Time {
	var best *article.Time
	for i := range mains {
		m := &mains[i]
		if !dayOrFiner(*m) {
			continue
		}
		if m.Span.End <= q.Start {
			best = m
		}
	}
	if best != nil {
		if tense.OwnClause(src[best.Span.End:q.Start]) {
			return nil // 先月25日に披露宴を行った相方から「…」: another event's day
		}
		if rest, ok := strings.CutPrefix(src[best.Span.End:q.Start], "の"); ok && !containsAnyOf(rest, speechSettings...) {
			// 前日の試合では…、「…」: the day of the game, not of the
			// words; 14日のブログで「…」, 28日のSNSへの投稿で「…」 date them.
			return nil
		}
		return best
	}
	for i := range mains {
		if dayOrFiner(mains[i]) && mains[i].Span.Start >= q.End {
			return &mains[i]
		}
	}
	return nil
}

// speechSettings are where words are said or written: a date of one of
// them (14日の会見で「…」) is the time of the words.
var speechSettings = []string{"会見", "記者会見", "取材", "インタビュー", "ブログ", "投稿", "ツイート", "番組", "放送", "講演", "声明",
	"発表", "式典", "集会", "演説", "記事", "配信", "舞台あいさつ", "舞台挨拶", "イベント", "試写会", "会議", "会合", "公判", "法廷",
	"国会", "委員会", "説明会", "発表会", "インスタ", "SNS", "自身の", "公式"}

// leadIns are the words that announce a quotation in the next sentence.
var leadIns = []string{"次のように", "以下のように", "こう述べ", "こう語", "こう記", "こうつづ", "こう投稿", "次の通り", "次のとおり"}

func introducesQuote(raw string) bool {
	for _, w := range leadIns {
		if strings.Contains(raw, w) {
			return true
		}
	}
	return false
}

// quoteSentences splits the inside of a quotation (span includes the
// brackets) into its sentences, as parse splits paragraphs (doc.Split).
func quoteSentences(src string, q article.Span) []article.Span {
	text := q.In(src)
	if text == "" {
		return nil
	}
	start, end := 0, len(text)
	if r, n := utf8.DecodeRuneInString(text); isBracket(r, true) {
		start = n
	}
	if r, n := utf8.DecodeLastRuneInString(text); end-n >= start && isBracket(r, false) {
		end -= n
	}
	var out []article.Span
	for _, r := range doc.Split(text[start:end]) {
		sp := article.Span{Start: q.Start + start + r[0], End: q.Start + start + r[1]}
		out = append(out, trimSpan(src, sp, false))
	}
	return out
}

// isBracket reports whether r is an opening (open) or closing bracket.
func isBracket(r rune, open bool) bool {
	_, o, ok := doc.BracketOf(fold(r))
	return ok && o == open
}

// containsAnyOf reports whether s contains one of the words.
func containsAnyOf(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
