package benchreport

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// QualityRow is hit@5 on the answerable dev-set questions for one engine.
type QualityRow struct {
	Engine     string
	Mode       string
	HitAt5     float64
	Answerable int
	Skipped    string
}

// Bundled is the bundled corpus ingested into a store, with its passages.
type Bundled struct {
	Store    retrieval.Store
	Searcher *retrieval.Searcher
	Chunks   []bronwijzer.Chunk
	passages map[string]bronwijzer.Passage
	close    func()
}

// Close releases the store.
func (b *Bundled) Close() { b.close() }

// newPipeline is the product's ingest pipeline with the local embedder and
// the Dutch analyser, as `bronwijzer ingest` builds it.
func newPipeline(root string, st ingest.Store) (*ingest.Pipeline, *analysis.Analyzer, error) {
	a, err := analysis.New()
	if err != nil {
		return nil, nil, err
	}
	reg, err := corpus.Load(filepath.Join(root, "corpus", "sources.json"))
	if err != nil {
		return nil, nil, err
	}
	return &ingest.Pipeline{Store: st, Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: a, Registry: reg}, a, nil
}

// IngestBundled ingests corpus/*.pdf into a fresh embedded store (dir) or,
// with pgURL, into PostgreSQL, through the product pipeline.
func IngestBundled(ctx context.Context, root, dir, pgURL string) (*Bundled, error) {
	var st retrieval.Store
	var err error
	if pgURL != "" {
		st, err = postgres.Open(ctx, pgURL, postgres.Options{})
	} else {
		st, err = sqlite.Open(ctx, filepath.Join(dir, "quality.db"), sqlite.Options{})
	}
	if err != nil {
		return nil, err
	}
	p, a, err := newPipeline(root, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	for _, r := range p.Paths(ctx, bundledPDFs(root), nil) {
		if r.Err != nil {
			st.Close()
			return nil, fmt.Errorf("ingest %s: %w", r.Path, r.Err)
		}
	}
	b := &Bundled{Store: st, Searcher: &retrieval.Searcher{Store: st, Embedder: p.Embedder, Analyzer: a},
		passages: map[string]bronwijzer.Passage{}, close: func() { st.Close() }}
	docs, err := st.Documents(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	for _, d := range docs {
		cs, err := st.Chunks(ctx, d.ID)
		if err != nil {
			st.Close()
			return nil, err
		}
		for _, c := range cs {
			b.Chunks = append(b.Chunks, c)
			b.passages[c.ID()] = bronwijzer.Passage{ID: c.ID(), DocumentID: d.ID, Version: c.Version, Title: d.Title,
				SourceFile: d.SourceFile, PageStart: c.PageStart, PageEnd: c.PageEnd, Section: c.Section,
				Text: c.Text, CharStart: c.CharStart, CharEnd: c.CharEnd, Verified: d.Verified, Published: d.Published}
		}
	}
	return b, nil
}

func bundledPDFs(root string) []string {
	ms, _ := filepath.Glob(filepath.Join(root, "corpus", "*.pdf"))
	return ms
}

// LoadDevSet reads eval/datasets/dev.jsonl with the eval package's loader.
func LoadDevSet(root string) ([]eval.Question, error) {
	f, err := os.Open(filepath.Join(root, "eval", "datasets", "dev.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.LoadDataset(f)
}

// hitAt5 scores search results with the eval package's own definitions
// (Result.ScoreSearch, Summarize's hit@5 over answerable questions).
func hitAt5(qs []eval.Question, search func(q eval.Question) ([]bronwijzer.Passage, error)) (float64, int, error) {
	results := make([]eval.Result, 0, len(qs))
	for _, q := range qs {
		ps, err := search(q)
		if err != nil {
			return 0, 0, fmt.Errorf("question %s: %w", q.ID, err)
		}
		r := eval.Result{ID: q.ID, Answerable: q.Answerable}
		r.ScoreSearch(q, ps)
		results = append(results, r)
	}
	s := eval.Summarize(results)
	if s.HitAt5 == nil {
		return 0, 0, fmt.Errorf("no answerable questions")
	}
	return *s.HitAt5, s.Answerable, nil
}

// RunQuality compares Bronwijzer's hybrid search with the dense-only peers
// on the bundled corpus: the peers get the local embedder's vectors of the
// very chunks Bronwijzer stored, and of each question.
func RunQuality(ctx context.Context, cfg Config, pg *Postgres, pgSkip string, logf func(string, ...any)) ([]QualityRow, error) {
	qs, err := LoadDevSet(cfg.Root)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(cfg.TempDir, "bench-quality-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	logf("quality: ingesting the bundled corpus")
	b, err := IngestBundled(ctx, cfg.Root, dir, "")
	if err != nil {
		return nil, err
	}
	defer b.Close()
	opts := func(m retrieval.Mode) retrieval.SearchOptions { return retrieval.SearchOptions{K: 5, Mode: m} }
	var rows []QualityRow
	for _, m := range []retrieval.Mode{retrieval.Hybrid, retrieval.Dense, retrieval.Lexical} {
		h, n, err := hitAt5(qs, func(q eval.Question) ([]bronwijzer.Passage, error) {
			return b.Searcher.Search(ctx, q.Question, opts(m))
		})
		if err != nil {
			return nil, err
		}
		rows = append(rows, QualityRow{Engine: EngineEmbedded, Mode: string(m), HitAt5: h, Answerable: n})
	}
	if pg == nil {
		rows = append(rows, QualityRow{Engine: EnginePostgres, Mode: "hybrid", Skipped: pgSkip})
	} else {
		row, err := qualityPostgres(ctx, cfg, pg, qs)
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	// The peers' query vectors: the local embedder's, as Bronwijzer's.
	local := embed.NewLocal(embed.DefaultDim)
	var queries []Query
	for _, q := range qs {
		v, err := local.EmbedQuery(ctx, q.Question)
		if err != nil {
			return nil, err
		}
		queries = append(queries, Query{Text: q.Question, Vec: v})
	}
	lk := NewLookup(queries)
	peer := func(e DenseEngine, engine string) error {
		defer e.Close()
		if err := e.Load(ctx, b.Chunks); err != nil {
			return err
		}
		h, n, err := hitAt5(qs, func(q eval.Question) ([]bronwijzer.Passage, error) {
			ids, err := e.Search(ctx, q.Question, 5)
			return b.lookup(ids), err
		})
		if err != nil {
			return err
		}
		rows = append(rows, QualityRow{Engine: engine, Mode: "dense", HitAt5: h, Answerable: n})
		return nil
	}
	ch, err := NewChromem(lk)
	if err != nil {
		return nil, err
	}
	if err := peer(ch, EngineChromem); err != nil {
		return nil, fmt.Errorf("chromem-go: %w", err)
	}
	if pg == nil {
		rows = append(rows, QualityRow{Engine: EngineLangchain, Mode: "dense", Skipped: pgSkip})
		return rows, nil
	}
	u, drop, err := pg.Scratch(ctx, "quality_lc")
	if err != nil {
		return nil, err
	}
	defer drop()
	lc, err := NewLangchain(ctx, u, lk)
	if err != nil {
		return nil, err
	}
	if err := peer(lc, EngineLangchain); err != nil {
		return nil, fmt.Errorf("langchaingo: %w", err)
	}
	return rows, nil
}

func qualityPostgres(ctx context.Context, cfg Config, pg *Postgres, qs []eval.Question) (QualityRow, error) {
	u, drop, err := pg.Scratch(ctx, "quality")
	if err != nil {
		return QualityRow{}, err
	}
	defer drop()
	b, err := IngestBundled(ctx, cfg.Root, "", u)
	if err != nil {
		return QualityRow{}, err
	}
	defer b.Close()
	h, n, err := hitAt5(qs, func(q eval.Question) ([]bronwijzer.Passage, error) {
		return b.Searcher.Search(ctx, q.Question, retrieval.SearchOptions{K: 5})
	})
	return QualityRow{Engine: EnginePostgres, Mode: "hybrid", HitAt5: h, Answerable: n}, err
}

// lookup turns peer result ids into the stored passages.
func (b *Bundled) lookup(ids []string) []bronwijzer.Passage {
	out := make([]bronwijzer.Passage, 0, len(ids))
	for _, id := range ids {
		if p, ok := b.passages[id]; ok {
			out = append(out, p)
		}
	}
	return out
}
