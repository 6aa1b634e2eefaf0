package retrieval

import (
	"context"
	"fmt"
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
// passages that use it (the lexical list of that term alone) come from them,
// so a title word like "inzet" that other documents use more is no subject.
// A passage then keeps its place when its document is about one of the
// query's subjects or when it names one itself; the other passages follow
// them, in their fused order.

// preferSubjects reorders list (best first) so passages on the query's
// subjects come first. queryTerms are the analysed query terms; limit
// bounds each subject term's own lexical list.
func (s *HybridSearcher) preferSubjects(ctx context.Context, queryTerms []string, list []bronwijzer.Passage, limit int, f Filter) ([]bronwijzer.Passage, error) {
	about := s.subjectsNamed(queryTerms, list)
	naming := map[string]map[string]bool{} // subject term -> passages naming it
	for t, docs := range about {
		named, err := s.Store.LexicalSearch(ctx, []string{t}, limit, f)
		if err != nil {
			return nil, fmt.Errorf("subject search: %w", err)
		}
		if !concentrated(docs, named) {
			delete(about, t)
			continue
		}
		naming[t] = make(map[string]bool, len(named))
		for _, p := range named {
			naming[t][p.ID] = true
		}
	}
	if len(about) == 0 {
		return list, nil
	}
	on := func(p bronwijzer.Passage) bool {
		for t, docs := range about {
			if docs[p.DocumentID] || naming[t][p.ID] {
				return true
			}
		}
		return false
	}
	out := make([]bronwijzer.Passage, 0, len(list))
	var rest []bronwijzer.Passage
	for _, p := range list {
		if on(p) {
			out = append(out, p)
		} else {
			rest = append(rest, p)
		}
	}
	return append(out, rest...), nil
}

// subjectsNamed maps each query term that is a subject of a candidate's
// document to those documents.
func (s *HybridSearcher) subjectsNamed(queryTerms []string, list []bronwijzer.Passage) map[string]map[string]bool {
	query := set(queryTerms)
	about := map[string]map[string]bool{}
	titles := map[string]bool{} // documents whose title is read
	for _, p := range list {
		terms := map[string]bool{}
		if !titles[p.DocumentID] {
			titles[p.DocumentID] = true
			s.addWholeWords(terms, p.Title)
		}
		if p.Kind == bronwijzer.KindTableRow {
			s.addWholeWords(terms, firstCell(p))
		}
		for t := range terms {
			if query[t] {
				if about[t] == nil {
					about[t] = map[string]bool{}
				}
				about[t][p.DocumentID] = true
			}
		}
	}
	return about
}

// concentrated reports whether at least half of the passages naming a term
// come from docs.
func concentrated(docs map[string]bool, naming []bronwijzer.Passage) bool {
	in := 0
	for _, p := range naming {
		if docs[p.DocumentID] {
			in++
		}
	}
	return 2*in >= len(naming)
}

// addWholeWords adds the stem of each word of text (the first term the
// analyser gives a word is its own stem; compound parts follow).
func (s *HybridSearcher) addWholeWords(terms map[string]bool, text string) {
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
