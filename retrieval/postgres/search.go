package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
)

// passageColumns reads a passage from chunk c joined with its version v.
const passageColumns = `c.document_id, c.version, c.ordinal, v.title, v.source_file, c.page_start, c.page_end,
	c.section, c.text, c.char_start, c.char_end, c.verified, v.published`

func scanPassage(r pgx.CollectableRow) (bronwijzer.Passage, error) {
	var p bronwijzer.Passage
	var ordinal int
	err := r.Scan(&p.DocumentID, &p.Version, &ordinal, &p.Title, &p.SourceFile, &p.PageStart, &p.PageEnd,
		&p.Section, &p.Text, &p.CharStart, &p.CharEnd, &p.Verified, &p.Published, &p.Score)
	p.ID = bronwijzer.ChunkID(p.DocumentID, p.Version, ordinal)
	return p, err
}

// filterSQL returns the WHERE conditions for f on chunk alias c, numbering
// parameters from next.
func filterSQL(f retrieval.Filter, next int) (string, []any) {
	var conds []string
	var args []any
	if f.VerifiedOnly {
		conds = append(conds, "c.verified")
	}
	if len(f.DocumentIDs) > 0 {
		conds = append(conds, fmt.Sprintf("c.document_id = ANY($%d)", next))
		args = append(args, f.DocumentIDs)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(conds, " AND "), args
}

// tsquery builds a to_tsquery('simple', …) text that ORs the terms, each
// quoted so that operators and punctuation in a term are taken literally,
// and returns the distinct terms too.
func tsquery(terms []string) (string, []string) {
	parts := make([]string, 0, len(terms))
	uniq := make([]string, 0, len(terms))
	seen := make(map[string]bool, len(terms))
	for _, t := range terms {
		t = strings.TrimSpace(strings.ReplaceAll(t, "\x00", ""))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		uniq = append(uniq, t)
		q := strings.ReplaceAll(t, `\`, `\\`)
		q = strings.ReplaceAll(q, `'`, `''`)
		parts = append(parts, "'"+q+"'")
	}
	return strings.Join(parts, " | "), uniq
}

// LexicalSearch ranks chunks whose analysed terms contain any of terms by
// BM25, computed as SQLite FTS5's bm25() does (k1 = 1.2, b = 0.75, idf =
// ln((N−n+0.5)/(n+0.5)) floored at 1e-6, over all current chunks), so both
// stores produce the same lexical list. The GIN-indexed tsvector finds the
// candidates; term frequencies and chunk lengths come from the terms array,
// and N, n and the average length from the statistics ingest maintains.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	q, uniq := tsquery(terms)
	if q == "" {
		return []bronwijzer.Passage{}, nil
	}
	where, fargs := filterSQL(f, 4)
	sql := `WITH s AS (
			SELECT n_chunks::float8 AS n,
				CASE WHEN n_chunks > 0 THEN n_terms::float8 / n_chunks ELSE 1 END AS avgdl
			FROM corpus_stats),
		q AS (
			SELECT d.term, greatest(ln((s.n - d.df + 0.5) / (d.df + 0.5)), 1e-6) AS idf
			FROM term_df d, s WHERE d.term = ANY($3::text[]) AND d.df > 0)
		SELECT ` + passageColumns + `, (
			SELECT coalesce(sum(q.idf * x.tf * 2.2 / (x.tf + 1.2 * (0.25 + 0.75 * cardinality(c.terms) / s.avgdl))), 0)
			FROM q CROSS JOIN LATERAL (
				SELECT coalesce(cardinality(array_positions(c.terms, q.term)), 0)::float8 AS tf) x
		)::float8 AS score
		FROM s, chunks c
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		WHERE c.tsv @@ to_tsquery('simple', $1)` + where + `
		ORDER BY score DESC, c.document_id, c.ordinal
		LIMIT $2`
	rows, err := s.pool.Query(ctx, sql, append([]any{q, limit, uniq}, fargs...)...)
	if err != nil {
		return nil, classify(ctx, err, "lexical search")
	}
	ps, err := collectPassages(rows)
	if err != nil {
		return nil, classify(ctx, err, "lexical search")
	}
	return ps, nil
}

// DenseSearch ranks chunks by cosine similarity to vec, best first. The inner
// query is a plain ORDER BY embedding <=> $1 LIMIT n on the chunks table so
// the HNSW index serves it; hnsw.ef_search (and, with a filter, iterative
// scans so filtered-out neighbours do not shrink the result) are set with SET
// LOCAL inside the transaction, never leaking to other pool users.
func (s *Store) DenseSearch(ctx context.Context, vec []float32, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	if !finite(vec) {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Zoekvector bevat NaN of oneindig (non-finite query vector)")
	}
	if zero(vec) {
		// Similar to nothing, but a wrong dimension is still an error.
		if err := s.checkDim(ctx, len(vec)); err != nil {
			return nil, err
		}
		return []bronwijzer.Passage{}, nil
	}
	where, fargs := filterSQL(f, 3)
	sql := `SELECT ` + passageColumns + `, (1 - c.dist)::float8 AS score
		FROM (SELECT c.*, c.embedding <=> $1 AS dist FROM chunks c
			WHERE c.embedding IS NOT NULL` + where + `
			ORDER BY c.embedding <=> $1 LIMIT $2) c
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		ORDER BY c.dist, c.document_id, c.ordinal`
	args := append([]any{pgvector.NewVector(vec), limit}, fargs...)
	var ps []bronwijzer.Passage
	err := s.inTx(ctx, "dense search", func(tx pgx.Tx) error {
		if err := s.setSearchParams(ctx, tx, limit, where != ""); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, sql, args...)
		if err != nil {
			return err
		}
		ps, err = collectPassages(rows)
		return err
	})
	if err != nil {
		if dimMismatch(err) {
			return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err,
				"De zoekvector heeft lengte %d, anders dan de opgeslagen vectoren (embedding dimension mismatch)", len(vec))
		}
		return nil, err
	}
	return ps, nil
}

