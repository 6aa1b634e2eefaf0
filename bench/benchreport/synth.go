package benchreport

import (
	"context"
	"fmt"

	"github.com/bronwijzer/bronwijzer/retrieval/synth"
)

// The synthetic corpus is retrieval/synth's Clustered corpus, the data of
// retrieval/postgres BenchmarkStores too, so the figures here and there
// describe the same data.
type (
	Corpus = synth.Corpus
	Query  = synth.Query
)

// synthDim is the dimension of the synthetic vectors.
const synthDim = synth.ClusteredDim

// Synthetic builds the seeded corpus of n chunks and nq queries.
func Synthetic(n, nq int) *Corpus { return synth.Clustered(n, nq) }

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
