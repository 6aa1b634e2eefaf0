package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestGroupedRowShowsItsDose asks the real answerer over FT-236, pdfLaTeX's
// dose table grouped by population, each row keyed by its group's label
// with the drug in a column of its own ("Ouderen (75 jaar en ouder) ·
// Geneesmiddel: mirtacef · Dosis: 500 mg · …", ingest/extract
// pdfLabelledBand), under the heading "4.3.3 Dosering". A row whose key is
// the population asked shows its every cell (rowCand's populationRow with
// drugCell): "mirtacef bij oudere van 78" had shown the drug's cell alone.
// The heading names no drug (captionSubject): "doser" had been each row's
// subject, and "prandoxazol kind 15 kg" refused as another drug's row.
// Over FT-126, a row of headerless cells under another drug's heading
// ("Borstvoeding · niet gebruiken; kies dravoxine") is no answer about
// dravoxine.
func TestGroupedRowShowsItsDose(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft236", answer.Config{}), []asked{
		{"mirtacef bij oudere van 78", "Ouderen (75 jaar en ouder) · Geneesmiddel: mirtacef · Dosis: 500 mg · Frequentie: 1× per dag", "selvomycine"},
		{"prandoxazol kind 15 kg", "Kinderen (op gewicht) · Geneesmiddel: prandoxazol · Dosis: 8 mg/kg", "Ouderen"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft126", answer.Config{}), []asked{
		{"dravoxine borstvoeding dosering", "", "kies dravoxine"},
	})
}

// TestAdultsDoseForTheHeavierChild asks the real answerer over FT-236,
// whose children's rows are keyed "Kinderen (op gewicht)" with no range,
// and whose note under the table sends children of 40 kg or more to the
// adults' dose ("Kinderen van 40 kg en zwaarder: dosering voor
// volwassenen", "en zwaarder" read as "of meer" is, weightOrMoreRe). A
// child of 45 kg is none of the children's rows (adultsDoseTheChild): he
// had got the children's 10 mg/kg.
func TestAdultsDoseForTheHeavierChild(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft236", answer.Config{}), []asked{
		{"Kind van 13 jaar, 45 kg. Welke dosering selvomycine?", "dosering voor volwassenen", "10 mg/kg"},
		{"prandoxazol kind 15 kg", "Kinderen (op gewicht) · Geneesmiddel: prandoxazol · Dosis: 8 mg/kg", ""},
	})
}

// TestDoseForAnotherCondition asks the real answerer over FT-236 the dose
// for the kidney infection it names as a complication of its condition,
// whose treatment it does not give: its first clause ends at the comma
// ("Hoe behandel ik nevelpyelitis, welke dosis?": the object of "behandel
// ik" is what it is about, subjectSlots) and a dose row that names
// neither it nor a context that does is no answer (objectUnnamed). It
// had been answered with mirtacef's dose for adults with nevelblaas.
func TestDoseForAnotherCondition(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft236", answer.Config{}), []asked{
		{"Hoe behandel ik nevelpyelitis, welke dosis?", "", ""},
		{"Hoe behandel ik nevelblaas, welke dosis?", "Dosis:", ""},
	})
}

// TestNestedItemOfAnotherDrug asks the real answerer over FT-237, whose
// special groups list a drug an item ("Leverfunctiestoornis ›
// ferazolide: … bij Child-Pugh B 200 mg 1× per dag", a nested <ul>). An
// item whose label's second step is another drug of the dose tables is
// about that drug (nestedLabels, labelledOther): a question on tavoprofeen
// had been answered with ferazolide's Child-Pugh B dose. Ferazolide's own
// question still gets it.
func TestNestedItemOfAnotherDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft237", answer.Config{}), []asked{
		{"tavoprofeen bij leverfunctiestoornis Child-Pugh B dosering", "", "ferazolide"},
		{"ferazolide bij leverfunctiestoornis Child-Pugh B dosering", "Child-Pugh B 200 mg 1× per dag", ""},
	})
}
