package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/entity"
	"github.com/newsdoc/newsdoc/internal/morph"
)

type attribution struct {
	keep, partial, carried bool
	weak                   bool // a speaker read from its place alone: not carried on
	heard                  bool // told to the subject (と言われた): the teller is not carried on
	who                    who
	verb                   string
}

// outside returns s[start:end] with the top-level brackets replaced by a
// placeholder of the same byte length, so that offsets stay valid and
// nothing inside a quotation is read as the reporting sentence.
func outside(s string, start, end int, top []bracket) string {
	return outsideWith(s, start, end, top, 0)
}

// outsideWith is outside with fill as the placeholder byte.
func outsideWith(s string, start, end int, top []bracket, fill byte) string {
	// Only the brackets that overlap [start, end): top is ordered and
	// does not overlap itself, so a binary search finds the first one.
	first := sort.Search(len(top), func(k int) bool { return top[k].End > start })
	if first == len(top) || top[first].Open >= end {
		return s[start:end] // no quotation inside: nothing to copy
	}
	// A strings.Builder hands over its bytes without the copy that
	// string([]byte) makes.
	var b strings.Builder
	b.Grow(end - start)
	i := start
	for _, q := range top[first:] {
		if q.Open >= end {
			break
		}
		o := max(q.Open, start)
		b.WriteString(s[i:o])
		for range min(q.End, end) - o {
			b.WriteByte(fill)
		}
		i = min(q.End, end)
	}
	if i < end {
		b.WriteString(s[i:end])
	}
	return b.String()
}

// statedWith reads the statement an organisation or a person makes with
// とする: 「…」としている, 「…」とした。, 「…」とした上で, 「…」とする。 It
// returns the verb and 0, or "" and -1. 「…」として (as) is no statement.
func statedWith(quotative, rest string) (string, int) {
	switch quotative {
	case "とし":
		for _, e := range []string{"ている", "ており", "ています", "ていた", "ました", "たうえで", "た上で"} {
			if strings.HasPrefix(rest, e) {
				return "し" + e, 0
			}
		}
		if strings.HasPrefix(rest, "た。") || rest == "た" || strings.HasPrefix(rest, "た、") {
			return "した", 0
		}
	case "とする":
		if rest == "" || strings.HasPrefix(rest, "。") {
			return "する", 0
		}
	case "として":
		// 「…」としている reads as として + いる: a statement, unlike
		// として (as) before a noun or a verb.
		for _, e := range []string{"いる", "います", "おり", "いた", "いました"} {
			if strings.HasPrefix(rest, e) {
				return "して" + e, 0
			}
		}
	}
	return "", -1
}

func (f *finder) attribute(t morph.Text, pi int, s string, sents []sentence, si int, top []bracket, b bracket, paraQuote bool, cur who, prevTopic *lazyTopic) attribution {
	sent := wrapped(s, sents, si, b, top, reach(s, sents[si], b))
	before := outside(s, sent.Start, b.Open, top)
	after := outside(s, b.End, sent.End, top)
	inner := s[b.Open:b.End]
	var a attribution

	// What follows the quotation, past the later quotations of a chain
	// that share one quotative (「A」「B」と語った) and a stray closing
	// bracket (「…」」と述べた).
	lead := chainSkip(after)
	trimmed := after[lead:]
	// 「…」（広報室）としている: the source named in brackets between the
	// words and their quotative.
	var src article.Span
	if name, k, ok := parenSource(trimmed); ok {
		src = article.Span{Start: b.End + lead + strings.Index(trimmed, name)}
		src.End = src.Start + len(name)
		lead += k
		trimmed = after[lead:]
	}
	quotative := ""
	for _, q := range []string{"とする", "として", "とし", "との", "という", "といった", "などの", "などと", "と", "って"} {
		if strings.HasPrefix(trimmed, q) {
			quotative = q
			break
		}
	}
	rest := strings.TrimPrefix(trimmed, quotative)
	also := false // 「…」とも述べた: said by the one quoted last
	elided := false
	if k, ok := hasPrefixOf(trimmed, "とも。", "と。"); ok || trimmed == "とも" || trimmed == "と" {
		// 「…」とも。, 「…」と。: the verb of speech left out, the words
		// still someone's (the one the sentences before quote or cite).
		quotative, rest, elided, also = "と", strings.TrimPrefix(trimmed, k), true, strings.HasPrefix(trimmed, "とも")
	} else if quotative == "と" && strings.HasPrefix(trimmed, "とも") {
		if v, _ := findVerb(trimmed[len("とも"):]); v != "" && !strings.HasPrefix(trimmed, "ともに") {
			rest = trimmed[len("とも"):] // 「…」とも述べた: said as well
			also = true
		} else {
			quotative, rest = "", trimmed
		}
	}
	if i := strings.IndexByte(rest, 0); i >= 0 {
		rest = rest[:i] // up to the next quotation
	}
	verb, vAt := findVerb(rest)
	if quotative != "と" && hasPrefixAny(verb, objectStems...) {
		verb, vAt = "", -1 // 「水出し」を教える: what is taught, not words
	}
	if verb == "" && quotative == "と" && asking(inner) {
		// 「効果はありますか」と聞いた: a question asked; 聞く alone may
		// be hearing (…と聞いた), not said.
		for _, v := range []string{"聞いた", "聞いて", "聞き", "聞く", "訊いた", "訊いて", "訊き", "訊く", "きいた", "きく"} {
			if strings.HasPrefix(rest, v) {
				verb, vAt = v, 0
				break
			}
		}
	}
	if verb == "" {
		if v, at := statedWith(quotative, rest); at >= 0 {
			// Read as と and the verb する that follows it, so that the
			// verb is written where vAt says (しています after と).
			quotative, rest = "と", trimmed[len("と"):]
			if i := strings.IndexByte(rest, 0); i >= 0 {
				rest = rest[:i]
			}
			if strings.HasPrefix(rest, v) {
				verb, vAt = v, 0
			}
		}
	}
	naming := namingSet.prefixOf(rest)
	passive := quotative != "" && passiveAfter(rest, verb, vAt)
	trimmedBefore := strings.TrimRightFunc(before, unicode.IsSpace)
	standalone := onlySpace(strings.Trim(before, "\x00")) || strings.HasSuffix(trimmedBefore, "：") || strings.HasSuffix(trimmedBefore, ":") || answerLabel(trimmedBefore)
	endsHere := onlyOf(after, "。") || strings.HasPrefix(after, "。")
	long := atLeastRunes(inner, 12) || strings.ContainsAny(inner[3:len(inner)-3], "、。？！?!")
	prev, _ := lastRune(strings.TrimRight(before, " "))
	a.partial = quotative == "" && !endsHere && !strings.HasPrefix(trimmed, "（") && !strings.HasPrefix(trimmed, "(") || prev == 'を' || prev == 'の'

	// The speaker: first from the sentence itself.
	sentOff := sent.Start
	restOff := b.End + lead + len(quotative)
	w := who{}
	if passive {
		// と言われた, と記されていた: the subject heard or bears the words;
		// the one who said them is marked with から or に, if anywhere.
		w = f.agentOf(t, pi, s, sentOff, before)
		w.rule = ruleExplicit
		if w.name == "" {
			if w = f.agentAfter(t, pi, s, restOff, rest); w.name != "" {
				w.rule = ruleFollowing
			}
		}
	} else {
		w = f.find(t, pi, s, sent, top, b, before, restOff, quotative, rest, verb, vAt, trimmed)
	}
	if src.Len() > 0 && quotative != "" && quotative != "という" && quotative != "といった" {
		// 「…」（港北テレビ系）という番組: a title and where it airs, no words
		w = who{name: src.In(s), span: t.Span(src.Start, src.End), rule: ruleExplicit}
	}
	hasVerb := verb != "" && quotative != "" && quotative != "という"
	// 先制点を挙げた島田は「…」。: the topic right before words that close
	// the sentence, the verb left out, speaks as surely as with one.
	closing := quotative == "" && endsHere && speechLike(inner) && w.rule == ruleExplicit && w.name != "" &&
		hasSuffixAny(trimmedBefore, w.name+"は", w.name+"さんは", w.name+"選手は", w.name+"氏は")
	if w.guess && !guessSpeaks(w, hasVerb, inner, false) && !closing {
		// A name unknown to the dictionary with no verb of speech is
		// as likely a brand or a thing (トレンダーズが行った調査), unless
		// it opens a line of dialogue.
		w = who{}
	}
	a.heard = passive
	// The rest of the sentence, later quotations marked, and its first
	// reporting verb: read only when a rule below asks.
	var sentRest, sentVerb string
	sentDone := false
	restVerb := func() string {
		if !sentDone {
			sentRest = outsideWith(s, b.End, sent.End, top, '|')
			sentVerb, _ = findVerb(sentRest)
			if hasPrefixAny(sentVerb, objectStems...) && !strings.HasPrefix(sentRest, "と") {
				sentVerb = "" // 「水出し」を教える
			}
			sentDone = true
		}
		return sentVerb
	}
	if w.name == anaphorName && w.span.End > w.span.Start && w.span.End <= len(f.src) {
		// 同氏, 同容疑者: the last person the text gave that title.
		if tw := f.lastTitled(pi, w.span.Start, strings.TrimPrefix(f.src[w.span.Start:w.span.End], "同")); tw.name != "" {
			tw.span = w.span // where the text names the speaker: 同氏
			w = withRule(tw, rulePronoun)
		}
	}
	if w.name == anaphorName {
		// 彼, 彼女, 同氏: a person, never a crowd the text quoted
		// (利用者からは「…」といった声).
		she := w.span.End > w.span.Start && w.span.End <= len(f.src) && f.src[w.span.Start:w.span.End] == "彼女"
		w = cur
		woman := who{}
		if she && si > 0 {
			// 隣の家の女性は…。彼女は「…」: the woman the sentence before
			// was about, named by what she is, over the last speaker.
			woman = womanTopic(t, s, sents[si-1])
		}
		switch {
		case woman.name != "":
			w = woman
		case w.name == "" || crowdNoun(w.name) || titleAlone(w.name):
			// A title no name came with (監督) is someone else than
			// the 彼 the article is about.
			w = prevTopic.get(f, t, pi, sents, top)
		}
		if woman.name == "" && (crowdNoun(w.name) || titleAlone(w.name)) {
			w = f.salientWhere(pi, func(c who) bool { return !crowdNoun(c.name) && !titleAlone(c.name) })
		}
		w.rule = rulePronoun
	}
	voice := false
	if quotative == "という" || quotative == "といった" || quotative == "との" || quotative == "と" || quotative == "などの" {
		voice = voiceSet.prefixOf(rest)
	}
	if quotative == "" && speechLike(inner) && hasPrefixAny(rest, "の声", "の大合唱", "の合唱", "の歓声", "の掛け声", "の叫び", "の悲鳴", "のコール") {
		// 観客席から「粘れ！」の大合唱: words someone shouts; 「楽しみ」の
		// 回答 is a choice of a survey.
		voice = true
	}
	if quotative == "などと" || quotative == "などの" || quotative == "と" {
		// 「…」「…」などと否定的な声が多く見られた, 「…」とにぎやかな声が
		// 上がった: voices of a crowd, described after a short word of
		// how they sound.
		voice = voice || describedVoices(rest)
	}
	// 「…」と答えた, とコメントした: the word of voiceNouns is a verb, said
	// by someone the text may have named before.
	voiceVerb := voice && quotative == "と" && voiceAsVerb(rest)
	if voice && !voiceVerb && w.rule == ruleExplicit && voiceArises(rest) && !sourceBefore(before, w.name) {
		// 矢野は…存在だが、「…」「…」という批判も起こっている: voices that
		// arose about the topic, not its words.
		w = who{}
	}
	if w.name == "" && voice && answer(rest) {
		// 山田さんに尋ねると「…」という答えが返ってきた, 山田さんに聞くと
		// 「…」と答えた: the one asked. With 答えた, one marked with から
		// asked (国分から「…」と訊かれると「…」と答えた).
		var aw who
		if voiceVerb {
			aw = f.agentMarked(t, pi, s, sent.Start, before, "に")
		} else {
			aw = f.agentOf(t, pi, s, sent.Start, before)
		}
		if aw.name != "" {
			w = as(aw, ruleExplicit)
		}
	}
	if c, ok := strings.CutSuffix(strings.TrimRight(before, " \x00「」"), "から"); ok && voice && !voiceVerb {
		// 待っていた約200人から「…」という歓声が起きた, 観客席から「…」の
		// 大合唱: the crowd the voices come from, marked with から right
		// before them.
		if w.name == "" {
			if st := phraseBefore(c, len(c)); st < len(c) && peopleCount(c[st:]) {
				w = who{name: c[st:], span: t.Span(sent.Start+st, sent.Start+len(c)), rule: ruleSource}
			} else if cw := f.crowdSource(t, pi, s, sent.Start, c+"からは"); cw.name != "" {
				w = as(cw, ruleSource)
			}
		}
		// A cheer goes up and the story goes on: the crowd does not
		// speak the words after it.
		a.weak = w.name != "" && (crowdNoun(w.name) || peopleCount(w.name))
	}
	if w.name == "" && voice && !voiceVerb {
		// 住民約40人が詰めかけた。「…」「…」などの声が出た: voices with
		// no source of their own are the crowd's that gathered.
		if gw := f.gatheredCrowd(t, s, sents, si, before, sent.Start); gw.name != "" {
			w = as(gw, ruleSource)
		}
	}
	if w.name == "" && voice && paraQuote && si == 0 && strings.TrimSpace(before) == "" && !endsAsking(inner) && f.quoteLine(pi-1) {
		// 「A」 / 「B」 / 「C」といった批判: the last of a list of
		// voices whose first had its source.
		if n := len(f.out); n > 0 && f.out[n-1].Paragraph == pi-1 && crowdNoun(f.out[n-1].Speaker) {
			w = who{name: f.out[n-1].Speaker, org: f.out[n-1].Organization, rule: ruleSource}
		}
	}
	switch {
	case hasSuffixAny(trimmedBefore, workNouns...):
		// ラジオ番組「…」（10日放送）で, 主演映画「…」を語った: the title
		// of a work the noun before it names, however long.
		return a
	case (quotative == "などの" || quotative == "という" || quotative == "といった") && hasPrefixAny(rest, workNouns...):
		// 「行け！北浜高校」などの代表作, 「…」という新曲: titles the noun
		// after them names, not words said.
		return a
	case naming && (!long || hasPrefixAny(rest, titlingVerbs...)):
		// 「2010年のキーマンは誰だ！」と題し: a title, however long.
		return a
	case quotative == "と" && strings.HasPrefix(rest, "は") && w.name == "" && !speechLike(inner):
		return a // 「モラハラ」とは…: a term being defined
	case quotative == "と" && !speechLike(inner) && !containsHiragana(inner) && listedWith(rest):
		return a // 「髪形・靴・鞄」と言った、細部の…: terms listed, not said
	case (quotative == "という" || quotative == "といった" || quotative == "などの") && w.name == "" && !voice && !speechLike(inner) &&
		!strings.ContainsAny(inner[3:len(inner)-3], "、。") && hasNounAfter(rest):
		// 「○○おばさんのクッキー」「…」といった名前: names and terms a
		// noun after them stands for, not words said.
		return a
	case w.rule == ruleDialogue, voice, passive && !written(rest), elided:
		a.keep = true
	case quotative == "" && hasPrefixAny(trimmed, sayingMarks...):
		// 「研ぎは急がば回れ」が口癖だった: words someone says again and
		// again, however short.
		a.keep = true
	case standalone && (endsHere || quotative != ""):
		a.keep = true
	case quotative == "という" && onlyOf(rest, "。") && speechLike(inner):
		// 「もう辞めようと思った」という。: words reported, closing the sentence.
		a.keep = true
	case hasVerb:
		a.keep = true
	case quotative != "" && long:
		a.keep = true
	case signWords(quotative, rest, trimmed):
		// 「通行止め」と記された立て札, 「臨時休業」の貼り紙: the words a
		// sign shows, a quotation nobody speaks.
		a.keep, w = true, who{}
	case quotative == "" && !long && !speechLike(inner) && (prev == 'の' || hasPrefixAny(trimmed, "を", "が", "に", "で")) &&
		(restVerb() == "" || hasPrefixAny(restVerb(), "いう", "いわれ", "言われ")):
		// 即席の「ピン芸」を披露したという: a term in quotes, not words
		// said; 交渉が「山場」を迎えたと述べた keeps a speaker's word.
		return a
	case w.name != "" && (restVerb() != "" || citesSource(before)):
		a.keep, a.partial = true, true
	case quotative == "という" && w.rule == ruleFollowing && w.name != "" && !w.guess:
		// 式では「…」という沢井に拍手が送られた: the words of the person
		// the clause after them describes.
		a.keep = true
	case w.rule == ruleExplicit && quotative == "" && endsHere && speechLike(inner) &&
		(strings.HasSuffix(trimmedBefore, "は") || strings.HasSuffix(trimmedBefore, "ながら") || strings.HasSuffix(trimmedBefore, "、")):
		// 70代の男性は「静かでいい」。: the topic's words close the
		// sentence, the verb left out.
		a.keep = true
	case long && !(quotative == "" && !containsAny(inner[3:len(inner)-3], "、", "。")):
		a.keep = true
	default:
		return a
	}
	if hasVerb {
		a.verb = verb
	} else if quotative == "" && w.name != "" && restVerb() != "" {
		a.verb = reportingVerb(sentRest)
	}
	speech := hasVerb || quotative == "と" && long || speechLike(inner)
	described := w.name == "" && quotative == "と" && speakerDescribed(rest, verb, vAt)
	if !voice && describedVoice(quotative, rest) || described {
		// 「…」という人が増えた, 「…」と回答した人は66%: the words of
		// someone the sentence describes, not of the person the text
		// is about.
		speech = false
	}
	// 「…」というほど, 「…」とか: words anyone might say, unlike the
	// hearsay that closes a sentence (「…」という。).
	// 「A」とか「B」と: the first of a chain joined with とか is as generic
	// as one that ends with it.
	generic := strings.HasPrefix(strings.TrimLeft(after, "\x00 "), "とか")
	for _, g := range []string{"というほど", "というくらい", "というぐらい", "とか", "と考えたことが", "と思ったことが",
		// 「…」と思っている人は要注意: words of whoever thinks so
		"と思っている人", "と考えている人", "と思う人", "と考える人", "と言う人", "と言っている人", "と考えるだけ", "と思うだけ",
		"と思いがち", "と考えがち",
		// 「…」とばかりに: as if someone said it, nobody does
		"とばかりに", "とばかり、", "と言わんばかり", "といわんばかり",
		// 「…」なんていう言葉も: words of the kind anyone says
		"なんていう", "なんて言う", "なんていった"} {
		generic = generic || strings.HasPrefix(trimmed, g)
	}
	if (quotative == "という" || quotative == "といった") && existsAfterNoun(rest) {
		// 「…」というケースもある, という選択肢がある: words a case or a
		// choice is made of, found among many, nobody's in particular.
		generic = true
	}
	if quotative == "と" && !strings.Contains(before, "は") && !strings.Contains(before, "ように") && containsAny(untilQuote(firstClause(rest)), "ていると", "ていては", "ていれば", "てばかり", "ばかり言") {
		// 「ストレス解消だから」とグチばかり言っていると: what anyone
		// might keep saying, in a condition, not a statement of someone's.
		generic = true
	}
	if quotative == "と" && w.name == "" && vAt == 0 && strings.ContainsRune("るうすく", lastRuneOf(verb)) && hasPrefixAny(rest[len(verb):], "のは", "のも") {
		// 「…」と褒めるのは逆効果: the act of saying so, whoever does it,
		// when no one is named after のは.
		generic = true
	}
	if quotative == "と" && hasPrefixAny(rest, normThoughts...) {
		// 「値段さえ下げれば客は来る」と思ってはいけない: a thought anyone may
		// have, not words the last speaker said.
		generic = true
	}
	if quotative == "と" && (askingForm(rest) || endsAsking(inner) && turnBetween("と"+untilQuote(rest))) {
		// 「止まって頂けますか」とお願いすると: the writer asks; the one
		// the text is about answers after. 「転機は？」と話が及ぶと: a
		// question that hands the turn over. The sentence before may
		// close on the one who asks (…質問を重ねる北浜。「…？」と尋ね
		// ると).
		if ew := f.askerBefore(t, pi, s, sents, si, before); w.name == "" && ew.name != "" {
			w, a.carried = as(ew, ruleContinued), true
		} else {
			generic = true
		}
	}
	if w.name == "" && !passive && !generic && !standalone {
		// 沢井さんから番組あてに電話があり、「…」とのこと: the one the
		// message came from.
		if mw := f.messageFrom(t, pi, s, sent.Start, before); mw.name != "" {
			w = mw
		}
	}
	if w.name == "" && elided && si > 0 {
		// 森川さんによると、…という。「…」とも。: the one the sentence
		// before cites or is about.
		if pw := f.accordingTo(t, pi, s, sents[si-1], top); pw.name != "" {
			w, a.carried = as(pw, ruleSource), true
		} else if pt := prevTopic.get(f, t, pi, sents, top); pt.name != "" {
			w, a.carried = as(pt, ruleContinued), true
		}
	}
	if w.name == "" && also && !passive {
		// 「…」とも伝えている: more words of the one quoted last, in
		// this paragraph or the one before, person or not (中央日報は).
		if cur.name != "" {
			w, a.carried = as(cur, ruleContinued), true
		} else if lw := f.lastSaid(pi); lw.name != "" {
			w, a.carried = as(lw, ruleContinued), true
		}
	}
	if clause := before[strings.LastIndexByte(before, 0)+1:]; w.name == "" && !passive && !standalone && (!voice || voiceVerb) && !generic && (hasVerb || !a.partial && speech) &&
		(!ownSubject(clause) || cur.name != "" && strings.Contains(clause, cur.name) && !otherSubject(clause, cur.name)) {
		// 「…」と述べた with no subject, or a statement that goes on from
		// an earlier one (「…」と話し、「…」。): the subject is the last
		// speaker or the person the text is about.
		switch {
		case cur.name != "" && ((cur.asked || askedBetween(clause)) && answer(verb) || turnBetween(clause) || cur.posed && questionBetween(clause) || cur.handed && strings.Contains(before, "\x00")):
			// 槙原氏が「…」と尋ねると、「…」と答えた: the one asked
			// answers, the person the text was about, not the asker.
			if pt := prevTopic.get(f, t, pi, sents, top); pt.name != "" && !samePerson(pt.name, cur.name) {
				w, a.carried = pt, true
			} else if lw := f.lastPersonBut(pi, sent.Start, cur.name); lw.name != "" {
				w, a.carried = lw, true // …高橋尚成を訪ねた。槙原氏が「…」と尋ねると
			} else if sw := f.salientWhere(pi, func(c who) bool { return !samePerson(c.name, cur.name) && !crowdNoun(c.name) }); sw.name != "" {
				w, a.carried = sw, true
			}
		case cur.name != "":
			w, a.carried = cur, true
		case prevTopic.get(f, t, pi, sents, top).name != "":
			w, a.carried = prevTopic.get(f, t, pi, sents, top), true
		}
		w.rule = ruleContinued
		if described && !crowdNoun(w.name) {
			// と回答した人は: one of a crowd quoted before (と話す人も
			// いた), never the person the text is about.
			w, a.carried = who{}, false
		}
	}
	if w.name == "" && !passive && strings.Contains(before, "生前") {
		// 生前は「…」と話していた: the words of the one whose death
		// the text reports, named first.
		if lp := f.leadPerson(pi + 1); lp.name != "" && !crowdNoun(lp.name) {
			w, a.carried = as(lp, ruleContinued), true
		}
	}
	if w.name == "" && !passive && hasSuffixAny(strings.TrimRight(trimmedBefore, "、"), saidCleft...) {
		// …他界した。いつも言っていたのは「…」という言葉だ:
		// the words of the one the sentence before is about.
		if pt := prevTopic.get(f, t, pi, sents, top); pt.name != "" && pt.name != anaphorName && !crowdNoun(pt.name) {
			w, a.carried = as(pt, ruleContinued), true
			a.keep = true
		}
	}
	if w.name == "" && paraQuote && si == 0 && pi > 0 && strings.HasPrefix(inner, "「") && f.asked(pi-1) {
		// ――始めたきっかけは。 then 「高校の放送部です。…」: the
		// answer of the one interviewed, in brackets.
		if aw := f.interviewed(pi); aw.name != "" {
			w = as(aw, ruleDialogue)
			a.keep = true
		}
	}
	if w.name == "" && standalone && !passive && !(voice && quotative != "と") {
		// 『…』 alone is most often a title (of a film, a book); 「…」と
		// いう声もあった, one voice among others, nobody's in particular.
		w = f.standalone(t, pi, s, sents, si, top, paraQuote, speech && !generic && !strings.HasPrefix(inner, "『"), cur, prevTopic, &a)
	}
	if w.name == "" && quotative == "" && hasPrefixAny(trimmed, sayingMarks...) {
		// 「…」が口癖だった with nobody named near it: the saying of the
		// person the text is about, the one it introduced first.
		if lw := f.leadPerson(pi); lw.name != "" {
			w, a.carried = as(lw, ruleContinued), true
		}
	}
	if w.rule == ruleTurn {
		w.rule = ruleDialogue
	}
	if w.rule == ruleWeak {
		// Read from its place alone, the name is carried on only when a
		// verb that only people use says it spoke (把川は「…」と語った).
		w.rule, a.weak = ruleExplicit, !hasVerb || !personVerb(verb)
	}
	if w.name == anaphorName {
		w = who{} // a pronoun with nobody before it
	}
	// 砥部から「…」というコメントが寄せられた: a message that came is
	// words its sender said.
	messaged := (quotative == "という" || quotative == "との") && w.rule == ruleSource && messageCame(rest)
	if w.guess && !guessSpeaks(w, hasVerb || messaged, inner, true) && !closing {
		// A name unknown to the dictionary speaks only where a verb
		// of speech says so, not carried on or read from a topic.
		w = who{}
	}
	if w.name != "" && (w.rule == ruleContinued || w.rule == ruleExplicit) && addressedTo(rest, w.name) {
		// 「…」と沢井に演技をお願いした: words said to someone are not
		// theirs.
		w = who{}
	}
	a.who = w
	if a.who.name == "" {
		a.carried = false
		a.who.rule = ""
	}
	return a
}

