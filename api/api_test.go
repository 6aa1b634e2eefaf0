package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
	"github.com/google/go-cmp/cmp"
)

// syncBuffer is a log sink safe for concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// logLines decodes the JSON log lines.
func (s *syncBuffer) logLines(t *testing.T) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		out = append(out, m)
	}
	return out
}

func testDeps() Deps {
	return Deps{
		Searcher:  &fakeSearcher{},
		Asker:     &fakeAsker{},
		Documents: fakeDocuments{},
		Ready:     func(context.Context) error { return nil },
		ReadyInfo: func(context.Context) map[string]string { return map[string]string{"store": "sqlite", "documents": "2"} },
	}
}

func newTestServer(t testing.TB, cfg Config, deps Deps) (*Server, *syncBuffer) {
	t.Helper()
	// httptest.NewRequest sends Host: example.com; the Host check itself is
	// tested in origin_test.go with servers that do not allow it.
	cfg.AllowedHosts = append(cfg.AllowedHosts, "example.com")
	logs := &syncBuffer{}
	s, err := New(cfg, deps, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s, logs
}

func do(t testing.TB, h http.Handler, method, target, body string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func decodeError(t *testing.T, rec *httptest.ResponseRecorder) errorDetail {
	t.Helper()
	var body errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("error body is not JSON: %v: %q", err, rec.Body.String())
	}
	return body.Error
}

func TestRoutes(t *testing.T) {
	tests := []struct {
		name        string
		method      string
		target      string
		body        string
		header      []string
		deps        func(*Deps)
		wantStatus  int
		wantCode    string // error code, for error responses
		wantMessage string // substring of the error message
		wantBody    string // substring of a success body
	}{
		{name: "healthz", method: "GET", target: "/healthz", wantStatus: 200, wantBody: `{"status":"ok"}`},
		{name: "readyz ready", method: "GET", target: "/readyz", wantStatus: 200, wantBody: `"store":"sqlite"`},
		{name: "readyz store down", method: "GET", target: "/readyz",
			deps: func(d *Deps) {
				d.Ready = func(context.Context) error { return errors.New("dial tcp 10.0.0.5:5432: connection refused") }
			},
			wantStatus: 503, wantCode: "unavailable", wantMessage: "Niet gereed"},
		{name: "readyz corpus empty", method: "GET", target: "/readyz",
			deps: func(d *Deps) {
				d.Ready = func(context.Context) error {
					return bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "geen documenten geladen (corpus empty).")
				}
			},
			wantStatus: 503, wantCode: "unavailable", wantMessage: "geen documenten geladen"},
		{name: "search", method: "POST", target: "/v1/search", body: `{"query":"cognitieve belasting huisarts","k":2}`,
			wantStatus: 200, wantBody: `"document_id":"ai-kompas"`},
		{name: "search lexical", method: "POST", target: "/v1/search", body: `{"query":"armbanden","mode":"lexical"}`,
			wantStatus: 200, wantBody: `"passages":[`},
		{name: "search unknown mode", method: "POST", target: "/v1/search", body: `{"query":"x","mode":"fuzzy"}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: `Onbekende zoekmodus "fuzzy"`},
		{name: "search missing query", method: "POST", target: "/v1/search", body: `{"k":3}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: `Zoekopdracht ontbreekt`},
		{name: "search store down", method: "POST", target: "/v1/search", body: `{"query":"x"}`,
			deps: func(d *Deps) {
				d.Searcher = &fakeSearcher{err: bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, errors.New("pg: conn refused"), "Zoekindex niet bereikbaar (store unavailable).")}
			},
			wantStatus: 503, wantCode: "unavailable", wantMessage: "Zoekindex niet bereikbaar"},
		{name: "ask", method: "POST", target: "/v1/ask", body: `{"question":"Waarom is de cognitieve belasting van huisartsen hoog?","k":5}`,
			wantStatus: 200, wantBody: `"enforcement":"passed"`},
		{name: "ask refusal", method: "POST", target: "/v1/ask", body: `{"question":"Wat is de dosering van ibuprofen bij kinderen?"}`,
			wantStatus: 200, wantBody: `"abstained":true`},
		{name: "ask charset json", method: "POST", target: "/v1/ask", body: `{"question":"belasting"}`,
			header: []string{"Content-Type", "application/json; charset=utf-8"}, wantStatus: 200, wantBody: `"abstained":false`},
		{name: "ask invalid json", method: "POST", target: "/v1/ask", body: `{"question": "x",}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "Ongeldige JSON in het verzoek op positie"},
		{name: "ask truncated json", method: "POST", target: "/v1/ask", body: `{"question": "x"`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "onverwacht einde"},
		{name: "ask unknown field", method: "POST", target: "/v1/ask", body: `{"question":"x","vraag":"y"}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: `Onbekend veld "vraag"`},
		{name: "ask wrong type", method: "POST", target: "/v1/ask", body: `{"question":"x","k":"vijf"}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: `Veld "k" heeft het verkeerde type: verwacht een getal`},
		{name: "ask array body", method: "POST", target: "/v1/ask", body: `["x"]`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "verwacht een object"},
		{name: "ask trailing data", method: "POST", target: "/v1/ask", body: `{"question":"x"} {"question":"y"}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "extra gegevens"},
		{name: "ask empty body", method: "POST", target: "/v1/ask", header: []string{"Content-Type", "application/json"},
			wantStatus: 400, wantCode: "invalid", wantMessage: "Leeg verzoek"},
		{name: "ask without content type", method: "POST", target: "/v1/ask",
			wantStatus: 415, wantCode: "unsupported", wantMessage: "Content-Type: application/json"},
		{name: "ask missing question", method: "POST", target: "/v1/ask", body: `{"k":5}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "Vraag ontbreekt"},
		{name: "ask blank question", method: "POST", target: "/v1/ask", body: `{"question":"   "}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "Vraag ontbreekt"},
		{name: "ask k zero", method: "POST", target: "/v1/ask", body: `{"question":"x","k":0}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: `"k" moet tussen 1 en 20 liggen, niet 0`},
		{name: "ask k too large", method: "POST", target: "/v1/ask", body: `{"question":"x","k":51}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "niet 51"},
		{name: "ask question too long", method: "POST", target: "/v1/ask", body: `{"question":"` + strings.Repeat("é", 2001) + `"}`,
			wantStatus: 400, wantCode: "invalid", wantMessage: "te lang: 2001 tekens, maximaal 2000"},
		{name: "ask body too large", method: "POST", target: "/v1/ask", body: `{"question":"` + strings.Repeat("a", 20000) + `"}`,
			wantStatus: 413, wantCode: "too_large", wantMessage: "maximaal 16384 bytes"},
		{name: "ask wrong content type", method: "POST", target: "/v1/ask", body: `question=x`,
			header:     []string{"Content-Type", "application/x-www-form-urlencoded"},
			wantStatus: 415, wantCode: "unsupported", wantMessage: "stuur application/json"},
		{name: "ask provider timeout", method: "POST", target: "/v1/ask", body: `{"question":"x"}`,
			deps: func(d *Deps) {
				d.Asker = &fakeAsker{err: bronwijzer.Errorf(bronwijzer.ETIMEOUT, "Taalmodel reageerde niet op tijd (model timeout).")}
			},
			wantStatus: 504, wantCode: "timeout", wantMessage: "Taalmodel reageerde niet op tijd"},
		{name: "ask rate limited", method: "POST", target: "/v1/ask", body: `{"question":"x"}`,
			deps: func(d *Deps) {
				d.Asker = &fakeAsker{err: bronwijzer.Errorf(bronwijzer.ERATELIMIT, "Te veel verzoeken.")}
			},
			wantStatus: 429, wantCode: "rate_limited"},
		{name: "ask internal error hidden", method: "POST", target: "/v1/ask", body: `{"question":"x"}`,
			deps: func(d *Deps) {
				d.Asker = &fakeAsker{err: fmt.Errorf("sql: SELECT secret FROM chunks: %w", io.ErrClosedPipe)}
			},
			wantStatus: 500, wantCode: "internal", wantMessage: "Interne fout"},
		{name: "ask GET not allowed", method: "GET", target: "/v1/ask", wantStatus: 405, wantCode: "invalid", wantMessage: "Methode niet toegestaan"},
		{name: "unknown route", method: "GET", target: "/v2/nothing", wantStatus: 404, wantCode: "not_found", wantMessage: "Onbekend pad"},
		{name: "documents", method: "GET", target: "/v1/documents", wantStatus: 200, wantBody: `"chunks":180`},
		{name: "document", method: "GET", target: "/v1/documents/ai-kompas", wantStatus: 200, wantBody: `"pages":53`},
		{name: "document not found", method: "GET", target: "/v1/documents/onbekend", wantStatus: 404, wantCode: "not_found", wantMessage: `"onbekend" niet gevonden`},
		{name: "documents store down", method: "GET", target: "/v1/documents",
			deps: func(d *Deps) {
				d.Documents = fakeDocuments{err: bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Opslag niet bereikbaar.")}
			},
			wantStatus: 503, wantCode: "unavailable"},
		{name: "openapi", method: "GET", target: "/openapi.json", wantStatus: 200, wantBody: `"openapi": "3.0.3"`},
		{name: "ui", method: "GET", target: "/", wantStatus: 200, wantBody: `<label for="question">`},
		{name: "embed", method: "GET", target: "/embed?q=x", wantStatus: 200, wantBody: `class="embed"`},
		{name: "embed script", method: "GET", target: "/embed.js", wantStatus: 200, wantBody: `bronwijzer:ask`},
		{name: "asset", method: "GET", target: "/assets/app.js", wantStatus: 200, wantBody: `renderPassage`},
		{name: "asset missing", method: "GET", target: "/assets/nope.js", wantStatus: 404, wantCode: "not_found"},
		{name: "asset traversal", method: "GET", target: "/assets/..%2f..%2fserver.go", wantStatus: 404, wantCode: "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			deps := testDeps()
			if tt.deps != nil {
				tt.deps(&deps)
			}
			s, logs := newTestServer(t, Config{}, deps)
			rec := do(t, s.Handler(), tt.method, tt.target, tt.body, tt.header...)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status = %d, want %d; body %s", rec.Code, tt.wantStatus, rec.Body)
			}
			if tt.wantCode != "" {
				got := decodeError(t, rec)
				if got.Code != tt.wantCode || !strings.Contains(got.Message, tt.wantMessage) {
					t.Errorf("error = %+v, want code %q and message containing %q", got, tt.wantCode, tt.wantMessage)
				}
				for _, leak := range []string{"secret", "sql:", "goroutine", "10.0.0.5"} {
					if strings.Contains(rec.Body.String(), leak) {
						t.Errorf("error body leaks %q: %s", leak, rec.Body)
					}
				}
			}
			if tt.wantBody != "" && !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("body does not contain %q:\n%s", tt.wantBody, rec.Body)
			}
			if tt.wantStatus >= 500 && !strings.Contains(logs.String(), `"level":"ERROR"`) {
				t.Errorf("5xx not logged as error:\n%s", logs)
			}
		})
	}
}

