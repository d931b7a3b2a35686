package parse

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// goldenRef is the reference time of the fixtures parsed a second time
// WithReference (their golden file is name.ref.golden).
var goldenRef = time.Date(2024, 7, 15, 12, 0, 0, 0, japan)

var refFixtures = map[string]bool{"yahoo-like": true, "relative": true, "wire-reuters": true}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 8)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		// The golden files hold the output without the dictionary, so that
		// they do not change with it; TestMorphology covers the default.
		runs := map[string][]Option{name + ".golden": {WithoutMorphology()}}
		if refFixtures[name] {
			runs[name+".ref.golden"] = []Option{WithoutMorphology(), WithReference(goldenRef)}
		}
		for golden, opts := range runs {
			t.Run(golden, func(t *testing.T) {
				src, err := os.ReadFile(f)
				require.NoError(t, err)
				a, err := Parse(src, opts...)
				require.NoError(t, err)
				spanChecker{t: t, a: a, text: true}.check()
				checkLists(t, a)
				got, err := json.MarshalIndent(a, "", "  ")
				require.NoError(t, err)
				got = append(got, '\n')
				path := filepath.Join("testdata", golden)
				if *update {
					require.NoError(t, os.WriteFile(path, got, 0o644))
					return
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test -update")
				assert.Equal(t, string(want), string(got))
			})
		}
	}
}

// TestConcurrentParses parses the fixtures from several goroutines at
// once, many times over: the working memory that parses share through a
// pool must never leak from one article into another.
func TestConcurrentParses(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	want := map[string]string{}
	srcs := map[string][]byte{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		a, _ := Parse(src, WithoutMorphology())
		b, err := json.Marshal(a)
		require.NoError(t, err)
		srcs[f], want[f] = src, string(b)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 20 {
				f := files[(g+k)%len(files)]
				a, _ := Parse(srcs[f], WithoutMorphology())
				b, err := json.Marshal(a)
				if err != nil || string(b) != want[f] {
					t.Errorf("%s: concurrent parse differs from the sequential one", f)
					return
				}
			}
		})
	}
	wg.Wait()
}
