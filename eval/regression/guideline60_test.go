package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestDoseInATabUnderItsDrug asks the real answerer over FT-60, a page as
// MkDocs Material renders it: tralvomide's doses stand in content tabs
// (Volwassenen, Ouderen, Kinderen, Nierfunctie) under the lead-in
// "Tralvomide (tablet 250 mg en 500 mg; drank 50 mg/ml):", their items
// and rows naming no drug. Each tab is now a section under that lead-in
// (extract tabSet), a column headed "Dosering" names no drug
// (columnDrugs: read as one, "dosering" was a drug of the corpus that no
// tralvomide item names), and an eGFR band whose measure heads the column
// ("eGFR (ml/min/1,73 m2): 15-29") bounds the row (cellHeaded). Before,
// every tralvomide dose was refused, and "Wat is de dosering tralvomide
// bij een eGFR van 22 ml/min?" once answered from the rows for < 15 and
// 30–49.
func TestDoseInATabUnderItsDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft60", answer.Config{}), []asked{
		{"Wat is de dosering tralvomide bij een volwassene met matige veenkramp?", "500 mg 2 dd gedurende 7 dagen", "Pexocilline"},
		{"Wat is de dosering tralvomide bij een eGFR van 22 ml/min?", "15-29 · Dosering: 250 mg 1 dd", "30-49"},
		{"pexocilline dosering volwassene", "Pexocilline (capsule 200 mg en 400 mg; suspensie 40 mg/ml): — Populatie: Volwassenen · Dosering: 400 mg 3 dd", ""},
	})
}

// TestKindOfDoseNamesItsDrug asks the real answerer over FT-60: in "de
// maximale dagdosis tralvomide" the compound is a kind of dose and the
// drug after it the one dosed (answer dosedWord); left without a drug,
// the question got pexocilline's row and morvadrine's dose beside
// tralvomide's. "tarvomycinedosering" still names its drug itself.
func TestKindOfDoseNamesItsDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft60", answer.Config{}), []asked{
		{"Wat is de maximale dagdosis tralvomide bij volwassenen?", "", "Pexocilline"},
		{"Wat is de maximale dagdosis tralvomide bij volwassenen?", "", "Morvadrine"},
	})
}

// TestPairDosesWhatItsLabelNames asks the real answerer over FT-60: in
// "Adviseer paracetamol en zo nodig morvadrine. Morvadrine
// (spierontspanner): volwassenen 5 mg a.n." the dose is morvadrine's,
// labelled so and named in the sentence before, and does not answer the
// dose of paracetamol, which the guideline does not give (answer
// doseLabelledOther).
func TestPairDosesWhatItsLabelNames(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft60", answer.Config{}), []asked{
		{"Wat is de dosering paracetamol bij veenkramp?", "", ""},
		{"morvadrine dosering volwassene", "5 mg a.n.", ""},
	})
}

// TestDoseUnderTheDrugsHeading asks the real answerer over FT-30, whose
// section "Quenstatine" gives its dose in sentences that do not name it:
// "Bij een verminderde nierfunctie is geen dosisaanpassing nodig" stands
// under the drug's heading, the nearest that names a drug, and is its
// dose (answer headedBy; refused before as another subject's sentence).
// Quenstatine is injected intramuscularly: "40 mg per injectie" is no
// intravenous dose, though both routes are parenteral (answer otherRoute).
func TestDoseUnderTheDrugsHeading(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft30", answer.Config{}), []asked{
		{"Is er een dosisaanpassing van quenstatine nodig bij verminderde nierfunctie?", "geen dosisaanpassing nodig", ""},
		{"Wat is de intraveneuze dosering van quenstatine?", "", ""},
	})
}

