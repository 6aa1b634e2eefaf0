package answer

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Generator is a chat model: answer/llm adapts langchaingo's providers to it.
// onToken, when not nil, receives the answer as it streams.
type Generator interface {
	Generate(ctx context.Context, system, user string, onToken func(string)) (string, error)
	Model() string
}

// Service answers questions with cited sentences or abstains.
type Service struct {
	cfg      Config
	search   retrieval.Searcher
	llm      Generator
	enforcer *Enforcer
	model    *Model
	answerer Answerer

	tablesMu sync.Mutex
	tables   *analysedTables // the corpus's table subjects, analysed
}

// Answerer writes the answer once the evidence check has decided there is
// one: the extractive answerer quotes the chosen sentences; the LLM
// answerer has a model write it from the same numbered passages, under the
// same enforcement and question checks, falling back to the extractive
// answer. The service picks one when it is made (New).
type Answerer interface {
	answer(ctx context.Context, s *Service, in *asked, resp *Response, st *streamer) error
}

// asked is a question on its way: analysed, with its passages and the
// evidence check's decision.
type asked struct {
	q  question
	k  int // passages asked for
	ps []*prepared
	d  decision
}

// extractive answers with the chosen passage sentences themselves.
type extractive struct{}

func (extractive) answer(_ context.Context, s *Service, in *asked, resp *Response, _ *streamer) error {
	resp.Enforcement = EnforcementPassed
	s.compose(resp, in.d.report.Verdicts)
	return nil
}

// New returns a Service. llm may be nil: answers are then extractive only.
func New(cfg Config, search retrieval.Searcher, llm Generator) *Service {
	cfg.setDefaults()
	s := &Service{
		cfg:      cfg,
		search:   search,
		llm:      llm,
		enforcer: NewEnforcer(cfg.Analyzer, cfg.MinSupport, cfg.AllowUnverified),
		model:    cfg.Model,
		answerer: extractive{},
	}
	if llm != nil {
		s.answerer = llmAnswerer{}
	}
	return s
}

// Model returns the answer model in use.
func (s *Service) Model() *Model { return s.model }

// Enforcer returns the service's citation enforcer (for tools and tests).
func (s *Service) Enforcer() *Enforcer { return s.enforcer }

// Ask answers one question.
func (s *Service) Ask(ctx context.Context, req Request) (*Response, error) {
	return s.AskStream(ctx, req, nil)
}

// AskStream answers one question, calling emit with each sentence as soon as
// it has passed enforcement. The returned Response is authoritative: when an
// LLM answer had to be repaired or replaced, it may differ from what was
// emitted, and clients should show the final sentences.
func (s *Service) AskStream(ctx context.Context, req Request, emit func(Sentence) error) (*Response, error) {
	began := time.Now()
	q, k, passages, err := s.retrieve(ctx, req)
	if err != nil {
		return nil, err
	}
	in, passages, err := s.decideOn(ctx, q, k, passages)
	if err != nil {
		return nil, err
	}
	if in.d.abstain {
		// a word joined of two the sources name ("brenazinedrank"):
		// asked again with them apart, answered if that is answered
		split, err := s.splitCompounds(ctx, q, passages)
		if err != nil {
			return nil, err
		}
		if split != q {
			found, err := s.searchFor(ctx, split, k)
			if err != nil {
				return nil, err
			}
			again, found, err := s.decideOn(ctx, split, k, found)
			if err != nil {
				return nil, err
			}
			if !again.d.abstain {
				in, passages = again, found
			}
		}
	}
	resp := &Response{Passages: passages, Mode: ModeExtractive, Model: ModeExtractive, Disclaimer: s.cfg.Disclaimer,
		Sentences: []Sentence{}, Citations: []Citation{}}
	resp.Confidence = in.d.confidence
	st := &streamer{emit: emit}
	if in.d.abstain {
		why, err := s.unverifiedWhy(ctx, in)
		if err != nil {
			return nil, err
		}
		s.abstain(resp, why)
		if why == in.d.why {
			resp.Suggestions = in.d.suggestions // what the reason asks after
		}
	} else {
		err = s.answerer.answer(ctx, s, in, resp, st)
	}
	if err == nil {
		err = st.rest(resp.Sentences)
	}
	if err != nil {
		return nil, err
	}
	resp.LatencyMS = time.Since(began).Milliseconds()
	return resp, nil
}

// retrieve validates and redacts the question and searches its passages
// (never nil): the way every question goes before it is answered.
func (s *Service) retrieve(ctx context.Context, req Request) (string, int, []bronwijzer.Passage, error) {
	q, k, err := s.validate(req)
	if err != nil {
		return "", 0, nil, err
	}
	q = expandShorthand(withDigits(s.redact(q)))
	passages, err := s.searchFor(ctx, q, k)
	if err != nil {
		return "", 0, nil, err
	}
	return q, k, passages, nil
}

