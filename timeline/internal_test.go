package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// mark returns the span of the n-th (from 0) occurrence of sub in s.
func mark(t *testing.T, s, sub string) article.Span {
	t.Helper()
	i := strings.Index(s, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", sub, s)
	return article.Span{Start: i, End: i + len(sub)}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		exprs []string
		want  []string
	}{
		{"one expression", "同社は5日、新製品を発表した。", []string{"5日"}, []string{"同社は5日、新製品を発表した。"}},
		{"continuative verb", "同社は2019年に上場し、昨年10月に経営難に陥った。", []string{"2019年", "昨年10月"},
			[]string{"同社は2019年に上場し", "昨年10月に経営難に陥った。"}},
		{"conjunction beats continuative", "彼は3日に会談し、声明を出したが、5日に帰国した。", []string{"3日", "5日"},
			[]string{"彼は3日に会談し、声明を出したが", "5日に帰国した。"}},
		{"topic only", "2日に会った彼は、4日に発つと述べた。", []string{"2日", "4日"},
			[]string{"2日に会った彼は", "4日に発つと述べた。"}},
		{"no boundary", "28日午後（日本時間29日朝）に会見した。", []string{"28日午後", "29日朝"},
			[]string{"28日午後（日本時間29日朝）に会見した。"}},
		{"comma inside brackets is no boundary", "彼は3日「雨が降り、寒い」と話し5日に発った。", []string{"3日", "5日"},
			[]string{"彼は3日「雨が降り、寒い」と話し5日に発った。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := 7
			var ms []article.Time
			for _, e := range tt.exprs {
				sp := mark(t, tt.text, e)
				ms = append(ms, article.Time{Text: e, Span: article.Span{Start: sp.Start + base, End: sp.End + base}})
			}
			src := strings.Repeat("x", base) + tt.text
			var got []string
			for _, c := range segment(tt.text, base, ms) {
				got = append(got, c.In(src))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLexicalTense(t *testing.T) {
	tests := []struct {
		after string
		want  temporal.Tense
	}{
		{"に会談した。", temporal.Past},
		{"に始まったウクライナ戦争", temporal.Past},
		{"に会談する予定だ。", temporal.Future},
		{"に臨時総会を開き、増資を決議する方針だ。", temporal.Future},
		{"に設定してはいないが、期待していると述べた。", temporal.Unknown},
		{"から交渉が続いている。", temporal.Unknown},
		{"に読んだ本", temporal.Past},
		{"に開幕する見通しだ", temporal.Future},
		{"に説明会を開いたうえで、春に着工する計画だ。", temporal.Future},
		{"に説明会を開いたあとに、着工した。", temporal.Past},
		{"", temporal.Unknown},
		{"のため", temporal.Unknown},
		// た of a word, not of a past form
		{"のあなたは", temporal.Unknown},
		{"もまた開く。", temporal.Future},
		{"にまた来た。", temporal.Past},
		// たる is no past: a verb's own kana (あたる, わたる), or a
		// conditional (あたれば)
		{"の夜にあたる。", temporal.Unknown},
		{"まで3日間にわたる。", temporal.Future},
		{"の朝にあたれば、", temporal.Unknown},
		{"に帰港する計画だった。", temporal.Unknown},
		{"に帰港する計画だ。", temporal.Future},
		{"にわたった。", temporal.Past},
		{"に行きました。", temporal.Past},
		// a past relative clause before a prediction
		{"を楽しんだあなたは、きっと幸せが叶うこと間違いなし。", temporal.Unknown},
		{"を楽しんだあなたは家に帰った。", temporal.Past},
		// a clause made a noun by こと keeps its own tense
		{"より発売することがわかった。", temporal.Future},
		{"に式典を開催することを決めた。", temporal.Future},
		{"にも追加の講座を設けることを決めました。", temporal.Future},
		{"に講座を設けることにした。", temporal.Future},
		{"に機械を使うことになった。", temporal.Future},
		{"に温室で新しい品種を育てることに成功した。", temporal.Past},
		{"に港を歩くことを楽しんだ。", temporal.Past},
		{"に見学することができた。", temporal.Past},
		{"より既に販売が開始されており、残りは来月に出る。", temporal.Past},
		{"から営業を続けており、客足も戻る。", temporal.Unknown},
		{"から支給される手当だが、当初は月額2万円が検討されていた。", temporal.Future},
		{"に全米で公開される『港の灯』で主役に抜擢された。", temporal.Future},
		{"に市内で開かれる祭りに出演した。", temporal.Future},
		{"に全米で公開された『港の灯』で主役を演じた。", temporal.Past},
		{"に開かれた会合で決まった。", temporal.Past},
		{"付で社長に就任する人事を発表した。", temporal.Future},
		{"に会長に就任した森川氏が話した。", temporal.Past},
		// a count of the time left before the date
		{"まで、あと2週間を切りました。", temporal.Future},
		{"まで残り3日となった。", temporal.Future},
		// a clause made a topic keeps its own tense; the past after it
		// is the writer's
		{"を演出してくれるということは、お分かり頂けたのではないでしょうか。", temporal.Future},
		{"を迎えることは、誰もが知っていた。", temporal.Future},
		{"を迎えたことは、誰もが知っていた。", temporal.Past},
		// an event awaited on that day
		{"にはライブを控える歌手に話を聞いた。", temporal.Future},
		{"にはライブを終えた歌手に話を聞いた。", temporal.Past},
		// the humble いたす is no past; its past is
		{"は、ゲストを迎えて特別ライブを開催いたします。", temporal.Future},
		{"は、特別ライブを開催いたしました。", temporal.Past},
		// nor is the humble いただく
		{"までは棚卸しのため休みをいただきます。", temporal.Future},
		{"から展示させていただいた。", temporal.Past},
		// a wish is no past
		{"だから、おしゃれをして出掛けたくて。", temporal.Unknown},
		{"に会いたかった。", temporal.Past},
		// the aim of a person a clause describes is no plan
		{"告示され、4期目を目指す町長と新人が立候補した。", temporal.Past},
		{"に告示され、4期目を目指す。", temporal.Future},
		// the past of a relative clause after the date's own clause, or
		// under a deadline, does not govern the date
		{"から始まり、定員に達した時点で打ち切ります。", temporal.Future},
		{"までに登録した人を対象に記念品を配ります。", temporal.Future},
		{"に始まった事業は、来年再開する。", temporal.Past},
		// the ground a claim gives, before として
		{"から翌日にかけて川があふれる恐れがあるとして、住民に避難を促した。", temporal.Future},
		{"に川があふれたとして、住民に被害の届け出を求めた。", temporal.Past},
		// a plan noun inside a compound names a thing (入居予定日), no plan
		{"から、入居予定日の前に引っ越し費用を補助する制度を始めた。", temporal.Past},
		{"から、引っ越し費用を補助する予定だ。", temporal.Future},
		{"に式典を開く方向で調整している。", temporal.Future},
		// a span that describes a noun takes no tense from the report
		{"から初冬にかけての作業を振り返ります。", temporal.Unknown},
		{"から9月までの客数を来週発表する。", temporal.Unknown},
		{"から初冬にかけて畑を耕します。", temporal.Future},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lexicalTense(tt.after), tt.after)
	}
}

func TestMorphTense(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the dictionary")
	}
	an, err := morph.Default()
	require.NoError(t, err)
	tests := []struct {
		after string
		want  temporal.Tense
	}{
		{"に会談した。", temporal.Past},
		{"の会見前に知事と電話で協議した市長は、", temporal.Past},
		{"に会談する予定だ。", temporal.Future},
		{"に臨時総会を開き、増資を決議する方針だ。", temporal.Future},
		{"に設定してはいないが、期待していると述べた。", temporal.Unknown},
		{"に会談し、声明を発表した。", temporal.Past},
		{"に開幕する。", temporal.Future},
		// a clause made a noun by こと or の keeps its own tense
		{"より、発売になることがわかった。", temporal.Future},
		{"に式典を開くことを決めた。", temporal.Future},
		{"に店を開くのが決まった。", temporal.Future},
		{"に見ることができた。", temporal.Past},
		// an action in a relative clause the date is an argument of
		{"から支給される手当だが、当初は月額2万円が検討されていた。", temporal.Future},
		{"にある別荘で過ごした。", temporal.Past},
		// after a continuative verb and a comma, a past form before a noun
		// describes the noun
		{"に漁師が集まって、港に残った古い船を直す話し合いをする。", temporal.Future},
		{"に漁師が集まって、古い船を直した。", temporal.Past},
		{"付で社長に就任する人事を発表した。", temporal.Future},
		{"に社長に就任する森川氏の会見を開いた。", temporal.Future},
		// a continuative state
		{"より既に販売が開始されており、残りは来月に出る。", temporal.Past},
		{"から営業を続けており、客足も戻った。", temporal.Unknown},
		// a plan told in the past: the day may be on either side
		{"に帰港する計画だった。", temporal.Unknown},
		{"朝に港を出て、島の宿に1泊して8日に戻る計画だったが、", temporal.Unknown},
		{"に戻る計画だ。", temporal.Future},
		{"から予定していた新茶の販売を見送ることを決めた。", temporal.Unknown},
		{"から予定されていた式典を取りやめた。", temporal.Unknown},
		// an action alongside the predicate has no tense of its own
		{"から港町に滞在し、民泊をしながら漁の仕事を体験している。", temporal.Unknown},
		{"から港町に滞在し、民泊をしながら漁の仕事を体験した。", temporal.Past},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, morphTense(an, tt.after), tt.after)
	}
}

func TestRelOffset(t *testing.T) {
	tests := []struct {
		in   string
		unit byte
		n    int
		ok   bool
	}{
		{"翌日", 'd', 1, true},
		{"前日", 'd', -1, true},
		{"翌週", 'w', 1, true},
		{"前年", 'y', -1, true},
		{"3日後", 'd', 3, true},
		{"２週間前", 'w', -2, true},
		{"6カ月後", 'm', 6, true},
		{"その翌日", 0, 0, false},
		{"同日", 0, 0, false},
		{"28日", 0, 0, false},
		{"99999999999日後", 0, 0, false},
	}
	for _, tt := range tests {
		u, n, ok := relOffset(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.unit, u, tt.in)
		assert.Equal(t, tt.n, n, tt.in)
	}
}

func day(y int, m time.Month, d int) article.Time {
	s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return article.Time{Type: article.TypeDate, Value: s.Format("2006-01-02"), Start: s, End: s.AddDate(0, 0, 1)}
}

func TestShift(t *testing.T) {
	tests := []struct {
		from  article.Time
		unit  byte
		n     int
		value string
		ok    bool
	}{
		{day(2025, 12, 28), 'd', -1, "2025-12-27", true},
		{day(2026, 1, 1), 'd', -1, "2025-12-31", true},
		{day(2025, 12, 28), 'w', -1, "2025-W51", true},
		{day(2025, 12, 29), 'w', 1, "2026-W02", true},
		{day(2025, 3, 31), 'm', -1, "2025-02", true},
		{day(2025, 1, 15), 'y', -1, "2024", true},
		{article.Time{Value: "2025-12", Start: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, 'd', -1, "", false},
		{article.Time{Value: "XXXX-12-28"}, 'd', -1, "", false},
	}
	for _, tt := range tests {
		got, ok := shift(tt.from, tt.unit, tt.n)
		assert.Equal(t, tt.ok, ok, tt.from.Value)
		assert.Equal(t, tt.value, got.Value, tt.from.Value)
		if ok {
			assert.Equal(t, article.AnchorEvent, got.Anchor)
			assert.True(t, got.Start.Before(got.End))
		}
	}
}

func TestQuoteSentences(t *testing.T) {
	src := "彼は「本日は晴れ。明日は雨だ！『天気』は変わる」と話した。"
	q := mark(t, src, "「本日は晴れ。明日は雨だ！『天気』は変わる」")
	var got []string
	for _, sp := range quoteSentences(src, q) {
		got = append(got, sp.In(src))
	}
	assert.Equal(t, []string{"本日は晴れ。", "明日は雨だ！", "『天気』は変わる"}, got)
	assert.Empty(t, quoteSentences(src, article.Span{Start: 5, End: 2}))
}

func TestMergeParenthesized(t *testing.T) {
	src := "長官は5日午後（日本時間6日未明）に会見し、7日に帰国した。"
	mk := func(s string) Event {
		return Event{When: article.Time{Text: s, Span: mark(t, src, s)}}
	}
	got := mergeParenthesized(src, []Event{mk("5日午後"), mk("6日未明"), mk("7日")})
	require.Len(t, got, 2)
	assert.Equal(t, "5日午後", got[0].When.Text)
	require.Len(t, got[0].Also, 1)
	assert.Equal(t, "6日未明", got[0].Also[0].Text)
	assert.Equal(t, "7日", got[1].When.Text)
}

func TestOrder(t *testing.T) {
	d := func(v string, start int, y int, m time.Month, dd int) Event {
		e := Event{When: day(y, m, dd), Span: article.Span{Start: start, End: start + 3}}
		e.When.Span = e.Span
		e.When.Text = v
		return e
	}
	dur := Event{When: article.Time{Text: "過去1週間", Type: article.TypeDuration, Value: "P1W",
		End: time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC)}, Span: article.Span{Start: 1, End: 2}}
	set := Event{When: article.Time{Text: "毎週月曜日", Type: article.TypeSet, Value: "XXXX-WXX-1"}, Span: article.Span{Start: 50, End: 60}}
	unres := Event{When: article.Time{Text: "28日", Type: article.TypeDate, Value: "XXXX-XX-28"}, Span: article.Span{Start: 40, End: 45}}
	tl := order([]Event{d("b", 30, 2025, 12, 28), set, dur, d("a", 10, 2025, 12, 28), unres, d("c", 20, 2025, 11, 20)})
	var got []string
	for e := range tl.All() {
		got = append(got, e.When.Text)
	}
	assert.Equal(t, []string{"c", "a", "b", "過去1週間"}, got)
	require.Len(t, tl.Unplaced, 2)
	assert.Equal(t, "28日", tl.Unplaced[0].When.Text)
	assert.Equal(t, "毎週月曜日", tl.Unplaced[1].When.Text)
	assert.Equal(t, 4, tl.Len())
	assert.Equal(t, 0, (*Timeline)(nil).Len())
}

func TestDatelineLocation(t *testing.T) {
	assert.Equal(t, "America/New_York", datelineLocation("ワシントン").String())
	assert.NotNil(t, datelineLocation("ニューヨーク支局"))
	assert.Nil(t, datelineLocation("どこか"))
}
