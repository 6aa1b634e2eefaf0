package postgres

import (
	"context"

	"github.com/bronwijzer/bronwijzer"
	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
)

// querier is what both the pool and a transaction offer.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

const documentColumns = `v.document_id, v.version, v.title, v.publisher, v.published, v.url, v.license,
	v.source_file, v.sha256, v.media_type, v.verified, v.pages, v.chunks, v.bytes, v.embedder, v.ingested_at,
	v.warnings, v.pipeline`

const currentVersions = `FROM documents d JOIN versions v ON v.document_id = d.id AND v.version = d.current_version`

func scanDocument(row pgx.Row) (bronwijzer.Document, error) {
	var d bronwijzer.Document
	err := row.Scan(&d.ID, &d.Version, &d.Title, &d.Publisher, &d.Published, &d.URL, &d.License,
		&d.SourceFile, &d.SHA256, &d.MediaType, &d.Verified, &d.Pages, &d.Chunks, &d.Bytes, &d.Embedder, &d.IngestedAt,
		&d.Warnings, &d.Pipeline)
	d.IngestedAt, d.Warnings = d.IngestedAt.UTC(), nilIfEmpty(d.Warnings)
	return d, err
}

// Document returns the current version of document id, or ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (*bronwijzer.Document, error) {
	d, err := documentTx(ctx, s.pool, id)
	return d, classify(ctx, err, "document")
}

func documentTx(ctx context.Context, q querier, id string) (*bronwijzer.Document, error) {
	d, err := scanDocument(q.QueryRow(ctx, `SELECT `+documentColumns+` `+currentVersions+` WHERE d.id = $1`, id))
	if isNoRows(err) {
		return nil, notFound(id)
	}
	if err != nil {
		return nil, wrapf(err, "read document")
	}
	return &d, nil
}

// Documents lists the current version of every document, ordered by id.
func (s *Store) Documents(ctx context.Context) ([]bronwijzer.Document, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+documentColumns+` `+currentVersions+` ORDER BY d.id`)
	if err != nil {
		return nil, classify(ctx, err, "documents")
	}
	docs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (bronwijzer.Document, error) { return scanDocument(r) })
	if err != nil {
		return nil, classify(ctx, err, "documents")
	}
	if docs == nil {
		docs = []bronwijzer.Document{}
	}
	return docs, nil
}

// Chunks returns the current version's chunks of a document in ordinal order,
// with their terms and embeddings; ENOTFOUND when the document is absent. The
// existence check and the rows come from one snapshot.
func (s *Store) Chunks(ctx context.Context, documentID string) ([]bronwijzer.Chunk, error) {
	var chunks []bronwijzer.Chunk
	opts := pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	err := pgx.BeginTxFunc(ctx, s.pool, opts, func(tx pgx.Tx) error {
		d, err := documentTx(ctx, tx, documentID)
		if err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT ordinal, page_start, page_end, section, text,
			char_start, char_end, kind, caption, notes, terms, field_terms, embedding FROM chunks
			WHERE document_id = $1 AND version = $2 ORDER BY ordinal`, d.ID, d.Version)
		if err != nil {
			return err
		}
		chunks, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (bronwijzer.Chunk, error) {
			c := bronwijzer.Chunk{DocumentID: d.ID, Version: d.Version}
			var emb *pgvector.Vector
			err := r.Scan(&c.Ordinal, &c.PageStart, &c.PageEnd, &c.Section, &c.Text,
				&c.CharStart, &c.CharEnd, &c.Kind, &c.Caption, &c.Notes, &c.Terms, &c.FieldTerms, &emb)
			if emb != nil {
				c.Embedding = emb.Slice()
			}
			// Empty arrays read back as nil, as they were put (and as the
			// embedded store returns them).
			c.Notes, c.FieldTerms = nilIfEmpty(c.Notes), nilIfEmpty(c.FieldTerms)
			return c, err
		})
		return err
	})
	if err != nil {
		return nil, classify(ctx, err, "chunks")
	}
	if chunks == nil {
		chunks = []bronwijzer.Chunk{}
	}
	return chunks, nil
}

// EmbedderName returns the embedder of the stored vectors, or "" when no
// document holds vectors.
func (s *Store) EmbedderName(ctx context.Context) (string, error) {
	var name string
	err := s.pool.QueryRow(ctx, `SELECT m.embedder FROM store_meta m
		WHERE EXISTS (SELECT 1 FROM chunks WHERE embedding IS NOT NULL)`).Scan(&name)
	if isNoRows(err) {
		return "", nil
	}
	return name, classify(ctx, err, "embedder name")
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
