package benchreport

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// The synthetic corpus is a copy of the generator in
// retrieval/postgres/bench_test.go (BenchmarkStores), so the figures here
// and there describe the same data: chunks in documents of synthDocChunks,
// synthDim-dimensional unit vectors (the local embedder's 384) clustered
// around synthTopics topic centroids, and analysed terms drawn from a Zipf
// vocabulary. Queries are a perturbed copy of a random chunk's vector with
// five of its terms, so every query has real lexical and dense neighbours.
const (
	synthDocChunks = 200
	synthDim       = 384
	synthTopics    = 256
	synthVocab     = 30000
	synthTerms     = 60
	synthEmbedder  = "bench-synthetic-384"
)

// Corpus is one synthetic corpus with its queries.
type Corpus struct {
	Docs    []bronwijzer.Document
	Chunks  [][]bronwijzer.Chunk // per document, DocumentID and Version set
	Queries []Query
}

// Query is a search with its precomputed analysed terms and vector.
type Query struct {
	Text  string
	Terms []string
	Vec   []float32
}

// Size is the number of chunks.
func (c *Corpus) Size() int {
	n := 0
	for _, cs := range c.Chunks {
		n += len(cs)
	}
	return n
}

// All returns every chunk in document order.
func (c *Corpus) All() []bronwijzer.Chunk {
	out := make([]bronwijzer.Chunk, 0, c.Size())
	for _, cs := range c.Chunks {
		out = append(out, cs...)
	}
	return out
}

// Synthetic builds the seeded corpus of n chunks and nq queries.
func Synthetic(n, nq int) *Corpus {
	rng := rand.New(rand.NewPCG(1, 2))
	centroids := make([][]float32, synthTopics)
	for i := range centroids {
		centroids[i] = randomUnit(rng, nil, 1)
	}
	// Offset 200 flattens the head as stop-word removal does.
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 200, synthVocab-1)
	c := &Corpus{}
	for start := 0; start < n; start += synthDocChunks {
		id := fmt.Sprintf("doc-%05d", len(c.Docs))
		doc := bronwijzer.Document{
			ID: id, Title: "Synthetische richtlijn " + id, Publisher: "bench", Published: "2025",
			SourceFile: id + ".pdf", SHA256: "sha-" + id, MediaType: "application/pdf",
			Verified: len(c.Docs)%10 != 0, Pages: 20, Bytes: 100_000, Embedder: synthEmbedder,
		}
		var chunks []bronwijzer.Chunk
		for o := range min(synthDocChunks, n-start) {
			terms := make([]string, synthTerms)
			for i := range terms {
				terms[i] = "w" + strconv.FormatUint(zipf.Uint64(), 36)
			}
			topic := centroids[rng.IntN(synthTopics)]
			chunks = append(chunks, bronwijzer.Chunk{
				DocumentID: id, Version: 1,
				Ordinal: o, PageStart: o/10 + 1, PageEnd: o/10 + 1, Section: "Sectie",
				Text: strings.Join(terms, " "), CharStart: 0, CharEnd: 5 * synthTerms,
				Terms: terms, Embedding: randomUnit(rng, topic, 0.35),
			})
		}
		c.Docs = append(c.Docs, doc)
		c.Chunks = append(c.Chunks, chunks)
	}
	for i := range nq {
		cs := c.Chunks[rng.IntN(len(c.Chunks))]
		ch := cs[rng.IntN(len(cs))]
		var terms []string
		for _, j := range rng.Perm(len(ch.Terms))[:5] {
			terms = append(terms, ch.Terms[j])
		}
		c.Queries = append(c.Queries, Query{
			Text: fmt.Sprintf("q%d", i), Terms: terms, Vec: randomUnit(rng, ch.Embedding, 0.5),
		})
	}
	return c
}

// randomUnit returns a unit vector: around (noise-scaled gaussian added to
// base), or uniformly random when base is nil.
func randomUnit(rng *rand.Rand, base []float32, noise float64) []float32 {
	v := make([]float32, synthDim)
	var norm float64
	for i := range v {
		x := rng.NormFloat64() * noise / math.Sqrt(synthDim)
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

// Lookup answers queries with precomputed terms and vectors, so only the
// store is measured. It is the query analyser and embedder of every engine
// in a run (Bronwijzer's Searcher, chromem-go's EmbeddingFunc, langchaingo's
// embeddings.Embedder). An unknown query is an error, never a zero vector.
type Lookup struct {
	queries map[string]Query
	// pending is what the next EmbedDocuments call returns (a load of
	// precomputed document vectors, in order).
	pending [][]float32
}

// NewLookup indexes qs by text.
func NewLookup(qs []Query) *Lookup {
	m := make(map[string]Query, len(qs))
	for _, q := range qs {
		m[q.Text] = q
	}
	return &Lookup{queries: m}
}

// QueryTerms implements retrieval.QueryAnalyzer.
func (l *Lookup) QueryTerms(q string) []string { return l.queries[q].Terms }

// EmbedQuery implements retrieval.Embedder and langchaingo's Embedder.
func (l *Lookup) EmbedQuery(_ context.Context, q string) ([]float32, error) {
	x, ok := l.queries[q]
	if !ok {
		return nil, fmt.Errorf("lookup embedder: unknown query %q", q)
	}
	return x.Vec, nil
}

// Embed is the chromem-go EmbeddingFunc.
func (l *Lookup) Embed(ctx context.Context, q string) ([]float32, error) { return l.EmbedQuery(ctx, q) }

// Expect sets the vectors the next EmbedDocuments call returns.
func (l *Lookup) Expect(vecs [][]float32) { l.pending = vecs }

// EmbedDocuments returns the vectors set by Expect, which must match texts
// in number: a peer loading documents gets exactly the precomputed vectors.
func (l *Lookup) EmbedDocuments(_ context.Context, texts []string) ([][]float32, error) {
	if len(texts) != len(l.pending) {
		return nil, fmt.Errorf("lookup embedder: %d texts, %d expected vectors", len(texts), len(l.pending))
	}
	out := l.pending
	l.pending = nil
	return out, nil
}
