package postgres

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
)

// tsvector limits (PostgreSQL's MAXENTRYPOS, MAXNUMPOS, MAXSTRLEN).
const (
	maxPosition   = 1<<14 - 1
	maxPositions  = 256
	maxLexeme     = 2046
	maxQueryTerms = 256
)

// lexemeOK reports whether term can be a tsvector lexeme.
func lexemeOK(t string) bool {
	return t != "" && len(t) <= maxLexeme && !strings.ContainsRune(t, 0)
}

// termVector builds the chunk's full-text value: each analysed term is a
// lexeme, exactly as the analyser wrote it, with its 1-based positions:
// first the field's, labelled A, then the body's, labelled D (the
// default), so fieldTF can count the two apart. The field goes first as it
// is short: a very long body loses its tail positions, never the field.
func termVector(terms, fieldTerms []string) pgtype.TSVector {
	pos := map[string][]pgtype.TSVectorPosition{}
	for i, t := range slices.Concat(fieldTerms, terms) {
		if i+1 > maxPosition {
			break
		}
		if !lexemeOK(t) || len(pos[t]) >= maxPositions {
			continue
		}
		w := pgtype.TSVectorWeightD
		if i < len(fieldTerms) {
			w = pgtype.TSVectorWeightA
		}
		pos[t] = append(pos[t], pgtype.TSVectorPosition{Position: uint16(i + 1), Weight: w})
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
	maxTF  int64 // largest frequency in one chunk's body (an upper bound)
	maxTFF int64 // largest frequency in one chunk's field (an upper bound)
	minLen int64 // shortest chunk holding the term (a lower bound)
}

// upperBound is the most the term can add to a chunk's BM25 score at
// average chunk length avgdl: its term-frequency factor grows with tf
// (tf_body + FieldWeight·tf_field) and shrinks with the chunk's length, so
// the largest frequencies in the shortest chunk bound it; never above
// idf·(k1+1).
func (t weightedTerm) upperBound(avgdl float64) float64 {
	tf := float64(t.maxTF) + retrieval.FieldWeight*float64(t.maxTFF)
	return retrieval.BM25Term(t.idf, tf, float64(t.minLen), avgdl)
}

// bm25Query scores, with all terms, the chunks that contain one of
// terms[:match] (terms in topBM25's order), and returns the top limit with
// ties broken as in the embedded store. It may leave out chunks whose score
// cannot reach theta, given that the terms after match add at most rest
// to any chunk (theta 0: leave out nothing). match = len(terms) is full
// scoring.
type bm25Query func(terms []weightedTerm, match int, rest, theta float64) ([]bronwijzer.Passage, error)

// topBM25 returns the exact BM25 top limit, scoring as few candidates as it
// can (MaxScore). Terms are ordered by their upper bound, highest (rarest)
// first, and a query scores, with all terms, only the chunks containing one
// of the first r terms. A chunk containing none of them scores at most the
// sum of the other terms' bounds, rest[r]; when rest[r] is below the
// limit-th score found, no such chunk can enter the list and it is exact.
//
// start picks the first query's r from the ordered terms (r = len(terms):
// score everything at once). Its limit-th score is a lower bound θ of the
// final one, so a second query takes the fewest terms (at least as many)
// with rest[r] < θ, which leaves out the common terms that make an OR query
// expensive, and may also leave out chunks that cannot reach θ; its result
// holds the first's candidates, so its limit-th score is at least θ and it
// decides. Otherwise every chunk matching any term is scored. pruned
// reports whether a pruned query decided (for tests).
func topBM25(terms []weightedTerm, avgdl float64, limit int, start func([]weightedTerm) int, query bm25Query) (ps []bronwijzer.Passage, pruned bool, err error) {
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
	if r := start(terms); r < len(terms) {
		ps, err := query(terms, r, rest[r], 0)
		if err != nil || decides(ps, r) {
			return ps, err == nil, err
		}
		if len(ps) == limit {
			theta := ps[limit-1].Score
			for r < len(terms) && rest[r]*(1+1e-9) >= theta {
				r++
			}
			if r < len(terms) {
				ps, err := query(terms, r, rest[r], theta)
				if err != nil || decides(ps, r) {
					return ps, err == nil, err
				}
			}
		}
	}
	ps, err = query(terms, len(terms), 0, 0)
	return ps, false, err
}

// coverLimit is topBM25's start for tsvector scoring: the fewest (rarest)
// terms whose chunks can fill the list, so the first query is cheap.
func coverLimit(limit int) func([]weightedTerm) int {
	return func(terms []weightedTerm) int {
		r, covered := 0, int64(0)
		for r < len(terms) && covered < int64(limit) {
			covered += terms[r].df
			r++
		}
		return r
	}
}

// skipCommon is topBM25's start for the postings: leave out the commonest
// (lowest-bound) term when it holds at least half of the query's postings,
// else score everything in one statement. Why: a pruned statement reads
// its essential terms' postings through the per-chunk aggregate and still
// reads the skipped term's postings to complete the survivors (by a hash
// join, without the aggregate), so it saves only the aggregate's work on
// the skipped postings, and a first pruned statement that does not decide
// costs a second one. On the 100,000-chunk benchmark corpus
// (docs/postgres.md) leaving out the commonest term decided every one of
// 200 queries and was 1–4 % faster than full scoring; leaving out more
// terms, or the document-filtered path's coverLimit start (two pruned
// statements), was up to twice as slow.
func skipCommon(terms []weightedTerm) int {
	n := len(terms)
	if n < 2 {
		return n
	}
	var total int64
	for _, t := range terms {
		total += t.df
	}
	if 2*terms[n-1].df >= total {
		return n - 1
	}
	return n
}

// tsvectorQuery is the bm25Query of document-filtered searches: it scores
// the candidates from their tsvector (lexicalSQL) and ignores theta.
func tsvectorQuery(ctx context.Context, tx querier, avgdl float64, limit int, f retrieval.Filter) bm25Query {
	return func(terms []weightedTerm, match int, _, _ float64) ([]bronwijzer.Passage, error) {
		return queryBM25(ctx, tx, terms, match, avgdl, limit, f)
	}
}

// postingsQuery is the bm25Query of unfiltered searches: full scoring is
// postingsSQL, a pruned query prunedPostingsSQL; run executes a statement.
func postingsQuery(limit int, verifiedOnly bool, run func(sql string, args ...any) ([]bronwijzer.Passage, error)) bm25Query {
	return func(terms []weightedTerm, match int, rest, theta float64) ([]bronwijzer.Passage, error) {
		all := make([]string, len(terms))
		for i, t := range terms {
			all[i] = t.term
		}
		if match >= len(terms) {
			return run(postingsSQL(verifiedOnly), all, limit)
		}
		return run(prunedPostingsSQL(verifiedOnly, match, len(terms)), all, limit, rest, theta)
	}
}

// txQuery runs passage queries in q (a transaction).
func txQuery(ctx context.Context, q querier) func(sql string, args ...any) ([]bronwijzer.Passage, error) {
	return func(sql string, args ...any) ([]bronwijzer.Passage, error) {
		rows, err := q.Query(ctx, sql, args...)
		if err != nil {
			return nil, err
		}
		return collectPassages(rows)
	}
}

// committingQuery runs the unfiltered lexical search's statements on c,
// whose transaction the statistics batch began: the first statement goes
// with COMMIT in one batch (one round trip, like queryLocal), and any later
// one in a transaction of its own. That is exact: with skipCommon's start
// the only statement after a pruned one is full scoring, whose result does
// not depend on the bounds (a newer snapshot gives that snapshot's exact
// list), while the pruned statement ran in the snapshot its bounds came
// from. committed reports whether the statistics' transaction has ended.
type committingQuery struct {
	ctx       context.Context
	c         *pgxpool.Conn
	committed bool
}

func (q *committingQuery) run(sql string, args ...any) ([]bronwijzer.Passage, error) {
	b := &pgx.Batch{}
	if q.committed {
		b.Queue("BEGIN")
		b.Queue("SET LOCAL jit = off")
	}
	var ps []bronwijzer.Passage
	b.Queue(sql, args...).Query(func(rows pgx.Rows) error {
		var err error
		ps, err = collectPassages(rows)
		return err
	})
	b.Queue("COMMIT")
	q.committed = true
	if err := q.c.SendBatch(q.ctx, b).Close(); err != nil {
		return nil, err
	}
	return ps, nil
}

func queryBM25(ctx context.Context, q querier, terms []weightedTerm, match int, avgdl float64, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	sql, args := lexicalSQL(terms, match, avgdl, limit, f)
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return collectPassages(rows)
}

// LexicalSearch ranks chunks whose analysed terms contain any of terms by
// BM25 exactly as SQLite FTS5's bm25() computes it (retrieval.BM25K1,
// BM25B, idf = ln((N−n+0.5)/(n+0.5)) floored at BM25MinIDF, N and n over all
// current chunks), so both stores produce the same lexical list. The SQL
// spells the formula out with those shared constants.
//
// Both paths prune with MaxScore (topBM25) and stay exact. Without a
// document filter candidates are scored from the postings (postingsQuery):
// index-only scans of narrow rows, about 1 µs per posting read. With a
// DocumentIDs filter it scores those documents' chunks from their
// GIN-indexed tsvector (tsvectorQuery). N, n, the average chunk length and
// the terms' score bounds come from the statistics that ingest maintains in
// the same transactions.
//
// The search is a read-only REPEATABLE READ transaction, so the bounds
// read first and the queries after see one snapshot (a concurrent ingest
// could otherwise raise a bound between them). BEGIN, SET LOCAL jit = off
// and the statistics go to the server as one batch; an unfiltered search
// then sends its statement and COMMIT as a second (committingQuery), a
// filtered one its queries and COMMIT. If anything fails midway the
// connection is released inside its transaction, and pgxpool closes it
// instead of reusing it.
func (s *Store) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	const op = "lexical search"
	if limit <= 0 {
		return nil, errLimit()
	}
	uniq := queryTerms(terms)
	if len(uniq) == 0 {
		return []bronwijzer.Passage{}, nil
	}
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, classify(ctx, err, op)
	}
	defer c.Release()
	var weighted []weightedTerm
	var avgdl float64
	b := &pgx.Batch{}
	b.Queue("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
	b.Queue("SET LOCAL jit = off")
	b.Queue(termWeightsSQL, uniq).Query(func(rows pgx.Rows) error {
		weighted, avgdl, err = scanTermWeights(rows)
		return err
	})
	if err := c.SendBatch(ctx, b).Close(); err != nil {
		return nil, classify(ctx, err, op)
	}
	ps := []bronwijzer.Passage{}
	commit := true // still in the statistics' transaction
	if len(weighted) > 0 {
		cq := &committingQuery{ctx: ctx, c: c}
		start, query := skipCommon, postingsQuery(limit, f.VerifiedOnly, cq.run)
		if len(f.DocumentIDs) > 0 {
			start, query = coverLimit(limit), tsvectorQuery(ctx, c, avgdl, limit, f)
		}
		if ps, _, err = topBM25(weighted, avgdl, limit, start, query); err != nil {
			return nil, classify(ctx, err, op)
		}
		commit = !cq.committed
	}
	if commit {
		if _, err := c.Exec(ctx, "COMMIT"); err != nil {
			return nil, classify(ctx, err, op)
		}
	}
	return ps, nil
}

