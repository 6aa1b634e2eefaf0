package bronwijzer

import (
	"strings"
	"unicode"
)

// HasControl reports whether s holds a control character other than tab and
// line breaks. Questions and queries with one are refused: a NUL cannot be
// stored in a PostgreSQL text column, and none of them means anything in a
// question. The API and the answer service use the same rule.
func HasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
	}) >= 0
}
