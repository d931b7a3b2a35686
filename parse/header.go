package parse

import (
	"github.com/newsdoc/newsdoc/internal/doc"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// dateLine is what a date line holds.
type dateLine struct {
	pub, upd      *article.Time
	pubS, updS    stamp
	bylines, tags []rng
	credits       []credit // bylines printed with their roles (取材・文／…)
	place         rng
	hasPlace      bool
}

// markerTrim are characters around the words of a date line.
const markerTrim = "()（）[]［］〔〕»«:：|｜-－—・、,，/"

// stripMarkers removes brackets, separators and date words at both ends of
// norm[s:e].
func (p *parser) stripMarkers(s, e int) (int, int) {
	for changed := true; changed && s < e; {
		changed = false
		s, e = doc.TrimRange(p.norm, s, e)
		if s >= e {
			break
		}
		if r, n := utf8.DecodeRuneInString(p.norm[s:e]); strings.ContainsRune(markerTrim, r) {
			s += n
			changed = true
		}
		if r, n := utf8.DecodeLastRuneInString(p.norm[s:e]); s < e && strings.ContainsRune(markerTrim, r) {
			e -= n
			changed = true
		}
		for _, w := range dateMarkers {
			if strings.HasPrefix(p.norm[s:e], w) {
				s += len(w)
				changed = true
			}
			if s < e && strings.HasSuffix(p.norm[s:e], w) {
				e -= len(w)
				changed = true
			}
		}
	}
	return s, e
}

// readDateLine reads line l as a date line. ok is false when l has no date
// or holds too much else to be one.
func (p *parser) readDateLine(l line) (dl dateLine, ok bool) {
	if l.n > 80 || strings.Contains(l.text, "。") || hasCaptionMark(l.text) && !creditLast(l.text) {
		return dl, false // [写真] …＝19日午前10時10分: when the photo was taken
	}
	fds := p.findDates(l.text)
	if len(fds) == 0 || p.labelledValue(l, fds[0].start) {
		return dl, false
	}
	for _, fd := range fds {
		if _, ok := hasPrefixAny(strings.TrimLeft(l.text[fd.end:], " \u3000"), runningDateWords...); ok {
			return dl, false // 2012年2月29日まで: a date of the text
		}
	}
	residue := 0
	segStart := l.s
	for k := 0; k <= len(fds); k++ {
		segEnd := l.e
		if k < len(fds) {
			segEnd = l.s + fds[k].start
		}
		// Which date does this segment introduce or follow?
		if k < len(fds) {
			fd := fds[k]
			pre := p.norm[segStart:segEnd]
			post := ""
			if k+1 < len(fds) {
				post = l.text[fd.end:fds[k+1].start]
			} else {
				post = l.text[fd.end:]
			}
			post = strings.TrimLeft(post, " \u3000")
			// "更新: DATE" labels the date after it; "DATE更新)" the one
			// before it.
			after, postUpd := strings.CutPrefix(strings.TrimPrefix(post, "最終"), "更新")
			after = strings.TrimLeft(after, " \u3000")
			postUpd = postUpd && (after == "" && k+1 == len(fds) || strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）"))
			isUpd := strings.Contains(pre, "更新") || postUpd
			t := fd.st.t
			s, e := l.s+fd.start, l.s+fd.end
			t.Text, t.Span = p.norm[s:e], p.span(s, e)
			switch {
			case isUpd && dl.upd == nil:
				dl.upd, dl.updS = &t, fd.st
			case !isUpd && dl.pub == nil:
				dl.pub, dl.pubS = &t, fd.st
			}
		}
		// Words of the segment.
		glueBefore := k < len(fds) && segEnd > segStart && !doc.IsSpace(lastRune(p.norm[segStart:segEnd]))
		glueAfter := k > 0 && segEnd > segStart && !doc.IsSpace(firstRune(p.norm[segStart:segEnd]))
		r := p.segmentWords(segStart, segEnd, glueBefore || glueAfter, &dl)
		residue += r
		if k < len(fds) {
			segStart = l.s + fds[k].end
		}
	}
	if residue > 30 {
		return dateLine{}, false
	}
	return dl, dl.pub != nil || dl.upd != nil
}

// segmentWords sorts the words of a date-line segment into bylines (glued
// to the date, or after a byline icon) and tags, and returns how many runes
// of content it kept.
func (p *parser) segmentWords(s, e int, glued bool, dl *dateLine) int {
	// 文・写真＝桑名 航一, 取材・文：北浜一郎: the credits of the article.
	if a, b := doc.TrimRange(p.norm, s, e); a < b && !glued && creditOpens(p.norm[a:b]) {
		cb := b
		if t := p.norm[a:b]; strings.HasSuffix(t, ")") {
			if k := strings.LastIndex(t, "("); k > 0 {
				cb = a + len(strings.TrimRight(t[:k], " ")) // 評者：森川忠（翻訳家）: who the critic is aside
			}
		}
		if cs, ok := p.credits(a, cb); ok && cs[0].role != "" {
			dl.credits = append(dl.credits, cs...)
			return utf8.RuneCountInString(p.norm[a:b])
		}
	}
	kept := 0
	var plain []rng
	for _, t := range p.tokensOf(s, e) {
		a, b := p.stripMarkers(t.s, t.e)
		if a >= b {
			continue
		}
		w := p.norm[a:b]
		iconRole := roleNone
		for _, ic := range iconWords {
			if strings.HasPrefix(w, ic.word) {
				iconRole = ic.role
				a += len(ic.word)
				w = p.norm[a:b]
				break
			}
		}
		if w == "" || iconRole == roleDate || isCountLine(w) || uiExact[w] || issueWords[w] || issuerField(w) || idLine(w) || issueMasthead(w) {
			continue // 発行, 編集・発行：港町役場, ページ番号：2045, 第88号: the date's label, the issuer of the page, its number, the issue's
		}
		switch iconRole {
		case roleByline:
			dl.bylines = append(dl.bylines, rng{a, b})
			kept += utf8.RuneCountInString(w)
			continue
		case roleTag:
			dl.tags = append(dl.tags, rng{a, b})
			kept += utf8.RuneCountInString(w)
			continue
		}
		if isOutlet(w) {
			continue
		}
		plain = append(plain, rng{a, b})
		kept += utf8.RuneCountInString(w)
	}
	if len(plain) == 0 {
		return kept
	}
	if glued {
		// 北京=杉浦千景 槙野誠吾 or 堀井 智久.
		s, e := plain[0].s, plain[len(plain)-1].e
		seg := p.norm[s:e]
		placed := false
		for _, eq := range []string{"＝", "="} {
			if i := strings.Index(seg, eq); i > 0 {
				dl.place, dl.hasPlace, placed = rng{s, s + i}, true, true
				s += i + len(eq)
				break
			}
		}
		if ns, ok := p.names(s, e, false); ok {
			dl.bylines = append(dl.bylines, ns...)
			return kept
		}
		if placed {
			// The words after the place, if any, are tags; the place
			// is not one of them.
			if a, b := doc.TrimRange(p.norm, s, e); a < b {
				dl.tags = append(dl.tags, rng{a, b})
			}
			return kept
		}
	}
	dl.tags = append(dl.tags, plain...)
	return kept
}

// creditOpens reports whether s opens with a credit's role and its
// separator (文・, 写真＝), as credit reads them: a date line's words that
// do not (文化部, 写真展) are read no further as credits.
func creditOpens(s string) bool {
	return roleThen(s, roleSeps...)
}

// roleThen reports whether s opens with the first of creditRoles it
// starts with and then one of seps.
func roleThen(s string, seps ...string) bool {
	if lab, ok := hasPrefixAny(s, creditRoles...); ok {
		_, sep := hasPrefixAny(s[len(lab):], seps...)
		return sep
	}
	return false
}

// creditLast reports a line whose last words, after a space, credit
// whoever wrote or photographed the article (… 文・写真=桑名 航一): the = of
// the credit marks no photo's caption.
func creditLast(s string) bool {
	for _, sp := range []string{" ", "\u3000"} {
		for at := strings.Index(s, sp); at >= 0; {
			rest := s[at+len(sp):]
			if roleThen(rest, "＝", "=", "：", ":") {
				return true
			}
			k := strings.Index(rest, sp)
			if k < 0 {
				break
			}
			at += len(sp) + k
		}
	}
	return false
}

// issueWords label the date of an issue after it (令和8年4月1日発行).
var issueWords = setOf("発行", "発行日", "刊行", "発刊", "号")

// issuerField reports a word that names who edits or issues the page after
// its label (編集・発行：港町役場, 発行元:港町新報社).
func issuerField(w string) bool {
	label, _, ok := strings.Cut(w, ":")
	if !ok {
		label, _, ok = strings.Cut(w, "：")
	}
	switch label {
	case "編集", "発行", "編集・発行", "編集発行", "発行元", "発行者", "編集人", "発行人", "編集・発行人":
		return ok
	}
	return false
}

// runningDateWords follow a date of running text, never a printed stamp
// (2012年2月29日まで170円).
var runningDateWords = []string{"まで", "から", "以降", "以前", "より", "に", "の", "は", "を", "発売", "開始", "予定"}

// labelledValue reports a line label：value whose label, before the date at
// offset at of the line, is no date word (発売日：, 価格：): the date is
// one of the values of a box, not the time of the page.
func (p *parser) labelledValue(l line, at int) bool {
	pre := l.text[:at]
	i := strings.LastIndexAny(pre, ":：")
	if i < 0 {
		return false
	}
	label := strings.TrimSpace(pre[:i])
	label = strings.TrimLeft(label, markerTrim+" ")
	if label == "" {
		return false
	}
	for _, w := range dateMarkers {
		if strings.HasSuffix(label, w) {
			return false
		}
	}
	if strings.HasSuffix(pre, " ") {
		// 評者：森川忠（詩人）　2024年11月2日, 発行：港北町内会　2024年7月1日:
		// a credit or the issuer, then, set apart, the date of the page.
		if issuerField(label+"：") || slices.Contains(creditRoles, label) {
			return false
		}
	}
	return true
}

// isTitle reports a line that can be a headline: ten runes or more, or
// four or more that are no section label (北海道で初雪, not スポーツ) nor a
// page's folio (地域 7); a line with a note mark (※写真あり) is none.
func (p *parser) isTitle(l line) bool {
	if l.blank || l.n < 4 || l.n < 10 && (isLabelWord(l.text) || pageFolio(l.text)) || idLine(l.text) || strings.Contains(l.text, "※") || strings.Contains(l.text, "。") && lastRune(l.text) == '。' {
		return false
	}
	if l.n > maxTitleRunes && strings.Count(l.text, "。") >= 2 {
		return false // sentences that lost their last full stop: a paragraph
	}
	if followButton(l.text) {
		return false // 港北日日　［フォローする］: the account, not the article
	}
	if hasCaptionMark(l.text) && !strings.HasPrefix(l.text, "【") {
		return false // 店の前で客を見送る店主＝3日、港町、森川忠撮影: a photo's caption
	}
	if h, _ := relatedHead(l.text); h {
		return false
	}
	if _, _, ok := p.bylineLine(l); ok {
		return false
	}
	if sectionPair(l.text) {
		return false // 地域／くらし: the sections the page is filed under
	}
	if isBreadcrumb(l.text) && !strings.Contains(l.text, "|") {
		// ホーム > ニュース > 研究成果: the section path over a page, not
		// its title (a title and the site's name split by | may look
		// like a short one).
		return false
	}
	return !isURL(l.text) && !companyLine(l.text)
}

// maxTitleRunes is the length, in runes, from which a line of sentences
// is no title though its last full stop is missing.
const maxTitleRunes = 80

// maxDek bounds a dek read by its shape, in runes.
const maxDek = 40

// sectionPair reports a line of two or more sections of a site's menu
// joined by a slash, a bar or a dot (地域／くらし, 経済・株式).
func sectionPair(s string) bool {
	for _, sep := range []string{"／", "/", "｜", "|", "・"} {
		if !strings.Contains(s, sep) {
			continue
		}
		parts := strings.Split(s, sep)
		ok := len(parts) >= 2
		latin := sep != "・"
		for _, pt := range parts {
			pt = strings.TrimSpace(pt)
			ok = ok && (menuSections[pt] || latin && capitalWord(pt)) // Space / Robots
		}
		if ok {
			return true
		}
	}
	return false
}

// companyLine reports whether s is a company's or a body's name alone, as
// a press release prints its issuer over the title: 株式会社ミナトベーカリーズ,
// 港北夏祭り実行委員会.
func companyLine(s string) bool {
	if utf8.RuneCountInString(s) > 30 || strings.ContainsAny(s, "、。「」 　") {
		return false
	}
	for _, f := range []string{"株式会社", "有限会社", "合同会社", "(株)", "一般社団法人", "公益財団法人", "特定非営利活動法人"} {
		if strings.HasPrefix(s, f) || strings.HasSuffix(s, f) {
			return true
		}
	}
	_, body := cutAnySuffix(s, issuerEnds...)
	if body && lettersOnly(s) {
		return true
	}
	// 北浜県産業振興部商工課: a government office that issues a release;
	// 港湾・観光局港湾振興課: an office inside a bureau or department,
	// as a ministry prints it; 港南市教育委員会: a board of a town.
	unit, office := cutAnySuffix(s, "課", "室", "係", "局", "部", "センター", "事務所", "本部", "委員会")
	if !office || !lettersOnly(s) || hasHiragana(s) || utf8.RuneCountInString(s) < 6 {
		return false
	}
	return strings.ContainsAny(s, "県市町村省庁都府区") || strings.ContainsAny(unit, "局部")
}

// issuerEnds are the last words of the names of bodies that issue press
// releases besides companies.
var issuerEnds = []string{"実行委員会", "協議会", "連合会", "振興会", "観光協会", "商工会議所", "協同組合"}

// labelMax is the longest section label with kana in it, in runes
// (朝晴れエッセー, 小売り・外食).
const labelMax = 7

// isLabelWord reports a section label or topic word (経済, インタビュー,
// ウクライナ情勢, 小売り・外食): Han, katakana and Latin letters, or a
// short noun phrase with okurigana; no digits, spaces or punctuation but
// ・, and no particle of a headline's clause (北海道で初雪 is a headline).
func isLabelWord(s string) bool {
	if parts := strings.Split(s, "・"); len(parts) > 1 {
		// 暮らし・学び・医療: a list of labels.
		for _, pt := range parts {
			if !isLabelWord(pt) {
				return false
			}
		}
		return true
	}
	n, kana := 0, false
	for _, r := range s {
		n++
		switch {
		case isHan(r) || isKatakana(r) || isLatin(r) || r == 'ー' || r == '・':
		case isHiragana(r):
			if strings.ContainsRune("でがをにへとはもや", r) {
				return false
			}
			kana = true
		default:
			return false
		}
	}
	// 夏の夜空の値段: two の make a phrase, a title's, not a label's.
	return n > 0 && (!kana || n <= labelMax && strings.Count(s, "の") < 2)
}

// sectionLabel reports a section's label of two words between a slash
// (ひと／対談), a label, a bar and what it is of (試合レポート｜第3節),
// or a label and its name in capitals (地域の話題 TOPICS), as magazines,
// newsletters and sports pages print over the title.
func sectionLabel(s string) bool {
	word := func(w string) bool { // a bare word: ひと, インタビュー, 地域の話題
		return w != "" && utf8.RuneCountInString(w) <= maxLabelLine && lettersOnly(w)
	}
	for _, sep := range []string{"｜", "|"} {
		// 試合レポート｜2部 第3節: the label, a bar and the round or
		// series it is of.
		if a, b, ok := strings.Cut(s, sep); ok {
			b = strings.TrimSpace(b)
			return word(strings.TrimSpace(a)) && b != "" && utf8.RuneCountInString(b) <= maxLabelLine && !strings.ContainsAny(b, "、。「」!?！？|｜")
		}
	}
	if utf8.RuneCountInString(s) > maxSectionLabel {
		return false
	}
	for _, sep := range []string{"／", "/"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			return word(strings.TrimSpace(a)) && word(strings.TrimSpace(b))
		}
	}
	if i := strings.LastIndexAny(s, " \u3000"); i > 0 {
		a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
		return word(a) && len(b) >= 2 && strings.TrimFunc(b, func(r rune) bool { return r >= 'A' && r <= 'Z' }) == ""
	}
	return false
}

// maxSectionLabel bounds a section's label of two words, in runes.
const maxSectionLabel = 16

// pageFolio reports whether s is the folio of a printed page, its section
// and page number (地域 7, 総合 1), as copy from a newspaper's page viewer
// carries over the headline.
func pageFolio(s string) bool {
	w, num, ok := strings.Cut(s, " ")
	if !ok || len(num) == 0 || len(num) > 2 || !isLabelWord(w) {
		return false
	}
	for i := range len(num) {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	return true
}

// firstContent reports whether line h is the first line of content from
// line first on: only blank lines, page furniture and menus above it.
func (p *parser) firstContent(first, h int) bool {
	for i := first; i < h; i++ {
		if !p.lines[i].blank && !p.skippable(i) && !menuLine(p.lines[i].text) {
			return false
		}
	}
	return true
}

// lineBetween reports whether a non-blank line between line h and the
// date line d passes is: a section path (ホーム ＞ ニュース ＞ 医療, isBreadcrumb)
// or a button to follow the site (読者になる) under h makes h the site's
// or the blog's name, the title coming under the date line.
func (p *parser) lineBetween(h, d int, is func(string) bool) bool {
	for i := h + 1; i < d; i++ {
		if !p.lines[i].blank && is(p.lines[i].text) {
			return true
		}
	}
	return false
}

// issuerBlockLine reports a line of the block a company's disclosure
// prints between its date and its title: the addressees (各　位), the
// issuer's fields (会社名　…, 代表者名　…, 問合せ先　…) and lines in
// brackets of a code or a telephone number.
func issuerBlockLine(s string) bool {
	if addressees(s) {
		return true
	}
	t := unspaced.Replace(s)
	if strings.Contains(s, "。") {
		return false
	}
	if in, ok := cutBrackets(t); ok {
		t = in // （コード番号：0000）, （TEL．000-000-0000）
	}
	if isContact(t) || isLabelValue(t, utf8.RuneCountInString(t)) {
		return true
	}
	_, field := hasPrefixAny(t, "会社名", "代表者名", "代表者", "問合せ先", "問い合わせ先", "コード番号", "上場取引所", "所在地")
	return field
}

// maxIssuerLines bounds the lines of a disclosure's issuer block read
// between its date and its title.
const maxIssuerLines = 12

// addressedFrom reports whether an addressees' line (各位) lies after the
// date line d and at or before line i, within maxIssuerLines of it.
func (p *parser) addressedFrom(d, i int) bool {
	for k := d + 1; k <= i && k <= d+maxIssuerLines+1; k++ {
		if addressees(p.lines[k].text) {
			return true
		}
	}
	return false
}

// unspaced removes the spaces a page prints between the characters of a
// short word (各　位, 会 社 名).
var unspaced = strings.NewReplacer(" ", "", "\u3000", "")

// addressees reports the line a disclosure opens with: 各位, 株主各位.
func addressees(s string) bool {
	t := unspaced.Replace(s)
	return t == "各位" || t == "関係各位" || t == "株主各位" || t == "報道関係各位"
}

// maxSectionLines bounds the lines of section labels read between an
// outlet's name and the title under it.
const maxSectionLines = 6

// followButton reports a button to follow a blog or an account.
//
// A name before the button, and brackets around it, make the same line:
// the account the article comes from (港北日日　［フォローする］).
func followButton(s string) bool {
	s = strings.TrimSpace(s)
	if followWords[s] {
		return true
	}
	for _, br := range [][2]string{{"［", "］"}, {"[", "]"}, {"【", "】"}, {"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutSuffix(s, br[1]); ok {
			if i := strings.LastIndex(in, br[0]); i >= 0 && followWords[in[i+len(br[0]):]] {
				name := strings.TrimSpace(in[:i])
				return utf8.RuneCountInString(name) <= maxSiteName*2 && !strings.ContainsAny(name, "、。「」")
			}
		}
	}
	return false
}

// followWords are the buttons to follow a blog or an account.
var followWords = setOf("読者になる", "フォローする", "フォロー", "購読する", "このブログを購読", "ブログを購読", "+フォロー", "＋フォロー", "Follow", "FOLLOW")

// idLine reports a label and the page's number or identifier, such as a
// page prints over or under its title (ページ番号：2045178, 記事ID 20260512A):
// furniture, never a headline. The identifier has three digits or more
// and nothing but ASCII letters, digits and - _ #.
func idLine(s string) bool {
	for _, sep := range []string{"：", ":", " ", "\u3000"} {
		label, id, ok := strings.Cut(strings.TrimSpace(s), sep)
		id = strings.TrimLeft(id, " \u3000")
		if !ok || label == "" || id == "" || utf8.RuneCountInString(label) > 8 || !strings.ContainsFunc(label, isCJK) {
			continue
		}
		digits := 0
		for _, r := range id {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '_' || r == '#':
			default:
				return false
			}
		}
		return digits >= 3
	}
	return false
}

func isURL(s string) bool {
	_, ok := hasPrefixAny(s, "http://", "https://")
	return ok && !strings.ContainsAny(s, " \u3000")
}

// broadcasters are outlets named by their letters alone.
var broadcasters = setOf("NHK", "TBS", "NTV", "ABC", "MBS", "CBC", "KBS", "CNN", "BBC", "AFPBB News", "Yahoo!ニュース", "Yahoo!JAPAN")

// cutBar cuts s around its first bar (｜ or |).
func cutBar(s string) (before, after string, found bool) {
	i := strings.IndexAny(s, "|｜")
	if i < 0 {
		return s, "", false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+n:], true
}

// latinName reports a name in Latin letters: letters, digits, spaces and
// the marks names use (&, ., -, ').
func latinName(s string) bool {
	letters, ok := countRunes(s, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' },
		func(r rune) bool { return r >= '0' && r <= '9' || strings.ContainsRune(" &.-'", r) })
	return ok && letters >= 2
}

// katakanaName reports a name in katakana, as a Latin name is read
// (ハーバー・ポート).
func katakanaName(s string) bool {
	n, ok := countRunes(s, isKatakana, func(r rune) bool { return r == '・' || r == ' ' || r == '\u3000' })
	return ok && n >= 2
}

// outletName reports a line that is a news outlet's name alone: a
// broadcaster or agency, or a short name ending in 新聞, 放送, ニュース …
func outletName(s string) bool {
	s = strings.TrimSpace(s)
	if broadcasters[s] || slices.Contains(agencies, s) {
		return true
	}
	if a, b, ok := cutBar(s); ok {
		// HARBOR WEB｜ハーバー・ウェブ, TIDE PORT | タイドポート:
		// the name and its reading, or a name and its site's word.
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if a != "" && b != "" && !strings.ContainsAny(b, "|｜") &&
			(outletName(a) && (outletName(b) || katakanaName(b) || latinName(b)) || latinName(a) && katakanaName(b) || katakanaName(a) && latinName(b)) {
			return true
		}
	}
	if a, b, ok := strings.Cut(s, " "); ok && len(a) >= 2 && len(a) <= 5 && strings.TrimFunc(a, func(r rune) bool { return r >= 'A' && r <= 'Z' }) == "" && outletName(b) {
		return true // KBT 北浜テレビ: the call letters, then the name
	}
	if siteWordName(s) {
		return true
	}
	// 北浜ケーブルテレビ ニュース, 港北通信 ニュース速報: the name, then
	// the site's word
	for _, web := range []string{"ニュース", "NEWS", "News", "ニュース速報", "速報"} {
		if n, ok := strings.CutSuffix(s, " "+web); ok && outletName(n) {
			return true
		}
	}
	if utf8.RuneCountInString(s) > 12 {
		return false
	}
	if n, ok := strings.CutSuffix(s, "社"); ok && n != "" && outletName(n) {
		return true // みなと日報社: the company that prints the paper
	}
	for _, suf := range outletSuffixes {
		if n, ok := strings.CutSuffix(s, suf); ok && strings.TrimSpace(n) != "" && !strings.ContainsAny(strings.TrimSpace(n), "、。 「」") && !strings.HasSuffix(n, "の") {
			// (not こころのポスト: a column's name, a word of the
			// paper's after の)
			return true
		}
	}
	// 東嶺日報デジタル, 北斗スポーツWEB: a paper's name and its site's
	for _, web := range []string{"デジタル", "オンライン", "WEB", "Web", "web", "ウェブ", "プラス"} {
		if n, ok := strings.CutSuffix(strings.TrimSpace(s), web); ok && n != "" {
			n = strings.TrimSpace(n)
			if outletName(n) || strings.HasSuffix(n, "スポーツ") && n != "スポーツ" {
				return true
			}
		}
	}
	return false
}

// siteWordName reports a short name and a word only a site's name ends
// in (みなと経済オンライン, 北浜ドットコム, 港町と暮らし ONLINE); a headline
// puts a particle before such a word (授業はオンライン), and no space
// before one in Latin letters.
func siteWordName(s string) bool {
	for _, web := range []string{"オンライン", "ドットコム", "WEB", "Web", "ウェブ", ".com", ".jp", "ONLINE", "Online"} {
		n, ok := strings.CutSuffix(s, web)
		spaced := strings.HasSuffix(n, " ") && isLatin(firstRune(web))
		n = strings.TrimRight(n, " ")
		if ok && n != "" && utf8.RuneCountInString(n) <= maxSiteName && !strings.ContainsAny(n, "、。「」！？!? 　・") {
			if r, _ := utf8.DecodeLastRuneInString(n); spaced || !isHiragana(r) {
				return true
			}
		}
	}
	return false
}

// maxSiteName bounds the name before a site's word (オンライン), in runes.
const maxSiteName = 10

// seriesOver reports whether up, a short line of words with no
// punctuation (トップに聞く), is the name of a series over the headline l,
// at least twice as long: a label, not a headline over its dek.
func seriesOver(up, l line) bool {
	return up.n <= maxSeriesRunes && !strings.ContainsAny(up.text, "、。「」！？!? 　") && l.n >= 2*up.n && l.n >= minUnderSeries
}

// labelOver reports whether up, a line of bare words (no kana particles,
// no punctuation) right over the headline l and much shorter, is a label
// (北浜リーグ1部 第24節, 港の経済): a headline printed over its dek has
// kana or punctuation.
func labelOver(up, l line) bool {
	return up.n <= 20 && !hasHiragana(up.text) && !strings.ContainsAny(up.text, "、。「」！？!?") && l.n >= up.n+6
}

// maxTrailWord bounds a word of a trail printed with spaces, in runes.
const maxTrailWord = 10

// instalment reports a line that names a series and its number over a
// headline (連載「港町の台所」第3回, シリーズ 北浜の明日（5）), or a
// section and a series in it (特集｜港町の明日): a label, not a headline
// over its dek.
func instalment(s string) bool {
	if utf8.RuneCountInString(s) > maxInstalmentRunes || strings.ContainsAny(s, "、。") {
		return false
	}
	if _, ok := hasPrefixAny(s, "連載", "短期連載", "シリーズ", "【連載】", "［連載］", "<連載>", "〈連載〉"); ok {
		return true
	}
	if a, b, ok := cutBar(s); ok {
		// 特集｜港町の明日: a section and the series in it.
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if a != "" && utf8.RuneCountInString(a) <= 6 && isLabelWord(a) && b != "" && utf8.RuneCountInString(b) <= 20 && !strings.ContainsAny(b, "|｜「」") {
			return true
		}
		// CONVERSATIONS｜港の人々 第8回: a label of any length, then a
		// numbered instalment.
		return a != "" && isLabelWord(a) && b != "" && !strings.ContainsAny(b, "|｜") && instalment(b)
	}
	t := strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(t, "(（"); i > 0 && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
		t = strings.TrimRight(t[:i], " 　") // 組合だより 第88号（野菜）: the issue's subject aside
	}
	if k := strings.LastIndexAny(t, " \u3000"); k > 0 {
		// 港町の台所 Vol.12, 港の仕事人 #8: a series and its number.
		for _, m := range []string{"Vol.", "vol.", "VOL.", "No.", "#", "＃"} {
			if n, ok := strings.CutPrefix(strings.TrimLeft(t[k:], " \u3000"), m); ok && n != "" && strings.Trim(n, "0123456789") == "" {
				return true
			}
		}
	}
	for _, unit := range []string{"回", "号"} {
		if h, ok := strings.CutSuffix(t, unit); ok {
			d := strings.TrimRightFunc(h, func(r rune) bool {
				return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百", r)
			})
			return d != h && strings.HasSuffix(d, "第")
		}
	}
	return false
}

