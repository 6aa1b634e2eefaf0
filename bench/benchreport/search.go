package benchreport

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// Engine names in the search table.
const (
	EngineEmbedded  = "Bronwijzer embedded (SQLite)"
	EnginePostgres  = "Bronwijzer PostgreSQL (pgvector HNSW)"
	EngineChromem   = "chromem-go (exact, in memory)"
	EngineLangchain = "langchaingo pgvector (dense)"
)

// SearchRow is one engine and mode at one corpus size.
type SearchRow struct {
	Engine  string
	Mode    string // "hybrid" or "dense"
	Size    int
	Latency Latency
	// Recall is recall@10 of the engine's dense top 10 against exact
	// cosine top 10 computed in Go over the same vectors.
	Recall float64
	// MemoryMB is the growth of this process's resident set after loading
	// and one warm-up search (in-process engines); DiskMB the database or
	// file size. Negative: not applicable.
	MemoryMB, DiskMB float64
	LoadSeconds      float64 // loading the corpus, index builds included
	InProcess        bool    // the search runs in this process (CPU time is meaningful)
	Note             string
	Skipped          string // reason, when the engine could not run
}

// recallQueries bounds the queries recall is computed over.
const recallQueries = 100

// Bounds for an engine whose searches take longer than slowQuery each.
const (
	slowQuery  = 100 * time.Millisecond
	slowReps   = 3
	slowPerRep = 40
)

