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
