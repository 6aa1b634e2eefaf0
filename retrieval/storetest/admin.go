package storetest

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// AdminStore is a retrieval.Store that also keeps keys, the audit trail and
// original files: what both stores implement.
type AdminStore interface {
	retrieval.Store
	admin.Store
}

// RunAdmin runs the conformance suite of the admin stores (keys, audit,
// files). open must return a new, empty store per call, as for Run.
//
// Contract details pinned beyond the interface comments: times round-trip
// to the microsecond in UTC; Keys never exposes a hash; revoking twice keeps
// the first time; files referenced by any stored version survive pruning.
func RunAdmin(t *testing.T, open func(t *testing.T) AdminStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s AdminStore)
	}{
		{"KeyLifecycle", testKeyLifecycle},
		{"KeyInvalid", testKeyInvalid},
		{"AuditAppendExport", testAuditAppendExport},
		{"AuditExportStops", testAuditExportStops},
		{"AuditPrune", testAuditPrune},
		{"FileRoundTrip", testFileRoundTrip},
		{"FilePrune", testFilePrune},
		{"AuditID", testAuditID},
		{"FeedbackPutExport", testFeedbackPutExport},
		{"FeedbackInvalid", testFeedbackInvalid},
		{"FeedbackPrune", testFeedbackPrune},
		{"FeedbackExportStops", testFeedbackExportStops},
		{"EvalRuns", testEvalRuns},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

var t0 = time.Date(2026, 3, 4, 10, 11, 12, 123456000, time.UTC)

func hashOf(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

func testKeyLifecycle(t *testing.T, s AdminStore) {
	ctx := t.Context()
	if n, err := s.ActiveKeys(ctx); err != nil || n != 0 {
		t.Fatalf("ActiveKeys on empty store = %d, %v; want 0", n, err)
	}
	if keys, err := s.Keys(ctx); err != nil || keys == nil || len(keys) != 0 {
		t.Fatalf("Keys on empty store = %#v, %v; want empty non-nil", keys, err)
	}
	a := admin.APIKey{ID: "aaaa", Name: "HIS koppeling", Scopes: []string{"query"}, CreatedAt: t0}
	b := admin.APIKey{ID: "bbbb", Name: "beheer", Scopes: []string{"admin", "query"}, CreatedAt: t0.Add(time.Second)}
	for _, k := range []admin.APIKey{b, a} {
		if err := s.CreateKey(ctx, k, hashOf("secret-"+k.ID)); err != nil {
			t.Fatalf("CreateKey(%s): %v", k.ID, err)
		}
	}
	wantCode(t, s.CreateKey(ctx, a, hashOf("other")), bronwijzer.ECONFLICT, "CreateKey with an existing id")

	keys, err := s.Keys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]admin.APIKey{a, b}, keys); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
	cred, err := s.KeyCredential(ctx, "bbbb")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(cred.Hash, hashOf("secret-bbbb")) || cred.Revoked || !slices.Equal(cred.Scopes, b.Scopes) {
		t.Errorf("KeyCredential(bbbb) = %+v", cred)
	}
	if n, _ := s.ActiveKeys(ctx); n != 2 {
		t.Errorf("ActiveKeys = %d, want 2", n)
	}

	revokedAt := t0.Add(time.Hour)
	if err := s.RevokeKey(ctx, "aaaa", revokedAt); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeKey(ctx, "aaaa", revokedAt.Add(time.Hour)); err != nil {
		t.Fatalf("second RevokeKey: %v", err)
	}
	wantCode(t, s.RevokeKey(ctx, "nope", revokedAt), bronwijzer.ENOTFOUND, "RevokeKey(unknown)")
	if cred, err := s.KeyCredential(ctx, "aaaa"); err != nil || !cred.Revoked {
		t.Errorf("KeyCredential(revoked) = %+v, %v; want Revoked", cred, err)
	}
	_, err = s.KeyCredential(ctx, "nope")
	wantCode(t, err, bronwijzer.ENOTFOUND, "KeyCredential(unknown)")
	if n, _ := s.ActiveKeys(ctx); n != 1 {
		t.Errorf("ActiveKeys after revoke = %d, want 1", n)
	}
	keys, _ = s.Keys(ctx)
	a.RevokedAt = &revokedAt
	if diff := cmp.Diff([]admin.APIKey{a, b}, keys); diff != "" {
		t.Errorf("Keys after revoke (-want +got):\n%s", diff)
	}
}

