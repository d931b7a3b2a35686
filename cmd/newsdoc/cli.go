package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/charset"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/normalize/temporal"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

//go:embed sample.txt
var sample []byte

// cli holds the program's streams.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// forceProgress draws the progress bar of a batch even when stderr is
	// not a terminal (for tests).
	forceProgress bool
}

func (c *cli) errorf(format string, args ...any) {
	fmt.Fprintf(c.stderr, "newsdoc: "+format+"\n", args...)
}

// timeFlags are the flags of every command that resolves times.
type timeFlags struct {
	ref      string
	tz       string
	noMorph  bool
	userDict string
	encoding string
}

func (tf *timeFlags) register(fs *flag.FlagSet, morph bool) {
	fs.StringVar(&tf.ref, "ref", "", "reference time `YYYY-MM-DD` or RFC 3339, used when the text gives none; by default the present moment, \"none\" for no reference (dates the text gives without a year then keep X)")
	fs.StringVar(&tf.tz, "tz", "", "time `zone` of --ref and of times the text gives without one (+09:00, UTC, Asia/Tokyo); by default the library's: Japan time, or the zone of a wire story's dateline")
	if morph {
		fs.BoolVar(&tf.noMorph, "no-morph", false, "skip everything that needs the morphological dictionary (quotes keep lexical speakers; no entities)")
		fs.StringVar(&tf.userDict, "user-dict", "", "user dictionary `FILE` for the morphological analysis (lines surface,segmentation,readings,pos; pos 人名, 組織 or 地域)")
		fs.StringVar(&tf.encoding, "encoding", "", "read the input in this `encoding` (shift_jis, cp932, euc-jp, iso-2022-jp, utf-16le, utf-16be, utf-8) instead of detecting it; spans then index into the decoded text")
	}
}

// location parses --tz; without it, Japan time (the zone --ref and dates
// are read in when nothing else says).
func (tf *timeFlags) location() (*time.Location, error) {
	return parseZone(tf.tz)
}

// reference parses --ref in the --tz zone; the zero time when --ref is
// empty or "none".
func (tf *timeFlags) reference() (time.Time, error) {
	loc, err := tf.location()
	if err != nil {
		return time.Time{}, err
	}
	if tf.ref == "none" {
		return time.Time{}, nil
	}
	return parseTime("ref", tf.ref, loc)
}

// presentByDefault sets --ref to the present moment when it is not
// given: a page copied today (6/18(火) 7:30配信, 1時間前) is read as of
// today, as the dates command reads a sentence. Not called when the
// caller gives the publication time, which is the reference then.
func (tf *timeFlags) presentByDefault() {
	if tf.ref == "" {
		tf.ref = time.Now().Format(time.RFC3339)
	}
}

// parseTime reads the value s of flag --name: YYYY-MM-DD, midnight in loc,
// or an RFC 3339 time; the zero time when s is empty.
func parseTime(name, s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("--%s %q: want YYYY-MM-DD or an RFC 3339 time", name, s)
}

// parseZone reads "+09:00", "-0500", "UTC", "Z" or an IANA name.
func parseZone(s string) (*time.Location, error) {
	switch s {
	case "", "JST", "+09:00", "+0900":
		return normalize.Japan(), nil
	case "UTC", "Z":
		return time.UTC, nil
	}
	if s[0] == '+' || s[0] == '-' {
		for _, layout := range []string{"-07:00", "-0700", "-07"} {
			if t, err := time.Parse(layout, s); err == nil {
				_, off := t.Zone()
				return time.FixedZone(s, off), nil
			}
		}
		return nil, fmt.Errorf("--tz %q: want an offset like +09:00 or a zone name", s)
	}
	loc, err := time.LoadLocation(s)
	if err != nil {
		return nil, fmt.Errorf("--tz %q: %v", s, err)
	}
	return loc, nil
}

