package postgres_test

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
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
)

// Benchmark corpus shape: benchChunks chunks in documents of benchDocChunks,
// benchDim-dimensional embeddings (the local embedder's 384) clustered around
// benchTopics topic centroids, and terms drawn from a Zipf vocabulary, like
// analysed Dutch text. BENCH_CHUNKS overrides the size for quick runs.
const (
	benchDocChunks = 200
	benchDim       = 384
	benchTopics    = 256
	benchVocab     = 30000
	benchTerms     = 60 // analysed terms per chunk
	benchQueries   = 200
	benchEmbedder  = "bench-synthetic-384"
)

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

type benchDoc struct {
	doc    bronwijzer.Document
	chunks []bronwijzer.Chunk
}

type benchQuery struct {
	text  string
	terms []string
	vec   []float32
}

type benchData struct {
	docs    []benchDoc
	queries []benchQuery
}

// synthetic builds the seeded corpus and queries. Queries are a perturbed
// copy of a random chunk's vector with five of its terms, so every query
// has real lexical and dense neighbours.
func synthetic(nChunks int) *benchData {
	rng := rand.New(rand.NewPCG(1, 2))
	centroids := make([][]float32, benchTopics)
	for i := range centroids {
		centroids[i] = randomUnit(rng, nil, 1)
	}
	// Offset 200 flattens the head as stop-word removal does: the most
	// frequent term is in about 7% of chunks, a median one in well under 1%.
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 200, benchVocab-1)
	d := &benchData{}
	for n := 0; n < nChunks; n += benchDocChunks {
		id := fmt.Sprintf("doc-%05d", len(d.docs))
		bd := benchDoc{doc: bronwijzer.Document{
			ID: id, Title: "Synthetische richtlijn " + id, Publisher: "bench", Published: "2025",
			SourceFile: id + ".pdf", SHA256: "sha-" + id, MediaType: "application/pdf",
			Verified: len(d.docs)%10 != 0, Pages: 20, Bytes: 100_000, Embedder: benchEmbedder,
		}}
		for o := range min(benchDocChunks, nChunks-n) {
			terms := make([]string, benchTerms)
			for i := range terms {
				terms[i] = "w" + strconv.FormatUint(zipf.Uint64(), 36)
			}
			topic := centroids[rng.IntN(benchTopics)]
			bd.chunks = append(bd.chunks, bronwijzer.Chunk{
				Ordinal: o, PageStart: o/10 + 1, PageEnd: o/10 + 1, Section: "Sectie",
				Text: strings.Join(terms, " "), CharStart: 0, CharEnd: 5 * benchTerms,
				Terms: terms, Embedding: randomUnit(rng, topic, 0.35),
			})
		}
		d.docs = append(d.docs, bd)
	}
	for i := range benchQueries {
		bd := d.docs[rng.IntN(len(d.docs))]
		c := bd.chunks[rng.IntN(len(bd.chunks))]
		var terms []string
		for _, j := range rng.Perm(len(c.Terms))[:5] {
			terms = append(terms, c.Terms[j])
		}
		d.queries = append(d.queries, benchQuery{
			text: fmt.Sprintf("q%d", i), terms: terms, vec: randomUnit(rng, c.Embedding, 0.5),
		})
	}
	return d
}

// randomUnit returns a unit vector: around (noise-scaled gaussian added to
// base), or uniformly random when base is nil.
func randomUnit(rng *rand.Rand, base []float32, noise float64) []float32 {
	v := make([]float32, benchDim)
	var norm float64
	for i := range v {
		x := rng.NormFloat64() * noise / math.Sqrt(benchDim)
		if base != nil {
			x += float64(base[i])
		}
		v[i] = float32(x)
		norm += x * x
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i] = float32(float64(v[i]) / norm)
	}
	return v
}

// benchSearcher answers the synthetic queries with their precomputed terms
// and vectors, so only the store is measured.
type benchSearcher map[string]benchQuery

