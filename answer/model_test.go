package answer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

func TestDefaultModel(t *testing.T) {
	m := DefaultModel()
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v", m.Threshold)
	}
	if len(m.Weights) != len(FeatureNames)+1 || len(m.AnswerWeights) != len(FeatureNames)+2 {
		t.Errorf("%d and %d weights for %d features", len(m.Weights), len(m.AnswerWeights), len(FeatureNames))
	}
}

func TestParseModelRejects(t *testing.T) {
	good := DefaultModel()
	mutate := func(f func(m *Model)) []byte {
		m := *good
		m.Weights = append([]float64(nil), good.Weights...)
		m.Features = append([]string(nil), good.Features...)
		f(&m)
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	tests := map[string][]byte{
		"other features":  mutate(func(m *Model) { m.Features[0] = "something_else" }),
		"missing weight":  mutate(func(m *Model) { m.Weights = m.Weights[1:] }),
		"threshold one":   mutate(func(m *Model) { m.Threshold = 1 }),
		"threshold zero":  mutate(func(m *Model) { m.Threshold = 0 }),
		"not json":        []byte("{"),
		"answer weights":  mutate(func(m *Model) { m.AnswerWeights = nil }),
		"infinite weight": []byte(strings.Replace(string(mutate(func(*Model) {})), `"weights":[`, `"weights":[1e999,`, 1)),
	}
	for name, data := range tests {
		if _, err := ParseModel(data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ParseModel(mutate(func(*Model) {})); err != nil {
		t.Errorf("the committed model, re-encoded: %v", err)
	}
}

// FitLogistic recovers the direction of a known model from its samples
// and is deterministic.
func TestFitLogistic(t *testing.T) {
	var xs [][]float64
	var ys []bool
	for i := range 400 {
		a, b := float64(i%20)/20, float64((i*7)%13)/13
		xs = append(xs, []float64{a, b})
		ys = append(ys, 3*a-2*b+0.1*math.Sin(float64(i)) > 0.6)
	}
	w, err := FitLogistic(xs, ys, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	if w[1] <= 0 || w[2] >= 0 {
		t.Errorf("weights %v: want the first feature positive, the second negative", w)
	}
	again, _ := FitLogistic(xs, ys, 0.1)
	for i := range w {
		if w[i] != again[i] {
			t.Fatalf("not deterministic: %v then %v", w, again)
		}
	}
	if _, err := FitLogistic(nil, nil, 1); err == nil {
		t.Error("no examples: want an error")
	}
}

func TestChooseThreshold(t *testing.T) {
	outs := []Outcome{
		{P: 0.9, Answerable: true, Evidence: true},
		{P: 0.8, Answerable: true, Evidence: true},
		{P: 0.7, Answerable: false},
		{P: 0.6, Answerable: true, Evidence: true},
		{P: 0.5, Answerable: false},
		{P: 0.4, Answerable: true, Evidence: false, Number: true},
	}
	// With two unanswerable questions, 5 % allows none: the threshold must
	// sit above the first unanswerable one's 0.7, halfway to the 0.8 that
	// is answered.
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	if got := ChooseThreshold([][]Outcome{outs}, 0.05, 0); !near(got, 0.75) {
		t.Errorf("threshold %v, want 0.75", got)
	}
	if got := ChooseThreshold([][]Outcome{outs}, 0.5, 0); !near(got, 0.55) {
		t.Errorf("threshold at 50%% false answers %v, want 0.55", got)
	}
	c := At(outs, 0.4)
	if c.WithEvidence != 3 || c.Wrong != 1 || c.FalseAnswers != 2 || c.Critical != 3 || c.Answerable != 4 || c.Unanswerable != 2 {
		t.Errorf("tally at 0.4: %+v", c)
	}
	if got := ChooseThreshold([][]Outcome{{{P: 0.9, Answerable: false}}}, 0.05, 0); got != 1 {
		t.Errorf("only a false answer: threshold %v, want 1 (never answer)", got)
	}
	// Pooled, one false answer in 20 unanswerable questions is 5 %; but it
	// is one in two of the second set, so the bound must hold per set.
	many := []Outcome{{P: 0.3, Answerable: true, Evidence: true}}
	for range 18 {
		many = append(many, Outcome{P: 0.2, Answerable: false})
	}
	few := []Outcome{{P: 0.6, Answerable: false}, {P: 0.1, Answerable: false}, {P: 0.7, Answerable: true, Evidence: true}}
	if got := ChooseThreshold([][]Outcome{many, few}, 0.05, 0); !near(got, 0.65) {
		t.Errorf("threshold over two sets %v, want 0.65 (above the small set's false answer)", got)
	}
	// Below 0.8 the bound holds. At a cost of 2 per wrong answer a
	// question is worth answering only when its probability of being right
	// is above 2/3: the band from 0.65 down is not answered, however the
	// bound allows it. At a cost of 0 every probability the bound allows is.
	band := []Outcome{
		{P: 0.9, Answerable: true, Evidence: true},
		{P: 0.8, Answerable: true, Evidence: true},
		{P: 0.7, Answerable: true, Evidence: true},
		{P: 0.65, Answerable: true, Evidence: false},
		{P: 0.62, Answerable: true, Evidence: true},
		{P: 0.6, Answerable: true, Evidence: false},
		{P: 0.3, Answerable: false},
	}
	if got := ChooseThreshold([][]Outcome{band}, 0.05, 2); !near(got, 0.675) {
		t.Errorf("threshold at wrong cost 2 = %v, want 0.675 (below 0.7, the least probability above 2/3)", got)
	}
	if got := ChooseThreshold([][]Outcome{band}, 0.05, 1.8); !near(got, 1.8/2.8) {
		t.Errorf("threshold at wrong cost 1.8 = %v, want the floor 1.8/2.8 (above 0.635, the midpoint below 0.65)", got)
	}
	if got := ChooseThreshold([][]Outcome{band}, 0.05, 0); !near(got, 0.45) {
		t.Errorf("threshold at wrong cost 0 = %v, want 0.45 (below 0.6, the least the bound allows)", got)
	}
	// The floor does not lift the bound: a false answer above it still
	// raises the threshold past it.
	above := []Outcome{
		{P: 0.9, Answerable: true, Evidence: true},
		{P: 0.8, Answerable: false},
		{P: 0.75, Answerable: true, Evidence: true},
	}
	if got := ChooseThreshold([][]Outcome{above}, 0.05, 2); !near(got, 0.85) {
		t.Errorf("threshold with a false answer at 0.8 = %v, want 0.85", got)
	}
}

func TestAnswerKind(t *testing.T) {
	tests := map[string]string{
		"Wat is de dosering van tarvomycine bij kinderen?":         kindDose,
		"Welke startdosering geldt voor velamistat?":               kindDose,
		"Hoeveel tarvomycine geef ik een kind van 3 jaar?":         kindDose,
		"Hoeveel praktijken gebruiken AI?":                         kindAmount,
		"Wat kost een sneltest?":                                   kindAmount,
		"Wat is de sensitiviteit van de sneltest?":                 kindAmount,
		"Wanneer verwijs ik een kind met pluimhoest?":              kindCondition,
		"Bij welke saturatie verwijs ik direct?":                   kindCondition,
		"Mag ik tarvomycine geven bij zwangerschap?":               kindPermission,
		"Mijn patiënt gebruikt korvidine en tarvomycine; kan dat?": kindPermission,
		"Heeft dorvaxine invloed op de pil?":                       kindOther,
		"Welke alarmsymptomen zijn er bij ambervlekkenziekte?":     kindList,
		"Waarom is aandacht voor AI nodig?":                        kindReason,
		"Wat is nuldelijnszorg?":                                   kindDefinition,
		"Wanneer spreek je van middelenovergebruik?":               kindDefinition,
		"Vanaf wanneer spreekt men van een ernstig beloop?":        kindDefinition,
		"Wat telt als aanvalsdag?":                                 kindDefinition,
		"Wanneer noem je zandbuik gecompliceerd?":                  kindDefinition,
		"Hoe stel ik de diagnose?":                                 kindProcedure,
		// a property of something, not what a term means
		"Wat is de incubatietijd van kwelderkoorts?": kindOther,
		"Wat is de streefwaarde bij tofi?":           kindOther,
		"Wat zijn de alarmsymptomen bij pluimhoest?": kindList,
		"Wat is de interactie tussen A en digoxine?": kindOther,
		"Wat is de KAT?": kindDefinition,
		"Wat is een vingertopeenheid van een crème?": kindDefinition,
		// a few words that name a patient ask whether the drug may be used
		"korvidine tijdens borstvoeding?": kindPermission,
		"morvastine zalf baby 1 jaar?":    kindPermission,
		"dopravine en oxazepam?":          kindOther,
	}
	for q, want := range map[string]bool{
		"dopravine bijwerkingen?":           true,
		"korvidine tijdens borstvoeding?":   true,
		"Heeft stomen zin bij fluitkeel?":   false, // opened by its verb
		"Bestaat er een vaccin?":            false,
		"Helpt stomen?":                     false,
		"Wat geef ik bij koorts?":           false,
		"Mag tarvomycine bij zwangerschap?": false,
	} {
		if got := shortQuestion(lowerWords(q)); got != want {
			t.Errorf("shortQuestion(%q) = %v, want %v", q, got, want)
		}
	}
	for q, want := range tests {
		if got := answerKind(q, lowerWords(q)); got != want {
			t.Errorf("answerKind(%q) = %s, want %s", q, got, want)
		}
	}
}

// A question points at the sections of an NHG-style guideline that answer
// what it asks: doses, contra-indications, referral, follow-up.
func TestAskedHeadings(t *testing.T) {
	s := newTestService(nil, &fakeSearcher{})
	for question, want := range map[string]string{
		"Wat is de dosering tarvomycine bij kinderen?":       "dosering",
		"Bij wie mag ik geen tarvomycine voorschrijven?":     "contra-indic",
		"Wanneer mag tolzarine niet gebruikt worden?":        "contra-indic",
		"Mag ik tarvomycine geven bij zwangerschap?":         "contra-indic",
		"Wanneer is quilmeprofen gecontra-indiceerd?":        "contra-indic",
		"Wanneer verwijs ik een kind met pluimhoest?":        "verwijz",
		"Hoe vaak controleer ik de nierfunctie?":             "controle",
		"Wanneer moet de patiënt terugkomen?":                "controle",
		"Wanneer zie ik de patiënt terug na de start?":       "controle",
		"Wat is de kans op terugval?":                        "",
		"Wanneer start ik met velaatverlagende behandeling?": "",
		"Wanneer spreek je van middelenovergebruik?":         "begrip",
		"Wat is de oorzaak van ambervlekkenziekte?":          "",
		// asks for an effect, not whether the drug may be given: no
		// contra-indication answers it (FT-05 was answered with
		// dorvaxine's at 0.99)
		"Heeft dorvaxine invloed op de pil?": "",
	} {
		got := s.analyseQuestion(question).headings
		if want == "" && len(got) != 0 || want != "" && !slices.Contains(got, want) {
			t.Errorf("%q: headings %q, want %q", question, got, want)
		}
	}
	// A yes/no question about a drug may be answered by its
	// contra-indications; only a question that asks for them outright
	// has them added to its answer (q.sections, choose).
	for question, want := range map[string]bool{
		"Mag ik tarvomycine geven bij zwangerschap?":      false,
		"Kan tarvomycine een vreemde smaak geven?":        false,
		"Mag ik tarvomycine niet geven bij zwangerschap?": true,
		"Wanneer is quilmeprofen gecontra-indiceerd?":     true,
		"Bij wie mag ik geen tarvomycine voorschrijven?":  true,
	} {
		if got := slices.Contains(s.analyseQuestion(question).sections, "contra-indic"); got != want {
			t.Errorf("%q: asks for the contra-indications outright: %v, want %v", question, got, want)
		}
	}
	ps := s.enforcer.prepare([]bronwijzer.Passage{{ID: "a:1", DocumentID: "a", Title: "T", Text: "Tarvomycine: overgevoeligheid.",
		Section: "4 Richtlijnen beleid › 4.3 Medicamenteuze behandeling › 4.3.3 Contra-indicaties", Verified: true}})
	c := &cand{pass: ps[0]}
	if !headingShown(s.analyseQuestion("Bij wie mag ik geen tarvomycine voorschrijven?").headings, c) ||
		headingShown(s.analyseQuestion("Wanneer verwijs ik een kind met pluimhoest?").headings, c) {
		t.Error("headingShown does not read the section path")
	}
}

func TestQuestionQualifiersAndDetails(t *testing.T) {
	s := newTestService(nil, nil)
	q := s.analyseQuestion("Welke dosering voor een zwangere met een eGFR van 25 die borstvoeding geeft?")
	var got []string
	for _, ql := range q.quals {
		got = append(got, ql.name)
	}
	if strings.Join(got, ",") != "zwangerschap,borstvoeding,nierfunctie" {
		t.Errorf("qualifiers %v", got)
	}
	if q := s.analyseQuestion("Wanneer verwijs ik naar de kinderarts?"); len(q.quals) != 1 || q.quals[0].name != "kinderen" {
		t.Errorf("qualifiers of a question about the paediatrician: %+v", q.quals)
	}
	// a "kinderwens" is a pregnancy to come, not a child to treat
	if q := s.analyseQuestion("Kan ik kordipram voorschrijven aan een vrouw met een kinderwens?"); len(q.quals) != 1 || q.quals[0].name != "zwangerschap" {
		t.Errorf("qualifiers of a question about a wish for a child: %+v", q.quals)
	}
	// the disorder of an organ's function is that function's population
	for question, want := range map[string]string{
		"Moet de dosis soralide worden aangepast bij nierfunctiestoornissen?": "nierfunctie",
		"Welke dosering bij een leverfunctiestoornis?":                        "leverfunctie",
	} {
		if q := s.analyseQuestion(question); len(q.quals) != 1 || q.quals[0].name != want {
			t.Errorf("qualifiers of %q: %+v, want %s", question, q.quals, want)
		}
	}
	// which drugs a drug meets is asked of the section on interactions;
	// whether it meets one named is not
	for question, want := range map[string]bool{
		"Met welke middelen mag somnarol niet gecombineerd worden?":       true,
		"Wat is de interactie tussen prelamycine en digoxine?":            true,
		"Is er een interactie tussen tarvomycine en de anticonceptiepil?": false,
	} {
		if q := s.analyseQuestion(question); slices.Contains(q.headings, "interact") != want {
			t.Errorf("headings of %q: %q", question, q.headings)
		}
	}
	if q := s.analyseQuestion("Wat kost een lichttherapiekuur?"); q.detail != detailMoney {
		t.Errorf("price question detail %q", q.detail)
	}
	if q := s.analyseQuestion("Vanaf welke datum geldt de AI-verordening?"); q.detail != detailDate {
		t.Errorf("date question detail %q", q.detail)
	}
	if q := s.analyseQuestion("Welke bijwerkingen heeft tolzarine?"); q.askedWord != "bijwerkingen" {
		t.Errorf("asked noun %q", q.askedWord)
	}
	if q := s.analyseQuestion("Welk deel van de praktijken gebruikt AI?"); q.askedWord != "praktijken" {
		t.Errorf("asked noun after a kind word: %q", q.askedWord)
	}
}

// guidelineRows are a dose table's rows as the chunker makes them, with a
// contra-indication list; the hard rules are tested on them.
func guidelineRows() []bronwijzer.Passage {
	row := func(id, drug, adult, child string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: id, DocumentID: "ft", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "ft.pdf", PageStart: 4, PageEnd: 4,
			Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte",
			Section: "Fictieve Standaard Ambervlekkenziekte › 4 Beleid › 4.3 Medicamenteuze behandeling",
			Text: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte — Middel: " + drug + " · Volwassenen: " + adult +
				" · Kinderen: " + child, Verified: true, Published: "2025-01-01",
		}
	}
	return []bronwijzer.Passage{
		row("ft:1", "tarvomycine tablet 250 mg", "2 dd 500 mg gedurende 5 dagen", "≥ 6 maanden: 12 mg/kg/dag in 2 giften"),
		row("ft:2", "nordaxilline capsule 200 mg", "3 dd 400 mg gedurende 7 dagen", "niet geregistreerd"),
		{
			ID: "ft:3", DocumentID: "ft", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "ft.pdf", PageStart: 5, PageEnd: 5,
			Section:  "Fictieve Standaard Ambervlekkenziekte › 4 Beleid › 4.3.3 Contra-indicaties",
			Text:     "Geef tarvomycine niet bij een ernstige leverfunctiestoornis. Overleg bij een verlengd QT-interval met de cardioloog.",
			Verified: true, Published: "2025-01-01",
		},
	}
}

// The hard rules: no dose from another drug's row, none for a population
// the candidate does not name, none without a dose.
func TestHardRules(t *testing.T) {
	s := newTestService(nil, &fakeSearcher{passages: guidelineRows()})
	ps := s.enforcer.prepare(guidelineRows())
	rules := func(question string) map[string]string {
		q := s.analyseQuestion(question)
		cands, _ := s.scored(q, ps)
		out := map[string]string{}
		for _, c := range cands {
			key := c.pass.p.ID + " " + formNames[c.form]
			if _, ok := out[key]; !ok || c.reject == "" {
				out[key] = c.reject
			}
		}
		return out
	}
	got := rules("Wat is de dosering van nordaxilline voor volwassenen?")
	if got["ft:1 row"] != ruleForeign || got["ft:2 row"] != "" {
		t.Errorf("nordaxilline dose: rows ruled %v, want tarvomycine's foreign and nordaxilline's allowed", got)
	}
	got = rules("Welke dosering tarvomycine bij zwangerschap?")
	if got["ft:1 row"] != ruleQualifier {
		t.Errorf("pregnancy dose from a row that does not name pregnancy: %v", got)
	}
	got = rules("Welke dosering tarvomycine bij leverfunctiestoornis?")
	if r := got["ft:3 sentence"]; r != ruleKind {
		t.Errorf("a dose question answered by a sentence without a dose: rule %q", r)
	}
	resp, err := s.Ask(context.Background(), Request{Question: "Welke dosering nordaxilline voor kinderen?"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained && strings.Contains(resp.Answer, "12 mg/kg") {
		t.Errorf("nordaxilline for children answered with tarvomycine's children's dose: %q", resp.Answer)
	}
}

// A section on two populations ("Zwangerschap en borstvoeding") names
// both for each of its sentences, but a sentence that names the one is not
// about the other; and of a pair of sentences, the one that names the
// population must be about the drug asked. "Triversan mag tijdens de
// zwangerschap …" followed by "Tijdens de borstvoeding is fenolastine het
// middel van voorkeur." answered "Mag ik triversan geven tijdens de
// borstvoeding?", which the guideline leaves open: fenolastine's dose row
// was not retrieved, and only the corpus's table list knows it.
func TestQualifierOfTheSentence(t *testing.T) {
	tables := map[string][]retrieval.TableRow{"d": {
		{Subject: "fenolastine", Text: "Middel: fenolastine · Volwassenen: 50 mg"},
		{Subject: "triversan", Text: "Middel: triversan · Volwassenen: 2 dd 40 mg"},
	}}
	retrieved := []bronwijzer.Passage{{
		ID: "d:5", DocumentID: "d", Title: "Fictieve Standaard Dwarrelhoofdpijn", SourceFile: "d.pdf", PageStart: 3, PageEnd: 3,
		Section: "Fictieve Standaard Dwarrelhoofdpijn › 4 Richtlijnen beleid › 4.5 Zwangerschap en borstvoeding",
		Text: "Triversan mag tijdens de zwangerschap worden gebruikt; overleg rond de bevalling met de verloskundige. " +
			"Tijdens de borstvoeding is fenolastine het middel van voorkeur.",
		Verified: true, Published: "2025-09-01",
	}, {
		ID: "d:4", DocumentID: "d", Title: "Fictieve Standaard Dwarrelhoofdpijn", SourceFile: "d.pdf", PageStart: 3, PageEnd: 3,
		Kind: bronwijzer.KindTableRow, Caption: "Tabel 1 Dosering", Section: "Fictieve Standaard Dwarrelhoofdpijn › 4 Richtlijnen beleid › 4.4 Profylaxe",
		Text: "Tabel 1 Dosering — Middel: triversan · Volwassenen: 2 dd 40 mg", Verified: true, Published: "2025-09-01",
	}}
	s := newTestService(nil, &fakeSearcher{passages: retrieved, tables: tables})
	ps := s.enforcer.prepare(retrieved)
	allowed := func(question string) []*cand {
		q, err := s.analyse(context.Background(), question)
		if err != nil {
			t.Fatal(err)
		}
		cands, _ := s.scored(q, ps)
		return slices.DeleteFunc(cands, func(c *cand) bool { return c.reject != "" || c.pass.p.ID != "d:5" })
	}
	for _, c := range allowed("Mag ik triversan geven tijdens de borstvoeding?") {
		t.Errorf("allowed: %s %q", formNames[c.form], c.text)
	}
	if !slices.ContainsFunc(allowed("Mag ik triversan geven tijdens de zwangerschap?"), func(c *cand) bool {
		return c.form == formSentence && strings.HasPrefix(c.text, "Triversan mag tijdens de zwangerschap")
	}) {
		t.Error("the sentence on triversan in pregnancy is not allowed for a question on it")
	}
}

// The same without a table that names the drugs (a guideline that doses
// in prose, or a print whose table the extractor could not read): the
// drug asked whether it may be given is the subject. "Mag moxalide tijdens
// de borstvoeding?" was answered from the pair "Moxalide is
// gecontra-indiceerd in het eerste trimester …" and "Pravetrine-oorzalf
// mag tijdens de zwangerschap en de borstvoeding worden gebruikt.", shown
// as its second sentence alone: another drug's permission.
func TestQualifierOfTheSentenceWithoutTables(t *testing.T) {
	retrieved := []bronwijzer.Passage{{
		ID: "k:7", DocumentID: "k", Title: "Fictieve Standaard Klepperoor", SourceFile: "k.pdf", PageStart: 3, PageEnd: 3,
		Section: "Fictieve Standaard Klepperoor › 4 Richtlijnen beleid › 4.4 Zwangerschap en borstvoeding",
		Text: "Lindoxan mag tijdens de hele zwangerschap en tijdens de borstvoeding worden gebruikt. " +
			"Moxalide is gecontra-indiceerd in het eerste trimester van de zwangerschap; geef het in het tweede en derde trimester alleen na overleg met de gynaecoloog. " +
			"Pravetrine-oorzalf mag tijdens de zwangerschap en de borstvoeding worden gebruikt.",
		Verified: true, Published: "2026-01-01",
	}}
	for name, a := range analyzers(t) {
		s := newRealService(a, &fakeSearcher{passages: retrieved})
		resp, err := s.Ask(context.Background(), Request{Question: "Mag moxalide tijdens de borstvoeding?"})
		if err != nil {
			t.Fatal(err)
		}
		if !resp.Abstained {
			t.Errorf("%s: answered %q; the guideline says nothing of moxalide during breastfeeding", name, resp.Answer)
		}
		resp, err = s.Ask(context.Background(), Request{Question: "Mag lindoxan tijdens de borstvoeding?"})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Abstained || !strings.Contains(resp.Answer, "Lindoxan mag") {
			t.Errorf("%s: %q (%s); want lindoxan's own sentence", name, resp.Answer, resp.Reason)
		}
	}
}

// Tables by population and weight (a guideline printed by Chromium,
// FT-07): the rows of a table whose first cells are weight bands or
// populations have no subject of their own; a patient's weight picks the
// band, the drug asked picks the column of a table by population, and the
// caption's table number states no amount. A permission question names
// what it asks may be given, and a candidate that does not name it is no
// answer ("Mag ik hydrolan geven tijdens de borstvoeding?" had been
// answered with "Cefaloxine mag tijdens de borstvoeding worden gebruikt.").
func TestTablesByPopulationAndWeight(t *testing.T) {
	doc := func(id, caption, text string, kind string) bronwijzer.Passage {
		return bronwijzer.Passage{ID: id, DocumentID: "z", Title: "Fictieve Standaard Zandbuik", SourceFile: "z.pdf", PageStart: 2, PageEnd: 2,
			Kind: kind, Caption: caption, Section: "Fictieve Standaard Zandbuik › 4 Richtlijnen beleid",
			Text: text, Verified: true, Published: "2026-01-01"}
	}
	weight := "Tabel 2 Hydrolan bij matige uitdroging, naar lichaamsgewicht"
	byPop := "Tabel 3 Dosering van geneesmiddelen bij zandbuik"
	signs := "Tabel 1 Tekenen van uitdroging bij kinderen"
	retrieved := []bronwijzer.Passage{
		doc("z:1", weight, weight+" — Lichaamsgewicht: < 5 kg · In de eerste 4 uur: 200–400 ml", bronwijzer.KindTableRow),
		doc("z:2", weight, weight+" — Lichaamsgewicht: 10–20 kg · In de eerste 4 uur: 700–1000 ml", bronwijzer.KindTableRow),
		doc("z:3", byPop, byPop+" — Patiënt: Kinderen vanaf 2 jaar · Motrexide (tablet 4 mg): 0,15 mg/kg eenmalig, maximaal 8 mg · "+
			"Cefaloxine (tablet 500 mg): 20 mg/kg/dag in 2 giften gedurende 3 dagen", bronwijzer.KindTableRow),
		doc("z:4", signs, signs+" — Teken: Drinken · Geen of lichte uitdroging: drinkt normaal · Matige uitdroging: dorstig", bronwijzer.KindTableRow),
		doc("z:5", "", "Cefaloxine mag tijdens de borstvoeding worden gebruikt.", ""),
	}
	tables := map[string][]retrieval.TableRow{"z": {
		{Subject: "Kinderen vanaf 2 jaar", Text: "Patiënt: Kinderen vanaf 2 jaar · Motrexide (tablet 4 mg): 0,15 mg/kg eenmalig · Cefaloxine (tablet 500 mg): 20 mg/kg/dag"},
		{Subject: "10–20 kg", Text: "Lichaamsgewicht: 10–20 kg · In de eerste 4 uur: 700–1000 ml"},
	}}
	s := newTestService(nil, &fakeSearcher{passages: retrieved, tables: tables})
	ps := s.enforcer.prepare(retrieved)
	cands := func(question string) map[string]*cand {
		q, err := s.analyse(context.Background(), question)
		if err != nil {
			t.Fatal(err)
		}
		cs, _ := s.scored(q, ps)
		out := map[string]*cand{}
		for _, c := range cs {
			if _, ok := out[c.pass.p.ID]; !ok && c.form != formPair {
				out[c.pass.p.ID] = c
			}
		}
		return out
	}
	got := cands("Hoeveel hydrolan geef ik een kind van 15 kilo in de eerste 4 uur?")
	if got["z:2"].reject != "" || got["z:1"].reject == "" {
		t.Errorf("weight bands: 10–20 kg ruled %q, < 5 kg %q; want the first allowed, the second not", got["z:2"].reject, got["z:1"].reject)
	}
	got = cands("Wat is de dosering cefaloxine bij kinderen?")
	if c := got["z:3"]; c.reject != "" || strings.Contains(c.text, "Motrexide") || !strings.Contains(c.text, "20 mg/kg/dag") {
		t.Errorf("table by population: %q ruled %q; want cefaloxine's column only", c.text, c.reject)
	}
	if got := cands("Hoeveel hydrolan moet een volwassene drinken?")["z:4"]; got.reject == "" {
		t.Errorf("a row of signs answers an amount through its caption's table number: %q", got.text)
	}
	if got := cands("Mag ik hydrolan geven tijdens de borstvoeding?")["z:5"]; got.reject != ruleForeign {
		t.Errorf("another drug's advice in breastfeeding: rule %q, want %q", got.reject, ruleForeign)
	}
	if got := cands("Mag ik cefaloxine geven tijdens de borstvoeding?")["z:5"]; got.reject != "" {
		t.Errorf("cefaloxine's own advice in breastfeeding: rule %q", got.reject)
	}
}

// Two rows of one drug for two uses: a question about an attack is not
// answered from the prophylaxis row; an item listed under another drug is
// no answer either; "hoeveel <drug>" asks a dose.
func TestHardRulesVariantsAndLabels(t *testing.T) {
	row := func(id, first, adult string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: id, DocumentID: "ft2", Title: "Fictieve Standaard Velaatjicht", SourceFile: "ft2.pdf", PageStart: 4, PageEnd: 4,
			Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering van geneesmiddelen bij velaatjicht",
			Text:     "Tabel 2 Dosering van geneesmiddelen bij velaatjicht — Middel: " + first + " · Volwassenen: " + adult,
			Verified: true, Published: "2025-01-01",
		}
	}
	ps := []bronwijzer.Passage{
		row("v:1", "korvidine (profylaxe) tablet 0,3 mg", "1 dd 0,3 mg gedurende 3 maanden"),
		row("v:2", "korvidine (aanval) tablet 0,6 mg", "eerste dag 1,2 mg, daarna 2 dd 0,6 mg"),
		{
			ID: "v:3", DocumentID: "ft2", Title: "Fictieve Standaard Velaatjicht", SourceFile: "ft2.pdf", PageStart: 5, PageEnd: 5,
			Kind: bronwijzer.KindList, Section: "Fictieve Standaard Velaatjicht › 4.3.3 Contra-indicaties",
			Text:     "Geef de middelen niet bij de volgende contra-indicaties:\n• Korvidine: een eGFR < 30 en ernstige leverfunctiestoornis.\n• Velamistat: gelijktijdig gebruik van dravotioprine.",
			Verified: true, Published: "2025-01-01",
		},
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	q := s.analyseQuestion("Welke dosis korvidine bij een acute aanval?")
	cands, _ := s.scored(q, pp)
	for _, c := range cands {
		if c.pass.p.ID == "v:1" && c.reject != ruleForeign {
			t.Errorf("the prophylaxis row for an attack: rule %q, want %q", c.reject, ruleForeign)
		}
		if c.pass.p.ID == "v:2" && c.reject != "" {
			t.Errorf("the attack row: rule %q, want none", c.reject)
		}
	}
	q = s.analyseQuestion("Wanneer mag ik geen korvidine geven?")
	cands, _ = s.scored(q, pp)
	for _, c := range cands {
		if c.pass.p.ID == "v:3" && strings.Contains(c.text, "Velamistat:") && c.reject != ruleForeign {
			t.Errorf("a candidate with velamistat's item for a korvidine question: rule %q (%q)", c.reject, c.text)
		}
	}
	q = s.analyseQuestion("Hoeveel korvidine bij een acute aanval?")
	cands, _ = s.scored(q, pp)
	for _, c := range cands {
		if c.pass.p.ID == "v:3" && c.reject == "" {
			t.Errorf("'hoeveel korvidine' answered by a contra-indication without a dose: %q", c.text)
		}
	}
}

// A question that spells out a name the sources abbreviate is covered by
// the short form: "Landelijk Meldpunt Mijtoverdraagbare Aandoeningen" by
// "LMMA".
func TestShortFormsCoverSpelledOutNames(t *testing.T) {
	p := bronwijzer.Passage{
		ID: "m:1", DocumentID: "ft", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "ft.pdf", PageStart: 6, PageEnd: 6,
		Text:     "Meld een cluster van drie of meer patiënten bij het LMMA; melding is niet verplicht.",
		Verified: true, Published: "2025-01-01",
	}
	for name, a := range analyzers(t) {
		s := newTestServiceWith(a, nil, &fakeSearcher{passages: []bronwijzer.Passage{p}})
		ps := s.enforcer.prepare([]bronwijzer.Passage{p})
		q := s.analyseQuestion("Moet ik een cluster doorgeven aan het Landelijk Meldpunt Mijtoverdraagbare Aandoeningen?")
		before := ps[0].terms.coverage(q.units, nil)
		after := ps[0].terms.coverage(s.withShortForms(q, ps), nil)
		if after <= before {
			t.Errorf("%s: coverage %.2f with the short form, %.2f without: the short form should cover the name", name, after, before)
		}
		if q := s.analyseQuestion("Moet ik een cluster melden bij de landelijke instantie?"); !slices.EqualFunc(s.withShortForms(q, ps), q.units,
			func(a, b unit) bool { return slices.Equal(a.alts, b.alts) }) {
			t.Errorf("%s: a lower-case phrase took a short form", name)
		}
	}
}

// Rules read from the question's grammar: a dose question that describes
// its drug ("het antivirale middel") is answered only from the row of a
// drug the guideline links to that description; "hoe vaak" needs an
// interval or a schedule; "hoeveel sessies" a count of sessions or a share;
// "bij welke ALAT-waarde" a limit.
// TestUnheadedDosesAnswerNoPopulation: a table row that states doses in
// two cells without a header over them (a table whose header the
// extractor could not read) says nothing of whose dose each is, so it
// answers no question about a population; a question that names none
// still sees it.
func TestUnheadedDosesAnswerNoPopulation(t *testing.T) {
	const caption = "Tabel 2 Dosering van antibiotica bij keelontsteking"
	ps := []bronwijzer.Passage{{
		ID: "k:1", DocumentID: "keel", Title: "Keelontsteking", SourceFile: "keel.pdf", PageStart: 1, PageEnd: 1,
		Kind: bronwijzer.KindTableRow, Section: "Keelontsteking › Dosering Middel Duur Volwassenen Kinderen", Caption: caption,
		Text: caption + " — dravolan (tablet 500 mg) · 3 dd 500 mg · 3 dd 15 mg/kg · 7 dagen", Verified: true, Published: "2025-01-01",
	}}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	for question, want := range map[string]string{
		"Wat is de dosering van dravolan bij kinderen?":    ruleQualifier,
		"Wat is de dosering van dravolan bij volwassenen?": ruleQualifier,
		"Hoeveel dravolan geef ik?":                        "",
	} {
		cands, _ := s.scored(s.analyseQuestion(question), pp)
		rows := 0
		for _, c := range cands {
			if c.form == formRow {
				rows++
				if c.reject != want {
					t.Errorf("%q: the unheaded row: rule %q, want %q", question, c.reject, want)
				}
			}
		}
		if rows == 0 {
			t.Errorf("%q: no row candidate", question)
		}
	}
}

// TestRowKeyedByUnstatedWeight: a table that doses by body weight, age
// or eGFR, a row for each range, answers a dose question only with the row
// for the weight or age the question states, or with a row that names
// the population it asks about ("≥ 40 kg en volwassenen" for an adult,
// "Kinderen vanaf 2 jaar" for a child). A row for another range is one
// the question gives no ground to pick: "Hoeveel hydrolan geef ik bij
// matige uitdroging?" was answered with the infants' row "< 5 kg", and so
// was an adult where the table has no row for adults (ruleBody).
func TestRowKeyedByUnstatedWeight(t *testing.T) {
	const fluids = "Tabel 2 Hydrolan bij matige uitdroging, naar lichaamsgewicht"
	const drugs = "Tabel 3 Dosering van geneesmiddelen bij zandbuik"
	row := func(id, caption, text string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: id, DocumentID: "zb", Title: "Fictieve Standaard Zandbuik", SourceFile: "zb.html", PageStart: 1, PageEnd: 1,
			Kind: bronwijzer.KindTableRow, Section: "Zandbuik › 4 Beleid › 4.3 Medicamenteuze behandeling", Caption: caption,
			Text: caption + " — " + text, Verified: true, Published: "2025-01-01",
		}
	}
	ps := []bronwijzer.Passage{
		row("zb:1", fluids, "Lichaamsgewicht: < 5 kg · In de eerste 4 uur: 200–400 ml · Daarna na elke dunne ontlasting: 50 ml"),
		row("zb:2", fluids, "Lichaamsgewicht: 10–20 kg · In de eerste 4 uur: 700–1000 ml · Daarna na elke dunne ontlasting: 150 ml"),
		row("zb:3", drugs, "Patiënt: Kinderen vanaf 2 jaar · Motrexide (tablet 4 mg; drank 0,8 mg/ml): 0,15 mg/kg eenmalig, maximaal 8 mg"),
		row("zb:4", "Tabel 4 Dosering van cefaloxine naar nierfunctie", "eGFR: 10–29 ml/min · Cefaloxine: 2 dd 250 mg"),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	for _, tt := range []struct {
		question string
		want     map[string]string // row passage → rule
	}{
		{"Hoeveel hydrolan geef ik bij matige uitdroging?", map[string]string{"zb:1": ruleBody, "zb:2": ruleBody}},
		{"Hoeveel hydrolan krijgt een volwassene met matige uitdroging?", map[string]string{"zb:1": ruleBody, "zb:2": ruleBody}},
		{"Hoeveel hydrolan krijgt een 80-jarige met matige uitdroging?", map[string]string{"zb:1": ruleBody, "zb:2": ruleBody}},
		// the row keyed by a band that does not hold the weight is for
		// others (keyedForOthers)
		{"Hoeveel hydrolan krijgt een kind van 15 kilo met matige uitdroging?", map[string]string{"zb:1": ruleValue, "zb:2": ""}},
		{"Hoeveel motrexide krijgt een kind met zandbuik?", map[string]string{"zb:3": ""}},
		{"Wat is de dosering van cefaloxine?", map[string]string{"zb:4": ruleBody}},
		{"Wat is de dosering van cefaloxine bij een eGFR van 20?", map[string]string{"zb:4": ""}},
		{"Wat is de dosering van cefaloxine bij een nierfunctiestoornis?", map[string]string{"zb:4": ""}},
	} {
		cands, _ := s.scored(s.analyseQuestion(tt.question), pp)
		got := map[string]string{}
		for _, c := range cands {
			if _, asked := tt.want[c.pass.p.ID]; asked && c.form == formRow {
				got[c.pass.p.ID] = c.reject
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: rules of the rows (-want +got):\n%s", tt.question, diff)
		}
	}
}

func TestHardRulesFromQuestionGrammar(t *testing.T) {
	doc := func(id, kind, section, caption, text string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: id, DocumentID: "ft3", Title: "Fictieve Standaard Pluimhoest", SourceFile: "ft3.html", PageStart: 1, PageEnd: 1,
			Kind: kind, Section: "Pluimhoest › " + section, Caption: caption, Text: text, Verified: true, Published: "2025-01-01",
		}
	}
	const caption = "Tabel 2 Dosering van geneesmiddelen bij pluimhoest"
	ps := []bronwijzer.Passage{
		doc("p:1", bronwijzer.KindTableRow, "4.3 Medicamenteuze behandeling", caption,
			caption+" — Middel: saltrevol · Volwassenen: zo nodig 1–2 inhalaties, maximaal 4 dd"),
		doc("p:2", bronwijzer.KindTableRow, "4.3 Medicamenteuze behandeling", caption,
			caption+" — Middel: pranolisine · Volwassenen: 2 dd 75 mg gedurende 5 dagen"),
		doc("p:3", bronwijzer.KindText, "4.3.1 Antivirale behandeling", "",
			"Antivirale behandeling met pranolisine is alleen geïndiceerd bij risicogroepen."),
		doc("p:4", bronwijzer.KindText, "5 Controles", "",
			"Bepaal de nierfunctie vóór de start van pranolisine bij een eGFR van 40. Controleer de eGFR jaarlijks, en elke 3 maanden bij een eGFR onder 60."),
		doc("p:5", bronwijzer.KindText, "4.4 Niet-medicamenteuze behandeling", "",
			"Overweeg lichttherapie na 8 weken zonder effect. Een kuur lichttherapie telt 3 sessies per week gedurende 8 weken."),
		doc("p:6", bronwijzer.KindText, "5 Controles", "",
			"Bepaal de ALAT vóór de start en 3 maanden na de start van saltrevol. Staak saltrevol bij een ALAT-waarde boven 3 × de bovengrens."),
		doc("p:7", bronwijzer.KindText, "3 Diagnostiek", "",
			"Bepaal het natrium bij een suf kind; een natrium < 130 mmol/l is reden voor spoedverwijzing. Verwijs een kind met een eGFR < 30 naar de kinderarts."),
		doc("p:8", bronwijzer.KindText, "5 Controles", "",
			"Overleg met de kinderarts bij een zuigeling jonger dan 6 maanden. Zie het kind terug binnen 24 uur."),
		doc("p:9", bronwijzer.KindTableRow, "4.3 Medicamenteuze behandeling", caption,
			caption+" — Middel: tessamol · Kinderen: 1 maand – 1 jaar: 2 dd 3 mg/kg; ≥ 1 jaar: 2 dd 2 mg/kg"),
		doc("p:10", bronwijzer.KindText, "3 Diagnostiek", "",
			"Bepaal bij een eGFR < 30 ook het serumvelaat. Een serumvelaat ≥ 0,42 mmol/l maakt de diagnose waarschijnlijk."),
		doc("p:11", bronwijzer.KindText, "4.2 IJzersuppletie", "",
			"Controleer het ferritine na 3 maanden."),
		doc("p:12", bronwijzer.KindText, "5 Controles", "",
			"Controleer het ferritine na 4 weken."),
		doc("p:13", bronwijzer.KindText, "2 Achtergronden › 2.1 Begrippen", "",
			"Ernstige uitdroging: een gewichtsverlies van meer dan 9%, met sufheid of een capillaire vullingstijd van meer dan 3 seconden."),
		doc("p:14", bronwijzer.KindText, "4 Beleid › 4.2 Behandeling", "",
			"Geef bij ernstige uitdroging hydrolan via een neus-maagsonde."),
		doc("p:15", bronwijzer.KindText, "2 Achtergronden › 2.2 Epidemiologie", "",
			"De prevalentie van pluimhoest bij volwassenen is 0,9%: 1,4% bij mannen en 0,4% bij vrouwen. Bij 4% van de patiënten ontstaat een longontsteking; bij patiënten ouder dan 70 jaar is dat 11%."),
		doc("p:16", bronwijzer.KindText, "4.3 Medicamenteuze behandeling", "",
			"Geef saltrevol 1 dd 0,1 mg, 2 uur voor het slapengaan. Bij 7% van de patiënten nemen de klachten onder saltrevol toe."),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	ruled := func(question string) map[string]string {
		cands, _ := s.scored(s.analyseQuestion(question), pp)
		out := map[string]string{}
		for _, c := range cands {
			out[c.text] = c.reject
		}
		return out
	}
	for text, rule := range ruled("Wat is de dosis van het antivirale middel voor een volwassene?") {
		switch {
		case strings.Contains(text, "Middel: saltrevol") && rule != ruleUndescribed:
			t.Errorf("the saltrevol row for the antiviral drug: rule %q, want %q", rule, ruleUndescribed)
		case strings.Contains(text, "pranolisine ·") && rule != "":
			t.Errorf("the pranolisine row, linked to 'antivirale' by its section: rule %q, want none", rule)
		}
	}
	for text, rule := range ruled("Hoe vaak controleer ik de nierfunctie bij een eGFR van 40?") {
		switch {
		case text == "Bepaal de nierfunctie vóór de start van pranolisine bij een eGFR van 40." && rule != ruleDetail:
			t.Errorf("a sentence without an interval for 'hoe vaak': rule %q, want %q (%q)", rule, ruleDetail, text)
		case strings.HasPrefix(text, "Controleer de eGFR jaarlijks") && rule != "":
			t.Errorf("the interval sentence: rule %q, want none", rule)
		}
	}
	for text, rule := range ruled("Hoeveel sessies lichttherapie per week?") {
		switch {
		case text == "Overweeg lichttherapie na 8 weken zonder effect." && rule != ruleUnit:
			t.Errorf("a sentence that counts weeks, not sessions: rule %q, want %q", rule, ruleUnit)
		case strings.HasPrefix(text, "Een kuur lichttherapie telt 3 sessies") && rule != "":
			t.Errorf("the sentence counting sessions: rule %q, want none", rule)
		}
	}
	for text, rule := range ruled("Bij welke ALAT-waarde stop ik met saltrevol?") {
		switch {
		case text == "Bepaal de ALAT vóór de start en 3 maanden na de start van saltrevol." && rule != ruleDetail:
			t.Errorf("a sentence without a limit for 'bij welke ALAT-waarde': rule %q, want %q", rule, ruleDetail)
		case text == "Staak saltrevol bij een ALAT-waarde boven 3 × de bovengrens." && rule != "":
			t.Errorf("the sentence with the limit: rule %q, want none", rule)
		}
	}
	// "Welke natriumwaarde …?" asks the value of the natrium: a sentence
	// naming natrium with a number answers it, although it never says
	// "natriumwaarde"; and a limit must be the natrium's, not the eGFR's.
	for text, rule := range ruled("Bij welke natriumwaarde verwijs ik een kind?") {
		switch {
		case text == "Bepaal het natrium bij een suf kind; een natrium < 130 mmol/l is reden voor spoedverwijzing." && rule != "":
			t.Errorf("the natrium limit for 'welke natriumwaarde': rule %q, want none", rule)
		case text == "Verwijs een kind met een eGFR < 30 naar de kinderarts." && rule == "":
			t.Errorf("an eGFR limit answered 'bij welke natriumwaarde'")
		}
	}
	// The measured word's stem differs from the word ("serumvelaat" is
	// "serumvelat"): the limit after the word is found all the same.
	for text, rule := range ruled("Bij welke serumvelaatwaarde is de diagnose waarschijnlijk?") {
		switch {
		case text == "Een serumvelaat ≥ 0,42 mmol/l maakt de diagnose waarschijnlijk." && rule != "":
			t.Errorf("the serumvelaat limit for 'welke serumvelaatwaarde': rule %q, want none", rule)
		case text == "Bepaal bij een eGFR < 30 ook het serumvelaat." && rule != ruleDetail:
			t.Errorf("an eGFR limit before the serumvelaat: rule %q, want %q", rule, ruleDetail)
		}
	}
	// "Wanneer zie ik … terug?" asks a term in time, which an age is not.
	for text, rule := range ruled("Wanneer zie ik een kind met pluimhoest terug?") {
		switch {
		case text == "Overleg met de kinderarts bij een zuigeling jonger dan 6 maanden." && rule != ruleDetail:
			t.Errorf("an age for 'wanneer zie ik … terug': rule %q, want %q", rule, ruleDetail)
		case text == "Zie het kind terug binnen 24 uur." && rule != "":
			t.Errorf("the term for 'wanneer zie ik … terug': rule %q, want none", rule)
		}
	}
	// "1 maand – 1 jaar" holds a baby of 6 months.
	for text, rule := range ruled("Welke dosis tessamol voor een baby van 6 maanden?") {
		if strings.Contains(text, "Middel: tessamol") && rule != "" {
			t.Errorf("the row '1 maand – 1 jaar' for a baby of 6 months: rule %q, want none", rule)
		}
	}
	// "Na hoeveel weken …" and "Hoe lang voor een operatie …" ask a term
	// too; a length of treatment is none, and a term must come with the
	// event the question counts from.
	for text, rule := range ruled("Na hoeveel weken werkt lichttherapie?") {
		if text == "Een kuur lichttherapie telt 3 sessies per week gedurende 8 weken." && rule != ruleDetail {
			t.Errorf("a length of treatment for 'na hoeveel weken': rule %q, want %q", rule, ruleDetail)
		}
	}
	for text, rule := range ruled("Hoe lang voor een operatie stop ik saltrevol?") {
		if text == "Bepaal de ALAT vóór de start en 3 maanden na de start van saltrevol." && rule != ruleDetail {
			t.Errorf("a term after the start for 'hoe lang voor een operatie': rule %q, want %q", rule, ruleDetail)
		}
	}
	// The start of iron is what a term under the section on iron counts
	// from; a term under another section counts from something else.
	for text, rule := range ruled("Wanneer controleer ik het ferritine na de start van ijzer?") {
		switch {
		case text == "Controleer het ferritine na 3 maanden." && rule != "":
			t.Errorf("a term under the section on iron for 'na de start van ijzer': rule %q, want none", rule)
		case text == "Controleer het ferritine na 4 weken." && rule != ruleDetail:
			t.Errorf("a term under another section for 'na de start van ijzer': rule %q, want %q", rule, ruleDetail)
		}
	}
	// A definition says what a word means, not what the clinician does.
	const glossary = "Ernstige uitdroging: een gewichtsverlies van meer dan 9%, met sufheid of een capillaire vullingstijd van meer dan 3 seconden."
	for question, want := range map[string]string{
		"Wat geef ik een kind met ernstige uitdroging?":       ruleGlossary,
		"Wanneer spreek ik van ernstige uitdroging?":          "",
		"Wat is ernstige uitdroging?":                         "",
		"Hoe herken ik ernstige uitdroging?":                  "",
		"Welke kinderen met ernstige uitdroging behandel ik?": ruleGlossary,
	} {
		if rule := ruled(question)[glossary]; rule != want {
			t.Errorf("%q: the definition of ernstige uitdroging: rule %q, want %q", question, rule, want)
		}
	}
	if rule := ruled("Wat geef ik een kind met ernstige uitdroging?")["Geef bij ernstige uitdroging hydrolan via een neus-maagsonde."]; rule != "" {
		t.Errorf("the advice for ernstige uitdroging: rule %q, want none", rule)
	}
	// "Hoe vaak" about what happens to patients asks a share among them
	// (an incidence); about what the clinician does, an interval.
	const women = "De prevalentie van pluimhoest bij volwassenen is 0,9%: 1,4% bij mannen en 0,4% bij vrouwen."
	const elderly = "Bij 4% van de patiënten ontstaat een longontsteking; bij patiënten ouder dan 70 jaar is dat 11%."
	for _, tc := range []struct {
		question, text, want string
	}{
		{"Hoe vaak komt pluimhoest voor bij vrouwen?", women, ""},
		{"Hoe vaak komt pluimhoest voor bij kinderen?", women, ruleQualifier},            // a population: no share among children
		{"Hoe vaak komt pluimhoest voor bij rokers?", women, ruleDetail},                 // no share among smokers
		{"Hoe vaak krijgen 70-plussers met pluimhoest een longontsteking?", elderly, ""}, // "ouder dan 70 jaar"
		{"Hoe vaak controleer ik de saturatie bij pluimhoest?", elderly, ruleDetail},     // the clinician's act
		{"Hoe vaak krijgen 70-plussers met pluimhoest een nierontsteking?", elderly, ruleDetail},
		{"Hoe vaak ontstaat nierfalen bij pluimhoest?", elderly, ruleDetail}, // the event after the verb
		{"Hoe vaak ontstaat een longontsteking bij pluimhoest?", elderly, ""},
	} {
		if rule := ruled(tc.question)[tc.text]; rule != tc.want {
			t.Errorf("%q: %q: rule %q, want %q", tc.question, tc.text, rule, tc.want)
		}
	}
	// "Hoe laat" asks for a time of day, which a share or a dose is not.
	for text, want := range map[string]string{
		"Geef saltrevol 1 dd 0,1 mg, 2 uur voor het slapengaan.":         "",
		"Bij 7% van de patiënten nemen de klachten onder saltrevol toe.": ruleUnit,
	} {
		if rule := ruled("Hoe laat neemt de patiënt saltrevol in?")[text]; rule != want {
			t.Errorf("%q for 'hoe laat': rule %q, want %q", text, rule, want)
		}
	}
	for text, want := range map[string]bool{
		"Bij 8,2% van de patiënten van 60 jaar en ouder ontstaat een nierontsteking.":   true,
		"Tijdens de zwangerschap heeft een op de vijf vrouwen klachten.":                true,
		"Asymptomatische hypervelatemie komt voor bij ongeveer 6% van de volwassenen.":  true,
		"Erytrodermie: roodheid en schilfering van meer dan 80% van het huidoppervlak.": false,
		"Breng tolzarine crème 0,1% aan.":                                               false,
	} {
		if got := incidenceShown(text); got != want {
			t.Errorf("incidenceShown(%q) = %v, want %v", text, got, want)
		}
	}
	// "vanaf week 20" states a limit.
	if !detailShown(detailThreshold, "Trovaprofen is gecontra-indiceerd vanaf week 20 van de zwangerschap.") {
		t.Error("'vanaf week 20' not read as a limit")
	}
	// "jonger dan 6 maanden" is an age, not a length of time; so are
	// "≥ 1 jaar" and a range in a row's cell header. "tot 3 maanden na
	// het staken" and "Duur: 5–7 dagen" are lengths.
	for text, want := range map[string]bool{
		"Overleg bij een zuigeling jonger dan 6 maanden.":                                                 false,
		"Middel: mirtacetol · Volwassenen: maximaal 3000 mg per dag · Kinderen (≥ 1 jaar): 4 dd 15 mg/kg": false,
		"Middel: pravetrine-oorzalf 2% · Kinderen 1–5 jaar: 2 dd dun aanbrengen":                          false,
		"Middel: pentavir · Patiënt: Kinderen 2–12 jaar · Duur: 5–7 dagen":                                true,
		"Gebruik anticonceptie tot 3 maanden na het staken.":                                              true,
	} {
		if got := lengthShown(text); got != want {
			t.Errorf("lengthShown(%q) = %v, want %v", text, got, want)
		}
	}
	// A rate among people answers how often something happens; a dose's
	// frequency does not.
	for text, want := range map[string]bool{
		"De incidentie bedraagt 12 per 1000 patiënten per jaar.": true,
		"In Nederland worden jaarlijks 900 patiënten gezien.":    true,
		"Verwijs bij minder dan 400 ml urine per dag.":           false,
		"Geef 4 dd 500 mg.": false,
	} {
		if got := rateStated(text); got != want {
			t.Errorf("rateStated(%q) = %v, want %v", text, got, want)
		}
	}
	if got := s.analyseQuestion("Wat is de maximale hoeveelheid tessamol per dag?").kind; got != kindAmount {
		t.Errorf("'hoeveelheid' asks an amount: kind %q", got)
	}
	for _, tc := range []struct {
		noun, text string
		want       bool
	}{
		{"praktijken", "Ruim de helft van de praktijken (52%) wil dat.", true},
		{"nederlanders", "Bijna vijf miljoen Nederlanders begrijpen het niet.", true},
		{"punten", "Kenmerk: eerdere aanval · Punten: 2", true},
		{"sessies", "Behandel 8 weken met lichttherapie.", false},
		{"punten", "Kenmerk: eerdere aanval · Punten: hoog", false},
		{"aanvalsdagen", "Overweeg profylaxe bij 4 of meer aanvalsdagen per maand.", true},
		{"dagen", "Geef 2 tot 3 hele dagen rust.", true},
		{"dagen", "Na 4 uur herhalen, hooguit op sommige andere dagen.", false},
		// a share counts the noun it names; a strength counts nothing
		{"sessies", "Stap 2: tolzarine crème 0,1%, 1 keer per dag, daarna 2 keer per week.", false},
		{"praktijken", "Ruim 700 huisartsenpraktijken deden mee.", true},
		{"praktijken", "E-consulten (98%) zijn niet meer weg te denken.", false},
	} {
		if got := countShown(tc.noun, tc.text, tc.text); got != tc.want {
			t.Errorf("countShown(%q, %q) = %v, want %v", tc.noun, tc.text, got, tc.want)
		}
	}
	// "hoeveel procent van de X" asks a share of X: "enkele procenten van de
	// CO2-uitstoot" is no share of patients
	for question, want := range map[string]string{
		"Bij hoeveel procent van de patiënten ontstaat een abces?": "patiënten",
		"Hoeveel sessies lichttherapie per week?":                  "sessies",
		"Hoeveel procent is dat?":                                  "",
		"Hoeveel dagen duurt de kuur?":                             "",
	} {
		if got := askedCount(lowerWords(question)); got != want {
			t.Errorf("askedCount(%q) = %q, want %q", question, got, want)
		}
	}
	if countShown("patiënten", "Het internet geeft enkele procenten van de totale CO2-uitstoot.", "Duurzaamheid: het internet geeft enkele procenten van de totale CO2-uitstoot.") {
		t.Error("a share of CO2 emissions counted as a share of patients")
	}
	if !countShown("patiënten", "Bij 6 procent ontstaat een abces.", "Bij 6 procent van de patiënten ontstaat een abces.") {
		t.Error("'6 procent' in a passage on patients not counted")
	}
	// a share in a sentence that follows the one naming the group
	const named = "Ruim de helft van de praktijken (52%) wil spraakgestuurde rapportage. Ook AI voor triage (43%) is gewild."
	for _, tc := range []struct {
		noun, text string
		want       bool
	}{
		{"praktijken", "Ook AI voor triage (43%) is gewild.", true},
		{"sessies", "Ook AI voor triage (43%) is gewild.", false},
	} {
		if got := countShown(tc.noun, tc.text, named); got != tc.want {
			t.Errorf("countShown(%q, %q) in %q = %v, want %v", tc.noun, tc.text, named, got, tc.want)
		}
	}
}

// A list that its section heading introduces ("2.5 Risicogroepen" over
// items that are no sentences) is one candidate; a list whose items are
// sentences is not joined into one.
func TestHeadedListCandidate(t *testing.T) {
	list := func(id, section, text string) bronwijzer.Passage {
		return bronwijzer.Passage{ID: id, DocumentID: "ft3", Title: "Fictieve Standaard Pluimhoest", SourceFile: "ft3.html",
			PageStart: 1, PageEnd: 1, Kind: bronwijzer.KindList, Section: "Pluimhoest › 2 Achtergronden › " + section,
			Text: section + "\n\n" + text, Verified: true, Published: "2025-01-01"}
	}
	ps := []bronwijzer.Passage{
		list("p:1", "2.5 Risicogroepen", "zuigelingen jonger dan 6 maanden;\n\npatiënten met een verminderde afweer;\n\nvolwassenen van 75 jaar en ouder."),
		list("p:2", "4.3.5 Interacties", "Pranolisine verlaagt de werkzaamheid van het neusvaccin.\n\nTessamol versterkt het effect van alcohol."),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	var lists []string
	for _, c := range s.candidates(s.analyseQuestion("Welke patiënten horen tot de risicogroepen?"), pp) {
		if c.form == formList {
			lists = append(lists, c.text)
		}
	}
	want := "zuigelingen jonger dan 6 maanden; patiënten met een verminderde afweer; volwassenen van 75 jaar en ouder."
	if !slices.Equal(lists, []string{want}) {
		t.Errorf("list candidates %q, want only %q", lists, want)
	}
	// One numbered line after a sentence is a heading, not a list.
	heading := []bronwijzer.Passage{{ID: "k:1", DocumentID: "kompas", Title: "AI Kompas", SourceFile: "k.pdf", PageStart: 5, PageEnd: 5,
		Kind: bronwijzer.KindText, Section: "Samenvatting",
		Text:     "Wij wensen u veel leesplezier!\n\n4. Gecoördineerde, nationale aanpak\n\nHet is van groot belang dat er op nationaal niveau coördinatie plaatsvindt.",
		Verified: true, Published: "2025-01-01"}}
	hp := s.enforcer.prepare(heading)
	for _, c := range s.candidates(s.analyseQuestion("Wie coördineert de nationale aanpak?"), hp) {
		if c.form == formList || strings.Contains(c.text, "4. Gecoördineerde") {
			t.Errorf("a heading line in a candidate: %q", c.text)
		}
	}
}

// A sentence of another guideline that names the drug asked only in
// passing is no answer when the drug's own guideline was retrieved.
func TestNoAnswerFromAVisitedGuideline(t *testing.T) {
	ps := []bronwijzer.Passage{
		{ID: "a:1", DocumentID: "amber", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "a.pdf", PageStart: 3, PageEnd: 3,
			Kind: bronwijzer.KindTableRow, Section: "Ambervlekkenziekte › 4.3 Medicamenteuze behandeling", Caption: "Tabel 2 Dosering",
			Text: "Tabel 2 Dosering — Middel: tarvomycine · Volwassenen: 2 dd 500 mg gedurende 5 dagen", Verified: true, Published: "2025-01-01"},
		{ID: "s:1", DocumentID: "sintel", Title: "Fictieve Standaard Sintelhuidziekte", SourceFile: "s.md", PageStart: 1, PageEnd: 1,
			Kind: bronwijzer.KindText, Section: "Sintelhuidziekte › 4.3.5 Interacties",
			Text:     "Sterke CYP3A4-remmers, zoals tarvomycine, verhogen de spiegel van beluxaan; onderbreek beluxaan tijdens een kuur met tarvomycine.",
			Verified: true, Published: "2025-01-01"},
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	rules := func(question string) string {
		cands, _ := s.scored(s.analyseQuestion(question), pp)
		for _, c := range cands {
			if c.pass.p.ID == "s:1" && c.form == formSentence {
				return c.reject
			}
		}
		t.Fatalf("%s: no candidate of the other guideline", question)
		return ""
	}
	if r := rules("Bij wie mag ik geen tarvomycine voorschrijven?"); r != ruleForeign {
		t.Errorf("a sentence of the sintelhuidziekte guideline for a question about tarvomycine: rule %q, want %q", r, ruleForeign)
	}
	if r := rules("Mag ik tarvomycine geven bij sintelhuidziekte?"); r == ruleForeign {
		t.Error("a question naming the other guideline's disease may be answered there")
	}
}

// A guideline's glossary labels its own condition ("Sintelhuidziekte: een
// chronische …") beside other terms ("Sintelartritis: …"); the condition
// is the document's subject (its title), so a sentence naming another
// glossary term is no other subject's passage.
func TestGlossaryConditionIsNoListSubject(t *testing.T) {
	doc := func(id, kind, section, text string) bronwijzer.Passage {
		return bronwijzer.Passage{ID: id, DocumentID: "ft4", Title: "Fictieve Standaard Sintelhuidziekte", SourceFile: "ft4.md",
			PageStart: 1, PageEnd: 1, Kind: kind, Section: "Sintelhuidziekte › " + section, Text: text, Verified: true, Published: "2025-01-01"}
	}
	ps := []bronwijzer.Passage{
		doc("g:1", bronwijzer.KindText, "4.5 Verwijzen", "Verwijs naar de reumatoloog bij verdenking op sintelartritis (gewrichtszwelling of ochtendstijfheid)."),
		doc("g:2", bronwijzer.KindList, "Begrippen", "Begrippen\n\nSintelhuidziekte: een chronische ontstekingsziekte van de huid.\n\nSintelartritis: een ontsteking van gewrichten bij patiënten met sintelhuidziekte."),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	cands, _ := s.scored(s.analyseQuestion("Wanneer stuur ik iemand met sintelhuidziekte naar de reumatoloog?"), s.enforcer.prepare(ps))
	for _, c := range cands {
		if c.pass.p.ID == "g:1" && c.form == formSentence && c.reject != "" {
			t.Errorf("the referral sentence ruled %q: the glossary's label for the guideline's own condition made it another subject's", c.reject)
		}
	}
}

// A question naming drugs of the corpus's dose tables names subjects even
// when none of their rows is retrieved: a list item labelled with another
// drug, or (for a question on two drugs) a sentence naming one of them, is
// no answer. Without the corpus's table subjects both passed as answers to
// "Velamistat en tarvomycine: is er een interactie?", which the guideline
// does not answer.
func TestTableSubjectsOfTheWholeCorpus(t *testing.T) {
	ps := []bronwijzer.Passage{listPassage("v:1", "Fictieve Standaard Velaatjicht", "Velaatjicht › 4.3 Medicamenteuze behandeling › 4.3.5 Interacties",
		"4.3.5 Interacties\n\nKorvidine: sterke CYP3A4-remmers, zoals tarvomycine, verhogen de spiegel van korvidine sterk.\n\n"+
			"Velamistat remt de afbraak van dravotioprine; de combinatie is gecontra-indiceerd.")}
	tables := map[string][]retrieval.TableRow{
		"v":     {dosedTableRow("korvidine (aanval) tablet 0,5 mg"), dosedTableRow("velamistat tablet 100 mg")},
		"amber": {dosedTableRow("tarvomycine tablet 250 mg, 500 mg")},
		// a scoring table's rows are about signs, not drugs
		"pluim": {{Subject: "Drinken", Text: "Item: Drinken · 0 punten: normaal · 1 punt: minder dan de helft"}},
	}
	rules := func(s *Service, question string) map[string]string {
		t.Helper()
		return rulesByOpening(t, s, ps, question, formSentence)
	}
	// (not "tussen velamistat en tarvomycine": the two things "tussen"
	// names are what a yes/no answer must name, with or without tables)
	interaction := "Velamistat en tarvomycine: is er een interactie?"
	with := newTestService(nil, &fakeSearcher{passages: ps, tables: tables})
	got := rules(with, interaction)
	if got["Korvidine"] != ruleForeign || got["Velamistat"] != ruleSubjects {
		t.Errorf("%s: rules %v; want the korvidine item foreign (another drug's) and the velamistat sentence %q (names no tarvomycine)", interaction, got, ruleSubjects)
	}
	// The refusal says what is missing.
	q, err := with.analyse(t.Context(), interaction)
	if err != nil {
		t.Fatal(err)
	}
	pp := with.enforcer.prepare(ps)
	cands, sub := with.scored(q, pp)
	i := slices.IndexFunc(cands, func(c *cand) bool { return c.form == formSentence && strings.HasPrefix(c.text, "Velamistat") })
	if i < 0 {
		t.Fatal("no candidate of the velamistat sentence")
	}
	if why, want := with.ruleWhy(q, pp, sub, cands[i], "", ""), "Geen passage noemt ‘Velamistat’, ‘tarvomycine’ samen."; why != want {
		t.Errorf("refusal %q, want %q", why, want)
	}
	without := newTestService(nil, &fakeSearcher{passages: ps})
	if got := rules(without, interaction); got["Korvidine"] != "" || got["Velamistat"] != "" {
		t.Fatalf("without the table subjects the items break rules %v: the test no longer shows what the subjects add", got)
	}
	// A dose question names the drug whose dose it asks and may name
	// another as the occasion ("bij de start van velamistat"): the dose row
	// need not name that other drug.
	row := bronwijzer.Passage{ID: "v:2", DocumentID: "v", Title: "Fictieve Standaard Velaatjicht", SourceFile: "v.pdf",
		PageStart: 5, PageEnd: 5, Kind: bronwijzer.KindTableRow, Section: "Velaatjicht › 4.3 Medicamenteuze behandeling", Caption: "Tabel 2 Dosering",
		Text: "Tabel 2 Dosering — Middel: korvidine (profylaxe) tablet 0,5 mg · Volwassenen: 1 dd 0,5 mg gedurende 3 maanden", Verified: true, Published: "2025-01-01"}
	dose, err := with.analyse(t.Context(), "Welke dosis korvidine geef ik als profylaxe bij de start van velamistat?")
	if err != nil {
		t.Fatal(err)
	}
	cands, _ = with.scored(dose, with.enforcer.prepare([]bronwijzer.Passage{row}))
	if len(cands) != 1 {
		t.Fatalf("%d candidates of one row", len(cands))
	}
	if cands[0].reject != "" {
		t.Errorf("the korvidine row for its dose at the start of velamistat: rule %q; want it allowed", cands[0].reject)
	}
	// A scoring table's item is no drug: "drinken" beside a drug is no
	// second subject.
	if got := rules(with, "Mag ik velamistat geven aan iemand die slecht kan drinken?"); got["Velamistat"] != "" {
		t.Errorf("a question naming a drug and a scoring table's item: rules %v; want the velamistat sentence allowed", got)
	}
	// One drug asked: its sentence may answer; the other drug's item not.
	got = rules(with, "Waar let ik op als ik velamistat start?")
	if got["Velamistat"] != "" || got["Korvidine"] != ruleForeign {
		t.Errorf("one drug asked: rules %v; want the velamistat sentence allowed, the korvidine item foreign", got)
	}
}

// A labelled list item reads with its heading, as a table row with its
// caption: under "4.3.3 Contra-indicaties", "Beluxaan: zwangerschap …"
// covers "Wat zijn de contra-indicaties van beluxaan?" by itself.
func TestLabelledItemReadsWithItsHeading(t *testing.T) {
	ps := []bronwijzer.Passage{listPassage("s:1", "Fictieve Standaard Sintelhuidziekte", "Sintelhuidziekte › 4.3 Medicamenteuze behandeling › 4.3.3 Contra-indicaties",
		"4.3.3 Contra-indicaties\n\nTolzarine: huidinfecties ter plaatse en acne rosacea.\n\n"+
			"Beluxaan: zwangerschap en kinderwens, borstvoeding, actieve leverziekte.")}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	cands, _ := s.scored(s.analyseQuestion("Wat zijn de contra-indicaties van beluxaan?"), s.enforcer.prepare(ps))
	for _, c := range cands {
		if c.form == formSentence && strings.HasPrefix(c.text, "Beluxaan:") {
			if cov := c.feats[slices.Index(FeatureNames, "coverage")]; cov < 0.99 {
				t.Errorf("the beluxaan item covers %.2f of the question by itself; want 1 with its heading", cov)
			}
			return
		}
	}
	t.Fatal("no candidate of the beluxaan item")
}

// A question's population word is covered by a candidate that shows the
// population in other words, the forms the qualifier rules read: "tijdens
// de lactatie" covers "borstvoeding" as the word itself does. Not an age
// group: "60-plussers" is an age (questionValues), which "60 jaar of ouder"
// in a sentence on the kidneys meets but does not make it cover the
// question's words.
func TestCoverageReadsThePopulationsForms(t *testing.T) {
	coverage := func(question string, texts ...string) map[string]float64 {
		var ps []bronwijzer.Passage
		for i, text := range texts {
			ps = append(ps, passage(fmt.Sprintf("ft%02d", i), "Fictieve Standaard Pluimhoest", text, 3, "2025-01-01"))
		}
		s := newRealService(analyzers(t)["dutch"], &fakeSearcher{passages: ps})
		cands, _ := s.scored(s.analyseQuestion(question), s.enforcer.prepare(ps))
		out := map[string]float64{}
		for _, c := range cands {
			if c.form == formSentence {
				out[c.text] = c.feats[slices.Index(FeatureNames, "coverage")]
			}
		}
		return out
	}
	lactation := "Tessamol wordt tijdens de lactatie ontraden."
	breastfeeding := "Tessamol wordt tijdens de borstvoeding ontraden."
	got := coverage("Mag tessamol tijdens de borstvoeding?", lactation, breastfeeding)
	if got[lactation] == 0 || got[lactation] != got[breastfeeding] {
		t.Errorf("coverage %v; want the lactation sentence to cover the question as the breastfeeding one does", got)
	}
	kidneys := "Bepaal de nierfunctie bij een leeftijd van 60 jaar of ouder."
	elderly := "Bij 60-plussers ontstaat vaker een nierontsteking."
	got = coverage("Hoe vaak krijgen 60-plussers een nierontsteking?", kidneys, elderly)
	if got[kidneys] >= got[elderly] {
		t.Errorf("coverage %v; want an age named in a sentence on another matter to cover no more than its words", got)
	}
}

// listPassage returns a verified list passage of a guideline, its document
// id the passage id's prefix.
func listPassage(id, title, section, text string) bronwijzer.Passage {
	doc, _, _ := strings.Cut(id, ":")
	return bronwijzer.Passage{ID: id, DocumentID: doc, Title: title, SourceFile: doc + ".pdf", PageStart: 1, PageEnd: 1,
		Kind: bronwijzer.KindList, Section: section, Text: text, Verified: true, Published: "2025-01-01"}
}

// A refusal says the sources do not treat a word only when no passage of
// the sources names it: a word the retrieved passages lack but another
// passage has ("korvidine", a drug of another guideline's table) is left
// out, and the reason says which other case it is.
func TestRefusalNamesOnlyWordsTheSourcesLack(t *testing.T) {
	retrieved := []bronwijzer.Passage{passage("ft01", "Fictieve Standaard Ambervlekkenziekte",
		"Tarvomycine remt het leverenzym CYP3A4 en kan de spiegels van sommige statines verhogen.", 4, "2025-01-01")}
	elsewhere := passage("ft02", "Fictieve Standaard Velaatjicht",
		"Korvidine: eGFR < 30, ernstige leverfunctiestoornis en sterke CYP3A4-remmers.", 5, "2025-01-01")
	question := "Mijn patiënt gebruikt korvidine en krijgt tarvomycine; welke sneltestuitslag hoort daarbij?"
	for _, tt := range []struct {
		name     string
		byQuery  map[string][]bronwijzer.Passage
		claim    bool // the reason says the sources do not treat "korvidine"
		searched bool // the word was searched alone
	}{
		{"named elsewhere", map[string][]bronwijzer.Passage{"korvidine": {elsewhere}}, false, true},
		{"named nowhere", map[string][]bronwijzer.Passage{"korvidine": {}}, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeSearcher{passages: retrieved, byQuery: tt.byQuery}
			s := newRealService(nil, f)
			resp, err := s.Ask(context.Background(), Request{Question: question})
			if err != nil {
				t.Fatal(err)
			}
			if !resp.Abstained {
				t.Fatalf("answered %q; want a refusal", resp.Answer)
			}
			claim := claimsAbsent(resp.Reason, "korvidine")
			if claim != tt.claim {
				t.Errorf("reason %q: claims the sources lack korvidine %v, want %v", resp.Reason, claim, tt.claim)
			}
			if slices.Contains(f.searches, "korvidine") != tt.searched {
				t.Errorf("searches %q", f.searches)
			}
		})
	}
	// A failing search of the word fails the question, as a failing first
	// search does: no refusal claims what it could not check.
	s := newRealService(nil, nil)
	s.search = &failAfter{fakeSearcher: &fakeSearcher{passages: retrieved}, n: 1}
	if _, err := s.Ask(context.Background(), Request{Question: question}); err == nil {
		t.Error("the word's search failed; want an error")
	}
}

// A drug class's Latin name in the other number is the same word: a
// guideline that treats "een antibioticum" treats "antibiotica", and one
// on "diuretica" treats "een diureticum", so no refusal says the sources
// do not. The search for the word alone tries both numbers.
func TestRefusalKnowsTheLatinPlural(t *testing.T) {
	retrieved := []bronwijzer.Passage{passage("ft05", "Fictieve Standaard Kwelderkoorts",
		"Leg uit dat de koorts meestal binnen 5 dagen verdwijnt.", 4, "2025-01-01")}
	for _, tt := range []struct {
		question, word, other string
		named                 bronwijzer.Passage
	}{
		{"Is antibiotica nodig bij een licht beloop van kwelderkoorts?", "antibiotica", "antibioticum",
			passage("ft05", "Fictieve Standaard Kwelderkoorts", "Behandel een ernstig beloop met een antibioticum.", 6, "2025-01-01")},
		{"Hoe vaak controleer ik het kalium bij gebruik van een diureticum?", "diureticum", "diuretica",
			passage("ft02", "Fictieve Standaard Velaatjicht", "Diuretica verhogen het serumvelaat.", 7, "2025-01-01")},
	} {
		for _, named := range []bool{true, false} {
			found := []bronwijzer.Passage{}
			if named {
				found = []bronwijzer.Passage{tt.named}
			}
			f := &fakeSearcher{passages: retrieved, byQuery: map[string][]bronwijzer.Passage{tt.word: {}, tt.other: found}}
			resp, err := newRealService(nil, f).Ask(context.Background(), Request{Question: tt.question})
			if err != nil {
				t.Fatal(err)
			}
			claim := claimsAbsent(resp.Reason, tt.word)
			if claim == named {
				t.Errorf("%q (the sources say %q: %v): reason %q", tt.question, tt.other, named, resp.Reason)
			}
			if !slices.Contains(f.searches, tt.other) {
				t.Errorf("%q: searches %q, want %q among them", tt.question, f.searches, tt.other)
			}
		}
	}
	for w, want := range map[string]string{"antibioticum": "antibiotica", "Anticonceptiva": "anticonceptivum", "datum": "", "data": "", "medica": ""} {
		if got := strings.Join(latinNumber(w), ""); got != want {
			t.Errorf("latinNumber(%q) = %q, want %q", w, got, want)
		}
	}
}

// A separable verb stands apart after "te" and after its finite form: a
// guideline that says "vraag de patiënt terug te komen" or "komt de koorts
// terug" treats "terugkomen", so no refusal says the sources do not. The
// search for the word alone also looks for the split forms; a passage
// that holds both words, but not as the verb, does not count.
func TestRefusalKnowsTheSeparableVerb(t *testing.T) {
	retrieved := []bronwijzer.Passage{passage("ft05", "Fictieve Standaard Kwelderkoorts",
		"Kwelderkoorts wordt overgedragen door de beet van de kweldermug.", 4, "2025-01-01")}
	const question = "Wanneer moet een patiënt met kwelderkoorts terugkomen?"
	for _, tt := range []struct {
		text  string
		claim bool
	}{
		{"Vraag de patiënt terug te komen als de koorts na 3 dagen niet daalt.", false},
		{"Komt de koorts na de kuur terug, verwijs dan.", false},
		{"Stuur de uitslag terug naar het laboratorium en laat de patiënt de kuur komen halen.", true},
	} {
		named := passage("ft05", "Fictieve Standaard Kwelderkoorts", tt.text, 6, "2025-01-01")
		f := &fakeSearcher{passages: retrieved, byQuery: map[string][]bronwijzer.Passage{"terugkomen": {}, "terug komen": {named}}}
		resp, err := newRealService(nil, f).Ask(context.Background(), Request{Question: question})
		if err != nil {
			t.Fatal(err)
		}
		if !resp.Abstained {
			t.Fatalf("%q: answered %q; the passage retrieved does not answer it", tt.text, resp.Answer)
		}
		claim := claimsAbsent(resp.Reason, "terugkomen")
		if claim != tt.claim {
			t.Errorf("the source says %q: reason %q, claims the sources lack terugkomen %v, want %v", tt.text, resp.Reason, claim, tt.claim)
		}
	}
	for w, want := range map[string]string{"terugkomen": "terug komen", "Afbouwen": "af bouwen", "doorverwijzen": "door verwijzen",
		"opent": "", "innen": "", "kinderwens": ""} {
		p, v, _ := separable(w)
		if got := strings.TrimSpace(p + " " + v); got != want {
			t.Errorf("separable(%q) = %q, want %q", w, got, want)
		}
	}
}

// A word joined to a number ("70-plussers") is no word the sources lack
// when they never write it so: they speak of "patiënten ouder dan 70
// jaar". A refusal neither says the sources do not treat "plussers" nor
// names the word without its number.
func TestRefusalKeepsTheNumberedWordWhole(t *testing.T) {
	retrieved := []bronwijzer.Passage{passage("ft05", "Fictieve Standaard Kwelderkoorts",
		"Een leverontsteking ontstaat bij 4% van de patiënten; bij patiënten ouder dan 70 jaar is dat 11%.", 2, "2025-01-01")}
	f := &fakeSearcher{passages: retrieved, byQuery: map[string][]bronwijzer.Passage{"plussers": {}, "70-plussers": {}}}
	resp, err := newRealService(nil, f).Ask(context.Background(), Request{Question: "Hoe vaak krijgen 70-plussers met kwelderkoorts een nierontsteking?"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained {
		t.Fatalf("answered %q: the passage names no nierontsteking", resp.Answer)
	}
	if strings.Contains(resp.Reason, "plussers") && !strings.Contains(resp.Reason, "‘70-plussers’") {
		t.Errorf("reason %q names the word without its number", resp.Reason)
	}
	if strings.Contains(resp.Reason, "behandelen ‘plussers’") || strings.Contains(resp.Reason, "behandelen ‘70-plussers’") {
		t.Errorf("reason %q says the sources do not treat the 70-plussers", resp.Reason)
	}
	if got := withNumber("Welke dosis voor 4-jarigen?", "jarigen"); got != "4-jarigen" {
		t.Errorf("withNumber = %q, want 4-jarigen", got)
	}
}

// A pair of sentences that names the population asked in one and gives
// the dose or number of another population in the other is no answer:
// "Somnarol is bij kinderen weinig onderzocht. Volwassenen krijgen 2 dd
// 10 mg." answers no child's dose, and before the rule it was given as
// one. A sentence that gives the dose for the population asked, alone or
// beside that for adults, still answers.
func TestNoDoseForOthersBesideThePopulationAsked(t *testing.T) {
	for _, tt := range []struct {
		question, text string
		answered       bool
	}{
		{"Wat is de dosering van somnarol bij kinderen?", "Somnarol is bij kinderen weinig onderzocht. Volwassenen krijgen 2 dd 10 mg somnarol.", false},
		{"Hoeveel somnarol mag een zwangere gebruiken?", "Somnarol wordt bij zwangeren weinig gebruikt. Bij volwassenen is de dosering 2 dd 10 mg.", false},
		{"Hoeveel procent van de kinderen met kriebelbeen heeft klachten in de nacht?", "Ook kinderen kunnen kriebelbeen hebben. Bij volwassenen met kriebelbeen heeft 80% klachten in de nacht.", false},
		{"Hoeveel somnarol geef ik een kind?", "Somnarol is bij kinderen goed onderzocht. Geef 2 dd 5 mg somnarol.", true},
		{"Hoeveel somnarol geef ik een kind?", "Geef kinderen 2 dd 5 mg somnarol; volwassenen krijgen 2 dd 10 mg.", true},
	} {
		s := newRealService(nil, &fakeSearcher{passages: []bronwijzer.Passage{passage("ft08", "Fictieve Standaard Kriebelbeen", tt.text, 2, "2025-01-01")}})
		resp, err := s.Ask(context.Background(), Request{Question: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Abstained == tt.answered {
			t.Errorf("%q from %q: answered %v (%q), want %v", tt.question, tt.text, !resp.Abstained, resp.Answer, tt.answered)
		}
	}
}

func TestReceivedAmount(t *testing.T) {
	for q, want := range map[string]string{
		"Hoeveel fernacilline krijgt een patiënt van 78 jaar?":                "fernacilline",
		"Hoeveel hydrolan geef ik een kind van 12 kilo?":                      "hydrolan",
		"Hoeveel gram tolzarine crème mag een volwassene per week gebruiken?": "", // a unit
		"Bij hoeveel urineproductie is er een alarmsymptoom?":                 "", // measured, not received
		"Hoeveel hydrolan is er nodig?":                                       "",
	} {
		if got := receivedAmount(lowerWords(q)); got != want {
			t.Errorf("receivedAmount(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestAmountOf(t *testing.T) {
	for q, want := range map[string]string{
		"Hoeveel hydrolan krijgt een kind van 12 kilo?":       "hydrolan",
		"Hoeveel patiënten krijgen een nierontsteking?":       "",
		"Hoeveel procent van de kinderen krijgt antibiotica?": "",
		"Hoeveel hydrolan is er nodig?":                       "hydrolan",
		"Hoeveel vaker krijgen vrouwen velaatjicht?":          "", // a comparative
		"Hoeveel langer krijgt een kind koorts?":              "",
	} {
		if got := amountOf(lowerWords(q)); got != want {
			t.Errorf("amountOf(%q) = %q, want %q", q, got, want)
		}
	}
}

// A refusal says the sources give no number for the question only when
// no candidate on its subject and population gives one: a sentence a rule
// refused for its detail ("een op de vijf vrouwen", no interval, for "hoe
// vaak") still shows that they do. A number for another population (a
// dose row for adults) is none the sources give for the one asked.
func TestRefusalDoesNotDenyANumberARuleRefused(t *testing.T) {
	for _, tt := range []struct {
		name, question string
		passages       []bronwijzer.Passage
		claim          bool
	}{
		{"a share, refused for no interval", "Hoe vaak hebben zwangeren last van kriebelbeen?", []bronwijzer.Passage{
			passage("ft08", "Fictieve Standaard Kriebelbeen", "Somnarol wordt tijdens de zwangerschap niet gebruikt. "+
				"Tijdens de zwangerschap heeft een op de vijf vrouwen klachten, vooral in het derde trimester.", 2, "2025-01-01")}, false},
		{"a number for adults only", "Hoeveel procent van de kinderen met kriebelbeen heeft klachten in de nacht?", []bronwijzer.Passage{
			passage("ft08", "Fictieve Standaard Kriebelbeen", "Ook kinderen kunnen kriebelbeen hebben. "+
				"Bij volwassenen met kriebelbeen heeft 80% klachten in de nacht.", 2, "2025-01-01")}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := newRealService(nil, &fakeSearcher{passages: tt.passages}).Ask(context.Background(), Request{Question: tt.question})
			if err != nil {
				t.Fatal(err)
			}
			if !resp.Abstained {
				t.Fatalf("answered %q", resp.Answer)
			}
			if claim := strings.Contains(resp.Reason, "noemen geen aantal of percentage"); claim != tt.claim {
				t.Errorf("reason %q: says the sources give no number %v, want %v", resp.Reason, claim, tt.claim)
			}
			if tt.claim && !strings.Contains(resp.Reason, "percentage bij ‘kinderen’") {
				t.Errorf("reason %q does not name the population the number is missing for", resp.Reason)
			}
		})
	}
}

// A name the question spells out that a retrieved passage abbreviates
// ("Pluimhoest Ernstscore" where the passage says "PES") is no word the
// sources lack, whatever a search of the word alone finds.
func TestRefusalKnowsAbbreviatedNames(t *testing.T) {
	retrieved := []bronwijzer.Passage{passage("ft03", "Pluimhoest",
		"Beoordeel de ernst met de PES. Een PES van 0 tot 2 past bij een lichte pluimhoest.", 1, "2025-01-01")}
	f := &fakeSearcher{passages: retrieved, byQuery: map[string][]bronwijzer.Passage{"Ernstscore": {}}}
	s := newRealService(nil, f)
	resp, err := s.Ask(context.Background(), Request{Question: "Welke sneltestuitslag hoort bij de Pluimhoest Ernstscore van een zuigeling?"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained {
		t.Fatalf("answered %q; want a refusal", resp.Answer)
	}
	if strings.Contains(resp.Reason, "Ernstscore") {
		t.Errorf("reason %q claims the sources lack a name the passage abbreviates", resp.Reason)
	}
}

// One word spells out no short form: "ambervlekkenziekte" has the letters
// of "AI" in that order, and a question about it was answered from the AI
// Kompas as if the Kompas abbreviated it. The words of a run of capitals
// ("Pluimhoest Ernstscore") and a hyphenated word still do.
func TestOneWordIsNoLongForm(t *testing.T) {
	ps := newTestService(nil, &fakeSearcher{}).enforcer.prepare([]bronwijzer.Passage{
		passage("kompas", "AI Kompas", "AI ondersteunt de huisarts; de PES en de KEL-score worden digitaal bijgehouden.", 1, "2025-01-01")})
	for _, tt := range []struct {
		question, name string
		want           bool
	}{
		{"Wanneer verwijs ik een patiënt met ambervlekkenziekte naar het ziekenhuis?", "ambervlekkenziekte", false},
		{"Welke uitslag van de Pluimhoest Ernstscore hoort bij een lichte pluimhoest?", "Pluimhoest", true},
		{"Wanneer is de Klepperoor-Ernst-Lijst verhoogd?", "Klepperoor-Ernst-Lijst", true},
	} {
		if got := abbreviated(tt.question, tt.name, ps); got != tt.want {
			t.Errorf("abbreviated(%q, %q) = %v, want %v", tt.question, tt.name, got, tt.want)
		}
	}
}

// failAfter is a searcher whose searches after the first n fail.
type failAfter struct {
	*fakeSearcher
	n int
}

func (f *failAfter) Search(ctx context.Context, q string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error) {
	if f.n == 0 {
		return nil, errors.New("search down")
	}
	f.n--
	return f.fakeSearcher.Search(ctx, q, opts)
}

// A question that names nothing the sources are about, whose passages
// scatter over several documents with none holding the majority, is
// refused: its words stand in each of them in passing. The same passages
// answer when one document holds most of them, or when the question names
// what a document is about.
func TestScatteredQuestionIsRefused(t *testing.T) {
	doc := func(id, title, text string) bronwijzer.Passage {
		p := passage(id, title, text, 2, "2025-01-01")
		p.ID = id + ":1:" + fmt.Sprint(len(text))
		return p
	}
	referral := doc("pluimhoest", "Fictieve Standaard Pluimhoest",
		"Alarmsignalen bij kinderen die om een verwijzing vragen: sufheid, intrekkingen of kreunen.")
	scattered := []bronwijzer.Passage{referral,
		doc("velaatjicht", "Fictieve Standaard Velaatjicht", "Bij alarmsignalen van een septische artritis volgt een verwijzing met spoed."),
		doc("sintelhuid", "Fictieve Standaard Sintelhuidziekte", "Buikpijn is een zeldzame bijwerking van beluxaan bij kinderen."),
		doc("velaatjicht", "Fictieve Standaard Velaatjicht", "Een aanval begint vaak 's nachts met hevige pijn."),
		doc("pluimhoest", "Fictieve Standaard Pluimhoest", "Pluimhoest komt vooral in de winter voor."),
	}
	question := "Welke alarmsignalen bij buikpijn bij kinderen vragen om een verwijzing?"
	sizes := map[string]int{"pluimhoest": 49, "velaatjicht": 56, "sintelhuid": 47}
	ask := func(ps []bronwijzer.Passage, q string) *Response {
		t.Helper()
		resp, err := newTestService(nil, &fakeSearcher{passages: ps, chunks: sizes}).Ask(context.Background(), Request{Question: q})
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if resp := ask(scattered, question); !resp.Abstained || !strings.Contains(resp.Reason, "uit 3 verschillende bronnen") {
		t.Errorf("scattered over three documents: answer %q, reason %q; want the refusal that says so", resp.Answer, resp.Reason)
	}
	// One document holds three of five: the retrieval agrees on a source.
	agreed := slices.Clone(scattered)
	agreed[1] = doc("pluimhoest", "Fictieve Standaard Pluimhoest", "Beoordeel bij kinderen de ademfrequentie en de algemene indruk.")
	if resp := ask(agreed, question); resp.Abstained {
		t.Errorf("one document holds most passages: refused (%s); want an answer", resp.Reason)
	}
	// The question names the subject of a document (its title word).
	if resp := ask(scattered, "Welke alarmsignalen bij pluimhoest bij kinderen vragen om een verwijzing?"); resp.Abstained {
		t.Errorf("the question names pluimhoest: refused (%s); want an answer", resp.Reason)
	}
	// A document of two chunks could not have held three of five passages:
	// the spread says nothing, and so does a corpus of unknown sizes.
	sizes["sintelhuid"] = 2
	if resp := ask(scattered, question); resp.Abstained {
		t.Errorf("a two-chunk document among the passages: refused (%s); want an answer", resp.Reason)
	}
	sizes = nil
	if resp := ask(scattered, question); resp.Abstained {
		t.Errorf("document sizes unknown: refused (%s); want an answer", resp.Reason)
	}
}

// A table row answers only a question that points at it: one that names
// the row's subject or asks for its column, and for a drug's dose row,
// unless a dose is asked, one that names more than the drug.
func TestRowTheQuestionDoesNotPointAt(t *testing.T) {
	passage := func(id, title, caption, cells string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: id, DocumentID: id[:3], Title: title, SourceFile: id[:3] + ".pdf", PageStart: 3, PageEnd: 3,
			Kind: bronwijzer.KindTableRow, Caption: caption, Text: caption + " — " + cells,
			Verified: true, Published: "2025-01-01",
		}
	}
	ps := []bronwijzer.Passage{
		passage("ph:1", "Fictieve Standaard Pluimhoest", "Tabel 1 Scoring van de PES bij kinderen",
			"Item: Intrekkingen · 0 punten: geen · 1 punt: licht, alleen tussen de ribben · 2 punten: ernstig, met kreunen"),
		passage("vj:1", "Fictieve Standaard Velaatjicht", "Tabel 2 Dosering van geneesmiddelen bij velaatjicht",
			"Middel: korvidine (profylaxe) tablet 0,3 mg · Volwassenen: 1 dd 0,3 mg gedurende 3 maanden · Bijzonderheden: staken bij diarree"),
		passage("av:1", "Fictieve Standaard Ambervlekkenziekte", "Tabel 1 Diagnostische categorieën",
			"Categorie: Bevestigd · Criteria: als ‘waarschijnlijk’, met een positieve LAT"),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	ruleOf := func(question, id string) string { t.Helper(); return ruleOfPassage(t, s, pp, question, id) }
	for _, tc := range []struct {
		question, id string
		ruled        bool
	}{
		{"Welke uitslag van de ernstscore hoort bij een lichte pluimhoest?", "ph:1", true}, // names no item
		{"Hoeveel punten geef ik bij ernstige intrekkingen?", "ph:1", false},
		{"Wanneer mag ik geen korvidine geven?", "vj:1", true}, // names only the drug: the doses are no answer
		{"Wat doe ik met korvidine bij diarree?", "vj:1", false},
		{"Welke dosis korvidine geef ik een volwassene?", "vj:1", false},
		{"Welk middel moet ik staken bij diarree?", "vj:1", false}, // asks for the column
		// asks for the column and names the row's drug, and no cell says
		// what it asks: the drug named is no answer to which drug
		{"Welk middel geef ik als een patiënt korvidine niet verdraagt?", "vj:1", true},
		{"Wanneer noem je ambervlekkenziekte bevestigd?", "av:1", false}, // no dose row: the row is the answer
	} {
		if got := ruleOf(tc.question, tc.id); (got == ruleRow) != tc.ruled {
			t.Errorf("%q, row %s: rule %q, want ruleRow %v", tc.question, tc.id, got, tc.ruled)
		}
	}

	// A question beyond the doses sees the cells that hold its words; a
	// dose question the doses.
	for _, tc := range []struct{ question, shows, hides string }{
		{"Wat doe ik met korvidine bij diarree?", "Middel: korvidine (profylaxe) tablet 0,3 mg · Bijzonderheden: staken bij diarree", "1 dd"},
		{"Welke dosis korvidine geef ik een volwassene?", "Volwassenen: 1 dd 0,3 mg gedurende 3 maanden", "(nothing hidden)"},
	} {
		got := shownText(s.rowCand(s.analyseQuestion(tc.question), pp[1]))
		if !strings.Contains(got, tc.shows) || strings.Contains(got, tc.hides) {
			t.Errorf("%q: row shown as %q, want %q and not %q", tc.question, got, tc.shows, tc.hides)
		}
	}

	// With only the dose row, the refusal says what the row gives.
	s = newRealService(nil, &fakeSearcher{passages: ps[1:2]})
	resp, err := s.Ask(context.Background(), Request{Question: "Wanneer mag ik geen korvidine geven?"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained || !strings.Contains(resp.Reason, "De bronnen geven over ‘korvidine (profylaxe) tablet’ alleen de dosering") {
		t.Errorf("abstained %v, reason %q, answer %q", resp.Abstained, resp.Reason, resp.Answer)
	}
}

func shownText(c *cand) string {
	if c == nil {
		return "(no candidate)"
	}
	return c.text
}

// "Wat is de X van Y?" asks for a property of Y: a sentence that names Y
// in passing does not state it; "Welke X …?" is answered by instances.
func TestPropertyQuestionNeedsItsNoun(t *testing.T) {
	passage := func(id, section, text string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: id, DocumentID: id[:2], Title: "Rapport", SourceFile: id[:2] + ".pdf", PageStart: 1, PageEnd: 1,
			Kind: bronwijzer.KindText, Section: "Rapport › " + section, Text: text, Verified: true, Published: "2025-01-01",
		}
	}
	ps := []bronwijzer.Passage{
		passage("r1:1", "Startups", "Ancora Health is een gezondheidsplatform met een focus op diabetes type 2 en hypertensie."),
		passage("r2:1", "Behandeling van diabetes type 2", "Start met leefstijladvies en geef bij onvoldoende effect metformine."),
		passage("r3:1", "Bijwerkingen", "Metformine geeft vaak misselijkheid en diarree in de eerste weken."),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	ruleOf := func(question, id string) string { t.Helper(); return ruleOfPassage(t, s, pp, question, id) }
	for _, tc := range []struct {
		question, id, want string
	}{
		{"Wat is de behandeling van diabetes type 2?", "r1:1", ruleAsked}, // names the condition in passing
		{"Wat is de behandeling van diabetes type 2?", "r2:1", ""},        // its section names the treatment
		{"Welke bijwerkingen geeft metformine?", "r3:1", ""},
		{"Welke klachten geeft metformine?", "r3:1", ""}, // instances answer "welke", whatever their heading
	} {
		if got := ruleOf(tc.question, tc.id); got != tc.want {
			t.Errorf("%q, passage %s: rule %q, want %q", tc.question, tc.id, got, tc.want)
		}
	}
}

// ruleOfPassage returns the hard rule the first-scored candidate of passage
// id breaks for the question ("" for none).
func ruleOfPassage(t *testing.T, s *Service, pp []*prepared, question, id string) string {
	t.Helper()
	cands, _ := s.scored(s.analyseQuestion(question), pp)
	for _, c := range cands {
		if c.pass.p.ID == id {
			return c.reject
		}
	}
	t.Fatalf("%q: no candidate of %s", question, id)
	return ""
}

// A dose row's cell is pointed at by a word of the question only when it
// names the whole word: the Dutch analyser splits "interacties" into
// "inter" and "actie", and the kidney cell's "internist" shares the
// first. A question on interactions got the kidney doses (a number citing
// no evidence: a critical error). A question beyond the doses that no
// cell names sees the cells without a dose ("Welke bijwerking …?" and the
// note "branderig gevoel in de eerste week"); a row of doses alone has
// nothing for it.
func TestRowCellNamesTheWholeWord(t *testing.T) {
	row := func(cells string) bronwijzer.Passage {
		return bronwijzer.Passage{
			ID: "av:1", DocumentID: "av", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "av.pdf", PageStart: 4, PageEnd: 4,
			Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte",
			Text:     "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte — Middel: tarvomycine tablet 250 mg · " + cells,
			Verified: true, Published: "2025-01-01",
		}
	}
	doses := "Volwassenen: 2 dd 500 mg gedurende 5 dagen · Bij nierfunctiestoornis: eGFR < 30: 1 dd 250 mg, na overleg met de internist"
	for name, a := range analyzers(t) {
		full := row(doses + " · Bijzonderheden: kan een metaalsmaak geven")
		s := newTestServiceWith(a, nil, &fakeSearcher{passages: []bronwijzer.Passage{full}})
		p := s.enforcer.prepare([]bronwijzer.Passage{full})[0]
		for _, tc := range []struct{ question, shows string }{
			{"Met welke andere geneesmiddelen geeft tarvomycine interacties?", "Bijzonderheden: kan een metaalsmaak geven"},
			{"Geeft tarvomycine een metaalsmaak?", "Bijzonderheden: kan een metaalsmaak geven"},
		} {
			got := shownText(s.rowCand(s.analyseQuestion(tc.question), p))
			if !strings.Contains(got, tc.shows) || strings.Contains(got, "1 dd 250 mg") || strings.Contains(got, "2 dd 500 mg") {
				t.Errorf("%s: %q: row shown as %q, want %q and no dose", name, tc.question, got, tc.shows)
			}
		}
		only := row(doses + " · Kinderen: 12 mg/kg/dag in 2 giften")
		s = newTestServiceWith(a, nil, &fakeSearcher{passages: []bronwijzer.Passage{only}})
		pp := s.enforcer.prepare([]bronwijzer.Passage{only})
		if got := ruleOfPassage(t, s, pp, "Met welke andere geneesmiddelen geeft tarvomycine interacties?", "av:1"); got != ruleRow {
			t.Errorf("%s: interactions, a row of doses: rule %q, want %q (no cell names them)", name, got, ruleRow)
		}
	}
}

// "Bij welk kalium …?" asks a limit of the kalium when a source states
// one right after the word ("kalium > 5,0 mmol/l"): a sentence that names
// the kalium without a limit does not answer it. A limit of a compound's
// head answers a question on the compound ("saturatie < 92%" for "welke
// zuurstofsaturatie").
func TestLimitOfWhatTheQuestionAsks(t *testing.T) {
	text := func(id, body string) bronwijzer.Passage {
		return bronwijzer.Passage{ID: id, DocumentID: "s", Title: "Fictieve Standaard Sintelhuidziekte", SourceFile: "s.md",
			PageStart: 1, PageEnd: 1, Kind: bronwijzer.KindText, Section: "Sintelhuidziekte › 4 Beleid", Text: body,
			Verified: true, Published: "2025-01-01"}
	}
	ps := []bronwijzer.Passage{
		text("s:1", "Controleer het kalium na 1 en 4 weken."),
		text("s:2", "Bij een kalium > 5,0 mmol/l: start beluxaan niet."),
		text("s:3", "Meet de zuurstofsaturatie bij elk kind met koorts."),
		text("s:4", "Verwijs met spoed bij een saturatie < 92%."),
		text("s:5", "Alarmsymptomen zijn een zuurstofsaturatie < 92% en sufheid."),
	}
	s := newTestService(nil, &fakeSearcher{passages: ps})
	pp := s.enforcer.prepare(ps)
	for _, tc := range []struct{ question, id, rule string }{
		{"Bij welk kalium begin ik niet met beluxaan?", "s:1", ruleDetail},
		{"Bij welk kalium begin ik niet met beluxaan?", "s:2", ""},
		{"Bij welke zuurstofsaturatie verwijs ik met spoed?", "s:3", ruleDetail},
		{"Bij welke zuurstofsaturatie verwijs ik met spoed?", "s:4", ""},
		{"Bij welke zuurstofsaturatie verwijs ik met spoed?", "s:5", ""},
	} {
		if got := ruleOfPassage(t, s, pp, tc.question, tc.id); got != tc.rule {
			t.Errorf("%q, %s: rule %q, want %q", tc.question, tc.id, got, tc.rule)
		}
	}
	// No source states a limit right after "patiënten": "Bij welke
	// patiënten …?" asks no limit.
	if got := ruleOfPassage(t, s, pp, "Bij welke patiënten controleer ik het kalium?", "s:1"); got == ruleDetail {
		t.Errorf("'bij welke patiënten' read as a limit: rule %q", got)
	}
}

// A question that asks which drug to give ("Welk middel …?", the header of
// the dose table's first column) is answered by naming a drug of that
// column, is not answered by a drug the source withholds from the
// patient's value, and, when it says what the drug is for, only under a
// heading that names it.
func TestWhichDrugForThePatient(t *testing.T) {
	const section = "Fictieve Standaard Velaatjicht › 4 Beleid › 4.3 Medicamenteuze behandeling › "
	passage := func(id, kind, heading, caption, body string) bronwijzer.Passage {
		return bronwijzer.Passage{ID: id, DocumentID: "v", Title: "Fictieve Standaard Velaatjicht", SourceFile: "v.pdf",
			PageStart: 4, PageEnd: 4, Kind: kind, Section: section + heading, Caption: caption, Text: body,
			Verified: true, Published: "2025-01-01"}
	}
	ps := []bronwijzer.Passage{
		passage("v:1", bronwijzer.KindText, "4.3.2 Velaatverlagende behandeling", "",
			"Start velaatverlagende behandeling na de tweede aanval. Het middel van eerste keus is velamistat."),
		passage("v:2", bronwijzer.KindTableRow, "4.3.2 Velaatverlagende behandeling", "Tabel 2 Dosering",
			"Tabel 2 Dosering — Middel: korvidine (aanval) tablet 0,6 mg · Bij nierfunctiestoornis: eGFR 30–59: 1 dd 0,6 mg eGFR < 30: gecontra-indiceerd"),
		passage("v:3", bronwijzer.KindList, "4.3.1 Behandeling van een aanval", "",
			"Korvidine: 2 dd 0,6 mg tot de aanval is uitgedoofd. Niet bij een eGFR < 30 ml/min/1,73 m2.\n\n"+
				"Pelmasolon: 1 dd 30 mg gedurende 5 dagen. Eerste keus bij een eGFR < 30 ml/min/1,73 m2."),
	}
	tables := map[string][]retrieval.TableRow{"v": {dosedTableRow("korvidine (aanval) tablet 0,6 mg"),
		dosedTableRow("pelmasolon tablet 5 mg"), dosedTableRow("velamistat tablet 100 mg")}}
	const question = "Welk middel voor de aanval bij een patiënt met een eGFR van 25?"
	rules := func(s *Service) map[string]string {
		t.Helper()
		return rulesByOpening(t, s, ps, question, formSentence, formRow)
	}
	with := newTestService(nil, &fakeSearcher{passages: ps, tables: tables})
	got := rules(with)
	for first, want := range map[string]string{
		"Start":      rulePurpose, // another purpose's section
		"Het":        rulePurpose,
		"Tabel":      ruleNotFor, // "eGFR < 30: gecontra-indiceerd"
		"Korvidine":  ruleNotFor, // "Niet bij een eGFR < 30"
		"Pelmasolon": "",
	} {
		if got[first] != want {
			t.Errorf("%q: the candidate opening %q breaks rule %q, want %q (all: %v)", question, first, got[first], want, got)
		}
	}
	if got := rules(newTestService(nil, &fakeSearcher{passages: ps})); got["Start"] != "" || got["Tabel"] != "" {
		t.Fatalf("without the dose table's header the question still chooses a drug: %v", got)
	}
	// A refusal says which rule the best candidate breaks.
	q, err := with.analyse(t.Context(), question)
	if err != nil {
		t.Fatal(err)
	}
	pp := with.enforcer.prepare(ps)
	cands, sub := with.scored(q, pp)
	for _, c := range cands {
		want := map[string]string{
			ruleNotFor:  "De best passende passages noemen alleen middelen die de bronnen bij ‘eGFR van 25’ afraden.",
			rulePurpose: "De best passende passages staan niet onder een kop over ‘aanval’.",
		}[c.reject]
		if why := with.ruleWhy(q, pp, sub, c, "", ""); want != "" && why != want {
			t.Errorf("%s: refusal %q, want %q", c.reject, why, want)
		}
	}

	// The drug's name covers "middel", as the table's rows do by their header.
	units, _ := withTableSubjects(q, pp)
	i := slices.IndexFunc(units, func(u unit) bool { return u.full == "middel" })
	if i < 0 {
		t.Fatalf("no unit for 'middel' in %+v", units)
	}
	item := newTermSet(passageTerms(with.cfg.Analyzer, "Pelmasolon: 1 dd 30 mg gedurende 5 dagen."))
	if item.score(units[i]) < 1 || item.score(q.units[i]) >= 1 {
		t.Errorf("'middel' covered by the pelmasolon item: %v with the table subjects, %v without; want 1 and 0",
			item.score(units[i]), item.score(q.units[i]))
	}
}

// dosedTableRow is a dose table's row of the subject, as TableSubjects
// lists it.
func dosedTableRow(subject string) retrieval.TableRow {
	return retrieval.TableRow{Subject: subject, Text: "Middel: " + subject + " · Volwassenen: 1 dd 1 tablet"}
}

// rulesByOpening returns the rule each candidate of the given forms breaks
// for the question (analysed with the corpus's tables), by its first word
// without a colon.
func rulesByOpening(t *testing.T, s *Service, ps []bronwijzer.Passage, question string, forms ...int) map[string]string {
	t.Helper()
	q, err := s.analyse(t.Context(), question)
	if err != nil {
		t.Fatal(err)
	}
	cands, _ := s.scored(q, s.enforcer.prepare(ps))
	out := map[string]string{}
	for _, c := range cands {
		if slices.Contains(forms, c.form) {
			out[strings.TrimSuffix(strings.Fields(c.text)[0], ":")] = c.reject
		}
	}
	return out
}

// The rules know the drugs of every dose table of the corpus, not only
// those of the retrieved rows: a question on nordaxilline whose row was not
// retrieved is not answered from tarvomycine's row, nor a question on
// quilmeprofen from a sentence on tarvomycine. A dose is only taken from a
// candidate that names what the question doses ("de dosering van
// digoxine"), and a dose by another route than the tablets of the table is
// not the one asked.
func TestRulesKnowTheCorpusDrugs(t *testing.T) {
	tables := map[string][]retrieval.TableRow{"ft": {
		{Subject: "tarvomycine tablet 250 mg", Text: "Middel: tarvomycine tablet 250 mg · Volwassenen: 2 dd 500 mg gedurende 5 dagen"},
		{Subject: "nordaxilline capsule 200 mg", Text: "Middel: nordaxilline capsule 200 mg · Volwassenen: 3 dd 400 mg gedurende 7 dagen"},
		{Subject: "quilmeprofen tablet 400 mg", Text: "Middel: quilmeprofen tablet 400 mg · Volwassenen: 3 dd 400 mg"},
	}}
	retrieved := []bronwijzer.Passage{guidelineRows()[0], {
		ID: "ft:9", DocumentID: "ft", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "ft.pdf", PageStart: 5, PageEnd: 5,
		Section:  "Fictieve Standaard Ambervlekkenziekte › 4 Beleid › 4.3.4 Zwangerschap en borstvoeding",
		Text:     "Tarvomycine mag tijdens de borstvoeding worden gebruikt.",
		Verified: true, Published: "2025-01-01",
	}}
	s := newTestService(nil, &fakeSearcher{passages: retrieved, tables: tables})
	ps := s.enforcer.prepare(retrieved)
	rule := func(question, id string) string {
		q, err := s.analyse(context.Background(), question)
		if err != nil {
			t.Fatal(err)
		}
		cands, _ := s.scored(q, ps)
		for _, c := range cands {
			if c.pass.p.ID == id {
				return c.reject
			}
		}
		t.Fatalf("%q: no candidate of %s", question, id)
		return ""
	}
	for _, tc := range []struct{ question, id, want string }{
		{"Hoeveel nordaxilline geef ik een volwassene?", "ft:1", ruleForeign},
		{"Mag ik quilmeprofen geven tijdens de borstvoeding?", "ft:9", ruleForeign},
		{"Wat is de dosering van digoxine bij ambervlekkenziekte?", "ft:1", ruleForeign},
		{"Hoeveel digoxine geef ik een volwassene?", "ft:1", ruleForeign},
		{"Welke dosering tarvomycine geef ik intraveneus?", "ft:1", ruleQualifier},
		{"Welke dosering tarvomycine geef ik als zetpil?", "ft:1", ruleQualifier},
		{"Wat is de dosering van tarvomycine voor volwassenen?", "ft:1", ""},
		{"Mag ik tarvomycine geven tijdens de borstvoeding?", "ft:9", ""},
	} {
		if got := rule(tc.question, tc.id); got != tc.want {
			t.Errorf("%q: %s ruled %q, want %q", tc.question, tc.id, got, tc.want)
		}
	}
}

func TestDosedWord(t *testing.T) {
	for question, want := range map[string]string{
		"Wat is de dosering van digoxine bij ambervlekkenziekte?":          "digoxine",
		"Welke dosis tarvomycine krijgt een kind?":                         "tarvomycine",
		"Wat is de dosis van het antivirale middel voor een volwassene?":   "middel",
		"Hoeveel prelamycine geef ik bij een eGFR van 10?":                 "prelamycine",
		"Hoeveel pufjes saltrevol uit de dosisaerosol mag een volwassene?": "saltrevol",
		"Hoeveel mg tarvomycine geef ik een kind van 3 jaar?":              "tarvomycine",
		"Hoeveel pranolisine krijgt een peuter van 15 kilo?":               "pranolisine",
		"Hoeveel ibuprofen mag een kind?":                                  "ibuprofen",
		"Wat is de dosering bij kinderen?":                                 "",
		"Moet de tarvomycinedosering omlaag bij een eGFR van 45?":          "",
	} {
		if got := dosedWord(lowerWords(question)); got != want {
			t.Errorf("%q: dosed %q, want %q", question, got, want)
		}
	}
}

// A question beyond the doses that no cell names is not shown another
// population's column ("Kinderen jonger dan 1 jaar: niet gebruiken" told a
// question about combining what may not be given), nor the length of the
// treatment ("hoe lang" asks an amount: it sees the whole row). Before,
// "Mag ik vitrexa combineren met andere oogdruppels?" was answered at 0.99
// with exactly those two cells (an answer to a question the guideline does
// not answer).
func TestRowCellsForOthersAnswerNothing(t *testing.T) {
	row := bronwijzer.Passage{
		ID: "go:1", DocumentID: "go", Title: "Fictieve Standaard Glasoog", SourceFile: "go.pdf", PageStart: 2, PageEnd: 2,
		Kind: bronwijzer.KindTableRow, Caption: "Tabel 1 Dosering bij glasoog",
		Text: "Tabel 1 Dosering bij glasoog — Middel: vitrexa-oogdruppels 0,3% · Volwassenen en kinderen vanaf 1 jaar: " +
			"eerste 2 dagen 6 dd 1 druppel, daarna 4 dd 1 druppel · Kinderen jonger dan 1 jaar: niet gebruiken · Duur: 7 dagen",
		Verified: true, Published: "2025-01-01",
	}
	for name, a := range analyzers(t) {
		s := newTestServiceWith(a, nil, &fakeSearcher{passages: []bronwijzer.Passage{row}})
		pp := s.enforcer.prepare([]bronwijzer.Passage{row})
		if got := ruleOfPassage(t, s, pp, "Mag ik vitrexa combineren met andere oogdruppels?", "go:1"); got != ruleRow {
			t.Errorf("%s: combining, a row of doses, another population's cell and a length: rule %q, want %q", name, got, ruleRow)
		}
	}
	for v, want := range map[string]bool{
		"7 dagen": true, "maximaal 4 weken": true, "5–7 dagen": true, "ten minste 3 maanden": true,
		"niet gebruiken": false, "7": false, "branderig gevoel in de eerste week": false, "2 dd 1 druppel": false,
	} {
		if got := lengthOnly(v); got != want {
			t.Errorf("lengthOnly(%q) = %v, want %v", v, got, want)
		}
	}
}

// What is shown never speaks of another drug: a pair one of whose
// sentences names another drug of the corpus's dose tables and none the
// question names shows the other sentence only, also when that drug's rows
// were not retrieved. "Heeft dorvaxine invloed op de pil?" was answered
// with dorvaxine's contra-indication and prelamycine's ("…, bij kinderen
// jonger dan 8 jaar …"), and "Mag lumivir tijdens de zwangerschap?" opened
// with vitrexa's permission.
func TestShownPairNamesNoOtherDrug(t *testing.T) {
	tables := map[string][]retrieval.TableRow{"kw": {dosedTableRow("dorvaxine tablet 250 mg"), dosedTableRow("prelamycine capsule 100 mg")}}
	retrieved := []bronwijzer.Passage{{
		ID: "kw:7", DocumentID: "kw", Title: "Fictieve Standaard Kwelderkoorts", SourceFile: "kw.pdf", PageStart: 3, PageEnd: 3,
		Section: "Fictieve Standaard Kwelderkoorts › 4 Beleid › 4.4 Contra-indicaties",
		Text: "Dorvaxine is gecontra-indiceerd bij een eerder doorgemaakte allergische reactie op dorvaxine of verwante middelen. " +
			"Prelamycine is gecontra-indiceerd bij zwangerschap, bij kinderen jonger dan 8 jaar en bij myasthenia gravis.",
		Verified: true, Published: "2025-01-01",
	}}
	for name, a := range analyzers(t) {
		s := newTestServiceWith(a, nil, &fakeSearcher{passages: retrieved, tables: tables})
		for question, want := range map[string]string{
			"Wanneer is dorvaxine gecontra-indiceerd?":   "Dorvaxine is gecontra-indiceerd",
			"Wanneer is prelamycine gecontra-indiceerd?": "Prelamycine is gecontra-indiceerd",
		} {
			resp, err := s.Ask(t.Context(), Request{Question: question})
			if err != nil {
				t.Fatal(err)
			}
			if resp.Abstained || len(resp.Sentences) != 1 || !strings.HasPrefix(resp.Sentences[0].Text, want) {
				t.Errorf("%s: %q: answer %q, want the sentence %q… alone", name, question, resp.Answer, want)
			}
		}
	}
}

// A separable verb that "te" splits counts for the question that writes it
// as one word: the candidate "Vraag de patiënt terug te komen …" covers
// every word of "Wanneer moet de patiënt met klepperoor terugkomen?";
// "om te komen" is a clause of purpose, no "omkomen".
func TestCoverageJoinsTheVerbSplitByTe(t *testing.T) {
	a := analyzers(t)["dutch"]
	for text, want := range map[string][]string{
		"Vraag de patiënt terug te komen als de klachten na 3 dagen niet verminderen.": {"terugkomen"},
		"Het advies is de dosering af te bouwen en door te verwijzen.":                 {"afbouwen", "doorverwijzen"},
		"Hij belt om te komen.": nil,
		"Te komen is goed.":     nil,
	} {
		if got := splitByTe(text); !slices.Equal(got, want) {
			t.Errorf("splitByTe(%q) = %q, want %q", text, got, want)
		}
	}
	set := newTermSet(passageTerms(a, "Vraag de patiënt terug te komen als de klachten na 3 dagen niet verminderen."))
	for _, u := range contentUnits(a, "terugkomen") {
		if set.score(u) != 1 {
			t.Errorf("the sentence with 'terug te komen' does not cover %q", u.full)
		}
	}
}

// A compound covers the question that links its parts with another sound
// ("huisartsinformatiesystemen", "huisartseninformatiesystemen"), and a
// verb in "-eren" the noun in "-atie" of its root; a word that only
// shares a part, or a verb whose noun the sentence lacks, does not.
func TestCoverageReadsLinkingSoundsAndDerivations(t *testing.T) {
	a := analyzers(t)["dutch"]
	for _, tc := range []struct {
		sentence, word string
		want           bool
	}{
		{"Er bestaan koppelingen met huisartseninformatiesystemen zoals Promedico.", "huisartsinformatiesystemen", true},
		{"Er bestaan koppelingen met huisartsinformatiesystemen zoals Promedico.", "huisartseninformatiesystemen", true},
		{"De huisartsenpraktijk belt terug.", "huisartspraktijk", true},
		{"De huisartsenpost belt terug.", "huisartspraktijk", false},
		{"De NHG en de LHV nemen de coördinatie op zich.", "coördineren", true},
		{"Wie coördineert de aanpak?", "coördinatie", true},
		{"De toepassing is niet gevalideerd.", "validatie", true},
		{"De NHG en de LHV nemen de leiding op zich.", "coördineren", false},
	} {
		set := newTermSet(passageTerms(a, tc.sentence))
		us := contentUnits(a, tc.word)
		if len(us) != 1 {
			t.Fatalf("%q: %d units", tc.word, len(us))
		}
		if got := set.score(us[0]) == 1; got != tc.want {
			t.Errorf("%q covers %q: %v, want %v (unit %+v)", tc.sentence, tc.word, got, tc.want, us[0])
		}
	}
}

// claimsAbsent reports whether a refusal says that the sources lack word:
// that they do not treat it, or never name it (unknownWhy).
func claimsAbsent(reason, word string) bool {
	for _, sentence := range strings.Split(reason, ".") {
		if strings.Contains(sentence, "‘"+word+"’") && (strings.Contains(sentence, "behandelen") || strings.Contains(sentence, "nergens")) {
			return true
		}
	}
	return false
}

// A refusal says the sources do not treat what the question is about, and
// only that they never name its other words: "Waarom stranden AI-projecten
// …?" is treated in other words.
func TestUnknownWhyTellsSubjectFromWord(t *testing.T) {
	q := question{slots: []string{"osteoporose"}}
	for _, tc := range []struct {
		miss []string
		want string
	}{
		{[]string{"osteoporose"}, "De bronnen behandelen ‘osteoporose’ niet."},
		{[]string{"stranden"}, "De bronnen noemen ‘stranden’ nergens."},
		{[]string{"osteoporose", "bisfosfonaat"}, "De bronnen behandelen ‘osteoporose’ niet en noemen ‘bisfosfonaat’ nergens."},
	} {
		if got := unknownWhy(q, tc.miss); got != tc.want {
			t.Errorf("unknownWhy(%q) = %q, want %q", tc.miss, got, tc.want)
		}
	}
	if got := unknownWhy(question{outside: []string{"coumarinederivaten", "lindoxan"}}, []string{"coumarinederivaten", "lindoxan"}); got != "De bronnen behandelen ‘coumarinederivaten’, ‘lindoxan’ niet." {
		t.Errorf("the words that made a question outside the sources: %q", got)
	}
}

// How often something happens to patients is a share or a rate: a sentence
// that names an age ("een leeftijd van 60 jaar of ouder") and everyone
// ("bij iedere patiënt") states no frequency and answers no incidence
// question, however well it covers the question's words; the share does.
// A period after "elke" is a frequency, "iedere patiënt" is none.
func TestIncidenceNeedsAShare(t *testing.T) {
	kidneys := passage("ft01", "Fictieve Standaard Ambervlekkenziekte",
		"Bepaal de nierfunctie bij iedere patiënt met 10 of meer vlekken, donkere urine, een leeftijd van 60 jaar of ouder of bekende nierschade.", 3, "2025-01-01")
	share := passage("ft01b", "Fictieve Standaard Ambervlekkenziekte",
		"Ambernefritis, een nierontsteking, treedt op bij 3,5% van alle patiënten en bij 8,2% van de patiënten van 60 jaar en ouder.", 2, "2025-01-01")
	question := "Hoe vaak krijgen 60-plussers met ambervlekkenziekte een nierontsteking?"
	if resp := askLenient(t, analyzers(t)["dutch"], &fakeSearcher{passages: []bronwijzer.Passage{kidneys}}, question); !resp.Abstained {
		t.Errorf("answered from a sentence that states no share: %q", resp.Answer)
	}
	resp := askLenient(t, analyzers(t)["dutch"], &fakeSearcher{passages: []bronwijzer.Passage{kidneys, share}}, question)
	if resp.Abstained || !strings.Contains(resp.Answer, "8,2%") || strings.Contains(resp.Answer, "Bepaal") {
		t.Errorf("answer %q (%s), want the share among the over-60s alone", resp.Answer, resp.Reason)
	}
	for text, want := range map[string]bool{
		"Controleer elke 3 maanden het ALAT.":             true,
		"De incidentie is 9 per 1000 patiënten per jaar.": true,
		"Bepaal de nierfunctie bij iedere patiënt.":       false,
		"een leeftijd van 60 jaar of ouder":               false,
	} {
		if got := frequencyStated(text); got != want {
			t.Errorf("frequencyStated(%q) = %v, want %v", text, got, want)
		}
	}
}

// A digit that labels a word ("stap 3", "type 2") is part of what the
// question names: the sentence on step 3 covers "Wanneer ga ik over naar
// stap 3?" and the one on step 2 does not, although the analyser drops
// single digits. In "geef 2 tabletten" the digit counts, it labels nothing.
func TestCoverageReadsLabelDigits(t *testing.T) {
	step2 := "Stap 2 (actieve plaques): tolzarine crème 1 keer per dag gedurende maximaal 4 weken."
	step3 := "Stap 3 (onvoldoende effect na 8 weken): overleg met de dermatoloog over beluxaan."
	ps := []bronwijzer.Passage{passage("ft04", "Fictieve Standaard Sintelhuidziekte", step2+"\n\n"+step3, 3, "2025-01-01")}
	for name, a := range analyzers(t) {
		s := newRealService(a, &fakeSearcher{passages: ps})
		cands, _ := s.scored(s.analyseQuestion("Wanneer ga ik over naar stap 3 van het behandelplan?"), s.enforcer.prepare(ps))
		got := map[string]float64{}
		for _, c := range cands {
			if c.form == formSentence {
				got[c.text] = c.feats[slices.Index(FeatureNames, "coverage")]
			}
		}
		if got[step3] <= got[step2] {
			t.Errorf("%s: coverage %v; want the step 3 sentence above the step 2 one", name, got)
		}
	}
	for text, want := range map[string][]string{
		"Wanneer ga ik over naar stap 3 van het behandelplan?": {"stap#3"},
		"Wat is de behandeling van diabetes type 2?":           {"typ#2"},
		"Mag ik geef 2 tabletten tegelijk?":                    nil,
		"Hoe vaak 2 dd?":                                       nil,
		"Hoe lang is iemand met hepatitis B besmettelijk?":     {"hepatitis#b"},
		"Is hepatitis B besmettelijk?":                         {"hepatitis#b"},
		"Kunt u mij helpen?":                                   nil,
	} {
		if got := labelTerms(basicAnalyzer{}, text, true); !slices.Equal(got, want) {
			t.Errorf("labelTerms(%q) = %q, want %q", text, got, want)
		}
	}
}

// What a term of a few words is, only a text that names each of its words
// says: "Wat is matige uitdroging?" was answered from the AI Kompas with a
// sentence on "doelmatigheid" (which holds "matig") that names no
// dehydration. A question that asks more than the term ("Wat is
// OpenEvidence en hoe onderbouwt het zijn antwoorden?") is not held to it.
func TestShortDefinitionNamesTheWholeTerm(t *testing.T) {
	for name, a := range analyzers(t) {
		ps := []bronwijzer.Passage{
			passage("k", "AI Kompas", "Ook onderzoek naar doelmatigheid en doeltreffendheid van AI-toepassingen is essentieel.", 4, "2025-01-01"),
			passage("z", "Fictieve Standaard Zandbuik", "Matige uitdroging is een gewichtsverlies van 4 tot 9%.", 2, "2026-01-01"),
		}
		s := newRealService(a, &fakeSearcher{passages: ps})
		cands, _ := s.scored(s.analyseQuestion("Wat is matige uitdroging?"), s.enforcer.prepare(ps))
		for _, c := range cands {
			switch {
			case c.pass.p.DocumentID == "k" && c.reject == "":
				t.Errorf("%s: %q allowed for a definition of matige uitdroging", name, c.text)
			case c.pass.p.DocumentID == "z" && c.reject != "":
				t.Errorf("%s: %q refused (%s)", name, c.text, c.reject)
			}
		}
	}
	s := newRealService(nil, &fakeSearcher{})
	if term := s.analyseQuestion("Wat is OpenEvidence en hoe onderbouwt het zijn antwoorden?").term; term != nil {
		t.Errorf("shortTerm of a question that asks more: %v", term)
	}
}

// A compound is named by its head as a term of its own ("ontsteking van
// de nieren"), not by its head inside another compound beside its other
// part elsewhere: a "leverontsteking" and a "nierfunctie" are no
// nierontsteking.
func TestNameScoreNeedsTheHead(t *testing.T) {
	a := analyzers(t)["dutch"]
	for _, tt := range []struct {
		word, text string
		want       bool
	}{
		{"nierontsteking", "Een nierontsteking is zeldzaam.", true},
		{"nierontsteking", "Een ontsteking van de nieren is zeldzaam.", true},
		{"nierontsteking", "Bij een verminderde nierfunctie: niet bij ernstige leverontsteking.", false},
		{"huisartsenpraktijk", "In de praktijk van de huisarts.", true},
	} {
		us := contentUnits(a, tt.word)
		set := newTermSet(passageTerms(a, tt.text))
		if got := named(set.nameScore(us[0]), true); got != tt.want {
			t.Errorf("%q named by %q: %v, want %v (score %.2f)", tt.word, tt.text, got, tt.want, set.score(us[0]))
		}
	}
}

// TestTableOfOneDrugInTheCorpusTables: a table of one drug, its rows
// keyed by population ("Groep: Kinderen 6–11 jaar · Dosering: 2 dd 100
// mg" under "Tabel 1. Dosering mytilaxol" and the heading "4.3.2.
// Mytilaxol"), makes its caption's drug a drug of the corpus's tables,
// and its column headers ("Dosering", "Startdosis") none: read as a table
// by population whose drugs head the columns, "dosering" was a drug, and
// a dose question's row search looked for a drug called "dosering".
func TestTableOfOneDrugInTheCorpusTables(t *testing.T) {
	section := "Mosselkramp › 4. Richtlijnen beleid › 4.3. Medicamenteuze behandeling › 4.3.2. Mytilaxol"
	tables := map[string][]retrieval.TableRow{"m": {
		{Subject: "Kinderen 6–11 jaar", Text: "Groep: Kinderen 6–11 jaar · Dosering: 2 dd 100 mg", Caption: "Tabel 1. Dosering mytilaxol", Section: section},
		{Subject: "Volwassenen", Text: "Groep: Volwassenen · Startdosis: 3 dd 200 mg", Caption: "Tabel 1. Dosering mytilaxol", Section: section},
	}}
	s := newTestService(nil, &fakeSearcher{tables: tables})
	q, err := s.analyse(t.Context(), "Hoeveel mytilaxol krijgt een kind van 8 jaar?")
	if err != nil {
		t.Fatal(err)
	}
	term := func(w string) string { return s.cfg.Analyzer.Terms(w)[0] }
	if !q.tables[term("mytilaxol")] {
		t.Errorf("the caption's drug is no drug of the tables: %v", q.tables)
	}
	for _, w := range []string{"dosering", "startdosis"} {
		if q.tables[term(w)] {
			t.Errorf("the column %q is a drug of the tables: %v", w, q.tables)
		}
	}
}

// A term set as a heading over its definition, which starts in lower
// case (a definition list printed by asciidoctor-pdf: "Rijpvinger" over
// "een door kou uitgelokte ontsteking …"), is defined by that sentence; a
// lower-case sentence elsewhere starts mid-sentence, and a list's first
// item under its heading is an item.
func TestDefinitionUnderItsHeading(t *testing.T) {
	s := newTestService(nil, nil)
	ps := s.enforcer.prepare([]bronwijzer.Passage{
		{ID: "a:1", DocumentID: "a", Title: "T", Section: "T › 2. Begrippen › Rijpvinger", Verified: true,
			Text: "2. Begrippen\n\nRijpvinger\n\neen door kou uitgelokte ontsteking van de kleine vingergewrichten, met pijn en zwelling. In de volksmond heet rijpvinger ook wel ijsknokkel."},
		{ID: "a:2", DocumentID: "a", Title: "T", Section: "T › 2. Begrippen", Verified: true,
			Text: "een door kou uitgelokte ontsteking van de kleine vingergewrichten, met pijn en zwelling. In de volksmond heet rijpvinger ook wel ijsknokkel."},
		{ID: "a:3", DocumentID: "a", Title: "T", Section: "T › 2.5 Risicogroepen", Verified: true, Kind: bronwijzer.KindList,
			Text: "Risicogroepen\n\nzuigelingen jonger dan 6 maanden, in het bijzonder prematuur geborenen.\n\nkinderen met een chronische longziekte."},
	})
	first := func(p *prepared) int {
		for j, sp := range p.spans {
			if strings.HasPrefix(strings.TrimSpace(sp.Text), "een door kou") || strings.HasPrefix(strings.TrimSpace(sp.Text), "zuigelingen") {
				return j
			}
		}
		t.Fatalf("%s: no such sentence in %q", p.p.ID, p.p.Text)
		return -1
	}
	for i, want := range []bool{true, false, false} {
		if got := ps[i].isCandidate(first(ps[i])); got != want {
			t.Errorf("%s: the lower-case sentence is a candidate: %v, want %v", ps[i].p.ID, got, want)
		}
	}
}