// maxInstalmentRunes bounds a series label with its number, in runes.
const maxInstalmentRunes = 30

// maxSeriesRunes and minUnderSeries bound a series name over a headline and
// the headline under it, in runes.
const (
	maxSeriesRunes = 8
	minUnderSeries = 14
)

// bracketLabel reports a short label alone in brackets: 【速報】, ［時の回廊］,
// 〔経済〕.
func bracketLabel(s string) bool {
	for _, b := range [][2]string{{"【", "】"}, {"［", "］"}, {"[", "]"}, {"〔", "〕"}, {"＜", "＞"}, {"<", ">"}, {"〈", "〉"}, {"《", "》"}} {
		if in, ok := strings.CutPrefix(s, b[0]); ok {
			if in, ok = strings.CutSuffix(in, b[1]); ok {
				return in != "" && utf8.RuneCountInString(in) <= 12 && !strings.ContainsAny(in, b[0]+b[1]+"。、")
			}
		}
	}
	return false
}

// titleUnderSection returns the line under line i when line i is a
// section in brackets (［社会］) and the next line a title with the
// text next under that (prose, or an indented clause broken by the
// printout's width): a wire's printout, whose headline follows the
// date and section while the lines above the date are the system's. It
// returns -1 otherwise.
func (p *parser) titleUnderSection(i int) int {
	if i >= len(p.lines) || !bracketLabel(p.lines[i].text) {
		return -1
	}
	if _, _, ok := p.bylineLine(p.lines[i]); ok {
		return -1 // [森川忠，みなと日報]: the authors, under the headline
	}
	ti := p.nextContent(i, len(p.lines))
	bi := p.nextContent(ti, len(p.lines))
	if ti < 0 || bi < 0 {
		return -1
	}
	t, b := &p.lines[ti], &p.lines[bi]
	if !p.isTitle(*t) || t.prose || !(b.prose || b.indent && strings.Contains(b.text, "、")) {
		return -1
	}
	return ti
}

