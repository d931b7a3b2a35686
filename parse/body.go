package parse

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/quote"
)

// run parses p.norm into p.a.
func (p *parser) run() {
	p.splitLines()
	// A page's copyright year (© 2025) places the dates it prints
	// without one (8/29(金)): a page is not dated after the year it
	// claims, so the year bounds the caller's reference too.
	if y := p.copyrightYear(); y > 0 {
		if end := time.Date(y, 12, 31, 23, 59, 0, 0, p.loc); p.ref.IsZero() || p.ref.After(end) {
			p.ref = end
		}
	}
	start := p.header()
	footer := p.findFooter(start)
	p.classifyBody(start, footer)
	p.readFooter(footer)
	p.paragraphs(start, footer)
	p.keepBoilerplate()
}

// findFooter returns the index of the first line of the page footer,
// which begins after the last block of running text: at an author block,
// a member promotion, a comment section or an update line (which end the
// body wherever they stand), or else at the first related-links header or repeat of a header
// line after the last paragraph. A related-links header with running text
// after it is a list inside the body (see classifyBody); a repeat of the
// headline with text after it, a second copy of the article.
//
// A line that is not page furniture (l.ui) holds no promotion phrase: the
// phrases are among those isUI looks for.
func (p *parser) findFooter(start int) int {
	sawBody := false
	related := -1 // the first related header after the last text
	for i := start; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if sawBody {
			if isAuthorHead(l.text) ||
				l.ui && l.n <= uiContainsMax && (footerPromoSet.in(l.text) || isCommentHead(l.text)) ||
				strings.HasPrefix(l.text, "最終更新") {
				if related >= 0 {
					return related
				}
				return i
			}
			if h, _ := l.relatedHead(); (h || l.first < start && l.first != i) && related < 0 {
				related = i
			}
		}
		if !l.ui && p.solidText(l) && !(related >= 0 && looksBio(l.text, false)) && !(sawBody && p.aboutSite(l.text, start)) {
			sawBody = true
			related = -1
		}
	}
	if related >= 0 {
		return related
	}
	return len(p.lines)
}

// aboutSite reports a sentence about the site itself rather than the
// article (当サイトは…, or the site's own name, printed as the first line
// of the page over the header, then は: 港北ニュースは港北新聞社が運営して
// います。).
func (p *parser) aboutSite(s string, start int) bool {
	if _, ok := hasPrefixAny(s, "当サイトは", "本サイトは", "このサイトは", "当サイトでは", "本サイトでは"); ok {
		return true
	}
	for i := 0; i < start && i < len(p.lines); i++ {
		if l := &p.lines[i]; !l.blank {
			name := strings.TrimSpace(l.text)
			return l.role == roleUI && l.n <= maxSiteTitle && !strings.ContainsAny(name, "、。 \u3000") && strings.HasPrefix(s, name+"は")
		}
	}
	return false
}

// maxSiteTitle bounds, in runes, the name of a site printed over a page.
const maxSiteTitle = 20

// isCommentHead reports the furniture of a comment section (コメント,
// コメントを書く, (0/300)): the readers' text after it is not the article's.
func isCommentHead(s string) bool {
	return strings.Contains(s, "コメント") || isCountLine(s)
}

// solidText reports a line of running text that a link title does not
// look like: a sentence with a full stop, or a long line of text.
func (p *parser) solidText(l *line) bool {
	if !isText(l) || isBullet(firstRune(l.text)) && !markedParagraph(l) || l.copyright() || editorsNote(l.text) {
		return false // 掲載記事の無断転載を禁じます。, 記事の内容は掲載時点のものです。: the page's notices
	}
	return l.n >= longTextMin || l.n >= 12 && strings.Contains(l.text, "。")
}

// nextContent returns the next non-blank line after i before end, or -1.
func (p *parser) nextContent(i, end int) int {
	for i++; i < end; i++ {
		if !p.lines[i].blank {
			return i
		}
	}
	return -1
}

// marginCaption reports the shape of a photo's caption printed at the
// margin: no full stop at its end, no quotation or mark opening it, and
// either a clause that describes (店の奥には、古地図が並ぶ; …を広げる川瀬さん)
// or a person described before their words (…を広げる川瀬さん。「…」).
func marginCaption(l *line) bool {
	s := l.text
	if l.n > maxCaptionRunes || strings.HasSuffix(s, "。") || isBullet(firstRune(s)) || sectionMark(s) {
		return false
	}
	if _, ok := hasPrefixAny(s, "「", "『", "（", "(", "【", "〈", "＜", "<", "―", "—", "-"); ok {
		return false
	}
	if head, _, ok := strings.Cut(s, "。「"); ok && strings.HasSuffix(s, "」") {
		// …を広げる川瀬さん。「…」: the person in the photo and their words
		_, named := cutAnySuffix(head, "さん", "氏", "ちゃん", "くん", "さんら", "さんたち")
		return named && utf8.RuneCountInString(head) <= maxDek && !strings.Contains(head, "。")
	}
	if strings.ContainsAny(s, "。「」") || l.n < 12 {
		return false
	}
	name, person := cutAnySuffix(s, "さんたち", "さんら", "さん", "氏")
	return strings.Contains(s, "、") && (plainVerbEnd(s) || person) || person && isHiragana(runeBeforeName(name))
}

// plainVerbEnd reports a line that ends in a verb's plain form (並ぶ,
// 広げる, 積み上がる): what a photo shows, as a caption says it; a
// heading ends in a noun or a negation as often.
func plainVerbEnd(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("うくぐすつぬぶむる", r) {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return isHan(b) || isHiragana(b) && b != 'の'
}

// runeBeforeName returns the rune before the name that ends s, read back
// over kanji and katakana (広げる in …を広げる川瀬), or 0.
func runeBeforeName(s string) rune {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isHan(r) && !isKatakana(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return 0
}

// betweenIndented reports whether line i lies between a paragraph that
// has ended (or the start of the body) and an indented paragraph.
func (p *parser) betweenIndented(i, start, end int) bool {
	if k := p.prevContent(i); k >= start {
		if t := p.lines[k].text; !strings.HasSuffix(t, "。") && !strings.HasSuffix(t, "」") && !strings.HasSuffix(t, "）") {
			return false // the line above goes on here: a wrap
		}
	}
	n := p.nextContent(i, end)
	return n >= 0 && p.lines[n].indent && p.lines[n].prose
}

// sectionHead reports a line that heads a section with a mark (■代表者
// コメント) or a number (2．場所): it never wraps into the line under it.
func sectionHead(l *line) bool {
	return sectionMark(l.text) && l.n <= maxSectionHead && !strings.Contains(l.text, "。") || fieldItem(l.text)
}

// classifyBody gives a role to every line of the body zone [start, end).
// Roles are read on blocks: a list of links under a related header inside
// the body runs to the next blank line or running text; a line broken
// inside a sentence belongs to the text after it; the lines after the
// last block of text are signatures, tags, boxes and links.
func (p *parser) classifyBody(start, end int) {
	p.lineRoles(start, end)
	p.bareTitles(start, end)
	p.joinWraps(start, end)
	anchor := p.extendText(p.lastText(start, end), end)
	p.shortLines(start, end, anchor)
	p.lastBio(start, anchor)
	p.classifyTail(anchor, end)
	p.pullQuotes(start, end)
	p.factBoxes(start, end)
	for i := start; i < end; i++ {
		l := p.lines[i]
		switch l.role {
		case roleCaption:
			p.addCaption(l.s, l.e)
		case roleRelated:
			p.addRelated(l.s, l.e)
		case roleTag:
			p.addTag(l.s, l.e)
		}
	}
}

// factBoxes makes page furniture the runs of two lines or more inside
// the body that each give one fact under a mark, label：value (■開設日：5月11日,
// ■場所：本館1階): the box of facts a release sets between its
// paragraphs, not text.
func (p *parser) factBoxes(start, end int) {
	for i := start; i < end; {
		j := i
		for j < end && p.lines[j].role == roleBody && markedFact(&p.lines[j]) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				p.lines[k].role = roleUI
			}
			if h := p.prevContent(i); h >= start && p.lines[h].n <= maxSectionHead && !strings.Contains(p.lines[h].text, "。") &&
				(strings.HasPrefix(p.lines[h].text, "【") && strings.HasSuffix(p.lines[h].text, "】") || sectionMark(p.lines[h].text) && !markedFact(&p.lines[h])) {
				p.lines[h].role = roleUI // 【窓口の概要】: the box's head
			}
		}
		i = max(j, i+1)
	}
}

// markedFact reports a line of a box of facts: a section mark, a label of
// a few words, a colon and a value that is no sentence (■受付時間：毎日 午後7時～).
func markedFact(l *line) bool {
	if !sectionMark(l.text) || l.n > maxFactLine || strings.HasSuffix(l.text, "。") {
		return false
	}
	_, size := utf8.DecodeRuneInString(l.text)
	rest := strings.TrimLeft(l.text[size:], " \u3000")
	for _, sep := range []string{"：", ":"} {
		if k := strings.Index(rest, sep); k > 0 && utf8.RuneCountInString(rest[:k]) <= maxFactLabel && strings.TrimSpace(rest[k+len(sep):]) != "" {
			return !strings.ContainsAny(rest[:k], "、。「」")
		}
	}
	return false
}

// maxFactLine and maxFactLabel bound a line of a box of facts and its
// label, in runes.
const (
	maxFactLine  = 60
	maxFactLabel = 6
)

// minPullQuote and maxPullQuote bound a pull quote, in runes.
const (
	minPullQuote = 10
	maxPullQuote = 120
)

// maxPullQuotes bounds the lines read as pull quotes in one article: each
// is searched for in the body, and a text of many quotation lines costs
// no more.
const maxPullQuotes = 8

// pullQuotes makes page furniture a line of the body that is only a
// quotation of more than one sentence the text quotes again, brackets and
// all, inside a sentence of another paragraph: the words set large between
// the paragraphs, not a paragraph of their own. A one-phrase line (「…」
// naming a product, or a heading) stays: the text may well name it again.
func (p *parser) pullQuotes(start, end int) {
	tried := 0
	for i := start; i < end && tried < maxPullQuotes; i++ {
		l := &p.lines[i]
		if l.role != roleBody || l.n < minPullQuote || l.n > maxPullQuote || l.count > 1 ||
			!strings.HasPrefix(l.text, "「") || !strings.HasSuffix(l.text, "」") || strings.Count(l.text, "「") != 1 || !strings.Contains(l.text, "。") {
			continue
		}
		tried++
		for j := start; j < end; j++ {
			o := &p.lines[j]
			if j != i && o.role == roleBody && o.n > l.n && strings.Contains(o.text, l.text) {
				l.role = roleUI
				break
			}
		}
	}
}

// roleShort is the role of a short line until what follows it decides
// (shortLines).
const roleShort = roleNone

// lineRoles gives each line of [start, end) the role its own shape tells,
// and the lines of a list of links under a related header inside the body
// the role of links.
func (p *parser) lineRoles(start, end int) {
	inList := false
	plain := !p.furnished()
	lead := plain // the first line of plain text
	lastProse, firstProse := start-1, end
	for i := start; i < end; i++ {
		if p.lines[i].prose && !p.lines[i].copyright() {
			lastProse = i // 掲載の記事の無断転載を禁じます。 ends like prose but is none
		}
		if p.lines[i].prose && firstProse == end {
			firstProse = i
		}
	}
	run := chronologyRun{from: -1, to: -2} // the last run of a history's items read
	for i := start; i < end; i++ {
		l := &p.lines[i]
		if l.blank {
			inList = false
			continue
		}
		if ws := hashtags(l.text); len(ws) > 1 {
			l.role = roleUI // #地域経済 #商店街: the words are kept as tags, not the marks
			for _, w := range ws {
				p.addTag(l.s+w[0], l.s+w[1])
			}
			continue
		}
		if wireStamp(l.text) {
			l.role = roleUI // ［港南通信］2026年6月3日 11時05分配信: the wire's stamp under its text
			continue
		}
		if deskCredit(l.text, l.n) {
			l.role = roleByline // トピックスeye編集部: the desk that wrote it
			p.addByline(l.s, l.e)
			continue
		}
		if i < firstProse && issueMasthead(strings.TrimSpace(l.text)) {
			l.role = roleUI // 港北だより　第12号 over the text: the issue's masthead
			continue
		}
		if linkArrow(l.text) && l.n <= maxBareTitle+2 && !strings.Contains(l.text, "。") {
			l.role = roleRelated // >>【特集】夏を乗り切る: a link between paragraphs
			inList = false
			continue
		}
		if lead {
			lead = false
			if !isText(l) && !hasCaptionMark(l.text) && !isBullet(firstRune(l.text)) {
				// A lead-in or series label opening plain text: a
				// sub-heading when text follows (shortLines).
				l.role = roleShort
				continue
			}
		}
		if h, off := l.relatedHead(); h && (!l.prose || off >= 0 && lastRune(l.text) != '。') {
			l.role = roleUI
			if off >= 0 {
				l.role = roleRelated
			}
			// 前回の相談　…: a link to one instalment heads no list.
			inList = !pagerLink(l)
			continue
		}
		if correctionNote(l.text) {
			// 【訂正】…の誤りでした。, 【追記】12月25日午前10時30分: notes on
			// the article, not its text.
			l.role = roleUI
			inList = false
			continue
		}
		if l.n <= maxBoxHead && boxHead(l.text) {
			// 【会社概要】, 【本件に関するお問い合わせ先】 and the lines of
			// label：value, contacts and addresses under them: the
			// issuer's box, not text.
			i = p.markRun(i, end, boxLine)
			inList = false
			continue
		}
		if l.n <= maxBoxHead && tocHeads[headWord(l.text)] {
			// 目次 and the numbered sections listed under it: a table
			// of contents, whose entries head the text again below.
			i = p.markRun(i, end, tocEntry)
			inList = false
			continue
		}
		if f, vs := p.field(l); f == fieldSection && vs < l.e && l.n <= maxSectionField {
			l.role = roleUI // カテゴリー：レビュー: the section, a tag
			p.addTag(vs, l.e)
			continue
		}
		if l.n <= maxShopButton && !strings.Contains(l.text, "。") && shopButton(l.text) {
			l.role = roleUI // 公式ストアで見る, 最新価格をチェック: a button
			continue
		}
		if (l.copyright() || outletCredit(l.text)) && (inList || i > lastProse) {
			// （C）港北新報社 in a list or after the last text: the
			// page's notice, not a link; by a photo it stays the
			// photo's credit.
			l.role = roleUI
			inList = false
			continue
		}
		text := isText(l) || p.columnParagraph(i, end)
		if inList && !text && !(l.n >= minOpenClause && openClause(l.text) && !isBullet(firstRune(l.text))) {
			l.role = roleRelated
			continue
		}
		inList = false
		l.role = p.lineRole(l, text, plain)
		if l.role == roleCaption && !hasCaptionMark(l.text) && hasHiragana(l.text) && (strings.Contains(l.text, "、") || l.n >= minSectionValue) && p.underSectionHead(start, i) {
			// ■工事の日程 / 3月9日から27日までの夜間: what the section
			// says, not a photo's caption.
			l.role = roleBody
		}
		if (l.role == roleCaption || l.role == roleRelated) && !hasCaptionMark(l.text) && !strings.HasPrefix(l.text, "【") && !numberedEntry(l.text) && p.underFieldHead(start, i) {
			// 2．場所 / 港北会館　大ホール（港北町1-2）: what a numbered
			// item of a notice gives, not a link's title.
			l.role = roleBody
		}
		if (l.role == roleBody || l.role == roleShort) && p.indented && !l.indent && marginCaption(l) && p.betweenIndented(i, start, end) {
			// 店の奥には、古い地図が積み上がる at the margin of a page
			// whose paragraphs are indented, between two of them: a
			// photo's caption.
			l.role = roleCaption
		}
		if (l.role == roleCaption || l.role == roleRelated || l.role == roleShort) && chronologyItem(l.text) && p.chronologyNear(i, start, end, lastProse, &run) {
			// 1974年（昭和49年）　川の工事で初の中止, then 1989年…: the
			// items of a history the text lists, not captions.
			l.role = roleBody
		}
		if l.role == roleRelated && nameLast(l.text) && !p.underRelatedHead(start, i) {
			// 港北製薬株式会社　代表取締役社長　沢井健二 over 「…」: who
			// speaks the comment under it, not a link.
			if n := p.nextContent(i, end); n >= 0 && n == i+1 && strings.HasPrefix(p.lines[n].text, "「") {
				l.role = roleShort
			}
		}
		if l.role == roleRelated && strings.HasPrefix(l.text, "【") && !isInlineRelated(l.text) && !p.underRelatedHead(start, i) {
			// 【第1候補】…「港の森」 right over running text: the heading
			// of what follows, not a link (shortLines decides).
			if n := p.nextContent(i, end); n >= 0 && p.lines[n].prose && isText(&p.lines[n]) {
				l.role = roleShort
			}
		}
		if !text && l.role != roleUI && l.n <= maxCaptionRunes && p.afterPhotoLabel(start, i) {
			// 写真一覧 / 記者会見する市長（20日）: the caption of the photo
			// the label stands for.
			l.role = roleCaption
		}
	}
}