// womanTopic returns the topic of sentence sent when it names a woman by
// what she is (近所の女性は, 隣の家の奥さんは) rather than by name: the
// word and the one phrase of Xの before it.
func womanTopic(t morph.Text, s string, sent sentence) who {
	text := s[sent.Start:sent.End]
	k := strings.Index(text, "は")
	if k <= 0 || strings.ContainsAny(text[:k], "、「」") {
		return who{}
	}
	head := text[:k]
	if !hasSuffixAny(head, womenWords...) {
		return who{}
	}
	st := phraseBefore(head, len(head))
	if o := ofBefore(head, st); o < st {
		st = o // 近所の女性: whose neighbour
	}
	if st >= len(head) {
		return who{}
	}
	return who{name: head[st:], span: t.Span(sent.Start+st, sent.Start+len(head))}
}

// womenWords end the words that name a woman by what she is (近所の女性,
// 妻, 祖母): who 彼女 most likely is when the sentence before was about
// her.
var womenWords = []string{"女性", "妻", "母", "母親", "娘", "姉", "妹", "祖母", "おばあさん", "女将", "夫人", "女子"}

// lastTitled returns the last person named with title before the source
// offset off, in paragraph pi or the few before it: 敗れた沢井氏は…。同氏は
// is 沢井's, whoever spoke last. It returns nobody for a title that is
// not one (彼), or without the dictionary's entities.
func (f *finder) lastTitled(pi, off int, title string) who {
	if f.x == nil || title == "" || strings.HasPrefix(title, "彼") || strings.HasPrefix(title, "本") {
		return who{}
	}
	for j := pi; j >= 0 && j > pi-maxLookback; j-- {
		ms := f.x.Mentions(j)
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.Kind == entity.Person && m.Span.End <= off && m.Title == title {
				return who{name: f.x.Name(m)}
			}
		}
	}
	return who{}
}

// addressedTo reports whether rest, the clause after a quotation, names
// name as the one spoken to: 沢井に, 沢井さんに, not 沢井によると or
// 沢井について.
func addressedTo(rest, name string) bool {
	for at := 0; at < len(rest); {
		k := strings.Index(rest[at:], name)
		if k < 0 {
			return false
		}
		after := rest[at+k+len(name):]
		for _, h := range []string{"さん", "氏", "選手", "ちゃん", "くん"} {
			if a, ok := strings.CutPrefix(after, h); ok {
				after = a
				break
			}
		}
		if strings.HasPrefix(after, "に") && !hasPrefixAny(after, "によ", "につ", "にと", "には", "にも", "に関", "に対す", "に代わ") {
			return true
		}
		at += k + len(name)
	}
	return false
}

// otherSubject reports whether the clause before a quotation ends with a
// subject of its own that is not name: 「…」という沢井の声をうけ、ジョー北浜が
// 「…」 names 沢井 before, but the words are ジョー北浜's.
func otherSubject(clause, name string) bool {
	p := subjectRightBefore(clause)
	return p != "" && !strings.Contains(p, name) && !strings.Contains(name, p)
}

// cutAnySuffix cuts the first of suffixes that s ends with.
func cutAnySuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if h, ok := strings.CutSuffix(s, x); ok {
			return h, true
		}
	}
	return s, false
}

