package article_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc/article"
)

func ExampleSpan_In() {
	src := "見出し\n本文です。"
	headline := article.Text{Text: "見出し", Span: article.Span{Start: 0, End: 9}}
	fmt.Println(headline.Span.In(src), headline.Span, headline.Span.Len())
	// Output: 見出し [0,9) 9
}
