package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/export"
	"github.com/newsdoc/newsdoc/parse"
)

// story is an invented wire story with every field the exports map, built
// by hand so that these tests check the mapping and not the parser.
func story() *article.Article {
	jst := time.FixedZone("JST", 9*3600)
	src := "港川市の新図書館、来春開館へ"
	return &article.Article{
		Source:      src,
		Kicker:      &article.Text{Text: "【地域】"},
		Headline:    article.Text{Text: "港川市の新図書館、来春開館へ", Span: article.Span{Start: 0, End: len(src)}},
		Subheadline: &article.Text{Text: "蔵書は旧館の2倍に"},
		Published: &article.Time{Type: article.TypeTime, Value: "2026-05-12T09:30",
			Start: time.Date(2026, 5, 12, 9, 30, 0, 0, jst), End: time.Date(2026, 5, 12, 9, 31, 0, 0, jst)},
		Updated: &article.Time{Type: article.TypeTime, Value: "2026-05-12T18:05",
			Start: time.Date(2026, 5, 12, 18, 5, 0, 0, jst), End: time.Date(2026, 5, 12, 18, 6, 0, 0, jst)},
		Bylines:  []article.Byline{{Name: "森下あおい"}, {Name: "川田守"}},
		Dateline: &article.Dateline{Place: "港川", Source: "共同"},
		Paragraphs: []article.Paragraph{
			{Text: "港川市は11日、新しい市立図書館を来年4月に開館すると発表した。"},
			{Text: "蔵書は約40万冊になる。"},
		},
		People:        []article.Entity{{Name: "森下あおい"}},
		Organizations: []article.Entity{{Name: "港川市"}},
		Places:        []article.Entity{{Name: "港川"}},
		Captions:      []article.Text{{Text: "建設中の新図書館"}},
		Tags:          []article.Text{{Text: "図書館"}},
		Bio:           &article.Text{Text: "港川支局の記者。"},
	}
}

func TestNinjs(t *testing.T) {
	it := export.Ninjs(story(), export.Options{URI: "https://news.example/minatogawa/library"})
	body := "港川市は11日、新しい市立図書館を来年4月に開館すると発表した。\n\n蔵書は約40万冊になる。"
	assert.Equal(t, export.NinjsItem{
		URI:                "https://news.example/minatogawa/library",
		Standard:           export.NinjsStandard{Name: "ninjs", Version: "2.1", Schema: export.NinjsSchema},
		Type:               "text",
		RepresentationType: "full",
		Language:           "ja",
		FirstCreated:       "2026-05-12T09:30:00+09:00",
		VersionCreated:     "2026-05-12T18:05:00+09:00",
		Headlines: []export.NinjsText{
			{Role: "main", Value: "港川市の新図書館、来春開館へ"},
			{Role: "sub", Value: "蔵書は旧館の2倍に"},
			{Role: "kicker", Value: "【地域】"},
		},
		By:          "森下あおい、川田守",
		Located:     "港川",
		InfoSources: []export.NinjsInfoSource{{Name: "共同", Role: "originator"}},
		Bodies:      []export.NinjsBody{{Role: "main", ContentType: "text/plain", CharCount: 46, Value: body}},
		Descriptions: []export.NinjsText{
			{Role: "caption", ContentType: "text/plain", Value: "建設中の新図書館"},
			{Role: "bio", ContentType: "text/plain", Value: "港川支局の記者。"},
		},
		People:        []export.NinjsConcept{{Name: "森下あおい", Rel: "mentioned"}},
		Organisations: []export.NinjsConcept{{Name: "港川市", Rel: "mentioned"}},
		Places:        []export.NinjsConcept{{Name: "港川", Rel: "mentioned"}},
		Subjects:      []export.NinjsConcept{{Name: "図書館", Rel: "tag"}},
	}, it)
}

func TestNinjsWithoutUpdate(t *testing.T) {
	a := story()
	a.Updated = nil
	it := export.Ninjs(a, export.Options{})
	assert.Equal(t, it.FirstCreated, it.VersionCreated, "the publication time is the version's")
	a.Published = nil
	it = export.Ninjs(a, export.Options{})
	assert.Empty(t, it.FirstCreated)
	assert.Empty(t, it.VersionCreated)
}

func TestNinjsDefaultURI(t *testing.T) {
	a, b := story(), story()
	b.Source += "追記"
	u1, u2 := export.Ninjs(a, export.Options{}).URI, export.Ninjs(b, export.Options{}).URI
	assert.True(t, strings.HasPrefix(u1, "urn:newsdoc:sha256:"), u1)
	assert.Equal(t, u1, export.Ninjs(story(), export.Options{}).URI, "the same text, the same identifier")
	assert.NotEqual(t, u1, u2)
	assert.Empty(t, export.JSONLD(a, export.Options{}).ID, "JSON-LD makes up no address")
}

func TestJSONLD(t *testing.T) {
	a := story()
	assert.Equal(t, export.NewsArticle{
		Context:             "https://schema.org",
		Type:                "NewsArticle",
		ID:                  "https://news.example/a/1",
		URL:                 "https://news.example/a/1",
		Headline:            "港川市の新図書館、来春開館へ",
		AlternativeHeadline: "蔵書は旧館の2倍に",
		ArticleSection:      "【地域】",
		DatePublished:       "2026-05-12T09:30:00+09:00",
		DateModified:        "2026-05-12T18:05:00+09:00",
		Author:              []export.Thing{{Type: "Person", Name: "森下あおい"}, {Type: "Person", Name: "川田守"}},
		Dateline:            "港川",
		ArticleBody:         "港川市は11日、新しい市立図書館を来年4月に開館すると発表した。\n\n蔵書は約40万冊になる。",
		InLanguage:          "ja",
		Keywords:            []string{"図書館"},
		Mentions: []export.Thing{
			{Type: "Person", Name: "森下あおい"},
			{Type: "Organization", Name: "港川市"},
			{Type: "Place", Name: "港川"},
		},
	}, export.JSONLD(a, export.Options{URI: "https://news.example/a/1"}))
}

