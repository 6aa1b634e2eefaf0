package sqlite

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer/retrieval"
)

func TestVectorRoundTrip(t *testing.T) {
	v := []float32{0, 1, -1, 3.5, 1e-38, -7.25e12}
	got, err := decodeVector(encodeVector(v))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if _, err := decodeVector([]byte{1, 2, 3}); err == nil {
		t.Error("decodeVector accepted a 3-byte blob")
	}
}

func TestDot(t *testing.T) {
	for n := range 11 {
		a, b := make([]float32, n), make([]float32, n)
		var want float32
		for i := range n {
			a[i], b[i] = float32(i+1), float32(2*i-3)
			want += a[i] * b[i]
		}
		if got := dot(a, b); got != want {
			t.Errorf("dot len %d = %g, want %g", n, got, want)
		}
	}
}

// randomMatrix builds a matrix of rows random unit vectors over docs
// documents, with every third document unverified.
func randomMatrix(rng *rand.Rand, rows, dim, docs int) *matrix {
	m := &matrix{dim: dim}
	for d := range docs {
		m.docIDs = append(m.docIDs, string(rune('a'+d)))
		m.verified = append(m.verified, d%3 != 2)
	}
	for r := range rows {
		v := make([]float32, dim)
		for i := range v {
			// Coarse values make exact score ties common, exercising the
			// row tie-break.
			v[i] = float32(rng.IntN(3) - 1)
		}
		normalize(v)
		m.vecs = append(m.vecs, v...)
		m.ids = append(m.ids, int64(r+1))
		m.doc = append(m.doc, int32(r*docs/rows))
	}
	return m
}

// bruteForce ranks every allowed row with a full sort.
func bruteForce(m *matrix, q []float32, n int, allow []bool) []hit {
	var all []hit
	for r := range m.rows() {
		if allow == nil || allow[m.doc[r]] {
			all = append(all, hit{int32(r), dot(q, m.vecs[r*m.dim:(r+1)*m.dim])})
		}
	}
	slices.SortFunc(all, func(a, b hit) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	return all[:min(n, len(all))]
}

func TestSearchMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	m := randomMatrix(rng, 3*minRowsPerWorker+17, 8, 5) // several workers
	filters := map[string][]bool{"none": nil, "verified": m.allowed(retrieval.Filter{VerifiedOnly: true}), "none allowed": make([]bool, 5)}
	for name, allow := range filters {
		for _, n := range []int{1, 7, 50, 20000} {
			q := make([]float32, m.dim)
			for i := range q {
				q[i] = float32(rng.NormFloat64())
			}
			normalize(q)
			want := bruteForce(m, q, n, allow)
			got := m.search(q, n, allow)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{})); diff != "" {
				t.Errorf("filter %s, n %d (-brute +search):\n%s", name, n, diff)
			}
		}
	}
}

func TestMatchExpression(t *testing.T) {
	tests := []struct {
		terms []string
		want  string
	}{
		{nil, ""},
		{[]string{"", " ", "\x00"}, ""},
		{[]string{"griep"}, `"griep"`},
		{[]string{"a", "b", "a"}, `("a" OR "b")`},
		{[]string{`zeg "hoi"`}, `"zeg ""hoi"""`},
		{[]string{"a", "b", "c", "d", "e"}, `(("a" OR "b") OR ("c" OR ("d" OR "e")))`},
	}
	for _, tt := range tests {
		if got := matchExpression(tt.terms); got != tt.want {
			t.Errorf("matchExpression(%q) = %s, want %s", tt.terms, got, tt.want)
		}
	}
}
