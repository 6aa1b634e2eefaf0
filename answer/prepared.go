package answer

import (
	"slices"
	"strings"
	"sync"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// prepared is a retrieved passage analysed once per request: its sentences
// with their terms, its term set and its facts.
type prepared struct {
	p         bronwijzer.Passage
	rank      int // 0-based position in the retrieved list
	runes     []rune
	spans     []Span
	spanTerms [][]string
	spanSets  []termSet
	spanEv    []*evidence // computed on first use: most sentences carry no facts
	terms     termSet
	// titleTerms are the document title's terms; contextTerms those of the
	// section path and table caption: what a sentence is about without
	// saying it.
	titleTerms, contextTerms []string
	// headingTerms are those of the passage's own heading, the last step of
	// its section path ("4.3.3 Contra-indicaties").
	headingTerms []string
	// norm is each sentence with white space collapsed, candidate whether
	// it may be quoted (isCandidate), words its word count; passageSet the
	// whole passage's terms with its title and context.
	norm       []string
	candidate  []bool
	words      []int
	passageSet termSet
	ev         *evidence // whole passage, computed on first use
	shorts     []string  // the short forms the passage uses (passageShortForms)
}

// analysed is the request-independent analysis of a passage: its runes,
// sentences and their terms. It is shared read-only between requests.
type analysed struct {
	runes     []rune
	spans     []Span
	spanTerms [][]string
	spanSets  []termSet
	terms     termSet

	titleTerms, contextTerms []string
	headingTerms             []string
	norm                     []string
	candidate                []bool
	words                    []int
	passageSet               termSet
	shorts                   []string // passageShortForms
}

func analyse(a Analyzer, p bronwijzer.Passage) *analysed {
	x := &analysed{runes: []rune(p.Text), spans: splitPassage(p.Text)}
	x.spanTerms = make([][]string, len(x.spans))
	x.spanSets = make([]termSet, len(x.spans))
	// Title terms count for every sentence: a sentence of the AI Kompas
	// is about the Kompas even when it does not say so.
	title := passageTerms(a, p.Title)
	x.titleTerms = title
	x.contextTerms = passageTerms(a, p.Section+"\n"+p.Caption)
	x.headingTerms = passageTerms(a, ownHeading(p.Section))
	for j, sp := range x.spans {
		x.spanTerms[j] = slices.Clip(passageTerms(a, sp.Text)) // shared: append must copy
		x.spanSets[j] = newTermSet(x.spanTerms[j], title)
	}
	x.terms = unionSets(x.spanSets...)
	x.passageSet = unionSets(x.terms, newTermSet(x.contextTerms))
	x.norm = make([]string, len(x.spans))
	x.candidate = make([]bool, len(x.spans))
	x.words = make([]int, len(x.spans))
	x.shorts = passageShortForms(p.Text)
	pp := &prepared{p: p, runes: x.runes, spans: x.spans}
	for j, sp := range x.spans {
		x.norm[j] = normalizeSpace(sp.Text)
		x.words[j] = len(strings.Fields(x.norm[j]))
		x.candidate[j] = pp.isCandidate(j)
	}
	return x
}

// analysisCacheMax bounds the cache: the retrieved passages of recent
// questions (a question retrieves up to 50 per list).
const analysisCacheMax = 4096

// analysisCache keeps the analysis of passages recently retrieved, so a
// passage that comes back for another question is not split and analysed
// again: that was a fifth of /v1/ask's CPU on the bundled corpus (profile
// of BenchmarkAskHTTP). The key is the passage's id with its exact title and
// text, so a changed passage is never served stale. When full it is emptied
// and refilled. A nil cache analyses every time.
type analysisCache struct {
	mu sync.Mutex
	m  map[analysisKey]*analysed
}

type analysisKey struct{ id, title, section, caption, text string }

func (c *analysisCache) get(a Analyzer, p bronwijzer.Passage) *analysed {
	if c == nil {
		return analyse(a, p)
	}
	k := analysisKey{p.ID, p.Title, p.Section, p.Caption, p.Text}
	c.mu.Lock()
	x, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return x
	}
	x = analyse(a, p)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= analysisCacheMax {
		c.m = make(map[analysisKey]*analysed)
	}
	c.m[k] = x
	return x
}

