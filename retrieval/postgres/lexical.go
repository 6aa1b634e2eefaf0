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
	term string
	df   int64
	idf  float64
}

// upperBound is the most one term can add to a chunk's BM25 score:
// idf·tf·(k1+1)/(tf+K) < idf·(k1+1) for every tf and length.
func (t weightedTerm) upperBound() float64 { return t.idf * (bm25K1 + 1) }

// pruneAttempts bounds how many pruned queries topBM25 tries before scoring
// every candidate.
const pruneAttempts = 2

// topBM25 returns the exact BM25 top limit, scoring as few candidates as it
// can (the MaxScore idea). With the terms ordered rarest first, it scores
// (with all terms) only the chunks that contain one of the r rarest terms.
// A chunk containing none of them scores less than the sum of the other
// terms' upper bounds; when that sum is below the limit-th score found, no
// such chunk can enter the top list and the result is exact. Otherwise it
// widens r, and finally scores every chunk that matches any term. pruned
// reports whether a pruned query decided (for tests).
func topBM25(ctx context.Context, tx pgx.Tx, terms []weightedTerm, avgdl float64, limit int, f retrieval.Filter) (ps []bronwijzer.Passage, pruned bool, err error) {
	slices.SortFunc(terms, func(a, b weightedTerm) int {
		if c := cmp.Compare(a.df, b.df); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	rest := make([]float64, len(terms)+1) // rest[r]: bound of terms[r:]
	for i := len(terms) - 1; i >= 0; i-- {
		rest[i] = rest[i+1] + terms[i].upperBound()
	}
	r, covered := 0, int64(0)
	for r < len(terms) && covered < int64(limit) {
		covered += terms[r].df
		r++
	}
	for attempt := 0; attempt < pruneAttempts && r < len(terms); attempt++ {
		// Only try when it can plausibly decide: a chunk holding the least
		// rare term of the set once, at average length, scores its idf;
		// the other terms' bound must stay below that.
		if rest[r] >= terms[r-1].idf {
			break
		}
		ps, err := queryBM25(ctx, tx, terms, r, avgdl, limit, f)
		if err != nil {
			return nil, false, err
		}
		if len(ps) == limit && rest[r]*(1+1e-9) < ps[limit-1].Score {
			return ps, true, nil
		}
		r++
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
// The GIN-indexed tsvector finds the candidates. For each candidate, a
// term's frequency is ts_rank_cd of that one lexeme (0.1 per occurrence
// without weights), which reads the in-row tsvector by binary search: far
// cheaper than unnesting the terms. N, n and the average chunk length come
// from the statistics that ingest maintains in the same transactions.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	if limit <= 0 {
		return nil, errLimit()
	}
	uniq := queryTerms(terms)
	if len(uniq) == 0 {
		return []bronwijzer.Passage{}, nil
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
	var n, total int64
	var found []string
	var dfs []int64
	err := tx.QueryRow(ctx, `SELECT s.n_chunks, s.n_terms,
			coalesce((SELECT array_agg(term ORDER BY term) FROM term_df WHERE term = ANY($1) AND df > 0), '{}'),
			coalesce((SELECT array_agg(df::bigint ORDER BY term) FROM term_df WHERE term = ANY($1) AND df > 0), '{}')
		FROM corpus_stats s`, terms).Scan(&n, &total, &found, &dfs)
	if err != nil {
		return nil, 0, wrapf(err, "read term statistics")
	}
	if n <= 0 || len(found) != len(dfs) {
		return nil, 0, nil
	}
	out := make([]weightedTerm, len(found))
	for i, t := range found {
		idf := math.Log((float64(n) - float64(dfs[i]) + 0.5) / (float64(dfs[i]) + 0.5))
		if idf <= 0 {
			idf = 1e-6
		}
		out[i] = weightedTerm{t, dfs[i], idf}
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
	sql := `SELECT ` + passageColumns + `, (` + strings.Join(score, " + ") + `)::float8 AS score
		FROM chunks c
		CROSS JOIN LATERAL (SELECT ` + strings.Join(tfs, ", ") + ` OFFSET 0) t
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		WHERE c.tsv @@ $1::tsquery` + where + `
		ORDER BY score DESC, c.document_id, c.ordinal
		LIMIT $2`
	return sql, append(args, fargs...)
}
