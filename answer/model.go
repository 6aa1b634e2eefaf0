package answer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval/abbrev"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// The answer model scores each candidate answer with one probability that
// it answers the question: a logistic regression over the features below,
// fitted on the dev question sets by `bronwijzer fit-answers` (fit.go) and
// committed as model.json. The service answers when the best candidate
// that breaks no hard rule reaches the model's threshold, chosen on
// held-out questions so that few unanswerable questions get an answer.
// docs/answering.md describes each feature and how to refit.

// FeatureNames names the model's features in order (Model.Weights has one
// more, the intercept, first).
var FeatureNames = []string{
	"coverage",          // weighted share of the question's words the candidate (with its title; the property asked with its own heading) covers
	"coverage_context",  // the same with the section path and table caption added
	"coverage_gap",      // coverage_context minus the best candidate's (0 for the best)
	"coverage_passage",  // the same for the candidate's whole passage with its context
	"missing_max",       // weight of the weightiest question word the candidate and its context miss, over the weightiest word's
	"missing_gap",       // missing_max minus the least of the question's candidates' (a word another candidate covers)
	"absent_share",      // weighted share of the question's words no retrieved passage covers
	"subject_named",     // the question names a subject and the candidate or its context names it
	"subject_missing",   // the question names a subject and the candidate and its context do not
	"subject_document",  // the candidate's document title names the question's subject
	"qualifier_missing", // share of the populations asked about that the candidate does not name
	"kind_shown",        // the candidate gives the kind of answer asked (a dose, a number, a reason …)
	"heading_asked",     // its section path or caption has the heading of what the question asks (Dosering, Contra-indicaties …)
	"asked_named",       // the candidate or its context names the noun the question asks for ("welke bijwerkingen")
	"value_fits",        // the question states an age, eGFR or weeks of pregnancy (or a range of them) and a range of the candidate holds (meets) it
	"dose_row",          // a dose question and a table-row candidate
	"facts_missing",     // share of the question's names and numbers absent from the passage
	"rank",              // 1/(1+retrieval rank)
	"score",             // retrieval score relative to the top passage's
	"form_row",          // the candidate is a table row
	"form_list",         // a lead-in with its list
	"form_pair",         // two adjacent sentences
	"length",            // log(1+words)/log(101)
}

// Model is a fitted answer model: two logistic regressions over the same
// features. The first ranks a question's candidates (Weights: is this the
// candidate that holds the answer?); the second gives the best one's
// probability of being a right answer (AnswerWeights, over its features and
// the first model's log-odds, fitted on one example per question: the
// calibrated confidence the threshold applies to).
type Model struct {
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"` // intercept first, then one per feature
	// AnswerWeights: intercept, one per feature, then the ranking log-odds.
	AnswerWeights []float64 `json:"answer_weights"`
	// Threshold is the least confidence (AnswerWeights' probability) of
	// the best candidate for an answer; below it the service refuses.
	Threshold float64 `json:"threshold"`
	// Fitted describes the fit (data, regularisation, held-out figures);
	// informative only.
	Fitted map[string]any `json:"fitted,omitempty"`
}

//go:embed model.json
var defaultModelJSON []byte

// DefaultModel returns the committed model (answer/model.json).
func DefaultModel() *Model {
	m, err := ParseModel(defaultModelJSON)
	if err != nil {
		panic("answer: committed model.json: " + err.Error()) // a build defect, caught by every test
	}
	return m
}

// LoadModel reads a model file written by `bronwijzer fit-answers`.
func LoadModel(path string) (*Model, error) {
	data, err := os.ReadFile(path) // #nosec G304 -- the operator's configured model file
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "antwoordmodel %s kan niet worden gelezen: %v", path, err)
	}
	m, err := ParseModel(data)
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "antwoordmodel %s is ongeldig: %v", path, err)
	}
	return m, nil
}

