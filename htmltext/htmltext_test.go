package htmltext

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"blocks", "<p>一つ目。</p><p>二つ目。</p>", "一つ目。\n\n二つ目。\n"},
		{"br", "<p>上の行<br>下の行</p>", "上の行\n下の行\n"},
		{"two br", "<div>上の段<br><br><br>下の段</div>", "上の段\n\n下の段\n"},
		{"inline tags", "<p>港南市の<b>北浜</b>駅で<a href=x>雪</a>。</p>", "港南市の北浜駅で雪。\n"},
		{"wrapped Japanese", "<p>寒気は４日まで\n  続く見込み。</p>", "寒気は４日まで続く見込み。\n"},
		{"wrapped Latin", "<p>New\n  snow</p>", "New snow\n"},
		{"references", "<p>R&amp;D&nbsp;部門&#x3001;&lt;速報&gt;&#12290;</p>", "R&D\u00a0部門、<速報>。\n"},
		{"bare ampersand", "<p>A & B &c</p>", "A & B &c\n"},
		{"skipped", "<p>本文。</p><script>var s='<p>x</p>'</script><style>p{}</style><form><p>検索</p></form><p>続き。</p>", "本文。\n\n続き。\n"},
		{"cells", "<table><tr><td>日付</td><td>天気</td></tr><tr><td>3日</td><td>雪</td></tr></table>", "日付 天気\n\n3日 雪\n"},
		{"pre keeps space", "<pre>a  b\n c</pre>", "a  b\n c\n"},
		{"article only", "<body><nav>ホーム</nav><p>広告</p><article><h1>見出し</h1><p>本文。</p></article><footer>著作権</footer></body>", "見出し\n\n本文。\n"},
		{"h1 outside the article", "<body><h1>見出し</h1><article><p>本文。</p></article></body>", "見出し\n\n本文。\n"},
		{"body from the h1", "<body><header>サイト名</header><div>メニュー</div><h1>見出し</h1><p>本文。</p><aside>関連</aside></body>", "見出し\n\n本文。\n"},
		{"chrome by name", `<body><div class="breadcrumb">トップ &gt; 地域</div><h1>見出し</h1><p>本文。</p><div id="footer">著作権</div><ul class="sns share"><li>共有</li></ul></body>`, "見出し\n\n本文。\n"},
		{"lists named by a word", `<body><h1>見出し</h1><p>本文。</p><section class="cp-related__contents"><h2>提供元の記事</h2><ul><li>別の記事</li></ul></section><div class="ranking_box">1位</div><div class="ad-slot">広告</div></body>`, "見出し\n\n本文。\n"},
		{"related links labeled 関連 stay", `<body><h1>見出し</h1><p>本文。</p><div class="module--related"><h2>関連ニュース</h2><ul><li>別の記事</li></ul></div></body>`, "見出し\n\n本文。\n\n関連ニュース\n\n別の記事\n"},
		{"controls inside the article", `<article><h1>見出し</h1><div class="article-main__tools"><a>ニュースを聞く</a><a>読み方を消す</a></div><p>本文。</p><div class="share-sns"><span>共有</span></div></article>`, "見出し\n\n本文。\n"},
		{"a long wrapper named by a word is read", `<body><h1>見出し</h1><div class="js-share-target"><p>` + strings.Repeat("本文の文。", 50) + `</p></div></body>`, "見出し\n\n" + strings.Repeat("本文の文。", 50) + "\n"},
		{"a word inside a name is not a word of it", `<body><h1>見出し</h1><div class="loaded badge"><p>本文。</p></div></body>`, "見出し\n\n本文。\n"},
		{"header with the h1", "<body><header><h1>見出し</h1></header><p>本文。</p></body>", "見出し\n\n本文。\n"},
		{"unclosed p", "<body><p>一つ目。<p>二つ目。</body>", "一つ目。\n\n二つ目。\n"},
		{"control bytes", "<p>本\x00文\x08。</p>", "本文。\n"},
		{"ruby", "<p><ruby>港南<rp>(</rp><rt>こうなん</rt><rp>)</rp></ruby>市</p>", "港南市\n"},
		{"hidden", `<p>見える<span hidden>隠れた</span><span aria-hidden="true">★</span><span style="display: none">x</span>文</p>`, "見える文\n"},
		{"empty", "", ""},
		{"broken", "<p <<>>a</", ">a</\n"}, // as a browser shows it
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.html))
			require.NoError(t, err)
			assert.Equal(t, tt.want, p.Text)
			checkMap(t, p, tt.html)
		})
	}
}

