package benchreport

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

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

// QualitySet is a question set with the corpus it is asked of: the files
// its registry (Dir/sources.json) names, so a README beside them is never
// ingested.
type QualitySet struct {
	Name    string // as the report names it
	Dataset string // question file, relative to the repository root
	Dir     string // corpus directory holding sources.json, relative to the root
}

// underRoot resolves a set's path: relative paths are under the
// repository root, absolute ones (a private set elsewhere) stay as they are.
func underRoot(root, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(root, p)
}

// ParseQualitySets reads "name=questions.jsonl:corpusdir,…" (paths relative
// to the repository root or absolute), so a run can measure a private
// question set on its own corpus beside the bundled ones.
func ParseQualitySets(s string) ([]QualitySet, error) {
	var out []QualitySet
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		name, paths, ok1 := strings.Cut(f, "=")
		dataset, dir, ok2 := strings.Cut(paths, ":")
		if !ok1 || !ok2 || name == "" || dataset == "" || dir == "" {
			return nil, fmt.Errorf("invalid question set %q (want name=questions.jsonl:corpusdir)", f)
		}
		out = append(out, QualitySet{Name: name, Dataset: dataset, Dir: dir})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no question sets in %q", s)
	}
	return out, nil
}

// DefaultQualitySets are the dev set on the bundled corpus and the dev
// guideline set on the fictional guidelines. A set whose question file is
// absent is reported as skipped, not as an error.
var DefaultQualitySets = []QualitySet{
	{Name: "dev", Dataset: "eval/datasets/dev.jsonl", Dir: "corpus"},
	{Name: "guidelines", Dataset: "eval/datasets/guidelines.jsonl", Dir: "testdata/guidelines"},
}

// QualityRow is one engine's retrieval quality on one set, over its
// answerable questions, with the eval package's definitions (hit@1, hit@5,
// MRR over the top 5, as `bronwijzer eval` retrieves).
type QualityRow struct {
	Set        string
	Engine     string
	Mode       string
	HitAt1     float64
	HitAt5     float64
	MRR        float64
	Answerable int
	// TableSubjectAt5 is the share of table questions with a subject whose
	// top 5 holds one passage with both the quoted dose and the subject
	// (eval's table_subject_at_5); nil when the set has none.
	TableSubjectAt5 *float64
	Skipped         string
}

// qualityK is how many passages each engine returns per question: as many
// as `bronwijzer eval` retrieves, so MRR here is MRR there.
const qualityK = 5

// Bundled is a corpus ingested into a store, with its passages.
type Bundled struct {
	Store    retrieval.Store
	Searcher *retrieval.HybridSearcher
	Chunks   []bronwijzer.Chunk // every stored chunk, notes and whole tables too
	passages map[string]bronwijzer.Passage
	close    func()
}

// Close releases the store.
func (b *Bundled) Close() { b.close() }

// Searchable is the chunks search may return (Chunk.Searchable): what the
// peers index, so every engine ranks the same passages.
func (b *Bundled) Searchable() []bronwijzer.Chunk {
	var out []bronwijzer.Chunk
	for _, c := range b.Chunks {
		if c.Searchable() {
			out = append(out, c)
		}
	}
	return out
}

// newPipeline is the product's ingest pipeline with the local embedder,
// the Dutch analyser and the registry at registry, as `bronwijzer ingest`
// builds it.
func newPipeline(registry string, st ingest.Store) (*ingest.Pipeline, *analysis.Analyzer, error) {
	a, err := analysis.New()
	if err != nil {
		return nil, nil, err
	}
	reg, err := corpus.Load(registry)
	if err != nil {
		return nil, nil, err
	}
	return &ingest.Pipeline{Store: st, Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: a, Registry: reg}, a, nil
}

func bundledRegistry(root string) string { return filepath.Join(root, "corpus", "sources.json") }

// IngestBundled ingests the bundled corpus (the dev set's) into a fresh
// embedded store in dir or, with pgURL, into PostgreSQL.
func IngestBundled(ctx context.Context, root, dir, pgURL string) (*Bundled, error) {
	return IngestSet(ctx, root, DefaultQualitySets[0], dir, pgURL)
}

