package timeline

import (
	"cmp"
	"iter"
	"slices"
	"time"

	"github.com/newsdoc/newsdoc/article"
)

// Event is one dated statement of an article.
type Event struct {
	// When is the temporal expression that dates the statement, resolved.
	// Its Span points at the expression in the article's Source.
	When article.Time `json:"when"`
	// Also holds other expressions of the same instant written beside
	// When, such as the Japan time in 28日午後（日本時間29日朝）.
	Also []article.Time `json:"also,omitempty"`
	// Text is the statement, normalized: the sentence, or the clause of it
	// that holds When when the sentence makes several dated statements, or
	// the sentence of a quotation when When is inside one.
	Text string `json:"text"`
	// Span locates the statement in the article's Source (UTF-8 byte
	// offsets, half-open).
	Span article.Span `json:"span"`
	// Paragraph is the index of the paragraph that holds the statement,
	// or -1 when an item of a box holds it (see Box).
	Paragraph int `json:"paragraph"`
	// Box is the index in Article.Boxes of the box whose item holds the
	// statement, or nil when a paragraph holds it.
	Box *int `json:"box,omitempty"`
	// Actors are the people and organizations of the statement, in order of
	// appearance; the speaker comes first when the statement is a quotation.
	// The list is empty, never nil.
	Actors []string `json:"actors"`
	// Quote is the index in Article.Quotes of the quotation that holds the
	// statement, or nil when the statement is not inside a quotation.
	Quote *int `json:"quote,omitempty"`
	// Speaker is the speaker of that quotation, or "".
	Speaker string `json:"speaker,omitempty"`
	// Generic is true when the time is habitual or generic rather than
	// the date of one event: a date without a year in a statement of
	// what usually happens (例年3月に, 毎週土曜の10時から, 平日は9時に).
	// Generic events are listed with the unplaced ones.
	Generic bool `json:"generic,omitempty"`
}

// Placed reports whether e can be put on a time line: its time is resolved
// (a duration or a vague past needs only its end), it is not a set, and it
// is not generic.
func (e Event) Placed() bool { return !e.Generic && !sortKey(e.When).IsZero() }

// Key returns the instant the event is ordered by: the start of its
// resolved interval, or the end for durations and vague past times
// (過去1週間, ここ数週間, 最近), which end at their anchor. It is zero when
// the event cannot be placed.
func (e Event) Key() time.Time { return sortKey(e.When) }

// Timeline is the ordered list of an article's dated statements.
type Timeline struct {
	// Events are the placed events, sorted by [Event.Key]; events with
	// the same key keep their source order. Never nil.
	Events []Event `json:"events"`
	// Unplaced are the statements whose time could not be resolved (no
	// reference time, a set such as 毎週月曜日, an unknown anchor), in source
	// order. They are listed apart, never dropped. Never nil.
	Unplaced []Event `json:"unplaced"`
	// Skipped names the analyses that were not run, as in
	// [article.Article.Skipped]: [article.SkippedMorphology] when the
	// statements were read without the morphological analyzer,
	// [SkippedQuotes] when the article came with no quotation analysis.
	Skipped []string `json:"skipped,omitempty"`
}

// SkippedQuotes is the value [Timeline.Skipped] holds when the article's
// Quotes is nil: no quotation analysis ran on it (an article put together
// by hand), so no event has a quotation or a speaker. Parse the text with
// the parse package to have them.
const SkippedQuotes = "quotes"

// All returns an iterator over the placed events in timeline order.
func (t *Timeline) All() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		if t == nil {
			return
		}
		for _, e := range t.Events {
			if !yield(e) {
				return
			}
		}
	}
}

// Len returns the number of placed events.
func (t *Timeline) Len() int {
	if t == nil {
		return 0
	}
	return len(t.Events)
}

// isDurationLike reports whether t is ordered by its end.
func isDurationLike(t article.Time) bool {
	return t.Type == article.TypeDuration || t.Value == "PAST_REF"
}

func sortKey(t article.Time) time.Time {
	if t.Type == article.TypeSet {
		return time.Time{}
	}
	if isDurationLike(t) {
		return t.End
	}
	if t.Start.IsZero() || t.End.IsZero() {
		return time.Time{}
	}
	return t.Start
}

// order splits events into placed and unplaced and sorts the placed ones
// by key, keeping source order among equal keys.
func order(evs []Event) *Timeline {
	// Events are large: the sorts move small records of an index and its
	// keys, and the events are copied once, into place.
	type rec struct {
		i          int
		when, span int
		key        time.Time
	}
	recs := make([]rec, len(evs))
	for i := range evs {
		recs[i] = rec{i: i, when: evs[i].When.Span.Start, span: evs[i].Span.Start}
	}
	slices.SortStableFunc(recs, func(a, b rec) int {
		return cmp.Or(cmp.Compare(a.when, b.when), cmp.Compare(a.span, b.span))
	})
	placed := recs[:0:0]
	tl := &Timeline{Events: []Event{}, Unplaced: []Event{}}
	for _, r := range recs {
		if e := &evs[r.i]; e.Placed() {
			r.key = e.Key()
			placed = append(placed, r)
		} else {
			tl.Unplaced = append(tl.Unplaced, *e)
		}
	}
	slices.SortStableFunc(placed, func(a, b rec) int { return a.key.Compare(b.key) })
	tl.Events = slices.Grow(tl.Events, len(placed))
	for _, r := range placed {
		tl.Events = append(tl.Events, evs[r.i])
	}
	return tl
}
