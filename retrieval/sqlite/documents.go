package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// queryer is what *sql.DB, *sql.Tx and *sql.Conn have in common.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

const documentColumns = `id, version, title, publisher, published, url, license, source_file, sha256,
	media_type, verified, pages, chunks, bytes, embedder, ingested_at, warnings, pipeline`

func notFound(id string) error {
	return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "document %q niet gevonden", id)
}

// Document returns the current version of document id.
func (s *Store) Document(ctx context.Context, id string) (*bronwijzer.Document, error) {
	d, err := currentDocument(ctx, s.readers, id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, notFound(id)
	}
	return d, nil
}

// Documents lists the current version of every document, ordered by id.
func (s *Store) Documents(ctx context.Context) ([]bronwijzer.Document, error) {
	rows, err := s.readers.QueryContext(ctx,
		"SELECT "+documentColumns+" FROM documents WHERE current = 1 ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	docs := []bronwijzer.Document{}
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		docs = append(docs, *d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return docs, nil
}

// currentDocument returns the current version of id, or nil if there is none.
func currentDocument(ctx context.Context, q queryer, id string) (*bronwijzer.Document, error) {
	row := q.QueryRowContext(ctx, "SELECT "+documentColumns+" FROM documents WHERE id = ? AND current = 1", id)
	d, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read document %q: %w", id, err)
	}
	return d, nil
}

func scanDocument(row interface{ Scan(...any) error }) (*bronwijzer.Document, error) {
	var d bronwijzer.Document
	var ingested, warnings string
	err := row.Scan(&d.ID, &d.Version, &d.Title, &d.Publisher, &d.Published, &d.URL, &d.License,
		&d.SourceFile, &d.SHA256, &d.MediaType, &d.Verified, &d.Pages, &d.Chunks, &d.Bytes,
		&d.Embedder, &ingested, &warnings, &d.Pipeline)
	if err != nil {
		return nil, err
	}
	if d.IngestedAt, err = time.Parse(time.RFC3339Nano, ingested); err != nil {
		return nil, fmt.Errorf("ingested_at %q: %w", ingested, err)
	}
	if warnings != "[]" {
		if err := json.Unmarshal([]byte(warnings), &d.Warnings); err != nil {
			return nil, fmt.Errorf("document %s: warnings: %w", d.ID, err)
		}
	}
	return &d, nil
}

// Chunks returns the current version's chunks of a document in ordinal
// order, with their terms and (unnormalised) embeddings.
func (s *Store) Chunks(ctx context.Context, documentID string) ([]bronwijzer.Chunk, error) {
	// One read transaction: the existence check and the rows come from the
	// same snapshot.
	tx, err := s.readers.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, unavailable(err)
	}
	defer tx.Rollback()
	d, err := currentDocument(ctx, tx, documentID)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, notFound(documentID)
	}
	rows, err := tx.QueryContext(ctx, `SELECT ordinal, page_start, page_end, section, text,
		char_start, char_end, kind, caption, notes, terms, field_terms, embedding FROM chunks
		WHERE document_id = ? AND version = ? ORDER BY ordinal`, d.ID, d.Version)
	if err != nil {
		return nil, fmt.Errorf("read chunks of %q: %w", documentID, err)
	}
	defer rows.Close()
	out := []bronwijzer.Chunk{}
	for rows.Next() {
		c := bronwijzer.Chunk{DocumentID: d.ID, Version: d.Version}
		var notes, terms, fieldTerms string
		var blob []byte
		if err := rows.Scan(&c.Ordinal, &c.PageStart, &c.PageEnd, &c.Section, &c.Text,
			&c.CharStart, &c.CharEnd, &c.Kind, &c.Caption, &notes, &terms, &fieldTerms, &blob); err != nil {
			return nil, fmt.Errorf("read chunks of %q: %w", documentID, err)
		}
		c.Terms, c.FieldTerms = strings.Fields(terms), fields(fieldTerms)
		if notes != "[]" {
			if err := json.Unmarshal([]byte(notes), &c.Notes); err != nil {
				return nil, fmt.Errorf("chunk %s: notes: %w", c.ID(), err)
			}
		}
		if c.Embedding, err = decodeVector(blob); err != nil {
			return nil, fmt.Errorf("chunk %s: %w", c.ID(), err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read chunks of %q: %w", documentID, err)
	}
	return out, nil
}

// PutDocument stores doc as a new version with its chunks in one IMMEDIATE
// transaction on the single writer connection: the SHA-256 comparison and the
// writes cannot interleave with another PutDocument, so concurrent calls for
// the same document and digest yield one version. The previous version's
// documents row is kept with current = 0 as history; its chunks are deleted.
func (s *Store) PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return s.putDocument(ctx, doc, chunks, false)
}

