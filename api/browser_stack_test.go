package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// Questions the tests prefer. The answerer changes; each test takes the
// first of its candidates (the preferred question, then the dev set's
// questions about the same document) that the real answerer answers the
// way the test needs, and fails only when none does.
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

const (
	nivelDocID  = "nivel-inzet-ai-huisartsenpraktijken"
	kompasDocID = "ai-kompas-nulde-eerstelijnszorg"
	devSet      = "../eval/datasets/dev.jsonl"
)

// questionsAbout returns preferred, then the dev set's answerable questions
// with evidence in doc.
func questionsAbout(t *testing.T, doc string, preferred ...string) []string {
	t.Helper()
	b, err := os.ReadFile(devSet)
	if err != nil {
		t.Fatal(err)
	}
	qs := append([]string{}, preferred...)
	for _, line := range strings.Split(string(b), "\n") {
		var q struct {
			Question   string `json:"question"`
			Answerable bool   `json:"answerable"`
			Evidence   []struct {
				Document string `json:"document"`
			} `json:"evidence"`
		}
		if strings.TrimSpace(line) == "" || json.Unmarshal([]byte(line), &q) != nil {
			continue
		}
		switch {
		case doc == "":
			if !q.Answerable {
				qs = append(qs, q.Question)
			}
		case q.Answerable && slices.ContainsFunc(q.Evidence, func(e struct {
			Document string `json:"document"`
		}) bool {
			return strings.HasPrefix(e.Document, doc)
		}):
			qs = append(qs, q.Question)
		}
	}
	return qs
}

// pick asks the real answerer the questions in order and returns the first
// whose response satisfies ok.
func (r realStack) pick(t *testing.T, what string, questions []string, ok func(*answer.Response) bool) (string, *answer.Response) {
	t.Helper()
	q, resp, found := r.tryPick(t, questions, ok)
	if !found {
		t.Fatalf("none of %d questions gets %s from the real answerer (first: %q)", len(questions), what, questions[0])
	}
	return q, resp
}

// tryPick is pick that reports, instead of failing, when no question fits.
func (r realStack) tryPick(t *testing.T, questions []string, ok func(*answer.Response) bool) (string, *answer.Response, bool) {
	t.Helper()
	for _, q := range questions {
		if resp := r.ask(t, q); ok(resp) {
			return q, resp, true
		}
	}
	return "", nil, false
}

// citingDoc accepts answers that cite doc; citation returns that citation.
func citingDoc(doc string) func(*answer.Response) bool {
	return func(r *answer.Response) bool { _, ok := citationOf(r, doc); return ok }
}

func citationOf(r *answer.Response, doc string) (answer.Citation, bool) {
	return citing(r, func(c answer.Citation) bool { return c.DocumentID == doc })
}

// cited accepts answers with at least n sentences, all cited.
func cited(n int) func(*answer.Response) bool {
	return func(r *answer.Response) bool {
		return !r.Abstained && len(r.Sentences) >= n && len(r.Citations) > 0
	}
}

// citing returns the first citation of resp for which ok holds.
func citing(resp *answer.Response, ok func(answer.Citation) bool) (answer.Citation, bool) {
	if resp.Abstained {
		return answer.Citation{}, false
	}
	for _, c := range resp.Citations {
		if ok(c) {
			return c, true
		}
	}
	return answer.Citation{}, false
}

// anyAnswer: an answer from the bundled corpus with at least n sentences.
func (r realStack) anyAnswer(t *testing.T, n int) (string, *answer.Response) {
	t.Helper()
	qs := append(questionsAbout(t, "nivel", questionNivel), questionsAbout(t, "ai-kompas", questionKompas)...)
	return r.pick(t, fmt.Sprintf("a cited answer of %d sentences or more", n), qs, cited(n))
}

// refusal: a question the corpus cannot answer, refused with closest sources.
func (r realStack) refusal(t *testing.T) (string, *answer.Response) {
	t.Helper()
	qs := questionsAbout(t, "", questionDose, "Wat is de dosering van ibuprofen bij kinderen?")
	return r.pick(t, "a refusal with closest sources", qs, func(r *answer.Response) bool {
		return r.Abstained && len(r.Passages) > 0
	})
}

// realStack is the bundled corpus behind the real searcher and answerer.
type realStack struct {
	store    *sqlite.Store
	searcher *retrieval.HybridSearcher
	asker    *answer.Service
}

// stackOptions change the practice's declarations, never the answerer:
// registry fields per source id, and files replaced by other bytes (still
// verified: the registry copy names their SHA-256).
type stackOptions struct {
	registry map[string]map[string]any
	files    map[string][]byte // by source id
}

// openRealStack ingests the bundled corpus with the bundled registry, in
// which the Nivel article's publisher is set to testPublisher.
func openRealStack(t *testing.T) realStack {
	t.Helper()
	return openStack(t, stackOptions{})
}

func openStack(t *testing.T, o stackOptions) realStack {
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
	dir, reg := testCorpus(t, o)
	p := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: reg, Files: store}
	for _, r := range p.Paths(ctx, []string{dir}, nil) {
		if r.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %v", r.Path, r.Err)
		}
		if !r.Verified {
			t.Fatalf("ingest %s: not verified", r.Path)
		}
	}
	searcher := &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}
	return realStack{store: store, searcher: searcher, asker: answer.New(answer.Config{Analyzer: an}, searcher, nil)}
}

// testCorpus copies the bundled corpus and its registry into a temporary
// directory with the options applied, and returns it with the registry.
func testCorpus(t *testing.T, o stackOptions) (string, *corpus.Registry) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(bundledCorpus, "sources.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	found := false
	for _, src := range doc["sources"].([]any) {
		m := src.(map[string]any)
		id := m["id"].(string)
		if id == nivelDocID {
			m["publisher"] = testPublisher
			found = true
		}
		for k, v := range o.registry[id] {
			m[k] = v
		}
		data, ok := o.files[id]
		if !ok {
			if data, err = os.ReadFile(filepath.Join(bundledCorpus, m["file"].(string))); err != nil {
				t.Fatal(err)
			}
		}
		sum := sha256.Sum256(data)
		m["sha256"] = hex.EncodeToString(sum[:])
		if err := os.WriteFile(filepath.Join(dir, m["file"].(string)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !found {
		t.Fatalf("bundled registry has no %s", nivelDocID)
	}
	if b, err = json.Marshal(doc); err != nil {
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
	return dir, reg
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
