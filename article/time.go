package article

import "time"

// TimeType is the TIMEX3 type of a temporal value.
type TimeType string

// The TIMEX3 types.
const (
	TypeDate     TimeType = "DATE"
	TypeTime     TimeType = "TIME"
	TypeDuration TimeType = "DURATION"
	TypeSet      TimeType = "SET"
)

// Mod is the TIMEX3 modifier of a value: the fuzzy part of an expression.
type Mod string

// The modifiers newsdoc writes. The empty Mod means none.
const (
	ModNone       Mod = ""
	ModStart      Mod = "START"        // 上旬, 初め
	ModMid        Mod = "MID"          // 中旬, 半ば
	ModEnd        Mod = "END"          // 下旬, 末
	ModApprox     Mod = "APPROX"       // 頃, ごろ, 前後
	ModBefore     Mod = "BEFORE"       // 以前, 前
	ModAfter      Mod = "AFTER"        // すぎ, 過ぎ (午後8時すぎ)
	ModOnOrBefore Mod = "ON_OR_BEFORE" // まで
	ModOnOrAfter  Mod = "ON_OR_AFTER"  // から, 以来
	ModLessThan   Mod = "LESS_THAN"    // 未満, 足らず
	ModMoreThan   Mod = "MORE_THAN"    // 以上, 超
)

// Anchor says what a value was resolved against.
type Anchor string

// The anchors.
const (
	// AnchorNone: the expression is absolute (2025年12月29日) or could not be
	// resolved.
	AnchorNone Anchor = "none"
	// AnchorDocument: resolved against the document time (the article's
	// published time or the caller's reference), as for 昨日 or 28日.
	AnchorDocument Anchor = "document"
	// AnchorPrevious: resolved against the time mentioned just before, as
	// for 翌日 or 同日.
	AnchorPrevious Anchor = "previous"
	// AnchorQuote: resolved against the time of the post or statement that
	// quotes it (本日 inside a quoted post).
	AnchorQuote Anchor = "quote"
	// AnchorEvent: resolved from the date of another event: one of the
	// same sentence, as the date of B in "A was held the day after B"
	// (Bした翌日に行われた), or the event a noun before the expression
	// names, told earlier (判決の翌日 after 判決公判は27日).
	AnchorEvent Anchor = "event"
)

// Time is a temporal expression and its resolved value.
//
// Value follows TIMEX3 as described in newsdoc's design: 2025-12-28,
// 2025-12, 2025-W52, 2025-12-28T13:00, P3D, XXXX-12-28 when the year is
// unknown. Start and End are the resolved half-open interval; they are zero
// (and absent from JSON) when the value cannot be placed in time.
type Time struct {
	// Text is the surface as written in the input. It is empty, and Span
	// zero, for a value the input does not print: a publication time the
	// caller gave (WithPublished in package parse).
	Text string `json:"text"`
	// Span locates Text in the input.
	Span Span `json:"span"`
	// Type is DATE, TIME, DURATION or SET.
	Type TimeType `json:"type"`
	// Value is the TIMEX3 value.
	Value string `json:"value"`
	// Mod is the modifier, or "".
	Mod Mod `json:"mod,omitempty"`
	// Quant is the TIMEX3 quantifier of a SET (EVERY), or "".
	Quant string `json:"quant,omitempty"`
	// Freq is the TIMEX3 frequency of a SET: how many times in each period
	// of Value (年2回 is P1Y with freq 2X), or "".
	Freq string `json:"freq,omitempty"`
	// Start is the first instant of the resolved interval.
	Start time.Time `json:"start,omitzero"`
	// End is the instant just after the resolved interval.
	End time.Time `json:"end,omitzero"`
	// Anchor says what the value was resolved against.
	Anchor Anchor `json:"anchor,omitempty"`
	// Zone names the clock the text used (現地時間, 日本時間, 米国時間), or "".
	Zone string `json:"zone,omitempty"`
}

// Resolved reports whether t has a resolved interval.
func (t Time) Resolved() bool { return !t.Start.IsZero() && !t.End.IsZero() }
