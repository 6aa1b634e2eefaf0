package retrieval_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// An ingest committing between the lexical and the dense read gives the
// lists two versions of one document; the fused result never mixes them.
func TestHybridNeverMixesVersions(t *testing.T) {
	p := func(doc string, version, ordinal int) bronwijzer.Passage {
		return bronwijzer.Passage{ID: bronwijzer.ChunkID(doc, version, ordinal), DocumentID: doc, Version: version}
	}
	st := &fakeStore{
		lex:   []bronwijzer.Passage{p("hartfalen", 1, 0), p("astma", 3, 0), p("hartfalen", 1, 1)},
		dense: []bronwijzer.Passage{p("hartfalen", 2, 4), p("astma", 3, 1)},
	}
	got, err := newSearcher(st).Search(context.Background(), "hartfalen astma", retrieval.SearchOptions{K: 10})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range got {
		ids = append(ids, q.ID)
	}
	want := []string{"astma:3:0", "hartfalen:2:4", "astma:3:1"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
	if len(st.lexCalls) != 2 || len(st.denseVecs) != 2 {
		t.Errorf("%d lexical and %d dense reads, want the lists read again once", len(st.lexCalls), len(st.denseVecs))
	}
}