// ParseModel parses and checks a model: its features must be this
// version's, in order, with finite weights and a threshold in (0, 1).
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if !slices.Equal(m.Features, FeatureNames) {
		return nil, fmt.Errorf("features %v, want %v (refit with bronwijzer fit-answers)", m.Features, FeatureNames)
	}
	if len(m.Weights) != len(FeatureNames)+1 || len(m.AnswerWeights) != len(FeatureNames)+2 {
		return nil, fmt.Errorf("%d and %d weights for %d features, the intercept (and the ranking log-odds)",
			len(m.Weights), len(m.AnswerWeights), len(FeatureNames))
	}
	for _, w := range slices.Concat(m.Weights, m.AnswerWeights) {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("weight %v is not finite", w)
		}
	}
	if !(m.Threshold > 0 && m.Threshold < 1) {
		return nil, fmt.Errorf("threshold %v outside (0, 1)", m.Threshold)
	}
	return &m, nil
}

// Prob returns the ranking model's probability for a feature vector.
func (m *Model) Prob(x []float64) float64 { return sigmoid(dot(m.Weights, x)) }

// AnswerInput is the answer model's input for a candidate: its features
// and the ranking model's log-odds.
func (m *Model) AnswerInput(x []float64) []float64 {
	return append(slices.Clone(x), dot(m.Weights, x))
}

// Confidence returns the probability that answering with the candidate of
// features x (the best of its question) is right.
func (m *Model) Confidence(x []float64) float64 {
	return sigmoid(dot(m.AnswerWeights, m.AnswerInput(x)))
}

