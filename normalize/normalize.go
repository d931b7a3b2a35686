package normalize

import (
	"unicode/utf8"
	"unsafe"
)

// Normalizer normalizes Japanese text. Build one with [New]; it is
// immutable afterwards and safe for concurrent use by any number of
// goroutines. The transformers it hands out ([Normalizer.Transformer]) are
// not: each keeps state and belongs to one goroutine.
//
// # Rules
//
//   - Full-width ASCII becomes ASCII (ＡＩ → AI, ２０２５ → 2025, （） → (),
//     ￥ → ¥; ￣ is kept).
//   - Half-width katakana and punctuation become full-width, and sound marks
//     are composed: ｶﾞ → ガ, ﾊﾟﾊﾟ → パパ, ﾜﾞ → ヷ, う゛ → ゔ, か゛ → が, and
//     the combining marks U+3099 and U+309A after kana. A mark that composes
//     with nothing becomes ゛ or ゜ (a combining mark is kept as it is).
//   - U+3000, NBSP and U+2000–U+200A (and U+202F, U+205F) become a space.
//   - Zero-width characters (U+200B–U+200F, including the zero-width
//     joiner, so emoji sequences come apart), U+2060–U+2064, the byte order
//     mark and the soft hyphen are removed.
//   - CRLF and CR become LF.
//   - The hyphen class ˗ ֊ ‐ ‑ ‒ – ⁃ ⁻ ₋ − ﹣ becomes '-'.
//   - The long-vowel class ― — ─ ━ － ｰ ー is decided by a run of such
//     characters and what surrounds it. A run with two or more of ― — ─ ━ －
//     is a dash or a rule line and is kept (「やめて――」, ━━━━). Otherwise,
//     between ASCII letters or digits it is '-' (０３－１２３４ → 03-1234,
//     COVIDー19 → COVID-19); ｰ and ー are ー; a dash inside or at the end of
//     a katakana word is ー (ス―パ― → スーパー, サッカ－ → サッカー,
//     インタビュ— → インタビュー), but not before kanji or after hiragana,
//     where it is punctuation and kept (コツ—車間距離, どこへ行くのか—),
//     and － between katakana joins two words (ライオンズ－ホークス戦 →
//     ライオンズ-ホークス戦);
//     after a Latin letter at the end of a word ― — ─ ━ are ー (majika━ →
//     majikaー); anywhere else － becomes '-' and the others are kept
//     (――と語った keeps its dashes).
//   - Tildes and wave dashes 〜 ～ ∼ ∾ 〰 become 〜 and are never deleted:
//     5～7日 → 5〜7日. The ASCII ~ is kept.
//   - Compatibility characters on an explicit list are spelled out: era
//     ligatures (㍻ → 平成, ㋿ → 令和, ㍼ ㍽ ㍾), unit squares (㎏ → kg,
//     ㎡ → m², ㌔ → キロ), № → No., ㍿ → 株式会社, and by default the
//     parenthesized ideographs (㈱ → (株), ㈲ → (有)), so that company names
//     match however they were typed ([KeepParenthesized] keeps them).
//   - Kept: compatibility kanji (they occur in people's names), circled
//     numbers ① (by default, see [KeepCircled]), …, “ ”, ℃, Roman numerals.
//   - Invalid UTF-8 bytes become U+FFFD, one per byte.
//
// With [Dict] (off by default), every space next to Japanese text (kana,
// kanji, Japanese punctuation) is removed, whatever is on its other side
// (アルゴリズム C → アルゴリズムC, 東京 都 → 東京都, Lemon+ レモン →
// Lemon+レモン, 東京 ( 都 ) → 東京(都)); a space between two characters
// that are not Japanese stays (Coding the Matrix), runs of spaces become
// one, spaces at the start and end of lines go; and runs of ー collapse to
// one (スーパーーー → スーパー).
//
// Normalization is idempotent: normalizing its own output changes nothing.
type Normalizer struct {
	cfg config
}