// underSectionHead reports whether the line before line i (not before
// start) is the head of a section of a notice: a mark or a number and a
// few words (■工事の日程, 2．届いた苦情).
func (p *parser) underSectionHead(start, i int) bool {
	k := p.prevContent(i)
	if k < start {
		return false
	}
	h := &p.lines[k]
	return h.n <= maxSectionHead && !strings.ContainsAny(h.text, "。、") && (sectionMark(h.text) || numberedEntry(h.text) && h.n <= maxNumberedHead)
}

// underFieldHead reports whether the line before line i (not before
// start) is a fieldItem or the name of a field alone (日時, ■場所).
func (p *parser) underFieldHead(start, i int) bool {
	k := p.prevContent(i)
	return k >= start && (fieldItem(p.lines[k].text) || fieldName(p.lines[k].text))
}

// maxFieldValue bounds, in runes, the value of a field of a notice read
// under its name after the text.
const maxFieldValue = 80

// noticeFields name the fields of a notice of an event or a service,
// printed alone on a line over their value. A contact (問い合わせ) heads
// the issuer's box instead (see boxHeads).
var noticeFields = setOf("日時", "日程", "期日", "開催日", "開催日時", "期間", "時間", "場所", "会場", "対象", "対象者", "定員",
	"費用", "参加費", "受講料", "料金", "内容", "講師", "持ち物", "申込", "申し込み", "申込方法", "申し込み方法", "申込期間",
	"申し込み期間", "締切", "締め切り", "受付", "受付期間", "主催", "共催", "備考")

// fieldName reports a line that is the name of a field of a notice alone,
// with a mark or brackets around it allowed (日時, ■場所, 【対象】).
func fieldName(s string) bool {
	s = strings.TrimLeft(s, "■□◆◇●○・▼▽ \u3000")
	if inner, ok := cutAny(s, [][2]string{{"【", "】"}, {"［", "］"}, {"〈", "〉"}, {"＜", "＞"}}); ok {
		s = inner
	}
	s = strings.TrimSpace(s)
	if noticeFields[s] {
		return true
	}
	// 申請期間, 応募方法, 補助額, 審査結果の通知: a short noun that ends
	// as the names of fields do, with no mark of a sentence or a title.
	// A contact (お問合せ先) heads the issuer's box, not a field.
	n := utf8.RuneCountInString(s)
	_, ends := cutAnySuffix(s, fieldEnds...)
	return ends && n >= 2 && n <= maxFieldName && !strings.ContainsAny(s, "。、！？!?「」『』（）() \u3000問") && !strings.ContainsFunc(s, isDigit)
}

// maxFieldName bounds, in runes, the name of a field of a notice read
// from its end (fieldEnds).
const maxFieldName = 10

// fieldEnds end the names of fields of a notice: 申請期間, 応募方法,
// 補助額, 申込先, 募集人数, 審査結果の通知.
var fieldEnds = []string{"期間", "期日", "期限", "方法", "日時", "場所", "会場", "対象", "対象者", "料金", "金額", "額", "資格", "書類",
	"条件", "人数", "先", "の通知", "の発表", "時間", "内容"}

// fieldItem reports a numbered item of a notice that names a field and
// nothing else (1．開催日, 2．場所, (3) 参加方法): the value is on the next
// line.
func fieldItem(s string) bool {
	if !numberedEntry(s) {
		return false
	}
	label := strings.TrimLeft(s, "(（0123456789.)）．、 \u3000")
	n := utf8.RuneCountInString(label)
	return n > 0 && n <= maxItemLabel && !strings.ContainsAny(label, "。、「」") && !strings.ContainsFunc(label, isDigit)
}

// maxItemLabel bounds the name of a field a numbered item of a notice
// gives, in runes.
const maxItemLabel = 8

// minSectionValue is the runes from which a line under a section's head
// with no comma is what the section says rather than a title (a title is
// shorter).
const minSectionValue = 35

// maxNumberedHead bounds the head of a numbered section, in runes.
const maxNumberedHead = 20

// photoCaption reports a line that labels itself as a photo's caption
// wherever it stands: a photo label before it (＜写真＞, 写真：) or a
// photographer's credit after it (（撮影・…）), and no sentence in it. A
// credit of an outlet or a licence (©, 提供) is not enough: it also ends
// link titles and notices.
func photoCaption(s string) bool {
	if s == "" || strings.Contains(s, "。") || isBullet(firstRune(s)) {
		return false
	}
	for _, p := range captionPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return photographerCredit(s)
}

// maxCaptionRunes bounds a line read as a caption for sitting under a photo
// label.
const maxCaptionRunes = 80

// photoLabels stand where a page showed a photo.
var photoLabels = setOf("写真一覧", "画像一覧", "写真", "画像", "写真を見る", "画像を見る", "写真を拡大", "画像を拡大", "写真拡大", "拡大", "拡大する", "【写真】", "［写真］", "[写真]")

// numberedPhoto reports the label of a numbered photo or of a gallery
// (写真1, 画像 2, 【写真2枚】, (写真3点), [写真1/3]): page furniture where
// the photo stood, the caption under it.
func numberedPhoto(s string) bool {
	if in, ok := enclosed(s, photoBrackets); ok {
		s = in
		for _, c := range []string{"枚", "点"} {
			if h, ok := strings.CutSuffix(s, c); ok {
				s = h
				break
			}
		}
	}
	for _, w := range []string{"写真", "画像", "PHOTO", "Photo", "図"} {
		if d, ok := strings.CutPrefix(s, w); ok {
			d = strings.TrimSpace(d)
			if n, of, ok := strings.Cut(d, "/"); ok {
				d = n // 1/3: the first of three
				if strings.TrimFunc(of, isDigit) != "" || of == "" {
					return false
				}
			}
			return d != "" && strings.TrimFunc(d, isDigit) == ""
		}
	}
	return false
}

// afterPhotoLabel reports whether the non-blank line before line i (not
// before start) is a photo label.
func (p *parser) afterPhotoLabel(start, i int) bool {
	for j := i - 1; j >= start; j-- {
		if l := &p.lines[j]; !l.blank {
			t := strings.TrimSpace(l.text)
			return photoLabels[t] || numberedPhoto(t)
		}
	}
	return false
}

// minBareTitles is how many titles make a bare list of links.
const minBareTitles = 2

// bareTitles reads a list of links printed with no head or mark between
// the paragraphs of a page whose paragraphs are indented: two or more
// lines at the margin with no sentence end, each shaped like a title,
// after a paragraph that ended and before one that starts with its
// indent.
func (p *parser) bareTitles(start, end int) {
	if !p.indented {
		return
	}
	for i := start; i < end; i++ {
		k := i
		for k < end && p.listedTitle(&p.lines[k]) {
			k++
		}
		if k-i < minBareTitles {
			continue
		}
		prev := i - 1
		if prev < start || p.lines[prev].blank || !strings.HasSuffix(p.lines[prev].text, "。") && !strings.HasSuffix(p.lines[prev].text, "」") {
			i = k
			continue
		}
		if k < end && !p.lines[k].blank && !p.lines[k].indent && p.lines[k].role == roleBody {
			i = k // the paragraph goes on at the margin: wrapped text
			continue
		}
		for j := i; j < k; j++ {
			p.lines[j].role, p.lines[j].listed = roleRelated, true
		}
		i = k
	}
}

// listedTitle reports a line that may be a title in a bare list of links:
// at the margin, no sentence end, of a title's length, not ending on a
// particle that a wrapped sentence would stop at.
func (p *parser) listedTitle(l *line) bool {
	if l.blank || l.indent || l.n < minBareTitle || l.n > maxBareTitle || strings.Contains(l.text, "。") ||
		strings.HasPrefix(l.text, "「") || isBullet(firstRune(l.text)) || l.role == roleUI || l.role == roleCaption || l.role == roleHeading {
		return false
	}
	if numberedField(l.text) {
		return false // 3　確認した日　令和7年9月2日: an item of a notice
	}
	r := lastRune(l.text)
	return !(isHiragana(r) && r != 'へ') && r != '、' && r != '，'
}

// numberedField reports an item of a numbered list of particulars, as a
// notice prints them under 記: a number, a space, a label of at most
// twelve runes, a space and its value (2　場所　港北公園北口).
func numberedField(s string) bool {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	rest, ok := strings.CutPrefix(s[i:], " ")
	if !ok {
		rest, ok = strings.CutPrefix(s[i:], "\u3000")
	}
	if i == 0 || i > 2 || !ok {
		return false
	}
	k := strings.IndexAny(rest, " \u3000")
	if k <= 0 {
		return false
	}
	label, value := rest[:k], strings.TrimLeft(rest[k:], " \u3000")
	return utf8.RuneCountInString(label) <= 12 && value != ""
}

// minBareTitle and maxBareTitle bound a title of a bare list, in runes.
const (
	minBareTitle = 8
	maxBareTitle = 60
)

// lineRole is the role of a body line l by its shape; text is isText(l),
// plain tells text without page furniture.
func (p *parser) lineRole(l *line, text, plain bool) role {
	switch {
	case l.ui, editorsNote(l.text), workData(l.text), fileLink(l.text):
		return roleUI
	case strings.Contains(l.text, "\t"):
		return roleUI // a table row: data, not text
	case resultRow(l.text), gameLine(l.text):
		return roleUI // ①港町高 2時間8分15秒: a row of results
	case l.count > 1 && numberedEntry(l.text) && &p.lines[l.first] != l && p.lines[l.first].role == roleUI && tocEntry(&p.lines[l.first]):
		// 1．夜間外来の再開 again after the table of contents listed it:
		// the heading of its section, if text follows.
		return roleShort
	case l.count > 1 && !text && !openClause(l.text) && !isLabelValue(l.text, l.n):
		// Short lines repeated on a page are furniture (写真一覧 under
		// every photo); a repeated title is a link. The rows of tables
		// (本体価格 48,300円 in each of three price lists) are data.
		if l.n >= 15 {
			return roleRelated
		}
		return roleUI
	case lastRune(l.text) != '。' && hasCaptionMark(l.text) && (!isSpeech(l.text, l.n) || photographerCredit(l.text)):
		// 「港の灯」の一場面（撮影：…）: a credit makes a caption of a
		// line that opens with a title in brackets.
		return roleCaption
	case l.prose && p.indented && !l.indent && l.n < 30 && !strings.Contains(l.text, "。"):
		return roleShort // 結果は？: a heading in a page of indented paragraphs
	case p.isCredit(l):
		// （文化部　川瀬ゆかり）: a credit, read after the text
		// (classifyTail); a sub-heading if text follows.
		return roleShort
	case sectionMark(l.text) && l.n <= maxSectionHead && !strings.Contains(l.text, "。"):
		return roleShort // ■高瀬「狙っていた」: a sub-heading if text follows
	case voiceHead(l.text):
		return roleShort // 専門家「全国で同じ問題」: a sub-heading if text follows
	case text, isLabelValue(l.text, l.n), scheduleItem(l.text), numberedField(l.text), whenOnly(l.text):
		return roleBody
	case (l.n >= minOpenClause || l.count > 1) && openClause(l.text):
		// …夫を持つ真紀さん（33歳）の場合、: a sentence that goes on in
		// the next paragraph, not a caption or a title.
		return roleBody
	case plain && l.n >= plainTextMin && isFinal(lastRune(l.text)) && !isBullet(firstRune(l.text)) && !strings.HasPrefix(l.text, "【"):
		// Text without a page around it has no captions to tell from
		// its lines: when unsure, a line that ends like a sentence is
		// body.
		l.plainText = true
		return roleBody
	case strings.HasPrefix(l.text, "【"), isHeadlineLike(l.text, l.n):
		return roleRelated
	case l.n <= 25 || isBullet(firstRune(l.text)):
		return roleShort
	}
	return roleCaption
}

// fileLink reports the link to a file a page attaches, with its kind and
// size in brackets at its end: （資料2）工事の日程表［PDF 96KB］, 申込書
// (Word: 31KB).
func fileLink(s string) bool {
	if strings.IndexByte(s, 'B') < 0 || len(s) > maxFileLink*utf8.UTFMax || strings.Contains(s, "。") || utf8.RuneCountInString(s) > maxFileLink {
		return false // a size ends in B: most lines have none
	}
	k := strings.LastIndexAny(s, "［[（(")
	if k < 0 {
		return false
	}
	in := strings.TrimRight(s[k:], "］])） ")
	in = strings.TrimLeft(in, "［[（( ")
	kind := false
	for _, w := range []string{"PDF", "Word", "Excel", "WORD", "EXCEL", "docx", "xlsx", "pdf", "PowerPoint", "ZIP", "zip"} {
		kind = kind || strings.HasPrefix(in, w)
	}
	_, sized := cutAnySuffix(in, "KB", "MB", "kB", "キロバイト", "メガバイト", "B")
	return kind && sized
}

// maxFileLink bounds, in runes, the title of a file a page attaches.
const maxFileLink = 60

// datedItem reports an item of a plan or a history a bullet opens with a
// time coarser than a day, then a space and what happens then: ・5月中旬
// 在庫を寄贈する, ・令和9年春　店舗を改装, ・2027年度　来館者を倍に.
func datedItem(s string) bool {
	r := firstRune(s)
	if !isBullet(r) {
		return false
	}
	s = strings.TrimLeft(s[utf8.RuneLen(r):], " ")
	k := strings.IndexAny(s, " \u3000")
	if k <= 0 || utf8.RuneCountInString(s[:k]) > maxDatedHead || strings.TrimSpace(s[k:]) == "" {
		return false
	}
	head := s[:k]
	if !strings.ContainsFunc(head, isDigit) && !startsEra(head) {
		return false
	}
	_, ok := cutAnySuffix(head, "月", "年", "年度", "春", "夏", "秋", "冬", "上旬", "中旬", "下旬", "ごろ", "頃", "末", "初め", "以降", "まで", "内", "中")
	return ok
}

// maxDatedHead bounds the time heading an item of a plan, in runes.
const maxDatedHead = 12

