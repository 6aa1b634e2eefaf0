package benchreport

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/philippgille/chromem-go"
	"github.com/tmc/langchaingo/schema"
	"github.com/tmc/langchaingo/vectorstores/pgvector"

	"github.com/bronwijzer/bronwijzer"
)

// DenseEngine is a dense-only peer: it is loaded with precomputed vectors
// and answers a query (looked up by text in a Lookup) with chunk ids, best
// first.
type DenseEngine interface {
	Name() string
	Load(ctx context.Context, chunks []bronwijzer.Chunk) error
	Search(ctx context.Context, query string, k int) ([]string, error)
	Close() error
}

// Chromem is chromem-go's in-memory collection (exact, exhaustive cosine
// search), queried through Collection.Query with the Lookup as its
// EmbeddingFunc.
type Chromem struct {
	col *chromem.Collection
}

// NewChromem creates an empty collection whose embedding function is lk.
func NewChromem(lk *Lookup) (*Chromem, error) {
	col, err := chromem.NewDB().CreateCollection("bench", nil, lk.Embed)
	if err != nil {
		return nil, fmt.Errorf("chromem-go: %w", err)
	}
	return &Chromem{col: col}, nil
}

func (c *Chromem) Name() string { return "chromem-go (exact, in memory)" }

// Load adds the chunks with copies of their vectors (no embedding call):
// the collection owns its vectors, as it would after embedding, so its
// memory is measured.
func (c *Chromem) Load(ctx context.Context, chunks []bronwijzer.Chunk) error {
	docs := make([]chromem.Document, len(chunks))
	for i, ch := range chunks {
		docs[i] = chromem.Document{ID: ch.ID(), Embedding: slices.Clone(ch.Embedding), Content: strings.Clone(ch.Text)}
	}
	return c.col.AddDocuments(ctx, docs, runtime.GOMAXPROCS(0))
}

func (c *Chromem) Search(ctx context.Context, query string, k int) ([]string, error) {
	rs, err := c.col.Query(ctx, query, min(k, c.col.Count()), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("chromem-go query: %w", err)
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids, nil
}

func (c *Chromem) Close() error { return nil }

// Langchain is langchaingo's vectorstores/pgvector store, queried with
// SimilaritySearch (dense only; it has no lexical search).
type Langchain struct {
	lk    *Lookup
	url   string
	store pgvector.Store
	conn  *pgx.Conn
	hnsw  bool
}

// NewLangchain connects to the database at url. The store is created in
// Load: first without an index (as AddDocuments into a table with an HNSW
// index would update the graph row by row), then reopened with
// WithHNSWIndex(16, 64, "vector_cosine_ops"), which builds the index over
// the loaded rows, as a user following its documentation would.
func NewLangchain(ctx context.Context, url string, lk *Lookup) (*Langchain, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("langchaingo pgvector: connect: %w", err)
	}
	return &Langchain{lk: lk, url: url, conn: conn}, nil
}

func (l *Langchain) Name() string { return "langchaingo pgvector (HNSW index, dense)" }

// Load adds the chunks in batches through AddDocuments, then builds the
// HNSW index.
func (l *Langchain) Load(ctx context.Context, chunks []bronwijzer.Chunk) error {
	s, err := pgvector.New(ctx, pgvector.WithConn(l.conn), pgvector.WithEmbedder(l.lk),
		pgvector.WithPreDeleteCollection(true), pgvector.WithVectorDimensions(len(chunks[0].Embedding)))
	if err != nil {
		return fmt.Errorf("langchaingo pgvector: %w", err)
	}
	const batch = 1000
	for start := 0; start < len(chunks); start += batch {
		part := chunks[start:min(start+batch, len(chunks))]
		docs := make([]schema.Document, len(part))
		vecs := make([][]float32, len(part))
		for i, ch := range part {
			docs[i] = schema.Document{PageContent: ch.Text, Metadata: map[string]any{"id": ch.ID()}}
			vecs[i] = ch.Embedding
		}
		l.lk.Expect(vecs)
		if _, err := s.AddDocuments(ctx, docs); err != nil {
			return fmt.Errorf("langchaingo pgvector: add documents: %w", err)
		}
	}
	// The memory Bronwijzer's store gives its own index builds
	// (postgres.Options.MaintenanceWorkMem), so neither build spills.
	if _, err := l.conn.Exec(ctx, "SET maintenance_work_mem = '1GB'"); err != nil {
		return fmt.Errorf("langchaingo pgvector: %w", err)
	}
	l.store, err = pgvector.New(ctx, pgvector.WithConn(l.conn), pgvector.WithEmbedder(l.lk),
		pgvector.WithVectorDimensions(len(chunks[0].Embedding)),
		pgvector.WithHNSWIndex(16, 64, "vector_cosine_ops"))
	if err != nil {
		return fmt.Errorf("langchaingo pgvector: build HNSW index: %w", err)
	}
	if _, err := l.conn.Exec(ctx, "ANALYZE langchain_pg_embedding"); err != nil {
		return fmt.Errorf("langchaingo pgvector: analyze: %w", err)
	}
	l.hnsw = true
	return nil
}

func (l *Langchain) Search(ctx context.Context, query string, k int) ([]string, error) {
	docs, err := l.store.SimilaritySearch(ctx, query, k)
	if err != nil {
		return nil, fmt.Errorf("langchaingo pgvector search: %w", err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		id, ok := d.Metadata["id"].(string)
		if !ok {
			return nil, fmt.Errorf("langchaingo pgvector: result without id metadata")
		}
		ids[i] = id
	}
	return ids, nil
}

// UsesIndex reports whether PostgreSQL plans SimilaritySearch's own SQL
// with the HNSW index (EXPLAIN of the statement langchaingo v0.1.14 sends).
// Its MATERIALIZED CTE over vector_dims(embedding) hides the index from the
// planner, so the search is an exact sequential scan.
func (l *Langchain) UsesIndex(ctx context.Context, vec []float32) (bool, error) {
	rows, err := l.conn.Query(ctx, `EXPLAIN WITH filtered_embedding_dims AS MATERIALIZED (
    SELECT * FROM langchain_pg_embedding WHERE vector_dims(embedding) = $1)
SELECT data.document, data.cmetadata, (1 - data.distance) AS score FROM (
	SELECT filtered_embedding_dims.*, embedding <=> $2 AS distance
	FROM filtered_embedding_dims JOIN langchain_pg_collection ON filtered_embedding_dims.collection_id=langchain_pg_collection.uuid
	WHERE langchain_pg_collection.name='langchain') AS data
WHERE TRUE ORDER BY data.distance LIMIT $3`, len(vec), vecLiteral(vec), 10)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	uses := false
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return false, err
		}
		if contains(line, "langchain_pg_embedding_embedding_hnsw") {
			uses = true
		}
	}
	return uses, rows.Err()
}

func (l *Langchain) Close() error {
	return l.conn.Close(context.Background())
}
