package newsdoc_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

// Example reads a short article and prints its headline, its time and its
// timeline, without loading the morphological dictionary.
func Example() {
	raw := []byte("駅前広場、来春に完成へ\n\n2026年6月10日 15時00分\n\n" +
		"ひかり市は9日、駅前広場の工事が来年3月に終わると発表した。工事は昨年4月に始まった。\n")
	a, err := parse.Parse(raw, parse.WithoutMorphology())
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline.Text)
	fmt.Println(a.Published.Value)
	tl, err := timeline.Build(a) // a.Skipped lists morphology: Build does not load it either
	if err != nil {
		panic(err)
	}
	for e := range tl.All() {
		fmt.Printf("%s %s %q\n", e.When.Value, e.When.Text, raw[e.When.Span.Start:e.When.Span.End])
	}
	// Output:
	// 駅前広場、来春に完成へ
	// 2026-06-10T15:00
	// 2025-04 昨年4月 "昨年4月"
	// 2026-06-09 9日 "9日"
	// 2027-03 来年3月 "来年3月"
}
