package api

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// The browser tests of the page run the real stack: the bundled corpus
// ingested into a temporary SQLite store, the real hybrid searcher and the
// real extractive answerer, which puts citation numbers only in
// sentences[].citations. A page that looked for "[n]" in the text would
// show no markers at all.

const bundledCorpus = "../corpus"

// Questions the bundled corpus answers or cannot answer.
const (
	// Cites the Nivel article (dated 2025-10-09) in more than one sentence.
	questionNivel = "Hoeveel huisartsenpraktijken gebruiken AI voor triage?"
	// Cites the AI Kompas, whose date the registry does not know.
	questionKompas = "Welke chatbots zijn gebaseerd op gevalideerde Nederlandse informatie?"
	// A dose: not in the corpus, so the answerer refuses.
	questionDose = "Wat is de dosering van amoxicilline bij otitis media?"
)

// testPublisher is what the test's copy of the registry declares as the
// Nivel article's publisher (the bundled registry says "unknown"), so the
// copied reference can be checked with and without one.
const testPublisher = "Nivel"

const nivelDocID = "nivel-inzet-ai-huisartsenpraktijken"

// realStack is the bundled corpus behind the real searcher and answerer.
type realStack struct {
	store    *sqlite.Store
	searcher *retrieval.Searcher
	asker    *answer.Service
}

// openRealStack ingests the bundled corpus with the bundled registry, in
// which the Nivel article's publisher is set to testPublisher.
func openRealStack(t *testing.T) realStack {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "corpus.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	emb := embed.NewLocal(embed.DefaultDim)
	p := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: testRegistry(t), Files: store}
	for _, r := range p.Paths(ctx, []string{bundledCorpus}, nil) {
		if r.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %v", r.Path, r.Err)
		}
	}
	searcher := &retrieval.Searcher{Store: store, Embedder: emb, Analyzer: an}
	return realStack{store: store, searcher: searcher, asker: answer.New(answer.Config{Analyzer: an}, searcher, nil)}
}

func testRegistry(t *testing.T) *corpus.Registry {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(bundledCorpus, "sources.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, src := range doc["sources"].([]any) {
		if m := src.(map[string]any); m["id"] == nivelDocID {
			m["publisher"] = testPublisher
			found = true
		}
	}
	if !found {
		t.Fatalf("bundled registry has no %s", nivelDocID)
	}
	b, err = json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sources.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := corpus.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// deps are the server's dependencies over the stack, with the original
// files for the PDF links.
func (r realStack) deps() Deps {
	return Deps{
		Searcher:  r.searcher,
		Asker:     r.asker,
		Documents: r.store,
		Ready:     func(context.Context) error { return nil },
		Admin:     Admin{Store: r.store},
	}
}

// ask asks the real answerer directly: what the page must show.
func (r realStack) ask(t *testing.T, question string) *answer.Response {
	t.Helper()
	resp, err := r.asker.Ask(context.Background(), answer.Request{Question: question})
	if err != nil {
		t.Fatalf("ask %q: %v", question, err)
	}
	return resp
}

// wantAnswer fails the test unless resp is an answer with cited sentences.
func wantAnswer(t *testing.T, question string, resp *answer.Response) {
	t.Helper()
	if resp.Abstained || len(resp.Sentences) == 0 || len(resp.Citations) == 0 {
		t.Fatalf("the real answerer gives no cited answer to %q (abstained %v: %s); the test needs one", question, resp.Abstained, resp.Reason)
	}
}

// citationsPerSentence is what the markers of each sentence must say.
func citationsPerSentence(resp *answer.Response) string {
	out := make([][]int, len(resp.Sentences))
	for i, s := range resp.Sentences {
		out[i] = append([]int{}, s.Citations...)
	}
	return fmt.Sprint(out)
}

var dutchMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december"}

// dutchDate is how the page must write a registry date.
func dutchDate(published string) string {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, published)
		if err != nil {
			continue
		}
		switch layout {
		case "2006":
			return fmt.Sprint(t.Year())
		case "2006-01":
			return fmt.Sprintf("%s %d", dutchMonths[t.Month()-1], t.Year())
		}
		return fmt.Sprintf("%d %s %d", t.Day(), dutchMonths[t.Month()-1], t.Year())
	}
	return "datum onbekend"
}
