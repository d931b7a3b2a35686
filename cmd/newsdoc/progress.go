package main

import (
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how many inputs of a batch are done. The bar is drawn by
// github.com/schollz/progressbar (a terminal bar needs cursor handling and
// width detection that a small library already gets right). A nil
// *progress does nothing, so callers need not check.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a bar of total inputs drawn on w, or nil when no bar
// should be drawn: fewer than two inputs, or w is not a terminal (unless
// force, which the tests use).
func newProgress(w io.Writer, total int, force bool) *progress {
	if total < 2 || !force && !isTerminal(w) {
		return nil
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("parsing"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// done counts one more input as done.
func (p *progress) done() {
	if p != nil {
		_ = p.bar.Add(1) // a failed write to the terminal is no reason to stop the batch
	}
}

// clear removes the bar from the line, so that a message can be written
// there; the next done draws it again.
func (p *progress) clear() {
	if p != nil {
		_ = p.bar.Clear()
	}
}

// finish removes the bar for good.
func (p *progress) finish() {
	if p != nil {
		_ = p.bar.Finish()
	}
}
