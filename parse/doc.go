// Package parse turns raw Japanese news text, as a person copies it from a
// news page, a wire feed or a corpus file, into an [article.Article].
//
// # Input
//
// [Parse] reads a byte slice and [Read] an io.Reader. The input must be UTF-8
// text of at most 8 MiB (see [WithMaxSize]). Problems are reported with the
// sentinel errors [ErrEmpty], [ErrTooLarge], [ErrBinary] and
// [ErrInvalidUTF8], wrapped in a [*ParseError] that gives the byte offset and
// quotes the input there. Whenever an error is returned together with a
// non-nil article, that article is the best-effort parse of the longest
// clean prefix of whole lines: the lines before the first invalid UTF-8
// sequence or binary control byte, or the lines that fit in the size limit.
// Article.Source is then that prefix. Parse never panics.
//
// # What is recognised
//
// Every line is given a role from general signals (length, sentence-final
// punctuation, indentation, position relative to the headline and the date
// line, repeated lines, bracket labels and lists of page UI words): kicker,
// headline, subheadline, date line, byline, body paragraph, body
// sub-heading, caption, related link, tag, author bio, or page UI, which is
// dropped. Body paragraphs are split into sentences by a quote-aware
// splitter. Wire datelines that open the body (【ワシントン共同】,
// ［東京　２９日　ロイター］ -) become [article.Dateline].
//
// # Spans and text
//
// Every value carries a Span: half-open UTF-8 byte offsets [Start, End)
// into Article.Source, the untouched input. Text fields hold normalized
// text: trimmed, without indentation; line breaks inside a paragraph are
// kept. Normalization happens once, on the whole input, and every span is
// mapped back to the original bytes.
//
// # Dates
//
// Published and updated times, and the day of a wire dateline, are read
// with the temporal grammar of package normalize/temporal, the same one
// that reads dates in running text. A date line without a year
// (3/9(木) 18:45配信) takes it from [WithReference] (a printed weekday
// decides first), an update time without one (（最終更新 4/6 09:08）) from
// the publication time, and a relative stamp (1 時間前) counts back from
// the reference; without a reference such values keep X (or PAST_REF) and
// have no interval. Times printed without an offset are in Japan time,
// +09:00, unless [WithLocation] says otherwise.
//
// # Quotations and entities
//
// After the structure, Parse finds the quotations 「…」 of the body with
// their speakers, and the people, organisations and places mentioned. This
// uses a morphological analyzer whose dictionary takes about a second and
// 90 MB to load: it is loaded on the first Parse that needs it, once per
// process, and shared by every goroutine (Parse is safe for concurrent
// use). [WithoutMorphology] never loads it: speakers are then read from
// characters alone, the entity lists stay empty and Article.Skipped holds
// [SkippedMorphology]. [WithUserDictionary] and [WithUserDictionaryFile]
// add names the system dictionary does not know.
//
// Every list of the returned article is non-nil, so that its JSON holds
// every field.
package parse
