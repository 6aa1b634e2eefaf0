package regression

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

const (
	guidelineDir = "../../testdata/guidelines"
	guidelineSet = "../datasets/guidelines.jsonl"
)

// guidelineAnswerer returns the real extractive answerer over the four dev
// guidelines (hybrid search, the Dutch analyser, the local embedder), with
// cfg's other settings.
func guidelineAnswerer(t *testing.T, cfg answer.Config) *answer.Service {
	t.Helper()
	return registryAnswerer(t, guidelineDir, cfg)
}

// registryAnswerer returns the real extractive answerer over the files the
// registry of dir lists (hybrid search, the Dutch analyser, the local
// embedder), with cfg's other settings.
func registryAnswerer(t *testing.T, dir string, cfg answer.Config) *answer.Service {
	t.Helper()
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Analyzer = an
	searcher := &retrieval.HybridSearcher{Store: openRegistryStore(t, dir, ""), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
	return answer.New(cfg, searcher, nil)
}

// documentAnswerer returns the real extractive answerer over the one file
// with id that the registry of dir lists: a practice that loads one
// guideline.
func documentAnswerer(t *testing.T, dir, id string) *answer.Service {
	t.Helper()
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	searcher := &retrieval.HybridSearcher{Store: openRegistryStore(t, dir, id), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
	return answer.New(answer.Config{Analyzer: an}, searcher, nil)
}

// openGuidelineStore ingests the files the dev guidelines' registry lists
// (as `bronwijzer eval --corpus testdata/guidelines` does) into a temporary
// SQLite store.
func openGuidelineStore(t *testing.T) retrieval.Store {
	t.Helper()
	return openRegistryStore(t, guidelineDir, "")
}

// openRegistryStore ingests the files the registry of dir lists, or only
// the one with id when id is not empty, into a temporary SQLite store.
func openRegistryStore(t *testing.T, guidelineDir, id string) retrieval.Store {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "guidelines.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatalf("analyser: %v", err)
	}
	reg, err := corpus.Load(filepath.Join(guidelineDir, "sources.json"))
	if err != nil {
		t.Fatalf("registry: %v", err)
	}
	var paths []string
	for _, s := range reg.Sources() {
		if id == "" || s.ID == id {
			paths = append(paths, filepath.Join(guidelineDir, s.File))
		}
	}
	p := &ingest.Pipeline{Store: store, Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an, Registry: reg}
	for _, r := range p.Paths(ctx, paths, nil) {
		if r.Status != ingest.StatusIngested {
			t.Fatalf("ingest %s: %s %v", r.Path, r.Status, r.Err)
		}
	}
	return store
}

// searchablePassages are the stored chunks a search can return (not the
// whole tables and notes kept for display).
func searchablePassages(t *testing.T, store retrieval.Store) []bronwijzer.Passage {
	t.Helper()
	ctx := context.Background()
	docs, err := store.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []bronwijzer.Passage
	for _, d := range docs {
		chunks, err := store.Chunks(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range chunks {
			if c.Searchable() {
				out = append(out, bronwijzer.Passage{ID: c.ID(), DocumentID: d.ID, SourceFile: d.SourceFile, Text: c.Text})
			}
		}
	}
	return out
}

// TestGuidelineSetQuotesReachable proves every guideline-set quote matches a
// searchable chunk of the real pipeline (extraction, chunking, notes kept
// apart), so a miss in the eval is a ranking miss, not an unmatchable quote.
func TestGuidelineSetQuotesReachable(t *testing.T) {
	passages := searchablePassages(t, openGuidelineStore(t))
	qs := load(t, guidelineSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	for _, q := range qs {
		for _, e := range q.Evidence {
			if eval.HitRank(passages, []eval.Evidence{e}) == 0 {
				t.Errorf("%s: quote %q matches no searchable chunk of %s", q.ID, e.Quote, e.Document)
			}
		}
	}
}

// TestGuidelineTableRowsReachable proves that for every table question some
// searchable chunk holds both a quote and the subject (the dose in the row
// of its drug), so table_subject_at_5 can reach 1.
func TestGuidelineTableRowsReachable(t *testing.T) {
	passages := searchablePassages(t, openGuidelineStore(t))
	qs := load(t, guidelineSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	for _, q := range qs {
		if q.Subject != "" && eval.SubjectRank(passages, q.Subject, q.Evidence) == 0 {
			t.Errorf("%s: no searchable chunk holds both a quote and the subject %q", q.ID, q.Subject)
		}
	}
}

// TestGuidelineSetGate gates the dev guideline set over the four fictional
// guidelines by eval/thresholds-guidelines.json: retrieval, answers with
// evidence, false answers and critical errors (a number cited from a
// passage without the evidence; an answer to an unanswerable question).
func TestGuidelineSetGate(t *testing.T) {
	qs := load(t, guidelineSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	th := load(t, "../thresholds-guidelines.json", func(f *os.File) (eval.Thresholds, error) { return eval.LoadThresholds(f) })
	an, cfgs := hybridAnalysed(t)
	searcher := &retrieval.HybridSearcher{Store: openGuidelineStore(t), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
	s := stack{searcher: searcher, analyzer: an}
	rep, err := eval.Runner{K: 5}.Evaluate(context.Background(), s.provider(), cfgs, qs)
	if err != nil {
		t.Fatal(err)
	}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	t.Logf("guideline set, dev guidelines:\n%s", table.String())
	if err := eval.Gate(rep, th); err != nil {
		t.Error(err)
	}
}

// TestGuidelinePrintsAgree asks the FT-03 questions of the guideline's web
// page and of two Chromium prints of it (testdata/producers, written by
// scripts/gen-guideline-prints.sh: one column with the dose table broken
// after its header and a drug's cell merged over two rows; two columns):
// the PDF path must find the evidence, and the table doses with their
// drug, as well as the HTML path does, and answer as many questions with
// the evidence, give or take one.
func TestGuidelinePrintsAgree(t *testing.T) {
	all := load(t, guidelineSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	var qs []eval.Question
	for _, q := range all {
		if strings.HasPrefix(q.ID, "ft03-") {
			qs = append(qs, q)
		}
	}
	an, cfgs := hybridAnalysed(t)
	summary := func(dir string) eval.Summary {
		searcher := &retrieval.HybridSearcher{Store: openRegistryStore(t, dir, "ft03-pluimhoest"), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
		rep, err := eval.Runner{K: 5}.Evaluate(context.Background(), stack{searcher: searcher, analyzer: an}.provider(), cfgs, qs)
		if err != nil {
			t.Fatal(err)
		}
		return rep.Runs[0].Summary
	}
	html := summary(guidelineDir)
	answerable := 0
	for _, q := range qs {
		if q.Answerable {
			answerable++
		}
	}
	one := 1.0/float64(answerable) + 1e-9 // one answerable question (answered with evidence counts those)
	for _, dir := range []string{"../../testdata/producers/ft03-chromium", "../../testdata/producers/ft03-chromium-twocol"} {
		pdf := summary(dir)
		t.Logf("%s: hit@5 %.3f (html %.3f), table+subject@5 %.3f (%.3f), answered with evidence %.3f (%.3f)", filepath.Base(dir),
			deref(pdf.HitAt5), deref(html.HitAt5), deref(pdf.TableSubjectAt5), deref(html.TableSubjectAt5), deref(pdf.AnsweredWithEvidence), deref(html.AnsweredWithEvidence))
		if deref(pdf.HitAt5) < deref(html.HitAt5) || deref(pdf.TableSubjectAt5) < deref(html.TableSubjectAt5) {
			t.Errorf("%s: retrieval below the HTML's: hit@5 %.3f < %.3f or table+subject@5 %.3f < %.3f", filepath.Base(dir),
				deref(pdf.HitAt5), deref(html.HitAt5), deref(pdf.TableSubjectAt5), deref(html.TableSubjectAt5))
		}
		if deref(pdf.AnsweredWithEvidence) < deref(html.AnsweredWithEvidence)-2*one {
			t.Errorf("%s: answered with evidence %.3f, HTML %.3f", filepath.Base(dir), deref(pdf.AnsweredWithEvidence), deref(html.AnsweredWithEvidence))
		}
	}
}

// deref reads a summary figure, 0 when it is not measured.
func deref(v *float64) float64 {
	if v == nil {
		return 0
	}
	return *v
}

// hybridAnalysed returns the project's Dutch analyser and the hybrid
// configuration the guideline and outside sets are asked with.
func hybridAnalysed(t *testing.T) (*analysis.Analyzer, []eval.Config) {
	t.Helper()
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	cfgs, err := eval.ParseConfigs("hybrid")
	if err != nil {
		t.Fatal(err)
	}
	return an, cfgs
}
