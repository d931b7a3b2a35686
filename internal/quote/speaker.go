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

func (f *finder) isPerson(name string) bool {
	for _, e := range f.x.People {
		if e.Name == name {
			return true
		}
	}
	return false
}

// roleWords end a role printed before a name with ・ (メインキャスター・,
// 野球解説者・) that hasRoleSuffix does not cover.
var roleWords = []string{"キャスター", "アナウンサー", "タレント", "コメンテーター", "リポーター", "レポーター", "司会", "MC", "解説者", "解説"}

// roleWord reports whether head names a role, not a person.
func roleWord(head string) bool {
	if hasSuffixAny(head, roleWords...) || hasRoleSuffix(head) || tieNoun(head) || kinNouns[head] || occupation(head) {
		return true // 父親・マルコ, 司会・森永
	}
	n, _, titled := entity.SplitTitle(head)
	return titled && n == ""
}

// stageName reports whether name, after a role and ・, reads as a name:
// two to five kanji or katakana, no common noun or crowd.
func stageName(name string) bool {
	if c := utf8.RuneCountInString(name); c < 2 || c > 5 {
		return false
	}
	for _, r := range name {
		if !(r >= 0x4E00 && r <= 0x9FFF || r >= 'ァ' && r <= 'ヺ' || r == 'ー') {
			return false
		}
	}
	return !commonNoun(name) && !crowdNoun(name) && !hasRoleSuffix(name)
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
	// A plural: 関係者ら, 選手たち, 野党など.
	for _, pl := range []string{"ら", "たち", "など"} {
		if strings.HasSuffix(s[:j], pl) {
			if r, _ := lastRune(s[:j-len(pl)]); isNameRune(r) && r != '・' || hasSuffixAny(s[:j-len(pl)], "さん", "ちゃん", "くん") {
				j -= len(pl) // 監督ら, 芹澤花子さんら
			}
			break
		}
	}
	// One named with their spouse or family: 沢井健二さん夫妻.
	for _, c := range coupleWords {
		if strings.HasSuffix(s[:j], c) {
			if hasSuffixAny(s[:j-len(c)], "さん", "氏") {
				j -= len(c)
			}
			break
		}
	}
	// A crowd written partly in kana: 子どもたち, お年寄り.
	for _, kc := range kanaCrowds {
		if strings.HasSuffix(s[:j], kc) {
			j -= len(kc)
			break
		}
	}
	// An age: (44) or （44）.
	aged := false
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasSuffix(s[:j], pair[1]) {
			k := strings.LastIndex(s[:j], pair[0])
			// A field after a title is in brackets too: 佐伯教授（国際政治）,
			// 森川教授（リハビリテーション工学）.
			if k < 0 {
				continue
			}
			in := s[k+len(pair[0]) : j-len(pair[1])]
			if k >= j-len(pair[1])-12 || k >= j-len(pair[1])-30 && (hasAgeIn(in) || endsWithTitle(s[:k])) ||
				k >= j-len(pair[1])-maxTitleField*3 && endsWithTitle(s[:k]) && !strings.ContainsAny(in, "、。「」") {
				aged = allDigitsStr(in)
				j = k
			}
		}
	}
	for j > 0 && j < end && s[j-1] == ' ' {
		j-- // 有美子さん (28歳): a space before the age
	}
	j = readingBefore(s, j) // 森川忠（もりかわ・ただし）は
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
			// A given name in hiragana (北川みゆさん, しょうこさん),
			// which does not start with a small kana.
			k := hiraganaBefore(s, j)
			for k < j && strings.ContainsRune("ぁぃぅぇぉっゃゅょゎん", firstRuneOf(s[k:])) {
				k += 3
			}
			if k < j && strings.HasPrefix(s[k:], "う") && strings.HasSuffix(s[:k], "い") {
				k += len("う") // というおさむさん: the う ends いう
			}
			j = readingBefore(s, k) // 森川忠（もりかわ・ただし）さん
			break
		}
	}
	runes := 0
	back := func() { // over name characters, 24 at most in all
		for j > 0 && runes < 24 {
			r, n := lastRune(s[:j])
			if !isNameRune(r) {
				break
			}
			j -= n
			runes++
		}
	}
	back()
	if k := spacedSurname(s, j, end); k < j {
		// 会長の森川 忠は: a family name, a space, a short given name.
		j = k
	}
	if k := kanaGiven(s, j); k < j {
		// A given name in kana before a title: 島田あかね市長.
		if n, _, ok := entity.SplitTitle(s[j:end]); ok && n == "" {
			j = k
			back()
		}
	}
	if j == end {
		// A given name in kana after a family name in kanji, with no
		// title: 川瀬ゆかりは. resolve decides whether it is a person.
		if k := kanaGiven(s, end); k < end {
			j = k
			back()
		}
	}
	if j == end {
		// A stage name in hiragana after its role: 司会のみのもんた.
		k := end
		for n := 0; n < maxKanaName+1 && k > 0; n++ {
			r, w := lastRune(s[:k])
			if r < 'ぁ' || r > 'ゖ' {
				break
			}
			k -= w
		}
		if r, _ := lastRune(s[:k]); isNameRune(r) && strings.HasPrefix(s[k:end], "の") {
			if n := utf8.RuneCountInString(s[k+len("の") : end]); n >= 3 && n <= maxKanaName {
				j = k + len("の")
			}
		}
	}
	for strings.HasPrefix(s[j:end], "・") {
		j += len("・")
	}
	if k := agentStem(s, j); k < j && (j == end || !isNameRune(firstRuneOf(s[j+len("主"):end]))) {
		j = k // 持ち主さん, 買い手の男性: the verb's stem is part of the noun
	}
	return j
}

// spacedSurname returns where the family name starts when s[j:end], a
// name with or without its title, opens with a given name of one or two
// kanji that a space sets apart from a family name of one to three kanji
// (森川 忠, 森川 忠会長, as pages print names), else j. A post or a body
// before the space (広報 森川) is no family name.
func spacedSurname(s string, j, end int) int {
	if j < 2 || s[j-1] != ' ' {
		return j
	}
	given, _, _ := entity.SplitTitle(s[j:end])
	if n := utf8.RuneCountInString(given); n < 1 || n > 2 || !allKanji(given) {
		return j
	}
	k := j - 1
	runes := 0
	for k > 0 && runes < 4 {
		r, n := lastRune(s[:k])
		if (r < 0x4E00 || r > 0x9FFF) && r != '々' {
			break // 佐々木 keeps its 々
		}
		k -= n
		runes++
	}
	if runes < 1 || runes > 3 {
		return j
	}
	sur := s[k : j-1]
	if _, _, titled := entity.SplitTitle(sur); titled || orgUnit(sur) || occupation(sur) || hasRoleSuffix(sur) {
		return j
	}
	return k
}

// allKanji reports whether s is made of kanji (and 々) only.
func allKanji(s string) bool {
	for _, r := range s {
		if (r < 0x4E00 || r > 0x9FFF) && r != '々' {
			return false
		}
	}
	return s != ""
}

// agentStem returns where the stem of a verb starts (持ち of 持ち主, 買い
// of 買い手) when s[j:] opens with 主 or 手, the noun of the one who does
// it, right after a kanji and its continuative kana; else j.
func agentStem(s string, j int) int {
	if !strings.HasPrefix(s[j:], "主") && !strings.HasPrefix(s[j:], "手") {
		return j
	}
	kana, n := lastRune(s[:j])
	if n == 0 || !strings.ContainsRune("いりしきちみびぎけせえれ", kana) {
		return j
	}
	stem, m := lastRune(s[:j-n])
	if m == 0 || stem < 0x4E00 || stem > 0x9FFF {
		return j
	}
	return j - n - m
}

// orgKinds are the kinds of body a title may follow (会社社長, 病院長,
// 球団社長): with one, the title names a role, not a person's surname.
var orgKinds = map[string]bool{
	"会社": true, "企業": true, "病院": true, "学校": true, "球団": true, "協会": true, "団体": true, "銀行": true, "商社": true, "工場": true,
	"店": true, "事務所": true, "財団": true, "法人": true, "組合": true, "大学": true, "劇団": true, "出版社": true, "外資系": true,
}

// maxKanaName bounds the runes of a stage name in hiragana.
const maxKanaName = 7

// maxApposition bounds the bytes of an address in apposition between
// equals signs after a name: twenty characters.
const maxApposition = 20 * 3

// readingBefore returns where a name's reading in brackets ending s[:j]
// starts (森川忠（もりかわ・ただし）, 沢井（さわい）), or j when s[:j] does
// not end with one.
func readingBefore(s string, j int) int {
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if !strings.HasSuffix(s[:j], pair[1]) {
			continue
		}
		lo := max(0, j-len(pair[1])-maxReading-len(pair[0]))
		if o := strings.LastIndex(s[lo:j], pair[0]); o > 0 || o == 0 && lo > 0 {
			if isReading(readingMarks.Replace(s[lo+o+len(pair[0]) : j-len(pair[1])])) {
				return lo + o
			}
		}
		return j
	}
	return j
}

// readingMarks are taken out of a reading before it is read: the dot
// between family and given name, spaces.
var readingMarks = strings.NewReplacer("・", "", " ", "", "\u3000", "")

// maxTitleField bounds, in runes, the field of study or work in brackets
// after a title (教授（リハビリテーション工学）).
const maxTitleField = 16

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