func TestAskSetsLatencyAndPassesRequest(t *testing.T) {
	asker := &fakeAsker{}
	deps := testDeps()
	deps.Asker = asker
	s, _ := newTestServer(t, Config{}, deps)
	rec := do(t, s.Handler(), "POST", "/v1/ask", `{"question":"  Waarom is de belasting hoog?  ","k":7}`)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var raw map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw["latency_ms"].(float64); !ok {
		t.Errorf("latency_ms missing or not a number: %v", raw["latency_ms"])
	}
	if diff := cmp.Diff("Waarom is de belasting hoog?", asker.last.Question); diff != "" {
		t.Errorf("question passed to asker (-want +got):\n%s", diff)
	}
	if asker.last.K != 7 {
		t.Errorf("k = %d, want 7", asker.last.K)
	}
}

func TestSearchDefaultsK(t *testing.T) {
	searcher := &fakeSearcher{}
	deps := testDeps()
	deps.Searcher = searcher
	s, _ := newTestServer(t, Config{}, deps)
	if rec := do(t, s.Handler(), "POST", "/v1/search", `{"query":"armband"}`); rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if searcher.opts.K != 5 || searcher.opts.Mode != "hybrid" {
		t.Errorf("options = %+v, want K 5 and mode hybrid", searcher.opts)
	}
}

