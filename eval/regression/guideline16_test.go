package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestWordHyphenatedAtThePageFoot asks the real answerer over the held-out
// FT-16 (testdata/heldout/ft16), printed by Chromium in two columns, whose
// page 2 ends in "Dervomycine is gecontra-" and page 3 goes on with
// "indiceerd tijdens de gehele zwangerschap.". The passage held the two
// halves as two paragraphs, and "Is dervomycine gecontra-indiceerd
// tijdens de zwangerschap?" was refused; the word is joined again, with
// its hyphen, which the document writes elsewhere (ingest/chunk
// joinPieces).
func TestWordHyphenatedAtThePageFoot(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft16", answer.Config{}), []asked{
		{"Is dervomycine gecontra-indiceerd tijdens de zwangerschap?", "Dervomycine is gecontra-indiceerd tijdens de gehele zwangerschap", ""},
		{"dervomycine zwangerschap", "gecontra-indiceerd tijdens de gehele zwangerschap", ""},
	})
}

// TestConditionAskedOfADrug asks the real answerer over FT-16 and FT-13
// whether a drug may be given at a condition ("bij myasthenia gravis"): a
// yes/no answer must name the condition, as it names what a drug is
// combined with. "Is dervomycine gecontra-indiceerd bij myasthenia
// gravis?" was answered with "Gebruik dervomycine niet bij ernstige
// leverfunctiestoornissen" (myasthenia gravis is graveloxine's
// contra-indication).
func TestConditionAskedOfADrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft16", answer.Config{}), []asked{
		{"Is dervomycine gecontra-indiceerd bij myasthenia gravis?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Mag pedolimast bij epilepsie?", "epilepsie", ""},
	})
}

// TestMeasureAskedIsNamed asks the real answerer for a threshold of a
// measure the guideline does not use: "Bij welk leukocytengetal moet ik bij
// turfkoorts antibiotica starten?" (FT-16) was answered with the CRP
// thresholds, "Bij welke lithiumspiegel moet mucotrexan gestopt worden?"
// (FT-15) with the advice to measure the level. A "-getal", "-spiegel",
// "-frequentie" is a measured value, as a "-waarde" or a "-score" is: the
// answer must name it (measureSuffixes). "Bestaat dervomycine als drank
// …?" was answered with the capsule's row: a row for another form is
// another preparation, whatever the question asks of it.
func TestMeasureAskedIsNamed(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft16", answer.Config{}), []asked{
		{"Bij welk leukocytengetal moet ik bij turfkoorts antibiotica starten?", "", ""},
		{"Bestaat dervomycine als drank voor kinderen die geen capsules kunnen slikken?", "", ""},
		{"Bij welke CRP-waarde start ik antibiotica bij turfkoorts?", "CRP van 20 tot en met 100 mg/l", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft15", answer.Config{}), []asked{
		{"Bij welke lithiumspiegel moet mucotrexan gestopt worden?", "", ""},
	})
}
