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
	c.section, c.text, c.char_start, c.char_end, c.kind, c.caption, c.verified, v.published` // #nosec G101 -- column names, not credentials

func scanPassage(r pgx.CollectableRow) (bronwijzer.Passage, error) {
	var p bronwijzer.Passage
	var ordinal int
	err := r.Scan(&p.DocumentID, &p.Version, &ordinal, &p.Title, &p.SourceFile, &p.PageStart, &p.PageEnd,
		&p.Section, &p.Text, &p.CharStart, &p.CharEnd, &p.Kind, &p.Caption, &p.Verified, &p.Published, &p.Score)
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

// DenseSearch ranks chunks by cosine similarity to vec, best first. The inner
// query is a plain ORDER BY embedding <=> $1 LIMIT n on the chunks table so
// the HNSW index serves it; hnsw.ef_search (and, with a filter, iterative
// scans so filtered-out neighbours do not shrink the result) are set with SET
// LOCAL inside the transaction, never leaking to other pool users. A
// DocumentIDs filter ranks those documents' chunks exactly instead.
//
// Only searchable chunks are ranked: a whole table or a note has a vector
// (Chunks returns what was put) but is never a passage. That condition is a
// filter on the HNSW scan too, so iterative scans are always on; the
// tables and notes are a small share of the chunks, so the first scan
// nearly always fills the list.
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
	inner := `SELECT c.*, c.embedding <=> $1 AS dist FROM chunks c
			WHERE c.embedding IS NOT NULL AND c.searchable` + where + `
			ORDER BY c.embedding <=> $1 LIMIT $2`
	if len(f.DocumentIDs) > 0 {
		// A few documents' chunks: rank them exactly (primary key lookup)
		// rather than walk the HNSW graph for the rare neighbours that
		// pass such a selective filter.
		inner = `WITH d AS MATERIALIZED (SELECT * FROM chunks c WHERE c.embedding IS NOT NULL AND c.searchable` + where + `)
			SELECT c.*, c.embedding <=> $1 AS dist FROM d c ORDER BY dist LIMIT $2`
	}
	sql := `SELECT ` + passageColumns + `, (1 - c.dist)::float8 AS score
		FROM (` + inner + `) c
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		ORDER BY c.dist, c.document_id, c.ordinal`
	args := append([]any{pgvector.NewVector(vec), limit}, fargs...)
	settings := searchSettings(s.opts.EfSearch, limit)
	ps, err := s.queryLocal(ctx, "dense search", settings, sql, args...)
	if err == nil && len(ps) < limit {
		// The HNSW scan can come back short: entries of replaced versions
		// stay in the graph until VACUUM, and a filter drops candidates. A
		// short list is then completed exactly by a sequential scan; with a
		// full list (the normal case on a large store) this never runs.
		ps, err = s.queryLocal(ctx, "dense search", append(settings, "enable_indexscan = off"), sql, args...)
	}
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

// searchSettings are the dense search's SET LOCAL settings: hnsw.ef_search
// raised to the list size (SET LOCAL takes no parameters; ef is an int we
// computed) and iterative scans, so neighbours filtered out (tables and
// notes, unverified or other documents) do not shrink the result.
func searchSettings(efSearch, limit int) []string {
	return []string{"jit = off", fmt.Sprintf("hnsw.ef_search = %d", min(max(efSearch, limit), 1000)),
		"hnsw.iterative_scan = relaxed_order"}
}

// queryLocal runs one passage query with settings applied by SET LOCAL, in
// a transaction of its own, in one round trip: BEGIN, the settings, the
// query and COMMIT go to the server as one pgx batch (a pipeline) instead of
// four exchanges, which is a measurable part of a millisecond search. The
// settings end with the transaction, so they never leak to the next user of
// the pooled connection; if any statement fails, the server skips the rest
// (COMMIT included) and pgxpool closes the connection, still inside the
// failed transaction, instead of reusing it.
//
// JIT is always off for searches: these are millisecond queries, and
// PostgreSQL's cost estimates on freshly loaded tables can trigger a JIT
// compilation that alone takes seconds.
func (s *Store) queryLocal(ctx context.Context, op string, settings []string, sql string, args ...any) ([]bronwijzer.Passage, error) {
	b := &pgx.Batch{}
	b.Queue("BEGIN")
	for _, st := range settings {
		b.Queue("SET LOCAL " + st)
	}
	var ps []bronwijzer.Passage
	b.Queue(sql, args...).Query(func(rows pgx.Rows) error {
		var err error
		ps, err = collectPassages(rows)
		return err
	})
	b.Queue("COMMIT")
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return nil, classify(ctx, err, op)
	}
	return ps, nil
}

// setLocal applies settings for the rest of the transaction only, in one
// round trip.
func setLocal(ctx context.Context, tx pgx.Tx, settings ...string) error {
	var b strings.Builder
	for _, st := range settings {
		b.WriteString("SET LOCAL " + st + ";")
	}
	_, err := tx.Exec(ctx, b.String())
	return wrapf(err, "set local")
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