// maxMasthead bounds the lines of a page's masthead pastMasthead skips.
const maxMasthead = 4

// pastMasthead returns the line that opens a page after the lines of its
// masthead, from line h on, when the page prints no date over its text:
// the outlet's name, an issue's number, a section path, a section's label
// alone (週刊港町 Web / ホーム / コラム / 暮らし / コラム, then the title).
// It returns h when the lines it would skip are not all such, or when no
// title follows them.
func (p *parser) pastMasthead(h int) int {
	i := h
	for n := 0; i < len(p.lines) && n <= maxMasthead; i++ {
		l := &p.lines[i]
		if p.skippable(i) {
			continue
		}
		if !(outletName(l.text) || issueMasthead(l.text) || isBreadcrumb(l.text) || sectionPair(l.text) || l.n <= maxLabelLine && isLabelWord(l.text)) {
			break
		}
		n++
	}
	if i == h || i >= len(p.lines) || !p.isTitle(p.lines[i]) || p.lines[i].prose {
		return h
	}
	return i
}

// releaseHead reports whether the lines over the headline h, from first,
// make the head of a press release: the kind of document, the issuer's
// name alone, or a distributor of releases.
func (p *parser) releaseHead(first, h int) bool {
	for i := first; i < h; i++ {
		t := p.lines[i].text
		if documentKind(t) || companyLine(t) || strings.Contains(t, "プレスリリース") || strings.Contains(t, "ニュースリリース") {
			return true
		}
	}
	return false
}

