package storetest

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// testEvalRuns is RunAdmin's eval run case: its steps share one store and
// run in order (invalid input leaves it empty for the round trip).
func testEvalRuns(t *testing.T, s AdminStore) {
	t.Run("Invalid", func(t *testing.T) { testEvalRunInvalid(t, s) })
	t.Run("RoundTrip", func(t *testing.T) { testEvalRunRoundTrip(t, s) })
	t.Run("SameTime", func(t *testing.T) { testEvalRunSameTime(t, s) })
}

// evalRun returns a valid run i, i minutes after t0.
func evalRun(i int) admin.EvalRun {
	return admin.EvalRun{
		ID:            fmt.Sprintf("20260304T1011%02d-abcd", i),
		CreatedAt:     t0.Add(time.Duration(i) * time.Minute),
		Dataset:       "dev.jsonl",
		DatasetSHA256: admin.FileDigest([]byte(fmt.Sprintf("set %d", i%2))),
		CorpusVersion: "abc123def456",
		Config:        json.RawMessage(`{"mode": "hybrid", "k": 5, "answerer": "extractive"}`),
		Summary:       json.RawMessage(fmt.Sprintf(`{"hit_at_5": 0.8%d, "critical_errors": %d, "aurc": null}`, i, i)),
		Outcomes:      json.RawMessage(fmt.Sprintf(`[{"id": "k001", "hit_rank": %d, "tags": ["é", "tabel"]}, {"id": "u001"}]`, i)),
	}
}

// jsonEqual compares JSON documents as values: PostgreSQL's jsonb keeps
// neither key order nor white space.
var jsonEqual = cmp.Transformer("json", func(m json.RawMessage) any {
	if m == nil {
		return nil
	}
	var v any
	if err := json.Unmarshal(m, &v); err != nil {
		return "invalid JSON: " + string(m)
	}
	return v
})

func testEvalRunRoundTrip(t *testing.T, s AdminStore) {
	ctx := t.Context()
	if runs, err := s.EvalRuns(ctx); err != nil || runs == nil || len(runs) != 0 {
		t.Fatalf("EvalRuns on empty store = %#v, %v; want empty non-nil", runs, err)
	}
	var saved []admin.EvalRun
	for _, i := range []int{1, 3, 2} {
		r := evalRun(i)
		if err := s.SaveEvalRun(ctx, r); err != nil {
			t.Fatalf("SaveEvalRun(%s): %v", r.ID, err)
		}
		saved = append(saved, r)
	}
	dup := evalRun(1)
	dup.Dataset = "other.jsonl"
	wantCode(t, s.SaveEvalRun(ctx, dup), bronwijzer.ECONFLICT, "SaveEvalRun with an existing id")

	got, err := s.EvalRun(ctx, saved[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&saved[1], got, jsonEqual); diff != "" {
		t.Errorf("EvalRun (-want +got):\n%s", diff)
	}
	_, err = s.EvalRun(ctx, "nope")
	wantCode(t, err, bronwijzer.ENOTFOUND, "EvalRun(unknown)")

	list, err := s.EvalRuns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var want []admin.EvalRun
	for _, i := range []int{3, 2, 1} { // newest first, without outcomes
		r := evalRun(i)
		r.Outcomes = nil
		want = append(want, r)
	}
	if diff := cmp.Diff(want, list, jsonEqual); diff != "" {
		t.Errorf("EvalRuns (-want +got):\n%s", diff)
	}
}

// testEvalRunSameTime pins the order of runs saved at the same instant:
// id descending, so the list is stable. It runs after the round trip: the
// two runs are the newest.
func testEvalRunSameTime(t *testing.T, s AdminStore) {
	ctx := t.Context()
	a, b := evalRun(5), evalRun(6)
	b.CreatedAt = a.CreatedAt
	for _, r := range []admin.EvalRun{a, b} {
		if err := s.SaveEvalRun(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.EvalRuns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 2 || list[0].ID != b.ID || list[1].ID != a.ID {
		t.Errorf("EvalRuns at one instant = %v, want %s then %s", runIDs(list), b.ID, a.ID)
	}
}

func runIDs(runs []admin.EvalRun) []string {
	ids := make([]string, len(runs))
	for i, r := range runs {
		ids[i] = r.ID
	}
	return ids
}

func testEvalRunInvalid(t *testing.T, s AdminStore) {
	tests := []struct {
		name   string
		change func(r *admin.EvalRun)
	}{
		{"empty id", func(r *admin.EvalRun) { r.ID = "" }},
		{"long id", func(r *admin.EvalRun) { r.ID = string(make([]byte, 65)) }},
		{"no created_at", func(r *admin.EvalRun) { r.CreatedAt = time.Time{} }},
		{"no dataset", func(r *admin.EvalRun) { r.Dataset = "" }},
		{"bad digest", func(r *admin.EvalRun) { r.DatasetSHA256 = "ABC" }},
		{"config not JSON", func(r *admin.EvalRun) { r.Config = json.RawMessage(`{"mode":`) }},
		{"config an array", func(r *admin.EvalRun) { r.Config = json.RawMessage(`[]`) }},
		{"no summary", func(r *admin.EvalRun) { r.Summary = nil }},
		{"outcomes an object", func(r *admin.EvalRun) { r.Outcomes = json.RawMessage(`{}`) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := evalRun(4)
			tt.change(&r)
			wantCode(t, s.SaveEvalRun(t.Context(), r), bronwijzer.EINVALID, "SaveEvalRun")
		})
	}
	if runs, err := s.EvalRuns(t.Context()); err != nil || len(runs) != 0 {
		t.Errorf("invalid runs were stored: %v, %v", runIDs(runs), err)
	}
}