// RunSearch measures every engine at corpus size n.
func RunSearch(ctx context.Context, cfg Config, pg *Postgres, pgSkip string, n int, logf func(string, ...any)) ([]SearchRow, error) {
	c := Synthetic(n, cfg.Queries)
	lk := NewLookup(c.Queries)
	all := c.All()
	nr := min(recallQueries, len(c.Queries))
	exact := make([][]string, nr)
	for i := range nr {
		exact[i] = ExactTop(all, c.Queries[i].Vec, 10)
	}
	var rows []SearchRow
	logf("search %d: embedded store", n)
	r, err := searchEmbedded(ctx, cfg, c, lk, exact)
	if err != nil {
		return nil, fmt.Errorf("embedded store at %d: %w", n, err)
	}
	rows = append(rows, r...)
	if pg == nil {
		rows = append(rows, SearchRow{Engine: EnginePostgres, Mode: "hybrid", Size: n, Skipped: pgSkip},
			SearchRow{Engine: EngineLangchain, Mode: "dense", Size: n, Skipped: pgSkip})
	} else {
		logf("search %d: PostgreSQL store", n)
		r, err := searchPostgres(ctx, cfg, pg, c, lk, exact)
		if err != nil {
			return nil, fmt.Errorf("PostgreSQL store at %d: %w", n, err)
		}
		rows = append(rows, r...)
	}
	logf("search %d: chromem-go", n)
	ch, err := NewChromem(lk)
	if err != nil {
		return nil, err
	}
	row, err := searchPeer(ctx, cfg, ch, EngineChromem, c, exact, true)
	if err != nil {
		return nil, fmt.Errorf("chromem-go at %d: %w", n, err)
	}
	rows = append(rows, row)
	if pg != nil {
		logf("search %d: langchaingo pgvector", n)
		row, err := searchLangchain(ctx, cfg, pg, c, lk, exact)
		if err != nil {
			return nil, fmt.Errorf("langchaingo pgvector at %d: %w", n, err)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func searchEmbedded(ctx context.Context, cfg Config, c *Corpus, lk *Lookup, exact [][]string) ([]SearchRow, error) {
	dir, err := os.MkdirTemp(cfg.TempDir, "bench-sqlite-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	settle()
	before := RSS()
	start := time.Now()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "bench.db"), sqlite.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	for i, d := range c.Docs {
		if _, err := st.PutDocument(ctx, d, c.Chunks[i]); err != nil {
			return nil, err
		}
	}
	rows, err := searchStore(ctx, cfg, st, EngineEmbedded, c, lk, exact, start)
	if err != nil {
		return nil, err
	}
	settle()
	mem := mb(RSS() - before)
	disk := fileSizes(dir)
	for i := range rows {
		rows[i].MemoryMB, rows[i].DiskMB = mem, disk
	}
	return rows, nil
}

func searchPostgres(ctx context.Context, cfg Config, pg *Postgres, c *Corpus, lk *Lookup, exact [][]string) ([]SearchRow, error) {
	u, drop, err := pg.Scratch(ctx, "store")
	if err != nil {
		return nil, err
	}
	defer drop()
	start := time.Now()
	st, err := postgres.Open(ctx, u, postgres.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if _, err := st.BulkPut(ctx, c.Docs, c.Chunks); err != nil {
		return nil, err
	}
	rows, err := searchStore(ctx, cfg, st, EnginePostgres, c, lk, exact, start)
	if err != nil {
		return nil, err
	}
	size, err := DatabaseSize(ctx, u)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].MemoryMB, rows[i].DiskMB = -1, mb(size)
		rows[i].Note = "memory is the server's (shared_buffers), not measured"
	}
	return rows, nil
}

// searchStore measures hybrid and dense search through retrieval.Searcher
// and dense recall on a loaded store; start is when loading began.
func searchStore(ctx context.Context, cfg Config, st retrieval.Store, engine string, c *Corpus, lk *Lookup, exact [][]string, start time.Time) ([]SearchRow, error) {
	s := &retrieval.HybridSearcher{Store: st, Embedder: lk, Analyzer: lk}
	// One warm-up search: the embedded store loads its index on first use.
	if _, err := s.Search(ctx, c.Queries[0].Text, retrieval.SearchOptions{K: 10}); err != nil {
		return nil, err
	}
	load := time.Since(start).Seconds()
	recall, err := Recall(exact, func(i int) ([]string, error) {
		ps, err := st.DenseSearch(ctx, c.Queries[i].Vec, 10, retrieval.Filter{})
		return passageIDs(ps), err
	})
	if err != nil {
		return nil, err
	}
	var rows []SearchRow
	for _, mode := range []retrieval.Mode{retrieval.Hybrid, retrieval.Dense} {
		lat, err := measure(cfg.Reps, len(c.Queries), func(i int) error {
			ps, err := s.Search(ctx, c.Queries[i].Text, retrieval.SearchOptions{K: 10, Mode: mode})
			if err == nil && len(ps) == 0 {
				err = fmt.Errorf("query %s found nothing", c.Queries[i].Text)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		rows = append(rows, SearchRow{Engine: engine, Mode: string(mode), Size: c.Size(), Latency: lat, Recall: recall, LoadSeconds: load,
			InProcess: engine == EngineEmbedded})
	}
	return rows, nil
}

func searchPeer(ctx context.Context, cfg Config, e DenseEngine, engine string, c *Corpus, exact [][]string, inProcess bool) (SearchRow, error) {
	defer e.Close()
	settle()
	before := RSS()
	start := time.Now()
	if err := e.Load(ctx, c.All()); err != nil {
		return SearchRow{}, err
	}
	if _, err := e.Search(ctx, c.Queries[0].Text, 10); err != nil {
		return SearchRow{}, err
	}
	load := time.Since(start).Seconds()
	// An engine slower than slowQuery per search (an exhaustive scan in
	// PostgreSQL at 100k chunks takes about a second) is measured on fewer
	// queries and repetitions, so the run stays bounded; the table says how
	// many searches each figure rests on.
	reps, perRep := cfg.Reps, len(c.Queries)
	probe := time.Now()
	for i := range min(5, len(c.Queries)) {
		if _, err := e.Search(ctx, c.Queries[i].Text, 10); err != nil {
			return SearchRow{}, err
		}
	}
	if time.Since(probe)/time.Duration(min(5, len(c.Queries))) > slowQuery {
		reps, perRep = min(reps, slowReps), min(perRep, slowPerRep)
		exact = exact[:min(len(exact), slowPerRep)]
	}
	recall, err := Recall(exact, func(i int) ([]string, error) { return e.Search(ctx, c.Queries[i].Text, 10) })
	if err != nil {
		return SearchRow{}, err
	}
	lat, err := measure(reps, perRep, func(i int) error {
		ids, err := e.Search(ctx, c.Queries[i].Text, 10)
		if err == nil && len(ids) == 0 {
			err = fmt.Errorf("query %s found nothing", c.Queries[i].Text)
		}
		return err
	})
	if err != nil {
		return SearchRow{}, err
	}
	row := SearchRow{Engine: engine, Mode: "dense", Size: c.Size(), Latency: lat, Recall: recall, LoadSeconds: load, MemoryMB: -1, DiskMB: -1, InProcess: inProcess}
	if inProcess {
		settle()
		row.MemoryMB = mb(RSS() - before)
	}
	return row, nil
}

func searchLangchain(ctx context.Context, cfg Config, pg *Postgres, c *Corpus, lk *Lookup, exact [][]string) (SearchRow, error) {
	u, drop, err := pg.Scratch(ctx, "langchain")
	if err != nil {
		return SearchRow{}, err
	}
	defer drop()
	lc, err := NewLangchain(ctx, u, lk)
	if err != nil {
		return SearchRow{}, err
	}
	// searchPeer closes lc; the index check runs inside, after Load.
	var usesIndex bool
	var checkErr error
	row, err := searchPeer(ctx, cfg, checkedLangchain{lc, func() {
		usesIndex, checkErr = lc.UsesIndex(ctx, c.Queries[0].Vec)
	}}, EngineLangchain, c, exact, false)
	if err != nil {
		return SearchRow{}, err
	}
	if checkErr != nil {
		return SearchRow{}, fmt.Errorf("explain: %w", checkErr)
	}
	size, err := DatabaseSize(ctx, u)
	if err != nil {
		return SearchRow{}, err
	}
	row.DiskMB = mb(size)
	if usesIndex {
		row.Note = "EXPLAIN: HNSW index used (ef_search default 40)"
	} else {
		row.Note = "EXPLAIN: HNSW index built but not used — SimilaritySearch's MATERIALIZED CTE forces an exact sequential scan"
	}
	return row, nil
}

// checkedLangchain runs check after loading, before the searches.
type checkedLangchain struct {
	*Langchain
	check func()
}

func (c checkedLangchain) Load(ctx context.Context, chunks []bronwijzer.Chunk) error {
	if err := c.Langchain.Load(ctx, chunks); err != nil {
		return err
	}
	c.check()
	return nil
}

// ExactTop returns the ids of the k chunks most similar to q by cosine
// (all vectors are unit length, so by dot product, in float64), best first,
// ties by id.
func ExactTop(all []bronwijzer.Chunk, q []float32, k int) []string {
	type hit struct {
		i   int
		sim float64
	}
	better := func(a, b hit) bool {
		if a.sim != b.sim {
			return a.sim > b.sim
		}
		return all[a.i].ID() < all[b.i].ID()
	}
	top := make([]hit, 0, k+1) // best first; insertion keeps it sorted
	for i, c := range all {
		var dot float64
		for j, x := range c.Embedding {
			dot += float64(x) * float64(q[j])
		}
		h := hit{i, dot}
		if len(top) == k && !better(h, top[k-1]) {
			continue
		}
		at := len(top)
		for at > 0 && better(h, top[at-1]) {
			at--
		}
		top = slices.Insert(top, at, h)
		if len(top) > k {
			top = top[:k]
		}
	}
	out := make([]string, len(top))
	for i, h := range top {
		out[i] = all[h.i].ID()
	}
	return out
}

// Recall is the share of exact[i]'s ids that search(i) returns.
func Recall(exact [][]string, search func(i int) ([]string, error)) (float64, error) {
	var hits, total int
	for i, want := range exact {
		got, err := search(i)
		if err != nil {
			return 0, err
		}
		for _, id := range got {
			if slices.Contains(want, id) {
				hits++
			}
		}
		total += len(want)
	}
	if total == 0 {
		return 0, nil
	}
	return float64(hits) / float64(total), nil
}

func passageIDs(ps []bronwijzer.Passage) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

func fileSizes(dir string) float64 {
	var n int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error { //nolint:errcheck // sizes only
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return mb(n)
}
