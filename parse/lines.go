package parse

import (
	"hash/maphash"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/doc"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/normalize"
)

// role is what a line is on the page.
type role uint8

const (
	roleNone role = iota
	roleBlank
	roleUI
	roleKicker
	roleHeadline
	roleSubheadline
	roleDate
	roleByline
	roleBody
	roleHeading
	roleCaption
	roleRelated
	roleTag
	roleBio
	roleBox // a head or an item of a box (Article.Boxes)
)

// line is one line of the normalized text.
type line struct {
	s, e   int // trimmed content, byte offsets into the normalized text
	start  int // where the line begins, before indentation
	m0, m1 int // its marks are parser.marks[m0:m1]
	text   string
	n      int // runes of text
	indent bool
	blank  bool
	prose  bool
	ui     bool // page furniture (isUI)
	// plainText: a line that ends like a sentence, body in text
	// without page furniture (see classifyBody)
	plainText bool
	first     int // index of the first line with the same text
	count     int // how many lines have this text
	role      role
	// relatedHead(text), kept by relatedHead once asked (relAsked):
	// the footer, role and list passes ask it of the same lines.
	relAsked bool
	relHead  bool
	relOff   int
	// copyright(), kept once asked (crAsked)
	crAsked bool
	crLine  bool
	// listed: a title of a bare list of links (bareTitles), never
	// joined to the text under it as a wrapped line
	listed bool
}

// relatedHead is relatedHead(l.text), read once per line.
func (l *line) relatedHead() (bool, int) {
	if !l.relAsked {
		l.relHead, l.relOff = relatedHead(l.text)
		l.relAsked = true
	}
	return l.relHead, l.relOff
}

// parser holds the state of one parse.
type parser struct {
	src, norm string
	m         *normalize.Map
	cur       normalize.Cursor // over m, for span
	ref       time.Time
	loc       *time.Location // zone of times printed without one
	a         *article.Article
	lines     []line
	marks     []doc.Mark // brackets and terminators of all lines, unpaired
	indented  bool       // body paragraphs are indented
	hasUI     bool       // some line is page furniture (l.ui)
	// columnWidth is the column the text was wrapped at (see column),
	// read once columnRead.
	columnWidth int
	columnRead  bool
	sc          *scratch      // pooled working memory
	texts       []morph.Text  // the normalized text of each paragraph
	lexical     bool          // quotations are read without morphology
	given       given         // the caller's metadata
	printedPub  *article.Time // the publication time of the date line
	// The bylines, tags and related links kept, against repeats; made
	// at the first entry (most articles have few or none).
	bylineKey map[string]bool
	tagKey    map[string]bool
	relKey    map[string]bool
}

