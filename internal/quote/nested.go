package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/morph"
)

// Words quoted inside a quotation are often someone else's: the speaker
// tells what another said to them (祖母に『…』と教わった, 『…』って、父はいつも
// 言っていた). The helpers here read who, from the words around the inner
// brackets, within the outer quotation.

// learnedFrom are the verbs after と (or って) that make the one marked
// with に or から the source of the words: the subject heard them.
var learnedFrom = []string{"教わ", "言われ", "いわれ", "注意され", "叱られ", "しかられ", "励まされ", "諭され", "教えられ", "聞かされ",
	"念を押され", "声をかけられ", "怒られ", "たしなめられ", "叩き込まれ", "たたき込まれ"}

// maxInnerHead bounds, in runes, who is named before the inner brackets
// within their clause.
const maxInnerHead = 12

// innerSpeaker returns who says the words of b, brackets nested in a
// quotation that opens at outerOpen of s, and true, when the words around
// b tell: the one they were heard from (Xに『…』と教わった, Xに言われた『…』),
// the one marked as subject before them (Xが『…』って言う), or after them
// (『…』って、Xはいつも言っていた); nobody and true when they were heard from
// someone unnamed (『…』と言われた). It returns false when the words around
// b tell no one: the outer speaker's own words then.
func (f *finder) innerSpeaker(t morph.Text, pi int, s string, outerOpen int, b bracket) (who, bool) {
	from := outerOpen + len("「")
	if k := strings.LastIndexAny(s[from:b.Open], "。！？!?"); k >= 0 {
		_, n := utf8.DecodeRuneInString(s[from+k:])
		from += k + n
	}
	if k := strings.LastIndexAny(s[from:b.Open], "」』"); k >= 0 {
		_, n := utf8.DecodeRuneInString(s[from+k:])
		from += k + n // 妹に『…』と言ったら、『…』: the clause after the other words
	}
	before := strings.TrimRight(s[from:b.Open], " \u3000、")
	end := b.End
	after := s[end:]
	mark, ok := hasPrefixOf(after, "と", "って", "っていう", "という")
	if !ok {
		// Xに言われた『…』, Xから教わった『…』: the words after who said
		// them, as a noun.
		if w, ok := f.heardFrom(t, pi, s, from, from+len(before)); ok {
			return w, true
		}
		return who{}, false
	}
	verbs := strings.TrimLeft(after[len(mark):], "、 ")
	if hasPrefixAny(verbs, learnedFrom...) {
		// Xに『…』と教わった: the one marked with に or から; with no one
		// marked, someone the words do not name.
		for _, p := range []string{"から", "に"} {
			if h, ok := strings.CutSuffix(before, p); ok && h != "" {
				if st := phraseBefore(h, len(h)); st < len(h) && utf8.RuneCountInString(h[st:]) <= maxInnerHead {
					if w, ok := f.innerWho(t, pi, s, from+st, from+len(h)); ok {
						return w, true
					}
				}
			}
		}
		return who{}, true
	}
	if v := verbAt(verbs); v != "" && !passiveSpeech(v) {
		// Xが『…』と言い出す: the subject of the clause.
		for i := len(before); i > 0; {
			r, n := utf8.DecodeLastRuneInString(before[:i])
			i -= n
			if r != 'が' && r != 'は' && r != 'も' {
				continue
			}
			st := phraseBefore(before, i)
			if st >= i || utf8.RuneCountInString(before[st:i]) > maxInnerHead {
				continue
			}
			if firstPerson[before[st:i]] {
				return who{}, false // 私は『…』と答えた: the outer speaker's words
			}
			if w, ok := f.innerWho(t, pi, s, from+st, from+i); ok {
				return w, true
			}
			// 初めは『…』と答えた: no one; the search goes on
		}
		return who{}, false
	}
	// 『…』って、父はいつも言っていた: who follows the words.
	rest := verbs
	for i := 0; i < len(rest) && i < maxInnerHead*3; {
		r, n := utf8.DecodeRuneInString(rest[i:])
		if r == 'は' || r == 'が' || r == 'も' {
			if st := phraseBefore(rest, i); st < i && !containsAny(rest[:st], "、", "。") && !firstPerson[rest[st:i]] && followedBySpeech(rest[i+n:]) {
				off := end + len(mark) + len(after[len(mark):]) - len(verbs)
				if w, ok := f.innerWho(t, pi, s, off+st, off+i); ok {
					return w, true
				}
			}
			break
		}
		if r == '。' || r == '、' || r == '「' || r == '」' {
			break
		}
		i += n
	}
	return who{}, false
}

