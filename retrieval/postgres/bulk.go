package postgres

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
)

// BulkPut stores many documents in one transaction, each with the same
// semantics as PutDocument (unchanged SHA-256 and pipeline: no-op;
// otherwise a new version). results[i] belongs to docs[i]. It is the path for large loads:
// the initial ingest of a corpus, or a re-ingest that rewrites most of it.
//
// Why: linking each vector into an HNSW graph as it arrives costs far more
// than building the graph once, and a GIN index likewise builds faster than
// it updates. When the load brings at least as many chunks as the store
// holds, BulkPut drops the HNSW and GIN indexes, loads every chunk with COPY,
// adds the BM25 statistics once, and rebuilds both indexes (without
// parallel workers, with Options.MaintenanceWorkMem) before committing.
// Dropping an index locks the chunks table until the commit, so searches
// wait for a bulk load; smaller loads keep the indexes and take ordinary
// row locks. Either way a failure leaves nothing: the transaction never
// commits.
func (s *Store) BulkPut(ctx context.Context, docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk) ([]retrieval.PutResult, error) {
	dim, newChunks, err := validateBulk(docs, chunks, s.opts.Dim)
	if err != nil {
		return nil, err
	}
	// Lock documents in id order, so concurrent bulk loads cannot deadlock
	// on each other's advisory locks.
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(docs[a].ID, docs[b].ID) })
	results := make([]retrieval.PutResult, len(docs))
	err = s.retryTx(ctx, "bulk put", func(tx pgx.Tx) error {
		// Type the column (and check the embedder) first, so the index
		// that a first ingest creates is among those dropped.
		if first := firstWithChunks(docs, chunks); dim > 0 && first >= 0 {
			if err := s.ensureEmbedder(ctx, tx, docs[first].ID, docs[first].Embedder, dim); err != nil {
				return err
			}
		}
		rebuild, err := s.dropIndexesForLoad(ctx, tx, newChunks)
		if err != nil {
			return err
		}
		t := time.Now()
		bulk, err := reserveChunkIDs(ctx, tx, newChunks)
		if err != nil {
			return err
		}
		var added []bronwijzer.Chunk
		for _, i := range order {
			if results[i], err = s.putTx(ctx, tx, docs[i], chunks[i], dim, false, false, bulk); err != nil {
				return err
			}
			if results[i].Changed {
				added = append(added, chunks[i]...)
			}
		}
		t = s.phase("copy chunks", t)
		if err := bulk.copyPostings(ctx, tx); err != nil {
			return err
		}
		t = s.phase("copy postings", t)
		if err := addStats(ctx, tx, added); err != nil {
			return err
		}
		t = s.phase("term statistics", t)
		if !rebuild {
			return nil
		}
		return s.rebuildIndexes(ctx, tx, t)
	})
	if err != nil {
		return nil, err
	}
	// Fresh statistics for the planner, and a visibility map so lexical
	// search reads postings with index-only scans. The small tables too:
	// with the never-analysed estimates of versions and corpus_stats the
	// planner joined the ranked chunks to versions by scanning all of it
	// once per chunk (EXPLAIN at 100,000 chunks: 23,000 rows filtered for
	// 88 results). VACUUM cannot run in a transaction; the load has
	// committed, so a failure here loses nothing.
	t := s.phase("commit", time.Now()) // committed: searchable from here
	if _, err := s.pool.Exec(ctx, `VACUUM (ANALYZE) postings, chunks, versions, documents, term_df, corpus_stats`); err != nil {
		return results, classify(ctx, err, "bulk put: vacuum")
	}
	s.phase("vacuum analyze", t)
	return results, nil
}

// validateBulk checks every document as PutDocument would, requires one
// vector dimension across them and unique ids, and returns the dimension
// and the number of chunks.
func validateBulk(docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk, wantDim int) (dim, n int, err error) {
	if len(docs) != len(chunks) {
		return 0, 0, bronwijzer.Errorf(bronwijzer.EINVALID,
			"%d documenten maar %d lijsten met fragmenten (documents and chunk lists differ in length)", len(docs), len(chunks))
	}
	seen := make(map[string]bool, len(docs))
	for i, d := range docs {
		if seen[d.ID] {
			return 0, 0, bronwijzer.Errorf(bronwijzer.EINVALID, "Document %q staat twee keer in de lading (duplicate document id)", d.ID)
		}
		seen[d.ID] = true
		di, err := validatePut(d, chunks[i], wantDim)
		if err != nil {
			return 0, 0, err
		}
		if di > 0 && dim > 0 && di != dim {
			return 0, 0, bronwijzer.Errorf(bronwijzer.EINVALID,
				"Vectoren van %q hebben dimensie %d, andere documenten %d (inconsistent dimension)", d.ID, di, dim)
		}
		if di > 0 {
			dim = di
		}
		n += len(chunks[i])
	}
	return dim, n, nil
}

// dropIndexesForLoad drops the HNSW and GIN indexes of chunks when the load
// brings at least as many chunks as the table holds (building afterwards is
// then cheaper than updating), and reports whether it did.
func (s *Store) dropIndexesForLoad(ctx context.Context, tx pgx.Tx, newChunks int) (bool, error) {
	var have int64
	if err := tx.QueryRow(ctx, `SELECT n_chunks FROM corpus_stats`).Scan(&have); err != nil {
		return false, wrapf(err, "count chunks")
	}
	if newChunks == 0 || int64(newChunks) < have {
		return false, nil
	}
	drop := `DROP INDEX IF EXISTS chunks_embedding_idx; DROP INDEX IF EXISTS chunks_tsv_idx`
	if have == 0 {
		// Replacing a document deletes its postings through this index:
		// drop it only when there is nothing to replace.
		drop += `; DROP INDEX IF EXISTS postings_term_idx`
	}
	_, err := tx.Exec(ctx, drop)
	return true, wrapf(err, "drop indexes for bulk load")
}