// searchFor searches the passages for the question text q (never nil).
func (s *Service) searchFor(ctx context.Context, q string, k int) ([]bronwijzer.Passage, error) {
	passages, err := s.search.Search(ctx, q+trimesterNamed(q), retrieval.SearchOptions{K: k, Mode: s.cfg.SearchMode, VerifiedOnly: !s.cfg.AllowUnverified})
	if err != nil {
		return nil, fmt.Errorf("answer: search: %w", err)
	}
	if passages == nil {
		passages = []bronwijzer.Passage{}
	}
	return passages, nil
}

// decideOn reads the question text q, adds the section it asks for to its
// passages (sectionAsked) and decides whether and with what to answer.
func (s *Service) decideOn(ctx context.Context, q string, k int, passages []bronwijzer.Passage) (*asked, []bronwijzer.Passage, error) {
	qa, err := s.analyse(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	if passages, err = s.sectionAsked(ctx, qa, k, passages); err != nil {
		return nil, nil, err
	}
	if passages, err = s.definitionAsked(ctx, qa, passages); err != nil {
		return nil, nil, err
	}
	if passages, err = s.adultsReferred(ctx, qa, k, passages); err != nil {
		return nil, nil, err
	}
	in := &asked{q: qa, k: k, ps: s.enforcer.prepare(passages)}
	if in.d, err = s.decide(ctx, in.q, in.ps); err != nil {
		return nil, nil, err
	}
	return in, passages, nil
}

// dosedDrug reports whether word is a drug the corpus's dose tables dose
// (analysedTables; read by analyse).
func (s *Service) dosedDrug(word string) bool {
	t := firstTerm(s.cfg.Analyzer, word)
	s.tablesMu.Lock()
	defer s.tablesMu.Unlock()
	return t != "" && s.tables != nil && s.tables.terms[t]
}

// Bounds of a compound the question joins from two words of the sources
// (splitCompounds): the shortest word split, and the shortest part.
const (
	minCompoundSplit = 9
	minCompoundPart  = 4
)

// splitCompounds returns the question with each word that the sources
// name nowhere but that is a drug their dose tables dose and a word they
// name written as those two; a question refused is asked so once more
// (AskStream). "velmoxinedrank" is "velmoxine drank", a drug of the
// sources and a form they give it in ("Wat is de dosering velmoxinedrank voor kinderen?" had
// been refused: the sources name "velmoxinedrank" nowhere), and
// "brenazinekuur" "brenazine kuur". Only a word of nine letters or more
// that no passage found for the question holds is looked up; its parts,
// four letters or more each, are a drug of the dose tables and a word of
// its own in the sources (a lexical search), the longer first part tried
// first. The parts come from the documents, no word list.
func (s *Service) splitCompounds(ctx context.Context, q string, found []bronwijzer.Passage) (string, error) {
	var texts []string
	for _, p := range found {
		texts = append(texts, strings.ToLower(p.Text))
	}
	inFound := func(w string) bool {
		return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, w) })
	}
	named := func(w string) (bool, error) {
		ps, err := s.search.Search(ctx, w, retrieval.SearchOptions{K: 1, Mode: retrieval.Lexical, VerifiedOnly: !s.cfg.AllowUnverified})
		if err != nil {
			return false, fmt.Errorf("answer: search: %w", err)
		}
		return len(ps) > 0 && containsToken(strings.ToLower(ps[0].Text+"\n"+ps[0].Section+"\n"+ps[0].Caption), w), nil
	}
	out := q
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		rs := []rune(lw)
		if len(rs) < minCompoundSplit || inFound(lw) {
			continue
		}
		var splits []int // where a dosed drug ends the word's first part
		for i := len(rs) - minCompoundPart; i >= minCompoundPart; i-- {
			if s.dosedDrug(string(rs[:i])) {
				splits = append(splits, i)
			}
		}
		if len(splits) == 0 {
			continue // no search: most words, and every word of a corpus without dose tables
		}
		if ok, err := named(lw); err != nil {
			return q, err
		} else if ok {
			continue
		}
		for _, i := range splits {
			tail := string(rs[i:])
			okTail, err := named(tail)
			if err != nil {
				return q, err
			}
			if okTail {
				hr := []rune(w)
				out = strings.Replace(out, w, string(hr[:i])+" "+string(hr[i:]), 1)
				break
			}
		}
	}
	return out, nil
}

