package parse

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Sentinel errors. They are returned wrapped in a [*ParseError]; test for
// them with errors.Is.
var (
	// ErrEmpty: the input holds no text (nothing but white space).
	ErrEmpty = errors.New("empty input")
	// ErrInvalidUTF8: the input is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge: the input is larger than the size limit (see WithMaxSize).
	ErrTooLarge = errors.New("input too large")
	// ErrBinary: the input holds NUL bytes or many control bytes and is not
	// text.
	ErrBinary = errors.New("binary input")
	// ErrEncoding: the input has bytes that are invalid in its encoding
	// (detected, or given with WithEncoding; they are read as U+FFFD and
	// the error is a *ParseError), or WithEncoding names no encoding (a
	// plain error, with an empty article).
	ErrEncoding = errors.New("invalid encoding")
	// ErrHTML: the input is an HTML page, which Parse does not read as
	// text: use ParseHTML. ParseHTML wraps it for a page it cannot read.
	ErrHTML = errors.New("HTML input")
	// ErrUserDictionary: a user dictionary given with WithUserDictionary
	// or WithUserDictionaryFile cannot be read. It is returned wrapped
	// with the cause, not in a ParseError.
	ErrUserDictionary = errors.New("parse: invalid user dictionary")
)

// ParseError is the error returned by [Parse] and [Read] for bad input.
type ParseError struct {
	// Offset is the byte offset in the input of the problem: the first
	// invalid byte, the first binary byte, the size limit, or 0.
	Offset int
	// Line is the 1-based line of Offset.
	Line int
	// Snippet is a short piece of the input at Offset, on whole characters:
	// when Offset falls inside a character (a size limit can), it starts
	// at that character's first byte.
	Snippet string
	// Err is one of the sentinel errors.
	Err error
}

// Error formats the error with the offset and the quoted snippet.
func (e *ParseError) Error() string {
	return fmt.Sprintf("parse: %v at byte %d (line %d) near %q", e.Err, e.Offset, e.Line, e.Snippet)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// newError builds a ParseError for src at offset off.
func newError(src []byte, off int, err error) *ParseError {
	if off > len(src) {
		off = len(src)
	}
	line := 1
	for _, b := range src[:off] {
		if b == '\n' {
			line++
		}
	}
	return &ParseError{Offset: off, Line: line, Snippet: snippet(src, off), Err: err}
}

// snippet returns up to 24 bytes of src starting at off, extended to whole
// runes where the bytes are valid UTF-8. When off is inside a valid
// character, the snippet starts at that character's first byte.
func snippet(src []byte, off int) string {
	const max = 24
	off = runeStartAt(src, off)
	end := off + max
	if end > len(src) {
		end = len(src)
	}
	for end < len(src) && end < off+max+utf8.UTFMax && !utf8.RuneStart(src[end]) {
		end++
	}
	return string(src[off:end])
}

// runeStartAt returns the offset of the first byte of the valid character of
// src that holds byte off, or off when off starts a character or is not
// inside a valid one.
func runeStartAt(src []byte, off int) int {
	for k := 1; k < utf8.UTFMax && off-k >= 0 && off < len(src); k++ {
		if !utf8.RuneStart(src[off-k]) {
			continue
		}
		if r, size := utf8.DecodeRune(src[off-k:]); (r != utf8.RuneError || size > 1) && off-k+size > off {
			return off - k
		}
		break
	}
	return off
}
