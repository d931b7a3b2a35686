package htmltext

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// writer builds a Page's text and its map.
type writer struct {
	page *Page
	src  []byte
	b    strings.Builder

	breaks  int // line breaks owed before the next text (2 after a block)
	breakAt int // the HTML offset the owed breaks map to
	// ws is a run of white space owed before the next text: its HTML
	// range, whether it holds a line break; wsOn tells there is one.
	wsOn         bool
	wsFrom, wsTo int
	wsNewline    bool
	pre          int  // depth of <pre>
	inArticle    bool // reading an <article>: its header and footer belong to it
	h1           int  // the index of the page's first <h1> start tag, or -1
	last         rune // the last rune written
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Dd, atom.Details, atom.Dialog,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Li, atom.Main, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table,
		atom.Tr, atom.Ul, atom.Caption, atom.Center, atom.Body, atom.Html:
		return true
	}
	return false
}

// element writes the element at i alone.
func (w *writer) element(toks []token, i int) {
	w.run(toks, i, min(end(toks, i)+1, len(toks)))
}

// run writes the tokens toks[from:to].
func (w *writer) run(toks []token, from, to int) {
	if from < len(toks) && toks[from].atom == atom.Article {
		w.inArticle = true
	}
	for i := from; i < to && i < len(toks); i++ {
		t := toks[i]
		switch t.typ {
		case html.TextToken:
			w.text(t.start, t.end)
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case skipped(t.atom) || t.atom == atom.Title || hidden(t):
				if t.typ == html.StartTagToken {
					i = end(toks, i)
				}
				continue
			case t.atom == atom.Aside, (pageChrome(t.atom) || chromeName(t)) && !w.inArticle && !w.holdsH1(toks, i),
				partChrome(toks, w.src, i) && !w.holdsH1(toks, i):
				if t.typ == html.StartTagToken {
					i = end(toks, i)
				}
				continue
			case t.atom == atom.Br:
				w.lineBreak(t.start)
			case t.atom == atom.Td || t.atom == atom.Th:
				w.space(t.start)
			case isBlock(t.atom):
				w.block(t.start)
				if t.atom == atom.Pre && t.typ == html.StartTagToken {
					w.pre++
				}
			}
		case html.EndTagToken:
			if isBlock(t.atom) {
				w.block(t.start)
				if t.atom == atom.Pre && w.pre > 0 {
					w.pre--
				}
			}
		}
	}
}

// chromeNames are the ids and class names that pages give their site
// header, footer, navigation and share bars.
var chromeNames = map[string]bool{
	"header": true, "footer": true, "nav": true, "gnav": true, "global-nav": true, "globalnav": true,
	"breadcrumb": true, "breadcrumbs": true, "topicpath": true, "pankuzu": true, "sidebar": true,
	"copyright": true, "share": true, "sns": true, "menu": true,
}

// chromeParts are words that name page chrome wherever they stand in an
// id or class name (related__contents, cp-related-list, ranking_box): lists
// of other articles, rankings and recommendations, advertising.
var chromeParts = map[string]bool{
	"related": true, "relation": true, "recommend": true, "recommended": true, "ranking": true,
	"popular": true, "pickup": true, "taboola": true, "outbrain": true, "ad": true, "ads": true,
	"advertisement": true, "banner": true, "breadcrumb": true, "breadcrumbs": true, "gnav": true,
	"genre": true,
}

// controlParts are words that name the controls of a page (tool-buttons,
// article__tools, share-sns): buttons and share bars, inside an article as
// much as around it.
var controlParts = map[string]bool{
	"tool": true, "tools": true, "toolbar": true, "button": true, "buttons": true, "btn": true,
	"share": true, "sns": true, "social": true,
}

// chromeName reports whether the element t is named as page chrome by its
// id or one of its classes (<div id="footer">, <ul class="gnav">).
func chromeName(t token) bool {
	return named(t, func(name string) bool { return chromeNames[name] })
}

// Elements named chrome by a word of a name hold little text: a list of
// links or a row of buttons. One that holds more is a wrapper that happens
// to carry the word (class="article js-share-target") and is read.
const (
	maxChromeText   = 3000 // bytes of text in a list of other articles
	maxControlsText = 600  // in a row of buttons
)

