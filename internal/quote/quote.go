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
// 米田あゆさん), groups and crowds (関係者ら, ファン); common nouns
// (コーナー, アンケート), labels of data (場所：) and words written on a
// document (指令書には「…」と記され) are not speakers, and 「X」と言えば is
// no quotation. A quotation with no identifiable speaker has Speaker ""
// and no Attribution.
//
// With a morphological [morph.Analyzer], Speaker is the canonical name of
// the person entity mentioned (ゼレンスキー for ゼレンスキー大統領;
// ジャレッド・クシュナー for クシュナー氏), SpeakerSpan the mention as
// written with its title, Organization the organisation named before it.
// Without one (the no-dictionary mode), the same patterns are read from
// characters alone: Speaker is the phrase with a plain honorific or title
// removed (トランプ for トランプ氏, 米当局者 as written), and no entities
// are listed.
//
// Spans are half-open UTF-8 byte offsets into the original input; Text
// fields hold normalized text.
package quote

import (
	"github.com/newsdoc/newsdoc/internal/doc"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	a.Quotes = qs
	a.People, a.Organizations, a.Places = []article.Entity{}, []article.Entity{}, []article.Entity{}
	if x != nil {
		a.People, a.Organizations, a.Places = x.People, x.Organizations, x.Places
		promoteSpeakers(a)
		linkSpeakers(a.Quotes, a.People)
	}
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
	return qs
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
		// The tokens are needed only until the entities are found. Each
		// paragraph is analysed into a scratch buffer reused from call to
		// call, then copied into fixed-size chunks: a chunk is never grown,
		// so no paragraph keeps an outgrown backing array alive and the
		// memory stays proportional to the tokens.
		buf := tokenBuffers.Get().(*[]morph.Token)
		scratch := (*buf)[:0]
		toks := make([][]morph.Token, len(paras))
		var chunk []morph.Token
		for i := range texts {
			scratch = an.AppendAnalyze(scratch[:0], texts[i])
			if len(scratch) > cap(chunk)-len(chunk) {
				chunk = make([]morph.Token, 0, max(tokenChunk, len(scratch)))
			}
			n := len(chunk)
			chunk = append(chunk, scratch...)
			toks[i] = chunk[n:len(chunk):len(chunk)]
		}
		x = entity.Find(texts, toks)
		clear(scratch) // keep no text alive from the pool
		if cap(scratch) <= maxPooledTokens {
			*buf = scratch[:0]
			tokenBuffers.Put(buf)
		}
	}
	b := bufferPool.Get().(*buffers)
	f := &finder{x: x, out: []article.Quote{}, buffers: *b, src: src, paras: paras, texts: texts}
	f.recs = f.recs[:0]
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

const (
	// tokenChunk is the number of tokens of a chunk of an article's
	// token store (a few hundred paragraphs).
	tokenChunk = 16 << 10
	// maxPooledTokens bounds the scratch buffers kept for reuse.
	maxPooledTokens = 8 << 10
)

// who is an attributed speaker.
type who struct {
	name string
	span article.Span
	org  string
	rule string // the rule that found it, when not the caller's own
}

