package tense

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsPlanNoun(t *testing.T) {
	for _, w := range PlanNouns {
		assert.True(t, IsPlanNoun(w), w)
	}
	for _, w := range []string{"", "予", "予定表", "会議", "計画的"} {
		assert.False(t, IsPlanNoun(w), w)
	}
}

func TestAnnounced(t *testing.T) {
	tests := []struct {
		seg  string
		want bool
	}{
		{"には記念展の開催が決まった", true},
		{"、新作の発売が発表された", true},
		{"の公演が明らかになった", true},
		{"に開催された", false},
		{"に方針が決まった", false}, // not an event
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Announced(tt.seg), tt.seg)
	}
}
