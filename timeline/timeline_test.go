package timeline_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/quote"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

const seedPath = "../../shared/seed/ukraine-peace-talks.txt"

func readSeed(tb testing.TB) []byte {
	tb.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skipf("seed not available: %v", err)
	}
	return src
}

// mustParse parses src with its quotations and entities attributed with
// the dictionary (parse's default), so that the invariants can check actors
// against the same entities Build sees.
func mustParse(tb testing.TB, src []byte, opts ...parse.Option) *article.Article {
	tb.Helper()
	a, err := parse.Parse(src, opts...)
	require.NoError(tb, err)
	return a
}

// find returns the events whose expression is written surface and whose
// statement contains text.
func find(tl *timeline.Timeline, surface, text string) []timeline.Event {
	var out []timeline.Event
	for _, list := range [][]timeline.Event{tl.Events, tl.Unplaced} {
		for _, e := range list {
			if strings.Contains(e.When.Text, surface) && strings.Contains(e.Text, text) {
				out = append(out, e)
			}
		}
	}
	return out
}

// row is one expected event: the expression as written, a piece of its
// statement, and its value, modifier and anchor ("" means any).
type row struct {
	surface, text string
	value         string
	mod           article.Mod
	anchor        article.Anchor
	start         string // the statement starts with this, when given
}

func checkRows(t *testing.T, tl *timeline.Timeline, rows []row) {
	t.Helper()
	for _, r := range rows {
		evs := find(tl, r.surface, r.text)
		if !assert.NotEmpty(t, evs, "no event for %q in a statement with %q\n%s", r.surface, r.text, tl) {
			continue
		}
		e := evs[0]
		assert.Equal(t, r.value, e.When.Value, "%q in %q", r.surface, e.Text)
		if r.mod != "" {
			assert.Equal(t, r.mod, e.When.Mod, "%q in %q", r.surface, e.Text)
		}
		if r.anchor != "" {
			assert.Equal(t, r.anchor, e.When.Anchor, "%q in %q", r.surface, e.Text)
		}
		if r.start != "" {
			assert.True(t, strings.HasPrefix(e.Text, r.start), "%q: statement %q should start with %q", r.surface, e.Text, r.start)
		}
	}
}

// TestSeed checks every row of the timeline table of the seed article's
// README, by the expression as written and its value (the article's own
// words are not copied here).
func TestSeed(t *testing.T) {
	a := mustParse(t, readSeed(t))
	for _, useMorph := range []bool{true, false} {
		t.Run(map[bool]string{true: "morph", false: "no-morph"}[useMorph], func(t *testing.T) {
			tl := build(t, a, morphOption(useMorph))
			checkRows(t, tl, []row{
				{surface: "2022年2月", value: "2022-02"},
				{surface: "11月20日", value: "2025-11-20"},
				{surface: "12月中旬", value: "2025-12", mod: article.ModMid},
				{surface: "クリスマス", value: "2025-12-25"},
				{surface: "先週", value: "2025-W52"},
				{surface: "先週", value: "2025-W52"},
				{surface: "翌日", value: "2025-12-27", anchor: article.AnchorEvent},
				{surface: "28日", value: "2025-12-28"},
				{surface: "12月28日", value: "2025-12-28"},
				{surface: "12月28日", value: "2025-12-28"},
				{surface: "12月28日", value: "2025-12-28"},
				{surface: "本日午後1時", value: "2025-12-28T13:00", anchor: article.AnchorQuote},
				{surface: "元日", value: "2026-01-01"},
				{surface: "過去1週間", value: "P1W"},
			})
			// The day after: the other meeting is dated, the 12-28 meeting
			// keeps its own date, and nothing lands on 12-29.
			for e := range tl.All() {
				assert.NotEqual(t, "2025-12-29", e.When.Value, "%q dated 12-29: %q", e.When.Text, e.Text)
			}
			var dayAfter []timeline.Event
			for _, e := range find(tl, "翌日", "") {
				if e.When.Anchor == article.AnchorEvent {
					dayAfter = append(dayAfter, e)
				}
			}
			if assert.NotEmpty(t, dayAfter) {
				if useMorph {
					assert.NotEmpty(t, dayAfter[0].Actors)
				}
				assert.NotContains(t, dayAfter[0].Text, "12月28日", "the event counted from the meeting is its own clause")
			}
			// Counts and amounts are not times.
			for _, list := range [][]timeline.Event{tl.Events, tl.Unplaced} {
				for _, e := range list {
					for _, bad := range []string{"機", "発", "億", "項目", "%", "％"} {
						assert.NotContains(t, e.When.Text, bad)
					}
				}
			}
			checkInvariants(t, a, tl)
		})
	}
}

