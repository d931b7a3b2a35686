package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChronologyBox: a head naming a history and the dated lines under it,
// after the last paragraph, are a box, not links, tags or body; the log
// of the page's own updates and a single dated line are not.
func TestChronologyBox(t *testing.T) {
	const head = "北浜の旧灯台、保存へ　市が改修案\n2026年3月8日 6:00\n" +
		"　北浜市は7日、旧灯台を展望台として残す方針を固めた。\n" +
		"　市は来年度に工事を始める。\n"
	const tail = "関連記事\n・港南の旧駅舎、図書館に\n"
	tests := []struct {
		name    string
		box     string
		heading string
		items   []string
	}{
		{"marked head, years and months", "■旧灯台の保存の経過\n1931年5月　灯台が点灯\n1989年4月　自動化で無人に\n2019年度　市が保存を検討\n",
			"旧灯台の保存の経過", []string{"1931年5月 灯台が点灯", "1989年4月 自動化で無人に", "2019年度 市が保存を検討"}},
		{"head in brackets, eras and days", "【保存の経緯】\n昭和6年　灯台が点灯\n平成元年　無人化\n3月7日（土）：市が改修案を提示\n",
			"保存の経緯", []string{"昭和6年 灯台が点灯", "平成元年 無人化", "3月7日(土):市が改修案を提示"}},
		{"blank lines between the items", "◆灯台の歩み\n\n1931年　点灯\n\n1989年　無人化\n",
			"灯台の歩み", []string{"1931年 点灯", "1989年 無人化"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(head+tt.box+tail), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, []string{"北浜市は7日、旧灯台を展望台として残す方針を固めた。", "市は来年度に工事を始める。"}, paragraphTexts(a))
			require.Len(t, a.Boxes, 1)
			assert.Equal(t, tt.heading, a.Boxes[0].Heading.Text)
			var items []string
			for _, it := range a.Boxes[0].Items {
				items = append(items, it.Text)
			}
			assert.Equal(t, tt.items, items)
			assert.Equal(t, []string{"港南の旧駅舎、図書館に"}, textsOf(a.Related))
		})
	}
	for _, tt := range []struct{ name, box string }{
		{"update log", "更新履歴\n2026年3月8日 6:00　続報を載せました\n2026年3月7日 18:00　速報を載せました\n"},
		{"one dated line", "■灯台の経過\n1931年5月　灯台が点灯\n"},
		{"no head", "1931年5月　灯台が点灯\n1989年4月　自動化で無人に\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(head+tt.box+tail), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Empty(t, a.Boxes)
		})
	}
}

func TestDateItem(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"1936年7月 竣工", true},
		{"2019年度 予算に計上", true},
		{"令和2年 改修", true},
		{"平成元年 移転", true},
		{"8月10日 発生", true},
		{"8月10日(月) 発生", true},
		{"12月:再開", true},
		{"1936年7月に竣工した", false}, // a sentence, no space after the date
		{"2019年度", false},       // nothing happened
		{"第3報 掲載", false},
		{"13月", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dateItem(tt.s), tt.s)
	}
}

// TestFactBoxInBody: two lines or more of mark, label and value between
// the paragraphs are a box of facts (furniture), with the head over them;
// one such line, or lines that end a sentence, stay text.
func TestFactBoxInBody(t *testing.T) {
	const head = "港北病院、夜間の薬局窓口を開設\n2026年4月20日\n" +
		"　港北病院は、夜間に薬を受け取れる窓口を開く。\n"
	const tail = "【コメント】\n　森川忠院長は「安心して受診してほしい」と話した。\n"
	tests := []struct {
		name string
		box  string
		body []string // the paragraphs between head and tail
	}{
		{"a box under its head", "【窓口の概要】\n■開設日：2026年5月11日（月）\n■受付時間：毎日 午後7時～翌午前8時\n■場所：本館1階\n", nil},
		{"a box without a head", "■開設日：2026年5月11日（月）\n■場所：本館1階\n", nil},
		{"one fact stays", "■開設日：2026年5月11日（月）\n", []string{"■開設日:2026年5月11日(月)"}},
		{"sentences stay", "■開設日：5月11日に開きます。\n■場所：本館1階に設けます。\n", []string{"■開設日:5月11日に開きます。", "■場所:本館1階に設けます。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(head+tt.box+tail), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			want := append([]string{"港北病院は、夜間に薬を受け取れる窓口を開く。"}, tt.body...)
			want = append(want, "【コメント】", "森川忠院長は「安心して受診してほしい」と話した。")
			assert.Equal(t, want, paragraphTexts(a))
		})
	}
}
