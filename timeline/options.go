package timeline

import "time"

// Option configures [Build].
type Option func(*config)

type config struct {
	ref   time.Time
	morph bool
	loc   *time.Location
}

func newConfig(opts []Option) config {
	c := config{morph: true}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithReference sets the document time that deictic words (昨日, 先週, 28日)
// are resolved against when the article has no resolved published or
// updated time: the document time is the published time, else the updated
// time, else this reference. Without any, expressions that need one keep X
// in their value (XXXX-12-28) and the events that carry them are unplaced.
func WithReference(ref time.Time) Option {
	return func(c *config) { c.ref = ref }
}

// WithoutMorphology keeps Build from using the morphological analyzer, so
// that its dictionary (about a second and 90 MB) is never loaded: the tense
// of a statement is then read from lexical patterns of its predicate. An
// article whose Skipped lists
// [article.SkippedMorphology] (parse.WithoutMorphology) is built this way
// without the option.
func WithoutMorphology() Option {
	return func(c *config) { c.morph = false }
}

// WithLocation sets the time zone that clock times and dates without an
// explicit zone are read in. By default it is the zone of the dateline's
// place when the article has a dateline from a known city
// (【ワシントン共同】 → America/New_York), else Japan time (Asia/Tokyo).
// A nil location keeps the default.
func WithLocation(loc *time.Location) Option {
	return func(c *config) { c.loc = loc }
}
