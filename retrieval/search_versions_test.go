package retrieval_test

import (
	"context"
	"errors"
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

// blockingLexical waits in LexicalSearch until its context is cancelled and
// then fails the way a store does when its connection drops meanwhile:
// with an error that is not the cancellation. DenseSearch fails with err.
type blockingLexical struct {
	retrieval.Store
	err error
}

func (s blockingLexical) LexicalSearch(ctx context.Context, _ []string, _ int, _ retrieval.Filter) ([]bronwijzer.Passage, error) {
	<-ctx.Done()
	return nil, errors.New("read: connection reset by peer")
}

func (s blockingLexical) DenseSearch(context.Context, []float32, int, retrieval.Filter) ([]bronwijzer.Passage, error) {
	return nil, s.err
}

// The list that fails first is the cause reported, not the other list's
// failure after the cancellation it caused.
func TestHybridReportsTheFirstFailure(t *testing.T) {
	down := bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "De database is niet bereikbaar")
	s := &retrieval.HybridSearcher{Store: blockingLexical{err: down}, Embedder: fakeEmbedder{}, Analyzer: fakeAnalyzer{}}
	_, err := s.Search(context.Background(), "hartfalen", retrieval.SearchOptions{})
	if code := bronwijzer.ErrorCode(err); code != bronwijzer.EUNAVAILABLE {
		t.Errorf("error %v (code %q), want the dense list's %q", err, code, bronwijzer.EUNAVAILABLE)
	}
}
