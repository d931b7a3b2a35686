package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/entity"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// Question-and-answer transcripts print the interviewer's questions after
// a dash (――海外に目を向けたきっかけは。) or a Q, and each answer as a
// paragraph that opens with the short name of the person answering and a
// space (川口　３年前、…), without brackets. Such an answer is a quotation
// of that person: its text runs from after the name to the end of the
// paragraph, and its speaker is the person the name resolves to, with the
// rule "dialogue".

// quotedAnswer reports an answer printed as one quotation in 「」 with
// whose words they are in brackets after it: 「…」（公園緑地課）.
func quotedAnswer(s string) bool {
	s = strings.TrimRight(s, " \u3000")
	if !strings.HasPrefix(s, "「") {
		return false
	}
	k := strings.LastIndex(s, "」")
	if k < 0 {
		return false
	}
	rest := s[k+len("」"):]
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(rest, br[0]); ok {
			in, ok = strings.CutSuffix(in, br[1])
			return ok && !strings.ContainsAny(in, br[0]+br[1]+"。")
		}
	}
	return false
}

// answerNameMax is the longest name, in runes, heading an answer.
const answerNameMax = 8

// maxOneDashQuestion bounds, in runes, a question printed after a single
// long dash: longer lines with one dash are more often an aside.
const maxOneDashQuestion = 60

// isQuestion reports a paragraph that asks: two dashes of one kind
// (――, ──, ーー), one long dash before a short line (―国への要望は。) or a
// Q and a separator at its head.
func isQuestion(s string) bool {
	s = strings.TrimLeft(s, " \u3000")
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '―', '—', '─', '━', '－', '-', '−', '‐', 'ー':
		r2, _ := utf8.DecodeRuneInString(s[n:])
		if r2 != r && (r == '―' || r == '—') && utf8.RuneCountInString(s) <= maxOneDashQuestion {
			// ―来春から観光列車を走らせます。: one long dash, as some
			// papers print their questions, before a short line.
			return r2 != ' ' && r2 != '\u3000' && r2 != utf8.RuneError
		}
		return r2 == r
	case 'Q':
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return strings.ContainsRune(" \u3000.．:：", r2)
	case '問':
		// 問　…, 問（沢井議員）…: a question of council minutes.
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return strings.ContainsRune(" \u3000（(", r2)
	}
	return false
}

// answerHead returns the byte range [start, end) of the name heading an
// answer, and where the answer's text starts, or ok false: a name of at
// most answerNameMax runes, then white space, then text.
func answerHead(s string) (start, end, text int, ok bool) {
	start = len(s) - len(strings.TrimLeft(s, " \u3000"))
	if a, b, t, ok := answerOf(s, start); ok {
		return a, b, t, true
	}
	sp := strings.IndexAny(s[start:], " \u3000")
	if sp <= 0 {
		return 0, 0, 0, false
	}
	end = start + sp
	name := s[start:end]
	if !isAnswerMark(name) && (utf8.RuneCountInString(name) > answerNameMax || phraseBefore(s[:end], end) != start) {
		return 0, 0, 0, false
	}
	text = end + len(s[end:]) - len(strings.TrimLeft(s[end:], " \u3000"))
	if utf8.RuneCountInString(s[text:]) < 4 {
		return 0, 0, 0, false
	}
	return start, end, text, true
}

// answerOf reads the head of an answer in council minutes at s[start:]:
// 答 and who answers in brackets (答（港北町長）　…, 答（町長）「…」). It
// returns the range of who answers and where the answer's text starts.
func answerOf(s string, start int) (from, to, text int, ok bool) {
	for _, br := range [][2]string{{"答（", "）"}, {"答(", ")"}} {
		rest, found := strings.CutPrefix(s[start:], br[0])
		if !found {
			continue
		}
		k := strings.Index(rest, br[1])
		if k <= 0 || utf8.RuneCountInString(rest[:k]) > answerNameMax+4 {
			return 0, 0, 0, false
		}
		from = start + len(br[0])
		to = from + k
		text = to + len(br[1])
		text += len(s[text:]) - len(strings.TrimLeft(s[text:], " \u3000"))
		return from, to, text, utf8.RuneCountInString(s[text:]) >= 4
	}
	return 0, 0, 0, false
}

// answerLabel reports whether s is only the head of an answer in council
// minutes, 答（町長）, before a quotation.
func answerLabel(s string) bool {
	for _, br := range [][2]string{{"答（", "）"}, {"答(", ")"}} {
		if in, ok := strings.CutPrefix(strings.TrimLeft(s, " \u3000"), br[0]); ok {
			in, ok = strings.CutSuffix(in, br[1])
			return ok && in != "" && !strings.ContainsAny(in, br[0]+br[1])
		}
	}
	return false
}

