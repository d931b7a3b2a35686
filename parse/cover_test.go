package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const ldccDir = "../../shared/ldcc"

// sharedTexts returns the texts of the seed, the corpus and the livedoor
// sample under ../../shared, by name; none when they are absent. A
// livedoor file (URL, time stamp, title, body) is also given as a page
// shows it (time stamp, title, body) and as its body alone.
func sharedTexts(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, dir := range []string{seedDir, corpusDir} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				out[f] = b
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(ldccDir, "*", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		out[f] = b
		ls := strings.SplitN(string(b), "\n", 4)
		if len(ls) == 4 {
			out[f+"#page"] = []byte(strings.TrimSpace(ls[1]) + "\n" + strings.TrimSpace(ls[2]) + "\n" + ls[3])
			out[f+"#body"] = []byte(ls[3])
		}
	}
	return out
}

// TestCoverageShared checks on every text of ../../shared that every
// non-blank line lands in exactly one field.
func TestCoverageShared(t *testing.T) {
	texts := sharedTexts(t)
	if len(texts) == 0 {
		t.Skip("../../shared not present")
	}
	for name, src := range texts {
		a, _ := Parse(src, WithoutMorphology())
		t.Run(filepath.Base(name), func(t *testing.T) {
			spanChecker{t: t, a: a}.check()
			checkLists(t, a)
		})
	}
}

// ldccTrail matches the lines of the link and product blocks that close a
// livedoor article, as ../shared/tools/score_ldcc.py reads them.
var ldccTrail = regexp.MustCompile(`^\s*(・|■|★|◆|●|▼|▽|□|◇|\*|＊|※|【関連|関連リンク|関連記事|\d+(\s+\d+)+\s*$)|https?://|^\s*(販売元：|クチコミを見る|TEL|営：|住所|価格：)`)

// squash is the comparison form of the figures: NFKC-like normalized
// text without white space.
func squash(s string) string {
	n, _ := normalizeText(s)
	return strings.Join(strings.Fields(n), "")
}

func prefixRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// TestLdccFigures prints, with -v, the layout figures of the livedoor
// sample in ../../shared/ldcc (the ones of score_ldcc.py without the
// speakers): the file's time stamp, title and body given as a page, and
// the body alone. It fails only when the figures fall far below today's.
func TestLdccFigures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(ldccDir, "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("../../shared/ldcc not present")
	}
	type count struct{ ok, n int }
	figs := map[string]*count{}
	point := func(k string, ok bool) {
		c := figs[k]
		if c == nil {
			c = &count{}
			figs[k] = c
		}
		c.n++
		if ok {
			c.ok++
		}
	}
	proseEnd := []string{"。", "」", "）", "！", "？", "!", "?", "』"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		ls := strings.Split(string(b), "\n")
		if len(ls) < 4 {
			continue
		}
		head := strings.TrimSpace(ls[1]) + "\n" + strings.TrimSpace(ls[2]) + "\n"
		body := strings.Join(ls[3:], "\n")
		a, _ := Parse([]byte(head+body), WithoutMorphology())
		c, _ := Parse([]byte(body), WithoutMorphology())
		title := squash(ls[2])
		kick := ""
		if a.Kicker != nil {
			kick = a.Kicker.Text
		}
		point("headline", title == squash(a.Headline.Text) || title == squash(kick+a.Headline.Text))
		point("published", a.Published != nil && a.Published.Start.Format("2006-01-02T15:04:05") == strings.TrimSpace(ls[1])[:19])
		// The body lines, with their spans in the page.
		type bl struct {
			s, e int
			text string
		}
		var lines []bl
		pos := len(head)
		for _, raw := range strings.Split(body, "\n") {
			if tr := strings.TrimSpace(raw); tr != "" {
				s := pos + strings.Index(raw, tr)
				lines = append(lines, bl{s, s + len(tr), tr})
			}
			pos += len(raw) + 1
		}
		if len(lines) == 0 {
			continue
		}
		inParas := func(s, e int) bool {
			for _, p := range a.Paragraphs {
				if p.Span.Start < e && p.Span.End > s {
					return true
				}
			}
			return false
		}
		t0 := len(lines)
		for t0 > 0 && ldccTrail.MatchString(lines[t0-1].text) {
			t0--
		}
		point("first", len(a.Paragraphs) > 0 && prefixRunes(squash(a.Paragraphs[0].Text), 12) == prefixRunes(squash(lines[0].text), 12))
		for j, l := range lines {
			ends := slices.ContainsFunc(proseEnd, func(x string) bool { return strings.HasSuffix(l.text, x) })
			if j < t0 && utf8.RuneCountInString(l.text) >= 20 && ends && !ldccTrail.MatchString(l.text) {
				point("prose_kept", inParas(l.s, l.e))
			}
			if j >= t0 {
				point("trailer_out", !inParas(l.s, l.e))
			}
		}
		if first := lines[0].text; strings.HasSuffix(first, "。") || utf8.RuneCountInString(first) >= 40 {
			point("first_bodyonly", len(c.Paragraphs) > 0 && prefixRunes(squash(c.Paragraphs[0].Text), 12) == prefixRunes(squash(first), 12))
		}
	}
	// Floors well under today's figures: a change that loses text fails.
	floor := map[string]float64{"headline": 0.99, "published": 0.99, "first": 0.95, "first_bodyonly": 0.95, "prose_kept": 0.95, "trailer_out": 0.95}
	for _, k := range []string{"headline", "published", "first", "first_bodyonly", "prose_kept", "trailer_out"} {
		c := figs[k]
		require.NotNil(t, c, k)
		share := float64(c.ok) / float64(c.n)
		t.Logf("%-15s %5d/%-5d %5.1f%%", k, c.ok, c.n, 100*share)
		assert.GreaterOrEqual(t, share, floor[k], k)
	}
}
