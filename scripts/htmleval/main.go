// Command htmleval compares the HTML front end of newsdoc with
// go-trafilatura on news pages whose visible text is also held as plain
// text: for each page it reports the headline, the publication date and
// the first and last paragraph that each gives, and whether they agree
// with what newsdoc's text parser reads from the plain text.
//
//	go run . page.html=page.txt [...]
//
// A page given without its text (go run . page.html) is shown side by
// side, for reading: real pages whose visible text no one has written
// down. The flag -real adds the Japanese news pages among go-trafilatura's
// and go-htmldate's test files (from the module cache), pages that newsdoc
// holds no copy of.
//
// It is its own module so that the library does not depend on
// go-trafilatura.
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/parse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fields are what is compared.
type fields struct{ headline, date, first, last string }

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: htmleval page.html=page.txt ...")
		os.Exit(2)
	}
	n := normalize.New()
	key := func(s string) string {
		s, _ = n.String(s)
		return strings.Join(strings.Fields(s), "")
	}
	args := os.Args[1:]
	if args[0] == "-real" {
		args = append(realPages(), args[1:]...)
	}
	var agreeND, agreeTR [4]int
	total := 0
	for _, arg := range args {
		htmlPath, txtPath, ok := strings.Cut(arg, "=")
		page, err := os.ReadFile(htmlPath)
		check(err)
		if !ok {
			show(htmlPath, page)
			continue
		}
		text, err := os.ReadFile(txtPath)
		check(err)

		ref := fromText(text)
		nd := fromHTML(page)
		tr := fromTrafilatura(page)
		total++
		fmt.Printf("== %s\n", htmlPath)
		for i, name := range []string{"headline", "date", "first", "last"} {
			r, a, b := ref.get(i), nd.get(i), tr.get(i)
			okN := key(a) == key(r) || i >= 2 && r != "" && strings.Contains(key(a), key(r))
			okT := key(b) == key(r) || i >= 2 && r != "" && strings.Contains(key(b), key(r))
			if i == 1 { // dates: the day is compared
				okN = day(a) == day(r) && day(r) != ""
				okT = day(b) == day(r) && day(r) != ""
			}
			if okN {
				agreeND[i]++
			}
			if okT {
				agreeTR[i]++
			}
			fmt.Printf("%-9s text:        %s\n", name, cut(r))
			fmt.Printf("%-9s newsdoc %-5v %s\n", "", okN, cut(a))
			fmt.Printf("%-9s trafil. %-5v %s\n", "", okT, cut(b))
		}
	}
	fmt.Printf("\nagreement with the text path over %d pages (headline, date, first, last):\n", total)
	fmt.Printf("newsdoc HTML   %v\ntrafilatura    %v\n", agreeND, agreeTR)
}

// show prints what newsdoc and go-trafilatura read from a page with no
// text to compare with, and the paragraphs newsdoc kept.
func show(path string, page []byte) {
	a, _, err := parse.ParseHTML(page, parse.WithoutMorphology())
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsdoc:", err)
		return
	}
	nd, tr := articleFields(a), fromTrafilatura(page)
	fmt.Printf("== %s (%d paragraphs, %d captions, %d boilerplate)\n", path, len(a.Paragraphs), len(a.Captions), len(a.Boilerplate))
	for i, name := range []string{"headline", "date", "first", "last"} {
		fmt.Printf("%-9s newsdoc  %s\n", name, cut(nd.get(i)))
		fmt.Printf("%-9s trafil.  %s\n", "", cut(tr.get(i)))
	}
}

// realPages lists the Japanese pages among the test files of
// go-trafilatura and go-htmldate in the module cache.
func realPages() []string {
	var out []string
	for _, mod := range []string{"github.com/markusmobius/go-trafilatura", "github.com/markusmobius/go-htmldate"} {
		dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", mod).Output()
		if err != nil {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(dir)), "test-files", "*", "*.html"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err == nil && kana(b) > 500 {
				out = append(out, f)
			}
		}
	}
	return out
}

// kana counts the kana of b.
func kana(b []byte) int {
	n := 0
	for _, r := range string(b) {
		if r >= 0x3040 && r <= 0x30FF {
			n++
		}
	}
	return n
}

func (f fields) get(i int) string {
	return [...]string{f.headline, f.date, f.first, f.last}[i]
}

func fromText(b []byte) fields {
	a, _ := parse.Parse(b, parse.WithoutMorphology())
	return articleFields(a)
}

func fromHTML(b []byte) fields {
	a, _, err := parse.ParseHTML(b, parse.WithoutMorphology())
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsdoc:", err)
	}
	return articleFields(a)
}

func articleFields(a *article.Article) fields {
	f := fields{headline: a.Headline.Text}
	if a.Published != nil {
		f.date = a.Published.Value
	}
	if len(a.Paragraphs) > 0 {
		f.first, f.last = a.Paragraphs[0].Text, a.Paragraphs[len(a.Paragraphs)-1].Text
	}
	return f
}

func fromTrafilatura(b []byte) fields {
	r, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{EnableFallback: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "trafilatura:", err)
		return fields{}
	}
	f := fields{headline: r.Metadata.Title}
	if !r.Metadata.Date.IsZero() {
		f.date = r.Metadata.Date.Format("2006-01-02T15:04")
	}
	// The paragraphs of its content tree (its ContentText joins some of
	// them with spaces).
	var lines []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Figcaption, atom.Pre:
				if t := strings.TrimSpace(textOf(n)); t != "" {
					lines = append(lines, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if r.ContentNode != nil {
		walk(r.ContentNode)
	}
	if len(lines) == 0 {
		for l := range strings.SplitSeq(r.ContentText, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, strings.TrimSpace(l))
			}
		}
	}
	if os.Getenv("HTMLEVAL_DEBUG") != "" && r.ContentNode != nil {
		_ = html.Render(os.Stderr, r.ContentNode)
		fmt.Fprintln(os.Stderr)
	}
	if len(lines) > 0 {
		f.first, f.last = lines[0], lines[len(lines)-1]
	}
	return f
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// day is the YYYY-MM-DD of a value, or "".
func day(v string) string {
	if len(v) < 10 {
		return ""
	}
	return v[:10]
}

func cut(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
