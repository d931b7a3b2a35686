package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/doc"
)

// The shapes of body lines that the block rules of body.go read: running
// text that isProse alone does not tell (a long line whose last sentence
// lost its full stop, a dialogue turn, a testimony signed after its
// quotation), lines broken inside a sentence, and the lines of the boxes
// and link lists that close a page.

// longTextMin is the length, in runes, from which a line that holds a
// sentence is running text whatever its ending; bareTextMin the length
// from which any line is; cutTextMin the length from which a line with a
// clause, cut short by a paywall, is.
const (
	longTextMin = 40
	bareTextMin = 100
	cutTextMin  = 12
)

// plainTextMin is the length, in runes, from which a line that ends like
// a sentence is body in text without page furniture.
const plainTextMin = 20

// isText reports a line that reads as running text: prose, a very long
// line (a paragraph with a heading glued to its end, …した。■次の見出し),
// a line of text signed in brackets, a dialogue turn or a testimony.
func isText(l *line) bool {
	return l.prose || isLongText(l) || isSpeech(l.text, l.n)
}

// isLongText reports a line too long for a caption or a link, and a
// line of running text signed in brackets at its end (…と話すのは市内の
// 会社員（41）, …のだろうか（筆者名）): at least 30 runes with a comma or
// a sentence end before the brackets.
func isLongText(l *line) bool {
	if l.n >= bareTextMin {
		// A long web address is no text.
		return !strings.Contains(l.text, "://") || strings.Contains(l.text, "。")
	}
	if l.n < longTextMin || isBullet(firstRune(l.text)) {
		return false
	}
	last := lastRune(l.text)
	if last != '）' && last != ')' {
		return false
	}
	i := strings.LastIndexAny(l.text, "（(")
	return i > 0 && utf8.RuneCountInString(l.text[:i]) >= 30 && strings.ContainsAny(l.text[:i], "。！？!?、")
}

// isSpeech reports a turn of dialogue, 名前「…」, 名前：「…」 or
// 名前（36）「…」, and a testimony, 「…」（名前／36歳）: a quotation that
// fills the line but for a short name before it or a short signature
// after it.
func isSpeech(s string, n int) bool {
	if n < 8 {
		return false
	}
	open := strings.Index(s, "「")
	if open < 0 || !strings.HasSuffix(s, "」") && !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return false
	}
	if open > 0 && strings.HasSuffix(s, "」") && strings.Count(s, "「") == 1 {
		if _, ok := cutAnySuffix(strings.TrimRight(s[:open], " \u3000"), "の話", "のコメント", "の談話"); ok && !strings.ContainsAny(s[:open], "「」。") {
			// 港北大学の森川忠教授（地質学）の話　「…」: an expert's
			// words, printed under the text as a paper prints them.
			return true
		}
	}
	if open > 0 {
		// 高田 「…」, 高田（36）「…」: a name of at most ten runes, and
		// an age or a role in brackets after it; ▼北浜高・森川忠主将
		// 「…」: a bullet, then a team and a name with a post.
		name := strings.TrimRight(s[:open], " \u3000:：")
		name = strings.TrimLeftFunc(name, isBullet)
		limit := 10
		if strings.Contains(name, "・") {
			limit = 16
		}
		if i := strings.LastIndexAny(name, "（("); i > 0 {
			if inner, ok := cutBrackets(name[i:]); ok && utf8.RuneCountInString(inner) <= 12 {
				name = strings.TrimRight(name[:i], " \u3000")
			}
		}
		k := utf8.RuneCountInString(name)
		return k >= 1 && k <= limit && !strings.ContainsAny(name, "「」（）()【】、。") && strings.HasSuffix(s, "」") &&
			strings.Count(s, "「") == 1
	}
	end := strings.LastIndex(s, "」")
	if end < 0 {
		return false
	}
	sig := strings.TrimLeft(s[end+len("」"):], " \u3000")
	if sig == "" {
		return false // a whole quotation: isProse decides
	}
	// （瑠美子さん／34歳）, とは会社員の女性（36歳）.
	i := strings.LastIndexAny(sig, "（(")
	if i < 0 || utf8.RuneCountInString(sig[:i]) > 12 || strings.ContainsAny(sig[:i], "。「」") {
		return false
	}
	inner, ok := cutBrackets(sig[i:])
	if !ok {
		return false
	}
	k := utf8.RuneCountInString(inner)
	return k >= 1 && (k <= 20 || k <= maxAgedSignature && agedSignature(inner)) && !strings.ContainsAny(inner, "。「」")
}

