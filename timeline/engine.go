package timeline

import "github.com/newsdoc/newsdoc/article"

// newEngine wires the analyses Build uses for cfg.
func newEngine(cfg config) engine {
	return engine{
		find:  func(string, int, findContext) []article.Time { return nil },
		tense: lexicalTense,
		norm:  func(s string) string { return s },
	}
}
