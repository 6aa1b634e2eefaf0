package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestDrugColumnOfATableGroupedByPopulation asks the real answerer over
// FT-221 (WeasyPrint's PDF), whose one dose table groups its rows by
// population under rows across it, each group one row per drug: a row is
// keyed by its group and names its drug in a column of its own
// ("Volwassenen · Middel: tarvoxine · Dosering: 500 mg 2 dd",
// drugColumn). The drug's cell is shown with the dose; without it the
// adults' dose of tarvoxine had been no answer about tarvoxine (refused),
// dorfenamide's row, whose remark reads "bij allergie voor tarvoxine",
// had answered how long to treat with tarvoxine (otherDrugColumn), and a
// man who does not tolerate tarvoxine had got a dose without the drug it
// was of. Now he gets no row of tarvoxine (whatToGive reads the question's
// last sentence, onlyTheDrugAsked the drugs of the column): refused. A
// woman of 84 gets no adults' row of belmadol where the row for "Ouderen >
// 75 jaar" stands (patientsRowCell).
func TestDrugColumnOfATableGroupedByPopulation(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft221", answer.Config{}), []asked{
		{"Wat is de dosering tarvoxine voor een volwassene?", "Middel: tarvoxine · Dosering: 500 mg 2 dd", "dorfenamide"},
		{"Hoe lang behandelt u een volwassene met tarvoxine?", "Duur: 7 dagen", "dorfenamide"},
		{"Man van 45 met mistelhoest verdraagt tarvoxine niet door maag-darmklachten. Wat geeft u en in welke dosering?", "", "Middel: tarvoxine"},
		{"Welk antibioticum bij een allergie voor zowel tarvoxine als dorfenamide?", "", ""},
		{"Mevrouw van 84 slaapt slecht door nachtelijke hoest bij mistelhoest. Hoeveel belmadol?", "", "10 mg 3 dd"},
	})
}

// TestAnotherDrugForTheOneNamed asks the real answerer over FT-141
// (Python-Markdown's page, rows keyed by drug) which drug to give a
// patient allergic to penicillin: the question names what it asks another
// drug for, and the row of trobenazol whose remark reads "Bij
// penicilline-allergie" is its answer (anotherDrugsRow). Read as a row
// that names the question's subject in passing, it had been ruled out.
func TestAnotherDrugForTheOneNamed(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft141", answer.Config{}), []asked{
		{"Een vrouw van 35 jaar met een penicilline-allergie heeft een RIET-score van 5. Welk middel en welke dosering?", "Middel: Trobenazol", ""},
	})
}

// TestFindingOfTheCase asks the real answerer over FT-223 (a site's page
// of collapsible sections) for quermacine's dose in cases that name the
// rapid test's result ("positieve GAST", "GAST positief"): a finding of
// the case that the document names elsewhere is no fact the dose row must
// hold (caseFinding), and the row of the patient's age or eGFR answers.
// Read as facts the rows missed, the tests' names had refused them ("De
// bronnen noemen ‘GAST’ niet in dit verband"). A question which drug to
// give is no one drug's dose: over FT-218 the pregnant woman's "Wat
// schrijf ik voor en in welke dosis?" gets no row of a drug it does not
// name (a cough suppressant's pregnancy row, shown without its drug).
func TestFindingOfTheCase(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft223", answer.Config{}), []asked{
		{"Vrouw van 81 jaar, normale nierfunctie, heeft gortelziekte met positieve GAST. Welke dosering quermacine?", "Dosering: 300 mg 2 dd", ""},
		{"Meneer van 58 jaar, eGFR 42, GAST positief. Hoeveel quermacine?", "Dosering: 400 mg 1 dd", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft218", answer.Config{}), []asked{
		{"Zwangere van 24 weken met duinhoest, DUHES 4, ZAST positief. Wat schrijf ik voor en in welke dosis?", "", "zo nodig 2 dd 15 mg"},
	})
}

// TestCardUnderItsDrugsHeading asks the real answerer over FT-218
// (Chromium's print of CSS grid cards), whose drugs each have a card: a
// heading with the drug's name over a table without a caption, its rows
// keyed by population. The heading names the drug each dosing row is of
// (captionSubject), as a caption would: "kolpemycine eGFR 25" had been
// answered with drevanoxaan's row "eGFR < 30 · gecontra-indiceerd; kies
// kolpemycine", read as a row that names kolpemycine (now refused: the
// terse question reads as one whether it may be given, and kolpemycine's
// own row scores below the threshold). Kolpemycine's own rows still
// answer its doses: the row's subject is what the question names, though
// only the heading says it (slotsUnnamedByRow).
func TestCardUnderItsDrugsHeading(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft218", answer.Config{}), []asked{
		{"kolpemycine eGFR 25", "", "kies kolpemycine"},
		{"Dosering kolpemycine volwassene", "Volwassenen · dag 1: 1 dd 600 mg", ""},
		{"kolpemycine kind 12 kg", "1 dd 10 mg/kg (drank 40 mg/ml)", ""},
		{"drevanoxaan kind 15 kg", "2 dd 15 mg/kg (suspensie 50 mg/ml)", ""},
	})
}