// answer reads paragraph pi, whose normalized text is t (without
// morphology t may lack it: it is made here for an answer), as an answer
// after the question of the paragraph before. It appends the quotation
// and returns its speaker, or returns nobody when the paragraph is no
// answer. A bare A (A　…) answers for the person the text is about.
func (f *finder) answer(pi int, t *morph.Text) who {
	if pi >= len(f.paras) {
		return who{}
	}
	if _, _, _, council := answerOf(f.paras[pi].Text, 0); !council && (pi == 0 || !f.asked(pi-1)) {
		return who{} // 答（町長）: an answer, whatever comes before it
	}
	if _, _, _, ok := answerHead(f.paras[pi].Text); !ok {
		// Checked on the paragraph's text before normalizing; an answer
		// printed with no name at its head is the interviewee's.
		return f.bareAnswer(pi, t)
	}
	if t.Norm == "" {
		*t = morph.NewText(f.src, f.paras[pi].Span)
	}
	s := t.Norm
	start, end, text, ok := answerHead(s)
	if !ok {
		return who{}
	}
	head := s[start:end]
	_, _, _, council := answerOf(s, 0)
	if quotedAnswer(s[text:]) {
		// A　「…」（港北町公園緑地課）: the answer is a quotation of its own,
		// with whose words they are.
		return who{}
	}
	var w who
	switch {
	case isAnswerMark(head):
		w = f.answerer
		if w.name == "" {
			w = f.interviewee(pi)
		}
		if w.name == "" {
			w = f.salient(pi)
		}
		w.span = article.Span{}
	case label(head) || commonNoun(head):
		return who{}
	case council:
		w = who{name: head, span: t.Span(start, end)} // 答（交通部長）: the post answers
	default:
		w = f.resolve(*t, pi, s, start, end)
		if w.name == "" {
			w = who{name: stripAge(head), span: t.Span(start, end)}
		}
	}
	rule := ruleDialogue
	if w.name == "" {
		rule = ""
	} else {
		f.answerer = w
	}
	w.rule = rule
	e := len(strings.TrimRight(s, " \u3000"))
	if council && strings.HasPrefix(s[text:], "「") && strings.HasSuffix(strings.TrimSuffix(s[text:e], "。"), "」") {
		// 答（町長）「…」: the quotation is read as one, said by who
		// answers.
		return w
	}
	f.addTurn(*t, pi, text, e, w, rule)
	return w
}

// minBareAnswer is the fewest runes of a paragraph read as an answer with
// no name at its head.
const minBareAnswer = 8

// bareAnswer reads paragraph pi, right after a question, as the answer of
// the person interviewed when it has no name at its head (――きっかけは。
// then 祖父が窯元でした。…): a quotation of the whole paragraph, said by
// the one who answered last, else the one the interview is with, else the
// first person the lead names. A paragraph that opens with a bracket, asks,
// or is a heading is no such answer; nor is any when no person answers.
func (f *finder) bareAnswer(pi int, t *morph.Text) who {
	raw := strings.TrimLeft(f.paras[pi].Text, " \u3000")
	q := strings.TrimLeft(strings.TrimSpace(f.paras[pi-1].Text), "―—─━－-−‐ー \u3000")
	if f.paras[pi].Heading || isQuestion(raw) || utf8.RuneCountInString(raw) < minBareAnswer || utf8.RuneCountInString(q) < 3 ||
		containsAny(q, "ありがとうございま", "お疲れさまでした", "お疲れ様でした") || // ――どうもありがとうございました。: the end
		hasPrefixAny(raw, "「", "『", "(", "（", "【", "■", "●", "◆", "※", "http") {
		return who{}
	}
	if name, _ := turnHead(raw[:min(len(raw), maxTurnHead)]); name != "" || strings.ContainsAny(raw[:min(len(raw), maxTurnHead)], ":：") {
		return who{} // 堺：…, 小林可夢偉（以降、小林）：…: a turn with its speaker
	}
	w := f.interviewed(pi)
	if w.name == "" {
		return who{}
	}
	if t.Norm == "" {
		*t = morph.NewText(f.src, f.paras[pi].Span)
	}
	s := t.Norm
	a := len(s) - len(strings.TrimLeft(s, " \u3000"))
	e := len(strings.TrimRight(s, " \u3000"))
	if a >= e {
		return who{}
	}
	w.span, w.rule = article.Span{}, ruleDialogue
	f.answerer = w
	f.addTurn(*t, pi, a, e, w, ruleDialogue)
	return w
}

// interviewed returns who answers the question before paragraph pi: the
// one who answered last, else the one the interview is with, else the
// first person the lead names; nobody when none is a person.
func (f *finder) interviewed(pi int) who {
	w := f.answerer
	if w.name == "" {
		w = f.interviewee(pi)
	}
	if w.name == "" {
		w = f.leadPerson(pi)
	}
	if w.name == "" {
		w = f.leadSubject(pi)
	}
	if w.name == anaphorName || crowdNoun(w.name) {
		return who{}
	}
	return w
}

