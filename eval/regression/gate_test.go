package regression

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

var update = flag.Bool("update", false, "rewrite testdata/devset-stats.json with the measured numbers")

const (
	corpusDir  = "../../corpus"
	devSet     = "../datasets/dev.jsonl"
	thresholds = "../thresholds.json"
)

// openBundled ingests the bundled corpus into a temporary SQLite store and
// returns the in-process provider the bronwijzer eval command also uses:
// one searcher, and an extractive answer service per retrieval mode.
func openBundled(t *testing.T) eval.Provider {
	t.Helper()
	return openBundledStack(t).provider()
}

// stack is the in-process retrieval and answer stack over the bundled corpus.
type stack struct {
	store    retrieval.Store
	searcher *retrieval.HybridSearcher
	analyzer *analysis.Analyzer
}

// asker returns an extractive answer service that retrieves with mode.
func (s stack) asker(mode retrieval.Mode) *answer.Service {
	return answer.New(answer.Config{SearchMode: mode, Analyzer: s.analyzer}, s.searcher, nil)
}

func (s stack) provider() eval.Local {
	return eval.Local{Searcher: s.searcher, AskerFor: func(m retrieval.Mode) (eval.Asker, error) { return s.asker(m), nil }}
}

func openBundledStack(t *testing.T) stack {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "eval.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatalf("analyser: %v", err)
	}
	emb := embed.NewLocal(embed.DefaultDim)
	reg, err := corpus.Load(filepath.Join(corpusDir, "sources.json"))
	if err != nil {
		t.Fatalf("registry: %v", err)
	}
	p := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: reg}
	for _, r := range p.Paths(ctx, []string{corpusDir}, nil) {
		if r.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %v", r.Path, r.Err)
		}
	}
	return stack{store: store, searcher: &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}, analyzer: an}
}

// TestDevSetQuotesReachable proves every evidence quote matches at least one
// searchable chunk of the real pipeline (extraction, normalisation, chunking),
// so a retrieval miss in the gate is a ranking miss, not an unmatchable quote.
func TestDevSetQuotesReachable(t *testing.T) {
	passages := searchablePassages(t, openBundledStack(t).store)
	qs := load(t, devSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	for _, q := range qs {
		for _, e := range q.Evidence {
			if eval.HitRank(passages, []eval.Evidence{e}) == 0 {
				t.Errorf("%s: quote %q matches no stored chunk of %s", q.ID, e.Quote, e.Document)
			}
		}
	}
}

func load[T any](t *testing.T, path string, parse func(*os.File) (T, error)) T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := parse(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

// TestDevSetGate is the CI regression gate: the dev set over the bundled
// corpus must stay at or above eval/thresholds.json.
func TestDevSetGate(t *testing.T) {
	qs := load(t, devSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	th := load(t, thresholds, func(f *os.File) (eval.Thresholds, error) { return eval.LoadThresholds(f) })
	cfgs, err := eval.ParseConfigs("hybrid,lexical,dense")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Runner{K: 5}.Evaluate(context.Background(), openBundled(t), cfgs, qs)
	if err != nil {
		t.Fatal(err)
	}
	rep.Meta = eval.Meta{Dataset: filepath.Base(devSet), Backend: "in-process", AskMode: "per-config", K: 5}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	t.Logf("dev set, bundled corpus:\n%s", table.String())
	if *update {
		writeReport(t, rep)
	}
	if err := eval.Gate(rep, th); err != nil {
		t.Error(err)
	}
}

// stats is the recorded outcome of the dev set: each configuration's
// summary without latencies (they vary per machine), per-tag table and
// curve points (the per-question verdicts carry what they are made of) and,
// per question, the hit rank, whether it abstained and the kind of its
// critical error — small enough to diff in review.
type stats struct {
	Configs   map[string]eval.Summary       `json:"configs"`
	Questions map[string]map[string]verdict `json:"questions"`
}

type verdict struct {
	HitRank   int    `json:"hit_rank"`
	Abstained bool   `json:"abstained"`
	Critical  string `json:"critical,omitempty"`
}

// writeReport records the measured numbers in testdata/devset-stats.json;
// the README quotes them and the thresholds are set from them.
func writeReport(t *testing.T, rep *eval.Report) {
	t.Helper()
	st := stats{Configs: map[string]eval.Summary{}, Questions: map[string]map[string]verdict{}}
	for _, run := range rep.Runs {
		s := run.Summary
		s.LatencyP50MS, s.LatencyP95MS = nil, nil
		s.ByTag, s.RiskCoverage = nil, nil
		st.Configs[run.Config.Name] = s
		for _, r := range run.Results {
			if st.Questions[r.ID] == nil {
				st.Questions[r.ID] = map[string]verdict{}
			}
			v := verdict{HitRank: r.HitRank, Abstained: r.Abstained}
			if r.Critical != nil {
				v.Critical = r.Critical.Kind
			}
			st.Questions[r.ID][run.Config.Name] = v
		}
	}
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "devset-stats.json"), append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}
