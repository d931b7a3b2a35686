package temporal

import (
	"strings"
	"testing"
	"time"
)

// TestPathological scans long repetitive inputs: every result must still be
// well-formed.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("long inputs")
	}
	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, japan)
	for _, unit := range []string{"1", "一", "28日", "28日〜", "「", "2025年", "今年の", "過去", "毎週", "12/", "(", "〜", "来る", "翌日", "\xff"} {
		in := strings.Repeat(unit, 5000)
		t0 := time.Now()
		checkTimes(t, in, Find(in, Context{Ref: ref}))
		t.Logf("%q ×5000: %v", unit, time.Since(t0))
	}
}
