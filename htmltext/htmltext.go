// Package htmltext turns a news page in HTML into the plain text that
// package parse reads, keeping an exact map from every byte of that text
// back to the HTML it came from.
//
// Block elements (p, div, h1–h6, li, blockquote, figcaption, tr ...) become
// lines with a blank line between blocks, <br> a line break; scripts,
// styles, forms and navigation are dropped, and so are the site's header,
// footer and side bars, lists of other articles, rankings, advertising
// and rows of buttons that the page names so in an id or class
// (id="footer", class="related__contents", class="tool-buttons"; a list
// labeled 関連 is kept: those are the article's related links); character
// references are decoded and white space collapses as a browser shows it
// (a line break between two Japanese characters disappears). When the
// page marks its article (<article>, <main>, itemprop="articleBody"), only
// that is read, with the page's <h1> before it when the article does not
// hold it; else the body from its <h1> on (from the heading the title
// names when the <h1> is a section label or the site's name). The page's
// headline (<h1>, og:title), publication time (article:published_time,
// <time datetime>, JSON-LD datePublished) and the day its address names
// are read as hints.
//
// The tokenizer is golang.org/x/net/html's; what it has no notion of is
// the text a reader sees with offsets into the page, which this package
// builds.
package htmltext

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrInvalidUTF8 is returned for HTML that is not UTF-8: decode it first
// (package parse's ParseHTML detects and decodes legacy encodings).
var ErrInvalidUTF8 = errors.New("htmltext: HTML is not valid UTF-8")

// Page is the text of an HTML page.
type Page struct {
	// Text is the visible text of the article, one block a line, blocks
	// separated by a blank line.
	Text string
	// Headline is the text of the page's first <h1>, else the first text
	// of the page that its og:title or <title> holds, else that title;
	// "" when it has none. When the <h1> is not the title but a section
	// label or the site's name, and an <h1>–<h3> further on is the longest
	// part of the title (見出し | サイト名), Headline is that heading, and the
	// text starts at it.
	Headline string
	// Published is the publication time the page's metadata gives
	// (article:published_time, JSON-LD datePublished, the first
	// <time datetime>), or the zero time.
	Published time.Time
	// AddressDay is the day that the page's address (og:url, else the
	// canonical link) names, as news sites write it
	// (/world/20231102-OYT1T50240/, hl?a=20170309-…, /2023/11/02/), at
	// midnight Japan time; the zero time when it names none. It dates a
	// page whose visible date has no year (3/12(木) 9:05配信).
	AddressDay time.Time

	segs []segment
	size int // len of the HTML
}

// segment maps text[text:text+n] to html[src:src+m]. An exact segment
// (copied bytes, n == m) maps byte for byte; another (a character
// reference, collapsed white space, a line break made from a tag) maps as
// a whole.
type segment struct {
	text, n, src, m int
	exact           bool
}

// Span returns the span of the HTML that the text span s came from:
// Start is where the HTML of the text byte at s.Start begins and End where
// the HTML of the byte before s.End ends, so that markup between the two
// (inline tags, references) is inside. Offsets are bytes of the HTML
// given to [Extract]. A span outside the text is clamped to it.
func (p *Page) Span(s article.Span) article.Span {
	if len(p.segs) == 0 {
		return article.Span{}
	}
	start := p.offset(s.Start, false)
	if s.End <= s.Start {
		return article.Span{Start: start, End: start}
	}
	return article.Span{Start: start, End: max(start, p.offset(s.End-1, true))}
}

// offset maps the text byte i to the HTML: where its source begins, or
// with end set, where it ends.
func (p *Page) offset(i int, end bool) int {
	i = min(max(i, 0), len(p.Text))
	k := sort.Search(len(p.segs), func(k int) bool { return p.segs[k].text+p.segs[k].n > i }) // first segment ending after i
	if k == len(p.segs) {
		return p.size
	}
	g := p.segs[k]
	switch {
	case g.exact:
		if end {
			return g.src + i - g.text + 1
		}
		return g.src + i - g.text
	case end:
		return g.src + g.m
	}
	return g.src
}

