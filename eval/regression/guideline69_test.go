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
