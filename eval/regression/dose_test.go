package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

// TestHowMuchAPatientGetsIsADose asks the real answerer over FT-07 (a
// held-out guideline: drugs doses by population in the columns of one
// table, hydrolan by body weight in another) how much of a drug a patient
// gets, in the words a clinician uses ("krijgt", not "geef ik"). Before
// the rule these were amount questions, answered with the incidence
// sentence ("bij kinderen jonger dan 5 jaar is dat 31 per 1000"), whose
// age range holds the child's: numbers, for a dose, from no dose at all.
// The amount of a substance a patient gets is a dose (receivesSubstance),
// and so is "hoeveel" of a drug the corpus's tables dose in a column
// (countsSubject).
func TestHowMuchAPatientGetsIsADose(t *testing.T) {
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	searcher := &retrieval.HybridSearcher{Store: openRegistryStore(t, "../../testdata/heldout/ft07", ""), Embedder: embed.NewLocal(embed.DefaultDim), Analyzer: an}
	svc := answer.New(answer.Config{Analyzer: an}, searcher, nil)
	for _, tt := range []struct {
		question string
		want     string // in the answer; "" for a refusal
	}{
		{"Hoeveel hydrolan krijgt een kind van 12 kilo?", "700–1000 ml"},
		{"Hoeveel motrexide krijgt een volwassene?", "8 mg eenmalig"},
		{"Hoeveel cefaloxine krijgt een kind van 3 jaar?", "20 mg/kg/dag"},
		{"Hoeveel cefaloxine krijgt een kind van 18 maanden?", ""}, // the table doses children from 2 years
	} {
		resp, err := svc.Ask(context.Background(), answer.Request{Question: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.Contains(resp.Answer, "per 1000"):
			t.Errorf("%q: answered with the incidence: %q", tt.question, resp.Answer)
		case tt.want == "" && !resp.Abstained:
			t.Errorf("%q: answered %q, want a refusal", tt.question, resp.Answer)
		case tt.want != "" && !strings.Contains(resp.Answer, tt.want):
			t.Errorf("%q: answered %q (abstained %v), want %q in it", tt.question, resp.Answer, resp.Abstained, tt.want)
		}
	}
}