type finder struct {
	x     *entity.Index
	out   []article.Quote
	last  who // the last speaker of the previous paragraph's quotations
	flip  int // which of bs the current paragraph uses
	src   string
	paras []article.Paragraph
	texts []morph.Text
	// titles keeps the last answer of titled from earlier paragraphs.
	titles titleMemo
	// answerer is the speaker of the last answer of a transcript.
	answerer who
	// aged are the names printed with an age (桜井蓮(29)) in the
	// paragraphs up to agedTo: without the dictionary, the people the
	// text has introduced, whom a bare surname later names.
	aged   []string
	agedTo int
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

// lastTopic returns the person the text is about before paragraph pi
// (see salient): a quotation with no subject at the start of a paragraph
// continues it.
func (f *finder) lastTopic(pi int) who {
	return f.salient(pi)
}

// lazyTopic is the topic of the sentence before a quotation: the topic of
// the last sentence in pending that has one, else the last topic of the
// previous paragraph. Topics are read only when asked for, latest first.
type lazyTopic struct {
	pending []int // sentences not yet read, in order
	known   who
	done    bool // known holds the previous paragraph's topic
}

// get returns the topic; sents and top are the paragraph's, t its text.
func (l *lazyTopic) get(f *finder, t morph.Text, pi int, sents []sentence, top []bracket) who {
	for i := len(l.pending) - 1; i >= 0; i-- {
		sn := sents[l.pending[i]]
		if tp := f.topic(t, pi, t.Norm[sn.Start:sn.End], sn.Start, top); tp.name != "" && tp.name != anaphorName {
			l.known, l.done = tp, true
			break
		}
	}
	l.pending = l.pending[:0]
	if !l.done {
		l.known, l.done = f.lastTopic(pi), true
	}
	return l.known
}

type (
	bracket  = doc.Bracket
	sentence = doc.Sentence
)

func (f *finder) paragraph(pi int, t morph.Text) {
	ans := f.answer(pi, &t)
	s := t.Norm
	// The brackets go to the buffer the previous paragraph's do not use:
	// f.prev keeps those.
	f.flip ^= 1
	bs := f.sc.Brackets(s, f.bs[f.flip])
	f.bs[f.flip] = bs
	heading := pi < len(f.paras) && f.paras[pi].Heading
	if len(bs) == 0 || heading {
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
	for bi, b := range bs {
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
		q := f.quote(t, pi, b)
		q.Speaker, q.SpeakerSpan, q.Organization, q.Verb, q.Partial = a.who.name, a.who.span, a.who.org, a.verb, a.partial
		q.Attribution = a.who.rule
		if a.carried {
			q.SpeakerSpan = article.Span{}
		}
		kept[bi] = len(f.out)
		f.out = append(f.out, q)
		if a.who.name != "" && !a.weak {
			cur = a.who
		}
	}
	f.last = cur
	f.recs = append(f.recs, record{pi: pi, last: cur})
	f.pending = prevTopic.pending[:0]
}

func (f *finder) quote(t morph.Text, pi int, b bracket) article.Quote {
	s := t.Norm
	_, ol := utf8.DecodeRuneInString(s[b.Open:])
	_, cl := lastRune(s[:b.End])
	return article.Quote{Text: s[b.Open+ol : b.End-cl], Span: t.Span(b.Open, b.End), Paragraph: pi}
}

type attribution struct {
	keep, partial, carried bool
	weak                   bool // a speaker read from its place alone: not carried on
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

func (f *finder) attribute(t morph.Text, pi int, s string, sents []sentence, si int, top []bracket, b bracket, paraQuote bool, cur who, prevTopic *lazyTopic) attribution {
	sent := reach(s, sents[si], b)
	before := outside(s, sent.Start, b.Open, top)
	after := outside(s, b.End, sent.End, top)
	inner := s[b.Open:b.End]
	var a attribution

	// What follows the quotation, past the later quotations of a chain
	// that share one quotative (「A」「B」と語った) and a stray closing
	// bracket (「…」」と述べた).
	lead := chainSkip(after)
	trimmed := after[lead:]
	quotative := ""
	for _, q := range []string{"とする", "として", "とし", "との", "という", "といった", "などの", "などと", "と", "って"} {
		if strings.HasPrefix(trimmed, q) {
			quotative = q
			break
		}
	}
	rest := strings.TrimPrefix(trimmed, quotative)
	if quotative == "と" && strings.HasPrefix(trimmed, "とも") {
		if v, _ := findVerb(trimmed[len("とも"):]); v != "" && !strings.HasPrefix(trimmed, "ともに") {
			rest = trimmed[len("とも"):] // 「…」とも述べた: said as well
		} else {
			quotative, rest = "", trimmed
		}
	}
	if i := strings.IndexByte(rest, 0); i >= 0 {
		rest = rest[:i] // up to the next quotation
	}
	verb, vAt := findVerb(rest)
	naming := namingSet.prefixOf(rest)
	passive := quotative != "" && (passiveSpeech(rest) || vAt >= 0 && passiveSpeech(verb) && vAt <= 6*3)
	trimmedBefore := strings.TrimRightFunc(before, unicode.IsSpace)
	standalone := onlySpace(strings.Trim(before, "\x00")) || strings.HasSuffix(trimmedBefore, "：") || strings.HasSuffix(trimmedBefore, ":")
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
	} else {
		w = f.find(t, pi, s, sent, top, b, before, restOff, quotative, rest, verb, vAt, trimmed)
	}
	hasVerb := verb != "" && quotative != "" && quotative != "という"
	// The rest of the sentence, later quotations marked, and its first
	// reporting verb: read only when a rule below asks.
	var sentRest, sentVerb string
	sentDone := false
	restVerb := func() string {
		if !sentDone {
			sentRest = outsideWith(s, b.End, sent.End, top, '|')
			sentVerb, _ = findVerb(sentRest)
			sentDone = true
		}
		return sentVerb
	}
	if w.name == anaphorName {
		w = cur
		if w.name == "" {
			w = prevTopic.get(f, t, pi, sents, top)
		}
		w.rule = rulePronoun
	}
	voice := false
	if quotative == "という" || quotative == "といった" || quotative == "との" || quotative == "と" || quotative == "などの" {
		voice = voiceSet.prefixOf(rest)
	}
	if w.name == "" && voice && answer(rest) {
		// 山田さんに尋ねると「…」という答えが返ってきた: the one asked.
		if aw := f.agentOf(t, pi, s, sent.Start, before); aw.name != "" {
			w = as(aw, ruleExplicit)
		}
	}
	switch {
	case naming && !long:
		return a
	case quotative == "と" && strings.HasPrefix(rest, "は") && w.name == "" && !speechLike(inner):
		return a // 「モラハラ」とは…: a term being defined
	case w.rule == ruleDialogue, voice, passive && !written(rest):
		a.keep = true
	case standalone && (endsHere || quotative != ""):
		a.keep = true
	case hasVerb:
		a.keep = true
	case quotative != "" && long:
		a.keep = true
	case w.name != "" && (restVerb() != "" || citesSource(before)):
		a.keep, a.partial = true, true
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
	if (quotative == "という" || quotative == "といった") && !voice && personal(rest[:nameRun(rest)]) {
		// 「…」という人が増えた: the words of someone the sentence
		// describes, not of the person the text is about.
		speech = false
	}
	if w.name == "" && !passive && !standalone && (hasVerb || !a.partial && speech) && !ownSubject(before[strings.LastIndexByte(before, 0)+1:]) {
		// 「…」と述べた with no subject, or a statement that goes on from
		// an earlier one (「…」と話し、「…」。): the subject is the last
		// speaker or the person the text is about.
		switch {
		case cur.name != "":
			w, a.carried = cur, true
		case prevTopic.get(f, t, pi, sents, top).name != "":
			w, a.carried = prevTopic.get(f, t, pi, sents, top), true
		}
		w.rule = ruleContinued
	}
	if w.name == "" && standalone {
		w = f.standalone(t, pi, s, sents, si, top, paraQuote, speech, cur, prevTopic, &a)
	}
	if w.rule == ruleTurn {
		w.rule = ruleDialogue
	}
	if w.rule == ruleWeak {
		w.rule, a.weak = ruleExplicit, true
	}
	if w.name == anaphorName {
		w = who{} // a pronoun with nobody before it
	}
	a.who = w
	if a.who.name == "" {
		a.carried = false
		a.who.rule = ""
	}
	return a
}

// find looks for the speaker written in the quotation's own sentence, in
// order: after the quotation (following), in brackets after it or at the
// head of a transcript line (dialogue), the topic or subject before it
// (explicit), a source phrase (source).
func (f *finder) find(t morph.Text, pi int, s string, sent sentence, top []bracket, b bracket, before string, restOff int, quotative, rest, verb string, vAt int, trimmed string) who {
	w := f.speakerAfter(t, pi, s, restOff, quotative, rest, verb, vAt)
	if w.name != "" {
		return withRule(w, ruleFollowing)
	}
	if quotative == "" {
		if w = f.parenSpeaker(t, pi, s, restOff, trimmed); w.name != "" {
			return withRule(w, ruleDialogue)
		}
	}
	if w = f.transcript(t, pi, s, sent, b); w.name != "" {
		return withRule(w, ruleDialogue)
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
	}
	if w.name == "" {
		w = f.topic(t, pi, before, sent.Start, nil)
		if c := strings.LastIndex(before, "、"); w.name != "" && c > clause && !w.span.IsZero() && w.span.End <= t.Span(sent.Start+c, sent.Start+c).Start {
			// The clause just before the quotation has a topic of its
			// own, right before it: 出演者は全員で、演出した職員は「…」.
			if b, ok := strings.CutSuffix(strings.TrimRight(before, " 、"), "は"); ok && len(b) > c {
				if st := phraseBefore(b, len(b)); st > c && st < len(b) {
					if near := f.resolve(t, pi, s, sent.Start+st, sent.Start+len(b)); near.name != "" {
						w = near
					}
				}
			}
		}
	}
	if w.name != "" {
		return withRule(w, ruleExplicit)
	}
	if w = f.adjacentTopic(t, sent.Start, before); w.name != "" {
		return w
	}
	if w = f.accordingTo(t, pi, s, sent, top); w.name != "" {
		return withRule(w, ruleSource)
	}
	if w = f.crowdSource(t, pi, s, sent.Start, before); w.name != "" {
		return withRule(w, ruleSource)
	}
	if name, at := turnHead(s[sent.Start:b.Open]); name != "" && speechLike(s[b.Open:b.End]) {
		// Kept only if it is a quotation for other reasons: a turn may
		// name a title in brackets.
		return who{name: name, span: t.Span(sent.Start+at, sent.Start+at+len(name)), rule: ruleTurn}
	}
	return who{}
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

// chainSkip returns the length of the run that opens after: blanked
// later quotations of a chain (「A」「B」と), the commas and spaces between
// them, and stray closing brackets.
func chainSkip(after string) int {
	i := 0
	for i < len(after) {
		switch {
		case after[i] == 0 || after[i] == ' ':
			i++
		case strings.HasPrefix(after[i:], "、") || strings.HasPrefix(after[i:], "・") || strings.HasPrefix(after[i:], "」") ||
			strings.HasPrefix(after[i:], "』") || strings.HasPrefix(after[i:], "\u3000"):
			i += 3
		default:
			return i
		}
	}
	return i
}

// standalone finds the speaker of a quotation standing as a sentence of
// its own: the person the next sentence opens with (following), the last
// speaker, the head of the transcript line before, the subject of the
// sentence before (continued), or, for a paragraph that opens with it,
// the person the text was about.
func (f *finder) standalone(t morph.Text, pi int, s string, sents []sentence, si int, top []bracket, paraQuote, speech bool, cur who, prevTopic *lazyTopic, a *attribution) who {
	if si+1 < len(sents) {
		nx := sents[si+1]
		next := s[nx.Start:nx.End]
		if nw := f.opener(t, pi, s, nx.Start, next); nw.name != "" && nw.name != anaphorName && (cur.name == "" || strings.Contains(next, "そう") || strings.Contains(next, "こう")) {
			return withRule(nw, ruleFollowing)
		}
	}
	if si+1 < len(sents) {
		// 「…」。そう話すのは、山田さんだ。
		nx := sents[si+1]
		next := s[nx.Start:nx.End]
		if strings.HasPrefix(next, "そう") || strings.HasPrefix(next, "こう") {
			if i := strings.Index(next, "のは"); i > 0 && i <= 30 {
				body := next[i+len("のは"):]
				body = strings.TrimLeft(body, "、 ")
				if w := f.cleft(t, pi, s, nx.End-len(body), body); w.name != "" && w.name != anaphorName {
					return withRule(w, ruleFollowing)
				}
			}
		}
	}
	if !speech {
		return who{} // a title or a name standing alone: nobody says it
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
	if paraQuote {
		if w := f.salient(pi); w.name != "" {
			a.carried = true
			return as(w, ruleContinued)
		}
	}
	return who{}
}

// opener returns the person a sentence opens with as its topic or
// subject (田中さんは…, 田中さんが…), or nobody.
func (f *finder) opener(t morph.Text, pi int, s string, off int, text string) who {
	for i := 0; i < len(text) && i < 40*3; {
		r, n := firstRune(text[i:])
		if r == 'は' || r == 'が' {
			if i > 0 && onlySpace(text[:phraseBefore(text, i)]) {
				return f.resolve(t, pi, s, off+phraseBefore(text, i), off+i)
			}
			return who{}
		}
		if r == '、' || r == '。' || r == '「' {
			return who{}
		}
		i += n
	}
	return who{}
}

// finalTopic returns the topic of the last sentence of the paragraph
// that has one: with morphology, as long as it names a person entity.
func (f *finder) finalTopic(t morph.Text, pi int) who {
	if t.Norm == "" {
		return who{}
	}
	var top []bracket
	for _, b := range doc.Brackets(t.Norm) {
		if b.Depth == 0 {
			top = append(top, b)
		}
	}
	sents := doc.Sentences(t.Norm, top, nil)
	for i := len(sents) - 1; i >= 0 && i >= len(sents)-2; i-- {
		w := f.topic(t, pi, t.Norm[sents[i].Start:sents[i].End], sents[i].Start, top)
		if w.name == anaphorName {
			continue
		}
		if w.name != "" && (f.x == nil || f.isPerson(w.name) || f.agedName(pi, w.name) == w.name) {
			// A person entity, or a name the text prints with an age
			// (水野ひかり(28)), which the dictionary may not know.
			w.span = article.Span{}
			return w
		}
	}
	return who{}
}

func (f *finder) isPerson(name string) bool {
	for _, e := range f.x.People {
		if e.Name == name {
			return true
		}
	}
	return false
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

func isNameRune(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true // the unified ideographs: most kanji, without a table search
	}
	return unicode.Is(unicode.Han, r) || r == '々' || r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・' ||
		r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'Ａ' && r <= 'ｚ'
}

// phraseBefore returns the start of the noun phrase that ends at s[:end]:
// name characters, an age in brackets ((44), （44）) and a trailing
// さん, ちゃん or くん, or one of a crowd (花見客のひとり).
func phraseBefore(s string, end int) int {
	j := end
	for _, one := range oneOf {
		if strings.HasSuffix(s[:j], one) {
			if k := ofBefore(s, j-len(one)+len("の")); k < j-len(one)+len("の") {
				return k
			}
			break
		}
	}
	// An address or an affiliation in apposition: 山田さん(35)=東京都=.
	for _, eq := range []string{"=", "＝"} {
		if strings.HasSuffix(s[:j], eq) {
			lo := max(0, j-len(eq)-maxApposition)
			if k := strings.LastIndex(s[lo:j-len(eq)], eq); k >= 0 && !strings.ContainsAny(s[lo+k:j], "、。「」") {
				j = lo + k
			}
			break
		}
	}
	// A plural: 関係者ら, 選手たち.
	for _, pl := range []string{"ら", "たち"} {
		if strings.HasSuffix(s[:j], pl) {
			if r, _ := lastRune(s[:j-len(pl)]); isNameRune(r) && r != '・' {
				j -= len(pl)
			}
			break
		}
	}
	// An age: (44) or （44）.
	aged := false
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasSuffix(s[:j], pair[1]) {
			k := strings.LastIndex(s[:j], pair[0])
			if k >= 0 && k >= j-len(pair[1])-12 || k >= 0 && k >= j-len(pair[1])-30 && hasAgeIn(s[k+len(pair[0]):j-len(pair[1])]) {
				aged = k >= 0 && allDigitsStr(s[k+len(pair[0]):j-len(pair[1])])
				j = k
			}
		}
	}
	if aged {
		// A given name in hiragana before an age: 水野ひかり(24).
		k := hiraganaBefore(s, j)
		if r, _ := lastRune(s[:k]); k < j && j-k >= 2*3 && isNameRune(r) && r >= 0x4E00 && r <= 0x9FFF &&
			!strings.ContainsRune("ぁぃぅぇぉっゃゅょゎんをのはがにでともへや", firstRuneOf(s[k:])) {
			j = k
		}
	}
	for _, h := range []string{"さん", "ちゃん", "くん"} {
		if strings.HasSuffix(s[:j], h) {
			j -= len(h)
			// A given name in hiragana (米田あゆさん, しょうこさん),
			// which does not start with a small kana.
			k := hiraganaBefore(s, j)
			for k < j && strings.ContainsRune("ぁぃぅぇぉっゃゅょゎん", firstRuneOf(s[k:])) {
				k += 3
			}
			j = k
			break
		}
	}
	runes := 0
	for j > 0 && runes < 24 {
		r, n := lastRune(s[:j])
		if !isNameRune(r) {
			break
		}
		j -= n
		runes++
	}
	if k := kanaGiven(s, j); k < j {
		// A given name in kana before a title: 島田あかね市長.
		if _, _, ok := entity.SplitTitle(s[j:end]); ok {
			if n, _, _ := entity.SplitTitle(s[j:end]); n == "" {
				j = k
				for j > 0 && runes < 24 {
					r, n := lastRune(s[:j])
					if !isNameRune(r) {
						break
					}
					j -= n
					runes++
				}
			}
		}
	}
	for strings.HasPrefix(s[j:end], "・") {
		j += len("・")
	}
	return j
}

// maxApposition bounds the bytes of an address in apposition between
// equals signs after a name: twenty characters.
const maxApposition = 20 * 3

// stripAge removes a bracketed age after a name: 吉田実行委員長(44) → 吉田実行委員長.
func stripAge(p string) string {
	for _, eq := range []string{"=", "＝"} {
		if q, ok := strings.CutSuffix(p, eq); ok {
			if k := strings.LastIndex(q, eq); k > 0 {
				p = q[:k] // an address in apposition: 山田さん(35)=東京都=
			}
			break
		}
	}
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasSuffix(p, pair[1]) {
			if k := strings.LastIndex(p, pair[0]); k > 0 {
				return p[:k]
			}
		}
	}
	return p
}

// speakerish reports whether a phrase can name a speaker when no person
// entity vouches for it: a title or honorific, a role (当局者), or, when
// kata is set (no entities to ask), a name in katakana.
func speakerish(p string, kata bool) bool {
	p = stripAge(p)
	_, _, titled := entity.SplitTitle(p)
	return speakerishSplit(p, titled, kata)
}

// speakerishSplit is speakerish for a phrase p with its age removed and
// titled, whether it ends in a title, known.
func speakerishSplit(p string, titled, kata bool) bool {
	if p == "" {
		return false
	}
	if anaphoricSpeakers[p] || titled || hasRoleSuffix(p) {
		return true
	}
	if crowdNoun(p) {
		return true // ファン, 関係者ら: a crowd speaks through its voices
	}
	return kata && morph.IsKatakana(p) && utf8.RuneCountInString(p) >= 2 && !commonNoun(p)
}

// resolve turns the phrase s[start:end] of paragraph pi into a speaker.
func (f *finder) resolve(t morph.Text, pi int, s string, start, end int) who {
	if start >= end {
		return who{}
	}
	phrase := s[start:end]
	p := stripAge(phrase)
	if q, ok := strings.CutSuffix(p, "本人"); ok && q != "" {
		p = q // 松井投手本人
	}
	if anaphoricSpeakers[p] {
		return who{name: anaphorName}
	}
	if rest, ok := strings.CutPrefix(p, "同"); ok && rest != "" {
		// 同組合長, 同社長: the person named before with that title.
		if n, title, titled := entity.SplitTitle(rest); titled && n == "" {
			if w := f.titled(pi, start, title); w.name != "" {
				w.rule = rulePronoun
				return w
			}
		}
	}
	var w who
	if f.x != nil {
		// The last person mentioned inside the phrase, or the one it ends.
		for _, m := range f.x.Mentions(pi) {
			if m.Kind == entity.Person && m.End > start && m.End <= end && (m.Start >= start || m.End == end) {
				w.name, w.span = f.x.Name(m), m.Span
			}
			if w.name == "" && m.Kind == entity.Person && m.End == start && hiraganaEnd(s[:start]) {
				// A given name in kana ends before the title the phrase
				// is (島田あかね|市長).
				if n, _, ok := entity.SplitTitle(p); ok && n == "" {
					w.name, w.span = f.x.Name(m), article.Span{Start: m.Span.Start, End: t.Span(start, end).End}
				}
			}
		}
		if w.name != "" {
			w.org = orgBefore(f, t, pi, s, start)
			return w
		}
	}
	bare := start // where the phrase began before its "Xの"
	if b := trimPlural(p); utf8.RuneCountInString(b) <= 3 && (b == "人" || crowdNoun(b) || hasRoleSuffix(b)) {
		// 商店街の人たちは, 市の担当者は, 70代の男性は: an unnamed
		// speaker with what it is of. A title (院長) stays bare: it
		// names the person named with it before.
		if _, _, titled := entity.SplitTitle(b); !titled {
			if k := ofBefore(s, start); k < start {
				start = k
				p = stripAge(s[start:end])
			}
		}
	}
	if f.x == nil {
		if full := f.agedName(pi, p); full != "" {
			return who{name: full, span: t.Span(start, end), org: orgBefore(f, t, pi, s, start)}
		}
	}
	name, title, titled := entity.SplitTitle(p)
	// A name printed with an age, 水野ひかり(24), is a person's.
	aged := p != phrase && strings.HasSuffix(phrase, ")") && allDigitsStr(phrase[strings.LastIndex(phrase, "(")+1:len(phrase)-1])
	if !aged && !speakerishSplit(trimOneOf(p), titled, f.x == nil) {
		return who{}
	}
	if titled && name == "" && title == p {
		// A bare title (首相, 監督): the person named with it before.
		if w := f.titled(pi, start, title); w.name != "" {
			w.rule = ruleTitle
			return w
		}
		// Nobody named with it: the title with whose it is (港南市の市長).
		if k := ofBefore(s, start); k < start {
			start, p = k, s[k:end]
		}
	}
	if name, ns, ok := f.appositive(pi, s, start, end); ok {
		return who{name: name, span: t.Span(ns, end), org: orgBefore(f, t, pi, s, ns)}
	}
	w.span, w.org = t.Span(start, end), orgBefore(f, t, pi, s, bare)
	if titled && name != "" {
		// A katakana name after a title of its own (外交顧問ユーリ・ウシャコフ氏).
		k := len(name)
		for k > 0 {
			r, n := lastRune(name[:k])
			if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・') {
				break
			}
			k -= n
		}
		switch {
		case k < len(name) && utf8.RuneCountInString(name[k:]) >= 2:
			w.span = t.Span(start+k, end)
			p = strings.TrimLeft(name[k:], "・")
		case utf8.RuneCountInString(name) <= 6 && !entity.Epithet(name):
			p = name
		}
	}
	w.name = p
	return w
}

// appositive reads a name set before a post with ・, the post ending the
// phrase s[start:end] (佐伯千登勢（ちとせ）・県立がん病院小児科長,
// 山田太郎・東京大学教授): the person speaks, not the post. The name is a
// person the entities know, or, in both modes, a kanji name followed by its
// reading in brackets. It returns the name and where it starts.
func (f *finder) appositive(pi int, s string, start, end int) (string, int, bool) {
	// The ・ inside the phrase, else just before it: the phrase stops at
	// kana or brackets that an organisation's name may hold (県立がん病院).
	d := strings.LastIndex(s[start:end], "・")
	if d >= 0 {
		d += start
	} else {
		for i, runes := start, 0; i > 0 && runes < 24; runes++ {
			r, n := lastRune(s[:i])
			if r == '・' {
				d = i - n
				break
			}
			if unicode.IsSpace(r) || phraseStop(r) {
				break
			}
			i -= n
		}
	}
	if d < 0 || !speakerish(s[d+len("・"):end], false) {
		return "", 0, false
	}
	// An optional reading, then the name.
	k, reading := d, false
	for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasSuffix(s[:k], pair[1]) {
			lo := max(0, k-len(pair[1])-maxReading-len(pair[0]))
			if o := strings.LastIndex(s[lo:k], pair[0]); o >= 0 && isReading(s[lo+o+len(pair[0]):k-len(pair[1])]) {
				k, reading = lo+o, true
			}
			break
		}
	}
	if f.x != nil {
		for _, m := range f.x.Mentions(pi) {
			if m.Kind == entity.Person && m.End == k {
				return f.x.Name(m), m.Start, true
			}
		}
	}
	if !reading {
		return "", 0, false
	}
	ns, runes := k, 0
	for ns > 0 && runes < 8 {
		r, n := lastRune(s[:ns])
		if !unicode.Is(unicode.Han, r) && r != '々' {
			break
		}
		ns -= n
		runes++
	}
	if runes < 2 {
		return "", 0, false
	}
	return s[ns:k], ns, true
}

// maxReading bounds the bytes of a reading in brackets: sixteen kana.
const maxReading = 16 * 3

// isReading reports whether s is a reading: one to sixteen kana.
func isReading(s string) bool {
	n := 0
	for _, r := range s {
		if !(r >= 'ぁ' && r <= 'ゖ' || r >= 'ァ' && r <= 'ヺ' || r == 'ー') {
			return false
		}
		n++
	}
	return n > 0 && n <= 16
}

// orgBefore returns the organisation written as "Xの" before a speaker.
func orgBefore(f *finder, t morph.Text, pi int, s string, start int) string {
	if !strings.HasSuffix(s[:start], "の") {
		return ""
	}
	end := start - len("の")
	if f.x != nil {
		for _, m := range f.x.Mentions(pi) {
			if m.Kind == entity.Organization && m.End == end {
				return f.x.Name(m)
			}
		}
		return ""
	}
	p := s[phraseBefore(s, end):end]
	for _, h := range []string{"省", "党", "庁", "機構", "政府", "委員会", "協会", "社", "府", "局", "部", "会"} {
		if strings.HasSuffix(p, h) && utf8.RuneCountInString(p) > utf8.RuneCountInString(h) {
			return p
		}
	}
	return ""
}

// topic returns the speaker a sentence (text starting at off in the
// paragraph) is about: its first speaker-like phrase marked with は, else
// its last one marked with が.
func (f *finder) topic(t morph.Text, pi int, text string, off int, top []bracket) who {
	s := t.Norm
	if top != nil {
		text = outside(s, off, off+len(text), top)
	}
	// Phrases marked with が are resolved only when no は phrase is a
	// speaker, and then from the last one back: resolving is the costly
	// part, and resolve has no side effects.
	ga := f.ga[:0]
	defer func() { f.ga = ga[:0] }()
	for i := 0; i < len(text); {
		r, n := firstRune(text[i:])
		if r == 'の' && i > 0 && strings.HasPrefix(text[i:], "の場合") {
			// 美咲さん(31)の場合、…: the person whose case the text tells
			if st := phraseBefore(text, i); st < i {
				if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" {
					return w
				}
			}
		}
		if (r == 'は' || r == 'が' || r == 'も' && topicMo(text, i+n)) && i > 0 {
			// 監督も「…」: も marks a topic as は does.
			st := phraseBefore(text, i)
			if st < i {
				if r == 'が' {
					ga = append(ga, [2]int{off + st, off + i})
				} else if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" {
					return w
				}
			}
		}
		i += n
	}
	for k := len(ga) - 1; k >= 0; k-- {
		if w := f.resolve(t, pi, s, ga[k][0], ga[k][1]); w.name != "" {
			return w
		}
	}
	return who{}
}

