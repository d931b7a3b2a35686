package export_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/newsdoc/newsdoc/export"
	"github.com/newsdoc/newsdoc/parse"
)

func Example() {
	src := "町の夏祭り、3年ぶりに開催\n2026年8月2日 10時00分\n\n町は1日、3年ぶりに夏祭りを開いた。\n"
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology())
	if err != nil {
		fmt.Println(err)
		return
	}
	it := export.Ninjs(a, export.Options{URI: "https://news.example/2026/08/02/festival"})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(it); err != nil {
		fmt.Println(err)
	}
	ld := export.JSONLD(a, export.Options{URI: it.URI})
	fmt.Println(ld.Type, ld.DatePublished, ld.Headline)
	// Output:
	// {
	//   "uri": "https://news.example/2026/08/02/festival",
	//   "standard": {
	//     "name": "ninjs",
	//     "version": "2.1",
	//     "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
	//   },
	//   "type": "text",
	//   "representationtype": "full",
	//   "language": "ja",
	//   "firstcreated": "2026-08-02T10:00:00+09:00",
	//   "versioncreated": "2026-08-02T10:00:00+09:00",
	//   "headlines": [
	//     {
	//       "role": "main",
	//       "value": "町の夏祭り、3年ぶりに開催"
	//     }
	//   ],
	//   "bodies": [
	//     {
	//       "role": "main",
	//       "contenttype": "text/plain",
	//       "charcount": 18,
	//       "value": "町は1日、3年ぶりに夏祭りを開いた。"
	//     }
	//   ]
	// }
	// NewsArticle 2026-08-02T10:00:00+09:00 町の夏祭り、3年ぶりに開催
}
