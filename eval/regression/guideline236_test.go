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