// accordingTo finds "Xによると" and its variants, trying the first place of
// each in turn.
// Places inside the sentence's quotations do not count; the phrase before
// a place never reaches into one, as it stops at a closing bracket.
func (f *finder) accordingTo(t morph.Text, pi int, s string, sent sentence, top []bracket) who {
	text := s[sent.Start:sent.End]
	quoted := func(i int) bool {
		at := sent.Start + i
		k := sort.Search(len(top), func(k int) bool { return top[k].End > at })
		return k < len(top) && top[k].Open <= at
	}
	for _, i := range sourcePlaces(text, quoted) {
		if i > 0 {
			if w := f.resolve(t, pi, s, sent.Start+phraseBefore(text, i), sent.Start+i); w.name != "" {
				return w
			}
		}
	}
	return who{}
}

// accordingKeys introduce a source: X によると, によれば, によりますと. They
// all start with によ.
var accordingKeys = [...]string{"によると", "によれば", "によりますと"}

// sourcePlaces returns the offset of the first place of each of
// accordingKeys in text that skip does not refuse (nil refuses none), or
// -1: one search for their common によ finds them all, instead of one
// search of the text each.
func sourcePlaces(text string, skip func(int) bool) [len(accordingKeys)]int {
	first := [len(accordingKeys)]int{-1, -1, -1}
	for j, left := 0, len(first); left > 0; {
		i := strings.Index(text[j:], "によ")
		if i < 0 {
			break
		}
		i += j
		j = i + len("によ")
		if skip != nil && skip(i) {
			continue
		}
		for k, key := range accordingKeys {
			if first[k] < 0 && strings.HasPrefix(text[i:], key) {
				first[k] = i
				left--
			}
		}
	}
	return first
}

