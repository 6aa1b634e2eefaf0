// Package synth generates the seeded synthetic corpora of the benchmarks and
// of the store tests that need volume, so every benchmark of the main module
// and of bench/ (a module of its own, which imports this package) measures
// the same data. Two shapes, for two purposes:
//
//   - Documents and Queries: pseudo-Dutch words from a Zipf distribution,
//     random vectors of any dimension, section fields; for lexical parity
//     between the stores and the SQLite benchmarks.
//   - Clustered: vectors of the local embedder's 384 dimensions clustered
//     around topic centroids, so approximate nearest-neighbour recall means
//     something, with queries near a real chunk; for the store-against-peer
//     search benchmarks (retrieval/postgres BenchmarkStores, make bench).
//
// It is for tests and benchmarks only: nothing shipped imports it.
package synth

// Query is a benchmark query with its precomputed analysed terms and
// vector, so only the store is measured.
type Query struct {
	Text  string
	Terms []string
	Vec   []float32
}