// maxLeadSentence bounds, in bytes, the lead's first sentence read for
// the one an interview is with.
const maxLeadSentence = 200 * 3

// leadSubject returns the subject of the first sentence of the first
// paragraph before the questions, when the text prints it with an age
// (講談師の港風亭小波さん（32）が…抜てきされた): a name no dictionary holds,
// a stage name or a pen name, that the interview is with.
func (f *finder) leadSubject(pi int) who {
	for j := 0; j < pi && !f.asked(j); j++ {
		t := f.text(j)
		if t.Norm == "" {
			continue
		}
		s := t.Norm
		e := strings.Index(s[:min(len(s), maxLeadSentence)], "。")
		if e < 0 {
			return who{} // no sentence of a lead's length
		}
		w := f.topic(t, j, s[:e], 0, nil)
		if w.name != "" && w.name != anaphorName && !crowdNoun(w.name) && agedIn(s[:e], w.name) {
			return w
		}
		return who{}
	}
	return who{}
}

// leadPerson returns the first person the paragraphs before the first
// question name (港南焼の陶芸家、北村紗季さん（34）が…), whom an interview
// introduces before it asks: with the dictionary only.
func (f *finder) leadPerson(pi int) who {
	if f.x == nil {
		return who{}
	}
	for j := 0; j < pi && !f.asked(j); j++ {
		for _, m := range f.x.Mentions(j) {
			// Named as a person is (森田えりかさん, 北村紗季さん（34）),
			// not a body read as a name before a title (ツリートップ社長).
			if m.Kind == entity.Person && m.Span.End <= len(f.src) && honored(f.src[m.Span.Start:m.Span.End], f.src[m.Span.End:]) {
				return who{name: f.x.Name(m)}
			}
		}
	}
	return who{}
}

// honored reports whether a person's mention, followed by after in the
// text, carries an honorific or an age: さん, 氏, (34).
func honored(mention, after string) bool {
	if hasSuffixAny(mention, "さん", "氏", "様") {
		return true
	}
	after = strings.TrimLeft(after, " ")
	if hasPrefixAny(after, "さん", "氏", "様") {
		return true // 森川忠さん（もりかわ・ただし…）: a name read with its reading
	}
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		// 森川忠（もりかわ・ただし）さん: the reading, then the honorific
		if rest, ok := strings.CutPrefix(after, pair[0]); ok {
			if c := strings.Index(rest, pair[1]); c > 0 && c <= maxReading && isReading(readingMarks.Replace(rest[:c])) &&
				hasPrefixAny(rest[c+len(pair[1]):], "さん", "氏", "様") {
				return true
			}
		}
	}
	for _, open := range []string{"(", "（"} {
		if rest, ok := strings.CutPrefix(after, open); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return r >= '0' && r <= '9' || r >= '０' && r <= '９'
		}
	}
	return false
}

// asked reports whether paragraph pi is a question of a transcript.
func (f *finder) asked(pi int) bool {
	return !f.paras[pi].Heading && isQuestion(f.paras[pi].Text)
}

// isAnswerMark reports the A that heads an answer in place of a name.
func isAnswerMark(s string) bool {
	switch s {
	case "A", "A.", "A:", "Ａ", "Ａ．", "Ａ：":
		return true
	}
	return false
}

// interviewCues follow the person an interview is with: 山田さんに聞いた,
// 山田氏に話を聞いた.
var interviewCues = []string{"に話を聞いた", "に聞いた", "に話を聞く", "に聞く", "にインタビューした", "に話を伺った", "にお話を伺った", "に伺った"}

// interviewee returns the person the paragraphs before pi say the
// interview is with (…さんに話を聞いた), the latest first, or nobody.
func (f *finder) interviewee(pi int) who {
	for j := pi - 1; j >= 0 && j >= pi-maxLookback*2; j-- {
		t := f.text(j)
		for _, cue := range interviewCues {
			i := strings.LastIndex(t.Norm, cue)
			if i <= 0 {
				continue
			}
			if st := phraseBefore(t.Norm, i); st < i {
				if w := f.resolve(t, j, t.Norm, st, i); w.name != "" {
					return w
				}
			}
		}
	}
	return who{}
}

// minTurnRunes is the shortest quotation read as a turn after a name with
// no space or colon before it: shorter ones are as often titles.
const minTurnRunes = 8

