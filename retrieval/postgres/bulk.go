package postgres

import (
	"cmp"
	"context"
	"slices"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
)

// BulkPut stores many documents in one transaction, each with the same
// semantics as PutDocument (unchanged SHA-256: no-op; otherwise a new
// version). results[i] belongs to docs[i]. It is the path for large loads:
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
		var added []bronwijzer.Chunk
		for _, i := range order {
			if results[i], err = s.putTx(ctx, tx, docs[i], chunks[i], dim, false, false); err != nil {
				return err
			}
			if results[i].Changed {
				added = append(added, chunks[i]...)
			}
		}
		if err := addStats(ctx, tx, added); err != nil {
			return err
		}
		if !rebuild {
			return nil
		}
		return s.rebuildIndexes(ctx, tx)
	})
	if err != nil {
		return nil, err
	}
	// Fresh statistics for the planner, and a visibility map so lexical
	// search reads postings with index-only scans. VACUUM cannot run in a
	// transaction; the load has committed, so a failure here loses nothing.
	if _, err := s.pool.Exec(ctx, `VACUUM (ANALYZE) postings, chunks`); err != nil {
		return results, classify(ctx, err, "bulk put: vacuum")
	}
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
func (s *Store) rebuildIndexes(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `SELECT set_config('maintenance_work_mem', $1, true)`, s.opts.MaintenanceWorkMem); err != nil {
		return wrapf(err, "rebuild text index: maintenance_work_mem %q", s.opts.MaintenanceWorkMem)
	}
	if _, err := tx.Exec(ctx, `CREATE INDEX chunks_tsv_idx ON chunks USING gin (tsv)`); err != nil {
		return wrapf(err, "rebuild text index")
	}
	if _, err := tx.Exec(ctx, `CREATE UNIQUE INDEX IF NOT EXISTS postings_term_idx ON postings (term, chunk_id) INCLUDE (tf, len, verified)`); err != nil {
		return wrapf(err, "rebuild postings index")
	}
	var typmod int
	err := tx.QueryRow(ctx, `SELECT atttypmod FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'`).Scan(&typmod)
	if err != nil {
		return wrapf(err, "read embedding column type")
	}
	if typmod <= 0 || typmod > maxIndexedDim {
		return nil
	}
	return s.createHNSW(ctx, tx)
}

func firstWithChunks(docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk) int {
	for i := range docs {
		if len(chunks[i]) > 0 {
			return i
		}
	}
	return -1
}
