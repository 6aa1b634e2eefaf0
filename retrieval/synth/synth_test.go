package synth

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The benchmarks compare figures across runs and modules only if the
// corpora are the same on every call: seeded, complete and unit-length.
func TestClusteredIsSeededAndUnit(t *testing.T) {
	a, b := Clustered(450, 7), Clustered(450, 7)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two calls differ (-first +second):\n%s", diff)
	}
	if a.Size() != 450 || len(a.Docs) != 3 || len(a.Queries) != 7 {
		t.Fatalf("size %d in %d documents with %d queries, want 450 in 3 with 7", a.Size(), len(a.Docs), len(a.Queries))
	}
	for _, c := range a.All() {
		if c.DocumentID == "" || c.Version != 1 || len(c.Embedding) != ClusteredDim {
			t.Fatalf("chunk %+v: want document id, version 1 and %d dimensions", c.Ordinal, ClusteredDim)
		}
		checkUnit(t, c.Embedding)
	}
	for _, q := range a.Queries {
		checkUnit(t, q.Vec)
		if len(q.Terms) != 5 {
			t.Errorf("query %s has %d terms, want 5", q.Text, len(q.Terms))
		}
	}
}

func TestDocumentsAndQueriesAreSeeded(t *testing.T) {
	d1, c1 := Documents(600, 8, 3)
	d2, c2 := Documents(600, 8, 3)
	if diff := cmp.Diff(d1, d2); diff != "" {
		t.Fatalf("documents differ:\n%s", diff)
	}
	if diff := cmp.Diff(c1, c2); diff != "" {
		t.Fatalf("chunks differ:\n%s", diff)
	}
	if len(d1) != 3 || len(c1[2]) != 600-2*ChunksPerDocument {
		t.Fatalf("%d documents, last with %d chunks", len(d1), len(c1[len(c1)-1]))
	}
	if d1[0].Embedder != Embedder(8) {
		t.Errorf("embedder %q, want %q", d1[0].Embedder, Embedder(8))
	}
	if diff := cmp.Diff(Queries(5, 8, 4), Queries(5, 8, 4)); diff != "" {
		t.Fatalf("queries differ:\n%s", diff)
	}
}

func checkUnit(t *testing.T, v []float32) {
	t.Helper()
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if math.Abs(n-1) > 1e-4 {
		t.Errorf("vector norm² %.6f, want 1", n)
	}
}
