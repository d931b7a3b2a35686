// Package quote finds the quotations of an article's body and who said or
// wrote them, and fills the article's people, organisations and places.
//
// # Quotations
//
// Every 「…」 and 『…』 pair is scanned in one pass (nested pairs get a
// Depth; brackets left open are dropped, a stray closer is ignored), and
// sentences are split only outside brackets, so a quotation may hold
// several sentences. A pair is kept as speech or writing when it stands as
// a sentence of its own, when it is followed by a quotative と, って or
// という with a reporting verb (述べた, 語った, 記した, 話していました …), or
// when the sentence around it has a speaker: then, if it is a fragment
// inside the sentence (「最終段階」にある), it is kept with Partial set, and
// its Verb is only one that reports it (「山場」を迎えたと述べた,
// 「重大な懸念」を表明した), not another verb of the sentence (in
// 「冷静な議論」をするよう求めている there is none). Names
// and titles in brackets with no speaker around them (「勧告権」,
// 「ヤングケアラー」と呼ばれる, 『火曜曲!』) are not quotations. Nested pairs
// are kept with their outer quotation's speaker and Partial set.
//
// # Speakers
//
// Each quotation is resolved in order, and Quote.Attribution records the
// rule that decided:
//
//   - explicit: the topic or subject of its sentence or clause
//     (X氏は…「…」と述べた; X氏から「…」と言われた names X, not the
//     listener);
//   - following: written after it (「…」とXは述べた, 「…」と苦笑するX。,
//     「…」とX。, 「…」と話すのはXだ, 「…」というXは, 「…」。Xさんはそう…);
//   - dialogue: a transcript or testimony (高田 「…」, 高田：「…」, a line
//     that opens with 高田：, 「…」（美香／36歳）, 「…」（吉田社長）);
//   - source: a source phrase (X氏によると, Xからも,
//     ファンからは「A」「B」といった声, ネット掲示板では);
//   - title and pronoun: a bare title (首相, 社長) is the person named
//     earlier with it (山田太郎首相); 彼, 彼女, 同氏 the most recent person;
//   - continued: the person the text is about, for a quotation with no
//     subject (「…」と述べた; a paragraph that is only a quotation): the
//     last speaker of the paragraph, the topic of an earlier sentence, or
//     the speaker or final topic of up to three earlier paragraphs, never
//     across a sub-heading (Paragraph.Heading).
//
// Every quotation of a chain sharing one quotative (「A」「B」と語った) gets
// the speaker. Names include given names in kana (島田あかね市長,
// 北川みゆさん), groups and crowds (関係者ら, ファン); common nouns
// (コーナー, アンケート), labels of data (場所：) and words written on a
// document (指令書には「…」と記され) are not speakers, and 「X」と言えば is
// no quotation. A quotation with no identifiable speaker has Speaker ""
// and no Attribution.
//
// With a morphological [morph.Analyzer], Speaker is the canonical name of
// the person entity mentioned (ヴァレンコフ for ヴァレンコフ大統領;
// ジャレッド・クシュナー for クシュナー氏), SpeakerSpan the mention as
// written with its title, Organization the organisation named before it.
// Without one (the no-dictionary mode), the same patterns are read from
// characters alone: Speaker is the phrase with a plain honorific or title
// removed (ハワード for ハワード氏, 米当局者 as written), and no entities
// are listed.
//
// Spans are half-open UTF-8 byte offsets into the original input; Text
// fields hold normalized text.
package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/doc"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/entity"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// Attribute fills a.Quotes, a.People, a.Organizations and a.Places from
// a.Source and a.Paragraphs. With an nil, quotations get lexical speakers
// and the entity lists are left empty (not nil).
func Attribute(a *article.Article, an *morph.Analyzer) {
	AttributeTexts(a, nil, an)
}

