package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/entity"
	"github.com/newsdoc/newsdoc/internal/morph"
)

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

// maxBackToName bounds the sentences before the last one read back for
// a person as topic or closing the sentence.
const maxBackToName = 2

// get returns the topic; sents and top are the paragraph's, t its text.
func (l *lazyTopic) get(f *finder, t morph.Text, pi int, sents []sentence, top []bracket) who {
	lo := 0 // the earliest sentence pending
	if len(l.pending) > 0 {
		lo = l.pending[0]
	}
	for i := len(l.pending) - 1; i >= 0; i-- {
		sn := sents[l.pending[i]]
		tp := f.topic(t, pi, t.Norm[sn.Start:sn.End], sn.Start, top)
		if tp.name == "" {
			tp = f.endName(t, pi, t.Norm[sn.Start:sn.End], sn.Start)
		}
		// A word the dictionary holds as a common noun (オフは) is no
		// person: the search goes on to earlier sentences.
		if tp.name != "" && tp.name != anaphorName && !(tp.guess && f.commonWords(tp.name)) {
			l.known, l.done = tp, true
			break
		}
	}
	for k := lo - 1; !l.done && k >= 0 && k >= lo-maxBackToName; k-- {
		// …ハマり出したのは、浩美さん（35歳）。長靴を揃えた。「…」, 香苗
		// さんは野菜に挑戦。苗から始めた。「…」: a sentence shortly
		// before whose topic is a person, or that closes on one,
		// introduces the one the words are about.
		sn := sents[k]
		tp := f.topic(t, pi, t.Norm[sn.Start:sn.End], sn.Start, top)
		if tp.name == "" || tp.name == anaphorName || tp.guess || crowdNoun(tp.name) ||
			!(f.x != nil && f.isPerson(tp.name) || titledSpan(t, tp.span) || f.agedName(pi, tp.name) == tp.name) {
			tp = f.endName(t, pi, t.Norm[sn.Start:sn.End], sn.Start)
		}
		if tp.name != "" {
			l.known, l.done = tp, true
		}
	}
	l.pending = l.pending[:0]
	if !l.done {
		l.known, l.done = f.lastTopic(pi), true
	}
	return l.known
}