func testKeyInvalid(t *testing.T, s AdminStore) {
	ok := admin.APIKey{ID: "cccc", Name: "n", Scopes: []string{"query"}, CreatedAt: t0}
	tests := []struct {
		name string
		key  admin.APIKey
		hash []byte
	}{
		{"empty id", admin.APIKey{Name: "n", Scopes: []string{"query"}, CreatedAt: t0}, hashOf("x")},
		{"short hash", ok, []byte("short")},
		{"no scopes", admin.APIKey{ID: "dddd", CreatedAt: t0}, hashOf("x")},
		{"no created_at", admin.APIKey{ID: "eeee", Scopes: []string{"query"}}, hashOf("x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.CreateKey(t.Context(), tt.key, tt.hash), bronwijzer.EINVALID, "CreateKey")
		})
	}
	if n, _ := s.ActiveKeys(t.Context()); n != 0 {
		t.Errorf("invalid keys were stored: ActiveKeys = %d", n)
	}
}

func auditRecord(i int) admin.AuditRecord {
	return admin.AuditRecord{
		ID:            auditID(i),
		Time:          t0.Add(time.Duration(i) * time.Minute),
		KeyID:         fmt.Sprintf("key%d", i%2),
		Question:      fmt.Sprintf("Vraag %d over patiënt met BSN [BSN]?", i),
		PassageIDs:    []string{fmt.Sprintf("doc:1:%d", i), "doc:1:0"},
		Mode:          "extractive",
		Model:         "extractive",
		PromptVersion: "",
		CorpusVersion: "abc123def456",
		Abstained:     i%3 == 0,
		Enforcement:   "passed",
		LatencyMS:     int64(10 * i),
		RequestID:     fmt.Sprintf("req-%d", i),
		Answer:        fmt.Sprintf("Antwoord %d [1].", i),
		Cited:         []admin.CitedSpan{{Document: "richtlijn.pdf", Quote: fmt.Sprintf("citaat %d", i)}},
	}
}

func exportAll(t *testing.T, s AdminStore, since, until time.Time) []admin.AuditRecord {
	t.Helper()
	var got []admin.AuditRecord
	if err := s.ExportAudit(t.Context(), since, until, func(r admin.AuditRecord) error {
		got = append(got, r)
		return nil
	}); err != nil {
		t.Fatalf("ExportAudit: %v", err)
	}
	return got
}

func testAuditAppendExport(t *testing.T, s AdminStore) {
	var all []admin.AuditRecord
	// Appended out of time order: export must sort by time.
	for _, i := range []int{3, 0, 4, 1, 2} {
		r := auditRecord(i)
		if i == 4 {
			r.PassageIDs = nil // abstention: no citations
		}
		if err := s.AppendAudit(t.Context(), r); err != nil {
			t.Fatalf("AppendAudit(%d): %v", i, err)
		}
	}
	for i := range 5 {
		r := auditRecord(i)
		if i == 4 {
			r.PassageIDs = []string{}
		}
		all = append(all, r)
	}
	if diff := cmp.Diff(all, exportAll(t, s, time.Time{}, time.Time{})); diff != "" {
		t.Errorf("export all (-want +got):\n%s", diff)
	}
	// since inclusive, until exclusive.
	got := exportAll(t, s, all[1].Time, all[3].Time)
	if diff := cmp.Diff(all[1:3], got); diff != "" {
		t.Errorf("export [1,3) (-want +got):\n%s", diff)
	}
	if got := exportAll(t, s, t0.Add(time.Hour), time.Time{}); len(got) != 0 {
		t.Errorf("export after the last record = %d records, want 0", len(got))
	}
}

