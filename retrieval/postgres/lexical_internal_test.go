package postgres

import (
	"context"
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/synth"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

// The pruned BM25 paths (tsvector scoring with a document filter, postings
// without) must return exactly what scoring every candidate returns: the
// same ids, order and scores to the last bit. Each must actually decide
// for some queries, and a deliberately wrong bound must be caught, so the
// comparison can fail.
func TestTopBM25MatchesFullScoring(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, testServer.Database(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, chunks := synth.Documents(750, 8, 3)
	for i := range docs {
		if _, err := s.PutDocument(ctx, docs[i], chunks[i]); err != nil {
			t.Fatal(err)
		}
	}
	// Each start rule of topBM25 over each scoring: the rules production
	// uses (coverLimit for tsvectors, skipCommon for postings) and, for the
	// postings, the other rule and leaving out only the commonest term, so
	// the θ and survivor pruning of prunedPostingsSQL is exercised.
	type variant struct {
		name     string
		postings bool
		start    func(limit int) func([]weightedTerm) int
	}
	skipLast := func(int) func([]weightedTerm) int {
		return func(ts []weightedTerm) int { return max(1, len(ts)-1) }
	}
	variants := []variant{
		{"tsvector/coverLimit", false, coverLimit},
		{"postings/skipCommon", true, func(int) func([]weightedTerm) int { return skipCommon }},
		{"postings/coverLimit", true, coverLimit},
		{"postings/skipLast", true, skipLast},
	}
	pruned := map[string]int{}
	caught := 0
	for i := range 40 {
		src := chunks[i%len(chunks)][(i*37)%len(chunks[0])]
		terms := []string{src.Terms[i%len(src.Terms)], src.Terms[len(src.Terms)-1-i%5], src.Terms[len(src.Terms)/3]}
		if i%2 == 1 {
			// A common term makes skipCommon prune.
			terms = append(terms, chunks[0][0].Terms[0], chunks[1][1].Terms[0])
		}
		limit := []int{1, 3, 10, 50}[i%4]
		f := retrieval.Filter{VerifiedOnly: i%3 == 0}
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			weighted, avgdl, err := termWeights(ctx, tx, queryTerms(terms))
			if err != nil {
				return err
			}
			for _, v := range variants {
				query := tsvectorQuery(ctx, tx, avgdl, limit, f)
				if v.postings {
					query = postingsQuery(limit, f.VerifiedOnly, txQuery(ctx, tx))
				}
				got, wasPruned, err := topBM25(weighted, avgdl, limit, v.start(limit), query)
				if err != nil {
					return err
				}
				want, err := query(weighted, len(weighted), 0, 0) // weighted is sorted now
				if err != nil {
					return err
				}
				if wasPruned {
					pruned[v.name]++
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: query %q limit %d (pruned %v) (-full +top):\n%s", v.name, terms, limit, wasPruned, diff)
				}
			}
			// A pruned statement told that the left-out term adds nothing
			// (rest 0) drops chunks it must keep: the comparison sees it.
			if len(weighted) >= 2 {
				query := postingsQuery(limit, f.VerifiedOnly, txQuery(ctx, tx))
				wrong, err := query(weighted, len(weighted)-1, 0, 0)
				if err != nil {
					return err
				}
				want, err := query(weighted, len(weighted), 0, 0)
				if err != nil {
					return err
				}
				if !cmp.Equal(want, wrong) {
					caught++
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, v := range variants {
		if pruned[v.name] == 0 {
			t.Errorf("%s: no query took the pruned path; the test proves nothing about it", v.name)
		}
	}
	if caught == 0 {
		t.Error("a pruned statement with a wrong bound gave the full result every time; the comparison cannot fail")
	}
	t.Logf("of 40 queries decided by a pruned query: %v; a wrong bound caught in %d", pruned, caught)
}