func (p *parser) splitLines() {
	s := p.norm
	p.lines = slices.Grow(p.sc.lines[:0], strings.Count(s, "\n")+1)
	p.marks = slices.Grow(p.sc.marks[:0], len(s)/32)
	defer func() { p.sc.lines, p.sc.marks = p.lines, p.marks }()
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		a, b := doc.TrimRange(s, start, end)
		l := line{s: a, e: b, start: start, text: s[a:b], blank: a == b, m0: len(p.marks)}
		if !l.blank {
			var sc lineScan
			if len(l.text) <= 3*uiContainsMax && len(uiContainsSet.loose) == 0 {
				// Short enough for isUI to look for a phrase: one pass.
				// The bound is that of Japanese text, three bytes a
				// rune: with four bytes a rune, lines of 61 to 80 runes,
				// for which isUI looks for no phrase, would pay the
				// phrase test at every rune for nothing. The few short
				// lines with runes of four bytes take the other branch,
				// where isUI looks for the phrase itself.
				var hit bool
				sc, p.marks, hit = scanMarksUI(l.text, a, p.marks)
				l.ui = isUIWith(l.text, sc.n, sc.n <= uiContainsMax && hit)
			} else {
				sc, p.marks = scanMarks(l.text, a, p.marks, true)
				l.ui = isUI(l.text, sc.n)
			}
			l.m1 = len(p.marks)
			l.n = sc.n
			l.indent = a > start
			l.prose = proseOf(l.text, sc)
			if l.ui && l.prose && l.n > uiProseMax && !uiContainsSet.in(unquoted(l.text)) {
				// A sentence that quotes the name of a member
				// service is text.
				l.ui = false
			}
			if k := strings.Index(l.text, "。"); l.ui && l.prose && k > 0 && k+len("。") < len(l.text) &&
				utf8.RuneCountInString(l.text[:k]) >= minProseLead && !uiContainsSet.in(l.text[:k]) && !isUI(l.text[:k], utf8.RuneCountInString(l.text[:k])) {
				// 今年は港北の12か所を回ります。時間は町のアプリでご覧ください。:
				// a sentence of text first; the page's words after it
				// do not make the line furniture.
				l.ui = false
			}
		} else {
			l.role = roleBlank
		}
		p.hasUI = p.hasUI || l.ui
		p.lines = append(p.lines, l)
		if end == len(s) {
			break
		}
		start = end + 1
	}
	// Lines of the same text: an open-addressing table of line indexes
	// (plus one; 0 is empty) by the hash of their text, at most half full.
	// It costs far less than a map of strings.
	size := 8
	for size < 2*len(p.lines) {
		size <<= 1
	}
	seen := slices.Grow(p.sc.seen[:0], size)[:size]
	clear(seen)
	p.sc.seen = seen
	mask := uint64(size - 1)
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		for k := maphash.String(lineSeed, l.text) & mask; ; k = (k + 1) & mask {
			f := seen[k] - 1
			if f < 0 {
				seen[k] = i + 1
				l.first = i
				l.count = 1
				break
			}
			if p.lines[f].text == l.text {
				l.first = f
				p.lines[f].count++
				break
			}
		}
	}
	for i := range p.lines {
		l := &p.lines[i]
		if !l.blank {
			l.count = p.lines[l.first].count
		}
	}
	nIndented, nProse := 0, 0
	for _, l := range p.lines {
		if l.prose && l.n >= 20 {
			nProse++
			if l.indent {
				nIndented++
			}
		}
	}
	p.indented = nIndented >= 2 && nIndented*2 >= nProse
}

// uiProseMax is the longest line of prose, in runes, that a page
// furniture phrase inside a quotation makes furniture: a longer one is
// furniture only for a phrase outside its quotations (…をご覧ください。).
const uiProseMax = 40

// minProseLead is the shortest first sentence, in runes, that keeps a line
// of two sentences text whatever page words follow it.
const minProseLead = 20

