package parse

import (
	"github.com/newsdoc/newsdoc/internal/doc"
	"slices"
	"strings"
	"unicode/utf8"
)

// rng is a byte range of the normalized text.
type rng struct{ s, e int }

// tokensOf splits norm[s:e] at white space.
func (p *parser) tokensOf(s, e int) []rng {
	var out []rng
	start := -1
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(p.norm[i:e])
		if doc.IsSpace(r) {
			if start >= 0 {
				out = append(out, rng{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		out = append(out, rng{start, e})
	}
	return out
}

// namePart: one or two Han characters, half of "堀井 智久".
func namePart(t string) bool {
	n := 0
	for _, r := range t {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// fullName: a Japanese name printed without a space: Han characters, maybe
// ending in kana of one script (羽村あゆみ), three to seven runes. A news section label
// (安全保障, 北朝鮮) or a word whose last character ends no given name
// (衆院選, 中東情勢) is none: printed near the headline, it is a label.
func fullName(t string) bool {
	if _, topic := cutAnySuffix(t, notNameTails...); topic || sectionWords[t] || strings.ContainsRune(notNameEnds, lastRune(t)) {
		return false
	}
	n, han, kanaTail := 0, 0, false
	hira, kata := false, false
	for i, r := range t {
		switch {
		case isHan(r):
			if kanaTail {
				return false
			}
			han++
		case (isHiragana(r) || isKatakana(r)) && i > 0:
			kanaTail = true
			hira, kata = hira || isHiragana(r), kata || isKatakana(r)
			if hira && kata {
				return false // 詳細はコチラ: a phrase, not a given name
			}
		default:
			return false
		}
		n++
	}
	return han >= 2 && n >= 3 && n <= 7
}

// names reads person names from norm[s:e]: full names, and pairs of name
// parts joined by a space. With strict, a token that is neither fails the
// whole range.
func (p *parser) names(s, e int, strict bool) ([]rng, bool) {
	toks := p.tokensOf(s, e)
	var out []rng
	for i := 0; i < len(toks); i++ {
		t := p.norm[toks[i].s:toks[i].e]
		switch {
		case i+1 < len(toks) && utf8.RuneCountInString(t) == 3 && allHan(t) && utf8.RuneCountInString(p.norm[toks[i+1].s:toks[i+1].e]) <= 2 &&
			fullNameTail(p.norm[toks[i+1].s:toks[i+1].e]):
			// 桑名田 望: a family name of three kanji, a space and a short
			// given name; a second author's full name is longer.
			out = append(out, rng{toks[i].s, toks[i+1].e})
			i++
		case fullName(t):
			out = append(out, toks[i])
		case namePart(t) && i+1 < len(toks) && (namePart(p.norm[toks[i+1].s:toks[i+1].e]) || utf8.RuneCountInString(p.norm[toks[i+1].s:toks[i+1].e]) <= 3 && fullNameTail(p.norm[toks[i+1].s:toks[i+1].e])):
			out = append(out, rng{toks[i].s, toks[i+1].e})
			i++
		case strict:
			return nil, false
		default:
			if n := utf8.RuneCountInString(t); n >= 2 && n <= 16 {
				out = append(out, toks[i])
			}
		}
	}
	return out, len(out) > 0
}

// allHan reports whether t is made of Han characters only.
func allHan(t string) bool {
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return t != ""
}

// fullNameTail: a given name such as あゆみ or 智久.
func fullNameTail(t string) bool {
	for _, r := range t {
		if !isHan(r) && !isHiragana(r) && !isKatakana(r) {
			return false
		}
	}
	return t != ""
}

// credit is one author credit: the name, and the desk and role printed
// with it (聞き手・生活部　松井健太).
type credit struct {
	name       rng
	desk, role string
}

// creditsOf makes credits of bare names.
func creditsOf(names []rng) []credit {
	cs := make([]credit, len(names))
	for i, n := range names {
		cs[i].name = n
	}
	return cs
}

// creditRoles say what the person credited did, before the name and a
// separator: 聞き手・, 文＝, 写真：. Longer labels come first.
var creditRoles = []string{"取材・文", "文・写真", "写真・文", "文と写真", "文・構成", "イラスト", "聞き手", "構成", "写真", "撮影", "取材", "編集", "記者", "評者", "文", "図"}

// deskSuffixes end the desk, bureau or post printed with a reporter's
// name: 政治部, 港川支局, 編集委員, 北京特派員.
var deskSuffixes = []string{"部", "局", "班", "室", "センター", "委員", "特派員", "記者", "デスク", "編集長", "ジャーナリスト", "ライター", "コラムニスト",
	"フォトグラファー", "カメラマン"}

// isDesk reports a desk, bureau or post: three to twelve Han or katakana
// runes ending in a desk word. Two runes are too few: 阿部 is a name.
func isDesk(t string) bool {
	// くらし編集部, まち取材班: a section's word in kana over the desk.
	kana := 0
	for _, r := range t {
		if !isHiragana(r) {
			break
		}
		kana++
	}
	if kana > maxDeskKana {
		return false
	}
	t = t[kana*len("あ"):]
	least := 3
	if kana > 0 {
		least = 2
	}
	n := 0
	for _, r := range t {
		if !isHan(r) && !isKatakana(r) && r != 'ー' {
			return false
		}
		n++
	}
	if n < least || n > 12 {
		return false
	}
	for _, suf := range deskSuffixes {
		if strings.HasSuffix(t, suf) && t != suf {
			return true
		}
	}
	return false
}

// maxDeskKana bounds the kana that open a desk's name (くらし編集部).
const maxDeskKana = 4

// credit reads norm[s:e] as one credit: an optional role and separator,
// an optional desk, then exactly one name (聞き手・生活部　松井健太,
// 港川支局　森下あおい, 写真＝野島一平).
func (p *parser) credit(s, e int) (credit, bool) {
	var c credit
	s, e = doc.TrimRange(p.norm, s, e)
	for _, lab := range creditRoles {
		rest, ok := strings.CutPrefix(p.norm[s:e], lab)
		if !ok {
			continue
		}
		if sep, ok := hasPrefixAny(rest, roleSeps...); ok {
			c.role = lab
			s, e = doc.TrimRange(p.norm, s+len(lab)+len(sep), e)
		}
		break
	}
	if toks := p.tokensOf(s, e); len(toks) >= 2 && isDesk(p.norm[toks[0].s:toks[0].e]) {
		c.desk = p.norm[toks[0].s:toks[0].e]
		s = toks[1].s
	} else if i := strings.Index(p.norm[s:e], "・"); i > 0 && isDesk(p.norm[s:s+i]) {
		c.desk = p.norm[s : s+i]
		s, e = doc.TrimRange(p.norm, s+i+len("・"), e)
	}
	if s >= e {
		return c, false
	}
	ns, ok := p.names(s, e, true)
	if !ok || len(ns) != 1 || ns[0] != (rng{s, e}) {
		return c, false
	}
	c.name = ns[0]
	return c, true
}

// credits reads norm[s:e] as credits separated by 、 or ／, every part a
// credit.
func (p *parser) credits(s, e int) ([]credit, bool) {
	var cs []credit
	parts := labelledRuns(p.norm, s, e)
	if len(parts) < 2 {
		parts = splitAny(p.norm, s, e, "、", "，", ",", "／", "/")
	}
	if len(parts) == 1 {
		// 取材:山中健吾 編集:田村里奈: credits with their roles, set apart
		// by spaces alone.
		if sp := splitAny(p.norm, s, e, " ", "\u3000"); len(sp) > 1 && p.allLabelled(sp) {
			parts = sp
		}
	}
	for _, r := range parts {
		c, ok := p.credit(r.s, r.e)
		if !ok {
			return nil, false
		}
		cs = append(cs, c)
	}
	return cs, len(cs) > 0
}

// roleSeps set a credit's role apart from the name after it (文・森川忠,
// 写真＝森川忠, 取材：森川忠, 撮影／森川 忠, 文 森川忠).
var roleSeps = []string{"・", "＝", "=", "：", ":", "／", "/", " ", "\u3000"}

// labelledRuns splits s[start:end] into credits that each open with a
// role and a mark (取材・文／森川 さくら　撮影／沢井 健二): a new credit
// starts at a space followed by a role and one of ：:／/＝=. It returns
// one range or none when fewer than two such credits are there.
func labelledRuns(s string, start, end int) []rng {
	var out []rng
	from := start
	for k, w := range splitAny(s, start, end, " ", "\u3000") {
		if lab, ok := hasPrefixAny(s[w.s:w.e], creditRoles...); ok {
			if _, ok := hasPrefixAny(s[w.s+len(lab):w.e], "：", ":", "／", "/", "＝", "="); ok {
				if k > 0 {
					out = append(out, rng{from, w.s})
				}
				from = w.s
				continue
			}
		}
		if k == 0 {
			return nil // the first word opens no credit
		}
	}
	out = append(out, rng{from, end})
	if len(out) < 2 {
		return nil
	}
	return out
}

// allLabelled reports whether every part opens with a role and a colon
// (取材:, 編集:).
func (p *parser) allLabelled(parts []rng) bool {
	for _, r := range parts {
		t := p.norm[r.s:r.e]
		ok := false
		for _, lab := range creditRoles {
			if rest, cut := strings.CutPrefix(t, lab); cut && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// bylineLine reads a line that only credits authors:
// "[三船泰典，ExampleMedia]", "著者：沢口宗一", "スクープ 柴崎千尋 本庄克之",
// "大槻陽平", "政治部　杉田れいこ", "（聞き手・生活部　松井健太）". A leading
// label token (スクープ) is returned as kicker.
func (p *parser) bylineLine(l line) (cs []credit, kicker rng, ok bool) {
	s, e := l.s, l.e
	t := l.text
	if inner, ok := cutAny(t, [][2]string{{"[", "]"}, {"［", "］"}}); ok {
		is := s + strings.Index(t, inner)
		parts := splitAny(p.norm, is, is+len(inner), "，", ",", "、", "／", "/")
		for _, r := range parts {
			pt := p.norm[r.s:r.e]
			if isOutlet(pt) || pt == "" {
				continue
			}
			if menuSections[pt] {
				return nil, rng{}, false // ［社会］: a wire's section, not an author
			}
			if n := utf8.RuneCountInString(pt); n >= 2 && n <= 12 && !strings.ContainsAny(pt, "。！？") {
				cs = append(cs, credit{name: r})
			}
		}
		return cs, rng{}, len(cs) > 0 && isCJK(firstRune(p.norm[cs[0].name.s:cs[0].name.e]))
	}
	if inner, ok := cutAny(t, [][2]string{{"(", ")"}, {"（", "）"}}); ok && l.n <= 42 {
		is := s + strings.Index(t, inner)
		if cs, ok := p.credits(is, is+len(inner)); ok {
			return cs, rng{}, true
		}
		return nil, rng{}, false
	}
	if cs, ok := latinByline(l); ok {
		return cs, rng{}, true
	}
	for _, lab := range bylineLabels {
		rest, ok := strings.CutPrefix(t, lab)
		sep := ""
		if !ok {
			// 【記者】森下蒼一: the label in brackets, no separator.
			if rest, ok = strings.CutPrefix(t, "【"+lab+"】"); !ok {
				continue
			}
		} else {
			rest = strings.TrimLeft(rest, " \u3000")
			if sep, ok = hasPrefixAny(rest, "：", ":", "／", "/", "＝", "="); !ok {
				continue
			}
		}
		role := ""
		if slices.Contains(creditRoles, lab) {
			role = lab
		}
		vs := e - len(rest) + len(sep)
		for _, r := range splitAny(p.norm, vs, e, "、", "，", ",", "・") {
			if ns, ok := p.names(r.s, r.e, false); ok {
				for _, n := range ns {
					cs = append(cs, credit{name: n, role: role})
				}
			}
		}
		return cs, rng{}, len(cs) > 0
	}
	if l.n > 40 {
		return nil, rng{}, false
	}
	if c, ok := p.creditBracketed(l); ok {
		return []credit{c}, rng{}, true
	}
	if r, ok := hasPrefixAny(t, creditRoles...); ok && strings.HasPrefix(t[len(r):], "・") {
		// 文・港町編集部　森下あおい: a role, a desk and a name.
		if c, ok := p.credit(s, e); ok && c.desk != "" {
			return []credit{c}, rng{}, true
		}
	}
	toks := p.tokensOf(s, e)
	if len(toks) == 0 || len(toks) > 8 {
		return nil, rng{}, false
	}
	// A desk before one name: "政治部 杉田れいこ".
	if len(toks) >= 2 && isDesk(p.norm[toks[0].s:toks[0].e]) {
		if c, ok := p.credit(s, e); ok {
			return []credit{c}, rng{}, true
		}
	}
	if len(toks) == 1 && strings.Contains(t, "・") {
		// "港川支局・森下あおい", "文・森下あおい": a desk or a role joined
		// to one name.
		if c, ok := p.credit(s, e); ok && (c.desk != "" || c.role != "") {
			return []credit{c}, rng{}, true
		}
	}
	if len(toks) == 1 {
		// "森下あおい記者": one name and the post after it.
		for _, post := range []string{"記者", "特派員", "編集委員", "論説委員"} {
			if k := e - len(post); strings.HasSuffix(t, post) && k > s {
				if ns, ok := p.names(s, k, true); ok && len(ns) == 1 && ns[0] == (rng{s, k}) {
					return []credit{{name: ns[0], role: post}}, rng{}, true
				}
			}
		}
	}
	if names, ok := p.names(s, e, true); ok {
		return creditsOf(names), rng{}, true
	}
	// A label before the names: "スクープ 柴崎千尋 本庄克之".
	if len(toks) > 1 {
		t0 := p.norm[toks[0].s:toks[0].e]
		if !fullName(t0) && utf8.RuneCountInString(t0) <= 8 && !strings.ContainsAny(t0, "。、「」") {
			if names, ok := p.names(toks[1].s, e, true); ok {
				return creditsOf(names), toks[0], true
			}
		}
	}
	return nil, rng{}, false
}

// creditBracketed reads a credit followed by who the person is in
// brackets, 評者　野島一平（文芸評論家）, or, on a letters page, by where
// they live and their age, 会社員　川瀬ゆかり（港町　41）, after what
// they do.
func (p *parser) creditBracketed(l line) (credit, bool) {
	t := l.text
	open := strings.LastIndexAny(t, "(（")
	if open <= 0 || !(strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
		return credit{}, false
	}
	_, ow := utf8.DecodeRuneInString(t[open:])
	_, cw := utf8.DecodeLastRuneInString(t)
	in := strings.TrimSpace(t[open+ow : len(t)-cw])
	ce := l.s + open
	for ce > l.s && (p.norm[ce-1] == ' ') {
		ce--
	}
	aged := ageEnd(in)
	if !aged && !whoWord(in) {
		return credit{}, false
	}
	if c, ok := p.credit(l.s, ce); ok && (c.role != "" || c.desk != "") {
		return c, true
	}
	if !aged {
		return credit{}, false
	}
	k := strings.LastIndexAny(p.norm[l.s:ce], " \u3000")
	if k <= 0 {
		return credit{}, false
	}
	ns := l.s + k + 1
	if p.norm[l.s+k] != ' ' {
		ns = l.s + k + len("\u3000")
	}
	if names, ok := p.names(ns, ce, true); ok && len(names) == 1 && names[0] == (rng{ns, ce}) {
		return credit{name: names[0]}, true
	}
	return credit{}, false
}

// ageEnd reports whether s ends with an age, a number of two or three
// digits after a space or alone (港町 41, 41).
func ageEnd(s string) bool {
	n := 0
	for n < len(s) && s[len(s)-1-n] >= '0' && s[len(s)-1-n] <= '9' {
		n++
	}
	if n < 2 || n > 3 {
		return false
	}
	rest := s[:len(s)-n]
	return rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, "\u3000") || strings.HasSuffix(rest, "・") || strings.HasSuffix(rest, "、")
}

// whoWord reports a word that says who a person is by trade
// (文芸評論家, 作家, 医師), as printed after a credited name.
func whoWord(s string) bool {
	if utf8.RuneCountInString(s) > 12 || strings.ContainsAny(s, "、。 ") {
		return false
	}
	_, ok := cutAnySuffix(s, "家", "者", "員", "師", "士", "手", "長", "ター", "ナー", "スト", "ライター")
	return ok
}

// splitAny splits norm[s:e] at any of seps, trimming white space.
func splitAny(norm string, s, e int, seps ...string) []rng {
	var out []rng
	start := s
	for i := s; i < e; {
		matched := ""
		for _, sp := range seps {
			if strings.HasPrefix(norm[i:e], sp) {
				matched = sp
				break
			}
		}
		if matched != "" {
			a, b := doc.TrimRange(norm, start, i)
			if a < b {
				out = append(out, rng{a, b})
			}
			i += len(matched)
			start = i
			continue
		}
		_, n := utf8.DecodeRuneInString(norm[i:e])
		i += n
	}
	if a, b := doc.TrimRange(norm, start, e); a < b {
		out = append(out, rng{a, b})
	}
	return out
}

// isOutlet reports the name of a news outlet or a Latin-only word
// (ITmedia, CNET Japan).
func isOutlet(t string) bool {
	for _, s := range outletSuffixes {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	for _, r := range t {
		if !isLatin(r) && r != ' ' && r != '.' && r != '-' && !isDigit(r) {
			return false
		}
	}
	return true
}

// signature finds an author signature closing a paragraph: "。（野々村健吾）",
// "。【浅見里香子、本庄克之】", "。（港川支局　森下あおい）". It returns where the
// signature starts and the credits in it.
func (p *parser) signature(s, e int) (int, []credit) {
	t := p.norm[s:e]
	var open, close string
	switch {
	case strings.HasSuffix(t, "）"):
		open, close = "（", "）"
	case strings.HasSuffix(t, ")"):
		open, close = "(", ")"
	case strings.HasSuffix(t, "】"):
		open, close = "【", "】"
	default:
		return -1, nil
	}
	i := strings.LastIndex(t, open)
	if i <= 0 {
		return -1, nil
	}
	if r := lastRune(strings.TrimRight(t[:i], " \u3000")); r != '。' && r != '」' && r != '！' && r != '？' {
		return -1, nil
	}
	if strings.HasSuffix(t[:i], "」") {
		// 「…」（港北町公園緑地課）: whose words they are, not who wrote the
		// article; a credit stands apart from the words (」 （…）) or
		// after the sentence's end.
		return -1, nil
	}
	inner := t[i+len(open) : len(t)-len(close)]
	if signatureStop[inner] || inner == "" || utf8.RuneCountInString(inner) > 40 {
		return -1, nil
	}
	is := s + i + len(open)
	if cs, ok := p.credits(is, is+len(inner)); ok && (len(cs) > 1 || cs[0].desk != "" || cs[0].role != "") {
		return s + i, cs
	}
	var cs []credit
	for _, r := range splitAny(p.norm, is, is+len(inner), "、", "，", ",", "・") {
		nt := p.norm[r.s:r.e]
		ok := fullName(nt)
		if !ok {
			if ns, good := p.names(r.s, r.e, true); good && len(ns) == 1 && ns[0] == r {
				ok = true
			}
		}
		if !ok {
			return -1, nil
		}
		cs = append(cs, credit{name: r})
	}
	return s + i, cs
}

// latinByline reads "By Lena Marquart": By and a name of two to four
// capitalized Latin words, as wire services print it.
func latinByline(l line) ([]credit, bool) {
	rest, ok := strings.CutPrefix(l.text, "By ")
	if !ok {
		return nil, false
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 || len(ws) > 4 {
		return nil, false
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return nil, false
		}
		for _, r := range w {
			if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '.' || r == '-' || r == '\'') {
				return nil, false
			}
		}
	}
	s := l.s + len("By ") + (len(rest) - len(strings.TrimLeft(rest, " ")))
	return []credit{{name: rng{s, l.e}}}, true
}