// definitionAsked returns the passages with one more when the question
// asks what a short form stands for (q.expands: "Waar staat RHS voor?")
// and none of them gives its long form: the first passage of a lexical
// search of their documents for the short form that gives it, by the
// rules abbreviations are learned with (retrieval/abbrev: "Rimpelhoest
// (RHS) is …", "VST (VadoSnel-antigeensneltest)" in a line of
// abbreviations). The question's other words ("afkorting", "staat")
// had found passages that use the short form, not the one that defines
// it. It comes last, with the last passage's score.
func (s *Service) definitionAsked(ctx context.Context, q question, passages []bronwijzer.Passage) ([]bronwijzer.Passage, error) {
	if q.expands == "" || len(passages) == 0 {
		return passages, nil
	}
	defines := func(p bronwijzer.Passage) bool { return learnedLong(q.expands, []string{p.Text}) != "" }
	if slices.ContainsFunc(passages, defines) {
		return passages, nil
	}
	var docs []string
	for _, p := range passages {
		if !slices.Contains(docs, p.DocumentID) {
			docs = append(docs, p.DocumentID)
		}
	}
	found, err := s.search.Search(ctx, q.expands, retrieval.SearchOptions{K: maxDefinitionSearch, Mode: retrieval.Lexical,
		VerifiedOnly: !s.cfg.AllowUnverified, DocumentIDs: docs})
	if err != nil {
		return nil, fmt.Errorf("answer: search: %w", err)
	}
	i := slices.IndexFunc(found, func(p bronwijzer.Passage) bool {
		return slices.Contains(docs, p.DocumentID) && defines(p) && !slices.ContainsFunc(passages, func(r bronwijzer.Passage) bool { return r.ID == p.ID })
	})
	if i < 0 {
		return passages, nil
	}
	p := found[i]
	p.Score = passages[len(passages)-1].Score // a lexical score, on another scale than the passages'
	return append(slices.Clip(passages), p), nil
}

// sectionAsked returns the passages with one more when a section of their
// documents answers the question by its heading and none of them stands
// under it: the section the question asks for (askedHeadings: the
// contra-indications, referral, follow-up or doses), else a section whose
// own heading names a word of the question that no passage's heading names
// ("Welk middel voor de aanval …" and "4.3.1 Behandeling van een aanval").
// Retrieval ranks by the question's words in the text, and "Wanneer mag ik
// geen korvidine geven?" shares more of them with korvidine's dose rows
// than with the list under "Contra-indicaties" that answers it. The
// passage is the first of a lexical search of those documents under such a
// heading; it comes last, with the last passage's score: one more to
// cite, not a better match.
func (s *Service) sectionAsked(ctx context.Context, q question, k int, passages []bronwijzer.Passage) ([]bronwijzer.Passage, error) {
	if len(passages) == 0 {
		return passages, nil
	}
	under := func(p bronwijzer.Passage) bool { return underHeading(q.sections, p) }
	section := len(q.sections) > 0 && !slices.ContainsFunc(passages, under)
	headed := func(p bronwijzer.Passage) termSet {
		if !strings.Contains(p.Section, bronwijzer.SectionSeparator) {
			return termSet{} // the title alone
		}
		return newTermSet(passageTerms(s.cfg.Analyzer, ownHeading(p.Section)))
	}
	open := slices.Clone(q.units)
	var docs []string
	for _, p := range passages {
		if !slices.Contains(docs, p.DocumentID) {
			docs = append(docs, p.DocumentID)
		}
		set := headed(p)
		open = slices.DeleteFunc(open, func(u unit) bool { return set.score(u) >= 1 })
	}
	row, own := s.dosedRow(q, passages)
	grades := gradeOf(q)
	gradeAsked := grades != nil && !slices.ContainsFunc(passages, grades)
	if !section && len(open) == 0 && row == nil && !gradeAsked {
		return passages, nil
	}
	found, err := s.search.Search(ctx, q.text, retrieval.SearchOptions{K: sectionSearchK * k, Mode: retrieval.Lexical,
		VerifiedOnly: !s.cfg.AllowUnverified, DocumentIDs: docs})
	if err != nil {
		return nil, fmt.Errorf("answer: search: %w", err)
	}
	found = slices.DeleteFunc(slices.Clone(found), func(p bronwijzer.Passage) bool {
		return !slices.Contains(docs, p.DocumentID) || slices.ContainsFunc(passages, func(r bronwijzer.Passage) bool { return r.ID == p.ID })
	})
	var picks []int
	if section {
		if i := slices.IndexFunc(found, under); i >= 0 {
			picks = append(picks, i)
		}
	}
	if row != nil {
		// the drug's own row before one that names no drug; beside the
		// passage under the heading asked for, which need not be the
		// row's ("Tabel 1" under "Orale middelen")
		i := slices.IndexFunc(found, own)
		if i < 0 {
			i = slices.IndexFunc(found, row)
		}
		if i >= 0 && !slices.Contains(picks, i) {
			picks = append(picks, i)
		}
	}
	if gradeAsked {
		// the grade that holds the score the question gives ("DWINGEL-score
		// 4" and "3 tot en met 5 punten: …" under the score's heading),
		// which shares no word with the question but the score's name
		// (DocBook's FT-106, nbconvert's FT-105)
		i := slices.IndexFunc(found, grades)
		if i < 0 {
			// the question's other words find other passages ("KPS 6
			// beleid": "Richtlijnen beleid"); the grade is found by the
			// score's names, the short form and the long form the
			// passages give it ("Kempen-puntscore (KPS)"; FT-114)
			more, err := s.search.Search(ctx, scoreNames(q, passages), retrieval.SearchOptions{K: sectionSearchK * k, Mode: retrieval.Lexical,
				VerifiedOnly: !s.cfg.AllowUnverified, DocumentIDs: docs})
			if err != nil {
				return nil, fmt.Errorf("answer: search: %w", err)
			}
			if j := slices.IndexFunc(more, grades); j >= 0 && !slices.ContainsFunc(passages, func(r bronwijzer.Passage) bool { return r.ID == more[j].ID }) {
				found = append(found, more[j])
				i = len(found) - 1
			}
		}
		if i >= 0 && !slices.Contains(picks, i) {
			picks = append(picks, i)
		}
	}
	if len(picks) == 0 && !section {
		if i := slices.IndexFunc(found, func(p bronwijzer.Passage) bool {
			set := headed(p)
			return slices.ContainsFunc(open, func(u unit) bool { return set.score(u) >= 1 })
		}); i >= 0 {
			picks = append(picks, i)
		}
	}
	out := slices.Clip(passages)
	for _, i := range picks {
		p := found[i]
		p.Score = passages[len(passages)-1].Score // a lexical score, on another scale than the passages'
		out = append(out, p)
	}
	return out, nil
}

