// Package entity finds the people, organisations and places of an article's
// body and joins their mentions into one entity each.
//
// # How names are found
//
// The IPA dictionary tags many Japanese names (名詞,固有名詞,人名),
// organisations (組織) and places (地域), but not most foreign names in
// katakana (ボロディン is 名詞,一般). So a person is a name followed by an
// honorific or a title (氏, さん, 大統領, 米大統領, 報道官, 実行委員長 …): a
// katakana run (with ・ joining the parts of a full name), or a kanji run
// that starts with a 人名 token; such a kanji run is a person too when its
// reading follows in brackets (佐伯千登勢（ちとせ）), and the reading is then
// no entity of its own. An organisation is a run of nouns ending in
// a 組織 token or an organisation head (党, 省, 機構, センター …), plus
// acronyms tagged 組織 or introduced in brackets (北大西洋条約機構(NATO)).
// A place is a run of 地域 tokens with their suffixes (フロリダ州パームビーチ),
// a katakana word before 州, 県, 地域 … or after 邸宅, 首都 …, and the
// katakana words listed with a place (クリミア、ルガンスク、ドネツク).
//
// # One entity, one name
//
// Mentions are joined when one name is the other's last ・-part
// (ジャレッド・クシュナー, クシュナー) or family name (松井裕樹, 松井), and
// for places when they differ only by a suffix after a katakana name
// (ドネツク州, ドネツク). The canonical name is the longest plain form among
// the mentions, without honorifics or titles: ジャレッド・クシュナー,
// 北大西洋条約機構 (with NATO among its mentions), ドネツク州. Once a
// person is known, bare mentions of the name (指原は…) are found too.
//
// A person's [article.Mention] Text is the surface as written with its
// title (ハワード米大統領); its Span covers that text in the original input.
package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// truePrefixes are the one-kanji prefixes that never begin a name: a
// former, late or present holder, the same one, each or all of them.
const truePrefixes = "元前故現同各全両非超再総副最旧本当諸来翌毎新第約計"

// Kind is the kind of an entity.
type Kind uint8

// The kinds.
const (
	Person Kind = iota + 1
	Organization
	Place
)

// Mention is one mention found in a paragraph.
type Mention struct {
	Kind Kind
	// Name is the plain name (ヴァレンコフ), Text the surface with its
	// title (ヴァレンコフ大統領).
	Name, Text string
	// Title is the honorific or title after the name (氏, 米大統領), or "".
	Title string
	// Para is the paragraph index; Start and End are byte offsets of Text
	// in that paragraph's normalized text, NameEnd the end of Name.
	Para, Start, End, NameEnd int
	// Span locates Text in the original input.
	Span article.Span
	// Entity indexes the entity in its kind's list of the [Index].
	Entity int
}

// Index holds the entities of an article and their mentions by paragraph.
type Index struct {
	People, Organizations, Places []article.Entity
	byPara                        [][]Mention
}

// Mentions returns the mentions of paragraph para in text order.
func (x *Index) Mentions(para int) []Mention {
	if x == nil || para < 0 || para >= len(x.byPara) {
		return nil
	}
	return x.byPara[para]
}

// Name returns the canonical name of m's entity.
func (x *Index) Name(m Mention) string {
	var list []article.Entity
	switch m.Kind {
	case Person:
		list = x.People
	case Organization:
		list = x.Organizations
	case Place:
		list = x.Places
	}
	if m.Entity >= 0 && m.Entity < len(list) {
		return list[m.Entity].Name
	}
	return m.Name
}

// paragraph is the per-paragraph working state.
type paragraph struct {
	idx  int
	text morph.Text
	// toks are the tokens of text while a pass reads them; packed holds
	// them in between.
	toks   []morph.Token
	packed []morph.Packed
	// acronyms indexes the tokens written as acronyms (NATO, JAXA), the
	// only ones two passes of organisation finding look at.
	acronyms []int
	// info holds, per token, what the passes over every token test
	// first: small enough to stay in cache where the tokens do not.
	info    []tokInfo
	starts  []int // token start offsets, ascending (tokens do not overlap)
	covered []span
	found   []Mention
}

type span struct{ s, e int }

// tokenAt returns the index of the token that starts at byte offset off.
func (p *paragraph) tokenAt(off int) (int, bool) {
	k, ok := slices.BinarySearch(p.starts, off)
	return k, ok
}

// tokenEndingAt returns the token that ends at off, if one does.
func (p *paragraph) tokenEndingAt(off int) (int, bool) {
	k, _ := slices.BinarySearch(p.starts, off)
	if k > 0 && p.toks[k-1].End == off {
		return k - 1, true
	}
	return 0, false
}

func (p *paragraph) free(s, e int) bool {
	for _, c := range p.covered {
		if s < c.e && c.s < e {
			return false
		}
	}
	return true
}

func (p *paragraph) add(m Mention) {
	m.Para = p.idx
	m.Span = p.text.Span(m.Start, m.End)
	if p.found == nil {
		p.covered, p.found = make([]span, 0, 8), make([]Mention, 0, 8)
	}
	p.covered = append(p.covered, span{m.Start, m.End})
	p.found = append(p.found, m)
}

// familyHead reports whether token k may open a family name the
// dictionary cuts in two: a family name, or one kanji the dictionary reads
// as a common noun, with no kanji right before it (the る of 務める桑|生田).
func familyHead(p *paragraph, k int) bool {
	t := &p.toks[k]
	if !allKanji(t.Surface) {
		return false
	}
	if p.info[k].bits&iFamily == 0 && !(utf8.RuneCountInString(t.Surface) == 1 && t.IsNoun() && t.Tag(1) == "一般") {
		return false
	}
	return k == 0 || p.toks[k-1].End != t.Start || !allKanji(p.toks[k-1].Surface)
}

// titleStarts reports whether a title may start at byte i of the
// paragraph: no common word of kanji the dictionary knows runs across i
// (the 氏 of 杜氏 is no honorific). Words of kana are cut too unreliably
// to tell (か|さ of まゆかさん); without the dictionary's tokens, any
// place may.
func (p *paragraph) titleStarts(i int) bool {
	if len(p.toks) == 0 {
		return true
	}
	k := sort.Search(len(p.toks), func(k int) bool { return p.toks[k].End > i })
	if k == len(p.toks) {
		return true
	}
	t := &p.toks[k]
	return t.Start >= i || !t.Known || t.IsProper() || !allKanji(t.Surface)
}

// familyBeforeKana reports whether two to four hiragana end s[:i] right
// after a family name the dictionary knows (森川|さくら).
func familyBeforeKana(p *paragraph, i int) bool {
	s := p.text.Norm
	j, n := i, 0
	for n < 4 && j > 0 {
		q, w := utf8.DecodeLastRuneInString(s[:j])
		if !isHiragana(q) {
			break
		}
		j -= w
		n++
	}
	if n < 2 || strings.ContainsAny(s[j:i], "のがはをにでへやもと") || strings.HasPrefix(s[j:i], "ら") || strings.HasPrefix(s[j:i], "たち") {
		return false // 森川らの選手, 森川たちは: particles, no name
	}
	k, ok := p.tokenEndingAt(j)
	return ok && p.toks[k].IsFamilyName()
}

// maxFamilyRunes bounds a family name read from two tokens, in runes.
const maxFamilyRunes = 4

// tokInfo is the digest of a token that the passes over all tokens read.
type tokInfo struct {
	bits uint8
	key  uint8 // firstKey of the surface
}

const (
	iFamily     uint8 = 1 << iota // a family name (人名,姓)
	iGiven                        // a given name (人名,名)
	iOrgHead                      // an organisation or the head noun of one
	iPlaceStart                   // may start a place: a place name or katakana
	iKatakana                     // written in katakana
	iIndustry                     // a trade that ends a company's name (industryHeads)
)

func infoOf(t *morph.Token) tokInfo {
	var in tokInfo
	in.key, _ = firstKey(t.Surface)
	if t.IsFamilyName() {
		in.bits |= iFamily
	}
	if t.IsPerson() && t.Tag(3) == "名" {
		in.bits |= iGiven
	}
	if t.IsOrganization() || t.IsNoun() && orgHeadFilter.mayStartKey(in.key) && orgHeadFilter.may(t.Surface) && orgHeads[t.Surface] {
		in.bits |= iOrgHead
	} else if t.IsNoun() && industryHeads[t.Surface] {
		in.bits |= iOrgHead | iIndustry
	}
	if t.IsPlace() && !t.IsSuffix() || t.IsKatakana() {
		in.bits |= iPlaceStart
	}
	if t.IsKatakana() {
		in.bits |= iKatakana
	}
	return in
}

// nameFilter answers, for a run of text, "certainly not one of the
// names" without hashing it: by its first rune, its last two bytes and its
// byte length, each kept in a 256-bit set (runes hashed by firstKey, ends
// by lastKey; lengths of 256 bytes or more always pass). Names shorter
// than two bytes are never found through it.
type nameFilter struct{ firsts, lasts, lens [4]uint64 }

func (f *nameFilter) add(name string) {
	if k, ok := firstKey(name); ok {
		f.firsts[k/64] |= 1 << (k % 64)
	}
	if k, ok := lastKey(name); ok {
		f.lasts[k/64] |= 1 << (k % 64)
	}
	if n := len(name); n < 256 {
		f.lens[n/64] |= 1 << (n % 64)
	}
}

// may reports whether s may be one of the names, by its length and end;
// mayStart or mayStartKey tests its start.
func (f *nameFilter) may(s string) bool {
	if n := len(s); n < 256 && f.lens[n/64]&(1<<(n%64)) == 0 {
		return false
	}
	k, ok := lastKey(s)
	return ok && f.lasts[k/64]&(1<<(k%64)) != 0
}

