package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// fuzzNormalizers are the option combinations the fuzz targets run.
var fuzzNormalizers = []*Normalizer{
	New(),
	New(Dict(true)),
	New(KeepCircled(false), KeepParenthesized(true)),
	New(Dict(true), KeepCircled(false)),
}

var fuzzSeeds = []string{
	"", "０３－１２３４", "COVID－19", "ｶﾞﾊﾟﾊﾟﾜﾞ", "う゛か゛", "スーパーーーー", "1〜2 5～7日",
	"㍻31年㎏㈱①", "majika━", "a\r\nb\rc\r", "――と語った", "\ufeffABC\u200bD",
	"東京 都　ＡＩ  アルゴリズム C", "か\u200b゛", "ｶ\u200bﾞ", "1ーー2", "漢 ー1", "ア ―",
	"\xff\xfeｱ", "㌔゛", "1 ｰ2", "A ー", "ｰｰ", " \n ", "は\u3099\u3099", "\r\r\n",
}

// driveTransformer runs tr over src, offering step more bytes of src per
// call and a dst of dstSize bytes, the way a careful caller would.
func driveTransformer(tr transform.Transformer, src []byte, step, dstSize int) ([]byte, error) {
	var out []byte
	dst := make([]byte, dstSize)
	pos, avail := 0, 0
	for iter := 0; iter < 10*len(src)+1000; iter++ {
		avail = min(len(src), avail+step)
		atEOF := avail == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[pos:avail], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		switch {
		case err == nil:
			if pos != avail {
				return out, fmt.Errorf("nil error with %d bytes left", avail-pos)
			}
			if atEOF {
				return out, nil
			}
		case errors.Is(err, transform.ErrShortDst):
			if nDst == 0 && nSrc == 0 && dstSize > 0 {
				return out, errors.New("no progress on ErrShortDst")
			}
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				return out, errors.New("ErrShortSrc at EOF")
			}
		default:
			return out, err
		}
	}
	return out, errors.New("transformer does not finish")
}

func checkNormalizer(t *testing.T, n *Normalizer, s string) {
	t.Helper()
	got, m := n.String(s)
	if !utf8.ValidString(got) {
		t.Fatalf("invalid UTF-8 output %q for %q", got, s)
	}
	if g, w := m.Invalid(), firstInvalid(s); g != w {
		t.Fatalf("Invalid() = %d, want %d for %q", g, w, s)
	}
	again, m2 := n.String(got)
	if again != got {
		t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
	}
	if m2 != nil {
		t.Fatalf("second pass produced a map for %q", got)
	}
	// The map: monotone, within range, ends matching.
	if g := m.Original(0); g < 0 || g > len(s) {
		t.Fatalf("Original(0) = %d", g)
	}
	if g := m.Original(len(got)); g != len(s) {
		t.Fatalf("Original(len) = %d, want %d for %q", g, len(s), s)
	}
	last := -1
	for off := 0; off <= len(got); off++ {
		o := m.Original(off)
		if o < last || o < 0 || o > len(s) {
			t.Fatalf("Original(%d) = %d after %d for %q → %q", off, o, last, s, got)
		}
		last = o
		sp := m.Span(off, len(got))
		if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End || sp.Start != o {
			t.Fatalf("Span(%d,%d) = %v for %q", off, len(got), sp, s)
		}
	}
	// A Cursor gives the spans Span gives, forward and back.
	c := m.Cursor()
	for off := -1; off <= len(got)+1; off++ {
		for _, e := range []int{off - 1, off, off + 1, off + 7, len(got)} {
			require.Equal(t, m.Span(off, e), c.Span(off, e), "Cursor.Span(%d, %d) of %q", off, e, s)
		}
	}
	for off := len(got); off >= 0; off -= 3 {
		require.Equal(t, m.Span(off, off+4), c.Span(off, off+4), "back to %d in %q", off, s)
	}
	// Whole-rune spans of the output cover text whose normalization
	// contains them.
	for off := 0; off < len(got); {
		_, w := utf8.DecodeRuneInString(got[off:])
		sp := m.Span(off, off+w)
		if sp.Start >= sp.End && got[off:off+w] != "" {
			t.Fatalf("empty original span %v for %q in %q → %q", sp, got[off:off+w], s, got)
		}
		off += w
	}
	// The transformer, in chunks, gives the same bytes.
	for _, c := range [][2]int{{1, 1}, {1, 7}, {3, 2}, {5, 64}, {1 << 20, 4096}} {
		if c[0] < 8 && len(s) > 2048 {
			continue // byte-by-byte feeding of long inputs is slow, not different
		}
		out, err := driveTransformer(n.Transformer(), []byte(s), c[0], c[1])
		if err != nil {
			t.Fatalf("transformer %v on %q: %v", c, s, err)
		}
		if !bytes.Equal(out, []byte(got)) {
			t.Fatalf("transformer %v: %q, String: %q (input %q)", c, out, got, s)
		}
	}
	r := transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), n.Transformer())
	out, err := io.ReadAll(iotest.HalfReader(r))
	if err != nil || string(out) != got {
		t.Fatalf("transform.Reader: %q, %v; String: %q (input %q)", out, err, got, s)
	}
}