// IngestSet ingests the files set's registry names into a fresh embedded
// store (dir) or, with pgURL, into PostgreSQL, through the product pipeline.
func IngestSet(ctx context.Context, root string, set QualitySet, dir, pgURL string) (*Bundled, error) {
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
	b, err := ingestInto(ctx, root, set, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return b, nil
}

func ingestInto(ctx context.Context, root string, set QualitySet, st retrieval.Store) (*Bundled, error) {
	dir := underRoot(root, set.Dir)
	registry := filepath.Join(dir, "sources.json")
	p, a, err := newPipeline(registry, st)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, s := range p.Registry.Sources() {
		files = append(files, filepath.Join(dir, s.File))
	}
	for _, r := range p.Paths(ctx, files, nil) {
		if r.Err != nil {
			return nil, fmt.Errorf("ingest %s: %w", r.Path, r.Err)
		}
	}
	b := &Bundled{Store: st, Searcher: &retrieval.HybridSearcher{Store: st, Embedder: p.Embedder, Analyzer: a},
		passages: map[string]bronwijzer.Passage{}, close: func() { st.Close() }}
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		cs, err := st.Chunks(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			b.Chunks = append(b.Chunks, c)
			b.passages[c.ID()] = bronwijzer.Passage{ID: c.ID(), DocumentID: d.ID, Version: c.Version, Title: d.Title,
				SourceFile: d.SourceFile, PageStart: c.PageStart, PageEnd: c.PageEnd, Section: c.Section,
				Text: c.Text, CharStart: c.CharStart, CharEnd: c.CharEnd, Kind: c.Kind, Caption: c.Caption,
				Verified: d.Verified, Published: d.Published}
		}
	}
	return b, nil
}

func bundledPDFs(root string) []string {
	ms, _ := filepath.Glob(filepath.Join(root, "corpus", "*.pdf"))
	return ms
}

// guidelinePDFs are the dev guidelines that are PDFs, for the extraction
// comparison.
func guidelinePDFs(root string) []string {
	ms, _ := filepath.Glob(filepath.Join(root, "testdata", "guidelines", "*.pdf"))
	return ms
}

// LoadDevSet reads eval/datasets/dev.jsonl with the eval package's loader.
func LoadDevSet(root string) ([]eval.Question, error) {
	return loadDataset(filepath.Join(root, DefaultQualitySets[0].Dataset))
}

func loadDataset(path string) ([]eval.Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	qs, err := eval.LoadDataset(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return qs, nil
}

// score scores search results with the eval package's own definitions
// (Result.ScoreSearch, then Summarize's hit@1, hit@5 and MRR over the
// answerable questions) into row.
func score(row QualityRow, qs []eval.Question, search func(q eval.Question) ([]bronwijzer.Passage, error)) (QualityRow, error) {
	results := make([]eval.Result, 0, len(qs))
	for _, q := range qs {
		ps, err := search(q)
		if err != nil {
			return row, fmt.Errorf("question %s: %w", q.ID, err)
		}
		r := eval.Result{ID: q.ID, Answerable: q.Answerable}
		r.ScoreSearch(q, ps)
		results = append(results, r)
	}
	s := eval.Summarize(results)
	if s.HitAt5 == nil {
		return row, fmt.Errorf("no answerable questions")
	}
	row.HitAt1, row.HitAt5, row.MRR, row.Answerable = *s.HitAt1, *s.HitAt5, *s.MRR, s.Answerable
	row.TableSubjectAt5 = s.TableSubjectAt5
	return row, nil
}

// RunQuality measures every set of cfg.QualitySets in turn.
func RunQuality(ctx context.Context, cfg Config, pg *Postgres, pgSkip string, logf func(string, ...any)) ([]QualityRow, error) {
	var rows []QualityRow
	for _, set := range cfg.QualitySets {
		rs, err := runQualitySet(ctx, cfg, set, pg, pgSkip, logf)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", set.Name, err)
		}
		rows = append(rows, rs...)
	}
	return rows, nil
}

// qualityEngines are the rows of every set, in report order.
var qualityEngines = []struct{ engine, mode string }{
	{EngineEmbedded, "hybrid"}, {EngineEmbedded, "dense"}, {EngineEmbedded, "lexical"},
	{EnginePostgres, "hybrid"}, {EngineBleve, "lexical"}, {EngineFTS5, "lexical"},
	{EngineChromem, "dense"}, {EngineLangchain, "dense"},
}

