package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/htmltext"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

// document is one article to parse: a text or HTML file, or one line of a
// JSONL file.
type document struct {
	Name string // the file, and #N for line N of a JSONL file
	Data []byte
	HTML bool
	Err  string // why the document could not be read; Data is then empty
}

// result is what the pipeline keeps of one document.
type result struct {
	Name     string
	Line     string   // the JSON line written to articles.jsonl
	Days     []string // the day of every placed event (YYYY-MM-DD)
	Speakers []string // the speaker of every quotation that has one
	Failed   bool
}

// count is a key and how often it occurs.
type count struct {
	Key string
	N   int
}

func init() {
	beam.RegisterType(reflect.TypeOf((*document)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*result)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*count)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(document), error](&readFn{})
	register.Emitter1[document]()
	register.DoFn1x1[document, result](&parseFn{})
	register.Function2x0(daysOf)
	register.Function2x0(speakersOf)
	register.Emitter1[string]()
	register.Function2x1(toCount)
	register.Function2x1(moreThan)
	register.Function1x1(countLine)
	register.Function2x0(countLines)
	register.Function1x1(lineOf)
}

// Options are the settings of a pipeline.
type Options struct {
	// Input is a glob of the files to read (text, .html/.htm, .jsonl).
	Input string
	// Output is the directory that receives articles.jsonl, days.tsv and
	// speakers.tsv (a path the runner's file systems know: local, gs://…).
	Output string
	// NoMorph parses without the morphological dictionary.
	NoMorph bool
	// TopSpeakers is how many speakers speakers.tsv lists.
	TopSpeakers int
}

// Build adds the pipeline to s: read the files that Input matches, parse
// each article and build its timeline, write one JSON line per article,
// and count the placed events per day and the quotations per speaker.
func Build(s beam.Scope, o Options) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, o.Input))
	docs := beam.ParDo(s, &readFn{}, files)
	results := beam.ParDo(s, &parseFn{NoMorph: o.NoMorph}, docs)

	textio.Write(s, path.Join(o.Output, "articles.jsonl"), beam.ParDo(s, lineOf, results))

	days := stats.Count(s, beam.ParDo(s, daysOf, results))
	textio.Write(s, path.Join(o.Output, "days.tsv"), beam.ParDo(s, countLine, beam.ParDo(s, toCount, days)))

	n := o.TopSpeakers
	if n <= 0 {
		n = 20
	}
	speakers := beam.ParDo(s, toCount, stats.Count(s, beam.ParDo(s, speakersOf, results)))
	textio.Write(s, path.Join(o.Output, "speakers.tsv"), beam.ParDo(s, countLines, top.Largest(s, speakers, n, moreThan)))
}

// maxLine bounds a line of a JSONL file, as parse bounds an article.
const maxLine = parse.DefaultMaxSize

// readFn reads a matched file: a text or HTML file is one document, a
// JSONL file one document per line ({"id": …, "text": …} or {"id": …,
// "html": …}). A file or line that cannot be read is a document with Err
// set, so that it is counted, not lost.
type readFn struct{}

// ProcessElement reads one file.
func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(document)) error {
	name := file.Metadata.Path
	data, err := file.Read(ctx)
	if err != nil {
		emit(document{Name: name, Err: err.Error()})
		return nil
	}
	ext := strings.ToLower(path.Ext(name))
	if ext != ".jsonl" {
		emit(document{Name: name, Data: data, HTML: ext == ".html" || ext == ".htm" || htmltext.IsHTML(data)})
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, maxLine+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var in struct {
			ID   string `json:"id"`
			Text string `json:"text"`
			HTML string `json:"html"`
		}
		d := document{Name: fmt.Sprintf("%s#%d", name, n)}
		switch err := json.Unmarshal(line, &in); {
		case err != nil:
			d.Err = err.Error()
		case in.HTML != "":
			d.Data, d.HTML = []byte(in.HTML), true
		default:
			d.Data = []byte(in.Text)
		}
		if in.ID != "" {
			d.Name = in.ID
		}
		emit(d)
	}
	if err := sc.Err(); err != nil {
		emit(document{Name: name, Err: err.Error()})
	}
	return nil
}

// parseFn parses a document and builds its timeline. Its Setup loads the
// dictionary once per worker, before the first document.
type parseFn struct {
	NoMorph bool
}

// Setup loads the morphological dictionary.
func (f *parseFn) Setup() error {
	if f.NoMorph {
		return nil
	}
	return parse.Preload()
}

// record is a line of articles.jsonl.
type record struct {
	File     string             `json:"file"`
	Error    string             `json:"error,omitempty"`
	Article  *article.Article   `json:"article,omitempty"`
	Timeline *timeline.Timeline `json:"timeline,omitempty"`
}

// ProcessElement parses one document. An error is kept in the record;
// the article is kept too when the parser returned one.
func (f *parseFn) ProcessElement(d document) result {
	rec := record{File: d.Name, Error: d.Err}
	if d.Err == "" {
		var opts []parse.Option
		if f.NoMorph {
			opts = append(opts, parse.WithoutMorphology())
		}
		var a *article.Article
		var err error
		if d.HTML {
			a, _, err = parse.ParseHTML(d.Data, opts...)
		} else {
			a, err = parse.Parse(d.Data, opts...)
		}
		if err != nil {
			rec.Error = err.Error()
		}
		if a != nil {
			rec.Article = a
			var tl *timeline.Timeline
			tl, err = timeline.Build(a)
			if err != nil && rec.Error == "" {
				rec.Error = err.Error()
			}
			rec.Timeline = tl
		}
	}
	r := result{Name: d.Name, Failed: rec.Error != ""}
	if rec.Timeline != nil {
		for _, e := range rec.Timeline.Events {
			if day := dayOf(e.When); day != "" {
				r.Days = append(r.Days, day)
			}
		}
	}
	if rec.Article != nil {
		for _, q := range rec.Article.Quotes {
			if q.Speaker != "" {
				r.Speakers = append(r.Speakers, q.Speaker)
			}
		}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		b, _ = json.Marshal(record{File: d.Name, Error: err.Error()})
		r.Failed = true
	}
	r.Line = string(b)
	return r
}

// dayOf returns the day of a resolved time that is a day or finer, or "".
func dayOf(t article.Time) string { return dayOfValue(t.Value) }

// dayOfValue returns the YYYY-MM-DD that a TIMEX3 value starts with, or "".
func dayOfValue(v string) string {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' || strings.HasPrefix(v, "XXXX") {
		return ""
	}
	return v[:10]
}

func lineOf(r result) string { return r.Line }

func daysOf(r result, emit func(string)) {
	for _, d := range r.Days {
		emit(d)
	}
}

func speakersOf(r result, emit func(string)) {
	for _, s := range r.Speakers {
		emit(s)
	}
}

func toCount(key string, n int) count { return count{key, n} }

// moreThan orders counts by count, then by key, for top.Largest.
func moreThan(a, b count) bool {
	return a.N < b.N || a.N == b.N && a.Key > b.Key
}

func countLine(c count) string { return fmt.Sprintf("%s\t%d", c.Key, c.N) }

func countLines(cs []count, emit func(string)) {
	for _, c := range cs {
		emit(countLine(c))
	}
}
