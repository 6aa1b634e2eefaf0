package eval

import (
	"path"
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
)

// MinQuoteOverlap is the share of a quote's tokens that must appear, in
// order, in a passage when the quote is not contained whole: a quote may
// straddle a chunk boundary, and extraction may drop or split a word.
const MinQuoteOverlap = 0.8

// Matches reports whether passage p holds evidence e: p belongs to the named
// document and, after Normalize, contains the quote or at least
// MinQuoteOverlap of its tokens in order (see QuoteIn).
func Matches(p bronwijzer.Passage, e Evidence) bool {
	return SameDocument(p, e.Document) && QuoteIn(e.Quote, p.Text)
}

// SameDocument reports whether p belongs to doc, given as a source file name
// or a document id; case, directories and a file extension are ignored.
func SameDocument(p bronwijzer.Passage, doc string) bool {
	d := docKey(doc)
	return d != "" && (d == docKey(p.DocumentID) || d == docKey(p.SourceFile))
}

func docKey(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, `\`, "/"))
	if s == "" {
		return ""
	}
	s = strings.ToLower(path.Base(s))
	for _, ext := range []string{".pdf", ".html", ".htm", ".md", ".markdown", ".txt"} {
		if strings.HasSuffix(s, ext) {
			return strings.TrimSuffix(s, ext)
		}
	}
	return s
}

// QuoteIn reports whether quote occurs in text: the normalised quote is a
// substring of the normalised text, or at least MinQuoteOverlap of the
// quote's n tokens occur in the text in the same order within a span of at
// most 2n text tokens (so common words scattered over a long passage do not
// count as a match). Both checks run on Fold-ed text, so "AI-toepassingen"
// matches an extraction that joined a line-break hyphen ("AItoepassingen").
func QuoteIn(quote, text string) bool {
	q, t := Fold(quote), Fold(text)
	if q == "" {
		return false
	}
	if strings.Contains(t, q) {
		return true
	}
	return OrderedOverlap(Tokens(q), Tokens(t)) >= MinQuoteOverlap
}

// Fold is Normalize with hyphens between two letters removed: whether a
// hyphen at a line break belonged to the word is undecidable, so
// comparisons ignore intra-word hyphens on both sides.
func Fold(s string) string {
	rs := []rune(Normalize(s))
	out := rs[:0]
	for i, r := range rs {
		if r == '-' && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// OrderedOverlap returns the largest share of q's tokens that occur in order
// in a window of at most 2·len(q) consecutive tokens of t.
func OrderedOverlap(q, t []string) float64 {
	if len(q) == 0 {
		return 0
	}
	inQuote := make(map[string]bool, len(q))
	for _, w := range q {
		inQuote[w] = true
	}
	width := 2 * len(q)
	best := 0
	for i := range t {
		// An optimal window can always start on a matched token.
		if !inQuote[t[i]] {
			continue
		}
		best = max(best, lcs(q, t[i:min(len(t), i+width)]))
		if best == len(q) {
			break
		}
	}
	return float64(best) / float64(len(q))
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