// speakerAfter reads a speaker written after the quotation: 「…」とXは述べた,
// 「…」と苦笑するX。, 「…」というXは.
func (f *finder) speakerAfter(t morph.Text, pi int, s string, off int, quotative, rest, verb string, vAt int) who {
	if quotative == "" {
		return who{}
	}
	if quotative == "と" && strings.HasPrefix(rest, "は") {
		// 「…」とは、会社員のRさん(37歳)。: the speaker closes the
		// sentence after とは, with no verb.
		body := strings.TrimLeft(rest[len("は"):], "、 ")
		at := off + len(rest) - len(body)
		k := len(body)
		if j := strings.Index(body, "。"); j >= 0 {
			k = j
		}
		if j := strings.IndexByte(body[:k], 0); j >= 0 {
			k = j
		}
		for _, end := range []string{"の弁", "の談", "談", "だ", "です"} {
			if e, ok := strings.CutSuffix(body[:k], end); ok {
				k = len(e)
				break
			}
		}
		if st := phraseBefore(body, k); st < k {
			if w := f.resolve(t, pi, s, at+st, at+k); w.name != "" {
				return w
			}
		}
		return who{}
	}
	// Before the verb: とXは述べた, とXが語った.
	limit := len(rest)
	if vAt >= 0 {
		limit = vAt
	}
	for i := 0; i < limit; {
		r, n := firstRune(rest[i:limit])
		if r == '(' || r == '（' {
			// A reading in brackets (柚木遥（はるか）) holds no particle.
			if c := strings.IndexAny(rest[i+n:min(limit, i+n+maxReading)], ")）"); c >= 0 && isReading(rest[i+n:i+n+c]) {
				i += n + c
				continue
			}
		}
		if r == 'は' || r == 'が' {
			st := phraseBefore(rest, i)
			first := st == 0 || st > 0 && (rest[st-1] == '\x00' || strings.HasSuffix(rest[:st], "、")) || quotative == "という" ||
				strings.HasSuffix(rest[:st], "の") && !containsAny(rest[:st], "、", "を", "に", "で") // と会社員の山田さんは
			if !first {
				// A name set before the post: とX（よみ）・…長は.
				_, ns, ok := f.appositive(pi, s, off+st, off+i)
				first = ok && ns == off
			}
			if first {
				if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" {
					return w
				}
			}
			break
		}
		if r == '、' || r == 'を' || r == 'に' {
			break
		}
		i += n
	}
	// After the verb, ending the sentence: と苦笑する中丸監督。, and the
	// cleft と語るのは、…弟のXだ。
	if vAt >= 0 {
		tail := rest[vAt+len(verb):]
		if body, ok := strings.CutPrefix(tail, "のは"); ok {
			if w := f.cleft(t, pi, s, off+vAt+len(verb)+len("のは"), body); w.name != "" {
				return w
			}
		}
		k := len(tail)
		if j := strings.Index(tail, "。"); j >= 0 {
			k = j
		}
		if j := strings.IndexByte(tail[:k], 0); j >= 0 {
			k = j
		}
		if k > 0 && phraseBefore(tail, k) == 0 {
			if w := f.resolve(t, pi, s, off+vAt+len(verb), off+vAt+len(verb)+k); w.name != "" {
				return w
			}
			// A name the entities do not know, in the place only a
			// name takes: と尋ねる黒川。
			if p := tail[:k]; bareName(p) {
				base := off + vAt + len(verb)
				return who{name: stripAge(p), span: t.Span(base, base+k)}
			}
		}
	}
	// The speaker right after the verb, before a particle: と話す山田さん
	// （32）もその一人だ, と語る山田さんは.
	if vAt >= 0 {
		tail := rest[vAt+len(verb):]
		if e := nameAhead(tail, "も", "は", "が", "だ", "。"); e > 0 {
			base := off + vAt + len(verb)
			if w := f.resolve(t, pi, s, base, base+e); w.name != "" && w.name != anaphorName {
				return w
			}
		}
	}
	// The speaker's words named after the speaker: と山田さんの声, と同店
	// スタッフの弁.
	if j := strings.Index(rest, "の"); quotative == "と" && j > 0 && j <= maxNamePhrase && wordsOf(rest[j:]) {
		if nameAhead(rest[:j+len("の")], "の") == j {
			if w := f.resolve(t, pi, s, off, off+j); w.name != "" && w.name != anaphorName {
				return w
			}
		}
	}
	// The sentence ends with the speaker after a description: と満足げな
	// 様子の山田さん。, と苦笑いの山田監督。
	if quotative == "と" || quotative == "って" {
		k := len(rest)
		if j := strings.Index(rest, "。"); j >= 0 {
			k = j
		}
		if k > 2*maxNamePhrase || !strings.Contains(rest[:k], "の") {
			k = 0 // no description of that length before a name
		}
		if st := phraseBefore(rest[:k], k); st > 0 && st < k && strings.HasSuffix(rest[:st], "の") && !strings.Contains(rest[:st], "、") {
			if w := f.resolve(t, pi, s, off+st, off+k); w.name != "" && w.name != anaphorName {
				return w
			}
			if p := rest[st:k]; bareName(p) {
				return who{name: stripAge(p), span: t.Span(off+st, off+k)}
			}
		}
	}
	// A name alone ends the sentence: 「…」と山田町長。
	if vAt < 0 && quotative == "と" {
		k := len(rest)
		if j := strings.Index(rest, "。"); j >= 0 {
			k = j
		}
		lead := len(rest[:k]) - len(strings.TrimLeft(rest[:k], "、 "))
		if k > lead && k-lead <= maxNamePhrase && phraseBefore(rest[:k], k) == lead {
			if w := f.resolve(t, pi, s, off+lead, off+k); w.name != "" {
				return w
			}
		}
	}
	// という X の言葉, という X は.
	if quotative == "という" {
		if body, ok := strings.CutPrefix(rest, "のは"); ok {
			// The cleft: 「…」というのは、…山田さんだ.
			if w := f.cleft(t, pi, s, off+len("のは"), body); w.name != "" {
				return w
			}
		}
		st := len(rest) - len(strings.TrimLeft(rest, "、 "))
		if e := nameAhead(rest[st:], "も", "は", "が", "の", "だ", "。"); e > 0 {
			if w := f.resolve(t, pi, s, off+st, off+st+e); w.name != "" {
				return w
			}
		}
		st = 0
		k := st
		for k < len(rest) {
			r, n := utf8.DecodeRuneInString(rest[k:])
			if !isNameRune(r) && !strings.HasPrefix(rest[k:], "さん") && r != '(' && r != ')' && r != '（' && r != '）' {
				break
			}
			k += n
		}
		if k > st {
			return f.resolve(t, pi, s, off+st, off+k)
		}
	}
	return who{}
}