// fixtures lists the expected events of each article in testdata/articles,
// written by hand from the text: they are what a reader would say, not
// what the code printed.
var fixtures = map[string][]row{
	"01-year-boundary": {
		{surface: "12月28日", text: "選定をやり直す", value: "2025-12-28"},
		{surface: "昨年12月", text: "入札では", value: "2025-12"},
		{surface: "1月20日", text: "公告され", value: "2026-01-20"},
		{surface: "1月下旬", text: "実施される予定", value: "2026-01", mod: article.ModEnd},
		{surface: "元日", text: "年頭のあいさつ", value: "2026-01-01"},
		{surface: "今年", text: "港の再生", value: "2026", anchor: article.AnchorQuote},
		{surface: "2018年", text: "策定され", value: "2018"},
		{surface: "2023年度", text: "完成を目指して", value: "FY2023"},
	},
	"02-anaphora-chain": {
		{surface: "3日", text: "表示と異なる", value: "2025-06-03"},
		{surface: "翌日", text: "株価", value: "2025-06-04", anchor: article.AnchorPrevious},
		{surface: "2日後", text: "記者会見", value: "2025-06-06", anchor: article.AnchorPrevious},
		{surface: "同日", text: "取締役会", value: "2025-06-06TNI", anchor: article.AnchorPrevious},
		{surface: "翌週", text: "視察する予定", value: "2025-W24", anchor: article.AnchorPrevious},
	},
	"03-quoted-post": {
		{surface: "14日", text: "SNSへの投稿", value: "2025-09-14"},
		{surface: "本日午前10時", text: "大雨警報", value: "2025-09-14T10:00", anchor: article.AnchorQuote},
		{surface: "明日", text: "警戒を続けて", value: "2025-09-15TMO", anchor: article.AnchorQuote},
		{surface: "13日夜", text: "次のように", value: "2025-09-13TNI"},
		{surface: "明日", text: "外出を控えて", value: "2025-09-14", anchor: article.AnchorQuote},
		{surface: "15日", text: "防災担当者", value: "2025-09-15"},
		{surface: "昨夜", text: "水位", value: "2025-09-14TNI", anchor: article.AnchorQuote},
	},
	"04-wire-dateline": {
		{surface: "5日", text: "輸出規制を強化", value: "2025-11-05"},
		{surface: "12月1日", text: "発効する", value: "2025-12-01"},
		{surface: "5日午後", text: "記者会見し", value: "2025-11-05TAF"},
		{surface: "12月1日", text: "発効する", value: "2025-12-01"},
		{surface: "10月中旬", text: "意見交換", value: "2025-10", mod: article.ModMid},
	},
	"05-day-after": {
		{surface: "10日", text: "就任式", value: "2025-04-10"},
		{surface: "翌日", text: "退任を正式に表明した", value: "2025-04-09", anchor: article.AnchorEvent, start: "前市長の森田浩一氏が"},
		{surface: "14日", text: "リヨン", value: "2025-04-14"},
		{surface: "前日", text: "首脳会談", value: "2025-04-15", anchor: article.AnchorEvent},
	},
	"06-durations": {
		{surface: "過去1週間", text: "火山性地震", value: "P1W"},
		{surface: "19日", text: "噴火警戒レベル", value: "2025-08-19"},
	},
	"07-future-plans": {
		{surface: "3月28日", text: "新型車両を導入", value: "2025-03-28"},
		{surface: "2026年春", text: "新型車両を導入", value: "2026-SP"},
		{surface: "28日", text: "臨時株主総会", value: "2025-04-28"},
		{surface: "9月", text: "試運転", value: "2025-09"},
		{surface: "来年", text: "利用者数", value: "2026"},
	},
	"08-mixed-clauses": {
		{surface: "2019年", text: "上場した", value: "2019", start: "ソフトウエア開発の青葉テックは2019年"},
		{surface: "昨年10月", text: "大口取引先", value: "2024-10", start: "昨年10月に"},
		{surface: "12日", text: "再建計画", value: "2025-05-12"},
		{surface: "6月末", text: "売却", value: "2025-06", mod: article.ModEnd},
		{surface: "2月", text: "見送って", value: "2025-02"},
	},
	"09-eras": {
		{surface: "平成31年3月", text: "閉校", value: "2019-03"},
		{surface: "令和3年", text: "文化財", value: "2021"},
		{surface: "来年4月", text: "記念館", value: "2026-04"},
		{surface: "来年3月上旬", text: "終わる予定", value: "2026-03", mod: article.ModStart},
		{surface: "今秋", text: "改修工事", value: "2025-FA"},
		{surface: "1931年", text: "建てられ", value: "1931"},
		{surface: "1950年代", text: "増築", value: "195"},
	},
	"10-no-date": {
		{surface: "2024年11月3日", text: "約1万人", value: "2024-11-03"},
	},
	"11-weekdays": {
		{surface: "29日", text: "日程を発表", value: "2025-01-29"},
		{surface: "3月28日", text: "開幕戦", value: "2025-03-28"},
		{surface: "先月", text: "残留", value: "2024-12"},
		{surface: "3月15日", text: "オープン戦", value: "2025-03-15"},
	},
	"12-month-of-day": {
		{surface: "11月28日", text: "閣僚会議", value: "2025-11-28"},
		{surface: "28日", text: "開幕する予定", value: "2025-12-28"},
		{surface: "26日", text: "実務者協議", value: "2025-12-26"},
		{surface: "昨年12月", text: "シンガポール", value: "2024-12"},
	},
}

