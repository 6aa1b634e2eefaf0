package retrieval

import "math"

// BM25 parameters of every store's lexical ranking: the usual defaults, also
// SQLite FTS5's bm25(), so the stores rank alike (the storetest suite and
// retrieval/postgres TestLexicalParityWithSQLite check the scores). The
// PostgreSQL store writes the same formula in SQL with these constants.
const (
	BM25K1 = 1.2
	BM25B  = 0.75
	// BM25MinIDF replaces a non-positive IDF (a term in more than half the
	// chunks), as FTS5 does, so such a term still counts a little.
	BM25MinIDF = 1e-6
)

// BM25IDF is FTS5's idf of a term in df of n chunks, ln((n−df+0.5)/(df+0.5)),
// floored at BM25MinIDF.
func BM25IDF(n, df float64) float64 {
	idf := math.Log((n - df + 0.5) / (df + 0.5))
	if idf <= 0 {
		return BM25MinIDF
	}
	return idf
}

// BM25Term is one term's share of a chunk's score:
// idf·tf·(k1+1)/(tf + k1·(1−b+b·length/avgLen)), tf being
// tf_body + FieldWeight·tf_field and length the terms of both fields. The
// stores' pruning bounds use it too, so bound and score agree to the bit.
func BM25Term(idf, tf, length, avgLen float64) float64 {
	norm := BM25K1 * (1 - BM25B + BM25B*length/avgLen)
	return idf * tf * (BM25K1 + 1) / (tf + norm)
}
