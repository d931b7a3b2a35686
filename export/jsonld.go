package export

import "github.com/newsdoc/newsdoc/article"

// NewsArticle is a schema.org NewsArticle (https://schema.org/NewsArticle)
// for JSON-LD: the properties an article fills. Empty properties are
// omitted.
type NewsArticle struct {
	Context             string   `json:"@context"`
	Type                string   `json:"@type"`
	ID                  string   `json:"@id,omitempty"`
	URL                 string   `json:"url,omitempty"`
	Headline            string   `json:"headline"`
	AlternativeHeadline string   `json:"alternativeHeadline,omitempty"`
	ArticleSection      string   `json:"articleSection,omitempty"`
	DatePublished       string   `json:"datePublished,omitempty"`
	DateModified        string   `json:"dateModified,omitempty"`
	Author              []Thing  `json:"author,omitempty"`
	Dateline            string   `json:"dateline,omitempty"`
	ArticleBody         string   `json:"articleBody,omitempty"`
	InLanguage          string   `json:"inLanguage,omitempty"`
	Keywords            []string `json:"keywords,omitempty"`
	Mentions            []Thing  `json:"mentions,omitempty"`
}

// Thing is a typed, named schema.org node: a Person, an Organization or a
// Place.
type Thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// JSONLD returns a as a schema.org NewsArticle, its text as written. The mapping: headline,
// alternativeHeadline (the subheadline), articleSection (the kicker),
// datePublished and dateModified (ISO 8601: a date alone when the text gave
// no clock time), author (one Person a byline), dateline (as written),
// articleBody (the paragraphs, a blank line between them), inLanguage,
// keywords (the tags) and mentions (the people, organisations and places).
// @id and url are o.URI when given; without it they are left out, since a
// made-up identifier is no address.
func JSONLD(a *article.Article, o Options) NewsArticle {
	n := NewsArticle{
		Context:       "https://schema.org",
		Type:          "NewsArticle",
		ID:            o.URI,
		URL:           o.URI,
		Headline:      text(a, &a.Headline),
		DatePublished: isoDate(a.Published),
		DateModified:  isoDate(a.Updated),
		ArticleBody:   body(a),
		InLanguage:    o.language(),
	}
	n.AlternativeHeadline = text(a, a.Subheadline)
	n.ArticleSection = text(a, a.Kicker)
	for _, b := range a.Bylines {
		n.Author = append(n.Author, Thing{Type: "Person", Name: b.Name})
	}
	if d := a.Dateline; d != nil {
		n.Dateline = d.Span.In(a.Source) // as written; the place alone when the source is gone
		if n.Dateline == "" {
			n.Dateline = d.Place
		}
	}
	for i := range a.Tags {
		n.Keywords = append(n.Keywords, text(a, &a.Tags[i]))
	}
	for _, e := range a.People {
		n.Mentions = append(n.Mentions, Thing{Type: "Person", Name: e.Name})
	}
	for _, e := range a.Organizations {
		n.Mentions = append(n.Mentions, Thing{Type: "Organization", Name: e.Name})
	}
	for _, e := range a.Places {
		n.Mentions = append(n.Mentions, Thing{Type: "Place", Name: e.Name})
	}
	return n
}
