package embed

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

var (
	_ retrieval.Embedder = (*Ollama)(nil)
	_ retrieval.Embedder = (*OpenAI)(nil)
)

// fakeProvider speaks Ollama's /api/embed and OpenAI's /v1/embeddings. A
// text's vector is [len(text), first byte, dim-2 ones] so tests can tell
// which text produced which vector. fail holds statuses returned, in order,
// before the first success.
type fakeProvider struct {
	mu         sync.Mutex
	dim        int
	fail       []int
	retryAfter string
	inputs     [][]string
	bodies     []map[string]any
	headers    []http.Header
	reverse    bool // OpenAI: return data in reverse order
	badDimAt   int  // 1-based request that returns a shorter vector
}

func (f *fakeProvider) handler(t *testing.T) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			t.Errorf("decode request: %v", err)
		}
		f.mu.Lock()
		f.bodies = append(f.bodies, body)
		f.headers = append(f.headers, r.Header.Clone())
		n := len(f.bodies)
		status := 0
		if len(f.fail) > 0 {
			status, f.fail = f.fail[0], f.fail[1:]
		}
		var in []string
		for _, v := range body["input"].([]any) {
			in = append(in, v.(string))
		}
		if status == 0 {
			f.inputs = append(f.inputs, in)
		}
		f.mu.Unlock()
		ollama := r.URL.Path == "/api/embed"
		if status != 0 {
			if f.retryAfter != "" {
				w.Header().Set("Retry-After", f.retryAfter)
			}
			w.WriteHeader(status)
			if ollama {
				fmt.Fprintf(w, `{"error":"server busy %d"}`, status)
			} else {
				fmt.Fprintf(w, `{"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}`)
			}
			return
		}
		vecs := make([][]float32, len(in))
		for i, s := range in {
			dim := f.dim
			if n == f.badDimAt && i == 0 {
				dim--
			}
			v := make([]float32, dim)
			v[0], v[1] = float32(len([]rune(s))), float32(s[0])
			for j := 2; j < dim; j++ {
				v[j] = 1
			}
			vecs[i] = v
		}
		w.Header().Set("Content-Type", "application/json")
		if ollama {
			_ = json.NewEncoder(w).Encode(map[string]any{"model": body["model"], "embeddings": vecs})
			return
		}
		data := make([]map[string]any, len(vecs))
		for i, v := range vecs {
			j := i
			if f.reverse {
				j = len(vecs) - 1 - i
			}
			data[j] = map[string]any{"object": "embedding", "index": i, "embedding": v}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": body["model"],
			"usage": map[string]int{"prompt_tokens": 3, "total_tokens": 3}})
	})
}

type embedder interface {
	retrieval.Embedder
	Name() string
}

// newPair starts a fake and returns an Ollama and an OpenAI embedder on it,
// with recorded (not slept) backoff delays.
func newEmbedders(t *testing.T, f *fakeProvider, cfg ProviderConfig) map[string]struct {
	e      embedder
	delays *[]time.Duration
} {
	t.Helper()
	srv := httptest.NewServer(f.handler(t))
	t.Cleanup(srv.Close)
	out := map[string]struct {
		e      embedder
		delays *[]time.Duration
	}{}
	oc := cfg
	oc.BaseURL = srv.URL
	o, err := NewOllama(oc)
	if err != nil {
		t.Fatal(err)
	}
	pc := cfg
	pc.BaseURL = srv.URL + "/v1"
	p, err := NewOpenAI(pc)
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*remote{"ollama": o.r, "openai": p.r} {
		delays := &[]time.Duration{}
		r.sleep = func(ctx context.Context, d time.Duration) error {
			*delays = append(*delays, d)
			return ctx.Err()
		}
		e := embedder(o)
		if name == "openai" {
			e = p
		}
		out[name] = struct {
			e      embedder
			delays *[]time.Duration
		}{e, delays}
	}
	return out
}

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("passage nummer %d", i)
	}
	return out
}