// fromRightBefore reports whether before, the sentence up to a quotation,
// ends marking a source with から (からは, からも).
func fromRightBefore(before string) bool {
	h := strings.TrimRight(before, "\x00、 \u3000\n")
	return hasSuffixAny(h, "から", "からは", "からも")
}

// maxLookQuotes bounds the quotations read back for the last speaker, and
// the candidates read back for a body or a role 同 points to: a hostile
// text of many quotations costs no more per quotation.
const maxLookQuotes = 16

// lastSaid returns the speaker of the last whole quotation kept in
// paragraph pi or the one before it, or nobody.
func (f *finder) lastSaid(pi int) who {
	from := 0
	if pi > 0 && pi-1 < len(f.paras) {
		from = f.paras[pi-1].Span.Start
	}
	for i := len(f.out) - 1; i >= 0 && i >= len(f.out)-maxLookQuotes && f.out[i].Span.Start >= from; i-- {
		if q := f.out[i]; !q.Partial && q.Speaker != "" && !(q.Attribution == ruleSource && crowdNoun(q.Speaker)) {
			// A crowd's voices (客席から「…」と歓声) say nothing more.
			return who{name: q.Speaker, org: q.Organization}
		}
	}
	return who{}
}

// find looks for the speaker written in the quotation's own sentence, in
// order: after the quotation (following), in brackets after it or at the
// head of a transcript line (dialogue), the topic or subject before it
// (explicit), a source phrase (source).
func (f *finder) find(t morph.Text, pi int, s string, sent sentence, top []bracket, b bracket, before string, restOff int, quotative, rest, verb string, vAt int, trimmed string) who {
	if w := f.talkHeadBefore(t, pi, s, sent.Start, before); w.name != "" {
		return withRule(w, ruleExplicit)
	}
	if w := f.wordsBefore(t, pi, s, sent, before, quotative, rest); w.name != "" {
		// Named in a noun phrase, not as the subject: not carried on to
		// the next words.
		return withRule(w, ruleWeak)
	}
	w := f.speakerAfter(t, pi, s, restOff, quotative, rest, verb, vAt)
	if w.name != "" && quotative == "と" && (vAt < 0 || f.x == nil && !titledSpan(t, w.span) && f.agedName(pi, w.name) != w.name) {
		// The noun closing the sentence is a predicate, not a person
		// (宮坂監督は「…」とまさかの出演依頼。), when the sentence has a
		// speaker as its topic before it; without the dictionary, a word
		// with no title after a verb (と異例の完成宣言。) is no surer, unless
		// the text printed it with an age.
		if tw := f.topic(t, pi, before, sent.Start, nil); tw.name != "" && tw.name != anaphorName && !tw.guess &&
			(vAt < 0 || titledSpan(t, tw.span)) {
			return withRule(tw, ruleExplicit)
		}
	}
	if w.name != "" {
		return withRule(w, ruleFollowing)
	}
	if quotative == "" {
		if w = f.parenSpeaker(t, pi, s, restOff, trimmed, speechLike(s[b.Open:b.End])); w.name != "" {
			return withRule(w, ruleDialogue)
		}
		if w = f.agedAfter(t, pi, s, restOff, trimmed); w.name != "" {
			return withRule(w, ruleDialogue)
		}
	}
	if w = f.transcript(t, pi, s, sent, b); w.name != "" {
		return withRule(w, ruleDialogue)
	}
	if fromRightBefore(before) {
		// 沢井は…と声をかけると、エリオットからは「…」: the one the
		// words come from, right before them, over the sentence's topic.
		c := 0 // the last clause: ネット上でも…続出し、ファンから「…」
		if k := strings.LastIndex(strings.TrimRight(before, "\x00、 \u3000"), "、"); k >= 0 {
			c = k + len("、")
		}
		if w = f.crowdSource(t, pi, s, sent.Start+c, before[c:]); w.name != "" {
			return withRule(w, ruleSource)
		}
		if w = f.saidBy(t, pi, s, sent.Start, before); w.name != "" {
			return withRule(w, ruleExplicit)
		}
	}
	// The topic of this clause (after an earlier quotation in the same
	// sentence), else of the sentence.
	clause := 0
	k := sort.Search(len(top), func(k int) bool { return top[k].End > b.Open })
	if k > 0 && top[k-1].End > sent.Start {
		clause = top[k-1].End - sent.Start
	}
	if clause > 0 {
		w = f.topic(t, pi, before[clause:], sent.Start+clause, nil)
		if w.name == "" && k >= 2 && strings.Trim(before[clause:], "、 \x00") == "" {
			// テリーは「…」、「…」と苦笑い: a quotation right after another,
			// with only a comma between, has the topic of the one before.
			from := 0
			if top[k-2].End > sent.Start {
				from = top[k-2].End - sent.Start
			}
			if to := top[k-1].Open - sent.Start; from < to && to <= len(before) {
				w = f.topic(t, pi, before[from:to], sent.Start+from, nil)
			}
		}
	}
	// After a question in the same sentence (Xが「…」と尋ねると、「…」と答
	// えた), the sentence's topic asked: the answer is someone else's.
	asked := clause > 0 && (askedBetween(before[clause:]) || turnBetween(before[clause:]))
	if w.name == "" && !asked {
		w = f.topic(t, pi, before, sent.Start, nil)
		// The comma that closes the topic (職員は、「…」) does not end
		// the clause before it.
		head := strings.TrimRight(before, " 、")
		if c := strings.LastIndex(head, "、"); w.name != "" && c > clause && !w.span.IsZero() && w.span.End <= t.Span(sent.Start+c, sent.Start+c).Start {
			// The clause just before the quotation has a topic of its
			// own, right before it: 出演者は全員で、演出した職員は「…」.
			if b, ok := strings.CutSuffix(head, "は"); ok && len(b) > c {
				if st := phraseBefore(b, len(b)); st > c && st < len(b) {
					if near := f.resolve(t, pi, s, sent.Start+st, sent.Start+len(b)); near.name != "" {
						w = near
					}
				}
			}
		}
	}
	if w.name == "" && !asked && clause == 0 {
		// あおば福祉サービスは取材に対し、「…」: the topic is a name the
		// article gave in brackets before (「あおば福祉サービス」（本社…）).
		if x := f.namedTopic(pi, before); x != "" {
			lead := len(before) - len(strings.TrimLeft(before, " \u3000"))
			return who{name: x, span: t.Span(sent.Start+lead, sent.Start+lead+len(x)), rule: ruleExplicit}
		}
	}
	if w.name == "" && (personVerb(verb) || strings.HasPrefix(verb, "言")) && !passiveAfter(rest, verb, vAt) {
		w = f.unknownSubject(t, before[clause:], sent.Start+clause)
		if w.name == "" && !asked {
			w = f.unknownTopic(t, before[clause:], sent.Start+clause)
		}
		if w.name == "" && !asked {
			w = f.roleTopic(t, before[clause:], sent.Start+clause)
		}
	}
	if w.name != "" {
		return withRule(w, ruleExplicit)
	}
	if quotative == "と" || quotative == "って" {
		// The speaker heads the clause the quotation is part of: と意味
		// 深な書き込みを行い、ファンをやきもきさせた歌手の三浦千景だったが.
		if w = f.clauseHead(t, pi, s, restOff, rest, verb, vAt); w.name != "" {
			return withRule(w, ruleFollowing)
		}
	}
	if w = f.adjacentTopic(t, sent.Start, before); w.name != "" {
		return w
	}
	if strings.Contains(before, "調べに対し") || hasPrefixAny(rest, "容疑を否認", "容疑を認め", "供述", "容疑の一部を") {
		// 県警によると、調べに対し「…」と容疑を否認している: the suspect
		// the report named, whoever gives the account.
		if w = f.titled(pi, b.Open, "容疑者"); w.name != "" {
			return withRule(w, ruleTitle)
		}
	}
	if w = f.accordingTo(t, pi, s, sent, top); w.name != "" && !t.Span(b.Open, b.End).Contains(w.span) {
		return withRule(w, ruleSource)
	}
	if w = f.mediumOf(t, pi, s, sent.Start, before); w.name != "" {
		return withRule(w, ruleSource)
	}
	if w = f.crowdSource(t, pi, s, sent.Start, before); w.name != "" {
		return withRule(w, ruleSource)
	}
	if w = f.saidBy(t, pi, s, sent.Start, before); w.name != "" {
		return withRule(w, ruleExplicit)
	}
	if verb != "" {
		if w = f.ownTime(t, pi, s, sent.Start, before); w.name != "" {
			return withRule(w, ruleExplicit)
		}
	}
	if verb != "" && (quotative == "と" || quotative == "との") && !passiveAfter(rest, verb, vAt) && speechLike(s[b.Open:b.End]) {
		// 北浜電力は14日、「…」とのコメントを発表した: a body as the topic.
		if w = f.bodyTopic(t, pi, before, sent.Start); w.name != "" {
			return withRule(w, ruleExplicit)
		}
	}
	if name, at := turnHead(s[sent.Start:b.Open]); name != "" && speechLike(s[b.Open:b.End]) && !describedVoice(quotative, rest) {
		// Kept only if it is a quotation for other reasons: a turn may
		// name a title in brackets.
		return who{name: name, span: t.Span(sent.Start+at, sent.Start+at+len(name)), rule: ruleTurn}
	}
	return who{}
}

// saidCleft end a clause that makes the words after it what someone said,
// without saying who: 言っていたのは「…」, 口癖は「…」.
var saidCleft = []string{"言っていたのは", "言ったのは", "言うのは", "話していたのは", "話したのは", "語っていたのは", "語ったのは",
	"口にしていたのは", "口にしたのは", "口癖は", "口癖が", "口ぐせは"}

// maxRecipient bounds, in runes, the one words went to between their
// source and the words (住民から町に「…」).
const maxRecipient = 8

// saidBy reads the speaker of the clause right before a quotation when
// it is marked other than with は or が: a crowd with から (ユーザーから
// 「…」), スタッフいわく、「…」, and the one asked in a clause of condition,
// 知人の男性たちに聞いてみると、「…」.
func (f *finder) saidBy(t morph.Text, pi int, s string, off int, before string) who {
	head := strings.TrimRight(before, "、 \u3000\n")
	h := strings.TrimRight(head, "\x00、 ")
	h = strings.TrimSuffix(strings.TrimSuffix(h, "は"), "も") // エリオットからは「…」
	if a, ok := strings.CutSuffix(h, "に"); ok {
		// 住民から町に「…」との苦情: the one the words went to stands
		// between them and the one they came from.
		if k := strings.LastIndex(a, "から"); k > 0 && k+len("から") < len(a) && !atLeastRunes(a[k+len("から"):], maxRecipient+1) &&
			!strings.ContainsAny(a[k:], "、。\x00") {
			h = a[:k+len("から")]
		}
	}
	if h, ok := strings.CutSuffix(h, "から"); ok {
		// ユーザーから「…」「…」とか: a crowd right before its words; 妻夫
		// 木から「…」というコメントが寄せられた: a person.
		if st := phraseBefore(h, len(h)); st < len(h) {
			if p := h[st:]; crowdNoun(p) {
				return who{name: p, span: t.Span(off+st, off+len(h)), rule: ruleSource}
			}
			if w := f.resolve(t, pi, s, off+st, off+len(h)); w.name != "" && w.name != anaphorName && (!w.guess || !f.commonWords(w.name)) {
				return w // a name the dictionary lacks speaks if a verb says so
			}
		}
		return who{}
	}
	// ファンのコメントも「…」, 視聴者の声は「…」: the words of the one whose
	// voice the phrase names.
	for _, v := range voiceNouns {
		hv, ok := strings.CutSuffix(h, v)
		if !ok {
			continue
		}
		if hv, ok = strings.CutSuffix(hv, "の"); ok {
			if st := phraseBefore(hv, len(hv)); st < len(hv) {
				if p := hv[st:]; crowdNoun(p) {
					return who{name: p, span: t.Span(off+st, off+len(hv)), rule: ruleSource}
				}
				if w := f.resolve(t, pi, s, off+st, off+len(hv)); w.name != "" && w.name != anaphorName && !w.guess {
					return w
				}
			}
		}
		break
	}
	for _, m := range []string{"いわく", "曰く", "曰"} {
		h, ok := strings.CutSuffix(head, m)
		if !ok {
			// 森川さんいわく、冬の仕込みは「…」という: the clause the saying
			// opens may run on to the words, if nothing else is quoted
			// on the way (a quotation shows as NUL bytes here).
			k := strings.LastIndex(head, m+"、")
			if k < 0 || strings.ContainsAny(head[k:], "\x00「」『』") {
				continue
			}
			h, ok = head[:k], true
		}
		if ok {
			if st := phraseBefore(h, len(h)); st < len(h) {
				if w := f.resolve(t, pi, s, off+st, off+len(h)); w.name != "" && w.name != anaphorName {
					return w
				}
				if p := h[st:]; crowdNoun(trimPlural(p)) || hasRoleSuffix(p) {
					return who{name: p, span: t.Span(off+st, off+len(h))}
				}
			}
			return who{}
		}
	}
	if k := askedAt(head); k >= 0 && slices.Contains(askingForms, head[k:]) {
		return f.askedIn(t, pi, s, off, head[:k])
	}
	return who{}
}

// askedAt returns where the last of askingForms in text starts, or -1.
func askedAt(text string) int {
	at := -1
	for _, form := range askingForms {
		if i := strings.LastIndex(text, form); i > at {
			at = i
		}
	}
	return at
}

// askedIn returns the one asked in h, the clause of condition up to an
// asking verb (知人の男性たちに、お金の分担について聞いてみると): the
// phrase marked with に, or nobody.
func (f *finder) askedIn(t morph.Text, pi int, s string, off int, h string) who {
	if c := strings.LastIndex(h, "、"); c >= 0 && strings.HasSuffix(h[:c], "に") {
		h = h[:c] // 男性たちに、お金の分担について
	}
	w := f.agentMarked(t, pi, s, off, h, "に")
	if w.name == anaphorName {
		return who{}
	}
	return w
}

// as returns w found by rule, whatever rule found it before: a speaker
// carried on is continued, not explicit.
func as(w who, rule string) who {
	w.rule = rule
	return w
}

// maxReach bounds the bytes of its sentence read on either side of a
// quotation (about two hundred characters): a speaker is never further,
// and an endless sentence of quotations is read in linear time.
const maxReach = 600

