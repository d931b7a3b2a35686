package normalize_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc/normalize"
)

func ExampleParseNumeral() {
	for _, s := range []string{"二十七", "259万2,300", "1.5兆", "二〇二五", "〇一〇〇〇", "三百二十百"} {
		n, err := normalize.ParseNumeral(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s = %g digits=%q\n", s, n.Value, n.Digits)
	}
	// Output:
	// 二十七 = 27 digits=""
	// 259万2,300 = 2.5923e+06 digits=""
	// 1.5兆 = 1.5e+12 digits=""
	// 二〇二五 = 2025 digits="2025"
	// 〇一〇〇〇 = 1000 digits="01000"
	// normalize: invalid numeral "三百二十百"
}

func ExampleNumeralAt() {
	s := "九州の二十七店"
	for _, i := range []int{0, len("九州の")} {
		n, size := normalize.NumeralAt(s, i)
		fmt.Println(s[i:], size > 0, n.Value)
	}
	// Output:
	// 九州の二十七店 false 0
	// 二十七店 true 27
}

func ExampleEraDate() {
	t, err := normalize.EraDate("令和", 7, 12, 29)
	fmt.Println(t.Format("2006-01-02"), err)
	_, err = normalize.EraDate("平成", 31, 5, 1)
	fmt.Println(err)
	// Output:
	// 2025-12-29 <nil>
	// normalize: impossible era date: 平成31年5月1日
}

func ExampleParseEraDate() {
	t, size, err := normalize.ParseEraDate("令和元年5月1日に即位")
	fmt.Println(t.Format("2006-01-02"), size, err)
	// Output:
	// 2019-05-01 20 <nil>
}
