package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// TestAmountOfAnUnknownDrugIsRefused asks the real answerer over FT-28,
// which never names paracetamol. "Hoeveel paracetamol mag een
// volwassene maximaal per dag?" was answered (0.98) with cinotaxel's
// dose for adults: one word no source names was not enough to refuse,
// and the word "hoeveel" asks the amount of was no slot. It is now
// (answer subjectSlots, amountOf), before a modal or a verb of giving,
// and the refusal names it.
func TestAmountOfAnUnknownDrugIsRefused(t *testing.T) {
	svc := registryAnswerer(t, "../../testdata/heldout/ft28", answer.Config{})
	resp, err := svc.Ask(context.Background(), answer.Request{Question: "Hoeveel paracetamol mag een volwassene maximaal per dag?"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Abstained || !strings.Contains(resp.Answer, "‘paracetamol’") {
		t.Errorf("answered %q (abstained %v), want a refusal naming paracetamol", resp.Answer, resp.Abstained)
	}
	askAll(t, svc, []asked{
		{"Hoeveel pelantrol mag een volwassene maximaal per dag?", "Maximale dosis: 750 mg per dag", ""},
	})
}
