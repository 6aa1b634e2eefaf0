package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

// A question naming a drug or a condition prefers the guideline about it:
// tarvomycine stands in the dose table of FT-01 and in the interaction
// sections of FT-02 and FT-04, so a passage from FT-02 or FT-04 must name
// it to be among the first five; the condition in a title works the same.
// (Whether the dose row itself ranks first is the eval's measure.)
func TestSubjectPreference(t *testing.T) {
	p, store := MustOpenPipeline(t)
	ctx := context.Background()
	for _, r := range p.Paths(ctx, []string{filepath.Join("..", "testdata", "guidelines")}, nil) {
		if r.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %v", r.Path, r.Err)
		}
	}
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	s := &retrieval.HybridSearcher{Store: store, Embedder: embed.NewLocal(384), Analyzer: an}
	tests := []struct {
		query, doc, subject string
	}{
		{"Wat is de dosis tarvomycine als de eGFR 25 is?", "ft01-ambervlekkenziekte", "tarvomycine"},
		{"Hoeveel tarvomycine krijgt een kind van 3 jaar?", "ft01-ambervlekkenziekte", "tarvomycine"},
		{"Hoe vaak controle bij velaatjicht?", "ft02-velaatjicht", "velaatjicht"},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			list, err := s.Search(ctx, tc.query, retrieval.SearchOptions{K: 5})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range list {
				text := strings.ToLower(p.Text)
				if p.DocumentID != tc.doc && !strings.Contains(text, tc.subject) {
					t.Errorf("%s does not name %s and is not from %s:\n%s", p.ID, tc.subject, tc.doc, texts(list))
				}
			}
		})
	}
}
