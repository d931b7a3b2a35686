package entity_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/entity"
	"github.com/newsdoc/newsdoc/internal/morph"
)

func ExampleFind() {
	src := "エルダ・ノヴァク首相はカルドヴァ州を訪れた。ノヴァク氏は外務省の担当者と会った。"
	an, err := morph.Default()
	if err != nil {
		panic(err)
	}
	t := morph.NewText(src, article.Span{Start: 0, End: len(src)})
	x := entity.Find([]morph.Text{t}, [][]morph.Token{an.Analyze(t)})
	for _, p := range x.People {
		for _, m := range p.Mentions {
			fmt.Println(p.Name, m.Text, m.Span)
		}
	}
	fmt.Println(x.Places[0].Name, x.Organizations[0].Name)
	// Output:
	// エルダ・ノヴァク エルダ・ノヴァク首相 [0,30)
	// エルダ・ノヴァク ノヴァク氏 [66,81)
	// カルドヴァ州 外務省
}
