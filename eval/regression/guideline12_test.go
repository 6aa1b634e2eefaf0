package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestTableOfOneDrugUnderItsCaption asks the real answerer over the
// held-out FT-12 (testdata/heldout/ft12), which gives each drug a section
// of its own: mytilaxol a table of two columns ("Groep | Dosering") under
// the caption "Tabel 1. Dosering mytilaxol", brenoquat one of three,
// corvalumide a labelled list. Read as two columns of text, mytilaxol's
// table kept no row, and "mytilaxol kind 8 jaar dosis" got brenoquat's row
// for children ("niet gebruiken"): its rows, keyed by population, said of
// no drug whose they were, so no answer was another drug's. A row keyed by
// the patient is about the drug its caption and its section's heading
// name (captionSubject), and the row added for a dose question is the one
// for the patient's age or population.
func TestTableOfOneDrugUnderItsCaption(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"mytilaxol kind 8 jaar dosis", "2 dd 100 mg", "brenoquat"},
		{"Hoeveel mytilaxol geef ik een jongen van 14 jaar met mosselkramp?", "Kinderen 12–17 jaar · Dosering: 2 dd 200 mg", "brenoquat"},
		{"Wat is de dosering mytilaxol bij volwassenen?", "3 dd 200 mg; maximaal 800 mg per dag", "brenoquat"},
		{"Welke dosering mytilaxol bij een eGFR van 45?", "eGFR 30–59", "brenoquat"},
		{"corvalumide kind dosis", "", "brenoquat"},
		{"mytilaxol dosering kind", "", "brenoquat"},
		// the row keyed by the patient's eGFR answers whether the drug
		// may be given, with its dose (rowMiss)
		{"Mag mytilaxol bij een eGFR van 20?", "eGFR 15–29 ml/min/1,73 m2 · Dosering: 1 dd 200 mg", ""},
		{"mytilaxol egfr 20", "1 dd 200 mg", ""},
	})
}

// TestQuestionOfSeveralSentences asks the real answerer over FT-12 a
// patient described in one sentence and the question in the next: the
// capital of the second sentence's first word is no name. "Welke" and
// "Wat" were read as names no source holds, and the questions refused
// ("De bronnen noemen ‘Welke’ niet.").
func TestQuestionOfSeveralSentences(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"Man van 78 met mosselkramp, 5 aanvallen per dag. Welke dosering mytilaxol?", "Ouderen (70 jaar en ouder) · Dosering: 2 dd 200 mg", ""},
		{"Patiënt gebruikt ciclosporine, start corvalumide. Wat moet ik doen?", "meet de spiegel 5 dagen na de start", ""},
	})
}

// TestIncidenceByItsName asks the real answerer over FT-12 and FT-07 for
// an incidence by the epidemiologist's word: "Hoe hoog is de incidentie
// van mosselkramp bij vrouwen?" asks how often among women, as "Hoe vaak
// …?" does, and the guideline's overall incidence ("4 per 1000 patiënten
// per jaar") was its answer, a number for another group.
func TestIncidenceByItsName(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"Hoe hoog is de incidentie van mosselkramp bij vrouwen?", "", ""},
		{"Hoe hoog is de incidentie van mosselkramp?", "4 per 1000 patiënten per jaar", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft07", answer.Config{}), []asked{
		{"Wat is de incidentie van zandbuik bij kinderen jonger dan 5 jaar?", "31 per 1000", ""},
	})
}

// TestRowForOthersByItsKey asks the real answerer over FT-07, whose
// table by population keys a row "Patiënt: Verminderde nierfunctie (eGFR <
// 30)": it is advice for those patients only. "Wanneer is cefaloxine
// geïndiceerd bij een patiënt met verminderde afweer?" was answered with
// that row's dose; a row for a population the question does not name, and
// no value of it the row's ranges hold, is no answer. A row for adults is
// the standard advice: a dose question that names no one gets it.
func TestRowForOthersByItsKey(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft07", answer.Config{}), []asked{
		{"Wanneer is cefaloxine geïndiceerd bij een patiënt met verminderde afweer?", "", "1 dd 500 mg"},
		{"Hoeveel cefaloxine geef ik?", "2 dd 500 mg gedurende 3 dagen", "1 dd 500 mg"},
		{"Hoeveel cefaloxine geef ik bij een verminderde nierfunctie?", "1 dd 500 mg gedurende 3 dagen", ""},
	})
}

// TestAllergyInACompound asks the real answerer over FT-05 about a patient
// allergic to a drug named in a compound ("dorvaxine-allergie"): the drug
// is the allergen as in "allergie voor dorvaxine", and no answer advises
// it. The question was answered with dorvaxine's dose for children.
func TestAllergyInACompound(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"Welk middel bij een dorvaxine-allergie bij een kind van 5 jaar?", "", "30 mg/kg/dag"},
		{"Welk middel bij een dorvaxineallergie bij een kind van 5 jaar?", "", "30 mg/kg/dag"},
	})
}

// TestLengthAskedByItsNoun asks the real answerer over FT-05 and FT-07 a
// length by its noun ("de duur", "de behandelduur"), as "hoe lang" asks
// one: a dose row without a length ("Wat is de maximale duur van de
// behandeling met mirtacetol?" got mirtacetol's row) is no answer. And
// "Wat wordt verstaan onder …?" asks what a term means: the glossary's
// description answers, not a sentence that names the term.
func TestLengthAskedByItsNoun(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"Wat is de maximale duur van de behandeling met mirtacetol?", "", ""},
		{"Wat is de duur van de behandeling met dorvaxine?", "dorvaxine gedurende 7 dagen", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/guidelines", answer.Config{}), []asked{
		{"Tot welke zwangerschapsduur kan trovaprofen nog?", "vanaf week 20", ""}, // a limit, no length
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft07", answer.Config{}), []asked{
		{"Wat wordt verstaan onder een gecompliceerd beloop?", "Gecompliceerd beloop: bloed bij de ontlasting", ""},
	})
}
