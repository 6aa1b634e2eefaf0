package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

const devSet = "datasets/dev.jsonl"

func mustLoadDevSet(tb testing.TB) []Question {
	tb.Helper()
	return mustLoadSet(tb, devSet)
}

// mustLoadSet loads a question set or fails the test.
func mustLoadSet(tb testing.TB, path string) []Question {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	qs, err := LoadDataset(f)
	if err != nil {
		tb.Fatal(err)
	}
	return qs
}

// corpusTexts extracts each bundled PDF once with the project's own PDF
// extractor, so quotes are checked against the text the pipeline indexes.
var corpusTexts = sync.OnceValues(func() (map[string]string, error) {
	out := map[string]string{}
	paths, err := filepath.Glob("../corpus/*.pdf")
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		doc, err := extract.PDF(context.Background(), data, extract.PDFOptions{})
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, pg := range doc.Pages {
			b.WriteString(pg.Text)
			b.WriteString("\n\n")
		}
		out[docKey(filepath.Base(p))] = b.String()
	}
	return out, nil
})

func mustCorpus(t *testing.T) map[string]string {
	t.Helper()
	texts, err := corpusTexts()
	if err != nil {
		t.Fatalf("extract bundled corpus: %v", err)
	}
	if len(texts) < 2 {
		t.Fatalf("bundled corpus: found %d PDFs in ../corpus, want 2", len(texts))
	}
	return texts
}

// TestDevSetShape proves the dev set meets its brief: size, unanswerable
// share, both documents and every major Kompas chapter covered.
func TestDevSetShape(t *testing.T) {
	qs := mustLoadDevSet(t)
	unanswerable, nearMiss := 0, 0
	docs, tags := map[string]int{}, map[string]int{}
	for _, q := range qs {
		if !q.Answerable {
			unanswerable++
		}
		for _, tag := range q.Tags {
			tags[tag]++
		}
		for _, e := range q.Evidence {
			docs[docKey(e.Document)]++
		}
	}
	nearMiss = tags["near-miss"]
	if len(qs) < 60 {
		t.Errorf("questions = %d, want ≥ 60", len(qs))
	}
	if unanswerable < 15 || nearMiss < 10 {
		t.Errorf("unanswerable = %d (near-miss %d), want ≥ 15 with ≥ 10 near-misses", unanswerable, nearMiss)
	}
	for _, d := range []string{"ai-kompas-nulde-eerstelijnszorg", "nivel-inzet-ai-huisartsenpraktijken"} {
		if docs[d] < 8 {
			t.Errorf("evidence in %s = %d, want ≥ 8", d, docs[d])
		}
	}
	for _, chapter := range []string{"samenvatting", "inleiding", "methode", "internationaal", "nationaal", "behoeften",
		"barrieres", "zorgprofessional", "patient", "swot", "sterktes", "zwaktes", "kansen", "bedreigingen",
		"aanbevelingen", "chatbots", "wetgeving", "voorbehoud", "duurzaamheid", "vervolgonderzoek", "addendum"} {
		if tags[chapter] == 0 {
			t.Errorf("no question tagged %q", chapter)
		}
	}
}

// TestDevSetQuotesInCorpus proves every evidence quote occurs verbatim
// (after Normalize) in the text the project's PDF extractor produces.
func TestDevSetQuotesInCorpus(t *testing.T) {
	texts := mustCorpus(t)
	for _, q := range mustLoadDevSet(t) {
		for _, e := range q.Evidence {
			text, ok := texts[docKey(e.Document)]
			if !ok {
				t.Errorf("%s: document %q is not in the bundled corpus", q.ID, e.Document)
				continue
			}
			if !strings.Contains(Fold(text), Fold(e.Quote)) {
				t.Errorf("%s: quote %q not found in %s (fuzzy overlap %.2f)", q.ID, e.Quote, e.Document,
					OrderedOverlap(Tokens(e.Quote), Tokens(text)))
			}
		}
	}
}

// TestDevSetQuestionsParaphrase proves no question copies the source: no
// run of six consecutive question tokens occurs in either document.
func TestDevSetQuestionsParaphrase(t *testing.T) {
	texts := mustCorpus(t)
	const run = 6
	var corpus strings.Builder
	for _, text := range texts {
		corpus.WriteString(" " + strings.Join(Tokens(text), " ") + " ")
	}
	all := corpus.String()
	for _, q := range mustLoadDevSet(t) {
		toks := Tokens(q.Question)
		for i := 0; i+run <= len(toks); i++ {
			if gram := " " + strings.Join(toks[i:i+run], " ") + " "; strings.Contains(all, gram) {
				t.Errorf("%s copies the source: %q", q.ID, strings.TrimSpace(gram))
				break
			}
		}
	}
}