// whenOnly reports a line that is a time and nothing else, as a notice
// gives one under the heading it answers (期間, 日時): a date, a time or a
// range of them, with weekdays and era names (令和7年9月1日（月）～10月3日
// （金）正午, 午前9時から午後4時まで), and a short note in brackets that
// gives another time (（受付は9時から）, （雨天時は翌日）).
func whenOnly(s string) bool {
	n, unit, digit := 0, false, false
	for i := 0; i < len(s); {
		if k := bracketEnd(s[i:]); k > 0 {
			if inner, _ := cutBrackets(s[i : i+k]); !weekdayMark(inner) && timeNote(inner) {
				n += utf8.RuneCountInString(inner) + 2
				digit = digit || strings.ContainsFunc(inner, isDigit)
				i += k
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune("年月日時分", r):
			unit = true
		case strings.ContainsRune("令和平成昭元火水木金土祝午前後正半頃ごろまでから（）()・〜～~－-:：/. \u3000", r):
		default:
			return false
		}
	}
	return digit && unit && n <= 60
}

// timeNote reports a short note in brackets after a time that gives
// another one: 受付18時30分, 雨天時は翌日.
func timeNote(s string) bool {
	return utf8.RuneCountInString(s) <= maxTimeNote && (strings.ContainsFunc(s, isDigit) && strings.ContainsAny(s, "日時分:") || strings.Contains(s, "翌日"))
}

// maxTimeNote bounds a note in brackets after a time, in runes.
const maxTimeNote = 12

// clockIn reports whether s holds a time of day written with a colon
// (9:30) or 時 after a digit.
func clockIn(s string) bool {
	for i := 1; i < len(s); i++ {
		if isDigit(rune(s[i-1])) && (s[i] == ':' || strings.HasPrefix(s[i:], "時")) {
			return true
		}
	}
	return false
}

// scheduleItem reports an item of a schedule the text lists: a bullet,
// then a day with its weekday or a time (・10月3日（土）午前10時　開幕式,
// ・12日（月・祝）　マルシェ), or a day and a time with no bullet before
// what happens then (18日午後3時　岬の南250キロ); not a link's title that
// starts with a date.
func scheduleItem(s string) bool {
	if datedItem(s) {
		return true
	}
	r := firstRune(s)
	bullet := isBullet(r)
	if bullet {
		s = strings.TrimLeft(s[utf8.RuneLen(r):], " ")
	}
	i := 0
	for i < len(s) && (isDigit(rune(s[i])) || s[i] == '/') {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	rest := s[i:]
	if m, ok := strings.CutPrefix(rest, "月"); ok {
		j := 0
		for j < len(m) && isDigit(rune(m[j])) {
			j++
		}
		if j == 0 {
			return false
		}
		rest = m[j:]
	} else if strings.Contains(s[:i], "/") {
		rest = "日" + rest // 10/3(土)
	}
	rest, ok := strings.CutPrefix(rest, "日")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if inner, ok := cutBrackets(rest[:bracketEnd(rest)]); ok && weekdayMark(inner) {
		// 8日（土）　港北公民館　10:00〜12:00: a row of a schedule, a
		// place and its hours after the day, is no link's title either.
		after := rest[bracketEnd(rest):]
		return bullet || strings.HasPrefix(after, " ") && clockIn(after)
	}
	if _, ok := hasPrefixAny(rest, "午前", "午後", "正午", "朝", "夜"); ok || len(rest) > 1 && isDigit(rune(rest[0])) && strings.ContainsAny(rest[:min(len(rest), 6)], ":時") {
		// 18日午後3時　岬の南250キロ: a time of day is no link's title
		// even with no bullet, when what happens follows a space.
		return bullet || strings.ContainsAny(rest, " \u3000")
	}
	return false
}

// bracketEnd returns the end of the bracketed part s opens with, or 0.
func bracketEnd(s string) int {
	if !strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "（") {
		return 0
	}
	if k := strings.IndexAny(s, ")）"); k > 0 {
		_, n := utf8.DecodeRuneInString(s[k:])
		return k + n
	}
	return 0
}

// weekdayMark reports the weekday in brackets after a day: 土, 月・祝, 祝.
func weekdayMark(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 5 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("月火水木金土日祝休・", r) {
			return false
		}
	}
	return true
}

// minOpenClause is the length, in runes, from which a line that ends on a
// comma is a sentence going on below it.
const minOpenClause = 10

// isInlineRelated reports a related head and a link title on one line:
// 【関連】駅前の書店、新しい形の営業へ, ■関連記事　…, 関連：….
func isInlineRelated(s string) bool {
	h, off := relatedHead(s)
	return h && off >= 0
}

// joinWraps makes body a line broken inside a sentence that goes on in
// the text right under it.
func (p *parser) joinWraps(start, end int) {
	lines := p.lines
	for i := end - 2; i >= start; i-- {
		l := &lines[i]
		if l.blank || l.prose || l.role == roleBody || l.role == roleUI || l.role == roleHeading {
			continue
		}
		if l.role == roleRelated && isInlineRelated(l.text) {
			continue // 【関連】 and a title: a link, not a wrapped line
		}
		if p.underRelatedHead(start, i) {
			continue // the titles listed under 【関連記事】, not wrapped text
		}
		nx := &lines[i+1]
		if !nx.blank && strings.HasPrefix(nx.text, "「") && l.n >= minOpenClause && sourceBrokenOff(l.text) {
			// ネット掲示板やTwitterでは over 「…」 / 「…」: a sentence
			// that goes on into the voices listed under it.
			l.role = roleBody
			continue
		}
		if !nx.blank && nx.role == roleBody && quotativeGoesOn(l.text, nx.text) && strings.ContainsAny(l.text[:len(l.text)-len("」")], "「『") {
			// 町長は「…」 over とのコメントを出した。: the quotation a
			// wrapped sentence goes on from.
			l.role = roleBody
			continue
		}
		if nx.role == roleShort && doc.WrapTail(nx.text) && (l.n > 25 || strings.ContainsAny(l.text, "、。」")) && continues(l.text) {
			// …と話 over した。: the few words a wrapped sentence ends
			// with, too short to be text alone.
			nx.role = roleBody
		}
		if nx.blank || nx.role != roleBody || !isText(nx) && !continues(nx.text) && lastRune(nx.text) != '。' || !continues(l.text) || isContact(l.text) || l.listed ||

			isBullet(firstRune(l.text)) || sectionHead(l) || l.role == roleCaption && hasCaptionMark(l.text) || scheduleItem(l.text) && scheduleItem(nx.text) || numberedField(nx.text) || whenOnly(nx.text) ||
			p.indented && nx.indent && l.role == roleCaption && marginCaption(l) {
			// (the last: a caption at the margin over an indented
			// paragraph, which starts there)
			continue
		}
		// A wrapped line is about as long as the one under it, or
		// longer; a heading is much shorter than the text it heads.
		if l.n > 25 || strings.ContainsAny(l.text, "、，") || 5*l.n >= 4*nx.n {
			l.role = roleBody
		}
	}
}

// wireStamp reports a wire's stamp in the body: the agency's name in
// brackets, then the time the story was sent (［港南通信］2026年6月3日
// 11時05分配信, （港南通信）6月3日 配信).
func wireStamp(s string) bool {
	if len(s) > maxWireStamp*utf8.UTFMax {
		return false
	}
	in, rest, ok := cutLeadingBrackets(s)
	if !ok {
		for _, pr := range [][2]string{{"［", "］"}, {"[", "]"}} {
			if r, ok2 := strings.CutPrefix(s, pr[0]); ok2 {
				if k := strings.Index(r, pr[1]); k > 0 {
					in, rest, ok = r[:k], r[k+len(pr[1]):], true
				}
			}
		}
	}
	if !ok || in == "" || utf8.RuneCountInString(in) > 12 || strings.ContainsAny(in, "、。") {
		return false
	}
	rest, sent := cutAnySuffix(strings.TrimSpace(rest), "配信", "発信", "掲載")
	return sent && isDateOnly(strings.TrimSpace(stampWords.Replace(rest)))
}

// maxWireStamp bounds a wire's stamp line, in runes.
const maxWireStamp = 40

// stampWords rewrites the time of an addition's stamp (12月25日午前10時30分)
// into the shape isDateOnly reads.
var stampWords = strings.NewReplacer("午前", "", "午後", "", "時", ":", "分", "", "更新", "")

