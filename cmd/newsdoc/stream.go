package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// invalidUTF8Error reports the first byte of the input that is not UTF-8.
type invalidUTF8Error struct {
	Offset int64 // byte offset into the input
	Line   int   // 1-based line of that byte
}

func (e *invalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte %d (line %d); the input is read as UTF-8: give its encoding with --encoding (shift_jis, euc-jp, utf-16le ...)", e.Offset, e.Line)
}

// streamChunk is how much input streamTransform reads at a time.
const streamChunk = 64 << 10

// streamTransform copies r to w through t, checking as it goes that the
// input is valid UTF-8. Memory stays bounded by a few chunks whatever the
// size of the input; it grows only while the transformer asks for more input
// before it can write anything (a run of characters that the transformer
// must see whole). On invalid UTF-8 it stops with an *invalidUTF8Error after
// writing the output of the valid text before it.
//
// transform.NewReader is not used: it fails with transform.ErrShortSrc when
// its fixed 4 KiB buffer holds no point at which the transformer can cut,
// while this loop lets the buffer grow.
func streamTransform(w io.Writer, r io.Reader, t transform.Transformer) error {
	src := make([]byte, 0, streamChunk)
	dst := make([]byte, streamChunk)
	var (
		consumed int64 // input bytes before src[0]
		lines    = 1   // line number at src[0]
		checked  int   // src[:checked] is known to be valid UTF-8
		eof      bool
	)
	for {
		if !eof {
			if cap(src)-len(src) < streamChunk/2 {
				grown := make([]byte, len(src), 2*cap(src))
				copy(grown, src)
				src = grown
			}
			n, err := r.Read(src[len(src):cap(src)])
			src = src[:len(src)+n]
			switch {
			case errors.Is(err, io.EOF):
				eof = true
			case err != nil:
				return err
			}
		}
		// Validate the new bytes, leaving an incomplete last rune for the
		// next read unless the input has ended.
		valid := checked
		for valid < len(src) {
			c := src[valid]
			if c < utf8.RuneSelf {
				valid++
				continue
			}
			if !eof && !utf8.FullRune(src[valid:]) {
				break
			}
			rr, size := utf8.DecodeRune(src[valid:])
			if rr == utf8.RuneError && size == 1 {
				lines += bytes.Count(src[:valid], []byte{'\n'})
				// Write what came before the bad byte, then stop.
				if err := transformAll(w, t, src[:valid], dst); err != nil {
					return err
				}
				return &invalidUTF8Error{Offset: consumed + int64(valid), Line: lines}
			}
			valid += size
		}
		checked = valid
		atEOF := eof && valid == len(src)
		nDst, nSrc, err := t.Transform(dst, src[:valid], atEOF)
		if _, werr := w.Write(dst[:nDst]); werr != nil {
			return werr
		}
		switch {
		case err == nil || errors.Is(err, transform.ErrShortSrc):
		case errors.Is(err, transform.ErrShortDst):
			// Go round again without reading.
		default:
			return err
		}
		lines += bytes.Count(src[:nSrc], []byte{'\n'})
		consumed += int64(nSrc)
		src = src[:copy(src, src[nSrc:])]
		checked -= nSrc
		if atEOF && err == nil {
			return nil
		}
		if eof && nSrc == 0 && nDst == 0 && !errors.Is(err, transform.ErrShortDst) {
			// The transformer will not take the rest even at the end of the
			// input: report rather than loop.
			return fmt.Errorf("normalizing stopped at byte %d: %v", consumed, err)
		}
		if errors.Is(err, transform.ErrShortDst) && nDst == 0 {
			dst = make([]byte, 2*len(dst))
		}
	}
}

// transformAll writes t applied to the whole of src, as the end of the input.
func transformAll(w io.Writer, t transform.Transformer, src, dst []byte) error {
	for {
		nDst, nSrc, err := t.Transform(dst, src, true)
		if _, werr := w.Write(dst[:nDst]); werr != nil {
			return werr
		}
		src = src[nSrc:]
		switch {
		case err == nil:
			return nil
		case errors.Is(err, transform.ErrShortDst):
			if nDst == 0 {
				dst = make([]byte, 2*len(dst))
			}
		default:
			return err
		}
	}
}

// lineReader reads lines of any length, counting them, without the line
// length limit of bufio.Scanner.
type lineReader struct {
	r    *bufio.Reader
	line int
	buf  []byte
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next line without its "\n" or "\r\n", its 1-based number,
// and io.EOF after the last line.
func (lr *lineReader) next() ([]byte, int, error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		lr.buf = append(lr.buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, lr.line + 1, err
		}
		if len(lr.buf) == 0 && err != nil {
			return nil, lr.line, io.EOF
		}
		lr.line++
		line := bytes.TrimSuffix(lr.buf, []byte{'\n'})
		line = bytes.TrimSuffix(line, []byte{'\r'})
		return line, lr.line, nil
	}
}