// bracketedCredit reports a line that is only credits in brackets, as a
// portal prints them under its date line: [北浜ニュース編集部,森川 さくら].
func (p *parser) bracketedCredit(l line) bool {
	if _, ok := cutAny(l.text, [][2]string{{"[", "]"}, {"［", "］"}}); !ok || strings.ContainsAny(l.text, "。") {
		return false
	}
	_, _, ok := p.bylineLine(l)
	return ok
}

// overMenu reports whether line i, among the first lines of the page
// from first, stands right over the site's menu: the site's name
// (北浜タイムズ DIGITAL, KAWABE ウィークリー ｜ 川辺の話題), whatever words it
// is written in, never the headline nor its kicker.
func (p *parser) overMenu(first, i int) bool {
	if i-first > maxMastheadLines || p.lines[i].n > maxMastheadName || strings.ContainsAny(p.lines[i].text, "。、「」") {
		return false
	}
	for k := first; k < i; k++ {
		if !p.skippable(k) {
			return false // a line of content above it: no masthead
		}
	}
	n := p.nextContent(i, len(p.lines))
	return n >= 0 && p.lines[n].ui && menuLine(p.lines[n].text)
}

// menuEcho reports whether line i, right over the headline, names a link
// of a menu above it, whole or without its last word (校内ニュース under
// トップ｜校内ニュース｜部活動; 交通情報ニュース under 交通情報｜ニュース): the
// section the page is in, its kicker, though it ends like a site's name.
func (p *parser) menuEcho(first, i int) bool {
	s := strings.TrimSpace(p.lines[i].text)
	stem, _ := strings.CutSuffix(s, "ニュース")
	for k := first; k < i; k++ {
		if l := p.lines[k]; l.ui && menuLine(l.text) {
			for w := range strings.FieldsFuncSeq(l.text, menuSep) {
				if w == s || w == stem {
					return true
				}
			}
		}
	}
	return false
}

// maxMastheadLines bounds where the site's name stands, in lines from the
// first; maxMastheadName bounds its length, in runes.
const (
	maxMastheadLines = 3
	maxMastheadName  = 30
)

// maxLabelLine bounds a section's label alone on its line, in runes.
const maxLabelLine = 10

// issueMasthead reports the masthead of an issue: a title with the issue's
// month or number (広報北浜 2026年4月号 No.612, 港町だより 第88号).
// issueLine reports a date line that opens with the number of an issue
// of a newsletter (第12号　2026年4月1日発行).
func issueLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "第")
	if !ok {
		return false
	}
	k := strings.Index(rest, "号")
	return k > 0 && strings.Trim(rest[:k], "0123456789") == ""
}

func issueMasthead(s string) bool {
	if !strings.Contains(s, "号") && !strings.Contains(s, "No.") && !strings.Contains(s, "Vol.") && !strings.Contains(s, "vol.") && !strings.Contains(s, "VOL.") {
		return false // the issue's mark; most lines have none
	}
	if utf8.RuneCountInString(s) > maxMastheadRunes || strings.ContainsAny(s, "、。！？!?") {
		return false
	}
	// The issue's mark ends the line or a spaced part of it.
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' }) {
		if strings.HasSuffix(part, "月号") && len(part) > len("月号") {
			return true
		}
		for _, m := range []string{"No.", "Vol.", "vol.", "VOL."} {
			if rest, ok := strings.CutPrefix(part, m); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
				return true
			}
		}
		if k := strings.LastIndex(part, "第"); k >= 0 {
			// 第58号, 会報「港北だより」第58号: the number closes the part
			if n, ok := strings.CutSuffix(part[k+len("第"):], "号"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
				return true
			}
		}
	}
	return false
}

// maxMastheadRunes bounds an issue's masthead, in runes.
const maxMastheadRunes = 40

// leadLabelled reports a line that a label in brackets marks as the
// article's summary (＜リード＞…, 【リード】…, [要旨]…).
func leadLabelled(s string) bool {
	for _, b := range headBrackets {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			if k := strings.Index(rest, b[1]); k > 0 {
				switch rest[:k] {
				case "リード", "要旨", "要約", "概要", "ポイント":
					return strings.TrimSpace(rest[k+len(b[1]):]) != ""
				}
			}
			return false
		}
	}
	return false
}

// documentKinds are the kinds of document a release prints at its head.
var documentKinds = setOf("press release", "news release", "プレスリリース", "ニュースリリース", "報道発表資料", "報道資料", "報道発表")

// documentKind reports a line that names the kind of document alone
// (PRESS RELEASE, ニュースリリース): a label over the title, never the title.
func documentKind(s string) bool {
	return documentKinds[strings.ToLower(strings.TrimSpace(s))]
}

// skippable reports header lines that are never content.
func (p *parser) skippable(i int) bool {
	l := p.lines[i]
	return l.blank || l.ui || l.first != i || mediaLink(l.text)
}

// mediaTitle reports whether line i, a link to the photos (mediaLink),
// is the title of the page itself: no title follows it before the date
// line d, as on the page of a photo feature (【写真特集】…).
func (p *parser) mediaTitle(i, d int) bool {
	l := p.lines[i]
	if l.blank || l.ui || l.first != i || !mediaLink(l.text) {
		return false
	}
	for k := i + 1; k < d; k++ {
		if !p.skippable(k) && p.isTitle(p.lines[k]) {
			return false
		}
	}
	return true
}