// correctionNote reports a correction or an apology for an error (【訂正】
// …の誤りでした。), the stamp of an addition with nothing but its time
// (【追記】12月25日午前10時30分), or the mark of an update inside a running
// story ((午後2時50分更新), (ここまで午前11時20分)).
func correctionNote(s string) bool {
	for _, h := range []string{"【訂正】", "【おわび】", "【お詫び】", "〈訂正〉", "<訂正>", "［訂正］", "[訂正]", "(訂正)"} {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	for _, h := range []string{"【追記】", "［追記］", "[追記]", "(追記)", "<追記>"} {
		if rest, ok := strings.CutPrefix(s, h); ok {
			rest = strings.TrimSpace(rest)
			if rest == "" || isDateOnly(stampWords.Replace(rest)) {
				return true
			}
			// 【追記】5月10日18時05分　閉店の時刻を追記しました。: what
			// was added, told of the article.
			_, said := cutAnySuffix(strings.TrimSuffix(rest, "。"), "追記しました", "更新しました", "修正しました")
			return said
		}
	}
	// 【追記 10/12 15:20】: the time inside the brackets
	if in, ok := cutAny(s, [][2]string{{"【", "】"}, {"［", "］"}, {"[", "]"}, {"(", ")"}}); ok {
		if rest, ok := strings.CutPrefix(in, "追記"); ok {
			rest = strings.TrimLeft(rest, " :：　")
			return rest != "" && isDateOnly(stampWords.Replace(rest))
		}
		// (午後2時50分更新), (ここまで午前11時20分): the marks of a story
		// updated as it runs, each with its time (stampWords drops 更新).
		if rest, ok := strings.CutPrefix(in, "ここまで"); ok || strings.HasSuffix(in, "更新") {
			rest = strings.TrimSpace(stampWords.Replace(rest))
			return rest != "" && isDateOnly(rest)
		}
	}
	return false
}

// editorsNote reports a note on the article itself alone on a line, in
// brackets or after ※: （この記事は7月15日付の朝刊に掲載されました）,
// (※…を加筆しました), ※この記事は企業が発表したプレスリリースを…掲載しています。
func editorsNote(s string) bool {
	if rest, ok := strings.CutPrefix(s, "※"); ok {
		// ※発言の一部を整理した。, ※発言内容は要約して載せています。,
		// ※インタビューの一部を抜粋し、編集しました。: how the text was edited
		said := strings.HasPrefix(rest, "発言") || strings.HasPrefix(rest, "会見") || strings.HasPrefix(rest, "インタビュー") || strings.HasPrefix(rest, "対談")
		edited := strings.Contains(rest, "整理") || strings.Contains(rest, "要旨") || strings.Contains(rest, "要約") || strings.Contains(rest, "抜粋") || strings.Contains(rest, "編集")
		return strings.HasPrefix(rest, "この記事") || strings.HasPrefix(rest, "本記事") || said && edited || strings.Contains(rest, "敬称略")
	}
	if articleNote(s) {
		return true
	}
	in, ok := cutBrackets(s)
	if !ok || utf8.RuneCountInString(in) > 60 {
		return false
	}
	// （続きは12月号の誌面で）: where the rest of the text is printed
	rest := strings.HasPrefix(in, "続きは") && (strings.Contains(in, "本誌") || strings.Contains(in, "誌面") || strings.Contains(in, "紙面") || strings.Contains(in, "号"))
	return strings.HasPrefix(in, "この記事は") || strings.HasPrefix(in, "本記事は") || rest ||
		strings.Contains(in, "に掲載されました") || strings.Contains(in, "に掲載した") || strings.Contains(in, "付朝刊") || strings.Contains(in, "付の朝刊")
}

// workData reports the data line of a book or a disc a review is about:
// its title, who made it and its publisher and price in brackets,
// 『港の灯』森川卓也著（川辺書房・1980円）.
func workData(s string) bool {
	if !strings.HasPrefix(s, "『") || strings.HasSuffix(s, "。") || utf8.RuneCountInString(s) > maxWorkData {
		return false
	}
	c := strings.Index(s, "』")
	if c < 0 {
		return false
	}
	rest := s[c+len("』"):]
	open := strings.IndexAny(rest, "(（")
	if open < 0 {
		return false
	}
	who := rest[:open]
	_, made := cutAnySuffix(strings.TrimSpace(who), "著", "作", "訳", "編", "編著", "監修", "絵", "文")
	return made && strings.Contains(rest[open:], "円")
}

// maxWorkData bounds the data line of a work, in runes.
const maxWorkData = 80

// articleNote reports a note on the article printed as a sentence of its
// own, with no brackets: この記事は随時更新します。, 記事の内容は掲載時
// 点のものです。, 本記事は情報の提供のみを目的としています。, or a call for readers'
// letters (「読者の広場」への投稿は、…お寄せください。).
func articleNote(s string) bool {
	if len(s) > utf8.UTFMax*maxNoteRunes {
		return false
	}
	var note bool
	if _, ok := hasPrefixAny(s, "この記事は", "本記事は", "記事の内容は", "掲載記事は", "この記事の内容は", "本記事の内容は"); ok {
		_, meta := hasPrefixAny(s, "この記事は", "本記事は")
		// この記事は7月30日付朝刊に掲載されています: a note needs no full
		// stop when it names where the text was printed.
		note = (strings.HasSuffix(s, "。") || strings.Contains(s, "掲載") || strings.Contains(s, "配信")) && (!meta || noteWordsIn(s))
	} else if !strings.HasSuffix(s, "。") {
		return false
	} else if _, ok := hasPrefixAny(s, "本サイトは", "当サイトは", "このサイトは", "本サイトの", "当サイトの"); ok {
		// 本サイトは古書愛好家向けの情報です。: the site's notice.
		note = strings.Contains(s, "向け") || strings.Contains(s, "目的") || strings.Contains(s, "責任")
	} else {
		note = strings.HasSuffix(s, "お寄せください。") && (strings.Contains(s, "投稿") || strings.Contains(s, "応募"))
	}
	// The runes are counted last: most lines fail the cheaper tests.
	return note && utf8.RuneCountInString(s) <= maxNoteRunes
}

// noteWordsIn reports the words of a note on an article: how it is kept
// up to date, when it was true, what it is for.
func noteWordsIn(s string) bool {
	for _, w := range []string{"更新", "時点", "目的", "配信", "掲載", "転載", "加筆", "修正", "訂正", "再構成", "抜粋"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// maxNoteRunes bounds a note on the article, in runes.
const maxNoteRunes = 90

// copyrightYear returns the year of the page's copyright notice (© 2025
// 港北新報社, Copyright 2025, (C)2025), the last one given, or 0.
func (p *parser) copyrightYear() int {
	year := 0
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || !l.copyright() {
			continue
		}
		t := l.text
		for k := 0; k+4 <= len(t); k++ {
			if isDigit(rune(t[k])) && isDigit(rune(t[k+1])) && isDigit(rune(t[k+2])) && isDigit(rune(t[k+3])) &&
				(k == 0 || !isDigit(rune(t[k-1]))) && (k+4 == len(t) || !isDigit(rune(t[k+4]))) {
				if y, _ := strconv.Atoi(t[k : k+4]); y >= 1990 && y <= 2100 {
					year = y // 2010-2025: the last year of a range
				}
			}
		}
	}
	return year
}

// maxCopyrightRunes bounds a line read as a copyright notice.
const maxCopyrightRunes = 60

// copyright is copyrightLine(l.text), with the line's rune count known
// (most lines are too long to be asked further), read once per line: the
// role, footer and year passes ask it of the same lines.
func (l *line) copyright() bool {
	if !l.crAsked {
		l.crAsked = true
		l.crLine = l.n <= maxCopyrightRunes && copyrightText(l.text)
	}
	return l.crLine
}

// copyrightLine reports a copyright notice: ©, (C) or Copyright with the
// holder, a ban on copying (無断転載を禁じます, 複製・転載), or where the
// rights belong (…の権利は、港町新報に帰属します。), on a short line.
func copyrightLine(s string) bool {
	if len(s) > utf8.UTFMax*maxCopyrightRunes || utf8.RuneCountInString(s) > maxCopyrightRunes {
		return false // the byte length rejects a paragraph before its runes are counted
	}
	return copyrightText(s)
}

// copyrightText is copyrightLine without the length bound.
func copyrightText(s string) bool {
	return strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(C)") || strings.HasPrefix(s, "(c)") ||
		strings.HasPrefix(s, "Copyright") || strings.HasPrefix(s, "COPYRIGHT") || strings.Contains(s, "無断転載") ||
		// 港北市役所　Copyright © …: the holder's name before the notice
		strings.Contains(s, "Copyright ©") || strings.Contains(s, "Copyright©") || strings.Contains(s, "Copyright (C)") || strings.Contains(s, "Copyright(C)") ||
		strings.Contains(s, "All Rights Reserved") || strings.Contains(s, "All rights reserved") ||
		strings.Contains(s, "権利は") && (strings.HasSuffix(s, "に帰属します。") || strings.HasSuffix(s, "に帰属します") || strings.HasSuffix(s, "に帰属しています。")) ||
		strings.Contains(s, "複製・転載") || strings.Contains(s, "転載・複製") ||
		// 記事の再配信・転載には許諾が要るです: a wire's terms
		strings.Contains(s, "再配信") && (strings.Contains(s, "転載") || strings.Contains(s, "契約") || strings.Contains(s, "禁"))
}

// sourceBrokenOff reports whether s stops on the particles that mark
// where voices come from (…からは, …では, …でも), a sentence broken off
// before them: no caption or title ends that way.
func sourceBrokenOff(s string) bool {
	for _, e := range []string{"からは", "からも", "では", "でも", "には", "の間では", "の間でも"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// underRelatedHead reports whether line i is in the run of lines, with no
// blank line or text between, that a related head (【関連記事】, 関連ニュース)
// opens at or after start.
func (p *parser) underRelatedHead(start, i int) bool {
	for j := i - 1; j >= start; j-- {
		l := &p.lines[j]
		if l.blank || l.role == roleBody || l.prose {
			return false
		}
		if h, off := l.relatedHead(); h && off < 0 {
			return true
		}
	}
	return false
}

// lastText returns the last line of text of the body, not a list item or
// a label：value line, or -1.
//
// A wire's end mark, （了）, ends the text: a line of text under it (a
// disclaimer, a note) is the page's, unless more text follows than
// maxAfterEnd lines (two stories printed one after the other).
func (p *parser) lastText(start, end int) int {
	anchor, ended, after := -1, -1, 0
	for i := start; i < end; i++ {
		l := &p.lines[i]
		if !l.blank && anchor >= 0 && endMark(l.text) {
			ended, after = anchor, 0
			continue
		}
		if !l.blank && anchor >= 0 && l.role == roleShort && p.isCredit(l) {
			// （くらし編集部・川瀬ゆかり）, then ◇ and a call for
			// readers' questions: the writer's credit closes the text as
			// an end mark does; a line or two under it are the page's.
			ended, after = anchor, 0
			continue
		}
		if !l.blank && anchor >= 0 && ruleLine(l.text) {
			if n := p.nextContent(i, end); n >= 0 && framedLabel(p.lines[n].text) {
				// ―――― then ◇暮らしの催し◇: another part of the page
				// begins; the text ended above the rule, over the
				// captions of its photos.
				for k := anchor; k >= start; k-- {
					if kl := &p.lines[k]; kl.role == roleBody && isText(kl) && !photoCaption(kl.text) {
						return k
					}
				}
				return anchor
			}
		}
		if p.anchors(i, start, end) {
			anchor = i
			after++
		}
	}
	for anchor > start && readerCall(p.lines[anchor].text) {
		// ご質問をお寄せください。… under the answer: the page asks for
		// letters; the text ended at the text above.
		k := anchor - 1
		for k >= start && !p.anchors(k, start, end) {
			k--
		}
		if k < start {
			break
		}
		anchor = k
	}
	if ended >= 0 && after <= maxAfterEnd {
		return ended
	}
	if h := p.closingBox(start, anchor); h >= 0 {
		for i := h - 1; i >= start; i-- {
			if l := &p.lines[i]; l.role == roleBody && isText(l) {
				return i
			}
		}
	}
	return anchor
}

// readerCall reports a line that opens by asking readers to write in
// (ご意見をお寄せください。…, 投稿をお待ちしています。): a page's call under
// a column or a letter, not its text. Words asked for inside a quotation
// are the text's.
func readerCall(s string) bool {
	// Every line under the text is asked: the bytes first, a call's
	// words before anything else.
	if len(s) > maxReaderCall*utf8.UTFMax || !strings.Contains(s, "さい") && !strings.Contains(s, "お待ちしています") && !strings.Contains(s, "受け付けて") {
		return false
	}
	if strings.ContainsAny(s, "「」") && !strings.Contains(s, "」欄") || utf8.RuneCountInString(s) > maxReaderCall || isBullet(firstRune(s)) {
		return false
	}
	for sent := range strings.SplitSeq(s, "。") {
		if _, ok := cutAnySuffix(sent, "お寄せください", "をお待ちしています", "お寄せ下さい"); ok {
			return true
		}
		if _, ok := cutAnySuffix(sent, "受け付けています", "受け付けております"); ok && strings.Contains(sent, "で") {
			// 欄へのお便りは、はがきかメールで受け付けております:
			// how readers write in.
			for _, w := range readerWrites {
				if strings.Contains(sent, w) {
					return true
				}
			}
		}
		if strings.HasPrefix(sent, "投稿") || strings.Contains(sent, "欄への投稿") {
			if _, ok := cutAnySuffix(sent, "ください", "下さい"); ok {
				return true // 投稿には氏名を書いてください: how to write in
			}
		}
	}
	return false
}

// readerWrites are what readers send in to a column: a call that says
// how it is received speaks of one of them.
var readerWrites = []string{"への相談", "へのご相談", "への投稿", "への投書", "へのお便り", "へのご意見", "へのご質問", "への質問"}

// maxReaderCall bounds, in runes, a call for readers' letters.
const maxReaderCall = 100

// anchors reports whether line i is running text that the body may end
// with: prose and the lines that read as text, a sentence after a bullet,
// a column's marked paragraph, a short turn of a dialogue.
func (p *parser) anchors(i, start, end int) bool {
	l := &p.lines[i]
	return l.role == roleBody && (!isBullet(firstRune(l.text)) || listedTurn(l) || bulletSentence(l) || markedParagraph(l)) && (isText(l) || continues(l.text) && !isLabelValue(l.text, l.n) && !whenOnly(l.text)) ||
		l.role == roleShort && p.dialogueTurn(i, start, end)
}

// maxBoxLines and maxBoxProse bound a box closing an article: its lines,
// and the runes of each.
const (
	maxBoxLines = 8
	maxBoxProse = 90
)

// closingBox returns the head of a box of facts that closes the text up to
// its last line, anchor: ■港町の下水道メモ, 【メモ】…, ■Q&A…, a person's
// name with its reading (■森川早苗（もりかわ・さなえ）) over a profile. The
// box is the page's, not the article's text. It returns -1 when there is
// none, or when the lines under the head run long like paragraphs.
func (p *parser) closingBox(start, anchor int) int {
	if anchor < 0 {
		return -1
	}
	head, lines, texts := -1, 0, 0
	outline := false // the head is an outline's (■開催概要): facts, no sentences
	for i := start; i <= anchor; i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if factBoxHead(l.text) {
			if head < 0 {
				head, lines, outline = i, 0, strings.Contains(l.text, "概要")
			}
			continue
		}
		if head < 0 {
			if l.role == roleBody && isText(l) {
				texts++
			}
			continue
		}
		if lines++; lines > maxBoxLines || l.n > maxBoxProse || outline && lastRune(l.text) == '。' {
			head = -1
		}
	}
	if texts < 2 {
		return -1 // a page of notes, not a text with a box under it
	}
	return head
}

// factBoxWords name a box of facts under an article.
var factBoxWords = []string{"メモ", "Q&A", "Q&A", "プロフィール", "略歴", "ことば", "用語", "キーワード", "データ", "豆知識", "概要"}

// factBoxHead reports the head of a box of facts: a section mark or
// brackets, and a word of factBoxWords (■港町の下水道メモ, 【メモ】…), or a
// name and its reading alone after a section mark.
func factBoxHead(s string) bool {
	if r := firstRune(s); !sectionMark(s) && r != '【' && !isBullet(r) {
		return false
	}
	body := s[stripBullet(s):]
	marked := len(body) < len(s) && sectionMark(s)
	if !marked && !strings.HasPrefix(s, "【") {
		return false
	}
	if marked && nameOnlyReading(body) {
		return true
	}
	head := headWord(s)
	if strings.HasPrefix(s, "【") {
		if in, ok := cutAny(s, [][2]string{{"【", "】"}}); ok {
			head = in
		} else if k := strings.Index(s, "】"); k > 0 {
			head = s[len("【"):k] // 【メモ】古書店…: the head opens the line
		}
	} else if k := strings.IndexAny(head, " \u3000"); k > 0 {
		head = head[:k] // ■Q&A　閉店後はどうなる？
	}
	if utf8.RuneCountInString(head) > maxBoxHead {
		return false
	}
	for _, w := range factBoxWords {
		if k := strings.Index(head, w); k >= 0 {
			// not メモリ: the word ends with the katakana it is written in
			if r := firstRune(head[k+len(w):]); !isKatakana(r) && r != 'ー' {
				return true
			}
		}
	}
	return false
}

// pagerLink reports a line that is one link to the instalment before or
// after this one, its label and its title (前回のコラム　…): it heads no
// list of links under it.
func pagerLink(l *line) bool {
	h, off := l.relatedHead()
	return h && off >= 0 && pagerHead(strings.TrimRight(l.text[:off], " :：\u3000"))
}

// inlineLink reports a line that is a link's title after its head
// (関連：…, 【関連】…).
func inlineLink(l *line) bool {
	h, off := l.relatedHead()
	return h && off >= 0
}

// minRule is the runes of the shortest line drawn as a rule.
const minRule = 5

// ruleLine reports a line drawn as a rule: dashes, bars or stars alone.
func ruleLine(s string) bool {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if !strings.ContainsRune("―─━－-—=＝_＿*＊~〜～", r) {
			return false
		}
		n++
	}
	return n >= minRule
}

// framedLabel reports a short label alone between marks or in brackets:
// ◇暮らしの催し◇, ■お知らせ■, 【催し】.
func framedLabel(s string) bool {
	s = strings.TrimSpace(s)
	if bracketLabel(s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	l, m := utf8.DecodeLastRuneInString(s)
	return r == l && sectionMark(s) && len(s) > n+m && utf8.RuneCountInString(s) <= maxBoxHead &&
		!strings.ContainsAny(s[n:len(s)-m], "。、")
}

// maxAfterEnd bounds the lines of text under a wire's end mark that
// still are the page's.
const maxAfterEnd = 2

// maxEndMark bounds the bytes of a line endMark reads, spaces around
// the mark included.
const maxEndMark = 32

// endMark reports a line that is a wire's end mark alone: （了）, (終わり),
// ＝了＝, or 以上 closing a release.
func endMark(s string) bool {
	if len(s) > maxEndMark {
		return false
	}
	s = strings.TrimSpace(s)
	if s == "以上" {
		return true // the close of a release or a notice
	}
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}, {"＝", "＝"}, {"=", "="}, {"〔", "〕"}} {
		if in, ok := strings.CutPrefix(s, b[0]); ok {
			if in, ok = strings.CutSuffix(in, b[1]); ok {
				switch strings.TrimSpace(in) {
				case "了", "終", "終わり", "おわり", "完", "END", "End", "end":
					return true
				}
			}
		}
	}
	return false
}

// gameLine reports the line of a match's data that sports papers print
// over the report: the competition and score in angle brackets, then the
// day and the venue between diamonds (<港町リーグ:北浜3-2港南>◇8日◇港町球場).
func gameLine(s string) bool {
	for _, b := range [][2]string{{"<", ">"}, {"＜", "＞"}} {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			k := strings.Index(rest, b[1])
			return k > 0 && strings.HasPrefix(rest[k+len(b[1]):], "◇") && !strings.Contains(s, "。")
		}
	}
	return false
}

// resultRow reports a row of a results table: a circled rank, then words
// without a particle and figures (①港町高　2時間8分15秒, ②北浜　3-1).
// Steps of a recipe or a procedure (①材料を切る) have kana and stay text.
func resultRow(s string) bool {
	r := firstRune(s)
	if r < '①' || r > '⑳' || strings.ContainsFunc(s, isHiragana) || strings.ContainsAny(s, "。「") {
		return false
	}
	return strings.ContainsAny(s[utf8.RuneLen(r):], "0123456789")
}

// listedTurn reports a line of a list of comments: a bullet, a name and
// a space or colon before the words (▼北浜・森川忠監督　「…」), unlike a
// listed link's title (・森川忠監督「…」).
func listedTurn(l *line) bool {
	i := strings.Index(l.text, "「")
	if i <= 0 || !isSpeech(l.text, l.n) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l.text[:i])
	return r == ' ' || r == '\u3000' || r == ':' || r == '：'
}

// bulletSentence reports an item of a list that is a whole sentence
// (・工事の間は、北側の歩道をご利用ください。, ・次の会報は2月に出します。): text
// a notice lists, as much the article's as its paragraphs; a list of links
// has no full stops, nor polite endings.
func bulletSentence(l *line) bool {
	return l.n >= minBulletSentence && strings.HasPrefix(l.text, "・") && strings.HasSuffix(l.text, "。") && hasHiragana(l.text) &&
		(strings.Contains(l.text, "、") || politeEnd(l.text) && !strings.HasPrefix(l.text, "・「")) &&
		!strings.Contains(l.text, " - ") && !labelled(l.text) && !l.copyright() && !editorsNote(l.text)
}

// markedParagraph reports a paragraph a column opens with a mark (▼その
// 音が…。, ◆…。): sentences, not an item of a list.
func markedParagraph(l *line) bool {
	if l.n < minMarkedParagraph || !strings.ContainsRune("▼▲◆◇", firstRune(l.text)) || !strings.Contains(l.text, "。") || !hasHiragana(l.text) || labelled(l.text) {
		return false
	}
	// ◆港の茶屋　港北町3丁目。10時から…: a name set apart by a space heads
	// an entry of facts, not a paragraph.
	head := l.text
	if k := 15 * utf8.UTFMax; len(head) > k {
		head = head[:k]
	}
	return !strings.ContainsAny(head, " \u3000")
}

// columnParagraph reports a paragraph of a column that parts its
// paragraphs with a mark and drops the full stop before each (…が要る /
// ▼今夏、…): a markedParagraph, or sentences right over one.
func (p *parser) columnParagraph(i, end int) bool {
	l := &p.lines[i]
	if l.n < longTextMin || !strings.Contains(l.text, "。") || !hasHiragana(l.text) {
		return false
	}
	if markedParagraph(l) {
		return true
	}
	n := p.nextContent(i, end)
	return n == i+1 && markedParagraph(&p.lines[n])
}

// minMarkedParagraph is the fewest runes of a paragraph opened by a mark.
const minMarkedParagraph = 30

// labelled reports a line that opens with a short label and a colon
// (・入館料：大人500円。, ・カモミール：眠りを助ける。): an entry of a box.
func labelled(s string) bool {
	i := strings.IndexAny(s, ":：")
	return i > 0 && utf8.RuneCountInString(s[:i]) <= maxLabelRunes
}

// maxLabelRunes bounds the label of labelled, in runes, with its bullet.
const maxLabelRunes = 20

// politeEnds close a sentence a notice addresses to its readers (…を更新し
// ます。, …の予定です。): a title in a list of links does not end so, unless
// it opens with a name in brackets (・「…」を始めました。).
var politeEnds = []string{"ます。", "です。", "ました。", "でした。", "ください。", "ません。"}

// politeEnd reports whether s ends in one of politeEnds.
func politeEnd(s string) bool {
	_, ok := cutAnySuffix(s, politeEnds...)
	return ok
}

