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
// Quotes, people, organizations and places are left empty (non-nil) by this
// package; every list of the returned article is non-nil so that its JSON
// holds every field.
package parse
