package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is an expected quotation: its text starts with prefix.
type want struct {
	prefix, speaker string
	partial         bool
}

// check asserts that every expected quotation is found with its speaker,
// and that all quotations have sound spans.
func check(t *testing.T, src string, got []article.Quote, wants []want) {
	t.Helper()
	for _, q := range got {
		require.True(t, q.Span.Start >= 0 && q.Span.End <= len(src) && q.Span.Start < q.Span.End, "%v", q.Span)
		in := q.Span.In(src)
		assert.True(t, strings.HasPrefix(in, "「") || strings.HasPrefix(in, "『"), "%q", in)
		norm, _ := normalize.String(in)
		assert.Contains(t, norm, q.Text)
		if !q.SpeakerSpan.IsZero() {
			assert.NotEmpty(t, q.SpeakerSpan.In(src))
		}
	}
	for _, w := range wants {
		found := false
		for _, q := range got {
			if strings.HasPrefix(q.Text, w.prefix) {
				found = true
				assert.Equal(t, w.speaker, q.Speaker, "speaker of %q", w.prefix)
				assert.Equal(t, w.partial, q.Partial, "partial of %q", w.prefix)
				break
			}
		}
		assert.True(t, found, "quotation %q not found", w.prefix)
	}
}

// The fixtures below are written for these tests.
func TestFixtures(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
		count int
	}{
		{"nested", "山田太郎氏は「彼は『必ず戻る』と言った」と語った。", []want{
			{"彼は", "山田太郎", false}, {"必ず戻る", "", true}}, 2}, // 彼 said it, not 山田太郎
		{"sentences inside", "佐藤花子さんは「準備は整った。あとは待つだけだ。」と話した。", []want{
			{"準備は整った。あとは待つだけだ。", "佐藤花子", false}}, 1},
		{"two speakers", "田中一郎氏は「賛成だ」と述べたが、鈴木次郎氏は「反対だ」と反発した。", []want{
			{"賛成だ", "田中一郎", false}, {"反対だ", "鈴木次郎", false}}, 2},
		{"quote first", "「来年も続けたい」と高橋三郎監督は語った。", []want{{"来年も続けたい", "高橋三郎", false}}, 1},
		{"nobody", "会場には「ようこそ」と書かれた看板が掲げられ、「平和を」という声が響いた。", []want{
			{"ようこそ", "", false}, {"平和を", "", false}}, 2},
		{"transcript", "高田 「今日はよろしくお願いします」\n\n森 「こちらこそ」", []want{
			{"今日は", "高田", false}, {"こちらこそ", "森", false}}, 2},
		{"title and organisation", "エストリア外務省のザハロワ報道官は「断じて認めない」と述べた。", []want{
			{"断じて認めない", "ザハロワ", false}}, 1},
		{"according to", "関係者によると、木村四郎社長は「大きな転機」を迎えたと周囲に話している。", []want{
			{"大きな転機", "木村四郎", true}}, 1},
		{"post", "山本五郎氏は5日のSNSへの投稿で次のように記した。「皆さんに感謝したい」", []want{
			{"皆さんに感謝したい", "山本五郎", false}}, 1},
		{"continuation", "中村六郎氏は「まず現場を見たい」と述べた。\n\n「そのうえで判断する」", []want{
			{"まず現場", "中村六郎", false}, {"そのうえで", "中村六郎", false}}, 2},
		{"naming", "いわゆる「買い物難民」と呼ばれる人が増え、町は「支援券」を配った。", nil, 0},
		{"unbalanced", "小林氏は「終わらない話を続けた。", nil, 0},
		{"name with its reading before the post", "班長の佐伯千登勢（ちとせ）・県立がん中央病院小児科長は「薬が届かない」と話す。", []want{
			{"薬が届かない", "佐伯千登勢", false}}, 1},
		{"reading, quote first", "「まだ間に合う」と柚木遥（はるか）・港湾技研主任研究員は語った。", []want{
			{"まだ間に合う", "柚木遥", false}}, 1},
		{"post alone", "県立がん中央病院の院長は「薬が届かない」と話す。", []want{ // the name stops at kana (がん)
			{"薬が届かない", "中央病院の院長", false}}, 1},
		{"a surname alone after the full name with an age", "後半に投入されたFW春風蓮（24）が流れを変えた。\n\n春風は「支えてくれた人に恩返しできた」と笑った。", []want{
			{"支えてくれた", "春風蓮", false}}, 1},
		{"the one the reporter spoke to", "商店街で店番をしていた女性に声をかけると、「もう40年になります」と笑った。", []want{
			{"もう40年", "店番をしていた女性", false}}, 1},
	}
	an := analyzer(t)
	for _, tt := range tests {
		for _, mode := range []string{"morph", "lexical"} {
			t.Run(tt.name+"/"+mode, func(t *testing.T) {
				var a *morph.Analyzer
				if mode == "morph" {
					a = an
				}
				ps := paragraphs(tt.text, false)
				got := Find(tt.text, ps, a)
				check(t, tt.text, got, tt.wants)
				assert.Len(t, got, tt.count)
			})
		}
	}
}

