package sqlite_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/bronwijzer/bronwijzer/retrieval/synth"
)

// openBoth opens the same database file in both lexical modes.
func openBoth(t *testing.T) (mem, fts *sqlite.Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bronwijzer.db")
	for _, mode := range lexicalModes {
		s, err := sqlite.Open(t.Context(), path, sqlite.Options{Lexical: mode})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if mode == sqlite.LexicalFTS5 {
			fts = s
		} else {
			mem = s
		}
	}
	return mem, fts
}

// TestLexicalModesAgree proves the FTS5 path computes the same BM25 as the
// in-memory index: on a synthetic corpus (Zipf terms, so common and rare
// terms, with a replaced and a deleted document so the index has seen
// deletes), every query returns the same passages in the same order with
// the same scores, with and without filters. Rows whose scores differ by
// less than float32 rounding may swap places.
func TestLexicalModesAgree(t *testing.T) {
	ctx := t.Context()
	mem, fts := openBoth(t)
	docs, chunks := synth.Documents(1200, 4, 3)
	for i := range docs {
		if _, err := mem.PutDocument(ctx, docs[i], chunks[i]); err != nil {
			t.Fatal(err)
		}
	}
	replaced := docs[1]
	replaced.SHA256 = "replaced"
	if _, err := fts.PutDocument(ctx, replaced, chunks[4][:100]); err != nil {
		t.Fatal(err)
	}
	if err := mem.DeleteDocument(ctx, docs[2].ID); err != nil {
		t.Fatal(err)
	}
	filters := map[string]retrieval.Filter{
		"none":     {},
		"verified": {VerifiedOnly: true},
		"ids":      {DocumentIDs: []string{docs[0].ID, docs[1].ID}},
	}
	for _, q := range synth.Queries(40, 4, 5) {
		for name, f := range filters {
			want, err := mem.LexicalSearch(ctx, q.Terms, 20, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := fts.LexicalSearch(ctx, q.Terms, 20, f)
			if err != nil {
				t.Fatal(err)
			}
			if msg := sameRanking(want, got); msg != "" {
				t.Errorf("query %q, filter %s: %s", q.Terms, name, msg)
			}
		}
	}
}

func sameRanking(want, got []bronwijzer.Passage) string {
	if len(want) != len(got) {
		return fmt.Sprintf("memory %d passages, fts5 %d", len(want), len(got))
	}
	for i := range want {
		w, g := want[i], got[i]
		if math.Abs(w.Score-g.Score) > 1e-5*math.Max(1, w.Score) {
			return fmt.Sprintf("rank %d: memory %s %.7f, fts5 %s %.7f", i, w.ID, w.Score, g.ID, g.Score)
		}
		if w.ID != g.ID && math.Abs(w.Score-g.Score) > 1e-6 {
			return fmt.Sprintf("rank %d: memory %s, fts5 %s", i, w.ID, g.ID)
		}
	}
	return ""
}

// TestFTSIndexConsistent checks that once a LexicalFTS5 store has turned
// the index on, puts, replacements and deletes made by a store in the
// other mode keep it in step (FTS5's integrity-check passes and searches
// see exactly the current chunks): every writer maintains it once
// meta.fts is on.
func TestFTSIndexConsistent(t *testing.T) {
	ctx := t.Context()
	mem, fts := openBoth(t)
	putSmall(t, mem, "a", "1", "alfa", 5)
	putSmall(t, mem, "b", "1", "bravo", 3)
	putSmall(t, mem, "a", "2", "anders", 2)
	if err := mem.DeleteDocument(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	if _, err := mem.Writer().ExecContext(ctx,
		"INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Fatalf("integrity-check: %v", err)
	}
	for term, want := range map[string]int{"anders": 2, "alfa": 0, "bravo": 0, "gedeeld": 2} {
		ps, err := fts.LexicalSearch(ctx, []string{term}, 10, retrieval.Filter{})
		if err != nil || len(ps) != want {
			t.Errorf("fts5 %q: %d passages, %v; want %d", term, len(ps), err, want)
		}
	}
}

func TestParseLexical(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want sqlite.Lexical
		ok   bool
	}{{"", sqlite.LexicalMemory, true}, {"memory", sqlite.LexicalMemory, true}, {" FTS5 ", sqlite.LexicalFTS5, true}, {"bleve", 0, false}} {
		got, err := sqlite.ParseLexical(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseLexical(%q) = %v, %v", tt.in, got, err)
		}
		if err == nil && got.String() != map[sqlite.Lexical]string{0: "memory", 1: "fts5"}[got] {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
	if _, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"), sqlite.Options{Lexical: 7}); err == nil {
		t.Error("Open accepted Lexical(7)")
	}
}
