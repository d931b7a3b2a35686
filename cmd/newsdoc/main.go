// Command newsdoc reads Japanese news text and prints what newsdoc finds in it.
//
// Usage:
//
//	newsdoc                                  summary and timeline of an embedded sample article
//	newsdoc parse [flags] [FILE ...]         the Article as JSON (stdin when no FILE or "-")
//	newsdoc normalize [--dict] [FILE]        normalized text
//	newsdoc dates [flags] [FILE ...]         one text per line (stdin when no FILE), one JSON object per line out
//	newsdoc timeline [flags] [FILE]          the timeline (--format text|json)
//
// Commands that resolve times take --ref (YYYY-MM-DD or RFC 3339), the reference time when
// the text gives none, and --tz (+09:00 by default). --no-morph skips everything that needs
// the morphological dictionary. Output goes to stdout, errors to stderr with exit status 1.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program with its environment passed in, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		return c.demo(nil)
	}
	switch args[0] {
	case "parse":
		return c.parse(args[1:])
	case "normalize":
		return c.normalize(args[1:])
	case "dates":
		return c.dates(args[1:])
	case "timeline":
		return c.timeline(args[1:])
	case "demo":
		return c.demo(args[1:])
	case "-h", "-help", "--help", "help":
		io.WriteString(stdout, usage)
		return 0
	default:
		c.errorf("unknown command %q (see newsdoc --help)", args[0])
		return 1
	}
}

const usage = `newsdoc reads Japanese news text.

Usage:
  newsdoc                          summary and timeline of the embedded sample article
  newsdoc parse [FILE ...]         the Article as JSON (stdin when no FILE or "-")
  newsdoc normalize [FILE]         normalized text (stdin when no FILE)
  newsdoc dates [FILE ...]         one text per line (stdin when no FILE), one JSON object per line out
  newsdoc timeline [FILE]          the article's timeline

Run "newsdoc COMMAND --help" for the flags of a command.
`
