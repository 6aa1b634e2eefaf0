package ingest_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
)

// missingFontWarning is what extraction says about pdftest.MissingFontPDF's
// second page.
const missingFontWarning = "pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt"

func missingFontPDF() []byte {
	return pdftest.MissingFontPDF("Controleer de nierfunctie voor het starten van metformine.",
		"Deze zin staat in een ontbrekend lettertype.")
}

// TestExtractionWarningsAreStored: the extraction's warnings go into the
// stored version, for the document listing, whichever way the file is
// ingested (one file, in a worker process, a bulk load); the summary's
// other warnings (about the registry) do not: the verified flag says that.
func TestExtractionWarningsAreStored(t *testing.T) {
	want := []string{missingFontWarning}
	t.Run("ingest", func(t *testing.T) {
		p, store := MustOpenPipeline(t)
		src := &bronwijzer.Source{ID: "nierfunctie", Title: "Nierfunctie", SHA256: "00"}
		res := p.Ingest(t.Context(), ingest.Input{Name: "nierfunctie.pdf", Data: missingFontPDF(), Source: src})
		if res.Status != ingest.StatusIngested || len(res.Warnings) != 2 {
			t.Fatalf("ingest: %s %v, warnings %q; want the digest and the page warning", res.Status, res.Err, res.Warnings)
		}
		storedWarnings(t, store, "nierfunctie", want)
	})
	t.Run("worker", func(t *testing.T) {
		p, store := MustOpenPipeline(t)
		p.PDF = mustNewPool(t, pdfworker.Limits{}).PDF
		if res := p.Ingest(t.Context(), ingest.Input{Name: "nierfunctie.pdf", Data: missingFontPDF()}); res.Err != nil {
			t.Fatal(res.Err)
		}
		storedWarnings(t, store, "nierfunctie", want)
	})
	t.Run("bulk", func(t *testing.T) {
		p, store := MustOpenPipeline(t)
		dir := t.TempDir()
		writeFile(t, dir, "nierfunctie.pdf", missingFontPDF())
		writeFile(t, dir, "griep.txt", []byte("Bij griep is rust het belangrijkste advies.\n"))
		for _, r := range p.BulkPaths(t.Context(), []string{dir}, &fakeBulk{store: store}, nil) {
			if r.Status != ingest.StatusIngested {
				t.Fatalf("%s: %s %v", filepath.Base(r.Path), r.Status, r.Err)
			}
		}
		storedWarnings(t, store, "nierfunctie", want)
		storedWarnings(t, store, "griep", nil)
	})
}

func storedWarnings(t *testing.T, store interface {
	Document(context.Context, string) (*bronwijzer.Document, error)
}, id string, want []string) {
	t.Helper()
	doc, err := store.Document(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, doc.Warnings); diff != "" {
		t.Errorf("stored warnings of %s (-want +got):\n%s", id, diff)
	}
}
