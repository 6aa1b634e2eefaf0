package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestNoDrugCarriedPastText asks the real answerer over FT-22, whose dose
// table ConTeXt splits over three pages, each drug named on its first row
// only. Saphradine's name and first rows, at the foot of page 4, were not
// read as the table's; its other rows, at the top of page 5, went on with
// the last drug of the part before, brelomycine (ingest/extract
// pdfFinishTables), so "Kan brelomycine bij een eGFR van 12?" got
// saphradine's "12,5 mg (halve tablet) 1 dd voor de nacht" as
// brelomycine's. A continuation's rows carry the drug of the part before
// only when that part ends its page.
func TestNoDrugCarriedPastText(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft22", answer.Config{}), []asked{
		{"Kan brelomycine bij een eGFR van 12?", "Patiëntgroep: eGFR < 15 · Dosis per keer: niet gebruiken", "12,5 mg"},
		{"Welke dosis brelomycine bij een kind van 30 kg met een eGFR van 25?", "", "12,5 mg"},
	})
}
