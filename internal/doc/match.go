package doc

// The bracket kinds: a pair is an opener and a closer of the same kind.
// Full-width and ASCII forms are kinds of their own, as a page writes
// them (（…) is no pair).
const (
	kindCorner        = iota // 「」
	kindWhiteCorner          // 『』
	kindParen                // （）
	kindASCIIParen           // ()
	kindSquare               // ［］
	kindASCIISquare          // []
	kindCurly                // ｛｝
	kindASCIICurly           // {}
	kindTortoise             // 〔〕
	kindLenticular           // 【】
	kindAngle                // 〈〉
	kindDoubleAngle          // 《》
	kindQuotationMark        // “”
	numKinds
)

// bracketKinds maps each bracket rune to its kind and whether it opens.
var bracketKinds = map[rune]struct {
	kind int
	open bool
}{
	'「': {kindCorner, true}, '」': {kindCorner, false},
	'『': {kindWhiteCorner, true}, '』': {kindWhiteCorner, false},
	'（': {kindParen, true}, '）': {kindParen, false},
	'(': {kindASCIIParen, true}, ')': {kindASCIIParen, false},
	'［': {kindSquare, true}, '］': {kindSquare, false},
	'[': {kindASCIISquare, true}, ']': {kindASCIISquare, false},
	'｛': {kindCurly, true}, '｝': {kindCurly, false},
	'{': {kindASCIICurly, true}, '}': {kindASCIICurly, false},
	'〔': {kindTortoise, true}, '〕': {kindTortoise, false},
	'【': {kindLenticular, true}, '】': {kindLenticular, false},
	'〈': {kindAngle, true}, '〉': {kindAngle, false},
	'《': {kindDoubleAngle, true}, '》': {kindDoubleAngle, false},
	'“': {kindQuotationMark, true}, '”': {kindQuotationMark, false},
}

// BracketOf reports whether r is a bracket, its kind, and whether it
// opens: 「」『』（）()［］[]｛｝{}〔〕【】〈〉《》“”.
func BracketOf(r rune) (kind int, open, ok bool) {
	b, ok := bracketKinds[r]
	return b.kind, b.open, ok
}

// Matcher pairs brackets read in text order, by the one rule every
// bracket scan of newsdoc follows: a closer pairs with the nearest opener
// of its own kind still open, and the openers of other kinds above that
// one stay unpaired; a closer of a kind with no opener open stays
// unpaired. Each opener is dropped at most once, so the work is linear
// whatever the nesting. The zero Matcher is ready to use.
type Matcher struct {
	stack []pending
	count [numKinds]int
}

// pending is an opener waiting for its partner.
type pending struct {
	id   int
	kind int
}

// Reset forgets every opener, keeping the memory.
func (m *Matcher) Reset() {
	m.stack = m.stack[:0]
	m.count = [numKinds]int{}
}

// Open records an opener of kind; id is the caller's (an offset or an
// index) and comes back from Close.
func (m *Matcher) Open(id, kind int) {
	m.stack = append(m.stack, pending{id, kind})
	m.count[kind]++
}

// Close pairs a closer of kind. It returns the id of its opener and the
// number of openers still open below it, or id -1 when the closer stays
// unpaired.
func (m *Matcher) Close(kind int) (id, depth int) {
	if kind < 0 || kind >= numKinds || m.count[kind] == 0 {
		return -1, len(m.stack)
	}
	for {
		top := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		m.count[top.kind]--
		if top.kind == kind {
			return top.id, len(m.stack)
		}
	}
}

// Depth returns the number of openers open.
func (m *Matcher) Depth() int { return len(m.stack) }

// Cap returns the capacity of the matcher's memory.
func (m *Matcher) Cap() int { return cap(m.stack) }
