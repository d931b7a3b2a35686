package timeline

import (
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/quote"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// findTimes finds and resolves the temporal expressions of text with the
// temporal package; spans are shifted by base.
func findTimes(text string, base int, fc findContext) []article.Time {
	tense := temporal.Unknown
	switch fc.tense {
	case TensePast:
		tense = temporal.Past
	case TenseFuture:
		tense = temporal.Future
	}
	ts := temporal.Find(text, temporal.Context{Ref: fc.ref, Previous: fc.prev, Tense: tense, Loc: fc.loc, ShortYears: fc.century})
	for i := range ts {
		ts[i].Span.Start += base
		ts[i].Span.End += base
	}
	return ts
}

func normString(s string) string {
	n, _ := normalize.String(s)
	return n
}

// newEngine wires the analyses Build uses for cfg. The morphological
// analyzer is asked for only when cfg allows it, and its dictionary is
// loaded on the first tense that needs it.
func newEngine(cfg config) engine {
	eng := engine{
		find:  findTimes,
		tense: lexicalTense,
		norm:  normString,
	}
	eng.attribute = func(a *article.Article) *article.Article {
		cp := *a
		var an *morph.Analyzer
		if cfg.morph {
			an, _ = morph.Default() // on error, the lexical mode
		}
		quote.Attribute(&cp, an)
		return &cp
	}
	if cfg.morph {
		// The lexical reading is cheap and its past (た) and plan words
		// (予定, 方針) are reliable; the tokens decide only what it leaves
		// open.
		eng.tense = func(after string) Tense {
			if announced(clip(after)) {
				return TenseUnknown
			}
			if t := lexicalTense(after); t != TenseUnknown {
				return t
			}
			an, err := morph.Default()
			if err != nil {
				return lexicalTense(after)
			}
			return morphTense(an, after)
		}
	}
	return eng
}
