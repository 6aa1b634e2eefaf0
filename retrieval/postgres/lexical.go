package postgres

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// tsvector limits (PostgreSQL's MAXENTRYPOS, MAXNUMPOS, MAXSTRLEN).
const (
	maxPosition   = 1<<14 - 1
	maxPositions  = 256
	maxLexeme     = 2046
	maxQueryTerms = 256
)

// BM25 parameters of SQLite FTS5's bm25(), so both stores rank alike.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// lexemeOK reports whether term can be a tsvector lexeme.
func lexemeOK(t string) bool {
	return t != "" && len(t) <= maxLexeme && !strings.ContainsRune(t, 0)
}

// termVector builds the chunk's full-text value: each analysed term is a
// lexeme, exactly as the analyser wrote it, with its 1-based positions.
func termVector(terms []string) pgtype.TSVector {
	pos := map[string][]pgtype.TSVectorPosition{}
	for i, t := range terms {
		if i+1 > maxPosition {
			break
		}
		if !lexemeOK(t) || len(pos[t]) >= maxPositions {
			continue
		}
		pos[t] = append(pos[t], pgtype.TSVectorPosition{Position: uint16(i + 1)})
	}
	words := slices.Sorted(maps.Keys(pos))
	lex := make([]pgtype.TSVectorLexeme, len(words))
	for i, w := range words {
		lex[i] = pgtype.TSVectorLexeme{Word: w, Positions: pos[w]}
	}
	return pgtype.TSVector{Lexemes: lex, Valid: true}
}

// queryTerms trims, de-duplicates and bounds the query terms.
func queryTerms(terms []string) []string {
	out := make([]string, 0, len(terms))
	seen := make(map[string]bool, len(terms))
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if !lexemeOK(t) || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
		if len(out) == maxQueryTerms {
			break
		}
	}
	return out
}

