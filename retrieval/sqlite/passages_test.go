package sqlite_test

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval"
)

// TestPassageCacheFollowsWrites: passages served from a snapshot's cache are
// those of the current version, in order with their scores, after the
// document is replaced, after it is deleted, and when other documents change.
func TestPassageCacheFollowsWrites(t *testing.T) {
	for _, mode := range lexicalModes {
		t.Run(mode.String(), func(t *testing.T) {
			s := mustOpenMode(t, mode)
			ctx := t.Context()
			putSmall(t, s, "a", "sha-a1", "oud", 3)
			putSmall(t, s, "b", "sha-b1", "ander", 2)
			search := func() ([]string, []float64) {
				t.Helper()
				ps, err := s.LexicalSearch(ctx, []string{"gedeeld"}, 10, retrieval.Filter{})
				if err != nil {
					t.Fatal(err)
				}
				var texts []string
				var scores []float64
				for _, p := range ps {
					texts = append(texts, p.Text)
					scores = append(scores, p.Score)
				}
				return texts, scores
			}
			first, firstScores := search()
			again, againScores := search() // served from the cache
			if len(first) != 5 || len(again) != 5 {
				t.Fatalf("want 5 passages twice, got %q then %q", first, again)
			}
			for i := range first {
				if first[i] != again[i] || firstScores[i] != againScores[i] {
					t.Fatalf("cached search differs at %d: %q %v, then %q %v", i, first, firstScores, again, againScores)
				}
			}
			putSmall(t, s, "a", "sha-a2", "nieuw", 3)
			texts, _ := search()
			for _, txt := range texts {
				if txt == "oud a" {
					t.Fatalf("replaced version still served: %q", texts)
				}
			}
			if n := count(texts, "nieuw a"); n != 3 {
				t.Fatalf("want the new version's 3 passages, got %q", texts)
			}
			if err := s.DeleteDocument(ctx, "a"); err != nil {
				t.Fatal(err)
			}
			if texts, _ := search(); len(texts) != 2 || count(texts, "ander b") != 2 {
				t.Fatalf("after delete want only b's passages, got %q", texts)
			}
			dense, err := s.DenseSearch(ctx, []float32{1, 0, 0, 0}, 10, retrieval.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range dense {
				if p.DocumentID != "b" || p.Text != "ander b" {
					t.Fatalf("dense search after delete served %+v", p)
				}
			}
		})
	}
}

func count(xs []string, x string) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}