func TestQuestionLoggedRedacted(t *testing.T) {
	s, logs := newTestServer(t, Config{}, testDeps())
	q := `{"question":"Patiënt BSN 111222333, geboren op 3 maart 1950, tel 06-12345678: wat is de belasting?"}`
	if rec := do(t, s.Handler(), "POST", "/v1/ask", q); rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	out := logs.String()
	for _, secret := range []string{"111222333", "1950", "12345678"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains %q:\n%s", secret, out)
		}
	}
	var access map[string]any
	for _, l := range logs.logLines(t) {
		if l["msg"] == "http request" {
			access = l
		}
	}
	want := "Patiënt BSN [BSN], geboren op [GEBOORTEDATUM], tel [TELEFOON]: wat is de belasting?"
	if access == nil || access["question"] != want {
		t.Errorf("access log question = %v, want %q", access["question"], want)
	}
	for _, key := range []string{"request_id", "method", "route", "status", "latency_ms", "mode", "abstained"} {
		if _, ok := access[key]; !ok {
			t.Errorf("access log lacks %q: %v", key, access)
		}
	}
	if access["route"] != "/v1/ask" {
		t.Errorf("route = %v, want /v1/ask", access["route"])
	}
}

func TestRequestID(t *testing.T) {
	s, logs := newTestServer(t, Config{}, testDeps())
	tests := []struct {
		name, in string
		keep     bool
	}{
		{"client id kept", "his-4711.a", true},
		{"absent generated", "", false},
		{"injection replaced", "x\"}\n{\"evil\":1", false},
		{"too long replaced", strings.Repeat("a", 65), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, s.Handler(), "GET", "/healthz", "", "X-Request-ID", tt.in)
			got := rec.Header().Get("X-Request-ID")
			if tt.keep && got != tt.in {
				t.Errorf("X-Request-ID = %q, want %q", got, tt.in)
			}
			if !tt.keep && (got == tt.in || !validRequestID.MatchString(got)) {
				t.Errorf("X-Request-ID = %q, want a fresh id", got)
			}
			if !strings.Contains(logs.String(), `"request_id":"`+got+`"`) {
				t.Errorf("request id %q not in log", got)
			}
		})
	}
}

