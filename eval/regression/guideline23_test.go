package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api/redact"
)

// TestChildrensRangeEndsAtAdulthood asks the real answerer over FT-23
// (Apache FOP), whose dose table has a row "Kinderen vanaf 12 jaar" beside
// "Ouderen ≥ 75 jaar" for each drug. "vanaf 12 jaar" had been read open
// upward, so a patient of 82 got the children's "1 dd 80 mg" telmaxidine
// and a 77-year-old the children's "1 dd 100 mg" frabenozol, the worst
// error there is. A children's range written open upward ends at
// adulthood (answer childrenBefore); "Kinderen jonger dan 12 jaar" and
// "Volwassenen en kinderen vanaf 12 jaar" are read as before.
func TestChildrensRangeEndsAtAdulthood(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft23", answer.Config{}), []asked{
		{"Met welke dosis telmaxidine begin ik bij een patiënt van 82 jaar?", "Populatie: Ouderen ≥ 75 jaar · Dosering: start 1 dd 40 mg", "Kinderen vanaf 12 jaar"},
		{"Dosering frabenozol bij een 77-jarige?", "Populatie: Ouderen ≥ 75 jaar · Dosering: 1 dd 150 mg", "Kinderen vanaf 12 jaar"},
		{"frabenozol 15 jaar", "Populatie: Kinderen vanaf 12 jaar · Dosering: 1 dd 100 mg", ""},
	})
}

// TestAgeSetApartByCommas asks the real answerer over FT-23 of a patient
// whose age stands between commas after a name ("Meneer Jansen, 79 jaar,
// …", of which the name's redaction leaves ", 79 jaar, …"): "79 jaar" had
// been read as a length of time, and the question was refused as one
// that does not say for whom (answer agedNumber). A row that withholds the
// drug for another of the patient's values answers whether it may be
// given at any age (answer ageUnspoken).
func TestAgeSetApartByCommas(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft23", answer.Config{Redact: redact.New().String}), []asked{
		{"Meneer Jansen, 79 jaar, heeft matige hagelpols. Hoeveel corvadimol?", "Populatie: Ouderen ≥ 75 jaar · Dosering: 1 dd 25 mg", ""},
		{"Mevrouw de Vries, 81 jaar, eGFR 25: kan ze corvadimol krijgen?", "Populatie: eGFR < 30 ml/min · Dosering: niet gebruiken", ""},
	})
}

// TestNoDruglessSentenceForTheNextDrug asks the real answerer over FT-23,
// whose side effects stand per drug in paragraphs that FOP sets 4 pt
// apart, read as one: "Corvadimol geeft … sufheid …. Adviseer in de
// eerste 3 dagen van de kuur niet auto te rijden. Telmaxidine geeft vaak
// hoofdpijn …". "Mag je autorijden als je telmaxidine gebruikt?" got the
// driving advice joined to telmaxidine's sentence: a sentence that names
// no drug goes on from the one before it, corvadimol's (answer
// continuesOther).
func TestNoDruglessSentenceForTheNextDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft23", answer.Config{}), []asked{
		{"Mag je autorijden als je telmaxidine gebruikt?", "", ""},
		{"Mag je autorijden als je corvadimol gebruikt?", "niet auto te rijden", ""},
	})
}
