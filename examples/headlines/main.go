// Command headlines prints the headline, publication time and first sentence of
// each article file it is given, without loading the morphological dictionary:
// the light path for programs that only index articles.
//
//	go run ./examples/headlines FILE ...
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsdoc/newsdoc/parse"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "headlines:", err)
		os.Exit(1)
	}
}

func run(files []string, w io.Writer) error {
	if len(files) == 0 {
		return errors.New("usage: headlines FILE [FILE]")
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		a, err := parse.Read(f, parse.WithoutMorphology())
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		published := "unknown"
		if a.Published != nil {
			published = a.Published.Value
		}
		lead := ""
		if len(a.Paragraphs) > 0 && len(a.Paragraphs[0].Sentences) > 0 {
			lead = a.Paragraphs[0].Sentences[0].Text
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", published, a.Headline.Text, lead); err != nil {
			return err
		}
	}
	return nil
}
