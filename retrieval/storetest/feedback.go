package storetest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// Contract details of feedback pinned beyond the interface comments: a
// feedback judges an answer of the key that gives it (another key's answer
// is not found); replacing keeps one row per answer and key; pruning the
// audit trail removes the feedback on pruned answers.

// auditID is the id of auditRecord(i): fixed, so records compare whole.
func auditID(i int) string { return fmt.Sprintf("%032x", 0xa0d17+i) }

func appendAudits(t *testing.T, s AdminStore, n int) []admin.AuditRecord {
	t.Helper()
	recs := make([]admin.AuditRecord, n)
	for i := range n {
		recs[i] = auditRecord(i)
		if err := s.AppendAudit(t.Context(), recs[i]); err != nil {
			t.Fatalf("AppendAudit(%d): %v", i, err)
		}
	}
	return recs
}

func exportFeedback(t *testing.T, s AdminStore, since time.Time) []admin.FeedbackItem {
	t.Helper()
	var got []admin.FeedbackItem
	if err := s.ExportFeedback(t.Context(), since, func(it admin.FeedbackItem) error {
		got = append(got, it)
		return nil
	}); err != nil {
		t.Fatalf("ExportFeedback: %v", err)
	}
	return got
}

func testAuditID(t *testing.T, s AdminStore) {
	ctx := t.Context()
	r := auditRecord(1)
	r.ID = ""
	if err := s.AppendAudit(ctx, r); err != nil {
		t.Fatalf("AppendAudit without id: %v", err)
	}
	got := exportAll(t, s, time.Time{}, time.Time{})
	if len(got) != 1 || !admin.ValidAuditID(got[0].ID) {
		t.Fatalf("record appended without id exported as %+v; want one record with a generated id", got)
	}
	dup := auditRecord(2)
	dup.ID = got[0].ID
	wantCode(t, s.AppendAudit(ctx, dup), bronwijzer.ECONFLICT, "AppendAudit with an existing id")
	bad := auditRecord(3)
	bad.ID = "NOT-AN-ID"
	wantCode(t, s.AppendAudit(ctx, bad), bronwijzer.EINVALID, "AppendAudit with a malformed id")
	if n := len(exportAll(t, s, time.Time{}, time.Time{})); n != 1 {
		t.Errorf("rejected records were stored: %d records, want 1", n)
	}
}

