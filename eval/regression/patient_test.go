package regression

import (
	"context"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api/redact"
)

// TestPatientDetailsAnswerLikeTheQuestion asks the real answerer over the
// four dev guidelines a question about one patient in three forms: with
// the patient as "een vrouw", with her name and BSN (which the service
// redacts), and without either. The words for the patient and her details
// are who the advice is for, not what the guideline must say: the three
// get the same answer, the first trimester's contra-indication, and no
// answer or reason repeats the details.
func TestPatientDetailsAnswerLikeTheQuestion(t *testing.T) {
	svc := guidelineAnswerer(t, answer.Config{Redact: redact.New().String})
	var answers []string
	for _, q := range []string{
		"Mag ik tarvomycine geven aan een vrouw die 10 weken zwanger is?",
		"Mevrouw Jansen (BSN 111222333) is 10 weken zwanger: mag ik tarvomycine geven?",
		"Is 10 weken zwanger: mag ik tarvomycine geven?",
	} {
		resp, err := svc.Ask(context.Background(), answer.Request{Question: q})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Abstained || !strings.Contains(resp.Answer, "eerste trimester") {
			t.Errorf("%q: abstained %v (%q), answer %q; want the first trimester's contra-indication", q, resp.Abstained, resp.Reason, resp.Answer)
		}
		for _, detail := range []string{"Jansen", "111222333"} {
			if strings.Contains(resp.Answer+resp.Reason, detail) {
				t.Errorf("%q: the answer or reason repeats %q", q, detail)
			}
		}
		answers = append(answers, resp.Answer)
	}
	if answers[0] != answers[1] || answers[1] != answers[2] {
		t.Errorf("the forms got different answers:\n%q\n%q\n%q", answers[0], answers[1], answers[2])
	}
}

// TestShareAmongTheAgeGroupAsked asks the real answerer over the held-out
// FT-05 how often a complication occurs among patients of an age group.
// "70-plussers" is an age (70 years or older), which the guideline's
// "patiënten ouder dan 70 jaar" meets; before it was read as a word the
// guideline lacks, and the question was refused (0.63). A share of another
// complication is no answer: "leverontsteking" beside a "nierfunctie"
// names no nierontsteking, and before it did, with "ouder dan 70 jaar"
// that share was the answer to a question about the kidneys.
func TestShareAmongTheAgeGroupAsked(t *testing.T) {
	askAll(t, registryAnswerer(t, "../../testdata/heldout", answer.Config{}), []asked{
		{"Hoe vaak krijgen 70-plussers met kwelderkoorts een leverontsteking?", "ouder dan 70 jaar is dat 11%", ""},
		{"Hoe vaak krijgen 70-plussers met kwelderkoorts een nierontsteking?", "", ""},
		{"Hoe vaak krijgen patiënten ouder dan 70 jaar met kwelderkoorts een nierontsteking?", "", ""},
		{"Hoe vaak krijgen 70-plussers met kwelderkoorts een longontsteking?", "", ""},
	})
}
