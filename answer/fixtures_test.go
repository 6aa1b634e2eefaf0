package answer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// fakeSearcher returns its passages (at most opts.K) and records the last call.
type fakeSearcher struct {
	passages []bronwijzer.Passage
	err      error
	query    string
	opts     retrieval.SearchOptions
	// tables are the corpus's table rows (TableSubjects) by document; nil:
	// none.
	tables map[string][]retrieval.TableRow
	// byQuery holds what a search for a query finds when it is not the
	// passages (a search for one word of the question, say); searches
	// lists every query searched.
	byQuery  map[string][]bronwijzer.Passage
	searches []string
	// searched holds the options of every search, in order: the
	// question's own first (opts holds the last).
	searched []retrieval.SearchOptions
	// chunks are the documents' chunk counts TableSubjects lists; nil:
	// unknown.
	chunks map[string]int
}

func (f *fakeSearcher) TableSubjects(context.Context) (*retrieval.TableSubjects, error) {
	return &retrieval.TableSubjects{Version: fmt.Sprint(len(f.tables), len(f.chunks)), ByDocument: f.tables, Chunks: f.chunks}, nil
}

func (f *fakeSearcher) Search(_ context.Context, query string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error) {
	f.query, f.opts = query, opts
	f.searches = append(f.searches, query)
	f.searched = append(f.searched, opts)
	if f.err != nil {
		return nil, f.err
	}
	if ps, ok := f.byQuery[query]; ok {
		return ps[:min(len(ps), opts.K)], nil
	}
	return f.passages[:min(len(f.passages), opts.K)], nil
}

// Passage texts are taken from the bundled corpus as pdftotext renders it,
// line breaks and all, so the splitter and quotes meet real input.
const (
	nivelUse = `Een meerderheid van de huisartsenpraktijken in Nederland heeft behoefte aan
ondersteuning door kunstmatige intelligentie (AI), maar in de dagelijkse praktijk
wordt het nog maar beperkt ingezet. Eén op de vijf praktijken maakte in 2024 al
gebruik van AI-toepassingen. Dit blijkt uit de jaarlijkse huisartsenpraktijkenquête van
het Nivel, die in 2024 voor het eerst uitgebreid aandacht besteedde aan AI.`

	nivelApps = `Van de AI-toepassingen zijn spraakgestuurde rapportage (14%) en AI-ondersteunde
triage (10%) het populairst. Deze tools, die helpen bij het automatisch vastleggen
van consulten en het inschatten van de urgentie van patiëntvragen, sluiten direct
aan op de behoefte om de administratieve lasten te verlichten. Andere
toepassingen, zoals AI voor diagnostiek, chatbots of gepersonaliseerde
behandelplannen, worden elk door slechts 1 à 3% van de praktijken gebruikt.`

	nivelNeed = `Ondanks het lage huidige gebruik, kijkt een flink deel van de praktijken vooruit.
Ruim de helft van de praktijken (52%) geeft aan behoefte te hebben aan
spraakgestuurde rapportage. Ook AI voor triage (43%) en preventieve zorg (45%)
zijn gewild.`

	kompasChatbots = `6. Gebruik van chatbots Er moet kritisch worden gekeken naar het
gebruik door zorgprofessionals, burgers en patiënten van tools
zoals ChatGPT om informatie op te zoeken, te laten samenvatten en
advies in te winnen over gezondheidsvragen. Naast privacyaspecten is het advies dat deze tools worden gebaseerd op door de
(Nederlandse)
zorg
gevalideerde
informatie,
beschikbare,
geverifieerde en actuele brondata, richtlijnen en normen zoals
toepassingen als ThuisartsGPT, Ask Aletta of EvidenceHunt.`

	kompasResponsibility = `De kernlijn is: AI wordt
expliciet ondersteunend gepositioneerd (als een co-piloot), terwijl
medische eindverantwoordelijkheid bij (huis) arts en andere
eerstelijnsprofessionals berust. Parallel hieraan vergen deze
innovaties stringente aandacht voor privacyaspecten, dataveiligheid
en ethische inbedding; de implementatie van AI in de
eerstelijnszorg moet daarom gefaseerd en onder zorgvuldige
regievoering plaatsvinden.`
)