func (m benchSearcher) QueryTerms(q string) []string { return m[q].terms }
func (m benchSearcher) EmbedQuery(_ context.Context, q string) ([]float32, error) {
	return m[q].vec, nil
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
	data := synthetic(n)
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
func benchLoad(b *testing.B, s retrieval.Store, data *benchData) {
	ctx := context.Background()
	start := time.Now()
	loaded := false
	for b.Loop() {
		if loaded {
			if _, err := s.PutDocument(ctx, data.docs[0].doc, data.docs[0].chunks); err != nil {
				b.Fatal(err)
			}
			continue
		}
		if err := loadAll(ctx, s, data); err != nil {
			b.Fatal(err)
		}
		loaded = true
		elapsed := time.Since(start)
		n := 0
		for _, d := range data.docs {
			n += len(d.chunks)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "load-chunks/s")
		b.Logf("loaded %d chunks in %v", n, elapsed.Round(time.Millisecond))
		if _, ok := s.(*postgres.Store); ok {
			// Where the bulk load's time went (BulkPut's phases, in order;
			// "commit" ends when the load is committed and searchable).
			b.Logf("bulk load phases: %s", strings.Join(bulkPhases, ", "))
		}
	}
}

func loadAll(ctx context.Context, s retrieval.Store, data *benchData) error {
	if bp, ok := s.(bulkPutter); ok {
		docs := make([]bronwijzer.Document, len(data.docs))
		chunks := make([][]bronwijzer.Chunk, len(data.docs))
		for i, d := range data.docs {
			docs[i], chunks[i] = d.doc, d.chunks
		}
		_, err := bp.BulkPut(ctx, docs, chunks)
		return err
	}
	for _, d := range data.docs {
		if _, err := s.PutDocument(ctx, d.doc, d.chunks); err != nil {
			return err
		}
	}
	return nil
}

// benchIngestDoc puts one new 200-chunk document per iteration into the
// full store.
func benchIngestDoc(b *testing.B, s retrieval.Store, data *benchData) {
	ctx := context.Background()
	src := data.docs[1]
	i := 0
	var chunks int
	for b.Loop() {
		d := src.doc
		d.ID = fmt.Sprintf("extra-%d-%d", time.Now().UnixNano(), i)
		i++
		if _, err := s.PutDocument(ctx, d, src.chunks); err != nil {
			b.Fatal(err)
		}
		chunks += len(src.chunks)
	}
	b.ReportMetric(float64(chunks)/b.Elapsed().Seconds(), "chunks/s")
}

func benchHybrid(b *testing.B, s retrieval.Store, data *benchData) {
	m := benchSearcher{}
	for _, q := range data.queries {
		m[q.text] = q
	}
	searcher := retrieval.Searcher{Store: s, Embedder: m, Analyzer: m}
	ctx := context.Background()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		q := data.queries[i%len(data.queries)]
		i++
		start := time.Now()
		ps, err := searcher.Search(ctx, q.text, retrieval.SearchOptions{K: 10})
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) == 0 {
			b.Fatalf("query %s found nothing", q.text)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(ms(percentile(lat, 0.50)), "p50-ms")
	b.ReportMetric(ms(percentile(lat, 0.99)), "p99-ms")
}

// benchList measures one candidate list (50 candidates, as the Searcher
// asks for K=10) on its own, to show where hybrid latency goes.
func benchList(b *testing.B, s retrieval.Store, data *benchData, dense bool) {
	ctx := context.Background()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		q := data.queries[i%len(data.queries)]
		i++
		start := time.Now()
		var err error
		if dense {
			_, err = s.DenseSearch(ctx, q.vec, 50, retrieval.Filter{})
		} else {
			_, err = s.LexicalSearch(ctx, q.terms, 50, retrieval.Filter{})
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
func benchRecall(b *testing.B, s *postgres.Store, data *benchData) {
	ctx := context.Background()
	var all []bronwijzer.Chunk
	for _, d := range data.docs {
		for _, c := range d.chunks {
			c.DocumentID, c.Version = d.doc.ID, 1
			all = append(all, c)
		}
	}
	queries := data.queries[:min(100, len(data.queries))]
	exact := make([]map[string]bool, len(queries))
	for i, q := range queries {
		exact[i] = exactTop(all, q.vec, 10)
	}
	var hits, total int
	i := 0
	for b.Loop() {
		qi := i % len(queries)
		i++
		ps, err := s.DenseSearch(ctx, queries[qi].vec, 10, retrieval.Filter{})
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
