package morph

import (
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/normalize/temporal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := Default()
	require.NoError(t, err)
	return a
}

func TestTokenSpans(t *testing.T) {
	a := analyzer(t)
	tests := []string{
		"山田太郎氏は2025年に東京都で「よろしく」と述べた。",
		"ＡＢＣ社の鈴木花子さん（３２）は語った",
		"ジョン・スミス米国務長官",
		"",
		"\xff壊れた入力",
	}
	for _, src := range tests {
		toks := a.Tokenize(src)
		var b strings.Builder
		for _, tk := range toks {
			require.True(t, tk.Start >= 0 && tk.End <= len(src) && tk.Start <= tk.End, "%q %d %d", src, tk.Start, tk.End)
			assert.Equal(t, tk.Surface, src[tk.Start:tk.End], "%q", src)
			b.WriteString(tk.Surface)
		}
		if utf8.ValidString(src) {
			assert.Equal(t, src, b.String())
		}
	}
}

func TestTextSpansIntoSource(t *testing.T) {
	a := analyzer(t)
	src := "見出し\n\n本文の最初。\n\n田中一郎氏は東京都に住む。"
	start := strings.Index(src, "田中")
	txt := NewText(src, article.Span{Start: start, End: len(src)})
	toks := a.Analyze(txt)
	require.NotEmpty(t, toks)
	for _, tk := range toks {
		assert.Equal(t, tk.Surface, txt.Span(tk.Start, tk.End).In(src))
		assert.Equal(t, tk.Surface, txt.Norm[tk.Start:tk.End])
	}
	assert.Equal(t, "田中", txt.Span(toks[0].Start, toks[0].End).In(src))

	// A span outside the input is clamped, not a panic.
	txt = NewText("abc", article.Span{Start: 2, End: 99})
	assert.Equal(t, "c", txt.Norm)
	assert.Equal(t, article.Span{Start: 2, End: 3}, txt.Span(0, 50))
}

func TestPOSHelpers(t *testing.T) {
	a := analyzer(t)
	find := func(toks []Token, s string) *Token {
		for i := range toks {
			if toks[i].Surface == s {
				return &toks[i]
			}
		}
		t.Fatalf("no token %q in %v", s, toks)
		return nil
	}
	toks := a.Tokenize("吉田さんはロシア外務省を訪れ、フロリダ州に行った。")
	assert.True(t, find(toks, "吉田").IsPerson())
	assert.True(t, find(toks, "吉田").IsFamilyName())
	assert.True(t, find(toks, "外務省").IsOrganization())
	assert.True(t, find(toks, "ロシア").IsCountry())
	assert.True(t, find(toks, "フロリダ").IsPlace())
	assert.True(t, find(toks, "州").IsPlace())
	assert.True(t, find(toks, "訪れ").IsVerb())
	assert.Equal(t, "訪れる", find(toks, "訪れ").Base)
	assert.True(t, find(toks, "は").IsParticle())
	assert.True(t, find(toks, "た").IsAuxiliary())
	assert.True(t, find(toks, "。").IsSymbol())
	assert.False(t, find(toks, "吉田").IsKatakana())
	assert.True(t, IsKatakana("マー・ア・ラゴ"))
	assert.False(t, IsKatakana("・マー"))
	assert.False(t, IsKatakana(""))
}

func TestTense(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in   string
		want temporal.Tense
	}{
		{"首相は会談で合意したと述べた。", temporal.Past},
		{"会議は来月開かれる予定だ。", temporal.Future},
		{"政府は規制を強める方針です。", temporal.Future},
		{"新しい制度は来年始まる見通し。", temporal.Future},
		{"社長は来週、現地を訪問する。", temporal.Future},
		{"大臣は「必ず実現する」と話していました。", temporal.Past},
		{"式典は行われる予定だった。", temporal.Past},
		{"3隻は帰港する計画だったが、", temporal.Past},
		{"店は開いているけど", temporal.Unknown},
		{"交渉は現在も続いている。", temporal.Unknown},
		{"当社は警察に相談し、捜査に協力しております。", temporal.Unknown},
		{"担当者が現地に残っております。", temporal.Unknown},
		{"状況は非常に厳しい。", temporal.Unknown},
		{"鐘は港北の寺で鋳造された品の一つとみられる。", temporal.Unknown},
		{"船は港の北で沈んだとされる。", temporal.Unknown},
		{"蔵は明治の頃からここに建っていたという。", temporal.Unknown},
		{"原因は配線の傷と考えられる。", temporal.Unknown},
		{"市は来月、結果を公表するとみている。", temporal.Unknown},
		{"社長は来月、新しい店を開くと言う。", temporal.Future},
		{"会社は来月、値上げを発表する。", temporal.Future},
		{"", temporal.Unknown},
		{"。。。", temporal.Unknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want.String(), a.Tense(tt.in).String(), tt.in)
	}
}

