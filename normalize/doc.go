// Package normalize normalizes Japanese news text and reads the numbers and
// era dates written in it.
//
// # Normalization
//
// [String] and [Normalizer.String] return the normalized text together
// with a [Map] from normalized byte offsets back to byte offsets in the
// original input; [Normalizer.Transformer] gives the same normalization as
// a golang.org/x/text/transform.Transformer. All offsets are UTF-8 byte
// offsets; spans are half-open and index the untouched original input.
//
// # Numerals
//
// [ParseNumeral] and [LeadingNumeral] read Arabic, full-width and kanji
// numerals (二十七, 259万2,300, 1.5兆, 二〇二五). [IsNumeralWord] and
// [NumeralAt] keep words that only look like numbers (九州, 十分な,
// 元日本代表) from being read as numbers.
//
// # Eras
//
// [LookupEra], [EraYear], [EraDate], [ParseEraDate] and [MatchEraDate]
// convert Japanese era dates (令和7年12月29日, R7.12.29, ㍻31年4月30日) to
// Gregorian dates and flag dates that do not exist in their era
// (平成31年5月1日). The 明治 convention is described at [ErrLunisolar] and
// in era.go: 明治N年 is 1867+N, and months and days before the 1873
// calendar reform are not converted.
package normalize