// minBulletSentence is the shortest item of a list read as a sentence, in
// runes.
const minBulletSentence = 15

// fieldRun reports whether line i is a field of a notice (申込方法：…) or
// a note (※…) right under another field or a note on one: the notice's
// block of fields, not a box a page sets under its text.
func (p *parser) fieldRun(i int) bool {
	if i <= 0 || !labelled(p.lines[i].text) && !strings.HasPrefix(p.lines[i].text, "※") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		prev := &p.lines[k]
		if prev.blank {
			return false
		}
		if labelled(prev.text) && prev.role == roleBody {
			return true
		}
		if !strings.HasPrefix(prev.text, "※") {
			return false
		}
	}
	return false
}

// noteSentence reports a note of the text over it (※毛布は洗濯して…くだ
// さい。): sentences after the mark, not the page's notice on the article
// (※この記事は…), on what it shows (※株価は…表示されます。) nor its
// rights.
func noteSentence(l *line) bool {
	return note(l, minBulletSentence)
}

// note is noteSentence for a note of at least least runes: a note right
// under another of the text's may be as short as one clause
// (※中古品は対象外です。).
func note(l *line, least int) bool {
	rest, ok := strings.CutPrefix(l.text, "※")
	return ok && l.n >= least && strings.HasSuffix(rest, "。") && hasHiragana(rest) && !strings.Contains(rest, "表示") &&
		!editorsNote(l.text) && !l.copyright() && !isContact(rest) && !labelled(strings.TrimLeft(rest, " \u3000"))
}

// minNextNote is the fewest runes of a note read as the text's under
// another of its notes.
const minNextNote = 8

// extendText extends the body from its last line of text, anchor, over
// the lines right after it that still are text: a paragraph cut short by
// a paywall (a long line without its end), and in plain text lines that
// end like a sentence (…のだろうか（筆者名）). It returns the new last line.
func (p *parser) extendText(anchor, end int) int {
	for anchor >= 0 {
		n := p.nextContent(anchor, end)
		if n < 0 {
			break
		}
		l := &p.lines[n]
		if q := p.nextContent(n, end); q == n+1 && nameLast(l.text) && !l.ui && wholeQuotation(p.lines[q].text) {
			// 港北大学　学長　川瀬ゆかり over 「…」: a comment and who
			// speaks it, as a release closes on them.
			l.role, p.lines[q].role = roleBody, roleBody
			anchor = q
			continue
		}
		if q := p.nextContent(n, end); q == n+1 && !l.ui && fieldName(l.text) {
			// 日程 over 3月14日（土）正午から: a field of the notice the
			// text ends with and its value.
			if v := &p.lines[q]; !v.ui && !isContact(v.text) && v.n <= maxFieldValue && !fieldName(v.text) && !p.isCredit(v) && !v.copyright() {
				l.role, v.role = roleBody, roleBody
				anchor = q
				continue
			}
		}
		if n == anchor+1 && p.fieldRun(anchor) && !l.ui && labelled(l.text) && !isContact(l.text) && !p.isCredit(l) && !l.copyright() {
			// 抽選：11月4日午前10時 right under 申し込み：…ください。,
			// itself under more fields: the notice's fields go on past
			// its last sentence.
			l.role = roleBody
			anchor = n
			continue
		}
		if a := p.lines[anchor].text; n == anchor+1 && (noteSentence(l) && (labelled(a) || anchor > 0 && fieldName(p.lines[anchor-1].text)) || strings.HasPrefix(a, "※") && note(l, minNextNote)) {
			// ※毛布は洗濯してからお持ちください。 right under the last field
			// of a notice (申込み：…, or 申込方法 over its value): the note
			// is the notice's own, as the field is.
			l.role = roleBody
			anchor = n
			continue
		}
		// …と話 over した。: the few words the last sentence wraps into.
		tail := n == anchor+1 && doc.WrapTail(l.text) && continues(p.lines[anchor].text) && !l.indent
		if l.ui && !tail || isLinkTitle(l) || isContact(l.text) || isLabelValue(l.text, l.n) || p.isCredit(l) || photoCaption(l.text) ||
			l.role == roleCaption && hasCaptionMark(l.text) || // …見守る森川さん（右）＝港北動物園提供
			!((l.n >= longTextMin || p.cutByPaywall(n)) && (l.indent || !p.indented) && continues(l.text) ||
				l.plainText && strings.ContainsAny(l.text, "、。！？") || tail) {
			break
		}
		l.role = roleBody
		anchor = n
	}
	return anchor
}

// cutByPaywall reports whether line i, shorter than a long line of text,
// is a sentence cut by a paywall: it has a clause behind it (a comma) and
// the next line is a member promotion (この記事は有料会員限定です).
func (p *parser) cutByPaywall(i int) bool {
	l := &p.lines[i]
	if l.n < cutTextMin || !strings.Contains(l.text, "、") {
		return false
	}
	n := p.nextContent(i, len(p.lines)) // the promotion opens the footer, past end
	return n >= 0 && p.lines[n].n <= uiContainsMax && footerPromoSet.in(p.lines[n].text)
}

// shortLines decides the short lines up to the last text, anchor: a
// sub-heading when text follows, the header of a list of links, or a line
// of a list inside the body.
func (p *parser) shortLines(start, end, anchor int) {
	lines := p.lines
	for i := start; i <= anchor && i < end; i++ {
		l := &lines[i]
		if l.blank || l.role != roleShort {
			continue
		}
		n := p.nextContent(i, end)
		switch {
		case n >= 0 && lines[n].role == roleRelated && n == i+1:
			l.role = roleRelated
		case spokenLine(l.text) || p.quoteInRun(i, start, n):
			l.role = roleBody // 「正直、疲れます」: words someone says, not a heading
		case voiceHead(l.text) && (n >= 0 && namedTurn(lines[n].text) || p.prevContentIs(i, start, namedTurn)):
			l.role = roleBody // 矢部「無理でしょ」 over セルジオ「…」: turns of a dialogue
		case n >= 0 && (isText(&lines[n]) || sectionMark(l.text) && lines[n].role == roleBody) && (lines[n].role == roleBody || lines[n].role == roleShort && namedTurn(lines[n].text)) &&
			(!isBullet(firstRune(l.text)) || sectionMark(l.text)) || strings.HasPrefix(l.text, "◆"):
			l.role = roleHeading
		default:
			l.role = roleBody
		}
	}
}

// quoteInRun reports whether line i, one quotation alone on its line, is
// a turn of talk among the lines around it rather than a sub-heading: the
// line before ends a quotation or stops on a comma (住民からは、), or the
// line after, n, opens another quotation or points back at the words
// (コーチがそう言い返すと, と話した, といった声も).
func (p *parser) quoteInRun(i, start, n int) bool {
	s := p.lines[i].text
	if !strings.HasPrefix(s, "「") || !strings.HasSuffix(s, "」") || strings.Count(s, "「") != 1 {
		return false
	}
	if k := p.prevContent(i); k >= start && (strings.HasSuffix(p.lines[k].text, "」") || strings.HasSuffix(p.lines[k].text, "、")) {
		return true
	}
	if n < 0 {
		return false
	}
	next := p.lines[n].text
	if strings.HasPrefix(next, "と") && !strings.HasPrefix(next, "として") {
		return true
	}
	if strings.HasPrefix(next, "「") {
		// Not a list of titles: 「…」「…」の, 「…」、「…」.
		c := strings.Index(next, "」")
		r, _ := utf8.DecodeRuneInString(next[max(c, 0)+len("」"):])
		return c > 0 && r != '「' && r != '、' && r != 'の'
	}
	// そう or こう in the first sentence of the next line, before a verb
	// of speech (そう話すと, …子どもたちの前でこう誓った。): the words just
	// quoted are what it points at.
	head := next[:min(len(next), maxPointBack*utf8.UTFMax)]
	if c := strings.Index(head, "。"); c >= 0 {
		head = head[:c]
	}
	return quote.PointsBack(head)
}

// maxPointBack bounds, in runes, the start of the line read for the word
// that points back at a quotation over it.
const maxPointBack = 60

// prevContentIs reports whether the non-blank line before line i (not
// before start) satisfies is.
func (p *parser) prevContentIs(i, start int, is func(string) bool) bool {
	for j := i - 1; j >= start; j-- {
		if l := &p.lines[j]; !l.blank {
			return is(l.text)
		}
	}
	return false
}

// openClause reports whether the line s stops on a comma, its sentence
// going on below (島村氏は、 over the words he said): text, however short
// and however often the page prints it.
func openClause(s string) bool {
	r := lastRune(s)
	return (r == '、' || r == '，') && !isBullet(firstRune(s))
}

// maxVoiceWho and maxVoiceWords bound, in runes, the two parts of a
// sub-heading that sums up what someone said (専門家「全国で同じ問題」).
const (
	maxVoiceWho   = 8
	maxVoiceWords = 20
)

// voiceHead reports whether s is a sub-heading in the form broadcasters
// print: who, with no particle, then a few words of theirs in brackets with
// no comma or full stop, 市長「計画を見直す」. A line of dialogue has a
// space after the name and a whole sentence in the brackets.
func voiceHead(s string) bool {
	if len(s) > (maxVoiceWho+maxVoiceWords+2)*utf8.UTFMax || !strings.HasSuffix(s, "」") || !namedTurn(s) {
		return false
	}
	words := s[strings.Index(s, "「")+len("「") : len(s)-len("」")]
	return words != "" && utf8.RuneCountInString(words) <= maxVoiceWords && !strings.ContainsAny(words, "「」、。,.!?！？")
}

// dialogueTurn reports whether line i is a short turn of a dialogue: who
// speaks and the words in brackets (記者「費用は」), with another turn right
// before or after it, so that a transcript's last short answer is still
// its text.
func (p *parser) dialogueTurn(i, start, end int) bool {
	l := &p.lines[i]
	if !namedTurn(l.text) || !strings.HasSuffix(l.text, "」") {
		return false
	}
	n := p.nextContent(i, end)
	return n >= 0 && namedTurn(p.lines[n].text) || p.prevContentIs(i, start, namedTurn)
}

// namedTurn reports whether s opens with who speaks, a few runes of kanji
// or katakana with no particle, right before an opening bracket:
// セルジオ「…, 市長「….
func namedTurn(s string) bool {
	i := strings.Index(s[:min(len(s), (maxVoiceWho+1)*utf8.UTFMax)], "「")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > maxVoiceWho {
		return false
	}
	named := false
	for _, r := range s[:i] {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・' && r != 'の' {
			return false
		}
		named = named || r != '・' && r != 'の' // ・「…」 is an item of a list
	}
	return named
}

// maxSectionHead bounds the runes of a line read as a sub-heading for the
// mark it opens with.
const maxSectionHead = 40

// sectionMark reports whether the short line s opens with a mark that
// heads a section of the text (■高瀬「狙っていた」, ◇試合後の談話), not an
// item of a list.
func sectionMark(s string) bool {
	switch firstRune(s) {
	case '■', '□', '◆', '◇', '●', '▼':
		return true
	}
	return false
}

// spokenLine reports whether the short line s is one quotation of speech:
// 「…」 whose words hold a comma or a sentence mark or end in a polite
// form (です, ます). A quoted phrase (「地域の未来へ」) stays a possible
// sub-heading.
func spokenLine(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "「") || !strings.HasSuffix(s, "」") {
		return false
	}
	inner := s[len("「") : len(s)-len("」")]
	if strings.ContainsAny(inner, "「」") {
		return false // two quotations, or one inside another
	}
	if strings.ContainsAny(inner, "、。！？!?…") {
		return true
	}
	for _, end := range []string{"です", "ます", "でした", "ました", "ません", "ですね", "ますね", "ですよ", "ますよ"} {
		if strings.HasSuffix(inner, end) {
			return true
		}
	}
	return false
}

// lastBio makes the last line of text, anchor, the author's profile when
// it reads as one after two paragraphs or more.
func (p *parser) lastBio(start, anchor int) {
	if anchor < 0 {
		return
	}
	bodies := 0
	for i := start; i < anchor; i++ {
		if p.lines[i].role == roleBody {
			bodies++
		}
	}
	l := &p.lines[anchor]
	// Under a name with its reading alone (森川さくら（もりかわ・さくら）),
	// a profile needs no word of the usual profiles: エッセイスト。…生まれ。
	k := p.prevContent(anchor)
	named := k > start && nameOnlyReading(p.lines[k].text)
	if bodies < 2 || !looksBio(l.text, !named) {
		return
	}
	l.role = roleBio
	bs, be := l.s, l.e
	// 森川卓也（もりかわ・たくや） on the line above: the name that
	// opens the profile.
	top := anchor
	if k := p.prevContent(anchor); k > start && (p.lines[k].role == roleBody || p.lines[k].role == roleHeading) && nameOnlyReading(p.lines[k].text) {
		p.lines[k].role = roleBio
		bs = p.lines[k].s
		top = k
	}
	// かわせ・ゆかり　1970年生まれ。書評家。◇ then the author's
	// profile: a review's two profiles, the critic's over the author's.
	if k := p.prevContent(top); k > start && markOnly(p.lines[k].text) {
		if k2 := p.prevContent(k); k2 > start && p.lines[k2].role == roleBody && looksBio(p.lines[k2].text, true) {
			p.lines[k].role, p.lines[k2].role = roleBio, roleBio
			bs, top = p.lines[k2].s, k2
		}
	}
	// 開場時間：…, 入場料：… between the text and the profile: the facts
	// of what the text reviewed, a box of the page.
	for k := p.prevContent(top); k > start && p.lines[k].role == roleBody && isLabelValue(p.lines[k].text, p.lines[k].n) && lastRune(p.lines[k].text) != '。'; k = p.prevContent(k) {
		p.lines[k].role = roleUI
	}
	// 1990年 独立, 2015年 受賞 on the lines under it: its chronology.
	for i := anchor + 1; i < len(p.lines) && !p.lines[i].blank && chronologyLine(p.lines[i].text); i++ {
		p.lines[i].role = roleBio
		be = p.lines[i].e
	}
	p.a.Bio = p.textPtr(bs, be)
}

// markOnly reports a line of one to three marks that part two pieces of a
// page (◇, ◆◆◆, ＊).
func markOnly(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for _, r := range s {
		if n++; n > 3 || !strings.ContainsRune("◇◆＊*◎○●□■☆★", r) {
			return false
		}
	}
	return n > 0
}

// prevContent returns the index of the last non-blank line before i, or
// -1.
func (p *parser) prevContent(i int) int {
	for i--; i >= 0 && p.lines[i].blank; i-- {
	}
	return i
}

// classifyTail reads the lines after the last text, anchor, up to end:
// boxes of label：value and contact lines (kept as boilerplate),
// signatures, tag lines and link titles.
// maxTailDate bounds the runes of a date line read under the text.
const maxTailDate = 40

