package morph

import (
	"math"
	"strings"
)

// Token is one morpheme.
//
// The Is methods read POS and Surface. For a token from [Analyzer.Analyze]
// their answers are computed once, when it is made: change POS or Surface
// of such a token and the methods still describe the token as analyzed.
// They take a pointer: a value receiver copies the token at every call,
// even inlined.
//
// A Token holds no span of the original input: a long article has
// millions of tokens, and few are ever mapped back; [Text.Span] maps
// Start and End when one is.
type Token struct {
	// Surface is the token as it appears in the normalized text.
	Surface string
	// Start and End are byte offsets into the normalized text analysed.
	Start, End int
	// Known is false for words the dictionary does not hold (most foreign
	// names written in katakana are unknown).
	Known bool

	// flags cache the Is methods' answers for a token as analyzed. They
	// sit with the offsets, which the passes over every token read too.
	flags tokenFlags

	// pos points to the IPA part-of-speech levels (名詞, 固有名詞, 人名,
	// 姓), shared by every token of the same part of speech; nil is none.
	pos *[4]string
	// Base is the dictionary form (述べ → 述べる), or Surface when the
	// dictionary has none.
	Base string
}

// Packed is a [Token] in 24 bytes, for holding the tokens of a long text
// between passes over it: it keeps the offsets, the part of speech, the
// flags and Known, but neither the surface, which the analysed text gives
// back, nor the base form. Offsets past 2 GiB do not fit and are clamped.
type Packed struct {
	start, end int32
	pos        *[4]string
	flags      tokenFlags
	known      bool
}

// Pack returns t in the packed form.
func (t *Token) Pack() Packed {
	flags := t.flags
	if flags&fSet == 0 {
		flags = t.computeFlags()
	}
	return Packed{start: offset32(t.Start), end: offset32(t.End), pos: t.pos, flags: flags, known: t.Known}
}

// Token returns the token p packs, read against norm, the text it was
// analysed from. Its Base is its Surface: the base form is not kept. An
// offset outside norm is clamped to it.
func (p Packed) Token(norm string) Token {
	end := min(max(int(p.end), 0), len(norm))
	start := min(max(int(p.start), 0), end)
	s := norm[start:end]
	return Token{Surface: s, Start: start, End: end, Known: p.known, flags: p.flags, pos: p.pos, Base: s}
}

func offset32(n int) int32 {
	return int32(min(max(n, 0), math.MaxInt32))
}

// POS returns the IPA part-of-speech levels of t (名詞, 固有名詞, 人名, 姓);
// unused levels are "*" or "".
func (t *Token) POS() [4]string {
	if t.pos == nil {
		return [4]string{}
	}
	return *t.pos
}

// Tag returns level i (0 to 3) of t's part of speech, or "" when there is
// none.
func (t *Token) Tag(i int) string {
	if t.pos == nil || i < 0 || i >= len(t.pos) {
		return ""
	}
	return t.pos[i]
}

// IsNoun reports whether t is a noun of any kind.
func (t *Token) IsNoun() bool { return t.has(fNoun) }

// IsProper reports whether t is a proper noun.
func (t *Token) IsProper() bool { return t.has(fProper) }

// IsPerson reports whether the dictionary tags t as a person's name
// (名詞,固有名詞,人名: a family or given name).
func (t *Token) IsPerson() bool { return t.has(fPerson) }

// IsFamilyName reports whether t is tagged as a family name (人名,姓).
func (t *Token) IsFamilyName() bool { return t.has(fFamily) }

// IsOrganization reports whether the dictionary tags t as an organisation
// (名詞,固有名詞,組織).
func (t *Token) IsOrganization() bool { return t.has(fOrganization) }

// IsPlace reports whether the dictionary tags t as a place (名詞,固有名詞,地域)
// or as a place suffix such as 州 or 県 (名詞,接尾,地域).
func (t *Token) IsPlace() bool { return t.has(fPlace) }