// partChrome reports whether the element at i is named as page chrome or
// controls by a word of its id or classes (<section
// class="related__contents">, <div class="tool-buttons">) and holds little
// text, inside an article as much as around it: a list of other articles
// or a row of buttons is never the article's text.
func partChrome(toks []token, src []byte, i int) bool {
	t := toks[i]
	if t.typ != html.StartTagToken {
		return false
	}
	limit := 0
	if named(t, func(name string) bool { return hasPart(name, controlParts) }) {
		limit = maxControlsText
	} else if named(t, func(name string) bool { return hasPart(name, chromeParts) }) {
		if relatedLabel(toks, src, i) {
			return false
		}
		limit = maxChromeText
	}
	return limit > 0 && textUnder(toks, i, limit)
}

// relatedLabel reports whether the element at i opens with a label of the
// article's own related links (関連記事, 関連ニュース, 【関連】): those are
// read, for the parser files them as related links; other lists of
// articles (おすすめ, ランキング, 情報提供元の記事) are the site's.
func relatedLabel(toks []token, src []byte, i int) bool {
	e := min(end(toks, i), i+64, len(toks))
	for _, t := range toks[i:e] {
		if t.typ != html.TextToken {
			continue
		}
		if s := bytes.TrimSpace(src[t.start:t.end]); len(s) > 0 {
			return bytes.Contains(s, []byte("関連"))
		}
	}
	return false
}

// textUnder reports whether the element at i holds fewer than limit bytes
// of text. It reads at most a few thousand tokens, so that nested named
// elements cost no more than a constant each; an element with more is not
// under the limit.
func textUnder(toks []token, i, limit int) bool {
	e := end(toks, i)
	if e > i+4000 {
		return false
	}
	n := 0
	for _, t := range toks[i:min(e, len(toks))] {
		if t.typ == html.TextToken {
			if n += t.end - t.start; n >= limit {
				return false
			}
		}
	}
	return true
}

// named reports whether the id or a class of the element t, in lower
// case, satisfies is. Only the elements that hold blocks are asked.
func named(t token, is func(string) bool) bool {
	switch t.atom {
	case atom.Div, atom.Ul, atom.Ol, atom.P, atom.Section, atom.Nav, atom.Span:
	default:
		return false
	}
	if id, _ := attr(t, "id"); id != "" && is(strings.ToLower(id)) {
		return true
	}
	cls, _ := attr(t, "class")
	for c := range strings.FieldsSeq(cls) {
		if is(strings.ToLower(c)) {
			return true
		}
	}
	return false
}

// hasPart reports whether one of the words of name, split at - and _
// (BEM names: block__element--modifier), is in words.
func hasPart(name string, words map[string]bool) bool {
	for name != "" {
		i := strings.IndexAny(name, "-_")
		if i < 0 {
			return words[name]
		}
		if i > 0 && words[name[:i]] {
			return true
		}
		name = name[i+1:]
	}
	return false
}

// hidden reports whether the element t is not shown: the hidden
// attribute, aria-hidden="true", or an inline display:none.
func hidden(t token) bool {
	if _, ok := attr(t, "hidden"); ok {
		return true
	}
	if v, _ := attr(t, "aria-hidden"); strings.EqualFold(strings.TrimSpace(v), "true") {
		return true
	}
	v, _ := attr(t, "style")
	v = strings.ToLower(strings.ReplaceAll(v, " ", ""))
	return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
}

// holdsH1 reports whether the element at i holds the page's first <h1>
// (in constant time, so that nested headers cost nothing more).
func (w *writer) holdsH1(toks []token, i int) bool {
	return w.h1 > i && w.h1 < end(toks, i)
}

// block owes a blank line before the next text, mapped to the HTML at off.
func (w *writer) block(off int) {
	if w.b.Len() == 0 {
		return
	}
	if w.breaks < 2 {
		w.breaks, w.breakAt = 2, off
	}
	w.wsOn = false
}