func (tf *timeFlags) parseOptions() ([]parse.Option, error) {
	ref, err := tf.reference()
	if err != nil {
		return nil, err
	}
	loc, err := tf.location()
	if err != nil {
		return nil, err
	}
	var opts []parse.Option
	if tf.tz != "" {
		opts = append(opts, parse.WithLocation(loc))
	}
	if !ref.IsZero() {
		opts = append(opts, parse.WithReference(ref))
	}
	if tf.encoding != "" {
		if _, _, err := charset.Lookup(tf.encoding); err != nil {
			return nil, fmt.Errorf("--encoding: %v", err)
		}
		opts = append(opts, parse.WithEncoding(tf.encoding))
	}
	if tf.noMorph {
		opts = append(opts, parse.WithoutMorphology())
	} else if tf.userDict != "" {
		// One option for every article: it reads the file once.
		opts = append(opts, parse.WithUserDictionaryFile(tf.userDict))
	}
	return opts, nil
}

// newFlagSet makes a flag set that never exits. Its usage goes to stdout when
// asked for with --help and to stderr after a flag error.
func (c *cli) newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: newsdoc %s %s\n\nflags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// exitUsage is the exit status of a command line that cannot be run as
// written (an unknown flag, a bad flag value, a wrong number of arguments).
const exitUsage = 2

// parseFlags parses args, flags and arguments in any order ("--" ends the
// flags); it returns the arguments, the exit status to use and whether to
// stop. The standard flag package stops at the first argument; parsing
// again from the argument after it is all it takes to accept flags anywhere,
// which is why no command-line library is used.
func (c *cli) parseFlags(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			fs.SetOutput(c.stdout)
			fs.Usage()
			return nil, 0, true
		}
	}
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0, true
			}
			return nil, exitUsage, true
		}
		remaining := fs.Args()
		if used := len(args) - len(remaining); used > 0 && args[used-1] == "--" {
			return append(rest, remaining...), 0, false
		}
		if len(remaining) == 0 {
			return rest, 0, false
		}
		rest = append(rest, remaining[0])
		args = remaining[1:]
	}
}

// usageError reports a command line that cannot be run and returns the
// usage exit status.
func (c *cli) usageError(format string, args ...any) int {
	c.errorf(format, args...)
	return exitUsage
}

// readInput reads a file, or stdin for "" and "-".
func (c *cli) readInput(name string) ([]byte, error) {
	if name == "" || name == "-" {
		return io.ReadAll(io.LimitReader(c.stdin, parse.DefaultMaxSize+1))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, parse.DefaultMaxSize+1))
}

func displayName(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	return name
}