func TestClientIP(t *testing.T) {
	tests := []struct {
		name    string
		trusted []string
		remote  string
		xff     string
		want    string
	}{
		{"direct without proxies", nil, "192.0.2.10:5000", "", "192.0.2.10"},
		{"XFF ignored without proxies", nil, "192.0.2.10:5000", "203.0.113.7", "192.0.2.10"},
		{"XFF from private peer ignored without proxies", nil, "10.0.0.2:5000", "203.0.113.7", "10.0.0.2"},
		{"XFF from trusted proxy", []string{"10.0.0.0/24"}, "10.0.0.2:5000", "203.0.113.7", "203.0.113.7"},
		{"XFF from untrusted peer with proxies", []string{"10.0.0.0/24"}, "192.0.2.10:5000", "203.0.113.7", "192.0.2.10"},
		{"spoofed hop before proxy", []string{"10.0.0.0/24"}, "10.0.0.2:5000", "198.51.100.1, 203.0.113.7", "203.0.113.7"},
		{"private peer not trusted when outside CIDR", []string{"10.0.0.0/24"}, "10.9.0.2:5000", "203.0.113.7", "10.9.0.2"},
		{"single IP as proxy", []string{"10.0.0.2"}, "10.0.0.2:5000", "203.0.113.7", "203.0.113.7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, logs := newTestServer(t, Config{TrustedProxies: tt.trusted}, testDeps())
			req := httptest.NewRequest("GET", "/healthz", nil)
			req.RemoteAddr = tt.remote
			if tt.xff != "" {
				req.Header.Set("X-Forwarded-For", tt.xff)
			}
			s.Handler().ServeHTTP(httptest.NewRecorder(), req)
			lines := logs.logLines(t)
			if got := lines[len(lines)-1]["client_ip"]; got != tt.want {
				t.Errorf("client_ip = %v, want %s", got, tt.want)
			}
		})
	}
}