// reach returns sent cut to maxReach bytes on either side of b, at
// character boundaries.
// wrapped returns sentence si of s, which holds the quotation b, joined
// with the line before it when that line stops inside its sentence
// (ネットユーザーからは / 「…」) and with the line after it when that goes on
// from the quotation (「…」 / といった声が上がった。): a line break in a
// hard-wrapped paragraph ends a line, not a sentence.
func wrapped(s string, sents []sentence, si int, b bracket, top []bracket, sent sentence) sentence {
	// sent is sentence si as reach bounds it: the tests below read no more
	// than maxReach bytes on either side of the quotation.
	// A sentence the splitter ends at a line break keeps the break.
	blank := func(a, e int) bool { return strings.Trim(outside(s, a, e, top), " \x00、・\u3000\n") == "" }
	goesOn := !blank(b.End, sent.End)
	if si+1 < len(sents) && !goesOn && strings.HasSuffix(s[b.End:sent.End], "\n") {
		nx := sents[si+1]
		if doc.QuotativeNext(s[nx.Start:nx.End]) {
			sent.End, goesOn = reach(s, nx, b).End, true
		}
	}
	// The line before only when the quotation's sentence goes on after
	// it: lines of comments one under another stay each on its own.
	if si > 0 && goesOn && blank(sent.Start, b.Open) && strings.HasSuffix(s[sents[si-1].Start:sent.Start], "\n") {
		pv := sents[si-1]
		if r, _ := lastRune(strings.TrimRight(s[pv.Start:pv.End], " \n")); r != 0 && !doc.IsTerminator(r) && !doc.IsCloser(r) {
			sent.Start = reach(s, pv, b).Start
		}
	}
	return sent
}

func reach(s string, sent sentence, b bracket) sentence {
	if b.Open-sent.Start > maxReach {
		i := b.Open - maxReach
		for i > sent.Start && !utf8.RuneStart(s[i]) {
			i--
		}
		sent.Start = i
	}
	if sent.End-b.End > maxReach {
		i := b.End + maxReach
		for i < sent.End && !utf8.RuneStart(s[i]) {
			i++
		}
		sent.End = i
	}
	return sent
}

// withRule returns w with rule set, unless resolve set one of its own
// (a bare title, a pronoun).
func withRule(w who, rule string) who {
	if w.rule == "" {
		w.rule = rule
	}
	return w
}

// parenSource reports whether s opens with a source in brackets that a
// quotative follows (（広報室）としている, （市教委）との見方), and returns
// it and the length of the brackets. The source is a name: kanji, katakana and
// Latin letters, no longer than a desk's name, and none of the notes
// brackets also hold there (（笑）, （原文ママ）, （要旨）).
func parenSource(s string) (string, int, bool) {
	open, close := "（", "）"
	if !strings.HasPrefix(s, open) {
		open, close = "(", ")"
		if !strings.HasPrefix(s, open) {
			return "", 0, false
		}
	}
	end := strings.Index(s, close)
	if end < 0 {
		return "", 0, false
	}
	name := s[len(open):end]
	k := end + len(close)
	if !strings.HasPrefix(s[k:], "と") || name == "" || atLeastRunes(name, 13) {
		return "", 0, false
	}
	for _, r := range name {
		if !isNameRune(r) || r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			return "", 0, false
		}
	}
	if parenNote(name) {
		return "", 0, false
	}
	return name, k, true
}

// parenNote reports whether a word in brackets after quoted words is a
// note on them, not their source.
func parenNote(name string) bool {
	switch name {
	case "笑", "原文", "原文ママ", "ママ", "要旨", "要約", "抜粋", "略", "中略", "後略", "前略", "談", "同", "趣旨", "大意", "意訳", "訳", "注":
		return true
	}
	return false
}

// chainSkip returns the length of the run that opens after: blanked
// later quotations of a chain (「A」「B」と), the commas, spaces and
// conjunctions between them (「A」とか「B」と), and stray closing brackets.
func chainSkip(after string) int {
	i := 0
	for i < len(after) {
		switch {
		case after[i] == 0 || after[i] == ' ' || after[i] == '\n' || after[i] == '\r':
			i++ // a hard wrap: 「…」 over といった声
		case strings.HasPrefix(after[i:], "、") || strings.HasPrefix(after[i:], "・") || strings.HasPrefix(after[i:], "」") ||
			strings.HasPrefix(after[i:], "』") || strings.HasPrefix(after[i:], "\u3000"):
			i += 3
		default:
			// 「A」とか「B」と言われる, 「A」や「B」といった声: a conjunction
			// between two quotations of the chain.
			for _, c := range []string{"とか", "や", "と"} {
				if k := i + len(c); strings.HasPrefix(after[i:], c) && k < len(after) && (after[k] == 0 || strings.HasPrefix(after[k:], "、\x00")) {
					i = k
					break
				}
			}
			if i < len(after) && after[i] != 0 && !strings.HasPrefix(after[i:], "、") {
				return i
			}
		}
	}
	return i
}

// toldThat returns the offset in s of the に that marks who said the
// words before (…森川さんにそう言われ, …森川さんにこう諭された), or -1.
func toldThat(s string) int {
	for _, w := range toldWords {
		if i := strings.Index(s, w); i > 0 {
			return i
		}
	}
	return -1
}

// toldWords are the passive sayings whose agent, marked with に, said the
// words a sentence before them quotes.
var toldWords = []string{"にそう言われ", "にこう言われ", "にそう諭され", "にこう諭され", "にそう励まされ", "にこう励まされ", "にそう声をかけられ", "にこう声をかけられ"}

// standalone finds the speaker of a quotation standing as a sentence of
// its own: the person the next sentence opens with (following), the last
// speaker, the head of the transcript line before, the subject of the
// sentence before (continued), or, for a paragraph that opens with it,
// the person the text was about.
func (f *finder) standalone(t morph.Text, pi int, s string, sents []sentence, si int, top []bracket, paraQuote, speech bool, cur who, prevTopic *lazyTopic, a *attribution) who {
	if si+1 < len(sents) {
		// 「…」。大会を終え、こう語った沢井健二。: the next sentence ends
		// with the saying and the one who said it; 「…」。そうつぶやく森川
		// さんの横顔は…: it opens with them, whoever its topic is (そう話す
		// 森川さんに、学生は…).
		nx := sents[si+1]
		for _, said := range []func(string) (int, int, bool){saidThenName, saidOpensName} {
			if st, en, ok := said(s[nx.Start:nx.End]); ok {
				if w := f.resolve(t, pi, s, nx.Start+st, nx.Start+en); w.name != "" && w.name != anaphorName && !crowdNoun(w.name) {
					w.guess = false // the verb of speech confirms a name the dictionary lacks
					return withRule(w, ruleFollowing)
				}
			}
		}
	}
	if si+1 < len(sents) {
		// 「…」。…先輩の森川さんにそう言われ、…: the next sentence tells
		// who said it to the one it is about.
		nx := sents[si+1]
		next := s[nx.Start:nx.End]
		if k := toldThat(next); k > 0 {
			if w := f.agentMarked(t, pi, s, nx.Start, next[:k+len("に")], "に"); w.name != "" && !crowdNoun(w.name) {
				w.guess = false // the verb of speech confirms a name the dictionary lacks
				return withRule(w, ruleFollowing)
			}
		}
	}
	if si+1 < len(sents) {
		nx := sents[si+1]
		next := s[nx.Start:nx.End]
		if nw := f.opener(t, pi, s, nx.Start, next); nw.name != "" && nw.name != anaphorName &&
			(cur.name == "" || strings.Contains(next, "そう") || strings.Contains(next, "こう") || tellsSaying(next)) {
			return withRule(nw, ruleFollowing)
		}
	}
	if si+1 < len(sents) {
		// 「…」。店主のだみ声を、今も覚えている。: the next sentence opens
		// with whose words they were.
		nx := sents[si+1]
		next := strings.TrimLeft(s[nx.Start:nx.End], " \u3000")
		lead := nx.End - nx.Start - len(next)
		if j := strings.Index(next, "の"); j > 0 && j <= maxNamePhrase && wordsOf(next[j:]) && phraseBefore(next, j) == 0 {
			if w := f.resolve(t, pi, s, nx.Start+lead, nx.Start+lead+j); w.name != "" && w.name != anaphorName && !w.guess {
				return withRule(w, ruleFollowing)
			}
		}
	}
	if si+1 < len(sents) {
		// 「…」。そう話すのは、山田さんだ。 取材にこう語ったのは….
		nx := sents[si+1]
		next := s[nx.Start:nx.End]
		if b, ok := cleftLead(next); ok {
			body := strings.TrimLeft(next[b:], "、 ")
			if w := f.cleft(t, pi, s, nx.End-len(body), body); w.name != "" && w.name != anaphorName {
				return withRule(w, ruleFollowing)
			}
		}
	}
	if paraQuote && si == len(sents)-1 {
		// 「…」 closing its paragraph, and the next one opens with
		// そう言ってほほ笑む森川さんが…: the saying names who said it.
		if w := f.nextSaid(pi + 1); w.name != "" {
			return withRule(w, ruleFollowing)
		}
	}
	if si > 0 {
		// …店主の森川さん（61）に話を伺った。「…」: the one asked.
		pv := sents[si-1]
		prev := s[pv.Start:pv.End]
		if k := interviewedAt(prev); k > 0 {
			if w := f.agentMarked(t, pi, s, pv.Start, prev[:k], "に"); w.name != "" && w.name != anaphorName && !crowdNoun(w.name) {
				return withRule(w, ruleContinued)
			}
		}
	}
	if !speech {
		return who{} // a title or a name standing alone: nobody says it
	}
	if paraQuote && si == len(sents)-1 {
		// 「…」 closing its paragraph, and the next one opens with
		// こう語るのは山田さん。
		if w := f.nextCleft(pi + 1); w.name != "" {
			return withRule(w, ruleFollowing)
		}
	}
	if si > 0 {
		// …ネット上で賛否両論が繰り広げられた。「…」: voices the sentence
		// before leads in, with their medium.
		pv := sents[si-1]
		brokenOff := hasSuffixAny(strings.TrimRight(s[pv.Start:pv.End], " \n"), "からは", "からも", "では", "でも") // ネットユーザーからは / 「…」
		if pt := s[pv.Start:pv.End]; !strings.ContainsAny(pt, "「『") && (brokenOff || containsAny(pt, voiceLeadIns...)) {
			// Not when a person is the topic (チャン・グンソクは
			// Twitterで反応。): the medium is theirs.
			if tp := f.topic(t, pi, pt, pv.Start, nil); tp.name == "" || crowdNoun(tp.name) {
				if w := f.crowdSource(t, pi, s, pv.Start, pt); w.name != "" {
					return withRule(w, ruleSource)
				}
			}
		}
	}
	if paraQuote && si == 0 && pi > 0 && pi-1 < len(f.paras) && isQuestion(f.paras[pi-1].Text) {
		// ――今後も続けますか？ then 「…」: the answer of the one
		// interviewed, whoever spoke last before the question.
		w := f.answerer
		if w.name == "" {
			w = cur
		}
		if w.name == "" {
			w = f.interviewee(pi)
		}
		if w.name == "" {
			w = f.leadPerson(pi)
		}
		if w.name != "" && w.name != anaphorName && !crowdNoun(w.name) {
			w.span = article.Span{}
			f.answerer = w
			return as(w, ruleDialogue)
		}
	}
	if si > 0 {
		// …ペンネーム「港の灯台守」さんからのお便りです。「…」: the
		// words of the message the sentence before brings in.
		pv := sents[si-1]
		if w := f.messageFrom(t, pi, s, pv.Start, s[pv.Start:pv.End]); w.name != "" {
			return w
		}
	}
	if si > 0 {
		// …ユリコさん（33歳）のエピソードを紹介しよう。「…」: the person
		// the sentence before brings in, with an age, speaks next.
		pv := sents[si-1]
		if w := f.introduced(t, pi, s, pv.Start, s[pv.Start:pv.End]); w.name != "" && w.name != cur.name {
			a.carried = true
			return as(w, ruleContinued)
		}
		// 山田さんのブログでは、…と綴っている。「…」: the one whose page
		// the sentence before reads from.
		if w := f.mediumOf(t, pi, s, pv.Start, s[pv.Start:pv.End]); w.name != "" && !samePerson(w.name, cur.name) {
			a.carried = true
			return as(w, ruleContinued)
		}
		// 森本理事長によると、…。「…」: the person the sentence before
		// gives as its source goes on in their own words.
		if w := f.accordingTo(t, pi, s, pv, top); w.name != "" && w.name != anaphorName && !crowdNoun(w.name) &&
			!samePerson(w.name, cur.name) && f.x != nil && f.isPerson(w.name) {
			a.carried = true
			return as(w, ruleContinued)
		}
	}
	if cur.name != "" {
		a.carried = true
		return as(cur, ruleContinued)
	}
	if si > 0 {
		pv := sents[si-1]
		if name, at := turnHead(s[pv.Start:pv.End]); name != "" {
			return who{name: name, span: t.Span(pv.Start+at, pv.Start+at+len(name)), rule: ruleDialogue}
		}
		if w := prevTopic.get(f, t, pi, sents, top); w.name != "" {
			a.carried = true
			if a.verb == "" {
				a.verb = findLastVerb(s[pv.Start:pv.End])
			}
			return as(w, ruleContinued)
		}
		return who{}
	}
	if paraQuote && si+1 < len(sents) {
		// A paragraph that opens with the quotation and goes on about its
		// speaker: 「…」。…山田さんは….
		nx := sents[si+1]
		next := s[nx.Start:nx.End]
		if nw := f.topic(t, pi, next, nx.Start, nil); nw.name != "" && nw.name != anaphorName && (strings.Contains(next, "そう") || f.x != nil || titledSpan(t, nw.span)) {
			return withRule(nw, ruleFollowing)
		}
	}
	if paraQuote && si == 0 {
		// A paragraph that is a name alone, then the words: 山田市長 /
		// 「…」, as broadcasters print what was said on air.
		if w := f.nameLine(pi - 1); w.name != "" {
			return withRule(w, ruleDialogue)
		}
		// ■代表取締役社長 葛西陽介のコメント / 「…」: the one a heading
		// announces the words of.
		if w := f.commentHead(pi - 1); w.name != "" {
			return withRule(w, ruleDialogue)
		}
		// 港町署の幹部が明かす。 then 「…」: the one the sentence before
		// announces speaks.
		if w := f.announcedBefore(pi); w.name != "" {
			return withRule(w, ruleFollowing)
		}
		// 山田院長に話を伺った。 then 「…」: the one asked answers.
		if w := f.askedBefore(pi); w.name != "" {
			a.carried = true
			return as(w, ruleContinued)
		}
		// 山田さんの公式ブログでは…綴っている。 then 「…」: the page's words.
		if w := f.prevMedium(pi); w.name != "" {
			a.carried = true
			return as(w, ruleContinued)
		}
		// 夕方、叔父から電話が入った。 then 「…」: the words of the one the
		// message came from.
		if w := f.prevMessage(pi); w.name != "" {
			return w
		}
	}
	if paraQuote && si == 0 && pi > 0 && !f.paras[pi-1].Heading {
		// 島村氏は、 then 「…」: the topic that opens the sentence, broken
		// off before its words.
		pt := f.text(pi - 1)
		if h, ok := strings.CutSuffix(strings.TrimRight(pt.Norm, " \u3000"), "、"); ok {
			if h, ok := cutAnySuffix(h, "は", "も", "が"); ok {
				if st := phraseBefore(h, len(h)); st < len(h) {
					if w := f.resolve(pt, pi-1, pt.Norm, st, len(h)); w.name != "" && w.name != anaphorName {
						return withRule(w, ruleExplicit)
					}
				}
			}
		}
	}
	if paraQuote && pi > 0 && !f.paras[pi-1].Heading {
		// このニュースはネットユーザーの間でも波紋を呼び、 then 「…」: the
		// sentence goes on into the quotation, with its source.
		// ネットユーザーからは over the words: the source broken off
		// before them.
		if pt := f.text(pi - 1); hasSuffixAny(strings.TrimRight(pt.Norm, " "), "、", "からは", "からも", "では", "でも") {
			if w := f.crowdSource(pt, pi-1, pt.Norm, 0, pt.Norm); w.name != "" {
				return withRule(w, ruleSource)
			}
		}
	}
	if paraQuote && f.voiceList(pi) {
		// One more of the comments listed before: from the source of the
		// one just before it, if the text gave one.
		if n := len(f.out); n > 0 && f.out[n-1].Paragraph == pi-1 && f.out[n-1].Attribution == ruleSource {
			q := f.out[n-1]
			return who{name: q.Speaker, org: q.Organization, rule: ruleSource}
		}
		return who{}
	}
	if paraQuote {
		if w := f.salient(pi); w.name != "" {
			a.carried = true
			return as(w, ruleContinued)
		}
		if pi > 0 && f.asked(pi-1) {
			// The first answer of an interview: the one the interview
			// is with (…さんに話を聞いた), else the person the question
			// asks about (――まず、北村さんがジムを始めたきっかけは？).
			w := f.interviewee(pi)
			if w.name == "" {
				w = f.finalTopic(f.text(pi-1), pi-1)
			}
			if w.name != "" && w.name != anaphorName && !crowdNoun(trimPlural(w.name)) {
				a.carried = true
				return as(w, ruleContinued)
			}
		}
		if pi > 0 && f.paras[pi-1].Heading && questionHeading(f.paras[pi-1].Text) {
			// 倉持さんに聞いた。 then ■植え替えはいつ？ over 「…」: the
			// answer under a question printed as a heading is the one
			// the interview is with.
			if w := f.interviewee(pi); w.name != "" && w.name != anaphorName && !crowdNoun(trimPlural(w.name)) {
				a.carried = true
				return as(w, ruleContinued)
			}
		}
	}
	return who{}
}