// lastKey hashes the last two bytes of s into 0..255; ok is false when s
// is shorter than two bytes.
func lastKey(s string) (uint8, bool) {
	if len(s) < 2 {
		return 0, false
	}
	return uint8(uint(s[len(s)-2])*131 + uint(s[len(s)-1])), true
}

// orgHeadFilter screens words before the look-up in orgHeads.
var orgHeadFilter = func() *nameFilter {
	var f nameFilter
	for h := range orgHeads {
		f.add(h)
	}
	return &f
}()

// mayStartKey reports whether a name may start with a rune of firstKey k.
func (f *nameFilter) mayStartKey(k uint8) bool {
	return f.firsts[k/64]&(1<<(k%64)) != 0
}

// mayStart reports whether a name may start with s's first rune.
func (f *nameFilter) mayStart(s string) bool {
	k, ok := firstKey(s)
	return ok && f.firsts[k/64]&(1<<(k%64)) != 0
}

// firstKey hashes the first rune of s into 0..255 from its first and last
// bytes, without decoding it (the filter runs on every token). ok is
// false for an empty s.
func firstKey(s string) (uint8, bool) {
	if s == "" {
		return 0, false
	}
	n := 1
	switch b := s[0]; {
	case b >= 0xF0:
		n = 4
	case b >= 0xE0:
		n = 3
	case b >= 0xC0:
		n = 2
	}
	n = min(n, len(s))
	return uint8(uint(s[0])*131 + uint(s[n-1])), true
}

// Find returns the entities of the paragraphs texts, tokenized as toks
// (toks[i] are the tokens of texts[i]).
func Find(texts []morph.Text, toks [][]morph.Token) *Index {
	var b Builder
	for i, t := range texts {
		var tk []morph.Token
		if i < len(toks) {
			tk = toks[i]
		}
		b.Add(t, tk)
	}
	return b.Index()
}

// Builder finds the entities of an article one paragraph at a time, so
// that the tokens of the whole article need never be held at once: it
// keeps them packed (see [morph.Packed]) and unpacks one paragraph at a
// time for the passes that read them again. The zero Builder is ready to
// use; it is not safe for concurrent use.
type Builder struct {
	paras   []*paragraph
	scratch []morph.Token
}

// Add adds the next paragraph: its text and its tokens, which the caller
// may reuse once Add returns.
func (b *Builder) Add(t morph.Text, toks []morph.Token) {
	p := &paragraph{idx: len(b.paras), text: t, toks: toks}
	p.packed = make([]morph.Packed, len(toks))
	p.starts = make([]int, len(toks))
	p.info = make([]tokInfo, len(toks))
	for k := range toks {
		tk := &toks[k]
		p.packed[k] = tk.Pack()
		p.starts[k] = tk.Start
		if isAcronym(tk.Surface) {
			p.acronyms = append(p.acronyms, k)
		}
		p.info[k] = infoOf(tk)
	}
	findPeople(p)
	p.toks = nil
	b.paras = append(b.paras, p)
}

// Index returns the entities of the paragraphs added. The Builder is spent.
func (b *Builder) Index() *Index {
	paras := b.paras
	people := b.joinPeople()
	aliases := map[string]string{}
	b.each(func(p *paragraph) { findOrganizations(p, aliases) })
	orgs := b.joinByName(Organization, func(n string) string {
		if full, ok := aliases[n]; ok {
			return full
		}
		return n
	})
	b.each(findPlaces)
	places := b.joinByName(Place, placeKey)

	x := &Index{People: people, Organizations: orgs, Places: places, byPara: make([][]Mention, len(paras))}
	for i, p := range paras {
		slices.SortStableFunc(p.found, func(a, b Mention) int { return a.Start - b.Start })
		x.byPara[i] = p.found
	}
	x.fill()
	b.paras, b.scratch = nil, nil
	return x
}

// each calls fn for every paragraph in order, with its tokens unpacked for
// the call.
func (b *Builder) each(fn func(p *paragraph)) {
	for _, p := range b.paras {
		b.scratch = b.scratch[:0]
		for _, pk := range p.packed {
			b.scratch = append(b.scratch, pk.Token(p.text.Norm))
		}
		p.toks = b.scratch
		fn(p)
		p.toks = nil
	}
	clear(b.scratch) // keep no text alive
}

// fill copies the mentions into the entities, in text order.
func (x *Index) fill() {
	count := func(list []article.Entity, kind Kind) {
		n := make([]int, len(list))
		for _, ms := range x.byPara {
			for _, m := range ms {
				if m.Kind == kind && m.Entity >= 0 && m.Entity < len(n) {
					n[m.Entity]++
				}
			}
		}
		for i := range list {
			list[i].Mentions = make([]article.Mention, 0, n[i])
		}
	}
	count(x.People, Person)
	count(x.Organizations, Organization)
	count(x.Places, Place)
	for _, ms := range x.byPara {
		for _, m := range ms {
			am := article.Mention{Text: m.Text, Span: m.Span}
			switch m.Kind {
			case Person:
				x.People[m.Entity].Mentions = append(x.People[m.Entity].Mentions, am)
			case Organization:
				x.Organizations[m.Entity].Mentions = append(x.Organizations[m.Entity].Mentions, am)
			case Place:
				x.Places[m.Entity].Mentions = append(x.Places[m.Entity].Mentions, am)
			}
		}
	}
}

// ---- people ----

func isKanji(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '々' || r == 'ヶ' || r == 'ケ'
}
func isHiragana(r rune) bool {
	return r >= 'ぁ' && r <= 'ゖ'
}

// titleAt returns the length of the title (with an optional prefix) that
// starts at s[i:], and the title itself.
func titleAt(s string, i int) (n int, title string, honorific bool) {
	rest := s[i:]
	r, _ := utf8.DecodeRuneInString(rest)
	if !titleStarts.has(r) {
		return 0, "", false // most runes: a bit test instead of three map look-ups
	}
	best := 0
	for _, h := range honorificIndex[r] {
		if len(h) > best && strings.HasPrefix(rest, h) {
			best, honorific = len(h), true
		}
	}
	try := func(skip int, foreign bool) {
		q, _ := utf8.DecodeRuneInString(rest[skip:])
		for _, t := range roleIndex[q] {
			if skip+len(t) > best && strings.HasPrefix(rest[skip:], t) && (!foreign || foreignRole(t)) {
				best, honorific = skip+len(t), false
			}
		}
	}
	try(0, false)
	for _, pre := range prefixIndex[r] {
		if strings.HasPrefix(rest, pre) {
			try(len(pre), countryPrefix(pre))
		}
	}
	if best == 0 {
		return 0, "", false
	}
	// 氏名, 委員会, 大統領府: the title is part of a longer word.
	if r, _ := utf8.DecodeRuneInString(rest[best:]); isKanji(r) {
		return 0, "", false
	}
	if rest[:best] == "アナ" {
		// 森永アナ: the short for an announcer after a surname in kanji;
		// in katakana it ends a name (ジョアナ) or a word (バナナ).
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !isKanji(r) {
			return 0, "", false
		}
		if r, _ := utf8.DecodeRuneInString(rest[best:]); isKatakanaStart(r) {
			return 0, "", false // 森永アナログ: a longer word
		}
	}
	if honorific && rest[:best] == "さん" && strings.HasSuffix(s[:i], "たく") {
		return 0, "", false // たくさん: many, not a name and さん
	}
	if honorific && rest[:best] == "様" {
		// 模様, 同様, 仕様: 様 ends a common word, not a name.
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); strings.ContainsRune(samaWordHeads, r) {
			return 0, "", false
		}
	}
	return best, rest[:best], honorific
}

// samaWordHeads are the kanji that make a common word with 様 after them
// (模様, 同様, 仕様, 多様, 有様, 皆様), never a name and its honorific.
const samaWordHeads = "模同仕異多一有文紋別両今無左斯皆神王殿奥"

// The word lists indexed by their first rune, so that titleAt compares
// only the few entries that can match.
var honorificIndex, roleIndex, prefixIndex = byFirstRune(honorifics), byFirstRune(roles), byFirstRune(titlePrefixes)

// titleStarts holds every rune a title can start with: findPeople tests
// each rune of the text against it.
var titleStarts = func() *runeSet {
	var rs runeSet
	for _, list := range [][]string{honorifics, roles, titlePrefixes} {
		for _, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			rs.add(r)
		}
	}
	return &rs
}()

// titleEnds holds every rune a title can end with (the last rune of an
// honorific or a role): SplitTitle refuses other phrases at once.
var titleEnds = func() *runeSet {
	var rs runeSet
	for _, list := range [][]string{honorifics, roles} {
		for _, w := range list {
			r, _ := utf8.DecodeLastRuneInString(w)
			rs.add(r)
		}
	}
	return &rs
}()

// runeSet is a set of runes of the Basic Multilingual Plane as a bitmap:
// a test is two instructions where a map look-up hashes. Runes outside
// the plane are never members.
type runeSet [0x10000 / 64]uint64

func (rs *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		rs[r/64] |= 1 << (r % 64)
	}
}

func (rs *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && rs[r/64]&(1<<(r%64)) != 0
}

func byFirstRune(words []string) map[rune][]string {
	return byRune(words, utf8.DecodeRuneInString)
}

func byLastRune(words []string) map[rune][]string {
	return byRune(words, utf8.DecodeLastRuneInString)
}

// byRune indexes words by the rune that pick reads in each.
func byRune(words []string, pick func(string) (rune, int)) map[rune][]string {
	m := map[rune][]string{}
	for _, w := range words {
		r, _ := pick(w)
		m[r] = append(m[r], w)
	}
	return m
}