// gradeOf returns, for a question that gives the value of a score named
// by its short form ("DWINGEL-score 4"), whether a passage grades that
// score's totals in points by a range that holds the value (pointGrades:
// the score's own interpretation, not a sentence that names the score in
// passing, "Overleg met de gynaecoloog bij een zwangere met een ZHS-score
// ≥ 4"); nil for other questions.
func gradeOf(q question) func(bronwijzer.Passage) bool {
	if !slices.ContainsFunc(q.values, func(v qvalue) bool { return strings.HasPrefix(v.measure, namedMeasure("")) }) {
		return nil
	}
	return func(p bronwijzer.Passage) bool {
		_, fits := pointFit(q.values, gradeContext(p), p.Text)
		return fits
	}
}

// scoreNames returns the names of the scores whose values the question
// gives: each short form ("KPS") and the long form the passages give it
// (learnedLong: "Kempen-puntscore").
func scoreNames(q question, passages []bronwijzer.Passage) string {
	texts := make([]string, len(passages))
	for i, p := range passages {
		texts[i] = p.Text
	}
	var names []string
	for _, v := range q.values {
		if name, ok := strings.CutPrefix(v.measure, namedMeasure("")); ok {
			names = append(names, name, learnedLong(name, texts))
		}
	}
	return strings.Join(names, " ")
}