func dot(w, x []float64) float64 {
	z := w[0]
	for i, v := range x {
		z += w[i+1] * v
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// features computes every candidate's feature vector.
func (s *Service) features(q question, ps []*prepared, cands []*cand, sub subjects) {
	w := termWeights(q.units, ps)
	all := make([]termSet, 0, len(ps))
	for _, p := range ps {
		all = append(all, p.terms, newTermSet(p.contextTerms))
	}
	absent := 1 - unionSets(all...).coverage(q.units, w)
	if len(q.units) == 0 {
		absent = 1
	}
	top := 0.0
	if len(ps) > 0 {
		top = ps[0].p.Score
	}
	// Each unit's score against the candidate and its context, once: the
	// coverages and missingMax are read from them.
	total := 0.0
	for _, u := range q.units {
		total += w[u.full]
	}
	// A population word of the question ("borstvoeding") is covered by a
	// candidate that shows the population in other words ("tijdens de
	// lactatie"), by the forms the qualifier rules read. Not an age group:
	// "60-plussers" is an age, which the value rules read (valueFit).
	shownAs := map[string]*population{}
	for _, ql := range q.quals {
		if us := contentUnits(s.cfg.Analyzer, ql.label); len(us) > 0 && !ql.group.byAge {
			shownAs[us[0].full] = ql.group
		}
	}
	// The short form of a score the question gives the value of ("KPS
	// 6") is named by the long form its sources define it by (q.spelled):
	// in a candidate's text, or for a row in the caption or heading it
	// shows ("Kempen-puntscore" over the score's grades). Not other short
	// forms: "DLA", spelled out by the title of every passage of its
	// guideline, would be named by all of them.
	spelled := map[string]string{}
	for _, f := range q.measures {
		if long := q.spelled[f.Norm]; long != "" {
			for _, t := range s.cfg.Analyzer.Terms(f.Text) {
				spelled[t] = long
			}
		}
	}
	cov, covCtx, miss := make([]float64, len(cands)), make([]float64, len(cands)), make([]float64, len(cands))
	best := 0.0
	// The property a question asks of its subject ("Wat is de behandeling
	// van fluitkeel?") is named by the heading a candidate stands under
	// ("4.2 Medicamenteuze behandeling"), as the subject by the title.
	headed := map[*prepared]termSet{}
	for i, c := range cands {
		top, gap := 0.0, 0.0
		for _, u := range q.units {
			wt := w[u.full]
			inSet := c.set.score(u)
			if g := shownAs[u.full]; inSet < 1 && g != nil && g.shownIn(c.text) {
				inSet = 1
			}
			if inSet < 1 && q.property && q.asked != nil && u.full == q.asked.full &&
				strings.Contains(c.pass.p.Section, bronwijzer.SectionSeparator) {
				h, ok := headed[c.pass]
				if !ok {
					h = newTermSet(passageTerms(s.cfg.Analyzer, ownHeading(c.pass.p.Section)))
					headed[c.pass] = h
				}
				inSet = max(inSet, h.score(u))
			}
			long := spelled[u.full]
			if inSet < 1 && long != "" && (containsToken(analysis.Fold(c.lower), long) ||
				// a row shows its caption, or the heading of a table without one
				c.form == formRow && containsToken(analysis.Fold(strings.ToLower(gradeContext(c.pass.p))), long)) {
				inSet = 1
			}
			inCtx := inSet
			if inSet < 1 {
				inCtx = max(inSet, c.ctx.score(u))
			}
			cov[i] += wt * inSet
			covCtx[i] += wt * inCtx
			top = max(top, wt)
			gap = max(gap, wt*(1-inCtx))
		}
		if total > 0 {
			cov[i], covCtx[i] = cov[i]/total, covCtx[i]/total
		}
		if top > 0 {
			miss[i] = gap / top
		}
		best = max(best, covCtx[i])
	}
	leastMiss := 1.0
	for i := range cands {
		leastMiss = min(leastMiss, miss[i])
	}
	term := s.definedTerm(q)
	for i, c := range cands {
		named, about := sub.named(c)
		_, fits := valueFit(q.values, c.text)
		fits = fits || gradeFits(q, c)
		c.defined = term != nil && ((s.termHeading(term, c) || s.labelDefines(term, c)) && (kindShown(q.kind, c) || !s.namesTerm(term, c)) ||
			s.inlineDefines(term, c))
		qualMiss := 0.0
		if len(q.quals) > 0 {
			qualMiss = float64(len(c.missingQualifiers(q))) / float64(len(q.quals))
		}
		factsMiss := 0.0
		if len(q.facts) > 0 {
			n := 0
			for _, f := range q.facts {
				if !c.pass.evidence().has(f) {
					n++
				}
			}
			factsMiss = float64(n) / float64(len(q.facts))
		}
		score := 0.0
		if top > 0 {
			score = c.pass.p.Score / top
		}
		c.feats = []float64{
			cov[i],
			covCtx[i],
			covCtx[i] - best,
			c.pass.passageSet.coverage(q.units, w),
			miss[i],
			miss[i] - leastMiss,
			absent,
			b2f(sub.any() && named),
			b2f(sub.any() && !named),
			b2f(about),
			qualMiss,
			b2f(kindShown(q.kind, c) || c.defined),
			b2f(headingShown(q.headings, c) || c.defined),
			b2f(c.namesAsked(q)),
			b2f(fits),
			b2f(q.kind == kindDose && c.form == formRow),
			factsMiss,
			1 / float64(1+c.pass.rank),
			score,
			b2f(c.form == formRow),
			b2f(c.form == formList),
			b2f(c.form == formPair),
			lengthFeature(c.words()),
		}
	}
}

// definedTerm returns the words of the term a definition question asks
// about ("Wat is de KEL?", "Wat betekent KEL?", "Wat verstaat men onder
// X?"): its content words but the verbs of defining; nil for another
// kind of question.
func (s *Service) definedTerm(q question) map[string]bool {
	if q.kind != kindDefinition {
		return nil
	}
	verbs := map[string]bool{}
	for v := range definitionVerbs {
		for _, t := range s.cfg.Analyzer.Terms(v) {
			verbs[t] = true
		}
	}
	// "Wat betekent de afkorting WVP?": the question's word for what it
	// asks the meaning of is no word of the term
	for _, w := range []string{"afkorting", "begrip", "term"} {
		for _, t := range s.cfg.Analyzer.Terms(w) {
			verbs[t] = true
		}
	}
	term := map[string]bool{}
	units := q.units
	if q.expands != "" {
		// "Waar staat LAMP voor?" asks what LAMP stands for: the term is
		// the short form, not the verb around it
		units = contentUnits(s.cfg.Analyzer, q.expands)
	}
	for _, u := range units {
		if !verbs[u.full] {
			term[u.full] = true
		}
	}
	if len(term) == 0 {
		return nil
	}
	return term
}

// termHeading reports whether the candidate stands right under a heading
// that is the term a definition question asks about: a description list
// (a web page's <dt> and <dd>, a PDF's term set bold on a line of its
// own) makes the term the heading of its definition, "Klepperoor Ernst
// Lijst (KEL)" over "Een score van 0 tot 10 punten …", whose text need
// not repeat the term or say "is". The heading is the term when the words
// of the heading, of its part in parentheses or of the part before it
// are the term's words, no more and no fewer: "(KEL)" is the heading's
// own short form. Or the same without the words of the document's title
// on either side: "Wat verstaat het Kompas onder X?" asks about X. The
// candidate starts the description: the first sentence under the heading.
// (namesTerm says which of the candidates under it define it.)
func (s *Service) termHeading(term map[string]bool, c *cand) bool {
	if c.form == formRow {
		return false
	}
	path := strings.Split(c.pass.p.Section, bronwijzer.SectionSeparator)
	section := path[len(path)-1]
	if section == "" {
		return false
	}
	// the description follows its term: only headings of its section
	// path stand before the candidate in its passage
	for j := range c.lo {
		if !slices.Contains(path, strings.TrimSpace(c.pass.norm[j])) {
			return false
		}
	}
	title := map[string]bool{}
	for _, u := range contentUnits(s.cfg.Analyzer, c.pass.p.Title) {
		title[u.full] = true
	}
	// same reports whether text's words are the term's, all of them or
	// those outside the title
	same := func(text string) bool {
		for _, skip := range []map[string]bool{nil, title} {
			words := map[string]bool{}
			for _, u := range contentUnits(s.cfg.Analyzer, text) {
				if !skip[u.full] {
					words[u.full] = true
				}
			}
			n := 0
			for w := range term {
				if skip[w] {
					continue
				}
				if !words[w] {
					n = -1
					break
				}
				n++
			}
			if n > 0 && n == len(words) {
				return true
			}
		}
		return false
	}
	variants := []string{section}
	if open, end := strings.Index(section, "("), strings.LastIndex(section, ")"); open > 0 && end > open {
		variants = append(variants, section[:open], section[open+1:end])
	}
	return slices.ContainsFunc(variants, same)
}

// labelDefines reports whether the candidate opens with the term as its
// label: an entry of a glossary's section ("Begrippen": "Gecompliceerd
// beloop: bloed bij de ontlasting …") or, anywhere, of a list of
// abbreviations set as paragraphs ("KEI Korstvoet-Ernstindex: een score
// van 0 tot 12 punten": the short form, its long form, a colon; or the
// long form with the short form in parentheses, "Landelijk Centrum
// Zoönosen (LCZ): het … expertisecentrum …"). "Wat betekent KEI?" got the
// sentences that use the KEI, "Wat is het LCZ?" (FT-51) one that reports
// to it.
func (s *Service) labelDefines(term map[string]bool, c *cand) bool {
	if c.form == formRow || c.lo >= len(c.pass.norm) {
		return false
	}
	first := c.pass.norm[c.lo]
	label, _, ok := strings.Cut(first, ": ")
	if !ok || len(strings.Fields(label)) > 6 {
		return false
	}
	words := map[string]bool{}
	for _, u := range contentUnits(s.cfg.Analyzer, label) {
		words[u.full] = true
	}
	if len(words) == len(term) && !slices.ContainsFunc(slices.Collect(maps.Keys(term)), func(w string) bool { return !words[w] }) {
		// the label is the term: a definition in a glossary's section; a
		// case of the advice elsewhere is labelled so too ("Matige
		// uitdroging: geef hydrolan …" under "Rehydratie")
		return underHeading(definitionHeadings, c.pass.p)
	}
	if len(term) != 1 {
		return false
	}
	if open := strings.LastIndex(label, "("); open > 0 && strings.HasSuffix(label, ")") {
		// the long form with its short form in parentheses: "Landelijk
		// Centrum Zoönosen (LCZ): het landelijke expertisecentrum …"
		short, long := label[open+1:len(label)-1], strings.TrimSpace(label[:open])
		us := contentUnits(s.cfg.Analyzer, short)
		return len(us) == 1 && term[us[0].full] && abbrev.Explains(short, long)
	}
	short, long, ok := strings.Cut(strings.TrimSpace(label), " ")
	if !ok {
		return false
	}
	us := contentUnits(s.cfg.Analyzer, short)
	return len(us) == 1 && term[us[0].full] && abbrev.Explains(short, long)
}

// inlineDefines reports whether the candidate, two sentences or more,
// defines the term, a short form, where the document introduces it in its
// first sentence: its long form
// with the short form in parentheses after it ("Bepaal de ernst met de
// Rimpelgal Ernst Score (RGS)."), or a legend ("RGS = Rimpelgal Ernst
// Score"), as the abbreviations the documents define are learned
// (retrieval/abbrev). "Wat is de RGS?" was refused, the sentence that
// introduces the score and the one that says what it counts scoring as
// any sentence that names it.
func (s *Service) inlineDefines(term map[string]bool, c *cand) bool {
	if c.form == formRow || c.hi <= c.lo || c.hi >= len(c.pass.norm) {
		return false
	}
	first := newTermSet(s.cfg.Analyzer.Terms(c.pass.norm[c.lo]))
	if len(term) != 1 && !namesWholeTermIn(term, first) {
		// a compound the short form heads ("Wat is de LAMP-score?") is
		// named whole by the sentence that introduces it
		return false
	}
	// the sentence after it says what the term is: it names the term too
	// ("De RGS telt vier items op …"); one that goes on with the advice
	// does not ("Bepaal … de Kleine Ademtest (KAT); … Behandel …")
	next := false
	for _, u := range contentUnits(s.cfg.Analyzer, c.pass.norm[c.lo+1]) {
		next = next || term[u.full]
	}
	if !next {
		return false
	}
	for _, p := range abbrev.Learn(c.pass.norm[c.lo]).Pairs() {
		if us := contentUnits(s.cfg.Analyzer, p.Short); len(us) == 1 && term[us[0].full] {
			return true
		}
	}
	return false
}

// namesWholeTermIn reports whether set holds every word of the term.
func namesWholeTermIn(term map[string]bool, set termSet) bool {
	for w := range term {
		if !set.has(w) {
			return false
		}
	}
	return true
}

// namesTerm reports whether the candidate's own text names a word of the
// term. A candidate under the term's heading defines it when it leaves
// the term to the heading (the description of a description list) or
// names it in a statement of what it is (kindShown); "Vermoed augmentatie
// als …" under "4.4 Augmentatie" is advice on the term, not its
// definition.
func (s *Service) namesTerm(term map[string]bool, c *cand) bool {
	own := c.own(s.cfg.Analyzer)
	for w := range term {
		if own.covered(w) {
			return true
		}
	}
	return false
}

// shortTermRE matches a question that asks what a term of one to three
// words is: "Wat is matige uitdroging?", "Wat zijn tofi?", "Wat betekent
// PES?".
var shortTermRE = regexp.MustCompile(`(?i)^wat (?:is|zijn|betekent|betekenen) (?:de |het |een )?([^\s?]+(?: [^\s?]+){0,2})\s*\?$`)

// shortTerm returns the analysed words of the term a short definition
// question asks about (shortTermRE), nil for another question.
func shortTerm(a Analyzer, question string) map[string]bool {
	m := shortTermRE.FindStringSubmatch(strings.TrimSpace(question))
	if m == nil {
		return nil
	}
	term := map[string]bool{}
	for _, u := range contentUnits(a, m[1]) {
		term[u.full] = true
	}
	return term
}

// namesWholeTerm reports whether the candidate, its section path or its
// caption names every word of the term: each word itself, not a longer
// word that holds it ("matige" is not named by "doelmatigheid").
func namesWholeTerm(term map[string]bool, c *cand) bool {
	return namesWholeTermIn(term, c.ctx)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// missingQualifiers returns the populations asked about that the candidate
// does not name, in its text, its section path, table caption or title.
// A context that names the population counts only when the candidate's
// text names no other one (adults included, namesOther): under
// "Zwangerschap en borstvoeding", "Triversan mag tijdens de zwangerschap
// worden gebruikt" is advice in pregnancy, not during breastfeeding, and a
// dose table that LaTeX floated into that section gives adults' doses
// ("Patiënt: Volwassenen · Dosering: 2 dd 500 mg"), not a pregnant
// woman's.
func (c *cand) missingQualifiers(q question) []qualifier {
	var miss []qualifier
	for _, ql := range q.quals {
		if ql.group.route && c.formAmongOthers(ql.group) {
			miss = append(miss, ql)
			continue
		}
		if ql.group.shownIn(c.text) || ql.group.byAge && c.holdsBody(q) {
			continue
		}
		inContext := ql.group.shownIn(c.pass.p.Section) || ql.group.shownIn(c.pass.p.Caption) || ql.group.shownIn(c.pass.p.Title)
		if !inContext || namesOther(ql.group, c.text) {
			miss = append(miss, ql)
		}
	}
	return miss
}

// formAmongOthers reports whether a table row shows the route g only in
// its first cell, among the drug's other forms ("Geneesmiddel: brenzapol
// (tablet 400 mg; zetpil 125 mg)"): the row's dose is then not said to be
// the suppository's, and "Wat is de dosering brenzapol zetpil voor
// volwassenen?" had got the adults' tablet dose (pod2text's FT-162).
func (c *cand) formAmongOthers(g *population) bool {
	if c.form != formRow {
		return false
	}
	_, cells := rowCells(c.text)
	if len(cells) < 2 || !g.shownIn(cells[0]) || !strings.Contains(cells[0], ";") {
		return false
	}
	return !slices.ContainsFunc(cells[1:], g.shownIn)
}

// holdsBody reports whether the candidate gives ranges of age or body
// weight and one holds each such value the question states: "een kind van
// 15 kilo" is answered by the row "10–20 kg", which need not say
// "kinderen" (the populations by age, missingQualifiers).
func (c *cand) holdsBody(q question) bool {
	var body []qvalue
	for _, v := range q.values {
		if v.measure == measureAge || v.measure == measureWeight {
			body = append(body, v)
		}
	}
	ranged, fits := valueFit(body, c.text)
	return ranged && fits
}

// forOthersOnly reports whether the candidate, a sentence or a pair,
// gives the dose or number asked only for another population than the
// one the question asks about: each of its sentences that gives one names
// another population and not the one asked, as in "Somnarol is bij
// kinderen weinig onderzocht. Volwassenen krijgen 2 dd 10 mg." for a
// child's dose. The question's population is then named only beside the
// dose of others, which is no answer for it. Permission questions are
// left to the other rules: the words that say whether a drug may be
// given are too loose to tell which of two sentences says it.
func (c *cand) forOthersOnly(q question) bool {
	if c.form != formSentence && c.form != formPair || len(q.quals) == 0 || q.kind != kindDose && q.kind != kindAmount {
		return false
	}
	others := false
	for j := c.lo; j <= c.hi; j++ {
		text := c.pass.norm[j]
		if !kindShown(q.kind, &cand{text: text, lower: " " + strings.ToLower(text) + " ", form: formSentence}) {
			continue
		}
		for _, ql := range q.quals {
			switch {
			case ql.group.shownIn(text):
				return false // the answer for the population asked
			case namesOther(ql.group, text):
				others = true
			}
		}
	}
	return others
}

// unheadedDoses reports whether the candidate is a table row that states
// doses in two cells or more without a header over them ("dravolan
// (tablet 500 mg) · 3 dd 500 mg · 3 dd 15 mg/kg", a table whose header the
// extractor could not read): nothing says whose dose each is, so it
// answers no question about a population, not even one whose words the
// section path holds (the unread header may have become a heading).
func (c *cand) unheadedDoses() bool {
	if c.form != formRow {
		return false
	}
	_, cells := rowCells(c.text)
	n := 0
	for i, cell := range cells {
		// (the first cell names what the row is about, its strengths
		// included: "Valmorexine tablet 250 mg; suspensie 50 mg/ml ·
		// Volwassenen · 500 mg 2 dd" states one dose, for the population
		// its second cell names; counted, the adults' row of tex4ht's
		// FT-67 was refused and the row for an eGFR below 30 answered)
		// (an amount: a frequency beside it is part of the same dose,
		// "Kinderen ≥ 6 jaar en ≥ 20 kg · 25 mg · 1 dd · 14 dagen", a
		// row of FT-69 whose header was not read)
		if i > 0 && !strings.Contains(cell, ": ") && (hasDose(cell) || strings.Contains(strings.ToLower(cell), "mg/kg")) {
			n++
		}
	}
	return n >= 2
}

// asksPopulation reports whether the question names a population: one of
// the qualifiers, or adults.
func asksPopulation(q question) bool {
	return len(q.quals) > 0 || namesAdults(q.text)
}

// addressedToOthers reports whether the candidate speaks of another
// population than one the question asks about, naming that one and not
// the one asked: "Verwijs volwassenen naar de KNO-arts bij heesheid …" is
// no answer to when a child is referred, whatever the question asks
// (forOthersOnly is the finer test of doses and numbers, sentence by
// sentence).
func (c *cand) addressedToOthers(q question) bool {
	return slices.ContainsFunc(q.quals, func(ql qualifier) bool {
		return !ql.group.shownIn(c.text) && namesOther(ql.group, c.text) || ql.group == childrenGroup && nursedOnly(q, c.text)
	})
}

// nursedOnly reports whether the only child a text names is the baby of a
// mother who breastfeeds, a question on breastfeeding not asked:
// "Brelomycine mag tijdens de borstvoeding worden gebruikt; de baby kan
// dunne ontlasting krijgen" says nothing of a baby of 8 kg given
// brelomycine.
func nursedOnly(q question, text string) bool {
	if !nursingGroup.shownIn(text) || slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group == nursingGroup }) {
		return false
	}
	children := slices.DeleteFunc(lowerWords(text), func(w string) bool { return !childrenGroup.shows(w) })
	return len(children) > 0 && !slices.ContainsFunc(children, func(w string) bool {
		return !strings.HasPrefix(w, "baby") && !strings.HasPrefix(w, "zuigeling")
	})
}

// namesAdults reports whether text names adults ("volwassenen",
// "volwassene").
func namesAdults(text string) bool {
	return slices.ContainsFunc(lowerWords(text), func(w string) bool { return strings.HasPrefix(w, "volwassen") })
}

// likeAdults reports whether ws[i], a word naming adults, names them as
// whom another population is dosed like: "als volwassenen", "zoals
// volwassenen", "zie volwassenen", "als bij volwassenen", "de
// volwassenendosering". Such a cell is the dose advice for its own row's
// population (dosedAsAdults), not one for adults.
func likeAdults(ws []string, i int) bool {
	like := func(w string) bool { return w == "als" || w == "zoals" || w == "zie" }
	return strings.HasPrefix(ws[i], "volwassenendos") ||
		i > 0 && like(ws[i-1]) ||
		i > 1 && (ws[i-1] == "bij" || ws[i-1] == "voor") && like(ws[i-2])
}

// dosedAsAdults reports whether text doses its population as adults
// (likeAdults): "vanaf 12 jaar: als volwassenen".
func dosedAsAdults(text string) bool {
	if !strings.Contains(text, "olwassen") && !strings.Contains(text, "OLWASSEN") {
		return false // (most texts: no words to split, kindShown asks it of every row)
	}
	ws := lowerWords(text)
	for i, w := range ws {
		if strings.HasPrefix(w, "volwassen") && likeAdults(ws, i) {
			return true
		}
	}
	return false
}

// adultsOnly reports whether text names adults and no other population
// ("Volwassenen", not "Volwassenen en kinderen" nor "Volwassenen met een
// eGFR < 30"), and not as what another is dosed like: "Als volwassenen",
// the remark of the row for children of 40 kg or more, doses them as
// adults are (lowdown's FT-132 had refused a girl of 14 that row).
func adultsOnly(text string) bool {
	ws := lowerWords(text)
	if i := slices.IndexFunc(ws, func(w string) bool { return strings.HasPrefix(w, "volwassen") }); i >= 0 && likeAdults(ws, i) {
		return false
	}
	return namesAdults(text) && !slices.ContainsFunc(ws, func(w string) bool {
		return slices.ContainsFunc(populations, func(o *population) bool { return o.shows(w) })
	})
}

// populationKey is the cell of a row's key that names its population: the
// key's value, or the row's cell for the population where the key is its
// drug ("Middel: brunoxine · Patiëntengroep: kinderen en jongeren tot 18
// jaar · …" is keyed by both).
func (c *cand) populationKey() string {
	key := c.key
	if h, v, ok := strings.Cut(key, ": "); ok && !qualifierCell(h) {
		key = v
	}
	if !qualifierCell(key) {
		key = populationCell(c.pass.p.Text)
	}
	return key
}

// keyedForOthers reports whether the candidate is a table row keyed by a
// population ("Patiënt: Verminderde nierfunctie (eGFR < 30)", "Kinderen
// 6–11 jaar", "5–10 kg"; or in the cell after the drug's) that the question does not ask about: it names
// none of the row's groups and states no value the row's ranges hold, or
// states one they do not hold. The row is advice for those
// patients only: "Wanneer is cefaloxine geïndiceerd bij een patiënt met
// verminderde afweer?" was answered with the kidney row's dose. A row for
// adults is the standard advice, for a question that names no one too. A
// nested list's item is keyed by the leads it stands under (itemKey): a
// man of 45 got the line for an eGFR below 15 beside his own (FT-228).
func (c *cand) keyedForOthers(q question) bool {
	var key string
	switch {
	case c.form == formRow && c.key != "":
		key = c.populationKey()
	case c.form == formSentence:
		key = itemKey(c.text) // a nested list's item, keyed as a row is
	}
	if key == "" || !qualifierCell(key) || namesAdults(key) || strictKinds[q.kind] && bodyUnstated(q, c) != "" {
		return false // a weight band without the patient's weight is ruleBody's
	}
	// (a score's range in the key is no population's: "Kind jonger dan 3
	// maanden met KWAK-score ≥ 3" holds a KWAK-score of 4 but is a row for
	// infants, which ikiwiki's FT-104 had given for "KWAK-score 4, wat
	// nu?")
	patient := slices.DeleteFunc(slices.Clone(q.values), func(v qvalue) bool { return strings.HasPrefix(v.measure, namedMeasure("")) })
	if ranged, fits := valueFit(patient, key); ranged {
		// the key's ranges hold the patient's value or not: "Kinderen
		// 2–11 jaar" is no row for "jongeren van 12 tot 17 jaar", whatever
		// a cell of it says ("vanaf 6 jaar 1 dd 10 mg")
		return !fits
	}
	return !slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(key) })
}

