package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestScoreValueAgainstItsRanges asks the real answerer over the held-out
// FT-13 (testdata/heldout/ft13, groff) and FT-12 about a patient's score or
// laboratory value named by its short form ("KEI 9", "CK van 7000 U/l"),
// which the guidelines grade by ranges ("Bij een KEI van 0 tot 3 …", "een
// CK boven 5000 U/l"): a range that does not hold the value is advice for
// other patients (namedBounds). "Wat is het beleid bij korstvoet met een
// KEI van 5?" was answered with the rule for a KEI of 0 to 3, "KEI 9 wat
// is eerste keus?" with all three, and a KEI of 13, which no range holds,
// with the first. A value in a dose question is the patient's detail: the
// dose row for her eGFR answers, though it names no KEI.
func TestScoreValueAgainstItsRanges(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"KEI 9 wat is eerste keus?", "KEI van 8 of meer is krustavine eerste keus", "KEI van 4 tot 7"},
		{"Wat is het beleid bij een KEI van 13?", "", ""},
		{"Wat is het beleid bij korstvoet met een KEI van 5?", "", "KEI van 0 tot 3"},
		{"Vrouw van 80, eGFR 25, KEI 9. Hoeveel krustavine?", "1 dd 125 mg", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"Patiënt met mosselkramp heeft een CK van 7000 U/l. Wat doe ik?", "CK boven 5000 U/l", ""},
	})
}

// TestAbbreviationListDefines asks the real answerer over FT-13, which
// defines its short forms once in a list of abbreviations set as hanging
// paragraphs ("KEI Korstvoet-Ernstindex: een score van 0 tot 12 punten")
// and uses only the short form after it. "Wat betekent KEI?" was answered
// with the sentences that use the KEI, "Wat betekent de afkorting WVP?"
// refused: an entry that opens with the term as its label defines it
// (labelDefines), a section "Afkortingen" answers what a term means, and
// "afkorting" is the question's word for what it asks. An entry is no
// answer to when something is done ("Wanneer laat ik een plantaire
// schimmelkweek doen …?" got the entries of PSK and KEI).
func TestAbbreviationListDefines(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Wat betekent KEI?", "Korstvoet-Ernstindex: een score van 0 tot 12 punten", "PSK"},
		{"Wat betekent de afkorting WVP?", "Wijkvoetpoli", ""},
		{"Waar staat KEI voor?", "Korstvoet-Ernstindex", ""},
		// a glossary's entry says what a term is, not when: no answer to
		// a question when to order the test
		{"Wanneer laat ik een plantaire schimmelkweek doen bij korstvoet?", "", "PSK plantaire schimmelkweek:"},
		{"Wanneer is er sprake van ernstige korstvoet?", "KEI van 8 of meer", ""},
	})
}

// TestAgeRangeAsked asks the real answerer over FT-13, whose dose table
// has rows for children of 2 to 11 and younger than 2, about children of
// an age range. "van 12 tot 17 jaar" was read as "tot 17 jaar", which the
// row "Kinderen < 2 jaar" meets, and answered with it.
func TestAgeRangeAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Wat is de dosering van krustavine bij kinderen van 12 tot 17 jaar?", "", "Kinderen < 2 jaar"},
		{"Wat is de dosering van krustavine bij kinderen van 2 tot 11 jaar?", "2 dd 7,5 mg/kg", ""},
		{"Hoe vaak komt korstvoet voor bij kinderen van 5 tot 10 jaar?", "", ""},
	})
}

// TestCombinationNamesBoth asks the real answerer over FT-13 whether a
// drug may be combined with another: the answer names the other. "Mag
// pedolimast gecombineerd worden met simvastatine?" was answered with
// pedolimast's interaction with rifampicine (objectUnnamed, for every
// slot of a yes/no question).
func TestCombinationNamesBoth(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Mag pedolimast gecombineerd worden met simvastatine?", "", "Rifampicine"},
		{"Mag krustavine gecombineerd worden met simvastatine?", "simvastatine", ""},
	})
}