type config struct {
	dict              bool
	keepCircled       bool
	keepParenthesized bool
}

// Option configures a [Normalizer].
type Option func(*config)

// Dict turns the dictionary-matching mode on or off (default off). It
// removes spaces next to Japanese text and collapses runs of ー, as
// dictionaries in the style of mecab-ipadic-NEologd expect. News text keeps
// its spaces by default because they carry meaning (アルゴリズム C).
func Dict(on bool) Option { return func(c *config) { c.dict = on } }

// KeepCircled keeps (default true) or folds (false) enclosed numbers and
// letters: ① ⑴ ⒈ ㉑ Ⓐ ㊤. Folded, they take their NFKC form (① → 1,
// ⑴ → (1), ㊤ → 上).
func KeepCircled(keep bool) Option { return func(c *config) { c.keepCircled = keep } }

// KeepParenthesized keeps (true) or folds (default false) parenthesized
// ideographs and letters such as ㈱ and ㈲. Folded, they take their NFKC
// form: ㈱ → (株).
func KeepParenthesized(keep bool) Option {
	return func(c *config) { c.keepParenthesized = keep }
}

// New returns a Normalizer with the given options.
func New(opts ...Option) *Normalizer {
	c := config{keepCircled: true}
	for _, o := range opts {
		o(&c)
	}
	return &Normalizer{cfg: c}
}

var defaultNormalizer = New()

// String normalizes s with the default options (see [Normalizer]).
func String(s string) (string, *Map) { return defaultNormalizer.String(s) }

// String returns s normalized and the map from offsets in the result back
// to offsets in s. When s needs no change it returns s itself and a nil
// map, which [Map] treats as the identity, without allocating.
func (n *Normalizer) String(s string) (string, *Map) {
	i := n.scan(s, 0, 0)
	if i >= len(s) {
		return s, nil
	}
	b := builder{src: s, rec: true, prev0: noRune}
	n.run(&b, i)
	if len(b.edits) == 0 {
		return s, nil
	}
	b.flush(len(s))
	// The builder is dropped here and b.out is never written again, so
	// the string can share its bytes (as strings.Builder does) instead of
	// copying the whole text once more.
	out := unsafe.String(unsafe.SliceData(b.out), len(b.out))
	return out, &Map{edits: b.edits, nlen: len(b.out), olen: len(s), bad: b.bad}
}

// noRune stands for "no rune": before the start of the text, after its end.
const noRune = -1

// builder collects the output of one run over a segment of text and, when
// rec is set, the edits that make up the offset map.
type builder struct {
	src   string
	out   []byte
	last  int // src[last:i] is still to be copied unchanged
	prev0 rune
	rec   bool
	edits []edit
	bad   int // 1 + the offset of the first byte that is not valid UTF-8; 0 for none
}

func (b *builder) flush(i int) {
	if i > b.last {
		if b.out == nil {
			b.out = make([]byte, 0, len(b.src)+len(b.src)/8+8)
		}
		b.out = append(b.out, b.src[b.last:i]...)
	}
	b.last = i
}

// replace writes repl in place of src[i:j].
func (b *builder) replace(i, j int, repl string) {
	b.flush(i)
	n0 := len(b.out)
	b.out = append(b.out, repl...)
	if b.rec {
		b.addEdit(edit{n0: n0, n1: len(b.out), o0: i, o1: j})
	}
	b.last = j
}

func (b *builder) replaceRune(i, j int, r rune) {
	if r == utf8.RuneError && j == i+1 && b.bad == 0 {
		b.bad = i + 1 // a byte that is not UTF-8: a valid U+FFFD has three
	}
	b.flush(i)
	n0 := len(b.out)
	b.out = utf8.AppendRune(b.out, r)
	if b.rec {
		b.addEdit(edit{n0: n0, n1: len(b.out), o0: i, o1: j})
	}
	b.last = j
}