// maxAgedSignature bounds, in runes, the signature of a testimony that
// ends with an age after a slash: a longer description of who speaks
// (港北から電車で来た会社員・森川忠さん／47) fits there.
const maxAgedSignature = 36

// agedSignature reports a signature that ends with an age after a slash:
// …さん／58, …／36歳.
func agedSignature(s string) bool {
	k := strings.LastIndexAny(s, "／/")
	if k < 0 {
		return false
	}
	age := strings.TrimSuffix(strings.TrimLeft(s[k:], "／/"), "歳")
	return age != "" && len(age) <= 3 && strings.Trim(age, "0123456789") == ""
}

// wholeQuotation reports a line that is one quotation of words said, in
// 「」 with kana in it: 「地域とともに歩みたい」.
func wholeQuotation(s string) bool {
	in, ok := strings.CutPrefix(s, "「")
	if !ok {
		return false
	}
	in, ok = strings.CutSuffix(in, "」")
	return ok && hasHiragana(in) && !strings.ContainsAny(in, "「」")
}

// continues reports a line that stops inside a sentence: it ends with a
// comma, a particle or a word character, where a paragraph broken over
// several lines goes on on the next one.
func continues(s string) bool {
	r := lastRune(s)
	return r == '、' || r == '，' || r == ',' || isCJK(r) || isLatin(r) || isDigit(r)
}

// quotativeGoesOn reports whether line, right under prev, is the rest of
// a sentence whose quotation prev closes: 「…」 over と話した。.
func quotativeGoesOn(prev, line string) bool {
	r := lastRune(prev)
	if r != '」' && r != '』' {
		return false
	}
	return doc.QuotativeNext(line)
}

// isContact reports a line of a contact or product box: a phone or fax
// number, an address, a web address, a price.
func isContact(s string) bool {
	if strings.Contains(s, "http://") || strings.Contains(s, "https://") || strings.HasPrefix(s, "〒") {
		return true
	}
	if !strings.Contains(s, "。") && (strings.Contains(s, "税込") || strings.Contains(s, "税別") || strings.Contains(s, "¥") || strings.Contains(s, "￥")) {
		return true
	}
	if _, ok := hasPrefixAny(strings.TrimLeft(s, bullets+" \u3000"), contactLabels...); ok {
		return true
	}
	// 株式会社北浜精工 広報部　担当：川瀬: the person to contact, after the
	// desk.
	return !strings.Contains(s, "。") && utf8.RuneCountInString(s) <= 40 &&
		(strings.Contains(s, "担当：") || strings.Contains(s, "担当:") || strings.Contains(s, "担当者：") || strings.Contains(s, "担当者:"))
}

// contactLabels open the lines of contact boxes.
var contactLabels = []string{"TEL", "Tel", "tel", "FAX", "Fax", "fax", "電話", "住所", "営業時間", "定休日", "URL", "E-mail", "Email", "メール:", "メール：", "お問い合わせ", "問い合わせ", "お問合せ", "問合せ"}

// isLinkTitle reports the title of a link closing a page: a list item
// (・…), a title with a date in brackets after it (…（4/1）), a title in
// brackets alone (「…」 without a full stop), 【…】 titles and titles in
// two halves.
func isLinkTitle(l *line) bool {
	s := l.text
	if isBullet(firstRune(s)) || strings.HasPrefix(s, "【") || isHeadlineLike(s, l.n) {
		return true
	}
	if strings.Contains(s, "。") {
		return false
	}
	if i := strings.LastIndexAny(s, "（("); i > 0 {
		if inner, ok := cutBrackets(s[i:]); ok && isShortDate(inner) {
			return true
		}
	}
	first, last := firstRune(s), lastRune(s)
	return (first == '「' || first == '『') && (last == '」' || last == '』')
}

// isShortDate matches 4/1, 2012/4/1, 4月1日 and 4.1.
func isShortDate(s string) bool {
	digits, ok := countRunes(s, isDigit, func(r rune) bool { return strings.ContainsRune("/.年月日", r) })
	return ok && digits >= 2 && strings.ContainsAny(s, "/.月")
}
