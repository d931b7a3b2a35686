// Command timeline reads a Japanese news article from a file and prints
// the timeline of its dated statements.
//
// Usage:
//
//	go run ./examples/timeline [-format text|json] [-ref YYYY-MM-DD] [-tz ZONE] [-no-morph] FILE
//
// With FILE "-" or no FILE it reads standard input.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program, with its arguments and streams given; it returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	ref := fs.String("ref", "", "reference time when the article gives none, or to override it (YYYY-MM-DD or RFC 3339)")
	tz := fs.String("tz", "", "time zone of dates and clock times (IANA name, default Japan time or the dateline's)")
	noMorph := fs.Bool("no-morph", false, "do not load the morphological dictionary")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: timeline [flags] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 1
	}
	if err := timelineCmd(fs.Args(), *format, *ref, *tz, !*noMorph, stdin, stdout); err != nil {
		fmt.Fprintln(stderr, "timeline:", err)
		return 1
	}
	return 0
}

func timelineCmd(files []string, format, ref, tz string, morph bool, stdin io.Reader, stdout io.Writer) error {
	if len(files) > 1 {
		return fmt.Errorf("one file at a time, got %d", len(files))
	}
	var src []byte
	var err error
	if len(files) == 0 || files[0] == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(files[0])
	}
	if err != nil {
		return err
	}
	var popts []parse.Option
	var topts []timeline.Option
	if !morph {
		popts = append(popts, parse.WithoutMorphology())
		topts = append(topts, timeline.WithoutMorphology())
	}
	loc := normalize.Japan()
	if tz != "" {
		l, err := time.LoadLocation(tz)
		if err != nil {
			return fmt.Errorf("time zone %q: %w", tz, err)
		}
		loc = l
		topts = append(topts, timeline.WithLocation(l))
	}
	if ref != "" {
		t, err := parseRef(ref, loc)
		if err != nil {
			return err
		}
		popts = append(popts, parse.WithReference(t))
		topts = append(topts, timeline.WithReference(t))
	}
	a, err := parse.Parse(src, popts...)
	if err != nil {
		return err
	}
	tl, err := timeline.Build(a, topts...)
	if err != nil {
		return err
	}
	switch format {
	case "text":
		return tl.WriteText(stdout)
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(tl)
	}
	return fmt.Errorf("unknown format %q (want text or json)", format)
}

func parseRef(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("reference %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return t, nil
}