// mediaLink reports whether s is a link to the photos or the video of the
// article, as portals print over it: 【写真】寄港した大型客船.
func mediaLink(s string) bool {
	for _, h := range []string{"【写真】", "【画像】", "【動画】", "【写真特集】", "【フォト】"} {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	return false
}

// header finds the kicker, headline, subheadline, date line and bylines,
// and returns the index of the first line after the header.
// englishName reports a line of words in Latin letters alone (Kitahama
// Town Office), as a Japanese site prints its name in English under it.
func englishName(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if !isLatin(r) && !strings.ContainsRune("&.,-'", r) {
				return false
			}
		}
		words++
	}
	return words >= 2
}

func (p *parser) header() int {
	lines := p.lines
	next := func(i int) int { // next non-blank line after i
		for i++; i < len(lines) && lines[i].blank; i++ {
		}
		return i
	}
	first := next(-1)
	if first >= len(lines) {
		return len(lines)
	}
	if b := p.fieldHeader(first); b >= 0 {
		return b // タイトル：…, 日付：…, 本文：
	}
	// livedoor news corpus: URL, ISO time, headline, body.
	if isURL(lines[first].text) {
		if d := next(first); d < len(lines) {
			if fds := p.findDates(lines[d].text); len(fds) == 1 && fds[0].start == 0 && fds[0].end == len(lines[d].text) {
				lines[first].role = roleUI
				p.setDateLine(d)
				if h := next(d); h < len(lines) {
					if p.given.head != "" && p.headlineRange(h, true) == (rng{}) && isText(&lines[h]) {
						return h // running text, not the caller's headline
					}
					p.setHeadline(h)
					return h + 1
				}
				return len(lines)
			}
		}
	}
	// The date line: among the first 25 content lines, before the body.
	D, dl := -1, dateLine{}
	for i := range p.headerLines(first) {
		if x, ok := p.readDateLine(lines[i]); ok {
			if p.trailingDate(first, i) {
				break // （2025年11月17日 0時12分） under the text: read with the tail
			}
			if datedTitle(lines[i].text) && p.labelledDateBelow(i) {
				continue // 町長会見（8月3日） over 公開日：…: a title and the day it tells of
			}
			D, dl = i, x
			break
		}
	}
	// The headline: the last title before the date line, else the first
	// title after it, else the first content line.
	H := -1
	siteLine := -1    // the site's name over the path to the page
	printout := false // a wire's printout: the lines above its date are the system's
	if D >= 0 {
		for i := first; i < D; i++ {
			if i == next(first) && englishName(lines[i].text) {
				lines[i].ui = true // 北浜町役場 over Kitahama Town Office: the site's name in English
				continue
			}
			if i == first && (issueLine(lines[D].text) || p.lineBetween(i, D, issueMasthead)) {
				// 会報「港北だより」 over 第12号　…発行, NPO法人港北の森 over
				// 会報「森だより」第12号: the newsletter's name over its issue
				lines[i].ui = true
				continue
			}
			if (!p.skippable(i) || p.mediaTitle(i, D)) && p.isTitle(lines[i]) && !outletName(lines[i].text) && !documentKind(lines[i].text) && !issueMasthead(lines[i].text) && !p.overMenu(first, i) && !companyLine(lines[i].text) {
				// the outlet's name over a menu is no headline, nor PRESS
				// RELEASE, nor 広報北浜 4月号, nor the issuer of a release
				H = i
			}
		}
		if H >= 0 && p.firstContent(first, H) && (p.lineBetween(H, D, isBreadcrumb) || p.lineBetween(H, D, followButton) || p.lineBetween(H, D, menuLine)) {
			// 港北リリース配信 over ニュース ＞ 医療: the site's name over
			// the path to the page, a blog's name over its follow button
			// or its menu; the title is under the date line.
			siteLine, H = H, -1
		}
		// A dek printed right under the headline: two titles on
		// adjacent lines above the date line are headline and
		// subheadline.
		if u := H - 1; H > first && !lines[u].blank && !p.skippable(u) && lines[u].count == 1 && lines[H].count == 1 && p.isTitle(lines[u]) && !isBreadcrumb(lines[u].text) && !trailTo(lines[u].text, lines[H].text) &&
			!outletName(lines[u].text) && (hasHiragana(lines[u].text) || strings.ContainsAny(lines[u].text, "、「」")) && !seriesOver(lines[u], lines[H]) && !instalment(lines[u].text) {
			// A line of bare words above it (コラム 潮風) or the
			// outlet's name (みなと放送NEWS) labels the page: no
			// headline over a dek.
			H--
		}
		if H >= 0 {
			if t := p.titleUnderSection(next(D)); t >= 0 {
				H, printout = t, true
			}
		}
		if H < 0 {
			disclosure := false // 各位 under the date line: a company's disclosure
			issuerLines := 0
			for i, k := D+1, 0; i < len(lines) && k < 6; i++ {
				if p.skippable(i) {
					continue
				}
				k++
				if bracketLabel(lines[i].text) || instalment(lines[i].text) && i+1 < len(lines) && !lines[i+1].blank && p.isTitle(lines[i+1]) && !lines[i+1].prose {
					continue // ［社会］, 連載　港の人々　第8回 over the headline: its section, its series
				}
				if addressees(lines[i].text) {
					disclosure = true
				}
				if disclosure && issuerBlockLine(lines[i].text) && issuerLines < maxIssuerLines {
					issuerLines++
					k-- // 各位, 会社名　北浜精工株式会社, （コード番号：0000）: a disclosure's addressees and issuer
					continue
				}
				if _, ok := p.readDateLine(lines[i]); ok {
					continue // 更新：5月10日 9:15 under the date line: a second date, no title
				}
				if _, ok := hasPrefixAny(lines[i].text, "発行：", "発行:", "発行元", "編集：", "編集:", "編集・発行", "発行・編集"); ok {
					lines[i].ui = true // 発行：港北の会 事務局 under an issue's date: who issues it
					continue
				}
				if tocLine(lines[i].text) {
					lines[i].ui = true // 目次　1 …　2 …: the issue's contents, over its first title
					continue
				}
				if p.isTitle(lines[i]) {
					H = i
					break
				}
				if lines[i].prose {
					break // the body has begun: no headline below it
				}
			}
		}
		if H < 0 {
			// The longest line before the date line; a line the page
			// repeats is a section label, the headline only when
			// every line is repeated.
			best := 0
			for i := first; i < D; i++ {
				w := lines[i].n
				if lines[i].count > 1 || isBreadcrumb(lines[i].text) {
					w = 0 // a repeated label, the path to the page
				}
				if !p.skippable(i) && (H < 0 || w > best) {
					H, best = i, w
				}
			}
		}
	}
	if H < 0 {
		for i := first; i < len(lines); i++ {
			if !p.skippable(i) && i != D && !p.overMenu(first, i) {
				H = i
				break
			}
		}
		if H >= 0 && D < 0 && outletName(lines[H].text) {
			// 北浜通信 ニュース速報, then 国際 and the title: the outlet's
			// name and its sections over the page's title.
			k := H + 1
			for ; k < len(lines) && k-H <= maxSectionLines && (lines[k].blank || p.skippable(k) || lines[k].n <= maxLabelLine && isLabelWord(lines[k].text)); k++ {
			}
			if k < len(lines) && k-H <= maxSectionLines && p.isTitle(lines[k]) && !lines[k].prose {
				H = k
			}
		}
		if D < 0 && H >= 0 {
			H = p.pastMasthead(H)
		}
		if n := next(H); H >= 0 && D < 0 && n == H+1 && n < len(lines) && lines[H].n <= 10 && isLabelWord(lines[H].text) && p.bareTitle(n) && p.isTitle(lines[n]) {
			// "経済" over the headline: a section label, the kicker.
			H = n
		}
		if H >= 0 && D < 0 && p.given.head == "" && !p.bareTitle(H) {
			// Text without a page around it: the body alone.
			return first
		}
	}
	if p.given.head != "" {
		H = p.givenHeadline(first, D, H)
		if H < 0 && D < 0 {
			return first // the body alone, under the caller's headline
		}
	} else if H < 0 {
		return len(lines)
	}
	if n := next(H); H >= 0 && n < len(lines) && n != D && sectionLabel(lines[H].text) && !isLabelWord(lines[n].text) && p.isTitle(lines[n]) && lines[n].n > lines[H].n {
		// ひと／対談, 地域の話題　TOPICS over the title: the
		// section's label, the kicker.
		H = n
	}
	if H >= 0 {
		p.setHeadline(H)
	}
	D2 := -1
	if D >= 0 {
		p.useDateLine(D, dl)
		D2 = p.secondDateLine(next(D), H)
		for i := next(D); D2 < 0 && p.a.Published == nil && i < H; i = next(i) {
			// 更新日：… on the page's line, then the release's own date
			// alone on a line further down: the time it was published.
			if dateAlone(lines[i].text) {
				D2 = p.secondDateLine(i, H)
			}
		}
	}
	// Lines before the headline: kicker and subheadline.
	end := max(H, D, D2)
	kickLine := -1 // the line the kicker was taken from whole
	for i := first; i < end; i++ {
		if i == H || i == D || i == D2 {
			continue
		}
		l := &lines[i]
		if i == H-1 && l.ui && p.a.Kicker == nil && menuSections[strings.TrimSpace(l.text)] && p.menuEcho(first, i) {
			// トップ｜ニュース｜クイズ, then ニュース right over the
			// headline: the section the page is in, though alone it is
			// a word of furniture.
			l.role = roleKicker
			p.a.Kicker = p.textPtr(l.s, l.e)
			kickLine = i
			continue
		}
		if i == siteLine || p.skippable(i) || followButton(l.text) || D >= 0 && D < i && i < H && issuerBlockLine(l.text) && p.addressedFrom(D, i) || i < H && (outletName(l.text) && !(i == H-1 && p.menuEcho(first, i)) || companyLine(l.text) || issueMasthead(l.text) && !(i == H-1 && instalment(l.text)) || p.overMenu(first, i)) || printout && i < D {
			// NHK, 港南新聞: the site's name over the page, no kicker.
			l.role = roleUI
			continue
		}
		if i < H && trailTo(l.text, lines[H].text) && !isBreadcrumb(l.text) {
			// 新着情報一覧 ＞ <the headline>: a link back and the page's
			// title, over the title (a longer path is the kicker)
			l.role = roleUI
			continue
		}
		if cs, kick, ok := p.bylineLine(*l); ok && (i > H || D >= 0 && i > D) && !documentKind(l.text) {
			l.role = roleByline
			if kick.e > kick.s && p.a.Kicker == nil {
				p.a.Kicker = p.textPtr(kick.s, kick.e)
			}
			p.addCredits(cs)
			continue
		}
		switch {
		case idLine(l.text):
			l.role = roleUI // ページ番号：2045178: the page's number
		case documentKind(l.text) && p.a.Kicker != nil:
			l.role = roleUI // 報道発表資料 under the path that named the section
		case i < H && documentKind(l.text) && p.a.Kicker == nil:
			// PRESS RELEASE over the title: the kind of page, its kicker
			l.role = roleKicker
			p.a.Kicker = p.textPtr(l.s, l.e)
			kickLine = i
		case isBreadcrumb(l.text):
			// ニュース > 経済 > 企業: the section path.
			l.role = roleKicker
			if k := kickLine; k >= 0 && !isBreadcrumb(lines[k].text) {
				// ニュース / 経済, then ホーム ＞ 経済: the path over a menu
				lines[k].role = roleTag
				p.addTag(lines[k].s, lines[k].e)
				p.a.Kicker = p.textPtr(l.s, l.e)
				kickLine = i
			} else if p.a.Kicker == nil {
				p.a.Kicker = p.textPtr(l.s, l.e)
				kickLine = i
			} else {
				l.role = roleTag
				p.addTag(l.s, l.e)
			}
		case i < H && instalment(l.text):
			// コラム, then 連載「港町の台所」第3回 over the headline: the
			// series nearest the headline is the kicker, the label above
			// it a tag.
			if k := kickLine; k >= 0 {
				lines[k].role = roleTag
				p.addTag(lines[k].s, lines[k].e)
			} else if p.a.Kicker != nil {
				// a kicker cut from a line of its own stays
				l.role = roleTag
				p.addTag(l.s, l.e)
				continue
			}
			l.role = roleKicker
			p.a.Kicker = p.textPtr(l.s, l.e)
			kickLine = i
		case i == H-1 && p.a.Kicker != nil && kickLine >= 0 && isBreadcrumb(lines[kickLine].text) && labelOver(*l, lines[H]):
			// ニュース ＞ サッカー, then 北浜リーグ1部 第24節 over the
			// headline: the label nearest the headline is the kicker, the
			// path above it a tag.
			lines[kickLine].role = roleTag
			p.addTag(lines[kickLine].s, lines[kickLine].e)
			l.role = roleKicker
			p.a.Kicker = p.textPtr(l.s, l.e)
			kickLine = i
		case i < H && p.isTitle(*l) && p.a.Subheadline == nil && !bracketLabel(l.text) && !sectionLabel(l.text) && !(i == H-1 && seriesOver(*l, lines[H])):
			// "港湾再開発 市長「春までに結論」": a series
			// label, then the subheadline.
			l.role = roleSubheadline
			toks := p.tokensOf(l.s, l.e)
			if len(toks) > 1 && p.a.Kicker == nil {
				t0 := p.norm[toks[0].s:toks[0].e]
				if n := utf8.RuneCountInString(t0); n <= 10 && !strings.ContainsAny(t0, "、。「」") {
					if rest := p.norm[toks[1].s:l.e]; !hasHiragana(rest) && !strings.ContainsAny(rest, "「」、") && l.n <= 12 {
						// コラム 潮風: a label of bare words, all of
						// it the kicker.
						l.role = roleKicker
						p.a.Kicker = p.textPtr(l.s, l.e)
						kickLine = i
						continue
					}
					p.a.Kicker = p.textPtr(toks[0].s, toks[0].e)
					p.a.Subheadline = p.textPtr(toks[1].s, l.e)
					continue
				}
			}
			p.a.Subheadline = p.textPtr(l.s, l.e)
		case i < H && (l.n < 10 && !l.prose || bracketLabel(l.text) || sectionPair(l.text) || sectionLabel(l.text)):
			l.role = roleKicker
			if p.a.Kicker == nil {
				p.a.Kicker = p.textPtr(l.s, l.e)
				kickLine = i
			} else if k := kickLine; k >= 0 && (isBreadcrumb(lines[k].text) || i == H-1 || bracketLabel(l.text)) {
				// ニュース ＞ 防災, then 【速報】 over the headline: the
				// label nearest the headline is the kicker, the section
				// path or the menu above it tags.
				lines[k].role = roleTag
				p.addTag(lines[k].s, lines[k].e)
				p.a.Kicker = p.textPtr(l.s, l.e)
				kickLine = i
			}
		case i > H && i == H+1 && p.isTitle(*l) && p.a.Subheadline == nil && !isLabelWord(l.text):
			// The dek right under the headline.
			l.role = roleSubheadline
			p.a.Subheadline = p.textPtr(l.s, l.e)
		case i > H && l.n <= 15 && !l.prose:
			l.role = roleTag
			if p.a.Kicker == nil && p.labelsBetween(H, end) == 1 {
				// One section label between the headline and the
				// date line is the kicker; several are tags.
				l.role = roleKicker
				p.a.Kicker = p.textPtr(l.s, l.e)
				continue
			}
			p.addTagLine(l)
		case i > H && p.isTitle(*l) && p.a.Subheadline == nil:
			l.role = roleSubheadline
			p.a.Subheadline = p.textPtr(l.s, l.e)
		default:
			l.role = roleUI
		}
	}
	// Lines over the headline other than the date line (the outlet, a
	// section path) make a page: a line between its header and its text
	// must read like words to open the text, and a dek may be told by its
	// shape alone.
	paged := p.furnished()
	for i := first; i < H && !paged; i++ {
		paged = !lines[i].blank && i != D
	}
	// A dek printed right under the headline in a page whose paragraphs
	// are indented, or framed by equals signs in wire copy.
	if end == H && H+1 < len(lines) && !lines[H+1].blank {
		l := &lines[H+1]
		dek := l.prose && p.furnished() ||
			// a title between the headline and the first indented
			// paragraph: 店主が閉店を発表　常連客ら惜しむ
			!l.prose && p.isTitle(*l) && H+2 < len(lines) && lines[H+2].indent && lines[H+2].prose
		// The same over a paragraph wrapped at a column, whose first line
		// alone is indented (a printed page's copy).
		wrappedDek := !l.prose && !l.indent && p.isTitle(*l) && H+3 < len(lines) && lines[H+2].indent && !lines[H+3].indent &&
			lines[H+2].n >= minOpenClause && continues(lines[H+2].text) && !lines[H+3].blank
		// ＝常連客ら別れ惜しむ＝: a wire story's dek, framed by equals signs
		// ～港北に新拠点、職員30名へ～: a release's dek, framed by waves
		framed := l.n >= 4 && !strings.Contains(l.text, "。") && l.count == 1
		if framed {
			framed = false
			for _, f := range []string{"=", "～", "〜", "~"} {
				// waves frame a dek on a page; in a bare title and text
				// they frame the text's first line as often
				framed = framed || strings.HasPrefix(l.text, f) && strings.HasSuffix(l.text, f) && (f == "=" || paged)
			}
		}
		// 常連客が花束　店主「感謝しかない」: two phrases split by a wide
		// space like a headline's, over a line of text, on a page.
		spaced := paged && !l.prose && !l.indent && p.isTitle(*l) && l.n <= maxDek && isHeadlineLike(l.text, l.n)
		if n := p.nextContent(H+1, len(lines)); spaced && (n < 0 || !lines[n].prose) {
			spaced = false
		}
		// 目標1000冊、町の本を町に残す under a release's title: the
		// summary a release prints over its first paragraph.
		released := !l.prose && !l.indent && p.isTitle(*l) && l.n <= maxDek && p.releaseHead(first, H)
		if n := p.nextContent(H+1, len(lines)); released && (n < 0 || !lines[n].prose) {
			released = false
		}
		if (dek && !l.indent && p.indented || wrappedDek || framed || spaced || released) && p.a.Subheadline == nil {
			l.role = roleSubheadline
			p.a.Subheadline = p.textPtr(l.s, l.e)
			end = H + 1
		}
	}
	// Between the header and the first paragraph: bylines, tags, captions.
	body := end + 1
	for body < len(lines) && !(lines[body].n <= maxBoxHead && tocHeads[headWord(lines[body].text)]) && !(isText(&lines[body]) && !lines[body].ui && lines[body].first == body && !outletName(lines[body].text) && !companyLine(lines[body].text) && !editorsNote(lines[body].text) && !workData(lines[body].text) && !leadLabelled(lines[body].text) && !p.bracketedCredit(lines[body])) {
		// みなと新報 under the date line: the outlet a portal credits;
		// 北浜精工株式会社, the issuer of a release. 目次 opens the text:
		// its entries are read with it.
		body++
	}
	if body >= len(lines) {
		return end + 1
	}
	if k := p.plainLead(end+1, body, paged); k >= 0 {
		body = k
	} else if p.prevContentIs(body, end+1, stampLine) {
		// ■19:25 over the text: the stamp of a running story's first entry
		for body--; lines[body].blank; body-- {
		}
	}
	for i := end + 1; i < body; i++ {
		l := &lines[i]
		if l.blank {
			continue
		}
		if p.skippable(i) && !(l.count > 1 && !l.ui) {
			l.role = roleUI
			continue
		}
		if outletName(l.text) || companyLine(l.text) || editorsNote(l.text) || workData(l.text) {
			l.role = roleUI // the outlet a portal credits, repeated or not, or the issuer of a release
			continue
		}
		if leadLabelled(l.text) && p.a.Subheadline == nil {
			// ＜リード＞…: the summary the page prints over its text
			l.role = roleSubheadline
			p.a.Subheadline = p.textPtr(l.s, l.e)
			continue
		}
		if l.count > 1 {
			// Section labels repeat on a page; other repeats are furniture.
			l.role = roleUI
			if l.n <= 10 && !l.prose {
				l.role = roleTag
				p.addTag(l.s, l.e)
			}
			continue
		}
		if cs, kick, ok := p.bylineLine(*l); ok {
			l.role = roleByline
			if kick.e > kick.s {
				p.addTag(kick.s, kick.e)
			}
			p.addCredits(cs)
			continue
		}
		if ws := hashtags(l.text); len(ws) > 1 {
			l.role = roleUI // #古書店 #川辺町: the words are kept as tags, not the marks
			for _, w := range ws {
				p.addTag(l.s+w[0], l.s+w[1])
			}
			continue
		}
		switch {
		case strings.Contains(l.text, "\t") || isContact(l.text) || hasScore(l.text):
			l.role = roleUI // a product table, a box or a match's score before the text
		case hasCaptionMark(l.text) || l.n > 10:
			l.role = roleCaption
			p.addCaption(l.s, l.e)
		default:
			l.role = roleTag
			p.addTagLine(l)
		}
	}
	return body
}