// prepare analyses passages for one request, reusing cached analyses.
func (c *analysisCache) prepare(a Analyzer, passages []bronwijzer.Passage) []*prepared {
	out := make([]*prepared, len(passages))
	for i, p := range passages {
		x := c.get(a, p)
		out[i] = &prepared{p: p, rank: i, runes: x.runes, spans: x.spans, spanTerms: x.spanTerms,
			spanSets: x.spanSets, spanEv: make([]*evidence, len(x.spans)), terms: x.terms,
			titleTerms: x.titleTerms, contextTerms: x.contextTerms, headingTerms: x.headingTerms,
			norm: x.norm, candidate: x.candidate, words: x.words, passageSet: x.passageSet, shorts: x.shorts}
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
	var set termSet
	if len(js) == 1 {
		set = p.spanSets[js[0]]
	} else {
		lists := make([][]string, len(js))
		for i, j := range js {
			lists[i] = p.spanTerms[j]
		}
		set = newTermSet(lists...)
	}
	s := set.coverage(units, nil)
	if len(facts) > 0 {
		n := 0
		for _, f := range facts {
			if slices.ContainsFunc(js, func(j int) bool { return p.spanEvidence(j).has(f) }) {
				n++
			}
		}
		s += 0.5 * float64(n) / float64(len(facts))
	}
	return s
}

func (p *prepared) evidence() *evidence {
	if p.ev == nil {
		text := p.p.Title + "\n" + p.p.Text
		if p.p.Kind == bronwijzer.KindTableRow && p.p.Caption == "" {
			// a table without a caption is named by the heading it
			// stands under ("KWAK-score" over the score's criteria,
			// ikiwiki's FT-104): that heading says what its rows are of
			text = p.p.Title + "\n" + ownHeading(p.p.Section) + "\n" + p.p.Text
		}
		ev := newEvidence(text)
		p.ev = &ev
	}
	return p.ev
}

func (p *prepared) spanEvidence(j int) *evidence {
	if p.spanEv[j] == nil {
		ev := newEvidence(p.spans[j].Text)
		p.spanEv[j] = &ev
	}
	return p.spanEv[j]
}

// spellsOut reports whether the passage's title, section path, caption
// or text names long, the long form (folded) a short form of the question
// stands for: a guideline on "dwingelose lymfangitis" speaks of the "DLA"
// it defines in every passage, by its title (DocBook's FT-106 had refused
// six questions on "DLA" whose answers name the condition nowhere else),
// and the grades of the "Kempen-puntscore" (KPS) under its heading speak
// of the KPS (groff mom's FT-114). False for "".
func (p *prepared) spellsOut(long string) bool {
	return long != "" && containsToken(analysis.Fold(strings.ToLower(p.p.Title+"\n"+p.p.Section+"\n"+p.p.Caption+"\n"+p.p.Text)), long)
}

// titledShort reports whether term t of the question is a short form its
// sources define whose long form the title of passage p names: the
// condition the guideline is named after ("Mag een jongen met ZDN
// ostrabumide krijgen?" of the Fictieve Standaard Zilverdraadneuritis,
// which defines "Zilverdraadneuritis (ZDN)"). Every passage of that
// guideline speaks of it, as of the long form the question might have
// named (subjects.titled).
func (q question) titledShort(t string, p *prepared) bool {
	long := q.spelledTerms[t]
	return long != "" && containsToken(analysis.Fold(strings.ToLower(p.p.Title)), long)
}

// ownHeading returns the last step of a section path: the heading the
// passage stands under.
func ownHeading(section string) string {
	if i := strings.LastIndex(section, bronwijzer.SectionSeparator); i >= 0 {
		return section[i+len(bronwijzer.SectionSeparator):]
	}
	return section
}

// parentSection is a section path without its last step: the section its
// own heading stands under ("" for a path of one step); so too a nested
// list item's path ("Norvacilline › Kinderen › 2–6 jaar").
func parentSection(section string) string {
	return section[:max(0, strings.LastIndex(section, bronwijzer.SectionSeparator))]
}
