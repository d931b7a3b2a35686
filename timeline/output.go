package timeline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// whenLabel is the date column of the text table: the TIMEX3 value, its
// modifier, and the surface as written.
func whenLabel(t article.Time) string {
	v := t.Value
	if v == "" {
		v = "?"
	}
	if t.Mod != "" {
		v += " " + string(t.Mod)
	}
	if t.Anchor == article.AnchorQuote || t.Anchor == article.AnchorEvent || t.Anchor == article.AnchorPrevious {
		v += " ←" + string(t.Anchor)
	}
	return v
}

// WriteText writes t as a table for people: one line per event with the
// date column (TIMEX3 value, modifier and anchor when it is not the
// document), the surface as written, the statement and its actors; then the
// unplaced statements under their own heading.
func (t *Timeline) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if t == nil || (len(t.Events) == 0 && len(t.Unplaced) == 0) {
		fmt.Fprintln(bw, "(no dated statements)")
		return bw.Flush()
	}
	width := 0
	for _, list := range [][]Event{t.Events, t.Unplaced} {
		for _, e := range list {
			width = max(width, utf8.RuneCountInString(whenLabel(e.When)))
		}
	}
	line := func(e Event) {
		label := whenLabel(e.When)
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(label))
		fmt.Fprintf(bw, "%s%s  %s  %s", label, pad, "〔"+e.When.Text+"〕", oneLine(e.Text))
		for _, o := range e.Also {
			fmt.Fprintf(bw, "  (+〔%s〕 %s)", o.Text, o.Value)
		}
		if len(e.Actors) > 0 {
			fmt.Fprintf(bw, "  — %s", strings.Join(e.Actors, "、"))
		}
		fmt.Fprintln(bw)
	}
	for _, e := range t.Events {
		line(e)
	}
	if len(t.Unplaced) > 0 {
		fmt.Fprintln(bw, "unplaced:")
		for _, e := range t.Unplaced {
			line(e)
		}
	}
	return bw.Flush()
}

// String returns the text table of t.
func (t *Timeline) String() string {
	var b strings.Builder
	_ = t.WriteText(&b)
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
