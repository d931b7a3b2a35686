package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/entity"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// The discourse model: who the text is about as it goes on. Each
// quotation is resolved in order: a speaker written in its sentence
// (explicit), one written after it (following), a source phrase
// (source), then the person the text is about (continued): the last
// speaker of the paragraph, the topic of an earlier sentence, or the
// speaker or final topic of an earlier paragraph, up to a sub-heading.
// The people of earlier paragraphs are read only when a quotation asks,
// latest first, so that an article with no such quotation pays nothing.

// Attribution rules, the values of article.Quote.Attribution.
const (
	ruleExplicit  = "explicit"
	ruleFollowing = "following"
	ruleSource    = "source"
	ruleContinued = "continued"
	ruleTitle     = "title"
	rulePronoun   = "pronoun"
	ruleDialogue  = "dialogue"
	// ruleTurn is a dialogue found at the head of the line, not next to
	// the quotation: it does not make the quotation one by itself.
	ruleTurn = "\x00turn"
	// ruleWeak is an explicit speaker read from its place alone
	// (adjacentTopic): it is not carried on to later quotations.
	ruleWeak = "\x00weak"
)

// maxLookback bounds the earlier paragraphs read for the person the text
// is about: further back, a quotation with no subject is left unassigned.
const maxLookback = 3

// record is what the discourse keeps of a paragraph already read.
type record struct {
	pi      int
	heading bool
	last    who // the last speaker of its quotations
	// voices: the paragraph is only quotations and none has a speaker,
	// as in a list of readers' comments.
	voices bool
}

// salient returns the person the text is about before paragraph pi: the
// last speaker or the final topic of the paragraphs before it, latest
// first, up to a sub-heading and at most maxLookback paragraphs back.
func (f *finder) salient(pi int) who {
	return f.salientWhere(pi, func(who) bool { return true })
}

// salientWhere is salient taking only the people ok accepts.
func (f *finder) salientWhere(pi int, ok func(who) bool) who {
	for k, n := len(f.recs)-1, 0; k >= 0 && n < maxLookback; k, n = k-1, n+1 {
		r := f.recs[k]
		if r.heading || r.pi >= pi {
			return who{}
		}
		// An interviewer's question names whom it asks (――藤井さんご
		// 自身も…), but a crowd it asks about (――会員さんは嬉しいです
		// よね。) does not answer.
		if w := f.finalTopic(f.text(r.pi), r.pi); w.name != "" && ok(w) && !(f.asked(r.pi) && crowdLike(w.name)) {
			return w
		}
		if r.last.name != "" && ok(r.last) {
			return r.last
		}
	}
	return who{}
}

// text returns the normalized text of paragraph pi, normalizing it when
// the caller did not.
func (f *finder) text(pi int) morph.Text {
	if pi < 0 || pi >= len(f.texts) {
		return morph.Text{}
	}
	if f.texts[pi].Norm == "" && pi < len(f.paras) && f.paras[pi].Span.Len() > 0 {
		f.texts[pi] = morph.NewText(f.src, f.paras[pi].Span)
	}
	return f.texts[pi]
}

// titled resolves a bare title (首相, 社長, 監督) used as a speaker in
// paragraph pi before offset end to the person named earlier with that
// title (山田太郎首相), latest first: in this paragraph, then in earlier
// ones up to a sub-heading.
func (f *finder) titled(pi, end int, title string) who {
	if w, ok := f.titledIn(pi, pi, end, title); ok {
		return w
	}
	// The earlier paragraphs give the same answer to every quotation of
	// this one: it is kept.
	if c := f.titles; c.pi == pi && c.title == title && c.ok {
		return c.w
	}
	w, _ := f.titledIn(pi-1, pi, -1, title)
	f.titles = titleMemo{pi: pi, title: title, w: w, ok: true}
	return w
}

// topicHeading reports the heading of one topic of a conference or an
// interview, in brackets ((新庁舎について)): the people of the text go on
// under it, unlike under the heading of another story.
func topicHeading(s string) bool {
	s = strings.TrimSpace(s)
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(s, br[0]); ok {
			if in, ok = strings.CutSuffix(in, br[1]); ok && (strings.HasSuffix(in, "について") || strings.HasSuffix(in, "に関して")) {
				return true
			}
		}
	}
	return false
}

// titleMemo is the last answer of titled from earlier paragraphs.
type titleMemo struct {
	pi    int
	title string
	w     who
	ok    bool
}

