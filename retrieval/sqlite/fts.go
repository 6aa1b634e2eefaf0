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

// FTS5 statement variants, by filter shape.
const (
	ftsVerified = 1 << iota // documents.verified = 1
	ftsDocIDs               // document_id IN a JSON array
)

// ftsSQL returns the ranking query of a filter variant. Its parameters are
// the MATCH expression, then the JSON array of document ids (ftsDocIDs),
// then the limit. It returns chunk ids with bm25() (lower is better),
// weighing the field column (field_terms) by retrieval.FieldWeight: FTS5
// sums the weights of a term's occurrences into its frequency and takes
// the row's length over both columns, the BM25F of the in-memory index.
//
// Only id, document_id and ordinal are read per match: the text of the few
// top rows is fetched afterwards by id. chunks holds current versions only
// (PutDocument deletes a replaced version's chunks and their chunks_fts
// entries in the same transaction), so
// the documents join is needed only to filter on verified. Ties are broken
// by document id and ordinal, as in every store.
func ftsSQL(variant int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `SELECT c.id, f.score
		FROM (SELECT rowid, bm25(chunks_fts, 1.0, %g) AS score FROM chunks_fts WHERE chunks_fts MATCH ?) f`, retrieval.FieldWeight)
	b.WriteString(`
		JOIN chunks c ON c.id = f.rowid`)
	if variant&ftsVerified != 0 {
		b.WriteString(`
		JOIN documents d ON d.id = c.document_id AND d.version = c.version AND d.verified = 1`)
	}
	if variant&ftsDocIDs != 0 {
		b.WriteString(`
		WHERE c.document_id IN (SELECT value FROM json_each(?))`)
	}
	b.WriteString(`
		ORDER BY f.score, c.document_id, c.ordinal LIMIT ?`)
	return b.String()
}

// ftsSearch ranks the current chunks matching any of terms (already split
// and deduplicated) with FTS5's bm25(), in one read transaction. Score is
// -bm25(), the BM25 score, higher is better.
func (s *Store) ftsSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	expr := matchExpression(terms)
	if expr == "" {
		return []bronwijzer.Passage{}, nil
	}
	variant, args := 0, []any{expr}
	if f.VerifiedOnly {
		variant |= ftsVerified
	}
	if len(f.DocumentIDs) > 0 {
		variant |= ftsDocIDs
		ids, _ := json.Marshal(f.DocumentIDs) // []string always marshals
		args = append(args, string(ids))
	}
	args = append(args, limit)
	tx, err := s.readers.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, unavailable(err)
	}
	defer tx.Rollback()
	ids, scores, err := ftsRank(ctx, tx.StmtContext(ctx, s.stmts.fts[variant]), args)
	if err != nil {
		return nil, fmt.Errorf("lexical search: %w", err)
	}
	return fetchPassages(ctx, tx.StmtContext(ctx, s.stmts.fetch), ids, scores)
}

func ftsRank(ctx context.Context, stmt *sql.Stmt, args []any) ([]int64, []float64, error) {
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var ids []int64
	var scores []float64
	for rows.Next() {
		var id int64
		var bm25 float64
		if err := rows.Scan(&id, &bm25); err != nil {
			return nil, nil, err
		}
		ids, scores = append(ids, id), append(scores, -bm25)
	}
	return ids, scores, rows.Err()
}

// matchExpression builds an FTS5 query matching any of terms: every term a
// string in double quotes (embedded quotes doubled), OR-ed. A quoted string
// is never FTS5 syntax, so input such as COVID-19, NEAR, AND, *, ^ or col:x
// is matched literally. ASCII control characters, which the tokenizer
// treats as separators and FTS5's query parser cannot take (it stops at
// NUL), become spaces, so a term holding one is the phrase of its parts, as
// it was indexed. Terms left blank are dropped; "" means no term.
func matchExpression(terms []string) string {
	var b strings.Builder
	seen := make(map[string]bool, len(terms))
	for _, t := range terms {
		t = strings.TrimSpace(controlsToSpaces(t))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		if b.Len() > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(`"` + strings.ReplaceAll(t, `"`, `""`) + `"`)
	}
	return b.String()
}

// controlsToSpaces replaces ASCII control bytes by spaces, byte by byte:
// strings.Map would also turn invalid UTF-8 into U+FFFD, which is not what
// was indexed.
func controlsToSpaces(t string) string {
	if !strings.ContainsFunc(t, isASCIIControl) {
		return t
	}
	b := []byte(t)
	for i, c := range b {
		if isASCIIControl(rune(c)) {
			b[i] = ' '
		}
	}
	return string(b)
}

func isASCIIControl(r rune) bool { return r < 0x20 || r == 0x7f }
