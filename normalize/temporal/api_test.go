package temporal

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
)

func TestParseDate(t *testing.T) {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	tests := []struct {
		in, text, value string
		start           time.Time
		n               int
		anchor          article.Anchor
	}{
		{"2026/03/12 更新: 2026/03/13", "2026/03/12", "2026-03-12", time.Date(2026, 3, 12, 0, 0, 0, 0, japan), 10, article.AnchorNone},
		{"2025年12月29日", "2025年12月29日", "2025-12-29", time.Date(2025, 12, 29, 0, 0, 0, 0, japan), 17, article.AnchorNone},
		{"2023年4月3日 9時01分", "2023年4月3日 9時01分", "2023-04-03T09:01", time.Date(2023, 4, 3, 9, 1, 0, 0, japan), 25, article.AnchorNone},
		{"2022年10月17日19時09分 更新", "2022年10月17日19時09分", "2022-10-17T19:09", time.Date(2022, 10, 17, 19, 9, 0, 0, japan), 27, article.AnchorNone},
		{"2023.03.31", "2023.03.31", "2023-03-31", time.Date(2023, 3, 31, 0, 0, 0, 0, japan), 10, article.AnchorNone},
		{"2011-10-11T15:50:00+0900", "2011-10-11T15:50:00+0900", "2011-10-11T15:50:00", time.Date(2011, 10, 11, 15, 50, 0, 0, japan), 24, article.AnchorNone},
		{"2011-10-11T06:50:00Z", "2011-10-11T06:50:00Z", "2011-10-11T06:50:00", time.Date(2011, 10, 11, 15, 50, 0, 0, japan), 20, article.AnchorNone},
		{"２０２５年１２月２９日（月）", "２０２５年１２月２９日（月）", "2025-12-29", time.Date(2025, 12, 29, 0, 0, 0, 0, japan), 38, article.AnchorNone},
		{"  2025/12/29", "2025/12/29", "2025-12-29", time.Date(2025, 12, 29, 0, 0, 0, 0, japan), 12, article.AnchorNone},
		{"3/9(木) 18:45", "3/9(木) 18:45", "2023-03-09T18:45", time.Date(2023, 3, 9, 18, 45, 0, 0, japan), 14, article.AnchorDocument},
		{"4/6 09:08", "4/6 09:08", "2025-04-06T09:08", time.Date(2025, 4, 6, 9, 8, 0, 0, japan), 9, article.AnchorDocument},
		{"12/28(日)", "12/28(日)", "2025-12-28", time.Date(2025, 12, 28, 0, 0, 0, 0, japan), 10, article.AnchorDocument},
		{"令和7年12月29日", "令和7年12月29日", "2025-12-29", time.Date(2025, 12, 29, 0, 0, 0, 0, japan), 21, article.AnchorNone},
		{"2023年4月2日 21時01分", "2023年4月2日 21時01分", "2023-04-02T21:01", time.Date(2023, 4, 2, 21, 1, 0, 0, japan), 26, article.AnchorNone},
		{"2025年12月29日 午後3時", "2025年12月29日 午後3時", "2025-12-29T15:00", time.Date(2025, 12, 29, 15, 0, 0, 0, japan), 30, article.AnchorNone},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, n, err := ParseDate(tt.in, ref)
			require.NoError(t, err)
			assert.Equal(t, tt.text, got.Text)
			assert.Equal(t, tt.value, got.Value)
			assert.True(t, tt.start.Equal(got.Start), "start %v, want %v", got.Start, tt.start)
			assert.Equal(t, strings.Index(tt.in, tt.text)+len(tt.text), n)
			assert.Equal(t, tt.anchor, got.Anchor)
			assert.Equal(t, tt.text, got.Span.In(tt.in))
		})
	}
}

