package answer

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidate is a passage sentence considered for an extractive answer.
type candidate struct {
	pass  *prepared
	span  int
	terms []string
	cov   float64 // fraction of the question's content terms covered
	score float64 // cov plus the rank bonus
}

// Candidate sentences outside these bounds are headings, fragments or
// run-together columns rather than statements.
const (
	minCandidateRunes = 30
	maxCandidateRunes = 500
	minCandidateWords = 5
)

// rankWeight is the score a passage's retrieval rank adds (the first passage
// gets all of it, the last almost none): rank breaks ties between sentences
// that cover the question equally well.
const rankWeight = 0.1

// extract chooses at most max sentences from the passages: highest score
// first (coverage of the question's content terms plus a rank bonus),
// skipping near-duplicates and sentences much weaker than the best one.
func (s *Service) extract(q question, ps []*prepared) []candidate {
	var cands []candidate
	w := termWeights(q.units, ps)
	for _, p := range ps {
		for j, sp := range p.spans {
			if !isStatement(sp.Text) {
				continue
			}
			terms := p.spanTerms[j]
			cov := newTermSet(terms).coverage(q.units, w)
			if cov == 0 {
				continue
			}
			bonus := rankWeight * (1 - float64(p.rank)/float64(len(ps)))
			cands = append(cands, candidate{pass: p, span: j, terms: terms, cov: cov, score: cov + bonus})
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
	var chosen []candidate
	for _, c := range cands {
		if len(chosen) == s.cfg.MaxSentences {
			break
		}
		bar := s.cfg.Thresholds.MinRelativeScore
		if continues(chosen, c) {
			bar /= 2 // the next sentence of a chosen one often carries its point ("deze tools ...")
		}
		if len(chosen) > 0 && c.score < bar*chosen[0].score {
			continue
		}
		if slices.ContainsFunc(chosen, func(o candidate) bool { return jaccard(o.terms, c.terms) >= s.cfg.Thresholds.MaxDuplicate }) {
			continue
		}
		chosen = append(chosen, c)
	}
	return inReadingOrder(chosen)
}

// continues reports whether c is the sentence right after a chosen one.
func continues(chosen []candidate, c candidate) bool {
	return slices.ContainsFunc(chosen, func(o candidate) bool { return o.pass == c.pass && o.span+1 == c.span })
}

// inReadingOrder keeps the best sentence's passage first but orders
// sentences of one passage as they stand in it, so a sentence that refers
// back ("deze tools") follows the one it refers to.
func inReadingOrder(cs []candidate) []candidate {
	first := map[*prepared]int{}
	for i, c := range cs {
		if _, ok := first[c.pass]; !ok {
			first[c.pass] = i
		}
	}
	slices.SortStableFunc(cs, func(a, b candidate) int {
		if a.pass != b.pass {
			return cmp.Compare(first[a.pass], first[b.pass])
		}
		return cmp.Compare(a.span, b.span)
	})
	return cs
}

// isStatement filters out headings, link lists and fragments.
func isStatement(text string) bool {
	n := utf8.RuneCountInString(text)
	if n < minCandidateRunes || n > maxCandidateRunes {
		return false
	}
	if strings.Contains(text, "http") || strings.Contains(text, "www.") {
		return false
	}
	if len(strings.Fields(text)) < minCandidateWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text)
	if unicode.IsLower(first) {
		return false // starts mid-sentence (a chunk boundary)
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return float64(letters)/float64(n) >= 0.6
}

// drafts turns chosen candidates into sentences citing their passage.
func drafts(cands []candidate) []Draft {
	out := make([]Draft, len(cands))
	for i, c := range cands {
		out[i] = Draft{Text: normalizeSpace(c.pass.spans[c.span].Text), Citations: []int{c.pass.rank + 1}}
	}
	return out
}

// termWeights gives each question term an inverse document frequency over
// the retrieved passages' sentences: a term that occurs in every sentence
// ("AI" in an AI corpus) says little about which sentence answers, a rare
// one ("eindverantwoordelijk") says much.
func termWeights(units []unit, ps []*prepared) map[string]float64 {
	n := 0
	df := make(map[string]float64, len(units))
	for _, p := range ps {
		for j := range p.spans {
			n++
			set := newTermSet(p.spanTerms[j])
			for _, u := range units {
				df[u.full] += set.score(u)
			}
		}
	}
	w := make(map[string]float64, len(units))
	for _, u := range units {
		w[u.full] = 1 + math.Log(float64(n+1)/(df[u.full]+1))
	}
	return w
}
