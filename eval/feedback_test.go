package eval

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// exported is a line as bronwijzer feedback export writes it.
func exported(t *testing.T, id string) string {
	t.Helper()
	b, err := MarshalUnreviewed(Question{
		ID: id, Question: "Wat is de dosering bij [NAAM]?", Tags: []string{FeedbackTag, "onvolledig"},
		GivenAnswer:    "Geef 500 mg. [1]",
		GivenCitations: []Evidence{{Document: "richtlijn.pdf", Quote: "500 mg"}},
		Feedback:       &FeedbackNote{AnswerID: "3f9c2a7e5b1d4c8e9a0b6d2f4e8c1a7b", Time: "2026-12-01T10:00:00Z", Rating: "fout", Reason: "onvolledig"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("\n")) {
		t.Fatalf("exported line spans lines: %s", b)
	}
	return string(b)
}

// Lines exported from feedback are refused, by line number, until a
// reviewer sets answerable; a line without answerable that did not come
// from feedback is just missing the field.
func TestLoadDatasetUnreviewedFeedback(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"ok","question":"q","answerable":false}`,
		exported(t, "fb-1"),
		`{"id":"plain","question":"q"}`,
		exported(t, "fb-2"),
	}, "\n")
	_, err := LoadDataset(strings.NewReader(in))
	var de *DatasetError
	if !errors.As(err, &de) {
		t.Fatalf("LoadDataset = %v, want a *DatasetError", err)
	}
	if diff := cmp.Diff([]int{2, 4}, de.Unreviewed); diff != "" {
		t.Errorf("Unreviewed (-want +got):\n%s", diff)
	}
	msg := err.Error()
	for _, want := range []string{
		"2 regels uit feedback zijn nog niet beoordeeld (regels 2, 4; not yet reviewed)",
		"regel 2: nog niet beoordeeld: zet answerable op true",
		`regel 3: veld "answerable" ontbreekt (missing field)`,
		"regel 4: nog niet beoordeeld",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "regel 3: nog niet beoordeeld") {
		t.Errorf("a line without the feedback tag is reported as unreviewed feedback:\n%s", msg)
	}
}

// Once reviewed, an exported line loads with its reviewer's material kept;
// answerable true still needs a reference answer and evidence.
func TestLoadDatasetReviewedFeedback(t *testing.T) {
	line := exported(t, "fb-1")
	refused := strings.Replace(line, `"answerable":null`, `"answerable":false`, 1)
	qs, err := LoadDataset(strings.NewReader(refused))
	if err != nil {
		t.Fatalf("reviewed as unanswerable: %v", err)
	}
	q := qs[0]
	if q.Answerable || q.GivenAnswer != "Geef 500 mg. [1]" || len(q.GivenCitations) != 1 || q.Feedback == nil || q.Feedback.Reason != "onvolledig" {
		t.Errorf("loaded %+v", q)
	}
	answerableNoRef := strings.Replace(line, `"answerable":null`, `"answerable":true`, 1)
	if _, err := LoadDataset(strings.NewReader(answerableNoRef)); err == nil || !strings.Contains(err.Error(), "reference_answer is leeg") {
		t.Errorf("answerable without reference answer: %v", err)
	}
	answerable := strings.NewReplacer(`"answerable":null`, `"answerable":true`,
		`"reference_answer":""`, `"reference_answer":"500 mg, bij kinderen 250 mg."`,
		`"evidence":[]`, `"evidence":[{"document":"richtlijn.pdf","quote":"500 mg"}]`).Replace(line)
	if qs, err := LoadDataset(strings.NewReader(answerable)); err != nil || !qs[0].Answerable || len(qs[0].Evidence) != 1 {
		t.Errorf("reviewed as answerable: %+v, %v", qs, err)
	}
}
