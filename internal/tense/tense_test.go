package tense

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsPlanNoun(t *testing.T) {
	for _, w := range PlanNouns {
		assert.True(t, IsPlanNoun(w), w)
	}
	for _, w := range []string{"", "予", "予定表", "会議", "計画的"} {
		assert.False(t, IsPlanNoun(w), w)
	}
}

func TestAnnounced(t *testing.T) {
	tests := []struct {
		seg  string
		want bool
	}{
		{"には記念展の開催が決まった", true},
		{"、新作の発売が発表された", true},
		{"の公演が明らかになった", true},
		{"に開催された", false},
		{"に方針が決まった", false}, // not an event
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Announced(tt.seg), tt.seg)
	}
}

func TestOwnClause(t *testing.T) {
	tests := []struct {
		between string
		want    bool
	}{
		{"に一足先に披露宴を行った相方の岩田から", true},
		{"に更新した自身のブログで", false}, // the words are the blog's
		{"に開いた会見で", false},
		{"の会見で", false},
		{"、市長は", false},
		{"", false},
		// read only near the date: a clause further on is not the date's
		{strings.Repeat("、長い話", 12) + "を行った相方から", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, OwnClause(tt.between), tt.between)
	}
}

func TestAwaitedNext(t *testing.T) {
	tests := []struct {
		after string
		want  bool
	}{
		{"が近づいてきた", true},
		{"を控え、", true},
		{"にはライブを控える歌手", true},
		{"にはライブを終えた歌手", false},
		{"には、東京でライブを控える", false}, // a comma: another clause
		{"に開く", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, AwaitedNext(tt.after), tt.after)
	}
}

func TestClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"、秋に出す予定の冷蔵庫を公開しましたが、その1機種を取り上げます", "、秋に出す予定の冷蔵庫を公開しました"},
		{"、式典を開いたが、雨で中止した", "、式典を開いた"},
		{"、会見を開いたものの、詳細は語らなかった", "、会見を開いた"},
		{"、新製品を発表する", "、新製品を発表する"},
		{"、記者に「店を開いて長いが、初めてだ」と語った", "、記者に「店を開いて長いが、初めてだ」と語った"},
		{"、「開いたが、」と話したが、中止した", "、「開いたが、」と話した"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Clause(tt.in), tt.in)
	}
}

func TestReportedValue(t *testing.T) {
	for _, s := range []string{"だと発表された", "であると説明した", "だという"} {
		assert.True(t, ReportedValue(s), s)
	}
	for _, s := range []string{"に発表された", "、発売した", ""} {
		assert.False(t, ReportedValue(s), s)
	}
}

func TestReporting(t *testing.T) {
	for s, want := range map[string]bool{"発表した。": true, "明らかにした": true, "している。": true, "、雨が降った": false, "いう。": false} {
		if got := Reporting(s); got != want {
			t.Errorf("Reporting(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPastPlan(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"計画だった。", true},
		{"予定していたが、", true},
		{"予定されていました", true},
		{"はずだった", true},
		{"計画だ。", false},
		{"予定で、", false},
		{"計画的だった", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PastPlan(tt.in), tt.in)
	}
}

func TestNoAim(t *testing.T) {
	for _, tt := range []struct {
		rest string
		want bool
	}{
		{"す。", false},           // 4期目を目指す。: a plan
		{"し、準備を進める。", false},    // 目指し、…: a plan
		{"す町長と新人が立候補した。", true}, // the aim of the one described
		{"すチームに敗れた。", true},
		{"した現職を新人が退けた。", true}, // told in the past
		{"されていた計画", true},
	} {
		assert.Equal(t, tt.want, NoAim(tt.rest), tt.rest)
	}
}

func TestInCompound(t *testing.T) {
	for _, tt := range []struct {
		word, rest string
		want       bool
	}{
		{"予定", "日の前後に実家へ帰る交通費を補助した。", true}, // 入居予定日: a day, no plan
		{"予定", "地の造成を終えた。", true},
		{"期限", "切れの食品を配った。", true},
		{"予定", "だ。", false},
		{"方向で", "調整している。", false}, // a particle between: the plan stands
	} {
		assert.Equal(t, tt.want, InCompound(tt.word, tt.rest), tt.word+tt.rest)
	}
}

func TestClauseOverNoun(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"に変わる運賃の額で合意した。", true},
		{"から始まる新制度", true},
		{"に壊れた橋の点検", true},
		{"に行った工事の不具合", true},
		{"まで開く窓口", true},
		{"に集まる予定だ。", false},
		{"に壊れた。", false},
		{"に開いた。", false},
		{"、市は発表した。", false},
		{"にまた大きな", false},
		{"に点検した", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ClauseOverNoun(tt.in), tt.in)
	}
}
