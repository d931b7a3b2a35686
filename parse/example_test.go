package parse_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

func ExampleParse() {
	src := `港の朝市 5年ぶり再開
2024年2月3日 18時20分 地域

【札幌共同】港町の朝市が3日、5年ぶりに再開した。実行委員長の田中次郎さんは「にぎわいを取り戻したい」と話した。

続きを読む
`
	a, err := parse.Parse([]byte(src))
	if err != nil {
		panic(err)
	}
	fmt.Println("headline:", a.Headline.Text)
	fmt.Println("published:", a.Published.Value)
	fmt.Println("tags:", a.Tags[0].Text)
	fmt.Println("dateline:", a.Dateline.Place, a.Dateline.Source)
	for _, s := range a.Paragraphs[0].Sentences {
		fmt.Printf("sentence %v: %s\n", s.Span, s.Text)
	}
	for _, q := range a.Quotes {
		fmt.Printf("quote %v: %s (%s)\n", q.Span, q.Text, q.Speaker)
	}
	// Output:
	// headline: 港の朝市 5年ぶり再開
	// published: 2024-02-03T18:20
	// tags: 地域
	// dateline: 札幌 共同
	// sentence [83,136): 港町の朝市が3日、5年ぶりに再開した。
	// sentence [136,229): 実行委員長の田中次郎さんは「にぎわいを取り戻したい」と話した。
	// quote [175,214): にぎわいを取り戻したい (田中次郎)
}

func ExampleWithoutMorphology() {
	src := "新駅の名前決まる\n2024年6月1日\n\n鉄道会社の広報担当者は「親しまれる駅にしたい」と話した。\n"
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology())
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Quotes[0].Text, "/", a.Quotes[0].Speaker)
	fmt.Println(len(a.People), a.Skipped)
	// Output:
	// 親しまれる駅にしたい / 広報担当者
	// 0 [morphology]
}

func ExampleWithReference() {
	src := "自治体の窓口、予約制に\nみらい新報 7/14(日) 9:05配信\n\n窓口の予約が広がっている。\n"
	a, _ := parse.Parse([]byte(src))
	fmt.Println(a.Published.Value, a.Published.Resolved())
	a, _ = parse.Parse([]byte(src), parse.WithReference(time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC)))
	fmt.Println(a.Published.Value, a.Published.Start)
	// Output:
	// XXXX-07-14T09:05 false
	// 2024-07-14T09:05 2024-07-14 09:05:00 +0900 JST
}

func ExampleWithPublished() {
	// An item of a feed: the text prints neither its time nor its title.
	src := "［南浦 27日 共同］南浦町の漁港で、漁船に電飾をともす催しが始まった。昨日の点灯式には約200人が集まった。\n"
	jst := time.FixedZone("JST", 9*60*60)
	a, err := parse.Parse([]byte(src),
		parse.WithPublished(time.Date(2025, 12, 28, 9, 30, 0, 0, jst)),
		parse.WithHeadline("漁港に電飾"),
		parse.WithoutMorphology())
	if err != nil {
		panic(err)
	}
	fmt.Println("headline:", a.Headline.Text, a.Headline.Span)
	fmt.Printf("published: %s %q %v\n", a.Published.Value, a.Published.Text, a.Published.Span)
	fmt.Println("dateline:", a.Dateline.Place, a.Dateline.Time.Value)
	// The publication time is the reference of the timeline too.
	tl, err := timeline.Build(a, timeline.WithoutMorphology())
	if err != nil {
		panic(err)
	}
	for _, e := range tl.Events {
		fmt.Println(e.When.Text, e.When.Value)
	}
	// Output:
	// headline: 漁港に電飾 [0,0)
	// published: 2025-12-28T09:30:00 "" [0,0)
	// dateline: 南浦 2025-12-27
	// 昨日 2025-12-27
}

func ExampleRead() {
	_, err := parse.Read(strings.NewReader("見出し\n本文\xffです。\n"))
	var pe *parse.ParseError
	fmt.Println(errors.Is(err, parse.ErrInvalidUTF8), errors.As(err, &pe), pe.Offset)
	fmt.Println(err)
	// Output:
	// true true 16
	// parse: invalid UTF-8 at byte 16 (line 2) near "\xffです。\n"
}

func ExampleParseHTML() {
	page := `<!DOCTYPE html>
<html><head><meta property="article:published_time" content="2026-04-05T08:30:00+09:00"></head>
<body><nav><a href="/">トップ</a> <a href="/local">地域</a></nav>
<article><h1>港南市の桜並木、満開に</h1>
<p>港南市の川沿いの桜並木が5日、満開になった。</p>
<p>案内係の北浜涼さんは「週末まで見頃です」と話した。</p></article></body></html>`
	a, page2, err := parse.ParseHTML([]byte(page), parse.WithoutMorphology())
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline.Text)
	fmt.Println(a.Published.Value)
	for _, p := range a.Paragraphs {
		fmt.Println(p.Text)
	}
	fmt.Println(a.Quotes[0].Speaker)
	// The span of the headline in the HTML.
	s := page2.Span(a.Headline.Span)
	fmt.Println(page[s.Start-4 : s.End+5])
	// Output:
	// 港南市の桜並木、満開に
	// 2026-04-05T08:30:00
	// 港南市の川沿いの桜並木が5日、満開になった。
	// 案内係の北浜涼さんは「週末まで見頃です」と話した。
	// 北浜涼
	// <h1>港南市の桜並木、満開に</h1>
}