func findPeople(p *paragraph) {
	s := p.text.Norm
	// 森田 康弘: a family name and a given name with a space between, as
	// some pages print every name, read before the titles claim the given
	// name alone (康弘さん).
	for k := 1; k+1 < len(p.toks); k++ {
		if start, end, ok := spacedName(p, k); ok && p.free(start, end) && !bodyAfter(s[end:]) {
			name := s[start:p.toks[k].Start] + s[p.toks[k+1].Start:end]
			title := ""
			if _, t, _ := SplitTitle(s[end-len(p.toks[k+1].Surface):end] + firstWord(s[end:])); t != "" && strings.HasPrefix(s[end:], t) {
				title = t
			}
			p.add(Mention{Kind: Person, Name: name, Text: s[start : end+len(title)], Title: title, Start: start, End: end + len(title), NameEnd: end})
		}
	}
	rankedNames(p)
	officeNames(p)
	defer func() {
		// A name with its reading in brackets (佐伯美津子（みつこ）)
		// names a person: readings are given for people's names, and the
		// name must start with a word the dictionary holds as one.
		nameBrackets(s, isKanji, isReading, func(open, o int) {
			start, _ := nameBefore(p, open, "", false)
			if start < 0 || utf8.RuneCountInString(s[start:open]) > 8 || !p.free(start, open) {
				return
			}
			// 田中村（たなかむら）: a place's or a body's reading, not a person's.
			if k, ok := p.tokenAt(open); ok && k > 0 {
				if last := &p.toks[k-1]; last.IsPlace() || last.IsOrganization() || last.IsSuffix() && !last.IsPerson() {
					return
				}
			}
			name := s[start:open]
			p.add(Mention{Kind: Person, Name: name, Text: name, Start: start, End: open, NameEnd: open})
			// The reading is no other entity (ちとせ is also a company).
			if c := strings.IndexAny(s[o:], "）)"); c >= 0 {
				p.covered = append(p.covered, span{open, o + c})
			}
		})
		// A name with an age in brackets (FW春風蓮（24）) names a person,
		// whatever the dictionary holds its words as (春風 a common noun): ages
		// are given for people.
		nameBrackets(s, kanjiOrKatakana, isAge, func(open, _ int) {
			start, _ := nameBefore(p, open, "", true) // the age vouches as an honorific would
			if start < 0 || !p.free(start, open) || !(agedName(s[start:open]) || foreignName(s[start:open]) && !p.commonParts(start, open)) {
				return
			}
			if k, ok := p.tokenAt(open); ok && k > 0 {
				if last := &p.toks[k-1]; last.IsOrganization() || last.IsSuffix() && !last.IsPerson() {
					return // 北浜市(5): a body's count, not a person's age
				}
			}
			if kindOfPerson(p, start, open) {
				return // 会社員の男性(45): a description, no name
			}
			if k, ok := p.tokenAt(start); ok && p.toks[k].End == open && p.toks[k].Known && !p.toks[k].IsPerson() && !p.toks[k].IsProper() {
				return // 苦手(32歳) closing a voice: one common word, no name
			}
			name := s[start:open]
			p.add(Mention{Kind: Person, Name: name, Text: name, Start: start, End: open, NameEnd: open})
		})
		// A family name and a given name the dictionary knows (森田康弘)
		// name a person without a title.
		for k := 0; k+1 < len(p.toks); k++ {
			if p.info[k].bits&iFamily == 0 && !placeSurname(p, k) {
				continue
			}
			a, b := &p.toks[k], &p.toks[k+1]
			if a.End != b.Start {
				continue
			}
			if end := givenEnd(p, k+1); end > k+1 {
				// A given name the dictionary cuts in two single kanji
				// (拓 and 真 of 吉岡拓真, 颯 and 太 of 田中颯太).
				b = &p.toks[end]
			} else if p.info[k+1].bits&iGiven == 0 && !(kanaGiven(b) && k+2 < len(p.toks) && p.toks[k+2].Start == b.End && (p.toks[k+2].IsParticle() || p.toks[k+2].IsSymbol())) {
				continue
			} else if end := kanaPrefixTail(p, k+1); end > k+1 {
				b = &p.toks[end]
			}
			if bi := tokenIndex(p, b); bi+1 < len(p.toks) && p.toks[bi+1].Start == b.End && p.info[bi+1].bits&iGiven != 0 &&
				utf8.RuneCountInString(s[b.Start:p.toks[bi+1].End]) <= 4 && isKanji(firstRuneIn(p.toks[bi+1].Surface)) {
				b = &p.toks[bi+1] // 親|太朗 of 森下親太朗: a given name the dictionary cuts in two
			}
			if bi := tokenIndex(p, b); singleKanjiNoun(b) && bi+1 < len(p.toks) && nameFinalSuffix(&p.toks[bi+1], b.End) &&
				(bi+2 == len(p.toks) || p.toks[bi+2].Start == p.toks[bi+1].End && (p.toks[bi+2].IsParticle() || p.toks[bi+2].IsSymbol() ||
					strings.ContainsRune("()（）「」『』、。,.!?！？・", firstRuneIn(p.toks[bi+2].Surface)))) {
				b = &p.toks[bi+1] // 竜|兵 of 上島竜兵: the dictionary reads the last kanji as a suffix
			}
			if venueWords[b.Surface] {
				continue // 港北|アリーナ: a venue, though アリーナ is also a given name
			}
			end := b.End
			if r, _ := utf8.DecodeRuneInString(b.Surface); isKatakanaStart(r) {
				// A given name in katakana the dictionary cuts short
				// (ユウ|キ of 川瀬ユウキ) ends where the katakana end.
				for end < len(s) && end-b.End < maxKanaTail {
					r, w := utf8.DecodeRuneInString(s[end:])
					if !isKatakanaStart(r) {
						break
					}
					end += w
				}
				if end-b.End >= maxKanaTail {
					continue // a word goes on: no name
				}
			}
			if bi := tokenIndex(p, b); end == b.End && bi+1 < len(p.toks) && p.toks[bi+1].Start == end && singleKanjiNoun(&p.toks[bi+1]) {
				continue // 北浜|精|工 of 北浜精工: a one-kanji noun goes on with the word
			}
			st := a.Start
			if k > 0 && familyHead(p, k-1) && p.toks[k-1].End == a.Start && allKanji(a.Surface) &&
				utf8.RuneCountInString(s[p.toks[k-1].Start:a.End]) <= maxFamilyRunes {
				st = p.toks[k-1].Start // 鳥羽|谷 of 鳥羽谷: a family name the dictionary cuts in two
			}
			if p.free(st, end) && !bodyAfter(s[end:]) {
				name := s[st:end]
				p.add(Mention{Kind: Person, Name: name, Text: name, Start: st, End: end, NameEnd: end})
			}
		}
	}()
	prev := utf8.RuneError
	for i := 0; i < len(s); {
		r, w := fastRune(s, i)
		if i > 0 && titleStarts.has(r) && (mayEndName(prev, r) || isHiragana(prev) && familyBeforeKana(p, i)) {
			if n, title, honorific := titleAt(s, i); n > 0 && p.titleStarts(i) {
				start, nameEnd := nameBefore(p, i, title, honorific)
				if start >= 0 && localOffices[title] && placeToken(p, start, nameEnd) {
					start = -1 // 横浜市長, 港町町長: the office of a place, no name
				}
				if start >= 0 && p.free(start, i+n) && !epithets[s[start:nameEnd]] {
					name := s[start:nameEnd]
					p.add(Mention{Kind: Person, Name: name, Text: s[start : i+n], Title: s[nameEnd : i+n], Start: start, End: i + n, NameEnd: nameEnd})
				}
			}
		}
		prev = r
		i += w
	}
}

// ranksBefore are titles written before a name rather than after it: a
// sumo wrestler's rank (大関沢ノ海, 前頭二枚目の北浜丸).
var ranksBefore = []string{"横綱", "大関", "関脇", "小結", "前頭", "十両", "幕下"}

// maxRankedName bounds a name after a rank, in runes.
const maxRankedName = 6

// rankedNames adds the names written after a rank: the rank, its place
// on the list (筆頭, 三枚目) and の, then a run of kanji and katakana
// closed by a particle or a mark. A verbal noun of the dictionary
// (大関昇進, 横綱審議) or a word of ranks (大関陣, 三役) after the rank
// is no name.
func rankedNames(p *paragraph) {
	s := p.text.Norm
	for _, rk := range ranksBefore {
		for o := 0; o < len(s); {
			i := strings.Index(s[o:], rk)
			if i < 0 {
				break
			}
			i += o
			o = i + len(rk)
			j := skipRankPlace(s, o)
			j += len(s[j:]) - len(strings.TrimPrefix(s[j:], "の"))
			e, n := j, 0
			for e < len(s) && n < maxRankedName+1 {
				r, w := utf8.DecodeRuneInString(s[e:])
				if !isKanji(r) && !isKatakanaStart(r) {
					break
				}
				e += w
				n++
			}
			if n < 2 || n > maxRankedName || !nameClosed(s[e:]) || !p.free(j, e) || rankWords[s[j:e]] {
				continue
			}
			if k, ok := p.tokenAt(j); ok && p.toks[k].Known && (p.toks[k].End == e && !p.toks[k].IsProper() || p.toks[k].Tag(1) == "サ変接続") {
				continue
			}
			if before := s[:i]; strings.HasSuffix(before, "（元") || strings.HasSuffix(before, "(元") {
				continue // 親方（元小結沢風）: the ring name of a person named before
			}
			p.add(Mention{Kind: Person, Name: s[j:e], Text: s[j:e], Start: j, End: e, NameEnd: e})
		}
	}
}