// ReplaceDocument implements retrieval.Store: a new version even for the
// current content.
func (s *Store) ReplaceDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	return s.putDocument(ctx, doc, chunks, true)
}

func (s *Store) putDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk, replace bool) (retrieval.PutResult, error) {
	dim, err := retrieval.ValidatePut(doc, chunks)
	if err != nil {
		return retrieval.PutResult{}, err
	}
	rows := encodeChunks(chunks)
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return retrieval.PutResult{}, unavailable(err)
	}
	defer tx.Rollback()
	res, err := s.put(ctx, tx, doc, rows, dim, replace)
	if err != nil {
		return retrieval.PutResult{}, err
	}
	if !res.Changed {
		return res, nil
	}
	if err := tx.Commit(); err != nil {
		return retrieval.PutResult{}, fmt.Errorf("put document %q: commit: %w", doc.ID, err)
	}
	return res, nil
}

func (s *Store) put(ctx context.Context, tx *sql.Tx, doc bronwijzer.Document, rows []chunkRow, dim int, replace bool) (retrieval.PutResult, error) {
	if len(rows) > 0 {
		if err := checkEmbedder(ctx, tx, doc.Embedder, dim); err != nil {
			return retrieval.PutResult{}, err
		}
	}
	cur, err := currentDocument(ctx, tx, doc.ID)
	if err != nil {
		return retrieval.PutResult{}, err
	}
	if cur != nil && cur.SHA256 == doc.SHA256 && cur.Pipeline == doc.Pipeline && !replace {
		return retrieval.PutResult{Document: *cur}, nil
	}
	var last int
	if err := tx.QueryRowContext(ctx,
		"SELECT COALESCE(MAX(version), 0) FROM documents WHERE id = ?", doc.ID).Scan(&last); err != nil {
		return retrieval.PutResult{}, fmt.Errorf("put document %q: %w", doc.ID, err)
	}
	doc.Version = last + 1
	doc.Chunks = len(rows)
	doc.IngestedAt = s.now().UTC().Truncate(time.Microsecond)
	doc.Warnings = nilIfEmpty(doc.Warnings)
	gen, fts, err := bumpGeneration(ctx, tx, doc.Embedder, dim, len(rows) > 0)
	if err != nil {
		return retrieval.PutResult{}, fmt.Errorf("put document %q: %w", doc.ID, err)
	}
	if err := writeVersion(ctx, tx, doc, rows, gen, fts); err != nil {
		return retrieval.PutResult{}, fmt.Errorf("put document %q: %w", doc.ID, err)
	}
	res := retrieval.PutResult{Document: doc, Changed: true}
	if cur != nil {
		res.PreviousVersion = cur.Version
	}
	return res, nil
}

// checkEmbedder refuses vectors from a different embedder (or dimension) than
// the ones already stored: cosine between them would be meaningless.
func checkEmbedder(ctx context.Context, tx *sql.Tx, embedder string, dim int) error {
	var stored string
	var storedDim int
	var hasChunks bool
	err := tx.QueryRowContext(ctx,
		"SELECT embedder, dimension, EXISTS (SELECT 1 FROM chunks) FROM meta").Scan(&stored, &storedDim, &hasChunks)
	if err != nil {
		return fmt.Errorf("read store embedder: %w", err)
	}
	if !hasChunks {
		return nil
	}
	if stored != embedder {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Embedder komt niet overeen met de opgeslagen vectoren; indexeer opnieuw "+
				"(embedder mismatch: store has %s, configured %s)", stored, embedder)
	}
	if storedDim != dim {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Vectordimensie komt niet overeen: opslag %d, nieuw %d (dimension mismatch)", storedDim, dim)
	}
	return nil
}

