package parse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Invented articles for the caller's metadata.
const (
	// Two title lines, a date line and two paragraphs.
	givenPage = "北浜市、新庁舎の設計案を公表\n市民の意見を3月まで募集\n2025年12月28日 9時30分\n\n" +
		"北浜市は27日、新しい市庁舎の設計案を公表した。木造を多く使い、災害時には避難所として使えるようにする。\n\n" +
		"市は来年3月まで市民の意見を募る。\n"
	// A date line with an update time.
	givenUpdated = "北浜市、新庁舎の設計案を公表\n2025年12月26日 18時00分（最終更新 12月27日 8時15分）\n\n" +
		"北浜市は27日、新しい市庁舎の設計案を公表した。木造を多く使い、災害時には避難所として使えるようにする。\n"
	// A date line without a year.
	givenYearless = "南浦町の漁港で電飾の催し\n12/27 18:45配信\n\n" +
		"南浦町の漁港で27日、漁船に電飾をともす催しが始まった。催しは来月10日まで続く。\n"
	// A wire story whose dateline gives the day alone.
	givenWire = "南浦で漁船の電飾始まる\n\n［南浦 27日 共同］南浦町の漁港で、漁船に電飾をともす催しが始まった。\n"
	// Text without a date line, a short title first.
	givenBare = "冬の港に灯り\n\n南浦町の漁港で28日、漁船に電飾をともす催しが始まった。\n\n催しは来月10日まで続く。\n"
	// A date line, then running text only.
	givenProse = "2025年12月28日 9時30分\n\n南浦町の漁港で28日、漁船に電飾をともす催しが始まった。\n\n催しは来月10日まで続く。\n"
	// A headline with a kicker and a page marker.
	givenKicker = "【独自】北浜市、新庁舎に木造の大屋根（1/2ページ）\n2025年12月28日 9時30分\n\n" +
		"北浜市が新しい市庁舎に木造の大屋根を設けることが分かった。関係者が明らかにした。\n"
	// The livedoor layout: address, time stamp, title, body.
	givenLivedoor = "http://news.example.jp/article/1234/\n2025-12-28T09:30:00+0900\n冬の港を彩る漁船の電飾\n" +
		"南浦町の漁港で28日、漁船に電飾をともす催しが始まった。\n"
)

func TestWithPublished(t *testing.T) {
	pub := time.Date(2025, 12, 28, 9, 30, 0, 0, japan)
	tests := []struct {
		name       string
		src        string
		opts       []Option
		pub        time.Time // the publication time wanted
		text       string    // its printed surface, "" when not printed
		boiler     []string  // the boilerplate wanted
		updated    string    // the update value wanted, "" for none
		datelineAt string    // the value of the wire dateline's day
	}{
		{name: "not printed", src: givenBare, pub: pub, boiler: []string{}},
		{name: "printed the same", src: givenPage, pub: pub, text: "2025年12月28日 9時30分", boiler: []string{}},
		{name: "printed to the day", src: strings.Replace(givenPage, " 9時30分", "", 1), pub: pub.Add(3 * time.Hour), text: "2025年12月28日", boiler: []string{}},
		{name: "printed another time", src: givenPage, pub: pub.Add(3 * time.Hour), boiler: []string{"2025年12月28日 9時30分"}},
		{name: "printed another day", src: givenPage, pub: pub.Add(48 * time.Hour), boiler: []string{"2025年12月28日 9時30分"}},
		{name: "update kept", src: givenUpdated, pub: pub, boiler: []string{}, updated: "2025-12-27T08:15"},
		{name: "update with the same", src: givenUpdated, pub: time.Date(2025, 12, 26, 18, 0, 0, 0, japan), text: "2025年12月26日 18時00分", boiler: []string{}, updated: "2025-12-27T08:15"},
		// The caller's time is the reference of a yearless date line:
		// resolved, it holds the caller's time and lends its surface.
		{name: "yearless line", src: givenYearless, pub: time.Date(2025, 12, 27, 18, 45, 0, 0, japan), text: "12/27 18:45", boiler: []string{}},
		// WithReference wins as the reference: the line then prints
		// another year and goes to the boilerplate.
		{name: "yearless line, reference given", src: givenYearless, opts: []Option{WithReference(time.Date(2031, 6, 1, 0, 0, 0, 0, japan))},
			pub: time.Date(2025, 12, 27, 18, 45, 0, 0, japan), boiler: []string{"12/27 18:45配信"}},
		{name: "wire day", src: givenWire, pub: pub, boiler: []string{}, datelineAt: "2025-12-27"},
		{name: "UTC kept", src: givenBare, pub: time.Date(2025, 12, 28, 0, 30, 15, 999, time.UTC), boiler: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := append([]Option{WithPublished(tt.pub), WithoutMorphology()}, tt.opts...)
			a, err := Parse([]byte(tt.src), opts...)
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			require.NotNil(t, a.Published)
			start := tt.pub.Truncate(time.Second)
			assert.Equal(t, article.TypeTime, a.Published.Type)
			assert.Equal(t, start.Format("2006-01-02T15:04:05"), a.Published.Value)
			assert.Equal(t, start, a.Published.Start)
			assert.Equal(t, start.Add(time.Second), a.Published.End)
			assert.Equal(t, article.AnchorNone, a.Published.Anchor)
			assert.Equal(t, tt.text, a.Published.Text)
			if tt.text == "" {
				assert.Equal(t, article.Span{}, a.Published.Span)
			} else {
				assert.Equal(t, tt.text, a.Published.Span.In(a.Source))
			}
			var boiler []string
			for _, b := range a.Boilerplate {
				boiler = append(boiler, b.Text)
			}
			if boiler == nil {
				boiler = []string{}
			}
			assert.Equal(t, tt.boiler, boiler)
			if tt.updated != "" {
				require.NotNil(t, a.Updated)
				assert.Equal(t, tt.updated, a.Updated.Value)
			}
			if tt.datelineAt != "" {
				require.NotNil(t, a.Dateline)
				require.NotNil(t, a.Dateline.Time)
				assert.Equal(t, tt.datelineAt, a.Dateline.Time.Value)
			}
			assert.NotEmpty(t, a.Paragraphs)
		})
	}
}