// checkMap checks that every text byte copied from the HTML maps to the
// same byte, and every span lies in the HTML with Start <= End.
func checkMap(t *testing.T, p *Page, src string) {
	t.Helper()
	for _, g := range p.segs {
		if g.exact && p.Text[g.text:g.text+g.n] != src[g.src:g.src+g.m] {
			t.Fatalf("segment %+v: text %q, HTML %q", g, p.Text[g.text:g.text+g.n], src[g.src:g.src+g.m])
		}
	}
	for i := 0; i <= len(p.Text); i++ {
		for _, j := range []int{i, i + 1, len(p.Text)} {
			s := p.Span(article.Span{Start: i, End: min(j, len(p.Text))})
			if s.Start < 0 || s.End < s.Start || s.End > len(src) {
				t.Fatalf("span [%d,%d) maps to %v in %d bytes", i, j, s, len(src))
			}
		}
	}
}

func TestSpan(t *testing.T) {
	src := "<p>港南市の<b>北浜</b>駅で R&amp;D。</p>"
	p, err := Extract([]byte(src))
	require.NoError(t, err)
	require.Equal(t, "港南市の北浜駅で R&D。\n", p.Text)
	tests := []struct{ text, html string }{
		{"港南市", "港南市"},
		{"北浜", "北浜"},
		{"の北浜駅", "の<b>北浜</b>駅"},
		{"R&D", "R&amp;D"},
		{"&", "&amp;"},
		{"で R", "で R"},
	}
	for _, tt := range tests {
		i := strings.Index(p.Text, tt.text)
		require.GreaterOrEqual(t, i, 0, tt.text)
		s := p.Span(article.Span{Start: i, End: i + len(tt.text)})
		assert.Equal(t, tt.html, src[s.Start:s.End], tt.text)
	}
}

func TestPortal(t *testing.T) {
	b, err := os.ReadFile("testdata/portal.html")
	require.NoError(t, err)
	p, err := Extract(b)
	require.NoError(t, err)
	assert.Equal(t, "港南市で初雪、平年より5日早く", p.Headline)
	assert.True(t, p.Published.Equal(time.Date(2026, 12, 3, 0, 15, 0, 0, time.UTC)), p.Published)
	for _, gone := range []string{"ホーム", "not text", "color", "関連記事", "Copyright", "みなと新報"} {
		assert.NotContains(t, p.Text, gone)
	}
	assert.True(t, strings.HasPrefix(p.Text, "冬の便り\n\n港南市で初雪、平年より5日早く\n\n2026年12月3日 9時15分\n\n"), p.Text)
	assert.Contains(t, p.Text, "平年より５日、昨年より１２日早い。\n\n雪が舞う港南駅前")
	checkMap(t, p, string(b))
}

