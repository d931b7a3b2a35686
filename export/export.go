// Package export writes an [article.Article] in standard news formats:
// IPTC ninjs 2.1 ("News in JSON", https://iptc.org/standards/ninjs/) and a
// schema.org NewsArticle for JSON-LD (https://schema.org/NewsArticle).
//
// Both are views of the article's text fields, as the source writes them
// (the text under each span, not its normalized form, when the article
// has its source): spans, quotations and
// timeline events have no place in either format and are left out. The
// values are plain Go structs with JSON tags, so that a caller can add what
// it knows (a URL, an image) before encoding them with encoding/json.
package export

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
)

// Options are what an export needs that the text does not say.
type Options struct {
	// URI identifies the news item (ninjs uri, JSON-LD @id and url). When
	// empty, a URN is made from a SHA-256 of the article's source, so that
	// the same text always gets the same identifier:
	// urn:newsdoc:sha256:<hex>.
	URI string
	// Language is the BCP 47 language of the text; "" means "ja".
	Language string
}

func (o Options) uri(a *article.Article) string {
	if o.URI != "" {
		return o.URI
	}
	sum := sha256.Sum256([]byte(a.Source))
	return "urn:newsdoc:sha256:" + hex.EncodeToString(sum[:])
}

func (o Options) language() string {
	if o.Language != "" {
		return o.Language
	}
	return "ja"
}

// written is the text under span as the source has it (before width and
// space normalization), or text when the article has no source.
func written(a *article.Article, span article.Span, text string) string {
	if s := span.In(a.Source); s != "" {
		return s
	}
	return text
}

// body is the article's text as written: its paragraphs, headings
// included, with a blank line between them.
func body(a *article.Article) string {
	var b strings.Builder
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(written(a, p.Span, p.Text))
	}
	return b.String()
}

// text is t as written, or "" for nil.
func text(a *article.Article, t *article.Text) string {
	if t == nil {
		return ""
	}
	return written(a, t.Span, t.Text)
}

// dateTime is t as an RFC 3339 date-time, or "" when t has no resolved
// instant. A time written to the day only starts at midnight of its zone.
func dateTime(t *article.Time) string {
	if t == nil || t.Start.IsZero() {
		return ""
	}
	return t.Start.Format(time.RFC3339)
}

// isoDate is t as ISO 8601: the date alone when the text gave no clock
// time, else the full date-time; "" when t has no resolved instant.
func isoDate(t *article.Time) string {
	if t == nil || t.Start.IsZero() {
		return ""
	}
	if !strings.Contains(t.Value, "T") {
		return t.Start.Format(time.DateOnly)
	}
	return t.Start.Format(time.RFC3339)
}

func names(es []article.Entity) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
