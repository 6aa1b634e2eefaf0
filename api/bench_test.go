package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// staticAsker returns one prepared response, so the benchmark measures only
// the HTTP layer: middleware, decoding, validation, redaction, encoding.
type staticAsker struct{ resp answer.Response }

func (a *staticAsker) Ask(context.Context, answer.Request) (*answer.Response, error) {
	r := a.resp // copy: the handler sets LatencyMS
	return &r, nil
}

func (a *staticAsker) AskStream(_ context.Context, _ answer.Request, emit func(answer.Sentence) error) (*answer.Response, error) {
	for _, s := range a.resp.Sentences {
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	r := a.resp
	return &r, nil
}

func BenchmarkAskHTTPLayer(b *testing.B) {
	deps := testDeps()
	deps.Asker = &staticAsker{resp: *fakeAnswer()}
	s, _ := newTestServer(b, Config{}, deps)
	h := s.Handler()
	for _, bc := range []struct{ name, body string }{
		{"plain", `{"question":"Waarom hebben huisartsen een steeds hogere cognitieve belasting?","k":5}`},
		// Personal data makes the redaction regular expressions run.
		{"with-pii", `{"question":"Patiënt geb. 03-04-1950, tel 06-12345678: waarom is de belasting hoog?","k":5}`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var bytes int
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/v1/ask", strings.NewReader(bc.body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
				bytes = rec.Body.Len()
			}
			b.ReportMetric(float64(bytes), "resp-bytes")
		})
	}
}

func BenchmarkAskStreamHTTPLayer(b *testing.B) {
	deps := testDeps()
	deps.Asker = &staticAsker{resp: *fakeAnswer()}
	s, _ := newTestServer(b, Config{}, deps)
	h := s.Handler()
	body := `{"question":"Waarom hebben huisartsen een hogere cognitieve belasting?","k":5}`
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/ask/stream", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "event: answer") {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}