// TestWithPublishedAlone compares a parse with WithPublished with one
// without it: only the publication time differs when the text prints
// none.
func TestWithPublishedAlone(t *testing.T) {
	pub := time.Date(2025, 12, 28, 9, 30, 0, 0, japan)
	plain, err := Parse([]byte(givenBare), WithoutMorphology())
	require.NoError(t, err)
	a, err := Parse([]byte(givenBare), WithoutMorphology(), WithPublished(pub))
	require.NoError(t, err)
	require.Nil(t, plain.Published)
	require.NotNil(t, a.Published)
	a.Published = nil
	assert.Equal(t, plain, a)

	// A zero time is no option.
	z, err := Parse([]byte(givenPage), WithoutMorphology(), WithPublished(time.Time{}))
	require.NoError(t, err)
	require.NotNil(t, z.Published)
	assert.Equal(t, "2025-12-28T09:30", z.Published.Value)
}

func TestWithHeadline(t *testing.T) {
	tests := []struct {
		name, src, head string
		want            string   // the headline's text in the source, "" for a zero span
		kicker          string   // "" for none
		subheadline     string   // "" for none
		first           string   // the first paragraph
		boiler          []string // the boilerplate wanted
	}{
		{name: "the detected line", src: givenPage, head: "市民の意見を3月まで募集", want: "市民の意見を3月まで募集",
			subheadline: "北浜市、新庁舎の設計案を公表", first: "北浜市は27日、", boiler: []string{}},
		// The detected headline: the dek under it stays the subheadline.
		{name: "another line", src: givenPage, head: "北浜市、新庁舎の設計案を公表", want: "北浜市、新庁舎の設計案を公表",
			subheadline: "市民の意見を3月まで募集", first: "北浜市は27日、", boiler: []string{}},
		{name: "width and spaces", src: givenPage, head: "　北浜市、新庁舎の設計案を公表 ", want: "北浜市、新庁舎の設計案を公表",
			subheadline: "市民の意見を3月まで募集", first: "北浜市は27日、", boiler: []string{}},
		// The detected headline line is kept as boilerplate.
		{name: "printed nowhere", src: givenPage, head: "北浜市が新庁舎案", subheadline: "市民の意見を3月まで募集",
			first: "北浜市は27日、", boiler: []string{"北浜市、新庁舎の設計案を公表"}},
		{name: "kicker split", src: givenKicker, head: "北浜市、新庁舎に木造の大屋根", want: "北浜市、新庁舎に木造の大屋根",
			kicker: "【独自】", first: "北浜市が新しい", boiler: []string{}},
		{name: "kicker kept", src: givenKicker, head: "【独自】北浜市、新庁舎に木造の大屋根", want: "【独自】北浜市、新庁舎に木造の大屋根",
			first: "北浜市が新しい", boiler: []string{}},
		{name: "page marker kept", src: givenKicker, head: "【独自】北浜市、新庁舎に木造の大屋根（1/2ページ）", want: "【独自】北浜市、新庁舎に木造の大屋根（1/2ページ）",
			first: "北浜市が新しい", boiler: []string{}},
		{name: "bare, printed", src: givenBare, head: "冬の港に灯り", want: "冬の港に灯り", first: "南浦町の漁港で", boiler: []string{}},
		// The short first line would be the headline: it opens the body.
		{name: "bare, printed nowhere", src: givenBare, head: "漁港に電飾", first: "冬の港に灯り", boiler: []string{}},
		// The first paragraph would be the headline: it stays body.
		{name: "prose after the date", src: givenProse, head: "漁港に電飾", first: "南浦町の漁港で", boiler: []string{}},
		{name: "livedoor, printed", src: givenLivedoor, head: "冬の港を彩る漁船の電飾", want: "冬の港を彩る漁船の電飾", first: "南浦町の漁港で",
			boiler: []string{"http://news.example.jp/article/1234/"}},
		{name: "livedoor, printed nowhere", src: givenLivedoor, head: "漁船の電飾", first: "南浦町の漁港で",
			boiler: []string{"http://news.example.jp/article/1234/", "冬の港を彩る漁船の電飾"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.src), WithoutMorphology(), WithHeadline(tt.head))
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, normalized(tt.head), a.Headline.Text)
			if tt.want == "" {
				assert.Equal(t, article.Span{}, a.Headline.Span)
			} else {
				assert.Equal(t, tt.want, a.Headline.Span.In(a.Source))
			}
			text := func(x *article.Text) string {
				if x == nil {
					return ""
				}
				return x.Text
			}
			assert.Equal(t, tt.kicker, text(a.Kicker), "kicker")
			assert.Equal(t, tt.subheadline, text(a.Subheadline), "subheadline")
			require.NotEmpty(t, a.Paragraphs)
			assert.Equal(t, tt.first, prefixRunes(a.Paragraphs[0].Text, len([]rune(tt.first))), "first paragraph")
			boiler := []string{}
			for _, b := range a.Boilerplate {
				boiler = append(boiler, b.Text)
			}
			assert.Equal(t, tt.boiler, boiler)
		})
	}
}