// endName returns the person a sentence (text starting at off) ends on
// with no predicate after it, as news prose closes a sentence on the one
// it describes (…予選落ちに終わっている石川。): with morphology a person
// entity, without it a name with a title.
func (f *finder) endName(t morph.Text, pi int, text string, off int) who {
	if strings.HasPrefix(strings.TrimLeft(text, " "), "喪主は") {
		return who{} // 喪主は長女さくらさん。: the chief mourner an obituary names, not the one it is about
	}
	e := len(strings.TrimRight(text, " 。"))
	if h, ok := cutAnySuffix(text[:e], "の姿があった", "の姿もあった", "の姿が見られた", "の姿も見られた"); ok {
		e = len(h) // …店主、森川忠さん(31)の姿があった。: the one the scene shows
	}
	if c := strings.Index(text, "のは"); c >= 0 && c < e {
		// …保護したのは、農家の沢井健二さん(72)だった。: the cleft's
		// focus, closed by a copula.
		if h, ok := cutAnySuffix(text[:e], "だった", "でした", "だ", "です"); ok && len(h) > c+len("のは") {
			e = len(h)
		}
	}
	st := phraseBefore(text, e)
	if st >= e || st == 0 && e == len(text) {
		return who{}
	}
	w := f.resolve(t, pi, t.Norm, off+st, off+e)
	foreign := foreignFullName(w.name)
	if w.name == "" || w.name == anaphorName || w.guess && !foreign || w.rule != "" || crowdNoun(w.name) {
		return who{}
	}
	if f.x != nil && f.isPerson(w.name) || titledSpan(t, w.span) || foreign {
		w.guess = false
		return w
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
	// The last two sentences; further back when one of them points back
	// to a person with 彼 or 彼女 (…という、X。…。そんな彼の会見が開かれた。).
	back := 2
	for i := len(sents) - 1; i >= 0 && i >= len(sents)-2; i-- {
		if pointsBack(t.Norm[sents[i].Start:sents[i].End]) {
			back = len(sents)
		}
	}
	for i := len(sents) - 1; i >= 0 && i >= len(sents)-back; i-- {
		w := f.topic(t, pi, t.Norm[sents[i].Start:sents[i].End], sents[i].Start, top)
		if w.name == "" {
			// …と語るのは、会社員の利幸さん(仮名・36歳)。: the paragraph
			// closes on the person, or the sentence before its last
			// does (…というケイスケさん（25歳）。彼にとって…。).
			w = f.endName(t, pi, t.Norm[sents[i].Start:sents[i].End], sents[i].Start)
		}
		if w.name == anaphorName {
			back = len(sents)
			continue
		}
		if w.name != "" && (f.x == nil || f.isPerson(w.name) || f.agedName(pi, w.name) == w.name || agedIn(t.Norm, w.name) || foreignFullName(w.name) || kinNouns[w.name] && i == len(sents)-1) {
			// A person entity, or a name the text prints with an age
			// (水野ひかり(28)) or a foreign full name (マルコ・ベルティ
			// ーニ), which the dictionary may not know, or one of the
			// writer's family the paragraph closes on (息子は…).
			w.span = article.Span{}
			return w
		}
	}
	if len(sents) > back && f.x != nil {
		// …さんが死去した。90歳だった。葬儀は…。: the last sentences
		// tell facts of the one the first sentence is about.
		if w := f.topic(t, pi, t.Norm[sents[0].Start:sents[0].End], sents[0].Start, top); w.name != "" && w.name != anaphorName && f.isPerson(w.name) {
			w.span = article.Span{}
			return w
		}
	}
	return who{}
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
	var contrast, owner who
	contrastAt, ownerAt := 0, 0
	for i := 0; i < len(text); {
		r, n := firstRune(text[i:])
		if r == 'の' && i > 0 && owner.name == "" && ownedPlace(text[i+n:]) {
			// 森川さん（57）の畑では、…: the one whose place the sentence
			// is about, when it has no subject of its own.
			if st := phraseBefore(text, i); st < i {
				if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName && !w.guess && !crowdNoun(w.name) &&
					(f.x != nil && f.isPerson(w.name) || titledSpan(t, w.span)) {
					owner, ownerAt = w, i
				}
			}
		}
		if r == 'の' && i > 0 && strings.HasPrefix(text[i:], "の場合") {
			// 美咲さん(31)の場合、…: the person whose case the text tells
			if st := phraseBefore(text, i); st < i {
				if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" {
					return w
				}
			}
		}
		if (r == 'に' || r == 'か') && i > 0 {
			// 独女たちにしてみても、「…」: the one whose view it is.
			for _, m := range viewMarks {
				if strings.HasPrefix(text[i:], m) {
					if st := phraseBefore(text, i); st < i {
						if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName {
							return w
						}
					}
					break
				}
			}
		}
		if r == 'は' && strings.HasSuffix(text[:i], "に") && existence(text[i+n:]) {
			// 山田さんには娘が2人いる。: the one who has them.
			if st := phraseBefore(text, i-len("に")); st < i-len("に") {
				if w := f.resolve(t, pi, s, off+st, off+i-len("に")); w.name != "" && w.name != anaphorName {
					return w
				}
			}
		}
		if r == 'だ' && i > 0 && hasPrefixAny(text[i:], "だが、", "だったが、", "だけど、", "だったけど、") {
			// …にしていた北村さんだが、「…」: the person a clause of
			// contrast is about.
			if st := phraseBefore(text, i); st < i && contrast.name == "" {
				if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName && !w.guess {
					// Taken only when no phrase with は or が names
					// one: …と語る沢井だったが、森永アナは「…」.
					contrast, contrastAt = w, i
				}
			}
		}
		if (r == 'は' || r == 'が' || r == 'も' && topicMo(text, i+n)) && i > 0 && contrast.name != "" && phraseBefore(text, i) < i {
			contrast = who{} // と返す島田だが、大西も「…」: a subject of its own
		}
		if (r == 'は' || r == 'が' || r == 'も' && topicMo(text, i+n)) && i > 0 {
			// 監督も「…」: も marks a topic as は does.
			if r != 'も' {
				// 回答者の約85%が「…」と回答: a share of a crowd
				if k := shareOfCrowd(text, i); k < i {
					return who{name: text[k:i], span: t.Span(off+k, off+i)}
				}
			}
			if off >= 0 && off+len(text) <= len(s) && strings.HasSuffix(s[off:off+i], "」") {
				raw := s[off : off+len(text)]
				// 市民団体「旧港を守る会」は「…」: the group the kind
				// word names in brackets (which text has blanked out).
				if k, e := namedGroup(raw, i); k < e {
					return who{name: raw[k:e], span: t.Span(off+k, off+e)}
				}
			}
			st := phraseBefore(text, i)
			if st == i {
				st = f.headBefore(text, i) // ひなたは: a name in kana from the dialogue
			}
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
		// A family tie marked with が and no words right after it most
		// often describes the one the text is about (父が元騎手の…), and is
		// no topic of its own.
		if w := f.resolve(t, pi, s, ga[k][0], ga[k][1]); w.name != "" && (!kinNouns[w.name] || speaksNext(s[ga[k][1]+len("が"):])) {
			return w
		}
	}
	if contrast.name != "" && strings.Contains(text[contrastAt:], "から") {
		return who{} // …独女たちだが、周りからも「…」: the words' source is named
	}
	if contrast.name == "" && !strings.Contains(text[ownerAt:], "から") {
		return owner // not 森川さんの店では客からも「…」: the words' source is named
	}
	return contrast
}

// headBefore returns where a word of f.heads that ends text[:i] starts,
// when it stands as a phrase of its own (after the start, a comma or a
// space), or i: the dialogue's names in kana, which phraseBefore does not
// read as names.
func (f *finder) headBefore(text string, i int) int {
	if len(f.heads) == 0 {
		return i
	}
	for h := range f.heads {
		k := i - len(h)
		if k < 0 || text[k:i] != h || firstPerson[h] {
			continue
		}
		if r, _ := lastRune(text[:k]); k == 0 || r == '、' || r == '。' || r == ' ' || r == '\u3000' || r == 0 {
			return k
		}
	}
	return i
}

// groupKinds name a kind of group before its name in brackets (市民団体
// 「旧港を守る会」, 研究グループ「港北ラボ」).
var groupKinds = []string{"団体", "グループ", "法人", "組合", "協会", "ユニット", "バンド", "サークル", "組織"}

// maxGroupName bounds, in bytes, the name of such a group.
const maxGroupName = 30 * 3

// namedGroup returns the bounds of the name in brackets that ends text[:i]
// after a word of groupKinds, or k == e when there is none.
func namedGroup(text string, i int) (k, e int) {
	head, ok := strings.CutSuffix(text[:i], "」")
	if !ok {
		return 0, 0
	}
	o := strings.LastIndex(head, "「")
	if o < 0 || len(head)-o > maxGroupName || strings.ContainsAny(head[o:], "。、」") {
		return 0, 0
	}
	if !hasSuffixAny(head[:o], groupKinds...) || o+len("「") >= len(head) {
		return 0, 0
	}
	return o + len("「"), len(head)
}

// maxOwnedPlace bounds the runes of the place in ownedPlace.
const maxOwnedPlace = 4

// ownedPlace reports whether s, after の, is a short noun of kanji or
// katakana and では: 畑では, 店では, 自宅では.
func ownedPlace(s string) bool {
	n := 0
	for i, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' {
			if n++; n > maxOwnedPlace {
				return false
			}
			continue
		}
		return n > 0 && strings.HasPrefix(s[i:], "では")
	}
	return false
}

