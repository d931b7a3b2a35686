package morph

import (
	"strings"

	"github.com/newsdoc/newsdoc/article"
)

// Token is one morpheme.
type Token struct {
	// Surface is the token as it appears in the normalized text.
	Surface string
	// Start and End are byte offsets into the normalized text analysed.
	Start, End int
	// Span is the token's half-open byte range in the original input.
	Span article.Span
	// POS holds the IPA part-of-speech levels (名詞, 固有名詞, 人名, 姓);
	// unused levels are "*" or "".
	POS [4]string
	// Base is the dictionary form (述べ → 述べる), or Surface when the
	// dictionary has none.
	Base string
	// Known is false for words the dictionary does not hold (most foreign
	// names written in katakana are unknown).
	Known bool
}

// IsNoun reports whether t is a noun of any kind.
func (t Token) IsNoun() bool { return t.POS[0] == "名詞" }

// IsProper reports whether t is a proper noun.
func (t Token) IsProper() bool { return t.POS[0] == "名詞" && t.POS[1] == "固有名詞" }

// IsPerson reports whether the dictionary tags t as a person's name
// (名詞,固有名詞,人名: a family or given name).
func (t Token) IsPerson() bool { return t.IsProper() && t.POS[2] == "人名" }

// IsFamilyName reports whether t is tagged as a family name (人名,姓).
func (t Token) IsFamilyName() bool { return t.IsPerson() && t.POS[3] == "姓" }

// IsOrganization reports whether the dictionary tags t as an organisation
// (名詞,固有名詞,組織).
func (t Token) IsOrganization() bool { return t.IsProper() && t.POS[2] == "組織" }

// IsPlace reports whether the dictionary tags t as a place (名詞,固有名詞,地域)
// or as a place suffix such as 州 or 県 (名詞,接尾,地域).
func (t Token) IsPlace() bool {
	return t.POS[0] == "名詞" && (t.POS[1] == "固有名詞" || t.POS[1] == "接尾") && t.POS[2] == "地域"
}

// IsCountry reports whether t is tagged as a country name (地域,国).
func (t Token) IsCountry() bool { return t.IsPlace() && t.POS[3] == "国" }

// IsNumber reports whether t is a numeral (名詞,数).
func (t Token) IsNumber() bool { return t.POS[0] == "名詞" && t.POS[1] == "数" }

// IsSuffix reports whether t is a noun suffix (名詞,接尾: 氏, 州, 長).
func (t Token) IsSuffix() bool { return t.POS[0] == "名詞" && t.POS[1] == "接尾" }

// IsVerb reports whether t is a verb.
func (t Token) IsVerb() bool { return t.POS[0] == "動詞" }

// IsAuxiliary reports whether t is an auxiliary verb (助動詞: た, だ, ます).
func (t Token) IsAuxiliary() bool { return t.POS[0] == "助動詞" }

// IsParticle reports whether t is a particle (助詞).
func (t Token) IsParticle() bool { return t.POS[0] == "助詞" }

// IsSymbol reports whether t is punctuation or another symbol (記号).
func (t Token) IsSymbol() bool { return t.POS[0] == "記号" }

// IsPredicate reports whether t can head a predicate: a verb, an adjective,
// or an auxiliary.
func (t Token) IsPredicate() bool {
	switch t.POS[0] {
	case "動詞", "形容詞", "助動詞":
		return true
	}
	return false
}

// IsKatakana reports whether t is written in katakana only (with ー and ・).
func (t Token) IsKatakana() bool { return IsKatakana(t.Surface) }

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
