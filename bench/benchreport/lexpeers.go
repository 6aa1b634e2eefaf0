package benchreport

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	index "github.com/blevesearch/bleve_index_api"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, with FTS5

	"github.com/bronwijzer/bronwijzer"
)

// Lexical peers of the quality section: what a user would set up instead of
// Bronwijzer's own BM25 over its analysed terms.
const (
	EngineBleve = "Bleve (BM25, nl analyser)"
	EngineFTS5  = "SQLite FTS5 (bm25(), unicode61)"
)

// peerDoc is what both lexical peers index of a passage: its text and the
// two fields Bronwijzer also keeps beside it (section path, table caption).
type peerDoc struct {
	Text    string `json:"text"`
	Section string `json:"section"`
	Caption string `json:"caption"`
}

func newPeerDoc(c bronwijzer.Chunk) peerDoc {
	return peerDoc{Text: c.Text, Section: c.Section, Caption: c.Caption}
}

// Bleve is a Bleve index with the Dutch analyser (lower case, Dutch stop
// words, Snowball stemmer) on every field and BM25 scoring. BM25 needs the
// scorch index type (its per-field statistics), so the index lives on disk
// in a scratch directory; bleve.NewMemOnly would silently score with
// TF-IDF.
type Bleve struct {
	idx bleve.Index
	dir string
}

// NewBleve creates an empty index under dir.
func NewBleve(dir string) (*Bleve, error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = nl.AnalyzerName
	m.ScoringModel = index.BM25Scoring
	path := filepath.Join(dir, "bleve")
	idx, err := bleve.New(path, m)
	if err != nil {
		return nil, fmt.Errorf("bleve: %w", err)
	}
	return &Bleve{idx: idx, dir: path}, nil
}

// Load indexes the chunks in one batch.
func (b *Bleve) Load(ctx context.Context, chunks []bronwijzer.Chunk) error {
	batch := b.idx.NewBatch()
	for _, c := range chunks {
		if err := batch.Index(c.ID(), newPeerDoc(c)); err != nil {
			return fmt.Errorf("bleve index %s: %w", c.ID(), err)
		}
	}
	if err := b.idx.Batch(batch); err != nil {
		return fmt.Errorf("bleve batch: %w", err)
	}
	return nil
}

// Search runs the question as a match query (any term may match) on the
// composite field of all three fields, as Bleve's documentation starts a
// user off, best first.
func (b *Bleve) Search(ctx context.Context, query string, k int) ([]string, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(query), k, 0, false)
	res, err := b.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("bleve search: %w", err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, nil
}

// Close closes the index and removes its files.
func (b *Bleve) Close() error {
	err := b.idx.Close()
	if rmErr := os.RemoveAll(b.dir); err == nil {
		err = rmErr
	}
	return err
}

// FTS5 is an SQLite FTS5 table over the passages (modernc.org/sqlite, the
// driver the product uses) with the unicode61 tokenizer folding diacritics;
// FTS5 has no Dutch stemmer or stop words. Ranked by bm25().
type FTS5 struct {
	db *sql.DB
}

// NewFTS5 creates the table in a database file at path.
func NewFTS5(ctx context.Context, path string) (*FTS5, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, fmt.Errorf("fts5: %w", err)
	}
	db.SetMaxOpenConns(1)
	const ddl = `CREATE VIRTUAL TABLE passages USING fts5(id UNINDEXED, text, section, caption,
		tokenize = 'unicode61 remove_diacritics 2')`
	if _, err := db.ExecContext(ctx, ddl); err != nil {
		db.Close()
		return nil, fmt.Errorf("fts5: create table: %w", err)
	}
	return &FTS5{db: db}, nil
}

// Load inserts the chunks in one transaction.
func (f *FTS5) Load(ctx context.Context, chunks []bronwijzer.Chunk) error {
	tx, err := f.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("fts5: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO passages (id, text, section, caption) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("fts5: %w", err)
	}
	defer stmt.Close()
	for _, c := range chunks {
		d := newPeerDoc(c)
		if _, err := stmt.ExecContext(ctx, c.ID(), d.Text, d.Section, d.Caption); err != nil {
			return fmt.Errorf("fts5 insert %s: %w", c.ID(), err)
		}
	}
	return tx.Commit()
}

// Search matches any of the question's words (FTS5's default is all of
// them, which a full question rarely meets) and orders by bm25(), lower
// is better.
func (f *FTS5) Search(ctx context.Context, query string, k int) ([]string, error) {
	match := FTS5Query(query)
	if match == "" {
		return nil, nil
	}
	rows, err := f.db.QueryContext(ctx,
		`SELECT id FROM passages WHERE passages MATCH ? ORDER BY bm25(passages) LIMIT ?`, match, k)
	if err != nil {
		return nil, fmt.Errorf("fts5 search: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("fts5 search: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Close closes the database.
func (f *FTS5) Close() error { return f.db.Close() }

// FTS5Query turns a question into an FTS5 query that matches any of its
// words: each run of letters and digits quoted (so no word is read as an
// operator such as OR or NEAR) and joined with OR.
func FTS5Query(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " OR ")
}
