package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The seed and corpus are others' writing: they are read from ../../shared
// when present and never copied here. The expectations below hold short
// prefixes and counts only.

const (
	seedDir   = "../../shared/seed"
	corpusDir = "../../shared/corpus"
)

type corpusWant struct {
	file          string
	headline      string // first runes of the headline
	headlineRunes int
	kicker        string
	published     string
	updated       string
	bylines       []int  // the runes of each byline's name (the names are others')
	first, last   string // first runes of the first body paragraph; runes among the first 12 of the last
}

var corpusWants = []corpusWant{
	{"01_nhk.txt", "こども家庭庁", 25, "", "2023-04-03T06:27", "", nil, "子ども政策", "一方、教育"},
	{"03_nhk.txt", "宇宙飛行士", 32, "", "2023-04-03T11:57", "", nil, "日本人宇宙", "2人は、"},
	{"05_nhk.txt", "「防衛力", 31, "", "2023-04-04T19:10", "", nil, "防衛費増額", "このあと、"},
	{"07_asahi.txt", "元横綱", 31, "", "2023-04-02T21:01", "", []int{4}, "茨城県", "コロナ下で同"},
	{"09_mainichi.txt", "小児・AYA", 30, "スクープ", "2023-04-05T17:13", "2023-04-06T09:08", []int{4, 4, 5}, "薬の開発", "今回の研究"},
	{"11_mainichi.txt", "楽天の松井", 32, "楽天", "2023-04-05T16:17", "2023-04-06T15:48", []int{4}, "プロ野球", "「彼が登板"},
	{"13_nikkei.txt", "イオン、", 25, "小売り・外食", "2023-04-04T18:09", "", nil, "イオンは4日", "イオンは31"},
	{"15_sankei.txt", "「私は無実", 35, "", "2023-03-31T08:00", "", []int{5}, "岡山県の", "町長は"},
	{"17_sankei.txt", "3月の氷雨", 11, "朝晴れエッセー", "2023-03-31T05:00", "", []int{4}, "金の卵とそ", "金の卵から"},
	{"19_jiji.txt", "日豪、", 21, "", "2022-10-17T19:09", "", nil, "日本、オー", "中国は今年"},
	{"21_nippon.txt", "ニホンオオカミへ", 29, "【Photos】", "2023-03-31", "", nil, "ニホンオオ", "この私の"},
	{"23_yahoo-cnet.txt", "トレンドマイクロ、", 45, "", "XXXX-03-09T18:45", "XXXX-03-09T18:45", nil, "トレンドマ", "また、フ"},
	{"25_itmedia.txt", "Intel NUC", 41, "コラム", "2019-02-22T14:30", "", []int{4}, "とある自作", "このゲーム"},
	{"27_getnews.txt", "気軽に新聞", 25, "", "2019-04-21T11:51", "", []int{9}, "ネット社会", "CUTPENは専"},
	{"29_sanwa-pressrelease.txt", "指紋認証で", 38, "ニュースリリース", "2019-03-08", "", nil, "サンワサプ", "Windows 10のサ"},
	{"31_livedoor-topicnews.txt", "文楽鑑賞", 18, "", "2012-07-27T11:44:00", "", nil, "26日、", "27日、"},
	{"33_livedoor-dokujo.txt", "今年のクリ", 30, "", "2011-12-02T09:30:00", "", nil, "気がつけば", "シャンパン"},
	{"35_livedoor-topicnews.txt", "元AKB", 38, "", "2012-06-26T22:55:00", "", nil, "今月14日", "(ドラマ"},
	{"37_livedoor-peachy.txt", "東京ベイ", 26, "", "2009-11-25T21:00:00", "", nil, "女子なら", "東京の夜景"},
}

// uiPhrases must never be part of a body paragraph.
var uiPhrases = []string{"続きを読む", "でシェア", "印刷する", "[PR]", "みんなのツイート", "次のページ", "ログインする",
	"有料会員", "詳しくはこちら", "(0/300)", "コメントを見る", "一覧へ", "フォローする", "メモ入力", "ページ)",
	"投稿者個人の見解", "この特集をフォロー", "access_time", "local_offer", "English", "Русский"}

func readShared(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if os.IsNotExist(err) {
		t.Skipf("%s not present", dir)
	}
	require.NoError(t, err)
	return b
}

func valueOf(tm *article.Time) string {
	if tm == nil {
		return ""
	}
	return tm.Value
}

func bodyParagraphs(a *article.Article) []article.Paragraph {
	var out []article.Paragraph
	for _, p := range a.Paragraphs {
		if !p.Heading {
			out = append(out, p)
		}
	}
	return out
}

func checkNoUI(t *testing.T, a *article.Article) {
	t.Helper()
	for _, p := range a.Paragraphs {
		for _, w := range uiPhrases {
			assert.NotContains(t, p.Text, w)
		}
		assert.False(t, uiExact[p.Text], "UI line as a paragraph: %q", p.Text)
	}
}