func (p *parser) classifyTail(anchor, end int) {
	if anchor < 0 {
		return
	}
	p.readChronologies(anchor, end)
	lines := p.lines
	// Boxes: blocks of lines between blank lines with a label：value or
	// a contact line in them.
	for i := anchor + 1; i < end; {
		if lines[i].blank {
			i++
			continue
		}
		j, box := i, false
		for ; j < end && !lines[j].blank; j++ {
			if j > i {
				if ok, _ := relatedHead(lines[j].text); ok {
					break // 関連記事 under the box: the links are no part of it
				}
			}
			if l := &lines[j]; l.role != roleCaption && !inlineLink(l) && (isContact(l.text) || isLabelValue(l.text, l.n) && !isLinkTitle(l)) {
				box = true
			}
		}
		for k := i; k < j && box; k++ {
			if lines[k].role != roleCaption && lines[k].role != roleBio && lines[k].role != roleBox && !inlineLink(&lines[k]) {
				lines[k].role = roleUI
			}
		}
		i = j
	}
	var rest []int
	for i := anchor + 1; i < end; i++ {
		l := &lines[i]
		if !l.blank && p.a.Published == nil && l.n <= maxTailDate && !strings.Contains(l.text, "。") {
			// （2025年11月17日 0時12分） under the text of a page with
			// no date line above it: the time it was published.
			if dl, ok := p.readDateLine(*l); ok {
				p.useDateLine(i, dl)
				continue
			}
		}
		if l.blank || l.role == roleUI || l.role == roleCaption || l.role == roleBio || l.role == roleBox || l.plainText && l.role == roleBody {
			continue
		}
		if l.n <= maxCaptionRunes && photoCaption(l.text) {
			l.role = roleCaption // ＜写真＞…（撮影・…）under the text: the photo's caption
			continue
		}
		if p.signatureLine(i) || p.creditLine(i) {
			continue
		}
		if tagHeads[headWord(l.text)] || endMark(l.text) {
			l.role = roleUI // タグ: the head of the tags under it; （了）, 以上
			continue
		}
		if w, ok := hashtag(l.text); ok {
			l.role = roleUI // #電子ペーパー: the word is kept, not the mark
			p.addTag(l.s+len(l.text)-len(w), l.e)
			continue
		}
		if !p.underRelatedHead(anchor+1, i) && p.tagLine(i) {
			continue // in a list of links, a title of short words is a title
		}
		if strings.HasPrefix(l.text, "※") || l.copyright() || outletCredit(l.text) || outletName(l.text) {
			l.role = roleUI // a note or the page's notice, not a link
			continue
		}
		if _, ok := cutBrackets(l.text); ok && l.n <= 20 {
			l.role = roleUI // （詳細はコチラ）: the label of a link
			continue
		}
		rest = append(rest, i)
	}
	for _, i := range rest {
		l := &lines[i]
		switch {
		case lastRune(l.text) == '。' && !isLinkTitle(l) && !inlineLink(l):
			l.role = roleUI // この情報は…ありません。: a notice of the page, no link
		case len(rest) >= 2 || isLinkTitle(l):
			l.role = roleRelated
		case l.n <= 8 && !strings.ContainsAny(l.text, "。、！？"), isCode(l.text):
			l.role = roleTag
		default:
			l.role = roleUI
		}
	}
}

// boxHeads head the issuer's box closing a press release (its profile
// and whom to ask) and the box of facts under a review or a notice.
var boxHeads = setOf("会社概要", "企業概要", "団体概要", "法人概要", "運営会社概要", "会社情報", "本件に関するお問い合わせ先",
	"本件に関するお問い合わせ", "お問い合わせ先", "報道関係者のお問い合わせ先", "報道関係者からのお問い合わせ先",
	"報道関係の方のお問い合わせ先", "リリースに関するお問い合わせ", "本リリースに関するお問い合わせ", "問い合わせ先",
	"お問合せ先", "問合せ先", "連絡先", "お問い合わせ",
	// the files a release attaches: 受付要項［PDF 312KB］
	"添付資料", "添付ファイル", "配布資料",
	// the facts of what the text is about: a show, an event, a shop, a work
	"公演情報", "公演概要", "公演データ", "作品データ", "上演データ", "開催データ", "データ", "開催概要", "開催情報", "イベント情報", "イベント概要", "店舗情報", "店舗概要", "商品概要", "商品情報",
	"製品概要", "製品情報", "施設情報", "施設概要", "作品情報", "作品概要", "書籍情報", "大会概要", "展覧会情報", "展示概要",
	"INFORMATION", "Information", "インフォメーション",
	// the paper a science story reports on
	"論文情報", "論文", "発表論文", "掲載論文", "書誌情報", "論文タイトル",
	// the summary of a match under its report
	"試合経過", "得点経過", "試合結果", "スコア")

// markRun makes the head line i and the lines right under it that pass
// is, up to a blank line or end, page furniture. It returns the last.
func (p *parser) markRun(i, end int, is func(*line) bool) int {
	p.lines[i].role = roleUI
	for i+1 < end && !p.lines[i+1].blank && is(&p.lines[i+1]) {
		i++
		p.lines[i].role = roleUI
	}
	return i
}

// headOfLinks reports the head of a list of links alone on its line
// (関連記事, 関連ページ).
func headOfLinks(l *line) bool {
	h, off := l.relatedHead()
	return h && off < 0
}

// boxHead reports the head of a box of facts or contacts (【会社概要】,
// お問い合わせ先), including the contact box a town's pages close with,
// worded many ways (このページに関するお問い合わせ, この記事についての
// お問合せ).
func boxHead(s string) bool {
	w := headWord(s)
	if boxHeads[w] {
		return true
	}
	_, ok := cutAnySuffix(w, "お問い合わせ", "お問い合わせ先", "お問合せ", "お問合せ先", "問い合わせ先")
	return ok && strings.HasPrefix(w, "この")
}

// boxLine reports a line of an issuer's box: label：value, a contact, page
// furniture or a short line with no sentence (あさぎ交通株式会社　経営企画部),
// up to the head of the next box.
func boxLine(l *line) bool {
	return (isLabelValue(l.text, l.n) || isContact(l.text) || l.ui || l.n <= maxBoxLine && !strings.Contains(l.text, "。")) &&
		!boxHead(l.text) && !nameOnlyReading(l.text) && !headOfLinks(l) // 森川卓也（もりかわ・たくや）opens the writer's profile; 関連ページ the links
}

// tocEntry reports an entry of a table of contents: a short numbered or
// dotted line with no sentence.
func tocEntry(l *line) bool {
	return l.n <= maxTocEntry && !strings.Contains(l.text, "。") && (strings.HasPrefix(l.text, "・") || numberedEntry(l.text))
}

// maxBoxHead bounds the head of such a box, marks included, in runes.
const maxBoxHead = 24

// maxBoxLine bounds a line of such a box that is neither label：value nor
// a contact (あさぎ交通株式会社　経営企画部), in runes.
const maxBoxLine = 40

// linkArrow reports a line opened by the arrows that mark a link: >>, ≫,
// ⇒, →, ▶▶.
func linkArrow(s string) bool {
	for _, a := range []string{">>", "≫", "⇒", "→", "▶▶", "»"} {
		if rest, ok := strings.CutPrefix(s, a); ok && strings.TrimSpace(rest) != "" {
			return true
		}
	}
	return false
}

// maxDeskCredit bounds a desk's credit, in runes.
const maxDeskCredit = 20

// deskCredit reports a line that credits an editorial desk alone:
// トピックスeye編集部, 北浜日報取材班, 港南新聞社会部.
func deskCredit(s string, n int) bool {
	if n > maxDeskCredit || strings.ContainsAny(s, "。、「」 　") {
		return false
	}
	for _, w := range []string{"編集部", "編集局", "取材班", "編集チーム", "報道部", "社会部", "政治部", "経済部", "文化部", "運動部"} {
		if rest, ok := strings.CutSuffix(s, w); ok && rest != "" {
			return true
		}
	}
	return false
}

// tocLine reports a table of contents on one line or its head: 目次, or
// 目次　1 港の朝市　2 今後の予定.
func tocLine(s string) bool {
	if tocHeads[headWord(s)] {
		return true
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' })
	return len(f) > 1 && tocHeads[headWord(f[0])]
}

// tocHeads head a table of contents.
var tocHeads = setOf("目次", "もくじ", "この記事の目次", "本記事の目次", "Contents", "CONTENTS", "INDEX")

// maxTocEntry bounds an entry of a table of contents, in runes.
const maxTocEntry = 40

// numberedEntry reports a line opened by a section number: 1. 外観, 2) 音質,
// (3) まとめ, 第4章.
func numberedEntry(s string) bool {
	if rest, ok := strings.CutPrefix(s, "("); ok {
		s = rest // (3) まとめ
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if _, ok := hasPrefixAny(s[i:], ".", ")", "．", "）", "、"); ok && i > 0 {
		return true
	}
	return strings.HasPrefix(s, "第") && strings.Contains(s[:min(len(s), 12)], "章")
}

// maxSectionField bounds a カテゴリー：… line read as the section, in runes.
const maxSectionField = 40

// maxShopButton bounds a shop or price button, in runes.
const maxShopButton = 30

// shopButton reports the label of a button to a shop or a price list:
// 公式ストアで見る, Amazonで購入する, 最新価格をチェック.
func shopButton(s string) bool {
	for _, w := range []string{"で見る", "で購入", "で購入する", "で買う", "で予約", "をチェック", "をチェックする"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// tagHeads are heads of a list of tags.
var tagHeads = setOf("タグ", "関連タグ", "キーワード", "関連キーワード", "この記事のタグ", "Tags", "TAGS", "tags")

// maxHashtagRunes bounds a hashtag line.
const maxHashtagRunes = 30

// hashtag reads a line that is one hashtag (#電子ペーパー, ＃子育て) and
// returns its word.
func hashtag(s string) (string, bool) {
	w, ok := strings.CutPrefix(s, "#")
	if !ok {
		w, ok = strings.CutPrefix(s, "＃")
	}
	if !ok || w == "" || utf8.RuneCountInString(w) > maxHashtagRunes || strings.ContainsAny(w, " 　#＃。、") {
		return "", false
	}
	return w, true
}

// hashtags reads a line of hashtags separated by spaces (#地域経済 #商店街)
// and returns the byte ranges of their words in s, or nil.
func hashtags(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\u3000' {
			i += n
			continue
		}
		if s[i] != '#' && !strings.HasPrefix(s[i:], "＃") {
			return nil // a word that is no tag: hashtag would refuse it
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == ' ' || r == '\u3000' {
				break
			}
			j += n
		}
		w, ok := hashtag(s[i:j])
		if !ok {
			return nil
		}
		out = append(out, [2]int{j - len(w), j})
		i = j
	}
	return out
}

// signatureLine reads "秋津正男（７６）　北川市": a name with an age and
// a place closing a reader's essay.
func (p *parser) signatureLine(i int) bool {
	l := &p.lines[i]
	if l.n > 30 {
		return false
	}
	open := strings.IndexAny(l.text, "（(")
	if open <= 0 {
		return false
	}
	name := l.text[:open]
	rest := l.text[open:]
	_, w := utf8.DecodeRuneInString(rest)
	close := strings.IndexAny(rest, "）)")
	if close < 0 || !allDigits(rest[w:close]) || !fullName(strings.TrimSpace(name)) && !p.isSpacedName(l.s, l.s+open) {
		return false
	}
	l.role = roleBio
	p.addByline(l.s, l.s+open)
	if p.a.Bio == nil {
		p.a.Bio = p.textPtr(l.s, l.e)
	}
	return true
}

// creditLine reads a bracketed credit alone on a line after the text:
// "（スポーツ部　日野俊介）", "（聞き手・生活部　松井健太）", "(文・写真 野島一平)".
func (p *parser) creditLine(i int) bool {
	l := &p.lines[i]
	if _, ok := cutBrackets(l.text); !ok {
		return false
	}
	cs, _, ok := p.bylineLine(*l)
	if !ok {
		return false
	}
	l.role = roleByline
	p.addCredits(cs)
	return true
}

// isCredit reports a line that creditLine reads.
func (p *parser) isCredit(l *line) bool {
	if _, ok := cutBrackets(l.text); !ok {
		return false
	}
	_, _, ok := p.bylineLine(*l)
	return ok
}

func (p *parser) isSpacedName(s, e int) bool {
	ns, ok := p.names(s, e, true)
	return ok && len(ns) == 1
}

// tagLine reads a line of several short space-separated topic words.
func (p *parser) tagLine(i int) bool {
	l := &p.lines[i]
	if strings.ContainsAny(l.text, "。、！？「」（）()") {
		return false
	}
	toks := p.tokensOf(l.s, l.e)
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if n := utf8.RuneCountInString(p.norm[t.s:t.e]); n > 10 {
			return false
		}
	}
	l.role = roleUI // the words are kept, not the line
	for _, t := range toks {
		p.addTag(t.s, t.e)
	}
	return true
}

// allHiragana reports whether s is hiragana only.
func allHiragana(s string) bool {
	for _, r := range s {
		if !isHiragana(r) {
			return false
		}
	}
	return s != ""
}

// predicativeCue reports whether a word of bioCues in s says something of
// the person the line is about (東京都出身。, 大学卒業後), not of a thing it
// describes (韓国出身の作家の原作を映像化): a cue before の does not count.
func predicativeCue(s string) bool {
	for _, c := range bioCues {
		for i := 0; ; {
			j := strings.Index(s[i:], c)
			if j < 0 {
				break
			}
			i += j + len(c)
			// 在住の, ジャーナリストの stay profile words.
			if !strings.HasPrefix(s[i:], "の") || c != "出身" && c != "代表" && c != "担当" && c != "専門" {
				return true
			}
		}
	}
	return false
}

// looksBio reports an author profile: a first sentence without a verb
// ending (…在住のジャーナリスト。) with profile words.
func looksBio(s string, strict bool) bool {
	i := strings.Index(s, "。")
	if i <= 0 {
		return false
	}
	first := s[:i]
	if utf8.RuneCountInString(first) > 80 {
		return false
	}
	if j := strings.Index(first, "、"); j > 0 && utf8.RuneCountInString(first[:j]) <= 4 && allHiragana(first[:j]) {
		return false // しかし、…: a sentence of the text goes on
	}
	if strings.Contains(first, "は「") || strings.Contains(first, "が「") {
		return false // 主婦の藤間さん（45）は「…: someone quoted, not a profile
	}
	if strings.HasPrefix(s[i+len("。"):], "「") {
		return false // 会長の森川からメッセージ。「…」: a lead-in to words quoted, not a profile
	}
	if k := strings.Index(first, "氏は"); k > 0 && k <= 12*3 || strings.Contains(first[:min(len(first), 14*3)], "さんは") {
		// 村岡氏は1967年生まれ。: the profile of someone the text is
		// about, told in its own voice, not the author's.
		return false
	}
	last := lastRune(first)
	if (isHiragana(last) || last == '）' || last == ')' || last == '」') && !strings.HasSuffix(first, "生まれ") {
		return false // but きたむら・さき　1992年港南市生まれ。: a profile
	}
	if readingOpens(s) || kanaNameOpens(s) {
		// 芹沢かおり（せりざわ・かおり）　料理研究家。, せりざわ・かおり　料理
		// 研究家。: a name with its reading, or the reading alone,
		// opens a profile
		return true
	}
	if strict {
		return bioCuesSet.in(first) && predicativeCue(first)
	}
	return bioCuesSet.in(s) || isKatakana(last) || isHan(last)
}

// readingOpens reports whether s opens with a name and its reading in
// brackets, written with a middle dot between family and given name
// (芹沢かおり（せりざわ・かおり）), the way a profile starts.
func readingOpens(s string) bool {
	rest, ok := nameReading(s)
	return ok && strings.Contains(rest, "。")
}

// kanaNameOpens reports a line that opens with a name written in kana as
// it is read, family and given name apart (せりざわ・かおり), then a space.
func kanaNameOpens(s string) bool {
	sp := strings.IndexAny(s, " \u3000")
	if sp <= 0 || sp > maxKanaName*3 {
		return false
	}
	fam, given, ok := strings.Cut(s[:sp], "・")
	return ok && fam != "" && given != "" && allHiragana(fam) && allHiragana(given) && sp < len(s)-1
}

// maxKanaName bounds a name written in kana, in runes.
const maxKanaName = 14

// nameReading reads a name and its reading in kana at the start of s,
// 芹沢かおり（せりざわ・かおり）, and returns what follows it.
func nameReading(s string) (string, bool) {
	open := strings.IndexAny(s, "(（")
	if open <= 0 || utf8.RuneCountInString(s[:open]) > 9 {
		return "", false
	}
	spaces := 0
	for _, r := range s[:open] {
		if r == ' ' || r == '\u3000' {
			spaces++ // 川瀬 ゆかり（かわせ・ゆかり）: a space inside the name
			continue
		}
		if !isHan(r) && !isHiragana(r) && !isKatakana(r) {
			return "", false
		}
	}
	if spaces > 1 || strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\u3000") {
		return "", false
	}
	rest := s[open:]
	_, w := utf8.DecodeRuneInString(rest)
	rest = rest[w:]
	end := strings.IndexAny(rest, ")）")
	if end <= 0 || !strings.Contains(rest[:end], "・") {
		return "", false
	}
	for _, r := range rest[:end] {
		if !isHiragana(r) && r != '・' {
			return "", false
		}
	}
	_, w = utf8.DecodeRuneInString(rest[end:])
	return rest[end+w:], true
}