// TestNestedListDoses asks the real answerer over FT-228 (Python-Markdown's
// page), whose doses are lists nested three deep: a drug over a
// population over an age band with its dose. Each item names the items it
// stands under (ingest/extract nestedItemPaths), and its first is the
// item's label (label): a pregnant woman's dose of norvacilline is
// norvacilline's line for all trimesters, not kalvoxidine's "gehele
// zwangerschap: niet gebruiken; geef norvacilline 750 mg 3 dd gedurende 28
// dagen" (the regimen of another indication). The leads below the first
// key the item as a row's key does (itemKey, keyedForOthers): a man of 45
// gets the adults' line alone, no longer the line for an eGFR below 15
// beside it. The key's ranges hold the patient's value or not: "eGFR 15 of
// hoger" is no line for an eGFR of 12 (a level open at one end in words,
// bounds), and a child of 10 kg gets none of the children's lines by age
// (weightAmongAgeRows; it had got the 2–6 years' 250 mg). The dose lines
// stood alone before, no dose of any drug, and were refused.
func TestNestedListDoses(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft228", answer.Config{}), []asked{
		{"Jongen van 8 jaar met VMK, welke dosis norvacilline?", "Norvacilline › Kinderen › 6–12 jaar: 500 mg 3 dd, 10 dagen", ""},
		{"Vrouw van 31, 20 weken zwanger, varenmijtkoorts. Dosering norvacilline?", "Norvacilline › Zwangerschap › alle trimesters: 750 mg 3 dd, 10 dagen", "28 dagen"},
		{"Welke dosering tresomycine bij een volwassene van 45?", "Tresomycine › Volwassenen › 18–69 jaar: dag 1 1000 mg eenmalig", "eGFR < 15"},
		{"tresomycine eGFR 12", "Tresomycine › Nierfunctie › eGFR < 15: dag 1 500 mg", "eGFR 15 of hoger"},
		{"Kind van 10 kg, hoeveel ml norvacilline-drank per keer?", "", ""},
	})
}

// TestElderlyRowUnderAMergedDrugCell asks the real answerer over FT-227
// (Chromium's PDF of a card in three CSS columns), whose dose table
// merges each drug's cell down its rows. A raised note marker in the
// children's row had set the line pitch (ingest/extract pdfSubRows), and
// the rows below it were keyed "eerste keus", without the drug: a woman
// of 78 with a normal kidney function had got the adults' "300 mg 2 dd",
// twice the elderly's dose, as the only row naming pelvanide.
func TestElderlyRowUnderAMergedDrugCell(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft227", answer.Config{}), []asked{
		{"Mevrouw Bakker (78) heeft haverklierkoorts, nierfunctie normaal. Welke dosering pelvanide?", "Groep: Ouderen (≥ 70 jaar) · Dosering: 300 mg 1 dd, 10 dagen", "300 mg 2 dd"},
	})
}

// TestBandsOfADoseCell asks the real answerer over FT-232 (a GitHub-
// flavoured Markdown guideline), whose dose tables stand under a heading
// per population ("#### Kinderen") and dose by bands in one cell, a band
// a line ("3 maanden – 5 jaar: 20 mg/kg/dag in 3 giften<br>6–11 jaar: …").
// The table under the population's heading is theirs (rowCand), the lines
// are parted (ingest/extract brokenLines), and the answer shows the band
// that holds the patient's age, weight or eGFR alone (bandsFor). The
// children's rows had been refused (the cell run together, "vanaf 12
// jaar: als volwassenen" read as advice for adults) or shown without
// their dose (a toddler of 12 kg got the remark beside it alone), and an
// adult's dose question got the children's row before the adults'
// (childrensHeading). A question whose patient's kidneys work normally
// names the kidney function as a population, not as what the row is
// about, whose section path alone names it ("Ouderen en nierfunctie",
// wholePopulation): the elderly's row had been refused as another
// subject's.
func TestBandsOfADoseCell(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft232", answer.Config{}), []asked{
		{"brenoxacilline kind 4 jaar 16 kg", "Dosering: 3 maanden – 5 jaar: 20 mg/kg/dag in 3 giften", "6–11 jaar"},
		{"taluvomycine peuter 12 kg", "Dosering: < 15 kg: 10 mg/kg 1 dd", "15–30 kg"},
		{"Kind van 7 jaar, 22 kg, allergisch voor brenoxacilline: dosering taluvomycine?", "Dosering: 15–30 kg: 150 mg 1 dd", "> 30 kg"},
		{"Brenoxacilline bij een eGFR van 20?", "eGFR 15–29: 500 mg 2 dd", "eGFR 30–59"},
		{"Hoe lang behandel je een kind met brenoxacilline?", "Duur: 7 dagen", ""},
		{"Welke dosering brenoxacilline geeft u een volwassene met kwabaalkoorts?", "Dosering: 750 mg 3 dd", "3 maanden"},
		{"Dosering brenoxacilline bij een 80-jarige met normale nierfunctie?", "Dosering: 75 jaar en ouder: 750 mg 2 dd", ""},
	})
}

