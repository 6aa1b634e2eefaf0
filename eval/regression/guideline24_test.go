package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestNarrowestRowOfTheAge asks the real answerer over FT-24 (ReportLab),
// whose pendrolaxin rows include "Volwassenen en kinderen vanaf 12 jaar"
// (2 dd 200 microg) and "Ouderen ≥ 75 jaar" (2 dd 100 microg). Both hold
// a patient of 82; the first had been given, and with it twice the
// elderly dose. The search for the patient's row runs when the row found
// holds the age only by a range from a young age on, and of two rows of a
// drug that hold the age the one whose range lies within the other's
// answers (answer dosedRow, narrowerRow).
func TestNarrowestRowOfTheAge(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft24", answer.Config{}), []asked{
		{"Meneer Bakker, 82 jaar, start met pendrolaxin. Welke dosis?", "Patiëntgroep: Ouderen ≥ 75 jaar · Dosering: 2 dd 100 microg", "2 dd 200 microg"},
		{"pendrolaxin dosering 82 jaar", "Patiëntgroep: Ouderen ≥ 75 jaar · Dosering: 2 dd 100 microg", "2 dd 200 microg"},
		{"pendrolaxin dosering 40 jaar", "Patiëntgroep: Volwassenen en kinderen vanaf 12 jaar · Dosering: 2 dd 200 microg", ""},
	})
}

// TestElderlyDoseSentenceAlone asks the real answerer over FT-24, whose
// quelbutine is dosed in sentences: "Volwassenen gebruiken 4 dd 5 mg …"
// and "Ouderen van 75 jaar en ouder gebruiken 3 dd 5 mg". A woman of 78
// is given the elderly's sentence, not the adults' beside it (answer
// adultsBesideElderly).
func TestElderlyDoseSentenceAlone(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft24", answer.Config{}), []asked{
		{"Hoeveel quelbutine voor een vrouw van 78?", "Ouderen van 75 jaar en ouder gebruiken 3 dd 5 mg", "4 dd 5 mg"},
	})
}

// TestAgeInWords asks the real answerer over FT-24 with ages spelled out:
// "Tachtigjarige …" had been refused as a word no source names, and "een
// kind van acht jaar" as well ("De bronnen behandelen ‘acht’ niet"). They
// read as their digits, and the patient's row answers (answer withDigits).
func TestAgeInWords(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft24", answer.Config{}), []asked{
		{"Tachtigjarige met nachtelijke hoest, hoeveel marocetil?", "Patiëntgroep: Ouderen ≥ 75 jaar · Dosering: 1 dd 500 mg", "Kinderen"},
		{"Een kind van acht jaar, hoeveel marocetil?", "Patiëntgroep: Kinderen 6-11 jaar · Dosering: 3 dd 125 mg", "Ouderen"},
	})
}