// AttributeTexts is Attribute for a caller that holds the normalized text
// of each paragraph: texts[i] is that of a.Paragraphs[i]. With texts nil,
// or not one per paragraph, the paragraphs are normalized here. With an
// nil, only paragraphs that hold 「 or 『 are read: the others may be
// given as a Text with no Norm.
func AttributeTexts(a *article.Article, texts []morph.Text, an *morph.Analyzer) {
	if a == nil {
		return
	}
	if len(texts) != len(a.Paragraphs) {
		texts = nil
	}
	qs, x := run(a.Source, a.Paragraphs, texts, an)
	writer := ""
	if len(a.Bylines) == 1 {
		writer = a.Bylines[0].Name // 私 in a letter or a column: the one who signs it
	}
	nameWriter(qs, a.Source, writer)
	nameAuthor(qs, a)
	a.Quotes = qs
	a.People, a.Organizations, a.Places = []article.Entity{}, []article.Entity{}, []article.Entity{}
	if x != nil {
		a.People, a.Organizations, a.Places = x.People, x.Organizations, x.Places
		promoteSpeakers(a)
		linkSpeakers(a.Quotes, a.People)
	}
}

// nameAuthor gives the quotations of 著者, the author of the work a review
// is about, the name the article prints with 著 before the work's title
// (森川忠著『港の灯』), in its headline, dek or first paragraphs.
func nameAuthor(qs []article.Quote, a *article.Article) {
	if !slices.ContainsFunc(qs, func(q article.Quote) bool { return q.Speaker == "著者" }) {
		return
	}
	texts := []string{a.Headline.Text}
	if a.Subheadline != nil {
		texts = append(texts, a.Subheadline.Text)
	}
	for i := 0; i < len(a.Paragraphs) && i < maxAuthorParagraphs; i++ {
		texts = append(texts, a.Paragraphs[i].Text)
	}
	name := ""
	for _, t := range texts {
		if name = authorBefore(t); name != "" {
			break
		}
	}
	if name == "" {
		return
	}
	for k := range qs {
		if qs[k].Speaker == "著者" {
			qs[k].Speaker, qs[k].Attribution = name, ruleTitle
		}
	}
}

// maxAuthorParagraphs bounds the paragraphs nameAuthor reads.
const maxAuthorParagraphs = 3

// authorBefore returns the name written before 著 and the title of a work
// in t (森川忠著『港の灯』, 森川 忠 著「港の灯」), or "".
func authorBefore(t string) string {
	for _, m := range []string{"著『", "著「", "著 『", "著 「"} {
		k := strings.Index(t, m)
		if k <= 0 {
			continue
		}
		j := k
		for j > 0 {
			r, n := lastRune(t[:j])
			if !isNameRune(r) && !(r == ' ' && j-n > 0 && isNameRune(firstRuneOf(t[j:]))) {
				break
			}
			j -= n
		}
		name := strings.TrimSpace(t[j:k])
		if n := utf8.RuneCountInString(name); n >= 2 && n <= 12 {
			return name
		}
	}
	return ""
}

// placeEnds end the names of places, never a given name.
const placeEnds = "県都道府市町村区郡国州島湾港駅山川"

// lastRuneOf returns the last rune of s.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// promoteSpeakers moves to the people a place whose name a quotation's
// speaker starts with as a surname does (湊川 of 湊川拓): a place
// says nothing, so the dictionary's reading of an unknown name as a place
// gives way to the evidence that it speaks. The quotations of that
// speaker take the full name.
func promoteSpeakers(a *article.Article) {
	for k := range a.Quotes {
		q := &a.Quotes[k]
		if q.Speaker == "" || q.Attribution == ruleSource {
			continue
		}
		for i, e := range a.Places {
			given, ok := strings.CutPrefix(e.Name, q.Speaker)
			if !ok || given == "" || utf8.RuneCountInString(q.Speaker) < 2 || utf8.RuneCountInString(given) > 3 ||
				strings.ContainsRune(placeEnds, lastRuneOf(given)) {
				continue // ロシア speaking is a country's voice, not a person
			}
			a.People = append(a.People, e)
			a.Places = slices.Delete(a.Places, i, i+1)
			short := q.Speaker
			for j := range a.Quotes {
				if a.Quotes[j].Speaker == short {
					a.Quotes[j].Speaker = e.Name
				}
			}
			break
		}
	}
}