// TestWithHeadlineBlank: a headline of white space is no option.
func TestWithHeadlineBlank(t *testing.T) {
	plain, err := Parse([]byte(givenPage), WithoutMorphology())
	require.NoError(t, err)
	for _, h := range []string{"", " ", "　\n"} {
		a, err := Parse([]byte(givenPage), WithoutMorphology(), WithHeadline(h))
		require.NoError(t, err)
		assert.Equal(t, plain, a, "%q", h)
	}
}

// TestGivenEmpty: the article of empty input keeps the caller's metadata.
func TestGivenEmpty(t *testing.T) {
	pub := time.Date(2025, 12, 28, 9, 30, 0, 0, japan)
	a, err := Parse([]byte("\n \n"), WithPublished(pub), WithHeadline("漁港に電飾"))
	require.True(t, errors.Is(err, ErrEmpty))
	assert.Equal(t, "漁港に電飾", a.Headline.Text)
	require.NotNil(t, a.Published)
	assert.Equal(t, pub, a.Published.Start)
}

// givenVariants parses src without the options and with each of them: the
// given publication time, a headline the text does not print, and the
// headline the parser finds. It checks every span and the coverage of
// every line, and that giving the headline the parser finds changes
// nothing but, when the kicker was split off, nothing at all.
func givenVariants(t *testing.T, src []byte) {
	t.Helper()
	plain, _ := Parse(src, WithoutMorphology())
	pub := time.Date(2024, 5, 6, 7, 8, 9, 0, japan)
	for _, opt := range []Option{WithPublished(pub), WithHeadline("架空の見出しは本文にない")} {
		a, _ := Parse(src, WithoutMorphology(), opt)
		spanChecker{t: t, a: a}.check()
		checkLists(t, a)
	}
	if plain.Headline.Text == "" || plain.Headline.Span.IsZero() {
		return
	}
	a, _ := Parse(src, WithoutMorphology(), WithHeadline(plain.Headline.Text))
	assert.Equal(t, plain.Headline, a.Headline)
	assert.Equal(t, plain.Kicker, a.Kicker)
	assert.Equal(t, len(plain.Paragraphs), len(a.Paragraphs))
}

// TestGivenCoverage runs givenVariants on the fixtures and, when present,
// on the texts of ../../shared.
func TestGivenCoverage(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		t.Run(filepath.Base(f), func(t *testing.T) { givenVariants(t, src) })
	}
	if testing.Short() {
		return
	}
	for name, src := range sharedTexts(t) {
		t.Run(filepath.Base(name), func(t *testing.T) { givenVariants(t, src) })
	}
}
