package main

import (
	"context"
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// The experiments rank a copy of the store's chunks in memory; their
// figures describe the real ranking only if the copy's baseline is the
// store's lexical list. It must be, passage for passage, for every
// guideline question.
func TestExperimentBaselineIsTheStoreRanking(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the dev guidelines")
	}
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	x, err := loadIndex(context.Background(), an, corpusSet{
		Dataset:  "../../eval/datasets/guidelines.jsonl",
		Registry: "../../testdata/guidelines/sources.json",
		Docs:     []string{"../../testdata/guidelines/ft*"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.qs) < 100 {
		t.Fatalf("%d answerable questions loaded, want the guideline set", len(x.qs))
	}
	base := lexicalAt(storeParams)
	for qi, q := range x.qs {
		got, want := x.passages(base(x, qi)), x.lexical[qi]
		if len(got) != len(want) {
			t.Errorf("%s: copy ranks %d passages, store %d", q.q.ID, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].ID != want[i].ID {
				t.Errorf("%s: rank %d is %s in the copy, %s in the store", q.q.ID, i+1, got[i].ID, want[i].ID)
				break
			}
		}
	}
}

func TestParseSets(t *testing.T) {
	sets, err := parseSets("a.jsonl|a.json|x/*.pdf,y/*.md;b.jsonl|b.json|z/*")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 2 || len(sets[0].Docs) != 2 || sets[1].Registry != "b.json" {
		t.Errorf("parseSets = %+v", sets)
	}
	if _, err := parseSets("a.jsonl|a.json"); err == nil {
		t.Error("an entry without documents was accepted")
	}
	if sets, _ := parseSets(""); len(sets) != len(defaultSets) {
		t.Errorf("empty -sets gave %d sets, want the defaults", len(sets))
	}
}