// linkSpeakers sets the Person of each quotation whose speaker is one of
// people: by the canonical name, else by the mention the attribution used.
func linkSpeakers(qs []article.Quote, people []article.Entity) {
	if len(people) == 0 {
		return
	}
	byName := make(map[string]int, len(people))
	byStart := map[int]int{}
	for i, e := range people {
		byName[e.Name] = i
		for _, m := range e.Mentions {
			byStart[m.Span.Start] = i
		}
	}
	for k := range qs {
		q := &qs[k]
		if q.Speaker == "" {
			continue
		}
		i, ok := byName[q.Speaker]
		if !ok && q.SpeakerSpan.End > q.SpeakerSpan.Start {
			i, ok = byStart[q.SpeakerSpan.Start]
		}
		if ok {
			q.Person = &i
		}
	}
}

// Find returns the quotations of paras, whose spans index src. With an
// nil it works from characters alone (see the package documentation).
// The result is in source order and never nil.
func Find(src string, paras []article.Paragraph, an *morph.Analyzer) []article.Quote {
	qs, _ := run(src, paras, nil, an)
	nameWriter(qs, src, "")
	return qs
}

// nameWriter gives the quotations of the writer (私が「…」) the writer's
// name, or, when the text names no writer, the word the writer calls
// themself by (私, 僕) as src has it at the speaker's span.
func nameWriter(qs []article.Quote, src, name string) {
	for k := range qs {
		if qs[k].Speaker != writerName {
			continue
		}
		qs[k].Speaker = name
		if sp := qs[k].SpeakerSpan; name == "" && sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(src) {
			qs[k].Speaker = src[sp.Start:sp.End]
		}
		if qs[k].Speaker == "" {
			qs[k].SpeakerSpan, qs[k].Attribution = article.Span{}, ""
		}
	}
}

// run analyses paras; texts, when not nil, holds their normalized texts.
func run(src string, paras []article.Paragraph, texts []morph.Text, an *morph.Analyzer) ([]article.Quote, *entity.Index) {
	if texts == nil {
		texts = make([]morph.Text, len(paras))
		for i, p := range paras {
			if an == nil && !mayQuote(src, p.Span) {
				// Without morphology a paragraph with no quotation is
				// never read again: its normalized text is not needed.
				texts[i].Src = src
				continue
			}
			texts[i] = morph.NewText(src, p.Span)
		}
	}
	var x *entity.Index
	if an != nil {
		// The tokens are needed only until the entities are found, and
		// the entity builder keeps them packed: each paragraph is
		// analysed into one scratch buffer, reused from paragraph to
		// paragraph and from call to call.
		buf := tokenBuffers.Get().(*[]morph.Token)
		scratch := (*buf)[:0]
		var eb entity.Builder
		for i := range texts {
			scratch = an.AppendAnalyze(scratch[:0], texts[i])
			eb.Add(texts[i], scratch)
		}
		x = eb.Index()
		clear(scratch) // keep no text alive from the pool
		if cap(scratch) <= maxPooledTokens {
			*buf = scratch[:0]
			tokenBuffers.Put(buf)
		}
	}
	b := bufferPool.Get().(*buffers)
	f := &finder{x: x, an: an, out: []article.Quote{}, buffers: *b, src: src, paras: paras, texts: texts}
	f.recs = f.recs[:0]
	f.heads = turnHeads(texts)
	f.turns = f.turnForm()
	for i := range texts {
		f.paragraph(i, texts[i])
	}
	clear(f.recs) // keep no text alive from the pool
	f.recs = f.recs[:0]
	f.release(b)
	return f.out, x
}

// mayQuote reports whether the normalized text of src[sp] may hold an
// opening bracket: normalization makes 「 of ｢ and changes no other
// character into 「 or 『.
func mayQuote(src string, sp article.Span) bool {
	sp.Start = min(max(sp.Start, 0), len(src))
	sp.End = min(max(sp.End, sp.Start), len(src))
	s := src[sp.Start:sp.End]
	return doc.Contains3(s, "「") || doc.Contains3(s, "『") || doc.Contains3(s, "｢")
}

// tokenBuffers holds the scratch token buffers of one paragraph between
// calls of run; buffers grown past maxPooledTokens by an exceptional
// paragraph are left to the collector.
var tokenBuffers = sync.Pool{New: func() any { return new([]morph.Token) }}

// maxPooledTokens bounds the scratch buffers kept for reuse.
const maxPooledTokens = 8 << 10