// surnameOf returns the one person of the article whose name p, a kanji
// word of two runes or more, opens with a given name of one to three
// runes after it (春風 of 春風蓮), or "".
func (f *finder) surnameOf(p string) string {
	n := utf8.RuneCountInString(p)
	if f.x == nil || n < 2 || !kanjiRun(p) {
		return ""
	}
	found := ""
	for _, e := range f.x.People {
		if m := utf8.RuneCountInString(e.Name); strings.HasPrefix(e.Name, p) && m > n && m-n <= 3 {
			if found != "" && found != e.Name {
				return "" // two people share it
			}
			found = e.Name
		}
	}
	return found
}

// askedVerbs are the ways a report says the reporter spoke to someone
// just before that person's words: …に声をかけると、「…」.
var askedVerbs = []string{"に声をかけると", "に話しかけると", "に話を聞くと", "に聞くと", "に尋ねると", "にたずねると", "に問うと",
	"に感想を聞くと", "に感想を尋ねると", "に理由を聞くと", "に理由を尋ねると"}

// maxAddressee bounds the words naming the one spoken to, in bytes.
const maxAddressee = 30 * 3

// addressee reads, in s[start:open] (the sentence up to a quotation),
// the one the reporter spoke to just before the words (…男性に声をかける
// と、「…」): the phrase before に, from the clause's start or after a
// place (路地で), a topic or a comma. It returns its bounds.
func addressee(s string, start, open int) (int, int, bool) {
	head := strings.TrimRight(s[start:open], " 　")
	head = strings.TrimSuffix(head, "、")
	for _, v := range askedVerbs {
		if !strings.HasSuffix(head, v) {
			continue
		}
		e := start + len(head) - len(v)
		st := e
		for st > start {
			r, size := utf8.DecodeLastRuneInString(s[start:st])
			if r == '、' || r == '。' || r == '」' {
				break
			}
			if r == 'で' || r == 'は' {
				// 路地で, 記者は: a place or the asker before the phrase,
				// after a noun
				if q, _ := utf8.DecodeLastRuneInString(s[start : st-size]); q >= 0x4E00 && q <= 0x9FFF || q >= 0x30A0 && q <= 0x30FF {
					break
				}
			}
			st -= size
		}
		if e-st < 2*3 || e-st > maxAddressee {
			return 0, 0, false
		}
		return st, e, true
	}
	return 0, 0, false
}

