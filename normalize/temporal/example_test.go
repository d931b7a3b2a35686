package temporal_test

import (
	"fmt"
	"time"

	"github.com/newsdoc/newsdoc/normalize/temporal"
)

func ExampleFind() {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, time.FixedZone("JST", 9*3600))
	text := "首相は２８日、先週の合意について「本日午後1時に会談する」と語り、12月中旬の交渉で数日間を過ごした。"
	for _, t := range temporal.Find(text, temporal.Context{Ref: ref}) {
		fmt.Printf("%s %s %s %s %s\n", t.Text, t.Span, t.Value, t.Mod, t.Anchor)
	}
	// Output:
	// ２８日 [9,18) 2025-12-28  document
	// 先週 [21,27) 2025-W52  document
	// 本日午後1時 [51,67) 2025-12-28T13:00  quote
	// 12月中旬 [97,108) 2025-12 MID document
	// 数日間 [120,129) PXD  none
}

func ExampleResolver() {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, time.FixedZone("JST", 9*3600))
	r := temporal.NewResolver(ref)
	for _, s := range []string{"首相は11月3日に訪米した。", "翌日、大統領と会談した。"} {
		for _, t := range r.Find(s, 0, temporal.Unknown) {
			fmt.Println(t.Text, t.Value, t.Anchor)
		}
	}
	// Output:
	// 11月3日 2025-11-03 document
	// 翌日 2025-11-04 previous
}

func ExampleScan() {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, time.FixedZone("JST", 9*3600))
	res := temporal.Scan("10月上旬から中旬にかけて実施した。", temporal.Context{Ref: ref})
	for _, t := range res.Times {
		fmt.Println(t.Text, t.Value, t.Mod, t.Start.Format("01-02"), t.End.Format("01-02"))
	}
	fmt.Println(res.Ranges)
	// Output:
	// 10月上旬 2025-10 START 10-01 10-11
	// 中旬 2025-10 MID 10-11 10-21
	// [{0 1}]
}

func ExampleParseDate() {
	t, n, err := temporal.ParseDate("2023年4月3日 9時01分 政治", time.Time{})
	fmt.Println(t.Value, t.Start.Format(time.RFC3339), n, err)
	// Output:
	// 2023-04-03T09:01 2023-04-03T09:01:00+09:00 25 <nil>
}

func ExampleValidValue() {
	fmt.Println(temporal.ValidValue("2025-W52-WE"), temporal.ValidValue("2025-13-01"))
	// Output:
	// true false
}
