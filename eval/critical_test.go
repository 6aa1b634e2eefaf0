package eval

import (
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

// answerCiting is an answer of one sentence citing p, with passages retrieved.
func answerCiting(text string, p bronwijzer.Passage, retrieved ...bronwijzer.Passage) *answer.Response {
	return &answer.Response{Answer: text,
		Sentences: []answer.Sentence{{Text: text, Citations: []int{1}}},
		Citations: []answer.Citation{cite(1, p)}, Passages: retrieved}
}

func TestCriticalOf(t *testing.T) {
	dose := tableQuestion // evidence "12 mg/kg/dag in 2 giften" in document g
	unanswerable := Question{ID: "u", Question: "Wat kost het?", Answerable: false}
	tests := []struct {
		name     string
		q        Question
		resp     *answer.Response
		wantKind string // "" means not critical
		wantWhy  string
	}{
		{"answer to an unanswerable question", unanswerable,
			answerCiting("Het kost niets [1].", pA, pA), CriticalAnswered, "had moeten weigeren"},
		{"refusal of an unanswerable question", unanswerable,
			&answer.Response{Abstained: true, Reason: "Geen bron."}, "", ""},
		{"dose citing a passage without the evidence", dose,
			answerCiting("Geef 8 mg/kg 3 dd [1].", pB, pB, pColumn), CriticalNumber, "noemt 8, 3 terwijl"},
		{"dose citing the evidence", dose,
			answerCiting("Geef 12 mg/kg/dag in 2 giften [1].", pRow, pRow), "", ""},
		{"number citing a passage that was not retrieved", dose,
			answerCiting("Geef 12 mg/kg/dag in 2 giften [1].", pRow, pB), CriticalNumber, "noemt 12, 2 terwijl"},
		{"no number, no evidence", dose,
			answerCiting("Overleg met de apotheker [1].", pB, pB), "", ""},
		{"citation marker is not a number", dose,
			answerCiting("Overleg met de apotheker [12].", pB, pB), "", ""},
		{"number in the answer field without sentences", dose,
			&answer.Response{Answer: "Geef 5 mg [1].", Citations: []answer.Citation{cite(1, pB)}, Passages: []bronwijzer.Passage{pB}},
			CriticalNumber, "noemt 5 terwijl"},
		{"many numbers are cut short", dose,
			answerCiting("1, 2, 3, 4, 5 en 6 mg [1].", pB, pB), CriticalNumber, "noemt 1, 2, 3, 4, 5, … terwijl"},
		{"failed request", dose, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CriticalOf(tt.q, tt.resp)
			switch {
			case tt.wantKind == "" && got != nil:
				t.Errorf("CriticalOf = %+v, want none", got)
			case tt.wantKind != "" && got == nil:
				t.Errorf("CriticalOf = nil, want %s", tt.wantKind)
			case got != nil && (got.Kind != tt.wantKind || !strings.Contains(got.Why, tt.wantWhy)):
				t.Errorf("CriticalOf = %+v, want kind %s and why containing %q", got, tt.wantKind, tt.wantWhy)
			}
		})
	}
}

// TestScoreAnswerCritical proves the runner's scoring records the
// critical error, the confidence and where the evidence was.
func TestScoreAnswerCritical(t *testing.T) {
	var r Result
	r.ScoreAnswer(tableQuestion, &answer.Response{Answer: "Geef 8 mg/kg [1].",
		Sentences: []answer.Sentence{{Text: "Geef 8 mg/kg [1].", Citations: []int{1}}},
		Citations: []answer.Citation{cite(1, pB)}, Passages: []bronwijzer.Passage{pB, pRow}, Confidence: 0.7})
	if r.Critical == nil || r.Critical.Kind != CriticalNumber {
		t.Errorf("Critical = %+v, want %s", r.Critical, CriticalNumber)
	}
	if r.Confidence == nil || *r.Confidence != 0.7 {
		t.Errorf("Confidence = %v, want 0.7", r.Confidence)
	}
	if r.EvidenceCited == nil || *r.EvidenceCited {
		t.Errorf("EvidenceCited = %v, want false", r.EvidenceCited)
	}
	if r.EvidenceInPassages == nil || !*r.EvidenceInPassages {
		t.Errorf("EvidenceInPassages = %v, want true (pRow was retrieved)", r.EvidenceInPassages)
	}
	if s := Summarize([]Result{r}); s.CriticalErrors != 1 {
		t.Errorf("summary critical_errors = %d, want 1", s.CriticalErrors)
	}
}

func TestCriticalErrorsListed(t *testing.T) {
	rep := &Report{Runs: []Run{
		{Config: Config{Name: "hybrid"}, Results: []Result{
			{ID: "k1"},
			{ID: "u1", Question: "Wat kost het?", Answer: "Niets [1].", Critical: &Critical{Kind: CriticalAnswered, Why: "w"}},
		}},
		{Config: Config{Name: "dense"}, Results: []Result{
			{ID: "t1", Critical: &Critical{Kind: CriticalNumber, Why: "n"}},
		}},
	}}
	got := rep.CriticalErrors()
	if len(got) != 2 || got[0].Config != "hybrid" || got[0].ID != "u1" || got[0].Answer != "Niets [1]." ||
		got[0].Kind != CriticalAnswered || got[1].Config != "dense" || got[1].Kind != CriticalNumber {
		t.Errorf("CriticalErrors = %+v", got)
	}
	if got := (&Report{}).CriticalErrors(); got == nil || len(got) != 0 {
		t.Errorf("no runs: CriticalErrors = %#v, want an empty list (JSON [])", got)
	}
}