func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 10)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			a := mustParse(t, src)
			tl := build(t, a)
			checkInvariants(t, a, tl)
			rows, ok := fixtures[name]
			require.True(t, ok, "no expectations for %s", name)
			checkRows(t, tl, rows)

			js, err := json.MarshalIndent(tl, "", "  ")
			require.NoError(t, err)
			golden(t, strings.TrimSuffix(f, ".txt")+".json.golden", append(js, '\n'))
			golden(t, strings.TrimSuffix(f, ".txt")+".golden", []byte(tl.String()))
		})
	}
}

func TestNoReference(t *testing.T) {
	src, err := os.ReadFile("testdata/articles/10-no-date.txt")
	require.NoError(t, err)
	a := mustParse(t, src)
	tl := build(t, a)
	unplaced := map[string]bool{}
	for _, e := range tl.Unplaced {
		unplaced[e.When.Text] = true
	}
	for _, s := range []string{"8日", "11月3日"} {
		assert.True(t, unplaced[s], "%s should be unplaced without a reference", s)
	}
	// With a reference, the same article is placed.
	ref := time.Date(2025, 9, 10, 0, 0, 0, 0, time.FixedZone("JST", 9*3600))
	tl = build(t, a, timeline.WithReference(ref))
	checkRows(t, tl, []row{
		{surface: "8日", text: "コースを変更", value: "2025-09-08"},
		{surface: "11月3日", text: "大会は11月3日", value: "2025-11-03"},
	})
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got), path)
}

// checkInvariants holds for every timeline: events sorted by key, spans
// inside their paragraph, the expression inside the source, actors present
// in the statement or the quotation's speaker.
func checkInvariants(t testing.TB, a *article.Article, tl *timeline.Timeline) {
	require.NotNil(t, tl)
	require.NotNil(t, tl.Events)
	require.NotNil(t, tl.Unplaced)
	for i := 1; i < len(tl.Events); i++ {
		if tl.Events[i].Key().Before(tl.Events[i-1].Key()) {
			t.Errorf("events %d and %d out of order: %v > %v", i-1, i, tl.Events[i-1].Key(), tl.Events[i].Key())
		}
	}
	for _, list := range [][]timeline.Event{tl.Events, tl.Unplaced} {
		for _, e := range list {
			if e.Paragraph < 0 || e.Paragraph >= len(a.Paragraphs) {
				t.Errorf("event %q: paragraph %d out of range", e.Text, e.Paragraph)
				continue
			}
			p := a.Paragraphs[e.Paragraph]
			if !p.Span.Contains(e.Span) {
				t.Errorf("event %q: span %v outside paragraph %v", e.Text, e.Span, p.Span)
			}
			if e.When.Span.In(a.Source) == "" {
				t.Errorf("event %q: expression span %v not in source", e.When.Text, e.When.Span)
			}
			if e.Actors == nil {
				t.Errorf("event %q: nil actors", e.Text)
			}
			for _, ac := range e.Actors {
				if e.Quote != nil && ac == e.Speaker {
					continue
				}
				if !mentionedIn(a, ac, e.Span) {
					t.Errorf("event %q: actor %q not in the statement", e.Text, ac)
				}
			}
		}
	}
}

