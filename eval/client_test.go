package eval

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// fakeAPI is a hand-written /v1 server that records what it was sent.
type fakeAPI struct {
	t        *testing.T
	key      string
	passages []bronwijzer.Passage
	ask      answer.Response
	bodies   map[string]map[string]any
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, `{"error":{"code":"invalid","message":"bad method"}}`, http.StatusMethodNotAllowed)
		return
	}
	if r.Header.Get("Authorization") != "Bearer "+f.key {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"error":{"code":"unauthorized","message":"API-sleutel ongeldig"}}`)
		return
	}
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.t.Errorf("decode request: %v", err)
	}
	f.bodies[r.URL.Path] = body
	switch r.URL.Path {
	case "/v1/search":
		json.NewEncoder(w).Encode(map[string]any{"passages": f.passages})
	case "/v1/ask":
		json.NewEncoder(w).Encode(f.ask)
	default:
		http.NotFound(w, r)
	}
}

func newFakeAPI(t *testing.T) (*fakeAPI, *httptest.Server) {
	f := &fakeAPI{t: t, key: "geheim", passages: []bronwijzer.Passage{pA, pB},
		ask:    answer.Response{Answer: "x [1]", Sentences: []answer.Sentence{{Text: "x [1]", Citations: []int{1}}}, Citations: []answer.Citation{cite(1, pA)}, Passages: []bronwijzer.Passage{pA}},
		bodies: map[string]map[string]any{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func TestClientSearchAndAsk(t *testing.T) {
	f, srv := newFakeAPI(t)
	c, err := NewClient(srv.URL+"/", "geheim", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.For(retrieval.Lexical)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := b.Search(context.Background(), "vraag", retrieval.SearchOptions{K: 7, Mode: retrieval.Lexical})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f.passages, ps); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"query": "vraag", "k": 7.0, "mode": "lexical"}, f.bodies["/v1/search"]); diff != "" {
		t.Errorf("search request (-want +got):\n%s", diff)
	}
	resp, err := b.Ask(context.Background(), answer.Request{Question: "vraag", K: 5})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&f.ask, resp); diff != "" {
		t.Errorf("ask response (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"question": "vraag", "k": 5.0}, f.bodies["/v1/ask"]); diff != "" {
		t.Errorf("ask request (-want +got):\n%s", diff)
	}
}

func TestClientErrors(t *testing.T) {
	_, srv := newFakeAPI(t)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
	}))
	t.Cleanup(slow.Close)
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html>not json</html>")
	}))
	t.Cleanup(garbage.Close)
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"message":"store onbereikbaar"}`)
	}))
	t.Cleanup(failing.Close)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()

	tests := []struct {
		name, url, key string
		timeout        time.Duration
		code, message  string
	}{
		{"wrong key", srv.URL, "fout", 0, bronwijzer.EUNAUTHORIZED, "/v1/ask: HTTP 401: API-sleutel ongeldig"},
		{"timeout", slow.URL, "", 50 * time.Millisecond, bronwijzer.ETIMEOUT, "/v1/ask: geen antwoord binnen de tijdslimiet (timeout)"},
		{"not json", garbage.URL, "", 0, bronwijzer.EUNAVAILABLE, "/v1/ask gaf geen geldige JSON terug (invalid JSON response)"},
		{"server error", failing.URL, "", 0, bronwijzer.EUNAVAILABLE, "/v1/ask: HTTP 503: store onbereikbaar"},
		{"unreachable", closed.URL, "", 0, bronwijzer.EUNAVAILABLE, "/v1/ask: server niet bereikbaar (unreachable)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewClient(tt.url, tt.key, &http.Client{Timeout: max(tt.timeout, 5*time.Second)})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			if tt.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.timeout)
				defer cancel()
			}
			_, err = c.Ask(ctx, answer.Request{Question: "q", K: 5})
			if bronwijzer.ErrorCode(err) != tt.code || bronwijzer.ErrorMessage(err) != tt.message {
				t.Errorf("err = %v (code %q, message %q), want %q %q", err, bronwijzer.ErrorCode(err), bronwijzer.ErrorMessage(err), tt.code, tt.message)
			}
		})
	}
}

func TestNewClientRejectsBadURL(t *testing.T) {
	for _, u := range []string{"", "localhost:8080", "ftp://x", "http://"} {
		if _, err := NewClient(u, "", nil); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
			t.Errorf("NewClient(%q) err = %v, want EINVALID", u, err)
		}
	}
}
