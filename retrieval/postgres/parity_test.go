package postgres_test

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/bronwijzer/bronwijzer/retrieval/synth"
	"github.com/google/go-cmp/cmp"
)

// TestLexicalParityWithSQLite loads the same synthetic corpus into both
// stores and checks that lexical search returns the same passages in the
// same order with the same BM25F scores (the PostgreSQL store computes
// FTS5's bm25() with the field weight itself), from the postings and, with
// a document filter, from the tsvectors, and dense search the same top
// passages. Every synthetic chunk has field terms (its section path), and
// some are whole tables or notes, which neither store may return or count.
func TestLexicalParityWithSQLite(t *testing.T) {
	ctx := context.Background()
	pg, _ := open(t, postgres.Options{})
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "parity.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	docs, chunks := synth.Documents(600, 16, 7)
	for i := range chunks {
		for o := 5; o < len(chunks[i]); o += 9 {
			chunks[i][o].Kind = []string{bronwijzer.KindTable, bronwijzer.KindNote}[o%2]
		}
	}
	for i := range docs {
		for _, s := range []retrieval.Store{pg, lite} {
			if _, err := s.PutDocument(ctx, docs[i], chunks[i]); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Replace one document so the statistics see a decrement too.
	if _, err := pg.PutDocument(ctx, withSHA(docs[1], "v2"), chunks[2]); err != nil {
		t.Fatal(err)
	}
	if _, err := lite.PutDocument(ctx, withSHA(docs[1], "v2"), chunks[2]); err != nil {
		t.Fatal(err)
	}
	// Small limits make the pruned BM25 path (topBM25) decide; 20 often
	// needs every candidate.
	for i, c := range []int{0, 17, 101, 249, 3, 55, 180, 222, 14, 77, 140, 230} {
		src := chunks[0][c]
		terms := []string{src.Terms[0], src.Terms[len(src.Terms)/2], src.Terms[len(src.Terms)-1], src.FieldTerms[i%2], "onbekend"}
		f := retrieval.Filter{VerifiedOnly: i%2 == 1}
		if i >= 8 { // the tsvector path
			f.DocumentIDs = []string{docs[0].ID, docs[2].ID}
		}
		limit := []int{20, 3, 10}[i/4]
		want, err := lite.LexicalSearch(ctx, terms, limit, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 2 {
			t.Fatalf("lexical %q: sqlite found %d passages; the comparison needs several", terms, len(want))
		}
		got, err := pg.LexicalSearch(ctx, terms, limit, f)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ids(want), ids(got)); diff != "" {
			t.Errorf("lexical %q ids (-sqlite +postgres):\n%s", terms, diff)
			continue
		}
		for j := range want {
			if math.Abs(want[j].Score-got[j].Score) > 1e-6*math.Max(1, want[j].Score) {
				t.Errorf("lexical %q rank %d: score sqlite %v, postgres %v", terms, j, want[j].Score, got[j].Score)
			}
		}
		wantD, err := lite.DenseSearch(ctx, src.Embedding, 5, f)
		if err != nil {
			t.Fatal(err)
		}
		gotD, err := pg.DenseSearch(ctx, src.Embedding, 5, f)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ids(wantD), ids(gotD)); diff != "" {
			t.Errorf("dense ids (-sqlite +postgres):\n%s", diff)
		}
	}
}