// transcript reads a line that starts with a name and then the quotation:
// 高田 「…」, 高田：「…」.
func (f *finder) transcript(t morph.Text, pi int, s string, sent sentence, b bracket) who {
	head := s[sent.Start:b.Open]
	trim := strings.TrimRight(head, " \u3000：:")
	if trim == "" || containsAny(trim, "、", "。", " ") {
		return who{}
	}
	if trim == head {
		// No space or colon: 矢部「…」 is a turn when the name is a
		// person's for the dictionary and the line is that quotation
		// alone, not a title after a common noun (新曲「…」).
		st := strings.TrimLeft(trim, " \u3000\n・■●◆▼◇○")
		inner := s[b.Open:b.End]
		// A head the page's dialogue repeats (叔父「……まあな」) makes
		// even a few words a turn.
		// 私「…」 once among another's repeated turns (祖母「…」) is a
		// turn of that dialogue too.
		repeated := (f.heads[st] || oneTurnHead(st) && len(f.heads) > 0) && !strings.ContainsRune(st, '\n') && onlyOf(s[b.End:sent.End], "。")
		if !repeated && (strings.ContainsRune(st, '\n') || !onlyOf(s[b.End:sent.End], "。") || !speechLike(inner) || !atLeastRunes(inner, minTurnRunes+2)) {
			return who{} // 新曲「走れ!」: a title
		}
		if ok, _ := f.properName(st); !ok && !f.personAt(pi, sent.Start+len(head)-len(st), sent.Start+len(head)) {
			// 港町放送の沢井健二アナ「…」: a name with its title and
			// affiliation heads the line as surely as a bare one.
			start := sent.Start + len(head) - len(st)
			// 私「…」 or 兄「…」 once, among the turns of another who
			// speaks again and again (祖母「…」): a turn of that dialogue.
			if w := f.titledHead(t, pi, s, start, st); w.name != "" || !f.heads[st] && !(oneTurnHead(st) && len(f.heads) > 0) {
				return w
			}
			// ひなた「…」 again and again: the page's dialogue names its
			// speakers the same way on every line, whatever the
			// dictionary knows of the name; 私「…」 is the writer's.
			if firstPerson[st] {
				return who{name: writerName, span: t.Span(start, start+len(st))}
			}
			return who{name: st, span: t.Span(start, start+len(st))}
		}
	}
	const lead = " \u3000\n・■●◆▼◇○" // space and bullets before the name
	st := strings.TrimLeft(trim, lead)
	start := sent.Start + len(head) - len(strings.TrimLeft(head, lead))
	if st == "" || phraseBefore(st, len(st)) != 0 || utf8.RuneCountInString(st) > 12 || commonNoun(st) ||
		label(st) && !f.personAt(pi, start, start+len(st)) { // 桑名：「…」 is a person, 店名：「…」 a label
		return who{}
	}
	w := f.resolve(t, pi, s, start, start+len(st))
	if w.name == "" {
		// The line's head is the name itself, title or not.
		w = who{name: stripAge(st), span: t.Span(start, start+len(st))}
	}
	return w
}

// oneTurnHead reports whether a word heading a single line of a dialogue
// names who speaks whatever the dictionary knows: the writer (私), kin
// (兄, 祖母) or a tie (友人, 店主).
func oneTurnHead(w string) bool {
	return firstPerson[w] || kinNouns[w] || slices.Contains(tieNouns, w)
}