// messageNouns are what someone sends that the text then quotes.
var messageNouns = []string{"電話", "連絡", "メール", "手紙", "便り", "お便り", "はがき", "メッセージ", "返信", "返事", "伝言", "投書", "一言", "ひと言", "ひとこと", "ごあいさつ", "コメント"}

// messageArrivals say that a message came, after it: 電話があって, メールが
// 届いた, お便りです.
var messageArrivals = []string{"あり", "あっ", "ある", "届", "入", "来", "寄せられ", "です", "でした", "だ"}

// maxMessageTo bounds, in bytes, where a message went between から and
// the message (局に, 番組あてに).
const maxMessageTo = 8 * 3

// messageFrom returns the sender in pt, the text of a sentence at offset
// off of s, that says a message came from them (沢井さんから番組あてに
// 電話があり, ペンネーム「港の灯台守」さんからのお便りです), or nobody. A pen
// name in brackets is the name.
func (f *finder) messageFrom(t morph.Text, pi int, s string, off int, pt string) who {
	for end := len(pt); end > 0; {
		k := strings.LastIndex(pt[:end], "から")
		if k <= 0 {
			return who{}
		}
		end = k
		rest := strings.TrimPrefix(pt[k+len("から"):], "の")
		if j := strings.Index(rest[:min(len(rest), maxMessageTo+len("に"))], "に"); j > 0 && !strings.ContainsAny(rest[:j], "、。「") {
			rest = rest[j+len("に"):] // 番組あてに電話が
		}
		if !messageCame(rest) {
			continue
		}
		head := strings.TrimSuffix(pt[:k], "さん")
		if in, ok := strings.CutSuffix(head, "」"); ok {
			// ペンネーム「港の灯台守」さん: the name the sender signs
			if o := strings.LastIndex(in, "「"); o >= 0 && !strings.ContainsAny(in[o:], "。、") && o+len("「") < len(in) {
				st := o + len("「")
				return who{name: in[st:], span: t.Span(off+st, off+len(in)), rule: ruleSource}
			}
			return who{}
		}
		st := phraseBefore(pt, k)
		if st >= k {
			return who{}
		}
		w := f.resolve(t, pi, s, off+st, off+k)
		if w.name == "" || w.name == anaphorName || w.guess {
			return who{}
		}
		return withRule(w, ruleSource)
	}
	return who{}
}

// sayingMarks follow the words someone is known to say: 「…」が口癖だった.
var sayingMarks = []string{"が口癖", "が口ぐせ", "がモットー", "が持論", "が座右の銘", "が信条"}

// messageCame reports whether rest opens with a message that came (電話が
// あり, コメントが寄せられた), or names it as the sentence's last word
// (会長の森川からメッセージ。); not one that did not come (連絡が来ないので).
func messageCame(rest string) bool {
	noun, ok := hasPrefixOf(rest, messageNouns...)
	if !ok {
		return false
	}
	after := strings.TrimLeft(rest[len(noun):], "がも")
	if strings.TrimLeft(after, "。 ") == "" {
		return true
	}
	return hasPrefixAny(after, messageArrivals...) && !hasPrefixAny(after, "来な", "届かな", "なか", "ない")
}

// questionHeading reports a heading that asks a question (■植え替えは
// いつ？).
func questionHeading(s string) bool {
	_, ok := cutAnySuffix(strings.TrimRight(s, " 　"), "？", "?")
	return ok
}

// voiceLeadIns end a sentence that leads in the voices of a crowd quoted
// after it (賛否両論が繰り広げられた, 話題になっている, 波紋を呼んだ).
var voiceLeadIns = []string{"賛否", "議論", "話題", "波紋", "反響", "物議", "声が", "声も", "反応", "意見が", "意見も", "書き込み"}

// leadInNouns name what a crowd writes or says (寄せられたコメント, ネット
// の反応); leadInNext may follow one in a sentence that leads in a list of
// such voices (…といった声が相次いだ。, 次のような意見も。), not in one where
// a person acts (コメントした, 声をかけた).
var (
	leadInNouns = []string{"コメント", "声", "反応", "書き込み", "意見", "感想", "回答", "批判"}
	leadInNext  = []string{"が", "も", "は", "。", "：", ":", "を聞", "をきい", "を集め"}
)

// maxLeadInTail bounds the bytes at the end of a paragraph read for a
// lead-in to a list of voices.
const maxLeadInTail = 40 * 3

// voiceList reports whether paragraph pi, a quotation alone, is one of a
// list of anonymous voices: the paragraph before it is one too, or its
// last words lead in voices (下記のコメントが寄せられている。) and it has
// no person as its topic.
func (f *finder) voiceList(pi int) bool {
	if n := len(f.recs); n > 0 && f.recs[n-1].pi == pi-1 && f.recs[n-1].voices {
		return true
	}
	if pi == 0 || f.paras[pi-1].Heading {
		return false
	}
	t := f.text(pi - 1)
	from := max(0, len(t.Norm)-maxLeadInTail)
	for from < len(t.Norm) && !utf8.RuneStart(t.Norm[from]) {
		from++
	}
	tail := t.Norm[from:]
	if k := strings.LastIndex(strings.TrimSuffix(tail, "。"), "。"); k >= 0 {
		tail = tail[k+len("。"):] // the last sentence
	}
	hit := false
	for _, v := range leadInNouns {
		for at := 0; !hit; {
			k := strings.Index(tail[at:], v)
			if k < 0 {
				break
			}
			at += k + len(v)
			for _, nx := range leadInNext {
				hit = hit || strings.HasPrefix(tail[at:], nx)
			}
		}
	}
	return hit && f.finalTopic(t, pi-1).name == "" || f.closedVoices(pi)
}

// Bounds of closedVoices: the quotation paragraphs of a list, the
// paragraphs read ahead, and the runes of the sentence that closes it.
const (
	minClosedList  = 3
	maxListAhead   = 64
	maxClosingRune = 40
)

// closedVoices reports whether paragraph pi is one of a run of at least
// minClosedList paragraphs that are quotations alone, which the paragraph
// after it closes as voices (様々な意見が寄せられている。, といった声が相次いだ。)
// with no person named: comments listed one by one, nobody's in
// particular.
func (f *finder) closedVoices(pi int) bool {
	if !f.quoteLine(pi) {
		return false
	}
	first := pi
	for first > 0 && pi-first < maxListAhead && f.quoteLine(first-1) && !f.paras[first-1].Heading {
		first--
	}
	next := pi + 1
	for next < len(f.paras) && next-pi < maxListAhead && f.quoteLine(next) && !f.paras[next].Heading {
		next++
	}
	if next-first < minClosedList || next >= len(f.paras) || f.paras[next].Heading {
		return false
	}
	t := f.text(next)
	end := strings.Index(t.Norm, "。")
	if end < 0 || utf8.RuneCountInString(t.Norm[:end]) > maxClosingRune {
		return false
	}
	head := t.Norm[:end+len("。")]
	hit := false
	for _, v := range leadInNouns {
		if k := strings.Index(head, v); k >= 0 {
			for _, nx := range leadInNext {
				hit = hit || strings.HasPrefix(head[k+len(v):], nx)
			}
		}
	}
	return hit && f.topic(t, next, head, 0, nil).name == ""
}

// maxNameLine bounds the runes of a paragraph that is a speaker's name
// alone.
const maxNameLine = 16

// nameLine returns the speaker that paragraph pj names when it is nothing
// but a person's name, with or without a title (山田市長, 記者), or nobody.
func (f *finder) nameLine(pj int) who {
	if pj < 0 || pj >= len(f.paras) {
		return who{} // a name printed as a heading counts too
	}
	t := f.text(pj)
	s := strings.TrimSpace(t.Norm)
	if k := strings.Index(s, "("); k > 0 && strings.HasSuffix(s, ")") && !atLeastRunes(s[k:], maxNameLine*2) {
		s = s[:k] // 川瀬由香(青空ガールズ(仮)): the group in brackets after the name
	}
	if k := strings.LastIndexByte(s, ' '); k > 0 && k+1 < len(s) && phraseBefore(s, len(s)) == k+1 {
		// 北浜麦の会代表 井岡茂樹: a post, a space, then the name.
		off := len(t.Norm) - len(strings.TrimLeft(t.Norm, " ")) + k + 1
		if w := f.resolve(t, pj, t.Norm, off, off+len(s)-k-1); w.name != "" && w.name != anaphorName && !w.guess && !crowdNoun(w.name) && (f.x == nil || f.isPerson(w.name)) {
			return w
		}
	}
	if s == "" || !atLeastRunes(s, 2) || atLeastRunes(s, maxNameLine+1) || phraseBefore(s, len(s)) != 0 {
		return who{}
	}
	off := len(t.Norm) - len(strings.TrimLeft(t.Norm, " "))
	w := f.resolve(t, pj, t.Norm, off, off+len(s))
	if w.name == anaphorName || w.guess || crowdNoun(w.name) {
		return who{}
	}
	return w
}

// askVerb reports a verb that puts a question (尋ね, 聞い, 質問し).
func askVerb(v string) bool {
	return hasPrefixAny(v, "尋ね", "たずね", "聞い", "聞く", "聞き", "訊", "質問", "問い", "問う", "問われ")
}

// media are where a person writes in their own name (北沢監督のブログで).
var media = []string{"ブログ", "facebook", "Facebook", "フェイスブック", "ツイッター", "Twitter", "twitter", "インスタグラム",
	"Instagram", "公式サイト", "ホームページ", "公式ブログ", "公式ツイッター", "オフィシャルブログ", "日記", "コラム", "連載"}

// maxMediumName bounds the bytes of a page's name in brackets after it.
const maxMediumName = 30 * 3

// mediumOf returns the person whose blog or page before the quotation
// carries it: 北沢監督のfacebookでは「…」, 山田さんのブログに「…」. before
// starts at off in s.
func (f *finder) mediumOf(t morph.Text, pi int, s string, off int, before string) who {
	for _, m := range media {
		if !strings.Contains(before, m) {
			// The forward search is vectorised, the backward one not:
			// most texts name no medium, and are refused at that speed.
			continue
		}
		i := strings.LastIndex(before, "の"+m)
		mark := "の"
		if i <= 0 {
			// 三浦浩成オフィシャルブログでは: an official page needs no の.
			if m != "公式ブログ" && m != "公式サイト" && m != "公式ツイッター" && m != "オフィシャルブログ" {
				continue
			}
			if i = strings.LastIndex(before, m); i <= 0 {
				continue
			}
			mark = ""
		}
		tail := strings.TrimLeft(before[i+len(mark)+len(m):], " ")
		if rest, ok := strings.CutPrefix(tail, "「"); ok {
			// 三浦皇成オフィシャルブログ「皇成日記」では: the page's name.
			if k := strings.Index(rest, "」"); k >= 0 && k <= maxMediumName {
				tail = rest[k+len("」"):]
			}
		}
		if !hasPrefixAny(tail, "では", "で", "には", "に", "にて", "から", "へ") {
			continue
		}
		st := phraseBefore(before, i)
		if st == i {
			continue
		}
		if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName && !crowdNoun(w.name) && !w.guess {
			return w
		}
	}
	return who{}
}

// quoteLine reports whether paragraph pi is one quotation and nothing
// else, as each voice of a list printed one per line.
func (f *finder) quoteLine(pi int) bool {
	if pi < 0 || pi >= len(f.paras) {
		return false
	}
	p := strings.TrimSpace(f.paras[pi].Text)
	return strings.HasPrefix(p, "「") && strings.HasSuffix(p, "」") && strings.Count(p, "「") == 1
}

// prevMedium returns the one whose page the paragraph before pi reads
// from (山田さんのブログでは、…), or nobody.
func (f *finder) prevMedium(pi int) who {
	if pi == 0 || pi-1 >= len(f.paras) || f.paras[pi-1].Heading {
		return who{}
	}
	t := f.text(pi - 1)
	return f.mediumOf(t, pi-1, t.Norm, 0, t.Norm)
}

// prevMessage returns the one the last sentence of the paragraph before
// pi says a message came from (叔父から電話が入った。), or nobody.
func (f *finder) prevMessage(pi int) who {
	if pi == 0 || pi-1 >= len(f.paras) || f.paras[pi-1].Heading {
		return who{}
	}
	t := f.text(pi - 1)
	body := strings.TrimRight(t.Norm, " \u3000")
	off := 0
	if k := strings.LastIndex(strings.TrimSuffix(body, "。"), "。"); k >= 0 {
		off = k + len("。")
	}
	return f.messageFrom(t, pi-1, t.Norm, off, body[off:])
}

