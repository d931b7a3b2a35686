package normalize

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/newsdoc/newsdoc/article"
)

// normalizeCases run with the default options. The comments name the
// tool that gets a case wrong (see the package documentation).
var normalizeCases = []struct{ in, want string }{
	// Full-width ASCII.
	{"ＡＢＣ", "ABC"},
	{"ａｂｃ", "abc"},
	{"２０２５年", "2025年"},
	{"ＡＩ", "AI"}, // kagome tokenizes ＡＩ as two symbols
	{"（株）", "(株)"},
	{"！？", "!?"},
	{"＃ｔａｇ", "#tag"},
	{"１００％", "100%"},
	{"Ｅメール", "Eメール"},
	{"＜＞＝＋", "<>=+"},
	{"［注］", "[注]"},
	{"＂引用＂", "\"引用\""},
	{"＇ａ＇", "'a'"},
	{"＼", "\\"},
	{"｀", "`"},
	{"＠ｎｅｗｓ", "@news"},
	{"＄５", "$5"},
	{"ｘ＾２", "x^2"},
	{"ａ＿ｂ", "a_b"},
	{"ａ｜ｂ", "a|b"},
	{"｛ｘ｝", "{x}"},
	{"１．５倍", "1.5倍"},
	{"１，０００円", "1,000円"},
	{"午前１０：３０", "午前10:30"},
	{"￥１０００", "¥1000"}, // neologdn: ¥ → \
	{"¥100", "¥100"},
	{"￠￡", "¢£"},
	{"￣", "￣"},
	// Half-width katakana and punctuation.
	{"ｱｲｳｴｵ", "アイウエオ"},
	{"ｶﾞｷﾞｸﾞ", "ガギグ"}, // width.Fold: カ + U+3099
	{"ﾊﾟﾋﾟﾌﾟ", "パピプ"},
	{"ﾊﾟﾊﾟ", "パパ"},
	{"ﾜﾞ", "ヷ"},
	{"ｳﾞｨｰﾅｽ", "ヴィーナス"},
	{"ﾃﾞｰﾀ", "データ"},
	{"ｺﾝﾋﾟｭｰﾀｰ", "コンピューター"},
	{"｢ｶﾀｶﾅ｣｡", "「カタカナ」。"},
	{"ﾃｽﾄ､ｹｰｽ･ﾜﾝ", "テスト、ケース・ワン"},
	{"ｧｨｩｪｫｯｬｭｮ", "ァィゥェォッャュョ"},
	{"ﾞ", "゛"},
	{"ﾟ", "゜"},
	{"Aﾞ", "A゛"},
	{"ｱﾞ", "ア゛"},
	{"ﾝﾟ", "ン゜"},
	// Sound marks on full-width kana.
	{"う゛", "ゔ"},
	{"か゛", "が"}, // jaconv: か゛ gains a space
	{"は゜", "ぱ"},
	{"カ゛", "ガ"},
	{"ウ゛", "ヴ"},
	{"ゝ゛", "ゞ"},
	{"か\u3099", "が"},
	{"ハ\u309A", "パ"},
	{"ワ\u3099", "ヷ"},
	{"が゛", "が゛"},
	{"あ゛", "あ゛"},
	{"漢\u3099", "漢\u3099"},
	{"゛", "゛"},
	{"か\u200b゛", "が"},
	{"ガ", "ガ"},
	// Spaces.
	{"東京\u3000都", "東京 都"},
	{"a\u00a0b", "a b"},
	{"a\u2002b\u2003c", "a b c"},
	{"a\u2009b", "a b"},
	{"a\u200ab", "a b"},
	{"a\u202fb", "a b"},
	{"a\u205fb", "a b"},
	{"アルゴリズム C", "アルゴリズム C"},
	{"two  spaces", "two  spaces"},
	{"\u3000\u3000字下げ", "  字下げ"},
	{"\t", "\t"},
	// Invisible characters.
	{"\ufeff本文", "本文"},
	{"ゼロ\u200b幅", "ゼロ幅"},
	{"a\u200cb\u200dc", "abc"},
	{"a\u2060b", "ab"},
	{"soft\u00adhyphen", "softhyphen"},
	{"\u200e右\u200f", "右"},
	// Line ends.
	{"a\r\nb", "a\nb"},
	{"a\rb", "a\nb"},
	{"a\r\r\nb", "a\n\nb"},
	{"\r\n\r\n", "\n\n"},
	{"a\n\rb", "a\n\nb"},
	{"末尾\r", "末尾\n"},
	// Hyphen class.
	{"a˗b", "a-b"},
	{"a֊b", "a-b"},
	{"a‐b", "a-b"},
	{"a‑b", "a-b"},
	{"a‒b", "a-b"},
	{"a–b", "a-b"},
	{"a⁃b", "a-b"},
	{"x⁻¹", "x-¹"},
	{"a₋b", "a-b"},
	{"−5度", "-5度"},
	{"a﹣b", "a-b"},
	{"０３－１２３４", "03-1234"},   // neologdn: 03ー1234
	{"COVID－19", "COVID-19"}, // neologdn: COVIDー19
	{"ＪＲ－東日本", "JR-東日本"},
	{"－", "-"},
	// Long-vowel class.
	{"スーパー", "スーパー"},
	{"スーパーーーー", "スーパーーーー"},
	{"ス―パ―", "スーパー"},
	{"ス—パ—", "スーパー"},
	{"ス─パ━", "スーパー"},
	{"らーめん", "らーめん"},
	{"らｰめん", "らーめん"},
	{"ｰ", "ー"},
	{"03ー1234", "03-1234"},
	{"03―1234", "03-1234"},
	{"０３ー１２３４", "03-1234"},
	{"COVIDー19", "COVID-19"},
	{"A—B", "A-B"},
	{"1━2", "1-2"},
	{"majika━", "majikaー"}, // as neologdn
	{"Webー", "Webー"},
	{"Web―。", "Webー。"},
	{"――と語った", "――と語った"},
	{"「――」", "「――」"},
	{"漢字ー", "漢字ー"},
	{"3―", "3―"},
	{"─━─", "─━─"},
	// A dash inside or at the end of a katakana word is a long vowel; as
	// punctuation before kanji or after hiragana it stays a dash.
	{"安全運転のコツ—車間距離", "安全運転のコツ—車間距離"},
	{"対策のコツ―睡眠", "対策のコツ―睡眠"},
	{"どこへ行くのか—", "どこへ行くのか—"},
	{"本当かな―。", "本当かな―。"},
	{"インタビュ—", "インタビュー"},
	{"インタビュ—を受けた", "インタビューを受けた"},
	{"サッカ－", "サッカー"},
	{"コンピュ－タ－", "コンピュ-ター"},
	{"東京－大阪", "東京-大阪"},
	{"ライオンズ－ホークス戦", "ライオンズ-ホークス戦"},
	{"ＡＢＣ－", "ABC-"},
	{"－－", "--"},
	{"ア\u200b―", "アー"},
	{"1ー\u200b2", "1-2"},
	{"ａ―ｂ", "a-b"},
	{"ゲーム―", "ゲームー"},
	{"「やめて――」", "「やめて――」"},
	{"お知らせ━━━━", "お知らせ━━━━"},
	{"スー――", "スー――"},
	{"1――2", "1――2"},
	{"ア—", "アー"},
	// Tildes and wave dashes: a range mark, never deleted.
	{"1〜2", "1〜2"},               // neologdn: 12
	{"1467〜1487年", "1467〜1487年"}, // neologdn: 14671487年
	{"5～7日", "5〜7日"},             // jaconv: 5ー7日
	{"5∼7", "5〜7"},
	{"5∾7", "5〜7"},
	{"〰", "〜"},
	{"東京～大阪", "東京〜大阪"},
	{"~user", "~user"},
	{"〜", "〜"},
	// Compatibility characters by list.
	{"㍻31年", "平成31年"},
	{"㋿元年", "令和元年"},
	{"㍼", "昭和"},
	{"㍽", "大正"},
	{"㍾", "明治"},
	{"5㎏", "5kg"},
	{"3㎝", "3cm"},
	{"42.195㎞", "42.195km"},
	{"80㎡", "80m²"},
	{"㎥", "m³"},
	{"200㏄", "200cc"},
	{"㎎", "mg"},
	{"1013㍱", "1013hPa"},
	{"㌔", "キロ"},
	{"㍍", "メートル"},
	{"㌫", "パーセント"},
	{"㈱ニュース", "(株)ニュース"}, // also NFKC
	{"㈲", "(有)"},
	{"㍿", "株式会社"},
	{"№1", "No.1"},
	{"℡", "TEL"},
	// Kept.
	{"①", "①"}, // NFKC: 1
	{"⑳", "⑳"},
	{"㉑", "㉑"},
	{"…", "…"}, // NFKC: ...
	{"‥", "‥"},
	{"“引用”", "“引用”"},
	{"‘a’", "‘a’"},
	{"25℃", "25℃"},
	{"神\ufa19", "神\ufa19"}, // compatibility kanji in a name; NFKC folds it
	{"\ufa11", "\ufa11"},
	{"Ⅱ期", "Ⅱ期"},
	{"※注", "※注"},
	{"・", "・"},
	{"　", " "},
	{"『本』【記】《書》〈引〉", "『本』【記】《書》〈引〉"},
	{"ゐゑヰヱ", "ゐゑヰヱ"},
	{"絵文字😀", "絵文字😀"},
	{"café", "café"},
	{"Ünïcödé", "Ünïcödé"},
	// Invalid UTF-8.
	{"a\xffb", "a\ufffdb"},
	{"\xe3\x81", "\ufffd\ufffd"},
	// Mixed text.
	{"", ""},
	{"変更なし", "変更なし"},
	{"ＮＨＫ　ニュース　２０２５年１２月２９日", "NHK ニュース 2025年12月29日"},
	{"ｺﾛﾅｳｲﾙｽ（ＣＯＶＩＤ－１９）", "コロナウイルス(COVID-19)"},
	{"電話：０３－１２３４－５６７８", "電話:03-1234-5678"},
	{"気温は３０℃～３５℃", "気温は30℃〜35℃"},
}

