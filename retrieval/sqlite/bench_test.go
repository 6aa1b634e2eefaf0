package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/bronwijzer/bronwijzer/retrieval/synth"
)

const (
	benchDim    = embed.DefaultDim
	benchSeed   = 42
	corpusSize  = 300     // chunks in the bundled corpus (AI Kompas + Nivel article)
	largeSize   = 100_000 // chunks in the large synthetic store
	benchQuerys = 256
)

// benchStores caches built stores by size and lexical mode across
// benchmarks: building 100,000 chunks takes a while and the benchmarks only
// read. Both modes of a size share one database file (the FTS5 index is
// kept in every mode), so they search identical data. TestMain removes the
// directory.
var benchStores struct {
	mu     sync.Mutex
	dir    string
	stores map[benchKey]*sqlite.Store
}

type benchKey struct {
	n       int
	lexical sqlite.Lexical
}

func TestMain(m *testing.M) {
	code := m.Run()
	benchStores.mu.Lock()
	for _, s := range benchStores.stores {
		s.Close()
	}
	if benchStores.dir != "" {
		os.RemoveAll(benchStores.dir)
	}
	benchStores.mu.Unlock()
	os.Exit(code)
}

// benchStore returns a LexicalMemory store holding Synthetic(n) chunks.
func benchStore(b *testing.B, n int) *sqlite.Store {
	return benchStoreMode(b, n, sqlite.LexicalMemory)
}

// benchStoreMode returns a store holding Synthetic(n) chunks searched in
// the given lexical mode. The file is built once in the default mode; the
// first LexicalFTS5 store opened on it backfills the FTS5 index (logged:
// the one-time cost of switching an existing store to FTS5).
func benchStoreMode(b *testing.B, n int, lexical sqlite.Lexical) *sqlite.Store {
	b.Helper()
	if lexical != sqlite.LexicalMemory {
		benchStore(b, n) // build the file first
	}
	benchStores.mu.Lock()
	defer benchStores.mu.Unlock()
	key := benchKey{n, lexical}
	if s, ok := benchStores.stores[key]; ok {
		return s
	}
	if benchStores.dir == "" {
		dir, err := os.MkdirTemp("", "bronwijzer-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchStores.dir, benchStores.stores = dir, map[benchKey]*sqlite.Store{}
	}
	start, cpu := time.Now(), cpuTime()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(benchStores.dir, fmt.Sprintf("%d.db", n)), sqlite.Options{Lexical: lexical})
	if err != nil {
		b.Fatal(err)
	}
	if lexical != sqlite.LexicalMemory {
		b.Logf("opened %d chunks with %v (index backfill) in %v (%v CPU)", n, lexical,
			time.Since(start).Round(time.Millisecond), (cpuTime() - cpu).Round(time.Millisecond))
	}
	if name, _ := s.EmbedderName(ctx); name == "" {
		docs, chunks := synth.Documents(n, benchDim, benchSeed)
		for i := range docs {
			if _, err := s.PutDocument(ctx, docs[i], chunks[i]); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("built %d chunks in %d documents in %v (%v CPU)", n, len(docs), time.Since(start).Round(time.Millisecond),
			(cpuTime() - cpu).Round(time.Millisecond))
	}
	// Warm the search index so the first measured search does not load it.
	if _, err := s.DenseSearch(ctx, make([]float32, benchDim), 1, retrieval.Filter{}); err != nil {
		b.Fatal(err)
	}
	benchStores.stores[key] = s
	return s
}

// fieldsAnalyzer splits on spaces: synthetic queries are already terms.
type fieldsAnalyzer struct{}

func (fieldsAnalyzer) QueryTerms(q string) []string { return strings.Fields(q) }

// tableEmbedder returns the precomputed vector of each synthetic query.
type tableEmbedder map[string][]float32

func (e tableEmbedder) EmbedQuery(_ context.Context, q string) ([]float32, error) {
	return e[q], nil
}

func (e tableEmbedder) EmbedDocuments(context.Context, []string) ([][]float32, error) {
	return nil, fmt.Errorf("not used")
}

// cpuTime is the process's user+system CPU time: with ~7 processes sharing
// two cores, wall-clock latency mostly measures the neighbours, CPU time per
// operation does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports CPU milliseconds per iteration since start.
func reportCPU(b *testing.B, start time.Duration, n int) {
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
	}
}