// turnHeads returns the words that head two or more lines of the texts
// right before an opening bracket, as a transcript or a blog's dialogue
// names who speaks (ひなた「…」, 私「…」): at most maxDialogueHead runes, no
// space, punctuation or particle at their end, and no conjunction (そして
// 「…」). It returns nil when there are none.
func turnHeads(texts []morph.Text) map[string]bool {
	var seen, heads map[string]bool
	for i := range texts {
		for line := range strings.Lines(texts[i].Norm) {
			k := strings.Index(line, "「")
			if k <= 0 || k > maxDialogueHead*utf8.UTFMax {
				continue
			}
			h := strings.TrimLeft(line[:k], " \u3000・■●◆▼◇○")
			if n := utf8.RuneCountInString(h); n == 0 || n > maxDialogueHead || strings.ContainsAny(h, " \u3000、。，,!?！？「」（）()：:") || notTurnHead(h) {
				continue
			}
			if seen[h] {
				if heads == nil {
					heads = map[string]bool{}
				}
				heads[h] = true
				continue
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[h] = true
		}
	}
	return heads
}

// maxDialogueHead bounds, in runes, the word heading a line of dialogue.
const maxDialogueHead = 6

// notTurnHead reports a word that may head a line before an opening
// bracket without naming a speaker: a conjunction or an adverb (そして,
// でも), or a word that ends in a particle (母は, 夫も).
func notTurnHead(h string) bool {
	if turnFillers[h] {
		return true
	}
	r, _ := lastRune(h)
	kana := true
	for _, c := range h {
		kana = kana && unicode.Is(unicode.Hiragana, c)
	}
	return strings.ContainsRune("はがもをにとでへやのよねか", r) && !kana
}

// turnFillers are words that open a line before a quotation without being
// anyone's name.
var turnFillers = map[string]bool{"そして": true, "でも": true, "すると": true, "また": true, "さらに": true, "ただ": true,
	"しかし": true, "だから": true, "それで": true, "そこで": true, "すかさず": true, "思わず": true, "つい": true, "ついに": true,
	"最後に": true, "まず": true, "次に": true, "例えば": true, "たとえば": true, "いわく": true, "曰く": true}

// titledHead returns the person a line's head names with a title at its
// end (北浜市の川瀬ゆかり市長, 港町放送沢井アナ), the head starting at
// start in s; an affiliation before the name is left out.
func (f *finder) titledHead(t morph.Text, pi int, s string, start int, head string) who {
	if utf8.RuneCountInString(head) > 24 {
		return who{}
	}
	if i := strings.LastIndex(head, "・"); i > 0 && hasSuffixAny(head[:i], "長", "相", "官", "事", "員", "氏") {
		// 北浜市長・川瀬ゆかり「…」: the title first, then the name.
		n := i + len("・")
		if w := f.resolve(t, pi, s, start+n, start+len(head)); w.name != "" && w.name != anaphorName && !w.guess {
			return w
		}
	}
	k := phraseBefore(head, len(head))
	if _, _, ok := entity.SplitTitle(head[k:]); !ok && !hasRoleSuffix(head[k:]) {
		return who{}
	}
	w := f.resolve(t, pi, s, start+k, start+len(head))
	if w.name == "" || w.name == anaphorName || w.guess || commonNoun(w.name) {
		return who{}
	}
	return w
}

// personAt reports whether the entities hold a person mentioned exactly
// at [start, end) of paragraph pi's text: a surname of one kanji (森) the
// article gave in full before.
func (f *finder) personAt(pi, start, end int) bool {
	if f.x == nil {
		return false
	}
	for _, m := range f.x.Mentions(pi) {
		if m.Kind == entity.Person && m.Start == start && m.End == end {
			return true
		}
	}
	return false
}

// Transcripts of press conferences and meetings print each turn as one
// paragraph: who speaks, their body in brackets if any, and the words
// without brackets. Three forms are read: a colon after who speaks (市長：
// 来月から…, 記者（港北新聞）：利用者の声は。), a space after them on the same
// line (森川市長　来月から…), or who speaks alone on the line above the words
// (市長, then 来月から… on the lines below, up to the next such line). Such
// a turn is a quotation of the words, said by who the head names, with the
// rule "dialogue". A page reads this way only when two turns or more open
// so and one of their heads names a person, a post or a role, or heads two
// turns: a notice's fields (日時：, 場所：) never do.

// Forms of a transcript's turns (see speechHead).
const (
	turnNone  byte = 0
	turnColon byte = ':'  // 市長：…
	turnSpace byte = ' '  // 市長　…
	turnLine  byte = '\n' // 市長 on its own line, the words below
)

// maxColonHead bounds, in runes, who heads a turn, their body in brackets
// left out.
const maxColonHead = 10

// maxForeignHead bounds, in runes, who heads a turn when the head holds a
// middle dot: a foreign name in full, given name and surname.
const maxForeignHead = 16

// maxColonBody bounds, in runes, the body in brackets after who heads a
// turn (記者（港北新聞）).
const maxColonBody = 16

// speechHead reads the head of a turn of the given form (turnColon or
// turnSpace) at the start of s: it returns the range [ns, ne) of who
// speaks, the range [bs, be) of their body in brackets (empty when none)
// and where the words start, or ok false. The words must follow on the
// same line and must not open with a bracket: a bracketed turn (沢井：「…」)
// is read as the quotation it is.
func speechHead(s string, form byte) (ns, ne, bs, be, text int, ok bool) {
	lead := len(s) - len(strings.TrimLeft(s, " \u3000・■●◆▼◇○"))
	rest := s[lead:]
	if form == turnSpace && lead > 0 {
		return 0, 0, 0, 0, 0, false // ■概要　…: a heading, not who speaks
	}
	seps := "：:"
	if form == turnSpace {
		seps = " \u3000"
	}
	k := strings.IndexAny(rest[:min(len(rest), (maxColonHead+maxColonBody+3)*3)], seps)
	if k <= 0 {
		return 0, 0, 0, 0, 0, false
	}
	head := strings.TrimRight(rest[:k], " \u3000")
	ns, ne, bs, be, ok = headParts(head)
	if !ok || form == turnSpace && (strings.ContainsAny(head, "：:") || !hasJapaneseLetter(head[ns:ne])) {
		return 0, 0, 0, 0, 0, false // iPad 2の…: a product's name, not who speaks
	}
	ns, ne = ns+lead, ne+lead
	if be > bs {
		bs, be = bs+lead, be+lead
	}
	text = lead + k
	_, w := utf8.DecodeRuneInString(s[text:])
	text += w
	text += len(s[text:]) - len(strings.TrimLeft(s[text:], " \u3000"))
	// The words are a line of speech: kana in them, no second line (a
	// ranking's 1位：name then a line of praise), no value of a spec
	// (型式：AB-100).
	words := strings.TrimRight(s[text:], " \u3000\n")
	if strings.ContainsRune(words, '\n') || hasPrefixAny(words, "「", "『") || !containsHiragana(words) || !atLeastRunes(words, 2) {
		return 0, 0, 0, 0, 0, false
	}
	if r, _ := utf8.DecodeRuneInString(words); form == turnSpace && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
		return 0, 0, 0, 0, 0, false // キヤノンEOS Kissは…: one name printed with a space
	}
	return ns, ne, bs, be, text, true
}