func TestMeta(t *testing.T) {
	tests := []struct {
		name, html string
		head       string
		pub        string
	}{
		{"og title and meta time", `<head><meta property="og:title" content="題"><meta property="article:published_time" content="2026-01-02T03:04:05+09:00"></head><p>題</p>`, "題", "2026-01-02T03:04:05+09:00"},
		{"h1 wins over title", `<title>題 | サイト</title><h1>題</h1>`, "題", ""},
		{"time element without zone", `<h1>題</h1><time datetime="2026-01-02 03:04">1月2日</time>`, "題", "2026-01-02T03:04:00+09:00"},
		{"json-ld graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-01-02T03:04:05Z"}]}</script><h1>題</h1>`, "題", "2026-01-02T03:04:05Z"},
		{"json-ld broken", `<script type="application/ld+json">{"datePublished":</script><h1>題</h1>`, "題", ""},
		{"meta beats time", `<meta name="pubdate" content="2026-02-01"><time datetime="2026-01-01">x</time>`, "", "2026-02-01T00:00:00+09:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.html))
			require.NoError(t, err)
			assert.Equal(t, tt.head, p.Headline)
			if tt.pub == "" {
				assert.True(t, p.Published.IsZero(), p.Published)
				return
			}
			want, err := time.Parse(time.RFC3339, tt.pub)
			require.NoError(t, err)
			assert.True(t, want.Equal(p.Published), "%v, want %v", p.Published, want)
		})
	}
}

func TestIsHTML(t *testing.T) {
	for s, want := range map[string]bool{
		"<!DOCTYPE html><html>":          true,
		"\ufeff  <html lang=ja>":         true,
		"<!-- saved page -->\n<HTML>":    true,
		"<meta charset=utf-8><p>x</p>":   true,
		"港南市で初雪\n<p>は本文</p>":             false,
		"<!-- never closed":              false,
		"＜html＞ is full-width, not HTML": false,
	} {
		assert.Equal(t, want, IsHTML([]byte(s)), s)
	}
}

func TestErrors(t *testing.T) {
	_, err := Extract([]byte("<p>\xff</p>"))
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	_, err = Extract(make([]byte, MaxSize+1))
	assert.ErrorIs(t, err, ErrTooLarge)
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"<p>一つ目。</p><p>二つ目。</p>", "<p>R&amp;D&nbsp;&#x3001;</p>", "<article><h1>題</h1><pre>a\r\n b</pre></article>",
		"<table><tr><td>a<td>b</table>", "<p <<>>a</", "&#0;&#xD800;&;", "<body><header><h1>x</h1></header>\n\n本文</body>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Extract(b)
		if err != nil {
			return
		}
		checkMap(t, p, string(b))
	})
}

func TestRegionFromTitle(t *testing.T) {
	// An older page without <h1>: a table layout, the headline in a
	// <td>, paragraphs made with <br><br>.
	src := `<html><head><title>北浜市で秋祭り、3年ぶり開催 : みなと新報</title></head><body>
<table><tr><td><a href="/">トップ</a> | <a href="/soc">社会</a> | <a href="/eco">経済</a></td></tr>
<tr><td class="title"><b>北浜市で秋祭り、3年ぶり開催</b></td></tr>
<tr><td>2026年10月4日 18時02分<br><br>北浜市で4日、秋祭りが3年ぶりに開かれた。<br><br>主催者によると、約2万人が訪れた。</td></tr></table>
</body></html>`
	p, err := Extract([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, "北浜市で秋祭り、3年ぶり開催\n\n2026年10月4日 18時02分\n\n北浜市で4日、秋祭りが3年ぶりに開かれた。\n\n主催者によると、約2万人が訪れた。\n", p.Text)
	assert.Equal(t, "北浜市で秋祭り、3年ぶり開催", p.Headline, "the title as the page prints it")
	checkMap(t, p, src)
}

// TestTitleHeading: an <h1> that is a section label or the site's name
// gives way to the heading the title names, and the text starts there.
func TestTitleHeading(t *testing.T) {
	tests := []struct {
		name, html     string
		head, wantText string
	}{
		{
			"section label in h1",
			`<head><meta property="og:title" content="港南市で初雪　平年より早く|みなとポータル"></head><body><h1>暮らし・地域</h1><nav>ホーム</nav><h2>港南市で初雪　平年より早く</h2><p>本文。</p></body>`,
			"港南市で初雪 平年より早く", "港南市で初雪　平年より早く\n\n本文。\n",
		},
		{
			"site name in h1",
			`<head><title>北浜の坂道を歩く (5/3) - 散歩日和!!</title></head><body><h1>散歩日和!!</h1><div>プロフィール</div><h3>北浜の坂道を歩く (5/3)</h3><p>本文。</p></body>`,
			"北浜の坂道を歩く (5/3)", "北浜の坂道を歩く (5/3)\n\n本文。\n",
		},
		{
			"width folded",
			`<head><title>港南市で初雪！！ | サイト</title></head><body><h1>サイト</h1><h2>港南市で初雪!!</h2><p>本文。</p></body>`,
			"港南市で初雪!!", "港南市で初雪!!\n\n本文。\n",
		},
		{
			"the h1 is the title",
			`<head><title>港南市で初雪 | サイト</title></head><body><h1>港南市で初雪</h1><h2>港南市で初雪</h2><p>本文。</p></body>`,
			"港南市で初雪", "港南市で初雪\n\n港南市で初雪\n\n本文。\n",
		},
		{
			"no heading is the title",
			`<head><title>別の題 | サイト</title></head><body><h1>見出し</h1><h2>小見出し</h2><p>本文。</p></body>`,
			"見出し", "見出し\n\n小見出し\n\n本文。\n",
		},
		{
			"heading in the article, label h1 outside",
			`<head><title>港南市で初雪 | サイト</title></head><body><h1>地域</h1><article><h2>港南市で初雪</h2><p>本文。</p></article></body>`,
			"港南市で初雪", "港南市で初雪\n\n本文。\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.html))
			require.NoError(t, err)
			assert.Equal(t, tt.head, p.Headline)
			assert.Equal(t, tt.wantText, p.Text)
			checkMap(t, p, tt.html)
		})
	}
}

func TestAddressDay(t *testing.T) {
	tests := []struct {
		url, want string
	}{
		{"https://news.example.jp/world/20261102-ABC1T50240/", "2026-11-02"},
		{"http://headlines.example.jp/hl?a=20170309-35097838-cnetj-sci", "2017-03-09"},
		{"https://portal.example.jp/detail/1/3/307_3_r_20261102_1698920402044235", "2026-11-02"},
		{"https://www.example.jp/2026/05/14/coast/", "2026-05-14"},
		{"https://www.example.jp/news/html/20230403/k10014027091000.html", "2023-04-03"},
		{"https://www.example.jp/p/000000088.000029713.html", ""},
		{"https://www.example.jp/a/20260231/", ""},        // no such day
		{"https://www.example.jp/a/120261102/", ""},       // nine digits
		{"https://www.example.jp/20260101/20260102/", ""}, // two days
		{"https://www.example.jp/20260101/x-20260101", "2026-01-01"},
		{"", ""},
	}
	for _, tt := range tests {
		got := addressDay(tt.url)
		if tt.want == "" {
			assert.True(t, got.IsZero(), "%s: %v", tt.url, got)
			continue
		}
		assert.Equal(t, tt.want, got.Format(time.DateOnly), tt.url)
	}
	p, err := Extract([]byte(`<head><meta property="og:url" content="https://x.example.jp/20261102-A/"><link rel="canonical" href="https://x.example.jp/20250101/"></head><h1>題</h1>`))
	require.NoError(t, err)
	assert.Equal(t, "2026-11-02", p.AddressDay.Format(time.DateOnly), "og:url first")
}

func TestStrayEndTags(t *testing.T) {
	// 50,000 unclosed elements and 50,000 end tags that match none.
	src := "<h1>題</h1><p>本文。" + strings.Repeat("<b>", 50000) + strings.Repeat("</i>", 50000) + "</p>"
	p, err := Extract([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, "題\n\n本文。\n", p.Text)
}

func TestNestedIsLinear(t *testing.T) {
	// 20,000 nested headers and articles: each is measured once.
	n := 20000
	src := strings.Repeat("<article><header>", n) + "<h1>題</h1><p>本文。</p>" + strings.Repeat("</header></article>", n)
	p, err := Extract([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, "題\n\n本文。\n", p.Text)
}