// who is an attributed speaker.
type who struct {
	name string
	span article.Span
	org  string
	rule string // the rule that found it, when not the caller's own
	// guess is set for a name the dictionary does not hold, read as a
	// person's from its place alone (ミレーユは): a speaker only when a
	// verb of speech confirms it.
	guess bool
	// asked is set on the last speaker when the words were a question
	// (「…」と尋ねると): the answer after them is someone else's.
	asked bool
	// posed is set on the last speaker when the sentence itself named
	// them as the one who put the question they said (「…？」という記者
	// からの質問に): the answer after it is someone else's.
	posed bool
	// handed is set on a speaker named as the one then spoken to (「…」と
	// 語る前田に、「…」): the next words of the sentence are someone else's.
	handed bool
	// agent is set on a speaker marked before a passive verb (「…」と山田
	// さんに誘われて): the sentence is about the one who heard, and the
	// words that go on without a subject are not the speaker's.
	agent bool
}

type finder struct {
	x    *entity.Index
	an   *morph.Analyzer // nil without morphology
	out  []article.Quote
	last who // the last speaker of the previous paragraph's quotations
	// named is the last speaker named as one person: a crowd's words
	// (夫婦は「…」と笑った) go on for their paragraph alone when someone
	// was named before them.
	named who
	flip  int // which of bs the current paragraph uses
	src   string
	paras []article.Paragraph
	texts []morph.Text
	// titles keeps the last answer of titled from earlier paragraphs.
	titles titleMemo
	// answerer is the speaker of the last answer of a transcript.
	answerer who
	// tail is the speaker of a quotation left open at the end of the
	// last paragraph, which the next one continues; tailOn says there is
	// one, whether its speaker is known or not.
	tail   who
	tailOn bool
	// aged are the names printed with an age (桜井蓮(29)) in the
	// paragraphs up to agedTo: without the dictionary, the people the
	// text has introduced, whom a bare surname later names.
	aged   []string
	agedTo int
	// heads are the words that head two or more lines of dialogue
	// (ひなた「…」, 私「…」): the page's speakers, whatever the
	// dictionary says of them.
	heads map[string]bool
	// turns is the form of the turns of a transcript the paragraphs
	// read as (市長：…, 市長　…, or 市長 on a line above the words), or
	// turnNone.
	turns byte
	// labels holds, on a page of turns of the form turnLine, the span in
	// src of the head over each paragraph, zero for none.
	labels []article.Span
	buffers
}

