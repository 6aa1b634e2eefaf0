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