// TestItemUnderItsDrugsTerm asks the real answerer over FT-64, a page by
// Asciidoctor whose contra-indications and interactions are a labelled
// list: each drug a term over its items ("Vernodazol" over "Interacties:
// … Bij gebruik van acenocoumarol of fenprocoumon: INR controleren na 3
// dagen."). The term heads its items (extract termSection), and an item
// under the heading of the one subject asked is that subject's, whatever
// its own label (headedBy): the items had been refused as another
// subject's, "Interacties", and "patiënt gebruikt acenocoumarol, start
// vernodazol, wat moet ik doen?" was answered with a warning on the QTc.
func TestItemUnderItsDrugsTerm(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft64", answer.Config{}), []asked{
		{"patiënt gebruikt acenocoumarol, start vernodazol, wat moet ik doen?", "INR controleren na 3 dagen", "QTc"},
		{"Kan vernodazol samen met claritromycine?", "niet combineren met claritromycine", ""},
	})
}

// TestBareItemsUnderTheHeadingAsked asks the real answerer over FT-62, a
// slide deck whose slide "Alarmsymptomen" lists its bullets without
// punctuation: bare items on lines of their own under a heading the
// question names whole are an enumeration (answer headedListCand); they
// had made no candidate at all, and "Welke alarmsymptomen zijn er bij
// duinschurft?" was refused. Under a heading the question does not name
// whole ("Niet-medicamenteuze behandeling" for "Wanneer evalueer ik de
// behandeling?") they are not: a report's bare lists had answered
// guideline questions on other things.
func TestBareItemsUnderTheHeadingAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft62", answer.Config{}), []asked{
		{"Welke alarmsymptomen zijn er bij duinschurft?", "Macroscopische hematurie of colakleurige urine", ""},
		{"Wanneer evalueer ik de behandeling?", "", "Nagels kort knippen"},
	})
}

// TestHeaderlessRowsForThePopulationAsked asks the real answerer over
// FT-67, LaTeX converted to HTML by tex4ht, whose dose table's header is
// bold by a style sheet the page does not hold: its rows have no column
// names ("Valmorexine tablet 250 mg; suspensie 50 mg/ml · Volwassenen ·
// 500 mg 2 dd · 7 dagen"). The strengths in the first cell are no dose of
// a population (unheadedDoses), and a row for a measure the question
// states no value of ("· eGFR < 30 · niet gebruiken") is no adult's
// (rangedOtherwise, headerless too), and the cell after the key is the
// row's population (populationCell): "Wat is de dosering valmorexine bij
// een volwassene …?" and "Wat is de dosering valmorexine?" had been
// answered with the row for an eGFR below 30, "niet gebruiken".
func TestHeaderlessRowsForThePopulationAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft67", answer.Config{}), []asked{
		{"Wat is de dosering valmorexine bij een volwassene met griendkoorts?", "Volwassenen · 500 mg 2 dd", "eGFR"},
		{"Wat is de dosering tilbucetam voor een volwassene?", "Volwassenen · 1000 mg 3 dd", "eGFR"},
		{"Wat is de dosering valmorexine?", "Volwassenen · 500 mg 2 dd", "eGFR"},
	})
}

// TestOtherDrugsRowOfTheSameTable asks the real answerer over FT-68 (Lout)
// and FT-23: a question that names one drug the patient may not have and
// asks the dose of another is not answered with the first drug's row of a
// table whose caption names both ("Tabel 2. Dosering van velmoxaan en
// drimetazol"), though the caption names the drug dosed (answer
// otherRowDrug): "Vrouw 78 jaar, allergisch voor velmoxaan. Hoeveel
// drimetazol?" had got velmoxaan's 250 mg for the elderly.
func TestOtherDrugsRowOfTheSameTable(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft68", answer.Config{}), []asked{
		{"Vrouw 78 jaar, allergisch voor velmoxaan. Hoeveel drimetazol?", "", "velmoxaan (eerste keus)"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft23", answer.Config{}), []asked{
		{"Mevrouw, 68 jaar, eGFR 22, corvadimol mag niet. Hoeveel telmaxidine geef ik?", "", "Corvadimol"},
	})
}