func (c *cli) normalize(args []string) int {
	fs := c.newFlagSet("normalize", "[--dict] [--encoding NAME] [FILE]")
	dict := fs.Bool("dict", false, "dictionary-matching mode: remove spaces next to Japanese text, collapse runs of ー")
	encName := fs.String("encoding", "", "decode the input from this `encoding` (shift_jis, cp932, euc-jp, iso-2022-jp, utf-16le, utf-16be); the input is UTF-8 by default")
	args, code, stop := c.parseFlags(fs, args)
	if stop {
		return code
	}
	if len(args) > 1 {
		return c.usageError("normalize takes at most one FILE")
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	in := c.stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			c.errorf("%v", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	in, err := decoded(in, *encName)
	if err != nil {
		return c.usageError("--encoding: %v", err)
	}
	n := normalize.New(normalize.Dict(*dict))
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	err = streamTransform(out, in, n.Transformer())
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		c.errorf("%s: %v", displayName(name), err)
		return 1
	}
	return 0
}

// decoded returns r decoding from the encoding name as it is read, or r
// itself for "" and UTF-8.
func decoded(r io.Reader, name string) (io.Reader, error) {
	if name == "" {
		return r, nil
	}
	e, canon, err := charset.Lookup(name)
	if err != nil {
		return nil, err
	}
	if canon == charset.UTF8 || r == nil {
		return r, nil
	}
	return e.NewDecoder().Reader(r), nil
}

// dateLine is one output line of the dates command.
type dateLine struct {
	Line        int            `json:"line"`
	Expressions []article.Time `json:"expressions"`
}

func (c *cli) dates(args []string) int {
	fs := c.newFlagSet("dates", "[--ref DATE] [--tz ZONE] [--encoding NAME] [FILE ...]")
	var tf timeFlags
	tf.register(fs, false)
	encName := fs.String("encoding", "", "decode the input from this `encoding` (shift_jis, cp932, euc-jp, iso-2022-jp, utf-16le, utf-16be); the input is UTF-8 by default")
	args, code, stop := c.parseFlags(fs, args)
	if stop {
		return code
	}
	ref, err := tf.reference()
	if err != nil {
		return c.usageError("%v", err)
	}
	loc, err := tf.location()
	if err != nil {
		return c.usageError("%v", err)
	}
	files := args
	if len(files) == 0 {
		files = []string{"-"}
	}
	// The reference has a time of day to count 3時間前 from when --ref is
	// an RFC 3339 time, or the present moment without --ref.
	clock := tf.ref == "" || strings.Contains(tf.ref, "T")
	if tf.ref == "" {
		ref = time.Now().In(loc)
	}
	if _, err := decoded(nil, *encName); err != nil {
		return c.usageError("--encoding: %v", err)
	}
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	enc := json.NewEncoder(out)
	status := 0
	for _, name := range files {
		in := c.stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				c.errorf("%v", err)
				status = 1
				continue
			}
			in = f
		}
		dec, _ := decoded(in, *encName) // the name was checked above
		st, werr := c.datesOf(enc, dec, displayName(name), temporal.Context{Ref: ref, RefClock: clock, Loc: loc})
		if f, ok := in.(*os.File); ok && name != "-" {
			f.Close()
		}
		if werr != nil {
			c.errorf("%v", werr)
			return 1
		}
		status = max(status, st)
	}
	if err := out.Flush(); err != nil {
		c.errorf("%v", err)
		return 1
	}
	return status
}

// datesOf writes one JSON object per line of in. A line that is not UTF-8
// is reported on stderr in file:line: form and skipped; the status is then
// 1. The error is a write error, which ends the command.
func (c *cli) datesOf(enc *json.Encoder, in io.Reader, name string, ctx temporal.Context) (int, error) {
	status := 0
	lr := newLineReader(in)
	for {
		line, n, err := lr.next()
		if errors.Is(err, io.EOF) {
			return status, nil
		}
		if err != nil {
			c.errorf("%s:%d: %v", name, n, err)
			return 1, nil
		}
		if !utf8.Valid(line) {
			c.errorf("%s:%d: invalid UTF-8 at byte %d of the line", name, n, invalidAt(line))
			status = 1
			continue
		}
		exprs := temporal.Find(string(line), ctx)
		if exprs == nil {
			exprs = []article.Time{}
		}
		if err := enc.Encode(dateLine{Line: n, Expressions: exprs}); err != nil {
			return status, err
		}
	}
}

// invalidAt returns the offset of the first byte of b that is not UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func (c *cli) timeline(args []string) int {
	fs := c.newFlagSet("timeline", "[flags] [FILE]")
	var tf timeFlags
	tf.register(fs, true)
	format := fs.String("format", "text", "output `format`: text, json or html (one self-contained page with a time axis)")
	args, code, stop := c.parseFlags(fs, args)
	if stop {
		return code
	}
	if *format != "text" && *format != "json" && *format != "html" {
		return c.usageError("--format %q: want text, json or html", *format)
	}
	if len(args) > 1 {
		return c.usageError("timeline takes at most one FILE")
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	tf.presentByDefault()
	opts, err := tf.parseOptions()
	if err != nil {
		return c.usageError("%v", err)
	}
	src, err := c.readInput(name)
	if err != nil {
		c.errorf("%v", err)
		return 1
	}
	a, err := parseAny(name, src, opts)
	if err != nil {
		c.errorf("%s", fileError(name, err))
		return 1
	}
	tl, err := timeline.Build(a, timelineOptions(&tf)...)
	if err != nil {
		c.errorf("%s", fileError(name, err))
		return 1
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(tl)
	case "html":
		err = tl.WriteHTML(c.stdout, a)
	default:
		err = tl.WriteText(c.stdout)
	}
	if err != nil {
		c.errorf("%v", err)
		return 1
	}
	return 0
}

