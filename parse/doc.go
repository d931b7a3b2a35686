// Package parse turns raw Japanese news text, as a person copies it from a
// news page, a wire feed or a corpus file, into an [article.Article].
//
// # Input
//
// [Parse] reads a byte slice and [Read] an io.Reader. The input is UTF-8
// text of at most 8 MiB (see [WithMaxSize]); input in Shift_JIS, EUC-JP,
// ISO-2022-JP or UTF-16 is detected and decoded first (or decoded from the
// encoding given with [WithEncoding]), Article.Encoding names it, and
// Article.Source is then the decoded text that every span indexes into.
// Problems are reported with the
// sentinel errors [ErrEmpty], [ErrTooLarge], [ErrBinary], [ErrInvalidUTF8]
// and [ErrEncoding], wrapped in a [*ParseError] that gives the byte offset and
// quotes the input there. Whenever an error is returned together with a
// non-nil article, that article is the best-effort parse of the longest
// clean prefix of whole lines: the lines before the first invalid UTF-8
// sequence or binary control byte, or the lines that fit in the size limit.
// Article.Source is then that prefix. Parse never panics. An HTML page is
// read with [ParseHTML], which parses the text of its article.
//
// # What is recognised
//
// Every line is given a role from general signals (length, sentence-final
// punctuation, indentation, position relative to the headline and the date
// line, repeated lines, bracket labels and lists of page UI words): kicker,
// headline, subheadline, date line, byline, body paragraph, body
// sub-heading, caption, related link, tag, author bio, or page furniture,
// which is kept in Article.Boilerplate. Nothing is dropped: every non-blank
// line of the input lies under the span of exactly one field (a byline
// inside the bio or the wire dateline that names it excepted; the labels
// of a header of labelled fields, タイトル： or 本文：, are under none).
//
// The body is read in blocks. It runs from the first line of text after
// the header to the last one: photo labels, captions, inline lists of
// related links and ads between its paragraphs do not end it, and a
// sentence printed twice stays text (short lines repeated on a page are
// furniture). The footer begins after the last block of text, at a related
// links header, an author block, a member promotion or a repeat of the
// headline. Lines broken inside a sentence join the text below them; a
// line that ends a sentence ends its paragraph. A paragraph wrapped at a
// column reads without the breaks the column made (its Text and its
// sentences' join 飼い|主 across the line; the column is read from the
// widths of the text's lines), while its span covers the printed lines. After the last paragraph,
// a chronology under a head that names a history (■保存の経過 and one dated
// line per step) is a box (Article.Boxes, which the timeline reads),
// boxes of label：value, contact and price lines are boilerplate, link
// titles (・ lists, …（4/1）, 「…」) are related links, and a paragraph cut
// short by a paywall stays body. Text given without a page around it (no
// page furniture at all) keeps every line that ends like a sentence in
// the body. Text without a date line has a headline only when its first
// line is short and ends no sentence; a date in running text or in a
// label：value line (価格：…まで, 発売日：…) is never the publication time.
// A date line printed under the text (（2025年11月17日 0時12分）) is the
// publication time of a page with none above it. A header of labelled
// fields, as corpus files and exports print it (タイトル：…, 日付：…,
// カテゴリ：…, 記者：…, 本文：), gives headline, times, tags and bylines from
// the values; the text starts after it, or at the value of 本文.
//
// Body paragraphs are split into sentences by a quote-aware splitter. Wire
// datelines that open the body (【ワシントン共同】, ［東京　２９日　ロイター］ -)
// become [article.Dateline].
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
// (3/12(木) 9:05配信) takes it from [WithReference] (a printed weekday
// decides first), an update time without one (（最終更新 4/6 09:08）) from
// the publication time, and a relative stamp (1 時間前) counts back from
// the reference; without a reference such values keep X (or PAST_REF) and
// have no interval. Times printed without an offset are in Japan time,
// +09:00, unless [WithLocation] says otherwise.
//
// # Metadata the caller knows
//
// A program that reads articles from a feed or a CMS knows their
// publication time and headline. [WithPublished] and [WithHeadline] give
// them: they win over what the text prints, the text's own lines keep a
// field (a date line or a title that differs from them goes to
// Article.Boilerplate), and a value the text does not print has a zero
// Span (and a publication time an empty Text). The given publication time is also the reference
// time, unless [WithReference] is given.
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
