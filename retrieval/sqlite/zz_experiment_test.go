package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
)

func TestZZExperiment(t *testing.T) {
	path := "/tmp/bw100k/x.db"
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		s, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs, chunks := storetest.Synthetic(100000, 384, 42)
		for i := range docs {
			if _, err := s.PutDocument(ctx, docs[i], chunks[i]); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
	}
	db, _ := sql.Open("sqlite", path+"?_pragma=query_only(1)")
	defer db.Close()
	qs := storetest.SyntheticQueries(20, 384, 43)
	for name, q := range map[string]string{
		"pure":   `SELECT rowid, bm25(chunks_fts) r FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY r LIMIT 50`,
		"rank":   `SELECT rowid, rank FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY rank LIMIT 50`,
		"count":  `SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ?`,
		"join":   `SELECT c.id, bm25(chunks_fts) r FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid WHERE chunks_fts MATCH ? ORDER BY r, c.document_id, c.ordinal LIMIT 50`,
	} {
		start := time.Now()
		total := 0
		for _, sq := range qs {
			expr := ""
			for i, term := range sq.Terms {
				if i > 0 {
					expr += " OR "
				}
				expr += `"` + term + `"`
			}
			rows, err := db.QueryContext(ctx, q, expr)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				total++
			}
			rows.Close()
		}
		t.Logf("%s: %v per query (%d rows)", name, time.Since(start)/time.Duration(len(qs)), total)
	}
	var segs int
	db.QueryRow(`SELECT count(*) FROM chunks_fts_data`).Scan(&segs)
	t.Logf("fts data rows %d", segs)
}