// dosedRow returns, for a question that asks a dose or an amount, what
// the dose row it asks for is when no passage retrieved is one, else nil,
// and which of such rows are the drug's own (keyed by it or with a column
// of it, not a row whose drug was lost):
// a row of a drug it names that heads a dose-table row of a document
// retrieved (q.tabledIn), or in a table by population, whose rows the
// patient keys and whose columns the drugs head ("Patiënt: Kinderen vanaf
// 2 jaar · Cefaloxine (…): 20 mg/kg/dag …"), a row with the drug's column
// whose key names a population the question names (none for a question
// that names none: another population's row would not do). "Hoeveel
// tarvomycine geef ik?" shares only the drug's name with its row, and
// passages that name the drug more often rank above the row; "Hoeveel
// cefaloxine krijgt een kind?" found the rows of adults, pregnancy and the
// kidney, not the children's. sectionAsked then adds the row.
func (s *Service) dosedRow(q question, passages []bronwijzer.Passage) (row, own func(bronwijzer.Passage) bool) {
	// (or whether the drug may be given to the patient the question
	// names: "Mag ik lindoravet geven bij een eGFR van 22?" is answered by
	// the row for an eGFR below 30)
	patient := q.kind == kindPermission && (len(q.values) > 0 || len(q.quals) > 0)
	if q.kind != kindDose && q.kind != kindAmount && !patient {
		return nil, nil
	}
	var drugs []string
	for _, p := range passages {
		for _, t := range q.tabledIn[p.DocumentID] {
			if !slices.Contains(drugs, t) && !doseWord(t) && namesUnit(q, t) {
				drugs = append(drugs, t)
			}
		}
	}
	if len(drugs) == 0 {
		return nil, nil
	}
	a := s.cfg.Analyzer
	// the drugs whose columns a row keyed by the patient fills: with a
	// dose, or, asked whether the drug may be given, with the advice not
	// to ("pranoxine: niet gebruiken" in the row for an eGFR of 15-29)
	drugColumns := func(p bronwijzer.Passage) []string {
		ts := columnDrugs(a, p.Text)
		if patient {
			ts = append(ts, withheldColumns(a, p.Text)...)
		}
		return ts
	}
	row = func(p bronwijzer.Passage) bool {
		key := retrieval.RowSubject(p.Kind, p.Caption, p.Text)
		if measuredRowKey(p, key) {
			// a bare range of the measure its header names ("eGFR
			// (ml/min/1,73 m²): 15-29", measuredKey) is read with it
			_, header := rowParts(p)
			key = header + ": " + key
		}
		keyed := key != "" && qualifierCell(key)
		// a row keyed by the patient: the one for the population or the
		// value the question names (the drug's own table, captionSubject,
		// or its column)
		patients := func(key string) bool {
			if ranged, fits := valueFit(q.values, key); ranged {
				return fits // "Kinderen jonger dan 6 jaar" is no row for a child of 8
			}
			return slices.ContainsFunc(q.quals, func(ql qualifier) bool { return ql.group.shownIn(key) })
		}
		if slices.Contains(drugs, rowSubject(a, p)) {
			if keyed {
				return patients(key)
			}
			// a row keyed by the drug with a cell for the population
			// ("Middel: kalvidol 3% crème · Patiëntengroep: kinderen van 1
			// tot 12 jaar · …"): the patient's, when the question names one
			pop := populationCell(p.Text)
			if pop != "" && (len(q.values) > 0 || len(q.quals) > 0) {
				return patients(pop)
			}
			// a row of the drug's contra-indications or interactions
			// ("Middel: vortemasol · Interacties Combinatie met: opioïden
			// · …") is no dose row: "vortemasol 80-jarige hoeveel" had
			// it, and so no search for the row of "ouderen ≥ 75 jaar"
			return pop != "" || dosedRow(p.Text)
		}
		return keyed && slices.ContainsFunc(drugColumns(p), func(t string) bool { return slices.Contains(drugs, t) }) && patients(key)
	}
	// own: the drug's row, keyed by it or with a column of it; a row whose
	// drug was lost, keyed by its populations alone, is not the drug's
	// ("Patiëntgroep: kinderen 2–11 jaar … eGFR < 30 · …", ConTeXt's FT-22)
	own = func(p bronwijzer.Passage) bool {
		return row(p) && (slices.Contains(drugs, rowSubject(a, p)) ||
			slices.ContainsFunc(drugColumns(p), func(t string) bool { return slices.Contains(drugs, t) }))
	}
	// a row of the drug for the patient's population is there, unless it
	// holds the patient only by a range from childhood or adulthood on
	// ("Volwassenen en kinderen vanaf 12 jaar" for a patient of 82): the
	// drug's row for the elderly, if any, is the patient's (narrowerRow)
	if slices.ContainsFunc(passages, func(p bronwijzer.Passage) bool { return own(p) && !openFromYoung(q.values, patientCell(p)) }) {
		return nil, nil
	}
	return row, own
}

// patientCell returns the cell of a table row that says whom the row is
// for: its population cell (populationCell) or else its key.
func patientCell(p bronwijzer.Passage) string {
	if pop := populationCell(p.Text); pop != "" {
		return pop
	}
	return retrieval.RowSubject(p.Kind, p.Caption, p.Text)
}

// openFromYoung reports whether the narrowest age range of cell that holds
// the patient's age (fitting) runs on without end from below the age of
// the elderly: a row for everyone from a young age on.
func openFromYoung(vals []qvalue, cell string) bool {
	b, ok := fitting(vals, cell, measureAge)
	return ok && b.hi >= inf && b.lo < elderlyAge
}

// elderlyAge is the age, in months, below which a range that starts there
// is no range of the elderly.
const elderlyAge = 65 * 12

// fitting returns the narrowest range of measure in cell that holds the
// question's value of it (of two, the one within the other).
func fitting(vals []qvalue, cell, measure string) (bound, bool) {
	var best bound
	found := false
	for _, v := range vals {
		if v.measure != measure {
			continue
		}
		for _, b := range bounds(cell) {
			if b.measure == measure && v.lo <= b.hi && v.hi >= b.lo && (!found || b.lo >= best.lo && b.hi <= best.hi) {
				best, found = b, true
			}
		}
	}
	return best, found
}

