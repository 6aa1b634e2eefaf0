package postgres

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/pgvector/pgvector-go"
)

// maxIndexedDim is pgvector's HNSW limit for the vector type. Larger vectors
// are stored and searched exactly, without an index.
const maxIndexedDim = 2000

// PutDocument stores doc as a new version with its chunks in one transaction
// (see retrieval.Store). A transaction-scoped advisory lock on the document id
// serialises concurrent ingests of the same document, so two processes
// ingesting the same file produce one version; the primary key on
// (document_id, version) backs it up. Chunks are bulk-loaded with COPY. A
// process killed midway leaves nothing: the transaction never commits.
func (s *Store) PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return s.putDocument(ctx, doc, chunks, false)
}

// ReplaceDocument implements retrieval.Store: a new version even for the
// current content, in one transaction.
func (s *Store) ReplaceDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return s.putDocument(ctx, doc, chunks, true)
}

func (s *Store) putDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk, replace bool) (retrieval.PutResult, error) {
	dim, err := validatePut(doc, chunks, s.opts.Dim)
	if err != nil {
		return retrieval.PutResult{}, err
	}
	var res retrieval.PutResult
	err = s.retryTx(ctx, "put document", func(tx pgx.Tx) error {
		var err error
		res, err = s.putTx(ctx, tx, doc, chunks, dim, true, replace, nil)
		return err
	})
	if err != nil {
		return retrieval.PutResult{}, err
	}
	return res, nil
}

// putTx stores doc in tx (see PutDocument). With stats false the caller
// adds the chunks' BM25 statistics itself (BulkPut does it once for all).
// With bulk set, the chunks get ids reserved by BulkPut and their postings
// are collected for one COPY at the end instead of being inserted here.
func (s *Store) putTx(ctx context.Context, tx pgx.Tx, doc bronwijzer.Document, chunks []bronwijzer.Chunk, dim int, stats, replace bool, bulk *bulkLoad) (retrieval.PutResult, error) {
	if err := lockDocument(ctx, tx, doc.ID); err != nil {
		return retrieval.PutResult{}, err
	}
	cur, err := documentTx(ctx, tx, doc.ID)
	if err != nil && bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		return retrieval.PutResult{}, err
	}
	if cur != nil && cur.SHA256 == doc.SHA256 && cur.Pipeline == doc.Pipeline && !replace {
		return retrieval.PutResult{Document: *cur}, nil
	}
	if err := removeStats(ctx, tx, doc.ID); err != nil {
		return retrieval.PutResult{}, err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM chunks WHERE document_id = $1`, doc.ID); err != nil {
		return retrieval.PutResult{}, wrapf(err, "delete old chunks")
	}
	if dim > 0 {
		if err := s.ensureEmbedder(ctx, tx, doc.ID, doc.Embedder, dim); err != nil {
			return retrieval.PutResult{}, err
		}
	}
	res := retrieval.PutResult{Changed: true}
	if cur != nil {
		res.PreviousVersion = cur.Version
	}
	doc.Version = res.PreviousVersion + 1
	doc.Chunks = len(chunks)
	doc.IngestedAt = time.Now().UTC().Truncate(time.Microsecond)
	doc.Warnings = nilIfEmpty(doc.Warnings)
	if err := insertVersion(ctx, tx, doc); err != nil {
		return retrieval.PutResult{}, err
	}
	res.Document = doc
	if bulk != nil {
		ids, err := bulk.take(len(chunks))
		if err != nil {
			return retrieval.PutResult{}, err
		}
		if err := copyChunks(ctx, tx, doc, chunks, ids); err != nil {
			return retrieval.PutResult{}, err
		}
		bulk.add(doc, chunks, ids)
	} else {
		if err := copyChunks(ctx, tx, doc, chunks, nil); err != nil {
			return retrieval.PutResult{}, err
		}
		if err := insertPostings(ctx, tx, doc.ID); err != nil {
			return retrieval.PutResult{}, err
		}
	}
	if stats {
		return res, addStats(ctx, tx, chunks)
	}
	return res, nil
}

// validatePut checks the input exactly as the embedded store does
// (retrieval.ValidatePut), and the dimension against Options.Dim.
func validatePut(doc bronwijzer.Document, chunks []bronwijzer.Chunk, wantDim int) (int, error) {
	dim, err := retrieval.ValidatePut(doc, chunks)
	if err != nil {
		return 0, err
	}
	if dim > 0 && wantDim > 0 && dim != wantDim {
		return 0, bronwijzer.Errorf(bronwijzer.EINVALID,
			"Vectoren van %q hebben dimensie %d, de database verwacht %d (dimension mismatch)", doc.ID, dim, wantDim)
	}
	return dim, nil
}

func finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}

func lockDocument(ctx context.Context, tx pgx.Tx, id string) error {
	_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, "bronwijzer/document/"+id)
	return wrapf(err, "lock document")
}

// ensureEmbedder checks that vectors from embedder with dimension dim may be
// stored, and on the first ingest into an empty store fixes the embedding
// column to vector(dim) and builds its HNSW index.
//
// Design: the dimension depends on the configured embedder, so the migration
// leaves the column untyped and the store types it here, in the ingest
// transaction, once. A different embedder is refused (EINVALID) while other
// documents hold vectors; once the store is empty it may change, and the
// column and index are rebuilt for the new dimension.
func (s *Store) ensureEmbedder(ctx context.Context, tx pgx.Tx, docID, embedder string, dim int) error {
	var curEmb string
	var curDim int
	if err := tx.QueryRow(ctx, `SELECT embedder, dim FROM store_meta`).Scan(&curEmb, &curDim); err != nil {
		return wrapf(err, "read store meta")
	}
	if curEmb == embedder && curDim == dim {
		// Common path: a shared row lock keeps a concurrent first ingest
		// from changing the dimension under us, without serialising ingests.
		err := tx.QueryRow(ctx, `SELECT embedder, dim FROM store_meta FOR SHARE`).Scan(&curEmb, &curDim)
		if err != nil {
			return wrapf(err, "lock store meta")
		}
		if curEmb == embedder && curDim == dim {
			return nil
		}
	}
	if err := tx.QueryRow(ctx, `SELECT embedder, dim FROM store_meta FOR UPDATE`).Scan(&curEmb, &curDim); err != nil {
		return wrapf(err, "lock store meta")
	}
	var others bool
	err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM chunks WHERE document_id <> $1 AND embedding IS NOT NULL)`, docID).Scan(&others)
	if err != nil {
		return wrapf(err, "check stored vectors")
	}
	if others && (curEmb != embedder || curDim != dim) {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"De database bevat vectoren van embedder %q (dimensie %d), maar %q is gemaakt met %q (dimensie %d); "+
				"gebruik dezelfde embedder of een lege database (embedder mismatch)", curEmb, curDim, docID, embedder, dim)
	}
	if err := s.typeEmbeddingColumn(ctx, tx, dim); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `UPDATE store_meta SET embedder = $1, dim = $2`, embedder, dim)
	return wrapf(err, "update store meta")
}