// headParts splits the head of a turn, who speaks and their body in
// brackets (記者（港北新聞）), into the range [ns, ne) of who and the range
// [bs, be) of the body, empty when there is none; ok is false when head is
// no such head.
func headParts(head string) (ns, ne, bs, be int, ok bool) {
	name := head
	if open := strings.IndexAny(head, "(（"); open > 0 {
		_, w := utf8.DecodeRuneInString(head[open:])
		inner, closed := cutAnySuffix(head[open+w:], ")", "）")
		if !closed || inner == "" || utf8.RuneCountInString(inner) > maxColonBody || strings.ContainsAny(inner, "()（）、。") {
			return 0, 0, 0, 0, false
		}
		name = head[:open]
		bs = open + w
		be = bs + len(inner)
	}
	limit := maxColonHead
	if strings.ContainsRune(name, '・') {
		limit = maxForeignHead // エリオット・ハーシュ: a foreign name in full
	}
	if name == "" || utf8.RuneCountInString(name) > limit || strings.ContainsAny(name, " \u3000、。「」【】[]0123456789０１２３４５６７８９") || !hasNameLetter(name) {
		return 0, 0, 0, 0, false
	}
	return 0, len(name), bs, be, true
}

// labelLine returns the line of src right above offset at, its start in
// src and the end in it of who speaks, when the line is only the head of a
// turn of the form turnLine (市長, 記者（港北新聞）, ■森川市長; the mark before
// it left out). A blank line between makes it none: a list of goods prints
// each name over its blurb so.
func labelLine(src string, at int) (line string, start, ne int, ok bool) {
	above := strings.TrimRight(src[:at], " \u3000\r\t")
	if !strings.HasSuffix(above, "\n") {
		return "", 0, 0, false
	}
	above = strings.TrimRight(above[:len(above)-1], " \u3000\r\t")
	if strings.HasSuffix(above, "\n") || above == "" {
		return "", 0, 0, false
	}
	start = strings.LastIndexByte(above, '\n') + 1
	line = above[start:]
	lead := len(line) - len(strings.TrimLeft(line, " \u3000・■●◆▼◇○□◎"))
	line, start = line[lead:], start+lead
	if line == "" {
		return "", 0, 0, false
	}
	_, ne, _, _, ok = headParts(line)
	if !ok {
		return "", 0, 0, false
	}
	return line, start, ne, true
}

// speakingHead reports whether name, heading a turn, may be who speaks: no
// field's label (日時, 場所), no common noun, no phrase ending in a
// particle; after a middle dot, the part after it is read (港南新報・森川記者).
func speakingHead(name string) bool {
	who := name
	if i := strings.LastIndex(name, "・"); i > 0 {
		who = name[i+len("・"):] // みなと新報・沢井記者: the body, then who
	}
	return !label(name) && !commonNoun(name) && who != "" && phraseBefore(who, len(who)) == 0 && !notTurnHead(name)
}

// turnForm returns the form of the turns the paragraphs read as (see
// speechHead and labelLine), turnNone when they are no transcript: two or
// more paragraphs open with a speaking head of that form, and one of those
// heads names a post or a role (市長, 記者), a person the entities hold, or
// heads two turns. With the form turnLine, f.labels then holds each
// paragraph's turn head.
func (f *finder) turnForm() byte {
	for _, form := range []byte{turnColon, turnSpace} {
		n, named := 0, false
		seen := map[string]bool{}
		for pi, p := range f.paras {
			if p.Heading {
				continue
			}
			ns, ne, _, _, _, ok := speechHead(p.Text, form)
			if !ok || !speakingHead(p.Text[ns:ne]) {
				continue
			}
			name := p.Text[ns:ne]
			n++
			if f.namesSpeaker(name, seen) {
				named = true
			} else if t := f.texts[pi]; t.Norm != "" {
				if ns, ne, _, _, _, ok := speechHead(t.Norm, form); ok && f.personAt(pi, ns, ne) {
					named = true
				}
			}
			seen[name] = true
		}
		if n >= 2 && named {
			return form
		}
	}
	if f.lineTurns() {
		return turnLine
	}
	return turnNone
}