// nameOnlyReading reports a line that is a name and its reading alone,
// 森川卓也（もりかわ・たくや）, which opens a profile under its head.
func nameOnlyReading(s string) bool {
	rest, ok := nameReading(s)
	return ok && strings.TrimSpace(rest) == ""
}

// chronologyLine reports a line of a profile's chronology: a year, maybe
// its month, then what happened, 1990年 花火師として独立, 2015年4月 社長に就任.
func chronologyLine(s string) bool {
	rest, ok := yearOpens(s)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \u3000")
	// Something between the year and what happened: a month, a day, an
	// era in brackets or a space.
	return len(rest) < len(s)-len("0000年") && rest != "" && utf8.RuneCountInString(rest) <= maxChronologyRunes
}

// chronologyItem reports an item of a history or a schedule a text lists:
// a year, maybe glossed with its era in brackets, maybe with a month and a
// day or a part of the month (上旬), maybe a second year after a comma, or
// a month and a day with its weekday, then a space and what happened or
// will
// (1974年（昭和49年）　川の工事で初の中止, 2020年、2021年　2年続けて中止,
// 5月10日（日）　巣箱の点検).
func chronologyItem(s string) bool {
	rest, ok := yearOpens(s)
	if !ok {
		rest, ok = dayOpens(s)
	}
	if !ok {
		return false
	}
	if r, ok := strings.CutPrefix(rest, "、"); ok {
		if r2, ok := yearOpens(r); ok {
			rest = r2
		}
	}
	if r, ok := hasPrefixAny(rest, "上旬", "中旬", "下旬", "ごろ", "頃", "末", "初め"); ok {
		rest = rest[len(r):] // 2027年1月上旬　新年の探鳥会: a part of the month
	}
	if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\u3000") {
		return false
	}
	rest = strings.TrimLeft(rest, " \u3000")
	n := utf8.RuneCountInString(rest)
	return n > 0 && n <= maxChronologyItem
}

// maxChronologyItem bounds what happened in an item of a history, in runes.
const maxChronologyItem = 80

// yearOpens reads a year of four digits and 年 at the start of s, its era
// in brackets and a month and a day after it, and returns what follows.
func yearOpens(s string) (string, bool) {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n != 4 || !strings.HasPrefix(s[n:], "年") {
		return "", false
	}
	rest := s[n+len("年"):]
	if in, after, ok := cutLeadingBrackets(rest); ok && strings.HasSuffix(in, "年") && utf8.RuneCountInString(in) <= 6 {
		rest = after // (昭和49年), (平成元年)
	}
	return monthDay(rest), true
}

// dayOpens reads a month and a day (3月8日) at the start of s and the
// weekday in brackets after them, and returns what follows.
func dayOpens(s string) (string, bool) {
	if s == "" || !isDigit(rune(s[0])) {
		return "", false
	}
	rest := monthDay(s)
	if len(rest) == len(s) || !strings.Contains(s[:len(s)-len(rest)], "月") || !strings.HasSuffix(s[:len(s)-len(rest)], "日") {
		return "", false // a month and a day both
	}
	if in, after, ok := cutLeadingBrackets(rest); ok && weekdayMark(in) {
		rest = after
	}
	return rest, true
}

// cutLeadingBrackets returns what the round brackets that open s hold and
// what follows them.
func cutLeadingBrackets(s string) (in, after string, ok bool) {
	for _, pr := range roundBrackets {
		if r, ok := strings.CutPrefix(s, pr[0]); ok {
			if k := strings.Index(r, pr[1]); k > 0 {
				return r[:k], r[k+len(pr[1]):], true
			}
		}
	}
	return "", "", false
}

// chronologyRun is a run of items of a history, lines from to to, and
// whether it is text.
type chronologyRun struct {
	from, to int
	text     bool
}

// chronologyNear reports whether line i, between start and end, is one of
// a run of two or more items of a history under a marked head (■大会の
// 歩み) with prose after it, lastProse being the last prose line: one
// such line alone may be the caption of an old photo, a run under a
// profile its chronology, a run under a table's head its rows, a run
// under the last paragraph a box of the page. Each run is read once, into
// run, so that a page of many such lines costs linear time.
func (p *parser) chronologyNear(i, start, end, lastProse int, run *chronologyRun) bool {
	if run.from <= i && i <= run.to {
		return run.text
	}
	first, last := i, i
	for k := p.prevContent(first); k >= start && chronologyItem(p.lines[k].text); k = p.prevContent(first) {
		first = k
	}
	for k := p.nextContent(last, end); k >= 0 && chronologyItem(p.lines[k].text); k = p.nextContent(last, end) {
		last = k
	}
	*run = chronologyRun{from: first, to: last}
	h := p.prevContent(first)
	run.text = first < last && h >= start && sectionMark(p.lines[h].text) && p.lines[h].n <= maxSectionHead &&
		!strings.Contains(p.lines[h].text, "。") && lastProse > last
	return run.text
}

// maxChronologyRunes bounds what happened in a line of a chronology.
const maxChronologyRunes = 40

// readFooter reads the lines after the article: related links, author
// blocks, an update time, a provider's profile.
func (p *parser) readFooter(start int) {
	const (
		none = iota
		related
		author
	)
	mode := none
	bioS := -1 // where the profile under an author head starts
	for i := start; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		l.role = roleUI
		if ws := hashtags(l.text); len(ws) > 1 {
			// #地域経済 #商店街 under the links: the words are tags.
			for _, w := range ws {
				p.addTag(l.s+w[0], l.s+w[1])
			}
			mode = none
			continue
		}
		if h, off := l.relatedHead(); h {
			mode = related
			if off >= 0 {
				l.role = roleRelated
				p.addRelated(l.s, l.e)
				if pagerLink(l) {
					mode = none // 前回の相談　…: one link, no list under it
				}
			}
			continue
		}
		if isAuthorHead(l.text) {
			mode = author
			continue
		}
		if l.ui {
			if mode == author && bioS >= 0 {
				mode = none // この記事をシェアする under the profile: it has ended
			}
			continue
		}
		if strings.Contains(l.text, "更新") {
			if dl, ok := p.readDateLine(*l); ok && dl.upd != nil {
				l.role = roleDate
				if p.a.Updated == nil {
					p.setUpdated(*dl.upd, dl.updS)
				}
				continue
			}
		}
		if l.n <= maxCaptionRunes && photoCaption(l.text) {
			// ＜写真＞…（撮影・…）under the links: the caption of a photo
			l.role = roleCaption
			p.addCaption(l.s, l.e)
			continue
		}
		if mode == related && outletName(l.text) {
			mode = none // みなと日報社 under the links: the site's own footer begins
			continue
		}
		if mode == related && !(l.prose && strings.Contains(l.text, "。")) && !isDateOnly(l.text) && !l.copyright() && !outletCredit(l.text) {
			// A title ending in ？ or 」 is a link here: only a
			// sentence with a full stop is text.
			l.role = roleRelated
			p.addRelated(l.s, l.e)
			continue
		}
		if l.first != i && l.first < start {
			continue
		}
		if p.iconTagLine(i) {
			continue
		}
		if mode == author && (p.a.Bio == nil || bioS >= 0) && (l.prose || bioS >= 0 && (l.n >= minProfileRunes && !isBullet(firstRune(l.text)) || chronologyLine(l.text)) ||
			bioS < 0 && nameOnlyReading(l.text)) {
			// ■プロフィール, then 長谷川康之（はせがわ やすゆき）１９５４年、東京
			// 生まれ。 and the lines that go on with it: one profile.
			if bioS < 0 {
				bioS = l.s
			}
			l.role = roleBio
			p.a.Bio = p.textPtr(bioS, l.e)
			continue
		}
		if l.prose {
			if p.a.Bio == nil && looksBio(l.text, false) {
				l.role = roleBio
				p.a.Bio = p.textPtr(l.s, l.e)
			}
			continue
		}
		if isDateOnly(l.text) {
			if p.a.Published == nil {
				// （2025年11月17日 0時12分） under the text of a page
				// with no date line above it: the time it was published.
				if dl, ok := p.readDateLine(*l); ok {
					p.useDateLine(i, dl)
				}
			}
			continue
		}
		switch {
		case mode == author:
			if ns, ok := p.names(l.s, l.e, true); ok {
				l.role = roleByline
				for _, n := range ns {
					p.addByline(n.s, n.e)
				}
			} else if k := strings.LastIndex(l.text, "記者"); k > 0 {
				// 港南放送局 記者 木下亮: a desk, a post and a name.
				ns := l.s + k + len("記者")
				for ns < l.e && (p.norm[ns] == ' ' || strings.HasPrefix(p.norm[ns:], "\u3000")) {
					if p.norm[ns] == ' ' {
						ns++
					} else {
						ns += len("\u3000")
					}
				}
				if names, ok := p.names(ns, l.e, true); ok && ns > l.s+k+len("記者") {
					l.role = roleByline
					for _, n := range names {
						p.addByline(n.s, n.e)
					}
				}
			}
		case mode == related || isBullet(firstRune(l.text)):
			if !isURL(l.text) && !l.copyright() && !outletCredit(l.text) && !outletName(l.text) {
				l.role = roleRelated
				p.addRelated(l.s, l.e)
			}
		}
	}
}

// minProfileRunes is the length, in runes, from which a line under an
// author's profile goes on with it.
const minProfileRunes = 15

// iconTagLine reads "local_offerExampleZine 例文誌".
func (p *parser) iconTagLine(i int) bool {
	l := &p.lines[i]
	for _, ic := range iconWords {
		if ic.role == roleTag && strings.HasPrefix(l.text, ic.word) && len(l.text) > len(ic.word) {
			l.role = roleTag
			p.addTag(l.s+len(ic.word), l.e)
			return true
		}
	}
	return false
}

// minWraps is how many lines broken inside a sentence, and how many
// indented lines right under another body line, make a page hard-wrapped
// with indented paragraphs.
const minWraps = 2

// minRepeatedLead is the fewest runes of a last paragraph that repeats an
// earlier one for it to be read as the lead printed again: short lines
// (はい。, 以上。) may well be said twice.
const minRepeatedLead = 20

// maxLeadParas is how many paragraphs from the first a lead printed again
// at the end may repeat.
const maxLeadParas = 3

// maxWrapSlack bounds, in runes, how much the lines of a column
// hard-wrapped at a fixed width differ in length (punctuation kept at
// the end of a line, a narrower half-width run).
const maxWrapSlack = 3

// paragraphs builds the body paragraphs of [start, end).
func (p *parser) paragraphs(start, end int) {
	type para struct {
		s, e        int
		first, last int // its lines
		heading     bool
	}
	n := 0
	for i := start; i < end; i++ {
		if r := p.lines[i].role; r == roleBody || r == roleHeading {
			n++
		}
	}
	ps := make([]para, 0, n)
	// A page hard-wrapped at a fixed width that marks each paragraph
	// with an indent (a newspaper's e-paper copy) starts a paragraph only
	// at an indent: a line that ends a sentence there does not end the
	// paragraph when the next line is not indented.
	// The wrapped lines are all about as wide as the column: a line as
	// wide as they are that ends a sentence was wrapped there too.
	wraps, indents, narrow, wide := 0, 0, 0, 0
	for i := start + 1; i < end; i++ {
		if l, up := &p.lines[i], &p.lines[i-1]; l.role == roleBody && up.role == roleBody {
			if !l.indent && continues(up.text) {
				n := up.n
				if wraps == 0 || n < narrow {
					narrow = n
				}
				wide = max(wide, n)
				wraps++
			}
			if l.indent {
				indents++
			}
		}
	}
	byIndent := wraps >= minWraps && indents >= minWraps && wide-narrow <= maxWrapSlack
	column := func(n int) bool { return n >= narrow-maxWrapSlack && n <= wide+maxWrapSlack }
	open := false
	for i := start; i < end; i++ {
		l := p.lines[i]
		switch l.role {
		case roleBody:
			// A line goes on the paragraph of the line right above it
			// when that one stops inside a sentence (a hard wrap); a
			// line that ends a sentence ends its paragraph.
			// An item of a list (・…) starts one, unless the page is
			// wrapped at a column, where ・ may be a wrapped name's.
			// A line that ends in a name after a space (港北大学　学長
			// 川瀬ゆかり) over one that opens a quotation names who
			// speaks: no wrap. Nor is a turn of a transcript (市長：…。)
			// under a field (場所：本庁舎3階), nor the name of a field
			// alone (申請期間) under the value of the one before.
			if open && !l.indent && i > 0 && p.lines[i-1].role == roleBody && (byIndent || !isBullet(firstRune(l.text))) && !scheduleItem(l.text) && !numberedField(l.text) && !whenOnly(l.text) && !fieldName(l.text) &&
				!(doc.Turn(l.text) && labelled(p.lines[i-1].text)) &&
				!(strings.HasPrefix(l.text, "「") && nameLast(p.lines[i-1].text)) && !sectionHead(&p.lines[i-1]) && !datedItem(p.lines[i-1].text) && !scheduleItem(p.lines[i-1].text) && !chronologyItem(p.lines[i-1].text) &&
				(continues(p.lines[i-1].text) || quotativeGoesOn(p.lines[i-1].text, l.text) || byIndent && p.lines[ps[len(ps)-1].first].indent && column(p.lines[i-1].n)) {
				ps[len(ps)-1].e = l.e
				ps[len(ps)-1].last = i
			} else {
				ps = append(ps, para{s: l.s, e: l.e, first: i, last: i})
				open = true
			}
		case roleHeading:
			ps = append(ps, para{s: l.s, e: l.e, first: i, last: i, heading: true})
			open = false
		default:
			open = false
		}
	}
	firstBody, lastBody := -1, -1
	for k, pr := range ps {
		if !pr.heading {
			if firstBody < 0 {
				firstBody = k
			}
			lastBody = k
		}
	}
	if firstBody >= 0 && p.a.Dateline == nil {
		if d, next := p.wire(ps[firstBody].s, ps[firstBody].e); d != nil {
			p.a.Dateline = d
			ps[firstBody].s = next
		}
	}
	for k := range ps {
		ps[k].e = p.cutTrailingUI(ps[k].s, ps[k].e)
	}
	if lastBody >= 0 {
		pr := &ps[lastBody]
		if at, cs := p.signature(pr.s, pr.e); at > pr.s {
			p.addCredits(cs)
			pr.e = at
		}
	}
	if firstBody >= 0 && firstBody != lastBody {
		// …理由を聞いた。（聞き手・文化部　小野寺航）: the interviewer
		// credited at the end of the lead, with the part taken.
		pr := &ps[firstBody]
		if at, cs := p.signature(pr.s, pr.e); at > pr.s && slices.ContainsFunc(cs, func(c credit) bool { return c.role != "" }) {
			p.addCredits(cs)
			pr.e = at
		}
	}
	if lastBody > firstBody && firstBody >= 0 && !ps[lastBody].heading {
		// A page that prints its lead again under the article (a teaser
		// of the CMS): the last paragraph repeats one of the first, whole
		// or its opening. It is no more text of the article, and its
		// lines go to the boilerplate.
		last := &ps[lastBody]
		ls, le := doc.TrimRange(p.norm, last.s, last.e)
		tail := p.norm[ls:le]
		if utf8.RuneCountInString(tail) >= minRepeatedLead {
			for _, pr := range ps[firstBody:min(lastBody, firstBody+maxLeadParas)] {
				s, e := doc.TrimRange(p.norm, pr.s, pr.e)
				if !pr.heading && strings.HasPrefix(p.norm[s:e], tail) {
					ps = slices.Delete(ps, lastBody, lastBody+1)
					break
				}
			}
		}
	}
	if cap(p.a.Paragraphs) < len(ps) {
		p.a.Paragraphs = make([]article.Paragraph, 0, len(ps))
	}
	p.texts = slices.Grow(p.sc.texts[:0], len(ps))
	defer func() { p.sc.texts = p.texts }()
	sp := &p.sc.sp
	// The sentences of all paragraphs share one array; each paragraph's
	// slice is capped at its own sentences, so appending to it copies.
	var slab []article.Sentence
	for _, pr := range ps {
		s, e := doc.TrimRange(p.norm, pr.s, pr.e)
		if s >= e {
			continue
		}
		ms := p.paraMarks(sp, s, e, pr.first, pr.last)
		quoted := slices.ContainsFunc(ms, func(m doc.Mark) bool { return m.R == '「' || m.R == '『' })
		rs := sp.SplitMarks(p.norm[s:e], ms)
		if slab == nil || cap(slab)-len(slab) < len(rs) {
			slab = make([]article.Sentence, 0, max(len(rs), 2*len(ps)))
		}
		// A paragraph wrapped at a column reads without its breaks; its
		// spans still cover the lines it was printed on.
		text, cuts := p.norm[s:e], doc.Cuts(nil)
		if pr.last > pr.first {
			text, cuts = doc.JoinLines(text, p.column())
		}
		par := article.Paragraph{Text: text, Span: p.span(s, e), Heading: pr.heading}
		k := len(slab)
		for _, r := range rs {
			slab = append(slab, article.Sentence{Text: text[cuts.Inner(r[0]):cuts.Inner(r[1])], Span: p.span(s+r[0], s+r[1])})
		}
		par.Sentences = slab[k:len(slab):len(slab)]
		p.a.Paragraphs = append(p.a.Paragraphs, par)
		if p.lexical && !quoted {
			// Without morphology quote reads only the paragraphs with a
			// quotation bracket (see quote.AttributeTexts): the marks
			// tell that this one has none.
			p.texts = append(p.texts, morph.Text{Src: p.src})
		} else {
			// 森川 忠さん is read as one name, 言(い)いました as 言いました;
			// the paragraph keeps its space and its readings.
			read, hidden := text, doc.Cuts(nil)
			if named, c, ok := doc.JoinNames(read, nil); ok {
				read, hidden = named, c
			}
			if bare, c, ok := doc.CutReadings(read, hidden); ok {
				read, hidden = bare, c
			}
			switch {
			case hidden != nil:
				p.texts = append(p.texts, morph.ReadTextIn(p.src, p.norm, p.m, s, e, text, cuts, read, hidden))
			case cuts != nil:
				p.texts = append(p.texts, morph.JoinedTextIn(p.src, p.norm, p.m, s, e, text, cuts))
			default:
				p.texts = append(p.texts, morph.TextIn(p.src, p.norm, p.m, s, e))
			}
		}
	}
}

