package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// A chronology box follows the text on many pages: a head that names a
// history (■旧駅舎保存の経過, 【保存の経緯】) and one line per step
// under it, each opened by its date (2016年2月　灯台守の会が発足). Its lines are
// neither body nor links: they go to Article.Boxes, where the timeline
// reads their dates.

// historyWords are the words of a head that names a history.
var historyWords = []string{"経過", "経緯", "年表", "歩み", "あゆみ", "沿革", "動き", "これまで", "年譜", "略史"}

// chronologyHead reports whether l may head a chronology box: a short line
// with no sentence that names a history, not the log of the page's own
// updates (更新履歴), whose dates are the page's, not events.
func chronologyHead(l *line) bool {
	if l.n > maxBoxHead || strings.ContainsAny(l.text, "。、「") || strings.Contains(l.text, "更新") || strings.Contains(l.text, "履歴") {
		return false
	}
	for _, w := range historyWords {
		if strings.Contains(l.text, w) {
			return true
		}
	}
	return false
}

// minBoxItems is the fewest dated lines under a head read as a chronology.
const minBoxItems = 2

// readChronologies files as boxes the chronologies between the last text
// (anchor) and end: a head (chronologyHead) and at least minBoxItems lines
// right under it that each open with a date (dateItem). Blank lines may
// stand between the items; any other line ends the box.
func (p *parser) readChronologies(anchor, end int) {
	for i := anchor + 1; i < end; i++ {
		h := &p.lines[i]
		if h.blank || !chronologyHead(h) {
			continue
		}
		last, items := i, 0
		for k := p.nextContent(i, end); k >= 0 && dateItem(p.lines[k].text); k = p.nextContent(k, end) {
			last, items = k, items+1
		}
		if items < minBoxItems {
			continue
		}
		head := p.text(h.s+stripBullet(h.text), h.e)
		if in, ok := cutAny(head.Text, headBrackets); ok && strings.HasSuffix(head.Text, "】") {
			// 【保存の経緯】: the words in the brackets.
			k := strings.Index(head.Text, in)
			head = p.text(h.s+stripBullet(h.text)+k, h.s+stripBullet(h.text)+k+len(in))
		}
		box := article.Box{Heading: head, Items: make([]article.Text, 0, items)}
		h.role = roleBox
		for k := i + 1; k <= last; k++ {
			if l := &p.lines[k]; !l.blank {
				l.role = roleBox
				box.Items = append(box.Items, p.text(l.s, l.e))
			}
		}
		p.a.Boxes = append(p.a.Boxes, box)
		i = last
	}
}

// maxBoxItem bounds what happened in an item of a chronology, in runes.
const maxBoxItem = 80

// dateItem reports a line that opens with a date, then a space or a
// colon, then what happened on it in a few words: 1936年7月　竣工,
// 2019年度　予算計上, 平成元年　移転, 8月10日　発生, 3月3日（火）：再開.
func dateItem(s string) bool {
	rest, ok := dateOpens(s)
	if !ok {
		return false
	}
	if in, after, ok := cutLeadingBrackets(rest); ok && utf8.RuneCountInString(in) <= 3 {
		rest = after // （火）: the day of the week
	}
	sep, ok := hasPrefixAny(rest, " ", "\u3000", "：", ":")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest[len(sep):], " \u3000")
	n := utf8.RuneCountInString(rest)
	return n > 0 && n <= maxBoxItem
}

// eraNames are the eras a chronology may write its years in.
var eraNames = []string{"明治", "大正", "昭和", "平成", "令和"}

// dateOpens reads the date that opens s: a year of four digits (and its
// era in brackets, month and day; or 年度), a year of an era (昭和49年,
// 平成元年) or a month (and day) alone; it returns what follows.
func dateOpens(s string) (string, bool) {
	if rest, ok := yearOpens(s); ok {
		if r, ok := strings.CutPrefix(rest, "度"); ok && strings.HasPrefix(s[4:], "年度") {
			return r, true
		}
		return rest, true
	}
	if era, ok := hasPrefixAny(s, eraNames...); ok {
		rest := s[len(era):]
		k := 0
		for k < len(rest) && k < 2 && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		if k == 0 {
			if r, ok := strings.CutPrefix(rest, "元"); ok {
				rest, k = r, -1
			}
		}
		if k == 0 || !strings.HasPrefix(rest[max(k, 0):], "年") {
			return "", false
		}
		return monthDay(rest[max(k, 0)+len("年"):]), true
	}
	k := 0
	for k < len(s) && k < 2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if m, err := strconv.Atoi(s[:k]); k == 0 || err != nil || m < 1 || m > 12 || !strings.HasPrefix(s[k:], "月") {
		return "", false
	}
	return monthDay(s), true
}

// monthDay cuts a month and a day (5月, 5月3日) from the start of s.
func monthDay(s string) string {
	for _, u := range []string{"月", "日"} {
		k := 0
		for k < len(s) && k < 2 && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > 0 && strings.HasPrefix(s[k:], u) {
			s = s[k+len(u):]
		}
	}
	return s
}