func TestPanicIsGeneric500(t *testing.T) {
	deps := testDeps()
	deps.Asker = &fakeAsker{panics: true}
	s, logs := newTestServer(t, Config{}, deps)
	rec := do(t, s.Handler(), "POST", "/v1/ask", `{"question":"x"}`)
	if rec.Code != 500 {
		t.Fatalf("status = %d, want 500", rec.Code)
	}
	want := errorDetail{Code: "internal", Message: msgInternal}
	if diff := cmp.Diff(want, decodeError(t, rec)); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
	if strings.Contains(rec.Body.String(), "exploded") {
		t.Errorf("panic value leaked to client: %s", rec.Body)
	}
	out := logs.String()
	if !strings.Contains(out, "fake asker exploded") || !strings.Contains(out, "goroutine") {
		t.Errorf("panic and stack not logged:\n%s", out)
	}
}

func TestRequestTimeout(t *testing.T) {
	deps := testDeps()
	deps.Asker = &fakeAsker{wait: time.Hour}
	s, _ := newTestServer(t, Config{RequestTimeout: time.Millisecond}, deps)
	rec := do(t, s.Handler(), "POST", "/v1/ask", `{"question":"x"}`)
	if rec.Code != http.StatusGatewayTimeout {
		t.Fatalf("status = %d, want 504; body %s", rec.Code, rec.Body)
	}
	if got := decodeError(t, rec); got.Code != "timeout" || !strings.Contains(got.Message, "duurde te lang") {
		t.Errorf("error = %+v", got)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newTestServer(t, Config{FrameAncestors: []string{"https://his.example.nl"}}, testDeps())
	tests := []struct {
		target  string
		wantCSP string // substring
		wantXFO string
	}{
		{"/", "frame-ancestors 'none'", "DENY"},
		{"/embed", "frame-ancestors 'self' https://his.example.nl", ""},
		{"/healthz", "default-src 'none'; frame-ancestors 'none'", "DENY"},
		{"/v1/documents", "default-src 'none'", "DENY"},
		{"/does-not-exist", "default-src 'none'", "DENY"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			h := do(t, s.Handler(), "GET", tt.target, "").Header()
			if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q", got)
			}
			if got := h.Get("Referrer-Policy"); got != "no-referrer" {
				t.Errorf("Referrer-Policy = %q", got)
			}
			if got := h.Get("Content-Security-Policy"); !strings.Contains(got, tt.wantCSP) {
				t.Errorf("CSP = %q, want it to contain %q", got, tt.wantCSP)
			}
			if got := h.Get("X-Frame-Options"); got != tt.wantXFO {
				t.Errorf("X-Frame-Options = %q, want %q", got, tt.wantXFO)
			}
		})
	}
	if got := do(t, s.Handler(), "GET", "/v1/documents", "").Header().Get("Cache-Control"); got != "no-store" {
		t.Errorf("API Cache-Control = %q, want no-store", got)
	}
}