func timelineOptions(tf *timeFlags) []timeline.Option {
	var opts []timeline.Option
	if ref, err := tf.reference(); err == nil && !ref.IsZero() {
		opts = append(opts, timeline.WithReference(ref))
	}
	if loc, err := tf.location(); err == nil && tf.tz != "" {
		opts = append(opts, timeline.WithLocation(loc))
	}
	if tf.noMorph {
		opts = append(opts, timeline.WithoutMorphology())
	}
	return opts
}

// demo parses the embedded sample and prints a summary and its timeline.
func (c *cli) demo(args []string) int {
	fs := c.newFlagSet("demo", "[--no-morph]")
	var tf timeFlags
	tf.register(fs, true)
	args, code, stop := c.parseFlags(fs, args)
	if stop {
		return code
	}
	if len(args) > 0 {
		return c.usageError("demo takes no arguments")
	}
	opts, err := tf.parseOptions()
	if err != nil {
		return c.usageError("%v", err)
	}
	a, err := parse.Parse(sample, opts...)
	if err != nil {
		c.errorf("sample: %v", err)
		return 1
	}
	w := &errWriter{w: c.stdout}
	writeSummary(w, a)
	fmt.Fprintln(w, "\nTimeline")
	if w.err == nil {
		tl, err := timeline.Build(a, timelineOptions(&tf)...)
		if err == nil {
			err = tl.WriteText(w)
		}
		if err != nil && w.err == nil {
			w.err = err
		}
	}
	if w.err != nil {
		c.errorf("%v", w.err)
		return 1
	}
	return 0
}

// errWriter keeps the first write error so a long report checks once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// writeSummary prints the article's fields for people.
func writeSummary(w io.Writer, a *article.Article) {
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-12s %s\n", name, value)
		}
	}
	text := func(t *article.Text) string {
		if t == nil {
			return ""
		}
		return t.Text
	}
	when := func(t *article.Time) string {
		if t == nil {
			return ""
		}
		return t.Value
	}
	field("kicker", text(a.Kicker))
	field("headline", a.Headline.Text)
	field("subheadline", text(a.Subheadline))
	field("published", when(a.Published))
	field("updated", when(a.Updated))
	for _, b := range a.Bylines {
		field("byline", b.Name)
	}
	if a.Dateline != nil {
		field("dateline", strings.TrimSpace(a.Dateline.Place+" "+a.Dateline.Source))
	}
	sentences := 0
	for _, p := range a.Paragraphs {
		sentences += len(p.Sentences)
	}
	field("body", fmt.Sprintf("%d paragraphs, %d sentences", len(a.Paragraphs), sentences))
	for _, q := range a.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(no speaker)"
		}
		kind := "quote"
		if q.Partial {
			kind = "phrase"
		}
		field(kind, fmt.Sprintf("%s: 「%s」", speaker, q.Text))
	}
	names := func(es []article.Entity) string {
		var s []string
		for _, e := range es {
			s = append(s, e.Name)
		}
		return strings.Join(s, "、")
	}
	field("people", names(a.People))
	field("orgs", names(a.Organizations))
	field("places", names(a.Places))
	for _, r := range a.Related {
		field("related", r.Text)
	}
	for _, t := range a.Tags {
		field("tag", t.Text)
	}
	field("bio", text(a.Bio))
	if len(a.Skipped) > 0 {
		field("skipped", strings.Join(a.Skipped, ", "))
	}
}
