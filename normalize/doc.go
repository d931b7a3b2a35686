// Package normalize normalizes Japanese news text and reads the numbers and
// era dates written in it.
//
// # Normalization
//
// [String] and [Normalizer.String] return the normalized text together
// with a [Map] from normalized byte offsets back to byte offsets in the
// original input; [Normalizer.Transformer] gives the same normalization as
// a golang.org/x/text/transform.Transformer, byte for byte, for streams and
// for chaining with other transformers. The rules are listed at
// [Normalizer]: full-width ASCII and half-width kana folded, sound marks
// composed, spaces, hyphens, long-vowel marks and tildes made canonical by
// context (a range 1〜2 is never lost), compatibility characters spelled
// out from an explicit list rather than by NFKC (① and compatibility kanji
// in names are kept), and an optional dictionary-matching mode.
//
// All offsets are UTF-8 byte offsets; spans are half-open and index the
// untouched original input. [Map.Cursor] maps many spans asked for in
// text order without a search each, and [Map.Invalid] tells where the
// input was not valid UTF-8 (such bytes become U+FFFD), so that a caller
// need not validate it in a pass of its own.
//
// A [Normalizer] is immutable and may be shared by goroutines; a
// transformer is stateful and belongs to one goroutine.
//
// # Numerals
//
// [ParseNumeral] and [LeadingNumeral] read Arabic, full-width and kanji
// numerals (二十七, 259万2,300, 1.5兆, 二〇二五, 〇一〇〇〇), rejecting
// malformed ones (三百二十百, 億万).
//
// # Telling numbers from words
//
// Kanji digits start many ordinary words: 九州 and 千葉 are places, 一般 and
// 一部 are common words, 十分な means "enough", 一日も早く "as soon as
// possible", and 元日本代表 is 元 ("former") + 日本代表, not 元日 (New Year's
// Day). LeadingNumeral reads the longest numeral and does not look
// further, so LeadingNumeral("九州") is 9. Callers that scan text for
// numbers use [NumeralAt], which refuses a numeral that [IsNumeralWord]
// reports as part of a word, or that starts inside another numeral. The
// guard is lexical (a fixed list of words, idioms and prefixes such as
// 唯一, 統一), conservative, and never applies to Arabic digits; it is meant
// to be combined with morphological analysis where that is available.
//
// # Eras
//
// [LookupEra], [EraYear], [EraDate], [ParseEraDate] and [MatchEraDate]
// convert Japanese era dates (令和7年12月29日, R7.12.29, ㍻31年4月30日) to
// Gregorian dates, and report dates that do not exist in their era
// (平成31年5月1日, 令和元年4月30日) with [ErrEraDate] instead of moving them
// into the next era.
//
// 明治 convention: the era was proclaimed on 23 October 1868 and applied to
// the whole lunisolar year, whose first day was 25 January 1868 in the
// Gregorian calendar, so 明治N年 is the Gregorian year 1867+N and the era
// starts on 1868-01-25 here. Japan switched to the Gregorian calendar on
// 明治5年12月3日 (lunisolar), which became 1 January 1873 (明治6年1月1日).
// Months and days of 明治5年 and earlier are lunisolar and are not
// converted: [EraDate] and [ParseEraDate] return [ErrLunisolar] for them
// (a year alone is fine), so that no date is silently off by a month. From
// 明治6年 on, dates are Gregorian.
//
// On the day an emperor died, both eras were in use: 明治45年7月30日 and
// 大正元年7月30日 are the same day, as are 大正15年12月25日 and
// 昭和元年12月25日; both spellings are accepted. 昭和64年 has seven days,
// 1 to 7 January 1989.
package normalize
