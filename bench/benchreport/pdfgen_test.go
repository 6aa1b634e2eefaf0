package benchreport

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// The generated PDF is what the extraction figures are measured on: it
// must be deterministic, have the requested pages, and yield its text.
func TestGeneratePDF(t *testing.T) {
	a, b := GeneratePDF(12, 7), GeneratePDF(12, 7)
	if !bytes.Equal(a, b) {
		t.Fatal("GeneratePDF is not deterministic")
	}
	doc, err := extract.PDF(context.Background(), a, extract.PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 12 {
		t.Fatalf("pages = %d, want 12", len(doc.Pages))
	}
	for i, p := range doc.Pages {
		if n := len(strings.Fields(p.Text)); n < 300 {
			t.Errorf("page %d: %d words extracted, want ≥ 300: %q", i+1, n, p.Text)
		}
	}
}
