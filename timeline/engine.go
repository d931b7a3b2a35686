package timeline

import (
	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// newEngine wires the analyses Build uses for cfg. The morphological
// analyzer is asked for only when cfg allows it, and its dictionary is
// loaded on the first tense that needs it.
func newEngine(cfg config) engine {
	eng := engine{
		find:  func(string, int, findContext) []article.Time { return nil },
		tense: lexicalTense,
		norm:  func(s string) string { return s },
	}
	if cfg.morph {
		eng.tense = func(after string) Tense {
			an, err := morph.Default()
			if err != nil {
				return lexicalTense(after)
			}
			return morphTense(an, after)
		}
	}
	return eng
}