// lastPersonBut returns the last person paragraph pi names before offset
// end other than the one called but, or nobody.
func (f *finder) lastPersonBut(pi, end int, but string) who {
	var w who
	for _, m := range f.x.Mentions(pi) {
		if m.Kind == entity.Person && m.End <= end {
			if n := f.x.Name(m); !samePerson(n, but) {
				w = who{name: n}
			}
		}
	}
	return w
}

// endsAsking reports whether the quotation q, brackets and all, ends with
// a question mark.
// asking reports whether the quotation q is a question: it ends with a
// question mark or with the particle か (効果はありますか).
func asking(q string) bool {
	q = strings.TrimRight(q, "」』")
	return endsAsking(q) || strings.HasSuffix(q, "か") || strings.HasSuffix(q, "の")
}

func endsAsking(q string) bool {
	q = strings.TrimRight(q, "」』")
	return strings.HasSuffix(q, "？") || strings.HasSuffix(q, "?")
}

// untilQuote returns s up to the next quotation, blanked or not.
func untilQuote(s string) string {
	if k := strings.IndexAny(s, "\x00「"); k >= 0 {
		return s[:k]
	}
	return s
}

// samePerson reports whether two speakers' names are one person's: the
// same, or one a part of the other of two runes or more (西尾 and 西尾宏).
func samePerson(a, b string) bool {
	if a == b {
		return true
	}
	if utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 2 {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// askedBetween reports whether s, the text between two quotations of a
// sentence, puts the first as a question or a request (と尋ねると, と聞いた
// ところ): one of askingForms after its と.
func askedBetween(s string) bool {
	rest, ok := strings.CutPrefix(strings.Trim(s, "\x00 、"), "と")
	return ok && askingForm(rest)
}

// maxQuestionRunes bounds the runes between a question and its answer in
// questionBetween.
const maxQuestionRunes = 24

// questionBetween reports whether s, the text between two quotations,
// makes the first a question the second answers: 「…？」という記者からの
// 質問に対しては「…」.
func questionBetween(s string) bool {
	t := strings.Trim(s, "\x00 、")
	return (strings.HasPrefix(t, "という") || strings.HasPrefix(t, "との")) && utf8.RuneCountInString(t) <= maxQuestionRunes &&
		hasSuffixAny(strings.TrimRight(t, "は、 "), "質問に対して", "質問に対し", "問いに対して", "問いに対し", "質問に", "問いに", "問いかけに")
}

// passiveAfter reports whether rest, after a quotative, says the words
// were heard or borne rather than said by the clause's subject: a passive
// verb of speech right after the quotative (と言われた), as the reporting
// verb found at vAt close to it, or anywhere in the quotation's own clause
// when no active verb of speech comes first (と真顔で言われた; not と振り返
// り、…を訊かれると, and not a voice noun, という声).
func passiveAfter(rest, verb string, vAt int) bool {
	switch {
	case passiveSpeech(rest):
		return true
	case vAt >= 0 && passiveSpeech(verb) && vAt <= 6*3:
		return true
	case vAt >= 0 && !passiveSpeech(verb), voiceSet.prefixOf(rest):
		return false
	}
	return passiveAt(firstClause(rest)) >= 0
}

// firstClause returns rest up to its first comma: a passive verb after it
// (と振り返り、…を訊かれると) belongs to another clause.
func firstClause(rest string) string {
	if i := strings.Index(rest, "、"); i >= 0 {
		return rest[:i]
	}
	return rest
}

// speakerDescribed reports whether the verb of speech after と ends a
// clause that describes its speaker (と回答した人は66%, と話す女性も): the
// words of the one described there, not of anyone named before.
func speakerDescribed(rest, verb string, vAt int) bool {
	if vAt < 0 {
		return false
	}
	tail := rest[vAt+len(verb):]
	k := 0
	for n := 0; k < len(tail) && n < 5; n++ {
		r, w := firstRune(tail[k:])
		if r < 'ぁ' || r > 'ゖ' {
			break
		}
		k += w
	}
	e := k + nameRun(tail[k:])
	p := trimPlural(tail[k:e])
	if !(e == len(tail) || hasPrefixAny(tail[e:], "は", "が", "も", "の", "、", "。", "(", "（")) {
		return false // と言って記者を笑わせる: no subject
	}
	return e > k && e-k <= 4*3 && (hasSuffixAny(p, "人", "者") || anyone[p])
}

// anyone are the words that describe a person without naming one (と話す
// 女性, と答えた方).
var anyone = map[string]bool{"方": true, "女性": true, "男性": true, "女子": true, "男子": true, "主婦": true, "ママ": true, "独女": true, "方々": true}

// describedVoice reports words put in the mouth of people the sentence
// goes on to describe (「…」という人が多い, という方も): no one in particular.
func describedVoice(quotative, rest string) bool {
	return (quotative == "という" || quotative == "といった") && personal(rest[:nameRun(rest)])
}

// maxTurnRunes bounds the characters of a clause that hands the turn
// over between two quotations (といえば, と振ると).
const maxTurnRunes = 12

// personVerb reports a reporting verb that only a person does: speaking,
// laughing, confessing (語った, 話す, 述べた, 笑った, 明かした), unlike the
// ones a work or a sign does as well (訴える, 伝える, 記す).
func personVerb(v string) bool {
	return hasPrefixAny(v, "語", "話", "述べ", "笑", "明か", "打ち明け", "告白", "苦笑", "答え", "語っ", "振り返", "ほほ笑", "微笑", "質問", "尋ね", "問いかけ")
}

// turnBetween reports whether s, the text between two quotations of a
// sentence, hands the turn to another person: a clause of condition after
// the first one's と (山田が「…」といえば、「…」と返す, と水を向けると; と言
// われると is the listener's own turn and does not count).
func turnBetween(s string) bool {
	rest, ok := strings.CutPrefix(strings.Trim(s, "\x00 、"), "と")
	if !ok || rest == "" || utf8.RuneCountInString(rest) > maxTurnRunes || containsAny(rest, passiveMarks...) || strings.Contains(rest, "。") {
		return false
	}
	// と alone does not hand the turn over: 「…」と話すと、「…」と続けた
	// goes on with the same person. These verbs ask for an answer.
	// An answer hands it back: 「…」と答えるや、「…」.
	return hasSuffixAny(rest, "ば", "たら", "振ると", "ふると", "ツッコむと", "突っ込むと", "迫ると", "向けると", "促すと",
		"答えるや", "答えると", "答えたところ", "返すと", "返すや", "応じると", "応えると",
		"及ぶと", "及ぶや", "及んだところ", "飛ぶと", "飛んだところ", // と話が及ぶと, と質問が飛ぶと
		// words cut short or put to someone: と言いかけると, と話しかけると,
		// と持ちかけると, と誘うと
		"言いかけると", "言いかけたところ", "話しかけると", "話しかけたところ", "呼びかけると", "持ちかけると",
		"持ちかけたところ", "提案すると", "提案したところ", "誘うと", "誘ったところ")
}

// maxVoiceDescription bounds the bytes of the words that describe voices
// before their noun (否定的な声).
const maxVoiceDescription = 8 * 3

// describedVoices reports whether rest opens with a short description of
// voices and one of voiceNouns marked as a subject (否定的な声が, 厳しい意
// 見も).
func describedVoices(rest string) bool {
	for i := 0; i <= min(len(rest), maxVoiceDescription); {
		if strings.ContainsRune("、。", firstRuneOf(rest[i:])) {
			return false
		}
		if v := voiceSet.prefixOf(rest[i:]); v && i > 0 {
			for _, n := range voiceNouns {
				if after, ok := strings.CutPrefix(rest[i:], n); ok {
					return hasPrefixAny(after, "が", "も", "は", "の")
				}
			}
		}
		if i == len(rest) {
			break
		}
		_, n := firstRune(rest[i:])
		i += n
	}
	return false
}

// hasNounAfter reports whether rest opens with a noun phrase, not a verb
// or the end of the sentence: という商品, といった名前.
func hasNounAfter(rest string) bool {
	r, _ := firstRune(rest)
	if !(r >= 0x4E00 && r <= 0x9FFF || r >= 'ァ' && r <= 'ヺ') {
		return false
	}
	w := rest[:nameRun(rest)]
	// という人, という複雑な声: someone's words
	return !personal(w) && !crowdNoun(w) && !describedVoices(rest)
}

// titleAlone reports whether name is a title with no name (監督, 社長).
func titleAlone(name string) bool {
	n, _, ok := entity.SplitTitle(name)
	return ok && n == ""
}

// hasSuffixAny reports whether s ends with one of the words.
func hasSuffixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// sourceBefore reports whether name is marked with から right before the
// quotation (三浦健太から「…」というコメントが寄せられた), not only a cause
// (知名度の無さから、「…」).
func sourceBefore(before, name string) bool {
	if !fromRightBefore(before) || name == "" {
		return false
	}
	i := strings.LastIndex(before, "から")
	return i >= 0 && strings.Contains(before[max(0, i-len(name)-len("さん")):i], name)
}

// voiceArises reports whether rest opens with a word of voiceNouns that
// the sentence says arose or was heard (という批判も起こっている, との声が
// 上がった, という意見が相次いだ): voices of a crowd, not of the topic.
func voiceArises(rest string) bool {
	for _, v := range voiceNouns {
		after, ok := strings.CutPrefix(rest, v)
		if !ok {
			continue
		}
		if a, ok := strings.CutPrefix(after, "も"); ok {
			after = a
		} else if a, ok := strings.CutPrefix(after, "が"); ok {
			after = a
		} else {
			return false
		}
		return hasPrefixAny(after, "起こ", "起き", "上が", "あが", "出て", "出た", "出る", "相次", "寄せられ", "広が", "殺到", "噴出", "聞かれ", "目立", "多い", "多く")
	}
	return false
}

// voiceAsVerb reports whether rest, after と, starts with a word of
// voiceNouns used as a verb (答えた, コメントした, 批判している) or as the
// object of a verb of speech (と感想を語った) rather than as a noun (と批判
// の声).
func voiceAsVerb(rest string) bool {
	for _, v := range voiceNouns {
		if after, ok := strings.CutPrefix(rest, v); ok {
			if obj, ok := strings.CutPrefix(after, "を"); ok && v != "声" && v != "質問" && v != "問いかけ" {
				// と感想を語った, とコメントを寄せた: the noun is the object
				// of a verb of speech, and the words are the subject's.
				return verbAt(obj) != ""
			}
			return hasPrefixAny(after, "し", "する", "され", "た", "て", "る", "ま", "つつ", "ながら")
		}
	}
	return false
}

// hasPrefixAny reports whether s starts with one of the words.
func hasPrefixAny(s string, words ...string) bool {
	_, ok := hasPrefixOf(s, words...)
	return ok
}

// askingForms are a request or a question put in a clause of condition
// (お願いすると, 尋ねたところ): said by the writer when no subject is
// named.
var askingForms = []string{"お願いすると", "お願いしたところ", "聞くと", "聞いたところ", "聞いてみると", "聞いてみたところ",
	"尋ねると", "尋ねたところ", "尋ねてみると", "たずねると", "訊くと", "訊いたところ", "訊ねると", "質問すると", "質問したところ",
	"問うと", "問いかけると", "求めると", "求めたところ", "伺うと", "伺ったところ", "うかがうと", "向けると", "投げかけると"}

// askingForm reports whether rest, after a quotative と, starts with one of
// askingForms.
func askingForm(rest string) bool {
	for _, f := range askingForms {
		if strings.HasPrefix(rest, f) {
			return true
		}
	}
	return false
}

// askVerbs end a sentence that says someone was asked (山田院長に伺った,
// 担当者に話を聞いた): the quotation that opens the next paragraph is the
// answer.
var askVerbs = []string{"伺った", "伺いました", "うかがった", "聞いた", "聞いてみた", "聞きました", "聞いてみました", "尋ねた", "尋ねてみた", "尋ねました", "質問した", "質問してみた", "質問しました",
	// told: Xから告白を受けた, Xから打ち明けられた
	"告白を受けた", "告白を受けました", "相談を受けた", "相談を受けました", "打ち明けられた", "打ち明けられました", "報告を受けた", "報告を受けました"}

// interviewedAt returns the end of the に that marks the one a sentence
// says was asked (森川さんにメールで話を聞いた。, 担当者にお話を伺いました。),
// or -1.
func interviewedAt(sent string) int {
	h := strings.TrimRight(sent, "。 \u3000")
	v, ok := cutAnySuffix(h, askVerbs...)
	if !ok {
		return -1
	}
	h = v
	for _, w := range []string{"話を", "お話を", "話"} {
		if c, ok := strings.CutSuffix(h, w); ok {
			h = c
			break
		}
	}
	for _, w := range []string{"電話で", "オンラインで", "メールで", "現地で", "改めて", "直接"} {
		if c, ok := strings.CutSuffix(h, w); ok {
			h = c
			break
		}
	}
	if !strings.HasSuffix(h, "に") {
		return -1
	}
	return len(h)
}

// signs are the things that show words to passers-by; postedSigns the
// ones a quotation is read on with の alone (「…」の張り紙), where 看板 and
// 札 are as often a figure of speech (「港北一」の看板).
var (
	signs       = []string{"看板", "張り紙", "貼り紙", "はり紙", "札", "立て札", "横断幕", "垂れ幕", "のぼり", "プラカード", "掲示"}
	postedSigns = []string{"張り紙", "貼り紙", "はり紙", "立て札", "横断幕", "垂れ幕", "プラカード"}
)

// signWords reports whether the text after a quotation says a sign shows
// its words: と記された立て札 (after the quotative), の貼り紙 (right after it).
func signWords(quotative, rest, trimmed string) bool {
	if quotative == "と" {
		for _, w := range []string{"書かれた", "書いた", "記された", "掲げた"} {
			if r, ok := strings.CutPrefix(rest, w); ok {
				return hasPrefixAny(r, signs...)
			}
		}
		return false
	}
	if r, ok := strings.CutPrefix(trimmed, "の"); ok && quotative == "" {
		return hasPrefixAny(r, postedSigns...)
	}
	return false
}

// hasPrefixOf returns the first of prefixes that s starts with.
func hasPrefixOf(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return p, true
		}
	}
	return "", false
}

// opensWithQuote reports whether paragraph pj opens with a quotation.
func (f *finder) opensWithQuote(pj int) bool {
	if pj >= len(f.paras) || f.paras[pj].Heading {
		return false
	}
	s := strings.TrimLeft(f.src[f.paras[pj].Span.Start:f.paras[pj].Span.End], " \u3000")
	return strings.HasPrefix(s, "「") || strings.HasPrefix(s, "『")
}

