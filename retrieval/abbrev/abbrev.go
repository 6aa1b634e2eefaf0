// Package abbrev learns the abbreviations a document defines itself —
// "Werkgroep Infectieziekten Huisartsen (WIH)", "WIH (Werkgroep …)",
// legends such as "CK = creatinekinase" and abbreviation lists ("HAP
// Huisartsenpost") — so retrieval can match a question that uses the long
// form to a passage that uses only the short one, and the other way round.
//
// A candidate pair is accepted only when the letters of the short form
// occur in order in the long form, the first one starting a word (the
// algorithm of Schwartz and Hearst, PSB 2003). There are no hand-written
// lists: what a document does not define is not expanded.
package abbrev

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// Pair is one abbreviation with the long form its document gives it.
type Pair struct {
	Short string `json:"short"`
	Long  string `json:"long"`
}

// Table holds one document's abbreviations. The zero value is empty.
type Table struct {
	long map[string]string // short form -> long form
}

// Evidence strength of a definition: a parenthesis or a legend ("CK =
// creatinekinase") is explicit, a bare list line ("HAP Huisartsenpost") is
// inferred from layout and is kept only when it is unambiguous.
const (
	weak = iota
	strong
)

// Learn finds the abbreviations defined in texts (one document's text, in
// reading order). A short form given two different long forms by the same
// kind of evidence is dropped: the document does not say which it means.
func Learn(texts ...string) Table {
	found := map[string]map[string]int{} // short -> long -> strength
	add := func(p Pair, s int) {
		if found[p.Short] == nil {
			found[p.Short] = map[string]int{}
		}
		found[p.Short][p.Long] = max(found[p.Short][p.Long], s)
	}
	for _, text := range texts {
		for _, p := range parenthesised(text) {
			add(p, strong)
		}
		for _, p := range legends(text) {
			add(p, strong)
		}
		for _, p := range listed(text) {
			add(p, weak)
		}
	}
	t := Table{long: map[string]string{}}
	for short, longs := range found {
		if l, ok := pick(longs); ok {
			t.long[short] = l
		}
	}
	return t
}

// pick returns the one long form of the strongest evidence, or false when
// that evidence names several.
func pick(longs map[string]int) (string, bool) {
	best, n, out := -1, 0, ""
	for l, s := range longs {
		switch {
		case s > best:
			best, n, out = s, 1, l
		case s == best && !strings.EqualFold(l, out):
			n++
		}
	}
	return out, n == 1
}

// FromChunks learns the table of one document from its stored chunks, in
// ordinal order. Ingest expands with it and answer checks can rebuild the
// same table from the store, so it needs no storage of its own.
func FromChunks(chunks []bronwijzer.Chunk) Table {
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = c.Text
	}
	return Learn(texts...)
}

// Len is the number of abbreviations.
func (t Table) Len() int { return len(t.long) }

// Long returns the long form of short, as the document writes it.
func (t Table) Long(short string) (string, bool) {
	l, ok := t.long[short]
	return l, ok
}

// Pairs lists the abbreviations sorted by short form.
func (t Table) Pairs() []Pair {
	out := make([]Pair, 0, len(t.long))
	for s, l := range t.long {
		out = append(out, Pair{Short: s, Long: l})
	}
	slices.SortFunc(out, func(a, b Pair) int { return strings.Compare(a.Short, b.Short) })
	return out
}

// Expand returns what text lacks of the document's abbreviations: the long
// form of every short form it uses and the short form of every long form it
// spells out, one per line, or "" when there is nothing to add. Ingest adds
// these to a passage's index terms, so a question in either form finds it.
func (t Table) Expand(text string) string {
	if len(t.long) == 0 {
		return ""
	}
	folded := fold(text)
	var add []string
	for _, p := range t.Pairs() {
		hasShort, hasLong := containsWord(text, p.Short), strings.Contains(folded, fold(p.Long))
		switch {
		case hasShort && !hasLong:
			add = append(add, p.Long)
		case hasLong && !hasShort:
			add = append(add, p.Short)
		}
	}
	return strings.Join(add, "\n")
}

// fold lower-cases s and collapses white space, so a long form matches
// across line breaks and capitalisation.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// isWordRune reports whether r belongs to a word: a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// containsWord reports whether w occurs in text as a whole word: not
// preceded or followed by a letter or digit ("NWKA-consulent" holds "NWKA",
// "LATER" does not hold "LAT"). Case matters: "LAT" is not "lat".
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			return true
		}
		i = start + 1
	}
}

// isShortForm reports whether w can be an abbreviation: 2–10 runes, starting
// with a letter or digit, at least one letter, and at least minUpper
// capitals (a parenthesis is evidence enough for "(Wlz)"; a bare list line
// needs "HAP" so ordinary capitalised words are not taken for one).
func isShortForm(w string, minUpper int) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 10 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !isWordRune(first) {
		return false
	}
	upper, letters := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r), r == '-':
		default:
			return false
		}
	}
	return letters > 0 && upper >= minUpper
}

// maxLongWords is Schwartz and Hearst's bound on the words of a long form:
// min(|short|+5, 2·|short|).
func maxLongWords(short string) int {
	n := utf8.RuneCountInString(short)
	return min(n+5, 2*n)
}