func mentionedIn(a *article.Article, name string, sp article.Span) bool {
	for _, list := range [][]article.Entity{a.People, a.Organizations} {
		for _, en := range list {
			if en.Name != name {
				continue
			}
			for _, m := range en.Mentions {
				if sp.Contains(m.Span) {
					return true
				}
			}
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker == name && !q.SpeakerSpan.IsZero() && sp.Contains(q.SpeakerSpan) {
			return true
		}
	}
	return false
}

func TestWriteTextAndJSON(t *testing.T) {
	src, err := os.ReadFile("testdata/articles/05-day-after.txt")
	require.NoError(t, err)
	tl := build(t, mustParse(t, src))
	js, err := json.Marshal(tl)
	require.NoError(t, err)
	var wire struct {
		Events []map[string]json.RawMessage `json:"events"`
	}
	require.NoError(t, json.Unmarshal(js, &wire))
	require.NotEmpty(t, wire.Events)
	for _, k := range []string{"when", "text", "span", "paragraph", "actors"} {
		assert.Contains(t, wire.Events[0], k)
	}
	var b strings.Builder
	require.NoError(t, tl.WriteText(&b))
	assert.Contains(t, b.String(), "2025-04-09 ←event")
	assert.Equal(t, "(no dated statements)\n", build(t, nil).String())
}

func FuzzBuild(f *testing.F) {
	f.Add("見出し\n\n2025/12/29\n\n同社は28日、「本日午後1時に会う」と述べた。翌日に発表した。")
	f.Add("12月28日の会談は、首相が計画を発表した翌日に行われた。過去1週間で増えた。")
	f.Add("【ワシントン共同】5日午後（日本時間6日未明）に会見した。その2日後、前日比で下落。")
	f.Add("「「「」」」、、、翌日の翌日の前日。")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := parse.Parse([]byte(s))
		if err != nil {
			return
		}
		quote.Attribute(a, nil)
		tl, err := timeline.Build(a, timeline.WithoutMorphology())
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, a, tl)
	})
}

