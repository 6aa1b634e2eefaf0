package regression

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// TestAPIParity proves `bronwijzer eval --api` measures the same thing as
// the in-process run: the dev set through the real HTTP server (POST
// /v1/search and /v1/ask) gives the same summary as the in-process backend.
func TestAPIParity(t *testing.T) {
	ctx := context.Background()
	st := openBundledStack(t)
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0"}, api.Deps{
		Searcher: st.searcher, Asker: st.asker(retrieval.Hybrid), Documents: st.store,
		Ready: func(ctx context.Context) error { return st.store.Ping(ctx) },
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	client, err := eval.NewClient(ts.URL, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qs := load(t, devSet, func(f *os.File) ([]eval.Question, error) { return eval.LoadDataset(f) })
	cfg := []eval.Config{{Name: "hybrid", Mode: retrieval.Hybrid}}
	viaAPI, err := eval.Runner{K: 5}.Evaluate(ctx, client, cfg, qs)
	if err != nil {
		t.Fatal(err)
	}
	inProcess, err := eval.Runner{K: 5}.Evaluate(ctx, st.provider(), cfg, qs)
	if err != nil {
		t.Fatal(err)
	}
	noLatency := func(s eval.Summary) eval.Summary { s.LatencyP50MS, s.LatencyP95MS = nil, nil; return s }
	if diff := cmp.Diff(noLatency(inProcess.Runs[0].Summary), noLatency(viaAPI.Runs[0].Summary)); diff != "" {
		t.Errorf("summary in process vs over HTTP (-in-process +api):\n%s", diff)
	}
}
