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

// TestFTSEnableBackfills starts from a database migrated only up to the
// schema without the FTS5 table (00011) and holding chunks, as a store
// created before migration 00012 would be. Opened in the default mode, the
// migration adds the index but a put does not maintain it (meta.fts = 0);
// opened with LexicalFTS5, both the old and the new chunks are indexed.
func TestFTSEnableBackfills(t *testing.T) {
	ctx := t.Context()
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
	if _, err := p.UpTo(ctx, 11); err != nil {
		t.Fatal(err)
	}
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
