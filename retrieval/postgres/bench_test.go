package postgres_test

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/bronwijzer/bronwijzer/retrieval/synth"
)

// The benchmark corpus is synth.Clustered (the same data as make bench's
// search section): benchChunks chunks, benchQueries queries. BENCH_CHUNKS
// overrides the size for quick runs.
const benchQueries = 200

// benchOptions are the PostgreSQL store's options for the benchmark:
// the defaults, or BENCH_HNSW="m,ef_construction" to compare build
// parameters.
func benchOptions() postgres.Options {
	var o postgres.Options
	if m, efc, ok := strings.Cut(os.Getenv("BENCH_HNSW"), ","); ok {
		o.HNSWM, _ = strconv.Atoi(m)
		o.HNSWEfConstruction, _ = strconv.Atoi(efc)
	}
	return o
}

func benchChunks() int {
	if n, err := strconv.Atoi(os.Getenv("BENCH_CHUNKS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchSearcher answers the synthetic queries with their precomputed terms
// and vectors, so only the store is measured.
type benchSearcher map[string]synth.Query

func (m benchSearcher) QueryTerms(q string) []string { return m[q].Terms }
func (m benchSearcher) EmbedQuery(_ context.Context, q string) ([]float32, error) {
	return m[q].Vec, nil
}
func (m benchSearcher) EmbedDocuments(ctx context.Context, qs []string) ([][]float32, error) {
	out := make([][]float32, len(qs))
	for i, q := range qs {
		out[i], _ = m.EmbedQuery(ctx, q)
	}
	return out, nil
}

// BenchmarkStores loads the same synthetic corpus into PostgreSQL and the
// embedded SQLite store and measures, for each: bulk ingest (chunks/s) while
// loading, ingest of one more 200-chunk document into the full store, hybrid
// search latency (p50/p99 through retrieval.Searcher), and for PostgreSQL the
// HNSW recall@10 against exact search computed in Go.
//
//	go test -run '^$' -bench Stores -benchtime 400x ./retrieval/postgres
func BenchmarkStores(b *testing.B) {
	n := benchChunks()
	data := synth.Clustered(n, benchQueries)
	ctx := context.Background()

	url := postgres.PGServer().Database(b)
	pg, err := postgres.Open(ctx, url, benchOptions())
	if err != nil {
		b.Fatal(err)
	}
	defer pg.Close()
	pg.OnBulkPhase(func(p string, d time.Duration) {
		bulkPhases = append(bulkPhases, fmt.Sprintf("%s %v", p, d.Round(time.Millisecond)))
	})
	lite, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer lite.Close()

	stores := []struct {
		name  string
		store retrieval.Store
	}{{"postgres", pg}, {"sqlite", lite}}
	for _, s := range stores {
		b.Run(s.name+"/load", func(b *testing.B) { benchLoad(b, s.store, data) })
		b.Run(s.name+"/hybrid", func(b *testing.B) { benchHybrid(b, s.store, data) })
		b.Run(s.name+"/lexical", func(b *testing.B) { benchList(b, s.store, data, false) })
		b.Run(s.name+"/dense", func(b *testing.B) { benchList(b, s.store, data, true) })
	}
	// Recall before ingest-doc, so it is measured on exactly the corpus.
	for _, ef := range []int{100, 200, 400} {
		b.Run(fmt.Sprintf("postgres/recall/ef_search=%d", ef), func(b *testing.B) {
			s, err := postgres.Open(ctx, url, postgres.Options{EfSearch: ef, SkipMigrate: true})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			benchRecall(b, s, data)
		})
	}
	// Last: each iteration adds a 200-chunk document, so everything above
	// runs on exactly the synthetic corpus.
	for _, s := range stores {
		b.Run(s.name+"/ingest-doc", func(b *testing.B) { benchIngestDoc(b, s.store, data) })
	}
}

// bulkPhases collects the PostgreSQL store's bulk-load phases.
var bulkPhases []string

// bulkPutter is a store with a bulk-load path (the PostgreSQL store's
// BulkPut: COPY without indexes, then one index build).
type bulkPutter interface {
	BulkPut(ctx context.Context, docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk) ([]retrieval.PutResult, error)
}

// benchLoad ingests the whole corpus once (the first iteration) and reports
// chunks/s, index builds included; later iterations re-put unchanged
// documents (the no-op path). A store with BulkPut loads through it, as the
// initial ingest of a corpus does; others put document by document.
func benchLoad(b *testing.B, s retrieval.Store, data *synth.Corpus) {
	ctx := context.Background()
	start := time.Now()
	loaded := false
	for b.Loop() {
		if loaded {
			if _, err := s.PutDocument(ctx, data.Docs[0], data.Chunks[0]); err != nil {
				b.Fatal(err)
			}
			continue
		}
		if err := loadAll(ctx, s, data); err != nil {
			b.Fatal(err)
		}
		loaded = true
		elapsed := time.Since(start)
		n := data.Size()
		b.ReportMetric(float64(n)/elapsed.Seconds(), "load-chunks/s")
		b.Logf("loaded %d chunks in %v", n, elapsed.Round(time.Millisecond))
		if _, ok := s.(*postgres.Store); ok {
			// Where the bulk load's time went (BulkPut's phases, in order;
			// "commit" ends when the load is committed and searchable).
			b.Logf("bulk load phases: %s", strings.Join(bulkPhases, ", "))
		}
	}
}

func loadAll(ctx context.Context, s retrieval.Store, data *synth.Corpus) error {
	if bp, ok := s.(bulkPutter); ok {
		_, err := bp.BulkPut(ctx, data.Docs, data.Chunks)
		return err
	}
	for i, d := range data.Docs {
		if _, err := s.PutDocument(ctx, d, data.Chunks[i]); err != nil {
			return err
		}
	}
	return nil
}

// benchIngestDoc puts one new 200-chunk document per iteration into the
// full store.
func benchIngestDoc(b *testing.B, s retrieval.Store, data *synth.Corpus) {
	ctx := context.Background()
	src, srcChunks := data.Docs[1], data.Chunks[1]
	i := 0
	var chunks int
	for b.Loop() {
		d := src
		d.ID = fmt.Sprintf("extra-%d-%d", time.Now().UnixNano(), i)
		i++
		if _, err := s.PutDocument(ctx, d, srcChunks); err != nil {
			b.Fatal(err)
		}
		chunks += len(srcChunks)
	}
	b.ReportMetric(float64(chunks)/b.Elapsed().Seconds(), "chunks/s")
}

func benchHybrid(b *testing.B, s retrieval.Store, data *synth.Corpus) {
	m := benchSearcher{}
	for _, q := range data.Queries {
		m[q.Text] = q
	}
	searcher := retrieval.HybridSearcher{Store: s, Embedder: m, Analyzer: m}
	ctx := context.Background()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		q := data.Queries[i%len(data.Queries)]
		i++
		start := time.Now()
		ps, err := searcher.Search(ctx, q.Text, retrieval.SearchOptions{K: 10})
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) == 0 {
			b.Fatalf("query %s found nothing", q.Text)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(ms(percentile(lat, 0.50)), "p50-ms")
	b.ReportMetric(ms(percentile(lat, 0.99)), "p99-ms")
}

// benchList measures one candidate list (50 candidates, as the Searcher
// asks for K=10) on its own, to show where hybrid latency goes.
func benchList(b *testing.B, s retrieval.Store, data *synth.Corpus, dense bool) {
	ctx := context.Background()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		q := data.Queries[i%len(data.Queries)]
		i++
		start := time.Now()
		var err error
		if dense {
			_, err = s.DenseSearch(ctx, q.Vec, 50, retrieval.Filter{})
		} else {
			_, err = s.LexicalSearch(ctx, q.Terms, 50, retrieval.Filter{})
		}
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(ms(percentile(lat, 0.50)), "p50-ms")
	b.ReportMetric(ms(percentile(lat, 0.99)), "p99-ms")
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(math.Ceil(p*float64(len(sorted))))-1)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// benchRecall measures HNSW recall@10 at the store's ef_search against exact
// cosine top-10 over the corpus vectors, computed in Go.
func benchRecall(b *testing.B, s *postgres.Store, data *synth.Corpus) {
	ctx := context.Background()
	all := data.All() // DocumentID and Version set
	queries := data.Queries[:min(100, len(data.Queries))]
	exact := make([]map[string]bool, len(queries))
	for i, q := range queries {
		exact[i] = exactTop(all, q.Vec, 10)
	}
	var hits, total int
	i := 0
	for b.Loop() {
		qi := i % len(queries)
		i++
		ps, err := s.DenseSearch(ctx, queries[qi].Vec, 10, retrieval.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range ps {
			if exact[qi][p.ID] {
				hits++
			}
		}
		total += 10
	}
	b.ReportMetric(float64(hits)/float64(total), "recall@10")
}

func exactTop(all []bronwijzer.Chunk, q []float32, k int) map[string]bool {
	type hit struct {
		id  string
		sim float64
	}
	hs := make([]hit, len(all))
	for i, c := range all {
		var dot float64
		for j, x := range c.Embedding {
			dot += float64(x) * float64(q[j])
		}
		hs[i] = hit{c.ID(), dot} // all vectors are unit length
	}
	slices.SortFunc(hs, func(a, b hit) int { return cmp.Compare(b.sim, a.sim) })
	out := map[string]bool{}
	for _, h := range hs[:min(k, len(hs))] {
		out[h.id] = true
	}
	return out
}
