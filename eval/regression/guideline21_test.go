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