// titledIn is titled reading paragraphs from `from` back; in paragraph pi
// only before end. ok reports whether someone was found.
func (f *finder) titledIn(from, pi, end int, title string) (who, bool) {
	tries := 0 // places of the title looked at: a few, so that a text of
	// bare titles is read in linear time
	for j := from; j >= 0 && j >= pi-maxTitleBack && tries < maxTitleTries && (j == pi || from < pi); j-- {
		if j < len(f.paras) && j < pi && f.paras[j].Heading && !topicHeading(f.paras[j].Text) {
			break
		}
		if j != pi && j < len(f.paras) && f.texts[j].Norm == "" && !strings.Contains(f.paras[j].Span.In(f.src), title) {
			// Not normalized yet, and the title is not there as written:
			// normalization changes no kanji, so it is not there at all.
			if !strings.ContainsFunc(title, mayNormalize) {
				continue
			}
		}
		t := f.text(j)
		s := t.Norm
		lim := len(s)
		if j == pi {
			lim = min(end, len(s))
		}
		for lim > 0 && tries < maxTitleTries {
			tries++
			i := strings.LastIndex(s[:lim], title)
			if i < 0 {
				break
			}
			lim = i
			if hasPrefixAny(s[i+len(title):], "選", "職", "候補", "室") {
				continue // 港北村長選, 市長候補: the post's election, no one holding it
			}
			if r, _ := firstRune(s[i+len(title):]); unicode.Is(unicode.Han, r) {
				continue // 記者会見: the title inside a longer word
			}
			if w, ok := f.namedAfter(t, j, s, i+len(title)); ok {
				// 3代目社長の港北さん: the one the title is told of, not
				// what stands before it.
				if j != pi {
					w.span = article.Span{}
				}
				return w, true
			}
			// The phrase that ends with the title, so that a given name in
			// kana before it is read (大野ひろし市長).
			st := phraseBefore(s, i+len(title))
			name, _, _ := entity.SplitTitle(s[st : i+len(title)])
			if st >= i || name == "" || utf8.RuneCountInString(name) < 2 {
				if w, ok := f.labelledName(t, j, s, i+len(title)); ok {
					if j != pi {
						w.span = article.Span{}
					}
					return w, true
				}
				continue
			}
			if w := f.resolve(t, j, s, st, i+len(title)); w.name != "" && w.name != anaphorName {
				if j != pi {
					w.span = article.Span{}
				}
				return w, true
			}
		}
	}
	return who{}, false
}

// namedAfter reads a person named right after a title and の or a comma,
// with an honorific or an age after the name (社長の森川忠さん（52）, 館長、
// 森川忠さん).
func (f *finder) namedAfter(t morph.Text, pi int, s string, at int) (who, bool) {
	sep, ok := hasPrefixOf(s[at:], "の", "、")
	if !ok {
		return who{}, false
	}
	ns := at + len(sep)
	ne := ns
	for n := 0; ne < len(s) && n <= maxLabelledName; n++ {
		r, k := firstRune(s[ne:])
		if !isNameRune(r) || r == '・' {
			break
		}
		ne += k
	}
	if ne == ns || utf8.RuneCountInString(s[ns:ne]) < 2 || utf8.RuneCountInString(s[ns:ne]) > maxLabelledName ||
		!hasPrefixAny(s[ne:], "さん", "氏", "(", "（") {
		return who{}, false
	}
	if h, ok := hasPrefixOf(s[ne:], "さん", "氏"); ok {
		ne += len(h) // resolved with its honorific, as a speaker's phrase is
	}
	if w := f.resolve(t, pi, s, ns, ne); w.name != "" && w.name != anaphorName && !w.guess && !commonNoun(w.name) {
		return w, true
	}
	return who{}, false
}

// labelledName reads a name printed after a title and a colon at s[at:]
// (院長：芹澤まさみ, 代表・森川忠), as a release gives who heads the body.
func (f *finder) labelledName(t morph.Text, pi int, s string, at int) (who, bool) {
	sep, ok := hasPrefixOf(s[at:], "：", ":", "・", "＝", "=")
	if !ok {
		return who{}, false
	}
	ns := at + len(sep)
	ne := ns
	for n := 0; ne < len(s) && n <= maxLabelledName; n++ {
		r, k := firstRune(s[ne:])
		if !isNameRune(r) && !(r >= 'ぁ' && r <= 'ゖ') || r == '・' {
			break
		}
		ne += k
	}
	if ne == ns || utf8.RuneCountInString(s[ns:ne]) < 2 || utf8.RuneCountInString(s[ns:ne]) > maxLabelledName {
		return who{}, false
	}
	if ne < len(s) {
		if r, _ := firstRune(s[ne:]); r != '、' && r != ')' && r != '）' && r != ' ' && r != ',' && r != '，' && r != '。' {
			return who{}, false // 院長:本日は…: no name, words
		}
	}
	if w := f.resolve(t, pi, s, ns, ne); w.name != "" && w.name != anaphorName && !commonNoun(w.name) {
		w.guess = false
		return w, true
	}
	return who{}, false
}

// maxLabelledName bounds a name after a title and a colon, in runes.
const maxLabelledName = 10

// maxTitleBack bounds the earlier paragraphs titled reads.
const maxTitleBack = 8

// maxTitleTries bounds the earlier places of a bare title that titled
// looks at.
const maxTitleTries = 16

// anaphorName is the name resolve gives a pronoun (彼, 同氏): the caller
// replaces it with the most recent person.
const anaphorName = "\x00anaphor"

// agedAfter reads a speaker named with an age right after the quotation
// at the end of its sentence, as lists of answers print them: 「…」勝田さん
// （28歳）. off is where after starts in s.
func (f *finder) agedAfter(t morph.Text, pi int, s string, off int, after string) who {
	lead := len(after) - len(strings.TrimLeft(after, " "))
	body := after[lead:]
	e := nameAhead(body, "(", "（")
	if e == 0 || !strings.HasPrefix(body[e:], "(") && !strings.HasPrefix(body[e:], "（") {
		return who{}
	}
	c := strings.IndexAny(body[e:], ")）")
	if c < 0 {
		return who{}
	}
	_, cl := firstRune(body[e+c:])
	next := strings.TrimLeft(body[e+c+cl:], " ")
	if next != "" && !strings.HasPrefix(next, "。") && !strings.HasPrefix(next, "\n") {
		return who{}
	}
	start := off + lead
	if w := f.resolve(t, pi, s, start, start+e); w.name != "" && w.name != anaphorName {
		return w
	}
	return who{}
}

