package timeline_test

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/parse"
	"github.com/newsdoc/newsdoc/timeline"
)

func TestWriteHTML(t *testing.T) {
	src := "港川の橋、来月再開へ\n2026年3月10日 9時00分\n\n" +
		"港川市は9日、昨年12月から通行止めの港川大橋を4月1日に再開すると発表した。\n\n" +
		"橋は1月の点検で<傷>が見つかり、2月に補修を終えた。市長は「安全を確かめた」と話した。\n"
	a, err := parse.Parse([]byte(src), parse.WithoutMorphology(), parse.WithReference(time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	tl := build(t, a)
	require.NotEmpty(t, tl.Events)

	var b strings.Builder
	require.NoError(t, tl.WriteHTML(&b, a))
	page := b.String()

	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.NotContains(t, page, "<script", "self-contained and static")
	assert.NotRegexp(t, `(src|href)="(https?:)?//`, page, "no external resources")
	assert.Equal(t, len(tl.Events), strings.Count(page, "<circle"), "one mark a placed event")
	for i := range len(tl.Events) + len(tl.Unplaced) {
		id := strconv.Itoa(i + 1)
		assert.Contains(t, page, `id="e`+id+`"`, "an entry for event %s", id)
		assert.Contains(t, page, `href="#s`+id+`"`)
		assert.Contains(t, page, `id="s`+id+`"`, "the entry links to its sentence")
	}
	assert.Contains(t, page, "&lt;傷&gt;", "the source is escaped")

	// The article section is the whole source: with the tags taken out
	// and the entities decoded, it gives the input back.
	m := regexp.MustCompile(`(?s)<div class="source">(.*?)</div>`).FindStringSubmatch(page)
	require.Len(t, m, 2)
	text := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m[1], ""))
	assert.Equal(t, src, text)
	// Every highlighted piece lies inside an event's sentence.
	for _, mk := range regexp.MustCompile(`<mark data-events="[0-9 ]+">([^<]*)</mark>`).FindAllStringSubmatch(m[1], -1) {
		piece := html.UnescapeString(mk[1])
		found := false
		for _, e := range append(tl.Events, tl.Unplaced...) {
			found = found || strings.Contains(e.Span.In(src), piece)
		}
		assert.True(t, found, "a marked piece that is no event's: %q", piece)
	}
}

func TestWriteHTMLEmpty(t *testing.T) {
	var b strings.Builder
	var tl *timeline.Timeline
	require.NoError(t, tl.WriteHTML(&b, nil))
	assert.Contains(t, b.String(), "<svg")
	assert.NotContains(t, b.String(), "<circle")
	assert.NotContains(t, b.String(), `class="source"`)
}
