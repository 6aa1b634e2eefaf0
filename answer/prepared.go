package answer

import (
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// prepared is a retrieved passage analysed once per request: its sentences
// with their terms, its term set and its facts.
type prepared struct {
	p         bronwijzer.Passage
	rank      int // 0-based position in the retrieved list
	runes     []rune
	spans     []Span
	spanTerms [][]string
	terms     termSet
	ev        evidence
}

func prepare(a Analyzer, passages []bronwijzer.Passage) []*prepared {
	out := make([]*prepared, len(passages))
	for i, p := range passages {
		pp := &prepared{p: p, rank: i, runes: []rune(p.Text), spans: SplitSentences(p.Text), ev: newEvidence(p.Text)}
		pp.spanTerms = make([][]string, len(pp.spans))
		all := make([][]string, 0, len(pp.spans))
		for j, sp := range pp.spans {
			pp.spanTerms[j] = contentTerms(a, sp.Text)
			all = append(all, pp.spanTerms[j])
		}
		pp.terms = newTermSet(all...)
		out[i] = pp
	}
	return out
}

// maxQuoteSentences bounds a quote: the best-matching sentence plus at most
// two more that add terms or facts the quote lacks.
const maxQuoteSentences = 3

// minQuoteGain is the least a further sentence must add to a quote's score
// (term coverage plus half the fact coverage) to be included.
const minQuoteGain = 0.15

// quote returns the span of the passage that best supports a sentence with
// the given content terms and facts: the passage sentence that covers most,
// widened greedily to sentences that add missing terms or facts. score is
// the quote's support (term coverage + 0.5·fact coverage); ok is false when
// no passage sentence shares a term or fact with the sentence.
func (p *prepared) quote(units []unit, facts []fact) (q Quote, score float64, ok bool) {
	var chosen []int
	for len(chosen) < maxQuoteSentences {
		best, bestScore := -1, score
		for j := range p.spans {
			if slices.Contains(chosen, j) {
				continue
			}
			if s := p.setScore(append(slices.Clone(chosen), j), units, facts); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best < 0 || (len(chosen) > 0 && bestScore-score < minQuoteGain) {
			break
		}
		chosen = append(chosen, best)
		score = bestScore
	}
	if len(chosen) == 0 {
		return Quote{}, 0, false
	}
	lo, hi := slices.Min(chosen), slices.Max(chosen)
	start, end := p.spans[lo].Start, p.spans[hi].End
	return Quote{Start: start, End: end, Text: string(p.runes[start:end])}, score, true
}

// setScore scores a set of passage sentences as support for a sentence.
func (p *prepared) setScore(js []int, units []unit, facts []fact) float64 {
	lists := make([][]string, len(js))
	var text strings.Builder
	for i, j := range js {
		lists[i] = p.spanTerms[j]
		text.WriteString(p.spans[j].Text)
		text.WriteString(" ")
	}
	s := newTermSet(lists...).coverage(units, nil)
	if len(facts) > 0 {
		ev := newEvidence(text.String())
		n := 0
		for _, f := range facts {
			if ev.has(f) {
				n++
			}
		}
		s += 0.5 * float64(n) / float64(len(facts))
	}
	return s
}
