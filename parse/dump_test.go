package parse

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

var dump = flag.String("dump", "", "print a summary of the parse of these files (glob)")

func short(s string) string {
	if utf8.RuneCountInString(s) > 30 {
		r := []rune(s)
		return string(r[:30]) + "…"
	}
	return s
}

func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump")
	}
	files, _ := filepath.Glob(*dump)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a, err := Parse(b)
		fmt.Printf("===== %s err=%v\n", f, err)
		if a.Kicker != nil {
			fmt.Printf("kicker: %q\n", a.Kicker.Text)
		}
		fmt.Printf("headline: %q\n", a.Headline.Text)
		if a.Subheadline != nil {
			fmt.Printf("sub: %q\n", short(a.Subheadline.Text))
		}
		if a.Published != nil {
			fmt.Printf("published: %s %v\n", a.Published.Value, a.Published.Start)
		}
		if a.Updated != nil {
			fmt.Printf("updated: %s\n", a.Updated.Value)
		}
		for _, b := range a.Bylines {
			fmt.Printf("byline: %q\n", b.Name)
		}
		if a.Dateline != nil {
			fmt.Printf("dateline: %+v\n", *a.Dateline)
		}
		for _, p := range a.Paragraphs {
			fmt.Printf("  P h=%v s=%d %q\n", p.Heading, len(p.Sentences), short(p.Text))
		}
		for _, c := range a.Captions {
			fmt.Printf("caption: %q\n", short(c.Text))
		}
		for _, c := range a.Related {
			fmt.Printf("related: %q\n", short(c.Text))
		}
		for _, c := range a.Tags {
			fmt.Printf("tag: %q\n", c.Text)
		}
		if a.Bio != nil {
			fmt.Printf("bio: %q\n", short(a.Bio.Text))
		}
	}
}
