package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize puts text in the form every comparison of this package uses:
// NFKC, lower case, typographic quotes and dashes folded to ASCII, soft
// hyphens dropped, line-break hyphenation removed ("voorspel-\nlingen" →
// "voorspellingen") and whitespace collapsed to single spaces. PDF extraction
// and chunking change exactly these things, so a quote copied from the source
// still matches the passage that holds it.
func Normalize(s string) string {
	// Invalid bytes become U+FFFD first: NFKC leaves the text after an
	// invalid byte unnormalised, so a second pass would change it again.
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	space := false
	for i := 0; i < len(rs); i++ {
		r := foldRune(rs[i])
		switch {
		case r == 0:
			continue
		case r == '-' && lineBreakHyphen(rs, i):
			i = skipSpace(rs, i+1) - 1
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	// Lower case and dropped runes can leave a base letter and its
	// combining mark that compose now ("Y" has no precomposed form with a
	// ring above, "y" has: "ẙ"): composed once more, a second pass
	// changes nothing.
	return norm.NFKC.String(b.String())
}

// foldRune maps look-alike punctuation to one form; 0 means drop the rune.
func foldRune(r rune) rune {
	switch r {
	case '\u00ad', '\u200b', '\ufeff', '¬':
		return 0
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '´':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '«', '»':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	}
	return r
}

// lineBreakHyphen reports whether the hyphen at rs[i] splits a word across a
// line break: a letter before it, a newline (after optional spaces) and a
// lower-case letter after. "Nulde- en" and "AI-toepassingen" are kept.
func lineBreakHyphen(rs []rune, i int) bool {
	if i == 0 || !unicode.IsLetter(rs[i-1]) {
		return false
	}
	j := i + 1
	newline := false
	for j < len(rs) && unicode.IsSpace(rs[j]) {
		if rs[j] == '\n' || rs[j] == '\r' {
			newline = true
		}
		j++
	}
	return newline && j < len(rs) && unicode.IsLower(rs[j])
}

func skipSpace(rs []rune, i int) int {
	for i < len(rs) && unicode.IsSpace(rs[i]) {
		i++
	}
	return i
}

// Tokens splits normalised text into words: maximal runs of letters and
// digits. Punctuation, including hyphens, separates words.
func Tokens(s string) []string {
	return strings.FieldsFunc(Normalize(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