func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("corpus not present")
	}
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, corpusWants, len(files), "every corpus file needs expectations")
	for _, w := range corpusWants {
		t.Run(w.file, func(t *testing.T) {
			a, err := Parse(readShared(t, corpusDir, w.file))
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(a.Headline.Text, w.headline), "headline %q", a.Headline.Text)
			assert.Equal(t, w.headlineRunes, utf8.RuneCountInString(a.Headline.Text))
			if w.kicker == "" {
				assert.Nil(t, a.Kicker)
			} else if assert.NotNil(t, a.Kicker) {
				assert.Equal(t, w.kicker, a.Kicker.Text)
			}
			assert.Equal(t, w.published, valueOf(a.Published))
			assert.Equal(t, w.updated, valueOf(a.Updated))
			var names []int
			for _, b := range a.Bylines {
				names = append(names, utf8.RuneCountInString(b.Name))
			}
			assert.Equal(t, w.bylines, names)
			body := bodyParagraphs(a)
			require.NotEmpty(t, body)
			assert.True(t, strings.HasPrefix(body[0].Text, w.first), "first paragraph %q", body[0].Text)
			assert.Contains(t, prefixRunes(body[len(body)-1].Text, 12), w.last, "last paragraph %q", body[len(body)-1].Text)
			checkNoUI(t, a)
			spanChecker{t: t, a: a, text: true}.check()
			checkLists(t, a)
		})
	}
}

func TestCorpusDetails(t *testing.T) {
	parse := func(name string) *article.Article {
		a, err := Parse(readShared(t, corpusDir, name))
		require.NoError(t, err)
		return a
	}
	texts := func(ts []article.Text) []string {
		var out []string
		for _, x := range ts {
			out = append(out, x.Text)
		}
		return out
	}
	// Asahi: the signature is a byline, not body text; the caption is kept.
	a := parse("07_asahi.txt")
	last := bodyParagraphs(a)[len(bodyParagraphs(a))-1]
	assert.False(t, strings.HasSuffix(last.Text, ")"), last.Text)
	assert.Len(t, a.Captions, 1)
	assert.GreaterOrEqual(t, len(a.Related), 5)
	// NHK: the date line's topic word is a tag; two sub-headings.
	a = parse("03_nhk.txt")
	assert.Equal(t, []string{"宇宙"}, texts(a.Tags))
	a = parse("01_nhk.txt")
	assert.Equal(t, 2, len(a.Paragraphs)-len(bodyParagraphs(a)))
	// Mainichi: section labels, figure caption, related list.
	a = parse("09_mainichi.txt")
	assert.Subset(t, texts(a.Tags), []string{"速報", "医療・健康"})
	assert.Len(t, a.Captions, 1)
	assert.NotEmpty(t, a.Related)
	// Sankei: the reader's signature is the bio, the video list is related.
	a = parse("17_sankei.txt")
	require.NotNil(t, a.Bio)
	require.NotEmpty(t, a.Bylines)
	assert.True(t, strings.HasPrefix(a.Bio.Text, a.Bylines[0].Name))
	a = parse("15_sankei.txt")
	assert.Len(t, a.Captions, 4)
	assert.Len(t, a.Related, 5)
	// nippon.com: tags before the date and at the end; captions.
	a = parse("21_nippon.txt")
	assert.Subset(t, texts(a.Tags), []string{"旅", "歴史", "秩父"})
	assert.GreaterOrEqual(t, len(a.Captions), 8)
	// ITmedia: page marker out of the headline, dek as subheadline.
	a = parse("25_itmedia.txt")
	assert.NotContains(t, a.Headline.Text, "ページ")
	require.NotNil(t, a.Subheadline)
	assert.True(t, strings.HasPrefix(a.Subheadline.Text, "Intelの超小型"))
	// getnews: the provider profile is the bio.
	a = parse("27_getnews.txt")
	require.NotNil(t, a.Bio)
	assert.True(t, strings.HasPrefix(a.Bio.Text, "都市で"))
	// The press release: the product code closing the page is a tag.
	a = parse("29_sanwa-pressrelease.txt")
	assert.Contains(t, texts(a.Tags), "MA-IRFP139BK")
	// Yahoo: with a reference the year-less date resolves.
	a, err := Parse(readShared(t, corpusDir, "23_yahoo-cnet.txt"), WithReference(goldenRef.AddDate(-7, -4, 0)))
	require.NoError(t, err)
	assert.Equal(t, "2017-03-09T18:45", valueOf(a.Published))
}

func TestSeed(t *testing.T) {
	a, err := Parse(readShared(t, seedDir, "ukraine-peace-talks.txt"))
	require.NoError(t, err)
	require.NotNil(t, a.Kicker)
	assert.Equal(t, "ウクライナ情勢", a.Kicker.Text)
	require.NotNil(t, a.Subheadline)
	assert.True(t, strings.HasPrefix(a.Subheadline.Text, "会談前、"))
	assert.Equal(t, 27, utf8.RuneCountInString(a.Headline.Text), a.Headline.Text)
	assert.True(t, strings.HasSuffix(a.Headline.Text, "「極めて近づく」"))
	assert.Equal(t, "2025-12-29", valueOf(a.Published))
	assert.Equal(t, "2025-12-29", valueOf(a.Updated))
	require.NotNil(t, a.Bio)
	assert.True(t, strings.HasPrefix(a.Bio.Text, "米国ナッシュビル在住"))
	require.Len(t, a.Related, 1)
	assert.True(t, strings.HasPrefix(a.Related[0].Text, "関連特集"))
	assert.Contains(t, a.Related[0].Text, "ウクライナ情勢")
	body := bodyParagraphs(a)
	require.Len(t, body, 29)
	assert.Contains(t, prefixRunes(body[0].Text, 12), "米大統領は28日")
	assert.True(t, strings.HasPrefix(body[len(body)-1].Text, "ウクライナ側は"))
	assert.Empty(t, a.Bylines)
	checkNoUI(t, a)
	spanChecker{t: t, a: a, text: true}.check()
	checkLists(t, a)
}
