package normalize_test

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"

	"github.com/newsdoc/newsdoc/normalize"
)

func ExampleString() {
	src := "ＣＯＶＩＤ－１９の患者は５～７日で回復、ｶﾞｲﾄﾞﾗｲﾝは㍻31年に改定"
	got, m := normalize.String(src)
	fmt.Println(got)

	// Spans found in the normalized text map back to the original.
	i := strings.Index(got, "ガイドライン")
	span := m.Span(i, i+len("ガイドライン"))
	fmt.Println(span, span.In(src))
	// Output:
	// COVID-19の患者は5〜7日で回復、ガイドラインは平成31年に改定
	// [60,84) ｶﾞｲﾄﾞﾗｲﾝ
}

func ExampleNormalizer() {
	dict := normalize.New(normalize.Dict(true), normalize.KeepCircled(false))
	for _, s := range []string{"アルゴリズム C", "スーパーーー", "①東京　都"} {
		got, _ := dict.String(s)
		fmt.Println(got)
	}
	// Output:
	// アルゴリズムC
	// スーパー
	// 1東京都
}

func ExampleNormalizer_Transformer() {
	// The normalizer chains with other transformers; here one that
	// upper-cases Latin letters.
	upper := runes.Map(func(r rune) rune {
		if r < unicode.MaxASCII {
			return unicode.ToUpper(r)
		}
		return r
	})
	t := transform.Chain(normalize.New().Transformer(), upper)
	r := transform.NewReader(strings.NewReader("ｉＰｈｏｎｅの新型は０３－１２３４へ\r\n"), t)
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	// Output:
	// "IPHONEの新型は03-1234へ\n" <nil>
}

func ExampleMap_Original() {
	src := "\ufeffＡＢＣ"
	got, m := normalize.String(src)
	for i := 0; i <= len(got); i++ {
		fmt.Print(m.Original(i), " ")
	}
	fmt.Println()
	// Output:
	// 3 6 9 12
}

func ExampleMap_Cursor() {
	src := "ｶﾞｿﾘﾝ価格。２０２５年も高値。"
	norm, m := normalize.String(src)
	c := m.Cursor()
	// The sentences, in text order: each span is found from the last.
	for start := 0; start < len(norm); {
		end := start + strings.Index(norm[start:], "。") + len("。")
		sp := c.Span(start, end)
		fmt.Printf("%s ← %q\n", norm[start:end], src[sp.Start:sp.End])
		start = end
	}
	_, bad := normalize.String("価格\xff")
	fmt.Println(m.Invalid(), bad.Invalid())
	// Output:
	// ガソリン価格。 ← "ｶﾞｿﾘﾝ価格。"
	// 2025年も高値。 ← "２０２５年も高値。"
	// -1 6
}
