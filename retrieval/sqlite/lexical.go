package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// passageColumns are the chunk and document columns of a Passage, for
// queries joining chunks c with documents d.
const passageColumns = `c.id, c.document_id, c.version, c.ordinal, c.page_start, c.page_end,
	c.section, c.text, c.char_start, c.char_end, d.title, d.source_file, d.verified, d.published`

// scanPassage scans passageColumns followed by extra destinations.
func scanPassage(row interface{ Scan(...any) error }, extra ...any) (int64, bronwijzer.Passage, error) {
	var id int64
	var p bronwijzer.Passage
	var ordinal int
	dest := append([]any{&id, &p.DocumentID, &p.Version, &ordinal, &p.PageStart, &p.PageEnd,
		&p.Section, &p.Text, &p.CharStart, &p.CharEnd, &p.Title, &p.SourceFile, &p.Verified,
		&p.Published}, extra...)
	if err := row.Scan(dest...); err != nil {
		return 0, p, err
	}
	p.ID = bronwijzer.ChunkID(p.DocumentID, p.Version, ordinal)
	return id, p, nil
}

// LexicalSearch ranks current chunks matching any of terms by FTS5 BM25.
// Score is -bm25() (FTS5 returns lower-is-better), so higher is better.
// Ties are broken by document id and ordinal.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Aantal resultaten moet positief zijn (limit must be positive)")
	}
	expr := matchExpression(terms)
	if expr == "" {
		return []bronwijzer.Passage{}, nil
	}
	stmt, args := s.lexicalStmt(expr, limit, f)
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("lexical search: %w", err)
	}
	defer rows.Close()
	out := []bronwijzer.Passage{}
	for rows.Next() {
		var rank float64
		_, p, err := scanPassage(rows, &rank)
		if err != nil {
			return nil, fmt.Errorf("lexical search: %w", err)
		}
		p.Score = -rank
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("lexical search: %w", err)
	}
	return out, nil
}

// lexicalSQL returns the lexical query for a filter shape. Its parameters
// are the match expression, then a JSON array of document ids when
// docIDs, then the limit.
//
// The ranking runs in a materialised CTE over narrow rows (id, document id,
// ordinal, rank) so the sort never carries chunk text; only the top rows
// are joined with their text and document. Chunks exist only for current
// versions (PutDocument deletes the previous version's), so the documents
// join is needed in the ranking only to filter on verified.
func lexicalSQL(verifiedOnly, docIDs bool) string {
	var b strings.Builder
	b.WriteString(`WITH top AS MATERIALIZED (
		SELECT c.id AS id, c.document_id AS document_id, c.ordinal AS ordinal, bm25(chunks_fts) AS rank
		FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid`)
	if verifiedOnly {
		b.WriteString(` JOIN documents d ON d.id = c.document_id AND d.version = c.version AND d.verified = 1`)
	}
	b.WriteString(` WHERE chunks_fts MATCH ?`)
	if docIDs {
		b.WriteString(` AND c.document_id IN (SELECT value FROM json_each(?))`)
	}
	b.WriteString(` ORDER BY rank, c.document_id, c.ordinal LIMIT ?)
		SELECT ` + passageColumns + `, top.rank
		FROM top JOIN chunks c ON c.id = top.id
		JOIN documents d ON d.id = c.document_id AND d.version = c.version
		ORDER BY top.rank, top.document_id, top.ordinal`)
	return b.String()
}

// lexicalStmt picks the prepared statement for f and its arguments.
func (s *Store) lexicalStmt(expr string, limit int, f retrieval.Filter) (*sql.Stmt, []any) {
	i, args := 0, []any{expr}
	if f.VerifiedOnly {
		i |= 1
	}
	if len(f.DocumentIDs) > 0 {
		i |= 2
		ids, _ := json.Marshal(f.DocumentIDs) // []string always marshals
		args = append(args, string(ids))
	}
	return s.stmts.lexical[i], append(args, limit)
}

// matchExpression builds an FTS5 query matching any of terms. Every term is
// a quoted string (embedded quotes doubled), so input such as COVID-19, NEAR,
// AND, * or ^ is matched literally and never parsed as FTS5 syntax. The OR
// is a balanced tree so hundreds of terms stay far below FTS5's expression
// depth limit. Empty and duplicate terms are dropped; "" means no terms.
func matchExpression(terms []string) string {
	seen := make(map[string]bool, len(terms))
	quoted := make([]string, 0, len(terms))
	for _, t := range terms {
		t = strings.TrimSpace(strings.ReplaceAll(t, "\x00", ""))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		quoted = append(quoted, `"`+strings.ReplaceAll(t, `"`, `""`)+`"`)
	}
	if len(quoted) == 0 {
		return ""
	}
	return orTree(quoted)
}

func orTree(q []string) string {
	if len(q) == 1 {
		return q[0]
	}
	mid := len(q) / 2
	return "(" + orTree(q[:mid]) + " OR " + orTree(q[mid:]) + ")"
}

// fetchSQL reads the passages of chunk ids given as a JSON array.
const fetchSQL = `SELECT ` + passageColumns + `
	FROM chunks c JOIN documents d ON d.id = c.document_id AND d.version = c.version
	WHERE c.id IN (SELECT value FROM json_each(?))`

// fetchHits loads the passages of dense hits, in hit order, through q (the
// read transaction the matrix belongs to, so every row still exists).
func fetchHits(ctx context.Context, q *sql.Stmt, m *matrix, hits []hit) ([]bronwijzer.Passage, error) {
	if len(hits) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = m.ids[h.row]
	}
	arg, _ := json.Marshal(ids) // []int64 always marshals
	rows, err := q.QueryContext(ctx, string(arg))
	if err != nil {
		return nil, fmt.Errorf("dense search: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]bronwijzer.Passage, len(hits))
	for rows.Next() {
		id, p, err := scanPassage(rows)
		if err != nil {
			return nil, fmt.Errorf("dense search: %w", err)
		}
		byID[id] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("dense search: %w", err)
	}
	out := make([]bronwijzer.Passage, len(hits))
	for i, h := range hits {
		p, ok := byID[ids[i]]
		if !ok {
			return nil, fmt.Errorf("dense search: chunk %d vanished from its snapshot", ids[i])
		}
		p.Score = float64(h.score)
		out[i] = p
	}
	return out, nil
}