func testFeedbackPutExport(t *testing.T, s AdminStore) {
	ctx := t.Context()
	recs := appendAudits(t, s, 3) // record i was given to key i%2
	first := admin.Feedback{AnswerID: recs[0].ID, KeyID: recs[0].KeyID, Time: t0.Add(time.Hour),
		Rating: admin.RatingGood}
	if replaced, err := s.PutFeedback(ctx, first); err != nil || replaced {
		t.Fatalf("PutFeedback(first) = %v, %v; want false, nil", replaced, err)
	}
	other := admin.Feedback{AnswerID: recs[1].ID, KeyID: recs[1].KeyID, Time: t0.Add(2 * time.Hour),
		Rating: admin.RatingWrong, Reason: "verouderd", Comment: "Richtlijn is herzien in [BSN]."}
	if replaced, err := s.PutFeedback(ctx, other); err != nil || replaced {
		t.Fatalf("PutFeedback(other) = %v, %v; want false, nil", replaced, err)
	}
	// The same key again on the same answer replaces its feedback.
	second := first
	second.Time, second.Rating, second.Reason, second.Comment = t0.Add(3*time.Hour), admin.RatingWrong, "onvolledig", "Mist de dosering bij kinderen."
	if replaced, err := s.PutFeedback(ctx, second); err != nil || !replaced {
		t.Fatalf("PutFeedback(second) = %v, %v; want true, nil", replaced, err)
	}
	want := []admin.FeedbackItem{{Feedback: other, Answer: recs[1]}, {Feedback: second, Answer: recs[0]}}
	if diff := cmp.Diff(want, exportFeedback(t, s, time.Time{})); diff != "" {
		t.Errorf("ExportFeedback (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[1:], exportFeedback(t, s, second.Time)); diff != "" {
		t.Errorf("ExportFeedback since the second (inclusive) (-want +got):\n%s", diff)
	}

	// Unknown answers and another key's answers are not found.
	notFound := map[string]admin.Feedback{
		"unknown id":         {AnswerID: auditID(99), KeyID: "key0", Time: t0, Rating: admin.RatingGood},
		"another key's":      {AnswerID: recs[1].ID, KeyID: recs[0].KeyID, Time: t0, Rating: admin.RatingGood},
		"malformed id":       {AnswerID: "../etc", KeyID: "key0", Time: t0, Rating: admin.RatingGood},
		"upper-case hex id":  {AnswerID: strings.ToUpper(recs[0].ID), KeyID: recs[0].KeyID, Time: t0, Rating: admin.RatingGood},
		"empty id":           {KeyID: "key0", Time: t0, Rating: admin.RatingGood},
		"id of 31 hex chars": {AnswerID: recs[0].ID[1:], KeyID: recs[0].KeyID, Time: t0, Rating: admin.RatingGood},
	}
	for name, fb := range notFound {
		_, err := s.PutFeedback(ctx, fb)
		wantCode(t, err, bronwijzer.ENOTFOUND, "PutFeedback("+name+")")
	}
	if n := len(exportFeedback(t, s, time.Time{})); n != 2 {
		t.Errorf("after refused feedback: %d stored, want 2", n)
	}
}

func testFeedbackInvalid(t *testing.T, s AdminStore) {
	recs := appendAudits(t, s, 1)
	ok := admin.Feedback{AnswerID: recs[0].ID, KeyID: recs[0].KeyID, Time: t0, Rating: admin.RatingWrong, Reason: "onjuist"}
	tests := []struct {
		name string
		edit func(*admin.Feedback)
	}{
		{"no rating", func(f *admin.Feedback) { f.Rating = "" }},
		{"unknown rating", func(f *admin.Feedback) { f.Rating = "matig" }},
		{"fout without reason", func(f *admin.Feedback) { f.Reason = "" }},
		{"unknown reason", func(f *admin.Feedback) { f.Reason = "te-lang" }},
		{"goed with a reason", func(f *admin.Feedback) { f.Rating = admin.RatingGood }},
		{"comment too long", func(f *admin.Feedback) { f.Comment = strings.Repeat("é", admin.MaxFeedbackComment+1) }},
		{"comment not UTF-8", func(f *admin.Feedback) { f.Comment = "\xff" }},
		{"comment with NUL", func(f *admin.Feedback) { f.Comment = "a\x00b" }},
		{"no time", func(f *admin.Feedback) { f.Time = time.Time{} }},
		{"no key", func(f *admin.Feedback) { f.KeyID = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fb := ok
			tt.edit(&fb)
			_, err := s.PutFeedback(t.Context(), fb)
			wantCode(t, err, bronwijzer.EINVALID, "PutFeedback")
		})
	}
	if n := len(exportFeedback(t, s, time.Time{})); n != 0 {
		t.Errorf("invalid feedback was stored: %d items", n)
	}
	longest := ok
	longest.Comment = strings.Repeat("é", admin.MaxFeedbackComment)
	if _, err := s.PutFeedback(t.Context(), longest); err != nil {
		t.Errorf("PutFeedback with a comment of the maximum length: %v", err)
	}
}

func testFeedbackPrune(t *testing.T, s AdminStore) {
	ctx := t.Context()
	recs := appendAudits(t, s, 4)
	for _, r := range recs {
		fb := admin.Feedback{AnswerID: r.ID, KeyID: r.KeyID, Time: t0.Add(time.Hour), Rating: admin.RatingGood}
		if _, err := s.PutFeedback(ctx, fb); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.PruneAudit(ctx, recs[2].Time); err != nil || n != 2 {
		t.Fatalf("PruneAudit = %d, %v; want 2", n, err)
	}
	got := exportFeedback(t, s, time.Time{})
	var ids []string
	for _, it := range got {
		ids = append(ids, it.AnswerID)
	}
	if diff := cmp.Diff([]string{recs[2].ID, recs[3].ID}, ids); diff != "" {
		t.Errorf("feedback after pruning the audit trail (-want +got):\n%s", diff)
	}
}

func testFeedbackExportStops(t *testing.T, s AdminStore) {
	recs := appendAudits(t, s, 2)
	for _, r := range recs {
		fb := admin.Feedback{AnswerID: r.ID, KeyID: r.KeyID, Time: t0, Rating: admin.RatingGood}
		if _, err := s.PutFeedback(t.Context(), fb); err != nil {
			t.Fatal(err)
		}
	}
	stop := errors.New("stop")
	n := 0
	err := s.ExportFeedback(t.Context(), time.Time{}, func(admin.FeedbackItem) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("ExportFeedback with failing callback: err %v after %d calls; want stop after 1", err, n)
	}
}
