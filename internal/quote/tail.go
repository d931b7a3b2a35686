package quote

import (
	"strings"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// A long quotation in a newspaper runs over several paragraphs: each opens
// with 「 and only the last is closed (「…。 / 「…」と話した), or the words
// simply go on into the next paragraph (「…。 / …んです」と話した). The
// bracket matcher pairs brackets within a paragraph only; openTail and
// closeTail read these quotations across the break.

// findTail returns where the quotation left open at the end of paragraph
// pi starts, when the next paragraph continues it, or -1. bs are the
// paired brackets of the paragraph.
func (f *finder) findTail(pi int, t morph.Text, bs []bracket) int {
	s := t.Norm
	k := strings.LastIndex(s, "「")
	if k < 0 || strings.Contains(s[k:], "」") || pi+1 >= len(f.paras) || f.paras[pi+1].Heading {
		return -1
	}
	for _, b := range bs {
		if b.Open <= k && k < b.End {
			return -1 // inside a pair, or itself paired
		}
	}
	if !atLeastRunes(s[k:], 5) || !continues(f.text(pi+1).Norm) {
		return -1
	}
	return k
}

// openTail emits the quotation left open at k, the end of paragraph pi,
// and the quotations inside it (those of bs after k), and remembers its
// speaker for the next paragraph. cur is the last speaker of the
// paragraph's quotations before it.
func (f *finder) openTail(pi int, t morph.Text, bs []bracket, k int, cur who) {
	s := t.Norm
	// The speaker: the topic of the sentence the quotation opens in,
	// else the last speaker, else the person the text is about.
	ss := 0
	if d := strings.LastIndex(s[:k], "。"); d >= 0 {
		ss = d + len("。")
	}
	w := as(f.topic(t, pi, s[ss:k], ss, nil), ruleExplicit)
	if w.name == "" || w.name == anaphorName {
		w = cur
		if w.name == "" {
			w = f.salient(pi)
		}
		w = as(w, ruleContinued)
	}
	if w.name == "" || w.guess || crowdNoun(w.name) && w.rule == ruleContinued {
		w = who{}
	}
	q := article.Quote{Text: strings.TrimSpace(t.Shown(k+len("「"), len(s))), Span: t.Span(k, len(s)), Paragraph: pi, Speaker: w.name, Organization: w.org, Attribution: w.rule}
	if w.rule == ruleExplicit {
		q.SpeakerSpan = w.span
	}
	f.out = append(f.out, q)
	for _, b := range bs {
		if b.Open > k {
			in := f.quote(t, pi, b)
			in.Speaker, in.Organization, in.Attribution, in.Partial, in.Depth = q.Speaker, q.Organization, q.Attribution, true, b.Depth+1
			f.out = append(f.out, in)
		}
	}
	f.tail, f.tailOn = w, true
}

// continues reports whether a paragraph s goes on with the quotation the
// one before left open: it opens a new one (「…), or closes one before it
// opens any (…んです」と話した).
func continues(s string) bool {
	s = strings.TrimLeft(s, " ")
	if strings.HasPrefix(s, "「") {
		return true
	}
	c := strings.Index(s, "」")
	o := strings.Index(s, "「")
	return c > 0 && (o < 0 || c < o)
}

// closeTail emits the end of a quotation the paragraph before left open,
// from the start of paragraph pi up to the first closing bracket that no
// opening one precedes (…続けたいんです」と話した), spoken by w. It reports
// whether it found one.
func (f *finder) closeTail(pi int, t morph.Text, w who) bool {
	s := t.Norm
	c := strings.Index(s, "」")
	if c <= 0 {
		return false
	}
	if o := strings.Index(s, "「"); o >= 0 && o < c {
		return false
	}
	text := strings.TrimSpace(t.Shown(0, c))
	if text == "" {
		return false
	}
	end := c + len("」")
	q := article.Quote{Text: text, Span: t.Span(0, end), Paragraph: pi, Speaker: w.name, Organization: w.org}
	if w.name != "" {
		q.Attribution = ruleContinued
	}
	after := strings.TrimPrefix(s[end:], "と")
	if v, at := findVerb(after); at >= 0 && at <= 6*3 {
		q.Verb = v
	}
	f.out = append(f.out, q)
	return true
}