// rebuildIndexes recreates the indexes dropIndexesForLoad dropped. The HNSW
// index exists only once the column is typed and within pgvector's limit.
func (s *Store) rebuildIndexes(ctx context.Context, tx pgx.Tx, t time.Time) error {
	if _, err := tx.Exec(ctx, `SELECT set_config('maintenance_work_mem', $1, true)`, s.opts.MaintenanceWorkMem); err != nil {
		return wrapf(err, "rebuild text index: maintenance_work_mem %q", s.opts.MaintenanceWorkMem)
	}
	if _, err := tx.Exec(ctx, `CREATE INDEX chunks_tsv_idx ON chunks USING gin (tsv)`); err != nil {
		return wrapf(err, "rebuild text index")
	}
	t = s.phase("GIN index", t)
	if _, err := tx.Exec(ctx, `CREATE UNIQUE INDEX IF NOT EXISTS postings_term_idx ON postings (term, chunk_id) INCLUDE (tf, tff, len, verified)`); err != nil {
		return wrapf(err, "rebuild postings index")
	}
	t = s.phase("postings index", t)
	var typmod int
	err := tx.QueryRow(ctx, `SELECT atttypmod FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'`).Scan(&typmod)
	if err != nil {
		return wrapf(err, "read embedding column type")
	}
	if typmod <= 0 || typmod > maxIndexedDim {
		return nil
	}
	err = s.createHNSW(ctx, tx)
	s.phase("HNSW index", t)
	return err
}

// bulkLoad collects what BulkPut writes after the documents: the chunks
// with ids reserved up front, whose postings go in one COPY.
type bulkLoad struct {
	ids    []int64 // reserved chunk ids not yet used
	chunks []postingSource
}

type postingSource struct {
	terms, fieldTerms []string
	id                int64
	verified          bool
}

// reserveChunkIDs takes n values of the chunks' identity sequence, so the
// client knows each chunk's id and can write its postings with COPY.
func reserveChunkIDs(ctx context.Context, tx pgx.Tx, n int) (*bulkLoad, error) {
	rows, err := tx.Query(ctx, `SELECT nextval(pg_get_serial_sequence('chunks', 'id')) FROM generate_series(1, $1)`, n)
	if err != nil {
		return nil, wrapf(err, "reserve chunk ids")
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, wrapf(err, "reserve chunk ids")
	}
	return &bulkLoad{ids: ids}, nil
}

func (b *bulkLoad) take(n int) ([]int64, error) {
	if n > len(b.ids) {
		return nil, fmt.Errorf("bulk put: %d chunk ids reserved, %d needed", len(b.ids), n)
	}
	ids := b.ids[:n:n]
	b.ids = b.ids[n:]
	return ids, nil
}

func (b *bulkLoad) add(d bronwijzer.Document, chunks []bronwijzer.Chunk, ids []int64) {
	for i, c := range chunks {
		if c.Searchable() { // a table or note has no postings
			b.chunks = append(b.chunks, postingSource{terms: c.Terms, fieldTerms: c.FieldTerms, id: ids[i], verified: d.Verified})
		}
	}
}

// copyPostings writes the collected chunks' postings with one COPY,
// computed here exactly as insertPostings computes them in the server: one
// row per distinct term (not empty, at most maxLexeme bytes) with its
// frequencies in the body and the field and the chunk's length. Why: the same rows from INSERT … SELECT
// over the copied chunks (unnest, group by) made the server re-read and
// aggregate every chunk's terms; streaming them costs the client a map per
// chunk and the server only the inserts.
func (b *bulkLoad) copyPostings(ctx context.Context, tx pgx.Tx) error {
	var (
		ci    int
		terms []string
		next  int
		tf    = map[string][2]int32{}
	)
	src := pgx.CopyFromFunc(func() ([]any, error) {
		for next >= len(terms) {
			if ci >= len(b.chunks) {
				return nil, nil
			}
			clear(tf)
			for f, ts := range [][]string{b.chunks[ci].terms, b.chunks[ci].fieldTerms} {
				for _, t := range ts {
					if t != "" && len(t) <= maxLexeme {
						x := tf[t]
						x[f]++
						tf[t] = x
					}
				}
			}
			terms = slices.Sorted(maps.Keys(tf))
			next = 0
			ci++
		}
		c := b.chunks[ci-1]
		t := terms[next]
		next++
		return []any{t, c.id, tf[t][0], tf[t][1], len(c.terms) + len(c.fieldTerms), c.verified}, nil
	})
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"postings"}, []string{"term", "chunk_id", "tf", "tff", "len", "verified"}, src)
	return wrapf(err, "copy postings")
}

// phase reports a bulk-load phase that started at t to Store.onPhase (the
// benchmark's breakdown) and returns now.
func (s *Store) phase(name string, t time.Time) time.Time {
	now := time.Now()
	if s.onPhase != nil {
		s.onPhase(name, now.Sub(t))
	}
	return now
}

func firstWithChunks(docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk) int {
	for i := range docs {
		if len(chunks[i]) > 0 {
			return i
		}
	}
	return -1
}