// TestEveryDrugsRowOfAPopulation asks the real answerer over FT-221
// (WeasyPrint's PDF of a dose table grouped by population, a row per
// drug: "Zwangerschap en borstvoeding · Middel: quirasept · Dosering: 1e
// trimester: niet gebruiken; 2e en 3e trimester: 100 mg 1 dd"). A pregnant
// woman's question that names no drug gets every drug's row of her
// group (otherDrugsRow), the drug read from the column after the key
// (drugColumn): quirasept's row trimmed to her band (bandsFor) had stood
// alone, tarvoxine's, safe in every trimester, dropped as a near
// duplicate of it.
func TestEveryDrugsRowOfAPopulation(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft221", answer.Config{}), []asked{
		{"Vrouw van 29, 10 weken zwanger, met mistelhoest. Welk middel en welke dosering?", "Middel: tarvoxine · Dosering: 500 mg 2 dd", ""},
	})
}

// TestDrugColumnOfARowForEveryDrug asks the real answerer over FT-230
// (LibreOffice's PDF of a dose table keyed by population, a drug a
// column), whose last rows give each drug's maximum, intake and forms
// ("Patiëntengroep: Maximale dosis · Tarvomycine (eerste keus): 800 mg per
// dag · Pelbrazol (tweede keus): 900 mg per dag · …"). The row shows the
// column of the drug asked (rowCand), and it is not another drug's row
// for being keyed by "Maximale dosis" (otherRowDrug): the maximum had been
// refused, or answered with the adults' dose.
func TestDrugColumnOfARowForEveryDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft230", answer.Config{}), []asked{
		{"Wat is de maximale dagdosis tarvomycine?", "Tarvomycine (eerste keus): 800 mg per dag", "Pelbrazol"},
		{"Hoeveel quindoxaan mag maximaal per dag?", "Quindoxaan (derde keus): 150 mg per dag", "10 dagen"},
	})
}

// TestAdultsRowOfACellThatRefersToIt asks the real answerer over FT-232
// (GitHub-flavoured Markdown, a pipe table per population under "####
// Kinderen" and "#### Volwassenen"), whose children's cell ends "vanaf
// 12 jaar: als volwassenen". A girl of 14 gets that band and the adults'
// row of the same drug beside it (adultsReferred, withAdultsRow): the band
// alone had been refused as no dose (ruleKind), and the adults' row is
// not the answer on its own.
func TestAdultsRowOfACellThatRefersToIt(t *testing.T) {
	ans := registryAnswerer(t, "../../testdata/heldout/ft232", answer.Config{})
	askAll(t, ans, []asked{
		{"Welke dosis brenoxacilline voor een meisje van 14 jaar?", "Dosering: vanaf 12 jaar: als volwassenen", "6–11 jaar"},
		{"Welke dosis brenoxacilline voor een meisje van 14 jaar?", "Dosering: 750 mg 3 dd", "taluvomycine"},
	})
}

// TestDoseOfTheConditionAsAsked asks the real answerer over FT-234
// (headless Chromium's print of a page: the doses per drug in a
// definition list under "5.1 Doseringen per middel", and a table of the
// doses for severe disease under "5.2 Ernstige morvelkoorts: orale en
// intraveneuze dosering"). A question that does not name severe disease
// gets the drug's own line, not the severe table's row (generalFirst):
// the adults' 750 mg 2 dd of the second line had been the answer for an
// adult, and for a girl of 35 kg.
func TestDoseOfTheConditionAsAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft234", answer.Config{}), []asked{
		{"Wat is de dosering dravomycine voor een volwassene met morvelkoorts?", "Volwassenen: 500 mg 2 dd", "750 mg"},
		{"pelastazolide volwassene dosering", "Volwassenen: 200 mg 3 dd", "400 mg"},
		{"dravomycine meisje 35 kg", "Kinderen 30-40 kg: 375 mg 2 dd", "750 mg"},
		{"Welke dosis dravomycine bij ernstige morvelkoorts?", "750 mg", ""},
	})
}