// lineBreak owes one more line break (two at most).
func (w *writer) lineBreak(off int) {
	if w.b.Len() == 0 {
		return
	}
	if w.breaks < 2 {
		if w.breaks == 0 {
			w.breakAt = off
		}
		w.breaks++
	}
	w.wsOn = false
}

// space owes a space (between table cells) mapped to the HTML at off.
func (w *writer) space(off int) {
	if !w.wsOn {
		w.wsOn, w.wsFrom, w.wsTo, w.wsNewline = true, off, off, false
	}
}

// text writes the text token src[from:to].
func (w *writer) text(from, to int) {
	raw := w.src[from:to]
	run := -1 // start of a run of plain bytes
	flush := func(i int) {
		if run >= 0 {
			r, _ := utf8.DecodeRune(raw[run:])
			w.owed(r)
			w.add(string(raw[run:i]), from+run, i-run, true)
			run = -1
		}
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		if w.pre == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			flush(i)
			if !w.wsOn {
				w.wsOn, w.wsFrom, w.wsNewline = true, from+i, false
			}
			w.wsTo = from + i + 1
			w.wsNewline = w.wsNewline || c == '\n' || c == '\r'
			i++
			continue
		}
		if c == '\r' { // in <pre>: CR LF and CR are line breaks
			flush(i)
			n := 1
			if i+1 < len(raw) && raw[i+1] == '\n' {
				n = 2
			}
			w.owed('\n')
			w.add("\n", from+i, n, false)
			i += n
			continue
		}
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F {
			flush(i) // control bytes show as nothing
			i++
			continue
		}
		if c == '&' {
			if j := refEnd(raw[i:]); j > 0 {
				if u := html.UnescapeString(string(raw[i : i+j])); u != string(raw[i:i+j]) {
					flush(i)
					r, _ := utf8.DecodeRuneInString(u)
					w.owed(r)
					w.add(u, from+i, j, false)
					i += j
					continue
				}
			}
		}
		if run < 0 {
			run = i
		}
		i++
	}
	flush(len(raw))
}

// refEnd returns the length of the character reference that b opens
// (&name; &#123; &#x1F;), or 0.
func refEnd(b []byte) int {
	for j := 1; j < len(b) && j < 40; j++ {
		c := b[j]
		switch {
		case c == ';':
			if j > 1 {
				return j + 1
			}
			return 0
		case c == '#' && j == 1, c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		default:
			return 0
		}
	}
	return 0
}

// owed writes the line breaks or the space owed before the rune r.
func (w *writer) owed(r rune) {
	if w.breaks > 0 {
		if w.b.Len() > 0 {
			w.add(strings.Repeat("\n", w.breaks), w.breakAt, 0, false)
		}
		w.breaks, w.wsOn = 0, false
		return
	}
	if !w.wsOn {
		return
	}
	w.wsOn = false
	if w.b.Len() == 0 || w.last == '\n' {
		return
	}
	if w.wsNewline && wide(w.last) && wide(r) {
		return // a source line break between Japanese characters shows as nothing
	}
	w.add(" ", w.wsFrom, w.wsTo-w.wsFrom, w.wsTo-w.wsFrom == 1 && w.src[w.wsFrom] == ' ')
}

// wide reports whether r is a Japanese or other East Asian wide character.
func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// add appends s, which comes from the HTML src[at:at+m]: a copy when
// exact is set.
func (w *writer) add(s string, at, m int, exact bool) {
	if s == "" {
		return
	}
	p := w.page
	n := w.b.Len()
	// Extend the last exact segment when this one continues it.
	if k := len(p.segs) - 1; k >= 0 && exact {
		g := &p.segs[k]
		if g.exact && g.text+g.n == n && g.src+g.m == at {
			g.n += len(s)
			g.m += m
			w.b.WriteString(s)
			w.last, _ = utf8.DecodeLastRuneInString(s)
			return
		}
	}
	p.segs = append(p.segs, segment{text: n, n: len(s), src: at, m: m, exact: exact})
	w.b.WriteString(s)
	w.last, _ = utf8.DecodeLastRuneInString(s)
}

// finish ends the text with a line break.
func (w *writer) finish() {
	if w.b.Len() > 0 {
		w.add("\n", len(w.src), 0, false)
	}
	w.page.Text = w.b.String()
}
