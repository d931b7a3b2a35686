package morph_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

func ExampleAnalyzer_Analyze() {
	a, err := morph.Default()
	if err != nil {
		panic(err)
	}
	src := "見出し\n\n山田花子さんは東京都で語った。"
	body := morph.NewText(src, article.Span{Start: 11, End: len(src)})
	for _, tk := range a.Analyze(body) {
		if tk.IsPerson() || tk.IsPlace() {
			fmt.Println(tk.Surface, body.Span(tk.Start, tk.End), tk.Tag(2))
		}
	}
	fmt.Println(a.Tense(body.Norm))
	// Output:
	// 山田 [11,17) 人名
	// 花子 [17,23) 人名
	// 東京 [32,38) 地域
	// 都 [38,41) 地域
	// past
}