// A stamp with a weekday and no year, read with a reference a little
// before the page's date, stays in the reference's year rather than going
// back years to the last past day of that weekday.
func TestParseDateStampAfterReference(t *testing.T) {
	tests := []struct {
		in    string
		ref   time.Time
		value string
	}{
		{"12/28(月) 9:15配信", time.Date(2026, 12, 7, 12, 0, 0, 0, japan), "2026-12-28T09:15"},
		{"12/28(月) 9:15配信", time.Date(2027, 3, 1, 0, 0, 0, 0, japan), "2026-12-28T09:15"},
		// two months ahead is too far: the last past Monday the 28th
		{"12/28(月) 9:15配信", time.Date(2026, 10, 20, 0, 0, 0, 0, japan), "2020-12-28T09:15"},
		// the weekday fits a day of this year already past: that day
		{"11/30(月)", time.Date(2026, 12, 7, 0, 0, 0, 0, japan), "2026-11-30"},
	}
	for _, tt := range tests {
		t.Run(tt.in+" "+tt.ref.Format("2006-01-02"), func(t *testing.T) {
			got, _, err := ParseDate(tt.in, tt.ref)
			require.NoError(t, err)
			assert.Equal(t, tt.value, got.Value)
		})
	}
}

func TestParseDateRelativeStamps(t *testing.T) {
	ref := time.Date(2024, 3, 10, 12, 40, 0, 0, japan)
	tests := []struct {
		in, value string
		typ       article.TimeType
		start     time.Time
		d         time.Duration
	}{
		{"1 時間前", "2024-03-10T11", article.TypeTime, time.Date(2024, 3, 10, 11, 0, 0, 0, japan), time.Hour},
		{"30分前", "2024-03-10T12:10", article.TypeTime, time.Date(2024, 3, 10, 12, 10, 0, 0, japan), time.Minute},
		{"１３時間前", "2024-03-09T23", article.TypeTime, time.Date(2024, 3, 9, 23, 0, 0, 0, japan), time.Hour},
		{"2日前", "2024-03-08", article.TypeDate, time.Date(2024, 3, 8, 0, 0, 0, 0, japan), 24 * time.Hour},
	}
	for _, tt := range tests {
		got, n, err := ParseDate(tt.in+" 配信", ref)
		require.NoError(t, err, tt.in)
		assert.Equal(t, len(tt.in), n, tt.in)
		assert.Equal(t, tt.value, got.Value, tt.in)
		assert.Equal(t, tt.typ, got.Type, tt.in)
		assert.Equal(t, article.ModApprox, got.Mod, tt.in)
		assert.Equal(t, article.AnchorDocument, got.Anchor, tt.in)
		assert.True(t, tt.start.Equal(got.Start), "%s: start %v", tt.in, got.Start)
		assert.Equal(t, tt.d, got.End.Sub(got.Start), tt.in)
		assert.True(t, ValidValue(got.Value), tt.in)
	}
	got, _, err := ParseDate("1 時間前", time.Time{})
	require.NoError(t, err)
	assert.Equal(t, "PAST_REF", got.Value)
	assert.False(t, got.Resolved())
	for _, in := range []string{"30分前後", "3時間", "一時間前"} {
		_, _, err := ParseDate(in, ref)
		assert.ErrorIs(t, err, ErrNoDate, in)
	}
}

func TestParseDateIn(t *testing.T) {
	pub := time.Date(2024, 12, 31, 22, 10, 0, 0, japan)
	got, _, err := ParseDateIn("1/1 08:15", Context{Ref: pub, Tense: Future})
	require.NoError(t, err)
	assert.Equal(t, "2025-01-01T08:15", got.Value)
	got, _, err = ParseDateIn("1/1 08:15", Context{Ref: pub})
	require.NoError(t, err)
	assert.Equal(t, "2024-01-01T08:15", got.Value, "Unknown is Past for a dateline")

	utc := time.UTC
	got, _, err = ParseDateIn("2025/1/2 10:00", Context{Loc: utc})
	require.NoError(t, err)
	assert.True(t, time.Date(2025, 1, 2, 10, 0, 0, 0, utc).Equal(got.Start), "%v", got.Start)
	got, _, err = ParseDateIn("2011-10-11T15:50:00+0900", Context{Loc: utc})
	require.NoError(t, err)
	assert.True(t, time.Date(2011, 10, 11, 6, 50, 0, 0, utc).Equal(got.Start), "a written offset wins: %v", got.Start)

	for _, in := range []string{"2023年2月30日", "2023/2/30", "令和5年2月29日"} {
		_, _, err := ParseDateIn(in, Context{})
		assert.ErrorIs(t, err, ErrNoDate, in)
	}
}