// unquoted returns s without its quotations in 「」.
func unquoted(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '「':
			depth++
		case r == '」' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lineSeed seeds the hash of line texts.
var lineSeed = maphash.MakeSeed()

// lineScan is what one pass over a line finds.
type lineScan struct {
	n     int  // runes
	depth int  // brackets left open, counting closers that match an opener
	term  bool // a sentence terminator outside brackets (as far as depth tells)
}

// scanLine counts the runes of s and follows its brackets and sentence
// terminators in one pass over the bytes. It is the hot loop of line
// classification: brackets and terminators are ASCII or three-byte runes
// starting with 0xE3 or 0xEF, so it steps over every other rune by the
// length its first byte gives (see markStep), without decoding it. s must be
// valid UTF-8 (the normalized text always is); other input gives other
// counts, never a panic.
func scanLine(s string) lineScan {
	sc, _ := scanMarks(s, 0, nil, false)
	return sc
}

// scanMarks is scanLine that, when rec is set, also appends the brackets
// and terminators of s to ms as marks, unpaired, at their offsets plus
// base: the sentence doc.Splitter reads them instead of scanning the text
// again.
func scanMarks(s string, base int, ms []doc.Mark, rec bool) (lineScan, []doc.Mark) {
	var sc lineScan
	for i := 0; i < len(s); {
		sc.n++
		if k := doc.MarkStep(s, i); k != 0 {
			i += k
			continue
		}
		r, n := doc.MarkAt(s, i)
		ms = sc.add(ms, rec, base+i, r, n)
		i += n
	}
	return sc, ms
}

// add follows the rune r of n bytes at offset at, when it is a bracket or
// a terminator, and records it in ms when rec is set.
func (sc *lineScan) add(ms []doc.Mark, rec bool, at int, r rune, n int) []doc.Mark {
	switch {
	case r < 0:
	case doc.CloserOf(r) != 0:
		sc.depth++
		if rec {
			ms = append(ms, doc.Mark{At: at, R: r, N: uint8(n), Bracket: true, Open: true})
		}
	case doc.IsCloser(r):
		if sc.depth > 0 {
			sc.depth--
		}
		if rec {
			ms = append(ms, doc.Mark{At: at, R: r, N: uint8(n), Bracket: true})
		}
	case doc.IsTerminator(r):
		if sc.depth == 0 {
			sc.term = true
		}
		if rec {
			ms = append(ms, doc.Mark{At: at, R: r, N: uint8(n)})
		}
	}
	return ms
}

// scanMarksUI is scanMarks with rec set that also reports whether s holds
// a phrase of uiContainsSet, for the short lines where isUI looks for one:
// one pass decoding every rune, instead of that pass and the mark scan.
// The set's phrases must all have two runes or more and start in the
// Basic Multilingual Plane (inPairs).
func scanMarksUI(s string, base int, ms []doc.Mark) (lineScan, []doc.Mark, bool) {
	var sc lineScan
	set := uiContainsSet
	hit := false
	prev, prevAt := rune(-1), 0
	for i := 0; i < len(s); {
		r, n := rune3(s, i)
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		sc.n++
		// Marks are ASCII, CJK punctuation or full-width forms.
		if r < utf8.RuneSelf || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF {
			ms = sc.add(ms, true, base+i, r, n)
		}
		if h := pairHash(prev, r); !hit && set.pairs[h>>6]&(1<<(h&63)) != 0 && prev >= 0 && hasAnyPrefix(s[prevAt:], set.first[prev]) {
			hit = true
		}
		prev, prevAt = r, i
		i += n
	}
	return sc, ms, hit
}

// proseOf reports whether line s, scanned as sc, reads as running text:
// it has a sentence terminator outside brackets and ends like a sentence,
// or it is a whole quotation of some length.
func proseOf(s string, sc lineScan) bool {
	n := sc.n
	last := lastRune(s)
	first := firstRune(s)
	if (first == '「' || first == '『') && (last == '」' || last == '』') && n >= 20 {
		return true
	}
	if !isFinal(last) {
		// "…と話した。（写真は" : a bracket opened and never closed after
		// the last sentence still leaves a line of running text.
		open := lastUnclosed(s)
		if open <= 0 || !doc.IsTerminator(lastRune(strings.TrimRight(s[:open], " \u3000"))) {
			return false
		}
	}
	term := sc.term
	if !term && sc.depth > 0 {
		// Unbalanced brackets: count only the ones that pair up.
		term = terminatorOutside(s)
	}
	if !term {
		return false
	}
	if strings.ContainsRune(bullets, first) && last != '。' {
		return false
	}
	return n >= 4
}

func isFinal(r rune) bool {
	switch r {
	case '。', '．', '！', '？', '!', '?', '」', '』', '）', ')', '】', '］', ']', '…':
		return true
	}
	return false
}

// terminatorOutside reports a sentence terminator outside matched
// brackets.
func terminatorOutside(s string) bool {
	ev := doc.MatchBrackets(s)
	depth, e := 0, 0
	for i, r := range s {
		if e < len(ev) && ev[e].At == i {
			if ev[e].Matched {
				if ev[e].Open {
					depth++
				} else {
					depth--
				}
			}
			e++
			continue
		}
		if depth == 0 && doc.IsTerminator(r) {
			return true
		}
	}
	return false
}

// lastUnclosed returns the offset of the last opening bracket of s that is
// never closed, or -1.
func lastUnclosed(s string) int {
	last := -1
	for _, b := range doc.MatchBrackets(s) {
		if b.Open && !b.Matched {
			last = b.At
		}
	}
	return last
}

// photoNumberOpens reports a caption that opens with its photo's label
// in brackets (numberedPhoto) and goes on: [写真1/3]店の前で….
func photoNumberOpens(s string) bool {
	for _, b := range photoBrackets {
		if !strings.HasPrefix(s, b[0]) {
			continue
		}
		k := strings.Index(s, b[1])
		return k > 0 && k+len(b[1]) < len(s) && numberedPhoto(s[:k+len(b[1])])
	}
	return false
}

// hasCaptionMark reports the signs of a photo caption: a credit at the end
// (＝北川町, （…提供）, 撮影, ©), a position note ((左)) or a photo label.
func hasCaptionMark(s string) bool {
	if s == "" {
		return false
	}
	if strings.Contains(s, "©") || strings.Contains(s, "(C)") {
		return true
	}
	// A byte compare before each prefix and suffix test: most lines share
	// neither the first nor the last byte with any.
	// A pointer before the label: ▶ 動画：…, ▼写真：….
	m := strings.TrimLeft(s, "▶▷►▼▽ \u3000")
	for _, p := range captionPrefixes {
		if m != "" && m[0] == p[0] && strings.HasPrefix(m, p) {
			return true
		}
	}
	for _, suf := range captionSuffixes {
		if s[len(s)-1] == suf[len(suf)-1] && strings.HasSuffix(s, suf) {
			return true
		}
	}
	if photographerCredit(s) || photoNumberOpens(m) {
		return true
	}
	if !strings.Contains(s, "。") && utf8.RuneCountInString(s) <= 40 && (strings.Contains(s, "(右)") || strings.Contains(s, "(左)") || strings.Contains(s, "(中央)")) {
		return true // 北浜（右）と握手する港町: who stands where in the photo
	}
	if strings.HasSuffix(s, "=同") || strings.HasSuffix(s, "＝同") {
		return true // …元の位置を示す＝同: the credit of the photo above
	}
	// "…した町長=北川町": a short place or credit after = at the end.
	for _, eq := range []string{"＝", "="} {
		if strings.IndexByte(s, eq[0]) < 0 {
			continue // skip the slow backward search
		}
		if i := strings.LastIndex(s, eq); i > 0 {
			tail := s[i+len(eq):]
			// A date before the place may have its comma: =19日、港北町.
			dated := tail != "" && isDigit(firstRune(tail)) && !strings.ContainsAny(tail, "。？！?!")
			if n := utf8.RuneCountInString(tail); n >= 2 && n <= 30 && (dated || n <= 20 && !strings.ContainsAny(tail, "。、？！?!")) && lastRune(s) != '。' {
				return true
			}
		}
	}
	return false
}

// photographerCredit reports a line that ends with the photographer's
// credit in brackets (…出席した女優（撮影・北浜太郎）) or with where the
// people of the photo stand (…表彰された人（右から2人目）).
func photographerCredit(s string) bool {
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		return false
	}
	i := max(strings.LastIndex(s, "("), strings.LastIndex(s, "（"))
	if i <= 0 {
		return false
	}
	in := strings.TrimLeft(s[i:], "(（")
	if _, ok := hasPrefixAny(in, positionWords...); ok && lastRune(s) != '。' {
		// …表彰された人（右から2人目）, …受賞者（前列左から2人目）: where
		// the people stand in a photo.
		return true
	}
	for _, c := range []string{"撮影・", "撮影：", "撮影:", "撮影＝", "撮影=", "写真・", "写真＝", "写真="} {
		if strings.HasPrefix(in, c) {
			return true
		}
	}
	// A result under a section mark (◇北浜杯 北浜4-3港西（17日、港町球場）)
	// tells when and where a match was played, not a photo.
	return lastRune(s) != '。' && !isBullet(firstRune(s)) && !hasScore(s[:i]) && takenAt(strings.TrimRight(in, ")）"))
}