// typeEmbeddingColumn makes the embedding column vector(dim) with an HNSW
// cosine index, unless it already is. Only called while no other document
// holds vectors, so the rewrite is cheap.
func (s *Store) typeEmbeddingColumn(ctx context.Context, tx pgx.Tx, dim int) error {
	var typmod int
	err := tx.QueryRow(ctx, `SELECT atttypmod FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'`).Scan(&typmod)
	if err != nil {
		return wrapf(err, "read embedding column type")
	}
	if typmod == dim {
		return nil
	}
	stmts := []string{
		`DROP INDEX IF EXISTS chunks_embedding_idx`,
		fmt.Sprintf(`ALTER TABLE chunks ALTER COLUMN embedding TYPE vector(%d)`, dim),
	}
	for _, q := range stmts {
		if _, err := tx.Exec(ctx, q); err != nil {
			return wrapf(err, "type embedding column")
		}
	}
	if dim > maxIndexedDim {
		return nil
	}
	return s.createHNSW(ctx, tx)
}

// createHNSW builds the HNSW cosine index on chunks.embedding in tx.
// pgvector 0.8.0 has a buffer overflow in parallel HNSW builds, so the build
// runs in the leader process only; maintenance_work_mem is raised for the
// transaction so the graph is built in memory (pgvector warns and slows
// down by several times once the graph no longer fits).
func (s *Store) createHNSW(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `SET LOCAL max_parallel_maintenance_workers = 0`)
	if err != nil {
		return wrapf(err, "build vector index")
	}
	if _, err := tx.Exec(ctx, `SELECT set_config('maintenance_work_mem', $1, true)`, s.opts.MaintenanceWorkMem); err != nil {
		return wrapf(err, "build vector index: maintenance_work_mem %q", s.opts.MaintenanceWorkMem)
	}
	// m and ef_construction are ints from Options, validated in setDefaults.
	_, err = tx.Exec(ctx, fmt.Sprintf(`CREATE INDEX chunks_embedding_idx ON chunks
		USING hnsw (embedding vector_cosine_ops) WITH (m = %d, ef_construction = %d)`,
		s.opts.HNSWM, s.opts.HNSWEfConstruction))
	return wrapf(err, "build vector index")
}

