package htmltext_test

import (
	"fmt"
	"strings"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/htmltext"
)

func Example() {
	src := `<html><head><meta property="article:published_time" content="2026-12-03T09:15:00+09:00"></head>
<body><nav>ホーム | 社会</nav>
<article><h1>港南市で初雪</h1>
<p>港南市の気象台は３日朝、<b>初雪</b>を観測したと
発表した。R&amp;D部門も注目。</p></article></body></html>`
	p, err := htmltext.Extract([]byte(src))
	if err != nil {
		panic(err)
	}
	fmt.Print(p.Text)
	fmt.Println(p.Headline, p.Published.Format("2006-01-02 15:04 MST"))

	// A span of the text maps back to the HTML.
	i := strings.Index(p.Text, "初雪を観測")
	s := p.Span(article.Span{Start: i, End: i + len("初雪を観測")})
	fmt.Println(src[s.Start:s.End])
	// Output:
	// 港南市で初雪
	//
	// 港南市の気象台は３日朝、初雪を観測したと発表した。R&D部門も注目。
	// 港南市で初雪 2026-12-03 09:15 +0900
	// 初雪</b>を観測
}
