package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// TestFoldedSectionsAnswer asks the real answerer over the held-out FT-14
// (testdata/heldout/ft14), a web page that folds its interactions,
// contra-indications, side effects and referral into <details> whose
// summary is a plain title, as guideline sites do. Such a section was
// read as a note, which no search finds: "Patiënt gebruikt warfarine en
// moet selvaramide …" was refused with "De bronnen behandelen ‘warfarine’
// niet", the referral questions with "… ‘regulier’, ‘dermatoloog’ niet".
func TestFoldedSectionsAnswer(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft14", answer.Config{}), []asked{
		{"Patiënt gebruikt warfarine en moet selvaramide. Waar moet ik op letten?", "controleer de INR", ""},
		{"Wanneer verwijs ik regulier naar de dermatoloog bij ritselhuid?", "Verwijs regulier naar de dermatoloog", ""},
		{"Mag kalvidol rond de ogen worden gesmeerd?", "rond de ogen", ""},
	})
}

// TestRowForThePatientsGroupInItsCell asks the real answerer over FT-14,
// whose dose table is keyed by drug, its population in the cell after the
// drug's ("Middel: selvaramide tablet 100 mg · Patiëntengroep: kinderen
// van 6 tot 12 jaar · …"). "van 6 tot 12 jaar" was read as "tot 12 jaar",
// which a child of 18 months meets, and "selvaramide kind 18 maanden
// dosis" got the dose of children of 6 to 12, twice the weight-based dose
// of the youngest group the table covers; a row for children answered
// "Wanneer kies ik voor brunoxine?", which names no one; and the row added
// to a question's passages for the patient's age was any row of the drug.
// A dose question that names the drug it doses is not refused for the
// drug it names as a circumstance ("ondanks kalvidol").
func TestRowForThePatientsGroupInItsCell(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft14", answer.Config{}), []asked{
		{"selvaramide kind 18 maanden dosis", "", "6 tot 12 jaar"},
		{"Wanneer kies ik voor brunoxine?", "", "kinderen en jongeren tot 18 jaar"},
		{"Hoe vaak en hoe lang mag een kind van 5 jaar kalvidol smeren?", "1 dd dun aanbrengen", ""},
		{"Meisje van 4 jaar, 16 kg, ernstige ritselhuid ondanks kalvidol. Hoeveel selvaramide mag ze krijgen?", "5 mg/kg", ""},
		{"Dosering kalvidol 3% crème bij volwassenen?", "2 dd dun aanbrengen", ""},
		// a strength before the form ("5% crème") is stated or refused
		{"Dosering kalvidol 5% crème bij volwassenen?", "", ""},
	})
}

// TestWhatTheQuestionPutsTogether asks the real answerer over FT-13 and
// FT-14 questions about two things together: the words of a question
// typed as a few words, the two drugs "tussen" names, and the agent of a
// passive verb ("vergoed door de zorgverzekeraar"). "krustavine
// rifampicine interactie" was answered with krustavine's interactions
// with simvastatine and acenocoumarol (rifampicine's stands beside them,
// with pedolimast), "Is er een interactie tussen selvaramide en
// lithium?" with the warfarine interaction, and "Wordt brunoxine vergoed
// door de zorgverzekeraar?" with brunoxine's row for children.
func TestWhatTheQuestionPutsTogether(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"krustavine rifampicine interactie", "", ""},
		{"krustavine simvastatine interactie", "spierafbraak", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft14", answer.Config{}), []asked{
		{"Is er een interactie tussen selvaramide en lithium?", "", ""},
		{"selvaramide warfarine interactie", "INR", ""},
		{"Wordt brunoxine vergoed door de zorgverzekeraar?", "", ""},
	})
}

// TestNamesTheSourcesDoNotKnow asks the real answerer over the bundled
// reports and FT-13 about names they lack. A short form is a word of its
// own: "RIS" was found at the start of "risico", and "Waar staat
// RIS-score voor?" was answered from the reports' list of abbreviations;
// "II" of "NYHA-klasse II" in "NYHA-klasse III of IV", so "Mag pedolimast
// bij hartfalen NYHA-klasse II?" got the contra-indication for classes III
// and IV. A question's first word counts among the words no source names
// unless it may be the verb of a yes/no question: "Lithiumgebruiker heeft
// mucotrexan nodig, wat te doen?" was answered from the reports with an
// app for skin lesions.
func TestNamesTheSourcesDoNotKnow(t *testing.T) {
	askAll(t, openBundledStack(t).asker(retrieval.Hybrid), []asked{
		{"Waar staat RIS-score voor?", "", ""},
		{"Waar staat RIS voor?", "", ""},
		{"Lithiumgebruiker heeft mucotrexan nodig, wat te doen?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Mag pedolimast bij hartfalen NYHA-klasse II?", "", ""},
		{"Waar staat KEI voor?", "Korstvoet-Ernstindex", ""},
	})
}

// TestScoreBeyondItsScale asks the real answerer over FT-14, FT-15 and
// FT-10 about a score's value beyond the scale the guideline states for it
// ("de score loopt van 0 tot 12", "Ernstscore van 0 tot 12", "loopt van 0
// tot 10"). "Patiënt heeft een RIS-score van 15, hoe ernstig is dat en
// welke stap?" was answered with the whole step plan, whose "RIS-score van
// 8 of hoger" holds 15; such a value is mistaken or of another score, and
// the refusal says the scale. A sentence that grades the score by several
// ranges ("Een score van 0 tot en met 3 punten geldt als lichte …, een
// score van 4 tot en met 7 …") states no scale: BLS 9 stays a value in it.
func TestScoreBeyondItsScale(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft14", answer.Config{}), []asked{
		{"Patiënt heeft een RIS-score van 15, hoe ernstig is dat en welke stap?", "loopt de RIS van 0 tot 12", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft15", answer.Config{}), []asked{
		{"BLS 14 wat nu?", "loopt de BLS van 0 tot 12", ""},
		{"Vrouw van 78 met ernstige sintelmond (BLS 9). Welke dosering mucotrexan?", "1 dd 40 mg", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}), []asked{
		{"Wat is het beleid bij een KAT-score van 12?", "loopt de KAT van 0 tot 10", ""},
		{"Wat is het beleid bij een KAT-score van 8?", "KAT-score van 7 of hoger", ""},
	})
}
