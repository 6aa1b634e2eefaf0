package sqlite_test

import (
	"database/sql"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

// A write that waits longer than the busy timeout for another process's
// write lock fails with its own message (the database is busy, not gone),
// and the store writes again once the lock is released. The test holds the
// lock itself, so the outcome does not depend on timing.
func TestWriteLockHeldByAnotherProcess(t *testing.T) {
	s := MustOpen(t)
	db, err := sql.Open("sqlite", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	doc := bronwijzer.Document{ID: "astma", SHA256: "sha", Title: "astma", Embedder: "test-4"}
	chunks := []bronwijzer.Chunk{{Text: "astma", Terms: []string{"astma"}, Embedding: []float32{1, 0, 0, 0}}}
	_, err = s.PutDocument(t.Context(), doc, chunks)
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.EUNAVAILABLE || !strings.HasSuffix(bronwijzer.ErrorMessage(err), "(database busy)") {
		t.Fatalf("write while another process holds the lock: code %q, %v; want %q (database busy)", code, err, bronwijzer.EUNAVAILABLE)
	}
	if _, err := conn.ExecContext(t.Context(), "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutDocument(t.Context(), doc, chunks); err != nil {
		t.Fatalf("write after the lock was released: %v", err)
	}
}