// stampLine reports a line that is only a clock time, bare or after a
// mark or in brackets (19:25, ■19:25, 【9:30】): the stamp of an entry of a
// running story.
func stampLine(s string) bool {
	s = strings.TrimSpace(s)
	end, _, ok := doc.ClockStamp(s)
	return ok && end == len(s)
}

// addTagLine records the line l as a tag: its value when it is labelled
// as the section (カテゴリー：レビュー), else the whole line.
func (p *parser) addTagLine(l *line) {
	if f, vs := p.field(l); f == fieldSection && vs < l.e {
		p.addTag(vs, l.e)
		return
	}
	p.addTag(l.s, l.e)
}

// secondDateLine reads line d, the line after the date line, as a second
// one that gives the time the first lacks: "(2026年11月28日 08時40分 更新)"
// under the publication time, or the publication time under an update
// line. It returns d, or -1 when the line is no such date line.
func (p *parser) secondDateLine(d, h int) int {
	if d >= len(p.lines) || d == h || p.skippable(d) {
		return -1
	}
	dl, ok := p.readDateLine(p.lines[d])
	if !ok {
		return -1
	}
	used := false
	if dl.upd != nil && p.a.Updated == nil {
		p.setUpdated(*dl.upd, dl.updS)
		used = true
	}
	if dl.pub != nil && dl.upd == nil && p.a.Published == nil {
		p.a.Published = dl.pub
		used = true
	}
	if !used {
		return -1
	}
	p.lines[d].role = roleDate
	return d
}

