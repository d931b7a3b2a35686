package parse

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

func TestParseHTML(t *testing.T) {
	src, err := os.ReadFile("../htmltext/testdata/portal.html")
	require.NoError(t, err)
	a, page, err := ParseHTML(src)
	require.NoError(t, err)
	require.NotNil(t, page)
	assert.Equal(t, page.Text, a.Source)
	spanChecker{t: t, a: a, text: true}.check()

	require.NotNil(t, a.Kicker)
	assert.Equal(t, "冬の便り", a.Kicker.Text)
	assert.Equal(t, "港南市で初雪、平年より5日早く", a.Headline.Text)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-12-03T09:15:00", a.Published.Value)
	require.Len(t, a.Captions, 1)
	assert.Equal(t, "雪が舞う港南駅前(3日午前、北浜涼撮影)", a.Captions[0].Text)
	require.GreaterOrEqual(t, len(a.Paragraphs), 3)
	assert.Equal(t, "港南市の気象台は3日朝、市内で初雪を観測したと発表した。平年より5日、昨年より12日早い。", a.Paragraphs[0].Text)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "水野ひかり", a.Quotes[0].Speaker)

	// Spans map back to the HTML.
	h := page.Span(a.Headline.Span)
	assert.Equal(t, "港南市で初雪、平年より5日早く", string(src[h.Start:h.End]))
	last := a.Paragraphs[len(a.Paragraphs)-1]
	l := page.Span(last.Span)
	assert.Equal(t, "路面の凍結に注意を呼びかけている。", string(src[l.Start:l.End]))
}

func TestParseHTMLHints(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta property="article:published_time" content="2026-05-01T07:00:00+09:00"></head>
<body><h1>北浜港に新しい灯台</h1><p>北浜市は1日、港の入り口に新しい灯台を建てたと発表した。</p><p>点灯は来週の予定だ。</p></body></html>`
	a, _, err := ParseHTML([]byte(page), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, "北浜港に新しい灯台", a.Headline.Text)
	require.NotNil(t, a.Published, "the page's metadata gives the time the text does not print")
	assert.Equal(t, "2026-05-01T07:00:00", a.Published.Value)
	require.Len(t, a.Paragraphs, 2)

	// The caller's options win over the page's hints.
	a, _, err = ParseHTML([]byte(page), WithoutMorphology(), WithHeadline("別の見出し"))
	require.NoError(t, err)
	assert.Equal(t, "別の見出し", a.Headline.Text)

	// A Shift_JIS page that declares its charset.
	sjis, err := japanese.ShiftJIS.NewEncoder().String(`<html><head><meta charset="shift_jis"></head>` + page[len(`<!DOCTYPE html><html><head>`):])
	require.NoError(t, err)
	a, _, err = ParseHTML([]byte(sjis), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, "shift_jis", a.Encoding)
	assert.Equal(t, "北浜港に新しい灯台", a.Headline.Text)
}

func TestParseRefusesHTML(t *testing.T) {
	a, err := Parse([]byte("<!DOCTYPE html>\n<html><body><p>本文。</p></body></html>"))
	require.ErrorIs(t, err, ErrHTML)
	assert.Empty(t, a.Paragraphs)
	assert.NotNil(t, a.Quotes)

	_, _, err = ParseHTML([]byte("<p>\xff\xfe\xfd</p>"), WithEncoding("utf-8"))
	require.ErrorIs(t, err, ErrHTML)
}

// A page in the layout of a broadcaster's site: no <article>, a site
// header and breadcrumb before the <h1>, the date and a topic link under
// it, a summary, sub-headings in the body, related links and a footer
// named by its id.
func TestParseHTMLBroadcast(t *testing.T) {
	src, err := os.ReadFile("../htmltext/testdata/broadcast.html")
	require.NoError(t, err)
	a, _, err := ParseHTML(src)
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()

	assert.Equal(t, "北浜港で大型客船の寄港再開 4年ぶり", a.Headline.Text)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-05-14T11:42:00", a.Published.Value)
	require.Len(t, a.Tags, 1)
	assert.Equal(t, "地域", a.Tags[0].Text)
	require.Len(t, a.Paragraphs, 6)
	assert.Equal(t, "北浜港に14日朝、大型客船が4年ぶりに寄港し、岸壁では地元の人たちが太鼓の演奏で乗客を出迎えました。", a.Paragraphs[0].Text)
	assert.True(t, a.Paragraphs[3].Heading)
	assert.Equal(t, "地元は経済効果に期待", a.Paragraphs[3].Text)
	require.Len(t, a.Related, 2)
	assert.Equal(t, "客船誘致へ 市が専門部署", a.Related[1].Text)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "浜口理沙", a.Quotes[0].Speaker)
	for _, gone := range []string{"天気", "トップ", "Copyright", "続きを読む"} {
		assert.NotContains(t, a.Source, gone)
	}
}

// TestParseHTMLAddressDay: a page whose metadata gives no time but whose
// address names a day dates its date line without a year by that day; the
// caller's reference wins.
func TestParseHTMLAddressDay(t *testing.T) {
	page := []byte(`<html><head><meta property="og:url" content="https://news.example.jp/hl?a=20260309-0001-abc"></head><body>
<h1>港南市で新しい図書館が開館</h1><p>みなと新報 3/9(月) 18:45配信</p><p>港南市で9日、新しい図書館が開館した。</p></body></html>`)
	a, p, err := ParseHTML(page, WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, "2026-03-09", p.AddressDay.Format(time.DateOnly))
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-03-09T18:45", a.Published.Value)

	a, _, err = ParseHTML(page, WithoutMorphology(), WithReference(time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2020-03-09T18:45", a.Published.Value, "the caller's reference (a Monday)")

	a, _, err = ParseHTML(bytes.Replace(page, []byte("20260309"), []byte("page-9"), 1), WithoutMorphology())
	require.NoError(t, err)
	require.NotNil(t, a.Published)
	assert.Equal(t, "XXXX-03-09T18:45", a.Published.Value, "no day in the address")
}