// dropAge removes an age in brackets closing a speaker however it was
// read (スーパーの店長(58) → スーパーの店長), or a reading with the
// honorific after it (森川忠（もりかわ・ただし）さん → 森川忠): they tell of
// the person, they are no part of the name.
func dropAge(p string) string {
	// 森川忠（もりかわ・ただし）さん: the reading goes, and the honorific
	// after it.
	for _, h := range []string{"さん", "氏", ""} {
		if q, ok := strings.CutSuffix(p, h); ok {
			if k := readingBefore(q, len(q)); k < len(q) {
				return q[:k]
			}
		}
	}
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		in, ok := strings.CutSuffix(p, pair[1])
		if !ok {
			continue
		}
		k := strings.LastIndex(in, pair[0])
		if k <= 0 {
			continue
		}
		age := strings.TrimSuffix(in[k+len(pair[0]):], "歳")
		if age != "" && strings.Trim(age, "0123456789") == "" {
			return p[:k]
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
	if anaphoricSpeakers[p] || titled || hasRoleSuffix(p) || occupation(p) || tieNoun(trimPlural(p)) || kinNouns[p] {
		return true
	}
	if crowdNoun(p) {
		return true // ファン, 関係者ら: a crowd speaks through its voices
	}
	return kata && morph.IsKatakana(p) && utf8.RuneCountInString(p) >= 2 && !commonNoun(p)
}

// coupleWords follow the name of one person to speak of them with their
// spouse or family (沢井健二さん夫妻, 森川さん一家).
var coupleWords = []string{"ご夫妻", "夫妻", "ご夫婦", "夫婦", "一家", "親子", "兄弟", "姉妹"}

// resolve turns the phrase s[start:end] of paragraph pi into a speaker.
func (f *finder) resolve(t morph.Text, pi int, s string, start, end int) who {
	if start >= end {
		return who{}
	}
	phrase := s[start:end]
	p := stripAge(phrase)
	if asides[strings.Trim(p, "()（）")] {
		return who{} // （笑）: an aside in brackets, no one
	}
	if everyone[p] {
		return who{} // 女子の皆さん: the readers, no speaker
	}
	if firstPerson[p] && !f.turnIn(pi) {
		// 私が「…」と言うと: the writer of a letter, a column or a blog,
		// whom the caller names from the byline (see AttributeTexts); in
		// a turn of a dialogue (森川：私は…) the one whose turn it is.
		return who{name: writerName, span: t.Span(start, end)}
	}
	if f.heads[p] && !firstPerson[p] && onlyHiragana(p) {
		// ひなたは…「…」と: a name in kana the page's dialogue gives a
		// speaker, which neither the dictionary nor the shape of a name
		// tells.
		return who{name: p, span: t.Span(start, end)}
	}
	if hasSuffixAny(p, talkTopics...) {
		return who{} // 日程は「…」とした: what the words are about
	}
	if placeArea(p) {
		return who{} // 北浜港周辺では…、気象台は「…」: where, not who
	}
	if bareOrgs[p] {
		// 港北大学と市でつくる研究チームは…。チームは「…」としている:
		// the body named before in full, told again by its last word.
		if w := f.namedEndingIn(pi, start, p); w.name != "" {
			w.span, w.rule = t.Span(start, end), rulePronoun
			return w
		}
	}
	if p == "方" && strings.HasSuffix(s[:start], "の") {
		// 司書の方, 賞の事務局の方: the polite word for a person after what
		// they are; that is the speaker.
		if k := ofBefore(s, start); k < start {
			// Only a trade or an office (司書, 編集, 事務局): 競馬ファンの
			// 方, 4割の方 are anyone of a crowd.
			if e := start - len("の"); hasRoleSuffix(s[k:e]) || hasSuffixAny(s[k:e], politeRoles...) {
				return who{name: s[k:e], span: t.Span(k, e)}
			}
		}
	}
	if w := bracketedOwner(t, s, start, end, p); w.name != "" {
		return w
	}
	if q, ok := cutAnySuffix(p, "本人", "自身"); ok && q != "" {
		if strings.HasSuffix(s[start:end], p) {
			end -= len(p) - len(q) // the name is read without the word
		}
		p = q // 松井投手本人, 森さん自身
	}
	if q, ok := cutAnySuffix(p, coupleWords...); ok && hasSuffixAny(q, "さん", "氏") {
		if strings.HasSuffix(s[start:end], p) {
			end -= len(p) - len(q)
		}
		p = q // 沢井健二さん夫妻: the one named speaks for the couple
	}
	if selfWords[p] && f.x != nil {
		// 当の本人, ご本人: the person the sentence has just named.
		var last *entity.Mention
		for _, m := range f.x.Mentions(pi) {
			if m.Kind == entity.Person && m.End <= start {
				last = &m
			}
		}
		if last != nil {
			return who{name: f.x.Name(*last), span: t.Span(start, end), rule: rulePronoun}
		}
	}
	if p == "自身" && start > 0 {
		// 沢井さん自身は: the name written right before it.
		if k := phraseBefore(s, start); k < start {
			if w := f.resolve(t, pi, s, k, start); w.name != "" && w.name != anaphorName {
				w.span = t.Span(k, end)
				return w
			}
		}
	}
	if anaphoricSpeakers[p] || selfWords[p] {
		return who{name: anaphorName, span: t.Span(start, end)}
	}
	if (offices[p] || bodyKanji[p]) && (start == 0 || !isNameRune(lastRuneOf(s[:start]))) && hasPrefixAny(s[end:], "は", "も") {
		// 県は「…」としている: the authority of the place the text is
		// about, a speaker in its own right. 園は after a zoo named in
		// full is that zoo, as 同園 is.
		if bodyKanji[p] {
			if w := f.namedEndingIn(pi, start, p); w.name != "" {
				w.org, w.span = w.name, t.Span(start, end)
				return w
			}
		}
		return who{name: p, org: p, span: t.Span(start, end)}
	}
	if municipality(p) && f.x != nil && f.placeAt(pi, start, end) && hasPrefixAny(s[end:], "は", "も") && strings.Contains(s[end:], "「") {
		// 北浜市は「…」としている: a city, a town or a prefecture speaks
		// through its statements; the dictionary tells it from a name
		// (野村, 高市).
		return who{name: p, org: p, span: t.Span(start, end)}
	}
	if orgUnit(p) && hasPrefixAny(s[end:], "は", "も") {
		// 県教育委員会は「…」としている, 北浜市港湾課は: an office or a
		// body speaks through its statements. A bare 会社 is named by
		// the clause before it (港を管理する会社).
		st := start
		if genericOrgs[p] {
			st = clauseBefore(s, start)
		}
		if st == start && (genericOrgs[p] || strings.HasSuffix(p, "会社")) {
			// 運営会社は, after 運営会社「港北サービス」 was named: that body.
			if w := f.bracketOrg(pi, start, p); w.name != "" {
				w.org, w.span = w.name, t.Span(start, end)
				return w
			}
		}
		if st == start && slices.Contains(namedKinds, p) {
			// 気象台は, after 北浜地方気象台 was named: that body.
			if w := f.namedEndingIn(pi, start, p); w.name != "" {
				w.org, w.span = w.name, t.Span(start, end)
				return w
			}
		}
		return who{name: s[st:end], org: s[st:end], span: t.Span(st, end)}
	}
	if rest, ok := strings.CutPrefix(p, "新"); ok && f.x != nil {
		// 新村長は, 新会長は: the one just elected or named to the post,
		// named before with the title, else the last person named.
		if n, title, titled := entity.SplitTitle(rest); titled && n == "" && title == rest {
			if w := f.titled(pi, start, title); w.name != "" {
				w.rule = ruleTitle
				return w
			}
			if w := f.lastPerson(pi, start); w.name != "" {
				w.span, w.rule = t.Span(start, end), ruleTitle
				return w
			}
		}
	}
	if heroWords[p] {
		// この日の立役者は「…」: the one the story is about, the last
		// person it named; the word itself names nobody.
		if f.x != nil {
			if w := f.lastPerson(pi, start); w.name != "" {
				w.span, w.rule = t.Span(start, end), ruleTitle
				return w
			}
		}
		return who{}
	}
	if title, ok := epithetTitles[p]; ok {
		// 指揮官は: the one the article named with the title the epithet
		// stands for (榊原剛監督).
		if w := f.titled(pi, start, title); w.name != "" {
			w.rule = ruleTitle
			return w
		}
	}
	if issuedNouns[p] {
		// 声明は「…」としている: the issuer, named before.
		if k := ofBefore(s, start); k < start {
			return f.resolve(t, pi, s, k, start-len("の"))
		}
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
		// 同関係者, 同幹部: the source named before with that role
		// (日本政府関係者によると…。同関係者は).
		if !sameOrgs[p] && (hasRoleSuffix(rest) || crowdNoun(rest)) {
			if name := f.sameRole(pi, start, rest); name != "" {
				return who{name: name, span: t.Span(start, end), rule: rulePronoun}
			}
		}
	}
	if sameOrgs[p] {
		// 同社は「…」と説明した: the organisation named last.
		if w := f.sameOrg(pi, start, p); w.name != "" {
			w.span = t.Span(start, end) // the mention the attribution used
			return w
		}
	}

	if d := strings.Index(p, "・"); d > 0 && f.x != nil && strings.HasPrefix(phrase, p) && kanjiRun(p[:d]) && nameShape(p[:d]) && !roleWord(p[:d]) &&
		(f.personAt(pi, start, start+d) || !f.personIn(pi, start+d+len("・"), end)) {
		// 村岡健太・北浜市長: a name, then the post it holds; not
		// 北浜・森川忠監督, a team, then the person who speaks.
		if _, _, titled := entity.SplitTitle(p[d+len("・"):]); titled {
			if w := f.resolve(t, pi, s, start, start+d); w.name != "" && (f.isPerson(w.name) || w.guess && f.surnameAlone(p[:d])) {
				w.guess = false // 岸本・北浜市長: the post confirms the surname
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
	if d := strings.LastIndex(p, "・"); d > 0 && strings.HasPrefix(phrase, p) {
		// メインキャスター・剣斗: a role, then a name the dictionary may
		// not know.
		if head, name := p[:d], p[d+len("・"):]; roleWord(head) && stageName(name) {
			return who{name: name, span: t.Span(start+d+len("・"), start+len(p))}
		}
	}
	if n := lastOf(p); latinName(n) {
		// RINA, K子: a stage name or an initial, which no dictionary holds.
		return who{name: n, span: t.Span(end-len(n), end)}
	}
	if k := ofBefore(s, start); k < start && sameOrgs[s[k:start-len("の")]] && (hasRoleSuffix(trimPlural(p)) || crowdNoun(p) || slices.Contains(occupations, p)) {
		// 同社の広報担当者は: the one in that role at the organisation
		// named last.
		if w := f.sameOrg(pi, k, s[k:start-len("の")]); w.name != "" {
			org := w.name
			if crowdNoun(p) && sameArea[s[k:start-len("の")]] {
				org = "" // 同市の男性: one who lives there, not one who speaks for the city
			}
			return who{name: w.name + "の" + p, org: org, span: t.Span(k, end), rule: rulePronoun}
		}
	}
	bare := start // where the phrase began before its "Xの"
	if b := trimPlural(p); utf8.RuneCountInString(b) <= 3 && (b == "人" || crowdNoun(b) || hasRoleSuffix(b)) || slices.Contains(occupations, b) {
		// 商店街の人たちは, 市の担当者は, 70代の男性は: an unnamed
		// speaker with what it is of. A title (院長) stays bare: it
		// names the person named with it before.
		if _, _, titled := entity.SplitTitle(b); !titled {
			if k := ofBefore(s, start); k < start {
				start = k
				p = stripAge(s[start:end])
				if w := f.mentionedBefore(p); w.name != "" {
					w.span, w.rule = t.Span(start, end), rulePronoun
					return w
				}

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
	guess := false
	if !aged && !speakerishSplit(trimOneOf(p), titled, false) {
		// Only a name in katakana is left: without morphology any
		// that is no common noun, with it one the dictionary files
		// as a name or does not hold (see foreignName).
		known := false
		if f.x == nil {
			if !speakerishSplit(trimOneOf(p), titled, true) {
				return who{}
			}
		} else if ok, k := f.foreignName(p); ok {
			known = k
		} else if full := f.surnameOf(p); full != "" {
			// 春風は, after FW春風蓮(24): the surname of someone the
			// article named, whatever the dictionary holds it as.
			return who{name: full, span: t.Span(start, end), org: orgBefore(f, t, pi, s, start)}
		} else if !f.kanaName(p) && !f.surnameAlone(p) {
			return who{}
		}
		guess = !known
	}
	if utf8.RuneCountInString(p) == 1 && hasRoleSuffix(p) {
		return who{} // 者 or 長 cut from a longer word
	}
	// A trade alone (シェフ, 店のデザイナー) speaks only where a verb of
	// speech says so: シェフがもてなす…のテーマは「…」 is no one's words.
	w.guess = guess || !titled && occupation(p) && !crowdNoun(p)
	if titled && name == "" && title == p {
		if m := otherMarkBefore(s[:start]); m != "" {
			// 別の市議, ある幹部: one more with the title, not the
			// person named with it before.
			start -= len(m)
			return who{name: s[start:end], span: t.Span(start, end)}
		}
		if b := bracketNameBefore(s, start); b < start {
			// Kazu（桑名航一）選手は: the name in brackets before the
			// title.
			_, n := lastRune(s[:start])
			be := start - n
			if w := f.resolve(t, pi, s, b, be); w.name != "" && w.name != anaphorName {
				w.span, w.guess = t.Span(b, end), false
				return w
			}
			if in := s[b:be]; kanjiRun(in) && nameShape(in) && !f.commonWords(in) {
				return who{name: in, span: t.Span(b, end)}
			}
		}
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
	if titled && name != "" && entity.LocalOffice(title) && (f.x != nil && f.placeAt(pi, start, start+len(name)) || f.x == nil && f.placeNamed(pi, name+strings.TrimPrefix(title, "副")[:len("市")])) {
		// 港南市長: the head of the city, named with the title before,
		// else the office itself.
		if tw := f.titled(pi, start, title); tw.name != "" {
			tw.rule = ruleTitle
			return tw
		}
		w.name = p
		return w
	}
	if titled && name != "" {
		// A katakana name after a title of its own (外交顧問イワン・ペトレンコ氏).
		k := len(name)
		for k > 0 {
			r, n := lastRune(name[:k])
			if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・') {
				break
			}
			k -= n
		}
		head := 0 // a katakana name before the department of its title: ハリス|国務副長官
		for head < len(name) {
			r, n := firstRune(name[head:])
			if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・') {
				break
			}
			head += n
		}
		switch {
		case k < len(name) && utf8.RuneCountInString(name[k:]) >= 2:
			w.span = t.Span(start+k, end)
			p = strings.TrimLeft(name[k:], "・")
		case utf8.RuneCountInString(name[:head]) >= 2 && head < len(name) && utf8.RuneCountInString(name[head:]) <= 3 && kanjiRun(name[head:]):
			w.span = t.Span(start, start+head)
			p = name[:head]
		case utf8.RuneCountInString(name) <= 6 && !entity.Epithet(name) && !orgKinds[name] && !(utf8.RuneCountInString(name) >= 2 && f.commonWords(name)):
			p = name // 山田社長 is 山田; 会社社長 stays a role
		}
	}
	w.name = p
	if q, ok := strings.CutSuffix(p, "など"); ok && q != "" {
		w.name = q // 野党などが指摘: the crowd, not its "and others"
	}
	return w
}

// offices are the authorities news text names by one kanji (県は, 市は):
// the prefecture, the city, the town, the village, the ward, the state.
var offices = map[string]bool{"県": true, "市": true, "町": true, "村": true, "区": true, "国": true, "都": true, "府": true, "道": true}

// bodyKanji are the bodies news text names by one kanji once it has named
// them in full, as it does with 同: 園は after a zoo, 館は after a museum,
// 署は after a police station, 校は after a school.
var bodyKanji = map[string]bool{"園": true, "館": true, "署": true, "校": true}

// placeAt reports whether the entities hold a place mentioned at exactly
// [start, end) of paragraph pi's text.
func (f *finder) placeAt(pi, start, end int) bool {
	for _, m := range f.x.Mentions(pi) {
		if m.Kind == entity.Place && m.Start == start && m.End == end {
			return true
		}
	}
	return false
}

// placeNamed reports whether paragraph pi or the few before it name the
// place (港南市) other than in its head's title (港南市長). It looks at
// maxTitleTries places at most, so that a text of titles is read in
// linear time.
func (f *finder) placeNamed(pi int, place string) bool {
	tries := 0
	for j := pi; j >= 0 && j >= pi-maxTitleBack && j < len(f.paras); j-- {
		s := f.text(j).Norm
		for i := strings.Index(s, place); i >= 0 && tries < maxTitleTries; tries++ {
			if !strings.HasPrefix(s[i+len(place):], "長") {
				return true
			}
			k := strings.Index(s[i+len(place):], place)
			if k < 0 {
				break
			}
			i += len(place) + k
		}
	}
	return false
}

// personIn reports whether the entities hold a person mentioned inside
// [start, end) of paragraph pi's text.
func (f *finder) personIn(pi, start, end int) bool {
	for _, m := range f.x.Mentions(pi) {
		if m.Kind == entity.Person && m.Start >= start && m.End <= end {
			return true
		}
	}
	return false
}

// orgUnitEnds end the name of an office or a body that issues statements
// (北浜市観光課, 県教育委員会, 運営会社).
var orgUnitEnds = []string{"課", "局", "署", "庁", "省", "委員会", "事務所", "協会", "組合", "連盟", "本部", "会社", "企業", "財団", "機構", "病院", "議会", "学会", "協議会", "センター", "気象台", "研究所", "保健所",
	"役場", "役所", "医師会", "商工会", "自治会", "町内会", "商店会", "振興会", "保存会", "後援会", "漁協", "農協", "生協",
	"連絡会", "連合会", "研究会", "審議会", "懇談会", "評議会", "協同組合", "連合", "団体",
	// research stations, public houses of collections and animals, and
	// the utilities' and carriers' trade words companies end in
	"試験場", "研究室", "動物園", "水族館", "博物館", "美術館", "資料館", "記念館", "図書館", "送配電", "電力", "鉄道", "交通", "ガス", "航空"}

// namedKinds are kinds of body a text names in full once and by the kind
// alone after (港町地方気象台, then 気象台).
var namedKinds = []string{"気象台", "研究所", "保健所", "委員会", "協会", "組合", "連盟", "財団", "機構", "学会", "協議会", "センター", "病院"}

// genericOrgs are bodies named by their kind alone, which a clause before
// them describes (港を管理する会社).
var genericOrgs = map[string]bool{"会社": true, "企業": true, "病院": true, "運営会社": true}

// municipality reports whether p names a city, a town, a village, a ward
// or a prefecture: two to eight runes of kanji, katakana or ノ ending in
// one of 市, 町, 村, 区, 県, 都, 府 (北浜市, 坂ノ上町).
func municipality(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 2 || n > 8 || strings.HasPrefix(p, "同") || !hasSuffixAny(p, "市", "町", "村", "区", "県", "都", "府") {
		return false
	}
	for _, r := range p {
		if !unicode.In(r, unicode.Han, unicode.Katakana) && r != 'ー' {
			return false
		}
	}
	return true
}

// orgUnit reports whether p names an office or a body: sixteen runes at
// most of kanji or katakana ending in one of orgUnitEnds. 同課 and its
// like are read by sameOrgs.
func orgUnit(p string) bool {
	if strings.HasPrefix(p, "同") || !hasSuffixAny(p, orgUnitEnds...) || utf8.RuneCountInString(p) > 16 {
		return false
	}
	for _, r := range p {
		if !unicode.In(r, unicode.Han, unicode.Katakana) && r != 'ー' && r != '・' {
			return false
		}
	}
	return true
}

// maxClauseBefore bounds, in bytes, the clause read back before a noun
// it describes.
const maxClauseBefore = 24 * 3

// clauseBefore returns where the clause that ends at start begins: after
// the last 、, 。, 」, space or line break within maxClauseBefore bytes;
// start when the text before does not end in a verb or adjective form
// that can describe a noun, or no clause boundary is that near.
func clauseBefore(s string, start int) int {
	if !hasSuffixAny(s[:start], "る", "た", "い") {
		return start
	}
	lo := max(0, start-maxClauseBefore)
	k := strings.LastIndexAny(s[lo:start], "、。 」\n")
	if k < 0 {
		if lo > 0 {
			return start
		}
		return 0
	}
	k += lo
	_, n := utf8.DecodeRuneInString(s[k:])
	return k + n
}

// kanjiRun reports whether s is written in kanji alone.
func kanjiRun(s string) bool {
	for _, r := range s {
		if !(r >= 0x4E00 && r <= 0x9FFF) && r != '々' {
			return false
		}
	}
	return s != ""
}

// endsWithTitle reports whether s ends with a title or an honorific
// (教授, 社長, 氏), read from its last few characters.
func endsWithTitle(s string) bool {
	k := len(s)
	for n := 0; n < 6 && k > 0; n++ {
		_, w := lastRune(s[:k])
		k -= w
	}
	_, _, ok := entity.SplitTitle(s[k:])
	return ok
}

// otherMarkBefore returns the words right at the end of s that make the
// title after them someone not yet named (別の市議, ほかの幹部, ある社員),
// or "".
func otherMarkBefore(s string) string {
	for _, m := range []string{"別の", "他の", "ほかの", "もう一人の", "もう1人の", "もうひとりの", "ある", "複数の", "一部の", "若手の", "ベテランの"} {
		if strings.HasSuffix(s, m) {
			return m
		}
	}
	return ""
}

// kanaName reports, with morphology, whether p may be a stage name in
// hiragana (みのもんた): three to maxKanaName hiragana that the dictionary
// does not read as one word (みんな) nor as a run of particles and verbs.
func (f *finder) kanaName(p string) bool {
	n := utf8.RuneCountInString(p)
	if f.an == nil || n < 3 || n > maxKanaName {
		return false
	}
	for _, r := range p {
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
	}
	toks := f.an.Tokenize(p)
	if len(toks) < 2 {
		return false // one word the dictionary knows, or none
	}
	if toks[0].IsPerson() {
		return true // みの|もん|た: a name's start is enough
	}
	for i := range toks {
		if toks[i].IsPredicate() || toks[i].IsParticle() && i == len(toks)-1 {
			return false
		}
	}
	return true
}

// surnameAlone reports whether p, two to four kanji, is one word the
// dictionary files as a person's name (遠藤, 健太): a bare surname as sports
// and entertainment pages print it, a guess that a verb of speech must
// confirm.
func (f *finder) surnameAlone(p string) bool {
	if f.an == nil || morph.IsKatakana(p) || !nameShape(p) {
		return false
	}
	toks := f.an.Tokenize(p)
	return len(toks) == 1 && toks[0].IsPerson()
}

// maxForeignRunes bounds a name in katakana read by foreignName.
const maxForeignRunes = 16

// foreignName reports whether p, a phrase in katakana that no person entity
// vouches for, is a name with morphology (see properName), and whether the
// dictionary knows every word of it as a name (ジェシカ) rather than not at
// all (ミレーユ): most foreign names are unknown to the dictionary, which
// files them as proper nouns, but so are many brands.
func (f *finder) foreignName(p string) (ok, known bool) {
	if !morph.IsKatakana(p) {
		return false, false
	}
	return f.properName(p)
}

// properName reports whether, with morphology, every word of p is a
// person's name or a proper noun the dictionary does not hold (ジェシカ,
// 矢部), none a common noun (コーナー, スタッフ, 映画), and whether every
// word is a name the dictionary knows.
func (f *finder) properName(p string) (ok, known bool) {
	if f.an == nil || commonNoun(p) || crowdNoun(p) {
		return false, false
	}
	if n := utf8.RuneCountInString(p); n < 2 || n > maxForeignRunes {
		return false, false
	}
	toks := f.an.Tokenize(p)
	if len(toks) == 0 {
		return false, false
	}
	known = true
	for i := range toks {
		t := &toks[i]
		if t.Surface == "・" {
			continue
		}
		if !t.IsProper() || t.Known && !t.IsPerson() {
			return false, false
		}
		known = known && t.IsPerson()
	}
	return true, known
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
	if w := f.agentAfter(t, pi, s, off, rest); w.name != "" {
		return w
	}
	// A description, then the speaker right before the verb: と社員教育を
	// 担当している山田さん（45歳）は言う.
	if vAt > 0 {
		head := strings.TrimRight(rest[:vAt], " 、")
		for _, pt := range []string{"は", "が"} {
			if h, ok := strings.CutSuffix(head, pt); ok {
				if st := phraseBefore(h, len(h)); st > 0 && st < len(h) && !strings.Contains(h[:st], "\x00") {
					if w := f.resolve(t, pi, s, off+st, off+len(h)); w.name != "" && w.name != anaphorName {
						return w
					}
				}
				break
			}
		}
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
		if r == 'も' && quotative == "と" && i > 0 {
			// と山崎も同意した: one more who said it, marked with も; と
			// 何度も is no one, and the scan goes on.
			if st := phraseBefore(rest, i); st == 0 || st < i && strings.HasSuffix(rest[:st], "の") && !containsAny(rest[:st], "、", "を", "に", "で") {
				if w := f.resolve(t, pi, s, off+st, off+i); w.name != "" && w.name != anaphorName && !titleAlone(w.name) {
					return w
				}
			}
			i += n
			continue
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
					// 「…」という健太は: the place of the speaker confirms
					// a name read from the dictionary alone.
					w.guess = w.guess && quotative != "という"
					return w
				}
			}
			break
		}
		if quotative == "という" && i > 0 && strings.ContainsRune("にもをへと", r) &&
			!hasPrefixAny(rest[i+n:], "いる", "いた", "居る", "存在", "多い", "多く", "少な", "ある", "あり", "おり", "ついて", "対", "とって", "よ", "関") {
			// 「…」という沢井に拍手が送られた, という沢井を迎えた: the
			// words of the person the clause describes, whatever case
			// marks them, when a name alone stands between; not one of
			// a kind (という兄もいる, という弟も存在する), nor a topic
			// (というルールについて), and not with の, whose head noun
			// after it is the one described (という夫の両親).
			if st := phraseBefore(rest, i); st == 0 {
				if w := f.resolve(t, pi, s, off, off+i); w.name != "" && w.name != anaphorName && !crowdNoun(w.name) && !titleAlone(w.name) && !tieNoun(w.name) {
					w.guess = false
					// 「…」という西尾氏に、「…」と返す: the next words
					// are the reply of someone else.
					w.handed = r == 'に'
					return w
				}
			}
		}
		if r == '、' || r == 'を' || r == 'に' {
			break
		}
		i += n
	}
	// After the verb, ending the sentence: と苦笑する西尾監督。, と素早いツッ
	// コミを入れた沢井。, and the cleft と語るのは、…弟のXだ。
	if vAt >= 0 && !passiveVerb(verb) {
		tail := rest[vAt+len(verb):]
		for _, light := range lightVerbs {
			if after, ok := strings.CutPrefix(tail, light); ok {
				verb, tail = verb+light, after
				break
			}
		}
		body, ok := "", false
		for _, c := range []string{"のは", "のも"} {
			// と助言してくれたのも、…: the cleft that adds the speaker to
			// others, as surely as the one with は.
			if body, ok = strings.CutPrefix(tail, c); ok {
				break
			}
			// と…告白してくれたのは、: the verb's endings before のは.
			if k := strings.Index(tail, c); k > 0 && k <= maxCleftEnding && onlyHiragana(tail[:k]) {
				body, ok = tail[k+len(c):], true
				break
			}
		}
		if ok || strings.HasPrefix(tail, "のが、") {
			if !ok {
				body = tail[len("のが"):] // と一蹴したのが、…だった
			}
			if w := f.cleft(t, pi, s, off+vAt+len(verb)+len(tail)-len(body), body); w.name != "" {
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
			base := off + vAt + len(verb)
			if p := tail[:k]; (bareName(p) || f.seenName(p, t.Span(base, base+k).Start)) && !f.commonWords(stripAge(p)) {
				return who{name: stripAge(p), span: t.Span(base, base+k)}
			}
		}
	}
	// The speaker right after the verb, before a particle: と話す山田さん
	// （32）もその一人だ, と語る山田さんは.
	if vAt >= 0 && !passiveVerb(verb) {
		tail := rest[vAt+len(verb):]
		if e := nameAhead(tail, "も", "は", "が", "だ", "であ", "。", "の", "など", "ら", "に"); e > 0 {
			base := off + vAt + len(verb)
			if w := f.resolve(t, pi, s, base, base+e); w.name != "" && w.name != anaphorName && !possessor(w.name, tail[e:]) {
				// と語る前田に、「…」: spoken to next, by someone else.
				w.handed = strings.HasPrefix(tail[e:], "に")
				return w
			}
			// と語る杉浦だった: a name the entities do not know, where
			// only a name stands.
			if p := tail[:e]; strings.HasPrefix(tail[e:], "だ") && (bareName(p) || f.seenName(p, t.Span(base, base+e).Start)) && !f.commonWords(stripAge(p)) {
				return who{name: stripAge(p), span: t.Span(base, base+e)}
			}
		}
	}
	// The speaker's words named after the speaker: と山田さんの声, と同店
	// スタッフの弁, と、観客の感想も分かれた.
	body, at := rest, off
	if quotative == "と" {
		body = strings.TrimLeft(rest, "、")
		at += len(rest) - len(body)
	}
	if j := strings.Index(body, "の"); (quotative == "と" || quotative == "との" || quotative == "という") && j > 0 && j <= maxNamePhrase &&
		(wordsOf(body[j:]) || voiceSet.prefixOf(body[j+len("の"):])) {
		if nameAhead(body[:j+len("の")], "の") == j {
			if w := f.resolve(t, pi, s, at, at+j); w.name != "" && w.name != anaphorName {
				return w
			}
		}
		if k := kinOf(body[:j]); k != "" {
			// 「…」とのお父さんの戸惑い: a family tie, said politely.
			return who{name: k, span: t.Span(at, at+j)}
		}
		if p := body[:j]; crowdNoun(p) {
			return who{name: p, span: t.Span(at, at+j), rule: ruleSource} // 来場者の声
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
			if p := rest[st:k]; bareName(p) && !f.commonWords(stripAge(p)) {
				return who{name: stripAge(p), span: t.Span(off+st, off+k)}
			}
		}
	}
	// A cleft after a verb that is no verb of speech: と心強い言葉で後押し
	// してくれるのは、…代表の星野豪史さん。
	if quotative == "と" && vAt < 0 {
		if k := strings.Index(rest, "のは"); k > 0 && k <= maxCleftClause && !strings.Contains(rest[:k], "。") && hiraganaEnd(rest[:k]) {
			b := off + k + len("のは")
			body := s[b:min(len(s), b+maxCleftBody)]
			for len(body) > 0 && !utf8.ValidString(body) {
				body = body[:len(body)-1] // cut inside a character
			}
			if w := f.cleft(t, pi, s, b, body); w.name != "" && w.name != anaphorName {
				return w
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
		for _, adv := range nameLeadAdverbs {
			// と、さらに沢井さん。, と続けて桑名さん。: an adverb of going on
			// before the name.
			if after, ok := strings.CutPrefix(rest[lead:k], adv); ok && after != "" {
				lead += len(adv) + len(after) - len(strings.TrimLeft(after, "、 "))
				break
			}
		}
		if k > lead && k-lead <= maxNamePhrase && phraseBefore(rest[:k], k) == lead {
			if w := f.resolve(t, pi, s, off+lead, off+k); w.name != "" {
				if w.guess && f.seenName(rest[lead:k], off+lead) {
					// 主将の稲垣ひかりは…。「…」と稲垣。: a name the text
					// printed before, in the place of the one who spoke.
					w.guess = false
				}
				return w
			}
		}
		// A description, a comma, then the name: と遺族の一人、川口美和さん（62）。
		if st := phraseBefore(rest[:k], k); st > lead && st-lead <= 2*maxNamePhrase && strings.HasSuffix(rest[:st], "、") &&
			!strings.Contains(rest[lead:st-len("、")], "、") {
			if w := f.resolve(t, pi, s, off+st, off+k); w.name != "" && w.name != anaphorName && !w.guess && (f.x == nil || f.isPerson(w.name) || namedWithTitle(rest[st:k])) {
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
		if e := nameAhead(rest[st:], "も", "は", "が", "の", "だ", "。", "に", "へ", "を", "と"); e > 0 {
			if w := f.resolve(t, pi, s, off+st, off+st+e); w.name != "" {
				if possessor(w.name, rest[st+e:]) || kinNouns[w.name] {
					// という彼の両親の考え方: his parents', not his;
					// 「…」という兄もいる: a tie the words describe.
					return who{}
				}
				// 「…」という前田に、「…」: spoken to next, by someone else.
				w.handed = strings.HasPrefix(rest[st+e:], "に")
				// 「…」という健太は: the place of the speaker confirms a
				// name read from the dictionary alone.
				w.guess = w.guess && !hasPrefixAny(rest[st+e:], "は", "。", "が")
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
			if w := f.resolve(t, pi, s, off+st, off+k); w.name != "" {
				return w
			}
			// 「…」という剣王都。: a name the text printed before, where
			// only a person stands.
			if p := rest[st:k]; (strings.HasPrefix(rest[k:], "。") || strings.HasPrefix(rest[k:], "は")) && f.seenName(p, t.Span(off+st, off+k).Start) {
				return who{name: stripAge(p), span: t.Span(off+st, off+k)}
			}
		}
	}
	return who{}
}

// maxCleftClause bounds the bytes of the clause between と and のは of a
// cleft whose verb is no verb of speech; maxCleftBody those read after のは.
const (
	maxCleftClause = 30 * 3
	maxCleftBody   = 60 * 3
)

// kinOf returns the family tie p names, bare or with an honorific (お父
// さん, お母様, 父親), or "".
func kinOf(p string) string {
	k := strings.TrimPrefix(strings.TrimPrefix(p, "お"), "ご")
	for _, h := range []string{"さん", "様", "さま", "ちゃん"} {
		if q, ok := strings.CutSuffix(k, h); ok {
			k = q
			break
		}
	}
	if kinNouns[k] {
		return k
	}
	return ""
}

// possessor reports whether name, a pronoun or a family tie followed by
// after, only owns the one it names (彼の両親, 娘の恋人): the words are
// not its own unless after names them (彼の言葉).
func possessor(name, after string) bool {
	return (name == anaphorName || kinNouns[name]) && strings.HasPrefix(after, "の") && !wordsOf(after)
}

// agentAfter returns the one who said the words, marked with に or から
// before a passive verb of speech after them (と会の代表の八木さんに誘われ
// て, と山田さんから言われた), or nobody.
func (f *finder) agentAfter(t morph.Text, pi int, s string, off int, rest string) who {
	marks := []string{"から", "に"}
	// と発表し、所長から励まされた: a passive after the comma is another
	// clause's.
	rest = firstClause(rest)
	pAt := passiveAt(rest)
	if pAt <= 0 {
		// と散歩中の男性から連絡が入った: the one a report came from.
		if pAt = reportFromAt(rest); pAt <= 0 {
			return who{}
		}
		marks = marks[:1]
	}
	head := strings.TrimRight(rest[:pAt], " 、")
	for _, mark := range marks {
		if h, ok := strings.CutSuffix(head, mark); ok {
			if st := phraseBefore(h, len(h)); st < len(h) && !strings.Contains(h[:st], "\x00") {
				if w := f.resolve(t, pi, s, off+st, off+len(h)); w.name != "" && w.name != anaphorName && !w.guess {
					w.agent = true
					return w
				}
			}
			break
		}
	}
	return who{}
}

// maxCleftEnding bounds the bytes of a verb's endings before the のは of
// a cleft (してくれたのは: about six characters).
const maxCleftEnding = 6 * 3

// onlyHiragana reports whether s is hiragana alone.
func onlyHiragana(s string) bool {
	for _, r := range s {
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
	}
	return s != ""
}

// maxPassiveReach bounds the bytes after a quotative searched for a
// passive verb of speech (about forty characters).
const maxPassiveReach = 40 * 3

// passiveAt returns where the first passive verb of speech (言われ, 誘われ)
// starts in rest, within maxPassiveReach bytes and before the sentence or
// the next quotation ends, or -1.
func passiveAt(rest string) int {
	for i := 0; i < len(rest) && i < maxPassiveReach; {
		if rest[i] == 0 || strings.HasPrefix(rest[i:], "。") {
			break
		}
		if passiveSet.prefixOf(rest[i:]) {
			return i
		}
		_, n := firstRune(rest[i:])
		i += n
	}
	return -1
}

// reportNouns name a report that comes from someone (から): a call, a
// message, a complaint.
var reportNouns = []string{"通報", "連絡", "電話", "相談", "問い合わせ", "問合せ", "申し出", "苦情", "届け出", "メール", "投書"}

// reportFromAt returns where a report after から begins, in the clause
// after a quotation (と散歩中の男性から連絡が入った, と客から苦情が寄せられた),
// the offset just after から, or -1.
func reportFromAt(rest string) int {
	for i := 0; i < len(rest) && i < maxPassiveReach; {
		if rest[i] == 0 || strings.HasPrefix(rest[i:], "。") || strings.HasPrefix(rest[i:], "「") {
			break
		}
		if after, ok := strings.CutPrefix(rest[i:], "から"); ok {
			after = strings.TrimLeft(after, "0123456789")
			after = strings.TrimPrefix(strings.TrimPrefix(after, "番"), "に")
			if hasPrefixAny(after, reportNouns...) {
				return i + len("から")
			}
		}
		_, n := firstRune(rest[i:])
		i += n
	}
	return -1
}

// bracketedOwner reads a role of a body whose name is written in
// brackets right before it (組合「港北茶業組合」の担当者, 「港北サービス」の
// 担当者): the speaker is the role of that body, its name without the
// brackets; or nobody.
func bracketedOwner(t morph.Text, s string, start, end int, p string) who {
	head, ok := strings.CutSuffix(s[:start], "」の")
	if !ok || !(hasRoleSuffix(p) || occupation(p)) || p != s[start:end] {
		return who{}
	}
	open := strings.LastIndex(head, "「")
	if open < 0 || open+len("「") == len(head) {
		return who{}
	}
	name := head[open+len("「"):]
	if utf8.RuneCountInString(name) > maxBracketedOwner || strings.ContainsAny(name, "「」、。！？!?\x00 　") {
		return who{}
	}
	return who{name: name + "の" + p, org: name, span: t.Span(open, end)}
}

// maxBracketedOwner bounds, in runes, the name of a body in brackets read
// as the owner of a role.
const maxBracketedOwner = 24

// maxClauseHead bounds the bytes after a quotative read for the person
// heading the clause (about sixty characters).
const maxClauseHead = 60 * 3

// clauseBreaks end the clause of a quotation: after them a name heads
// another one (と話したが、山田さんは反対した).
var clauseBreaks = []string{"が、", "けど", "ので", "のに", "ため", "しかし", "一方", "。", "\x00",
	"と、", "ば、", "たら", "なら", "ても", "「"}

// passiveMarks make the one named after the verb the one spoken to (と声を
// かけられた山田さん), not the speaker.
var passiveMarks = []string{"われ", "かれ", "られ", "され", "てもら"}

// lastOf returns p after its last の (ドラムのRINA → RINA), or p.
func lastOf(p string) string {
	if i := strings.LastIndex(p, "の"); i >= 0 {
		return p[i+len("の"):]
	}
	return p
}

// initialEnds are the characters after an initial that make it a name
// (K子, M男).
var initialEnds = map[rune]bool{'子': true, '男': true, '美': true, '代': true, '夫': true, '江': true, '太': true, '郎': true}

// latinName reports a name written in Latin capitals, as stage names are
// (RINA, TOMOMI), or an initial and a kanji (K子): a Japanese name in
// romaji of three to twelve capitals, or one or two capitals and one of
// initialEnds. Acronyms and brands (NEC, KDDI, DIESEL) and mixed case
// (iPhone) are no names.
func latinName(p string) bool {
	caps := 0
	for caps < len(p) && p[caps] >= 'A' && p[caps] <= 'Z' {
		caps++
	}
	if caps == len(p) {
		return caps >= 3 && caps <= 12 && romaji(p)
	}
	if caps == 0 || caps > 2 {
		return false
	}
	r, n := utf8.DecodeRuneInString(p[caps:])
	return caps+n == len(p) && initialEnds[r]
}

// romaji reports whether s, in capitals, reads as Japanese syllables in
// Hepburn romanization (HA-RU-NA, SHO-TA, KEN-TA), with at least one
// consonant.
func romaji(s string) bool {
	vowel := func(c byte) bool { return strings.IndexByte("AIUEO", c) >= 0 }
	consonant := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case vowel(c):
			i++
			continue
		case c == 'N' && (i+1 == len(s) || !vowel(s[i+1]) && s[i+1] != 'Y'):
			i++ // the syllabic n: KEN, HONDA
			consonant = true
			continue
		case i+1 < len(s) && s[i+1] == c && strings.IndexByte("KSTP", c) >= 0:
			i++ // a doubled consonant: HATTORI
		}
		j := i + 1
		if j < len(s) && (s[i:j+1] == "SH" || s[i:j+1] == "CH" || s[i:j+1] == "TS" || s[j] == 'Y' && strings.IndexByte("KGNHMRBPJ", s[i]) >= 0) {
			j++
		} else if strings.IndexByte("KSTNHMYRWGZDBPJF", c) < 0 {
			return false
		}
		if j >= len(s) || !vowel(s[j]) {
			return false
		}
		consonant = true
		i = j + 1
	}
	return consonant
}

// selfWords name the person just spoken of (当の本人): the last person
// named before them.
// firstPerson are the words a writer speaks of themselves with.
var firstPerson = map[string]bool{"私": true, "わたし": true, "わたくし": true, "僕": true, "ぼく": true, "あたし": true}

// turnIn reports whether paragraph pi opens with the name of the one
// whose turn it is (森川：…, 森川　…).
func (f *finder) turnIn(pi int) bool {
	if pi < 0 || pi >= len(f.paras) {
		return false
	}
	s := strings.TrimLeft(f.paras[pi].Text, " \u3000")
	name, _ := turnHead(s[:min(len(s), maxTurnHead)])
	if name != "" {
		return true
	}
	_, _, _, ok := answerHead(s)
	return ok || pi > 0 && f.asked(pi-1)
}

// writerName is the speaker resolve gives the writer (私): the caller
// puts the byline's name in its place, or none.
const writerName = "\x00writer"

var selfWords = map[string]bool{"本人": true, "当の本人": true, "ご本人": true, "当人": true, "御本人": true}

// namedWithTitle reports a name with a title or an honorific after it
// (まちこさん, 三浦氏): a person even when the dictionary does not know the
// name.
func namedWithTitle(p string) bool {
	n, _, titled := entity.SplitTitle(stripAge(p))
	return titled && n != "" && !crowdLike(n) && !everyone[n]
}

// everyone are the words for all the readers or all present (皆さん).
var everyone = map[string]bool{"皆": true, "みな": true, "みんな": true, "皆様": true, "みなさま": true, "皆さん": true, "みなさん": true, "皆さま": true}

// passiveVerb reports a verb of speech in the passive (声をかけられた,
// 言われた): the one named after it was spoken to.
func passiveVerb(verb string) bool {
	return passiveSpeech(verb) || containsAny(verb, passiveMarks...)
}

// clauseHead returns the person a quotation's clause runs into, when the
// clause is a relative one whose head is that person: rest follows the
// quotative at off in s, its verb of speech, if any, at vAt, and the
// person comes after the verb, right after a verb or adjective ending (…させた), or
// after a description with の (…させた歌手の三浦千景), before だ, は, が, も
// or a comma.
func (f *finder) clauseHead(t morph.Text, pi int, s string, off int, rest, verb string, vAt int) who {
	head := strings.TrimLeft(rest, "、 ")
	if namingSet.prefixOf(head) || written(head) {
		return who{} // と題し, と書かれた: no one speaks
	}
	vAt = max(vAt, 0)
	k := min(len(rest), maxClauseHead)
	for k > 0 && k < len(rest) && !utf8.RuneStart(rest[k]) {
		k--
	}
	for _, br := range clauseBreaks {
		if j := strings.Index(rest[:k], br); j >= 0 {
			k = j
		}
	}
	if passiveVerb(rest[:k]) {
		return who{}
	}
	for i := vAt; i < k; {
		r, n := firstRune(rest[i:k])
		i += n
		switch r {
		case 'た', 'る', 'う', 'く', 'す', 'つ', 'む', 'い':
		default:
			continue
		}
		j := i
		d := 0 // a description before の: 歌手の
		for d < k-j && d <= maxNamePhrase {
			r, n := firstRune(rest[j+d : k])
			if !isNameRune(r) {
				break
			}
			d += n
		}
		if d > 0 && d <= maxNamePhrase && strings.HasPrefix(rest[j+d:k], "の") {
			j += d + len("の")
		}
		e := nameAhead(rest[j:], "だ", "は", "が", "も", "、", "で", "(", "（", "。")
		if e == 0 || j+e > k {
			continue
		}
		if w := f.resolve(t, pi, s, off+j, off+j+e); w.name != "" && w.name != anaphorName && !w.guess && (f.x == nil || f.isPerson(w.name) || namedWithTitle(s[off+j:off+j+e])) {
			return w
		}
		// …に触れた岩井だったが: a name the entities do not know, in the
		// place of the subject the clause ends on.
		if p := rest[j : j+e]; f.an != nil && strings.HasPrefix(rest[j+e:], "だ") && nameShape(p) && bareName(p) && !f.commonWords(p) {
			return who{name: p, span: t.Span(off+j, off+j+e)}
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
	trimmed := strings.TrimLeft(body, "、 ")
	off += len(body) - len(trimmed)
	body = trimmed
	for _, cop := range []string{"だった", "であった", "です", "だ", ""} {
		if b, ok := strings.CutSuffix(body, cop); ok {
			st := phraseBefore(b, len(b))
			if r, _ := lastRune(b[:st]); st > 0 && strings.ContainsRune("にでをへも", r) {
				return who{} // と褒めるのは大いにアリだ: a judgement, not who
			}
			return f.resolve(t, pi, s, off+st, off+len(b))
		}
	}
	return who{}
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
		if r == '-' && k-n > 0 && k < j && isLatinByte(s[k-n-1]) && isLatinByte(s[k]) {
			k -= n // K-Marine: a hyphen inside a name in Latin letters
			continue
		}
		if !isNameRune(r) || r == '・' {
			break
		}
		k -= n
	}
	if k == j {
		return end
	}
	return agentStem(s, k) // 持ち主の女性
}

// isLatinByte reports whether b is an ASCII letter or digit.
func isLatinByte(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
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
		if n, _, ok := entity.SplitTitle(name); ok && n != "" {
			name = n // 西川隆組合長(65): the name without the post
		}
		if n := utf8.RuneCountInString(name); n >= 2 && n <= 8 && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// lastPerson returns the last person the entities hold before offset end
// of paragraph pi, or in the few paragraphs before it, or nobody.
func (f *finder) lastPerson(pi, end int) who {
	for j := pi; j >= 0 && j >= pi-maxTitleBack; j-- {
		if j < pi && j < len(f.paras) && f.paras[j].Heading {
			break
		}
		ms := f.x.Mentions(j)
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.Kind == entity.Person && (j < pi || m.End <= end) {
				return who{name: f.x.Name(m)}
			}
		}
	}
	return who{}
}

// bracketNameBefore returns where the words in brackets that end s[:end]
// start (the 桑名航一 of Kazu（桑名航一）), or end when s[:end] does not
// end with brackets around a short phrase.
func bracketNameBefore(s string, end int) int {
	h := s[:end]
	if !strings.HasSuffix(h, ")") && !strings.HasSuffix(h, "）") {
		return end
	}
	_, n := lastRune(h)
	h = h[:len(h)-n]
	o := strings.LastIndexAny(h, "(（")
	if o < 0 {
		return end
	}
	_, n = firstRune(h[o:])
	in := h[o+n:]
	if in == "" || utf8.RuneCountInString(in) > maxNamePhrase || phraseBefore(in, len(in)) != 0 {
		return end
	}
	return len(h) - len(in)
}

// sameOrg returns the organisation the word same (同社, 同協会) at start
// of paragraph pi points back to, or nobody.
func (f *finder) sameOrg(pi, start int, same string) who {
	if src := f.sourceBefore(pi, start); src != "" && ofKind(src, same) {
		// 港北カードによると、…。同社は: the body the paragraph cited
		// last, whatever the entities hold.
		return who{name: src}
	}
	w := who{}
	if f.x != nil {
		w = f.lastOrg(pi, start, same)
	}
	if w.name == "" {
		w = f.bracketOrg(pi, start, orgKindWords...)
	}
	if w.name == "" {
		// 住民が立ち上げた「港北の森を残す会」 … 同会: a name in brackets that
		// ends in the kind 同 points back to.
		kind := strings.TrimPrefix(same, "同")
		w = who{name: f.lastBefore(pi, start, "「", func(s string, o int) string {
			if name := bracketedAt(s, o); utf8.RuneCountInString(name) > utf8.RuneCountInString(kind) && strings.HasSuffix(name, kind) {
				return name
			}
			return ""
		})}
	}
	if w.name == "" && same == "同社" {
		// 製材所を営む「ミナト木材」（同村）: a body named in brackets
		// after what it runs, or with where it is in brackets after it.
		w = who{name: f.lastBefore(pi, start, "「", func(s string, o int) string {
			name := bracketedAt(s, o)
			if name == "" {
				return ""
			}
			after := s[o+len("「")+len(name)+len("」"):]
			if hasSuffixAny(s[:o], businessVerbs...) || strings.HasPrefix(after, "(本社") || strings.HasPrefix(after, "（本社") {
				return name
			}
			return ""
		})}
	}
	if w.name == "" && (same == "同社" || same == "同グループ") {
		w = f.leadCompany(pi)
	}
	if w.name == "" {
		w = f.namedEndingIn(pi, start, strings.TrimPrefix(same, "同"))
	}
	return w
}

// sourceBefore returns the body a paragraph cites with によると before
// offset end (港北カードによると), when it is named by letters alone and is
// no person, or "".
func (f *finder) sourceBefore(pi, end int) string {
	s := f.text(pi).Norm
	s = s[:min(end, len(s))]
	// Within the sentences just before: a bounded window keeps a text of
	// many 同社 linear.
	if lo := len(s) - maxSourceBack; lo > 0 {
		for lo < len(s) && !utf8.RuneStart(s[lo]) {
			lo++
		}
		s = s[lo:]
	}
	i := strings.LastIndex(s, "によると")
	if i <= 0 {
		return ""
	}
	st := phraseBefore(s, i)
	name := s[st:i]
	if utf8.RuneCountInString(name) < 3 || crowdNoun(name) || strings.ContainsAny(name, "()（）「」") || f.x != nil && f.isPerson(name) {
		return ""
	}
	for _, r := range name {
		if !isNameRune(r) {
			return ""
		}
	}
	return name
}

// maxSourceBack bounds, in bytes, the text before 同社 that sourceBefore
// reads for a source.
const maxSourceBack = 120 * 3

// namedEndingIn returns the last name before offset end of paragraph pi,
// or in the few paragraphs before it, that ends in head, the kind 同 points
// back to (同園 → 北浜動物公園, 同館 → 港町美術館), or nobody.
func (f *finder) namedEndingIn(pi, end int, head string) who {
	if head == "" {
		return who{}
	}
	least := utf8.RuneCountInString(head) + 2
	return who{name: f.lastBefore(pi, end, head, func(s string, i int) string {
		e := i + len(head)
		st := phraseBefore(s, e)
		if st >= i || utf8.RuneCountInString(s[st:e]) < least || strings.HasPrefix(s[st:e], "同") || strings.ContainsAny(s[st:e], "()（）") {
			return ""
		}
		if r, _ := firstRune(s[e:]); isNameRune(r) {
			return "" // 一般社団法人: the kind's word inside a longer one
		}
		return s[st:e]
	})}
}

// bareOrgs are the last words of bodies' names that the text uses alone,
// without 同, for the body it named before (グループは, 委員会は).
var bareOrgs = map[string]bool{"グループ": true, "チーム": true, "研究グループ": true, "研究チーム": true, "委員会": true, "実行委員会": true,
	"協議会": true, "協会": true, "団体": true, "組合": true}

// nameLeadAdverbs go on from words before: 「…」と、さらに沢井さん。
var nameLeadAdverbs = []string{"さらに", "続けて", "また", "そして", "最後に", "再び", "すかさず"}

// sameOrgs refer back to the organisation the text named last (同社は).
var sameOrgs = map[string]bool{"同社": true, "同会": true, "同署": true, "同県警": true, "同市": true, "同町": true, "同村": true, "同区": true,
	"同県": true, "同所": true, "同院": true, "同学会": true, "同工場": true, "同空港": true, "同本部": true, "同行": true, "同省": true, "同庁": true, "同党": true, "同協会": true, "同グループ": true, "同大": true, "同校": true, "同病院": true,
	"同大学": true, "同局": true, "同店": true, "同団体": true, "同事務所": true, "同球団": true, "同チーム": true,
	"同園": true, "同館": true, "同センター": true, "同委員会": true, "同研究所": true, "同機構": true, "同財団": true, "同組合": true, "同連盟": true}

// namedKind are the words of sameOrgs whose body's name always ends in
// their kind (港北署, 北浜市): no body of another name stands for them.
var namedKind = map[string]bool{"同市": true, "同町": true, "同村": true, "同区": true, "同県": true, "同署": true, "同協会": true, "同会": true}

// sameArea are the words of sameOrgs for a place that is also a body:
// the city speaks through its staff, its residents for themselves.
var sameArea = map[string]bool{"同市": true, "同町": true, "同村": true, "同区": true, "同県": true}

// mentionedBefore resolves a phrase that points back to a speaker quoted
// earlier by what they are: 冒頭の女性 (the first one quoted who is a 女性),
// 前出の男性, 先の会社員 (the last one). It returns nobody for other phrases.
func (f *finder) mentionedBefore(p string) who {
	first := false
	var rest string
	switch {
	case strings.HasPrefix(p, "冒頭の"):
		first, rest = true, p[len("冒頭の"):]
	case strings.HasPrefix(p, "前出の"):
		rest = p[len("前出の"):]
	case strings.HasPrefix(p, "先述の"):
		rest = p[len("先述の"):]
	default:
		return who{}
	}
	if rest == "" {
		return who{}
	}
	var found who
	for _, q := range f.out {
		if q.Speaker != "" && strings.HasSuffix(q.Speaker, rest) {
			found = who{name: q.Speaker, org: q.Organization}
			if first {
				break
			}
		}
	}
	return found
}

// heroWords name the one a report of a match or a feat is about by what
// they did (ヒーロー, 立役者), not by a post.
var heroWords = map[string]bool{"ヒーロー": true, "ヒロイン": true, "立役者": true, "殊勲者": true, "主役": true, "功労者": true}

// epithetTitles map the words sports news writes for a person already
// named with a title to that title: 指揮官 and 敵将 for the 監督.
var epithetTitles = map[string]string{"指揮官": "監督", "青年指揮官": "監督", "敵将": "監督"}

// politeRoles are the trades and offices written before の方 (司書の方,
// 事務局の方, 編集の方) that hasRoleSuffix does not know.
var politeRoles = []string{"司書", "編集", "事務局", "医師", "先生", "店主", "スタッフ", "講師", "記者", "運転手", "警察", "役所", "市役所", "会社",
	"係", "窓口", "受付", "大家", "管理人"}

// sameRole returns the last phrase ending in role (日本政府関係者 for 関係者)
// before offset end of paragraph pi, in it or in the few paragraphs before,
// that 同 points back to, or "".
func (f *finder) sameRole(pi, end int, role string) string {
	return f.lastBefore(pi, end, role, func(s string, i int) string {
		if st := phraseBefore(s, i+len(role)); st < i && !strings.HasSuffix(s[:i], "同") {
			return stripAge(s[st : i+len(role)])
		}
		return ""
	})
}

// bracketOrg returns the last body named in brackets after the kind it
// is, one of kinds (物流会社「みなと運輸」, 市民団体「港の会」), in paragraph pi
// before end or in the paragraphs shortly before it, or nobody: a name the
// entities may not hold, which 同社 and 同団体, or the kind alone (運営会社は),
// point back to.
func (f *finder) bracketOrg(pi, end int, kinds ...string) who {
	return who{name: f.lastBefore(pi, end, "「", func(s string, o int) string {
		if name := bracketedAt(s, o); name != "" && hasSuffixAny(s[:o], kinds...) {
			return name
		}
		return ""
	})}
}

// lastBefore reads the places of needle back from offset end of paragraph
// pi, then in the few paragraphs before it, and returns the first thing
// read finds at one (read gets the paragraph's normalized text and the
// place), or "". It reads maxLookQuotes places at most.
func (f *finder) lastBefore(pi, end int, needle string, read func(s string, i int) string) string {
	tries := 0
	for j := pi; j >= 0 && j >= pi-maxTitleBack; j-- {
		s := f.text(j).Norm
		if j == pi {
			s = s[:min(end, len(s))]
		}
		for k := len(s); k > 0 && tries < maxLookQuotes; tries++ {
			i := strings.LastIndex(s[:k], needle)
			if i < 0 {
				break
			}
			k = i
			if v := read(s, i); v != "" {
				return v
			}
		}
	}
	return ""
}

// businessVerbs describe a body by what it runs or makes, before its name
// in brackets (製材所を営む「…」).
var businessVerbs = []string{"営む", "運営する", "経営する", "手がける", "手掛ける", "製造する", "販売する", "展開する", "開発する", "運営", "経営"}

// bracketedAt returns the name in the brackets that open at s[o:] (「…」),
// or "": two to twenty runes, with no comma, full stop or bracket inside.
func bracketedAt(s string, o int) string {
	c := strings.Index(s[o:], "」")
	if c < 0 {
		return ""
	}
	if name := s[o+len("「") : o+c]; bracketName(name) {
		return name
	}
	return ""
}

// maxBracketName bounds a name printed in brackets, in runes.
const maxBracketName = 20

// bracketName reports whether the words in brackets may be a name (of a
// body, a medium, a work): two to maxBracketName runes, with no comma,
// full stop or bracket inside.
func bracketName(name string) bool {
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= maxBracketName && !strings.ContainsAny(name, "、。「『")
}

// orgKindWords name a kind of body before its name in brackets.
var orgKindWords = []string{"会社", "企業", "メーカー", "法人", "団体", "グループ", "事務所", "運営会社", "社", "店", "工房", "ベーカリー", "カフェ", "レストラン", "旅館", "ホテル"}

// leadCompany returns the subject of the first sentence of the text when
// it is a name in katakana or Latin letters no person bears (グリーは
// 20日、…), which 同社 later points back to although the entities do not
// hold it as an organisation; or nobody. Only the paragraphs up to pi
// are read, and only with the dictionary, which tells the people.
func (f *finder) leadCompany(pi int) who {
	for j := 0; j <= pi && j < len(f.paras) && j < 2; j++ {
		if f.paras[j].Heading {
			continue
		}
		s := f.text(j).Norm
		if k := strings.Index(s, "。"); k >= 0 {
			s = s[:k]
		}
		i := strings.Index(s, "は")
		if g := strings.Index(s, "が"); g >= 0 && (i < 0 || g < i) {
			i = g
		}
		if i <= 0 {
			continue
		}
		st := phraseBefore(s, i)
		name := s[st:i]
		if st != 0 || utf8.RuneCountInString(name) < 2 || !brandLike(name) || commonNoun(name) || crowdNoun(name) ||
			f.x == nil || f.isPerson(name) {
			continue
		}
		return who{name: name}
	}
	return who{}
}

// brandLike reports whether name is written in katakana or Latin letters
// only, as companies name themselves.
func brandLike(name string) bool {
	for _, r := range name {
		if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '&' || r == '.') {
			return false
		}
	}
	return true
}

// lastOrg returns the organisation mentioned last before offset end of
// paragraph pi, in it or in the few paragraphs before, or nobody.
func (f *finder) lastOrg(pi, end int, same string) who {
	// The last name of the kind first (同署: 港北署, past a bank named
	// since); else, for a kind a name need not end in (同局: 北浜放送),
	// the last body.
	for _, strict := range []bool{true, false} {
		for j := pi; j >= 0 && j >= pi-maxTitleBack; j-- {
			ms := f.x.Mentions(j)
			for k := len(ms) - 1; k >= 0; k-- {
				if m := ms[k]; m.Kind == entity.Organization && (j < pi || m.End <= end) {
					if name := f.x.Name(m); strict && ofKind(name, same) || !strict && (same != "同社" || !notCompany(name)) {
						return who{name: name}
					}
				}
			}
		}
		if namedKind[same] {
			break // kinds every such name ends in
		}
	}
	return who{}
}

// ofKind reports whether the organisation name is of the kind the word
// same (同社, 同署, 同協会) points back to: 同社 to a company, 同グループ to
// any body, the others to a name that ends in their kind (港北署, 北浜市
// 観光協会; 同大 to 港北大学 as well).
func ofKind(name, same string) bool {
	switch same {
	case "同社":
		return !notCompany(name)
	case "同グループ":
		return true
	case "同大":
		return strings.HasSuffix(name, "大") || strings.HasSuffix(name, "大学")
	}
	return strings.HasSuffix(name, strings.TrimPrefix(same, "同"))
}

// notCompany reports an organisation that 同社 cannot point back to: a
// body of another kind by its head or its legal form (北浜市観光協会,
// 一般社団法人みなと会, 港南大学).
func notCompany(name string) bool {
	return hasSuffixAny(name, nonCompanyHeads...) || hasPrefixAny(name, "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "社会福祉法人", "学校法人", "医療法人", "NPO法人", "特定非営利活動法人")
}

// nonCompanyHeads end the names of bodies that are no company.
var nonCompanyHeads = []string{"協会", "省", "庁", "党", "大学", "学校", "高校", "病院", "委員会", "機構", "連盟", "組合", "財団", "政府", "議会",
	"裁判所", "地裁", "高裁", "警察", "署", "局", "研究所", "市", "町", "村", "県", "区", "府"}

// lightVerbs follow a noun of speech taken as the verb (指摘をみせた,
// ツッコミを入れた): the predicate goes on through them to the name after
// it.
var lightVerbs = []string{"をみせた", "を見せた", "をみせる", "を見せる", "をした", "をする", "を入れた", "を入れる", "を放った", "を放つ",
	"をのぞかせた", "を覗かせた", "を浴びせた"}