// parenSpeaker reads a speaker in brackets right after the quotation:
// 「…」（山田社長）, 「…」（美香／36歳）, 「…」(山田・会社員). off is where
// after starts in s. Words that do not read as speech (a product in a
// list, 「おたる完熟ナイヤガラ」（白ワイン）) take a speaker only from an age.
func (f *finder) parenSpeaker(t morph.Text, pi int, s string, off int, after string, speech bool) who {
	open := ""
	for _, o := range []string{"（", "("} {
		if strings.HasPrefix(after, o) {
			open = o
		}
	}
	if open == "" {
		return who{}
	}
	in := after[len(open):]
	c := strings.IndexAny(in, ")）")
	if c <= 0 || c > 40*3 {
		return who{}
	}
	// A name in brackets after a title in a list (「…」（山田一郎）、「…」)
	// is its author: the words are someone's only when the sentence ends
	// there or an age says it is testimony.
	next := in[c:]
	_, cl := firstRune(next)
	next = strings.TrimLeft(next[cl:], " ")
	ends := next == "" || strings.HasPrefix(next, "。") || strings.HasPrefix(next, "\n") ||
		hasPrefixAny(next, "との", "という", "といった", "などの", "などと", "と話", "と語", "と指摘") // 「…」（国内証券のアナリスト）との見方
	in = in[:c]
	if (!ends || !speech) && !hasAgeIn(in) {
		return who{}
	}
	name, detail := in, ""
	if k := strings.IndexAny(in, "／/・、，,"); k > 0 {
		name, detail = in[:k], in[k:]
	}
	start := off + len(open)
	d := strings.TrimLeft(detail, "／/・、，,")
	ds := start + len(in) - len(d)
	aged := false
	if j := strings.IndexAny(d, "／/"); j > 0 && hasAge(d[j:]) {
		d, aged = d[:j], true // （北浜市の会社員、森川忠さん／61）: and the age
	}
	if d != "" && (aged || !hasAge(detail)) && !strings.ContainsAny(d, "／/・、，,") {
		// （北浜市の会社員、森川忠さん）: who they are, then the name.
		if _, _, titled := entity.SplitTitle(d); titled {
			if w := f.resolve(t, pi, s, ds, ds+len(d)); w.name != "" && w.name != anaphorName && !w.guess {
				return w
			}
		}
	}
	if detail == "" && orgUnit(name) {
		// （北浜市観光課）: an office speaks through its staff.
		return who{name: name, org: name, span: t.Span(start, start+len(name))}
	}
	if detail != "" && hasAge(detail) && hasSuffixAny(name, "市", "町", "村", "区", "県", "都", "府", "道", "州") {
		// （北浜市・60代男性）: where a person lives, then who they are.
		return who{name: in, span: t.Span(start, start+len(in))}
	}
	if k := strings.LastIndexByte(name, ' '); k > 0 && k+1 < len(name) && phraseBefore(name, len(name)) == k+1 {
		// （広報 佐藤留美さん）: a post, then the name.
		start, name = start+k+1, name[k+1:]
	}
	if st := phraseBefore(name, len(name)); st != 0 {
		if detail != "" && hasAge(detail) && givenName(name) {
			return who{name: name, span: t.Span(start, start+len(name))}
		}
		// （国内証券のアナリスト）: a trade or a role with whose it is.
		if b := name[st:]; strings.HasSuffix(name[:st], "の") && (occupation(b) || hasRoleSuffix(b) || crowdNoun(b)) && !strings.ContainsAny(name[:st], "、。") {
			return who{name: name, span: t.Span(start, start+len(name))}
		}
		return who{}
	}
	if w := f.resolve(t, pi, s, start, start+len(name)); w.name != "" && w.name != anaphorName {
		return w
	}
	// Testimony: a given name and an age (美香／36歳).
	if detail != "" && hasAge(detail) && utf8.RuneCountInString(name) <= 8 && !commonNoun(name) {
		return who{name: name, span: t.Span(start, start+len(name))}
	}
	return who{}
}

// hasAge reports whether s holds an age: a number followed by 歳 or
// standing alone after a separator.
func hasAge(s string) bool {
	s = strings.TrimLeft(s, "／/・、，, ")
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 3 {
		return false
	}
	rest := s[digits:]
	return rest == "" || strings.HasPrefix(rest, "歳") || strings.HasPrefix(rest, "代")
}

// turnHead returns the speaker that opens a transcript line, NAME：…
// (with a bullet before it allowed), and where the name starts, or "".
func turnHead(line string) (string, int) {
	lead := 0
	for lead < len(line) {
		r, n := firstRune(line[lead:])
		if r != ' ' && r != '\u3000' && r != '・' && r != '■' && r != '●' && r != '◆' && r != '▼' && r != '◇' && r != '○' {
			break
		}
		lead += n
	}
	rest := line[lead:]
	k := strings.IndexAny(rest[:min(len(rest), 11*3)], "：:") // a name of ten characters at most
	if k <= 0 || k > 10*3 {
		return "", 0
	}
	name := strings.TrimRight(rest[:k], " \u3000")
	if name == "" || phraseBefore(name, len(name)) != 0 || utf8.RuneCountInString(name) > 8 || commonNoun(name) || label(name) || !hasNameLetter(name) {
		return "", 0
	}
	if morph.IsKatakana(name) && !strings.HasSuffix(rest[k:], "」") && utf8.RuneCountInString(name) > 6 {
		return "", 0
	}
	return stripAge(name), lead
}