// announceVerbs end a sentence that announces the words of the next
// paragraph: 港町署の幹部が明かす。, 友人はこう語る。
var announceVerbs = []string{"明かす", "明かした", "話す", "話した", "語る", "語った", "証言する", "証言した", "打ち明ける", "打ち明けた",
	"振り返る", "振り返った", "説明する", "説明した", "解説する", "解説した", "指摘する", "指摘した", "続ける", "続けた"}

// announcedBefore returns the subject of the last sentence of paragraph
// pi-1 when it is only someone and a verb of speech, maybe after こう or
// 次のように (港町署の幹部が明かす。, 友人はこう語る。): the one whose words
// open paragraph pi. Otherwise nobody.
func (f *finder) announcedBefore(pi int) who {
	if pi == 0 || f.paras[pi-1].Heading {
		return who{}
	}
	t := f.text(pi - 1)
	s := strings.TrimRight(t.Norm, " \u3000")
	body, ok := strings.CutSuffix(s, "。")
	if !ok || strings.ContainsAny(body[max(0, strings.LastIndex(body, "。")):], "「」") {
		return who{}
	}
	off := 0
	if k := strings.LastIndex(body, "。"); k >= 0 {
		off = k + len("。")
	}
	sent := body[off:]
	v := ""
	for _, w := range announceVerbs {
		if strings.HasSuffix(sent, w) {
			v = w
			break
		}
	}
	if v == "" {
		return who{}
	}
	head := strings.TrimSuffix(sent[:len(sent)-len(v)], "、")
	for _, lead := range []string{"こう", "次のように", "このように", "そう"} {
		if h, ok := strings.CutSuffix(head, lead); ok {
			head = strings.TrimSuffix(h, "、")
			break
		}
	}
	h, ok := cutAnySuffix(head, "は", "が", "も")
	if !ok {
		return who{}
	}
	st := phraseBefore(h, len(h))
	if st >= len(h) {
		return who{}
	}
	if p, ok := hasPrefixOf(h[st:], "前出の", "前述の", "先述の"); ok && f.mentionedBefore(h[st:]).name == "" {
		st += len(p) // 前出の森川さん: the one quoted before, by name
	}
	if w := f.resolve(t, pi-1, t.Norm, off+st, off+len(h)); w.name != "" && w.name != anaphorName {
		w.guess = false
		return w
	}
	return who{}
}

// askedBefore returns the person asked in the last sentence of paragraph
// pi-1 (…を山田院長に伺った。), or the one who told the writer (山田さんから
// 衝撃の告白を受けた。), or nobody.
func (f *finder) askedBefore(pi int) who {
	if pi == 0 || f.paras[pi-1].Heading {
		return who{}
	}
	t := f.text(pi - 1)
	s := strings.TrimRight(t.Norm, " 。")
	asked := false
	for _, v := range askVerbs {
		if strings.HasSuffix(s, v) {
			s, asked = s[:len(s)-len(v)], true
			break
		}
	}
	off := 0
	if k := strings.LastIndex(s, "。"); k >= 0 {
		off = k + len("。")
	}
	if !asked {
		// …宏美さんに聞くと、その男性は…そうだ。: the one asked, in a
		// clause of condition, answers in the next paragraph.
		sent := s[off:]
		if k := askedAt(sent); k > 0 && strings.HasSuffix(sent[:k], "に") {
			if w := f.askedIn(t, pi-1, t.Norm, off, sent[:k]); !crowdNoun(w.name) {
				return w
			}
		}
		return who{}
	}
	if strings.HasSuffix(s, "と") {
		return who{} // …があると伺った: heard, not asked
	}
	w := f.agentOf(t, pi-1, t.Norm, off, s[off:])
	if w.name == anaphorName || crowdNoun(w.name) {
		return who{} // 2人の既婚女性に伺った: which of them answers is not said
	}
	return w
}

// maxCleftLead bounds the bytes before のは in a sentence that names the
// speaker of the quotation before it (こう語るのは, そう話してくれたのは).
const maxCleftLead = 60

// guessSpeaks reports whether w, a name unknown to the dictionary, may
// speak the quotation inner: where a verb of speech confirms it, or at the
// head of a line of dialogue. strict (once the rule is final) also asks
// that the name was read in the sentence itself, not carried on.
func guessSpeaks(w who, hasVerb bool, inner string, strict bool) bool {
	if w.rule == ruleDialogue && speechLike(inner) {
		return true
	}
	// Carried on from the sentence before, a name in katakana of three
	// characters or more (オダギリは…。「…」とコメントした) is as often a
	// person's as the ones the dictionary knows.
	return hasVerb && (!strict || w.rule == ruleExplicit || w.rule == ruleFollowing || w.rule == ruleSource ||
		w.rule == ruleContinued && morph.IsKatakana(strings.ReplaceAll(w.name, "・", "")) && utf8.RuneCountInString(w.name) >= 3)
}

// maxBareCleft bounds, in runes, the clause before のは that names the
// saying without こう or そう (声を弾ませるのは).
const maxBareCleft = 10

// cleftLead reports whether s opens with a cleft that names the speaker
// of the words before it: こう語るのは, そう話してくれたのは, 取材にこう
// 答えたのは. It returns where the speaker's part starts, after のは.
func cleftLead(s string) (int, bool) {
	if i, ok := saidThenCleft(s); ok {
		return i, true
	}
	i := strings.Index(s[:min(len(s), maxCleftLead+len("のは"))], "のは")
	if i < 0 || strings.ContainsAny(s[:i], "。「」") {
		return 0, false
	}
	k := strings.Index(s[:i], "こう")
	if k < 0 {
		k = strings.Index(s[:i], "そう")
	}
	if k < 0 {
		// 声を弾ませるのは, 笑顔で話すのは: a short clause that ends on a
		// verb of speech stands for the saying.
		head := s[:i]
		if v := findLastVerb(head); v != "" && strings.HasSuffix(head, v) && utf8.RuneCountInString(head) <= maxBareCleft && !strings.ContainsAny(head, "、,") {
			return i + len("のは"), true
		}
		return 0, false
	}
	if k > maxCleftLead/2 {
		return 0, false
	}
	if v, _ := findVerb(s[k+len("こう") : i]); v == "" && (k > 0 || strings.HasPrefix(s[k:], "こうし") || strings.HasPrefix(s[k:], "そうし")) {
		return 0, false // こうした取り組みのは…: no verb of speech
	}
	return i + len("のは"), true
}

// saidThenName reads a sentence that ends with the saying of the words
// before it and the one who said them, the noun closing the sentence:
// …を終え、こう語った沢井健二。, そう話した北浜電機の桑名社長。 It returns
// the bytes of the name's phrase.
func saidThenName(s string) (int, int, bool) {
	body := strings.TrimRight(s, "。 \u3000\n")
	k := max(strings.LastIndex(body, "こう"), strings.LastIndex(body, "そう"))
	if k < 0 || strings.ContainsAny(body[k:], "「」『』、") {
		return 0, 0, false
	}
	at := k + len("こう")
	v := verbAt(body[at:])
	if v == "" {
		return 0, 0, false
	}
	at += len(v)
	name := body[at:]
	if name == "" || len(name) > 2*maxNamePhrase {
		return 0, 0, false
	}
	st := phraseBefore(name, len(name))
	if st == len(name) || st > 0 && (!strings.HasSuffix(name[:st], "の") || containsAny(name[:st], "を", "に", "で", "は", "が")) {
		return 0, 0, false
	}
	return at + st, at + len(name), true
}

// saidOpensName reads a sentence that opens with the saying and the one
// who said it, then goes on about them: そうつぶやく森川さんの横顔は…, こう話す
// 森川さんの表情は明るい. It returns the bytes of the name's phrase.
func saidOpensName(s string) (int, int, bool) {
	body := strings.TrimLeft(s, " \u3000")
	lead := len(s) - len(body)
	if !hasPrefixAny(body, "そう", "こう") {
		return 0, 0, false
	}
	at := len("そう")
	v := verbAt(body[at:])
	if strings.HasSuffix(v, "て") || strings.HasSuffix(v, "で") {
		// そう言ってほほ笑む森川さんが…: a second verb of the saying before
		// the name; any other clause goes on (see saidThenCleft).
		at += len(v)
		v = verbAt(body[at:])
	}
	if v == "" || strings.HasSuffix(v, "て") || strings.HasSuffix(v, "で") {
		return 0, 0, false
	}
	at += len(v)
	end := at
	for end < len(body) && end-at <= maxNamePhrase {
		r, n := firstRune(body[end:])
		if r == 'の' || r == 'は' || r == 'が' || r == 'も' || r == '、' || r == 'に' || r == 'を' || r == 'と' {
			break // そう話す森川さんに、学生は…: the one who said it, spoken to next
		}
		end += n
	}
	if end == at || end >= len(body) || end-at > maxNamePhrase || phraseBefore(body[at:end], end-at) != 0 {
		return 0, 0, false
	}
	return lead + at, lead + end, true
}

// saidLeads open a sentence that goes on from the words before it with
// the act of saying them.
var saidLeads = []string{"そう言って", "こう言って", "そう語って", "こう語って", "そう話して", "こう話して", "そう語り", "こう語り", "そう話し", "こう話し"}

// maxSaidCleft bounds the bytes between a said lead and the のが or のは
// that names who it was.
const maxSaidCleft = 45 * 3

