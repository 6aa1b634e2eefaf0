package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// TestPDFUnreadableRefused: a document whose pages all show text in a font
// nothing maps is refused with that reason, not as a scan.
func TestPDFUnreadableRefused(t *testing.T) {
	_, err := PDF(context.Background(), readFixture(t, "pdftext/unreadable-fonts.pdf"), PDFOptions{})
	var e *bronwijzer.Error
	if !errors.As(err, &e) || e.Code != bronwijzer.EINVALID {
		t.Fatalf("err = %v, want EINVALID", err)
	}
	msg := bronwijzer.ErrorMessage(err)
	if !strings.Contains(msg, "op 3 van de 3 pagina's") || !strings.Contains(msg, "lettertypen zonder tekentabel (3)") {
		t.Errorf("message %q does not say what failed", msg)
	}
	if strings.Contains(msg, "gescand") || strings.Contains(msg, msgPDFNoText) {
		t.Errorf("message %q calls it a scan", msg)
	}
}

// TestPDFShiftedCodesRefused: a PDF that a virtual printer made by way of
// PostScript (Chromium's print through poppler's pdftops and Ghostscript's
// ps2pdf, FT-63) keeps its TrueType subsets without a character map, their
// codes the glyphs' numbers: its text reads as shifted letters
// ("6WDQGDDUG" for "Standaard") with a few control characters, under the
// share of bad characters that refuses a page. Its pages hold no word of
// any language and it is refused, not stored as a guideline no search can
// read; pages in Chinese, which has no spaces, are never judged so.
func TestPDFShiftedCodesRefused(t *testing.T) {
	_, err := PDF(context.Background(), readFixture(t, "virtual-printer-shifted.pdf"), PDFOptions{})
	var e *bronwijzer.Error
	if !errors.As(err, &e) || e.Code != bronwijzer.EINVALID {
		t.Fatalf("err = %v, want EINVALID", err)
	}
	if msg := bronwijzer.ErrorMessage(err); !strings.Contains(msg, "op 4 van de 4 pagina's") || !strings.Contains(msg, "tekens zonder leesbare woorden") {
		t.Errorf("message %q does not say what failed", msg)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{strings.Repeat("WDOYRUH[LQH 6WDQGDDUG ", 40), true},
		{strings.Repeat("Geef de patiënt 500 mg twee keer per dag bij koorts. ", 10), false},
		{strings.Repeat("Volwassenen · 500 mg · 2 dd · 7 dagen; kinderen · 10 mg/kg · ", 8) + "Bij koorts de dosis verhogen.", false},
		{strings.Repeat("路段的交通量和大型车比例 表 7.5 停车区 ", 60), false},
		{"Te kort om te oordelen.", false},
	} {
		if got := pdfNoWords(tt.text); got != tt.want {
			t.Errorf("pdfNoWords(%.40q…) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPDFLetterSpacedWarned: a page whose title and author are
// letter-spaced wider than a word gap, so that they read as letters, is
// warned about; a page with a few single letters in its prose is not.
func TestPDFLetterSpacedWarned(t *testing.T) {
	doc := extractFixture(t, "pdftext/letter-spaced.pdf")
	var split []string
	for _, w := range doc.Warnings {
		if strings.Contains(w, "losse letters") {
			split = append(split, w)
		}
	}
	if len(split) != 1 || !strings.HasPrefix(split[0], "pagina 1:") {
		t.Errorf("split-letter warnings %q, want one for page 1", split)
	}
}

// TestPDFSpaceAsTabReadable: Calligra Words' PDFs (Qt's writer, FT-109
// and FT-129) map the space glyph to a tab, which reads as the space it
// is; every page had been warned of 11% to 13% unreadable characters.
func TestPDFSpaceAsTabReadable(t *testing.T) {
	for _, file := range []string{"../../testdata/heldout/ft109/ft109-kroosziekte.pdf", "../../testdata/heldout/ft129/ft129-taleritis.pdf"} {
		doc := extractPath(t, file)
		for _, w := range doc.Warnings {
			if strings.Contains(w, "onleesbaar") {
				t.Errorf("%s: %s", file, w)
			}
		}
		if len(doc.Pages) == 0 || !strings.Contains(doc.Pages[0].Text, "Fictieve Standaard") {
			t.Errorf("%s: the text of page 1 is not read", file)
		}
	}
}

// qualityPDF builds pages sharing Helvetica as /F1; /F9 is never defined.
func qualityPDF(contents ...string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", pdftest.Helvetica}
	var kids []string
	for i, c := range contents {
		kids = append(kids, fmt.Sprintf("%d 0 R", 4+2*i))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>", 5+2*i), pdftest.Stream("", []byte(c)))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		strings.Join(kids, " "), len(contents))
	return pdftest.Build(objs...)
}

func TestPDFLostTextWarnings(t *testing.T) {
	body := string(pdftest.Text("Controleer de nierfunctie voor het starten van metformine."))
	missing := body + " BT /F9 11 Tf 72 650 Td (" + strings.Repeat("Deze zin staat in een ontbrekend lettertype. ", 3) + ") Tj ET"
	// Fake bold: the same line drawn four times, a hair apart.
	bold := body + strings.Repeat(" BT /F1 11 Tf 72.2 700.1 Td (Controleer de nierfunctie voor het starten van metformine.) Tj ET", 3)
	doc, err := PDF(context.Background(), qualityPDF(body, missing, bold), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	warnings := strings.Join(doc.Warnings, "\n")
	if want := "pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt"; !strings.Contains(warnings, want) {
		t.Errorf("warnings lack %q:\n%s", want, warnings)
	}
	if strings.Contains(warnings, "pagina 1:") || strings.Contains(warnings, "pagina 3:") {
		t.Errorf("pages 1 and 3 are fine, got:\n%s", warnings)
	}
	raw := pdfRawPage{number: 4, stats: pdfPageStats{kept: 300}}
	if got := pdfLostText(raw, strings.Repeat("woord ", 16)); len(got) != 1 || !strings.Contains(got[0], "van de 300 getoonde tekens zijn er maar 80 als tekst gelezen") {
		t.Errorf("pdfLostText = %q", got)
	}
}

// TestPDFSomeUnreadablePages: one unreadable page of three is a warning,
// not a refusal.
func TestPDFSomeUnreadablePages(t *testing.T) {
	body := string(pdftest.Text("Controleer de nierfunctie voor het starten van metformine."))
	bad := "BT /F9 11 Tf 72 650 Td (" + strings.Repeat("verloren tekst ", 10) + ") Tj ET"
	doc, err := PDF(context.Background(), qualityPDF(body, bad, body), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(doc.Warnings, "\n"), "pagina 2: 150 tekens staan in een lettertype dat in het bestand ontbreekt") {
		t.Errorf("no warning for page 2: %q", doc.Warnings)
	}
	_, err = PDF(context.Background(), qualityPDF(bad, bad, body), PDFOptions{})
	if msg := bronwijzer.ErrorMessage(err); !strings.Contains(msg, "ontbrekende lettertypen (2)") {
		t.Errorf("two of three pages lost: %v", err)
	}
}

// TestPDFMisdecodedWarning reads testdata/pdfrecall/misdecoded.pdf
// (scripts/gen-pdf-recall-fixtures.go): a GBK sentence read as Latin-1 and
// a table whose digits read as WinAnsi punctuation are warned about; French
// and Dutch with accents, quotes, leaders and a rule of dashes are not.
func TestPDFMisdecodedWarning(t *testing.T) {
	doc := extractFixture(t, "pdfrecall/misdecoded.pdf")
	warnings := strings.Join(doc.Warnings, "\n")
	for _, want := range []string{
		"pagina 1: 93% van de letters zijn letters met accent (À–ÿ); de tekst is waarschijnlijk verkeerd gedecodeerd",
		"pagina 2: 78 keer staan tekens als Ž, ‘ en • aaneen waar tekst hoort",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
	if strings.Contains(warnings, "pagina 3:") {
		t.Errorf("page 3 is good text, got:\n%s", warnings)
	}
	if !strings.Contains(allText(doc), "De coördinatie van één naïeve ‘zorgvrager’") {
		t.Errorf("page 3 text: %q", doc.Pages[2].Text)
	}
}