// firstTopic returns the first phrase marked with は in text, starting at
// off in the paragraph, that pick turns into a speaker, or nobody.
func firstTopic(text string, off int, pick func(p string, start, end int) who) who {
	for i := 0; i < len(text); {
		r, n := firstRune(text[i:])
		if r == 'は' && i > 0 {
			if st := phraseBefore(text, i); st < i {
				if w := pick(text[st:i], off+st, off+i); w.name != "" {
					return w
				}
			}
		}
		i += n
	}
	return who{}
}

// bodyTopic returns the first phrase marked with は in text that the
// entities found as an organisation (北浜電力は14日、「…」とのコメントを発表
// した), or nobody. Asked last, when a verb of speech follows the words.
func (f *finder) bodyTopic(t morph.Text, pi int, text string, off int) who {
	return firstTopic(text, off, func(_ string, start, end int) who { return f.orgAt(t, pi, start, end) })
}

// orgAt returns the organisation the entities found exactly at
// [start, end) of paragraph pi, as a speaker, or nobody.
func (f *finder) orgAt(t morph.Text, pi, start, end int) who {
	if f.x == nil {
		return who{}
	}
	for _, m := range f.x.Mentions(pi) {
		if m.Kind == entity.Organization && m.Start == start && m.End == end {
			name := f.x.Name(m)
			return who{name: name, org: name, span: t.Span(start, end)}
		}
	}
	return who{}
}

