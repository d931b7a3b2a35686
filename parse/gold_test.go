package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// The hand annotations of the corpus and the seed are others' work, read
// from ../../shared/gold-dev when present: the expectations of this test
// come from there, so that no name or sentence of those articles is
// written here.
const goldDir = "../../shared/gold-dev"

// gold is the part of an annotation file this test reads.
type gold struct {
	Headline  string            `json:"headline"`
	Kicker    string            `json:"kicker"`
	Published string            `json:"published"`
	Updated   string            `json:"updated"`
	BodyFirst string            `json:"body_first"`
	BodyLast  string            `json:"body_last"`
	NotBody   []string          `json:"not_body"`
	Related   []json.RawMessage `json:"related"`
	Quotes    []struct {
		Speaker    string `json:"speaker"`
		QuoteStart string `json:"quote_start"`
	} `json:"quotes"`
}

// goldKey is the form in which texts are compared with the annotations:
// NFKC, the wave dash as a tilde, no white space.
func goldKey(s string) string {
	s = strings.ReplaceAll(norm.NFKC.String(s), "\u301c", "~")
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "")
}

// goldTitles are the titles an annotated speaker may carry (岸田首相 is
// 岸田): compared without them.
var goldTitles = []string{"事務総長", "報道官", "当局者", "担当者", "関係者", "委員長", "容疑者", "大統領",
	"氏", "さん", "首相", "外相", "次官", "大使", "特使", "顧問", "長官", "議員", "選手", "監督", "社長",
	"会長", "教授", "被告", "代表", "知事", "市長", "総裁"}

func goldCore(name string) string {
	n := goldKey(name)
	for _, t := range goldTitles {
		if strings.HasSuffix(n, t) && len(n) > len(t) {
			return strings.TrimSuffix(n, t)
		}
	}
	return n
}

// prefixBytes is s cut to at most n bytes.
func prefixBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

var goldTime = regexp.MustCompile(`(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?`)

// goldSameTime reports whether a TIMEX3 value falls on the annotated day
// (and minute, when the annotation has one).
func goldSameTime(want, got string) bool {
	w, g := goldTime.FindStringSubmatch(want), goldTime.FindStringSubmatch(got)
	return w != nil && g != nil && w[1] == g[1] && (w[2] == "" || w[2] == g[2])
}

// TestGoldDev parses every annotated article and checks it against the
// annotation: headline, kicker, times, first and last body paragraph,
// related links, and every annotated quotation with its speaker. Lines
// that must stay out of the body may miss at most one in a hundred.
func TestGoldDev(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.gold.json"))
	if len(files) == 0 {
		t.Skip("../../shared/gold-dev not present")
	}
	notBody, notBodyOK := 0, 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			var g gold
			require.NoError(t, json.Unmarshal(b, &g))
			path := filepath.Join(corpusDir, name+".txt")
			if name == "seed" {
				path = filepath.Join(seedDir, "ukraine-peace-talks.txt")
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Skip("text not present")
			}
			a, err := Parse(src)
			require.NoError(t, err)

			assert.Equal(t, goldKey(g.Headline), goldKey(a.Headline.Text), "headline")
			if g.Kicker != "" {
				require.NotNil(t, a.Kicker, "kicker")
				assert.Contains(t, goldKey(a.Kicker.Text), strings.Trim(goldKey(g.Kicker), "【】[]"), "kicker")
			}
			if g.Published != "" {
				assert.True(t, goldSameTime(g.Published, valueOf(a.Published)), "published %s, want %s", valueOf(a.Published), g.Published)
			}
			if g.Updated != "" {
				assert.True(t, goldSameTime(g.Updated, valueOf(a.Updated)), "updated %s, want %s", valueOf(a.Updated), g.Updated)
			}
			var paras []string
			var lines []string
			for _, p := range a.Paragraphs {
				paras = append(paras, goldKey(p.Text))
				for _, l := range strings.Split(p.Text, "\n") {
					lines = append(lines, goldKey(l))
				}
			}
			require.NotEmpty(t, paras)
			assert.True(t, strings.HasPrefix(paras[0], goldKey(g.BodyFirst)), "first paragraph")
			assert.True(t, strings.HasPrefix(paras[len(paras)-1], goldKey(g.BodyLast)), "last paragraph")
			for _, nb := range g.NotBody {
				n := goldKey(nb)
				notBody++
				in := false
				for _, l := range lines {
					if n != "" && (l == n || len([]rune(n)) >= 15 && strings.HasPrefix(l, n)) {
						in = true
					}
				}
				if !in {
					notBodyOK++
				}
			}
			var related []string
			for _, r := range a.Related {
				related = append(related, goldKey(r.Text))
			}
			for _, raw := range g.Related {
				var r string
				if json.Unmarshal(raw, &r) != nil {
					var o struct{ Text, Title string }
					require.NoError(t, json.Unmarshal(raw, &o))
					r = o.Text + o.Title
				}
				k := goldKey(r)
				found := false
				for _, x := range related {
					if strings.Contains(x, k) || x != "" && strings.Contains(k, x) {
						found = true
					}
				}
				assert.True(t, found, "related link %d not found", len(related))
			}
			for i, q := range g.Quotes {
				// The quotation that starts with the annotated words (or
				// holds them within its first characters), and its speaker:
				// the annotated one holds ours or ours holds it
				// (北原国会対策委員長 and 北原).
				qs := goldKey(q.QuoteStart)
				var hits []*article.Quote
				for j := range a.Quotes {
					k := goldKey(a.Quotes[j].Text)
					if strings.HasPrefix(k, qs) || strings.Contains(prefixBytes(k, len(qs)+4), qs) {
						hits = append(hits, &a.Quotes[j])
					}
				}
				if !assert.NotEmpty(t, hits, "annotated quotation %d not found", i) || q.Speaker == "" {
					continue
				}
				want, ok := goldCore(q.Speaker), false
				for _, h := range hits {
					got := goldCore(h.Speaker)
					ok = ok || want != "" && (strings.Contains(got, want) || got != "" && strings.Contains(want, got))
				}
				assert.True(t, ok, "speaker of annotated quotation %d", i)
			}
		})
	}
	if notBody > 0 {
		assert.GreaterOrEqual(t, float64(notBodyOK), 0.99*float64(notBody), "lines kept out of the body: %d of %d", notBodyOK, notBody)
	}
}
