package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestHeaderlessRowOfThePopulationAsked asks the real answerer over FT-69,
// drawn with cairo, whose dose table's header the extractor does not
// read: "Posquinol tablet 25 mg · Kinderen ≥ 6 jaar en ≥ 20 kg · 25 mg · 1
// dd · 14 dagen". A population cell without a header makes the row that
// population's (answer rowCand), and the amount and the frequency in two
// cells are one dose (unheadedDoses): the row had shown its key and its
// population without the dose, or been refused. A population cell whose
// ranges miss the patient ("Volwassenen en kinderen ≥ 1 jaar" for a baby
// of 6 months) makes no such row.
func TestHeaderlessRowOfThePopulationAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft69", answer.Config{}), []asked{
		{"posquinol kind 9 jaar 28 kg", "Kinderen ≥ 6 jaar en ≥ 20 kg · 25 mg · 1 dd · 14 dagen", ""},
		{"Wat is de dosering posquinol bij een volwassene?", "Volwassenen · 50 mg · 1 dd · 14 dagen", ""},
		{"Dermofaxine crème bij een zuigeling van 6 maanden: hoe vaak aanbrengen?", "", ""},
	})
}

// TestPermissionWithheldForThePatient asks the real answerer whether a
// drug may be given to a patient whose age the guideline's advice for the
// elderly makes a question (ageUnspoken): the answer that withholds the
// drug for another of the patient's values or for a population the
// question names holds at any age. mammoth.js's FT-74 writes "bij eGFR <
// 30 is trevolamide gecontra-indiceerd" after the range (not "eGFR < 30:
// gecontra-indiceerd") and labels the items of its advice with the
// population ("Zwangerschap: …", "Nierfunctiestoornis: …"), which had made
// them items under another subject (foreign). An item with a population's
// label that speaks of another drug stays that drug's ("Ouderen: start
// trevolamide …" beside "Dorbaxine is pas geschikt vanaf 6 jaar").
func TestPermissionWithheldForThePatient(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft74", answer.Config{}), []asked{
		{"Meneer Jansen, 66 jaar, eGFR 22: mag hij trevolamide?", "bij eGFR < 30 is trevolamide gecontra-indiceerd", ""},
		{"Vanaf welke leeftijd en welk gewicht is dorbaxine geschikt?", "Dorbaxine is pas geschikt vanaf 6 jaar en 20 kg", "Ouderen: start trevolamide"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft77", answer.Config{}), []asked{
		{"Mevrouw Jansen, 31 jaar, 10 weken zwanger, zerantoline werkt onvoldoende: kan ik mofluvane geven?",
			"mofluvane is tweede keus en is gecontra-indiceerd tijdens de zwangerschap", ""},
	})
}
