package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPDFOverlaidLayers reads testdata/pdfrecall/overlaid-layers.pdf
// (scripts/gen-pdf-recall-fixtures.go): two versions of a paragraph drawn a
// point apart read as whole sentences, not as interleaved letters; a
// superscript and a fake-bold line keep their lines.
func TestPDFOverlaidLayers(t *testing.T) {
	doc := extractFixture(t, "pdfrecall/overlaid-layers.pdf")
	text := allText(doc)
	assertOrder(t, text, "Bij een eGFR onder 30 ml/min wordt metformine gestopt.",
		"Stop metformine zodra de eGFR onder 30 ml/min daalt.",
		"Controleer de nierfunctie elk halfjaar bij ouderen.",
		"Bepaal de nierfunctie jaarlijks, bij ouderen halfjaarlijks.",
		"Overleg bij twijfel met de internist of nefroloog.",
		"Overleg met de nefroloog bij snelle achteruitgang.",
		"Zie de richtlijn nierschade", "Dit is een vetgedrukte waarschuwing.")
	if n := strings.Count(text, "vetgedrukte"); n != 1 {
		t.Errorf("fake-bold line read %d times: %q", n, text)
	}
	got := renderDocument(doc)
	golden := filepath.Join("testdata", "pdfrecall", "overlaid-layers.golden")
	compareGolden(t, golden, got)
}
