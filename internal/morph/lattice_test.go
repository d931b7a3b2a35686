package morph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikawaha/kagome/v2/tokenizer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kagomeTokens is what tokenizer.Tokenize and its feature accessors give
// for s, in the form of Token: the reference Analyze must agree with.
func kagomeTokens(t *testing.T, a *Analyzer, s string) []Token {
	t.Helper()
	opts := []tokenizer.Option{tokenizer.OmitBosEos()}
	if a.user != nil {
		opts = append(opts, tokenizer.UserDict(a.user))
	}
	tok, err := tokenizer.New(a.sys, opts...)
	require.NoError(t, err)
	var out []Token
	for _, k := range tok.Tokenize(s) {
		if k.Class == tokenizer.DUMMY {
			continue
		}
		tk := Token{Surface: k.Surface, Start: k.Position, End: k.Position + len(k.Surface), Known: k.Class != tokenizer.UNKNOWN, Base: k.Surface}
		tk.pos = new([4]string)
		if k.Class == tokenizer.USER {
			p, _ := k.FeatureAt(0)
			*tk.pos = [4]string{"名詞", "固有名詞", userPOS(p), ""}
		} else {
			for i := range tk.pos {
				tk.pos[i], _ = k.FeatureAt(i)
			}
			if b, ok := k.BaseForm(); ok && b != "*" && tk.IsPredicate() {
				tk.Base = b
			}
		}
		tk.flags = fSet | posFlags(tk.pos) | surfaceFlags(tk.Surface)
		out = append(out, tk)
	}
	return out
}

// isMethods lists every Is method of Token.
var isMethods = map[string]func(*Token) bool{
	"Noun": (*Token).IsNoun, "Proper": (*Token).IsProper, "Person": (*Token).IsPerson, "FamilyName": (*Token).IsFamilyName,
	"Organization": (*Token).IsOrganization, "Place": (*Token).IsPlace, "Country": (*Token).IsCountry,
	"Number": (*Token).IsNumber, "Suffix": (*Token).IsSuffix, "Verb": (*Token).IsVerb, "Auxiliary": (*Token).IsAuxiliary,
	"Particle": (*Token).IsParticle, "Symbol": (*Token).IsSymbol, "Predicate": (*Token).IsPredicate, "Katakana": (*Token).IsKatakana,
}

// The flags cached by Analyze answer as the fields of a token built by
// hand do.
func TestCachedFlagsAgree(t *testing.T) {
	a := analyzer(t)
	toks := a.Tokenize("ボルコフスキー外相は東京都の北区で山田太郎氏と会い、日本政府の方針を聞いた。米国は「2つ」と述べた！国連とNHKとトヨタの社員3人、市役所")
	require.NotEmpty(t, toks)
	seen := map[string]bool{}
	for _, tk := range toks {
		require.NotZero(t, tk.flags&fSet)
		plain := Token{Surface: tk.Surface, pos: tk.pos}
		for name, is := range isMethods {
			assert.Equal(t, is(&plain), is(&tk), "%s %q %v", name, tk.Surface, tk.POS())
			seen[name] = seen[name] || is(&tk)
		}
	}
	for name := range isMethods {
		if name != "Country" && name != "Suffix" {
			assert.True(t, seen[name], "no token is %s", name)
		}
	}
}

func TestAnalyzeAgreesWithKagome(t *testing.T) {
	texts := []string{
		"山田太郎氏は2025年に東京都で「よろしく」と述べた。",
		"ボルコフスキー外相は記者団に対し、交渉は続けられるだろうと語っていました。",
		"ＡＢＣ社の鈴木花子さん（３２）は「楽しかったです」と話した。",
		"ｸﾞﾘｰﾝﾗﾝﾄﾞ自治政府の発表によると、氷河の後退が進んでいる。",
		"\xff壊れた入力と、未知語ザルツフェルトヴィーゼ",
	}
	// The shared corpus, when present, adds real news writing.
	files, _ := filepath.Glob("../../../shared/corpus/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	user, err := New(Options{UserDict: strings.NewReader("ボルコフスキー,ボルコフスキー,ボルコフスキー,人名\nザルツフェルト,ザルツフェルト,ザルツフェルト,地名\n")})
	require.NoError(t, err)
	for _, a := range []*Analyzer{analyzer(t), user} {
		for _, s := range texts {
			want, got := kagomeTokens(t, a, s), a.Tokenize(s)
			require.Equal(t, len(want), len(got), "%q", firstRunes(s, 20))
			// Token by token: a diff of whole articles would be slow.
			for i := range want {
				if !assert.Equal(t, want[i], got[i], "%q", firstRunes(s, 20)) {
					break
				}
			}
		}
	}
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}
