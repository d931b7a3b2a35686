package parse

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// morphArticle is a fictional article whose speakers need the dictionary
// to be told apart from their titles.
const morphArticle = `港湾都市で新交通の試験運行
2024年5月8日 10時00分

【ナホトカ共同】極東の港湾都市で7日、新型路面電車の試験運行が始まった。

市交通局のグラベツキー局長は記者会見で「冬でも止まらない電車にしたい」と述べた。

日本の商社の担当者は「部品の供給を続ける」と話した。
`

// TestWithoutMorphologyLoadsNoDictionary runs itself in a fresh test
// binary, where nothing has loaded the dictionary yet, and checks that
// Parse WithoutMorphology does not load it.
func TestWithoutMorphologyLoadsNoDictionary(t *testing.T) {
	if os.Getenv("NEWSDOC_PARSE_CHILD") == "1" {
		require.Equal(t, 0, morph.DictionaryLoads(), "loaded before the test")
		files, err := filepath.Glob("testdata/*.txt")
		require.NoError(t, err)
		for _, f := range append(files, "") {
			src := []byte(morphArticle)
			if f != "" {
				src, err = os.ReadFile(f)
				require.NoError(t, err)
			}
			a, err := Parse(src, WithoutMorphology(), WithUserDictionary(strings.NewReader("x,x,x,人名\n")))
			require.NoError(t, err)
			assert.Equal(t, []string{SkippedMorphology}, a.Skipped)
			assert.Empty(t, a.People)
		}
		// Nothing to analyse: the default path does not load it either.
		_, err = Parse([]byte("見出しだけ\n"))
		require.NoError(t, err)
		_, err = Parse([]byte("  \n"))
		require.ErrorIs(t, err, ErrEmpty)
		assert.Equal(t, 0, morph.DictionaryLoads())
		return
	}
	if testing.Short() {
		t.Skip("runs a subprocess")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWithoutMorphologyLoadsNoDictionary$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "NEWSDOC_PARSE_CHILD=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "--- PASS: TestWithoutMorphologyLoadsNoDictionary")
}

// TestMorphologyLoadsOnce parses concurrently with the default analyzer:
// the dictionary is loaded at most once (run with -race).
func TestMorphologyLoadsOnce(t *testing.T) {
	var wg sync.WaitGroup
	arts := make([]*article.Article, 8)
	for i := range arts {
		wg.Go(func() {
			a, err := Parse([]byte(morphArticle))
			assert.NoError(t, err)
			arts[i] = a
		})
	}
	wg.Wait()
	assert.Equal(t, 1, morph.DictionaryLoads())
	for _, a := range arts[1:] {
		assert.Equal(t, arts[0], a)
	}
	a := arts[0]
	assert.Nil(t, a.Skipped)
	spanChecker{t: t, a: a, text: true}.check()
	checkLists(t, a)
	var speakers []string
	for _, q := range a.Quotes {
		speakers = append(speakers, q.Speaker)
		assert.Equal(t, "「"+q.Text+"」", strings.ReplaceAll(q.Span.In(a.Source), "　", " "))
	}
	assert.Equal(t, []string{"グラベツキー", "商社の担当者"}, speakers)
	assert.NotEmpty(t, a.Places, "places are found with the dictionary")
	for _, e := range append(append(a.People, a.Organizations...), a.Places...) {
		for _, m := range e.Mentions {
			assert.Equal(t, m.Text, m.Span.In(a.Source), e.Name)
		}
	}
}

func TestUserDictionaryOptions(t *testing.T) {
	// 商社 is a common noun for the system dictionary alone.
	ud := "# 組織\n商社,商社,ショウシャ,組織\n"
	opt := WithUserDictionary(strings.NewReader(ud))
	names := func(a *article.Article) []string {
		var out []string
		for _, p := range a.Organizations {
			out = append(out, p.Name)
		}
		return out
	}
	a, err := Parse([]byte(morphArticle))
	require.NoError(t, err)
	assert.NotContains(t, names(a), "商社")
	// One Option value serves many articles: the reader is read once.
	for range 2 {
		a, err := Parse([]byte(morphArticle), opt)
		require.NoError(t, err)
		assert.Contains(t, names(a), "商社")
	}
	path := filepath.Join(t.TempDir(), "user.csv")
	require.NoError(t, os.WriteFile(path, []byte(ud), 0o600))
	a, err = Parse([]byte(morphArticle), WithUserDictionaryFile(path))
	require.NoError(t, err)
	assert.Contains(t, names(a), "商社")

	// Errors: the article is analysed without morphology.
	for name, o := range map[string]Option{
		"bad line": WithUserDictionary(strings.NewReader("一列だけ\n")),
		"nil":      WithUserDictionary(nil),
		"missing":  WithUserDictionaryFile(path + ".missing"),
	} {
		a, err := Parse([]byte(morphArticle), o)
		require.ErrorIs(t, err, ErrUserDictionary, name)
		assert.False(t, errors.Is(err, ErrEmpty), name)
		assert.Equal(t, []string{SkippedMorphology}, a.Skipped, name)
		assert.NotEmpty(t, a.Quotes, name)
		assert.True(t, strings.HasPrefix(err.Error(), "parse: invalid user dictionary"), err.Error())
		if name == "missing" {
			assert.ErrorIs(t, err, fs.ErrNotExist)
			assert.Contains(t, err.Error(), `.missing"`)
		}
	}
	// A bad input and a bad dictionary are both reported.
	_, err = Parse([]byte("見出し\n本文です。\n\xff"), WithUserDictionaryFile(path+".missing"))
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	assert.ErrorIs(t, err, ErrUserDictionary)
}

func TestWithLocation(t *testing.T) {
	src := []byte("見出しの行です\n2024年3月30日 10時00分\n\n【ロンドン共同】英政府は発表した。\n")
	a, err := Parse(src, WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 3, 30, 1, 0, 0, 0, time.UTC), a.Published.Start.UTC())
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		london = time.FixedZone("GMT", 0)
	}
	a, err = Parse(src, WithoutMorphology(), WithLocation(london))
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 3, 30, 10, 0, 0, 0, time.UTC), a.Published.Start.UTC())
	assert.Equal(t, "2024-03-30T10:00", a.Published.Value)
	a, err = Parse(src, WithoutMorphology(), WithLocation(nil))
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 3, 30, 1, 0, 0, 0, time.UTC), a.Published.Start.UTC())
	// A written offset wins.
	a, err = Parse([]byte("http://example.com/a\n2011-10-11T15:50:00+0900\n見出しの行です\n本文です。\n"), WithoutMorphology(), WithLocation(time.UTC))
	require.NoError(t, err)
	assert.Equal(t, time.Date(2011, 10, 11, 6, 50, 0, 0, time.UTC), a.Published.Start.UTC())
}
