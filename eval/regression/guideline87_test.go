package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestMaximumAskedFromTheRowThatStatesIt asks the real answerer for a
// children's maximum daily dose over FT-87 (HTMLDOC) and FT-90 (Joomla),
// whose dose tables give the heavier children a fixed dose and the
// lighter ones a dose by weight capped per day ("20 mg/kg/dag in 2 giften
// (max. 1000 mg/dag)"). The candidates that state a maximum come first
// for a question that asks one (maximaFirst): the heavier children's row,
// "500 mg 2 dd", had been the answer, a dose from another row.
func TestMaximumAskedFromTheRowThatStatesIt(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft87", answer.Config{}), []asked{
		{"Wat is de maximale dagdosis dorvalimine bij kinderen?", "max. 1000 mg/dag", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft90", answer.Config{}), []asked{
		{"Wat is de maximale dagdosis pelvaxine bij kinderen?", "max. 1000 mg/dag", ""},
	})
}

// TestTrimesterInFigures asks the real answerer about pregnant women over
// dose tables that name the trimesters in figures ("Zwangerschap, 2e en
// 3e trimester", Hugo's FT-89 and PDF::API2's FT-88): a trimester so named
// is a range of weeks (trimesters), so the row for the first trimester is
// none for a woman 28 weeks pregnant, and that for the second and third
// none for one of 10 weeks; both had been given. A row whose dose is for
// the second and third trimester and whose remark reads "niet gebruiken in
// het eerste trimester" (FT-24) still answers for the first: a cell that
// holds the patient's weeks beside the one that excludes them speaks of
// her (heldBeside).
func TestTrimesterInFigures(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft89", answer.Config{}), []asked{
		{"ferolimast zwanger 28 weken", "2e en 3e trimester · Dosering: 250 mg 2 dd", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft88", answer.Config{}), []asked{
		{"Zwangere van 10 weken met BRAKS-score 6: mag ik pelvatrin geven?", "", "2e en 3e trimester"},
		{"pelvatrin zwangerschap 28 weken dosering", "2e en 3e trimester · Dosering: 400 mg", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft24", answer.Config{}), []asked{
		{"Marocetil in het eerste trimester?", "niet gebruiken in het eerste trimester", ""},
	})
}

// TestScoreTotalNotFromACriterion asks the real answerer what a total of
// a score means over FT-87 and FT-90, whose score tables list a
// criterion's points per row ("Criterium: Duinbezoek in de afgelopen 3
// weken · Punten: 2"): such a row of the score's own table says nothing
// of a total unless it grades totals in points ("0-2 punten: …",
// scoreUngraded). "Wat betekent een DUIN-score van 3?" had been answered
// with the row of a criterion.
func TestScoreTotalNotFromACriterion(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft90", answer.Config{}), []asked{
		{"Wat betekent een DUIN-score van 3?", "", "Punten: 2"},
		{"DUIN-score 5, wat nu?", "", "Punten: 2"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft87", answer.Config{}), []asked{
		{"SLUIS-score 4, wat nu?", "", "Punten: 2"},
		{"SLUIS-score 2 punten betekenis", "", "Punten: 2"},
	})
}

// TestGradeIsNoScale asks the real answerer over FT-91 (Qt), whose text
// reads "Bepaal de ernst met de DISTEL-score (0-10 punten); bij een score
// van 0-3 volstaan voorlichting en emolliens": the range after "bij" is a
// grade of the score, not its scale (outsideScale), and a score of 5 or 8
// lies inside the scale. Both questions had been refused with "Volgens de
// bronnen loopt de DISTEL van 0 tot 3".
func TestGradeIsNoScale(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft91", answer.Config{}), []asked{
		{"Welke behandeling bij een DISTEL-score van 5?", "Stap 2 (DISTEL-score 4-6)", ""},
		{"Mevrouw Jansen, 58 jaar, eGFR 24, DISTEL-score 8: mag ik plumidazol voorschrijven?", "gecontra-indiceerd", ""},
	})
}

// TestScaleNoNarrowerThanItsGrades asks the real answerer over FT-96
// (LaTeXML), whose text grades its score "Een score van 0 tot en met 3
// maakt kelderbuik onwaarschijnlijk" beside a score of 4 or more: a scale
// is never narrower than a grade the passages give (outsideScale), and
// "KELBI-score 5" had been refused as outside a scale of 0 to 3.
func TestScaleNoNarrowerThanItsGrades(t *testing.T) {
	svc := registryAnswerer(t, "../../testdata/heldout/ft96", answer.Config{})
	resp, err := svc.Ask(context.Background(), answer.Request{Question: "Zwangere van 20 weken met kelderbuik en KELBI-score 5: kan ostravelin?"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(resp.Answer, "valt daarbuiten") {
		t.Errorf("refused as outside the scale: %q", resp.Answer)
	}
}

// TestStrengthOfAForm asks the real answerer for the strengths of drugs:
// a strength is a dose's amount of a form (strengthWord), which the
// drug's own cell states ("Middel: Tramsolide (oraal, tablet 10 mg en 20
// mg)", FT-31; "Ferandoxil (oraal) tablet 250 mg, drank 25 mg/ml",
// FT-93): the row shows that cell alone, not the dose of its row's
// population. The questions had been refused ("De bronnen noemen
// ‘sterktes’ nergens"). A form the question names must stand in a
// sentence that answers it: "Welke sterkte heeft ostravelin drank?" (a
// form FT-96 does not have) is not answered by the tablets' dose in
// breastfeeding.
func TestStrengthOfAForm(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft31", answer.Config{}), []asked{
		{"In welke sterktes is tramsolide verkrijgbaar?", "tablet 10 mg en 20 mg", "Dosis:"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft93", answer.Config{}), []asked{
		{"Welke sterkte heeft de ferandoxil-drank?", "drank 25 mg/ml", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft96", answer.Config{}), []asked{
		{"Welke sterkte heeft ostravelin drank?", "", ""},
	})
}
