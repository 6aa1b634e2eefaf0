package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestRangeWithoutVanInARow asks the real answerer over FT-47 (Sphinx),
// whose dose rows write their ages and eGFR bands as ranges in words
// without "van": "Kinderen 6 tot en met 11 jaar", "eGFR 30 tot 60
// ml/min/1,73m2". Unread, the row bounded no age or eGFR, and a
// 15-year-old and a child of 4 were given the dose for children of 6 to
// 11, an eGFR of 22 the row for 30 to 60 (answer fromToBare,
// namedFromToRe): three critical errors.
func TestRangeWithoutVanInARow(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft47", answer.Config{}), []asked{
		{"Hoeveel lorbafen mag een 15-jarige met kalkwang krijgen?", "Kinderen 12 tot en met 17 jaar", "6 tot en met 11"},
		{"Wat is de dosering lorbafen bij een kind van 4 jaar?", "", ""},
		{"Man van 70 met eGFR 22: kan hij marvoxil krijgen?", "", "eGFR 30 tot 60"},
		{"Wat is de dosering lorbafen bij een kind van 8 jaar?", "Kinderen 6 tot en met 11 jaar", ""},
	})
}

// TestAgeBeforeAnyVerb asks the real answerer over FT-52 (a MediaWiki
// page): "Man van 78 kan geen torvaxine krijgen. Dosering saldorexan?"
// states an age whatever verb follows it; read only before a few verbs,
// the man's age was lost and he got the dose of adults of 18 to 74
// (answer questionValues).
func TestAgeBeforeAnyVerb(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft52", answer.Config{}), []asked{
		{"Man van 78 kan geen torvaxine krijgen. Dosering saldorexan?", "ouderen ≥ 75 jaar", "18–74"},
	})
}

// TestShortFormInAGlossaryLabel asks the real answerer over FT-51
// (PDFBox): a glossary's entry labelled with the long form and its short
// form in parentheses ("Landelijk Centrum Zoönosen (LCZ): het (fictieve)
// landelijke expertisecentrum …") defines the short form; "Wat is het
// LCZ?" got a sentence about reporting to it (answer labelDefines).
func TestShortFormInAGlossaryLabel(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft51", answer.Config{}), []asked{
		{"Wat is het LCZ?", "Landelijk Centrum Zoönosen (LCZ): het (fictieve) landelijke expertisecentrum", ""},
		{"Waar staat LCZ voor?", "Landelijk Centrum Zoönosen", ""},
	})
}

// TestDoseCompoundIsKnown asks the real answerer over FT-51 (PDFBox): a
// compound of a word for a dose ("dagdosis", "startdosis") says what kind
// of answer the question wants, as "dosis" and "dosering" do, and is no
// word the sources must use; with "Maximale", the two words no source
// names had refused "Maximale dagdosis delmoxacine voor een kind van 10
// jaar?" as a question outside the sources, though the child's row gives
// "Max. per dag: 750 mg" (answer absentWords, doseWord).
func TestDoseCompoundIsKnown(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft51", answer.Config{}), []asked{
		{"Maximale dagdosis delmoxacine voor een kind van 10 jaar?", "Max. per dag: 750 mg", ""},
	})
}
