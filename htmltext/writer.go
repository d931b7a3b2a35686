package htmltext

import (
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
			case t.atom == atom.Aside, (pageChrome(t.atom) || chromeName(t)) && !w.inArticle && !w.holdsH1(toks, i):
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

// chromeName reports whether the element t is named as page chrome by its
// id or one of its classes (<div id="footer">, <ul class="gnav">).
func chromeName(t token) bool {
	if t.atom != atom.Div && t.atom != atom.Ul && t.atom != atom.P && t.atom != atom.Section {
		return false
	}
	id, _ := attr(t, "id")
	if chromeNames[strings.ToLower(id)] {
		return true
	}
	cls, _ := attr(t, "class")
	for _, c := range strings.Fields(cls) {
		if chromeNames[strings.ToLower(c)] {
			return true
		}
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
