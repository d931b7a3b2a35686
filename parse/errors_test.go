package parse

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const okArticle = "見出しの行です\n\n本文の最初の段落です。\n"

func TestErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		opts     []Option
		err      error
		offset   int
		headline string // of the partial article
		source   string
	}{
		{"empty", nil, nil, ErrEmpty, 0, "", ""},
		{"blank", []byte(" \n\u3000\t\n"), nil, ErrEmpty, 0, "", ""},
		{"invalid UTF-8", []byte(okArticle + "二段落目\xffです。\n"), nil, ErrInvalidUTF8, len(okArticle) + len("二段落目"), "見出しの行です", okArticle},
		{"binary", []byte(okArticle + "abc\x00def"), nil, ErrBinary, len(okArticle) + 3, "見出しの行です", okArticle},
		{"too large", []byte(okArticle + strings.Repeat("続く段落です。\n", 10)), []Option{WithMaxSize(len(okArticle) + 5)}, ErrTooLarge, len(okArticle) + 5, "見出しの行です", okArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.in, tt.opts...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.err)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.offset, pe.Offset)
			assert.Contains(t, err.Error(), "parse: ")
			require.NotNil(t, a, "partial article")
			assert.Equal(t, tt.headline, a.Headline.Text)
			assert.Equal(t, tt.source, a.Source)
			checkLists(t, a)
			spanChecker{t: t, a: a, text: true}.check()
		})
	}
}

func TestErrorMessageQuotesInput(t *testing.T) {
	_, err := Parse([]byte("見出し\n本文\xff\xfeです"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"\xff\xfeです"`)
	assert.Contains(t, err.Error(), "line 2")
}

func TestRead(t *testing.T) {
	a, err := Read(strings.NewReader(okArticle))
	require.NoError(t, err)
	assert.Equal(t, "見出しの行です", a.Headline.Text)

	// The limit is enforced while reading: the reader is not drained.
	big := io.MultiReader(strings.NewReader(okArticle), iotest.ErrReader(errors.New("must not be read")))
	a, err = Read(io.LimitReader(big, 1<<20), WithMaxSize(len(okArticle)-1))
	assert.ErrorIs(t, err, ErrTooLarge)
	require.NotNil(t, a)
	assert.Equal(t, "見出しの行です", a.Headline.Text)

	// A read error comes back with what was read.
	a, err = Read(io.MultiReader(strings.NewReader(okArticle), iotest.ErrReader(io.ErrUnexpectedEOF)))
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
	require.NotNil(t, a)
	assert.Equal(t, "見出しの行です", a.Headline.Text)
}

func TestHostileInput(t *testing.T) {
	tests := map[string][]byte{
		"long line":       bytes.Repeat([]byte("あいうえお。"), 2<<20/18),
		"nested brackets": []byte("見出し\n" + strings.Repeat("「（", 10000) + "本文。" + strings.Repeat("）」", 10000)),
		"unbalanced":      []byte("見出し\n" + strings.Repeat("「", 10000) + "本文。"),
		"closers":         []byte("見出し\n" + strings.Repeat("」）", 10000) + "本文。"),
		"junk":            {0x01, 0x02, 0x03, 0x04, 0x05, 0xff, 0xfe, 0x80},
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			a, _ := Parse(in)
			require.NotNil(t, a)
			spanChecker{t: t, a: a}.check()
			checkLists(t, a)
		})
	}
	// No text is lost in unbalanced brackets.
	a, err := Parse(tests["unbalanced"])
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 1)
	assert.Equal(t, strings.Repeat("「", 10000)+"本文。", a.Paragraphs[0].Sentences[0].Text)
}

func TestHundredMegabyteLine(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	in := bytes.Repeat([]byte("あ"), 100<<20/3)
	a, err := Parse(in)
	assert.ErrorIs(t, err, ErrTooLarge)
	require.NotNil(t, a)
	a, err = Parse(in, WithMaxSize(200<<20))
	require.NoError(t, err)
	assert.Equal(t, len(in), a.Headline.Span.End)
}

func TestSnippetOnCharacterBoundaries(t *testing.T) {
	tests := []struct {
		name string
		src  string
		off  int
		want string
	}{
		{"at a character", "あいう", 3, "いう"},
		{"inside the second byte", "あいう", 4, "いう"},
		{"inside the last byte", "あいう", 5, "いう"},
		{"ASCII", "abc", 1, "bc"},
		{"stray continuation byte after a character", "あ\x81い", 3, "\x81い"},
		{"at the end", "あい", 6, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, snippet([]byte(tt.src), tt.off))
		})
	}
}

func TestTooLargeSnippetIsText(t *testing.T) {
	src := []byte(okArticle + strings.Repeat("続く段落です。\n", 10))
	for limit := len(okArticle); limit < len(okArticle)+4; limit++ {
		_, err := Parse(src, WithMaxSize(limit))
		var pe *ParseError
		require.ErrorAs(t, err, &pe)
		assert.True(t, utf8.ValidString(pe.Snippet), "limit %d: %q", limit, pe.Snippet)
		assert.NotEmpty(t, pe.Snippet)
	}
}
