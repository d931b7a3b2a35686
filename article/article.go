// Package article is newsdoc's data model: a parsed news article and the values
// extracted from it.
//
// # Spans
//
// Every extracted value carries a [Span]: half-open UTF-8 byte offsets
// [Start, End) into the untouched input, which is kept in [Article.Source].
// Source[span.Start:span.End] is the text a reader would highlight in the
// original. Text fields hold normalized text; spans never point into
// normalized text.
//
// # JSON
//
// The JSON encoding of these types, as produced by encoding/json, is the wire
// contract of newsdoc: field names are snake_case, times are RFC 3339. An
// Article's JSON opens with its format version, "newsdoc": [FormatVersion],
// and reads back with json.Unmarshal; wrapped in [Sourced] it also carries
// the source text, so that an article read back is whole.
//
// The package imports only the standard library.
package article

import (
	"fmt"
	"slices"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into the
// original input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// In returns src[s.Start:s.End], or "" when s is not a valid range of src.
func (s Span) In(src string) string {
	if s.Start < 0 || s.End < s.Start || s.End > len(src) {
		return ""
	}
	return src[s.Start:s.End]
}

// String formats s as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Text is a piece of normalized text with the span it came from.
type Text struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Article is a parsed news article.
//
// Optional single values (kicker, subheadline, published, updated, dateline,
// bio) are nil when the input does not have them; lists are empty, never
// nil, after [parse.Parse] so that the JSON always holds every field.
type Article struct {
	// Source is the untouched input. Every Span indexes into it.
	// The JSON encoding leaves it out unless the article is wrapped in
	// [Sourced].
	Source string `json:"-"`

	// Kicker is the series or section label printed above the headline
	// (ウクライナ情勢, 主張, 【書評】).
	Kicker *Text `json:"kicker"`
	// Headline is the main title. A headline the caller gave (WithHeadline
	// in package parse) that the input does not print has a zero Span.
	Headline Text `json:"headline"`
	// Subheadline is a secondary title or dek.
	Subheadline *Text `json:"subheadline"`

	// Published is the publication time given by the page, or by the
	// caller (WithPublished in package parse).
	Published *Time `json:"published"`
	// Updated is the last update time given by the page.
	Updated *Time `json:"updated"`

	// Bylines are the authors named by the page.
	Bylines []Byline `json:"bylines"`
	// Dateline is the place and news source that open a wire story
	// (【ワシントン共同】, ［東京　２９日　ロイター］).
	Dateline *Dateline `json:"dateline"`

	// Paragraphs is the body text, in order.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Quotes are the quotations found in the body, in source order.
	Quotes []Quote `json:"quotes"`

	// People, Organizations and Places are the named entities of the body,
	// one entry per entity with every mention.
	People        []Entity `json:"people"`
	Organizations []Entity `json:"organizations"`
	Places        []Entity `json:"places"`

	// Captions are photo and figure captions.
	Captions []Text `json:"captions"`
	// Boxes are blocks of facts printed apart from the running text
	// under a head of their own: a chronology after the article (■保存の経過
	// and one dated line per step). They are not body text, but the
	// timeline reads their dated items.
	Boxes []Box `json:"boxes"`
	// Related are related-article links and features.
	Related []Text `json:"related"`
	// Tags are topic and category labels.
	Tags []Text `json:"tags"`
	// Bio is the author biography.
	Bio *Text `json:"bio"`
	// Boilerplate are the lines of the input that belong to no other
	// field: page furniture (share buttons, navigation, member
	// promotions), repeats of lines already read, contact and product
	// boxes after the article. With it every non-blank line of the input
	// lies under the span of some field, so that nothing is dropped
	// unseen.
	Boilerplate []Text `json:"boilerplate"`

	// Encoding names the encoding the input was decoded from when it was
	// not UTF-8 (shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be), or
	// "". Source then holds the decoded UTF-8 text, and spans index into
	// it, not into the bytes given.
	Encoding string `json:"encoding,omitempty"`

	// Skipped names the analyses that were not run (for example
	// [SkippedMorphology] when the caller asked not to load the
	// dictionary), so that an empty list is not mistaken for "none found".
	Skipped []string `json:"skipped,omitempty"`
}

// Box is a block of facts printed apart from the running text.
type Box struct {
	// Heading is the head of the box, without the mark that opens it
	// (保存の経過 of ■保存の経過).
	Heading Text `json:"heading"`
	// Items are the lines under the head, in order, one per fact
	// (2016年2月　灯台守の会が発足).
	Items []Text `json:"items"`
}

// SkippedMorphology is the value Article.Skipped (and a timeline's
// Skipped) holds when the morphological analysis did not run: the caller
// asked not to load the dictionary, or it could not be loaded.
const SkippedMorphology = "morphology"

// HasSkipped reports whether a.Skipped names the analysis name.
func (a *Article) HasSkipped(name string) bool {
	return a != nil && slices.Contains(a.Skipped, name)
}

// Byline is an author credit.
type Byline struct {
	// Name is the author's name as printed, normalized.
	Name string `json:"name"`
	// Desk is the desk, bureau or post printed with the name (政治部,
	// 港川支局, 編集委員), or "".
	Desk string `json:"desk,omitempty"`
	// Role is what the credit says the person did, when it says it:
	// 聞き手 (the interviewer), 文, 写真, 構成, or "".
	Role string `json:"role,omitempty"`
	// Span covers Name only.
	Span Span `json:"span"`
}

// Dateline is the place and source line of a wire story.
type Dateline struct {
	// Place is where the story was filed (ワシントン), or "".
	Place string `json:"place"`
	// Source is the agency or reporter (共同, ロイター, 岡田浩幸), or "".
	Source string `json:"source"`
	// Time is the date printed in the dateline, if any.
	Time *Time `json:"time,omitempty"`
	Span Span  `json:"span"`
}

// Paragraph is a block of body text.
type Paragraph struct {
	// Text is the normalized text of the paragraph. A paragraph printed
	// over several lines wrapped at a column reads without the breaks a
	// reader joins (飼い|主, a name over two lines); breaks between two
	// Latin words, around a row of a table or at a quotation on a line of
	// its own are kept. Span covers the lines as printed.
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Heading marks a sub-heading inside the body.
	Heading bool `json:"heading,omitempty"`
	// Sentences split Text; their spans lie inside Span.
	Sentences []Sentence `json:"sentences"`
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Quote is a quotation in 「」 or 『』 with its speaker.
type Quote struct {
	// Text is the quoted text without its outer brackets.
	Text string `json:"text"`
	// Span covers the quote including its brackets. The answer of a
	// question-and-answer transcript (――質問。 then 山田　答え…) is a
	// quotation without brackets: Text and Span are the answer after the
	// name.
	Span Span `json:"span"`
	// Speaker is who said or wrote it, "" when the text does not say.
	Speaker string `json:"speaker"`
	// SpeakerSpan is the mention of the speaker the attribution used; zero
	// when Speaker is "" or was carried over from an earlier paragraph.
	SpeakerSpan Span `json:"speaker_span,omitzero"`
	// Person is the index in Article.People of the speaker, so that the
	// quotations of 岸田文雄首相, 岸田氏 and 首相 are one person's; nil
	// when the speaker is no person the analysis found (a group, an
	// organization, a name read without morphology).
	Person *int `json:"person,omitempty"`
	// Organization is the body the speaker speaks for (ロシア外務省), or "".
	Organization string `json:"organization,omitempty"`
	// Attribution names the rule that decided Speaker, "" when Speaker is
	// "": "explicit" (the subject or topic of the quoting sentence: 山田氏は
	// 「…」と述べた), "following" (written after the quotation: 「…」と語った
	// 山田氏, 「…」と山田氏。, 「…」。山田氏は…, 「…」と話すのは山田氏だ),
	// "source" (a source phrase: 山田氏によると, ファンからは「…」といった
	// 声), "continued" (the person the text is about: a quotation with no
	// subject after a sentence or paragraph about that person), "title" (a
	// bare title, 首相, resolved to the person named earlier with it),
	// "pronoun" (彼, 彼女, 同氏, resolved to the most recent person) or
	// "dialogue" (a transcript or testimony: 山田「…」, 山田：「…」,
	// 「…」（山田／36歳）, an interview's answers). Quotations nested in another take its
	// speaker and its Attribution.
	Attribution string `json:"attribution,omitempty"`
	// Verb is the reporting verb (述べた, 語った, 記した), or "".
	Verb string `json:"verb,omitempty"`
	// Partial marks a short quotation inside a sentence (a scare quote)
	// rather than a full statement.
	Partial bool `json:"partial,omitempty"`
	// Paragraph is the index of the paragraph that holds the quote.
	Paragraph int `json:"paragraph"`
	// Depth is 0 for an outer quote and grows with nesting.
	Depth int `json:"depth,omitempty"`
}

// Entity is a person, organization or place with all its mentions.
type Entity struct {
	// Name is the canonical name (the longest plain form of the mentions,
	// without honorifics and titles).
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}
