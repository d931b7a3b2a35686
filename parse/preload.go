package parse

import "github.com/newsdoc/newsdoc/internal/morph"

// Preload loads the morphological dictionary now instead of on the first
// Parse that needs it, so that a server can pay its cost (about a second
// and 90 MB) at start-up. It loads once per process; later calls return at
// once. Programs that parse only WithoutMorphology need not call it.
func Preload() error {
	_, err := morph.Default()
	return err
}