// buffers is the working memory of a finder, reused from one paragraph to
// the next and, through bufferPool, from one article to the next. It holds
// no pointer into any text.
type buffers struct {
	pending []int    // of lazyTopic
	ga      [][2]int // of topic
	sc      doc.Scanner
	bs      [2][]bracket // alternate: f.prev.bs is the other one
	top     []bracket
	sents   []sentence
	kept    []int
	// recs are the paragraphs read so far: the discourse (salient) reads
	// their people back only when a quotation asks.
	recs []record
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

// maxPooled bounds the entries of a buffer kept for the next article: the
// memory of a huge one goes back to the collector.
const maxPooled = 1 << 12

// release puts the buffers of f back into the pool.
func (f *finder) release(b *buffers) {
	if max(cap(f.bs[0]), cap(f.bs[1]), cap(f.top), cap(f.sents), cap(f.kept), f.sc.Cap(), cap(f.recs)) > maxPooled {
		return
	}
	*b = f.buffers
	bufferPool.Put(b)
}

type (
	bracket  = doc.Bracket
	sentence = doc.Sentence
)

func (f *finder) paragraph(pi int, t morph.Text) {
	ans := f.answer(pi, &t)
	if ans.name == "" && f.turns != turnNone {
		ans = f.colonTurn(pi, &t)
	}
	s := t.Norm
	// The brackets go to the buffer the previous paragraph's do not use:
	// f.prev keeps those.
	f.flip ^= 1
	bs := f.sc.Brackets(s, f.bs[f.flip])
	f.bs[f.flip] = bs
	heading := pi < len(f.paras) && f.paras[pi].Heading
	tail := f.tail
	f.tail = who{}
	if tail.name != "" || f.tailOn {
		f.tailOn = false
		// The words of the paragraph before go on here: up to a closing
		// bracket (…続けたいんです」と話した), or in a new quotation that
		// the same person opens (「…).
		if f.closeTail(pi, t, tail) {
			tail = who{}
		} else if ans.name == "" {
			ans = tail
		}
	}
	tailAt := -1
	if !heading {
		tailAt = f.findTail(pi, t, bs)
	}
	if len(bs) == 0 || heading {
		if tailAt >= 0 {
			f.openTail(pi, t, bs, tailAt, ans)
		}
		f.last = ans
		f.recs = append(f.recs, record{pi: pi, heading: heading, last: ans})
		return
	}
	// Keep brackets inside top-level ones out of the sentence scan.
	top := f.top[:0]
	for _, b := range bs {
		if b.Depth == 0 {
			top = append(top, b)
		}
	}
	f.top = top
	sents := doc.Sentences(s, top, f.sents)
	f.sents = sents
	cur := ans // the last speaker in this paragraph
	var turn who
	if cur.name == "" {
		// 森永：…「…」って話し合う: a turn of a transcript speaks for
		// the words in it that no one else is said to speak.
		if name, at := turnHead(s[:min(len(s), maxTurnHead)]); name != "" && !crowdNoun(name) {
			turn = who{name: name, span: t.Span(at, at+len(name))}
			cur = turn
		}
	}
	// The topic of the previous sentence, read only when asked for.
	prevTopic := lazyTopic{pending: f.pending[:0]}
	if len(bs) > cap(f.out)-len(f.out) { // at most one quotation a pair
		f.out = slices.Grow(f.out, max(len(bs), cap(f.out), 16))
	}
	kept := slices.Grow(f.kept[:0], len(bs))[:len(bs)]
	f.kept = kept
	for i := range kept {
		kept[i] = -1
	}
	si := 0
	lead := strings.TrimLeftFunc(s, unicode.IsSpace)
	paraStartsWithQuote := strings.HasPrefix(lead, "「") || strings.HasPrefix(lead, "『")
	lastSent := -1
	prevKept, prevSent := -1, -1 // the last top-level quotation kept, and its sentence
	for bi, b := range bs {
		if tailAt >= 0 && b.Open > tailAt {
			break // inside the quotation left open: read with it
		}
		if b.Depth > 0 {
			o := b.Outer
			for o >= 0 && bs[o].Depth > 0 {
				o = bs[o].Outer
			}
			if o < 0 || kept[o] < 0 {
				continue
			}
			outer := f.out[kept[o]]
			q := f.quote(t, pi, b)
			q.Speaker, q.SpeakerSpan, q.Organization, q.Partial = outer.Speaker, outer.SpeakerSpan, outer.Organization, true
			q.Attribution = outer.Attribution
			if w, ok := f.innerSpeaker(t, pi, s, bs[b.Outer].Open, b); ok {
				// 祖母に『…』と教わった: another's words the speaker tells.
				q.Speaker, q.SpeakerSpan, q.Organization, q.Attribution = dropAge(w.name), w.span, w.org, w.rule
			}
			kept[bi] = len(f.out)
			f.out = append(f.out, q)
			continue
		}
		for si < len(sents)-1 && sents[si].End <= b.Open {
			si++
		}
		if si != lastSent {
			if lastSent >= 0 {
				prevTopic.pending = append(prevTopic.pending, lastSent)
			} else if si > 0 {
				prevTopic.pending = append(prevTopic.pending, si-1)
			}
			lastSent = si
		}
		a := f.attribute(t, pi, s, sents, si, top, b, paraStartsWithQuote, cur, &prevTopic)
		if !a.keep {
			continue
		}
		if a.who.name == "" || a.who.rule == ruleContinued {
			// 店番をしていた女性に声をかけると、「…」と笑った: the one
			// the reporter spoke to answers.
			if st, e, ok := addressee(s, sents[si].Start, b.Open); ok {
				a.who = who{name: s[st:e], span: t.Span(st, e), rule: ruleExplicit}
			}
		}
		if hasSuffixAny(a.who.name, talkTopics...) || asides[strings.Trim(a.who.name, "()（）")] {
			// 日程は「…」とした, read without the dictionary: what the words
			// are about; 「…」と笑った（笑）: an aside, no one
			a.who = who{}
		}
		if w, ok := f.heardFrom(t, pi, s, sents[si].Start, b.Open); ok {
			// 恩師から教わった『…』という言葉: the one the words were
			// heard from, whoever the sentence is about.
			a.who = w
		} else if a.who.name == "" && ans.name != "" && ans.rule == ruleDialogue && a.verb != "" && !passiveSpeech(a.verb) && !heardAfter(s[b.End:]) {
			// 森川　入ったばかりの人には「…」と声をかけます: in an answer,
			// words with no one else said to speak them are the
			// answerer's; 生徒が「…」と言い出す: the subject's.
			a.who = who{name: ans.name, span: ans.span, org: ans.org, rule: ruleDialogue}
			if st, e, ok := clauseSubject(s, sents[si].Start, b.Open); ok {
				if w, ok := f.innerWho(t, pi, s, st, e); ok {
					a.who = w
				}
			}
		}
		q := f.quote(t, pi, b)
		q.Speaker, q.SpeakerSpan, q.Organization, q.Verb, q.Partial = dropAge(a.who.name), a.who.span, a.who.org, a.verb, a.partial
		q.Attribution = a.who.rule
		switch {
		case turn.name != "" && a.who.name == turn.name && a.who.rule == ruleContinued:
			q.Attribution, q.SpeakerSpan = ruleDialogue, turn.span // the turn's own words
		case a.carried:
			q.SpeakerSpan = article.Span{}
		}
		if pk := prevKept; pk >= 0 && prevSent == si && q.Attribution == ruleFollowing && sharedClause(s[bs[pk].End:b.Open]) {
			// 「…」と笑いつつも、「…」と語る山田さんだった: the person named
			// after the last quotation of a chain said the earlier ones
			// whose clause runs on into it.
			if p := &f.out[kept[pk]]; p.Attribution == ruleContinued || p.Attribution == "" {
				p.Speaker, p.SpeakerSpan, p.Organization, p.Attribution = q.Speaker, q.SpeakerSpan, q.Organization, ruleFollowing
			}
		}
		prevKept, prevSent = bi, si
		kept[bi] = len(f.out)
		f.out = append(f.out, q)
		if a.who.name != "" && !a.weak && !a.heard && !a.who.agent {
			cur = a.who
			cur.guess = false // a verb of speech confirmed it
			cur.asked = askVerb(a.verb)
			cur.posed = !a.carried && endsAsking(q.Text)
			cur.handed = a.who.handed
		}
	}
	if tailAt >= 0 {
		f.openTail(pi, t, bs, tailAt, cur)
	}
	if cur.name != "" && crowdNoun(trimPlural(cur.name)) {
		if f.named.name != "" && !mediaNouns[cur.name] && !strings.HasSuffix(cur.name, "上") {
			cur = f.named // the person the text is about speaks on
		}
	} else if cur.name != "" {
		f.named = cur
	}
	f.last = cur
	voices := cur.name == "" && allQuotes(s, top)
	for _, k := range kept {
		if k >= 0 && f.out[k].Speaker != "" {
			voices = false
		}
	}
	f.recs = append(f.recs, record{pi: pi, last: cur, voices: voices})
	f.pending = prevTopic.pending[:0]
}

// maxTurnHead bounds the bytes at the start of a paragraph read for the
// name of a transcript turn (NAME：).
const maxTurnHead = 16 * 3

// maxSharedRunes bounds the characters of a clause that joins two
// quotations said by one person (と笑いつつも、).
const maxSharedRunes = 16

// sharedClause reports whether between, the text from one quotation to
// the next in a sentence, is the first one's quotative and a verb in a
// form that runs on into the next clause (と話し、, と笑いつつも、, と述べた
// 上で): both quotations have one subject. A subject of its own (は), a
// passive, a condition (といえば) or a sentence end makes two.
func sharedClause(between string) bool {
	rest, ok := strings.CutPrefix(strings.Trim(between, "\x00 、\u3000"), "と")
	if !ok || rest == "" || utf8.RuneCountInString(rest) > maxSharedRunes || containsAny(rest, "。", "は", "\x00") ||
		containsAny(rest, passiveMarks...) || containsAny(rest, "対し", "対する") || turnBetween(between) || askingForm(rest) ||
		namingSet.prefixOf(rest) || hasPrefixAny(rest, "いう", "いった", "の") {
		// という人に, と題し: the quotation names or describes.
		return false
	}
	for _, e := range []string{"つつ", "つつも", "ながら", "ながらも", "て", "で", "上で"} {
		if strings.HasSuffix(rest, e) {
			return true
		}
	}
	r, _ := lastRune(rest)
	// The continuative form of a verb: 話し, 語り, 述べ, 笑い.
	return strings.ContainsRune("いきしちびみりえべけせめれ", r)
}

func (f *finder) quote(t morph.Text, pi int, b bracket) article.Quote {
	s := t.Norm
	_, ol := utf8.DecodeRuneInString(s[b.Open:])
	_, cl := lastRune(s[:b.End])
	return article.Quote{Text: t.Shown(b.Open+ol, b.End-cl), Span: t.Span(b.Open, b.End), Paragraph: pi}
}

// lastRune is utf8.DecodeLastRuneInString with three-byte characters
// whose lead takes any continuation (most of Japanese text) decoded
// inline: the backward scans over names call it at every character.
func lastRune(s string) (rune, int) {
	if n := len(s); n >= 3 && s[n-3] >= 0xE1 && s[n-3] <= 0xEF && s[n-3] != 0xED && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
	}
	return utf8.DecodeLastRuneInString(s)
}