// addEdit records e. The first edit makes room for a few a line, the
// common case, so that the list is not copied again and again as it grows;
// text with no edit allocates none.
func (b *builder) addEdit(e edit) {
	if b.edits == nil {
		b.edits = make([]edit, 0, 8+len(b.src)/256)
	}
	b.edits = append(b.edits, e)
}

// prev returns the last rune written before src[i:], or the rune before
// the segment (noRune at the start of the text).
func (b *builder) prev(i int) rune {
	if i > b.last {
		r, _ := utf8.DecodeLastRuneInString(b.src[b.last:i])
		return r
	}
	if len(b.out) == 0 {
		return b.prev0
	}
	r, _ := utf8.DecodeLastRune(b.out)
	return r
}

// recompose replaces the last rune written with c, extending its source
// up to j (the rune and a sound mark, with anything removed between them).
func (b *builder) recompose(c rune, j int) {
	_, size := utf8.DecodeLastRune(b.out)
	p := len(b.out) - size
	if !b.rec {
		b.out = utf8.AppendRune(b.out[:p], c)
		b.last = j
		return
	}
	// Removed text between the rune and the mark joins the new edit.
	for len(b.edits) > 0 && b.edits[len(b.edits)-1].n0 > p {
		b.edits = b.edits[:len(b.edits)-1]
	}
	if k := len(b.edits) - 1; k >= 0 && b.edits[k].n1 > p {
		// The rune ends a replacement (ｶ → カ, ㌫ → パーセント): extend it.
		b.out = utf8.AppendRune(b.out[:p], c)
		b.edits[k].n1, b.edits[k].o1 = len(b.out), j
		b.last = j
		return
	}
	o0 := p
	if k := len(b.edits) - 1; k >= 0 {
		e := b.edits[k]
		o0 = e.o1 + p - e.n1
	}
	b.out = b.out[:p]
	b.replaceRune(o0, j, c)
}

// run normalizes b.src from i, where the first rune needing work is. The
// text after the last change is left for the caller to flush.
func (n *Normalizer) run(b *builder, i int) {
	s := b.src
	for i < len(s) {
		i = n.handle(b, i)
		i = n.scan(s, i, b.prev0)
	}
}

// scan returns the offset of the first rune at or after i that needs
// work, or len(s). prev0 is the rune before s.
func (n *Normalizer) scan(s string, i int, prev0 rune) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' || (c == ' ' && n.cfg.dict) {
				return i
			}
			i++
			continue
		}
		// Kanji (U+4000–U+9FFF), most kana and CJK punctuation, told by
		// their bytes without decoding: they are most of the text and
		// never need work. Leads 0xE4–0xE9 always pass; after 0xE3 a bit
		// set over the two following bytes tells (see passE3).
		if c >= 0xE3 && c <= 0xE9 && i+2 < len(s) {
			c1, c2 := s[i+1], s[i+2]
			k := uint(c1&0x3F)<<6 | uint(c2&0x3F)
			if c != 0xE3 {
				k = passAll
			}
			if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && passE3[k>>6]&(1<<(k&63)) != 0 {
				i += 3
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == 0x30FC {
			// ー after kana stays, unless the dictionary mode collapses it.
			p := prev0
			if i > 0 {
				p, _ = utf8.DecodeLastRuneInString(s[:i])
			}
			if !isKana(p) || (n.cfg.dict && p == 0x30FC) {
				return i
			}
			i += w
			continue
		}
		if n.special(r, w) {
			return i
		}
		i += w
	}
	return len(s)
}

// passE3 holds a bit for each rune U+3000–U+3FFF that scan passes over
// whatever the options and the text around it: CJK punctuation but U+3000
// and 〰, kana but the sound marks and ー, and U+3400–U+3FFF. Bit passAll
// (U+3001) is set: scan uses it for the leads 0xE4–0xE9.
var passE3 = func() (t [1 << 12 / 64]uint64) {
	for r := rune(0x3000); r < 0x4000; r++ {
		if r == 0x3000 || r == 0x3030 || (r >= 0x3099 && r <= 0x309C) || r == 0x30FC || (r >= 0x3100 && r < 0x3400) {
			continue
		}
		k := r - 0x3000
		t[k>>6] |= 1 << (k & 63)
	}
	return t
}()