// quoteLexeme quotes t for tsquery input: taken literally, never parsed as
// an operator, and not normalised by a text search configuration.
func quoteLexeme(t string) string {
	t = strings.ReplaceAll(t, `\`, `\\`)
	return "'" + strings.ReplaceAll(t, `'`, `''`) + "'"
}

type weightedTerm struct {
	term   string
	df     int64
	idf    float64
	maxTF  int64 // largest frequency in one chunk (an upper bound)
	minLen int64 // shortest chunk holding the term (a lower bound)
}

// upperBound is the most the term can add to a chunk's BM25 score at
// average chunk length avgdl: its term-frequency factor grows with tf and
// shrinks with the chunk's length, so the largest frequency in the shortest
// chunk bounds it; never above idf·(k1+1).
func (t weightedTerm) upperBound(avgdl float64) float64 {
	tf := float64(t.maxTF)
	k := bm25K1 * (1 - bm25B + bm25B*float64(t.minLen)/avgdl)
	return t.idf * tf * (bm25K1 + 1) / (tf + k)
}

// topBM25 returns the exact BM25 top limit, scoring as few candidates as it
// can (MaxScore). Terms are ordered by their upper bound, highest (rarest)
// first, and a query scores, with all terms, only the chunks containing one
// of the first r terms. A chunk containing none of them scores at most the
// sum of the other terms' bounds, rest[r]; when rest[r] is below the
// limit-th score found, no such chunk can enter the list and it is exact.
//
// The first query takes the fewest terms whose chunks can fill the list
// (cheap: rare terms). Its limit-th score is a lower bound θ of the final
// one, so the second query takes the fewest terms with rest[r] < θ, which
// leaves out the common terms that make an OR query expensive; its result
// holds the first's candidates, so its limit-th score is at least θ and it
// decides. Otherwise every chunk matching any term is scored. pruned
// reports whether a pruned query decided (for tests).
func topBM25(ctx context.Context, tx pgx.Tx, terms []weightedTerm, avgdl float64, limit int, f retrieval.Filter) (ps []bronwijzer.Passage, pruned bool, err error) {
	bounds := make(map[string]float64, len(terms))
	for _, t := range terms {
		bounds[t.term] = t.upperBound(avgdl)
	}
	slices.SortFunc(terms, func(a, b weightedTerm) int {
		if c := cmp.Compare(bounds[b.term], bounds[a.term]); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	rest := make([]float64, len(terms)+1) // rest[r]: bound of terms[r:]
	for i := len(terms) - 1; i >= 0; i-- {
		rest[i] = rest[i+1] + bounds[terms[i].term]
	}
	decides := func(ps []bronwijzer.Passage, r int) bool {
		return len(ps) == limit && rest[r]*(1+1e-9) < ps[limit-1].Score
	}
	r, covered := 0, int64(0)
	for r < len(terms) && covered < int64(limit) {
		covered += terms[r].df
		r++
	}
	if r < len(terms) {
		ps, err := queryBM25(ctx, tx, terms, r, avgdl, limit, f)
		if err != nil || decides(ps, r) {
			return ps, err == nil, err
		}
		if len(ps) == limit {
			theta := ps[limit-1].Score
			for r < len(terms) && rest[r]*(1+1e-9) >= theta {
				r++
			}
			if r < len(terms) {
				ps, err := queryBM25(ctx, tx, terms, r, avgdl, limit, f)
				if err != nil || decides(ps, r) {
					return ps, err == nil, err
				}
			}
		}
	}
	ps, err = queryBM25(ctx, tx, terms, len(terms), avgdl, limit, f)
	return ps, false, err
}

func queryBM25(ctx context.Context, tx pgx.Tx, terms []weightedTerm, match int, avgdl float64, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	sql, args := lexicalSQL(terms, match, avgdl, limit, f)
	rows, err := tx.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return collectPassages(rows)
}

// LexicalSearch ranks chunks whose analysed terms contain any of terms by
// BM25 exactly as SQLite FTS5's bm25() computes it (k1 = 1.2, b = 0.75, idf
// = ln((N−n+0.5)/(n+0.5)) floored at 1e-6, N and n over all current chunks),
// so both stores produce the same lexical list.
//
// Without a document filter it aggregates the query terms' postings (see
// postingsSQL): index-only scans of narrow rows, about 1 µs per match. With
// a DocumentIDs filter it scores those documents' chunks from their
// GIN-indexed tsvector (topBM25). N, n and the average chunk length come
// from the statistics that ingest maintains in the same transactions.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	uniq := queryTerms(terms)
	if len(uniq) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	if len(f.DocumentIDs) == 0 {
		return s.queryLocal(ctx, "lexical search", []string{"jit = off"}, postingsSQL(f.VerifiedOnly), uniq, limit)
	}
	ps := []bronwijzer.Passage{}
	err := s.inTx(ctx, "lexical search", func(tx pgx.Tx) error {
		if err := setLocal(ctx, tx, "jit = off"); err != nil {
			return err
		}
		weighted, avgdl, err := termWeights(ctx, tx, uniq)
		if err != nil || len(weighted) == 0 {
			return err
		}
		ps, _, err = topBM25(ctx, tx, weighted, avgdl, limit, f)
		return err
	})
	if err != nil {
		return nil, err
	}
	return ps, nil
}

// termWeights returns the query terms that occur in some chunk with their
// FTS5 idf, and the average chunk length.
func termWeights(ctx context.Context, tx pgx.Tx, terms []string) ([]weightedTerm, float64, error) {
	rows, err := tx.Query(ctx, `SELECT s.n_chunks, s.n_terms, t.term, t.df, t.max_tf, t.min_len
		FROM corpus_stats s LEFT JOIN term_df t ON t.term = ANY($1) AND t.df > 0
		ORDER BY t.term`, terms)
	if err != nil {
		return nil, 0, wrapf(err, "read term statistics")
	}
	var n, total int64
	var out []weightedTerm
	var term pgtype.Text
	var df, maxTF, minLen pgtype.Int8
	_, err = pgx.ForEachRow(rows, []any{&n, &total, &term, &df, &maxTF, &minLen}, func() error {
		if term.Valid {
			out = append(out, weightedTerm{term: term.String, df: df.Int64, maxTF: maxTF.Int64, minLen: minLen.Int64})
		}
		return nil
	})
	if err != nil {
		return nil, 0, wrapf(err, "read term statistics")
	}
	if n <= 0 || len(out) == 0 {
		return nil, 0, nil
	}
	for i := range out {
		df := float64(out[i].df)
		out[i].idf = math.Log((float64(n) - df + 0.5) / (df + 0.5))
		if out[i].idf <= 0 {
			out[i].idf = 1e-6
		}
	}
	return out, float64(total) / float64(n), nil
}

// lexicalSQL builds the BM25 query scoring with all terms the chunks that
// contain one of terms[:match]: $1 their OR tsquery, $2 the limit, then per
// term its lexeme query and idf, then the
// average length, then the filter's parameters. OFFSET 0 keeps the planner
// from inlining the per-term frequencies into the score expression, which
// would compute each ts_rank_cd twice; all arithmetic is float8 (numeric
// literals would make it numeric, several times slower).
func lexicalSQL(terms []weightedTerm, match int, avgdl float64, limit int, f retrieval.Filter) (string, []any) {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = quoteLexeme(t.term)
	}
	args := []any{strings.Join(quoted[:match], " | "), limit}
	tfs := make([]string, 0, len(terms)+1)
	score := make([]string, 0, len(terms))
	for i, t := range terms {
		args = append(args, quoted[i], t.idf)
		tfs = append(tfs, fmt.Sprintf("round(ts_rank_cd(c.tsv, $%d::tsquery, 0) * 10) AS tf%d", len(args)-1, i))
		score = append(score, fmt.Sprintf("$%d::float8 * t.tf%d * %g::float8 / (t.tf%d + t.k)", len(args), i, bm25K1+1, i))
	}
	args = append(args, avgdl)
	tfs = append(tfs, fmt.Sprintf("%g::float8 * (%g::float8 + %g::float8 * c.n_terms / $%d::float8) AS k",
		bm25K1, 1-bm25B, bm25B, len(args)))
	where, fargs := filterSQL(f, len(args)+1)
	// Rank on the narrow columns first and read the passages' text and
	// metadata for the top limit only.
	sql := `SELECT ` + passageColumns + `, r.score
		FROM (SELECT c.document_id, c.version, c.ordinal, (` + strings.Join(score, " + ") + `)::float8 AS score
			FROM chunks c
			CROSS JOIN LATERAL (SELECT ` + strings.Join(tfs, ", ") + ` OFFSET 0) t
			WHERE c.tsv @@ $1::tsquery` + where + `
			ORDER BY score DESC, c.document_id, c.ordinal
			LIMIT $2) r
		JOIN chunks c USING (document_id, version, ordinal)
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		ORDER BY r.score DESC, c.document_id, c.ordinal`
	return sql, append(args, fargs...)
}

// postingsSQL scores every chunk holding a query term from the postings:
// an index-only scan of each term's postings, summed per chunk. $1 the
// terms, $2 the limit. The statistics are read in the same statement (one
// round trip, one snapshot): idf and the average length are computed as in
// termWeights. The limit-th score is the threshold: FETCH … WITH TIES keeps
// every chunk at or above it (one sort of the matches' scores, cheaper than
// a second pass over a materialised aggregate), and only those few are
// joined to their text and metadata and put in the final order (score,
// document, ordinal), so ties at the limit break exactly as in the embedded
// store. Every chunk's score must be summed in the same order (a float sum
// depends on it, and identical chunks must tie exactly): the terms are read
// in term order and each term's postings by a lateral index scan (OFFSET 0
// keeps the planner from turning it into a hash join over the heap), so
// the aggregate sees every chunk's postings in term order.
func postingsSQL(verifiedOnly bool) string {
	verified := ""
	if verifiedOnly {
		verified = " AND p.verified"
	}
	return fmt.Sprintf(`WITH q AS MATERIALIZED (
			SELECT t.term, s.n_terms::float8 / s.n_chunks::float8 AS avgdl,
				CASE WHEN l.idf > 0 THEN l.idf ELSE 1e-6::float8 END AS idf
			FROM corpus_stats s
			JOIN term_df t ON t.term = ANY($1::text[]) AND t.df > 0
			CROSS JOIN LATERAL (SELECT ln((s.n_chunks::float8 - t.df::float8 + 0.5::float8)
				/ (t.df::float8 + 0.5::float8)) AS idf) l
			WHERE s.n_chunks > 0
			ORDER BY t.term),
		r AS (
			SELECT p.chunk_id, sum(q.idf * p.tf * %[1]g::float8
				/ (p.tf + %[2]g::float8 * (%[3]g::float8 + %[4]g::float8 * p.len / q.avgdl)))::float8 AS score
			FROM q CROSS JOIN LATERAL (SELECT p.chunk_id, p.tf, p.len FROM postings p
				WHERE p.term = q.term`+verified+` OFFSET 0) p
			GROUP BY p.chunk_id
			ORDER BY score DESC
			FETCH FIRST $2 ROWS WITH TIES)
		SELECT `+passageColumns+`, r.score
		FROM r
		JOIN chunks c ON c.id = r.chunk_id
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		ORDER BY r.score DESC, c.document_id, c.ordinal
		LIMIT $2`, bm25K1+1, bm25K1, 1-bm25B, bm25B)
}
