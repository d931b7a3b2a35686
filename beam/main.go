// Command beam parses archives of Japanese news at scale with Apache
// Beam: it reads text, HTML and JSONL files, parses every article with
// package parse and builds its timeline, writes one JSON line per
// article, and counts the placed events per day and the quotations per
// speaker.
//
//	go run . --input '/data/news/*/*.txt' --output /tmp/newsdoc-out
//
// It runs on Beam's prism runner by default, in this process; --runner
// chooses another (dataflow, flink, or a portable job server): see the
// README. The output directory receives articles.jsonl, days.tsv (day,
// events) and speakers.tsv (speaker, quotations; the most frequent).
//
// It is a module of its own, so that the newsdoc library does not depend
// on the Beam SDK.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	var o Options
	flag.StringVar(&o.Input, "input", "", "glob of the files to read: text, .html/.htm, .jsonl ({\"id\":…,\"text\":…} or \"html\")")
	flag.StringVar(&o.Output, "output", "", "directory for articles.jsonl, days.tsv and speakers.tsv")
	flag.BoolVar(&o.NoMorph, "no-morph", false, "parse without the morphological dictionary")
	flag.IntVar(&o.TopSpeakers, "top", 20, "how many speakers speakers.tsv lists")
	flag.Parse()
	beam.Init()
	if o.Input == "" || o.Output == "" {
		fmt.Fprintln(os.Stderr, "usage: beam --input GLOB --output DIR [--no-morph] [--top N] [--runner RUNNER]")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}