// hasNameLetter reports whether a turn's head holds a letter that names a
// person: kana or kanji, or two Latin letters or more (967：, GK： are a
// post's number and a position).
func hasNameLetter(name string) bool {
	latin := 0
	for _, r := range name {
		switch {
		case r >= 'ぁ' && r <= 'ヺ' || r >= 0x4E00 && r <= 0x9FFF || r == '々':
			return true
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			latin++
		}
	}
	return latin >= 3 || latin == len(name) && latin >= 2 && strings.ToUpper(name) != name
}

// crowdSource reads a source marked other than with は or が before the
// quotation: ファンからは「…」, ネット掲示板では「…」といった声. before is
// the sentence up to the quotation (quotations blanked), starting at off
// in s.
func (f *finder) crowdSource(t morph.Text, pi int, s string, off int, before string) who {
	// The mark is in the clause before the quotation, within forty
	// characters.
	full, base := before, 0 // the describing clause may start before the window
	// A chain of quotations right before this one (ネット上では「A」「B」
	// 「C」と): the window ends where the chain starts.
	chain := strings.TrimRight(before, "\x00、・ \u3000「」『』")
	if !strings.Contains(before[len(chain):], "\x00") {
		chain = before
	}
	cut := len(chain) - 40*3
	if cut > 0 {
		for cut < len(before) && !utf8.RuneStart(before[cut]) {
			cut++
		}
		off, before, base = off+cut, before[cut:], cut
	}
	for _, m := range sourceMarks {
		i := strings.LastIndex(before, m)
		if i <= 0 {
			continue
		}
		if m == "で" {
			// ネット上で賛否両論が: only a medium is a source with で.
			if st := phraseBefore(before, i); st < i && mediaNouns[trimPlural(before[st:i])] {
				return who{name: before[st:i], span: t.Span(off+st, off+i)}
			}
			continue
		}
		st := phraseBefore(before, i)
		if st == i {
			for _, ks := range kanaSources {
				if strings.HasSuffix(before[:i], ks) {
					st = i - len(ks)
					break
				}
			}
		}
		if st == i {
			continue
		}
		p := before[st:i]
		if p == "間" {
			// ファンの間では: the crowd the voices go round; whoever
			// they are (藍染職人の間では), they are that crowd.
			if k := ofBefore(before, st); k < st {
				return who{name: before[k : st-len("の")], span: t.Span(off+k, off+st-len("の"))}
			}
		}
		if k := describedFrom(full[:base+i], base+st); k < base+st {
			// 実際に使っている人からは「…」: the ones the clause describes.
			return who{name: full[k : base+i], span: t.Span(off-base+k, off+i)}
		}
		if m == "では" || m == "には" || m == "でも" {
			if !crowdNoun(p) {
				continue
			}
			return who{name: p, span: t.Span(off+st, off+i)}
		}
		if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName {
			return w
		}
		if crowdNoun(p) {
			return who{name: p, span: t.Span(off+st, off+i)}
		}
		q := p
		if k := strings.LastIndex(p, "の"); k >= 0 {
			q = p[k+len("の"):]
		}
		if orgUnit(q) {
			// 隣町の港北農協からも「…」: a body as the source.
			return who{name: q, span: t.Span(off+i-len(q), off+i)}
		}
	}
	// 藍染職人の間では、…増えてきたものの、…「…」と嘆く声も: the crowd named
	// at the head of a long sentence.
	return amongBefore(t, full, off-base)
}

// maxAmong bounds how far back, in bytes, amongBefore looks for the crowd
// of voices named with の間では.
const maxAmong = 120 * 3

// amongBefore reads a crowd named with の間では or の間でも (藍染職人の間では)
// in the last maxAmong bytes of before, the sentence up to a quotation
// starting at off in t's text, when no sentence ends after it.
func amongBefore(t morph.Text, before string, off int) who {
	from := max(0, len(before)-maxAmong)
	for from < len(before) && !utf8.RuneStart(before[from]) {
		from++
	}
	w := before[from:]
	i := max(strings.LastIndex(w, "の間では"), strings.LastIndex(w, "の間でも"))
	if i <= 0 || strings.ContainsAny(w[i:], "。\n") {
		return who{}
	}
	end := from + i + len("の")
	k := ofBefore(before, end)
	if k == end {
		return who{}
	}
	return who{name: before[k : end-len("の")], span: t.Span(off+k, off+end-len("の"))}
}

// maxDescribed bounds the clause describedFrom reads back, in bytes.
const maxDescribed = 24 * 3

// describedFrom returns the start of the clause that describes the bare
// person word (人, 方) starting at s[st:], as in 顔写真を載せている人 or
// 初めて来た方々, or st when the word is none or no verb ends right
// before it. The clause runs back to a comma, a sentence end or a bracket.
func describedFrom(s string, st int) int {
	head := s[st:]
	for _, pl := range []string{"たち", "達", "ら"} {
		if h, ok := strings.CutSuffix(head, pl); ok {
			head = h
			break
		}
	}
	if head != "人" && head != "方" && head != "方々" {
		return st
	}
	if r, _ := lastRune(s[:st]); r < 'ぁ' || r > 'ゖ' {
		return st
	}
	k := st
	for k > 0 && st-k < maxDescribed {
		r, n := lastRune(s[:k])
		if r == '、' || r == '。' || r == '」' || r == '』' || r == 0 || r == '\n' || r == ' ' || r == '\u3000' {
			break
		}
		k -= n
	}
	if st-k >= maxDescribed {
		return st // a clause this long is a sentence, not a description
	}
	for _, adv := range clauseAdverbs {
		if strings.HasPrefix(s[k:st], adv) {
			return k + len(adv) // 実際に使っている人: the adverb is the clause's
		}
	}
	return k
}