func TestString(t *testing.T) {
	require.GreaterOrEqual(t, len(normalizeCases), 150)
	for _, c := range normalizeCases {
		t.Run(c.in, func(t *testing.T) {
			got, m := String(c.in)
			assert.Equal(t, c.want, got)
			if got == c.in {
				assert.Nil(t, m, "unchanged text has no map")
			}
			again, _ := String(got)
			assert.Equal(t, got, again, "idempotent")
		})
	}
}

func TestDict(t *testing.T) {
	n := New(Dict(true))
	tests := []struct{ in, want string }{
		{"スーパーーーー", "スーパー"},
		{"スーパー", "スーパー"},
		{"ゲームーーー大会", "ゲームー大会"},
		{"スー\u200bー", "スー"},
		{"アルゴリズム C", "アルゴリズムC"},
		{"東京 都", "東京都"},
		{"東京\u3000都", "東京都"},
		{"Apple Watch", "Apple Watch"},
		{"Apple  Watch", "Apple Watch"},
		{"新型 iPhone", "新型iPhone"},
		{"iPhone 新型", "iPhone新型"},
		{"  前後の空白  ", "前後の空白"},
		{"行1 \n 行2", "行1\n行2"},
		{"( 注 )", "(注)"},
		{"Lemon+ レモン", "Lemon+レモン"},
		{"東京 ( 都 )", "東京(都)"},
		{"Coding the Matrix", "Coding the Matrix"},
		{"「 本日 」 発売", "「本日」発売"},
		{"漢 ー1", "漢ー1"},
		{"1 ー2", "1-2"},
		{"majika━", "majikaー"},
		{"1〜2", "1〜2"},
		{"０３－１２３４", "03-1234"},
	}
	for _, tt := range tests {
		got, _ := n.String(tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
		again, _ := n.String(got)
		assert.Equal(t, got, again, "idempotent %q", tt.in)
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		opts []Option
		in   string
		want string
	}{
		{nil, "①②⑩", "①②⑩"},
		{[]Option{KeepCircled(false)}, "①②⑩", "1210"},
		{[]Option{KeepCircled(false)}, "⑴", "(1)"},
		{[]Option{KeepCircled(false)}, "㊤", "上"},
		{[]Option{KeepCircled(false)}, "Ⓐ", "A"},
		{[]Option{KeepCircled(false)}, "㋿", "令和"},
		{[]Option{KeepParenthesized(true)}, "㈱", "㈱"},
		{[]Option{KeepParenthesized(false)}, "㈱", "(株)"},
		{[]Option{KeepParenthesized(true)}, "㍿", "株式会社"},
	}
	for _, tt := range tests {
		got, _ := New(tt.opts...).String(tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
	}
}

func TestMap(t *testing.T) {
	src := "ＡＢ\u200bｶﾞ㍻31年\r\nです。"
	got, m := String(src)
	require.Equal(t, "ABガ平成31年\nです。", got)
	require.NotNil(t, m)
	tests := []struct {
		norm string // a piece of got, first occurrence
		orig string // what it covers in src
	}{
		{"A", "Ａ"},
		{"B", "Ｂ"},
		{"ガ", "ｶﾞ"},
		{"平成", "㍻"},
		{"平", "㍻"},
		{"31年", "31年"},
		{"\n", "\r\n"},
		{"です。", "です。"},
		{"ABガ", "ＡＢ\u200bｶﾞ"},
	}
	for _, tt := range tests {
		i := strings.Index(got, tt.norm)
		require.GreaterOrEqual(t, i, 0)
		sp := m.Span(i, i+len(tt.norm))
		assert.Equal(t, tt.orig, sp.In(src), "%q", tt.norm)
	}
	assert.Equal(t, len(src), m.Original(len(got)))
	assert.Equal(t, 0, m.Original(0))
	assert.Equal(t, 0, m.Original(-5))
	assert.Equal(t, len(src), m.Original(len(got)+10))
	assert.Equal(t, article.Span{Start: 3, End: 3}, m.Span(1, 1))
}

func TestMapRemovedText(t *testing.T) {
	src := "\ufeff本文\u200b"
	got, m := String(src)
	require.Equal(t, "本文", got)
	assert.Equal(t, 3, m.Original(0), "a span starting at 0 skips the BOM")
	assert.Equal(t, len(src), m.Original(len(got)))
	assert.Equal(t, article.Span{Start: 3, End: 9}, m.Span(0, len(got)), "the end stops before the removed text")
}

func TestMapInvalid(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"本文", -1},
		{"ＡＢＣ", -1},
		{"\ufffd本文", -1}, // a valid U+FFFD
		{"本\xff文\xfe", 3},
		{"ab\xe3\x81", 2},   // a sequence cut short
		{"ｶﾞ\xc0\xaf", 6},   // an overlong encoding, after a rewrite
		{"\xed\xa0\x80", 0}, // a surrogate
	}
	for _, tt := range tests {
		_, m := String(tt.in)
		assert.Equal(t, tt.want, m.Invalid(), "%q", tt.in)
		assert.Equal(t, tt.want, firstInvalid(tt.in), "reference for %q", tt.in)
	}
}

