// Package morph is newsdoc's morphological analysis: the only package that
// imports the kagome tokenizer and its IPA dictionary.
//
// # Loading
//
// The IPA dictionary takes about a second and 90 MB of heap to load. It is
// loaded lazily, at most once per process, the first time an [Analyzer] is
// made ([Default] or [New]); never at package init. With it, a compact
// table of every word's part of speech and base form is built (some
// 40 ms and 2 MB), so that tokens read them without reaching into the
// dictionary's scattered tables. Code paths that do not
// ask for an Analyzer never load it; [DictionaryLoads] reports how many times
// it was loaded, so that callers can test that.
//
// An [Analyzer] is safe for concurrent use by multiple goroutines: kagome
// builds a fresh lattice for every call. [Default] returns one shared
// Analyzer; [New] makes another one over the same system dictionary, for
// example with a user dictionary.
//
// # Custom dictionaries
//
// Public packages cannot name this internal package, so the way in for
// users is plain data: [Options.UserDict] takes a kagome user dictionary as
// an io.Reader and [Options.UserDictPath] as a file. A public package such
// as parse exposes those two as its own options and calls [New]; with
// neither set it uses [Default]. A user dictionary line is
//
//	surface,segmentation,readings,pos
//	ヴァレンコフ,ヴァレンコフ,ヴァレンコフ,人名
//
// and the POS helpers read 人名, 組織 and 地域 (or 地名) in its pos column.
//
// # Spans
//
// Text is tokenized in normalized form (unnormalized ２０２４ would be four
// tokens): [NewText] prepares a piece of the original input and keeps the
// way back, and every [Token] carries both its offsets in the normalized text
// (Start, End) and its [article.Span]: half-open UTF-8 byte offsets into the
// untouched original input. kagome's own units (Position in bytes, Start and
// End in runes) do not leave this package.
package morph

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer/lattice"
)

// ErrUserDict is returned by [New] when a user dictionary cannot be read.
var ErrUserDict = errors.New("morph: invalid user dictionary")

// Options configure [New]. The zero value is the IPA dictionary alone.
type Options struct {
	// UserDict, when not nil, is read as a kagome user dictionary
	// (surface,segmentation,readings,pos per line; # starts a comment).
	UserDict io.Reader
	// UserDictPath, when not "", names a file in the same format. It is
	// read after UserDict; both may be given.
	UserDictPath string
}

// Analyzer tokenizes Japanese text. It is safe for concurrent use.
type Analyzer struct {
	sys  *dict.Dict
	pos  *posTable
	user *dict.UserDict // nil without a user dictionary
	// The feature index of the base form in known and unknown words'
	// features, or -1: looked up once instead of per token.
	baseKnown, baseUnknown int
	// unknown holds the part of speech of each unknown-word class (a few
	// dozen), which the tokens of that class point to, and its flags.
	unknown      [][4]string
	unknownFlags []tokenFlags
}

var loads atomic.Int64

// systemDict loads the IPA dictionary once per process.
var systemDict = sync.OnceValue(func() *dict.Dict {
	loads.Add(1)
	return ipa.Dict()
})

// DictionaryLoads reports how many times the IPA dictionary was loaded by
// this process: 0 until the first Analyzer is made, 1 afterwards.
func DictionaryLoads() int { return int(loads.Load()) }

var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) {
	return New(Options{})
})

// Default returns the shared Analyzer over the IPA dictionary, loading the
// dictionary on the first call.
func Default() (*Analyzer, error) { return defaultAnalyzer() }

// New returns an Analyzer over the IPA dictionary and the user dictionary
// given in opts. The system dictionary is shared with every other Analyzer.
// A user dictionary that cannot be read is reported with [ErrUserDict].
func New(opts Options) (*Analyzer, error) {
	var records dict.UserDictRecords
	if opts.UserDict != nil {
		r, err := dict.NewUserDicRecords(opts.UserDict)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUserDict, err)
		}
		records = append(records, r...)
	}
	if opts.UserDictPath != "" {
		f, err := os.Open(opts.UserDictPath)
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %w", ErrUserDict, opts.UserDictPath, err)
		}
		r, err := dict.NewUserDicRecords(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %w", ErrUserDict, opts.UserDictPath, err)
		}
		records = append(records, r...)
	}
	a := newAnalyzer(systemDict())
	a.pos = systemPOS()
	if len(records) > 0 {
		ud, err := records.NewUserDict()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUserDict, err)
		}
		a.user = ud
	}
	return a, nil
}

