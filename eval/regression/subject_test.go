package regression

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// TestNoAnswerFromAnotherSubjectsRow asks every question of the guideline
// set that names the drug or table it is about (the dataset's subject) of the
// real extractive answerer over the four dev guidelines, and fails when an
// answer cites a table row whose first cell, what the row is about, names
// another subject: the dose of another drug, the worst error there is.
func TestNoAnswerFromAnotherSubjectsRow(t *testing.T) {
	ctx := context.Background()
	svc := guidelineAnswerer(t, answer.Config{})
	qs := load(t, guidelineSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	asked := 0
	for _, q := range qs {
		if q.Subject == "" || !strings.Contains(strings.ToLower(q.Question), strings.ToLower(q.Subject)) {
			continue // only a question that names its subject can be held to it
		}
		asked++
		resp, err := svc.Ask(ctx, answer.Request{Question: q.Question})
		if err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		for _, c := range resp.Citations {
			p := resp.Passages[c.N-1]
			if p.Kind != bronwijzer.KindTableRow {
				continue
			}
			// A score table's question names the table ("beslisregel"), a
			// dose question the drug in the row's first cell.
			first := retrieval.RowSubject(p.Kind, p.Caption, p.Text)
			if !strings.Contains(strings.ToLower(first+" "+p.Caption), strings.ToLower(q.Subject)) {
				t.Errorf("%s (%s): %q cites the row of %q", q.ID, q.Subject, q.Question, first)
			}
		}
	}
	if asked < 30 {
		t.Fatalf("only %d questions name their subject; the guideline set has more", asked)
	}
}