// namesSpeaker reports whether the head of a turn names a post, a role or
// a head seen before (seen may be nil).
func (f *finder) namesSpeaker(name string, seen map[string]bool) bool {
	_, _, titled := entity.SplitTitle(name)
	return titled || seen[name] || hasRoleSuffix(name) || dialogueRoles[name]
}

// lineTurns reports whether the paragraphs are turns whose heads stand
// alone on the line above their words, and records in f.labels the head
// over each paragraph of a turn: the paragraphs after a head, up to the
// next head, are the words of that turn.
func (f *finder) lineTurns() bool {
	n, named := 0, false
	var labels []article.Span // made at the first head: most pages have none
	var cur article.Span
	for pi, p := range f.paras {
		if p.Span.Start > len(f.src) {
			return false
		}
		line, start, ne, ok := labelLine(f.src, p.Span.Start)
		switch {
		case ok:
			name := line[:ne]
			if words := strings.TrimLeft(p.Text, " \u3000"); !speakingHead(name) || strings.HasPrefix(words, name) || !spokenForm(words) ||
				!containsHiragana(words) || !atLeastRunes(words, minTurnRunes) || hasPrefixAny(words, "『", "【", "[", "［") ||
				strings.ContainsAny(words[:min(len(words), maxColonHead*3)], ":：") {
				// エアロ・モード over エアロ・モードは…: a heading
				// the paragraph goes on about; over another name or a
				// title in 『』 or a field (おすすめ：…), an item of a
				// list; words in no spoken form, a profile under a name.
				cur = article.Span{}
				break
			}
			if f.namesSpeaker(name, nil) {
				named = true
			} else if ok, _ := f.properName(name); ok {
				named = true
			}
			cur = article.Span{Start: start, End: start + len(line)}
			n++
		case pi > 0 && strings.Contains(f.src[min(f.paras[pi-1].Span.End, p.Span.Start):p.Span.Start], "\n\n"):
			// A blank line after a turn's words ends the turn: the
			// text goes on in its own voice.
			cur = article.Span{}
		}
		if _, _, _, _, head := headParts(p.Text); head || p.Heading {
			continue // the head itself, read as a paragraph
		}
		if cur.End > 0 {
			if labels == nil {
				labels = make([]article.Span, len(f.paras))
			}
			labels[pi] = cur
		}
	}
	if n < 2 || !named {
		return false
	}
	f.labels = labels
	return true
}

// dialogueRoles are who speaks in a transcript by their part in it
// rather than a post: the chair, the one asking.
var dialogueRoles = map[string]bool{"司会": true, "司会者": true, "進行": true, "聞き手": true, "質問": true, "回答": true, "議長": true}

// colonTurn reads paragraph pi, on a page of turns of form f.turns, as
// one: it appends the quotation of its words and returns who says them, or
// nobody when the paragraph is no turn.
func (f *finder) colonTurn(pi int, t *morph.Text) who {
	if pi >= len(f.paras) || f.paras[pi].Heading {
		return who{}
	}
	if f.turns == turnLine {
		return f.lineTurn(pi, t)
	}
	if _, _, _, _, _, ok := speechHead(f.paras[pi].Text, f.turns); !ok {
		return who{}
	}
	if t.Norm == "" {
		*t = morph.NewText(f.src, f.paras[pi].Span)
	}
	s := t.Norm
	ns, ne, bs, be, text, ok := speechHead(s, f.turns)
	if !ok || !speakingHead(s[ns:ne]) {
		return who{}
	}
	w := f.resolve(*t, pi, s, ns, ne)
	if w.name == "" || w.name == anaphorName || w.guess {
		w = who{name: stripAge(s[ns:ne]), span: t.Span(ns, ne)}
	}
	f.holderOf(pi, &w, s[ns:ne])
	if be > bs {
		w.org = s[bs:be]
	}
	w.rule = ruleDialogue
	e := len(strings.TrimRight(s, " \u3000\n"))
	f.addTurn(*t, pi, text, e, w, ruleDialogue)
	return w
}

// holderOf names, in w, who holds the post a turn's head gives alone: 知事：…
// under 会見者：沢井健二知事, where the page names who holds the post in a
// field over the transcript.
func (f *finder) holderOf(pi int, w *who, head string) {
	if w.name != head || !titleAlone(head) {
		return
	}
	if name := fieldHolder(f.src[:min(f.paras[pi].Span.Start, len(f.src))], head); name != "" {
		w.name = name
	}
}