func TestTenseWithoutDictionary(t *testing.T) {
	var a *Analyzer
	assert.Equal(t, temporal.Past, a.Tense("会談が行われた。"))
	assert.Equal(t, temporal.Future, a.Tense("来月に訪問する予定です。"))
	assert.Equal(t, temporal.Unknown, a.Tense("晴れ"))
	assert.Nil(t, a.Tokenize("何か"))
}

func TestUserDictionary(t *testing.T) {
	ud := "# 人名\nザハロワ,ザハロワ,ザハロワ,人名\nノバスコシア州,ノバスコシア 州,ノバスコシア シュウ,地名\n"
	a, err := New(Options{UserDict: strings.NewReader(ud)})
	require.NoError(t, err)
	toks := a.Tokenize("ザハロワ報道官はノバスコシア州にいた")
	require.NotEmpty(t, toks)
	assert.Equal(t, "ザハロワ", toks[0].Surface)
	assert.True(t, toks[0].IsPerson())

	path := t.TempDir() + "/user.csv"
	require.NoError(t, os.WriteFile(path, []byte(ud), 0o600))
	_, err = New(Options{UserDictPath: path})
	require.NoError(t, err)

	_, err = New(Options{UserDict: strings.NewReader("一列だけ\n")})
	assert.ErrorIs(t, err, ErrUserDict)
	_, err = New(Options{UserDictPath: path + ".missing"})
	assert.ErrorIs(t, err, ErrUserDict)
	assert.Equal(t, 1, DictionaryLoads(), "user dictionaries share the one system dictionary")
}

func TestConcurrentUse(t *testing.T) {
	a := analyzer(t)
	inputs := []string{"山田氏は東京で語った。", "ハワード大統領はフロリダ州にいる。", "会議は明日開かれる予定だ。"}
	want := make([][]Token, len(inputs))
	for i, in := range inputs {
		want[i] = a.Tokenize(in)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 20 {
				k := (g + i) % len(inputs)
				b, err := Default()
				if !assert.NoError(t, err) {
					return
				}
				assert.Equal(t, want[k], b.Tokenize(inputs[k]))
				b.Tense(inputs[k])
			}
		})
	}
	wg.Wait()
	assert.Equal(t, 1, DictionaryLoads())
}

// TestDictionaryLoadedLazily runs in a fresh process so that nothing else in
// this test binary has loaded the dictionary yet.
func TestDictionaryLoadedLazily(t *testing.T) {
	if os.Getenv("MORPH_LAZY_CHILD") == "1" {
		if DictionaryLoads() != 0 {
			t.Fatal("dictionary loaded at init")
		}
		var none *Analyzer
		_ = NewText("山田氏は語った。", article.Span{Start: 0, End: 9})
		_ = none.Tense("会談は行われた。")
		_ = IsKatakana("テスト")
		if DictionaryLoads() != 0 {
			t.Fatal("dictionary loaded by a path that does not need it")
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() { _, _ = Default() })
		}
		wg.Wait()
		_, _ = New(Options{})
		if n := DictionaryLoads(); n != 1 {
			t.Fatalf("dictionary loaded %d times", n)
		}
		return
	}
	if testing.Short() {
		t.Skip("loads the dictionary in a child process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDictionaryLoadedLazily$", "-test.v")
	cmd.Env = append(os.Environ(), "MORPH_LAZY_CHILD=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "PASS")
}

func TestNormalizedTokens(t *testing.T) {
	a := analyzer(t)
	src := "前文。\n\n２０２４年にＡＩ企業が発足"
	start := strings.Index(src, "２")
	txt := NewText(src, article.Span{Start: start, End: len(src)})
	toks := a.Analyze(txt)
	require.NotEmpty(t, toks)
	// Normalized first, ２０２４ is one number, not four symbols; its span
	// covers the full-width digits of the original.
	assert.Equal(t, "2024", toks[0].Surface)
	assert.True(t, toks[0].IsNumber())
	assert.Equal(t, "２０２４", txt.Span(toks[0].Start, toks[0].End).In(src))
	for _, tk := range toks {
		if tk.Surface == "AI" {
			assert.Equal(t, "ＡＩ", txt.Span(tk.Start, tk.End).In(src))
		}
	}
}