const passAll = 1 // U+3001

// special reports whether the rune r of size w always needs work (ー aside).
func (n *Normalizer) special(r rune, w int) bool {
	switch {
	case r >= 0x3040 && r < 0x3099, r > 0x309C && r < 0x30FC, r >= 0x3400 && r < 0xF900:
		return false // kana and kanji
	case r < 0x3000:
		if r < 0x2000 {
			return r == 0xA0 || r == 0xAD || r == 0x02D7 || r == 0x058A
		}
		if r <= 0x206F {
			return r <= 0x2015 || r == 0x202F || r == 0x2043 || r >= 0x205F
		}
		if r >= 0x2460 && r <= 0x24FF {
			return !n.cfg.keepCircled
		}
		if r >= 0x2100 && r <= 0x214F {
			_, ok := compat[r]
			return ok
		}
		return r == 0x207B || r == 0x208B || r == 0x2212 || r == 0x223C ||
			r == 0x223E || r == 0x2500 || r == 0x2501
	case r < 0x3100:
		return r == 0x3000 || r == 0x3030 || (r >= 0x3099 && r <= 0x309C)
	case r >= 0x3200 && r < 0x3400:
		if isParenthesized(r) {
			return !n.cfg.keepParenthesized
		}
		if isCircled(r) {
			return !n.cfg.keepCircled
		}
		_, ok := compat[r]
		return ok
	case r >= 0xFE00:
		return r == 0xFE63 || r == 0xFEFF || (r >= 0xFF01 && r <= 0xFFEE && r != 0xFFE3 &&
			r != 0xFF5F && r != 0xFF60) || (r == utf8.RuneError && w == 1)
	}
	return false
}

// handle does the work for the rune at i and returns where to go on.
func (n *Normalizer) handle(b *builder, i int) int {
	s := b.src
	r, w := utf8.DecodeRuneInString(s[i:])
	j := i + w
	switch {
	case r == '\r':
		if j < len(s) && s[j] == '\n' {
			b.replace(i, j+1, "\n")
			return j + 1
		}
		b.replace(i, j, "\n")
		return j
	case r == utf8.RuneError && w == 1:
		b.replaceRune(i, j, utf8.RuneError)
		return j
	case isSpace(r):
		if n.cfg.dict {
			return n.spaces(b, i)
		}
		if r != ' ' {
			b.replace(i, j, " ")
		}
		return j
	case isInvisible(r):
		b.replace(i, j, "")
		return j
	case isHyphen(r):
		b.replace(i, j, "-")
		return j
	case isLongVowel(r):
		return n.longVowels(b, i)
	case isTilde(r):
		b.replace(i, j, "〜")
		return j
	}
	if comb, spacing, ok := soundMark(r); ok {
		if i > b.last || len(b.out) > 0 {
			if c := compose(b.prev(i), comb); c != 0 {
				b.flush(i)
				b.recompose(c, j)
				return j
			}
		}
		if spacing != r {
			b.replaceRune(i, j, spacing)
		}
		return j
	}
	if f := widthFold(r); f != 0 {
		b.replaceRune(i, j, f)
		return j
	}
	if rep, ok := n.compatString(r); ok {
		b.replace(i, j, rep)
	}
	return j
}

// compatString returns the spelled-out form of a compatibility character.
func (n *Normalizer) compatString(r rune) (string, bool) {
	switch {
	case isParenthesized(r):
		if n.cfg.keepParenthesized {
			return "", false
		}
		return nfkcRune()[r], true
	case isCircled(r):
		if n.cfg.keepCircled {
			return "", false
		}
		return nfkcRune()[r], true
	}
	rep, ok := compat[r]
	return rep, ok
}

