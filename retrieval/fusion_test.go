package retrieval_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// The weights decide whether a passage ranked first in the lexical list
// keeps its place against one ranked third there and second in the dense
// list.
func TestFuseWeighted(t *testing.T) {
	a, b, c, x := bronwijzer.Passage{ID: "a"}, bronwijzer.Passage{ID: "b"}, bronwijzer.Passage{ID: "c"}, bronwijzer.Passage{ID: "x"}
	lex := []bronwijzer.Passage{a, x, b}
	dense := []bronwijzer.Passage{c, b}
	ids := func(ps []bronwijzer.Passage) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		name string
		w    retrieval.FusionWeights
		want []string
	}{
		{"equal weights: moderate in both wins", retrieval.FusionWeights{Lexical: 1, Dense: 1}, []string{"b", "a", "c", "x"}},
		{"dense as tie-breaker: lexical first stays", retrieval.FusionWeights{Lexical: 1, Dense: 0.03}, []string{"a", "b", "x", "c"}},
		{"lexical only: dense-only passages last", retrieval.FusionWeights{Lexical: 1}, []string{"a", "x", "b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(retrieval.FuseWeighted(tt.w, lex, dense))); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
		})
	}
	// Equal weights are plain reciprocal rank fusion.
	if diff := cmp.Diff(retrieval.FuseRRF(lex, dense), retrieval.FuseWeighted(retrieval.FusionWeights{Lexical: 1, Dense: 1}, lex, dense)); diff != "" {
		t.Errorf("equal weights differ from FuseRRF (-want +got):\n%s", diff)
	}
}

// Only the local hash embedder's list is down-weighted; a provider
// embedder's list carries meaning and keeps equal weight.
func TestWeightsFor(t *testing.T) {
	if w := retrieval.WeightsFor("local-hash-v1-384"); w.Dense != retrieval.LocalDenseWeight || w.Lexical != 1 {
		t.Errorf("local hash embedder: %+v", w)
	}
	if w := retrieval.WeightsFor("ollama:nomic-embed-text"); w != (retrieval.FusionWeights{Lexical: 1, Dense: 1}) {
		t.Errorf("provider embedder: %+v", w)
	}
}
