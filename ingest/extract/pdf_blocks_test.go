package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// TestPDFRepeatedPagesKeepText: a document of the same short page several
// times (rotated copies, a form printed twice) is all "running" rows; they
// stay, instead of leaving no text and a "gescand" refusal.
func TestPDFRepeatedPagesKeepText(t *testing.T) {
	line := "BT /F1 12 Tf 72 780 Td (Controleer de nierfunctie.) Tj ET"
	doc, err := PDF(context.Background(), qualityPDF(line, line, line), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := allText(doc); strings.Count(got, "Controleer de nierfunctie.") != 3 {
		t.Errorf("text %q", got)
	}
	// A real running header still goes.
	body := func(s string) string { return line + " " + string(pdftest.Text(s)) }
	doc, err = PDF(context.Background(), qualityPDF(body("Eerste pagina."), body("Tweede pagina."), body("Derde pagina.")), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := allText(doc); strings.Contains(got, "nierfunctie") || !strings.Contains(got, "Derde pagina.") {
		t.Errorf("text %q", got)
	}
}