func FuzzString(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, c := range normalizeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range fuzzNormalizers {
			checkNormalizer(t, n, s)
		}
	})
}

func FuzzNumeral(f *testing.F) {
	for _, s := range []string{"二十七", "259万2,300", "1.5兆", "〇一〇〇〇", "三兆2千億千三百二十七万一四.〇五",
		"三百二十百", "億万", "1,2345", "九州", "○○", "１，２３４．５", "千23"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, size := LeadingNumeral(s)
		if size < 0 || size > len(s) {
			t.Fatalf("size %d", size)
		}
		if size > 0 {
			if n.Value < 0 {
				t.Fatalf("negative value %v for %q", n.Value, s)
			}
			p, err := ParseNumeral(s[:size])
			if err != nil || p != n && !(p.Value != p.Value) {
				t.Fatalf("ParseNumeral(%q) = %v, %v; LeadingNumeral gave %v", s[:size], p, err, n)
			}
		}
		if _, err := ParseNumeral(s); err != nil && !errors.Is(err, ErrNumeral) {
			t.Fatalf("error %v", err)
		}
		for i := 0; i <= len(s); i++ {
			_ = IsNumeralWord(s, i)
			if _, sz := NumeralAt(s, i); sz < 0 || i+sz > len(s) {
				t.Fatalf("NumeralAt size %d", sz)
			}
		}
	})
}

func FuzzParseEraDate(f *testing.F) {
	for _, s := range []string{"R7.12.29", "H31.4.30", "令和7年12月29日", "令和元年5月1日", "㍻31年4月30日",
		"令和７年１２月２９日", "令和七年十二月二十九日", "平成31年5月1日", "明治5年12月3日", "M7.1", "令和 7年度"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := MatchEraDate(s)
		if d.Size < 0 || d.Size > len(s) {
			t.Fatalf("size %d", d.Size)
		}
		if err != nil {
			if !errors.Is(err, ErrEra) && !errors.Is(err, ErrEraDate) && !errors.Is(err, ErrLunisolar) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if d.Date.Before(d.Era.Start) || (!d.Era.End.IsZero() && !d.Date.Before(d.Era.End)) {
			t.Fatalf("%q: %v outside %s", s, d.Date, d.Era.Name)
		}
		if d.Date.Location() != Japan() || d.Date.Hour() != 0 {
			t.Fatalf("not a Japan midnight: %v", d.Date)
		}
	})
}

// firstInvalid is the reference for Map.Invalid: the offset of the first
// byte that does not start a valid UTF-8 sequence, or -1.
func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}