func TestCORS(t *testing.T) {
	s, _ := newTestServer(t, Config{CORSOrigins: []string{"https://his.example.nl/"}}, testDeps())
	tests := []struct {
		name, origin string
		allowed      bool
	}{
		{"allowed origin", "https://his.example.nl", true},
		{"other origin", "https://evil.example.com", false},
		{"prefix trick", "https://his.example.nl.evil.com", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodOptions, "/v1/ask", nil)
			req.Header.Set("Origin", tt.origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "content-type")
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, req)
			got := rec.Header().Get("Access-Control-Allow-Origin")
			if tt.allowed && got != tt.origin {
				t.Errorf("preflight Allow-Origin = %q, want %q (status %d)", got, tt.origin, rec.Code)
			}
			if !tt.allowed && got != "" {
				t.Errorf("preflight Allow-Origin = %q for a denied origin", got)
			}
			if tt.allowed && !strings.Contains(rec.Header().Get("Access-Control-Allow-Methods"), "POST") {
				t.Errorf("Allow-Methods = %q", rec.Header().Get("Access-Control-Allow-Methods"))
			}
			// The actual request.
			rec = do(t, s.Handler(), "POST", "/v1/ask", `{"question":"belasting"}`, "Origin", tt.origin)
			got = rec.Header().Get("Access-Control-Allow-Origin")
			if (got == tt.origin) != tt.allowed {
				t.Errorf("Allow-Origin on POST = %q, allowed %v", got, tt.allowed)
			}
		})
	}
	t.Run("preflight for DELETE with Authorization", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodOptions, "/v1/documents/koorts", nil)
		req.Header.Set("Origin", "https://his.example.nl")
		req.Header.Set("Access-Control-Request-Method", "DELETE")
		req.Header.Set("Access-Control-Request-Headers", "authorization")
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		if rec.Code != http.StatusNoContent {
			t.Errorf("preflight status %d, want 204", rec.Code)
		}
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "https://his.example.nl" {
			t.Errorf("Allow-Origin = %q", got)
		}
		methods := rec.Header().Get("Access-Control-Allow-Methods")
		for _, m := range []string{"GET", "POST", "DELETE"} {
			if !strings.Contains(methods, m) {
				t.Errorf("Allow-Methods = %q lacks %s", methods, m)
			}
		}
		headers := strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers"))
		for _, h := range []string{"authorization", "content-type"} {
			if !strings.Contains(headers, h) {
				t.Errorf("Allow-Headers = %q lacks %s", headers, h)
			}
		}
	})
	t.Run("no origins configured", func(t *testing.T) {
		s, _ := newTestServer(t, Config{}, testDeps())
		rec := do(t, s.Handler(), "POST", "/v1/ask", `{"question":"belasting"}`, "Origin", "https://his.example.nl")
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("Allow-Origin = %q without configured origins", got)
		}
	})
}