// lineTurn reads paragraph pi, on a page whose turn heads stand on lines
// of their own, as words of the turn whose head is above it: it appends
// the quotation of the whole paragraph and returns who says it, or nobody
// when no head is above it.
func (f *finder) lineTurn(pi int, t *morph.Text) who {
	if pi >= len(f.labels) || f.labels[pi].End == 0 {
		return who{}
	}
	sp := f.labels[pi]
	ns, ne, bs, be, _ := headParts(f.src[sp.Start:sp.End])
	head := f.src[sp.Start+ns : sp.Start+ne]
	if !speakingHead(head) {
		return who{}
	}
	if t.Norm == "" {
		*t = morph.NewText(f.src, f.paras[pi].Span)
	}
	w := who{name: stripAge(head), span: article.Span{Start: sp.Start + ns, End: sp.Start + ne}}
	if n, _, ok := entity.SplitTitle(w.name); ok && n != "" && !strings.Contains(w.name, "・") {
		w.name = n // 森川学長: the name without the post, as other turns read it
	}
	f.holderOf(pi, &w, head)
	if be > bs {
		w.org = f.src[sp.Start+bs : sp.Start+be]
	}
	w.rule = ruleDialogue
	s := t.Norm
	if strings.HasPrefix(s, "「") && strings.HasSuffix(strings.TrimRight(s, " \u3000\n。"), "」") {
		return w // 「…」 alone: the quotation is read as one, said by who speaks
	}
	st := len(s) - len(strings.TrimLeft(s, " \u3000"))
	e := len(strings.TrimRight(s, " \u3000\n"))
	if st >= e {
		return who{}
	}
	f.addTurn(*t, pi, st, e, w, ruleDialogue)
	return w
}

// addTurn appends the quotation of a turn or an answer printed without
// brackets: the normalized text t.Norm[start:end] of paragraph pi, said by
// w, read by rule.
func (f *finder) addTurn(t morph.Text, pi, start, end int, w who, rule string) {
	f.out = append(f.out, article.Quote{
		Text:         t.Shown(start, end),
		Span:         t.Span(start, end),
		Speaker:      w.name,
		SpeakerSpan:  w.span,
		Organization: w.org,
		Attribution:  rule,
		Paragraph:    pi,
	})
}

// fieldHolder returns the name a field of the page before a transcript
// gives with the post title (会見者：沢井健二知事, 出席者: 森川忠市長), the
// last such field in src, or "".
func fieldHolder(src, title string) string {
	for end := len(src); end > 0; {
		k := strings.LastIndex(src[:end], title)
		if k < 0 {
			return ""
		}
		end = k
		st := k
		for st > 0 && k-st < maxHolderName*3 {
			r, n := utf8.DecodeLastRuneInString(src[:st])
			if !unicode.Is(unicode.Han, r) && r != '々' {
				break
			}
			st -= n
		}
		if n := utf8.RuneCountInString(src[st:k]); n < 2 || n > maxHolderName {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(src[:st])
		switch r {
		case '：', ':':
			return src[st:k]
		case ' ', '\u3000':
			if c := strings.TrimRight(src[:st], " \u3000"); strings.HasSuffix(c, "：") || strings.HasSuffix(c, ":") {
				return src[st:k]
			}
		}
	}
	return ""
}

// maxHolderName bounds, in runes, the name fieldHolder reads before a
// title.
const maxHolderName = 6

// hasJapaneseLetter reports whether s holds a kana or a kanji.
func hasJapaneseLetter(s string) bool {
	for _, r := range s {
		if r >= 'ぁ' && r <= 'ヺ' || r >= 0x4E00 && r <= 0x9FFF || r == '々' {
			return true
		}
	}
	return false
}

// spokenEnds close a sentence as people speak it: polite forms and the
// particles that end talk.
var spokenEnds = []string{"よ", "ね", "わ", "な", "ぞ", "さ", "よね", "です", "ます", "でした", "ました", "ません", "でしょう", "ましょう", "か", "っす", "ください", "なさい", "たい"}

// spokenForm reports whether s reads as words said: a sentence in it ends
// in a spoken form (…ですよ。, 楽しみだわ！), or it asks, exclaims or speaks
// in the first person; a profile or a synopsis under a name does neither.
func spokenForm(s string) bool {
	if containsAny(s, "？", "?", "！", "!", "私", "僕", "俺", "わたし", "(笑)", "（笑）") {
		return true
	}
	for _, sent := range strings.SplitAfter(s, "。") {
		sent = strings.TrimRight(strings.TrimSpace(sent), "。…」』")
		if hasSuffixAny(sent, spokenEnds...) {
			return true
		}
	}
	return false
}