func testAuditExportStops(t *testing.T, s AdminStore) {
	for i := range 3 {
		if err := s.AppendAudit(t.Context(), auditRecord(i)); err != nil {
			t.Fatal(err)
		}
	}
	stop := errors.New("stop")
	n := 0
	err := s.ExportAudit(t.Context(), time.Time{}, time.Time{}, func(admin.AuditRecord) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("ExportAudit with failing callback: err %v after %d calls; want stop after 1", err, n)
	}
}

func testAuditPrune(t *testing.T, s AdminStore) {
	for i := range 5 {
		if err := s.AppendAudit(t.Context(), auditRecord(i)); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.PruneAudit(t.Context(), auditRecord(2).Time)
	if err != nil || n != 2 {
		t.Fatalf("PruneAudit = %d, %v; want 2", n, err)
	}
	got := exportAll(t, s, time.Time{}, time.Time{})
	if len(got) != 3 || !got[0].Time.Equal(auditRecord(2).Time) {
		t.Errorf("after prune: %d records, first at %v; want 3 from %v", len(got), got[0].Time, auditRecord(2).Time)
	}
}

func testFileRoundTrip(t *testing.T, s AdminStore) {
	ctx := t.Context()
	data := []byte("%PDF-1.7 pretend\x00binary\xff")
	sha, err := s.PutFile(ctx, "richtlijn.pdf", "application/pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if sha != admin.FileDigest(data) {
		t.Errorf("PutFile digest %s, want %s", sha, admin.FileDigest(data))
	}
	again, err := s.PutFile(ctx, "andere-naam.pdf", "application/pdf", data)
	if err != nil || again != sha {
		t.Fatalf("idempotent PutFile = %s, %v", again, err)
	}
	f, err := s.File(ctx, sha)
	if err != nil {
		t.Fatal(err)
	}
	want := &admin.StoredFile{SHA256: sha, Name: "richtlijn.pdf", MediaType: "application/pdf", Data: data}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("File (-want +got):\n%s", diff)
	}
	for _, bad := range []string{admin.FileDigest([]byte("other")), "not-a-digest", ""} {
		_, err := s.File(ctx, bad)
		wantCode(t, err, bronwijzer.ENOTFOUND, "File("+bad+")")
	}
	_, err = s.PutFile(ctx, "leeg.txt", "text/plain", nil)
	wantCode(t, err, bronwijzer.EINVALID, "PutFile(empty)")
}

func testFilePrune(t *testing.T, s AdminStore) {
	ctx := t.Context()
	kept := []byte("kept file")
	orphan := []byte("orphan file")
	keptSHA, err := s.PutFile(ctx, "kept.txt", "text/plain", kept)
	if err != nil {
		t.Fatal(err)
	}
	orphanSHA, err := s.PutFile(ctx, "orphan.txt", "text/plain", orphan)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, fixtureDoc(0, keptSHA), fixtureChunksOf(0))

	// Files younger than the bound survive even when unreferenced.
	if n, err := s.PruneFiles(ctx, time.Now().Add(-time.Hour)); err != nil || n != 0 {
		t.Fatalf("PruneFiles(an hour ago) = %d, %v; want 0", n, err)
	}
	n, err := s.PruneFiles(ctx, time.Now().Add(time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("PruneFiles = %d, %v; want 1", n, err)
	}
	if _, err := s.File(ctx, keptSHA); err != nil {
		t.Errorf("referenced file pruned: %v", err)
	}
	_, err = s.File(ctx, orphanSHA)
	wantCode(t, err, bronwijzer.ENOTFOUND, "File(orphan) after prune")

	// A replaced version keeps its file (history); deleting the document frees it.
	newSHA, err := s.PutFile(ctx, "kept-v2.txt", "text/plain", []byte("kept file v2"))
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, fixtureDoc(0, newSHA), fixtureChunksOf(0))
	if n, _ := s.PruneFiles(ctx, time.Now().Add(time.Hour)); n != 0 {
		t.Errorf("PruneFiles with both versions stored deleted %d files", n)
	}
	if err := s.DeleteDocument(ctx, fixtureDocIDs[0]); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.PruneFiles(ctx, time.Now().Add(time.Hour)); n != 2 {
		t.Errorf("PruneFiles after delete = %d, want 2", n)
	}
}