// latencies collects per-iteration durations and reports percentiles.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	if len(l) == 0 {
		return
	}
	slices.Sort(l)
	pct := func(p float64) float64 {
		i := min(len(l)-1, int(p*float64(len(l))))
		return float64(l[i]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

func benchSearch(b *testing.B, n int, mode retrieval.Mode, lexical sqlite.Lexical) {
	s := benchStoreMode(b, n, lexical)
	queries := synth.Queries(benchQuerys, benchDim, benchSeed+1)
	table := tableEmbedder{}
	for _, q := range queries {
		table[q.Text] = q.Vec
	}
	srch := &retrieval.HybridSearcher{Store: s, Embedder: table, Analyzer: fieldsAnalyzer{}}
	ctx := context.Background()
	var lat latencies
	i := 0
	runtime.GC() // do not bill the build's garbage to the searches
	cpu := cpuTime()
	for b.Loop() {
		q := queries[i%len(queries)]
		i++
		start := time.Now()
		ps, err := srch.Search(ctx, q.Text, retrieval.SearchOptions{K: 8, Mode: mode})
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) == 0 && mode != retrieval.Lexical { // rare terms may match nothing
			b.Fatalf("query %q found nothing", q.Text)
		}
	}
	reportCPU(b, cpu, i)
	lat.report(b)
}

// BenchmarkSearch measures Searcher latency (query embedding excluded: the
// embedder is a table) at the bundled corpus size and at 100,000 chunks,
// hybrid and lexical in both lexical modes side by side (same database
// file), dense once (it does not depend on the lexical mode).
// Targets: hybrid p50 <= 3 ms at corpus size, p99 <= 50 ms at 100k.
// Run: go test -run '^$' -bench 'Search$' -benchtime 100x ./retrieval/sqlite/
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{corpusSize, largeSize} {
		for _, mode := range []retrieval.Mode{retrieval.Hybrid, retrieval.Lexical} {
			for _, lexical := range []sqlite.Lexical{sqlite.LexicalMemory, sqlite.LexicalFTS5} {
				b.Run(fmt.Sprintf("%s/%s/chunks=%d", mode, lexical, n), func(b *testing.B) { benchSearch(b, n, mode, lexical) })
			}
		}
		b.Run(fmt.Sprintf("dense/chunks=%d", n), func(b *testing.B) { benchSearch(b, n, retrieval.Dense, sqlite.LexicalMemory) })
	}
}

// BenchmarkIndexLoad measures loading the in-memory search index (vectors
// and postings of every current chunk), which the first search after any
// write pays, and reports the heap it occupies.
// Run: go test -run '^$' -bench IndexLoad -benchtime 5x ./retrieval/sqlite/
// LexicalFTS5 loads no inverted index, only the vectors.
func BenchmarkIndexLoad(b *testing.B) {
	for _, n := range []int{corpusSize, largeSize} {
		for _, lexical := range lexicalModes {
			b.Run(fmt.Sprintf("%s/chunks=%d", lexical, n), func(b *testing.B) { benchIndexLoad(b, n, lexical) })
		}
	}
}