func TestProviderBatching(t *testing.T) {
	for _, provider := range []string{"ollama", "openai"} {
		t.Run(provider, func(t *testing.T) {
			f := &fakeProvider{dim: 8, reverse: true}
			e := newEmbedders(t, f, ProviderConfig{Model: "nomic-embed-text", BatchSize: 4, NumCtx: 1024, APIKey: "sk-x"})[provider].e
			in := texts(10)
			vs, err := e.EmbedDocuments(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if len(vs) != 10 {
				t.Fatalf("%d vectors, want 10", len(vs))
			}
			for i, v := range vs {
				if int(v[0]) != len(in[i]) || len(v) != 8 {
					t.Errorf("vector %d belongs to another text or has length %d", i, len(v))
				}
			}
			var sizes []int
			for _, b := range f.inputs {
				sizes = append(sizes, len(b))
			}
			if diff := cmp.Diff([]int{4, 4, 2}, sizes); diff != "" {
				t.Errorf("batch sizes (-want +got):\n%s", diff)
			}
			body := f.bodies[0]
			if body["model"] != "nomic-embed-text" {
				t.Errorf("model %v", body["model"])
			}
			if provider == "ollama" {
				opts, _ := body["options"].(map[string]any)
				if body["truncate"] != true || opts["num_ctx"] != float64(1024) {
					t.Errorf("ollama body %v: want truncate true and num_ctx 1024", body)
				}
			} else if got := f.headers[0].Get("Authorization"); got != "Bearer sk-x" {
				t.Errorf("Authorization %q", got)
			}
			if want := provider + ":nomic-embed-text"; e.Name() != want {
				t.Errorf("Name() = %q, want %q", e.Name(), want)
			}
		})
	}
}

func TestProviderRetries(t *testing.T) {
	for _, provider := range []string{"ollama", "openai"} {
		t.Run(provider, func(t *testing.T) {
			f := &fakeProvider{dim: 4, fail: []int{429, 503, 502}}
			emb := newEmbedders(t, f, ProviderConfig{Model: "m", BackoffBase: 100 * time.Millisecond, BackoffMax: time.Second})[provider]
			v, err := emb.e.EmbedQuery(context.Background(), "vraag")
			if err != nil || len(v) != 4 {
				t.Fatalf("after 3 failures: %v, %v", v, err)
			}
			d := *emb.delays
			if len(d) != 3 {
				t.Fatalf("%d backoffs, want 3", len(d))
			}
			for i, got := range d {
				hi := 100 * time.Millisecond << i
				if got < hi/2 || got > hi {
					t.Errorf("backoff %d = %v, want in [%v, %v]", i, got, hi/2, hi)
				}
			}
		})
	}
}

func TestProviderRetryAfter(t *testing.T) {
	for _, provider := range []string{"ollama", "openai"} {
		t.Run(provider, func(t *testing.T) {
			f := &fakeProvider{dim: 4, fail: []int{429}, retryAfter: "7"}
			emb := newEmbedders(t, f, ProviderConfig{Model: "m"})[provider]
			if _, err := emb.e.EmbedQuery(context.Background(), "vraag"); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]time.Duration{7 * time.Second}, *emb.delays); diff != "" {
				t.Errorf("delays (-want +got):\n%s", diff)
			}
		})
	}
}

func TestProviderGivesUp(t *testing.T) {
	for _, provider := range []string{"ollama", "openai"} {
		t.Run(provider, func(t *testing.T) {
			f := &fakeProvider{dim: 4, fail: []int{503, 503, 503, 503}}
			emb := newEmbedders(t, f, ProviderConfig{Model: "m", MaxRetries: 2, BackoffBase: time.Millisecond})[provider]
			_, err := emb.e.EmbedQuery(context.Background(), "vraag")
			if bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE || !strings.Contains(bronwijzer.ErrorMessage(err), "na 3 pogingen") {
				t.Fatalf("err = %v, want EUNAVAILABLE after 3 attempts", err)
			}
			if len(f.bodies) != 3 || len(*emb.delays) != 2 {
				t.Errorf("%d requests %d backoffs, want 3 and 2", len(f.bodies), len(*emb.delays))
			}
		})
	}
}

func TestProviderClientErrorsDoNotRetry(t *testing.T) {
	tests := []struct {
		status int
		code   string
		msg    string
	}{
		{400, bronwijzer.EINVALID, "weigerde het verzoek"},
		{401, bronwijzer.EUNAVAILABLE, "API-sleutel"},
		{404, bronwijzer.EUNAVAILABLE, "niet beschikbaar"},
	}
	for _, provider := range []string{"ollama", "openai"} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s %d", provider, tt.status), func(t *testing.T) {
				f := &fakeProvider{dim: 4, fail: []int{tt.status}}
				emb := newEmbedders(t, f, ProviderConfig{Model: "m"})[provider]
				_, err := emb.e.EmbedDocuments(context.Background(), []string{"tekst"})
				if bronwijzer.ErrorCode(err) != tt.code || !strings.Contains(bronwijzer.ErrorMessage(err), tt.msg) {
					t.Fatalf("err = %v, want %s with %q", err, tt.code, tt.msg)
				}
				if strings.Contains(bronwijzer.ErrorMessage(err), "Rate limit reached") || strings.Contains(bronwijzer.ErrorMessage(err), "server busy") {
					t.Error("provider detail leaked into the message")
				}
				if len(f.bodies) != 1 {
					t.Errorf("%d requests, want no retry", len(f.bodies))
				}
			})
		}
	}
}

