package sqlite_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// TestSectionFieldFindsReferral ingests the four fictional dev guidelines
// and asks each when to refer: the section path is a ranking field, so the
// best lexical passage is in "Consultatie en verwijzing" (the section of
// every guideline whose heading, not always its body, names referral),
// and no table or note is ever a passage.
func TestSectionFieldFindsReferral(t *testing.T) {
	ctx := t.Context()
	dir := filepath.Join("..", "..", "testdata", "guidelines")
	reg, err := corpus.Load(filepath.Join(dir, "sources.json"))
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bw.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	emb := embed.NewLocal(64)
	pipe := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: reg}
	subjects := map[string]string{
		"ft01-ambervlekkenziekte.pdf": "ambervlekkenziekte",
		"ft02-velaatjicht.pdf":        "velaatjicht",
		"ft03-pluimhoest.html":        "pluimhoest",
		"ft04-sintelhuidziekte.md":    "sintelhuidziekte",
	}
	srch := &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}
	for file, subject := range subjects {
		res := pipe.File(ctx, filepath.Join(dir, file))
		if res.Err != nil {
			t.Fatalf("ingest %s: %v", file, res.Err)
		}
		ps, err := srch.Search(ctx, "Wanneer verwijzing bij "+subject+"?", retrieval.SearchOptions{
			K: 10, Mode: retrieval.Lexical, DocumentIDs: []string{res.DocumentID}})
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) == 0 {
			t.Fatalf("%s: no passages", file)
		}
		if !strings.HasSuffix(ps[0].Section, "Consultatie en verwijzing") {
			t.Errorf("%s: best passage %s in %q, want one in Consultatie en verwijzing", file, ps[0].ID, ps[0].Section)
		}
		for _, p := range ps {
			if p.Kind == "table" || p.Kind == "note" {
				t.Errorf("%s: a %s was returned: %s", file, p.Kind, p.ID)
			}
		}
	}
}
