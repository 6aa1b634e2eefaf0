package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestRowAfterThePageBreak asks the real answerer over FT-20, whose dose
// table wkhtmltopdf breaks between two of neboclavir's rows, the drug
// cell merged over them and no header repeated. The first row on the new
// page had been joined to the last on the page before (ingest/extract
// pdfJoinBrokenRow), and "neboclavir eGFR 50 dosis" got "ouderen ≥ 75
// jaar eGFR 30–60 · 200 mg 200 mg · 2 dd 1 dd": the elderly's frequency
// beside the kidney's.
func TestRowAfterThePageBreak(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft20", answer.Config{}), []asked{
		{"neboclavir eGFR 50 dosis", "Patiëntgroep: eGFR 30–60 · Dosering Dosis per keer: 200 mg · Dosering Frequentie: 1 dd", "2 dd"},
	})
}

// TestDoseRowOfThePatient asks the real answerer the dose for an elderly
// patient whose row the search did not find. A row of the drug's
// contra-indications or interactions ("Middel: vortemasol · Interacties
// Combinatie met: opioïden …") counted as the drug's dose row, so no
// search was made for the row of "ouderen ≥ 75 jaar", and the question
// was refused (FT-20, and FT-18's "Man van 81 jaar …").
func TestDoseRowOfThePatient(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft20", answer.Config{}), []asked{
		{"vortemasol 80-jarige hoeveel", "Patiëntgroep: ouderen ≥ 75 jaar · Dosering Dosis per keer: 2,5 mg", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft18", answer.Config{}), []asked{
		{"Man van 81 jaar, onvoldoende effect van oravencil na 14 dagen. Hoeveel taliprozine schrijf ik voor?", "Patiëntengroep: ≥ 75 jaar · Dosering: 2,5 mg 1× per dag", ""},
	})
}

// TestAgeWithoutItsUnit asks the real answerer over FT-20 for the dose of
// a patient whose age stands after "is" with no unit ("Meneer is 81"),
// which was read as no age, so the question named no population and was
// refused for the table's rows per population.
func TestAgeWithoutItsUnit(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft20", answer.Config{}), []asked{
		{"Meneer is 81 en heeft matige nevelrug. Hoeveel lindoravet?", "Patiëntgroep: ouderen ≥ 75 jaar · Dosering Dosis per keer: 400 mg · Dosering Frequentie: 2 dd", ""},
	})
}