// officesBefore are the offices a company's or a school's own text writes
// before の and a bare name (代表取締役社長の北浜一郎は): no honorific
// follows the name of one's own.
var officesBefore = []string{"社長", "会長", "取締役", "専務", "常務", "執行役員", "部長", "課長", "室長", "所長", "支店長", "店長",
	"工場長", "院長", "校長", "学長", "理事長", "理事", "事務局長", "園長", "館長", "代表", "責任者", "担当者"}

// officeNames adds the bare names written after an office and の, when
// the dictionary reads the first word of the name as a family name or a
// proper noun, or does not know it, and the last word as a proper noun or
// not at all: 代表取締役社長の港北健司は, but not 社長の責任問題は nor
// 社長の北浜工場は.
func officeNames(p *paragraph) {
	if len(p.toks) == 0 {
		return // without the dictionary no telling a name from a noun
	}
	s := p.text.Norm
	for _, of := range officesBefore {
		for o := 0; o < len(s); {
			i := strings.Index(s[o:], of+"の")
			if i < 0 {
				break
			}
			j := o + i + len(of+"の")
			o = j
			e, n := j, 0
			for e < len(s) && n < maxRankedName+1 {
				r, w := utf8.DecodeRuneInString(s[e:])
				if !isKanji(r) {
					break
				}
				e += w
				n++
			}
			if n < 2 || n > maxOfficeName || !nameClosed(s[e:]) || strings.HasPrefix(s[e:], "の") || !p.free(j, e) {
				continue
			}
			k, ok := p.tokenAt(j)
			if ok && n == 2 && p.toks[k].End == e && p.toks[k].IsFamilyName() {
				// 事務局長の森川から: the family name alone, as one writes
				// of one's own officer
				p.add(Mention{Kind: Person, Name: s[j:e], Text: s[j:e], Start: j, End: e, NameEnd: e})
				continue
			}
			if !ok || n < 3 || p.toks[k].End >= e || p.toks[k].Known && !p.toks[k].IsFamilyName() && !p.toks[k].IsProper() {
				continue
			}
			if l := lastTokenTo(p, k, e); l < 0 || p.toks[l].Known && !p.toks[l].IsProper() {
				continue // 社長の北浜工場は: a place and a common noun
			}
			p.add(Mention{Kind: Person, Name: s[j:e], Text: s[j:e], Start: j, End: e, NameEnd: e})
		}
	}
}

// lastTokenTo returns the index of the token of p from k on that ends at
// e, or -1.
func lastTokenTo(p *paragraph, k, e int) int {
	for ; k < len(p.toks) && p.toks[k].End <= e; k++ {
		if p.toks[k].End == e {
			return k
		}
	}
	return -1
}

// maxOfficeName bounds a bare name after an office, in runes.
const maxOfficeName = 5

// rankWords follow a rank without naming anyone.
var rankWords = map[string]bool{"陣": true, "候補": true, "昇進": true, "陥落": true, "以上": true, "以下": true, "同士": true, "経験": true, "在位": true}

// skipRankPlace returns the offset after a place on the list that follows
// a rank at s[i:] (筆頭, 三枚目, 3枚目), or i.
func skipRankPlace(s string, i int) int {
	if strings.HasPrefix(s[i:], "筆頭") {
		return i + len("筆頭")
	}
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !(r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r)) {
			break
		}
		j += w
	}
	if j > i && strings.HasPrefix(s[j:], "枚目") {
		return j + len("枚目")
	}
	return i
}

// nameClosed reports whether s, right after a name, closes it: a
// particle, a mark, a bracket or the end.
func nameClosed(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("はがをにのともへやで、。，,「」（）()・ 　", r) || strings.HasPrefix(s, "から")
}

// localOffices are the titles of the heads of a city, a town, a village
// or a ward, written after the place's name without its 市, 町, 村 or 区.
var localOffices = map[string]bool{"市長": true, "町長": true, "村長": true, "区長": true, "副市長": true, "副町長": true, "副村長": true, "副区長": true}

// LocalOffice reports whether title is the head of a city, a town, a
// village or a ward (市長), which a place's name may stand before.
func LocalOffice(title string) bool { return localOffices[title] }

// placeToken reports whether s[start:end] of p is one token the
// dictionary holds as a place and not as a family name.
func placeToken(p *paragraph, start, end int) bool {
	k, ok := p.tokenAt(start)
	return ok && p.toks[k].End == end && p.toks[k].IsPlace() && !p.toks[k].IsFamilyName()
}

// tokenIndex returns the index of t, a token of p.toks.
func tokenIndex(p *paragraph, t *morph.Token) int {
	if k, ok := p.tokenAt(t.Start); ok {
		return k
	}
	return len(p.toks)
}

// maxKanaTail bounds the bytes of katakana read on after a given name
// the dictionary cuts short: three katakana.
const maxKanaTail = 3 * 3

// timeLeads open a run of kanji that is a time and a noun, not a name
// (今年息子さん).
var timeLeads = []string{"今年", "昨年", "去年", "来年", "今月", "先月", "来月", "今日", "昨日", "今回", "前回", "当時", "現在", "毎日", "毎年"}