// next returns the first rune at or after i that is not removed, folded
// the way it will be written (２ → 2, ｱ → ア), or noRune at the end of s.
func (n *Normalizer) next(s string, i int) rune {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isInvisible(r) {
			return n.foldRune(r, w)
		}
		i += w
	}
	return noRune
}

// foldRune returns the first rune of what r is written as when no context
// changes it: the same choices, in the same order, as handle.
func (n *Normalizer) foldRune(r rune, w int) rune {
	switch {
	case r == '\r':
		return '\n'
	case r == utf8.RuneError && w == 1:
		return utf8.RuneError
	case isSpace(r):
		return ' '
	case isHyphen(r), r == 0xFF0D:
		return '-'
	case r == 0xFF70:
		return 0x30FC
	case isLongVowel(r):
		return r
	case isTilde(r):
		return 0x301C
	}
	if _, spacing, ok := soundMark(r); ok {
		return spacing
	}
	if f := widthFold(r); f != 0 {
		return f
	}
	if rep, ok := n.compatString(r); ok && rep != "" {
		r, _ = utf8.DecodeRuneInString(rep)
	}
	return r
}

// longVowels handles the run of long-vowel characters starting at i.
func (n *Normalizer) longVowels(b *builder, i int) int {
	s := b.src
	j, dashes := i, 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isLongVowel(r) && !isInvisible(r) {
			break
		}
		if r != 0x30FC && r != 0xFF70 && !isInvisible(r) {
			dashes++
		}
		j += w
	}
	p, q := b.prev(i), n.next(s, j)
	hyphen := s[i:j] == "\uFF0D" // a full-width hyphen-minus alone
	var to rune                  // 0: keep (ｰ → ー, － → -)
	switch {
	case dashes >= 2:
		// A doubled dash (――, ━━━) is punctuation or a rule line.
	case isAlnum(p) && isAlnum(q):
		to = '-' // ０３－１２３４, COVIDー19
	case dashes == 0:
		to = 0x30FC // ー and ｰ are long vowels wherever they stand
	case hyphen && isKatakana(p) && isKatakana(q):
		// － between katakana joins two words (ライオンズ－ホークス戦): '-'.
	case isKatakana(p) && !isKanji(q) && !isAlnum(q):
		// Inside or at the end of a katakana word (ス―パ―, サッカ－,
		// インタビュ—) a dash is a long vowel; before kanji
		// (コツ—車間距離) it is punctuation.
		to = 0x30FC
	case isLatinLetter(p) && !hyphen:
		to = 0x30FC // majika━
	}
	if to == 0 && hyphen {
		to = '-'
	}
	collapse := n.cfg.dict && to == 0x30FC
	wrote := collapse && p == 0x30FC
	for k := i; k < j; {
		r, w := utf8.DecodeRuneInString(s[k:])
		switch {
		case isInvisible(r):
			b.replace(k, k+w, "")
		case collapse && wrote:
			b.replace(k, k+w, "")
		default:
			t := to
			if t == 0 {
				t = r
				switch r {
				case 0xFF70:
					t = 0x30FC
				case 0xFF0D:
					t = '-'
				}
			}
			if t != r {
				b.replaceRune(k, k+w, t)
			}
			wrote = true
		}
		k += w
	}
	return j
}

// spaces handles, in the dictionary mode, the run of spaces at i: it is
// removed next to Japanese text and at line ends, else written as one space.
func (n *Normalizer) spaces(b *builder, i int) int {
	s := b.src
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isSpace(r) && !isInvisible(r) {
			break
		}
		j += w
	}
	p, q := b.prev(i), n.next(s, j)
	drop := p == noRune || p == '\n' || q == noRune || q == '\n' || q == '\r' || isCJK(p) || isCJK(q)
	switch {
	case drop:
		b.replace(i, j, "")
	case s[i:j] != " ":
		b.replace(i, j, " ")
	}
	return j
}