func TestProviderTruncationAndPrefixes(t *testing.T) {
	for _, provider := range []string{"ollama", "openai"} {
		t.Run(provider, func(t *testing.T) {
			f := &fakeProvider{dim: 4}
			e := newEmbedders(t, f, ProviderConfig{Model: "m", MaxChars: 20, QueryPrefix: "search_query: ", DocumentPrefix: "search_document: "})[provider].e
			if _, err := e.EmbedDocuments(context.Background(), []string{"een twee drie vier vijf zes zeven", "kort"}); err != nil {
				t.Fatal(err)
			}
			if _, err := e.EmbedQuery(context.Background(), "welke toepassingen bestaan"); err != nil {
				t.Fatal(err)
			}
			want := [][]string{
				{"search_document: een twee drie vier", "search_document: kort"},
				{"search_query: welke toepassingen"},
			}
			if diff := cmp.Diff(want, f.inputs); diff != "" {
				t.Errorf("inputs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestProviderDimensionCheck(t *testing.T) {
	for _, provider := range []string{"ollama", "openai"} {
		t.Run(provider, func(t *testing.T) {
			f := &fakeProvider{dim: 6, badDimAt: 2}
			e := newEmbedders(t, f, ProviderConfig{Model: "m", BatchSize: 2})[provider].e
			_, err := e.EmbedDocuments(context.Background(), texts(4))
			if bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE || !strings.Contains(err.Error(), "lengte 5, verwacht 6") {
				t.Fatalf("err = %v, want a dimension mismatch", err)
			}
		})
	}
	t.Run("configured dimension", func(t *testing.T) {
		f := &fakeProvider{dim: 6}
		e := newEmbedders(t, f, ProviderConfig{Model: "m", Dimensions: 8})["openai"].e
		_, err := e.EmbedQuery(context.Background(), "vraag")
		if bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE {
			t.Fatalf("err = %v, want a dimension mismatch against the configured 8", err)
		}
		if f.bodies[0]["dimensions"] != float64(8) {
			t.Errorf("dimensions not sent: %v", f.bodies[0])
		}
	})
}

func TestProviderTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body) // lets the server notice the client going away
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	e, err := NewOllama(ProviderConfig{Model: "m", BaseURL: srv.URL, Timeout: 50 * time.Millisecond, MaxRetries: -1})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.EmbedQuery(context.Background(), "vraag")
	if bronwijzer.ErrorCode(err) != bronwijzer.ETIMEOUT {
		t.Fatalf("err = %v, want ETIMEOUT", err)
	}
}

func TestProviderInvalid(t *testing.T) {
	if _, err := NewOllama(ProviderConfig{}); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
		t.Errorf("no model: %v", err)
	}
	if _, err := NewOpenAI(ProviderConfig{Model: "m", BaseURL: "localhost:8000"}); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
		t.Errorf("bad URL: %v", err)
	}
	e, _ := NewOllama(ProviderConfig{Model: "m"})
	if _, err := e.EmbedDocuments(context.Background(), []string{"a", " "}); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
		t.Errorf("empty text: %v", err)
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"kort", 10, "kort"},
		{"een twee drie", 9, "een twee"},
		{"eentweedriev", 5, "eentw"},
		{"ééééé ééé", 7, "ééééé"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.max); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestRetryAfterHeader(t *testing.T) {
	if got := retryAfter("3"); got != 3*time.Second {
		t.Errorf("seconds: %v", got)
	}
	future := time.Now().Add(10 * time.Second).UTC().Format(http.TimeFormat)
	if got := retryAfter(future); got < 8*time.Second || got > 10*time.Second {
		t.Errorf("date: %v", got)
	}
	if retryAfter("soon") != 0 || retryAfter("") != 0 {
		t.Error("invalid header not ignored")
	}
}