// cleft reads the speaker that ends a cleft sentence after its のは:
// 「…」と語るのは、…山田さん（25）だ. body starts at off in s.
func (f *finder) cleft(t morph.Text, pi int, s string, off int, body string) who {
	if j := strings.Index(body, "。"); j >= 0 {
		body = body[:j]
	}
	body = strings.TrimRight(body, " ")
	for _, cop := range []string{"だった", "です", "だ", ""} {
		if b, ok := strings.CutSuffix(body, cop); ok {
			st := phraseBefore(b, len(b))
			return f.resolve(t, pi, s, off+st, off+len(b))
		}
	}
	return who{}
}

// transcript reads a line that starts with a name and then the quotation:
// 高田 「…」, 高田：「…」.
func (f *finder) transcript(t morph.Text, pi int, s string, sent sentence, b bracket) who {
	head := s[sent.Start:b.Open]
	trim := strings.TrimRight(head, " \u3000：:")
	if trim == head || trim == "" || containsAny(trim, "、", "。", " ") {
		return who{}
	}
	const lead = " \u3000\n・■●◆▼◇○" // space and bullets before the name
	st := strings.TrimLeft(trim, lead)
	if st == "" || phraseBefore(st, len(st)) != 0 || utf8.RuneCountInString(st) > 12 || label(st) || commonNoun(st) {
		return who{}
	}
	start := sent.Start + len(head) - len(strings.TrimLeft(head, lead))
	w := f.resolve(t, pi, s, start, start+len(st))
	if w.name == "" {
		// The line's head is the name itself, title or not.
		w = who{name: stripAge(st), span: t.Span(start, start+len(st))}
	}
	return w
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
// quotations, ASCII spaces and the strings units, repeated: what
// strings.Trim with those as cutset would reduce to "", read without
// decoding the placeholders one rune at a time.
func onlyOf(s string, units ...string) bool {
next:
	for i := 0; i < len(s); {
		if c := s[i]; c == 0 || c == ' ' {
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

// ofBefore returns the start of "Xの" ending at s[:end], X a run of name
// characters, or end when s[:end] does not end so.
func ofBefore(s string, end int) int {
	if !strings.HasSuffix(s[:end], "の") {
		return end
	}
	j := end - len("の")
	k := j
	for k > 0 {
		r, n := lastRune(s[:k])
		if !isNameRune(r) || r == '・' {
			break
		}
		k -= n
	}
	if k == j {
		return end
	}
	return k
}

// oneOf end a phrase that names one or some of a crowd: 花見客のひとり,
// 市議会の一部.
var oneOf = []string{"のひとり", "の一人", "の1人", "の一部"}

// trimOneOf removes a trailing "one of": 花見客のひとり → 花見客.
func trimOneOf(p string) string {
	for _, one := range oneOf {
		if q, ok := strings.CutSuffix(p, one); ok && q != "" {
			return q
		}
	}
	return p
}

// hasRoleSuffix reports a phrase that ends in a role (担当者, 幹部).
func hasRoleSuffix(p string) bool {
	for _, r := range roleSuffixes {
		if strings.HasSuffix(p, r) {
			return true
		}
	}
	return false
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

// agedName returns the name printed with an age, up to paragraph pi,
// that p is or starts as a surname does (桜井 of 桜井蓮(29)), or "".
func (f *finder) agedName(pi int, p string) string {
	for _, h := range []string{"さん", "氏", "ちゃん", "くん"} {
		if q, ok := strings.CutSuffix(p, h); ok {
			p = q
			break
		}
	}
	if utf8.RuneCountInString(p) < 2 {
		return ""
	}
	for ; f.agedTo <= pi && f.agedTo < len(f.paras); f.agedTo++ {
		f.aged = appendAged(f.aged, f.paras[f.agedTo].Text)
	}
	for _, n := range f.aged {
		if n == p || strings.HasPrefix(n, p) && utf8.RuneCountInString(n)-utf8.RuneCountInString(p) <= 3 {
			return n
		}
	}
	return ""
}

// appendAged appends to out the names of s, a normalized text, printed
// with an age: name
// characters, or a Han surname and a hiragana given name, right before
// "(NN)".
func appendAged(out []string, s string) []string {
	// The brackets are ASCII in a parsed article's normalized text and
	// may be full-width in a hand-made one: each kind is searched for
	// with a byte search, not rune by rune.
	half, full := -2, -2 // the next of each from i; -2 when not looked for
	for i := 0; i < len(s); {
		if half != -1 && half < i {
			half = indexFrom(s, i, "(")
		}
		if full != -1 && full < i {
			full = indexFrom(s, i, "（")
		}
		at, w, cl := half, 1, ")"
		if at < 0 || full >= 0 && full < at {
			at, w, cl = full, len("（"), "）"
		}
		if at < 0 {
			break
		}
		i = at + w
		c := strings.Index(s[i:min(len(s), i+3+len(cl))], cl)
		if c <= 0 || !allDigitsStr(s[i:i+c]) {
			continue
		}
		j := phraseBefore(s, at)
		for j < at && s[j] < 0x80 && s[j] != 0 {
			j++ // MF三宅翔太: the position before the name
		}
		name := s[j:at]
		for _, h := range []string{"さん", "氏", "ちゃん", "くん"} {
			if q, ok := strings.CutSuffix(name, h); ok {
				name = q
				break
			}
		}
		if n := utf8.RuneCountInString(name); n >= 2 && n <= 8 && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// topicMo reports a も at text[:at] that may mark the speaker of the
// quotation text runs up to (監督も「…」, 山田さんも試合後、「…」): resolving
// every も (今年も, 会場にも) would cost more than it finds.
func topicMo(text string, at int) bool {
	if len(text)-at <= 15*3 {
		return true // within fifteen characters of the quotation
	}
	// Farther back, a speaker ends in a name, a title or an honorific,
	// not in a word of time or place (今年も, 以前も, 市内も).
	r, _ := lastRune(text[:at-len("も")])
	return isNameRune(r) && !(r >= '0' && r <= '9') && !strings.ContainsRune("年月日時分回度前後今中内外間際上下的等", r) || r == 'ん'
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
