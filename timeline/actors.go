package timeline

import (
	"cmp"
	"slices"

	"github.com/newsdoc/newsdoc/article"
)

// actorMention is one mention of a person or organization, or the named
// speaker of a quotation.
type actorMention struct {
	name string
	span article.Span
}

// actorIndex lists the mentions of the article's people and organizations
// and the speaker mentions of its quotations, in source order.
func actorIndex(a *article.Article) []actorMention {
	var out []actorMention
	for _, list := range [][]article.Entity{a.People, a.Organizations} {
		for _, e := range list {
			if e.Name == "" {
				continue
			}
			for _, m := range e.Mentions {
				out = append(out, actorMention{e.Name, m.Span})
			}
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker != "" && !q.SpeakerSpan.IsZero() {
			out = append(out, actorMention{q.Speaker, q.SpeakerSpan})
		}
	}
	slices.SortStableFunc(out, func(x, y actorMention) int { return cmp.Compare(x.span.Start, y.span.Start) })
	return out
}

// actorsOf returns the actors of an event: the speaker of its quotation
// first, then every person and organization mentioned in its statement
// (outside the quotation's own words when it is one), each once.
func (st *state) actorsOf(e Event) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	if e.Quote != nil {
		add(e.Speaker)
	}
	i, _ := slices.BinarySearchFunc(st.actors, e.Span.Start, func(m actorMention, off int) int {
		return cmp.Compare(m.span.Start, off)
	})
	for ; i < len(st.actors) && st.actors[i].span.Start < e.Span.End; i++ {
		if e.Span.Contains(st.actors[i].span) {
			add(st.actors[i].name)
		}
	}
	return out
}
