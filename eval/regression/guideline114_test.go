package regression

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestScoreNamedByItsLongForm asks the real answerer over groff mom's
// FT-114, whose score tables stand under the heading "Kempen-puntscore"
// and whose text speaks of the "KPS" it defines once: a question that
// gives a KPS value is about the rows under that heading, which name the
// score only by the long form (q.spelled, as retrieval/abbrev learns it).
// The criterion's row had been refused: its text and context did not
// count as naming "KPS".
func TestScoreNamedByItsLongForm(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft114", answer.Config{}), []asked{
		{"Hoeveel punten krijgt een blaffende hoest van 10 dagen in de KPS?", "Blaffende hoest die 7 dagen of langer bestaat · Punten: 2", ""},
		{"Hoe groot is de kans op dommelhoest bij een KPS van 4?", "3–4 punten: intermediaire kans", ""},
		{"KPS 6, wat nu?", "≥ 5 punten: hoge kans", ""},
	})
}

// TestGradeOfTheScoreAsked asks the real answerer over nbconvert's FT-105
// and HTMLDOC's FT-88 for what a score's value means: the grade that holds
// the value is the row the question points at (rowMiss), and it names its
// score by its heading or caption. The questions had been answered without
// the grade or refused.
func TestGradeOfTheScoreAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft105", answer.Config{}), []asked{
		{"Wat te doen bij een BRASEM-score van 6?", "Score: 5-7 punten", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft88", answer.Config{}), []asked{
		{"BRAKS-score 4, wat betekent dat?", "3-4 punten: matig", ""},
	})
}

// TestScoreGradedByARow asks the real answerer over Hexo's FT-113 and
// HonKit's FT-108, whose grades of a score are table rows keyed by a
// range alone ("Totaalscore: 2 of 3 · Kans op bremkoorts: intermediair
// · Beleid: …" under the lead-in "Interpretatie van de totaalscore",
// "VRK-score: 5 of hoger · …"): the row's first cell grades the score its
// header, caption or heading names (rowGrade), holds a BREM-score of 3
// and no other. The questions had been refused ("Alleen een tabelrij
// over ‘’ noemt de woorden van de vraag").
func TestScoreGradedByARow(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft113", answer.Config{}), []asked{
		{"BREM-score 3, wat nu?", "Totaalscore: 2 of 3", "1 of lager"},
		{"BREM-score 1 beleid", "Totaalscore: 1 of lager", "2 of 3"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft108", answer.Config{}), []asked{
		{"VRK-score 6 beleid", "VRK-score: 5 of hoger", ""},
		{"Patient met VRK-score 2, wat is het beleid?", "VRK-score: 0 tot en met 2", ""},
	})
}

// TestScoreValueDescribesNoDrug asks the real answerer over VitePress's
// FT-107 and plain TeX's FT-116 which drug and dose a pregnant woman gets
// whose score the question gives ("MERL-score 6", "PLOOI-score 7"): the
// score says what the patient has, as an age does, not which drug
// (undescribed), and the row of the drug for the first trimester
// answers. The rows had been refused as the dose of a drug the question
// described otherwise.
func TestScoreValueDescribesNoDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft107", answer.Config{}), []asked{
		{"Vrouw, 31 jaar, 10 weken zwanger, MERL-score 6. Welk middel en welke dosering?", "Eerste keus in het eerste trimester", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft116", answer.Config{}), []asked{
		{"Vrouw van 26, 10 weken zwanger, PLOOI-score 7. Welk middel en welke dosering?", "Middel: brodaxim · Populatie: zwangerschap 1e trimester", ""},
	})
}

// TestPopulationBesideTheCellsAsked asks the real answerer over AbiWord's
// FT-122 and pandoc's FT-119 for cells of a dose row beside its drug:
// the row's population column stays beside the cells asked, so the value
// rules read it and the answer says whom it is for. "Middel: kordapix
// (kinderen) · Dosering: 60 mg 2 dd", the row for children of 2 to 6, had
// been the dose for a child of 1 and for one of 14, and "Middel:
// tirabuzol · Dosering: niet gebruiken; kies pelmocilline", the third
// trimester's, read as general advice.
func TestPopulationBesideTheCellsAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft122", answer.Config{}), []asked{
		{"kordapix dosering kind van 1 jaar", "Patiëntgroep: Kinderen 3 maanden tot 2 jaar · Dosering: 5 mg/kg 2 dd", "60 mg 2 dd"},
		{"kordapix dosering kind 14 jaar", "", "60 mg 2 dd"},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft119", answer.Config{}), []asked{
		{"Wanneer kies ik tirabuzol in plaats van pelmocilline?", "", "Middel: tirabuzol · Dosering"},
	})
	// a row keyed by its population under its drug's caption has it: a
	// note that names adults ("Opmerking: als volwassenen") is none
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft60", answer.Config{}), []asked{
		{"pexocilline dosering 14-jarige", "Populatie: Kinderen ≥ 12 jaar · Dosering: 400 mg 3 dd", ""},
	})
}

// TestRowWithoutItsDrug asks the real answerer over Gnumeric's FT-126,
// whose dose table names each drug once in a cell merged over its rows,
// printed in the middle of them and read with none: a row keyed by a
// population whose drug neither a cell nor the caption gives is no row of
// a drug its remark names ("Volwassenen · 1 g 3 dd 5 dagen 3 g/dag ·
// Alleen bij overgevoeligheid voor dravoxine en melcitrol", sarpanide's).
// It had been dravoxine's dose for adults and for a man of 78.
func TestRowWithoutItsDrug(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft126", answer.Config{}), []asked{
		{"Wat is de dosering dravoxine bij volwassenen met slootkantkoorts?", "", "1 g 3 dd"},
		{"Man van 78 jaar met slootkantkoorts, welke dosering dravoxine?", "", "1 g 3 dd"},
	})
}

// TestScorePointsAsked asks the real answerer over groff me's FT-121 and
// rst2pdf's FT-118 how many points a criterion gives: "Hoeveel punten
// geven …" counts points, no dose (a count of another noun after
// "hoeveel"), and "Punten: -1" gives a count, a negative one. The
// questions had been refused ("De bronnen noemen geen dosering").
func TestScorePointsAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft121", answer.Config{}), []asked{
		{"Hoeveel punten geven honinggele korsten in de Wilgenroos-Ernstscore?", "Honinggele korsten (secundaire impetiginisatie) · Punten: 2", ""},
	})
	askAll(t, registryAnswerer(t, "../../testdata/heldout/ft118", answer.Config{}), []asked{
		{"Hoeveel punten telt hoesten in de Distelscore?", "Hoesten aanwezig · Punten: -1", ""},
	})
}