func TestParseDateUnknownYear(t *testing.T) {
	got, _, err := ParseDate("3/9(木) 18:45", time.Time{})
	require.NoError(t, err)
	assert.Equal(t, "XXXX-03-09T18:45", got.Value)
	assert.False(t, got.Resolved())
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{"", "更新: 2025/12/29", "きょう", "先週", "28項目", "90%", "\xff\xfe", "2025"} {
		_, n, err := ParseDate(in, time.Time{})
		assert.True(t, errors.Is(err, ErrNoDate), "%q: %v", in, err)
		assert.Equal(t, 0, n)
		assert.Contains(t, err.Error(), "temporal: no date")
	}
}

func TestResolverCarriesPrevious(t *testing.T) {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	r := NewResolver(ref)
	doc := []string{"首相は11月3日に訪米した。", "翌日、大統領と会談した。", "同月末に帰国した。"}
	var got []string
	off := 0
	for _, s := range doc {
		for _, f := range r.Find(s, off, Unknown) {
			got = append(got, f.Text+"="+f.Value+"/"+string(f.Anchor))
			assert.Equal(t, f.Text, f.Span.In(doc[0]+doc[1]+doc[2]))
		}
		off += len(s)
	}
	assert.Equal(t, []string{"11月3日=2025-11-03/document", "翌日=2025-11-04/previous", "同月末=2025-11/previous"}, got)
	v, ok := r.Previous()
	assert.True(t, ok)
	assert.Equal(t, "2025-11", v)
}

// TestResolverCarriesRangeAndEra: the range a first or last day counts
// from, and the era 同 repeats, carry from one sentence to the next.
func TestResolverCarriesRangeAndEra(t *testing.T) {
	ref := time.Date(2026, 5, 1, 0, 0, 0, 0, japan)
	tests := []struct {
		doc  []string
		want []string
	}{
		{[]string{"写真展は5月9日～25日に港北で開かれる。", "初日は作家が会場に来る。", "最終日には対談も予定されている。"},
			[]string{"5月9日=2026-05-09", "25日=2026-05-25", "初日=2026-05-09", "最終日=2026-05-25"}},
		{[]string{"工場は昭和48年に稼働した。", "同55年3月に閉鎖された。"},
			[]string{"昭和48年=1973", "同55年3月=1980-03"}},
	}
	for _, tt := range tests {
		r := NewResolver(ref)
		var got []string
		for _, s := range tt.doc {
			for _, f := range r.Find(s, 0, Unknown) {
				got = append(got, f.Text+"="+f.Value)
			}
		}
		assert.Equal(t, tt.want, got)
	}
}

func TestContextPreviousAndLocation(t *testing.T) {
	ny := time.FixedZone("EST", -5*3600)
	prev := article.Time{Value: "2025-12-28T13:00"}
	got := Find("同日夜、声明を出した。", Context{Ref: time.Date(2025, 12, 29, 0, 0, 0, 0, ny), Previous: &prev, Loc: ny})
	require.Len(t, got, 1)
	assert.Equal(t, "2025-12-28TNI", got[0].Value)
	assert.Equal(t, time.Date(2025, 12, 28, 18, 0, 0, 0, ny), got[0].Start)
	assert.Equal(t, article.AnchorPrevious, got[0].Anchor)
}

func TestZone(t *testing.T) {
	got := Find("現地時間28日午後、日本時間29日午前に発表した。", Context{Ref: time.Date(2025, 12, 29, 0, 0, 0, 0, japan)})
	require.Len(t, got, 2)
	assert.Equal(t, "現地時間", got[0].Zone)
	assert.Equal(t, "日本時間", got[1].Zone)
}

func TestScanRanges(t *testing.T) {
	res := Scan("会期は12月22日から28日までで、1月中旬から下旬にかけて再開する。", Context{Ref: time.Date(2025, 12, 29, 0, 0, 0, 0, japan)})
	require.Len(t, res.Times, 4)
	assert.Equal(t, []Range{{From: 0, To: 1}, {From: 2, To: 3}}, res.Ranges)
	assert.Equal(t, "2026-01", res.Times[3].Value)
}

