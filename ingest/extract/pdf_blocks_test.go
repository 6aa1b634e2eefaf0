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

// TestPDFTextOffThePage: a row that lies wholly outside the page's
// MediaBox is not shown by any viewer, so it is not read (text parked
// above the page); a row with words on the page keeps all of them, also
// those that run off its edge, so that a cell of a table wider than its
// page is read whole, not cut to a truncated dose. A page whose text lies
// mostly outside its box has a wrong box, and keeps its text.
func TestPDFTextOffThePage(t *testing.T) {
	on := "BT /F1 11 Tf 72 700 Td (Geef pentavir gedurende vijf dagen.) Tj ET BT /F1 11 Tf 72 680 Td (Controleer na twee dagen.) Tj ET"
	off := " BT /F1 11 Tf 620 700 Td (Duur: tien dagen) Tj ET BT /F1 11 Tf 72 900 Td (Verborgen boven de pagina) Tj ET" +
		" BT /F1 11 Tf 630 760 Td (Verborgen naast de pagina) Tj ET BT /F1 11 Tf 540 660 Td (Kinderen: 20 mg/kg/dag in 2 giften) Tj ET"
	wrongBox := "BT /F1 11 Tf 72 1000 Td (Alles staat boven de pagina.) Tj ET BT /F1 11 Tf 72 980 Td (Ook deze regel.) Tj ET"
	doc, err := PDF(context.Background(), qualityPDF(on+off, wrongBox), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	page1 := doc.Pages[0].Text
	for _, want := range []string{"Geef pentavir gedurende vijf dagen.", "Controleer na twee dagen.", "Duur: tien dagen", "Kinderen: 20 mg/kg/dag in 2 giften"} {
		if !strings.Contains(page1, want) {
			t.Errorf("page 1 lacks %q: %q", want, page1)
		}
	}
	if strings.Contains(page1, "Verborgen") {
		t.Errorf("page 1 reads the rows that stand off the page: %q", page1)
	}
	if page2 := doc.Pages[1].Text; !strings.Contains(page2, "Alles staat boven de pagina.") || !strings.Contains(page2, "Ook deze regel.") {
		t.Errorf("page 2 (its text all above its box) lost text: %q", page2)
	}
}

// TestPDFLaTeXRunningHeads reads FT-166, a LyX document typeset by
// pdfLaTeX, whose pages open with running heads of the current chapter's
// and section's titles ("2.2 Epidemiologie 3 RICHTLIJNEN DIAGNOSTIEK"):
// they differ from page to page, so no repeated text marked them, but
// each part repeats a numbered heading (pdfHeadingHeads). They had opened
// passages and been read as headings, filing page 5's dose rows under
// "6 ZWANGERSCHAP EN BORSTVOEDING".
func TestPDFLaTeXRunningHeads(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft166/ft166-kooikerskoorts.pdf", func(data []byte) (*Document, error) {
		return PDF(context.Background(), data, PDFOptions{})
	})
	for _, p := range doc.Pages {
		for _, head := range []string{"RICHTLIJNEN DIAGNOSTIEK", "5 BELEID", "ZWANGERSCHAP EN BORSTVOEDING", "CONSULTATIE EN VERWIJZING"} {
			if strings.Contains(p.Text, head) {
				t.Errorf("page %d holds the running head %q", p.Number, head)
			}
		}
	}
	if levels := headingLevels(doc); levels["2.2 Epidemiologie"] == 0 || levels["5.3 Medicamenteuze behandeling"] == 0 {
		t.Errorf("headings lost: %v", levels)
	}
}