// isLatin reports whether b is an ASCII letter.
func isLatin(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// placeSurname reports whether token k, a place name of two or three
// kanji the dictionary knows (宮園, 溝端), is a family name: a given name
// follows it (宮園|あかり), then a particle or a punctuation mark, and no
// name character comes before it. Many Japanese family names are place
// names too.
// spacedName reports a name written as a family name of one to three
// kanji, one space (token k) and a given name (森田 康弘, 川瀬 ゆかり), and
// where it starts and ends. The family name may be cut in several tokens
// (桑名|田); the given name is one the dictionary files as such, or one or
// two kanji right before an honorific, a title or an age (沢井 望さん,
// 沢井 望社長, 沢井 望(52)). Words of a headline around a space (一夜　復旧)
// are neither.
func spacedName(p *paragraph, k int) (start, end int, ok bool) {
	sp, b := &p.toks[k], &p.toks[k+1]
	if sp.Surface != " " && sp.Surface != "\u3000" || sp.End != b.Start || p.toks[k-1].End != sp.Start {
		return 0, 0, false
	}
	// The family name: the kanji tokens that run up to the space.
	first, runes, named, singles := k, 0, false, true
	for first > 0 {
		a := &p.toks[first-1]
		if !allKanji(a.Surface) || !a.IsNoun() || a.IsNumber() || first < k && a.End != p.toks[first].Start {
			break
		}
		if a.IsSuffix() {
			return 0, 0, false // 理事長 森川: a title before the name
		}
		runes += utf8.RuneCountInString(a.Surface)
		named = named || a.IsFamilyName() || placeSurname(p, first-1) || a.IsProper() || !a.Known
		singles = singles && utf8.RuneCountInString(a.Surface) == 1
		first--
	}
	if first == k || runes > 3 || first > 0 && p.toks[first-1].End == p.toks[first].Start && allKanji(p.toks[first-1].Surface) {
		return 0, 0, false
	}
	if _, _, titled := SplitTitle(p.text.Norm[p.toks[first].Start:sp.Start]); titled {
		return 0, 0, false // 会長 北浜: a title, then the name
	}
	if !named && !singles {
		return 0, 0, false // 代表 森川忠: a common word, then the name
	}
	start = p.toks[first].Start
	if e := givenEnd(p, k+1); e > k+1 {
		return start, p.toks[e].End, true
	}
	if !allKanji(b.Surface) || utf8.RuneCountInString(b.Surface) > 3 {
		return 0, 0, false
	}
	if p.info[k+1].bits&iGiven != 0 {
		return start, b.End, true
	}
	rest := p.text.Norm[b.End:]
	if utf8.RuneCountInString(b.Surface) <= 2 && (strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（")) {
		return start, b.End, true // 沢井 望(52)
	}
	if _, title, _ := SplitTitle(b.Surface + firstWord(rest)); title != "" && utf8.RuneCountInString(b.Surface) <= 2 {
		return start, b.End, true // 沢井 望さん, 沢井 望社長
	}
	return 0, 0, false
}

// firstWord returns the run of kanji, kana or Latin letters that opens s,
// at most eight runes.
func firstWord(s string) string {
	n, i := 0, 0
	for i < len(s) && n < 8 {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(isKanji(r) || r >= 'ぁ' && r <= 'ヿ' || r >= 'A' && r <= 'z') {
			break
		}
		i, n = i+w, n+1
	}
	return s[:i]
}

func placeSurname(p *paragraph, k int) bool {
	if k+2 >= len(p.toks) {
		return false
	}
	t, g, next := &p.toks[k], &p.toks[k+1], &p.toks[k+2]
	if !t.IsPlace() || t.IsCountry() || p.info[k+1].bits&iGiven == 0 && !kanaGiven(g) || g.Start != t.End || next.Start != g.End ||
		!(next.IsParticle() || next.IsSymbol() || next.IsSuffix() && casualHonorifics[next.Surface] || next.Surface == "氏") || !allKanji(t.Surface) {
		return false
	}
	if n := utf8.RuneCountInString(t.Surface); n < 2 || n > 3 {
		return false
	}
	if k > 0 && p.toks[k-1].End == t.Start && !p.toks[k-1].IsParticle() && !p.toks[k-1].IsSymbol() && !positionCode(p.toks[k-1].Surface) {
		return false // 東京都宮園: part of an address; MF沢井ひかり is a player
	}
	return true
}

// positionCode reports a player's position in capitals written before the
// name (MF, FW, GK, PG).
func positionCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// kanaGiven reports a given name in hiragana the dictionary holds as a
// proper noun of no kind (ひかり, also a train's name): after a family
// name and before a particle, a person's name (沢井ひかりが).
func kanaGiven(t *morph.Token) bool {
	n := utf8.RuneCountInString(t.Surface)
	return n >= 2 && n <= 4 && t.IsProper() && onlyKana(t.Surface)
}

// kanaPrefixTail returns k+1 when the given name in kana at token k is
// cut before its last kana, which the dictionary reads as the prefix お
// or ご (さわ|お of 森川さわお): a prefix never stands before a particle or
// an honorific, so there it ends the name. Otherwise it returns k.
func kanaPrefixTail(p *paragraph, k int) int {
	if k+2 >= len(p.toks) {
		return k
	}
	g, x, next := &p.toks[k], &p.toks[k+1], &p.toks[k+2]
	if !onlyKana(g.Surface) || x.Start != g.End || x.Tag(0) != "接頭詞" || !onlyKana(x.Surface) || next.Start != x.End {
		return k
	}
	if next.IsParticle() || next.IsSuffix() && (next.Surface == "さん" || next.Surface == "氏" || next.Surface == "君" || next.Surface == "ちゃん") {
		return k + 1
	}
	return k
}

// onlyKana reports whether s is written in hiragana only.
func onlyKana(s string) bool {
	for _, r := range s {
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
	}
	return s != ""
}

// givenEnd returns the last token of a given name of two single kanji
// that starts at token k after a family name, the dictionary knowing one
// of them as a given name (拓 in 拓真, 太 in 颯太), or k when there is
// none: the kanji run must end after the second one.
func givenEnd(p *paragraph, k int) int {
	if k+1 >= len(p.toks) {
		return k
	}
	a, b := &p.toks[k], &p.toks[k+1]
	if a.End == b.Start && singleKanjiNoun(a) && b.IsNumber() && (b.Surface == "一" || b.Surface == "二" || b.Surface == "三") {
		// 蒼|一 of 森下蒼一: a given name ending in 一, 二 or 三, which
		// the dictionary reads as a numeral; only before a particle or
		// the end, not a counter (蒼一人).
		if k+2 >= len(p.toks) || p.toks[k+2].Start != b.End || !isKanji(firstRuneIn(p.toks[k+2].Surface)) && !p.toks[k+2].IsSuffix() {
			return k + 1
		}
		return k
	}
	if a.End != b.Start || !singleKanjiNoun(a) || !singleKanjiNoun(b) || p.info[k].bits&iGiven == 0 && p.info[k+1].bits&iGiven == 0 && !affiliationAfter(p, k+2) {
		return k
	}
	if k+2 < len(p.toks) {
		if c := &p.toks[k+2]; c.Start == b.End && (c.IsSuffix() || isKanji(firstRuneIn(c.Surface))) {
			return k // 鈴木一家, 田中正和夫: the run goes on
		}
	}
	return k + 1
}

// venueWords are words for a venue or a building that the dictionary
// also holds as given names: after a family name that is also a place,
// they name the venue.
var venueWords = map[string]bool{"アリーナ": true, "ホール": true, "ドーム": true, "プラザ": true, "タワー": true, "パーク": true, "センター": true, "スタジアム": true, "ガーデン": true, "テラス": true}

// maxAffiliation bounds a team, a school or a company in brackets after a
// name, in bytes.
const maxAffiliation = 20 * 3

// affiliationAfter reports whether token k opens brackets that close soon
// after on a short word with no comma (森山柚希（港北高）, 森下蒼（北浜精工）):
// the affiliation a report prints after a person's name, which makes two
// single kanji after a family name a given name the dictionary lacks.
func affiliationAfter(p *paragraph, k int) bool {
	if k >= len(p.toks) || p.toks[k].Start != p.toks[k-1].End || p.toks[k].Surface != "（" && p.toks[k].Surface != "(" {
		return false
	}
	s := p.text.Norm
	rest := s[p.toks[k].End:min(len(s), p.toks[k].End+maxAffiliation)]
	c := strings.IndexAny(rest, ")）")
	if r := firstRuneIn(rest); c <= 0 || r >= '0' && r <= '9' || strings.ContainsAny(rest[:c], "、。,「」") {
		return false // (17), (写真), a clause: no affiliation
	}
	return true
}

// nameFinalKanji are kanji that end many given names and that the
// dictionary reads as a suffix after a single-kanji given name (兵 of 竜兵,
// 介 of 恭介 when 恭 stands alone).
var nameFinalKanji = map[string]bool{"兵": true, "平": true, "介": true, "助": true, "蔵": true, "吉": true,
	"衛": true, "次": true, "治": true, "哉": true, "也": true, "斗": true, "輔": true}

// nameFinalSuffix reports whether t, starting at start, is a suffix
// that ends a given name (see nameFinalKanji).
func nameFinalSuffix(t *morph.Token, start int) bool {
	return t.Start == start && t.IsSuffix() && !t.IsPerson() && nameFinalKanji[t.Surface]
}

// singleKanjiNoun reports whether t is one kanji read as a noun, not as a
// suffix or a number.
func singleKanjiNoun(t *morph.Token) bool {
	r, n := utf8.DecodeRuneInString(t.Surface)
	return n == len(t.Surface) && isKanji(r) && t.IsNoun() && !t.IsSuffix() && !t.IsNumber()
}

// mayEndName reports whether prev, just before a title starting with r,
// can end a name for nameBefore: katakana or kanji, or hiragana before a
// casual honorific (北川みゆさん). Most title characters follow particles
// and punctuation; this spares them titleAt and nameBefore.
func mayEndName(prev, r rune) bool {
	switch {
	case isKanji(prev), isKatakanaStart(prev), prev == 'ヽ', prev == 'ヾ':
		return true
	case isHiragana(prev):
		// 様 after kana is most often 様子 or the 様 of よう (している様
		// だ), not an honorific.
		return casualStarts[r] && r != '様'
	}
	return false
}

// casualStarts holds the first runes of casualHonorifics.
var casualStarts = func() map[rune]bool {
	m := map[rune]bool{}
	for h := range casualHonorifics {
		r, _ := utf8.DecodeRuneInString(h)
		m[r] = true
	}
	return m
}()

// fastRune decodes the rune at s[i:] as utf8.DecodeRuneInString does,
// with a short path for the three-byte sequences of Japanese text. A
// sequence with two continuation bytes is decoded without further checks:
// for bytes the standard decoder rejects (an overlong form) it may give a
// rune where that decoder gives U+FFFD, but titleAt compares the bytes
// themselves and finds no title there, and the two bytes skipped could
// start no rune anyway.
func fastRune(s string, i int) (rune, int) {
	if b := s[i]; b < 0x80 {
		return rune(b), 1
	} else if b&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// indexOpen returns the offset of the first opening bracket, ( or （, in
// s[from:], or -1. (strings.IndexAny decodes every rune for a set with
// non-ASCII characters; two byte searches do not.)
func indexOpen(s string, from int) int {
	a := strings.IndexByte(s[from:], '(')
	b := strings.Index(s[from:], "（")
	switch {
	case a < 0 && b < 0:
		return -1
	case a < 0 || b >= 0 && b < a:
		return from + b
	}
	return from + a
}

// kanaTailOf reports whether long is short with kana after it: a name
// in kana cut short once (森川さわ of 森川さわお).
func kanaTailOf(long, short string) bool {
	rest, ok := strings.CutPrefix(long, short)
	return ok && rest != "" && onlyKana(rest)
}

// nounBeforeGiven reports whether token k is a word of two or three
// kanji the dictionary holds as a common noun, right before a given name
// (浜辺|早苗) or a kanji it does not know (浜辺|颯|太): a family name.
func nounBeforeGiven(p *paragraph, k int) bool {
	t := &p.toks[k]
	if n := utf8.RuneCountInString(t.Surface); n < 2 || n > 3 || !allKanji(t.Surface) || !t.IsNoun() || t.IsSuffix() || t.IsProper() || k+1 >= len(p.toks) {
		return false
	}
	g := &p.toks[k+1]
	return g.Start == t.End && (g.Tag(3) == "名" || !g.Known && utf8.RuneCountInString(g.Surface) == 1 && isKanji(firstRuneIn(g.Surface)))
}

// familyBeforeGiven extends a name that starts at start with token
// first, a given name (太 of 浜辺颯太), back over the rest of a run of
// kanji that begins at j: one kanji the dictionary does not know (颯, the
// given name's first), then a word of one to three kanji opening the run,
// the family name the dictionary holds as a common noun (浜辺). It
// returns the new start, or start when the run is not made so.
func (p *paragraph) familyBeforeGiven(j, first, start int) int {
	if first == 0 {
		return start
	}
	k, st := first-1, start
	if pt := &p.toks[k]; pt.Start >= j && pt.End == st && !pt.Known && utf8.RuneCountInString(pt.Surface) == 1 && isKanji(firstRuneIn(pt.Surface)) {
		st = pt.Start
		k--
	}
	if k < 0 {
		return start
	}
	pt := &p.toks[k]
	n := utf8.RuneCountInString(pt.Surface)
	if pt.Start != j || pt.End != st || n > 3 || !allKanji(pt.Surface) || !pt.IsNoun() || pt.IsSuffix() ||
		strings.Contains(truePrefixes, pt.Surface) || kindOfPerson(p, pt.Start, pt.End) {
		return start
	}
	if utf8.RuneCountInString(p.text.Norm[j:p.toks[first].End]) > maxSplitName {
		return start
	}
	return j
}

// kindOfPerson reports whether s[start:end] ends with a word for a
// kind of person or a post (男性, 会社員, 長女, 店長): a description an age
// follows, no name.
func kindOfPerson(p *paragraph, start, end int) bool {
	run := p.text.Norm[start:end]
	for _, ws := range [][]string{personNouns, roles} {
		for _, w := range ws {
			if strings.HasSuffix(run, w) {
				return true
			}
		}
	}
	return false
}

// nameBrackets calls fn with the offset of each opening bracket of s
// that follows a rune passing after (a kanji, a katakana letter) and
// whose contents pass inner (a reading, an age), and the offset right
// after the bracket.
func nameBrackets(s string, after func(rune) bool, inner func(string) bool, fn func(open, after int)) {
	for o := 0; o < len(s); {
		open := indexOpen(s, o)
		if open < 0 {
			return
		}
		_, w := utf8.DecodeRuneInString(s[open:])
		o = open + w
		if !inner(s[o:]) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:open]); !after(r) {
			continue
		}
		fn(open, o)
	}
}

