// Package timeline turns the dated statements of an article into an
// ordered timeline of events.
//
// [Build] reads a parsed [article.Article]: every temporal expression of
// the body dates a statement (the sentence, the clause of a sentence that
// makes several dated statements, or the sentence of a quotation), and the
// statements are ordered by the start of their resolved time.
//
// # Anchoring
//
// Times are resolved the way a reader resolves them:
//
//   - deictic words (きょう, 昨日, 先週, 28日) against the document time: the
//     article's published time, or the reference given with
//     [WithReference];
//   - anaphoric words (翌日, 同日, 前日, その後) against the time of the
//     statement just before;
//   - a date without a year (12月28日) or a day alone (28日) by the tense of
//     its statement: past (た, だった) takes the latest such date not after
//     the reference, future (予定, 方針, 見通し, する) the next;
//   - deictic words inside a quoted post or statement (「本日午後1時…」) against
//     the day of that post, with anchor "quote";
//   - "A was held the day after B" (Bした翌日に行われた) dates B from A, with
//     anchor "event";
//   - an expression in parentheses after another (28日午後（日本時間29日朝）)
//     is kept beside it in [Event.Also];
//   - the date of a wire story with a dateline (【ワシントン共同】) is local
//     time at the dateline's place.
//
// Durations and vague times (過去1週間, ここ数週間, 最近) end at their anchor
// and are ordered by that end. Statements whose time cannot be resolved are
// listed in [Timeline.Unplaced], never dropped.
//
// # Spans
//
// Every Span is a half-open range of UTF-8 byte offsets into the untouched
// input, [article.Article.Source].
//
// # Morphology
//
// By default Build may use the morphological analyzer for the tense of a
// statement; the dictionary is loaded on first use only. [WithoutMorphology],
// or an article parsed without morphology, keeps Build to lexical patterns,
// and [Timeline.Skipped] says so.
//
// # Concurrency
//
// Build keeps no state between calls and may be called from several
// goroutines at once. A Timeline is a plain value.
package timeline
