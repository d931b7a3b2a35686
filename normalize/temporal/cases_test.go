package temporal

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
)

// A case file holds one case a line:
//
//	sentence => text|value|type|mod|start|anchor|freq ;; text|value ... ;; ~0-1
//
// Only text and value are required; type defaults to DATE; an omitted mod
// must be empty; start, anchor and freq are checked when given (start "-" means
// unresolved; a day is written 2025-12-28, an instant 2025-12-28T13:00).
// "~0-1" says expressions 0 and 1 form a range. "sentence =>" alone means
// nothing is found. Directives: "@ref 2025-12-29" (or "@ref none"), "@tense
// past|future|unknown", "@prev <value>" (the previous mention for the
// following cases; "@prev none"), "@shortyears on|off" (Context.ShortYears). Lines starting with # are comments.

type wantTime struct {
	text, value, typ, mod, start, anchor, freq string
	hasStart, hasAnchor, hasFreq               bool
}

type testCase struct {
	file    string
	line    int
	input   string
	ref     time.Time
	clock   bool // ref has a time of day (@ref 2025-01-02T15:04)
	tense   Tense
	prev    string
	short   bool
	want    []wantTime
	ranges  []Range
	checkRg bool
}

func loadCases(t *testing.T) []testCase {
	t.Helper()
	files, err := filepath.Glob("testdata/*.cases")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out []testCase
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		var ref time.Time
		tense := Unknown
		prev := ""
		short := false
		clock := false // the reference has a time of day
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "" || strings.HasPrefix(line, "#"):
				continue
			case strings.HasPrefix(line, "@ref "):
				v := strings.TrimSpace(line[5:])
				ref, clock = time.Time{}, strings.Contains(v, "T")
				if v != "none" {
					ref, err = parseRef(v)
					require.NoError(t, err, "%s:%d", name, n)
				}
				continue
			case strings.HasPrefix(line, "@tense "):
				switch strings.TrimSpace(line[7:]) {
				case "past":
					tense = Past
				case "future":
					tense = Future
				default:
					tense = Unknown
				}
				continue
			case strings.HasPrefix(line, "@shortyears "):
				short = strings.TrimSpace(line[len("@shortyears "):]) == "on"
				continue
			case strings.HasPrefix(line, "@prev "):
				prev = strings.TrimSpace(line[6:])
				if prev == "none" {
					prev = ""
				}
				continue
			}
			in, exp, ok := strings.Cut(line, "=>")
			require.True(t, ok, "%s:%d: no =>", name, n)
			c := testCase{file: name, line: n, input: strings.TrimSpace(in), ref: ref, clock: clock, tense: tense, prev: prev, short: short}
			for _, item := range strings.Split(exp, ";;") {
				item = strings.TrimSpace(item)
				if item == "" {
					continue
				}
				if strings.HasPrefix(item, "~") {
					var a, b int
					_, err := fmt.Sscanf(item, "~%d-%d", &a, &b)
					require.NoError(t, err, "%s:%d", name, n)
					c.ranges = append(c.ranges, Range{From: a, To: b})
					c.checkRg = true
					continue
				}
				f := strings.Split(item, "|")
				for i := range f {
					f[i] = strings.TrimSpace(f[i])
				}
				require.GreaterOrEqual(t, len(f), 2, "%s:%d: %q", name, n, item)
				w := wantTime{text: f[0], value: f[1], typ: "DATE"}
				if len(f) > 2 && f[2] != "" {
					w.typ = f[2]
				}
				if len(f) > 3 {
					w.mod = f[3]
				}
				if len(f) > 4 && f[4] != "" {
					w.start, w.hasStart = f[4], true
				}
				if len(f) > 5 && f[5] != "" {
					w.anchor, w.hasAnchor = f[5], true
				}
				if len(f) > 6 && f[6] != "" {
					w.freq, w.hasFreq = f[6], true
				}
				c.want = append(c.want, w)
			}
			out = append(out, c)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return out
}

func parseRef(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", time.RFC3339} {
		if t, err := time.ParseInLocation(layout, v, japan); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad reference %q", v)
}

func fmtStart(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	t = t.In(japan)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	if t.Second() != 0 {
		return t.Format("2006-01-02T15:04:05")
	}
	return t.Format("2006-01-02T15:04")
}

// TestCases runs every case of testdata/*.cases.
func TestCases(t *testing.T) {
	cases := loadCases(t)
	t.Logf("%d cases", len(cases))
	for _, c := range cases {
		name := fmt.Sprintf("%s:%d", filepath.Base(c.file), c.line)
		t.Run(name, func(t *testing.T) {
			ctx := Context{Ref: c.ref, RefClock: c.clock, Tense: c.tense, ShortYears: c.short}
			if c.prev != "" {
				ctx.Previous = &article.Time{Value: c.prev}
			}
			res := Scan(c.input, ctx)
			var want, got []string
			for i, w := range c.want {
				want = append(want, fmt.Sprintf("%s|%s|%s|%s", w.text, w.value, w.typ, w.mod))
				if i < len(res.Times) {
					g := res.Times[i]
					got = append(got, fmt.Sprintf("%s|%s|%s|%s", g.Text, g.Value, g.Type, g.Mod))
					if w.hasStart {
						want[i] += "|" + w.start
						got[i] += "|" + fmtStart(g.Start)
					}
					if w.hasAnchor {
						want[i] += "|" + w.anchor
						got[i] += "|" + string(g.Anchor)
					}
					if w.hasFreq {
						want[i] += "|" + w.freq
						got[i] += "|" + g.Freq
					}
				}
			}
			for i := len(c.want); i < len(res.Times); i++ {
				g := res.Times[i]
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", g.Text, g.Value, g.Type, g.Mod))
			}
			assert.Equal(t, want, got, "input %q", c.input)
			if c.checkRg {
				assert.Equal(t, c.ranges, res.Ranges, "ranges of %q", c.input)
			}
			for _, g := range res.Times {
				assert.True(t, ValidValue(g.Value), "value %q of %q", g.Value, g.Text)
				assert.Equal(t, g.Text, g.Span.In(c.input), "span of %q", g.Text)
				if g.Resolved() {
					assert.True(t, g.Start.Before(g.End), "interval of %q", g.Text)
				}
			}
		})
	}
}