// maxAge bounds an age in brackets.
const maxAge = 120

// isAge reports whether s opens with an age closed by its bracket: 24）,
// 7歳), 81).
func isAge(s string) bool {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	v := 0
	for _, c := range s[:i] {
		v = 10*v + int(c-'0')
	}
	rest := strings.TrimPrefix(s[i:], "歳")
	return v <= maxAge && (strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）"))
}

// isReading reports whether s starts with a reading in brackets up to its
// closing bracket: kana only, one to sixteen characters (みつこ）).
func isReading(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '）' || r == ')':
			return n > 0
		case isHiragana(r) || r >= 'ァ' && r <= 'ヺ' || r == 'ー':
			n++
			if n > 16 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

func isKatakanaStart(r rune) bool { return r >= 'ァ' && r <= 'ヺ' || r == 'ー' }

// animalBefore reports whether s ends with an animal's kind and の
// (柴犬の, 看板猫の, パンダの): the name after it is an animal's.
func animalBefore(s string) bool {
	h, ok := strings.CutSuffix(s, "の")
	if !ok {
		return false
	}
	for _, w := range animalKinds {
		if strings.HasSuffix(h, w) {
			return true
		}
	}
	return false
}

// nameBefore finds the name that ends at s[:i] before a title. It returns
// the name's start and end (the end may be before i when words of the title
// come between: 森川直人|実行|委員長), or -1.
func nameBefore(p *paragraph, i int, title string, honorific bool) (int, int) {
	s := p.text.Norm
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if morph.IsKatakana(string(r)) && r != '・' {
		j := i
		for j > 0 {
			q, n := utf8.DecodeLastRuneInString(s[:j])
			if !isKatakanaStart(q) && q != '・' {
				break
			}
			j -= n
		}
		for strings.HasPrefix(s[j:i], "・") {
			j += len("・")
		}
		if utf8.RuneCountInString(s[j:i]) < 2 {
			return -1, -1
		}
		if casualHonorifics[title] {
			if k, ok := p.tokenAt(j); ok && p.toks[k].End == i && p.toks[k].Known && !p.toks[k].IsProper() {
				return -1, -1 // ディレクターさん
			}
		}
		if katakanaKinds[s[j:i]] {
			return -1, -1 // ベテラン議員, エース投手: a kind, no name
		}
		if casualHonorifics[title] && animalBefore(s[:j]) {
			return -1, -1 // ダックスフンドのハナちゃん: a pet, no person
		}
		if k, ok := p.tokenEndingAt(j); ok && p.toks[k].IsFamilyName() && !strings.HasPrefix(s[j:i], "・") {
			j = p.toks[k].Start // 藤井タダシ氏: a family name, then a given name in katakana
		}
		return j, i
	}
	// A kanji name, perhaps with a hiragana given name (北川みゆさん, and
	// after a family name the dictionary knows, 北川みゆ選手).
	j := i
	kanaGivenName := isHiragana(r) && !casualHonorifics[title] && familyBeforeKana(p, i)
	if isHiragana(r) && (casualHonorifics[title] || kanaGivenName) {
		for k := 0; k < 4 && j > 0; k++ {
			q, n := utf8.DecodeLastRuneInString(s[:j])
			if !isHiragana(q) {
				break
			}
			j -= n
		}
		// No name starts with a small kana (しょうこ, not ょうこ).
		for j < i && strings.ContainsRune("ぁぃぅぇぉっゃゅょゎん", firstRuneIn(s[j:])) {
			j += len("ぁ")
		}
		// 「…」とまゆかさん: a particle after a bracket or a comma opens
		// no name.
		if q, _ := utf8.DecodeLastRuneInString(s[:j]); j > 0 && !isKanji(q) && !isHiragana(q) &&
			strings.ContainsRune("とはがをにのもへや", firstRuneIn(s[j:])) && utf8.RuneCountInString(s[j:i]) >= 3 {
			j += len("と")
		}
	}
	runes := 0
	for j > 0 && runes < 8 {
		q, n := utf8.DecodeLastRuneInString(s[:j])
		if !isKanji(q) {
			break
		}
		j -= n
		runes++
	}
	_ = size
	if j == i || casualHonorifics[title] && animalBefore(s[:j]) {
		return -1, -1 // 柴犬の小太郎くん: a pet, no person
	}
	for _, w := range timeLeads {
		if strings.HasPrefix(s[j:i], w) {
			return -1, -1 // 今年息子さんが: a time, then a word for a kin
		}
	}
	if runes == 1 && j > 0 && s[j-1] >= 'A' && s[j-1] <= 'Z' && (j == 1 || !isLatin(s[j-2])) && honorific {
		// A子さん, K男さん: an initial and one kanji, the way the press
		// hides a name.
		return j - 1, i
	}
	// The first 人名 token inside the run starts the name.
	first := -1
	for k := j; k < i; {
		if t, ok := p.tokenAt(k); ok {
			if p.toks[t].IsPerson() {
				first = t
				break
			}
			k = p.toks[t].End
			continue
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	if first < 0 && personRoles[title] && placeName(p, j, i) {
		return j, i // 森川|大和投手: a name the dictionary holds as two places
	}
	if first < 0 {
		// Only an honorific vouches for a name the dictionary does not know
		// (北原氏); 同氏 and 両氏 are not names.
		if !honorific || utf8.RuneCountInString(s[j:i]) > 4 {
			return -1, -1
		}
		if startsWithAnaphor(s[j:i]) {
			return -1, -1
		}
		if _, ok := p.tokenAt(j); !ok {
			return -1, -1
		}
		return j, i
	}
	start := p.toks[first].Start
	end := p.toks[first].End
	if end > i {
		return -1, -1 // the name token runs past the run: not a name before i
	}
	if first > 0 && honorific {
		// 那美さん: a kanji the dictionary does not know opens the name
		// its given-name kanji ends; 孫|正義氏: a one-kanji surname the
		// dictionary reads as a common noun, before a given name.
		if pt := &p.toks[first-1]; pt.Start >= j && pt.End == start && utf8.RuneCountInString(pt.Surface) == 1 && isKanji(firstRuneIn(pt.Surface)) &&
			(!pt.Known || pt.IsNoun() && !pt.IsSuffix() && !p.toks[first].IsFamilyName() && !strings.Contains(truePrefixes, pt.Surface)) {
			start = pt.Start
		}
	}
	if first > 0 {
		// 高|阪剛さん: the dictionary reads the first kanji of a surname
		// as a prefix; 元首相, 前社長, 故人 keep theirs outside.
		if pt := &p.toks[first-1]; pt.Start >= j && pt.End == start && pt.Tag(0) == "接頭詞" &&
			utf8.RuneCountInString(pt.Surface) == 1 && isKanji(firstRuneIn(pt.Surface)) && !strings.Contains(truePrefixes, pt.Surface) {
			start = pt.Start
		}
	}
	if first > 0 && honorific && start > j {
		// 溝端|淳|平さん: the dictionary files the surname as a place and
		// splits the given name, and only the last kanji reads as a
		// name. With an honorific, a run of at most maxSplitName kanji
		// made of proper nouns and single kanji, from the start of the
		// phrase, is the name.
		k, st := first-1, start
		for k >= 0 && p.toks[k].End == st && p.toks[k].Start >= j && allKanji(p.toks[k].Surface) &&
			(p.toks[k].IsProper() || utf8.RuneCountInString(p.toks[k].Surface) == 1) && !strings.Contains(truePrefixes, p.toks[k].Surface) {
			st = p.toks[k].Start
			k--
		}
		if st == j && utf8.RuneCountInString(s[st:p.toks[first].End]) <= maxSplitName {
			start = st
		}
	}
	if start > j && p.toks[first].Tag(3) == "名" {
		start = p.familyBeforeGiven(j, first, start)
	}
	k := first + 1
	for k < len(p.toks) && p.toks[k].IsPerson() && p.toks[k].End <= i {
		end = p.toks[k].End
		k++
	}
	// Left-over single characters of a given name the dictionary split
	// (西尾|康|介, 村上|健|太さ), up to two.
	rest := s[end:i]
	if n := utf8.RuneCountInString(rest); n > 0 && n <= 2 && allKanjiOrKana(rest) {
		oneRune := true
		for k2 := k; k2 < len(p.toks) && p.toks[k2].Start < i; k2++ {
			if utf8.RuneCountInString(p.toks[k2].Surface) > 1 && p.toks[k2].End <= i {
				oneRune = false
			}
		}
		if oneRune || honorific {
			end = i
		} else if t, ok := p.tokenAt(end); ok && k == first+1 && p.toks[first].IsFamilyName() && p.toks[t].End == i && p.toks[t].IsPlace() && allKanji(rest) {
			end = i // 山田|大和投手: a family name, then a given name the dictionary holds as a place
		}
	} else if honorific && n > 0 || kanaGivenName && onlyKana(rest) {
		end = i // 森川|さくら選手: the given name in kana up to the title
	}
	// 北ノ浦: numerals, suffixes and ノ glued before a lone family name.
	if first > 0 && k == first+1 {
		st := first
		for st > 0 && start-p.toks[st-1].Start <= 9 {
			pt := &p.toks[st-1]
			if pt.End != p.toks[st].Start || !(pt.IsNumber() || pt.IsSuffix() || pt.Surface == "ノ") {
				break
			}
			st--
		}
		if st < first && p.toks[st].IsNumber() {
			start = p.toks[st].Start
		}
	}
	return start, end
}

// personRoles are the titles only a person holds, whatever the words of
// the name before them are to the dictionary: no place plays ball or is
// charged.
var personRoles = map[string]bool{"投手": true, "捕手": true, "内野手": true, "外野手": true, "選手": true, "騎手": true, "棋士": true,
	"力士": true, "容疑者": true, "被告": true, "被告人": true, "受刑者": true}

// placeName reports whether s[j:i] is exactly two proper nouns the
// dictionary holds as places, of three or four kanji in all (森川|大和):
// before a title only a person holds, a family and a given name.
func placeName(p *paragraph, j, i int) bool {
	s := p.text.Norm
	if n := utf8.RuneCountInString(s[j:i]); n < 3 || n > 4 || !allKanji(s[j:i]) {
		return false
	}
	a, ok := p.tokenAt(j)
	if !ok || a+1 >= len(p.toks) {
		return false
	}
	b := a + 1
	return p.toks[a].IsPlace() && p.toks[b].IsPlace() && p.toks[b].Start == p.toks[a].End && p.toks[b].End == i
}

// maxSplitName bounds the runes of a name read over the pieces the
// dictionary cut it into.
const maxSplitName = 5

func allKanji(s string) bool {
	for _, r := range s {
		if !isKanji(r) {
			return false
		}
	}
	return true
}

func allKanjiOrKana(s string) bool {
	for _, r := range s {
		if !isKanji(r) && !isHiragana(r) {
			return false
		}
	}
	return true
}

// kanjiOrKatakana reports a rune a name before an age may end with.
func kanjiOrKatakana(r rune) bool { return isKanji(r) || isKatakanaStart(r) }

// agedName reports a name of two to six kanji or kana that an age in
// brackets may follow (春風蓮（24）).
func agedName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 6 && allKanjiOrKana(s)
}

// foreignName reports a foreign name in katakana with its parts joined by
// ・ (エルサ・ノルドベリ（27）), as an age in brackets may follow it.
func foreignName(s string) bool {
	dot := strings.Index(s, "・")
	if dot <= 0 || dot == len(s)-len("・") || utf8.RuneCountInString(s) > maxForeignName {
		return false
	}
	for _, r := range s {
		if !isKatakanaStart(r) && r != '・' {
			return false
		}
	}
	return true
}

// commonParts reports whether a part of the ・-joined words of
// s[start:end] is one common noun of the dictionary (スポンサー・ブース):
// words, not a foreign name.
func (p *paragraph) commonParts(start, end int) bool {
	s := p.text.Norm
	for i := start; i < end; {
		j := strings.Index(s[i:end], "・")
		e := end
		if j >= 0 {
			e = i + j
		}
		if k, ok := p.tokenAt(i); ok && p.toks[k].End == e && p.toks[k].Known && !p.toks[k].IsProper() {
			return true
		}
		if j < 0 {
			break
		}
		i = e + len("・")
	}
	return false
}

// maxForeignName is the longest foreign name, in runes, read before an age.
const maxForeignName = 20

// nameKeys are the forms a later mention may use for a person: the full
// name, its last ・-part, its family name, and each of them with its
// traditional kanji in common use.
func nameKeys(p *paragraph, m Mention) []string {
	keys := []string{m.Name}
	if i := strings.LastIndex(m.Name, "・"); i >= 0 {
		keys = append(keys, m.Name[i+len("・"):])
	}
	if k, ok := p.tokenAt(m.Start); ok && p.toks[k].IsFamilyName() && p.toks[k].End < m.NameEnd {
		keys = append(keys, p.toks[k].Surface)
	} else if ok && p.toks[k].Tag(0) == "接頭詞" && k+1 < len(p.toks) && p.toks[k+1].IsFamilyName() && p.toks[k+1].End < m.NameEnd {
		keys = append(keys, p.toks[k].Surface+p.toks[k+1].Surface) // 高|阪 of 高阪剛
	} else if ok && p.toks[k].IsPlace() && !p.toks[k].IsCountry() && p.toks[k].End < m.NameEnd && allKanji(p.toks[k].Surface) &&
		utf8.RuneCountInString(p.toks[k].Surface) >= 2 && utf8.RuneCountInString(p.toks[k].Surface) <= 3 {
		keys = append(keys, p.toks[k].Surface) // 林下 of 林下清志: a surname filed as a place
	} else if ok && nounBeforeGiven(p, k) && p.toks[k].End < m.NameEnd {
		keys = append(keys, p.toks[k].Surface) // 浜辺 of 浜辺颯太: a surname filed as a common noun
	}
	for _, k := range keys {
		if c, ok := commonForm(k); ok {
			keys = append(keys, c) // 芹澤花子, later 芹沢
		}
	}
	return keys
}

// joinPeople merges person mentions into entities, then adds bare mentions
// of known names.
func (b *Builder) joinPeople() []article.Entity {
	var ents []article.Entity
	keyOf := map[string]int{} // key → entity (the most recent one wins, but for a family name)
	join := func(p *paragraph, m *Mention) {
		keys := nameKeys(p, *m)
		e := -1
		for ki, k := range keys {
			i, ok := keyOf[k]
			if !ok {
				continue
			}
			if ki > 0 && ents[i].Name != k && !kanaTailOf(m.Name, ents[i].Name) && !kanaTailOf(ents[i].Name, m.Name) {
				// 岡本拓也 is not 岡本誠一: a full name joins by its family
				// name only a person known so far by that name alone, or
				// by a name cut short (森川さわ of 森川さわお).
				continue
			}
			e = i
			break
		}
		if e < 0 {
			e = len(ents)
			ents = append(ents, article.Entity{Name: m.Name})
		}
		if utf8.RuneCountInString(m.Name) > utf8.RuneCountInString(ents[e].Name) {
			ents[e].Name = m.Name
		}
		for ki, k := range keys {
			if i, ok := keyOf[k]; ok && i != e && ki > 0 && ents[i].Name != k {
				// 浜辺颯太, then his mother 浜辺早苗: the family name alone
				// stays the first one's, as writers name the others by
				// their given names.
				continue
			}
			keyOf[k] = e
		}
		m.Entity = e
	}
	b.each(func(p *paragraph) {
		for i := range p.found {
			join(p, &p.found[i])
		}
	})
	if len(ents) == 0 {
		return ents
	}
	// Bare mentions: a whole token (or a whole katakana run) equal to a key.
	var filter nameFilter
	for k := range keyOf {
		filter.add(k)
	}
	b.each(func(p *paragraph) {
		s := p.text.Norm
		for k := 0; k < len(p.toks); k++ {
			if in := p.info[k]; in.bits&iKatakana == 0 && !filter.mayStartKey(in.key) {
				continue // one token, no name starts with
			}
			t := &p.toks[k]
			end, last := t.End, k
			if t.IsKatakana() {
				for last+1 < len(p.toks) && p.toks[last+1].IsKatakana() && p.toks[last+1].Start == end {
					last++
					end = p.toks[last].End
				}
			}
			name := s[t.Start:end]
			if !filter.mayStart(name) {
				k = last
				continue
			}
			if _, ok := keyOf[name]; !ok && !t.IsKatakana() {
				// 沢|ノ|海: a name the dictionary cuts in several words
				for j := k + 1; j < len(p.toks) && j <= k+maxKeyTokens && p.toks[j].Start == p.toks[j-1].End; j++ {
					if _, ok := keyOf[s[t.Start:p.toks[j].End]]; ok {
						end, last = p.toks[j].End, j
						name = s[t.Start:end]
						break
					}
				}
			}
			if !filter.may(name) {
				k = last
				continue
			}
			e, ok := keyOf[name]
			if !ok || utf8.RuneCountInString(name) < 2 && !(isKanji(firstRuneIn(name)) && len(ents[e].Name) > len(name) && strings.HasPrefix(ents[e].Name, name) && oneKanjiSurname(s, t.Start, end)) || !p.free(t.Start, end) {
				k = last
				continue
			}
			if t.IsKatakana() && k > 0 && p.toks[k-1].End == t.Start && p.toks[k-1].Surface == "・" {
				k = last
				continue
			}
			p.add(Mention{Kind: Person, Name: name, Text: name, Start: t.Start, End: end, NameEnd: end, Entity: e})
			k = last
		}
	})
	return ents
}

// maxKeyTokens bounds the further words a bare mention of a name may
// take when the dictionary cuts the name in several.
const maxKeyTokens = 3

// oneKanjiSurname reports whether the one-kanji key at s[start:end] (森,
// 林), the family name of a person named in full, stands where a person does: as the subject or topic (森は, 森が,
// 森も) or at the head of a line of dialogue (森「…」), after no other
// name character. Elsewhere such a word is more often a noun (森の中).
func oneKanjiSurname(s string, start, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:start]); start > 0 && (isKanji(r) || r >= 'ァ' && r <= 'ヺ' || r >= 'ぁ' && r <= 'ゖ' && r != 'は' && r != 'と' && r != 'に' && r != 'も' && r != 'が') {
		return false
	}
	for _, next := range []string{"は", "が", "も", "「", "：", ":"} {
		if strings.HasPrefix(s[end:], next) {
			return true
		}
	}
	return false
}

// ---- organisations ----

// isLatinWord reports whether s is written in ASCII letters alone.
func isLatinWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLatin(s[i]) {
			return false
		}
	}
	return s != ""
}