// headerMaxLines bounds the header: the date line and a line that prints
// the caller's headline are looked for among the first headerMaxLines
// non-blank lines.
const headerMaxLines = 25

// headerLines yields the non-blank lines of the header from line first:
// at most headerMaxLines of them, up to the second long line of running
// text, which is the body's.
func (p *parser) headerLines(first int) iter.Seq[int] {
	return func(yield func(int) bool) {
		seen, prose := 0, 0
		for i := first; i < len(p.lines) && seen < headerMaxLines && prose < 2; i++ {
			l := &p.lines[i]
			if l.blank {
				continue
			}
			seen++
			if !yield(i) {
				return
			}
			if l.prose && l.n >= 40 && !l.ui && l.count == 1 {
				prose++
			}
		}
	}
}

// datedTitle reports a line of words with a date in brackets after them
// and nothing else, the title of a record of one day (町長会見（2026年8月
// 3日）, 第3回審議会（令和8年10月7日）), or the date first and the title
// after a space; not a byline and its date.
func datedTitle(s string) bool {
	if k := strings.IndexAny(s, " \u3000"); k > 0 {
		// 令和8年8月3日　町長の月例会見: the day first, then the title.
		d := s[:k]
		if dateAlone(d) {
			w := strings.TrimSpace(s[k:])
			return utf8.RuneCountInString(w) >= minDatedTitle && !strings.ContainsAny(w, " \u3000") && !creditLast(w) && !strings.ContainsFunc(w, isDigit)
		}
	}
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		return false
	}
	k := strings.LastIndexAny(s, "(（")
	if k <= 0 || !isDateOnly(s[k:]) && !dateAlone(strings.Trim(s[k:], "()（）")) {
		return false
	}
	// 北浜町長会見 駐輪場と交通について（令和8年7月2日）: a long title may hold a
	// space; a short one with a space is a name and a credit.
	w := s[:k]
	n := utf8.RuneCountInString(w)
	return n >= minDatedTitle && (n >= minSpacedDatedTitle || !strings.ContainsAny(w, " \u3000")) && !creditLast(w)
}

// minSpacedDatedTitle is the fewest runes of a title with a space in it
// that a date in brackets follows.
const minSpacedDatedTitle = 14

// dateAlone reports a date and nothing else, in the common era or an
// era's (2026年8月3日, 令和8年8月3日).
func dateAlone(s string) bool {
	return isDateOnly(s) || startsEra(s) && isDateOnly(strings.TrimLeft(s, "令和平成昭元"))
}

// minDatedTitle is the fewest runes of a title a date in brackets follows.
const minDatedTitle = 5

// labelledDateBelow reports whether one of the few lines after line i is a
// date line that says what its date is (掲載日：…, 更新日 …).
func (p *parser) labelledDateBelow(i int) bool {
	for k, seen := i+1, 0; k < len(p.lines) && seen < maxDateBelow; k++ {
		l := p.lines[k]
		if l.blank {
			continue
		}
		seen++
		if _, ok := hasPrefixAny(strings.TrimLeft(l.text, "【［[(（ \u3000"), dateMarkers...); ok {
			if _, ok := p.readDateLine(l); ok {
				return true
			}
		}
	}
	return false
}

// maxDateBelow bounds the lines under a dated title searched for the date
// line of the page.
const maxDateBelow = 3