// populationColumn reports whether a cell, by its header h and value v,
// is the population a row is for (populationCell): a population or a
// range of a measure alone, under a header that names none and no
// contra-indication, without a dose in milligrams or a list.
func populationColumn(h, v string) bool {
	return !qualifierCell(h) && qualifierCell(v) && !strings.ContainsAny(v, ":;") &&
		!strings.Contains(strings.ToLower(h), "contra") &&
		!strings.Contains(strings.ToLower(v), "mg") && len(strings.Fields(v)) <= maxPopulationWords
}

// populationCell returns the value of the first cell after a table row's
// first that names a population or a range of a measure ("Patiëntengroep:
// kinderen van 1 tot 12 jaar", "Groep: eGFR 30–59"), or "".
func populationCell(text string) string {
	_, cells := rowCells(text)
	for i, cell := range cells {
		if i == 0 {
			continue
		}
		// a population alone under a header that names none: not a dose
		// ("Kinderen: tot 6 jaar 1 dd 5 mg", "Bij nierfunctiestoornis:
		// eGFR < 30: maximaal 2000 mg/dag"), nor a list or a note that
		// names one ("Contra-indicaties: …; eGFR onder 15",
		// "Bijzonderheden: bij leverfunctiestoornis … maximaal 2000
		// mg/dag"), nor a contra-indication: whom not to give the drug,
		// not whom the row is for ("Middel: dravimol · Contra-indicaties:
		// kinderen < 12 jaar · Interacterend middel: claritromycine")
		if h, v, ok := strings.Cut(cell, ": "); ok && populationColumn(h, v) && !statesDose(v) {
			return v
		}
		// the same without a header, right after the row's key: the
		// population of a table whose header was not read ("Valmorexine
		// … · eGFR < 30 · niet gebruiken", tex4ht's FT-67)
		if !strings.Contains(cell, ": ") && i == 1 && qualifierCell(cell) && !statesDose(cell) && !strings.ContainsAny(cell, ":;") &&
			!strings.Contains(strings.ToLower(cell), "mg") && len(strings.Fields(cell)) <= maxPopulationWords {
			return cell
		}
	}
	return ""
}

// adultsReferred adds to the passages, for each retrieved dose row whose
// cell for the patient doses them as adults ("Middel: brenoxacilline ·
// Dosering: …; vanaf 12 jaar: als volwassenen" for a girl of 14,
// referredAdults), the adults' row of the same drug (adultsRowOf) when no
// passage holds it: that row is the dose the cell refers to, and decide
// shows it beside the cell. A lexical search of the row's document for
// the drug and adults finds it; it comes last, with the last passage's
// score, as sectionAsked's.
func (s *Service) adultsReferred(ctx context.Context, q question, k int, passages []bronwijzer.Passage) ([]bronwijzer.Passage, error) {
	out := slices.Clip(passages)
	for _, p := range passages {
		if !referredAdults(q.values, p) || slices.ContainsFunc(out, func(r bronwijzer.Passage) bool { return s.adultsRowOf(p, r) }) {
			continue
		}
		drug := retrieval.RowSubject(p.Kind, p.Caption, p.Text)
		if qualifierCell(drug) {
			drug = drugColumn(s.cfg.Analyzer, p)
		}
		if drug == "" {
			continue
		}
		found, err := s.search.Search(ctx, drug+" volwassenen", retrieval.SearchOptions{K: sectionSearchK * k, Mode: retrieval.Lexical,
			VerifiedOnly: !s.cfg.AllowUnverified, DocumentIDs: []string{p.DocumentID}})
		if err != nil {
			return nil, fmt.Errorf("answer: search: %w", err)
		}
		if i := slices.IndexFunc(found, func(r bronwijzer.Passage) bool { return s.adultsRowOf(p, r) }); i >= 0 {
			r := found[i]
			r.Score = out[len(out)-1].Score // a lexical score, on another scale than the passages'
			out = append(out, r)
		}
	}
	return out, nil
}

// referredAdults reports whether a table row doses the patient as adults:
// a cell's band that holds the patient's age, weight, eGFR or weeks
// (bandsFor) says so ("vanaf 12 jaar: als volwassenen"), or a cell says
// so whole in the row of a population whose range holds them
// ("Kinderen ≥ 12 jaar · Dosering: als volwassenen").
func referredAdults(vals []qvalue, p bronwijzer.Passage) bool {
	if p.Kind != bronwijzer.KindTableRow || len(vals) == 0 || !dosedAsAdults(p.Text) {
		return false
	}
	_, cells := rowCells(p.Text)
	for _, cell := range cells {
		if !dosedAsAdults(cell) || statesDose(cell) && bandsFor(vals, cell) == cell {
			continue
		}
		if held := bandsFor(vals, cell); held != cell {
			return dosedAsAdults(held) && !statesDose(held)
		}
		if ranged, fits := valueFit(vals, p.Text); ranged && fits {
			return true
		}
	}
	return false
}