func TestTenseOverride(t *testing.T) {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	for tense, want := range map[Tense]string{Past: "2025-03-05", Future: "2026-03-05", Unknown: "2026-03-05"} {
		got := Find("3月5日", Context{Ref: ref, Tense: tense})
		require.Len(t, got, 1)
		assert.Equal(t, want, got[0].Value, tense.String())
	}
}

// TenseAt resolves each expression with the tense the caller reads for
// it, asked with offsets into the text as given (full-width digits
// included); Tense, when known, wins over it.
func TestTenseAt(t *testing.T) {
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	text := "３月５日に着工し、６月７日に完成する。"
	var asked []string
	ctx := Context{Ref: ref, TenseAt: func(start, end int) Tense {
		asked = append(asked, text[start:end])
		if strings.HasPrefix(text[end:], "に着工") {
			return Past
		}
		return Unknown
	}}
	tests := []struct {
		name  string
		tense Tense
		want  []string
		asked []string
	}{
		{"each its own", Unknown, []string{"2025-03-05", "2026-06-07"}, []string{"３月５日", "６月７日"}},
		{"the text's tense first", Future, []string{"2026-03-05", "2026-06-07"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked = nil
			ctx.Tense = tt.tense
			got := Find(text, ctx)
			require.Len(t, got, 2)
			assert.Equal(t, tt.want, []string{got[0].Value, got[1].Value})
			assert.Equal(t, tt.asked, asked)
		})
	}
}

// この日 and 同日 count from the last day mentioned, when the mention just
// before them is only a month.
func TestPreviousDay(t *testing.T) {
	ref := time.Date(2010, 7, 20, 0, 0, 0, 0, japan)
	month := article.Time{Value: "2010-06"}
	day := article.Time{Value: "2010-07-19"}
	tests := []struct {
		name    string
		text    string
		prevDay *article.Time
		want    string
	}{
		{"the day before the month", "この日、表彰された。", &day, "2010-07-19"},
		{"no day: the document's", "この日、表彰された。", nil, "2010-07-20"},
		{"a clock time alone, past the month", "最終便は午後5時半ごろに出発した。", &day, "2010-07-19T17:30"},
		{"a clock time alone, no day: the document's", "最終便は午後5時半ごろに出発した。", nil, "2010-07-20T17:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, Context{Ref: ref, Previous: &month, PreviousDay: tt.prevDay})
			require.Len(t, got, 1)
			assert.Equal(t, tt.want, got[0].Value)
		})
	}
}