// IsCountry reports whether t is tagged as a country name (地域,国).
func (t *Token) IsCountry() bool { return t.has(fCountry) }

// IsNumber reports whether t is a numeral (名詞,数).
func (t *Token) IsNumber() bool { return t.has(fNumber) }

// IsSuffix reports whether t is a noun suffix (名詞,接尾: 氏, 州, 長).
func (t *Token) IsSuffix() bool { return t.has(fSuffix) }

// IsVerb reports whether t is a verb.
func (t *Token) IsVerb() bool { return t.has(fVerb) }

// IsAuxiliary reports whether t is an auxiliary verb (助動詞: た, だ, ます).
func (t *Token) IsAuxiliary() bool { return t.has(fAuxiliary) }

// IsParticle reports whether t is a particle (助詞).
func (t *Token) IsParticle() bool { return t.has(fParticle) }

// IsSymbol reports whether t is punctuation or another symbol (記号).
func (t *Token) IsSymbol() bool { return t.has(fSymbol) }

// IsPredicate reports whether t can head a predicate: a verb, an adjective,
// or an auxiliary.
func (t *Token) IsPredicate() bool { return t.has(fPredicate) }

// IsKatakana reports whether t is written in katakana only (with ー and ・).
func (t *Token) IsKatakana() bool { return t.has(fKatakana) }

// tokenFlags caches what the Is methods report. [Analyzer.Analyze] sets
// them once per token (fSet); a Token built by hand has none, and its
// methods read POS and Surface instead.
type tokenFlags uint16

const (
	fSet tokenFlags = 1 << iota
	fNoun
	fProper
	fPerson
	fFamily
	fOrganization
	fPlace
	fCountry
	fNumber
	fSuffix
	fVerb
	fAuxiliary
	fParticle
	fSymbol
	fPredicate
	fKatakana
)

func (t *Token) has(f tokenFlags) bool {
	flags := t.flags
	if flags&fSet == 0 {
		flags = t.computeFlags()
	}
	return flags&f != 0
}

// computeFlags returns the flags of t read from its fields.
func (t *Token) computeFlags() tokenFlags {
	var none [4]string
	p := t.pos
	if p == nil {
		p = &none
	}
	return fSet | posFlags(p) | surfaceFlags(t.Surface)
}

// posFlags returns the flags that the part of speech p decides.
func posFlags(p *[4]string) tokenFlags {
	var f tokenFlags
	switch p[0] {
	case "名詞":
		f |= fNoun
		switch p[1] {
		case "固有名詞":
			f |= fProper
			switch p[2] {
			case "人名":
				f |= fPerson
				if p[3] == "姓" {
					f |= fFamily
				}
			case "組織":
				f |= fOrganization
			}
		case "数":
			f |= fNumber
		case "接尾":
			f |= fSuffix
		}
		if (p[1] == "固有名詞" || p[1] == "接尾") && p[2] == "地域" {
			f |= fPlace
			if p[3] == "国" {
				f |= fCountry
			}
		}
	case "動詞":
		f |= fVerb | fPredicate
	case "形容詞":
		f |= fPredicate
	case "助動詞":
		f |= fAuxiliary | fPredicate
	case "助詞":
		f |= fParticle
	case "記号":
		f |= fSymbol
	}
	return f
}

// surfaceFlags returns the flags that the surface s decides.
func surfaceFlags(s string) tokenFlags {
	if IsKatakana(s) {
		return fKatakana
	}
	return 0
}

// IsKatakana reports whether s is not empty and written in katakana only,
// allowing the long-vowel mark ー and the middle dot ・ (not at the start).
func IsKatakana(s string) bool {
	if s == "" || strings.HasPrefix(s, "・") {
		return false
	}
	for _, r := range s {
		if !isKatakanaRune(r) {
			return false
		}
	}
	return true
}

func isKatakanaRune(r rune) bool {
	return (r >= 'ァ' && r <= 'ヺ') || r == 'ー' || r == '・' || r == 'ヽ' || r == 'ヾ'
}