// adultsRowOf reports whether r is the adults' row for the row p that
// doses its population as adults: another row of p's document and table,
// or of a table under the same section (a table per population, "####
// Volwassenen" beside "#### Kinderen"), of the same drug (its key, or
// its column in a table keyed by population, drugColumn), for adults
// only (its key, its population cell or else its own heading), that
// states a dose itself.
func (s *Service) adultsRowOf(p, r bronwijzer.Passage) bool {
	if r.Kind != bronwijzer.KindTableRow || r.ID == p.ID || r.DocumentID != p.DocumentID || !statesDose(r.Text) || dosedAsAdults(r.Text) {
		return false
	}
	if r.Section != p.Section && (parentSection(p.Section) == "" || parentSection(r.Section) != parentSection(p.Section)) {
		return false
	}
	a := s.cfg.Analyzer
	if rowSubject(a, r) != rowSubject(a, p) || firstTerm(a, drugColumn(a, r)) != firstTerm(a, drugColumn(a, p)) {
		return false
	}
	who := retrieval.RowSubject(r.Kind, r.Caption, r.Text)
	if !qualifierCell(who) {
		who = populationCell(r.Text)
	}
	if who == "" {
		who = ownHeading(r.Section)
	}
	return adultsOnly(who)
}

// maxPopulationWords bounds the words of a cell that names a population
// ("volwassenen met eGFR 15 tot 30 ml/min/1,73 m²"): a longer one is a
// note.
const maxPopulationWords = 10

// sectionSearchK: sectionAsked looks for the section's passage among this
// many times k passages of the documents found.
const sectionSearchK = 4

// unverifiedWhy returns the reason of a refusal: the decision's, unless
// only unverified sources are cited (the default) and an unverified source
// holds an answer the model accepts: then the clinician is told which
// source, and that an administrator can verify it. It searches again, so
// it only runs on refusals.
func (s *Service) unverifiedWhy(ctx context.Context, in *asked) (string, error) {
	if s.cfg.AllowUnverified || len(in.q.units) == 0 {
		return in.d.why, nil
	}
	all, err := s.search.Search(ctx, in.q.text, retrieval.SearchOptions{K: in.k, Mode: s.cfg.SearchMode})
	if err != nil {
		return "", fmt.Errorf("answer: search: %w", err)
	}
	if !slices.ContainsFunc(all, func(p bronwijzer.Passage) bool { return !p.Verified }) {
		return in.d.why, nil
	}
	cands, _ := s.scored(in.q, s.enforcer.prepare(all))
	for _, c := range cands {
		if c.reject != "" {
			continue
		}
		if s.model.Confidence(c.feats) < s.model.Threshold || c.pass.p.Verified {
			break
		}
		return fmt.Sprintf("Het antwoord staat alleen in een bron die (nog) niet is geverifieerd: ‘%s’. Een beheerder kan die bron na controle verifiëren.", c.pass.p.Title), nil
	}
	return in.d.why, nil
}

func (s *Service) abstain(resp *Response, why string) {
	resp.Abstained = true
	resp.Reason = strings.TrimSpace(AbstainReason + " " + why)
	resp.Enforcement = EnforcementAbstained
	resp.Answer = resp.Reason // a client that shows only the answer shows the refusal
	resp.Sentences = []Sentence{}
	resp.Citations = []Citation{}
}

// validate checks a request with the rules the API and the CLI use
// (bronwijzer.CheckText, CheckK) and returns the trimmed question and k.
func (s *Service) validate(req Request) (string, int, error) {
	q, err := bronwijzer.CheckText("question", stripMarkers(req.Question), MaxQuestionRunes)
	if err != nil {
		return "", 0, err
	}
	if req.K == 0 {
		return q, s.cfg.K, nil
	}
	return q, req.K, bronwijzer.CheckK(`Veld "k"`, req.K, s.cfg.MaxK)
}

// stripMarkers removes citation markers ("[1]", "[2, 3]") from a question.
// They mean nothing in a question and would otherwise become numbers the
// answer must contain; an injected "[9]" must not steer the answer either.
func stripMarkers(q string) string {
	if !markerRe.MatchString(q) {
		return q
	}
	return strings.Join(strings.Fields(markerRe.ReplaceAllString(q, " ")), " ")
}