// writeVersion replaces the document's current version by doc, written
// in generation gen, keeping the FTS5 index in step when fts (meta.fts).
func writeVersion(ctx context.Context, tx *sql.Tx, doc bronwijzer.Document, rows []chunkRow, gen int64, fts bool) error {
	if err := deleteChunks(ctx, tx, doc.ID, fts); err != nil {
		return fmt.Errorf("delete old chunks: %w", err)
	}
	if _, err := tx.ExecContext(ctx,
		"UPDATE documents SET current = 0 WHERE id = ? AND current = 1", doc.ID); err != nil {
		return fmt.Errorf("retire old version: %w", err)
	}
	warnings, _ := json.Marshal(nonNil(doc.Warnings)) // []string always marshals
	_, err := tx.ExecContext(ctx, "INSERT INTO documents (current, gen, "+documentColumns+
		") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		gen, doc.ID, doc.Version, doc.Title, doc.Publisher, doc.Published, doc.URL, doc.License,
		doc.SourceFile, doc.SHA256, doc.MediaType, doc.Verified, doc.Pages, doc.Chunks, doc.Bytes,
		doc.Embedder, doc.IngestedAt.Format(time.RFC3339Nano), string(warnings), doc.Pipeline)
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if err := insertChunks(ctx, tx, doc, rows); err != nil {
		return err
	}
	if fts && len(rows) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO chunks_fts (rowid, terms, field_terms)
			SELECT id, terms, field_terms FROM chunks WHERE document_id = ? AND searchable = 1`, doc.ID); err != nil {
			return fmt.Errorf("index chunks: %w", err)
		}
	}
	return nil
}

// deleteChunks deletes a document's chunks, and their FTS5 entries first
// when fts (only searchable chunks have one). The FTS5 index is kept here, in Go, rather than by triggers:
// a trigger costs even when its WHEN clause is false (PutDocument measured
// 19 against 12 CPU-ms per 250 chunks), and every write to chunks goes
// through this file.
func deleteChunks(ctx context.Context, tx *sql.Tx, docID string, fts bool) error {
	if fts {
		if _, err := tx.ExecContext(ctx, `DELETE FROM chunks_fts
			WHERE rowid IN (SELECT id FROM chunks WHERE document_id = ? AND searchable = 1)`, docID); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM chunks WHERE document_id = ?", docID)
	return err
}

func insertChunks(ctx context.Context, tx *sql.Tx, doc bronwijzer.Document, rows []chunkRow) error {
	if len(rows) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO chunks (document_id, version, ordinal,
		page_start, page_end, section, text, char_start, char_end, kind, caption, notes,
		terms, field_terms, searchable, embedding)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("insert chunks: %w", err)
	}
	defer stmt.Close()
	for _, r := range rows {
		c := r.chunk
		if _, err := stmt.ExecContext(ctx, doc.ID, doc.Version, c.Ordinal, c.PageStart, c.PageEnd,
			c.Section, c.Text, c.CharStart, c.CharEnd, r.kind, c.Caption, r.notes,
			r.terms, r.fieldTerms, c.Searchable(), r.embedding); err != nil {
			return fmt.Errorf("insert chunk %d: %w", c.Ordinal, err)
		}
	}
	return nil
}

// bumpGeneration marks the write for readers' search indexes, returning
// the new generation and whether the FTS5 index is maintained (meta.fts),
// and, when the write stores vectors, records their embedder and
// dimension.
func bumpGeneration(ctx context.Context, tx *sql.Tx, embedder string, dim int, vectors bool) (int64, bool, error) {
	q, args := "UPDATE meta SET generation = generation + 1", []any(nil)
	if vectors {
		q, args = q+", embedder = ?, dimension = ?", []any{embedder, dim}
	}
	var gen int64
	var fts bool
	if err := tx.QueryRowContext(ctx, q+" RETURNING generation, fts", args...).Scan(&gen, &fts); err != nil {
		return 0, false, fmt.Errorf("bump generation: %w", err)
	}
	return gen, fts, nil
}

// DeleteDocument removes every version of a document and its chunks.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return unavailable(err)
	}
	defer tx.Rollback()
	_, fts, err := bumpGeneration(ctx, tx, "", 0, false) // rolled back if id is unknown
	if err != nil {
		return fmt.Errorf("delete document %q: %w", id, err)
	}
	if err := deleteChunks(ctx, tx, id, fts); err != nil {
		return fmt.Errorf("delete document %q: %w", id, err)
	}
	res, err := tx.ExecContext(ctx, "DELETE FROM documents WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("delete document %q: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err != nil {
			return fmt.Errorf("delete document %q: %w", id, err)
		}
		return notFound(id)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("delete document %q: commit: %w", id, err)
	}
	return nil
}

// chunkRow is a chunk with its columns encoded outside the transaction.
type chunkRow struct {
	chunk             bronwijzer.Chunk
	kind, notes       string
	terms, fieldTerms string
	embedding         []byte
}

func encodeChunks(chunks []bronwijzer.Chunk) []chunkRow {
	rows := make([]chunkRow, len(chunks))
	for i, c := range chunks {
		notes, _ := json.Marshal(nonNil(c.Notes)) // []string always marshals
		rows[i] = chunkRow{chunk: c, kind: kindOf(c), notes: string(notes),
			terms: strings.Join(c.Terms, " "), fieldTerms: strings.Join(c.FieldTerms, " "),
			embedding: encodeVector(c.Embedding)}
	}
	return rows
}

// kindOf is the chunk's stored kind: a chunk without one is text, as every
// chunk was before kinds existed.
func kindOf(c bronwijzer.Chunk) string {
	if c.Kind == "" {
		return bronwijzer.KindText
	}
	return c.Kind
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// nilIfEmpty is how a list without elements is read back: nil.
func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// fields splits space-joined terms; nil when there are none, as a chunk
// without field terms was put.
func fields(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Fields(s)
}
