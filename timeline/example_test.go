package timeline_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

func ExampleBuild() {
	src := `町立図書館、新館が開館

2025/04/03

新館の開館式は2日、旧館の閉館式が開かれた翌日に行われた。館長は式典で「本日午前9時に最初の利用者を迎えた」と話した。

新館は来月10日から夜間も開く予定だ。`
	a, err := parse.Parse([]byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	tl, err := timeline.Build(a, timeline.WithoutMorphology())
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := range tl.All() {
		fmt.Printf("%s %s %s\n", e.When.Value, e.When.Anchor, e.Text)
	}
	// Output:
	// 2025-04-01 event 旧館の閉館式が開かれた
	// 2025-04-02 document 新館の開館式は2日、旧館の閉館式が開かれた翌日に行われた。
	// 2025-04-02T09:00 quote 本日午前9時に最初の利用者を迎えた
	// 2025-05-10 document 新館は来月10日から夜間も開く予定だ。
}