// TestWeightBandOfAnAgeRow asks the real answerer over FT-233
// (LibreOffice's PDF of a dose table keyed by drug and age, each cell
// banding the dose by weight: "Populatie: Kinderen 1-5 jaar · Dosering:
// 10-14 kg: 125 mg 2×/dag …" beside "Kinderen 6-12 jaar · Dosering: 20-29
// kg: …"). A child of 12 kg, no age given, gets the row whose band holds
// the weight (weightAmongAgeRows): the rows' ages had left it unsaid
// which was the child's, and the question had been refused.
func TestWeightBandOfAnAgeRow(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft233", answer.Config{}), []asked{
		{"tarvomycine kind 12 kg", "10-14 kg: 125 mg 2×/dag", "6-12 jaar"},
	})
}

// TestTableKeyedByAMeasure asks the real answerer over FT-235 (groff
// tbl's table of dose adjustments keyed by eGFR, a drug a column:
// "eGFR (ml/min/1,73 m2): 30-59 · velomycine: 500 mg 1× per dag ·
// dorazolide: geen aanpassing · pranoxine: …"). The key is a range of the
// measure its header names (measuredKey): the row is the patient's whose
// value it holds (rowMiss), about no drug of its own (rowSubject), and it
// shows the column of the drug asked (rowCand, the measure's word naming
// no column). Every eGFR question had been refused as another subject's
// row.
func TestTableKeyedByAMeasure(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft235", answer.Config{}), []asked{
		{"velomycine eGFR 45", "30-59 · velomycine: 500 mg 1× per dag", "dorazolide"},
		{"dorazolide eGFR 22", "15-29 · dorazolide: 150 mg 1× per dag", "velomycine"},
		{"Bij eGFR 70, moet velomycine worden aangepast?", "≥ 60 · velomycine: geen aanpassing", "pranoxine"},
	})
}

// TestRowOfTheMeasureFetched asks the real answerer over FT-235 whether a
// drug may be given at an eGFR whose row of the table keyed by eGFR the
// retrieval did not find. The row is fetched as the patient's
// (dosedRow): its key read with its header ("eGFR (ml/min/1,73 m2):
// 15-29", measuredKey), and, asked whether the drug may be given, a
// column that withholds it ("pranoxine: niet gebruiken",
// withheldColumns) counts as the drug's. Both had been refused.
func TestRowOfTheMeasureFetched(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft235", answer.Config{}), []asked{
		{"Mag pranoxine bij een eGFR van 25?", "15-29 · pranoxine: niet gebruiken", "velomycine"},
	})
}

// TestDialysisIsAPopulation asks the real answerer over FT-235, whose
// table keyed by eGFR doses "< 15 of dialyse" apart. A dialysis patient
// is a population of his own (populations), and a compound for the
// patient names what he has (patientOf: "dialysepatiënt" is named where
// "dialyse" is): "Welke dosis velomycine bij dialyse?" had been answered
// with the adults' 500 mg 2× per dag, "Velomycine bij een
// dialysepatiënt?" refused as outside the sources. A question about
// hemodialysis after the session, which the guideline does not treat, is
// still refused; "bij verminderde nierfunctie" names no row's range, and
// the refusal names the row it found as "eGFR ≥ 60", not "≥".
func TestDialysisIsAPopulation(t *testing.T) {
	svc := registryAnswerer(t, "../../testdata/heldout/ft235", answer.Config{})
	askAll(t, svc, []asked{
		{"Welke dosis velomycine bij dialyse?", "< 15 of dialyse · velomycine: 250 mg om de dag", "500 mg"},
		{"Velomycine bij een dialysepatiënt?", "< 15 of dialyse · velomycine: 250 mg om de dag", "500 mg"},
		{"Welke dosering dorazolide bij hemodialyse na de dialyse?", "", ""},
	})
	resp, err := svc.Ask(context.Background(), answer.Request{Question: "velomycine bij verminderde nierfunctie"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained || !strings.Contains(resp.Answer, "‘eGFR ≥ 60’") {
		t.Errorf("answered %q (abstained %v), want a refusal naming ‘eGFR ≥ 60’", resp.Answer, resp.Abstained)
	}
}