// checkDim returns EINVALID when the store holds vectors of another
// dimension than dim.
func (s *Store) checkDim(ctx context.Context, dim int) error {
	var stored int
	err := s.pool.QueryRow(ctx, `SELECT m.dim FROM store_meta m
		WHERE EXISTS (SELECT 1 FROM chunks WHERE embedding IS NOT NULL)`).Scan(&stored)
	if isNoRows(err) {
		return nil
	}
	if err != nil {
		return classify(ctx, err, "dense search")
	}
	if stored != dim {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Zoekvector heeft dimensie %d, de opslag %d (dimension mismatch)", dim, stored)
	}
	return nil
}

func (s *Store) setSearchParams(ctx context.Context, tx pgx.Tx, limit int, filtered bool) error {
	ef := min(max(s.opts.EfSearch, limit), 1000)
	// SET LOCAL takes no parameters; ef is an int we computed.
	if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL hnsw.ef_search = %d", ef)); err != nil {
		return wrapf(err, "set ef_search")
	}
	if filtered {
		if _, err := tx.Exec(ctx, "SET LOCAL hnsw.iterative_scan = relaxed_order"); err != nil {
			return wrapf(err, "set iterative_scan")
		}
	}
	return nil
}

// dimMismatch reports pgvector's "different vector dimensions" error.
func dimMismatch(err error) bool {
	return strings.Contains(err.Error(), "different vector dimensions") || strings.Contains(err.Error(), "expected") && strings.Contains(err.Error(), "dimensions")
}

func errLimit() error {
	return bronwijzer.Errorf(bronwijzer.EINVALID, "Aantal resultaten moet positief zijn (limit must be positive)")
}

func collectPassages(rows pgx.Rows) ([]bronwijzer.Passage, error) {
	ps, err := pgx.CollectRows(rows, scanPassage)
	if ps == nil && err == nil {
		ps = []bronwijzer.Passage{}
	}
	return ps, err
}

func zero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