// MaxSize is the largest HTML Extract reads, in bytes.
const MaxSize = 32 << 20

// ErrTooLarge is returned for HTML larger than MaxSize.
var ErrTooLarge = errors.New("htmltext: HTML too large")

// Extract reads the UTF-8 HTML src.
func Extract(src []byte) (*Page, error) {
	if len(src) > MaxSize {
		return nil, ErrTooLarge
	}
	if !utf8.Valid(src) {
		return nil, ErrInvalidUTF8
	}
	toks := tokenize(src)
	p := &Page{size: len(src)}
	meta := readMeta(toks, src)
	from, to, head := region(toks, src, meta.title)
	w := writer{page: p, src: src, h1: -1}
	for i, t := range toks {
		if t.typ == html.StartTagToken && t.atom == atom.H1 {
			w.h1 = i
			break
		}
	}
	headline := meta.headline
	keys := titleParts(meta.title)
	if hi, text := titleHeading(toks, src, keys); hi >= 0 && hi != w.h1 && titlePart(text, keys) > titlePart(meta.headline, keys) {
		// The <h1> is the site's name or a section label (経済・IT); the
		// heading the title names is the article's.
		headline = text
		switch {
		case from == w.h1:
			from = hi
		case head >= 0 && hi >= from && hi < to:
			head = -1
		case head >= 0:
			head = hi
		}
		w.h1 = hi // the chrome that holds it is read
	}
	if head >= 0 {
		w.element(toks, head)
		w.block(toks[head].start)
	}
	w.run(toks, from, to)
	w.finish()
	p.Headline = headline
	if !meta.fromH1 && from < len(toks) && toks[from].typ == html.TextToken {
		// The region opens with the text the title holds: that is the
		// headline as the page prints it.
		p.Headline = strings.Join(strings.Fields(html.UnescapeString(string(src[toks[from].start:toks[from].end]))), " ")
	}
	p.Published = meta.published
	p.AddressDay = addressDay(meta.url)
	return p, nil
}

// IsHTML reports whether src looks like an HTML page: after white space
// and a byte order mark it opens with <!DOCTYPE html, <html, <head, <meta,
// or a comment followed by one of them.
func IsHTML(src []byte) bool {
	b := bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		if !bytes.HasPrefix(b, []byte("<!--")) {
			break
		}
		i := bytes.Index(b, []byte("-->"))
		if i < 0 {
			return false
		}
		b = b[i+3:]
	}
	head := strings.ToLower(string(b[:min(len(b), 16)]))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<meta", "<body"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// token is one token of the page with its byte range.
type token struct {
	typ        html.TokenType
	atom       atom.Atom
	start, end int
	attrs      []html.Attribute
	close      int // for a start tag: the index of its end tag, or -1
}

// tokenize reads every token of src with its offsets and pairs start and
// end tags (an end tag closes the nearest open element of its name; what
// it skips over is left open, as browsers do for unclosed <p> and <li>).
func tokenize(src []byte) []token {
	z := html.NewTokenizer(bytes.NewReader(src))
	var toks []token
	var open []int
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		t := token{typ: tt, start: off, end: off + len(raw), close: -1}
		off = t.end
		if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			name, hasAttr := z.TagName()
			t.atom = atom.Lookup(name)
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				t.attrs = append(t.attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
		}
		toks = append(toks, t)
		i := len(toks) - 1
		switch tt {
		case html.StartTagToken:
			if !isVoid(t.atom) {
				open = append(open, i)
			}
		case html.EndTagToken:
			// The nearest open element of its name, among the last
			// maxMatch: an end tag that matches nothing costs no more
			// than that (stray end tags in a long page stay linear).
			for j := len(open) - 1; j >= 0 && j >= len(open)-maxMatch; j-- {
				if toks[open[j]].atom == t.atom && t.atom != 0 {
					toks[open[j]].close = i
					open = open[:j]
					break
				}
			}
		}
	}
	return toks
}