// followedBySpeech reports whether a verb of speech comes within a few
// words at the start of s (いつも言っていた).
func followedBySpeech(s string) bool {
	for i, n := 0, 0; i < len(s) && n < 8; n++ {
		if v := verbAt(s[i:]); v != "" {
			return !passiveSpeech(v)
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '。' || r == '、' {
			return false
		}
		i += size
	}
	return false
}

// heardFrom reads who the words after s[from:end] were heard from, when
// the clause ends so: Xに言われた, Xから教わった, Xに言われたという.
func (f *finder) heardFrom(t morph.Text, pi int, s string, from, end int) (who, bool) {
	h := strings.TrimRight(s[from:end], " \u3000、")
	h, _ = cutAnySuffix(h, "という", "との")
	for _, v := range []string{"言われた", "いわれた", "教わった", "教えられた", "言われ続けた", "叩き込まれた", "たたき込まれた"} {
		x, ok := strings.CutSuffix(h, v)
		if !ok {
			continue
		}
		x, ok = cutAnySuffix(x, "から", "に")
		if !ok || x == "" {
			return who{}, false
		}
		if st := phraseBefore(x, len(x)); st < len(x) && utf8.RuneCountInString(x[st:]) <= maxInnerHead {
			return f.innerWho(t, pi, s, from+st, from+len(x))
		}
		return who{}, false
	}
	return who{}, false
}

// innerWho resolves s[start:end], who said words inside a quotation, and
// reports whether it names someone: a phrase no rule resolves is who it
// says when it is a word for a person (祖母, 高校時代の恩師, 入ったばかりの生徒),
// and a pronoun (彼) is someone the words do not name.
func (f *finder) innerWho(t morph.Text, pi int, s string, start, end int) (who, bool) {
	w := f.resolve(t, pi, s, start, end)
	if w.name == anaphorName {
		return who{}, true // 彼は『…』と言った: another, whom the words do not name
	}
	if w.name != "" && w.name != writerName && !w.guess {
		w.rule = ruleExplicit
		return w, true
	}
	if p := stripAge(s[start:end]); personWord(p) {
		return who{name: p, span: t.Span(start, end), rule: ruleExplicit}, true
	}
	return who{}, false
}

// tradeEnds end a word that names a person by a trade or a tie, beside
// personEnds: 職人, 師匠, 店主, 先生.
var tradeEnds = []string{"師", "匠", "主", "手", "長", "さん", "ちゃん", "くん", "君", "氏", "先生", "友達"}

// personWord reports whether p is a word for a person: kin (祖母), a trade
// or a post, or a noun that ends in one of personEnds or tradeEnds.
func personWord(p string) bool {
	if p == "" || commonNoun(p) || utf8.RuneCountInString(p) > maxInnerHead {
		return false
	}
	return kinNouns[p] || occupation(p) || hasRoleSuffix(p) || hasSuffixAny(p, personEnds...) || hasSuffixAny(p, tradeEnds...)
}

// clauseSubject returns the range of the phrase marked with が in
// s[from:at], the last one, when it names someone other than the one
// speaking (生徒が「…」): the subject of the words at at.
func clauseSubject(s string, from, at int) (start, end int, ok bool) {
	before := s[from:at]
	if k := strings.LastIndexAny(before, "、"); k >= 0 && strings.Contains(before[k:], "が") {
		from += k
		before = s[from:at]
	}
	i := strings.LastIndex(before, "が")
	if i <= 0 {
		return 0, 0, false
	}
	st := phraseBefore(before, i)
	if st >= i || utf8.RuneCountInString(before[st:i]) > maxInnerHead || firstPerson[before[st:i]] || containsAny(before[st:i], "、", "。") {
		return 0, 0, false
	}
	return from + st, from + i, true
}

// heardAfter reports whether the words after a closing bracket say they
// were heard, not said (「…」って言われて, 「…」と聞かされた).
func heardAfter(after string) bool {
	mark, ok := hasPrefixOf(after, "と", "って", "っていう", "という")
	if !ok {
		return false
	}
	rest := strings.TrimLeft(after[len(mark):], "、 ")
	if hasPrefixAny(rest, learnedFrom...) {
		return true
	}
	v := verbAt(rest)
	return v != "" && passiveSpeech(v)
}