func benchIndexLoad(b *testing.B, n int, lexical sqlite.Lexical) {
	s := benchStoreMode(b, n, lexical)
	ctx := context.Background()
	vec := make([]float32, benchDim)
	var lat latencies
	var cpu time.Duration
	loads := 0
	for b.Loop() {
		s.DropCache()
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start, startCPU := time.Now(), cpuTime()
		if _, err := s.DenseSearch(ctx, vec, 1, retrieval.Filter{}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		cpu += cpuTime() - startCPU // the load only, not the GCs around it
		loads++
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "index-MB")
	}
	if loads > 0 {
		b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(loads), "cpu-ms/op")
	}
	lat.report(b)
}

// BenchmarkSearchAfterWrite measures the first search after replacing one
// 250-chunk document in a large store: the incremental index refresh (only
// the written document is reloaded) plus the search itself.
// Run: go test -run '^$' -bench SearchAfterWrite -benchtime 20x ./retrieval/sqlite/
func BenchmarkSearchAfterWrite(b *testing.B) {
	for _, n := range []int{corpusSize, largeSize} {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			s := benchStore(b, n)
			ctx := context.Background()
			docs, chunks := synth.Documents(synth.ChunksPerDocument, benchDim, benchSeed)
			vec := make([]float32, benchDim)
			vec[0] = 1
			var lat latencies
			version := 0
			for b.Loop() {
				version++
				doc := docs[0]
				doc.SHA256 = fmt.Sprintf("rewrite-%d", version)
				if _, err := s.PutDocument(ctx, doc, chunks[0]); err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				if _, err := s.DenseSearch(ctx, vec, 8, retrieval.Filter{}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			lat.report(b)
		})
	}
}

// BenchmarkIngestKompasSize measures storing one document of 250 chunks
// (the AI Kompas) including analysis and local embedding of the chunk
// texts, as the ingest pipeline does after chunking. Each iteration stores
// a new version (new SHA-256), so the previous version's chunks are
// deleted too. Target: well under 1 s.
func BenchmarkIngestKompasSize(b *testing.B) {
	ctx := context.Background()
	s := MustOpen(b)
	an, err := analysis.New()
	if err != nil {
		b.Fatal(err)
	}
	emb := embed.NewLocal(benchDim)
	docs, chunks := synth.Documents(synth.ChunksPerDocument, benchDim, benchSeed)
	doc, base := docs[0], chunks[0]
	doc.Embedder = emb.Name()
	texts := make([]string, len(base))
	for i, c := range base {
		texts[i] = c.Text
	}
	var lat latencies
	version := 0
	cpu := cpuTime()
	for b.Loop() {
		start := time.Now()
		vecs, err := emb.EmbedDocuments(ctx, texts)
		if err != nil {
			b.Fatal(err)
		}
		cs := slices.Clone(base)
		for i := range cs {
			cs[i].Terms = an.Terms(cs[i].Text)
			cs[i].Embedding = vecs[i]
		}
		version++
		doc.SHA256 = fmt.Sprintf("sha-%d", version)
		if _, err := s.PutDocument(ctx, doc, cs); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	reportCPU(b, cpu, version)
	lat.report(b)
	b.ReportMetric(float64(len(base)), "chunks/doc")
}

// BenchmarkPutDocument measures the store alone: 250 precomputed chunks,
// in the default mode and with the FTS5 index maintained (a file opened
// with LexicalFTS5 at least once): the price of that index on every write.
func BenchmarkPutDocument(b *testing.B) {
	for _, lexical := range lexicalModes {
		b.Run(lexical.String(), func(b *testing.B) { benchPut(b, lexical) })
	}
}

func benchPut(b *testing.B, lexical sqlite.Lexical) {
	ctx := context.Background()
	s := mustOpenMode(b, lexical)
	docs, chunks := synth.Documents(synth.ChunksPerDocument, benchDim, benchSeed)
	doc := docs[0]
	version := 0
	cpu := cpuTime()
	for b.Loop() {
		version++
		doc.SHA256 = fmt.Sprintf("sha-%d", version)
		if _, err := s.PutDocument(ctx, doc, chunks[0]); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, version)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(chunks[0])), "µs/chunk")
}
