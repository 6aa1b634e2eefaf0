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

// TestRowsOfOneDrugApartByPadding asks the real answerer over FT-22, whose
// dose table rules off each drug and sets its populations' rows apart by
// padding alone (19.4 pt against 14.6 pt between a cell's lines), their
// first words in lower case ("kinderen 10–24 kg", "eGFR 15–29"): they
// were read as one row per drug (ingest/extract pdfSubRows), and
// "brelomycine kind 30 kg" got every population's dose in one row. The
// drug's own row is searched before a row whose drug was lost ("Dosis
// brelomycine bij eGFR 20?" had got a row of no drug, and was refused;
// answer sectionAsked). The baby of a mother who breastfeeds is no child
// patient: "brelomycine bij een baby van 8 kg?" is not answered with
// "Brelomycine mag tijdens de borstvoeding worden gebruikt; de baby kan
// dunne ontlasting krijgen" (answer nursedOnly).
func TestRowsOfOneDrugApartByPadding(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft22", answer.Config{}), []asked{
		{"brelomycine kind 30 kg", "Patiëntgroep: kinderen 25–39 kg · Dosis per keer: 250 mg (drank of capsule)", "15 mg/kg"},
		{"Dosis brelomycine bij eGFR 20?", "Patiëntgroep: eGFR 15–29 · Dosis per keer: 250 mg · Frequentie: 2 dd", ""},
		{"brelomycine bij een baby van 8 kg?", "", "borstvoeding"},
	})
}

// TestTermsBesideTheirDefinitions asks the real answerer over FT-22, whose
// definitions ConTeXt sets beside their terms in a narrow column: read
// as two columns, the terms came first and the definitions after them,
// and "Waar staat SNI voor?" and "Wanneer spreek je van recidiverende
// schelpnagel?" were refused (ingest/extract pdfLabelRun).
func TestTermsBesideTheirDefinitions(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft22", answer.Config{}), []asked{
		{"Waar staat SNI voor?", "Schelpnagel-Index (SNI)", ""},
		{"Wanneer spreek je van recidiverende schelpnagel?", "drie of meer episoden van schelpnagel binnen 12 maanden", ""},
	})
}

// TestMarginNoteApartFromTheStep asks the real answerer over FT-22, whose
// margin note beside step 3 of its plan ("Let op: ECG bij QT-verlengende
// middelen") had been read into the step's sentence, and whose dose table
// yields a fragment keyed "Dosis per keer" that counted as a drug: "Dosis
// brelomycine bij eGFR 20?" found a row of no drug (with "eGFR < 30") to
// be the drug's and searched no further (answer dosedRow: a dose word is
// no drug, a row of no drug not the drug's).
func TestMarginNoteApartFromTheStep(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft22", answer.Config{}), []asked{
		{"Wat geef ik bij ernstige schelpnagel als tirvanoxal na 7 dagen onvoldoende helpt?", "voeg brelomycine toe aan tirvanoxal", "Let op"},
		{"Dosis brelomycine bij eGFR 20?", "Patiëntgroep: eGFR 15–29 · Dosis per keer: 250 mg", ""},
	})
}