// unknownTopic returns the first phrase marked with は in text that is a
// name the dictionary lacks or files as something else (…見せてこなかった
// 剣王都は、「…」と語った; the dictionary tags some surnames as places or
// organisations): shaped like a name and printed before (seenName). Asked
// only when a verb only people use follows the quotation.
func (f *finder) unknownTopic(t morph.Text, text string, off int) who {
	if f.an == nil {
		return who{}
	}
	return firstTopic(text, off, func(p string, start, end int) who { return f.unknownName(t, p, start, end) })
}

// introRoles are trades printed before a person's name with の (タレントの
// みなみ愛, 作家の北浜修): what follows them up to は is a name, however
// the dictionary reads it. モデル is left out: 新モデルの価格は names a
// product.
var introRoles = []string{"タレント", "作家", "歌手", "俳優", "女優", "漫画家", "作詞家", "作曲家", "芸人", "棋士", "力士",
	"評論家", "解説者", "コメンテーター", "アナウンサー", "キャスター", "司会", "声優", "映画監督", "演出家", "脚本家", "写真家", "画家"}

// maxIntroName bounds, in runes, a name read after one of introRoles.
const maxIntroName = 8

// roleTopic returns the name printed after one of introRoles and の and
// marked with は (タレントのみなみ愛は、「…」と話した) in text, starting at off
// in the paragraph, or nobody: a name in kana and kanji that no dictionary
// lists.
func (f *finder) roleTopic(t morph.Text, text string, off int) who {
	for _, r := range introRoles {
		k := strings.Index(text, r+"の")
		if k < 0 {
			continue
		}
		st := k + len(r+"の")
		// The name ends at a は after it (はなこは: the first one may
		// be its own).
		for e := 0; e < len(text[st:]); {
			c, size := firstRune(text[st+e:])
			if c == 'は' && e > 0 {
				p := text[st : st+e]
				if roleName(p) {
					return who{name: p, span: t.Span(off+st, off+st+e)}
				}
			}
			if e += size; utf8.RuneCountInString(text[st:st+e]) > maxIntroName {
				break
			}
		}
	}
	return who{}
}

