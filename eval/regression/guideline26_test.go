package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestShadedRowsAnswerTheirDrug asks the real answerer over FT-26
// (LuaLaTeX), whose dose table parts its rows by shading alone and heads
// each drug's rows with a shaded row across the table. The rows of a
// drug had been read as one row of columns of all its populations, under
// no drug: "Vrouw van 82 jaar, start ulvipride: welke onderhoudsdosis?"
// got cortaxine's column of doses beside the heading "Ulvipride (tablet
// 25 mg, 50 mg)". The shading's edges part the rows and the heading
// names the drug of each (ingest/extract pdfWithBands, pdfGroupRow).
// "ulvipride eGFR 20" began with "Bij een eGFR van 30 tot 59 ml/min is
// voor ulvipride geen dosisaanpassing nodig": a range of an eGFR in
// words is a range (answer valueFromToRe).
func TestShadedRowsAnswerTheirDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft26", answer.Config{}), []asked{
		{"Vrouw van 82 jaar, start ulvipride: welke onderhoudsdosis?", "Ulvipride (tablet 25 mg, 50 mg) · Populatie: Ouderen ≥ 70 jaar · Dosering Start: 1 dd 25 mg · Dosering Onderhoud: 1 dd 75 mg", "2 dd 250 mg"},
		{"Hoeveel cortaxine mag een 75-jarige maximaal per dag?", "Cortaxine (tablet 125 mg, 250 mg; drank 50 mg/ml) · Populatie: Ouderen ≥ 70 jaar", "100 mg/dag"},
		{"ulvipride eGFR 20", "Ulvipride (tablet 25 mg, 50 mg) · Populatie: eGFR 15–29 ml/min · Dosering Start: 1 dd 25 mg", "30 tot 59"},
	})
}

// TestNoteBesideThePatientsRow asks the real answerer over FT-19, whose
// row "Patiëntengroep: eGFR 30–50" notes "bij eGFR < 30 niet gebruiken".
// "Man van 66 met eGFR 40: hoeveel pexatrilan?" was refused: the note,
// which starts with "eGFR" and excludes 40, was read as the row's
// population. A population cell that holds the patient's value makes the
// row theirs (answer candidates, theirs).
func TestNoteBesideThePatientsRow(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft19", answer.Config{}), []asked{
		{"Man van 66 met eGFR 40: hoeveel pexatrilan?", "Patiëntengroep: eGFR 30–50 · Dosering: 100 mg 2×/dag gedurende 6 weken", "200 mg"},
	})
}

// TestShareOfAWiderGroupIsRefused asks the real answerer over FT-26,
// which gives the incidence in children younger than 12 only. "Hoe vaak
// komt zilverslaap voor bij kinderen onder de 6 jaar?" was answered
// with it (0.98): the younger children are in that group, but its share
// is not theirs. A group's share needs a range within the group's; one
// patient's age is held by any range that holds it (answer widerGroup).
func TestShareOfAWiderGroupIsRefused(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft26", answer.Config{}), []asked{
		{"Hoe vaak komt zilverslaap voor bij kinderen onder de 6 jaar?", "", ""},
		{"Hoe vaak komt zilverslaap voor bij kinderen jonger dan 12 jaar?", "0,4 per 1000", ""},
	})
}