// TestAgeNotInSpeaker: an age in brackets after the words that name a
// speaker is no part of the speaker, however the speaker was read.
func TestAgeNotInSpeaker(t *testing.T) {
	text := "協力する駅前の書店の店長（58）は「地域の役に立ちたい」と話した。"
	an := analyzer(t)
	for _, a := range []*morph.Analyzer{an, nil} {
		got := Find(text, paragraphs(text, false), a)
		require.Len(t, got, 1)
		assert.True(t, strings.HasSuffix(got[0].Speaker, "店長"), "%q (morph %v)", got[0].Speaker, a != nil)
	}
}

func TestSpansWithOffsetParagraphs(t *testing.T) {
	src := "見出し「ここは見出し」\n\n本文で、森氏は「はい」と答えた。"
	ps := paragraphs(src, false)[1:]
	got := Find(src, ps, nil)
	require.Len(t, got, 1)
	assert.Equal(t, "「はい」", got[0].Span.In(src))
	assert.Equal(t, "森氏", got[0].SpeakerSpan.In(src))
	assert.Equal(t, "森", got[0].Speaker)
	assert.Equal(t, "答えた", got[0].Verb)
	assert.Equal(t, 0, got[0].Paragraph)
	assert.True(t, utf8.ValidString(got[0].Text))
	assert.Empty(t, Find(src, nil, nil))
	assert.NotNil(t, Find(src, nil, nil))
}

// A quotation inside a sentence gets the verb that reports it, not any
// verb of the sentence. The sentences are written for this test.
func TestPartialVerbs(t *testing.T) {
	tests := []struct {
		text, quote, verb string
	}{
		{"森田一郎氏は、交渉が「山場」を迎えたと述べた。", "山場", "述べた"},
		{"森田一郎氏は「前向きな」姿勢を示し、合意は近いと改めて強調した。", "前向きな", "強調した"},
		{"森田一郎氏は、両国の関係に「重大な懸念」を表明した。", "重大な懸念", "表明した"},
		{"森田一郎氏は「抜本的な改革」が必要との考えを示した。", "抜本的な改革", "考えを示した"},
		{"森田一郎氏は、野党に「冷静な議論」をするよう求めている。", "冷静な議論", ""},
		{"森田一郎氏は「率直な対話」を隣国との協議で求めた。", "率直な対話", ""},
		{"森田一郎氏は、計画に「白紙」で臨むよう要求した。", "白紙", ""},
		{"森田一郎氏は「例外」を設けたと話し、「期限」は守ると約束した。", "期限", "約束した"},
	}
	an := analyzer(t)
	for _, tt := range tests {
		for _, mode := range []string{"morph", "lexical"} {
			t.Run(tt.quote+"/"+mode, func(t *testing.T) {
				var a *morph.Analyzer
				if mode == "morph" {
					a = an
				}
				got := Find(tt.text, paragraphs(tt.text, false), a)
				var q *article.Quote
				for i := range got {
					if got[i].Text == tt.quote {
						q = &got[i]
					}
				}
				require.NotNil(t, q, "%q in %v", tt.quote, got)
				assert.True(t, q.Partial)
				assert.Equal(t, "森田一郎", q.Speaker)
				assert.Equal(t, tt.verb, q.Verb)
			})
		}
	}
}