// saidThenCleft reads a sentence that opens with the saying and names the
// one who said it in a cleft, over a clause of its own: そう言って今年
// デビュー50周年を迎えるのが、プロレスラーの大川剛だ. It returns where the
// name's part starts.
func saidThenCleft(s string) (int, bool) {
	if !hasPrefixAny(s, saidLeads...) {
		return 0, false
	}
	w := s[:min(len(s), maxSaidCleft)]
	i := strings.Index(w, "のが")
	if j := strings.Index(w, "のは"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || strings.ContainsAny(w[:i], "。「」") {
		return 0, false
	}
	return i + len("のが"), true
}

// nextCleft returns the speaker that paragraph pj names when it opens with
// a cleft about the words before it (こう語るのは、校長の山田さん。), or
// nobody.
func (f *finder) nextCleft(pj int) who {
	if pj >= len(f.paras) || f.paras[pj].Heading {
		return who{}
	}
	t := f.texts[pj]
	if t.Norm == "" {
		t = morph.NewText(f.src, f.paras[pj].Span)
	}
	s := t.Norm
	b, ok := cleftLead(s)
	if !ok {
		// 市役所を訪れていた会社員の男性（45）はこう話した。: the topic
		// of a first sentence that says it said the words before; its
		// subject with が (コーチがそう言い返すと、…) likewise.
		end := strings.Index(s, "。")
		if end < 0 {
			end = len(s)
		}
		for _, lead := range []string{"はこう", "は、こう", "はそう", "は、そう", "がこう", "がそう"} {
			k := strings.Index(s[:end], lead)
			if k <= 0 {
				continue
			}
			after := s[k+len(lead) : end]
			if v, at := findVerb(after); v == "" || at != 0 {
				continue
			}
			if strings.Contains(lead, "こう") && strings.TrimSpace(s[min(len(s), end+len("。")):]) == "" && f.opensWithQuote(pj+1) {
				continue // 友人はこう語る。 then 「…」: the words after it
			}
			if st := phraseBefore(s, k); st < k {
				if w := f.resolve(t, pj, s, st, k); w.name != "" && w.name != anaphorName && !w.guess {
					return w
				}
			}
		}
		return who{}
	}
	body := strings.TrimLeft(s[b:], "、 ")
	w := f.cleft(t, pj, s, len(s)-len(body), body)
	if w.name == anaphorName {
		return who{}
	}
	return w
}

// nextSaid returns the one paragraph pj names when its first sentence
// opens with the saying of the words before it and who said them (そう
// つぶやく森川さんの横顔は…, そう言ってほほ笑む森川さんが…), or nobody.
func (f *finder) nextSaid(pj int) who {
	if pj >= len(f.paras) || f.paras[pj].Heading {
		return who{}
	}
	t := f.texts[pj]
	if t.Norm == "" {
		raw := f.paras[pj].Text
		if first, _, _ := strings.Cut(raw, "。"); !strings.Contains(first, "そう") && !strings.Contains(first, "こう") {
			return who{} // told before normalizing: most paragraphs say neither
		}
		t = morph.NewText(f.src, f.paras[pj].Span)
	}
	s := t.Norm
	end := strings.Index(s, "。")
	if end < 0 {
		end = len(s)
	}
	st, en, ok := saidOpensName(s[:end])
	if !ok {
		// 閉会式の後、森川は子どもたちの前でこう誓った。: the topic
		// of a sentence that says it said the words just quoted.
		// (Not 友人はこう語る。 alone over another quotation: it
		// announces that one.)
		announces := strings.TrimSpace(s[min(len(s), end+len("。")):]) == "" && pj+1 < len(f.paras) && strings.HasPrefix(strings.TrimLeft(f.paras[pj+1].Text, " \u3000"), "「")
		if !announces && PointsBack(s[:end]) {
			if w := f.topic(t, pj, s[:end], 0, nil); w.name != "" && w.name != anaphorName && !crowdNoun(w.name) {
				w.guess = false
				return w
			}
		}
		return who{}
	}
	w := f.resolve(t, pj, s, st, en)
	if w.name == "" || w.name == anaphorName || crowdNoun(w.name) {
		return who{}
	}
	w.guess = false // the verb of speech confirms a name the dictionary lacks
	return w
}

// PointsBack reports a sentence with そう or こう right before a
// verb of speech (こう誓った, そう話した): it tells that the words quoted
// before it were said.
func PointsBack(s string) bool {
	for _, w := range []string{"こう", "そう"} {
		for k := 0; k < len(s); {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			k += j + len(w)
			if verbAt(s[k:]) != "" {
				return true
			}
		}
	}
	return false
}

// maxOpenerLead bounds the runes of a short phrase of time or place, with
// no particle of a subject, that may open a sentence before its subject
// (表彰の後、田中さんは…).
const maxOpenerLead = 6

// opener returns the person a sentence opens with as its topic or
// subject (田中さんは…, 田中さんが…, 表彰の後、田中さんは…), or nobody.
// roleOf reports a short noun of what someone is, then の, before their
// name (店主の, 研究員の, 師範の): ten runes at most of kanji and katakana.
func roleOf(h string) bool {
	h, ok := strings.CutSuffix(h, "の")
	if !ok || h == "" || utf8.RuneCountInString(h) > 10 {
		return false
	}
	for _, r := range h {
		if !unicode.In(r, unicode.Han, unicode.Katakana) && r != 'ー' {
			return false
		}
	}
	return true
}

func (f *finder) opener(t morph.Text, pi int, s string, off int, text string) who {
	from := 0
	for i := 0; i < len(text) && i < 40*3; {
		r, n := firstRune(text[i:])
		if r == 'は' || r == 'が' {
			if ps := phraseBefore(text, i); i > from && (onlySpace(text[from:ps]) || roleOf(text[from:ps])) {
				return f.resolve(t, pi, s, off+ps, off+i)
			}
			return who{}
		}
		if r == '、' && from == 0 && i > 0 && utf8.RuneCountInString(text[:i]) <= maxOpenerLead && !strings.Contains(text[:i], "を") {
			from = i + n
		} else if r == '、' || r == '。' || r == '「' {
			return who{}
		}
		i += n
	}
	return who{}
}

// tellsSaying reports whether the sentence s quotes nothing and ends on a
// verb of speech: 田中さんは笑って話した。 tells who said the words
// before it.
func tellsSaying(s string) bool {
	body := strings.TrimRight(s, "。 \u3000\n")
	if strings.ContainsAny(body, "「」『』") {
		return false
	}
	v := findLastVerb(body)
	return v != "" && strings.HasSuffix(body, v)
}

// allQuotes reports whether s holds nothing but quotations and punctuation.
func allQuotes(s string, top []bracket) bool {
	at := 0
	for _, b := range top {
		if b.Open >= at {
			if !onlyOf(s[at:b.Open], "。", "\u3000") {
				return false
			}
			at = b.End
		}
	}
	return onlyOf(s[at:], "。", "\u3000")
}

// introducedAfter are what may follow a person brought into a sentence
// with an age for the words after it to be theirs: the subject or topic
// (は, が, も), the end of the sentence, or their story (のエピソード).
var introducedAfter = []string{"は", "が", "も", "だ", "です", "。", "によると", "によれば", "のエピソード", "の話", "の場合", "のケース", "の体験", "の声"}

// introduced returns the person the sentence pt (at off in s) brings in
// with an age in brackets, ユリコさん（33歳）は or 戸田さん（41）も, when
// the sentence quotes nothing and names one such person only; else
// nobody.
func (f *finder) introduced(t morph.Text, pi int, s string, off int, pt string) who {
	if strings.ContainsAny(pt, "「『") {
		return who{}
	}
	var found who
	for i := 0; i < len(pt); {
		k := strings.IndexAny(pt[i:], "(（")
		if k < 0 {
			break
		}
		at := i + k
		_, n := firstRune(pt[at:])
		c := strings.IndexAny(pt[at+n:min(len(pt), at+n+20*3)], ")）")
		if c < 0 {
			break
		}
		inner := pt[at+n : at+n+c]
		_, cn := firstRune(pt[at+n+c:])
		i = at + n + c + cn
		if !hasAgeIn(inner) {
			continue
		}
		after := strings.TrimRight(pt[i:], " \u3000")
		if after != "" && !hasPrefixAny(after, introducedAfter...) {
			continue
		}
		st := phraseBefore(pt, at)
		if st == at {
			continue
		}
		w := f.resolve(t, pi, s, off+st, off+at)
		if w.name == "" || w.name == anaphorName || crowdNoun(w.name) {
			continue
		}
		if found.name != "" && found.name != w.name {
			return who{} // two people brought in: no telling whose words
		}
		found = w
	}
	return found
}

// timeOfNouns name a time of someone's life or work: 山田さんの立ち上げ時も,
// 山田さんの学生時代は.
var timeOfNouns = []string{"時代", "当時", "時", "頃", "ころ", "際"}

// ownTime returns the person whose time the clause right before a
// quotation is set in, with no other subject (若林さんの立ち上げ時も「…」
// と苦笑い): the one who tells of it. Only a name or a titled person
// counts, not a crowd.
func (f *finder) ownTime(t morph.Text, pi int, s string, off int, before string) who {
	h := strings.TrimRight(before, "\x00、 \u3000")
	for _, p := range []string{"も", "は", "に", "には"} {
		if q, ok := strings.CutSuffix(h, p); ok {
			h = q
			break
		}
	}
	k := len(h)
	for _, n := range timeOfNouns {
		if strings.HasSuffix(h, n) {
			k = len(h) - len(n)
			break
		}
	}
	if k == len(h) {
		return who{}
	}
	// The noun the time is of (立ち上げ, 学生), then の and the person.
	j := strings.LastIndex(h[:k], "の")
	if j <= 0 || k-j > 8*3 || strings.ContainsAny(h[j:k], "、。") {
		return who{}
	}
	st := phraseBefore(h, j)
	if st == j || strings.Contains(h[:st], "は") {
		return who{}
	}
	w := f.resolve(t, pi, s, off+st, off+j)
	if w.name == "" || w.name == anaphorName || w.guess || crowdNoun(w.name) {
		return who{}
	}
	return w
}

// existsAfterNoun reports whether rest, the text after という, is a noun
// and a predicate of existence or number (ケースもある, 例が多い,
// 選択肢がある, 人も少なくない): the quotation describes what there is,
// not what someone said.
func existsAfterNoun(rest string) bool {
	n := nameRun(rest)
	if n == 0 || hasPrefixAny(rest, "思い", "想い", "気持ち", "願い", "考え", "夢", "自負", "覚悟", "意識", "信念") {
		// という思いもある: a feeling is someone's, the person's the
		// text is about.
		return false
	}
	tail := rest[n:]
	for _, p := range []string{"も", "が"} {
		if after, ok := strings.CutPrefix(tail, p); ok {
			return hasPrefixAny(after, "ある", "あり", "あっ", "多い", "多く", "少なく", "目立")
		}
	}
	return false
}

// maxNamedTopic bounds the runes of a name namedTopic reads.
const maxNamedTopic = 20

// namedTopic returns the topic that opens before, the text of a
// sentence up to a quotation, when it is a name the article printed in
// brackets before paragraph pi (「あおば福祉サービス」 … あおば福祉サービスは
// 取材に対し、): such a name is a company's, a group's or a person's
// however the dictionary reads its words. It returns "" otherwise.
func (f *finder) namedTopic(pi int, before string) string {
	b := strings.TrimLeft(before, " \u3000")
	for _, m := range []string{"は", "が", "も"} {
		i := strings.Index(b, m)
		if i <= 0 {
			continue
		}
		x := b[:i]
		if c := strings.LastIndex(x, "、"); c >= 0 {
			x = x[c+len("、"):] // 一方、北斗ロジスティクスは
		}
		if n := utf8.RuneCountInString(x); n < 2 || n > maxNamedTopic || containsAny(x, "。", "「", "」", "\x00", " ", ".", "/") ||
			commonNoun(x) || f.commonWords(x) {
			continue
		}
		if pi >= len(f.paras) || f.paras[pi].Span.Start > len(f.src) {
			return ""
		}
		if strings.Contains(f.src[:f.paras[pi].Span.Start], "「"+x+"」") {
			return x
		}
	}
	return ""
}

// talkHeadBefore returns the one whose words a paper prints after their
// name and の話 on the same line (港北大学の森川忠教授（地質学）の話　「…」),
// before holding the sentence up to the quotation from off in s.
func (f *finder) talkHeadBefore(t morph.Text, pi int, s string, off int, before string) who {
	h, ok := cutAnySuffix(strings.TrimRight(before, " \u3000\x00"), "の話", "の談話", "のコメント")
	if !ok || strings.ContainsAny(h, "。「」") {
		return who{}
	}
	if strings.HasSuffix(h, "）") || strings.HasSuffix(h, ")") {
		if k := strings.LastIndexAny(h, "（("); k > 0 {
			h = h[:k] // （地質学）: the field, after the name
		}
	}
	st := phraseBefore(h, len(h))
	if st >= len(h) {
		return who{}
	}
	w := f.resolve(t, pi, s, off+st, off+len(h))
	if w.name == anaphorName {
		return who{}
	}
	return w
}

// commentHeads end a heading that announces someone's words under it.
var commentHeads = []string{"のコメント", "からのコメント", "のメッセージ", "からのメッセージ", "の話", "の談話", "のことば", "の言葉"}

// commentHead returns the person paragraph pj, a short heading such as
// ■代表取締役社長 葛西陽介のコメント or 【市長の話】, announces the words of,
// or nobody.
func (f *finder) commentHead(pj int) who {
	if pj < 0 || pj >= len(f.paras) {
		return who{}
	}
	t := f.text(pj)
	h := strings.Trim(t.Norm, " \u3000■□●◆◇▼▽【】[]〈〉<>")
	if !atLeastRunes(h, 2) || atLeastRunes(h, maxNameLine+12) || containsAny(h, "。", "「") {
		return who{}
	}
	var head string
	for _, c := range commentHeads {
		if x, ok := strings.CutSuffix(h, c); ok && x != "" {
			head = x
			break
		}
	}
	if head == "" {
		return who{}
	}
	// The name is the last part after a space (代表取締役社長 葛西陽介).
	name := head
	if k := strings.LastIndexAny(head, " \u3000"); k >= 0 {
		name = strings.TrimSpace(head[k:])
	}
	off := strings.Index(t.Norm, name)
	if off < 0 || !atLeastRunes(name, 2) || crowdNoun(name) || commonNoun(name) {
		return who{}
	}
	if w := f.resolve(t, pj, t.Norm, off, off+len(name)); w.name != "" && w.name != anaphorName && !w.guess {
		return w
	}
	return who{name: stripAge(name), span: t.Span(off, off+len(name))}
}

// askerBefore returns the person the sentence before sentence si closes on
// (…質問を重ねる北浜。) when the quotation opens sentence si (before
// holds nothing but spaces) and that sentence speaks of asking (質問, 聞き,
// 尋ね): the one who asks next. Otherwise nobody.
func (f *finder) askerBefore(t morph.Text, pi int, s string, sents []sentence, si int, before string) who {
	if si == 0 || strings.Trim(before, " \u3000\x00") != "" {
		return who{}
	}
	prev := s[sents[si-1].Start:sents[si-1].End]
	if !containsAny(prev, "質問", "聞き", "聞く", "尋ね", "問い", "インタビュー") {
		return who{}
	}
	if w := f.endName(t, pi, prev, sents[si-1].Start); w.name != "" {
		return w
	}
	// The family name of a person named in full before, which the
	// dictionary cut apart here (…重ねる北浜。).
	e := len(strings.TrimRight(prev, " 。"))
	st := phraseBefore(prev, e)
	if st <= 0 || st >= e || f.x == nil {
		return who{}
	}
	found := "" // the one person whose name starts with the phrase
	for _, p := range f.x.People {
		if strings.HasPrefix(p.Name, prev[st:e]) && len(p.Name) > e-st {
			if found != "" && found != p.Name {
				return who{} // two people of that family name
			}
			found = p.Name
		}
	}
	if found == "" {
		// A name the dictionary lacks, printed before (司会の北浜が…).
		return f.unknownName(t, prev[st:e], sents[si-1].Start+st, sents[si-1].Start+e)
	}
	return who{name: found, span: t.Span(sents[si-1].Start+st, sents[si-1].Start+e)}
}

// wordsBefore returns whose words the quotation is when it is written
// between them and a noun for words (現地スタッフの「…」という助言, 市長の
// 「…」との発言), or nobody.
func (f *finder) wordsBefore(t morph.Text, pi int, s string, sent sentence, before, quotative, rest string) who {
	if quotative != "という" && quotative != "との" || !hasPrefixAny(rest, wordNouns...) {
		return who{}
	}
	st, e, ok := markedPhrase(before, "の")
	if !ok {
		return who{}
	}
	w := f.resolve(t, pi, s, sent.Start+st, sent.Start+e)
	if w.name == anaphorName || w.guess {
		return who{}
	}
	return w
}

// listedWith reports whether rest, after a quotative と, is 言った or いった
// joined to what follows by a comma or a noun (と言った、細部への気配り): the
// words before are examples listed, as with といった.
func listedWith(rest string) bool {
	for _, v := range []string{"言った", "いった"} {
		if after, ok := strings.CutPrefix(rest, v); ok {
			r, _ := firstRune(after)
			return r == '、' || r >= 0x4E00 && r <= 0x9FFF || r >= 'ァ' && r <= 'ヺ'
		}
	}
	return false
}

// containsHiragana reports whether s holds a hiragana letter: the kana of
// a sentence, which a list of terms (髪形・靴・鞄) lacks.
func containsHiragana(s string) bool {
	for _, r := range s {
		if r >= 'ぁ' && r <= 'ゖ' {
			return true
		}
	}
	return false
}

// gatherVerbs say that people came to an event: 参加した, 集まり, 詰めかけた.
var gatherVerbs = []string{"参加", "集ま", "集っ", "訪れ", "詰めかけ", "詰め掛け", "出席", "駆けつけ", "駆け付け", "来場", "見学", "押し寄せ"}

// gatheredCrowd returns the crowd that a clause says came to an event,
// when voices with no source of their own follow (住民約40人が詰めかけた。
// 「…」などの声が出た, 農家ら20人が集まり、「…」といった意見が出た):
// the voices are theirs. It reads the sentence up to the quotation
// (before, starting at off in s), then the sentence before it in the same
// paragraph; the crowd must be one of people (crowdNoun), with or without
// its count.
func (f *finder) gatheredCrowd(t morph.Text, s string, sents []sentence, si int, before string, off int) who {
	read := func(txt string, base int) who {
		if lo := len(txt) - maxGatherBack; lo > 0 {
			// the clause that tells who came is near the words: a
			// bounded window keeps a long run of voices linear
			for lo < len(txt) && !utf8.RuneStart(txt[lo]) {
				lo++
			}
			txt, base = txt[lo:], base+lo
		}
		best, bestAt := who{}, -1
		for _, v := range gatherVerbs {
			i := strings.LastIndex(txt, "が"+v)
			if i <= bestAt {
				continue
			}
			end := countBefore(txt, i)
			if st := phraseBefore(txt, end); st < end && crowdNoun(txt[st:end]) {
				best, bestAt = who{name: txt[st:end], span: t.Span(base+st, base+end)}, i
			}
		}
		return best
	}
	if w := read(before, off); w.name != "" {
		return w
	}
	if si == 0 {
		return who{}
	}
	prev := sents[si-1]
	return read(s[prev.Start:prev.End], prev.Start)
}

// maxGatherBack bounds, in bytes, the text before voices that
// gatheredCrowd reads for the crowd that came.
const maxGatherBack = 120 * 3

// countBefore returns where a count of people ending at s[:end] starts
// (約40人, 20人余り, ら30人), or end when there is none.
func countBefore(s string, end int) int {
	j := end
	if h, ok := cutAnySuffix(s[:j], "余り", "あまり", "ほど", "以上", "近く", "超"); ok {
		j = len(h)
	}
	h, ok := strings.CutSuffix(s[:j], "人")
	if !ok {
		return end
	}
	k := len(h)
	for k > 0 {
		r, n := lastRune(h[:k])
		if !(r >= '0' && r <= '9' || strings.ContainsRune("０１２３４５６７８９一二三四五六七八九十百千数", r)) {
			break
		}
		k -= n
	}
	if k == len(h) {
		return end
	}
	if h2, ok := cutAnySuffix(h[:k], "約", "およそ", "計", "ら", "たち"); ok {
		k = len(h2)
	}
	return k
}
