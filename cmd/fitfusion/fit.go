package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// question is one answerable dev question with its two candidate lists.
type question struct {
	dataset  string // file name of its dataset
	group    string // dataset and evidence document: the unit held out
	evidence []eval.Evidence
	lexical  []bronwijzer.Passage
	dense    []bronwijzer.Passage
	hybrid   []bronwijzer.Passage // what the Searcher returns by default
}

// setup names what is ingested and asked.
type setup struct {
	Registries []string // registries of the documents (their titles count)
	Docs       []string // glob patterns of the documents to ingest
	Datasets   []string // JSONL question sets
}

// collect ingests the documents into a temporary embedded store with the
// local hash embedder (what `make run` and the eval gate use) and builds
// each answerable question's lexical and dense lists as hybrid search
// would (retrieval.SearchOptions defaults).
func collect(ctx context.Context, s setup) ([]question, error) {
	dir, err := os.MkdirTemp("", "fitfusion-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "fit.db"), sqlite.Options{})
	if err != nil {
		return nil, err
	}
	defer store.Close()
	an, err := analysis.New()
	if err != nil {
		return nil, err
	}
	reg, err := registry(s.Registries)
	if err != nil {
		return nil, err
	}
	emb := embed.NewLocal(384)
	p := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: reg}
	var files []string
	for _, g := range s.Docs {
		m, err := filepath.Glob(g)
		if err != nil || len(m) == 0 {
			return nil, fmt.Errorf("no documents match %q", g)
		}
		files = append(files, m...)
	}
	for _, r := range p.Paths(ctx, files, nil) {
		if r.Status == ingest.StatusFailed {
			return nil, fmt.Errorf("ingest %s: %w", r.Path, r.Err)
		}
	}
	searcher := &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}
	var out []question
	for _, path := range s.Datasets {
		qs, err := load(path)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if !q.Answerable {
				continue
			}
			fq, err := lists(ctx, searcher, q)
			if err != nil {
				return nil, err
			}
			fq.dataset = filepath.Base(path)
			fq.group = fq.dataset + ":" + docID(q.Evidence[0].Document)
			out = append(out, fq)
		}
	}
	return out, nil
}

// registry merges the registries, so every document has its registered
// title as it would in a deployment that lists it.
func registry(paths []string) (*corpus.Registry, error) {
	var all []bronwijzer.Source
	for _, p := range paths {
		r, err := corpus.Load(p)
		if err != nil {
			return nil, err
		}
		all = append(all, r.Sources()...)
	}
	return corpus.New(all)
}

func load(path string) ([]eval.Question, error) {
	f, err := os.Open(path) // #nosec G304 -- the dev sets named on the command line
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.LoadDataset(f)
}

// lists runs the question in each mode with the candidate count hybrid
// search fuses.
func lists(ctx context.Context, s *retrieval.HybridSearcher, q eval.Question) (question, error) {
	opts := retrieval.SearchOptions{}
	opts.SetDefaults()
	fq := question{evidence: q.Evidence}
	var err error
	if fq.lexical, err = s.Search(ctx, q.Question, retrieval.SearchOptions{K: opts.Candidates, Mode: retrieval.Lexical}); err != nil {
		return fq, err
	}
	if fq.dense, err = s.Search(ctx, q.Question, retrieval.SearchOptions{K: opts.Candidates, Mode: retrieval.Dense}); err != nil {
		return fq, err
	}
	fq.hybrid, err = s.Search(ctx, q.Question, retrieval.SearchOptions{K: 5})
	return fq, err
}

// docID is an evidence document without directory and extension.
func docID(doc string) string {
	doc = strings.ToLower(filepath.Base(doc))
	return strings.TrimSuffix(doc, filepath.Ext(doc))
}

// scores are the retrieval metrics of eval (hit@1, hit@5, MRR).
type scores struct {
	N                 int
	Hit1, Hit5, MRR   float64
	hits1, hits5, rrs float64
}

func (s *scores) add(rank int) {
	s.N++
	if rank == 1 {
		s.hits1++
	}
	if rank >= 1 && rank <= 5 {
		s.hits5++
		s.rrs += 1 / float64(rank)
	}
	s.Hit1, s.Hit5, s.MRR = s.hits1/float64(s.N), s.hits5/float64(s.N), s.rrs/float64(s.N)
}

func (s scores) String() string {
	return fmt.Sprintf("%.3f  %.3f  %.3f", s.Hit1, s.Hit5, s.MRR)
}

// rank is the evidence's rank among the first 5 of list (0 if absent), as
// eval measures it with k = 5.
func rank(list []bronwijzer.Passage, ev []eval.Evidence) int {
	return eval.HitRank(list[:min(len(list), 5)], ev)
}

// measure scores one way of ranking over questions.
func measure(qs []question, ranked func(question) []bronwijzer.Passage) scores {
	var s scores
	for _, q := range qs {
		s.add(rank(ranked(q), q.evidence))
	}
	return s
}

func lexical(q question) []bronwijzer.Passage { return q.lexical }
func dense(q question) []bronwijzer.Passage   { return q.dense }

func fused(dense float64) func(question) []bronwijzer.Passage {
	return func(q question) []bronwijzer.Passage {
		return retrieval.FuseWeighted(retrieval.FusionWeights{Lexical: 1, Dense: dense}, q.lexical, q.dense)
	}
}

// grid is the dense weights tried, against 1 for the lexical list: steps
// of 0.01 up to 0.1, where a dense rank moves a passage a place or two
// among the lexical first (1/61 − 1/62 ≈ 0.00026 against 0.01/61 ≈
// 0.00016), then steps of 0.05 up to equal weight.
var grid = func() []float64 {
	var g []float64
	for i := 0; i < 10; i++ {
		g = append(g, float64(i)/100)
	}
	for i := 2; i <= 20; i++ {
		g = append(g, float64(i)/20)
	}
	return g
}()

// margin is how far fusion at weight w stays above the best single list,
// taken over datasets and over hit@1 and MRR: the worst case, so a weight
// that gains on one set by losing on another scores low.
func margin(qs []question, w float64) float64 {
	worst := 1.0
	for _, set := range byKey(qs, func(q question) string { return q.dataset }) {
		h, l, d := measure(set, fused(w)), measure(set, lexical), measure(set, dense)
		worst = min(worst, h.Hit1-max(l.Hit1, d.Hit1), h.MRR-max(l.MRR, d.MRR))
	}
	return worst
}

// fit returns the dense weight with the best margin; ties go to the higher
// mean MRR, then to the smaller weight.
func fit(qs []question) float64 {
	best, bestM, bestMRR := 0.0, -2.0, -1.0
	for _, w := range grid {
		m, mrr := margin(qs, w), measure(qs, fused(w)).MRR
		if m > bestM+1e-9 || (m > bestM-1e-9 && mrr > bestMRR+1e-9) {
			best, bestM, bestMRR = w, m, mrr
		}
	}
	return best
}

// byKey groups questions, keys sorted.
func byKey(qs []question, key func(question) string) [][]question {
	m := map[string][]question{}
	for _, q := range qs {
		m[key(q)] = append(m[key(q)], q)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([][]question, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}