// roleName reports whether p, printed after a trade and の, can be a name:
// two to maxIntroName runes of kanji and kana, no particle, no common noun.
func roleName(p string) bool {
	n := utf8.RuneCountInString(p)
	bare := strings.ReplaceAll(p, "・", "")
	return n >= 2 && n <= maxIntroName && (givenName(bare) || morph.IsKatakana(bare)) &&
		!strings.ContainsAny(p, "のがをにでとも、") && !commonNoun(p)
}

// unknownName returns p, at [start, end) of the paragraph, as a speaker
// when it is a name the dictionary lacks (seenName), or nobody.
func (f *finder) unknownName(t morph.Text, p string, start, end int) who {
	if timeWord(p) || !f.seenName(p, t.Span(start, end).Start) {
		return who{}
	}
	return who{name: p, span: t.Span(start, end)}
}

// unknownSubject returns the phrase marked with が right before the words
// (瀬那が「…」と質問すると) when it is a name the dictionary lacks
// (seenName), or nobody: the subject of the verb of speech, even when the
// words are a question that hands the turn to someone else.
func (f *finder) unknownSubject(t morph.Text, text string, off int) who {
	if f.an == nil {
		return who{}
	}
	st, e, ok := markedPhrase(text, "が")
	if !ok {
		return who{}
	}
	return f.unknownName(t, text[st:e], off+st, off+e)
}

// markedPhrase returns where the phrase marked by the particle text ends
// with starts and ends in text (…瀬那が, …市長の), spaces after the particle
// left out; ok is false when text does not end with it or no phrase stands
// before it.
func markedPhrase(text, particle string) (st, end int, ok bool) {
	b, ok := strings.CutSuffix(strings.TrimRight(text, " \u3000"), particle)
	if !ok {
		return 0, 0, false
	}
	st = phraseBefore(b, len(b))
	if st >= len(b) {
		return 0, 0, false
	}
	return st, len(b), true
}

// viewMarks follow the one whose view a sentence gives (独女たちにしてみても,
// 山田さんにしてみれば): its topic as much as one marked with は.
var viewMarks = []string{"にしてみれば", "にしてみても", "にしてみると", "にしたら", "からすれば", "からすると"}

// existence reports whether the clause s ends saying that someone is or
// was there (…が2人いる。, …がいた): its topic with には has them.
func existence(s string) bool {
	if k := strings.IndexAny(s, "。「"); k >= 0 {
		s = s[:k]
	}
	s = strings.TrimRight(s, " ")
	return hasSuffixAny(s, "がいる", "がいた", "がいます", "がいました", "がいるという", "がいたという") ||
		strings.Contains(s, "が") && hasSuffixAny(s, "人いる", "人いた", "人います", "人いました")
}

// speaksNext reports whether s, the text after a subject, opens with its
// words: a quotation, after a comma or not.
func speaksNext(s string) bool {
	s = strings.TrimLeft(s, "、 ")
	if strings.HasPrefix(s, "「") || strings.HasPrefix(s, "『") || strings.HasPrefix(s, "\x00") {
		return true
	}
	// 叔父がしみじみと「…」, 姉が笑顔で「…」: how, then the words.
	k := strings.IndexAny(s[:min(len(s), maxMannerBytes+len("「"))], "「\x00")
	if k <= 0 || strings.ContainsAny(s[:k], "、。」") {
		return false
	}
	_, ok := cutAnySuffix(s[:k], "と", "に", "で", "ながら")
	return ok
}

// maxMannerBytes bounds the words of manner between a subject and the
// quotation it speaks (ぽつりと, 笑顔で).
const maxMannerBytes = 8 * 3

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
			if st, e := bracketedName(text, i); st < e {
				// 情報サイト「みなとウェブ」によると: the name the
				// brackets give is the source.
				return who{name: text[st:e], span: t.Span(sent.Start+st, sent.Start+e)}
			}
			if w := f.resolve(t, pi, s, sent.Start+phraseBefore(text, i), sent.Start+i); w.name != "" {
				return w
			}
		}
	}
	return who{}
}

