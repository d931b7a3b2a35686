// Package newsdoc turns raw Japanese news text into typed data.
//
// This package holds only documentation; the work is done by its sub-packages,
// which import one another in one direction:
//
//	article  ←  normalize  ←  normalize/temporal  ←  parse, timeline
//
// # Packages
//
//   - [github.com/newsdoc/newsdoc/article]: the data model. An Article keeps its
//     input in Source; every extracted value has a Span of UTF-8 byte offsets into
//     it. The JSON encoding of the types is the wire format.
//   - [github.com/newsdoc/newsdoc/normalize]: Japanese text normalization (width,
//     kana, dashes, spaces, compatibility characters) as a transform.Transformer
//     with an offset map back to the input; kanji numerals; era years.
//   - [github.com/newsdoc/newsdoc/normalize/temporal]: temporal expressions
//     (2025年12月29日, 昨日, 先週, 12月中旬, 翌日, 令和7年, クリスマス当日 …) found in
//     text and resolved against a reference time as TIMEX3 values.
//   - [github.com/newsdoc/newsdoc/parse]: raw article text as copied from a news
//     page, a wire feed or a corpus file → *article.Article: kicker, headline,
//     times, bylines, dateline, paragraphs, sentences, quotes and speakers,
//     people, organisations and places, captions, fact boxes, related links,
//     tags, bio.
//   - [github.com/newsdoc/newsdoc/timeline]: an article's dated statements as an
//     ordered timeline of events.
//
// # Morphology
//
// Quotes' speakers, entities and the tense of statements use a morphological
// dictionary that costs about a second and 90 MB to load. It is loaded lazily,
// once per process, by the first call that needs it, and shared by all
// goroutines. Programs that only normalize text or read headlines and dates
// never load it; parse.WithoutMorphology skips it for a whole parse.
//
// # Spans
//
// Spans are half-open [Start, End) UTF-8 byte offsets into the untouched input,
// never into normalized text: Source[span.Start:span.End] is what a reader
// would highlight in the original.
package newsdoc
