package quote

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/doc"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/normalize"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"山田氏は「彼は『必ず戻る』と言った」と語った。",
		"「」『』「『」』", "」」「「", "高田 「やあ」\n\n「続き", "「a。b」とXは述べた。「c」",
		strings.Repeat("「", 50) + strings.Repeat("』", 50), "\xff「\xfe」", "によると「」という",
		"佐伯千登勢（ちとせ）・県立病院長は「はい」と述べた。", "「まだ」と柚木遥(はるか)・港長は語った。",
		"森氏は「議論」をするよう求め、「山場」を迎えたと述べた。", "（）・長は「」", "「a」と((((・長は", "）・長は「b」",
		"幹部は「安全確認を最優先にする」としている", "「a」とした", "「a」とする", "「a」としています",
		"坂田さんは「港が。\n\n続けたい」と話した。", "議員は次のように話した。\n\n「市長は。\n\n「決める前に」",
		"山田首相\n\n「今回の機会を逃せば難しい」", "セルジオ「どの相手に、どうすればいいか」",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		ps := paragraphs(src, false)
		// Every other input is read with the dictionary too, so that the
		// rules that need tokens and entities are fuzzed as well.
		var an *morph.Analyzer
		if len(src)%2 == 0 {
			var err error
			if an, err = morph.Default(); err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range Find(src, ps, an) {
			if q.Span.Start < 0 || q.Span.End > len(src) || q.Span.Start >= q.Span.End {
				t.Fatalf("span %v out of %d", q.Span, len(src))
			}
			if q.SpeakerSpan.End > len(src) || q.SpeakerSpan.Start < 0 || q.SpeakerSpan.Start > q.SpeakerSpan.End {
				t.Fatalf("speaker span %v out of %d", q.SpeakerSpan, len(src))
			}
			if norm, _ := normalize.String(q.Span.In(src)); utf8.ValidString(src) && !strings.Contains(norm, q.Text) {
				t.Fatalf("text %q not in %q", q.Text, q.Span.In(src))
			}
		}
	})
}

func TestHostileInput(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"10000 nested", strings.Repeat("「", 10000) + "深い" + strings.Repeat("」", 10000)},
		{"10000 open", "山田氏は" + strings.Repeat("「", 10000) + "と述べた。"},
		{"10000 mixed", strings.Repeat("「『", 5000) + strings.Repeat("」", 10000)},
		{"1 MB quote", "山田氏は「" + strings.Repeat("長い話だ。", 1<<20/15) + "」と述べた。"},
		{"many quotes", strings.Repeat("森氏は「はい」と述べた。", 20000)},
		{"many posts", "森氏は「はい」と" + strings.Repeat("長)・長は", 50000) + "述べた。"},
		{"many topics", strings.Repeat("長)・長は", 50000) + "「はい」と述べた。"},
		{"many brackets", "森氏は「はい」と" + strings.Repeat("(", 200000) + "長は述べた。"},
		{"many bare titles", strings.Repeat("社長は「はい」と述べた。", 20000)},
		{"one long sentence", "社長は" + strings.Repeat("「はい」、", 20000) + "と述べた。"},
		{"many clauses", strings.Repeat("職員は、社長は「はい」と述べ、", 20000)},
		{"many sources", strings.Repeat("ファンからは「はい」、", 20000)},
		{"many turns", strings.Repeat("・森：「はい」\n", 20000)},
		{"many paragraphs", strings.Repeat("社長は会見した。\n\n「はい」と述べた。\n\n", 5000)},
		{"many same bodies", "物流会社「港運輸」" + strings.Repeat("同社は「はい」と述べた。", 20000)},
		{"many more words", strings.Repeat("「はい」とも述べた。", 20000)},
		{"many same roles", "政府関係者によると" + strings.Repeat("同関係者は「はい」と話した。", 20000)},
		{"many wrapped lines", strings.Repeat("ユーザーからは\n「はい」\nといった声。", 20000)},
		{"many answers", strings.Repeat("――きっかけは。\n\n祖父が窯元でした。工房が遊び場でした。\n\n", 5000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := []article.Paragraph{{Text: tt.src, Span: article.Span{Start: 0, End: len(tt.src)}}}
			start := time.Now()
			got := Find(tt.src, ps, nil)
			el := time.Since(start)
			for _, q := range got {
				if q.Span.End > len(tt.src) || q.Depth >= doc.MaxDepth {
					t.Fatalf("bad quote %v depth %d", q.Span, q.Depth)
				}
			}
			if el > 20*time.Second { // linear runs take milliseconds; quadratic ones minutes
				t.Fatalf("took %v", el)
			}
			t.Logf("%d quotes in %v", len(got), el)
		})
	}
}
