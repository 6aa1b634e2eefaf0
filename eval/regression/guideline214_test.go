package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestLimitInThePatientsRowLeftOut asks the real answerer over FT-216
// (Asciidoctor's page, each drug spanning its rows) for gralvomycine at an
// eGFR of 22: the row for "eGFR 15-30" holds the patient, and its dose cell
// "250 mg 2 dd; bij eGFR onder 15 niet gebruiken" keeps the dose and
// leaves out only the limit for others (clausesFor). The whole cell had
// been left out, and the answer showed the row's maximum and duration
// without its dose.
func TestLimitInThePatientsRowLeftOut(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft216", answer.Config{}), []asked{
		{"gralvomycine eGFR 22", "Dosering: 250 mg 2 dd", "onder 15"},
	})
}

// TestWeightAsksADose asks the real answerer over FT-215 (pandoc's page,
// each drug dosed in a list of populations) a question typed as a drug, a
// child and a weight: a weight is given for a dose, so the question asks
// how much, not whether (answerKind). Read as a question whether the drug
// may be given, it had been answered with the item "Kinderen jonger dan 6
// maanden: geen toskavir", advice for others than a child of 18 kg.
func TestWeightAsksADose(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft215", answer.Config{}), []asked{
		{"toskavir kind 18 kg", "15 mg/kg/dag in 3 giften", "jonger dan 6 maanden"},
	})
}

// TestNoDrugThePatientIsAllergicTo asks the real answerer over FT-214
// (LibreOffice's PDF, the populations as columns) for an antibiotic for a
// patient hypersensitive to two of its drugs: "Bij overgevoeligheid voor
// dalvomycine: brimoxaan" advises the other one the patient is
// hypersensitive to (allergens), and had been the answer. The advice for
// an allergy to one of them is still the answer to that.
func TestNoDrugThePatientIsAllergicTo(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft214", answer.Config{}), []asked{
		{"Welk antibioticum bij overgevoeligheid voor zowel dalvomycine als brimoxaan?", "", ""},
		{"Welk antibioticum bij overgevoeligheid voor dalvomycine?", "brimoxaan", ""},
	})
}

// TestUseOfTheRowInItsOwnColumn asks the real answerer over FT-219
// (LibreOffice's own HTML export) whose dose table keys each drug's rows
// by a use in a column of its own ("Indicatie: Acute behandeling",
// "Indicatie: Recidiefprofylaxe") beside the population: the use is the
// row's variant as a bracket after the drug is (variantCell). A question
// that names no use is told the uses, a question that names one gets no
// row of the other, even when that other row is all its words retrieved
// (the corpus's dose rows), and a row for reduced kidney function is no
// answer for a patient the question says nothing of the kidneys of
// (impairedUnasked). The adults' question had got the prophylaxis dose
// for an eGFR below 30, the pregnant woman's prophylaxis question the
// dose for acute treatment, "plorixaan recidiefprofylaxe volwassene" the
// dose for an eGFR of 30 to 59 (the adults' row, "18 jaar en ouder", is
// not retrieved for it: refused).
func TestUseOfTheRowInItsOwnColumn(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft219", answer.Config{}), []asked{
		{"Welke dosering taldocilline geeft u een volwassene met zilkeel?", "", ""},
		{"Mag vennomycine als recidiefprofylaxe tijdens de zwangerschap, en in welke dosis?", "", ""},
		{"Jongen van 6 jaar, 22 kg, met recidiverende zilkeel. Dosering taldocilline profylaxe?", "5 mg/kg 1 dd", "Acute"},
		{"plorixaan recidiefprofylaxe volwassene", "", "eGFR"},
	})
}