func isAcronym(s string) bool {
	if len(s) < 2 || s[0] > 'Z' {
		return false
	}
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= '0' && r <= '9', r == '&':
		default:
			return false
		}
	}
	return upper >= 2
}

// startsWithAnaphor reports whether s starts with one of the anaphors
// (同, 両, その, 皆 …).
func startsWithAnaphor(s string) bool {
	for a := range anaphors {
		if strings.HasPrefix(s, a) {
			return true
		}
	}
	return false
}

func orgPart(t *morph.Token) bool {
	if !t.IsNoun() {
		return false
	}
	if r := firstRuneIn(t.Surface); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false // )=, the brackets and signs of an apposition the dictionary files as a noun
	}
	switch t.Tag(1) {
	case "数", "代名詞", "非自立", "副詞可能":
		return false
	case "接尾":
		return t.Tag(2) == "地域" || orgHeads[t.Surface]
	}
	return true
}

// countryAbbrevs are the one-kanji names of countries (米 of 米電子).
const countryAbbrevs = "米露英仏独中韓朝伊印豪加日"

// nameLike reports whether toks, the words before a trade (…食品), name
// something: a proper noun, Latin letters or a word the dictionary does
// not know (北浜, ミナトベイ; not ビジネス of ビジネスホテル), or single kanji the
// dictionary knows only one by one, the pieces of a name it does not
// know. A common word (冷凍, 加工) makes no name.
func nameLike(toks []morph.Token) bool {
	if len(toks) == 0 {
		return false
	}
	single, country := len(toks) >= 2, true
	for i := range toks {
		t := &toks[i]
		country = country && (t.IsCountry() || utf8.RuneCountInString(t.Surface) == 1 && strings.Contains(countryAbbrevs, t.Surface))
		if t.IsProper() || !t.Known || isLatinWord(t.Surface) {
			single = true
		} else {
			single = single && utf8.RuneCountInString(t.Surface) == 1
		}
	}
	// 米国食品, 日本自動車: the goods of a country, no company.
	return single && !country
}