// hasScore reports a score of a match in s: digits, a dash and digits
// (4-3, 2－1).
func hasScore(s string) bool {
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "-－")
		if k < 0 {
			return false
		}
		k += i
		_, n := utf8.DecodeRuneInString(s[k:])
		if k > 0 && isDigit(lastRune(s[:k])) && k+n < len(s) && isDigit(firstRune(s[k+n:])) {
			return true
		}
		i = k + n
	}
	return false
}

// takenAt reports the note of when and where a photo was taken that ends
// a caption in brackets: a day, maybe a time of it, and a place
// (16日、港南市で; 27日午前、県庁; 8日朝・北浜町内; 5月3日、港町), or a
// day and a time of it (9日午前8時すぎ). A day alone (（16日）) is no
// such note: link titles end so too.
func takenAt(in string) bool {
	rest := skipDigits(in)
	if rest == in {
		return false
	}
	if r, ok := strings.CutPrefix(rest, "月"); ok {
		if rest = skipDigits(r); rest == r {
			return false
		}
	}
	rest, ok := strings.CutPrefix(rest, "日")
	if !ok {
		return false
	}
	timed := false
	if r, ok := hasPrefixAny(rest, "午前", "午後", "早朝", "未明", "夕方", "深夜", "朝", "昼", "夕", "夜"); ok {
		rest, timed = rest[len(r):], true
	}
	if r := skipDigits(rest); r != rest && strings.HasPrefix(r, "時") {
		rest = skipDigits(r[len("時"):])
		rest, timed = strings.TrimPrefix(rest, "分"), true
	}
	if timed {
		// 9日午前8時すぎ: the time alone, with no place, is the
		// note of a photo too; a link's date has no time of day.
		if r, ok := hasPrefixAny(rest, "すぎ", "過ぎ", "ごろ", "頃"); ok {
			rest = rest[len(r):]
		}
		if rest == "" {
			return true
		}
	}
	place, ok := "", false
	for _, sep := range []string{"、", "・", ","} {
		if place, ok = strings.CutPrefix(rest, sep); ok {
			break
		}
	}
	n := utf8.RuneCountInString(place)
	return ok && n >= 2 && n <= 20 && !strings.ContainsAny(place, "。、「」()（）")
}