// trailingDate reports whether the date line d closes the text rather
// than opens it: text ending with a full stop comes before it and none
// after it, as pages that print the time under the article do.
func (p *parser) trailingDate(first, d int) bool {
	before := false
	for i := first; i < d; i++ {
		if l := &p.lines[i]; l.prose && !l.ui && lastRune(l.text) == '。' {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	for i := d + 1; i < len(p.lines); i++ {
		if l := &p.lines[i]; l.prose && !l.ui && lastRune(l.text) == '。' {
			return false
		}
	}
	return true
}

// givenHeadline returns the headline line of a text whose headline the
// caller gave: H, the line the layout makes the headline, when it prints
// it; else the first line of the header that prints it; else H when the
// text has a date line D and H is no running text (it keeps its place and
// goes to Boilerplate); else -1.
func (p *parser) givenHeadline(first, D, H int) int {
	if H >= 0 && p.headlineRange(H, true) != (rng{}) {
		return H
	}
	if m := p.givenLine(first, D); m >= 0 {
		return m
	}
	if D >= 0 && H >= 0 && !isText(&p.lines[H]) {
		return H
	}
	return -1
}

// labelsBetween counts the section labels among the lines (h, d): short
// lines that are no sentence and credit no author.
func (p *parser) labelsBetween(h, d int) int {
	n := 0
	for i := h + 1; i < d; i++ {
		l := p.lines[i]
		if p.skippable(i) || l.role == roleDate || l.n > 15 || l.prose {
			continue
		}
		if _, _, ok := p.bylineLine(l); ok {
			continue
		}
		n++
	}
	return n
}

// hasHiragana reports whether s holds a hiragana letter.
func hasHiragana(s string) bool { return strings.ContainsFunc(s, isHiragana) }

// trailHomes are the words a section path printed with spaces opens with.
var trailHomes = []string{"ホーム", "トップ", "TOP", "HOME", "Home"}

// trailTo reports whether s is a path of links that ends in title, the
// page's own title (新着情報一覧 ＞ 窓口の移転について).
func trailTo(s, title string) bool {
	if title == "" || len(s) <= len(title) {
		return false
	}
	h, ok := strings.CutSuffix(s, title)
	if !ok {
		return false
	}
	h = strings.TrimRight(h, " \u3000")
	_, ok = cutAnySuffix(h, ">", "＞", "»", "›", "→")
	return ok
}

// isBreadcrumb reports a section path, A > B > C: one separator or more
// between short parts; with a spaced slash (トップ / 地域 / 文化), which
// also splits a headline's halves, two or more. A path of three levels or
// more drawn with arrows may end in a title of any length.
func isBreadcrumb(s string) bool {
	if _, ok := hasPrefixAny(s, trailHomes...); !ok {
		// no trail printed with spaces alone
	} else if fs := strings.Fields(s); len(fs) >= 3 && slices.Contains(trailHomes, fs[0]) {
		// ホーム　ニュース一覧　気象: a trail printed with spaces alone
		short := true
		for _, f := range fs {
			short = short && utf8.RuneCountInString(f) <= maxTrailWord && !strings.ContainsAny(f, "。、「」")
		}
		if short {
			return true
		}
	}
	for _, sep := range []string{" > ", "＞", " » ", "›", ">", "»", " | ", " / ", " ／ "} {
		if !strings.Contains(s, sep) {
			continue // no slice made for a line without the separator
		}
		parts := strings.Split(s, sep)
		if len(parts) < 2 || len(parts) < 3 && strings.Contains(sep, "/") {
			continue
		}
		// Two levels (地域 > 沢渡町) are a trail when both are short
		// words; three or more when each is a short label.
		most := 15
		if len(parts) == 2 {
			most = 12
		}
		// A path of three or more levels drawn with arrows may end in
		// the page's own title (トップ ＞ 地域 ＞ 古書店、五十年の歩みに幕).
		titled := len(parts) >= 3 && !strings.Contains(sep, "/") && !strings.Contains(sep, "|")
		ok := true
		for k, pt := range parts {
			if titled && k == len(parts)-1 && strings.TrimSpace(pt) != "" {
				break
			}
			n := utf8.RuneCountInString(strings.TrimSpace(pt))
			if n == 0 || n > most || strings.ContainsAny(pt, "。、「」!！?？") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// furnished reports page furniture among the lines: text copied from a
// web page rather than an article's text alone.
func (p *parser) furnished() bool { return p.hasUI }

// plainLead returns the first line of [from, body), the lines between the
// header and the first paragraph, when they hold no page furniture, no
// repeat and no caption: in such plain text they are the start of the
// body (a lead-in, a series label, a sub-heading), bylines before them
// excepted; furniture over a lead wrapped at a column is passed over. On
// a page (paged: lines over its headline) each line must read like words
// (leadLike) unless a section head in brackets opens them. It returns -1
// when the lines are a page's.
func (p *parser) plainLead(from, body int, paged bool) int {
	if p.topicLabels(from, body) {
		return -1
	}
	first := -1
	skippedUI, section := false, false
	for i := from; i < body; i++ {
		l := p.lines[i]
		if l.blank {
			continue
		}
		if first < 0 && hasCaptionMark(l.text) && !l.ui && l.first == i && i+1 < body && p.lines[i+1].blank {
			continue // a photo's caption in a block of its own over the lead
		}
		if first < 0 && l.ui && l.count == 1 {
			skippedUI = true // 有料会員限定記事 over a lead wrapped at a column
			continue
		}
		if l.ui || l.first != i || l.count > 1 && p.furnished() || hasCaptionMark(l.text) || strings.Contains(l.text, "\t") || isContact(l.text) {
			return -1
		}
		if _, _, ok := p.bylineLine(l); ok && first < 0 || (outletName(l.text) || companyLine(l.text) || workData(l.text) || editorsNote(l.text) || leadLabelled(l.text)) && first < 0 {
			continue
		}
		if bracketLabel(l.text) && first < 0 {
			section = true // ＜出席者＞: the text's own section over its lines
		}
		if paged && !section && (!leadLike(&l) || photoAlt(&l)) {
			// ▽決勝（7日・…）, この記事の要点, ライター：…: a box or a
			// label over the text; 網を繕う港北の漁師たち: a photo's words
			return -1
		}
		if first < 0 {
			first = i
		}
	}
	if skippedUI && first >= 0 && !p.wrapsOn(first) {
		return -1 // furniture over a caption, not over a lead
	}
	return first
}

// wrapsOn reports whether line i is broken inside a sentence that goes on
// at the start of the next line.
func (p *parser) wrapsOn(i int) bool {
	l := &p.lines[i]
	return l.n >= minOpenClause && continues(l.text) && i+1 < len(p.lines) && !p.lines[i+1].blank
}

// photoAlt reports a line that reads like the words under a photo: a
// noun phrase of at most thirty runes with no punctuation, whose head
// (after の) is a noun or a name (網を繕う港北の漁師たち, 桶で水をまく港町の
// 森川忠さん).
func photoAlt(l *line) bool {
	if l.n > 30 || strings.ContainsAny(l.text, "、。！？!?「」『』：:") || !strings.Contains(l.text, "の") {
		return false // ゼロから始める港町ガイド: a series over the text
	}
	if _, ok := cutAnySuffix(l.text, "さん", "氏", "たち", "ら"); ok {
		return true
	}
	r := lastRune(l.text)
	return isHan(r) || isKatakana(r)
}

// leadMin is the fewest runes of a line that opens the text of a plain
// page before its first sentence (a lead-in, a series label).
const leadMin = 12

// leadLike reports a line that may open the text before its first
// sentence: words with kana, long enough for a phrase, not a label and
// its value.
func leadLike(l *line) bool {
	return l.n >= leadMin && hasHiragana(l.text) && !isLabelValue(l.text, l.n)
}

// maxTopicLabel bounds a topic label under the date line, in runes.
const maxTopicLabel = 8

// topicLabels reports whether the lines of [from, body) are topic labels
// printed under the date line, one word each at the margin, over an
// indented first paragraph (大雪 / 気象): tags, not the start of the text.
func (p *parser) topicLabels(from, body int) bool {
	if body >= len(p.lines) || !p.lines[body].indent {
		return false
	}
	n := 0
	for i := from; i < body; i++ {
		l := p.lines[i]
		if l.blank {
			continue
		}
		if l.indent || l.n > maxTopicLabel || !isLabelWord(l.text) {
			return false
		}
		n++
	}
	return n > 0
}

// bareTitleMax is the longest headline, in runes, read from text that has
// no date line: a longer first line is the start of the body.
const bareTitleMax = 40

// bareTitle reports whether line h, the first of a text without a date
// line, is a headline: a short line that ends no sentence and is not
// indented like a paragraph.
func (p *parser) bareTitle(h int) bool {
	l := p.lines[h]
	if p.nextContent(h, len(p.lines)) < 0 {
		return lastRune(l.text) != '。' // a line alone: a title unless a sentence
	}
	if l.indent || l.n > bareTitleMax || lastRune(l.text) == '。' || isURL(l.text) {
		return false
	}
	if rh, _ := relatedHead(l.text); rh {
		return false
	}
	// "「……。……」" alone on a line is a quotation that opens the body.
	first, last := firstRune(l.text), lastRune(l.text)
	return !((first == '「' || first == '『') && (last == '」' || last == '』') && strings.Contains(l.text, "。"))
}

// kickerMax is the longest 【kicker】 opening a headline, in runes inside
// the brackets (【Sports Watch／競馬】).
const kickerMax = 20

// setHeadline makes line h the headline, with a 【kicker】 prefix and a
// trailing page marker split off (see headlineRange). A line that does not
// print the caller's headline keeps the place of the headline in the
// layout, and no field: it goes to Boilerplate.
func (p *parser) setHeadline(h int) {
	l := &p.lines[h]
	l.role = roleHeadline
	r := p.headlineRange(h, p.given.head != "")
	if r == (rng{}) {
		return
	}
	if r.s > l.s {
		p.a.Kicker = p.textPtr(l.s, r.s)
	}
	p.a.Headline = p.text(r.s, r.e)
}

// setDateLine reads line d as the date line.
func (p *parser) setDateLine(d int) {
	if dl, ok := p.readDateLine(p.lines[d]); ok {
		p.useDateLine(d, dl)
	}
}

func (p *parser) useDateLine(d int, dl dateLine) {
	p.lines[d].role = roleDate
	p.printedPub = dl.pub
	p.a.Published = p.publication(dl.pub)
	if dl.upd != nil {
		p.setUpdated(*dl.upd, dl.updS)
	}
	for _, b := range dl.bylines {
		p.addByline(b.s, b.e)
	}
	p.addCredits(dl.credits)
	for _, t := range dl.tags {
		p.addTag(t.s, t.e)
	}
	if dl.hasPlace && p.a.Dateline == nil {
		p.a.Dateline = &article.Dateline{Place: p.norm[dl.place.s:dl.place.e], Span: p.span(dl.place.s, dl.place.e)}
	}
}

// setUpdated sets the update time; a date printed without a year takes the
// year that puts it on or after the publication day: the day the date line
// prints, else the article's publication time.
func (p *parser) setUpdated(t article.Time, st stamp) {
	pub := p.printedPub
	if pub == nil || !pub.Resolved() {
		pub = p.a.Published
	}
	if st.yearless && pub != nil && pub.Resolved() {
		t = updatedIn(t, pub.Start, p.loc)
	}
	p.a.Updated = &t
}