func insertVersion(ctx context.Context, tx pgx.Tx, d bronwijzer.Document) error {
	_, err := tx.Exec(ctx, `INSERT INTO documents (id, current_version) VALUES ($1, $2)
		ON CONFLICT (id) DO UPDATE SET current_version = EXCLUDED.current_version`, d.ID, d.Version)
	if err != nil {
		return wrapf(err, "upsert document")
	}
	_, err = tx.Exec(ctx, `INSERT INTO versions (document_id, version, title, publisher, published, url, license,
		source_file, sha256, media_type, verified, pages, chunks, bytes, embedder, ingested_at, warnings, pipeline)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
		d.ID, d.Version, d.Title, d.Publisher, d.Published, d.URL, d.License,
		d.SourceFile, d.SHA256, d.MediaType, d.Verified, d.Pages, d.Chunks, d.Bytes, d.Embedder, d.IngestedAt,
		nonNil(d.Warnings), d.Pipeline)
	return wrapf(err, "insert version")
}

var chunkColumns = []string{"document_id", "version", "ordinal", "page_start", "page_end", "section", "text",
	"char_start", "char_end", "kind", "caption", "notes", "searchable", "verified",
	"terms", "field_terms", "n_terms", "tsv", "embedding"}

// copyChunks writes d's chunks with COPY; with ids (one per chunk) they get
// those ids instead of the next of the identity sequence.
func copyChunks(ctx context.Context, tx pgx.Tx, d bronwijzer.Document, chunks []bronwijzer.Chunk, ids []int64) error {
	if len(chunks) == 0 {
		return nil
	}
	cols := chunkColumns
	if ids != nil {
		cols = append(slices.Clip(chunkColumns), "id")
	}
	rows := pgx.CopyFromSlice(len(chunks), func(i int) ([]any, error) {
		c := chunks[i]
		var emb any
		if len(c.Embedding) > 0 {
			emb = pgvector.NewVector(c.Embedding)
		}
		row := []any{d.ID, d.Version, c.Ordinal, c.PageStart, c.PageEnd, c.Section, c.Text,
			c.CharStart, c.CharEnd, kindOf(c), c.Caption, nonNil(c.Notes), c.Searchable(), d.Verified,
			nonNil(c.Terms), nonNil(c.FieldTerms), lexicalLength(c), chunkVector(c), emb}
		if ids != nil {
			row = append(row, ids[i])
		}
		return row, nil
	})
	n, err := tx.CopyFrom(ctx, pgx.Identifier{"chunks"}, cols, rows)
	if err != nil {
		return wrapf(err, "copy chunks")
	}
	if int(n) != len(chunks) {
		return fmt.Errorf("copy chunks: wrote %d of %d", n, len(chunks))
	}
	return nil
}

// DeleteDocument removes a document with all its versions and chunks.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	return s.retryTx(ctx, "delete document", func(tx pgx.Tx) error {
		if err := lockDocument(ctx, tx, id); err != nil {
			return err
		}
		if err := removeStats(ctx, tx, id); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id)
		if err != nil {
			return wrapf(err, "delete document")
		}
		if tag.RowsAffected() == 0 {
			return notFound(id)
		}
		return nil
	})
}

// nonNil returns s, or an empty slice for nil (the array columns are NOT
// NULL).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// kindOf is the chunk's stored kind: a chunk without one is text, as every
// chunk was before kinds existed.
func kindOf(c bronwijzer.Chunk) string {
	if c.Kind == "" {
		return bronwijzer.KindText
	}
	return c.Kind
}

// lexicalLength is BM25's length of a chunk: the terms of both fields.
func lexicalLength(c bronwijzer.Chunk) int { return len(c.Terms) + len(c.FieldTerms) }

// chunkVector is the chunk's full-text value; a chunk that is never
// searched gets none, so the document-filtered lexical path cannot match it.
func chunkVector(c bronwijzer.Chunk) pgtype.TSVector {
	if !c.Searchable() {
		return pgtype.TSVector{Valid: true}
	}
	return termVector(c.Terms, c.FieldTerms)
}

// insertPostings writes the lexical postings of document id's searchable
// chunks (one row per distinct term and chunk, with its frequency in the
// body and in the field and the chunk's length), computed in the server
// from the chunks just copied. Terms that cannot be lexemes are left out on
// both sides (queryTerms drops them).
func insertPostings(ctx context.Context, tx pgx.Tx, id string) error {
	_, err := tx.Exec(ctx, `INSERT INTO postings (term, chunk_id, tf, tff, len, verified)
		SELECT u.term, c.id, count(*) FILTER (WHERE NOT u.field), count(*) FILTER (WHERE u.field), c.n_terms, c.verified
		FROM chunks c CROSS JOIN LATERAL (
			SELECT t, false FROM unnest(c.terms) t UNION ALL SELECT t, true FROM unnest(c.field_terms) t) u(term, field)
		WHERE c.document_id = $1 AND c.searchable AND u.term <> '' AND octet_length(u.term) <= $2
		GROUP BY c.id, u.term, c.n_terms, c.verified`, id, maxLexeme)
	return wrapf(err, "insert postings")
}

// removeStats subtracts the current searchable chunks of document id from
// the BM25 statistics and deletes their postings (before the chunks are
// deleted).
// The terms of chunks.terms are compared with COLLATE "C", the collation of
// postings.term and term_df.term (migration 00012).
func removeStats(ctx context.Context, tx pgx.Tx, id string) error {
	_, err := tx.Exec(ctx, `DELETE FROM postings p
		USING (SELECT DISTINCT c.id, u.term FROM chunks c CROSS JOIN LATERAL unnest(c.terms || c.field_terms) u(term)
			WHERE c.document_id = $1 AND c.searchable) o
		WHERE p.term = o.term COLLATE "C" AND p.chunk_id = o.id`, id)
	if err != nil {
		return wrapf(err, "delete postings")
	}
	_, err = tx.Exec(ctx, `WITH old AS (
			SELECT u.term, count(*)::int AS n
			FROM chunks c CROSS JOIN LATERAL (SELECT DISTINCT unnest(c.terms || c.field_terms) AS term) u
			WHERE c.document_id = $1 AND c.searchable GROUP BY u.term)
		UPDATE term_df d SET df = d.df - old.n FROM old WHERE d.term = old.term COLLATE "C"`, id)
	if err != nil {
		return wrapf(err, "update term statistics")
	}
	_, err = tx.Exec(ctx, `UPDATE corpus_stats SET n_chunks = n_chunks - s.n, n_terms = n_terms - s.t
		FROM (SELECT count(*) AS n, coalesce(sum(n_terms), 0) AS t FROM chunks WHERE document_id = $1 AND searchable) s`, id)
	return wrapf(err, "update corpus statistics")
}

// addStats adds the searchable chunks to the BM25 statistics: each term's
// document frequency and its score-bound inputs (largest frequency in one
// chunk's body and in one chunk's field, shortest chunk holding it). Terms
// go in sorted order so concurrent ingests lock term_df rows in the same
// order.
func addStats(ctx context.Context, tx pgx.Tx, chunks []bronwijzer.Chunk) error {
	type stat struct{ df, maxTF, maxTFF, minLen int32 }
	stats := map[string]*stat{}
	var n, total int64
	tf := map[string][2]int32{}
	for _, c := range chunks {
		if !c.Searchable() {
			continue
		}
		n++
		total += int64(lexicalLength(c))
		clear(tf)
		for f, ts := range [][]string{c.Terms, c.FieldTerms} {
			for _, t := range ts {
				x := tf[t]
				x[f]++
				tf[t] = x
			}
		}
		for t, x := range tf {
			st := stats[t]
			if st == nil {
				st = &stat{minLen: math.MaxInt32}
				stats[t] = st
			}
			st.df++
			st.maxTF, st.maxTFF = max(st.maxTF, x[0]), max(st.maxTFF, x[1])
			st.minLen = min(st.minLen, int32(lexicalLength(c))) // #nosec G115 -- a chunk has a few hundred terms (chunk size is capped)
		}
	}
	terms := slices.Sorted(maps.Keys(stats))
	dfs := make([]int32, len(terms))
	maxTFs := make([]int32, len(terms))
	maxTFFs := make([]int32, len(terms))
	minLens := make([]int32, len(terms))
	for i, t := range terms {
		dfs[i], maxTFs[i], maxTFFs[i], minLens[i] = stats[t].df, stats[t].maxTF, stats[t].maxTFF, stats[t].minLen
	}
	// A term whose df had dropped to 0 starts its bounds afresh.
	_, err := tx.Exec(ctx, `INSERT INTO term_df (term, df, max_tf, max_tff, min_len)
		SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::int[])
		ON CONFLICT (term) DO UPDATE SET df = term_df.df + EXCLUDED.df,
			max_tf = CASE WHEN term_df.df = 0 THEN EXCLUDED.max_tf ELSE greatest(term_df.max_tf, EXCLUDED.max_tf) END,
			max_tff = CASE WHEN term_df.df = 0 THEN EXCLUDED.max_tff ELSE greatest(term_df.max_tff, EXCLUDED.max_tff) END,
			min_len = CASE WHEN term_df.df = 0 THEN EXCLUDED.min_len ELSE least(term_df.min_len, EXCLUDED.min_len) END`,
		terms, dfs, maxTFs, maxTFFs, minLens)
	if err != nil {
		return wrapf(err, "update term statistics")
	}
	_, err = tx.Exec(ctx, `UPDATE corpus_stats SET n_chunks = n_chunks + $1, n_terms = n_terms + $2`, n, total)
	return wrapf(err, "update corpus statistics")
}

func notFound(id string) error {
	return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "Document %q niet gevonden (document not found)", id)
}

// isNoRows reports pgx's no-rows error.
func isNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