// streamer emits accepted sentences once each.
type streamer struct {
	emit    func(Sentence) error
	emitted []string
	err     error
}

func (st *streamer) send(sn Sentence) error {
	if st.emit == nil || st.err != nil {
		return st.err
	}
	for _, e := range st.emitted {
		if e == sn.Text {
			return nil
		}
	}
	st.emitted = append(st.emitted, sn.Text)
	st.err = st.emit(sn)
	return st.err
}

// rest emits the final sentences not emitted yet.
func (st *streamer) rest(final []Sentence) error {
	for _, sn := range final {
		if err := st.send(sn); err != nil {
			return fmt.Errorf("answer: emit: %w", err)
		}
	}
	return nil
}

// trimesterNamed returns, for a question that gives the weeks of a
// pregnancy ("Vrouw, 24 weken zwanger"), the trimester they fall in as a
// guideline names it (" zwangerschap tweede trimester"), to search with:
// a dose table keys its rows by trimester ("Zwangerschap, 2e en 3e
// trimester"), and the weeks share no word with them (nbconvert's FT-105
// and DocBook's FT-106 had found no such row for 9 and 24 weeks). ""
// otherwise. The question itself is read as it was asked.
func trimesterNamed(q string) string {
	for _, v := range questionValues(q) {
		if v.measure != measureGestation || v.lo != v.hi {
			continue
		}
		for _, word := range []string{"eerste", "tweede", "derde"} {
			if b := trimesters[word]; b.lo <= v.lo && v.lo <= b.hi {
				return " zwangerschap " + word + " trimester"
			}
		}
	}
	return ""
}

// shorthand is the clinician's shorthand a question is typed in ("kind
// 4jr", "volw", "zw 10 wk", "2e trim", "max dosis"), written out as the
// sources write it: the question is searched and read in those words. Not
// words a source may use as they are ("bv" is as often "bijvoorbeeld" as
// "borstvoeding").
var shorthand = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?i)(\d)\s*(?:jr|jaar)\b`), "$1 jaar"},
	{regexp.MustCompile(`(?i)(\d)\s*(?:mnd|mndn|mnden)\b`), "$1 maanden"},
	{regexp.MustCompile(`(?i)(\d)\s*(?:wk|wkn)\b`), "$1 weken"},
	{regexp.MustCompile(`(?i)\b1e\s+trim(?:ester)?\b`), "eerste trimester"},
	{regexp.MustCompile(`(?i)\b2e\s+trim(?:ester)?\b`), "tweede trimester"},
	{regexp.MustCompile(`(?i)\b3e\s+trim(?:ester)?\b`), "derde trimester"},
	{regexp.MustCompile(`(?i)\bvolw\b\.?`), "volwassene"},
	{regexp.MustCompile(`(?i)\bzw\b\.?`), "zwanger"},
	{regexp.MustCompile(`(?i)\bmax\b\.?`), "maximaal"},
	{regexp.MustCompile(`(?i)\bpte\b\.?`), "patiënte"},
	{regexp.MustCompile(`(?i)\bpt\b\.?`), "patiënt"},
}

// expandShorthand writes out the clinician's shorthand in q (shorthand).
func expandShorthand(q string) string {
	for _, sh := range shorthand {
		q = sh.re.ReplaceAllString(q, sh.with)
	}
	return q
}

// redactionTag matches the tags a redactor puts in place of personal data,
// with the word that labels it right before it ("BSN [BSN]", "bsn[BSN]",
// "Mevrouw [NAAM]", "geboren [GEBOORTEDATUM]", "tel: [TELEFOON]"): the
// label is no part of the question either. A word before a tag that is no
// label is a function word ("voor [NAAM]"), which the analysis drops
// anyway.
var redactionTag = regexp.MustCompile(`(?:[\p{L}.]{1,20}[\s:(]*)?\[[A-Z]+\]\)?`)

// taggedAge matches a redacted name after a word for the patient with
// the age in brackets after it ("Mevrouw [NAAM] (82)"): the age is the
// patient's, kept as one ("een 82-jarige") when the name and its label go
// (personBracketAgeRe reads it in a question not redacted).
var taggedAge = regexp.MustCompile(`(?i)\b(?:` + caseWords + `)\s*\[[A-Z]+\]\s*\((\d{1,3})(?:\s*(?:jaar|jr\.?))?\)`)

// redact removes personal data from the question (see Config.Redact).
func (s *Service) redact(q string) string {
	if s.cfg.Redact == nil {
		return q
	}
	q = taggedAge.ReplaceAllString(s.cfg.Redact(q), " een $1-jarige ")
	return strings.Join(strings.Fields(redactionTag.ReplaceAllString(q, " ")), " ")
}