// skipDigits returns s after its leading digits.
func skipDigits(s string) string {
	return strings.TrimLeftFunc(s, isDigit)
}

// captionPrefixes and captionSuffixes are the labels and credits of
// hasCaptionMark.
var (
	captionPrefixes = []string{"バナー画像", "写真：", "写真:", "写真＝", "写真=", "［写真］", "[写真]", "【写真】", "(写真)", "（写真）", "<写真>", "＜写真＞", "〈写真〉",
		"画像：", "【画像】", "<画像>", "＜画像＞", "[画像]", "［画像］", "(画像)", "（画像）", "図：", "動画：", "動画:", "【動画】", "＜動画＞", "映像：", "映像:",
		"グラフ：", "グラフ:", "【グラフ】", "＜グラフ＞", "表：", "【表】", "地図：", "【地図】", "イラスト：", "図表：", "【図表】",
		// as normalized text writes the colon
		"図:", "地図:", "イラスト:", "図表:"}
	// positionWords open the bracket that says where the people of a
	// photo stand.
	positionWords   = []string{"右から", "左から", "前列", "後列", "中列", "手前から", "奥から"}
	captionSuffixes = []string{"提供）", "提供)", "撮影）", "撮影)", "撮影", "提供", "（左）", "（右）", "(左)", "(右)", "（中央）", "（上）", "（下）"}
)

// isLabelValue matches "期間： 12/22", "お問い合わせ： …" and the row of a
// table printed with a space for the colon, a figure for its value (本体価格
// 48,300円, 重量 約140g). A line longer than 80 runes is one only when no
// kana of a sentence follows the colon (タイトル：a paper's title in
// English).
func isLabelValue(s string, n int) bool {
	if n > 80 {
		i := strings.IndexAny(s, ":：")
		if i <= 0 || hasHiragana(s[i:]) {
			return false
		}
	}
	for _, sep := range []string{"：", ":"} {
		if i := strings.Index(s, sep); i > 0 {
			k := utf8.RuneCountInString(s[:i])
			if k <= 10 && strings.TrimSpace(s[i+len(sep):]) != "" && !strings.HasPrefix(s[i+len(sep):], "//") {
				return true
			}
		}
	}
	return spacedFigure(s)
}

