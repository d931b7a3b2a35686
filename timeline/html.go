package timeline

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/article"
)

// WriteHTML writes t as one self-contained HTML page (no scripts, no
// external resources): a time axis drawn in SVG with a mark for each placed
// event, the events with their sentences, actors, speakers and anchors, the
// unplaced events, and the article's source text with the sentence of each
// event highlighted and linked from its entry. a is the article t was built
// from; without its Source the text section is left out.
func (t *Timeline) WriteHTML(w io.Writer, a *article.Article) error {
	if t == nil {
		t = &Timeline{}
	}
	page := htmlPage{Title: "timeline"}
	if a != nil {
		page.Title = a.Headline.Text
	}
	all := append(slices.Clone(t.Events), t.Unplaced...)
	for i, e := range all {
		page.Events = append(page.Events, htmlEvent{
			ID:      i + 1,
			Placed:  i < len(t.Events),
			Value:   e.When.Value,
			Written: e.When.Text,
			Mod:     string(e.When.Mod),
			Anchor:  string(e.When.Anchor),
			Text:    e.Text,
			Actors:  strings.Join(e.Actors, "、"),
			Speaker: e.Speaker,
			Generic: e.Generic,
		})
	}
	page.Axis = axis(t.Events)
	if a != nil && a.Source != "" {
		page.Source = highlight(a.Source, all)
	}
	return pageTemplate.Execute(w, page)
}

type htmlPage struct {
	Title  string
	Axis   htmlAxis
	Events []htmlEvent
	Source template.HTML
}

type htmlEvent struct {
	ID                                        int
	Placed, Generic                           bool
	Value, Written, Mod, Anchor, Text, Actors string
	Speaker                                   string
}

// htmlAxis is the SVG time axis: a line from the earliest to the latest
// placed event, with a mark and a label for each event.
type htmlAxis struct {
	Width, Height int
	From, To      int // the ends of the axis line
	Marks         []htmlMark
	Ticks         []htmlTick
}

type htmlMark struct {
	ID     int
	X, Y   int
	Label  string
	LabelY int
}

type htmlTick struct {
	X     int
	Label string
}

const (
	axisWidth  = 960
	axisMargin = 60
	axisY      = 60
)

// axis lays the placed events out on a linear time scale. Events on the
// same instant stack upwards, so that none hides another.
func axis(evs []Event) htmlAxis {
	ax := htmlAxis{Width: axisWidth, Height: 120, From: axisMargin / 2, To: axisWidth - axisMargin/2}
	if len(evs) == 0 {
		return ax
	}
	first, last := evs[0].Key(), evs[0].Key()
	for _, e := range evs[1:] {
		k := e.Key()
		if k.Before(first) {
			first = k
		}
		if k.After(last) {
			last = k
		}
	}
	span := last.Sub(first)
	x := func(k time.Time) int {
		if span <= 0 {
			return axisWidth / 2
		}
		return axisMargin + int(float64(axisWidth-2*axisMargin)*float64(k.Sub(first))/float64(span))
	}
	stack := map[int]int{}
	for i, e := range evs {
		px := x(e.Key())
		n := stack[px]
		stack[px]++
		ax.Marks = append(ax.Marks, htmlMark{ID: i + 1, X: px, Y: axisY - 10*n, Label: e.When.Value, LabelY: axisY + 22 + 14*(i%3)})
		ax.Height = max(ax.Height, axisY+22+14*(i%3)+20)
	}
	ax.Ticks = []htmlTick{{X: x(first), Label: first.Format(time.DateOnly)}}
	if span > 0 {
		ax.Ticks = append(ax.Ticks, htmlTick{X: x(last), Label: last.Format(time.DateOnly)})
	}
	return ax
}

// highlight returns src as HTML with the span of each event inside a mark
// that names its events. Spans may overlap (one sentence, several dates):
// the text is cut at every span edge and each piece is marked with the
// events that cover it.
func highlight(src string, evs []Event) template.HTML {
	var cuts []int
	for _, e := range evs {
		if e.Span.Start >= 0 && e.Span.Start < e.Span.End && e.Span.End <= len(src) {
			cuts = append(cuts, e.Span.Start, e.Span.End)
		}
	}
	cuts = append(cuts, 0, len(src))
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		var ids []string
		for j, e := range evs {
			if e.Span.Start == from && from < e.Span.End {
				fmt.Fprintf(&b, `<a id="s%d"></a>`, j+1) // the target of the event's link
			}
			if e.Span.Start <= from && to <= e.Span.End && e.Span.Start < e.Span.End {
				ids = append(ids, fmt.Sprint(j+1))
			}
		}
		text := template.HTMLEscapeString(src[from:to])
		if len(ids) == 0 {
			b.WriteString(text)
			continue
		}
		fmt.Fprintf(&b, `<mark data-events="%s">%s</mark>`, strings.Join(ids, " "), text)
	}
	return template.HTML(b.String()) // every piece of src is escaped above
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
svg { background: #fafafa; border: 1px solid #ddd; }
.axis { stroke: #555; stroke-width: 2; }
.mark { fill: #c0392b; }
.tick { font-size: 11px; fill: #555; }
.label { font-size: 10px; fill: #333; }
ol.events li { margin: .4em 0; }
.value { font-family: monospace; background: #eef; padding: 0 .3em; }
.meta { color: #666; font-size: .9em; }
.source { white-space: pre-wrap; line-height: 1.7; border-top: 1px solid #ddd; padding-top: 1em; }
mark { background: #fde68a; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<svg xmlns="http://www.w3.org/2000/svg" width="{{.Axis.Width}}" height="{{.Axis.Height}}" viewBox="0 0 {{.Axis.Width}} {{.Axis.Height}}" role="img" aria-label="time axis">
<line class="axis" x1="{{.Axis.From}}" y1="60" x2="{{.Axis.To}}" y2="60" />
{{range .Axis.Ticks}}<text class="tick" x="{{.X}}" y="20" text-anchor="middle">{{.Label}}</text>
{{end}}{{range .Axis.Marks}}<a href="#e{{.ID}}"><circle class="mark" cx="{{.X}}" cy="{{.Y}}" r="5"><title>{{.Label}}</title></circle></a>
<text class="label" x="{{.X}}" y="{{.LabelY}}" text-anchor="middle">{{.Label}}</text>
{{end}}</svg>
<h2>Events</h2>
<ol class="events">
{{range .Events}}{{if .Placed}}<li id="e{{.ID}}"><span class="value">{{.Value}}</span> {{.Written}} <a href="#s{{.ID}}">{{.Text}}</a>
<div class="meta">{{if .Actors}}actors: {{.Actors}} {{end}}{{if .Speaker}}speaker: {{.Speaker}} {{end}}{{if .Mod}}mod: {{.Mod}} {{end}}anchor: {{.Anchor}}</div></li>
{{end}}{{end}}</ol>
<h2>Unplaced</h2>
<ul class="events">
{{range .Events}}{{if not .Placed}}<li id="e{{.ID}}"><span class="value">{{.Value}}</span> {{.Written}}{{if .Generic}} (generic){{end}} <a href="#s{{.ID}}">{{.Text}}</a></li>
{{end}}{{end}}</ul>
{{if .Source}}<h2>Article</h2>
<div class="source">{{.Source}}</div>
{{end}}</body>
</html>
`))