// Tokenize splits s, taken as already normalized, into tokens. Each token's
// Start and End are byte offsets into s, and its Span equals them.
func (a *Analyzer) Tokenize(s string) []Token {
	return a.Analyze(Text{Norm: s, Src: s, span: spanOf(0, len(s))})
}

// Analyze tokenizes t.Norm. Start and End of each token index t.Norm; Span
// indexes the original input t came from.
//
// It drives kagome's lattice itself rather than tokenizer.Tokenize: that
// skips kagome's intermediate token slice, and reads the few features a
// Token keeps straight from the dictionary tables.
func (a *Analyzer) Analyze(t Text) []Token {
	return a.AppendAnalyze(nil, t)
}

// AppendAnalyze is [Analyzer.Analyze] appending the tokens to dst and
// returning the extended slice, so that a caller may reuse one buffer for
// many texts.
func (a *Analyzer) AppendAnalyze(dst []Token, t Text) []Token {
	if a == nil || t.Norm == "" {
		return dst
	}
	la := lattice.New(a.sys, a.user)
	defer la.Free()
	la.Build(t.Norm)
	la.Forward(lattice.Normal)
	la.Backward(lattice.Normal)
	out := slices.Grow(dst, len(la.Output))
	// la.Output runs from the end of the text to its start.
	for i := len(la.Output) - 1; i >= 0; i-- {
		n := la.Output[i]
		if n.Class == lattice.DUMMY {
			continue
		}
		start := n.Position
		end := start + len(n.Surface)
		tk := Token{
			Surface: n.Surface,
			Start:   start,
			End:     end,
			Known:   n.Class == lattice.KNOWN,
			Base:    n.Surface,
		}
		switch n.Class {
		case lattice.USER:
			tup := userTuple(userPOS(a.userPOSOf(n.ID)))
			tk.pos, tk.flags, tk.Known = tup, posFlags(tup), true
		case lattice.KNOWN, lattice.UNKNOWN:
			if n.Class == lattice.KNOWN && a.pos != nil && n.ID >= 0 && n.ID < len(a.pos.of) {
				of := a.pos.of[n.ID]
				k := uint8(of)
				tk.pos, tk.flags = &a.pos.tuples[k], a.pos.flags[k]
				if b := of >> 8; b != 0 {
					tk.Base = a.pos.bases[b]
				}
				break
			}
			if n.Class == lattice.UNKNOWN && n.ID >= 0 && n.ID < len(a.unknown) {
				tk.pos, tk.flags = &a.unknown[n.ID], a.unknownFlags[n.ID]
			} else {
				tup := new([4]string)
				for k := range tup {
					tup[k] = a.feature(n.Class, n.ID, k)
				}
				tk.pos, tk.flags = tup, posFlags(tup)
			}
			// Only inflected words have a base form apart from the
			// surface; skipping the look-up for the rest is measurable.
			if tk.flags&fPredicate != 0 {
				base := a.baseKnown
				if n.Class == lattice.UNKNOWN {
					base = a.baseUnknown
				}
				if b := a.feature(n.Class, n.ID, base); b != "" && b != "*" {
					tk.Base = b
				}
			}
		}
		tk.flags |= fSet | surfaceFlags(tk.Surface)
		out = append(out, tk)
	}
	return out
}

// feature returns the i-th feature of the known or unknown word id, in
// kagome's order (the POS levels, then the other contents), or "".
func (a *Analyzer) feature(class lattice.NodeClass, id, i int) string {
	if i < 0 || id < 0 {
		return ""
	}
	if class == lattice.UNKNOWN {
		c := a.sys.UnkDict.Contents
		if id < len(c) && i < len(c[id]) {
			return c[id][i]
		}
		return ""
	}
	if id < len(a.sys.POSTable.POSs) {
		pos := a.sys.POSTable.POSs[id]
		if i < len(pos) {
			if p := int(pos[i]); p < len(a.sys.POSTable.NameList) {
				return a.sys.POSTable.NameList[p]
			}
			return ""
		}
		i -= len(pos)
	}
	if id < len(a.sys.Contents) && i < len(a.sys.Contents[id]) {
		return a.sys.Contents[id][i]
	}
	return ""
}

// posTable holds, for every known word of the system dictionary, its part
// of speech as an index into the few dozen distinct tuples and, for a
// predicate, its base form as an index into the distinct base forms: one
// small read per token, where the dictionary's own tables cost scattered
// reads through a slice per word.
type posTable struct {
	tuples [][4]string
	flags  []tokenFlags // the flags of each tuple
	bases  []string     // distinct base forms of predicates; bases[0] is unused
	of     []uint32     // word id → tuple index (low 8 bits), base index (the rest; 0 for none)
}