// maxMatch bounds the open elements an end tag is matched against.
const maxMatch = 256

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

func attr(t token, key string) (string, bool) {
	for _, a := range t.attrs {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// skipped are elements whose content is not article text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Canvas, atom.Iframe,
		atom.Object, atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Nav, atom.Head, atom.Math,
		atom.Rt, atom.Rp: // ruby readings: the base text is what is read
		return true
	}
	return false
}

// pageChrome are elements dropped outside the article: site headers,
// footers and sidebars.
func pageChrome(a atom.Atom) bool {
	return a == atom.Header || a == atom.Footer || a == atom.Aside
}

// end returns the index of the token that closes the element at i, or
// len(toks) when it is not closed.
func end(toks []token, i int) int {
	if toks[i].close >= 0 {
		return toks[i].close
	}
	if toks[i].typ != html.StartTagToken {
		return i + 1
	}
	return len(toks)
}

// region chooses the tokens to read: the article element with the most
// text, else <main>, else the body from its first <h1>, else from the
// first text that the page's title holds (a page without <h1> that titles
// itself 見出し | サイト名). head is the <h1> to read first when it lies
// outside the region, or -1.
func region(toks []token, src []byte, title string) (from, to, head int) {
	h1 := -1
	best, bestLen := -1, 0
	mainEl := -1
	inside := -1 // the end of the last article measured: nested ones are not (linear cost)
	for i, t := range toks {
		if t.typ != html.StartTagToken {
			continue
		}
		if t.atom == atom.H1 && h1 < 0 {
			h1 = i
		}
		if t.atom == atom.Main && mainEl < 0 {
			mainEl = i
		}
		prop, _ := attr(t, "itemprop")
		if (t.atom == atom.Article || prop == "articleBody") && i > inside {
			inside = end(toks, i)
			if n := textLen(toks, i, inside); n > bestLen {
				best, bestLen = i, n
			}
		}
	}
	if best < 0 {
		best = mainEl
	}
	if best >= 0 {
		from, to = best, end(toks, best)
		if h1 >= 0 && (h1 < from || h1 > to) {
			return from, to, h1
		}
		return from, to, -1
	}
	if h1 >= 0 {
		return h1, len(toks), -1
	}
	if i := titleText(toks, src, title); i >= 0 {
		return i, len(toks), -1
	}
	return 0, len(toks), -1
}

// titleText returns the index of the first text token of the body that
// the title holds, at least six characters long, or -1.
func titleText(toks []token, src []byte, title string) int {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return -1
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.typ == html.StartTagToken && (skipped(t.atom) || t.atom == atom.Title) {
			i = end(toks, i)
			continue
		}
		if t.typ != html.TextToken {
			continue
		}
		text := strings.Join(strings.Fields(html.UnescapeString(string(src[t.start:t.end]))), " ")
		if utf8.RuneCountInString(text) >= 6 && strings.Contains(title, text) {
			return i
		}
	}
	return -1
}

