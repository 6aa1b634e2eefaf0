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

// TestHowOftenAPreparation asks the real answerer how often a preparation
// is used. FT-20 doses pirsalidine gel in its text alone ("driemaal daags
// …", "Kinderen van 6 tot 12 jaar krijgen tweemaal daags …"): "daags" is a
// frequency, and a "hoe vaak" question that names a preparation's form and
// no event asks how often it is used, not a share of patients ("bij een
// volwassene" names the patient, no subject). Read so, "Hoe vaak
// pirsalidine gel bij een kind van 8?" got the adults' "driemaal daags"
// until "kind van 8" was an age, which the children's range holds and the
// adults' ("kinderen vanaf 12 jaar") does not; with a condition it is
// still refused ("Kind van 8 met lichte nevelrug: …", a share of
// patients asked?), never answered with the adults' dose. FT-13's "ceravuline zalf kind 7 jaar hoe vaak en hoe lang" was
// refused as a question of incidence.
func TestHowOftenAPreparation(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft20", answer.Config{}), []asked{
		{"Hoe vaak en hoeveel pirsalidine gel bij een volwassene?", "driemaal daags als een streng van 4 cm", ""},
		{"Hoe vaak pirsalidine gel bij een kind van 8?", "Kinderen van 6 tot 12 jaar krijgen tweemaal daags", "driemaal"},
		{"Kind van 8 met lichte nevelrug: pirsalidine gel, hoe vaak?", "", "driemaal"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"ceravuline zalf kind 7 jaar hoe vaak en hoe lang", "eenmaal per dag, gedurende hooguit 2 weken", ""},
	})
}

// TestPermissionForAnAge asks the real answerer over FT-20 whether a drug
// may be given to an adult of a stated age. "neboclavir bij een
// 78-jarige?" was answered with the drug's interactions, which say
// nothing of age, while the dose table has a row for "ouderen ≥ 75 jaar"
// (answer ageUnspoken); that row, keyed by the drug with the population
// in its next cell, was no answer to a question that asks no dose
// (rowMiss, patientsCell). The advice for the elderly says nothing of a
// man of 45.
func TestPermissionForAnAge(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft20", answer.Config{}), []asked{
		{"neboclavir bij een 78-jarige?", "Patiëntgroep: ouderen ≥ 75 jaar · Dosering Dosis per keer: 200 mg", "carbamazepine"},
		{"Mag ik neboclavir geven aan een man van 45?", "", "ouderen"},
	})
}

// TestPermissionRowOfThePatient asks the real answerer whether a drug may
// be given to the patient the question names, whose row of the dose table
// the search did not find: "Mag ik lindoravet geven bij een eGFR van
// 22?" (FT-20, its row "eGFR < 30: niet gebruiken") and "Kan ik
// trevadoxine geven aan een meisje van 15 …?" (FT-17, "Kinderen jonger dan
// 18 jaar: niet gebruiken") were refused. The row is searched for as for
// a dose question (answer dosedRow).
func TestPermissionRowOfThePatient(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft20", answer.Config{}), []asked{
		{"Mag ik lindoravet geven bij een eGFR van 22?", "Patiëntgroep: eGFR < 30 · Dosering Dosis per keer: niet gebruiken", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft17", answer.Config{}), []asked{
		{"Kan ik trevadoxine geven aan een meisje van 15 met hardnekkige vonkjeuk?", "Kinderen jonger dan 18 jaar · Dosering: niet gebruiken", ""},
	})
}