// spacedFigure reports a label of up to ten runes, a space, and a value
// that opens with a figure and holds no kana of a sentence (hiragana):
// 本体価格 48,300円, 実質負担額 -30円, 重量 約140g. A headline printed as a
// link (北浜市長選 3氏が立候補) has its particles.
func spacedFigure(s string) bool {
	i := strings.IndexAny(s, " \u3000")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 10 {
		return false
	}
	value := strings.TrimLeft(s[i:], " \u3000")
	for _, w := range []string{"約", "最大", "最小", "-", "+", "¥", "\\"} {
		value = strings.TrimPrefix(value, w)
	}
	if r := firstRune(value); r < '0' || r > '9' {
		return false // 電気掃除機 KT-200X: a product's name, not a figure
	}
	for _, r := range value {
		if unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return true
}

// isHeadlineLike matches a headline printed as a link: two halves of at
// least five runes each separated by a space between Japanese characters.
func isHeadlineLike(s string, n int) bool {
	if n < 15 || strings.Contains(s, "。") || agedName(s) {
		return false
	}
	for i, r := range s {
		if r != ' ' && r != '\u3000' {
			continue
		}
		before, after := s[:i], s[i+utf8.RuneLen(r):]
		after = strings.TrimLeft(after, " \u3000")
		if isCJK(lastRune(before)) && (isCJK(firstRune(after)) || firstRune(after) == '「') &&
			utf8.RuneCountInString(before) >= 5 && utf8.RuneCountInString(after) >= 5 {
			return true
		}
	}
	return false
}

// nameLast reports whether s ends, after a space, in a short run of kanji
// and kana with no particle before it could end a phrase (川瀬ゆかり, 沢井健二):
// a person named after an organisation and a title, as a release prints
// who speaks over a comment.
func nameLast(s string) bool {
	i := strings.LastIndexAny(s, " \u3000")
	if i <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	last := s[i+n:]
	k := utf8.RuneCountInString(last)
	if k < 2 || k > 6 || !isHan(firstRune(last)) || strings.ContainsAny(last, "のをにがはでとへや") {
		return false
	}
	for _, r := range last {
		if !isCJK(r) {
			return false
		}
	}
	return true
}

// agedName reports whether s ends in a person with an honorific and the
// age in brackets, as a list of participants or a photo's subject prints
// them: 高校3年 芹澤花子さん(18), 店主 沢井健二氏(52歳).
func agedName(s string) bool {
	in, ok := strings.CutSuffix(s, ")")
	if !ok {
		return false
	}
	k := strings.LastIndexByte(in, '(')
	if k < 0 {
		return false
	}
	age := strings.TrimSuffix(in[k+1:], "歳")
	if age == "" || len(age) > 3 || strings.Trim(age, "0123456789") != "" {
		return false
	}
	name := in[:k]
	for _, h := range []string{"さん", "氏", "君", "くん", "ちゃん", "選手", "監督"} {
		if strings.HasSuffix(name, h) {
			return true
		}
	}
	return false
}

// isDateOnly matches a line that is only a date (1月23日, 2022年10月28日).
func isDateOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigit(r) && !strings.ContainsRune("年月日/.:-()（）曜火水木金土 ", r) {
			return false
		}
	}
	return strings.ContainsAny(s, "0123456789０１２３４５６７８９")
}

// span maps the normalized range [s, e) to the input. Most spans are asked
// for in text order, which the cursor makes cheap.
func (p *parser) span(s, e int) article.Span { return p.cur.Span(s, e) }

func (p *parser) text(s, e int) article.Text {
	s, e = doc.TrimRange(p.norm, s, e)
	return article.Text{Text: p.norm[s:e], Span: p.span(s, e)}
}

func (p *parser) textPtr(s, e int) *article.Text {
	t := p.text(s, e)
	if t.Text == "" {
		return nil
	}
	return &t
}

func (p *parser) addByline(s, e int) { p.addCredit(credit{name: rng{s, e}}) }

// addCredits adds the credits of cs as bylines.
func (p *parser) addCredits(cs []credit) {
	for _, c := range cs {
		p.addCredit(c)
	}
}

// addCredit adds a byline, unless one of the same name is kept.
func (p *parser) addCredit(c credit) {
	s, e := doc.TrimRange(p.norm, c.name.s, c.name.e)
	if s >= e {
		return
	}
	name := p.norm[s:e]
	key := strings.NewReplacer(" ", "", "\u3000", "").Replace(name)
	if p.bylineKey[key] {
		return
	}
	p.bylineKey = seen(p.bylineKey, key)
	p.a.Bylines = append(p.a.Bylines, article.Byline{Name: name, Desk: c.desk, Role: c.role, Span: p.span(s, e)})
}

func (p *parser) addTag(s, e int) {
	t := p.text(s, e)
	if t.Text == "" || p.tagKey[t.Text] {
		return
	}
	p.tagKey = seen(p.tagKey, t.Text)
	p.a.Tags = append(p.a.Tags, t)
}

func (p *parser) addRelated(s, e int) {
	s += stripBullet(p.norm[s:e])
	t := p.text(s, e)
	if t.Text == "" || p.relKey[t.Text] {
		return
	}
	p.relKey = seen(p.relKey, t.Text)
	p.a.Related = append(p.a.Related, t)
}

func (p *parser) addCaption(s, e int) {
	if t := p.text(s, e); t.Text != "" {
		p.a.Captions = append(p.a.Captions, t)
	}
}

// seen adds key to the set m, made if nil, and returns the set.
func seen(m map[string]bool, key string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[key] = true
	return m
}
