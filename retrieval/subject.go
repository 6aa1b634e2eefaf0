package retrieval

import (
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
)

// A question that names a condition or a drug is about the guideline on
// it: "Wat is de dosis tarvomycine bij een eGFR van 25?" wants the guideline
// whose dose table lists tarvomycine, not another guideline's eGFR advice
// for another drug. What a document is about is read from the document
// itself, as the candidates show it — no lists of conditions or drugs:
//
//   - the words of its title ("Fictieve Standaard Ambervlekkenziekte");
//   - the first cell of its table rows, the row's subject ("Middel:
//     tarvomycine tablet 250 mg").
//
// Such a word is a subject of the query when the query uses it and it is
// concentrated in the documents it is a subject of: at least half of the
// candidate passages that use it come from them (a title word like "inzet"
// that every document uses is no subject). A passage then keeps its place
// when its document is about one of the query's subjects or when it names
// one itself; the other passages follow them, in their fused order.

// preferSubjects reorders list (best first) so passages on the query's
// subjects come first. queryTerms are the analysed query terms.
func (s *Searcher) preferSubjects(queryTerms []string, list []bronwijzer.Passage) []bronwijzer.Passage {
	if len(queryTerms) == 0 || len(list) == 0 {
		return list
	}
	query := set(queryTerms)
	about := map[string]map[string]bool{} // query term -> documents it is a subject of
	for _, p := range list {
		for t := range s.subjectTerms(p) {
			if query[t] {
				if about[t] == nil {
					about[t] = map[string]bool{}
				}
				about[t][p.DocumentID] = true
			}
		}
	}
	if len(about) == 0 {
		return list
	}
	names := make([]map[string]bool, len(list)) // terms of each passage
	for i, p := range list {
		names[i] = set(s.Analyzer.QueryTerms(p.Text))
	}
	for t, docs := range about {
		if !concentrated(t, docs, list, names) {
			delete(about, t)
		}
	}
	if len(about) == 0 {
		return list
	}
	on := func(i int) bool {
		for t, docs := range about {
			if docs[list[i].DocumentID] || names[i][t] {
				return true
			}
		}
		return false
	}
	out := make([]bronwijzer.Passage, 0, len(list))
	var rest []bronwijzer.Passage
	for i, p := range list {
		if on(i) {
			out = append(out, p)
		} else {
			rest = append(rest, p)
		}
	}
	return append(out, rest...)
}

// concentrated reports whether at least half of the passages naming t come
// from docs.
func concentrated(t string, docs map[string]bool, list []bronwijzer.Passage, names []map[string]bool) bool {
	in, out := 0, 0
	for i, p := range list {
		switch {
		case !names[i][t]:
		case docs[p.DocumentID]:
			in++
		default:
			out++
		}
	}
	return in >= out
}

// subjectTerms are the terms p shows its document to be about: the whole
// words of its title and, for a table row, of its first cell. Whole words
// only: "Eerstelijnszorg" makes a document about primary care, not about
// "zorg".
func (s *Searcher) subjectTerms(p bronwijzer.Passage) map[string]bool {
	terms := map[string]bool{}
	s.addWholeWords(terms, p.Title)
	if p.Kind == bronwijzer.KindTableRow {
		s.addWholeWords(terms, firstCell(p))
	}
	return terms
}

// addWholeWords adds the stem of each word of text (the first term the
// analyser gives a word is its own stem; compound parts follow).
func (s *Searcher) addWholeWords(terms map[string]bool, text string) {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if ts := s.Analyzer.QueryTerms(w); len(ts) > 0 && !isNumber(ts[0]) {
			terms[ts[0]] = true
		}
	}
}

// firstCell returns the value of a table row's first cell.
func firstCell(p bronwijzer.Passage) string {
	row := p.Text
	if p.Caption != "" {
		row = strings.TrimPrefix(row, p.Caption+captionSeparator)
	}
	cell, _, _ := strings.Cut(row, cellSeparator)
	if _, value, ok := strings.Cut(cell, headerSeparator); ok {
		return value
	}
	return cell
}

func isNumber(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

func set(terms []string) map[string]bool {
	m := make(map[string]bool, len(terms))
	for _, t := range terms {
		m[t] = true
	}
	return m
}
