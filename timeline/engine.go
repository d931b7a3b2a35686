package timeline

import (
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/newsdoc/newsdoc/internal/tense"
	"github.com/newsdoc/newsdoc/normalize"
	"github.com/newsdoc/newsdoc/normalize/temporal"
)

// findTimes finds and resolves the temporal expressions of text with the
// temporal package; spans are shifted by base.
func findTimes(text string, base int, fc findContext) temporal.Result {
	res := temporal.Scan(text, temporal.Context{Ref: fc.ref, RefClock: fc.clock, Previous: fc.prev, PreviousDay: fc.prevDay, Tense: fc.tense, TenseAt: fc.tenseAt, Loc: fc.loc, ShortYears: fc.century, StoryDay: fc.story, Era: fc.era, RangeFrom: fc.rangeFrom})
	for i := range res.Times {
		res.Times[i].Span.Start += base
		res.Times[i].Span.End += base
	}
	return res
}

func normString(s string) string {
	n, _ := normalize.String(s)
	return n
}

// newEngine wires the analyses Build uses for cfg. The morphological
// analyzer is asked for only when cfg allows it, and its dictionary is
// loaded on the first use that needs it. The returned function reports
// the error of that load, if one was tried and failed.
func newEngine(cfg config) (engine, func() error) {
	eng := engine{
		find:  findTimes,
		tense: lexicalTense,
		norm:  normString,
	}
	var dictErr error
	analyzer := func() *morph.Analyzer {
		if !cfg.morph || dictErr != nil {
			return nil
		}
		an, err := morph.Default()
		if err != nil {
			dictErr = err // the lexical mode from here on
			return nil
		}
		return an
	}
	if cfg.morph {
		// The lexical reading is cheap and its past (た) and plan words
		// (予定, 方針) are reliable; the tokens decide only what it leaves
		// open.
		eng.tense = func(after string) temporal.Tense {
			if tense.ReportedValue(after) || tense.Announced(clip(after)) {
				return temporal.Unknown
			}
			if t := lexicalTense(after); t != temporal.Unknown {
				return t
			}
			an := analyzer()
			if an == nil {
				return lexicalTense(after)
			}
			return morphTense(an, after)
		}
	}
	return eng, func() error { return dictErr }
}
