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
		// a short form in mixed case ("QTc boven 470 ms"): the footnote on
		// the liver glued to the contra-indications is no answer
		{"Mag corvalumide bij een QTc van 480 ms?", "", "lever"},
		// "precies" says how exactly the value is given, no word to find
		{"Welke dosis mytilaxol bij een eGFR van precies 30?", "eGFR 30–59", ""},
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
		// the row's key is its population, whatever a cell of it says
		// ("Kinderen 2–11 jaar · Squamotril: vanaf 6 jaar 1 dd 10 mg")
		{"Wat is de dosering squamotril bij jongeren van 12 tot 17 jaar?", "", "Kinderen 2–11 jaar"},
	})
}

// TestWhatThePatientUses asks the real answerer over FT-13, FT-06 and
// FT-12 about a patient who uses a drug, said in a sentence of its own
// ("Patiënt gebruikt temazepam. Mag squamotril?"): what the patient uses
// is what the question is about too, an object a yes/no question's answer
// must name, and one the sources must know. Such questions were answered
// with the pregnancy paragraph, and "… gebruikt simvastatine. Kan ik
// krustavine geven?" with "Geef krustavine bij een KEI van 8 of meer",
// where simvastatine is a contra-indication of krustavine.
func TestWhatThePatientUses(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Patiënt gebruikt temazepam. Mag squamotril?", "", ""},
		{"Patiënt gebruikt atorvastatine, mag krustavine?", "", ""},
		{"Man van 55 met KEI 10 gebruikt simvastatine. Kan ik krustavine geven?", "", "Geef krustavine bij een KEI van 8"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft06", answer.Config{}), []asked{
		{"Patiënt gebruikt temazepam. Mag kordipram?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"Patiënt gebruikt fenprocoumon en start mytilaxol. Wanneer controleer ik de INR?", "", ""},
	})
}

// TestRowNamesWhatTheQuestionHasWith asks the real answerer over FT-06,
// FT-13 and FT-12 questions that name what the patient has or the drug
// asked with "met": a table row speaks of its drug and population only,
// and answers no such question but a dose's without naming it. "Patiënt
// met astma heeft profylaxe nodig. Welk middel?" got triversan's row
// (gecontra-indiceerd bij astma) and sumalidine's, "Wat is de maximale
// behandelduur met ceravuline-zalf bij een kind van 5 jaar?" krustavine's
// row for children. And a dose row defines no term: "Wat betekent eGFR?"
// got two dose rows for an eGFR range.
func TestRowNamesWhatTheQuestionHasWith(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft06", answer.Config{}), []asked{
		{"Patiënt met astma heeft profylaxe nodig. Welk middel?", "", "Middel: triversan"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Wat is de maximale behandelduur met ceravuline-zalf bij een kind van 5 jaar?", "", "Krustavine:"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"Wat betekent eGFR?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/guidelines", answer.Config{}), []asked{
		{"Wanneer noem je ambervlekkenziekte bevestigd?", "Bevestigd", ""}, // a table of categories defines
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

// TestShorthandAndTelegramStyle asks the real answerer over FT-05 and
// FT-09 questions typed as clinicians type them: "volw", "zw", "4jr" are
// written out as the sources write them (expandShorthand), and "… mag dat"
// at the end asks permission as "Mag …?" does. "hoe lang dorvaxine volw"
// was refused ("De bronnen behandelen ‘volw’ niet."), "vitrexa zw mag dat"
// answered with the advice for an allergy to vitrexa, and "prelamycine
// borstvoeding mag dat" with the advice for a pregnant woman.
func TestShorthandAndTelegramStyle(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"hoe lang dorvaxine volw", "gedurende 7 dagen", ""},
		{"dorvaxine kind 4jr", "30 mg/kg/dag", ""},
		{"prelamycine borstvoeding mag dat", "", "zwangere"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft09", answer.Config{}), []asked{
		{"vitrexa zw mag dat", "tijdens de zwangerschap", "allergie"},
	})
	// the dose word of a question typed as a few words is the kind of
	// answer, not a word the sources must use: FT-05 never writes
	// "dosering", and "dorvaxine dosering kind" was refused
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"dorvaxine dosering kind", "30 mg/kg/dag", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft10", answer.Config{}), []asked{
		{"pentavir kind 8 jaar dosis", "Kinderen 2–12 jaar", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft08", answer.Config{}), []asked{
		{"dopravine dosering kind", "", ""},
	})
}

// TestUseOfTheDrugAsked asks the real answerer over the dev guidelines
// about korvidine, which FT-02 doses in two rows of its own, one for an
// attack and one for prophylaxis: a question that names neither use does
// not say which dose it asks for, and is told so; one that names a use
// ("aanval", or the compound "aanvalsprofylaxe", a prophylaxis) gets its
// row. "korvidine eGFR 40" got the prophylaxis row alone (ruleVariant).
func TestUseOfTheDrugAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/guidelines", answer.Config{}), []asked{
		{"korvidine eGFR 40", "", ""},
		{"Welke dosis korvidine bij een acute aanval?", "korvidine (aanval)", ""},
		{"Hoeveel korvidine als aanvalsprofylaxe bij een eGFR van 40?", "korvidine (profylaxe)", "korvidine (aanval)"},
	})
}

// TestFormAndStrengthAsked asks the real answerer over FT-13, FT-08, FT-06
// and the dev guidelines for a form or strength the guideline does not
// have: a dose row names its drug's forms in its first cell, and a
// percentage after a form is the preparation's strength, which the
// passage must state. "Wat is de dosering somnarol drank?" got the row of
// somnarol's tablet, "Ceravuline-zalf 5% dosering?" the 3% ointment's.
func TestFormAndStrengthAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Ceravuline-zalf 5% dosering?", "", ""},
		{"ceravuline-zalf 3% dosering", "tweemaal per dag", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft08", answer.Config{}), []asked{
		{"Wat is de dosering somnarol drank?", "", ""},
		{"somnarol tablet dosering", "1 dd 0,1 mg", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft06", answer.Config{}), []asked{
		{"Wat is de dosering van sumalidine als tablet?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/guidelines", answer.Config{}), []asked{
		{"Hoe doseer je tolzarine crème 0,25%?", "", ""},
		{"Een patiënt op nordaxilline ziet donkergele urine; is dat bloed in de urine?", "niet verwarren met hematurie", ""}, // "donkergele" is no gel
	})
}

// TestTwoThingsSideBySide asks the real answerer over FT-12, FT-13 and
// the dev guidelines about an interaction of a drug with one the
// guideline does not name, the two put side by side ("tussen X en Y", "X
// en Y: …"): both are what the question is about, and a drug no source
// names is refused. "Mytilaxol en warfarine: moet de INR worden
// gecontroleerd?" got the acenocoumarol sentence, "Pedolimast en
// carbamazepine: interactie?" the interactions with rifampicine and
// digoxine.
func TestTwoThingsSideBySide(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft12", answer.Config{}), []asked{
		{"Mytilaxol en warfarine: moet de INR worden gecontroleerd?", "", ""},
		{"Mytilaxol en acenocoumarol: moet de INR worden gecontroleerd?", "controleer de INR 3 dagen na de start", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft13", answer.Config{}), []asked{
		{"Pedolimast en carbamazepine: interactie?", "", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/guidelines", answer.Config{}), []asked{
		{"Is er een interactie tussen velamistat en warfarine?", "", ""},
		{"Is er een interactie tussen velamistat en dravotioprine?", "dravotioprine", ""},
	})
}