// itemKey returns the leads a nested list's item stands under below its
// first and its own lead ("Nierfunctie › eGFR < 15" of "Tresomycine ›
// Nierfunctie › eGFR < 15: dag 1 500 mg …", ingest/extract
// nestedItemPaths): whom it is for, as a row's key; "" for any other text.
func itemKey(text string) string {
	head, _, ok := strings.Cut(text, ": ")
	if !ok {
		return ""
	}
	_, key, ok := strings.Cut(head, " › ")
	if !ok {
		return ""
	}
	return key
}

// namesOther reports whether text names a population other than g: another
// group, or adults, whose advice is the standard one and not that for a
// child, a pregnancy or a reduced kidney function. Adults named as what
// others are dosed like ("vanaf 12 jaar: als volwassenen") are not
// spoken to (adultsOnly).
func namesOther(g *population, text string) bool {
	ws := lowerWords(text)
	for i, w := range ws {
		if strings.HasPrefix(w, "volwassen") && !likeAdults(ws, i) ||
			slices.ContainsFunc(populations, func(o *population) bool { return o != g && o.shows(w) }) {
			return true
		}
	}
	return false
}

// qualifierApart reports whether a pair of sentences names a population
// the question asks about only in the sentence that does not name the
// question's subject: "Triversan mag tijdens de zwangerschap worden
// gebruikt …" followed by "Tijdens de borstvoeding is fenolastine het
// middel van voorkeur." says nothing of triversan during breastfeeding,
// under "Zwangerschap en borstvoeding" too. The subject is what the
// retrieved rows and the corpus's tables name, and the drug a dose or
// permission question asks about (q.dosed, q.given), which a guideline
// without a table naming its drugs names only in its prose.
func (c *cand) qualifierApart(q question, sub subjects) bool {
	var drugs []unit
	for _, u := range []*unit{q.dosed, q.given} {
		if u != nil {
			drugs = append(drugs, *u)
		}
	}
	if c.form != formPair || !sub.any() && len(sub.tabled) == 0 && len(drugs) == 0 {
		return false
	}
	about := func(j int) bool {
		set := newTermSet(c.pass.spanTerms[j]) // without the title's terms, which every sentence has
		for _, m := range []map[string]bool{sub.asked, sub.titled, sub.tabled} {
			for t := range m {
				if set.covered(t) {
					return true
				}
			}
		}
		return slices.ContainsFunc(drugs, func(u unit) bool { return set.score(u) > 0 })
	}
	for _, ql := range q.quals {
		shown, withSubject := false, false
		for j := c.lo; j <= c.hi; j++ {
			if ql.group.shownIn(c.pass.norm[j]) {
				shown = true
				withSubject = withSubject || about(j)
			}
		}
		if shown && !withSubject {
			return true
		}
	}
	return false
}
