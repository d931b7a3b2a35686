package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/internal/morph"
)

func TestPreloadLoadsOnce(t *testing.T) {
	require.NoError(t, Preload())
	loads := morph.DictionaryLoads()
	assert.Equal(t, 1, loads)
	require.NoError(t, Preload())
	_, err := Parse([]byte("見出し\n\n田中さんは「行く」と話した。\n"))
	require.NoError(t, err)
	assert.Equal(t, loads, morph.DictionaryLoads(), "neither a second Preload nor a Parse loads again")
}