// clauseAdverbs open a describing clause without being part of what it
// describes.
var clauseAdverbs = []string{"実際に", "特に", "既に", "すでに", "新たに", "主に", "現在", "今も", "普段から", "日頃から"}

// crowdNoun reports whether p names a crowd or a medium whose voices an
// article quotes (ファン, ネット掲示板, 利用者).
func crowdNoun(p string) bool {
	p = trimPlural(p)
	if notCrowds[p] || placeArea(p) {
		return false // 手紙 ends like 英紙 but writes nothing itself
	}
	r, _ := lastRune(p)
	for _, c := range crowdsByLast[r] {
		if strings.HasSuffix(p, c) {
			// 男 and 女 alone (謎の男, 大男) are a crowd's word; at the
			// end of a longer name they are a given name's (若林輝男).
			if c == "界" {
				// 芸能界, ギャル界: a world of people; 世界, 限界: no one.
				return !hasSuffixAny(p, "世界", "限界", "境界", "視界", "臨界", "外界", "下界", "結界", "他界")
			}
			if c != "男" && c != "女" {
				return true
			}
			if k := strings.LastIndex(p, "の"); k >= 0 {
				p = p[k+len("の"):]
			}
			return utf8.RuneCountInString(p) <= 2
		}
	}
	return false
}

// crowdsByLast holds crowds by their last rune: crowdNoun runs for every
// phrase that may be a speaker, and most end in no crowd's last rune.
var crowdsByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, c := range crowds {
		r, _ := lastRune(c)
		m[r] = append(m[r], c)
	}
	return m
}()

// shares are the words that name a part of a crowd after の (回答者の多く).
var shares = []string{"多く", "大半", "過半数", "約半数", "半数", "ほとんど", "一部", "大多数", "8割", "9割", "7割", "6割", "半分"}

// shareOfCrowd returns where a share of a crowd ending at s[:end] starts
// (回答者の約85%, 住民の6割, 利用者の多く, 参加者の3人に1人), or end: the crowd
// must be one (crowdNoun), the share a count, a percentage or a share word.
func shareOfCrowd(s string, end int) int {
	j := end
	// The share: 約85%, 6割, 3人に1人, 多く.
	matched := false
	for _, w := range shares {
		if strings.HasSuffix(s[:j], w) {
			j -= len(w)
			matched = true
			break
		}
	}
	if !matched {
		k := j
		for _, u := range []string{"%", "％", "割", "人"} {
			if strings.HasSuffix(s[:k], u) {
				k -= len(u)
				break
			}
		}
		if k == j {
			return end
		}
		d := k
		for d > 0 && (s[d-1] >= '0' && s[d-1] <= '9' || s[d-1] == '.') {
			d--
		}
		if d == k {
			return end
		}
		j = d
		for _, a := range []string{"約", "およそ", "実に"} {
			if strings.HasSuffix(s[:j], a) {
				j -= len(a)
				break
			}
		}
	}
	if !strings.HasSuffix(s[:j], "の") {
		return end
	}
	j -= len("の")
	st := phraseBefore(s, j)
	if st == j || !crowdNoun(s[st:j]) {
		return end
	}
	return st
}

// peopleCount reports whether p counts people (80人, 約80人, 数百人).
func peopleCount(p string) bool {
	n, ok := strings.CutSuffix(strings.TrimPrefix(p, "約"), "人")
	if !ok || n == "" || len(n) == 1 || utf8.RuneCountInString(n) == 1 && strings.ContainsAny(n, "一二三四五六七八九") {
		return false // 2人, 二人: a few, no crowd
	}
	n = strings.TrimPrefix(n, "数")
	return n == "" || strings.Trim(n, "0123456789,一二三四五六七八九十百千万") == ""
}

// trimPlural removes a plural suffix: 関係者ら → 関係者.
func trimPlural(p string) string {
	if r, _ := lastRune(p); r != 'ら' && r != 'ち' && r != '達' && r != '同' && r != 'ど' {
		return p
	}
	for _, s := range []string{"ら", "たち", "達", "一同", "など"} {
		if q, ok := strings.CutSuffix(p, s); ok && q != "" && !strings.HasSuffix(q, "友") {
			// 友達 is one friend: its 達 is no plural.
			return q
		}
	}
	return p
}

// commonNoun reports whether p is a common katakana noun that is never a
// speaker (コーナー, アンケート).
func commonNoun(p string) bool {
	return notSpeakers[p]
}

// passiveSpeech reports whether verb reports that the subject was told or
// asked (と言われた, と聞かれ), or that a document bears the words (と記され
// ていた): the subject did not say them.
func passiveSpeech(verb string) bool {
	return passiveSet.prefixOf(verb)
}

// prefixSet is a list of words looked up by the first rune of a text: the
// look-ups run for every quotation, and most texts start with no word's
// first rune.
type prefixSet map[rune][]string

func newPrefixSet(words []string) prefixSet {
	m := prefixSet{}
	for _, w := range words {
		r, _ := firstRune(w)
		m[r] = append(m[r], w)
	}
	return m
}

