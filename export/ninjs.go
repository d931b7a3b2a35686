package export

import (
	"strings"

	"github.com/newsdoc/newsdoc/article"
)

// NinjsSchema is the URI of the ninjs JSON Schema that [Ninjs] items are
// valid against.
const NinjsSchema = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"

// NinjsItem is an IPTC ninjs 2.1 news item: the members of the standard
// that an article fills. Empty members are omitted.
type NinjsItem struct {
	URI                string            `json:"uri"`
	Standard           NinjsStandard     `json:"standard"`
	Type               string            `json:"type"`
	RepresentationType string            `json:"representationtype"`
	Language           string            `json:"language,omitempty"`
	FirstCreated       string            `json:"firstcreated,omitempty"`
	VersionCreated     string            `json:"versioncreated,omitempty"`
	Headlines          []NinjsText       `json:"headlines,omitempty"`
	By                 string            `json:"by,omitempty"`
	Located            string            `json:"located,omitempty"`
	Bodies             []NinjsBody       `json:"bodies,omitempty"`
	Descriptions       []NinjsText       `json:"descriptions,omitempty"`
	People             []NinjsConcept    `json:"people,omitempty"`
	Organisations      []NinjsConcept    `json:"organisations,omitempty"`
	Places             []NinjsConcept    `json:"places,omitempty"`
	Subjects           []NinjsConcept    `json:"subjects,omitempty"`
	InfoSources        []NinjsInfoSource `json:"infosources,omitempty"`
}

// NinjsStandard names the standard, version and schema an item follows.
type NinjsStandard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

// NinjsText is a headline or a description with its role.
type NinjsText struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contenttype,omitempty"`
	Value       string `json:"value"`
}

// NinjsBody is a body text.
type NinjsBody struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contenttype,omitempty"`
	// CharCount counts the characters (Unicode code points) of Value.
	CharCount int    `json:"charcount"`
	Value     string `json:"value"`
}

// NinjsConcept is a person, organisation, place or subject.
type NinjsConcept struct {
	Name string `json:"name"`
	Rel  string `json:"rel,omitempty"`
}

// NinjsInfoSource is a party that supplied the content (a wire service).
type NinjsInfoSource struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

// Ninjs returns a as a ninjs 2.1 text item. The mapping:
//
//   - headlines: the headline (role "main"), the subheadline ("sub"), the
//     kicker ("kicker");
//   - firstcreated: the publication time; versioncreated: the update time,
//     else the publication time (both only when resolved to an instant);
//   - by: the bylines joined with "、"; located: the dateline's place;
//     infosources: the dateline's wire service (role "originator");
//   - bodies: the paragraphs as text/plain, a blank line between them;
//   - descriptions: captions ("caption") and the author bio ("bio");
//   - people, organisations, places: the entities (rel "mentioned");
//     subjects: the tags (rel "tag").
//
// Quotations, related links and boilerplate have no ninjs member and are
// left out.
func Ninjs(a *article.Article, o Options) NinjsItem {
	it := NinjsItem{
		URI:                o.uri(a),
		Standard:           NinjsStandard{Name: "ninjs", Version: "2.1", Schema: NinjsSchema},
		Type:               "text",
		RepresentationType: "full",
		Language:           o.language(),
		FirstCreated:       dateTime(a.Published),
		VersionCreated:     dateTime(a.Updated),
	}
	if it.VersionCreated == "" {
		it.VersionCreated = it.FirstCreated
	}
	for _, h := range []struct {
		role string
		t    *article.Text
	}{{"main", &a.Headline}, {"sub", a.Subheadline}, {"kicker", a.Kicker}} {
		if v := text(a, h.t); v != "" {
			it.Headlines = append(it.Headlines, NinjsText{Role: h.role, Value: v})
		}
	}
	by := make([]string, 0, len(a.Bylines))
	for _, b := range a.Bylines {
		by = append(by, b.Name)
	}
	it.By = strings.Join(by, "、")
	if d := a.Dateline; d != nil {
		it.Located = d.Place
		if d.Source != "" {
			it.InfoSources = append(it.InfoSources, NinjsInfoSource{Name: d.Source, Role: "originator"})
		}
	}
	if text := body(a); text != "" {
		it.Bodies = []NinjsBody{{Role: "main", ContentType: "text/plain", CharCount: runeCount(text), Value: text}}
	}
	for i := range a.Captions {
		it.Descriptions = append(it.Descriptions, NinjsText{Role: "caption", ContentType: "text/plain", Value: text(a, &a.Captions[i])})
	}
	if a.Bio != nil {
		it.Descriptions = append(it.Descriptions, NinjsText{Role: "bio", ContentType: "text/plain", Value: text(a, a.Bio)})
	}
	it.People = concepts(names(a.People), "mentioned")
	it.Organisations = concepts(names(a.Organizations), "mentioned")
	it.Places = concepts(names(a.Places), "mentioned")
	tags := make([]string, 0, len(a.Tags))
	for i := range a.Tags {
		tags = append(tags, text(a, &a.Tags[i]))
	}
	it.Subjects = concepts(tags, "tag")
	return it
}

func concepts(names []string, rel string) []NinjsConcept {
	var out []NinjsConcept
	for _, n := range names {
		out = append(out, NinjsConcept{Name: n, Rel: rel})
	}
	return out
}