// documentEnds end the name of a survey or a document (「働き方に関す
// る意識調査」によると): its findings are what those asked answered, not
// words of the document's.
var documentEnds = []string{"調査", "アンケート", "結果", "報告", "報告書", "白書", "資料", "統計", "データ", "リリース", "発表", "記事", "レポート", "ランキング"}

// bracketedName returns the bounds of a name in 「」 or 『』 that closes
// right at text[:end] (サイト「みなとウェブ」 before によると), or end, end:
// a name as bracketName takes it, not a cry (！, ？) nor a document's.
func bracketedName(text string, end int) (int, int) {
	for _, pair := range [][2]string{{"「", "」"}, {"『", "』"}} {
		h, ok := strings.CutSuffix(text[:end], pair[1])
		if !ok {
			continue
		}
		o := strings.LastIndex(h, pair[0])
		if o < 0 {
			return end, end
		}
		name := h[o+len(pair[0]):]
		if !bracketName(name) || containsAny(name, "！", "？", "!", "?") || hasSuffixAny(name, documentEnds...) {
			return end, end
		}
		return o + len(pair[0]), len(h)
	}
	return end, end
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

// topicMo reports a も at text[:at] that may mark the speaker of the
// quotation text runs up to (監督も「…」, 山田さんも試合後、「…」): resolving
// every も (今年も, 会場にも) would cost more than it finds.
func topicMo(text string, at int) bool {
	if len(text)-at <= 15*3 {
		return true // within fifteen characters of the quotation
	}
	// Farther back, a speaker ends in a name, a title or an honorific,
	// not in a word of time or place (今年も, 以前も, 市内も).
	head := text[:at-len("も")]
	if r, _ := lastRune(head); r == ')' || r == '）' {
		// An age or a reading after the name: 聖美さん(仮名／35歳)も.
		if o := strings.LastIndexAny(head, "(（"); o > 0 && len(head)-o <= maxReading {
			head = head[:o]
		}
	}
	r, _ := lastRune(head)
	return isNameRune(r) && !(r >= '0' && r <= '9') && !strings.ContainsRune("年月日時分回度前後今中内外間際上下的等", r) || r == 'ん'
}

// agedIn reports whether text prints name right before an age in
// brackets (潮見市の女性(63)): one person, named or not, not a crowd.
func agedIn(text, name string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		at += i + len(name)
		rest := text[at:]
		if h, ok := hasPrefixOf(rest, "さん", "氏", "ちゃん", "くん", "君"); ok {
			rest = rest[len(h):] // 小波さん（32）
		}
		for _, open := range []string{"(", "（"} {
			if r, ok := strings.CutPrefix(rest, open); ok {
				n := 0
				for n < len(r) && r[n] >= '0' && r[n] <= '9' {
					n++
				}
				if n > 0 && n <= 3 && (strings.HasPrefix(r[n:], ")") || strings.HasPrefix(r[n:], "）") || strings.HasPrefix(r[n:], "歳")) {
					return true
				}
			}
		}
	}
}

// pointsBack reports whether s speaks of a person with 彼 or 彼女 (そんな
// 彼の, 彼女が), not of a boyfriend (彼氏), a group (彼ら) or the equinox
// (彼岸).
func pointsBack(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], "彼")
		if k < 0 {
			return false
		}
		i += k + len("彼")
		if !hasPrefixAny(s[i:], "氏", "ら", "岸", "方", "等") {
			return true
		}
	}
}

// foreignFullName reports a foreign person's name as Japanese prints it:
// a given name and a family name in katakana, each of two characters or
// more, joined by ・ (マリア・ロッシ).
func foreignFullName(s string) bool {
	first, last, ok := strings.Cut(s, "・")
	return ok && !strings.Contains(last, "・") && utf8.RuneCountInString(first) >= 2 && utf8.RuneCountInString(last) >= 2 &&
		morph.IsKatakana(first) && morph.IsKatakana(last)
}