// addressDay reads the day a page address names: eight digits YYYYMMDD
// standing apart from other digits (20231102-OYT1T50240, a=20170309-…,
// _20231102_), or /YYYY/MM/DD/. Years from 1990 to 2099 count, and the
// month and day must exist; an address with two different days names none.
func addressDay(u string) time.Time {
	var day time.Time
	take := func(y, m, d int) bool {
		if y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 {
			return true
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, normalize.Japan())
		if t.Day() != d {
			return true // 20230231
		}
		if !day.IsZero() && !day.Equal(t) {
			return false
		}
		day = t
		return true
	}
	for i := 0; i < len(u); {
		if !isDigit(u[i]) {
			i++
			continue
		}
		j := i
		for j < len(u) && isDigit(u[j]) {
			j++
		}
		switch {
		case j-i == 8:
			if !take(atoi(u[i:i+4]), atoi(u[i+4:i+6]), atoi(u[i+6:j])) {
				return time.Time{}
			}
		case j-i == 4 && j+6 <= len(u) && u[j] == '/' && isDigit(u[j+1]) && isDigit(u[j+2]) && u[j+3] == '/' &&
			isDigit(u[j+4]) && isDigit(u[j+5]) && (j+6 == len(u) || !isDigit(u[j+6])):
			if !take(atoi(u[i:j]), atoi(u[j+1:j+3]), atoi(u[j+4:j+6])) {
				return time.Time{}
			}
			j += 6
		}
		i = j
	}
	return day
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// atoi reads a run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// titleSeps separate the parts of a page title: 見出し | サイト名,
// サイト名｜見出し, 見出し - サイト名.
var titleSeps = []string{" | ", "|", "｜", " - ", " – ", " — ", " ― ", " : "}

// titleKey is the form in which headings and titles are compared: width
// and kana folded by normalization, white space removed.
func titleKey(s string) string {
	n, _ := normalize.String(s)
	return strings.Join(strings.Fields(n), "")
}

// maxTitle bounds the bytes of a page title compared with headings:
// titles are short, and a page is not read twice for a long one.
const maxTitle = 1024

// titleParts returns the comparison keys of a page title and of its parts
// between separators.
func titleParts(title string) []string {
	if len(title) > maxTitle {
		return nil
	}
	parts := []string{title}
	for _, sep := range titleSeps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	keys := []string{titleKey(title)}
	for _, p := range parts {
		keys = append(keys, titleKey(p))
	}
	return keys
}

// titlePart returns the length in bytes of the part of the title (whose
// keys titleParts gives) that text is, or 0. Parts shorter than four
// characters do not count.
func titlePart(text string, keys []string) int {
	if len(text) > maxTitle {
		return 0
	}
	k := titleKey(text)
	if utf8.RuneCountInString(k) < 4 {
		return 0
	}
	for _, p := range keys {
		if p == k {
			return len(k)
		}
	}
	return 0
}

// maxHeadings bounds the headings titleHeading compares with the title,
// and maxHeadingTokens the tokens of one.
const (
	maxHeadings      = 64
	maxHeadingTokens = 256
)

// titleHeading returns the first <h1>, <h2> or <h3> whose text is the
// longest part of the page's title, and its text, or -1.
func titleHeading(toks []token, src []byte, keys []string) (int, string) {
	best, bestText, bestLen := -1, "", 0
	if len(keys) == 0 {
		return best, bestText
	}
	seen := 0
	for i := 0; i < len(toks) && seen < maxHeadings; i++ {
		t := toks[i]
		if t.typ != html.StartTagToken {
			continue
		}
		if skipped(t.atom) || t.atom == atom.Title {
			i = end(toks, i)
			continue
		}
		if t.atom != atom.H1 && t.atom != atom.H2 && t.atom != atom.H3 {
			continue
		}
		seen++
		if e := end(toks, i); e-i > maxHeadingTokens || toks[min(e, len(toks)-1)].start-t.end > maxTitle*4 {
			continue // no heading a title names is that long
		}
		text := innerText(toks, i, src)
		if n := titlePart(text, keys); n > bestLen {
			best, bestText, bestLen = i, text, n
		}
	}
	return best, bestText
}

// textLen counts the bytes of text tokens in toks[from:to] outside
// skipped elements.
func textLen(toks []token, from, to int) int {
	n := 0
	for i := from; i < to && i < len(toks); i++ {
		t := toks[i]
		if t.typ == html.StartTagToken && skipped(t.atom) {
			i = end(toks, i)
			continue
		}
		if t.typ == html.TextToken {
			n += t.end - t.start
		}
	}
	return n
}

// metadata are the page's hints.
type metadata struct {
	headline  string
	title     string // og:title, else <title>
	fromH1    bool   // headline is the <h1>
	url       string // og:url, else the canonical link
	published time.Time
}

func readMeta(toks []token, src []byte) metadata {
	var m metadata
	var ogTitle, title, ogURL, canonical string
	var metaTime, ldTime, timeEl time.Time
	var h1 string
	for i, t := range toks {
		if t.typ != html.StartTagToken && t.typ != html.SelfClosingTagToken {
			continue
		}
		switch t.atom {
		case atom.Meta:
			prop, _ := attr(t, "property")
			if prop == "" {
				prop, _ = attr(t, "name")
			}
			if prop == "" {
				prop, _ = attr(t, "itemprop")
			}
			content, _ := attr(t, "content")
			switch strings.ToLower(prop) {
			case "og:title":
				ogTitle = content
			case "og:url":
				ogURL = content
			case "article:published_time", "datepublished", "pubdate", "publishdate", "date":
				if tm, ok := readTime(content); ok && metaTime.IsZero() {
					metaTime = tm
				}
			}
		case atom.Link:
			if rel, _ := attr(t, "rel"); strings.EqualFold(rel, "canonical") && canonical == "" {
				canonical, _ = attr(t, "href")
			}
		case atom.Title:
			if title == "" {
				title = innerText(toks, i, src)
			}
		case atom.H1:
			if h1 == "" {
				h1 = innerText(toks, i, src)
			}
		case atom.Time:
			if v, ok := attr(t, "datetime"); ok && timeEl.IsZero() {
				if tm, ok := readTime(v); ok {
					timeEl = tm
				}
			}
		case atom.Script:
			if typ, _ := attr(t, "type"); strings.EqualFold(typ, "application/ld+json") && ldTime.IsZero() {
				if j := end(toks, i); j > i+1 && j < len(toks) {
					ldTime = jsonLDTime(src[toks[i].end:toks[j].start])
				}
			}
		}
	}
	m.url = ogURL
	if m.url == "" {
		m.url = canonical
	}
	m.title = ogTitle
	if m.title == "" {
		m.title = title
	}
	switch {
	case h1 != "":
		m.headline, m.fromH1 = h1, true
	case ogTitle != "":
		m.headline = ogTitle
	default:
		m.headline = title
	}
	for _, tm := range []time.Time{metaTime, ldTime, timeEl} {
		if !tm.IsZero() {
			m.published = tm
			break
		}
	}
	return m
}

// innerText is the collapsed text inside the element at i.
func innerText(toks []token, i int, src []byte) string {
	var b strings.Builder
	for j := i + 1; j < end(toks, i) && j < len(toks); j++ {
		if toks[j].typ == html.TextToken {
			b.WriteString(html.UnescapeString(string(src[toks[j].start:toks[j].end])))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// readTime reads the time formats pages use in metadata. A time without a
// zone is Japan time.
func readTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02 15:04", "2006/01/02"} {
		if t, err := time.ParseInLocation(layout, s, normalize.Japan()); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// jsonLDTime reads datePublished from a JSON-LD block: an object, a list
// of objects, or an object with @graph.
func jsonLDTime(b []byte) time.Time {
	var v any
	d := json.NewDecoder(bytes.NewReader(b))
	if err := d.Decode(&v); err != nil && err != io.EOF {
		return time.Time{}
	}
	var find func(any, int) time.Time
	find = func(v any, depth int) time.Time {
		if depth > 4 {
			return time.Time{}
		}
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if t, ok := readTime(s); ok {
					return t
				}
			}
			if g, ok := x["@graph"]; ok {
				return find(g, depth+1)
			}
		case []any:
			for _, e := range x {
				if t := find(e, depth+1); !t.IsZero() {
					return t
				}
			}
		}
		return time.Time{}
	}
	return find(v, 0)
}
