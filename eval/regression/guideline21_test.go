package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestDefinitionStartingInLowerCase asks the real answerer over FT-21, whose
// definition list asciidoctor-pdf prints with each term on a line of its
// own (read as a heading) over its definition, which starts in lower
// case: "Rijpvinger" over "een door kou uitgelokte ontsteking …". That
// sentence was taken for one cut at a chunk boundary and never quoted, so
// "Wat is rijpvinger?" got the lay name only, and the score's grades and
// the length of chronic rijpvinger were refused (answer definesHeading).
func TestDefinitionStartingInLowerCase(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft21", answer.Config{}), []asked{
		{"Wat is rijpvinger?", "een door kou uitgelokte ontsteking van de gewrichtskapsels", ""},
		{"RES 7, hoe ernstig?", "een RES van 5 tot en met 8 matige rijpvinger", ""},
		{"Wanneer spreek je van chronische rijpvinger?", "langer dan 3 maanden", ""},
	})
}

// TestNoOtherDrugsDoseBeside asks the real answerer over FT-21 an amount of
// a cream dosed in the text alone, which no table doses: "Hoeveel gram
// hesperamol crème per keer?" (a near-miss: the guideline gives no grams)
// was answered with a pair of sentences, the cream's side effects and
// "De kinderdosering van morvalidon … drank van 50 mg/ml", another drug's
// dose (answer rule, ruleForeign).
func TestNoOtherDrugsDoseBeside(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft21", answer.Config{}), []asked{
		{"Hoeveel gram hesperamol crème per keer?", "", ""},
	})
}
