package sqlite

import (
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// migratedTo returns the path of a new database migrated up to version
// and the database opened on it, as a store created before the later
// migrations would be.
func migratedTo(t *testing.T, version int64) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	fsys, _ := fs.Sub(migrations, "migrations")
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(t.Context(), version); err != nil {
		t.Fatal(err)
	}
	return path, db
}

// TestFTSEnableBackfills starts from a database migrated only up to the
// schema without the FTS5 table (00011) and holding chunks, as a store
// created before migration 00012 would be. Opened in the default mode, the
// migration adds the index but a put does not maintain it (meta.fts = 0);
// opened with LexicalFTS5, both the old and the new chunks are indexed.
func TestFTSEnableBackfills(t *testing.T) {
	ctx := t.Context()
	path, db := migratedTo(t, 11)
	for _, q := range []string{
		`UPDATE meta SET generation = 1, embedder = 'e', dimension = 1`,
		`INSERT INTO documents (id, version, current, title, publisher, published, url, license, source_file,
			sha256, media_type, verified, pages, chunks, bytes, embedder, ingested_at, gen)
			VALUES ('oud', 1, 1, 'Oud', '', '', '', '', '', 'x', '', 1, 1, 2, 0, 'e', '2025-01-01T00:00:00Z', 1)`,
		`INSERT INTO chunks (document_id, version, ordinal, page_start, page_end, section, text, char_start,
			char_end, terms, embedding) VALUES ('oud', 1, 0, 1, 1, '', 'een', 0, 3, 'covid-19 griep', x'0000803f'),
			('oud', 1, 1, 1, 1, '', 'twee', 0, 4, 'griep', x'0000803f')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	mem, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := bronwijzer.Document{ID: "nieuw", SHA256: "y", Embedder: "e"}
	chunk := bronwijzer.Chunk{Terms: []string{"griep", "nieuw"}, Embedding: []float32{1}}
	if _, err := mem.PutDocument(ctx, doc, []bronwijzer.Chunk{chunk}); err != nil {
		t.Fatal(err)
	}
	var on, indexed int
	if err := mem.writer.QueryRowContext(ctx, "SELECT fts, (SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'griep') FROM meta").
		Scan(&on, &indexed); err != nil || on != 0 || indexed != 0 {
		t.Fatalf("default mode: fts %d, %d rows indexed, %v; want the index off and empty", on, indexed, err)
	}
	mem.Close()
	s, err := Open(ctx, path, Options{Lexical: LexicalFTS5})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ps, err := s.LexicalSearch(ctx, []string{"covid-19"}, 5, retrieval.Filter{})
	if err != nil || len(ps) != 1 || ps[0].ID != "oud:1:0" {
		t.Fatalf("covid-19 after migration: %v, %v; want oud:1:0", ps, err)
	}
	if ps, err := s.LexicalSearch(ctx, []string{"griep"}, 5, retrieval.Filter{}); err != nil || len(ps) != 3 {
		t.Fatalf("griep after enabling: %v, %v; want 3 passages", ps, err)
	}
}

// TestStructureMigration starts from a store of the schema before chunk
// kinds (00012) with its FTS5 index on, as an FTS5 store of that time would
// be. Migration 00013 reads its chunks as searchable text without field
// terms, and rebuilds the FTS5 index with the field column: the next FTS5
// open backfills it, and both modes find the old chunks with the same
// scores.
func TestStructureMigration(t *testing.T) {
	ctx := t.Context()
	path, db := migratedTo(t, 12)
	for _, q := range []string{
		`UPDATE meta SET generation = 1, embedder = 'e', dimension = 1, fts = 1`,
		`INSERT INTO documents (id, version, current, title, publisher, published, url, license, source_file,
			sha256, media_type, verified, pages, chunks, bytes, embedder, ingested_at, gen)
			VALUES ('oud', 1, 1, 'Oud', '', '', '', '', '', 'x', '', 1, 1, 2, 0, 'e', '2025-01-01T00:00:00Z', 1)`,
		`INSERT INTO chunks (document_id, version, ordinal, page_start, page_end, section, text, char_start,
			char_end, terms, embedding) VALUES ('oud', 1, 0, 1, 1, 'Beleid', 'een', 0, 3, 'beleid griep koorts', x'0000803f'),
			('oud', 1, 1, 1, 1, '', 'twee', 0, 4, 'griep', x'0000803f')`,
		`INSERT INTO chunks_fts (rowid, terms) SELECT id, terms FROM chunks`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	var lists [2][]bronwijzer.Passage
	for i, mode := range []Lexical{LexicalFTS5, LexicalMemory} {
		s, err := Open(ctx, path, Options{Lexical: mode})
		if err != nil {
			t.Fatal(err)
		}
		if lists[i], err = s.LexicalSearch(ctx, []string{"griep", "beleid"}, 5, retrieval.Filter{}); err != nil {
			t.Fatal(err)
		}
		if len(lists[i]) != 2 || lists[i][0].ID != "oud:1:0" || lists[i][0].Kind != bronwijzer.KindText {
			t.Errorf("%s after migration: %+v; want both old chunks, oud:1:0 first, as text", mode, lists[i])
		}
		chunks, err := s.Chunks(ctx, "oud")
		if err != nil || len(chunks) != 2 || chunks[0].Kind != bronwijzer.KindText || chunks[0].Notes != nil || chunks[0].FieldTerms != nil {
			t.Errorf("%s: Chunks after migration = %+v, %v; want text without notes or field terms", mode, chunks, err)
		}
		s.Close()
	}
	for j := range lists[0] {
		if d := lists[0][j].Score - lists[1][j].Score; d > 1e-6 || d < -1e-6 {
			t.Errorf("rank %d: fts5 score %v, memory %v", j, lists[0][j].Score, lists[1][j].Score)
		}
	}
}

// openWithOldVersion opens a store migrated to version with one document
// version stored then ("oud", SHA-256 "x"), migrating it to the latest.
func openWithOldVersion(t *testing.T, version int64) *Store {
	t.Helper()
	path, db := migratedTo(t, version)
	if _, err := db.ExecContext(t.Context(), `INSERT INTO documents (id, version, current, title, publisher, published, url, license,
		source_file, sha256, media_type, verified, pages, chunks, bytes, embedder, ingested_at, gen)
		VALUES ('oud', 1, 1, 'Oud', '', '', '', '', 'oud.pdf', 'x', 'application/pdf', 1, 1, 0, 0, 'e', '2025-01-01T00:00:00Z', 1)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(t.Context(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestWarningsMigration: a version stored before migration 00016 reads back
// without warnings, and its document can get a new version that has some.
func TestWarningsMigration(t *testing.T) {
	ctx := t.Context()
	s := openWithOldVersion(t, 15)
	if d, err := s.Document(ctx, "oud"); err != nil || d.Warnings != nil {
		t.Fatalf("old version after migration: %+v, %v; want no warnings", d, err)
	}
	warned := []string{"pagina 1: geen tekst gevonden (afbeelding of scan?)"}
	if _, err := s.PutDocument(ctx, bronwijzer.Document{ID: "oud", SHA256: "y", Embedder: "e", Warnings: warned}, nil); err != nil {
		t.Fatal(err)
	}
	if d, err := s.Document(ctx, "oud"); err != nil || len(d.Warnings) != 1 || d.Warnings[0] != warned[0] {
		t.Fatalf("new version: %+v, %v; want its warning", d, err)
	}
}

// TestPipelineMigration: a version stored before migration 00017 reads back
// with no pipeline, and the same content put by a pipeline becomes a new
// version (its chunks processed again) instead of a no-op.
func TestPipelineMigration(t *testing.T) {
	ctx := t.Context()
	s := openWithOldVersion(t, 16)
	if d, err := s.Document(ctx, "oud"); err != nil || d.Pipeline != "" {
		t.Fatalf("old version after migration: %+v, %v; want no pipeline", d, err)
	}
	res, err := s.PutDocument(ctx, bronwijzer.Document{ID: "oud", SHA256: "x", Embedder: "e", Pipeline: "p"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || res.Document.Version != 2 {
		t.Fatalf("same content by a pipeline: %+v; want version 2", res)
	}
	if d, err := s.Document(ctx, "oud"); err != nil || d.Pipeline != "p" || d.Version != 2 {
		t.Fatalf("new version: %+v, %v; want version 2 by pipeline p", d, err)
	}
}