func TestJSONLDFromParse(t *testing.T) {
	src := "町の祭り、３年ぶりに開催\n2026年8月2日\n\n【港川】町は1日、夏祭り（第３回）を開いた。\n"
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology())
	require.NoError(t, err)
	n := export.JSONLD(a, export.Options{})
	assert.Equal(t, "2026-08-02", n.DatePublished, "a date alone stays a date")
	assert.Equal(t, "2026-08-02T00:00:00+09:00", export.Ninjs(a, export.Options{}).FirstCreated, "ninjs wants a date-time")
	if a.Dateline != nil {
		assert.Equal(t, a.Dateline.Span.In(src), n.Dateline, "the dateline as written")
	}
	assert.Equal(t, "町の祭り、３年ぶりに開催", n.Headline, "as written, not normalized")
	assert.Contains(t, n.ArticleBody, "夏祭り（第３回）を開いた。")
}

// TestExportsOfGivenMetadata: a headline and a publication time the caller
// gave (no span, no text for the time) are exported as given.
func TestExportsOfGivenMetadata(t *testing.T) {
	src := "町は1日、夏祭りを開いた。\n"
	jst := time.FixedZone("JST", 9*3600)
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology(),
		parse.WithPublished(time.Date(2026, 8, 2, 7, 45, 10, 0, jst)), parse.WithHeadline("夏祭り、３年ぶり"))
	require.NoError(t, err)
	n := export.JSONLD(a, export.Options{})
	assert.Equal(t, "夏祭り、3年ぶり", n.Headline, "the given headline, normalized")
	assert.Equal(t, "2026-08-02T07:45:10+09:00", n.DatePublished)
	it := export.Ninjs(a, export.Options{})
	assert.Equal(t, "2026-08-02T07:45:10+09:00", it.FirstCreated)
	b, err := json.Marshal(it)
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	assert.NoError(t, ninjsSchema(t).Validate(inst))
}

// ninjsSchema compiles the published ninjs 2.1 schema (testdata; its
// annotations, title and description, are left out). Its one external
// reference, GeoJSON, is never used by the items and stands as an empty
// schema so that no network is needed.
func ninjsSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	f, err := os.Open(filepath.Join("testdata", "ninjs-schema_2.1.json"))
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	require.NoError(t, c.AddResource(export.NinjsSchema, doc))
	require.NoError(t, c.AddResource("https://geojson.org/schema/GeoJSON.json", map[string]any{}))
	s, err := c.Compile(export.NinjsSchema)
	require.NoError(t, err)
	return s
}

// newsArticleProperties are the schema.org properties a NewsArticle has
// (its own and those of Article, CreativeWork and Thing) that the export
// may write, with JSON-LD's keywords.
var newsArticleProperties = map[string]bool{
	"@context": true, "@type": true, "@id": true, "url": true, "headline": true,
	"alternativeHeadline": true, "articleSection": true, "datePublished": true,
	"dateModified": true, "author": true, "dateline": true, "articleBody": true,
	"inLanguage": true, "keywords": true, "mentions": true,
}

// TestExportsOfFixtures checks the exports of every parse fixture, with
// and without the dictionary: ninjs against the published schema, JSON-LD
// against the schema.org vocabulary and ISO 8601.
func TestExportsOfFixtures(t *testing.T) {
	s := ninjsSchema(t)
	files, err := filepath.Glob("../parse/testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, name := range files {
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, morph := range []bool{true, false} {
			var opts []parse.Option
			if !morph {
				opts = append(opts, parse.WithoutMorphology())
			}
			a, err := parse.Parse(src, append(opts, parse.WithReference(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))...)
			require.NoError(t, err, name)
			what := fmt.Sprintf("%s morph=%v", name, morph)

			b, err := json.Marshal(export.Ninjs(a, export.Options{}))
			require.NoError(t, err)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			require.NoError(t, err)
			assert.NoError(t, s.Validate(inst), what)

			b, err = json.Marshal(export.JSONLD(a, export.Options{URI: "https://news.example/x"}))
			require.NoError(t, err)
			var m map[string]any
			require.NoError(t, json.Unmarshal(b, &m))
			for k := range m {
				assert.True(t, newsArticleProperties[k], "%s: %q is no NewsArticle property", what, k)
			}
			for _, k := range []string{"datePublished", "dateModified"} {
				if v, ok := m[k].(string); ok {
					_, err1 := time.Parse(time.DateOnly, v)
					_, err2 := time.Parse(time.RFC3339, v)
					assert.True(t, err1 == nil || err2 == nil, "%s: %s %q is no ISO 8601 date", what, k, v)
				}
			}
			assert.NotEmpty(t, m["headline"], what)
		}
	}
}

// TestNinjsSchemaRejects makes sure the schema check can fail.
func TestNinjsSchemaRejects(t *testing.T) {
	s := ninjsSchema(t)
	for _, bad := range []string{`{}`, `{"uri":"x y","type":"text"}`, `{"uri":"urn:a:b","type":"article"}`, `{"uri":"urn:a:b","headlines":[{"role":"main"}]}`} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		require.NoError(t, err)
		assert.Error(t, s.Validate(inst), bad)
	}
}