// termWeightsSQL reads, for the terms $1, the corpus statistics and each
// term's document frequency and score-bound inputs (scanTermWeights).
const termWeightsSQL = `SELECT s.n_chunks, s.n_terms, t.term, t.df, t.max_tf, t.max_tff, t.min_len
	FROM corpus_stats s LEFT JOIN term_df t ON t.term = ANY($1) AND t.df > 0
	ORDER BY t.term`

// termWeights returns the query terms that occur in some chunk with their
// FTS5 idf, and the average chunk length.
func termWeights(ctx context.Context, q querier, terms []string) ([]weightedTerm, float64, error) {
	rows, err := q.Query(ctx, termWeightsSQL, terms)
	if err != nil {
		return nil, 0, wrapf(err, "read term statistics")
	}
	return scanTermWeights(rows)
}

func scanTermWeights(rows pgx.Rows) ([]weightedTerm, float64, error) {
	var n, total int64
	var out []weightedTerm
	var term pgtype.Text
	var df, maxTF, maxTFF, minLen pgtype.Int8
	_, err := pgx.ForEachRow(rows, []any{&n, &total, &term, &df, &maxTF, &maxTFF, &minLen}, func() error {
		if term.Valid {
			out = append(out, weightedTerm{term: term.String, df: df.Int64, maxTF: maxTF.Int64, maxTFF: maxTFF.Int64, minLen: minLen.Int64})
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
		out[i].idf = retrieval.BM25IDF(float64(n), df)
	}
	return out, float64(total) / float64(n), nil
}

// lexicalSQL builds the BM25 query scoring with all terms the chunks that
// contain one of terms[:match]: $1 their OR tsquery, $2 the limit, then per
// term its lexeme query and idf, then the
// average length, then the filter's parameters. OFFSET 0 keeps the planner
// from inlining the per-term frequencies into the score expression, which
// would compute each ts_rank_cd twice; all arithmetic is float8 (numeric
// literals would make it numeric, several times slower). A term's
// frequency is tf_body + FieldWeight·tf_field: ts_rank_cd of one lexeme
// without normalisation sums its positions' weights, so the weights
// {D 0.1, C 0, B 0, A 0} count the body's occurrences (tenths) and
// {0, 0, 0, 0.1} the field's (termVector labels them A).
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
		tfs = append(tfs, fmt.Sprintf("round(ts_rank_cd('{0.1,0,0,0}', c.tsv, $%[1]d::tsquery, 0) * 10)"+
			" + %[2]g::float8 * round(ts_rank_cd('{0,0,0,0.1}', c.tsv, $%[1]d::tsquery, 0) * 10) AS tf%[3]d",
			len(args)-1, retrieval.FieldWeight, i))
		score = append(score, fmt.Sprintf("$%d::float8 * t.tf%d * %g::float8 / (t.tf%d + t.k)", len(args), i, retrieval.BM25K1+1, i))
	}
	args = append(args, avgdl)
	tfs = append(tfs, fmt.Sprintf("%g::float8 * (%g::float8 + %g::float8 * c.n_terms / $%d::float8) AS k",
		retrieval.BM25K1, 1-retrieval.BM25B, retrieval.BM25B, len(args)))
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
// terms in topBM25's order (by upper bound, highest first), $2 the limit.
// The statistics are read in the same statement (one snapshot): idf and the
// average length are computed as in termWeights. The limit-th score is the
// threshold: FETCH … WITH TIES keeps every chunk at or above it (one sort
// of the matches' scores, cheaper than a second pass over a materialised
// aggregate), and only those few are joined to their text and metadata and
// put in the final order (score, document, ordinal), so ties at the limit
// break exactly as in the embedded store.
//
// Every chunk's score must be summed in the same order (a float sum
// depends on it, identical chunks must tie exactly, and a pruned query must
// give the same bits): the terms are read in $1's order and each term's
// postings by a lateral index scan (OFFSET 0 keeps the planner from turning
// it into a hash join over the heap), so the aggregate sees every chunk's
// postings in that order.
func postingsSQL(verifiedOnly bool) string {
	return `WITH ` + postingsTermsCTE + `,
		r AS (
			SELECT p.chunk_id, sum(` + postingScore + `)::float8 AS score
			FROM q CROSS JOIN LATERAL (SELECT p.chunk_id, p.tf, p.tff, p.len FROM postings p
				WHERE p.term = q.term` + verifiedCond(verifiedOnly) + ` OFFSET 0) p
			GROUP BY p.chunk_id
			ORDER BY score DESC
			FETCH FIRST $2 ROWS WITH TIES)
		` + postingsPassages
}

func verifiedCond(verifiedOnly bool) string {
	if verifiedOnly {
		return " AND p.verified"
	}
	return ""
}

// postingsTermsCTE is q: the query terms $1 that occur, in $1's order (i),
// with their idf and the average chunk length, read from the statistics in
// the same statement; idf and the average length as in termWeights.
var postingsTermsCTE = fmt.Sprintf(`q AS MATERIALIZED (
			SELECT u.i, t.term,
				CASE WHEN l.idf > 0 THEN l.idf ELSE %[3]g::float8 END * %[1]g::float8 AS a,
				%[2]g::float8 / (s.n_terms::float8 / s.n_chunks::float8) AS kl
			FROM unnest($1::text[]) WITH ORDINALITY u(term, i)
			JOIN term_df t ON t.term = u.term AND t.df > 0
			CROSS JOIN corpus_stats s
			CROSS JOIN LATERAL (SELECT ln((s.n_chunks::float8 - t.df::float8 + 0.5::float8)
				/ (t.df::float8 + 0.5::float8)) AS idf) l
			WHERE s.n_chunks > 0
			ORDER BY u.i)`, retrieval.BM25K1+1, retrieval.BM25K1*retrieval.BM25B, retrieval.BM25MinIDF)

// postingsPassages joins the ranked chunks r to their text and metadata.
const postingsPassages = `SELECT ` + passageColumns + `, r.score
		FROM r
		JOIN chunks c ON c.id = r.chunk_id
		JOIN versions v ON v.document_id = c.document_id AND v.version = c.version
		ORDER BY r.score DESC, c.document_id, c.ordinal
		LIMIT $2`

// postingScore is one posting's BM25 term: q's idf times the tf factor of
// posting p, its frequency being tf_body + FieldWeight·tf_field (all
// float8: numeric literals would make it numeric, several times slower).
// Every query computes it with this same expression, so a pruned and a
// full query give the same bits.
var postingScore = fmt.Sprintf(`q.a * (p.tf + %[1]g::float8 * p.tff) / ((p.tf + %[1]g::float8 * p.tff) + (%[2]g::float8 + q.kl * p.len))`,
	retrieval.FieldWeight, retrieval.BM25K1*(1-retrieval.BM25B))

// prunedPostingsSQL is the MaxScore query of the postings path for terms
// $1 (in topBM25's order) of which the first match are essential: $2 the
// limit, $3 rest (the most the other terms add to any chunk), $4 theta (a
// lower bound of the final limit-th score, or 0).
//
// e reads only the essential terms' postings (the rarer ones: the common
// terms, whose postings are most of the work, are not read) and sums each
// chunk's partial score in $1's order. A partial score is at most the
// chunk's score, so the limit-th partial score is a lower bound of the
// final limit-th score too; the larger of it and $4 is θ. A chunk whose
// partial score plus rest is below θ cannot enter the list (the margin
// covers rounding), and a chunk without an essential term scores at most
// rest (topBM25 checks rest against the result). Only the survivors are
// completed, by one index probe of (term, chunk) per non-essential term:
// partial + t1 + t2 … adds the terms in $1's order, the same float
// additions as postingsSQL's sum (a missing term adds 0, which changes
// nothing), so the scores are equal to the last bit and ties break alike.
func prunedPostingsSQL(verifiedOnly bool, match, n int) string {
	var complete, joins strings.Builder
	for i := match + 1; i <= n; i++ {
		fmt.Fprintf(&complete, " + coalesce(x%d.s, 0::float8)", i)
		fmt.Fprintf(&joins, `
			LEFT JOIN (SELECT p.chunk_id, `+postingScore+` AS s
				FROM q JOIN postings p ON p.term = q.term WHERE q.i = %d) x%[1]d ON x%[1]d.chunk_id = e.chunk_id`, i)
	}
	return fmt.Sprintf(`WITH `+postingsTermsCTE+`,
		e AS MATERIALIZED (
			SELECT p.chunk_id, sum(`+postingScore+`)::float8 AS partial
			FROM q CROSS JOIN LATERAL (SELECT p.chunk_id, p.tf, p.tff, p.len FROM postings p
				WHERE p.term = q.term`+verifiedCond(verifiedOnly)+` OFFSET 0) p
			WHERE q.i <= %d
			GROUP BY p.chunk_id),
		t AS MATERIALIZED (
			SELECT greatest($4::float8, coalesce(
				(SELECT e.partial FROM e ORDER BY e.partial DESC OFFSET $2 - 1 LIMIT 1), 0::float8)) AS theta),
		r AS (
			SELECT e.chunk_id, (e.partial`+complete.String()+`)::float8 AS score
			FROM e CROSS JOIN t`+joins.String()+`
			WHERE (e.partial + $3::float8) * (1 + 1e-9::float8) >= t.theta
			ORDER BY score DESC
			FETCH FIRST $2 ROWS WITH TIES)
		`+postingsPassages, match)
}