func passage(id, title, text string, page int, published string) bronwijzer.Passage {
	return bronwijzer.Passage{
		ID: id + ":1:0", DocumentID: id, Version: 1, Title: title, SourceFile: id + ".pdf",
		PageStart: page, PageEnd: page, Section: "Sectie", Text: text, Verified: true, Published: published,
	}
}

func testPassages() []bronwijzer.Passage {
	return []bronwijzer.Passage{
		passage("nivel", "Nivel: Inzet AI onder huisartsenpraktijken nog beperkt", nivelApps, 1, "2025-10-09"),
		passage("nivel-b", "Nivel: Inzet AI onder huisartsenpraktijken nog beperkt", nivelUse, 1, "2025-10-09"),
		passage("nivel-c", "Nivel: Inzet AI onder huisartsenpraktijken nog beperkt", nivelNeed, 2, "2025"),
		passage("kompas", "AI Kompas Nulde- en Eerstelijnszorg", kompasChatbots, 7, "2019-03"),
		passage("kompas-b", "AI Kompas Nulde- en Eerstelijnszorg", kompasResponsibility, 12, "unknown"),
	}
}

var testNow = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

func newTestService(g Generator, search *fakeSearcher) *Service {
	return newTestServiceWith(nil, g, search)
}

// newTestServiceWith returns a service with the lenient test model: tests
// of composition, enforcement, streaming and the LLM flow need the
// service to answer from a handful of passages, which the fitted model's
// threshold (calibrated on whole corpora) would often refuse. The tests
// of refusals use newRealService.
func newTestServiceWith(a Analyzer, g Generator, search *fakeSearcher) *Service {
	if search == nil {
		search = &fakeSearcher{passages: testPassages()}
	}
	return New(Config{Analyzer: a, Model: lenientModel(), Now: func() time.Time { return testNow }}, search, g)
}

// newRealService returns a service with the committed answer model.
func newRealService(a Analyzer, search *fakeSearcher) *Service {
	return New(Config{Analyzer: a, Now: func() time.Time { return testNow }}, search, nil)
}

// lenientModel is the committed model with a threshold near zero: every
// question with a candidate that breaks no hard rule is answered.
func lenientModel() *Model {
	m := *DefaultModel()
	m.Threshold = 0.001
	return &m
}

// askLenient asks the question of a real service with analyser a (nil:
// the built-in one) over the searcher, under lenientModel: what a hard rule
// refuses is refused, the rest answered.
func askLenient(t *testing.T, a Analyzer, f *fakeSearcher, question string) *Response {
	t.Helper()
	s := newRealService(a, f)
	s.model = lenientModel()
	resp, err := s.Ask(context.Background(), Request{Question: question})
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// analyzers are the analysers the answer tests run with: the built-in
// fallback and the project's Dutch analyser with compound splitting.
func analyzers(t *testing.T) map[string]Analyzer {
	t.Helper()
	dutch, err := analysis.New()
	if err != nil {
		t.Fatalf("analysis.New: %v", err)
	}
	return map[string]Analyzer{"basic": basicAnalyzer{}, "dutch": dutch}
}

// rankedFor returns a searcher whose passages are the test passages with
// the one holding fact first, as a search for a question it answers would
// rank them (the answer model weighs the retrieval rank).
func rankedFor(fact string) *fakeSearcher {
	ps := testPassages()
	slices.SortStableFunc(ps, func(a, b bronwijzer.Passage) int {
		return cmp.Compare(b2i(strings.Contains(normalizeSpace(a.Text), fact)), b2i(strings.Contains(normalizeSpace(b.Text), fact)))
	})
	return &fakeSearcher{passages: ps}
}

func b2i(b bool) int {
	if b {
		return 0
	}
	return 1
}
