// Package doc holds the lexical analysis of article text that the parser,
// the quotation finder and the timeline share, so that each construct has
// one definition: the sentence terminators, the brackets and how they
// pair, the sentence splitter, and the white space trimmed from every
// field.
//
// Offsets are UTF-8 byte offsets into the string given.
package doc
