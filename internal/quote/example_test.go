package quote_test

import (
	"fmt"
	"strings"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/quote"
)

func ExampleAttribute() {
	src := "アルダ共和国のミハイル・ソコロフ外相は「交渉は最終段階にある」と述べた。\n\n「来週には結論を出したい」"
	cut := strings.Index(src, "\n\n")
	a := &article.Article{Source: src, Paragraphs: []article.Paragraph{
		{Span: article.Span{Start: 0, End: cut}},
		{Span: article.Span{Start: cut + 2, End: len(src)}},
	}}
	an, err := morph.Default()
	if err != nil {
		panic(err)
	}
	quote.Attribute(a, an)
	for _, q := range a.Quotes {
		fmt.Printf("%s | %s (%s) | %q | [%s]\n", q.Text, q.Speaker, q.Attribution, q.SpeakerSpan.In(src), q.Verb)
	}
	for _, p := range a.People {
		fmt.Println(p.Name, len(p.Mentions))
	}

	// Without the dictionary: the same quotations, speakers from the text.
	b := &article.Article{Source: src, Paragraphs: a.Paragraphs}
	quote.Attribute(b, nil)
	fmt.Println(b.Quotes[0].Speaker, len(b.People))
	// Output:
	// 交渉は最終段階にある | ミハイル・ソコロフ (explicit) | "ミハイル・ソコロフ外相" | [述べた]
	// 来週には結論を出したい | ミハイル・ソコロフ (continued) | "" | []
	// ミハイル・ソコロフ 1
	// ミハイル・ソコロフ 0
}