// column returns the width, in display cells, of the column the text was
// wrapped at, 0 for none (doc.Column), read from its lines once asked.
func (p *parser) column() int {
	if !p.columnRead {
		widths := make([]int, 0, len(p.lines))
		for i := range p.lines {
			if l := &p.lines[i]; !l.blank && l.n >= minColumnRunes {
				widths = append(widths, doc.DisplayWidth(l.text))
			}
		}
		p.columnWidth, p.columnRead = doc.Column(widths), true
	}
	return p.columnWidth
}

// minColumnRunes is the fewest runes of a line whose width tells the
// column.
const minColumnRunes = 10

// paraMarks returns the marks of norm[s:e], which lies in lines
// [first, last], at offsets from s and paired: the marks splitLines found
// in those lines, with the line feeds between them.
func (p *parser) paraMarks(sp *doc.Splitter, s, e, first, last int) []doc.Mark {
	ms := sp.Buffer()
	add := func(m doc.Mark) {
		if m.At >= s && m.At+int(m.N) <= e {
			m.At -= s
			ms = append(ms, m)
		}
	}
	for i := first; i <= last; i++ {
		l := &p.lines[i]
		if i > first {
			add(doc.Mark{At: l.start - 1, R: '\n', N: 1})
		}
		for _, m := range p.marks[l.m0:l.m1] {
			add(m)
		}
	}
	sp.Pair(ms)
	return ms
}

// cutTrailingUI drops a link label closing a paragraph: ［詳しくはこちら］.
func (p *parser) cutTrailingUI(s, e int) int {
	t := p.norm[s:e]
	for _, pr := range [][2]string{{"［", "］"}, {"[", "]"}} {
		if strings.HasSuffix(t, pr[1]) {
			if i := strings.LastIndex(t, pr[0]); i > 0 {
				inner := t[i+len(pr[0]) : len(t)-len(pr[1])]
				if uiExact[inner] || isUI(inner, utf8.RuneCountInString(inner)) {
					_, e2 := doc.TrimRange(p.norm, s, s+i)
					return e2
				}
			}
		}
	}
	return e
}

// barePlace reports a place's name alone in a dateline's brackets: two to
// eight kanji or katakana, not one of the labels pages print in the same
// brackets (速報, 独自, 写真).
func barePlace(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) && !isKatakana(r) && r != '・' { // ヶ of 港ヶ崎 is katakana
			return false
		}
		n++
	}
	return n >= 2 && n <= 8 && !bracketLabels[s] && !relatedHeads[s] && !photoLabels[s]
}

// bracketLabels are the labels pages print in 【】 before a text.
var bracketLabels = setOf("速報", "詳報", "続報", "独自", "号外", "更新", "追記", "訂正", "最新", "解説", "写真", "動画", "特集", "注目",
	"第一報", "緊急", "重要", "お知らせ", "ライブ", "中継", "会見", "全文", "一問一答", "詳細", "図解", "関連", "ニュース", "コラム", "社説",
	"論説", "寄稿", "インタビュー", "連載", "単独", "スクープ", "新着", "告知", "募集", "今日", "明日", "天気", "予報", "概要",
	"特報", "独占", "主張", "視点", "深層", "朗報", "悲報", "注意", "警報", "新連載", "続き")

// maxDatelineClause bounds, in runes, the first clause of a text after a
// regional dateline that must tell the day (県漁協は3日、).
const maxDatelineClause = 16

// dayInFirstClause reports whether the first clause of s, up to its first
// comma within maxDatelineClause runes, ends with a day of the month (5日)
// as the subject's time: 県は5日、, 港町の漁協は12日、; a longer subject
// marked with が or は may come before the day.
func dayInFirstClause(s string) bool {
	n := 0
	for i, r := range s {
		if r == '、' || r == '，' {
			num := lastNumber(s[:i])
			if !strings.HasSuffix(s[:i], "日") || !opensWithDay(num) {
				return false
			}
			// A long subject (…防波堤の工事が29日、) marks its day
			// with が or は.
			return n <= maxDatelineClause || strings.HasSuffix(s[:i-len(num)], "が") || strings.HasSuffix(s[:i-len(num)], "は")
		}
		if r == '。' || n >= maxDatelineSubject {
			return false
		}
		n++
	}
	return false
}

// maxDatelineSubject bounds, in runes, a long subject marked with が or は
// before the day after a regional dateline (…防波堤の工事が29日、).
const maxDatelineSubject = 80

// subjectThenDay reports whether s opens with a subject and the day it
// did something, within maxDatelineClause runes: 統計局が6日発表した,
// 港町署は12日に.
func subjectThenDay(s string) bool {
	n := 0
	for i, r := range s {
		if n >= maxDatelineClause || r == '、' || r == '。' {
			return false
		}
		if rest := s[i+len("が"):]; (r == 'が' || r == 'は') && n > 0 && opensWithDay(rest) {
			d := strings.Index(rest, "日") + len("日")
			_, span := hasPrefixAny(rest[d:], "間", "目", "分", "ぶり", "後", "前")
			return !span // not 29日間, a span of days
		}
		n++
	}
	return false
}

// lastNumber returns the digits that end s with what follows them (the
// 12日 of 港町の漁協は12日), or "".
func lastNumber(s string) string {
	j := strings.LastIndexAny(s, "0123456789")
	if j < 0 {
		return ""
	}
	i := j
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i > 0 && j-i >= 2 {
		return ""
	}
	return s[i:]
}

// opensWithDay reports whether s opens with a day of the month (5日, 12日).
func opensWithDay(s string) bool {
	r := strings.TrimLeft(s, "0123456789")
	return len(r) < len(s) && len(s)-len(r) <= 2 && strings.HasPrefix(r, "日")
}

// wire reads a wire dateline opening a paragraph: 【ワシントン共同】,
// 【ロンドン＝岡田浩幸】, ［東京　２９日　ロイター］ -, [キーウ 24日 ロイター] -.
// It returns the dateline and where the text goes on.
func (p *parser) wire(s, e int) (*article.Dateline, int) {
	t := p.norm[s:e]
	if rest, ok := strings.CutPrefix(t, "【"); ok {
		j := strings.Index(rest, "】")
		if j <= 0 || utf8.RuneCountInString(rest[:j]) > 24 {
			return nil, s
		}
		is := s + len("【")
		ie := is + j
		inner := p.norm[is:ie]
		end := ie + len("】")
		d := &article.Dateline{Span: p.span(s, end)}
		for _, eq := range []string{"＝", "="} {
			if k := strings.Index(inner, eq); k > 0 && k+len(eq) < len(inner) {
				place, src := inner[:k], inner[k+len(eq):]
				if utf8.RuneCountInString(place) > 12 || strings.ContainsAny(place, " \u3000") {
					return nil, s
				}
				d.Place, d.Source = place, src
				p.addByline(is+k+len(eq), ie)
				return d, p.skipDash(end, e)
			}
		}
		for _, ag := range agencies {
			if strings.HasSuffix(inner, ag) {
				place := strings.TrimSpace(inner[:len(inner)-len(ag)])
				if strings.ContainsAny(place, " \u3000「」、。") {
					return nil, s
				}
				d.Place, d.Source = place, ag
				return d, p.skipDash(end, e)
			}
		}
		if place, ag, ok := p.ownAgency(inner); ok {
			// 【北浜港北】 on a page of 港北通信: the place and the short
			// name of the agency whose page it is.
			d.Place, d.Source = place, ag
			return d, p.skipDash(end, e)
		}
		if barePlace(inner) && (opensWithDay(p.norm[end:e]) || dayInFirstClause(p.norm[end:e]) || subjectThenDay(p.norm[end:e])) {
			// 【港ヶ崎】5日午前…, 【港ヶ崎】県は5日、…: a place alone, then
			// the day the story tells; a label (【速報】5日…) is none.
			d.Place = inner
			return d, p.skipDash(end, e)
		}
		return nil, s
	}
	for _, pr := range [][2]string{{"［", "］"}, {"[", "]"}} {
		rest, ok := strings.CutPrefix(t, pr[0])
		if !ok {
			continue
		}
		j := strings.Index(rest, pr[1])
		if j <= 0 || utf8.RuneCountInString(rest[:j]) > 30 {
			return nil, s
		}
		is := s + len(pr[0])
		ie := is + j
		end := ie + len(pr[1])
		toks := p.tokensOf(is, ie)
		if len(toks) < 2 || len(toks) > 3 {
			return nil, s
		}
		ag := p.norm[toks[len(toks)-1].s:toks[len(toks)-1].e]
		if !isAgency(ag) {
			return nil, s
		}
		d := &article.Dateline{Place: p.norm[toks[0].s:toks[0].e], Source: ag, Span: p.span(s, end)}
		if len(toks) == 3 {
			dt := toks[1]
			if _, ok := dayOf(p.norm[dt.s:dt.e]); !ok {
				return nil, s
			}
			tm, ok := p.dayTime(p.norm[dt.s:dt.e])
			if !ok {
				return nil, s
			}
			tm.Text, tm.Span = p.norm[dt.s:dt.e], p.span(dt.s, dt.e)
			d.Time = &tm
		}
		return d, p.skipDash(end, e)
	}
	return nil, s
}

// ownAgency splits the inside of a wire's brackets into a place and the
// short name of an agency the page names in full elsewhere (港北 of
// 港北通信): an agency no list knows, told by the page itself.
func (p *parser) ownAgency(inner string) (place, ag string, ok bool) {
	if g := glossOf(inner); g != "" {
		// 【ミナト（北浜国）港北】: a foreign place and its country
		if place, ag, ok := p.ownAgency(strings.Replace(inner, g, "", 1)); ok && strings.HasPrefix(inner, place) {
			return inner[:len(inner)-len(ag)], ag, true
		}
		return "", "", false
	}
	for k, n := len(inner), 0; k > 0 && n < maxOwnAgency; n++ {
		_, size := utf8.DecodeLastRuneInString(inner[:k])
		k -= size
		if n+1 < minOwnAgency || utf8.RuneCountInString(inner[:k]) < minOwnAgency {
			continue
		}
		// 【ウランバートル東亜】: the place may take eight runes of its
		// own before the agency's name.
		if a := inner[k:]; barePlace(inner[:k]) && barePlace(a) && strings.Contains(p.norm, a+"通信") {
			return inner[:k], a, true
		}
	}
	return "", "", false
}

// glossOf returns the country or region in brackets after a place in a
// dateline (（北浜国） of ミナト（北浜国）), or "": one bracket of two to
// eight runes of kanji and katakana, not at the start.
func glossOf(s string) string {
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		o := strings.Index(s, pr[0])
		if o <= 0 {
			continue
		}
		c := strings.Index(s[o:], pr[1])
		if c < 0 {
			return ""
		}
		if in := s[o+len(pr[0]) : o+c]; barePlace(in) {
			return s[o : o+c+len(pr[1])]
		}
		return ""
	}
	return ""
}

// minOwnAgency and maxOwnAgency bound the short name of an agency and the
// place before it, in runes.
const (
	minOwnAgency = 2
	maxOwnAgency = 4
)

func isAgency(s string) bool {
	for _, a := range agencies {
		if s == a {
			return true
		}
	}
	return false
}

// dayOf reads "29日" or "２９日".
func dayOf(s string) (int, bool) {
	d, ok := strings.CutSuffix(s, "日")
	if !ok || d == "" {
		return 0, false
	}
	v := 0
	for _, r := range d {
		x := digitValue(r)
		if x < 0 {
			return 0, false
		}
		v = v*10 + x
	}
	return v, v >= 1 && v <= 31
}

// dayTime resolves a day of the month written alone (29日) against the
// publication time or, without one, the reference.
func (p *parser) dayTime(s string) (article.Time, bool) {
	var base time.Time
	if p.a.Published != nil && p.a.Published.Resolved() {
		base = p.a.Published.Start
	} else if !p.ref.IsZero() {
		base = p.ref
	}
	return dayOfMonth(s, base, p.loc)
}

// skipDash skips white space and a dash after a dateline.
func (p *parser) skipDash(i, e int) int {
	for i < e {
		r, n := utf8.DecodeRuneInString(p.norm[i:e])
		if !doc.IsSpace(r) && r != '-' && r != '－' && r != '—' && r != '–' && r != '―' {
			break
		}
		i += n
	}
	return i
}

// isCode reports a product or model code standing alone (MA-IRFP139BK,
// ISBN978-4-00-000000-0): one token of ASCII letters and digits joined by
// - _ . or /, with a letter and a digit, of at most 40 bytes.
func isCode(s string) bool {
	if len(s) < 3 || len(s) > 40 {
		return false
	}
	letter, digit := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '-' || c == '_' || c == '.' || c == '/':
		default:
			return false
		}
	}
	return letter && digit
}
