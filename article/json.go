package article

import (
	"encoding/json"
	"errors"
	"fmt"
)

// FormatVersion is the version of the JSON format of [Article], written in
// its "newsdoc" member. It changes only when a member is removed, renamed or
// changes meaning; new members may appear within one version.
const FormatVersion = "1"

// ErrFormatVersion is returned, wrapped, by [Article.UnmarshalJSON] for JSON
// written in a format version this package does not read.
var ErrFormatVersion = errors.New("article: unknown JSON format version")

// wire is Article without its methods, so that encoding it does not recurse.
type wire Article

// MarshalJSON encodes a as its wire format: the "newsdoc" format version,
// then every field with its JSON name. Source is left out; use [Sourced] to
// include it.
func (a Article) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Newsdoc string `json:"newsdoc"`
		wire
	}{FormatVersion, wire(a)})
}

// UnmarshalJSON reads the wire format back. A "source" member, written by
// [Sourced], fills Source, so that an article read back can be given to
// the analyses that need the text (timeline.Build). JSON without a
// "newsdoc" member is read as the current version; another version is an
// error wrapping [ErrFormatVersion].
func (a *Article) UnmarshalJSON(b []byte) error {
	var v struct {
		Newsdoc *string `json:"newsdoc"`
		Source  string  `json:"source"`
		*wire
	}
	v.wire = (*wire)(a)
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v.Newsdoc != nil && *v.Newsdoc != FormatVersion {
		return fmt.Errorf("%w: %q (this package reads %q)", ErrFormatVersion, *v.Newsdoc, FormatVersion)
	}
	a.Source = v.Source
	return nil
}

// Sourced encodes an Article together with its Source, in a "source"
// member after the format version. Spans index into that text, and
// [Article.UnmarshalJSON] restores it, so the JSON round-trips whole:
//
//	b, err := json.Marshal(article.Sourced{Article: a})
type Sourced struct {
	*Article
}

// MarshalJSON encodes the article with its source.
func (s Sourced) MarshalJSON() ([]byte, error) {
	if s.Article == nil {
		return []byte("null"), nil
	}
	return json.Marshal(struct {
		Newsdoc string `json:"newsdoc"`
		Source  string `json:"source"`
		wire
	}{FormatVersion, s.Source, wire(*s.Article)})
}
