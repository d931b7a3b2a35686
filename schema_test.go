package newsdoc_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

const schemaBase = "https://github.com/newsdoc/newsdoc/schema/"

// schemas compiles the JSON Schemas of schema/ for the article and the
// timeline.
func schemas(t *testing.T) (articleSchema, timelineSchema *jsonschema.Schema) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for _, name := range []string{"article.schema.json", "timeline.schema.json"} {
		f, err := os.Open(filepath.Join("schema", name))
		require.NoError(t, err)
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		require.NoError(t, err, name)
		require.NoError(t, c.AddResource(schemaBase+name, doc), name)
	}
	a, err := c.Compile(schemaBase + "article.schema.json")
	require.NoError(t, err)
	tl, err := c.Compile(schemaBase + "timeline.schema.json")
	require.NoError(t, err)
	return a, tl
}

func validate(t *testing.T, s *jsonschema.Schema, b []byte, what string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err, what)
	assert.NoError(t, s.Validate(inst), what)
}

// TestSchema checks the JSON of every parse fixture, and of its timeline,
// against the schemas in schema/, with the dictionary and without it.
func TestSchema(t *testing.T) {
	articleSchema, timelineSchema := schemas(t)
	files, err := filepath.Glob("parse/testdata/*.txt")
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
			a, err := parse.Parse(src, opts...)
			require.NoError(t, err, name)
			b, err := json.Marshal(a)
			require.NoError(t, err)
			validate(t, articleSchema, b, name)
			b, err = json.Marshal(article.Sourced{Article: a})
			require.NoError(t, err)
			validate(t, articleSchema, b, name+" with source")
			tl, err := timeline.Build(a)
			require.NoError(t, err, name)
			b, err = json.Marshal(tl)
			require.NoError(t, err)
			validate(t, timelineSchema, b, name+" timeline")
		}
	}
}

// TestSchemaGivenMetadata checks an article whose headline and publication
// time the caller gave and the text does not print: a zero span and an
// empty text are valid.
func TestSchemaGivenMetadata(t *testing.T) {
	articleSchema, timelineSchema := schemas(t)
	src := []byte("町は1日、夏祭りを開いた。翌日には花火大会もあった。\n")
	a, err := parse.Parse(src, parse.WithoutMorphology(),
		parse.WithPublished(time.Date(2026, 8, 2, 7, 45, 10, 0, time.UTC)), parse.WithHeadline("夏祭り開く"))
	require.NoError(t, err)
	require.True(t, a.Headline.Span.IsZero())
	require.Empty(t, a.Published.Text)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	validate(t, articleSchema, b, "given metadata")
	tl, err := timeline.Build(a, timeline.WithoutMorphology())
	require.NoError(t, err)
	require.NotEmpty(t, tl.Events)
	b, err = json.Marshal(tl)
	require.NoError(t, err)
	validate(t, timelineSchema, b, "given metadata timeline")
}

// TestSchemaRejects makes sure the schema test can fail: members that are
// missing, unknown or of the wrong type are refused.
func TestSchemaRejects(t *testing.T) {
	articleSchema, timelineSchema := schemas(t)
	a, err := parse.Parse([]byte("見出し\n\n本文です。\n"), parse.WithoutMorphology())
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))

	tests := []struct {
		name   string
		change func(map[string]any)
	}{
		{"missing headline", func(m map[string]any) { delete(m, "headline") }},
		{"unknown member", func(m map[string]any) { m["headlines"] = []any{} }},
		{"wrong version", func(m map[string]any) { m["newsdoc"] = "2" }},
		{"span as string", func(m map[string]any) { m["headline"].(map[string]any)["span"] = "0-9" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := make(map[string]any, len(m))
			for k, v := range m {
				c[k] = v
			}
			if h, ok := m["headline"].(map[string]any); ok {
				hc := map[string]any{}
				for k, v := range h {
					hc[k] = v
				}
				c["headline"] = hc
			}
			tt.change(c)
			b, err := json.Marshal(c)
			require.NoError(t, err)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			require.NoError(t, err)
			assert.Error(t, articleSchema.Validate(inst))
		})
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(`{"events":[{"text":"x"}],"unplaced":[]}`)))
	require.NoError(t, err)
	assert.Error(t, timelineSchema.Validate(inst), "event without when")
}