// phraseStop reports the punctuation that ends the search for a name
// before a post: 、。，,「」『』（）()：:.
func phraseStop(r rune) bool {
	switch r {
	case '、', '。', '，', ',', '「', '」', '『', '』', '（', '）', '(', ')', '：', ':':
		return true
	}
	return false
}

// firstRune is utf8.DecodeRuneInString with the three-byte characters of
// lastRune decoded inline: the scans for particles and verbs call it at
// every character.
func firstRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// onlyOf reports whether s holds nothing but the placeholder 0 of later
// quotations, ASCII spaces, line breaks and the strings units, repeated: what
// strings.Trim with those as cutset would reduce to "", read without
// decoding the placeholders one rune at a time.
func onlyOf(s string, units ...string) bool {
next:
	for i := 0; i < len(s); {
		if c := s[i]; c == 0 || c == ' ' || c == '\n' {
			i++
			continue
		}
		for _, u := range units {
			if u != "" && strings.HasPrefix(s[i:], u) {
				i += len(u)
				continue next
			}
		}
		return false
	}
	return true
}

// onlySpace reports whether s is white space alone: strings.TrimSpace(s)
// == "" without the copy of a trimmed string.
func onlySpace(s string) bool {
	for i := 0; i < len(s); {
		r, n := firstRune(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// atLeastRunes reports whether s has n runes or more, counting only when
// its length in bytes does not tell.
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) >= n*utf8.UTFMax:
		return true
	case len(s) < n:
		return false
	}
	return utf8.RuneCountInString(s) >= n
}

// containsAny reports whether s contains any of subs. For a few
// characters outside ASCII it is much faster than strings.ContainsAny,
// which compares each rune of s with each of them.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// citesSource reports によると, によれば or によります in s.
func citesSource(s string) bool {
	for j := 0; ; {
		i := strings.Index(s[j:], "によ")
		if i < 0 {
			return false
		}
		j += i
		if t := s[j:]; strings.HasPrefix(t, "によると") || strings.HasPrefix(t, "によれば") || strings.HasPrefix(t, "によります") {
			return true
		}
		j += len("によ")
	}
}

// allDigitsStr reports whether s is ASCII digits only, and not empty.
func allDigitsStr(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// indexFrom returns the index of sep in s at or after i, or -1.
func indexFrom(s string, i int, sep string) int {
	if k := strings.Index(s[i:], sep); k >= 0 {
		return i + k
	}
	return -1
}

// hiraganaBefore returns the start of the run of at most four hiragana
// that ends at s[:j]: a given name written in kana.
func hiraganaBefore(s string, j int) int {
	k := j
	for n := 0; n < 4 && k > 0; n++ {
		r, w := lastRune(s[:k])
		if r < 'ぁ' || r > 'ゖ' {
			break
		}
		k -= w
	}
	return k
}