// systemPOS builds the posTable of the system dictionary once, with it.
var systemPOS = sync.OnceValue(func() *posTable {
	return newPOSTable(newAnalyzer(systemDict()))
})

// newAnalyzer returns an Analyzer over d alone, without a posTable.
func newAnalyzer(d *dict.Dict) *Analyzer {
	a := &Analyzer{sys: d, baseKnown: -1, baseUnknown: -1}
	if i, ok := d.ContentsMeta[dict.BaseFormIndex]; ok {
		a.baseKnown = int(i)
	}
	if i, ok := d.UnkDict.ContentsMeta[dict.BaseFormIndex]; ok {
		a.baseUnknown = int(i)
	}
	a.unknown = make([][4]string, len(d.UnkDict.Contents))
	a.unknownFlags = make([]tokenFlags, len(d.UnkDict.Contents))
	for id := range a.unknown {
		for k := range a.unknown[id] {
			a.unknown[id][k] = a.feature(lattice.UNKNOWN, id, k)
		}
		a.unknownFlags[id] = posFlags(&a.unknown[id])
	}
	return a
}

// userTuples are the parts of speech of user dictionary words, by the
// proper-noun subclass [userPOS] gives.
var userTuples = map[string]*[4]string{
	"人名": {"名詞", "固有名詞", "人名", ""},
	"組織": {"名詞", "固有名詞", "組織", ""},
	"地域": {"名詞", "固有名詞", "地域", ""},
	"一般": {"名詞", "固有名詞", "一般", ""},
}

// userTuple returns the shared part of speech of a user word of subclass
// sub.
func userTuple(sub string) *[4]string {
	if t, ok := userTuples[sub]; ok {
		return t
	}
	return userTuples["一般"]
}

// newPOSTable returns the posTable of a.sys's known words, read as
// [Analyzer.feature] reads them, or nil if they do not fit (the IPA
// dictionary has 69 tuples and some 30,000 base forms).
func newPOSTable(a *Analyzer) *posTable {
	const maxBases = 1<<24 - 1
	n := len(a.sys.POSTable.POSs)
	t := &posTable{of: make([]uint32, n), bases: []string{""}}
	byIDs := map[uint64]uint8{}     // the POS ids of four-level entries
	byName := map[[4]string]uint8{} // every tuple
	baseIndex := map[string]uint32{}
	for id, pos := range a.sys.POSTable.POSs {
		var key uint64
		k, ok := uint8(0), false
		if len(pos) >= 4 {
			key = 1<<63 | uint64(pos[0])<<48 | uint64(pos[1])<<32 | uint64(pos[2])<<16 | uint64(pos[3])
			k, ok = byIDs[key]
		}
		if !ok {
			var tup [4]string
			for i := range tup {
				tup[i] = a.feature(lattice.KNOWN, id, i)
			}
			k, ok = byName[tup]
			if !ok {
				if len(t.tuples) > math.MaxUint8 {
					return nil
				}
				k = uint8(len(t.tuples))
				t.tuples = append(t.tuples, tup)
				t.flags = append(t.flags, posFlags(&tup))
				byName[tup] = k
			}
			if key != 0 {
				byIDs[key] = k
			}
		}
		t.of[id] = uint32(k)
		if t.flags[k]&fPredicate == 0 {
			continue
		}
		if b := a.feature(lattice.KNOWN, id, a.baseKnown); b != "" && b != "*" {
			bi, ok := baseIndex[b]
			if !ok {
				if len(t.bases) > maxBases {
					return nil
				}
				bi = uint32(len(t.bases))
				t.bases = append(t.bases, b)
				baseIndex[b] = bi
			}
			t.of[id] |= bi << 8
		}
	}
	return t
}

// userPOSOf returns the POS column of user dictionary entry id.
func (a *Analyzer) userPOSOf(id int) string {
	if a.user == nil || id < 0 || id >= len(a.user.Contents) {
		return ""
	}
	return a.user.Contents[id].Pos
}

// userPOS maps the free-form POS column of a user dictionary entry onto the
// IPA proper-noun subclasses.
func userPOS(p string) string {
	switch {
	case strings.Contains(p, "人名"):
		return "人名"
	case strings.Contains(p, "組織"):
		return "組織"
	case strings.Contains(p, "地域"), strings.Contains(p, "地名"):
		return "地域"
	}
	return "一般"
}
