package parse

import (
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
		if isSpace(r) {
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
	if sectionWords[t] || strings.ContainsRune(notNameEnds, lastRune(t)) {
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

// fullNameTail: a given name such as あゆみ or 智久.
func fullNameTail(t string) bool {
	for _, r := range t {
		if !isHan(r) && !isHiragana(r) && !isKatakana(r) {
			return false
		}
	}
	return t != ""
}

// bylineLine reads a line that only credits authors:
// "[三船泰典，ExampleMedia]", "著者：沢口宗一", "スクープ 柴崎千尋 本庄克之",
// "大槻陽平". A leading label token (スクープ) is returned as kicker.
func (p *parser) bylineLine(l line) (names []rng, kicker rng, ok bool) {
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
			if n := utf8.RuneCountInString(pt); n >= 2 && n <= 12 && !strings.ContainsAny(pt, "。！？") {
				names = append(names, r)
			}
		}
		return names, rng{}, len(names) > 0 && isCJK(firstRune(p.norm[names[0].s:names[0].e]))
	}
	for _, lab := range bylineLabels {
		rest, ok := strings.CutPrefix(t, lab)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u3000")
		sep, ok := hasPrefixAny(rest, "：", ":", "／", "/", "＝", "=")
		if !ok {
			continue
		}
		vs := e - len(rest) + len(sep)
		for _, r := range splitAny(p.norm, vs, e, "、", "，", ",", "・") {
			if ns, ok := p.names(r.s, r.e, false); ok {
				names = append(names, ns...)
			}
		}
		return names, rng{}, len(names) > 0
	}
	if l.n > 40 {
		return nil, rng{}, false
	}
	toks := p.tokensOf(s, e)
	if len(toks) == 0 || len(toks) > 8 {
		return nil, rng{}, false
	}
	if names, ok = p.names(s, e, true); ok {
		return names, rng{}, true
	}
	// A label before the names: "スクープ 柴崎千尋 本庄克之".
	if len(toks) > 1 {
		t0 := p.norm[toks[0].s:toks[0].e]
		if !fullName(t0) && utf8.RuneCountInString(t0) <= 8 && !strings.ContainsAny(t0, "。、「」") {
			if names, ok = p.names(toks[1].s, e, true); ok {
				return names, toks[0], true
			}
		}
	}
	return nil, rng{}, false
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
			a, b := trimRange(norm, start, i)
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
	if a, b := trimRange(norm, start, e); a < b {
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
// "。【浅見里香子、本庄克之】". It returns where the signature starts and the
// names in it.
func (p *parser) signature(s, e int) (int, []rng) {
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
	inner := t[i+len(open) : len(t)-len(close)]
	if signatureStop[inner] || inner == "" || utf8.RuneCountInString(inner) > 40 {
		return -1, nil
	}
	is := s + i + len(open)
	var names []rng
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
		names = append(names, r)
	}
	return s + i, names
}
