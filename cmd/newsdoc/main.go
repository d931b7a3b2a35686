// Command newsdoc reads Japanese news text and prints what newsdoc finds in it.
//
// Usage:
//
//	newsdoc                                  summary and timeline of an embedded sample article
//	newsdoc parse [flags] [FILE|DIR ...]     the Article as JSON (stdin when no FILE or "-")
//	newsdoc normalize [--dict] [FILE]        normalized text, streamed
//	newsdoc dates [flags] [FILE ...]         one text per line (stdin when no FILE), one JSON object per line out
//	newsdoc timeline [flags] [FILE]          the timeline (--format text|json)
//	newsdoc --version                        the version it was built from
//
// parse takes --format json (one indented object per input, the default) or jsonl (one
// object per line with the "file" it came from), directories (read recursively),
// --files-from FILE (- for stdin) and -j N to parse N inputs at a time; the output keeps
// the input order, and a summary line goes to stderr when there are several inputs.
//
// Commands that resolve times take --ref (YYYY-MM-DD or RFC 3339), the reference time when
// the text gives none (the present moment without it; for parse and timeline, "none"
// keeps a year the text does not print unknown), and --tz (by default the library's:
// Japan time, or the zone of a wire story's dateline). --no-morph skips everything that
// needs the morphological dictionary; --user-dict FILE adds a user dictionary. Flags may
// come before or after the arguments ("--" ends them). Output goes to stdout, errors to
// stderr as "file:line: message"; the exit status is 1 on an error, 2 on a command line
// that cannot be run.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
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
	case "-version", "--version", "version":
		io.WriteString(stdout, versionLine())
		return 0
	default:
		return c.usageError("unknown command %q (see newsdoc --help)", args[0])
	}
}

const usage = `newsdoc reads Japanese news text.

Usage:
  newsdoc                          summary and timeline of the embedded sample article
  newsdoc parse [FILE|DIR ...]     the Article as JSON (stdin when no FILE or "-")
  newsdoc normalize [FILE]         normalized text (stdin when no FILE)
  newsdoc dates [FILE ...]         one text per line (stdin when no FILE), one JSON object per line out
  newsdoc timeline [FILE]          the article's timeline
  newsdoc --version                the version it was built from

Run "newsdoc COMMAND --help" for the flags of a command.
`

// versionLine is the program's version from its build information: the
// module version when installed with go install, else the revision it was
// built from.
func versionLine() string {
	version, revision, modified := "(devel)", "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" {
			version = v
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	line := "newsdoc " + version
	if revision != "" {
		line += " " + revision
		if modified {
			line += "+modified"
		}
	}
	return fmt.Sprintf("%s %s\n", line, runtime.Version())
}
