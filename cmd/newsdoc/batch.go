package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/export"
	"github.com/newsdoc/newsdoc/htmltext"
	"github.com/newsdoc/newsdoc/parse"
)

// writeLine writes one line of the jsonl format: the input it came from
// ("file"), then the members of the article a (with its source under
// --source).
func writeLine(w *bufio.Writer, file string, a json.Marshaler) error {
	body, err := a.MarshalJSON()
	if err != nil {
		return err
	}
	name, err := json.Marshal(file)
	if err != nil {
		return err
	}
	w.WriteString(`{"file":`)
	w.Write(name)
	if len(body) >= 2 && body[0] == '{' {
		if len(body) > 2 {
			w.WriteByte(',')
		}
		body = body[1:]
	} else {
		// Not an object: keep it whole under "article".
		w.WriteString(`,"article":`)
		body = append(body, '}')
	}
	w.Write(body)
	return w.WriteByte('\n')
}

// parseResult is what a worker hands to the writer for one input.
type parseResult struct {
	name string
	a    *article.Article
	err  error
}

func (c *cli) parse(args []string) int {
	fset := c.newFlagSet("parse", "[flags] [FILE|DIR ...]")
	var tf timeFlags
	tf.register(fset, true)
	format := fset.String("format", "json", "output `format`: json (one indented object per input), jsonl (one object per line, with its \"file\"), ninjs (IPTC ninjs 2.1) or jsonld (schema.org NewsArticle)")
	jsonl := fset.Bool("jsonl", false, "same as --format jsonl")
	filesFrom := fset.String("files-from", "", "read the names of the inputs, one per line, from `FILE` (- for stdin)")
	withSource := fset.Bool("source", false, "include the input text in a \"source\" member, so that the JSON reads back into a whole Article")
	jobs := fset.Int("j", 1, "parse `N` inputs at a time (they share one dictionary); output keeps the input order")
	ext := fset.String("ext", ".txt,.html,.htm", "the name `endings` of the files read from a directory, comma-separated (\"\" for every file); files named on their own are always read; HTML pages are read as pages")
	noProgress := fset.Bool("no-progress", false, "draw no progress bar (one is drawn on stderr for several inputs when stderr is a terminal)")
	published := fset.String("published", "", "publication `time` of every input, whatever the text prints: RFC 3339, or YYYY-MM-DD for midnight in the --tz zone; also the reference time when --ref is not given")
	headline := fset.String("headline", "", "headline `TEXT` of every input, whatever the text's layout suggests (a line that prints it keeps its span)")
	args, code, stop := c.parseFlags(fset, args)
	if stop {
		return code
	}
	if *jsonl {
		*format = "jsonl"
	}
	switch *format {
	case "json", "jsonl":
	case "ninjs", "jsonld":
		if *withSource {
			return c.usageError("--source goes with --format json or jsonl")
		}
	default:
		return c.usageError("--format %q: want json, jsonl, ninjs or jsonld", *format)
	}
	if *jobs < 1 {
		return c.usageError("-j %d: want 1 or more", *jobs)
	}
	loc, err := tf.location()
	if err != nil {
		return c.usageError("%v", err)
	}
	pub, err := parseTime("published", *published, loc)
	if err != nil {
		return c.usageError("%v", err)
	}
	if pub.IsZero() {
		tf.presentByDefault()
	}
	opts, err := tf.parseOptions()
	if err != nil {
		return c.usageError("%v", err)
	}
	if !pub.IsZero() {
		opts = append(opts, parse.WithPublished(pub))
	}
	if *headline != "" {
		opts = append(opts, parse.WithHeadline(*headline))
	}
	names, status := c.inputs(args, *filesFrom, strings.Split(*ext, ","))
	if len(names) == 0 && status != 0 {
		return status
	}

	out := bufio.NewWriterSize(c.stdout, 64<<10)
	enc := json.NewEncoder(out)
	if *format != "jsonl" {
		enc.SetIndent("", "  ")
	}
	start := time.Now()
	failed := 0
	var bar *progress
	if !*noProgress {
		bar = newProgress(c.stderr, len(names), c.forceProgress)
	}
	err = c.parseAll(names, *jobs, opts, func(r parseResult) error {
		defer bar.done()
		if r.err != nil {
			failed++
			bar.clear()
			c.errorf("%s", fileError(r.name, r.err))
			return nil
		}
		var v any = r.a
		switch {
		case *format == "ninjs":
			v = export.Ninjs(r.a, export.Options{})
		case *format == "jsonld":
			v = export.JSONLD(r.a, export.Options{})
		case *withSource:
			v = article.Sourced{Article: r.a}
		}
		if *format == "jsonl" {
			// Written straight from the article's encoding: an Encoder
			// would copy the whole object again to check and compact it.
			if err := writeLine(out, displayName(r.name), v.(json.Marshaler)); err != nil {
				return err
			}
		} else if err := enc.Encode(v); err != nil {
			return err
		}
		if *jobs == 1 && len(names) == 1 {
			return nil
		}
		return out.Flush()
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	bar.finish()
	if err != nil {
		c.errorf("%v", err)
		return 1
	}
	if len(names) > 1 {
		fmt.Fprintf(c.stderr, "newsdoc: %d inputs, %d parsed, %d failed in %.1fs\n",
			len(names), len(names)-failed, failed, time.Since(start).Seconds())
	}
	if failed > 0 {
		status = 1
	}
	return status
}

// parseAll parses names with n workers and hands the results to emit in the
// order of names. At most 2n results wait for the writer at any time. The
// first error emit returns stops the run.
func (c *cli) parseAll(names []string, n int, opts []parse.Option, emit func(parseResult) error) error {
	n = min(n, max(1, len(names)), 4*runtime.NumCPU())
	type job struct {
		name string
		done chan parseResult
	}
	jobs := make(chan job)
	pending := make(chan chan parseResult, 2*n)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for j := range jobs {
				j.done <- c.parseOne(j.name, opts)
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for _, name := range names {
			done := make(chan parseResult, 1)
			select {
			case pending <- done:
			case <-quit:
				return
			}
			select {
			case jobs <- job{name, done}:
			case <-quit:
				return
			}
		}
	}()
	var err error
	for done := range pending {
		if err != nil {
			continue // draining: the job of done may never have been sent
		}
		if err = emit(<-done); err != nil {
			close(quit)
		}
	}
	wg.Wait()
	return err
}

func (c *cli) parseOne(name string, opts []parse.Option) parseResult {
	src, err := c.readInput(name)
	if err != nil {
		return parseResult{name: name, err: err}
	}
	a, err := parseAny(name, src, opts)
	return parseResult{name: name, a: a, err: err}
}

// parseAny parses src as an HTML page when its name ends in .html or .htm
// or it looks like one, else as text.
func parseAny(name string, src []byte, opts []parse.Option) (*article.Article, error) {
	if hasExt(name, []string{".html", ".htm", ".xhtml"}) || htmltext.IsHTML(src) {
		a, _, err := parse.ParseHTML(src, opts...)
		return a, err
	}
	return parse.Parse(src, opts...)
}

// inputs lists the inputs of the parse command: the arguments, where a
// directory stands for the regular files below it whose names end in one
// of exts (recursively, in lexical order, skipping names that start with a
// dot), then the names read from --files-from. With neither, it is stdin.
// Names that cannot be read are reported, and the status is then 1.
func (c *cli) inputs(args []string, filesFrom string, exts []string) ([]string, int) {
	var names []string
	status := 0
	for _, arg := range args {
		if arg == "-" {
			names = append(names, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			c.errorf("%v", err)
			status = 1
			continue
		}
		if !info.IsDir() {
			names = append(names, arg)
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && hasExt(path, exts) {
				names = append(names, path)
			}
			return nil
		})
		if err != nil {
			c.errorf("%v", err)
			status = 1
		}
	}
	if filesFrom != "" {
		listed, err := c.readList(filesFrom)
		if err != nil {
			c.errorf("--files-from %s: %v", displayName(filesFrom), err)
			status = 1
		}
		names = append(names, listed...)
	}
	if len(args) == 0 && filesFrom == "" {
		names = []string{"-"}
	}
	return names, status
}

// hasExt reports whether name ends in one of exts (any case); an empty
// ext matches every name.
func hasExt(name string, exts []string) bool {
	for _, e := range exts {
		if e == "" || len(name) >= len(e) && strings.EqualFold(name[len(name)-len(e):], e) {
			return true
		}
	}
	return false
}

// readList reads one name per line, skipping blank lines.
func (c *cli) readList(name string) ([]string, error) {
	var r io.Reader = c.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var names []string
	lr := newLineReader(r)
	for {
		line, _, err := lr.next()
		if errors.Is(err, io.EOF) {
			return names, nil
		}
		if err != nil {
			return names, err
		}
		if s := strings.TrimSpace(string(line)); s != "" {
			names = append(names, s)
		}
	}
}

// fileError formats err about the input name in the file:line: form when it
// is a *parse.ParseError.
func fileError(name string, err error) string {
	var pe *parse.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s:%d: %v at byte %d near %q", displayName(name), pe.Line, pe.Err, pe.Offset, pe.Snippet)
	}
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return err.Error() // already names the file
	}
	return fmt.Sprintf("%s: %v", displayName(name), err)
}
