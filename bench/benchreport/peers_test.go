package benchreport

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// A peer that returned the wrong chunks would make every figure beside it
// meaningless: chromem-go and the embedded store are exact, so their top 10
// must be the exact top 10, in order.
func TestExactEnginesAgree(t *testing.T) {
	ctx := context.Background()
	c := Synthetic(1200, 20)
	all := c.All()
	lk := NewLookup(c.Queries)
	ch, err := NewChromem(lk)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Load(ctx, all); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, d := range c.Docs {
		if _, err := st.PutDocument(ctx, d, c.Chunks[i]); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range c.Queries {
		want := ExactTop(all, q.Vec, 10)
		got, err := ch.Search(ctx, q.Text, 10)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("chromem-go %s: got %v, want %v", q.Text, got, want)
		}
		ps, err := st.DenseSearch(ctx, q.Vec, 10, retrieval.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if got := passageIDs(ps); !slices.Equal(got, want) {
			t.Errorf("embedded store %s: got %v, want %v", q.Text, got, want)
		}
	}
	if _, err := ch.Search(ctx, "not a query", 10); err == nil {
		t.Error("chromem-go searched a query the lookup does not know; want an error, not a zero vector")
	}
}

// langchaingo's store and Bronwijzer's PostgreSQL store on the same vectors:
// the first must return the exact top 10 (its search is a sequential scan,
// which the report states from EXPLAIN), the second close to it (HNSW).
func TestPostgresEngines(t *testing.T) {
	ctx := context.Background()
	c := Synthetic(1000, 20)
	all := c.All()
	lk := NewLookup(c.Queries)
	exact := make([][]string, len(c.Queries))
	for i, q := range c.Queries {
		exact[i] = ExactTop(all, q.Vec, 10)
	}

	lc, err := NewLangchain(ctx, pgServer.Database(t), lk)
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Close()
	if err := lc.Load(ctx, all); err != nil {
		t.Fatal(err)
	}
	for i, q := range c.Queries {
		got, err := lc.Search(ctx, q.Text, 10)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, exact[i]) {
			t.Errorf("langchaingo %s: got %v, want %v", q.Text, got, exact[i])
		}
	}
	if _, err := lc.UsesIndex(ctx, c.Queries[0].Vec); err != nil {
		t.Fatalf("EXPLAIN of langchaingo's query: %v", err)
	}

	st, err := postgres.Open(ctx, pgServer.Database(t), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.BulkPut(ctx, c.Docs, c.Chunks); err != nil {
		t.Fatal(err)
	}
	recall, err := Recall(exact, func(i int) ([]string, error) {
		ps, err := st.DenseSearch(ctx, c.Queries[i].Vec, 10, retrieval.Filter{})
		return passageIDs(ps), err
	})
	if err != nil {
		t.Fatal(err)
	}
	if recall < 0.9 {
		t.Errorf("PostgreSQL store recall@10 = %.3f, want ≥ 0.9", recall)
	}
}

func TestRecall(t *testing.T) {
	exact := [][]string{{"a", "b"}, {"c", "d"}}
	got := map[int][]string{0: {"b", "x"}, 1: {"c", "d"}}
	r, err := Recall(exact, func(i int) ([]string, error) { return got[i], nil })
	if err != nil || r != 0.75 {
		t.Fatalf("Recall = %v, %v; want 0.75", r, err)
	}
}