// notOrgs are words that end like an organisation but name an act or
// offices in general (開庁: an office opening; 省庁: the ministries).
var notOrgs = map[string]bool{"開庁": true, "閉庁": true, "登庁": true, "退庁": true, "入庁": true, "出庁": true, "省庁": true, "官庁": true, "中央省庁": true}

// corpForms are the legal forms of a body written before its name.
var corpForms = map[string]bool{"株式会社": true, "有限会社": true, "合同会社": true, "一般社団法人": true, "公益社団法人": true,
	"一般財団法人": true, "公益財団法人": true, "社会福祉法人": true, "学校法人": true, "医療法人": true, "NPO法人": true, "特定非営利活動法人": true}

// maxCorpName bounds the tokens of a name after its legal form.
const maxCorpName = 6

// findOrganizations adds the organisations of p and records acronyms
// introduced with their full name in aliases.
func findOrganizations(p *paragraph, aliases map[string]string) {
	s := p.text.Norm
	// Two passes: a trade (industryHeads) ends a company only where no
	// longer name (北浜自動車販売協会連合) has claimed its words.
	for k := range 2 * len(p.toks) {
		trade := k >= len(p.toks)
		k %= len(p.toks)
		if p.info[k].bits&iOrgHead == 0 || (p.info[k].bits&iIndustry != 0) != trade {
			continue
		}
		t := &p.toks[k]
		if k+1 < len(p.toks) && p.toks[k+1].Start == t.End && orgPart(&p.toks[k+1]) && (p.toks[k+1].IsOrganization() || orgHeads[p.toks[k+1].Surface]) {
			continue
		}
		st := k
		for st > 0 && k-st < 6 && p.toks[st-1].End == p.toks[st].Start && orgPart(&p.toks[st-1]) && p.free(p.toks[st-1].Start, p.toks[st-1].End) {
			st--
		}
		if st < k && startsWithAnaphor(p.toks[st].Surface) {
			st++
		}
		if p.info[k].bits&iIndustry != 0 && !nameLike(p.toks[st:k]) {
			continue // 冷凍食品, 公共交通: a kind of thing, no company
		}
		if st == k && (!t.IsOrganization() || utf8.RuneCountInString(t.Surface) == 1) {
			// 政府, 党 alone; one kanji the dictionary files as a body
			// is a piece of a word it does not know (瑠 of 把瑠海).
			continue
		}
		if st == k && isAcronym(t.Surface) && !t.IsOrganization() {
			continue
		}
		if st == k && isAcronym(t.Surface) && len(t.Surface) <= 3 && k+1 < len(p.toks) && p.toks[k+1].Start == t.End && p.toks[k+1].IsNoun() && !p.toks[k+1].IsSuffix() {
			if r, _ := utf8.DecodeRuneInString(p.toks[k+1].Surface); isKatakanaStart(r) {
				continue // ICカード, USBメモリ: a short acronym opens a word, no body
			}
		}
		if st == k && isLatinWord(t.Surface) && !isAcronym(t.Surface) {
			// Android, Sandwich, microSDHC: the dictionary files every
			// word in Latin letters it does not know as a body; only an
			// acronym (NHK, KDDI) or a word before an organisation's
			// head is one.
			continue
		}
		start, end := p.toks[st].Start, t.End
		if !p.free(start, end) || startsWithAnaphor(s[start:end]) {
			continue
		}
		name := s[start:end]
		if notOrgs[name] {
			continue
		}
		p.add(Mention{Kind: Organization, Name: name, Text: name, Start: start, End: end, NameEnd: end})
		// 北大西洋条約機構(NATO): the acronym names the same body.
		rest := s[end:]
		for _, open := range []string{"(", "（"} {
			if strings.HasPrefix(rest, open) {
				in := rest[len(open):]
				if c := strings.IndexAny(in, ")）"); c > 0 && isAcronym(in[:c]) {
					aliases[in[:c]] = name
				}
			}
		}
	}
	// 株式会社ミナトベイ, 一般社団法人みなと会: the legal form
	// written before the name, which no head after it marks.
	for k := range p.toks {
		if !corpForms[p.toks[k].Surface] {
			continue
		}
		e := k
		for e+1 < len(p.toks) && e-k < maxCorpName && p.toks[e+1].Start == p.toks[e].End && p.toks[e+1].IsNoun() && !p.toks[e+1].IsSymbol() && !p.toks[e+1].IsNumber() && !p.toks[e+1].IsSuffix() {
			e++
		}
		start, end := p.toks[k].Start, p.toks[e].End
		if e == k || !p.free(start, end) {
			continue
		}
		name := s[start:end]
		p.add(Mention{Kind: Organization, Name: name, Text: name, Start: start, End: end, NameEnd: end})
	}
	// JAXA=宇宙航空研究開発機構: an acronym glued to its full name.
	for _, k := range p.acronyms {
		t := &p.toks[k]
		if !p.free(t.Start, t.End) {
			continue
		}
		if k+2 < len(p.toks) && (p.toks[k+1].Surface == "=" || p.toks[k+1].Surface == "＝") {
			for _, m := range p.found {
				if m.Kind == Organization && m.Start == p.toks[k+2].Start {
					aliases[t.Surface] = m.Name
				}
			}
		}
	}
}

// SplitTitle splits a speaker phrase written as name + honorific or title
// (ハワード米大統領, 鈴木さん, 報道官) into the name and the title. ok is
// false when phrase does not end in a known title; name may be "" when the
// phrase is a title alone.
func SplitTitle(phrase string) (name, title string, ok bool) {
	// A title ending the phrase ends with an honorific or a role, maybe
	// after a prefix: the places where one may start are found from the
	// end, and titleAt confirms each. Most phrases end in no title's last
	// rune and are refused at once.
	r, _ := utf8.DecodeLastRuneInString(phrase)
	if !titleEnds.has(r) {
		return phrase, "", false
	}
	best := -1
	try := func(i int) {
		if i >= 0 && (best < 0 || i < best) {
			if n, _, _ := titleAt(phrase, i); n > 0 && i+n == len(phrase) {
				best = i
			}
		}
	}
	for _, h := range honorificByLast[r] {
		if strings.HasSuffix(phrase, h) {
			try(len(phrase) - len(h))
		}
	}
	for _, t := range roleByLast[r] {
		if strings.HasSuffix(phrase, t) {
			i := len(phrase) - len(t)
			try(i)
			for _, pre := range titlePrefixes {
				if strings.HasSuffix(phrase[:i], pre) && (!countryPrefix(pre) || foreignRole(t)) {
					try(i - len(pre))
				}
			}
		}
	}
	if best < 0 {
		return phrase, "", false
	}
	return phrase[:best], phrase[best:], true
}

// countryPrefix reports a country's one-kanji name among titlePrefixes
// (米, 加, 豪).
func countryPrefix(pre string) bool {
	return utf8.RuneCountInString(pre) == 1 && strings.Contains("米露英仏独中韓朝伊印豪加日", pre)
}

// foreignRole reports a role a country's name may come before (米大統領,
// 加首相, 英外相, 豪大使), not a town hall's or a school's rank: in
// 川瀬ゆか加課長 the 加 is the name's.
func foreignRole(t string) bool {
	for _, e := range []string{"大統領", "首相", "相", "大臣", "長官", "官", "大使", "公使", "領事", "特使", "議員", "国王", "女王", "王子",
		"王女", "皇太子", "主席", "党首", "総裁", "議長", "CEO", "最高経営責任者", "院内総務", "院内幹事", "司令官"} {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// honorificByLast and roleByLast hold the honorifics and roles by their
// last rune, for SplitTitle.
var honorificByLast, roleByLast = byLastRune(honorifics), byLastRune(roles)

// bodyAfter reports whether s opens with a word that makes the name
// before it a body's: 北浦地裁, 森田高検.
func bodyAfter(s string) bool {
	for _, b := range courts {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

// Epithet reports whether word, before an honorific, describes a person
// without naming one (常連 in 常連さん, 店員 in 店員さん).
func Epithet(word string) bool { return epithets[word] }

// firstRuneIn returns the first rune of s.
func firstRuneIn(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