func TestNilMap(t *testing.T) {
	var m *Map
	assert.Equal(t, 5, m.Original(5))
	assert.Equal(t, 0, m.Original(-1))
	assert.Equal(t, article.Span{Start: 2, End: 7}, m.Span(2, 7))
	assert.Equal(t, article.Span{Start: 2, End: 2}, m.Span(2, 1))
	assert.Equal(t, -1, m.Invalid())
}

func TestUnchangedReturnsInput(t *testing.T) {
	s := "変更のない文章です。ABC 123、スーパー〜「」"
	got, m := String(s)
	assert.Nil(t, m)
	assert.Equal(t, s, got)
	allocs := testing.AllocsPerRun(100, func() { String(s) })
	assert.LessOrEqual(t, allocs, 2.0)
	allocs = testing.AllocsPerRun(100, func() { New(Dict(true)).String("変更なし") })
	assert.LessOrEqual(t, allocs, 2.0)
}

func TestTransformerMatchesString(t *testing.T) {
	var all strings.Builder
	for _, c := range normalizeCases {
		all.WriteString(c.in)
		all.WriteString("\n")
	}
	s := all.String()
	for _, n := range fuzzNormalizers {
		want, _ := n.String(s)
		for _, step := range []int{1, 2, 3, 5, 13, 4096} {
			for _, dst := range []int{1, 3, 16, 4096} {
				got, err := driveTransformer(n.Transformer(), []byte(s), step, dst)
				require.NoError(t, err)
				assert.Equal(t, want, string(got), "step %d dst %d", step, dst)
			}
		}
		got, _, err := transform.String(n.Transformer(), s)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}

func TestTransformerReset(t *testing.T) {
	tr := New().Transformer()
	dst := make([]byte, 64)
	nDst, _, err := tr.Transform(dst, []byte("ｱ"), false)
	require.ErrorIs(t, err, transform.ErrShortSrc)
	assert.Equal(t, 0, nDst)
	tr.Reset()
	nDst, nSrc, err := tr.Transform(dst, []byte("ｶﾞ"), true)
	require.NoError(t, err)
	assert.Equal(t, 6, nSrc)
	assert.Equal(t, "ガ", string(dst[:nDst]))
}

func TestTransformerLongRunReportsShortSrc(t *testing.T) {
	// 4096 bytes with no place to cut: the reader reports the error
	// instead of guessing.
	s := strings.Repeat("ー", 2000)
	r := transform.NewReader(strings.NewReader(s), New().Transformer())
	_, err := io.ReadAll(r)
	assert.ErrorIs(t, err, transform.ErrShortSrc)
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden normalizes a fictional article written for these tests, in
// both modes, and compares with testdata/article*.golden.
func TestGolden(t *testing.T) {
	src, err := os.ReadFile("testdata/article.txt")
	require.NoError(t, err)
	for _, g := range []struct {
		file string
		n    *Normalizer
	}{
		{"testdata/article.golden", New()},
		{"testdata/article.dict.golden", New(Dict(true))},
	} {
		got, m := g.n.String(string(src))
		require.NotNil(t, m)
		assert.Equal(t, len(src), m.Original(len(got)))
		if *update {
			require.NoError(t, os.WriteFile(g.file, []byte(got), 0o644))
		}
		want, err := os.ReadFile(g.file)
		require.NoError(t, err)
		assert.Equal(t, string(want), got, g.file)
	}
}

// TestCorpus checks the invariants on the shared news corpus, when present.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/*.txt")
	if len(files) == 0 {
		t.Skip("corpus not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		s := string(data)
		for _, n := range fuzzNormalizers {
			got, m := n.String(s)
			again, _ := n.String(got)
			assert.Equal(t, got, again, "idempotent on %s", f)
			assert.Equal(t, len(s), m.Original(len(got)))
			out, _, err := transform.String(n.Transformer(), s)
			require.NoError(t, err)
			assert.Equal(t, got, out, "transformer on %s", f)
			assert.NotContains(t, got, "\r")
			assert.NotContains(t, got, "\u3000")
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	n := New(Dict(true))
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range normalizeCases {
				n.String(c.in)
				String(c.in)
			}
		}()
	}
	wg.Wait()
}

// TestScanFastPath checks the byte-level fast path of scan against the
// rune-level rule for every rune, after text that is not kana: a rune is
// passed over exactly when special does not claim it and it is not ー.
func TestScanFastPath(t *testing.T) {
	for _, n := range []*Normalizer{New(), New(Dict(true), KeepCircled(false), KeepParenthesized(true))} {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			s := "x" + string(r) + "x"
			w := utf8.RuneLen(r)
			want := n.special(r, w) || r == 0x30FC || r == '\r' || r == ' ' && n.cfg.dict
			if got := n.scan(s, 1, noRune) == 1; got != want {
				t.Fatalf("scan stops at %U: %v, want %v", r, got, want)
			}
		}
	}
}
