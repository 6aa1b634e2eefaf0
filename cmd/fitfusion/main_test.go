package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

// Hybrid search with the local hash embedder is never worse than its best
// list on either dev set: hit@1 may trail by at most one question and MRR
// by at most 0.005 (rounding between lists that differ by a tie). When
// this fails after a change to the analyser, the chunker or the lexical
// fields, run `go run ./cmd/fitfusion` and set retrieval.LocalDenseWeight
// to the weight it reports.
func TestHybridNeverWorseThanItsBestList(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the corpus and the dev guidelines")
	}
	qs, err := collect(context.Background(), setup{
		Registries: []string{"../../corpus/sources.json", "../../testdata/guidelines/sources.json"},
		Docs:       []string{"../../corpus/*.pdf", "../../testdata/guidelines/ft*"},
		Datasets:   []string{"../../eval/datasets/dev.jsonl", "../../eval/datasets/guidelines.jsonl"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range byKey(qs, func(q question) string { return q.dataset }) {
		hybrid := measure(set, func(q question) []bronwijzer.Passage { return q.hybrid })
		for name, list := range map[string]scores{"lexical": measure(set, lexical), "dense": measure(set, dense)} {
			if hybrid.Hit1 < list.Hit1-1.0/float64(len(set))-1e-9 || hybrid.MRR < list.MRR-0.005 {
				t.Errorf("%s: hybrid %s (hit@1 hit@5 MRR) is worse than %s %s", set[0].dataset, hybrid, name, list)
			}
		}
		t.Logf("%s: hybrid %s, lexical %s, dense %s", set[0].dataset, hybrid, measure(set, lexical), measure(set, dense))
	}
	var out bytes.Buffer
	report(&out, qs)
	t.Log("\n" + out.String())
}
