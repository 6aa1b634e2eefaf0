package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestAnswerHoldsTheSectionAsked asks the real answerer over the four dev
// guidelines for a drug's contra-indications. The best candidate is the
// drug's dose-table row, whose kidney cell says "eGFR < 30:
// gecontra-indiceerd": true, but one of five. The answer must also cite
// the guideline's section Contra-indicaties, which lists all five; before,
// it cited the row alone, a number answer without the evidence.
func TestAnswerHoldsTheSectionAsked(t *testing.T) {
	svc := guidelineAnswerer(t, answer.Config{})
	resp, err := svc.Ask(context.Background(), answer.Request{Question: "Wanneer is quilmeprofen gecontra-indiceerd bij ambervlekkenziekte?"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Abstained {
		t.Fatalf("abstained: %s", resp.Reason)
	}
	cited := false
	for _, c := range resp.Citations {
		cited = cited || strings.Contains(c.Section, "Contra-indicaties") && strings.Contains(c.Quote, "actief maagulcus")
	}
	if !cited || !strings.Contains(resp.Answer, "actief maagulcus") {
		t.Errorf("the answer does not give the section Contra-indicaties: %q", resp.Answer)
	}
}