// runQualitySet compares Bronwijzer's hybrid, dense and lexical lists with
// the peers on one set: the lexical peers index the text, section path and
// caption of exactly the passages Bronwijzer's search may return; the dense
// peers get the local embedder's vectors of those chunks and of each
// question.
func runQualitySet(ctx context.Context, cfg Config, set QualitySet, pg *Postgres, pgSkip string, logf func(string, ...any)) ([]QualityRow, error) {
	qs, err := loadDataset(underRoot(cfg.Root, set.Dataset))
	if errors.Is(err, fs.ErrNotExist) {
		return skippedSet(set, "no "+set.Dataset), nil
	}
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(cfg.TempDir, "bench-quality-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	logf("quality %s: ingesting %s", set.Name, set.Dir)
	b, err := IngestSet(ctx, cfg.Root, set, dir, "")
	if err != nil {
		return nil, err
	}
	defer b.Close()
	var rows []QualityRow
	for _, m := range []retrieval.Mode{retrieval.Hybrid, retrieval.Dense, retrieval.Lexical} {
		row, err := score(QualityRow{Set: set.Name, Engine: EngineEmbedded, Mode: string(m)}, qs, func(q eval.Question) ([]bronwijzer.Passage, error) {
			return b.Searcher.Search(ctx, q.Question, retrieval.SearchOptions{K: qualityK, Mode: m})
		})
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	if pg == nil {
		rows = append(rows, QualityRow{Set: set.Name, Engine: EnginePostgres, Mode: "hybrid", Skipped: pgSkip})
	} else {
		row, err := qualityPostgres(ctx, cfg, set, pg, qs)
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	peers, err := qualityPeers(ctx, set, b, qs, dir, pg, pgSkip, logf)
	if err != nil {
		return nil, err
	}
	return append(rows, peers...), nil
}

func skippedSet(set QualitySet, why string) []QualityRow {
	rows := make([]QualityRow, len(qualityEngines))
	for i, e := range qualityEngines {
		rows[i] = QualityRow{Set: set.Name, Engine: e.engine, Mode: e.mode, Skipped: why}
	}
	return rows
}

// PassageEngine is a peer of the quality section: loaded with the stored
// chunks, it answers a question with chunk ids, best first.
type PassageEngine interface {
	Load(ctx context.Context, chunks []bronwijzer.Chunk) error
	Search(ctx context.Context, query string, k int) ([]string, error)
	Close() error
}

// qualityPeers scores the lexical peers and the dense peers on the
// searchable chunks of b.
func qualityPeers(ctx context.Context, set QualitySet, b *Bundled, qs []eval.Question, dir string,
	pg *Postgres, pgSkip string, logf func(string, ...any)) ([]QualityRow, error) {
	chunks := b.Searchable()
	var rows []QualityRow
	run := func(e PassageEngine, engine, mode string) error {
		defer e.Close()
		logf("quality %s: %s", set.Name, engine)
		if err := e.Load(ctx, chunks); err != nil {
			return fmt.Errorf("%s: %w", engine, err)
		}
		row, err := score(QualityRow{Set: set.Name, Engine: engine, Mode: mode}, qs, func(q eval.Question) ([]bronwijzer.Passage, error) {
			ids, err := e.Search(ctx, q.Question, qualityK)
			return b.lookup(ids), err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", engine, err)
		}
		rows = append(rows, row)
		return nil
	}
	bl, err := NewBleve(dir)
	if err != nil {
		return nil, err
	}
	if err := run(bl, EngineBleve, "lexical"); err != nil {
		return nil, err
	}
	ft, err := NewFTS5(ctx, filepath.Join(dir, "fts5.db"))
	if err != nil {
		return nil, err
	}
	if err := run(ft, EngineFTS5, "lexical"); err != nil {
		return nil, err
	}
	// The dense peers' query vectors: the local embedder's, as Bronwijzer's.
	lk, err := questionLookup(ctx, qs)
	if err != nil {
		return nil, err
	}
	ch, err := NewChromem(lk)
	if err != nil {
		return nil, err
	}
	if err := run(ch, EngineChromem, "dense"); err != nil {
		return nil, err
	}
	if pg == nil {
		return append(rows, QualityRow{Set: set.Name, Engine: EngineLangchain, Mode: "dense", Skipped: pgSkip}), nil
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
	if err := run(lc, EngineLangchain, "dense"); err != nil {
		return nil, err
	}
	return rows, nil
}

func questionLookup(ctx context.Context, qs []eval.Question) (*Lookup, error) {
	local := embed.NewLocal(embed.DefaultDim)
	var queries []Query
	for _, q := range qs {
		v, err := local.EmbedQuery(ctx, q.Question)
		if err != nil {
			return nil, err
		}
		queries = append(queries, Query{Text: q.Question, Vec: v})
	}
	return NewLookup(queries), nil
}

func qualityPostgres(ctx context.Context, cfg Config, set QualitySet, pg *Postgres, qs []eval.Question) (QualityRow, error) {
	u, drop, err := pg.Scratch(ctx, "quality")
	if err != nil {
		return QualityRow{}, err
	}
	defer drop()
	b, err := IngestSet(ctx, cfg.Root, set, "", u)
	if err != nil {
		return QualityRow{}, err
	}
	defer b.Close()
	return score(QualityRow{Set: set.Name, Engine: EnginePostgres, Mode: "hybrid"}, qs, func(q eval.Question) ([]bronwijzer.Passage, error) {
		return b.Searcher.Search(ctx, q.Question, retrieval.SearchOptions{K: qualityK})
	})
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
