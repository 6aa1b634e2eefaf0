package answer

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
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
	minUnendedWords   = 15
	maxCapitalShare   = 0.4
)

// firstLetter returns the first letter of text after brackets and quotes,
// or 0 when a digit or nothing comes first ("52% van ..." is a sentence).
func firstLetter(text string) rune {
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			return r
		case unicode.IsDigit(r):
			return 0
		}
	}
	return 0
}

// rankWeight is the score a passage's retrieval rank adds (the first passage
// gets all of it, the last almost none): rank breaks ties between sentences
// that cover the question equally well.
const rankWeight = 0.1

// extract chooses at most max sentences from the passages: highest score
// first (coverage of the question's content terms plus a rank bonus),
// skipping near-duplicates, sentences much weaker than the best one and
// sentences about another subject than the one asked (sameSubject).
//
// It also drops the candidates that give advice for other patients or no
// count in the unit asked (outOfRange); when that leaves none, ruled says
// why in Dutch.
func (s *Service) extract(q question, ps []*prepared) (chosen []candidate, ruled string) {
	var cands []candidate
	w := termWeights(q.units, ps)
	for _, p := range ps {
		for j := range p.spans {
			if !p.isCandidate(j) {
				continue
			}
			terms := p.spanTerms[j]
			cov := p.spanSets[j].coverage(q.units, w)
			if cov == 0 {
				continue
			}
			bonus := rankWeight * (1 - float64(p.rank)/float64(len(ps)))
			cands = append(cands, candidate{pass: p, span: j, terms: terms, cov: cov, score: cov + bonus})
		}
	}
	cands = s.sameSubject(q, ps, cands)
	cands, ruled = outOfRange(q, cands)
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
	typed := s.typedFirst(q, cands)
	for _, c := range cands {
		if len(chosen) == s.cfg.MaxSentences {
			break
		}
		bar := s.cfg.Thresholds.MinRelativeScore
		next := continues(chosen, c)
		if next {
			bar /= 2 // the next sentence of a chosen one often carries its point ("deze tools ...")
		}
		if len(chosen) > 0 && c.score < bar*chosen[0].score {
			continue
		}
		if len(chosen) > 0 && typed != nil && !next && !typed(c.pass.spans[c.span].Text) {
			continue // a further sentence must state the kind of detail asked for too
		}
		if slices.ContainsFunc(chosen, func(o candidate) bool { return jaccard(o.terms, c.terms) >= s.cfg.Thresholds.MaxDuplicate }) {
			continue
		}
		chosen = append(chosen, c)
	}
	return withListItems(inReadingOrder(chosen)), ruled
}

// typedFirst moves to the front, for a question that asks for a type of
// detail (an amount, a date, a dose), the best candidate stating one, as
// long as it matches the question well enough to be chosen at all: "Hoeveel
// praktijken bieden e-consulten aan?" is answered by "e-consulten (98%)",
// not by a sentence about consults that shares more words but gives no
// number. It returns the type's test when it moved one (further sentences
// must then pass it too, unless they continue a chosen one), else nil.
// cands is sorted best first.
func (s *Service) typedFirst(q question, cands []candidate) func(string) bool {
	want := q.answerType()
	if want == nil {
		return nil
	}
	for i, c := range cands {
		if c.cov >= s.cfg.Thresholds.MinSentenceScore && want(c.pass.spans[c.span].Text) {
			copy(cands[1:i+1], cands[:i])
			cands[0] = c
			return want
		}
	}
	return nil
}

// maxListItems and maxListItemRunes bound the list a chosen sentence
// introduces ("… de volgende vragen:") that is added after it.
const (
	maxListItems     = 4
	maxListItemRunes = 300
)

// withListItems adds, after each chosen sentence that ends in a colon, the
// short sentences that follow it in its passage: the list it announces is
// the answer, and the sentence alone says nothing.
func withListItems(cs []candidate) []candidate {
	out := make([]candidate, 0, len(cs))
	for _, c := range cs {
		out = append(out, c)
		colon := strings.HasSuffix(strings.TrimSpace(c.pass.spans[c.span].Text), ":")
		for j := c.span + 1; j < len(c.pass.spans) && j <= c.span+maxListItems; j++ {
			sp := c.pass.spans[j].Text
			if !(colon || c.pass.isListItem(j)) || utf8.RuneCountInString(sp) > maxListItemRunes ||
				slices.ContainsFunc(cs, func(o candidate) bool { return o.pass == c.pass && o.span == j }) {
				break
			}
			out = append(out, candidate{pass: c.pass, span: j, terms: c.pass.spanTerms[j], cov: c.cov, score: c.score})
		}
	}
	return out
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

// isCandidate reports whether sentence j of the passage may be quoted in an
// answer: a statement, not one of the passage's headings, and, when it
// lacks a final full stop, not cut off where another block was run into it
// (such a sentence ends at a line break or at the passage's end).
func (p *prepared) isCandidate(j int) bool {
	text := p.spans[j].Text
	if !isStatement(text) || p.isHeading(text) {
		return false
	}
	return endsLikeSentence(text) || p.breakAfter(j)
}

// isHeading reports whether text is the document title or one of the
// headings of the passage's section path: headings name a topic, they
// state nothing, and must never be an answer sentence.
func (p *prepared) isHeading(text string) bool {
	text = normalizeSpace(text)
	if text == normalizeSpace(p.p.Title) {
		return true
	}
	for _, h := range strings.Split(p.p.Section, bronwijzer.SectionSeparator) {
		if text == normalizeSpace(h) {
			return true
		}
	}
	return false
}

// breakAfter reports whether a line break or the end of the passage follows
// sentence j.
func (p *prepared) breakAfter(j int) bool {
	for _, r := range p.runes[p.spans[j].End:] {
		switch {
		case r == '\n':
			return true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return true
}

// endsLikeSentence reports whether text ends in sentence punctuation,
// closing quotes and brackets aside.
func endsLikeSentence(text string) bool {
	return strings.ContainsRune(".!?…:;", lastRune(strings.TrimRight(text, `"'”’)»`)))
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
	if first := firstLetter(text); unicode.IsLower(first) {
		return false // starts mid-sentence (a chunk boundary)
	}
	letters, words, capitals, inWord := 0, 0, 0, false
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
		space := unicode.IsSpace(r)
		if !space && !inWord {
			words++
			if unicode.IsUpper(r) {
				capitals++
			}
		}
		inWord = !space
	}
	if float64(capitals) > maxCapitalShare*float64(words) {
		return false // a glossary, reference list or run of headings
	}
	// A statement ends like a sentence; text without a full stop is a
	// heading or a fragment cut by a column or page break, unless long.
	ended := endsLikeSentence(text)
	return words >= minCandidateWords && (ended || words >= minUnendedWords) && float64(letters)/float64(n) >= 0.6
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
			for _, u := range units {
				df[u.full] += p.spanSets[j].score(u)
			}
		}
	}
	w := make(map[string]float64, len(units))
	for _, u := range units {
		w[u.full] = 1 + math.Log(float64(n+1)/(df[u.full]+1))
	}
	return w
}

// isListItem reports whether span j of the passage is a bulleted or
// numbered list item (the bullet sits between it and the previous span).
func (p *prepared) isListItem(j int) bool {
	if j == 0 {
		return false
	}
	gap := p.runes[p.spans[j-1].End:p.spans[j].Start]
	return slices.ContainsFunc(gap, func(r rune) bool { return strings.ContainsRune(bullets, r) }) ||
		bulletAt(p.runes, p.spans[j].Start) && p.spans[j].Start > 0 && p.runes[p.spans[j].Start-1] == '\n'
}