func BenchmarkSeedPipeline(b *testing.B) {
	src := readSeed(b)
	if _, err := morph.Default(); err != nil { // load the dictionary before timing
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := parse.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := timeline.Build(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedKagome tokenizes the seed with the dictionary loaded: the
// yardstick for BenchmarkSeedPipeline.
func BenchmarkSeedKagome(b *testing.B) {
	src := readSeed(b)
	an, err := morph.Default()
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		an.Tokenize(text)
	}
}

// TestApposedRelativeDay: 前日の2日 names one day; the text's own date wins
// over the relative word, whatever mention the relative word would count from.
func TestApposedRelativeDay(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // expression=value, in timeline order
	}{
		{"agrees", "市は3日、計画を発表した。前日の2日には説明会が開かれた。", []string{"2日=2026-08-02", "3日=2026-08-03"}},
		{"disagrees", "市は3日に発表した。会長は4日に反論した。前日の2日には説明会が開かれた。", []string{"2日=2026-08-02", "3日=2026-08-03", "4日=2026-08-04"}},
		{"not apposed", "市は3日に発表した。その前日に説明会が開かれた。", []string{"その前日=2026-08-02", "3日=2026-08-03"}},
		{"the day after an event dated in its own clause", "店主は、3日に店を閉めた翌日、常連客に礼状を出したと話した。", []string{"3日=2026-08-03", "翌日=2026-08-04"}},
		{"the day after an event, the date the main clause's", "開館式は3日、旧館の閉館式が開かれた翌日に行われた。", []string{"翌日=2026-08-02", "3日=2026-08-03"}},
		{"today with its date", "市は本日8月1日から受け付けを始めた。", []string{"8月1日=2026-08-01"}},
		{"today, a comma and its date", "きょう、8月4日は晴れた。", []string{"8月4日=2026-08-04"}},
		{"the next month with its date", "応募は7月21日から翌月8月3日まで受け付けた。", []string{"7月21日=2026-07-21", "8月3日=2026-08-03"}},
		{"the same day after a glossed day is the day told", "市は4日、調査結果を発表した。感染は3日にも確認された。学校は前日の3日から休校している。市は同日、窓口を設けた。",
			[]string{"3日=2026-08-03", "3日=2026-08-03", "4日=2026-08-04", "同日=2026-08-04"}},
		{"a glossed day in the next paragraph", "市は4日、制限を始めると発表した。\n\n水位は前日の3日に下がった。\n\n市長は同日夜に会見した。",
			[]string{"3日=2026-08-03", "4日=2026-08-04", "同日夜=2026-08-04TNI"}},
		{"a past statement after a day ahead is of the day told in the past", "港町の花火大会が4日、始まった。6日は昼の部がある。雨で、会場では開始を30分遅らせ、午後7時半に1発目を打ち上げた。同日夜遅くまで人出が続いた。",
			[]string{"4日=2026-08-04", "同日夜=2026-08-04TNI", "午後7時半=2026-08-04T19:30", "6日=2026-08-06"}},
		{"a day ahead stays the day of its own plans", "市は4日、計画を発表した。説明会は6日に開く。同日は市長も出席する。",
			[]string{"4日=2026-08-04", "6日=2026-08-06", "同日=2026-08-06"}},
		{"a paragraph with no tense after one that ended on a day ahead", "港町FCは4日、北浜SCに勝った。次の9日に勝てば首位に立つ。\n\n試合は午後2時に開始。",
			[]string{"4日=2026-08-04", "午後2時=2026-08-04T14:00", "9日=2026-08-09"}},
		{"a paragraph with no tense after a day ahead in a text of today", "港町テレビは5日朝、特集の内容を発表した。北浜天文台の観測を、あす6日未明に伝える。\n\n深夜1時からは港町FMの特別番組。",
			[]string{"5日朝=2026-08-05TMO", "あす=2026-08-06", "6日未明=2026-08-06TNI", "深夜1時=2026-08-06T01:00"}},
		{"a sentence with no tense in the same paragraph stays on the day ahead", "港町FCは4日、北浜SCに勝った。次節は9日に開く。試合は午後2時開始。",
			[]string{"4日=2026-08-04", "9日=2026-08-09", "午後2時=2026-08-09T14:00"}},
		{"a quotation after a glossed day is of the day written", "昨年6月3日、港南の橋が壊れた。\n\n開通当日の25日には記念の催しを開く。町長は「来春の祭りには十分だ」と話した。",
			[]string{"昨年6月3日=2025-06-03", "25日=2026-08-25", "来春=2027-SP"}},
		{"two relative words after a comma stay two", "来月より今月、明日より今日がいい。", []string{"今月=2026-08", "今日=2026-08-05", "明日=2026-08-06", "来月=2026-09"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte("見出し\n\n2026年8月5日 10時00分\n\n" + tt.body + "\n")
			a, err := parse.Parse(src, parse.WithoutMorphology())
			require.NoError(t, err)
			var got []string
			for e := range build(t, a).All() {
				got = append(got, e.When.Text+"="+e.When.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// build returns the timeline of a, failing the test on an error.
func build(t testing.TB, a *article.Article, opts ...timeline.Option) *timeline.Timeline {
	t.Helper()
	tl, err := timeline.Build(a, opts...)
	require.NoError(t, err)
	return tl
}

// morphOption returns the options that use the morphological analyzer
// or not.
func morphOption(on bool) timeline.Option {
	if on {
		return nil
	}
	return timeline.WithoutMorphology()
}

func TestBuildErrors(t *testing.T) {
	a := mustParse(t, []byte("見出し\n\n2026年5月2日 9時00分\n\n市は1日、計画を発表した。\n"), parse.WithoutMorphology())
	noSource := *a
	noSource.Source = ""
	short := *a
	short.Source = a.Source[:len(a.Source)/2]
	tests := []struct {
		name string
		a    *article.Article
		want error
	}{
		{"nil article", nil, nil},
		{"parsed", a, nil},
		{"no source", &noSource, timeline.ErrNoSource},
		{"spans past the source", &short, timeline.ErrSpan},
		{"hand-made, text only", &article.Article{Paragraphs: []article.Paragraph{{Text: "1日に発表した。"}}}, timeline.ErrNoSource},
		{"hand-made with source", &article.Article{Source: "1日に発表した。", Paragraphs: []article.Paragraph{{Text: "1日に発表した。", Span: article.Span{End: 22}}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := timeline.Build(tt.a)
			require.NotNil(t, tl)
			if tt.want != nil {
				require.ErrorIs(t, err, tt.want)
				assert.Empty(t, tl.Events)
				return
			}
			require.NoError(t, err)
		})
	}
}

// TestBuildSkipped: an article parsed without morphology is read without
// it, and the timeline says so; WithoutMorphology does the same for any
// article.
func TestBuildSkipped(t *testing.T) {
	src := []byte("見出し\n\n2026年5月2日 9時00分\n\n市は1日、計画を発表した。\n")
	plain := mustParse(t, src, parse.WithoutMorphology())
	tl := build(t, plain)
	assert.Equal(t, []string{article.SkippedMorphology}, tl.Skipped)
	require.Len(t, tl.Events, 1)
	assert.Equal(t, "2026-05-01", tl.Events[0].When.Value)

	full := mustParse(t, src)
	assert.Empty(t, build(t, full).Skipped)
	assert.Equal(t, []string{article.SkippedMorphology}, build(t, full, timeline.WithoutMorphology()).Skipped)
}

// TestBuildReadsQuotes: Build takes the quotations and speakers the
// article holds and runs no analysis of its own; an article with no
// quotation analysis (Quotes nil) says so in Skipped.
func TestBuildReadsQuotes(t *testing.T) {
	src := []byte("見出し\n\n2026年5月2日 9時00分\n\n部長は「1日に決めた」と述べた。\n")
	a := mustParse(t, src, parse.WithoutMorphology())
	require.Len(t, a.Quotes, 1)
	tl := build(t, a)
	require.Len(t, tl.Events, 1)
	require.NotNil(t, tl.Events[0].Quote)
	assert.Equal(t, "部長", tl.Events[0].Speaker)
	assert.NotContains(t, tl.Skipped, timeline.SkippedQuotes)

	bare := *a
	bare.Quotes, bare.People, bare.Organizations = nil, nil, nil
	tl = build(t, &bare)
	assert.Contains(t, tl.Skipped, timeline.SkippedQuotes)
	require.Len(t, tl.Events, 1)
	assert.Nil(t, tl.Events[0].Quote)
	assert.Empty(t, tl.Events[0].Speaker)
	assert.Equal(t, "2026-05-01", tl.Events[0].When.Value)

	none := *a
	none.Quotes = []article.Quote{}
	assert.NotContains(t, build(t, &none).Skipped, timeline.SkippedQuotes)
}

// TestBuildQuoteRegions: quotations are matched to the sentences they
// meet whatever their order in Article.Quotes, overlapping ones included.
func TestBuildQuoteRegions(t *testing.T) {
	src := []byte("見出し\n\n2026年5月2日 9時00分\n\n部長は「1日に決めた」と述べた。課長は「3日に伝える」と話した。\n")
	a := mustParse(t, src, parse.WithoutMorphology())
	require.Len(t, a.Quotes, 2)
	want := build(t, a)
	rev := *a
	rev.Quotes = []article.Quote{a.Quotes[1], a.Quotes[0]}
	got := build(t, &rev)
	require.Len(t, got.Events, 2)
	for i, e := range got.Events {
		require.NotNil(t, e.Quote)
		assert.Equal(t, want.Events[i].Speaker, e.Speaker)
		assert.Equal(t, want.Events[i].When.Value, e.When.Value)
	}
}

// BenchmarkBuildQuotes builds the timeline of articles of growing numbers
// of quoted, dated sentences: the cost per byte should stay flat.
func BenchmarkBuildQuotes(b *testing.B) {
	for _, n := range []int{250, 1000, 4000, 40000} {
		var sb strings.Builder
		sb.WriteString("見出し\n\n2026年5月2日 9時00分\n\n")
		for i := range n {
			fmt.Fprintf(&sb, "部長は%d日、「計画を%d件決めた」と述べた。", i%28+1, i)
			if i%10 == 9 {
				sb.WriteString("\n\n")
			}
		}
		a, err := parse.Parse([]byte(sb.String()), parse.WithoutMorphology())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("quotes=%d", len(a.Quotes)), func(b *testing.B) {
			b.SetBytes(int64(len(a.Source)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := timeline.Build(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDaysUpToTheUpdate: a page updated after its publication was written
// up to its update; a day without its year that the reference puts a year
// back, and that falls between publication and update a year on, is this
// year's, with the days of its sentence that follow it.
func TestDaysUpToTheUpdate(t *testing.T) {
	const meeting = "港町の集会について\n%s\n\n【3月2日更新】3月9日夜に予定していた集会は取りやめました。\n"
	const course = "港町の講座\n%s\n\n講座の受け付けは20日夜までに満員になった。\n"
	tests := []struct {
		name, page, head string
		want             []string
	}{
		{"updated", meeting, "掲載日：2026年2月20日　更新日：2026年3月2日", []string{"3月2日=2026-03-02", "3月9日夜=2026-03-09TNI"}},
		// No update in the header, but the stamp dates one: its
		// paragraph counts from it (see TestAddendumDay).
		{"not updated", meeting, "掲載日：2026年2月20日", []string{"3月2日=2026-03-02", "3月9日夜=2026-03-09TNI"}},
		{"a day alone, updated", course, "2026年7月19日 18:05\n更新：2026年7月20日 23:10", []string{"20日夜=2026-07-20TNI"}},
		{"a day alone, not updated", course, "2026年7月19日 18:05", []string{"20日夜=2026-06-20TNI"}},
		{"a day alone after the update", course, "2026年7月19日 18:05\n更新：2026年7月19日 20:30", []string{"20日夜=2026-06-20TNI"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parse.Parse([]byte(fmt.Sprintf(tt.page, tt.head)), parse.WithoutMorphology())
			require.NoError(t, err)
			var got []string
			for e := range build(t, a, timeline.WithoutMorphology()).All() {
				got = append(got, e.When.Text+"="+e.When.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestBoxEvents: the dated items of a chronology box after the text are
// events of the timeline, told by the box (Paragraph -1, Box set), each
// dated by its own words and not by the day the text spoke of last.
func TestBoxEvents(t *testing.T) {
	src := []byte("北浜の旧灯台、保存へ\n2026年3月8日 6:00\n" +
		"　北浜市は7日、旧灯台を展望台として残すと決めた。\n" +
		"■旧灯台の保存の経過\n1931年5月　灯台が点灯\n2019年度　市が保存を検討\n3月7日　市が改修案を提示\n")
	a, err := parse.Parse(src, parse.WithoutMorphology())
	require.NoError(t, err)
	require.Len(t, a.Boxes, 1)
	type got struct {
		when, value string
		para, box   int
	}
	var evs []got
	for e := range build(t, a, timeline.WithoutMorphology()).All() {
		box := -1
		if e.Box != nil {
			box = *e.Box
		}
		evs = append(evs, got{e.When.Text, e.When.Value, e.Paragraph, box})
	}
	assert.Equal(t, []got{
		{"1931年5月", "1931-05", -1, 0},
		{"2019年度", "FY2019", -1, 0},
		{"7日", "2026-03-07", 0, -1},
		{"3月7日", "2026-03-07", -1, 0},
	}, evs)

	bad := *a
	bad.Boxes = []article.Box{{Items: []article.Text{{Text: "1931年", Span: article.Span{Start: 5, End: len(a.Source) + 1}}}}}
	_, err = timeline.Build(&bad)
	require.ErrorIs(t, err, timeline.ErrSpan)
}

// whens parses src without morphology and returns the text and the value
// of the time of each event of its timeline, in order.
func whens(t *testing.T, src string) []string {
	t.Helper()
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology())
	require.NoError(t, err)
	var got []string
	for e := range build(t, a, timeline.WithoutMorphology()).All() {
		got = append(got, e.When.Text+"="+e.When.Value)
	}
	return got
}

// TestAddendumDay: the deictic words of an addendum stamped with its day
// (【5月8日追記】) count from that day, not from the page's.
func TestAddendumDay(t *testing.T) {
	tests := []struct {
		name, para string
		want       []string
	}{
		{"addendum", "【5月8日追記】対象の世帯には、昨日から案内状を届けています。", []string{"昨日=2026-05-07", "5月8日=2026-05-08"}},
		{"update in square brackets", "［5月9日更新］窓口は明日も受け付けます。", []string{"5月9日=2026-05-09", "明日=2026-05-10"}},
		{"no stamp", "対象の世帯には、昨日から案内状を届けています。", []string{"昨日=2026-05-06"}},
		{"a stamp that dates no addendum", "【5月8日】対象の世帯には、昨日から案内状を届けています。", []string{"昨日=2026-05-06", "5月8日=2026-05-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "港町のごみ収集について\n掲載日：2026年5月7日\n\n港町の清掃局は収集日の誤りを明らかにした。\n\n" + tt.para + "\n"
			assert.Equal(t, tt.want, whens(t, src))
		})
	}
}

// TestSessionDay: the turns of a transcript put on the page days after it
// was spoken count their 今日 and 昨日 from the day of the session, which
// a field above them or the headline gives; a session still to come does
// not move them, nor does a page without turns.
func TestSessionDay(t *testing.T) {
	turns := "北浜町長：今日は一点お知らせします。昨日、北浜川の堤防工事が終わりました。\n記者（港南日報）：明日の式典には出ますか。\n北浜町長：はい、出席します。\n"
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"date field", "北浜町長記者会見\n掲載日：2026年11月9日\n日時：2026年11月5日（木曜日）午後2時から\n場所：役場2階会議室\n", turns,
			[]string{"昨日=2026-11-04", "今日=2026-11-05", "明日=2026-11-06"}},
		{"date in the headline", "11月5日 北浜町長定例記者会見\n掲載日：2026年11月9日\n", turns,
			[]string{"昨日=2026-11-04", "今日=2026-11-05", "明日=2026-11-06"}},
		{"a session to come", "北浜町長記者会見\n掲載日：2026年11月9日\n日時：2026年11月12日（木曜日）午後2時から\n", turns,
			[]string{"昨日=2026-11-08", "今日=2026-11-09", "明日=2026-11-10"}},
		{"no turns", "北浜町の堤防工事\n掲載日：2026年11月9日\n日時：2026年11月5日\n",
			"北浜町長は今日、工事の完了を発表した。昨日、北浜川の堤防工事が終わったという。\n",
			[]string{"今日=2026-11-09", "昨日=2026-11-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parse.Parse([]byte(tt.head+"\n"+tt.body), parse.WithoutMorphology())
			require.NoError(t, err)
			var got []string
			for e := range build(t, a, timeline.WithoutMorphology()).All() {
				if strings.Contains("今日昨日明日", e.When.Text) {
					got = append(got, e.When.Text+"="+e.When.Value)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			assert.Equal(t, want, got)
		})
	}
}

// TestDateGlossingCount: a count of days glossed with the date in
// brackets after it (11日目（23日・港北国技館）) is dated by that date; a
// number of days left (残り4日) is a length, no date.
func TestDateGlossingCount(t *testing.T) {
	tests := []struct {
		name, para string
		want       []string
	}{
		{"day of a tournament", "港北杯5日目（21日・港北体育館）で、沢井が森川を破った。", []string{"21日=2026-09-21"}},
		{"a weekday after a date", "港北祭りは23日（水）に開かれた。", []string{"23日（水）=2026-09-23"}},
		{"days left", "沢井は「残り4日、一戦ずつ戦うだけだ」と話した。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, whens(t, "港北スポーツ\n2026年9月23日 20:00\n\n"+tt.para+"\n"))
		})
	}
}