// prefixOf reports whether s starts with one of the words.
func (ps prefixSet) prefixOf(s string) bool {
	r, _ := firstRune(s)
	for _, w := range ps[r] {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// The word lists as prefix sets.
var (
	namingSet  = newPrefixSet(namingVerbs)
	voiceSet   = newPrefixSet(voiceNouns)
	passiveSet = newPrefixSet(passiveStems)
)

// agentOf returns the one who said the words of a passive report, marked
// with から or に before the quotation or the verb (山田氏から「…」と言われ),
// or nobody.
func (f *finder) agentOf(t morph.Text, pi int, s string, off int, text string) who {
	return f.agentMarked(t, pi, s, off, text, "から", "に")
}

// agentMarked is agentOf with the phrase marked by one of marks, tried in
// their order.
func (f *finder) agentMarked(t morph.Text, pi int, s string, off int, text string, marks ...string) who {
	for _, m := range marks {
		// From the last place back, a few at most: 山田さんに印象に残った
		// 試合を尋ねると has the one asked before another に.
		end := len(text)
		for tries := 0; tries < 4; tries++ {
			i := strings.LastIndex(text[:end], m)
			if i <= 0 {
				break
			}
			end = i
			st := phraseBefore(text, i)
			if st == i {
				// 宮園あかりから: a name ending in kana, which the phrase
				// scan stops at, the entities know.
				if w := f.personEnding(t, pi, off+i); w.name != "" {
					return w
				}
				continue
			}
			if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName {
				return w
			}
		}
	}
	return who{}
}

// bareName reports whether p, ending a sentence after a reporting verb or
// a description (と尋ねる黒川。), can be taken as a name the entities do not
// know: two to eight name characters, no common noun, no place or
// organisation ending.
func bareName(p string) bool {
	p = stripAge(p)
	n := utf8.RuneCountInString(p)
	if n < 2 || n > 8 || commonNoun(p) || crowdNoun(p) || strings.ContainsAny(p, "0123456789") {
		return false
	}
	for _, r := range p {
		if r >= 'ぁ' && r <= 'ゖ' {
			return strings.HasSuffix(p, "さん") || strings.HasSuffix(p, "ちゃん") || strings.HasSuffix(p, "くん")
		}
	}
	for _, e := range notNameEnds {
		if strings.HasSuffix(p, e) {
			return false
		}
	}
	return true
}

// maxSeenBack bounds the bytes before a phrase searched for an earlier
// mention of it (seenName).
const maxSeenBack = 16 << 10

// seenName reports whether p, in a place only a speaker takes (right after
// a reporting verb, before だ or the full stop), is a name the dictionary
// lacks although its last kanji ends places and organisations elsewhere
// (剣王都): the text printed it before, and it is no common word. Times
// (年, 日, 後, 中) and the words of a side (側, 者) never are.
func (f *finder) seenName(p string, at int) bool {
	p = stripAge(p)
	n := utf8.RuneCountInString(p)
	if n < 2 || n > 8 || at <= 0 || commonNoun(p) || crowdNoun(p) || strings.ContainsAny(p, "0123456789") || !nameShape(p) {
		return false
	}
	for _, e := range []string{"中", "後", "前", "時", "日", "年", "月", "側", "者", "陣"} {
		if strings.HasSuffix(p, e) {
			return false
		}
	}
	at = min(at, len(f.src))
	return strings.Contains(f.src[max(0, at-maxSeenBack):at], p) && !f.commonWords(p)
}

// speechLike reports whether the quotation q (with its brackets) reads as
// words said, not as a title or a name: it holds punctuation or ends in
// kana (「…展」 does not).
func speechLike(q string) bool {
	_, cl := lastRune(q)
	r, n := lastRune(q[:len(q)-cl])
	if r == 'ー' {
		// ホントにー ends in speech; クッキー is a word in katakana.
		if p, _ := lastRune(q[:len(q)-cl-n]); p >= 'ァ' && p <= 'ヺ' {
			return containsAny(q, "、", "。", "！", "？", "!", "?", "…")
		}
		return true
	}
	if r >= 'ぁ' && r <= 'ゖ' || r == '～' || r == '~' || r == '♪' {
		return true
	}
	return containsAny(q, "、", "。", "！", "？", "!", "?", "…")
}

// givenName reports whether p can be a given name written in kana or
// kanji (ゆかり, 美香): one to eight such characters.
func givenName(p string) bool {
	n := 0
	for _, r := range p {
		if !isNameRune(r) && !(r >= 'ぁ' && r <= 'ゖ') || r == '・' {
			return false
		}
		n++
	}
	return n > 0 && n <= 8
}

// written reports whether rest, after a quotative, says the words are
// written somewhere (と書かれた看板, と記されていた): a label or a document,
// a quotation only when its sentence makes it one otherwise.
func written(rest string) bool {
	for _, w := range []string{"記され", "書かれ", "記載され", "明記され"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// ownSubject reports whether the clause before a quotation has a subject
// of its own, a person no rule could name (出場した高校生の一人は「…」と
// 話した): the quotation is then not by the person the text was about.
func ownSubject(before string) bool {
	if subjectRightBefore(before) != "" {
		return true
	}
	for i := 0; i < len(before); {
		r, n := firstRune(before[i:])
		if (r == 'は' || r == 'が' || r == 'も') && i > 0 {
			if st := phraseBefore(before, i); st < i && (personal(before[st:i]) || namedWithTitle(before[st:i])) {
				return true // 山田さんは, トンプソン院内総務は: a subject of its own
			}
		}
		i += n
	}
	return false
}

// subjectRightBefore returns the phrase right before a quotation marked
// as its subject (剣斗が「…」), though nobody vouches for it, or "".
func subjectRightBefore(before string) string {
	tail := strings.TrimRight(before, " 、")
	for _, m := range []string{"は", "が", "も"} {
		if h, ok := strings.CutSuffix(tail, m); ok {
			if st := phraseBefore(h, len(h)); utf8.RuneCountInString(h[st:]) >= 2 && !commonNoun(h[st:]) && !hasSuffixAny(h[st:], talkTopics...) {
				return h[st:]
			}
			break
		}
	}
	return ""
}

// talkTopics end a phrase marked with は that names what the words are
// about, not who says them (日程は「まだ決まっていない」とした): the speaker
// is the one the text was quoting.
var talkTopics = []string{"日程", "時期", "詳細", "理由", "内容", "今後", "見通し", "規模", "原因", "影響", "進退", "去就", "真偽",
	"是非", "可能性", "方針", "結論", "評価", "判断", "見解", "具体策", "金額", "人数", "場所"}

// areaWords end a phrase for an area (港町沖, 県内), a place where
// something happens and never a speaker.
var areaWords = []string{"一帯", "沿岸", "近海", "上空", "沖", "流域", "市内", "県内", "都内", "町内", "村内", "管内"}

// placeArea reports whether p names an area: it ends in one of areaWords,
// or in 周辺 or 付近 after a place (北浜湾周辺, 港町駅付近), not after a
// person (首相周辺: the people around one, who speak).
func placeArea(p string) bool {
	if hasSuffixAny(p, areaWords...) {
		return true
	}
	for _, w := range []string{"周辺", "付近"} {
		if h, ok := strings.CutSuffix(p, w); ok {
			r, _ := lastRune(h)
			return strings.ContainsRune("湾川山島駅港市町村県区海岸沖池湖峠橋線道", r)
		}
	}
	return false
}

// personal reports whether a phrase ends with a noun for a person (一人,
// 高校生, 母親) though it names nobody.
func personal(p string) bool {
	for _, e := range personEnds {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	return false
}

// hiraganaEnd reports whether s ends in hiragana.
func hiraganaEnd(s string) bool {
	r, _ := lastRune(s)
	return r >= 'ぁ' && r <= 'ゖ'
}

// kanaGiven returns where a given name in hiragana ending at s[:j] starts
// (two or three kana after a kanji family name: 島田|あかね), or j when
// the kana there are a particle or a verb's ending.
func kanaGiven(s string, j int) int {
	k, n := j, 0
	for k > 0 && n < 3 {
		r, w := lastRune(s[:k])
		if r < 'ぁ' || r > 'ゖ' {
			break
		}
		k -= w
		n++
	}
	if n < 2 || notGiven[s[k:j]] || strings.Contains(s[k:j], "さん") {
		return j
	}
	if r, _ := lastRune(s[:j]); strings.ContainsRune("はがをにでともへやの", r) {
		return j // a particle ends the run
	}
	if r, _ := lastRune(s[:k]); !(r >= 0x4E00 && r <= 0x9FFF) {
		return j
	}
	// The family name: at least two kanji.
	if k < 6 {
		return j
	}
	if r, _ := lastRune(s[:k-3]); !(r >= 0x4E00 && r <= 0x9FFF) {
		return j
	}
	return k
}

// nameAhead returns the length of a name phrase opening s and followed by
// an age in brackets or one of follow ("" for the end of s) (山田さん
// （32）も, 山田監督は, あやさんの), or 0.
func nameAhead(s string, follow ...string) int {
	e := 0
	for e < len(s) {
		r, n := firstRune(s[e:])
		if !isNameRune(r) {
			break
		}
		e += n
	}
	if k := e; k < 4*3 {
		// A given name in kana before an honorific: あやさん.
		for k < len(s) && k-e <= 4*3 {
			r, n := firstRune(s[k:])
			if r < 'ぁ' || r > 'ゖ' || strings.HasPrefix(s[k:], "さん") || strings.HasPrefix(s[k:], "ちゃん") || strings.HasPrefix(s[k:], "くん") {
				break
			}
			k += n
		}
		if k > e && k-e <= 4*3 && (strings.HasPrefix(s[k:], "さん") || strings.HasPrefix(s[k:], "ちゃん") || strings.HasPrefix(s[k:], "くん")) {
			e = k
		}
	}
	if e == 0 {
		return 0
	}
	for _, h := range []string{"さん", "ちゃん", "くん"} {
		if strings.HasPrefix(s[e:], h) {
			e += len(h)
			break
		}
	}
	if strings.HasPrefix(s[e:], "（") || strings.HasPrefix(s[e:], "(") {
		if c := strings.IndexAny(s[e:], ")）"); c > 0 && c < 40*3 {
			if !hasAge(strings.TrimLeft(s[e:e+c], "（(")) {
				return 0
			}
			return e
		}
		return 0
	}
	for _, p := range follow {
		if p == "" && e == len(s) || p != "" && strings.HasPrefix(s[e:], p) {
			return e
		}
	}
	return 0
}

// hasAgeIn reports whether the text of brackets after a name holds an
// age: (仮名・39歳), （39）.
func hasAgeIn(s string) bool {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '・' || r == '/' || r == '／' || r == '、' || r == ',' }) {
		if hasAge(part) {
			return true
		}
	}
	return false
}

// label reports whether p heads a line of data rather than a turn of
// speech (場所：, 価格：, レビュー製品：).
func label(p string) bool {
	if labels[p] {
		return true
	}
	for _, e := range labelEnds {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	return false
}

// nameRun returns the length of the run of name characters opening s.
func nameRun(s string) int {
	e := 0
	for e < len(s) {
		r, n := firstRune(s[e:])
		if !isNameRune(r) {
			break
		}
		e += n
	}
	return e
}

// titledSpan reports whether the speaker mention at sp of t's source ends
// in a title or an honorific: without entities, only such a name in the
// next sentence is taken for a quotation that opens a paragraph.
func titledSpan(t morph.Text, sp article.Span) bool {
	_, _, ok := entity.SplitTitle(stripAge(sp.In(t.Src)))
	return ok
}

// answer reports whether rest, after a quotative, names the words an
// answer (「…」という答えが返ってきた, との回答) or starts a verb that answers
// (答えた, 応じた).
func answer(rest string) bool {
	for _, a := range []string{"答え", "こたえ", "回答", "返事", "返答", "返し", "応じ", "即答"} {
		if strings.HasPrefix(rest, a) {
			return true
		}
	}
	return false
}

// adjacentTopic reads a name no entity or title vouches for when it is
// the topic right before the quotation (ヒロは「…」, 把川は、「…」): that
// place is a speaker's. before starts at off in t's text.
func (f *finder) adjacentTopic(t morph.Text, off int, before string) who {
	b := strings.TrimRight(before, " ")
	b = strings.TrimSuffix(b, "、")
	i := len(b) - len("は")
	if i <= 0 || b[i:] != "は" {
		return who{}
	}
	st := phraseBefore(b, i)
	if st == i || timeWord(b[st:i]) || personal(b[st:i]) || !bareName(b[st:i]) {
		return who{}
	}
	p := stripAge(b[st:i])
	if n, _, ok := entity.SplitTitle(p); ok && n != "" {
		p = n
	}
	if !nameShape(p) || f.commonWords(p) || hasSuffixAny(p, thingEnds...) {
		return who{}
	}
	return who{name: p, span: t.Span(off+st, off+i), rule: ruleWeak}
}

// crowdLike reports a speaker that is a crowd or a role (会員, ファン,
// 担当者) rather than a named person.
func crowdLike(name string) bool {
	b := trimPlural(name)
	return crowdNoun(b) || hasRoleSuffix(b) || tieNoun(b)
}

// commonWords reports, with morphology, whether p is one word the
// dictionary holds as a common noun (対応, 芸人), or a compound of such
// words of two characters or more each (出演依頼, 記者会見): the shape of a
// name, but no name. A name the dictionary does not know is cut into
// single characters (把川: 把 and 川), which this does not reject.
func (f *finder) commonWords(p string) bool {
	if f.an == nil || p == "" || crowdLike(p) {
		return false
	}
	toks := f.an.Tokenize(p)
	if len(toks) == 0 {
		return false
	}
	for i := range toks {
		tk := &toks[i]
		if !tk.Known || !tk.IsNoun() || tk.IsProper() || tk.IsSuffix() || len(toks) > 1 && utf8.RuneCountInString(tk.Surface) < 2 {
			return false
		}
	}
	return true
}

// nameShape reports whether p is shaped like a name: two to four kanji,
// or two to ten katakana (with ・).
func nameShape(p string) bool {
	n := utf8.RuneCountInString(p)
	if morph.IsKatakana(p) {
		return n >= 2 && n <= 10
	}
	return kanjiRun(p) && n >= 2 && n <= 4
}

// firstRuneOf returns the first rune of s.
func firstRuneOf(s string) rune {
	r, _ := firstRune(s)
	return r
}

// timeWord reports whether a phrase marked with は is a time or a point
// of view rather than a subject (31日, 今回, 当初).
func timeWord(p string) bool {
	for _, e := range timeEnds {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	return false
}

// mayNormalize reports the runes normalization may produce from others:
// Latin letters and digits (from full-width forms) and katakana (from
// half-width forms).
func mayNormalize(r rune) bool {
	return r < 0x80 || r >= 0x30A0 && r <= 0x30FF || r >= 0xFF00 && r <= 0xFFEF
}

// maxNamePhrase bounds the bytes of a name phrase read forward after a
// quotative: twenty characters.
const maxNamePhrase = 20 * 3

// wordNouns are nouns for someone's words (声, 弁, コメント).
var wordNouns = []string{"声", "弁", "談", "言葉", "コメント", "話", "戸惑い", "訴え", "叫び", "本音", "指摘", "反論", "嘆き", "ぼやき",
	"発言", "一言", "意見", "質問", "問い", "書き込み", "投稿", "つぶやき", "ツイート", "主張", "説明", "メッセージ",
	"感想", "返答", "回答", "答え", "呼びかけ", "提案", "だみ声", "口癖", "口ぐせ", "助言", "忠告", "要望", "注文"}

// wordsOf reports whether s opens with の and a noun for someone's words:
// の声, の弁, のコメント.
func wordsOf(s string) bool {
	rest, ok := strings.CutPrefix(s, "の")
	return ok && hasPrefixAny(rest, wordNouns...)
}

// personEnding returns the person the entities mention in paragraph pi
// ending exactly at offset end of its text, or nobody.
func (f *finder) personEnding(t morph.Text, pi, end int) who {
	if f.x == nil {
		return who{}
	}
	for _, m := range f.x.Mentions(pi) {
		if m.Kind == entity.Person && m.End == end {
			return who{name: f.x.Name(m), span: t.Span(m.Start, m.End)}
		}
	}
	return who{}
}