// TestClientConfig: /config.json says whether keys are required (the UI
// and the widget prompt for one) and which origins may embed the widget. It
// is open even when keys are required.
func TestClientConfig(t *testing.T) {
	tests := []struct {
		name string
		env  *adminEnv
		cfg  Config
		want clientConfig
	}{
		{"keys", newAdminEnv(t, adminOpts{}), Config{}, clientConfig{Auth: "keys", EmbedOrigins: []string{}}},
		{"no keys", newAdminEnv(t, adminOpts{noKeys: true}), Config{}, clientConfig{Auth: "none", EmbedOrigins: []string{}}},
		{"embed origins", nil, Config{FrameAncestors: []string{"https://his.example.nl/", "http://localhost:3000"}},
			clientConfig{Auth: "none", EmbedOrigins: []string{"https://his.example.nl", "http://localhost:3000"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h http.Handler
			if tt.env != nil {
				h = tt.env.srv.Handler()
			} else {
				s, _ := newTestServer(t, tt.cfg, testDeps())
				h = s.Handler()
			}
			rec := do(t, h, "GET", "/config.json", "")
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			var got clientConfig
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("config (-want +got):\n%s", diff)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", cc)
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	s, _ := newTestServer(t, Config{}, testDeps())
	h := s.Handler()
	do(t, h, "POST", "/v1/ask", `{"question":"belasting"}`)
	do(t, h, "POST", "/v1/ask", `{"question":"dosering ibuprofen"}`)
	do(t, h, "GET", "/v1/nothing/at/all", "")
	s.Metrics().IngestResult(true)
	s.Metrics().IngestResult(false)
	s.Metrics().IngestResult(false)
	resp := fakeAnswer()
	resp.Enforcement = "repaired"
	resp.Mode = "llm"
	s.metrics.observeAnswer(resp)

	body := do(t, h, "GET", "/metrics", "").Body.String()
	for _, want := range []string{
		`bronwijzer_http_request_duration_seconds_count{method="POST",route="/v1/ask",status="200"} 2`,
		`bronwijzer_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1`,
		`bronwijzer_answers_total{mode="extractive"} 2`,
		`bronwijzer_answers_total{mode="llm"} 1`,
		`bronwijzer_abstentions_total 1`,
		`bronwijzer_citation_enforcement_total{outcome="abstained"} 1`,
		`bronwijzer_citation_enforcement_total{outcome="passed"} 1`,
		`bronwijzer_citation_enforcement_total{outcome="repaired"} 1`,
		`bronwijzer_ingest_documents_total{result="ok"} 1`,
		`bronwijzer_ingest_documents_total{result="failed"} 2`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // substring of the error; "" for valid
	}{
		{"defaults", Config{}, ""},
		{"bad proxy", Config{TrustedProxies: []string{"proxy.local"}}, `trusted proxy "proxy.local"`},
		{"bad CORS origin", Config{CORSOrigins: []string{"https://his.nl/path"}}, "CORS origin"},
		{"wildcard ancestor", Config{FrameAncestors: []string{"https://*.his.nl"}}, "frame ancestor"},
		{"negative timeout", Config{RequestTimeout: -time.Second}, "request timeout must be positive"},
		{"valid lists", Config{TrustedProxies: []string{"10.0.0.0/8", "::1"}, CORSOrigins: []string{"http://localhost:3000"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.SetDefaults()
			err := tt.cfg.Validate()
			if tt.want == "" && err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Fatalf("Validate = %v, want error containing %q", err, tt.want)
			}
		})
	}
	if _, err := New(Config{}, Deps{}, nil); err == nil || !strings.Contains(err.Error(), "asker is required") {
		t.Errorf("New without deps = %v, want a deps error", err)
	}
}

// TestRawFileSandboxed: a PDF with a script reached through an /OpenAction
// /Next chain is accepted with a warning, and its original is served so
// that a direct link cannot run the script: as a download with its own
// file name (Chromium's viewer ignores the CSP), CSP sandbox, nosniff,
// never cached.
func TestRawFileSandboxed(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	data := pdftest.ScriptPDF(pdftest.OpenActionChain, "Bij koorts boven 40 graden belt de assistente de huisarts.", "app.alert(1)")
	res := resultOf(t, env.finishJob(t, env.upload(t, env.admin, "script.pdf", data, map[string]string{"id": "script-folder"})))
	if !slices.ContainsFunc(res.Warnings, func(w string) bool { return strings.Contains(w, "JavaScript") }) {
		t.Errorf("upload warnings %q lack the JavaScript warning", res.Warnings)
	}
	rec := env.do(t, "GET", "/v1/documents/script-folder/file", "", env.query)
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), data) {
		t.Fatalf("GET file: %d", rec.Code)
	}
	h := rec.Header()
	for name, want := range map[string]string{
		"Content-Type":            "application/pdf",
		"Content-Security-Policy": "sandbox; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Content-Disposition":     "attachment; filename=script.pdf",
		"Cache-Control":           "no-store",
		"X-Frame-Options":         "DENY",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}
