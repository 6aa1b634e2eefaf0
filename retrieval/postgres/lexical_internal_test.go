package postgres

import (
	"context"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

// The pruned BM25 path must return exactly what scoring every candidate
// returns, and must actually decide for some queries.
func TestTopBM25MatchesFullScoring(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, testServer.Database(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, chunks := storetest.Synthetic(750, 8, 3)
	for i := range docs {
		if _, err := s.PutDocument(ctx, docs[i], chunks[i]); err != nil {
			t.Fatal(err)
		}
	}
	pruned := 0
	for i := range 40 {
		src := chunks[i%len(chunks)][(i*37)%len(chunks[0])]
		terms := []string{src.Terms[i%len(src.Terms)], src.Terms[len(src.Terms)-1-i%5], src.Terms[len(src.Terms)/3]}
		limit := []int{1, 3, 10, 50}[i%4]
		f := retrieval.Filter{VerifiedOnly: i%3 == 0}
		var got, want []bronwijzer.Passage
		var wasPruned bool
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			weighted, avgdl, err := termWeights(ctx, tx, queryTerms(terms))
			if err != nil {
				return err
			}
			if got, wasPruned, err = topBM25(ctx, tx, weighted, avgdl, limit, f); err != nil {
				return err
			}
			want, err = queryBM25(ctx, tx, weighted, len(weighted), avgdl, limit, f)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if wasPruned {
			pruned++
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("query %q limit %d (pruned %v) (-full +top):\n%s", terms, limit, wasPruned, diff)
		}
	}
	if pruned == 0 {
		t.Error("no query took the pruned path; the test proves nothing about it")
	}
	t.Logf("%d of 40 queries decided by a pruned query", pruned)
}
