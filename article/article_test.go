package article

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSpanIn(t *testing.T) {
	src := "abcdef"
	tests := []struct {
		span Span
		want string
	}{
		{Span{0, 3}, "abc"},
		{Span{3, 6}, "def"},
		{Span{2, 2}, ""},
		{Span{-1, 2}, ""},
		{Span{4, 2}, ""},
		{Span{0, 7}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.span.In(src), tt.span.String())
	}
}

func TestSpanContains(t *testing.T) {
	outer := Span{10, 20}
	assert.True(t, outer.Contains(Span{10, 20}))
	assert.True(t, outer.Contains(Span{12, 15}))
	assert.False(t, outer.Contains(Span{9, 15}))
	assert.False(t, outer.Contains(Span{15, 21}))
}

func TestTimeJSON(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	tm := Time{
		Text: "12月中旬", Span: Span{3, 15}, Type: TypeDate, Value: "2025-12", Mod: ModMid,
		Start: time.Date(2025, 12, 11, 0, 0, 0, 0, jst), End: time.Date(2025, 12, 21, 0, 0, 0, 0, jst),
		Anchor: AnchorDocument,
	}
	b, err := json.Marshal(tm)
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"12月中旬","span":{"start":3,"end":15},"type":"DATE","value":"2025-12","mod":"MID",
		"start":"2025-12-11T00:00:00+09:00","end":"2025-12-21T00:00:00+09:00","anchor":"document"}`, string(b))
	assert.True(t, tm.Resolved())

	unresolved := Time{Text: "28日", Type: TypeDate, Value: "XXXX-XX-28", Anchor: AnchorNone}
	b, err = json.Marshal(unresolved)
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"28日","span":{"start":0,"end":0},"type":"DATE","value":"XXXX-XX-28","anchor":"none"}`, string(b))
	assert.False(t, unresolved.Resolved())
}

func TestArticleJSONFields(t *testing.T) {
	b, err := json.Marshal(Article{Source: "secret"})
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"headline", "kicker", "subheadline", "published", "updated", "bylines",
		"dateline", "paragraphs", "quotes", "captions", "related", "tags", "bio", "people", "organizations", "places"} {
		assert.Contains(t, m, k)
	}
	assert.NotContains(t, string(b), "secret")
}

func TestArticleJSONRoundTrip(t *testing.T) {
	a := Article{
		Source:   "見出し\n\n本文です。\n",
		Headline: Text{Text: "見出し", Span: Span{0, 9}},
		Paragraphs: []Paragraph{{Text: "本文です。", Span: Span{11, 26},
			Sentences: []Sentence{{Text: "本文です。", Span: Span{11, 26}}}}},
		Quotes: []Quote{}, Bylines: []Byline{}, Skipped: []string{"morphology"},
	}

	plain, err := json.Marshal(a)
	require.NoError(t, err)
	assert.True(t, len(plain) > 12 && string(plain[:13]) == `{"newsdoc":"1`, string(plain))
	assert.NotContains(t, string(plain), `"source"`)
	var back Article
	require.NoError(t, json.Unmarshal(plain, &back))
	want := a
	want.Source = ""
	assert.Equal(t, want, back, "without its source")

	withSource, err := json.Marshal(Sourced{Article: &a})
	require.NoError(t, err)
	assert.Contains(t, string(withSource), `"source":"見出し\n\n本文です。\n"`)
	back = Article{}
	require.NoError(t, json.Unmarshal(withSource, &back))
	assert.Equal(t, a, back, "with its source")

	ptr, err := json.Marshal(&a)
	require.NoError(t, err)
	assert.Equal(t, plain, ptr, "pointer and value encode alike")

	null, err := json.Marshal(Sourced{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(null))
}

func TestArticleJSONVersion(t *testing.T) {
	tests := []struct {
		name string
		in   string
		err  error
	}{
		{"current", `{"newsdoc":"1","headline":{"text":"a","span":{"start":0,"end":1}}}`, nil},
		{"no version", `{"headline":{"text":"a","span":{"start":0,"end":1}}}`, nil},
		{"future version", `{"newsdoc":"2","headline":{"text":"a","span":{"start":0,"end":1}}}`, ErrFormatVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Article
			err := json.Unmarshal([]byte(tt.in), &a)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "a", a.Headline.Text)
		})
	}
}
