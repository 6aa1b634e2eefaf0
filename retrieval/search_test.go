package retrieval_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

func p(id string, score float64) bronwijzer.Passage {
	return bronwijzer.Passage{ID: id, DocumentID: "doc", Text: "text of " + id, Score: score}
}

func ids(ps []bronwijzer.Passage) []string {
	out := make([]string, len(ps))
	for i, x := range ps {
		out[i] = x.ID
	}
	return out
}

// rr is the fused contribution of rank r.
func rr(r int) float64 { return 1 / float64(retrieval.RRFK+r) }

// approx absorbs the last-bit difference between exact constant arithmetic
// in the expectations and float64 sums at run time.
var approx = cmpopts.EquateApprox(0, 1e-12)

func TestFuseRRF(t *testing.T) {
	r1, r2, r3 := rr(1), rr(2), rr(3)
	tests := []struct {
		name  string
		lists [][]bronwijzer.Passage
		want  []bronwijzer.Passage
	}{
		{
			name:  "no lists",
			lists: nil,
			want:  []bronwijzer.Passage{},
		},
		{
			name:  "single list keeps order with reciprocal ranks",
			lists: [][]bronwijzer.Passage{{p("a", 9), p("b", 5), p("c", 1)}},
			want:  []bronwijzer.Passage{p("a", r1), p("b", r2), p("c", r3)},
		},
		{
			// With k = 60: a: 1/61+1/62 = 0.032522, c: 1/63+1/61 =
			// 0.032266, b: 1/62 = 0.016129, d: 1/63 = 0.015873.
			name: "two lists sum reciprocal ranks",
			lists: [][]bronwijzer.Passage{
				{p("a", 3), p("b", 2), p("c", 1)},
				{p("c", 0.9), p("a", 0.8), p("d", 0.7)},
			},
			want: []bronwijzer.Passage{p("a", r1+r2), p("c", r1+r3), p("b", r2), p("d", r3)},
		},
		{
			// Both have ranks {1,2}; ID order is string order, so
			// "d:1:10" precedes "d:1:2".
			name: "ties broken by ascending passage id",
			lists: [][]bronwijzer.Passage{
				{p("d:1:2", 1), p("d:1:10", 1)},
				{p("d:1:10", 1), p("d:1:2", 1)},
			},
			want: []bronwijzer.Passage{p("d:1:10", r1+r2), p("d:1:2", r1+r2)},
		},
		{
			name:  "duplicate within a list counts once at its first rank",
			lists: [][]bronwijzer.Passage{{p("a", 1), p("a", 1), p("b", 1)}},
			want:  []bronwijzer.Passage{p("a", r1), p("b", r3)},
		},
		{
			name:  "empty list contributes nothing",
			lists: [][]bronwijzer.Passage{{}, {p("x", 1)}},
			want:  []bronwijzer.Passage{p("x", r1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := retrieval.FuseRRF(tt.lists...)
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("FuseRRF (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFuseRRFKeepsFirstListFields(t *testing.T) {
	a := p("a", 1)
	a.Title = "from lexical"
	b := p("a", 1)
	b.Title = "from dense"
	got := retrieval.FuseRRF([]bronwijzer.Passage{a}, []bronwijzer.Passage{b})
	if len(got) != 1 || got[0].Title != "from lexical" {
		t.Fatalf("got %+v, want one passage with the first list's fields", got)
	}
}

// fakeStore returns canned lists and records what it was asked. Only the
// search methods are used by HybridSearcher.
type fakeStore struct {
	retrieval.Store // nil: other methods panic if called

	mu        sync.Mutex
	lex       []bronwijzer.Passage
	dense     []bronwijzer.Passage
	lexErr    error
	denseErr  error
	lexCalls  []lexCall
	denseVecs [][]float32
	limits    []int
	filters   []retrieval.Filter

	// rendezvous, when set, makes each list wait until the other has
	// started: a sequential HybridSearcher deadlocks until the context expires.
	rendezvous *sync.WaitGroup
}

type lexCall struct {
	Terms []string
	Limit int
}

func (s *fakeStore) meet(ctx context.Context) error {
	if s.rendezvous == nil {
		return nil
	}
	s.rendezvous.Done()
	done := make(chan struct{})
	go func() { s.rendezvous.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *fakeStore) LexicalSearch(ctx context.Context, terms []string, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	s.mu.Lock()
	s.lexCalls = append(s.lexCalls, lexCall{terms, limit})
	s.filters = append(s.filters, f)
	s.mu.Unlock()
	if err := s.meet(ctx); err != nil {
		return nil, err
	}
	if s.lexErr != nil {
		return nil, s.lexErr
	}
	return s.lex[:min(limit, len(s.lex))], nil
}

func (s *fakeStore) DenseSearch(ctx context.Context, vec []float32, limit int, f retrieval.Filter) ([]bronwijzer.Passage, error) {
	s.mu.Lock()
	s.denseVecs = append(s.denseVecs, vec)
	s.limits = append(s.limits, limit)
	s.filters = append(s.filters, f)
	s.mu.Unlock()
	if err := s.meet(ctx); err != nil {
		return nil, err
	}
	if s.denseErr != nil {
		return nil, s.denseErr
	}
	return s.dense[:min(limit, len(s.dense))], nil
}

// fakeAnalyzer lower-cases and splits on spaces, dropping "de" and "het".
type fakeAnalyzer struct{}

func (fakeAnalyzer) QueryTerms(q string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(q)) {
		if w != "de" && w != "het" {
			out = append(out, w)
		}
	}
	return out
}

// fakeEmbedder returns the query length as a one-dimensional vector.
type fakeEmbedder struct{ err error }

func (e fakeEmbedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return nil, errors.New("not used")
}

func (e fakeEmbedder) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	if e.err != nil {
		return nil, e.err
	}
	return []float32{float32(len(text))}, nil
}

func newSearcher(st *fakeStore) *retrieval.HybridSearcher {
	return &retrieval.HybridSearcher{Store: st, Embedder: fakeEmbedder{}, Analyzer: fakeAnalyzer{}}
}

func TestSearchRejectsBadInput(t *testing.T) {
	tests := []struct {
		name  string
		query string
		mode  retrieval.Mode
	}{
		{"empty", "", ""},
		{"whitespace", " \t\n ", ""},
		{"too long", strings.Repeat("é", retrieval.MaxQueryRunes+1), ""},
		{"unknown mode", "griep", "fuzzy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &fakeStore{}
			_, err := newSearcher(st).Search(t.Context(), tt.query, retrieval.SearchOptions{Mode: tt.mode})
			if got := bronwijzer.ErrorCode(err); got != bronwijzer.EINVALID {
				t.Fatalf("code %q (%v), want %q", got, err, bronwijzer.EINVALID)
			}
			if len(st.lexCalls)+len(st.denseVecs) != 0 {
				t.Errorf("store was queried for invalid input")
			}
		})
	}
}

func TestSearchAcceptsMaxLengthQuery(t *testing.T) {
	st := &fakeStore{dense: []bronwijzer.Passage{p("a", 1)}}
	q := strings.Repeat("é", retrieval.MaxQueryRunes)
	if _, err := newSearcher(st).Search(t.Context(), q, retrieval.SearchOptions{}); err != nil {
		t.Fatalf("query of exactly %d runes: %v", retrieval.MaxQueryRunes, err)
	}
}

func TestSearchModes(t *testing.T) {
	lex := []bronwijzer.Passage{p("a", 7.5), p("b", 3.2), p("c", 1.1)}
	dense := []bronwijzer.Passage{p("c", 0.9), p("a", 0.8), p("d", 0.7)}
	tests := []struct {
		name  string
		query string
		opts  retrieval.SearchOptions
		want  []bronwijzer.Passage
	}{
		{
			name:  "hybrid fuses and truncates to K",
			query: "De Griep",
			opts:  retrieval.SearchOptions{K: 3},
			want:  []bronwijzer.Passage{p("a", rr(1)+rr(2)), p("c", rr(3)+rr(1)), p("b", rr(2))},
		},
		{
			name:  "hybrid with only stop words uses dense alone",
			query: "de het",
			opts:  retrieval.SearchOptions{K: 2},
			want:  []bronwijzer.Passage{p("c", rr(1)), p("a", rr(2))},
		},
		{
			name:  "lexical keeps list scores",
			query: "griep",
			opts:  retrieval.SearchOptions{K: 2, Mode: retrieval.Lexical},
			want:  lex[:2],
		},
		{
			name:  "lexical with only stop words is empty",
			query: "de",
			opts:  retrieval.SearchOptions{Mode: retrieval.Lexical},
			want:  []bronwijzer.Passage{},
		},
		{
			name:  "dense keeps list scores",
			query: "griep",
			opts:  retrieval.SearchOptions{K: 1, Mode: retrieval.Dense},
			want:  dense[:1],
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &fakeStore{lex: lex, dense: dense}
			got, err := newSearcher(st).Search(t.Context(), tt.query, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("Search (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSearchPassesTermsCandidatesAndFilter(t *testing.T) {
	st := &fakeStore{}
	opts := retrieval.SearchOptions{K: 5, Candidates: 80, VerifiedOnly: true, DocumentIDs: []string{"kompas"}}
	if _, err := newSearcher(st).Search(t.Context(), "  De AI Kompas ", opts); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]lexCall{{[]string{"ai", "kompas"}, 80}}, st.lexCalls); diff != "" {
		t.Errorf("lexical calls (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{80}, st.limits); diff != "" {
		t.Errorf("dense limits (-want +got):\n%s", diff)
	}
	// The query is trimmed before embedding: len("De AI Kompas") = 12.
	if diff := cmp.Diff([][]float32{{12}}, st.denseVecs); diff != "" {
		t.Errorf("dense vectors (-want +got):\n%s", diff)
	}
	want := retrieval.Filter{VerifiedOnly: true, DocumentIDs: []string{"kompas"}}
	for _, f := range st.filters {
		if diff := cmp.Diff(want, f); diff != "" {
			t.Errorf("filter (-want +got):\n%s", diff)
		}
	}
}

func TestSearchRunsListsConcurrently(t *testing.T) {
	var rv sync.WaitGroup
	rv.Add(2)
	st := &fakeStore{lex: []bronwijzer.Passage{p("a", 1)}, dense: []bronwijzer.Passage{p("a", 1)}, rendezvous: &rv}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	got, err := newSearcher(st).Search(ctx, "griep", retrieval.SearchOptions{})
	if err != nil {
		t.Fatalf("lists did not run concurrently: %v", err)
	}
	if diff := cmp.Diff([]string{"a"}, ids(got)); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

func TestSearchErrors(t *testing.T) {
	unavailable := bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "opslag niet bereikbaar")
	tests := []struct {
		name     string
		store    *fakeStore
		embedder retrieval.Embedder
		mode     retrieval.Mode
		code     string
		context  string
	}{
		{"lexical failure", &fakeStore{lexErr: unavailable}, fakeEmbedder{}, retrieval.Hybrid, bronwijzer.EUNAVAILABLE, "lexical search"},
		{"dense failure", &fakeStore{denseErr: unavailable}, fakeEmbedder{}, retrieval.Hybrid, bronwijzer.EUNAVAILABLE, "dense search"},
		{"embedder failure", &fakeStore{}, fakeEmbedder{err: unavailable}, retrieval.Hybrid, bronwijzer.EUNAVAILABLE, "embed query"},
		{"dense mode dimension error", &fakeStore{denseErr: bronwijzer.Errorf(bronwijzer.EINVALID, "dim")}, fakeEmbedder{}, retrieval.Dense, bronwijzer.EINVALID, "dense search"},
		{"no embedder", &fakeStore{}, nil, retrieval.Dense, bronwijzer.EINTERNAL, "no embedder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &retrieval.HybridSearcher{Store: tt.store, Embedder: tt.embedder, Analyzer: fakeAnalyzer{}}
			_, err := s.Search(t.Context(), "griep", retrieval.SearchOptions{Mode: tt.mode})
			if got := bronwijzer.ErrorCode(err); got != tt.code {
				t.Fatalf("code %q (%v), want %q", got, err, tt.code)
			}
			if !strings.Contains(err.Error(), tt.context) {
				t.Errorf("error %q lacks context %q", err, tt.context)
			}
		})
	}
}
