package doc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClockStamp(t *testing.T) {
	tests := []struct {
		in        string
		end       int
		bracketed bool
		ok        bool
	}{
		{"19:25", 5, false, true},
		{"■19:25　綱を引いた。", 8, false, true},
		{"【9:30】気象台は", 10, true, true},
		{"[15:42] 港町", 7, true, true},
		{"9：05", 6, false, true},
		{"19:255", 0, false, false},
		{"【19:25", 0, false, false},
		{"2024年", 0, false, false},
		{"■", 0, false, false},
		{"123:45", 0, false, false},
		{"", 0, false, false},
	}
	for _, tt := range tests {
		end, br, ok := ClockStamp(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.end, end, tt.in)
		assert.Equal(t, tt.bracketed, br, tt.in)
	}
}