// A time of day standing alone is of the story's day when the previous day
// only named a thing of an earlier one; a day of the text, or a word counted
// from the previous mention, is read as before.
func TestStoryDay(t *testing.T) {
	ref := time.Date(2026, 3, 9, 0, 0, 0, 0, japan)
	back := article.Time{Value: "2026-03-05"}
	story := article.Time{Value: "2026-03-08TNI"}
	tests := []struct {
		name  string
		text  string
		story *article.Time
		want  []string
	}{
		{"a clock time alone", "停電は午後11時ごろに解消した。", &story, []string{"2026-03-08T23:00"}},
		{"a part of the day alone", "夜には復旧した。", &story, []string{"2026-03-08TNI"}},
		{"no story day: the previous day", "停電は午後11時ごろに解消した。", nil, []string{"2026-03-05T23:00"}},
		{"a day of the text first", "6日に点検し、午後3時に終えた。", &story, []string{"2026-03-06", "2026-03-06T15:00"}},
		{"the day after counts from the previous mention", "翌日に交換した。", &story, []string{"2026-03-06"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range Find(tt.text, Context{Ref: ref, Previous: &back, StoryDay: tt.story}) {
				got = append(got, x.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestValidValue(t *testing.T) {
	for _, v := range []string{"2025-12-28", "2025-12", "2025", "2025-W52", "2025-W52-WE", "2025-SU", "2025-Q3", "2025-H1",
		"199", "18", "FY2025", "FY2025-Q3", "2025-12-28T13:00", "2025-12-28TAF", "2011-10-11T15:50:00", "P3D", "PT1H",
		"P2W", "PXD", "PXW", "PT1H30M", "P1Y6M", "XXXX-12-28", "XXXX-XX-28", "XXXX-WXX-1", "XXXX-XX-XXTMO", "PAST_REF"} {
		assert.True(t, ValidValue(v), v)
	}
	for _, v := range []string{"", "P", "PT", "2025-13", "2025-12-32", "2025-W54", "2025-12-28T25:00", "2025-12-28T13:60",
		"FY2025-SU", "2025-Q5", "12月28日", "2025-12-28T", "P3", "XXXX-12-28T1"} {
		assert.False(t, ValidValue(v), v)
	}
}

func TestHolidayComputations(t *testing.T) {
	// 春分の日 and 秋分の日 as published for these years.
	for y, want := range map[int][2]int{2020: {20, 22}, 2023: {21, 23}, 2024: {20, 22}, 2025: {20, 23}, 2026: {20, 23}, 2012: {20, 22}} {
		sp, _ := equinox(y, true)
		au, _ := equinox(y, false)
		assert.Equal(t, want, [2]int{sp, au}, "%d", y)
	}
	assert.Equal(t, 12, nthMonday(2026, 1, 2))
	assert.Equal(t, 13, nthMonday(2025, 10, 2))
}

func TestBadInput(t *testing.T) {
	for _, in := range []string{"", "\xff\xfe\xfd", "年月日", "99999999999日", "「「「「28日」", "〜〜〜から", "第", "28日から", "から28日"} {
		checkTimes(t, in, Find(in, Context{Ref: time.Date(2025, 12, 29, 0, 0, 0, 0, japan)}))
	}
}

// TestAside: a time given again in another zone, in round brackets after
// the first, is found but is no point the next anaphor counts from.
func TestAside(t *testing.T) {
	ref := time.Date(2025, 11, 14, 0, 0, 0, 0, japan)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Japan time in brackets", "政府は13日（日本時間14日午前）、規制を発表した。同日夜に声明を出した。", []string{"2025-11-13", "2025-11-14TMO", "2025-11-13TNI"}},
		{"local time outside brackets counts", "式典は現地時間14日午前に始まった。同日夜に閉会した。", []string{"2025-11-14TMO", "2025-11-14TNI"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range Find(tt.text, Context{Ref: ref, Tense: Past}) {
				got = append(got, x.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestQuotationKeepsItsDays: the days said inside a quotation count from
// one another, but the text after it goes on from the day the narration
// gave before it.
func TestQuotationKeepsItsDays(t *testing.T) {
	ref := time.Date(2025, 7, 3, 0, 0, 0, 0, japan)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"同日 after a quotation's 今日", "女性は2日、電話で「今日中に必要だ」と言われ、同日夕に現金を渡した。翌日、被害に気づいた。",
			[]string{"2025-07-02", "2025-07-02", "2025-07-02TEV", "2025-07-03"}},
		{"the day given in an earlier sentence", "女性は電話で「今日中に必要だ」と言われ、同日夕に現金を渡した。翌日、被害に気づいた。",
			[]string{"2025-07-03", "2025-06-26TEV", "2025-06-27"}},
		{"翌日 inside the quotation counts from its own day", "男は1日、「10日に会い、翌日に別れた」と話した。同日夜に帰宅した。",
			[]string{"2025-07-01", "2025-06-10", "2025-06-11", "2025-07-01TNI"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			prev := article.Time{Type: article.TypeDate, Value: "2025-06-26"}
			for _, x := range Find(tt.text, Context{Ref: ref, Tense: Past, Previous: &prev}) {
				got = append(got, x.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestAnchorsInTheText checks dates that take their anchor from what the
// text told before them: 翌日 after a past clause counts from the last day
// told, past a coarser mention of a plan (after その it stays within the
// plan's month); a month with no year, in the sentence of a past year or
// season the text just gave, is of that year; an anaphoric year glossed
// with its year in brackets is that year.
func TestAnchorsInTheText(t *testing.T) {
	july26 := time.Date(2026, 7, 10, 0, 0, 0, 0, japan)
	july25 := time.Date(2025, 7, 10, 0, 0, 0, 0, japan)
	tests := []struct {
		ref        time.Time
		name, text string
		want       []string
	}{
		{july26, "a past clause", "子馬は3日に生まれた。来月中旬から公開する。獣医は着いた翌日に診た。",
			[]string{"2026-07-03", "2026-08", "2026-07-04"}},
		{july26, "a past clause with a verb in kanji", "荷物は5日に届いた。来月上旬に返送する。届いた翌日に開けた。",
			[]string{"2026-07-05", "2026-08", "2026-07-06"}},
		{july26, "その after a plan's month", "来月上旬に説明会を開く。その翌日には見学会を開く。",
			[]string{"2026-08", "2026-08"}},
		{july25, "a month within last summer", "昨年夏は海の事故が相次ぎ、最も多かったのは7月だった。", []string{"2024-SU", "2024-07"}},
		{july25, "a month after a past year, in the past", "2019年に倉庫を建て、8月に使い始めた。", []string{"2019", "2019-08"}},
		{july25, "a winter's month of the next year", "2023年冬は雪が多く、2月に道が閉ざされた。", []string{"2023-WI", "2024-02"}},
		{july25, "a plan after a past year", "2019年に倉庫を建てたが、8月に取り壊す。", []string{"2019", "2025-08"}},
		{july25, "a month outside the season", "昨年夏は海の事故が相次ぎ、10月にも起きた。", []string{"2024-SU", "2024-10"}},
		{july25, "a month after a period begun in a past year", "2019年から売り込みを続け、3月に新型を出した。", []string{"2019", "2025-03"}},
		{july25, "a month after a year a period began in", "1999年以来、港の祭りは8月1日に開いた。", []string{"1999", "2024-08-01"}},
		{july25, "the next sentence keeps its own reading", "2019年に倉庫を建てた。8月に使い始めた。", []string{"2019", "2024-08"}},
		{july25, "同年 glossed", "蔵から古い帳面が見つかった。店は同年（1891年）に開いたとみられる。", []string{"1891", "1891"}},
		{july25, "前年 glossed", "式は前年(2019年)に始まった。", []string{"2019", "2019"}},
		{july25, "同年 alone", "2019年に店を開いた。同年に支店も出した。", []string{"2019", "2019"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range Find(tt.text, Context{Ref: tt.ref}) {
				got = append(got, x.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestGlossedDay: a day counted from the one the text tells and glossed
// with its date (前日の15日) does not move the day 同日 counts from.
func TestGlossedDay(t *testing.T) {
	ref := time.Date(2026, 7, 16, 0, 0, 0, 0, japan)
	prev := article.Time{Type: article.TypeDate, Value: "2026-07-16"}
	var got []string
	for _, x := range Find("学校は前日の15日から休校している。市は同日、窓口を設けた。", Context{Ref: ref, Tense: Past, Previous: &prev}) {
		got = append(got, x.Text+"="+x.Value)
	}
	assert.Equal(t, []string{"前日=2026-07-15", "15日=2026-07-15", "同日=2026-07-16"}, got)
}

// TestCarriedYearIsNoTopic: a year mentioned in an earlier text (昨季 of
// the sentence before) does not give its year to a month and day that
// open the next one; a year right before them in the same text does.
func TestCarriedYearIsNoTopic(t *testing.T) {
	ref := time.Date(2025, 12, 15, 0, 0, 0, 0, japan)
	prev := article.Time{Type: article.TypeDate, Value: "2024"}
	for _, tt := range []struct{ text, want string }{
		{"12月20日（土）にはすべてのリフトが動く予定だ。", "2025-12-20"},
		{"昨年は12月20日に滑れた。", "2024-12-20"},
	} {
		got := Find(tt.text, Context{Ref: ref, Previous: &prev})
		require.NotEmpty(t, got, tt.text)
		assert.Equal(t, tt.want, got[len(got)-1].Value, tt.text)
	}
}

// TestStepBeforeThePredicate: a verb's た before うえで or あとで is a step
// of the statement, not its past; the predicate after it decides.
func TestStepBeforeThePredicate(t *testing.T) {
	ref := time.Date(2025, 11, 28, 0, 0, 0, 0, japan)
	got := Find("工事は12月上旬に始まり、町は来年2月に説明会を開いたうえで、春に本体を着工する計画だ。", Context{Ref: ref})
	require.NotEmpty(t, got)
	assert.Equal(t, "2025-12", got[0].Value)
}
