package api

import (
	"bytes"
	"context"
	"crypto/tls"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// newOriginServer is a server with the admin routes and no test-only
// allowed host: the Host check sees what a real server sees.
func newOriginServer(t *testing.T, cfg Config, opts adminOpts) (*adminEnv, http.Handler) {
	t.Helper()
	env := newAdminEnv(t, opts)
	deps := env.srv.deps
	s, err := New(cfg, deps, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return env, s.Handler()
}

// request builds a request as curl or a browser would send it.
func request(method, target, host, body, contentType string, header ...string) *http.Request {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.Host = host
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return req
}

func serveReq(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestHostCheck: only loopback names, the bound address and --allowed-hosts
// reach the server, with or without keys (DNS rebinding).
func TestHostCheck(t *testing.T) {
	cfg := Config{Addr: "192.168.1.10:8443", AllowedHosts: []string{"bronwijzer.praktijk.nl", "his.lan:9000"}}
	tests := []struct {
		host string
		ok   bool
	}{
		{"localhost:8080", true},
		{"LOCALHOST", true},
		{"localhost.:8080", true},
		{"127.0.0.1:8080", true},
		{"127.0.0.2", true},
		{"[::1]:8080", true},
		{"192.168.1.10:8443", true},
		{"bronwijzer.praktijk.nl", true},
		{"bronwijzer.praktijk.nl:443", true},
		{"his.lan:9000", true},
		{"his.lan:9001", false},
		{"his.lan", false},
		{"192.168.1.10:8080", false},
		{"attacker.example:8080", false},
		{"localhost.attacker.example", false},
		{"127.0.0.1.nip.io:8080", false},
		{"bronwijzer.praktijk.nl.attacker.example", false},
		{"", false},
	}
	for _, keys := range []bool{false, true} {
		env, h := newOriginServer(t, cfg, adminOpts{noKeys: !keys})
		for _, tt := range tests {
			name := tt.host
			if keys {
				name += "/keys"
			}
			t.Run(name, func(t *testing.T) {
				req := request("GET", "/v1/documents", tt.host, "", "")
				if keys {
					req.Header.Set("Authorization", env.admin)
				}
				rec := serveReq(h, req)
				if tt.ok && rec.Code != http.StatusOK {
					t.Fatalf("Host %q: status %d, want 200: %s", tt.host, rec.Code, rec.Body)
				}
				if !tt.ok {
					if rec.Code != http.StatusForbidden {
						t.Fatalf("Host %q: status %d, want 403", tt.host, rec.Code)
					}
					if got := decodeError(t, rec); got.Code != "forbidden" || !strings.Contains(got.Message, "Onbekende hostnaam") {
						t.Errorf("error %+v", got)
					}
				}
			})
		}
	}
	t.Run("health is checked too", func(t *testing.T) {
		_, h := newOriginServer(t, Config{}, adminOpts{noKeys: true})
		if rec := serveReq(h, request("GET", "/healthz", "rebind.attacker.example", "", "")); rec.Code != http.StatusForbidden {
			t.Errorf("status %d, want 403", rec.Code)
		}
	})
}

func multipartUpload(t *testing.T, fields map[string]string, name, content string) (string, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write([]byte(content)); err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String(), mw.FormDataContentType()
}

// TestCrossSiteWrites: a page on another origin cannot upload, replace,
// delete, re-ingest or ask; the page's own origin and clients that are not
// browsers can. The verified source is unchanged afterwards.
func TestCrossSiteWrites(t *testing.T) {
	env, h := newOriginServer(t, Config{CORSOrigins: []string{"https://his.example.nl"}}, adminOpts{noKeys: true})
	sha := env.seedNivel(t)
	const host = "127.0.0.1:8080"
	body, ct := multipartUpload(t, map[string]string{"id": nivelID, "replace": "true"}, nivelID+".md", "# Nep\n\nVervalste inhoud.")
	ask := `{"question":"Hoeveel praktijken gebruiken AI?"}`
	foreign := []struct {
		name   string
		header []string
	}{
		{"other port, Origin and Sec-Fetch-Site", []string{"Origin", "http://127.0.0.1:9999", "Sec-Fetch-Site", "same-site"}},
		{"other site", []string{"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"}},
		{"Origin only (older browser)", []string{"Origin", "http://localhost:3000"}},
		{"Origin null (sandboxed frame)", []string{"Origin", "null"}},
		{"Sec-Fetch-Site only", []string{"Sec-Fetch-Site", "cross-site"}},
		{"same-site subdomain with matching-looking Origin", []string{"Origin", "http://127.0.0.1:8080", "Sec-Fetch-Site", "same-site"}},
		{"scheme mismatch", []string{"Origin", "https://127.0.0.1:8080"}},
	}
	writes := []struct {
		name, method, target, body, ct string
	}{
		{"upload replace", "POST", "/v1/documents", body, ct},
		{"delete", "DELETE", "/v1/documents/" + nivelID, "", ""},
		{"reingest", "POST", "/v1/documents/" + nivelID + "/reingest", "", ""},
		{"ask", "POST", "/v1/ask", ask, "application/json"},
		{"ask as text/plain", "POST", "/v1/ask", ask, "text/plain"},
		{"stream", "POST", "/v1/ask/stream", ask, "application/json"},
		{"search", "POST", "/v1/search", `{"query":"AI"}`, "application/json"},
	}
	for _, f := range foreign {
		for _, w := range writes {
			t.Run(f.name+"/"+w.name, func(t *testing.T) {
				rec := serveReq(h, request(w.method, w.target, host, w.body, w.ct, f.header...))
				if rec.Code != http.StatusForbidden {
					t.Fatalf("status %d, want 403: %s", rec.Code, rec.Body)
				}
				if got := decodeError(t, rec); got.Code != "forbidden" || !strings.Contains(got.Message, "niet van een andere website") {
					t.Errorf("error %+v", got)
				}
			})
		}
	}
	env.assertNivelUnchanged(t, sha)

	own := []struct {
		name   string
		header []string
	}{
		{"same origin", []string{"Origin", "http://127.0.0.1:8080", "Sec-Fetch-Site", "same-origin"}},
		{"same origin, Origin only", []string{"Origin", "http://127.0.0.1:8080"}},
		{"curl: no browser headers", nil},
		{"typed into the address bar", []string{"Sec-Fetch-Site", "none"}},
		{"configured CORS origin", []string{"Origin", "https://his.example.nl", "Sec-Fetch-Site", "cross-site"}},
	}
	for _, o := range own {
		t.Run("allowed/"+o.name, func(t *testing.T) {
			rec := serveReq(h, request("POST", "/v1/ask", host, ask, "application/json", o.header...))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200: %s", rec.Code, rec.Body)
			}
		})
	}
	t.Run("allowed/own origin uploads", func(t *testing.T) {
		b, c := multipartUpload(t, map[string]string{"id": "eigen-folder"}, "eigen.md", "# Eigen\n\nEen eigen folder over griep.")
		rec := serveReq(h, request("POST", "/v1/documents", host, b, c, "Origin", "http://127.0.0.1:8080", "Sec-Fetch-Site", "same-origin"))
		if rec.Code != http.StatusAccepted {
			t.Fatalf("status %d, want 202: %s", rec.Code, rec.Body)
		}
	})
	t.Run("reads from another origin are not refused here", func(t *testing.T) {
		// CORS keeps the response from the foreign page; GET changes nothing.
		rec := serveReq(h, request("GET", "/v1/documents", host, "", "", "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"))
		if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("status %d, ACAO %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
	})
}

// TestCrossSiteWritesWithKeys: a valid key does not make a foreign page's
// write acceptable (session cookies are ambient).
func TestCrossSiteWritesWithKeys(t *testing.T) {
	env, h := newOriginServer(t, Config{}, adminOpts{})
	sha := env.seedNivel(t)
	rec := serveReq(h, request("DELETE", "/v1/documents/"+nivelID, "localhost:8080", "", "",
		"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Authorization", env.admin))
	if rec.Code != http.StatusForbidden {
		t.Fatalf("status %d, want 403", rec.Code)
	}
	env.assertNivelUnchanged(t, sha)
}

// TestJSONContentType: the JSON routes take application/json only (415),
// so no form or text/plain request (sent without a CORS preflight) reaches
// them.
func TestJSONContentType(t *testing.T) {
	_, h := newOriginServer(t, Config{}, adminOpts{noKeys: true})
	body := `{"question":"Hoeveel praktijken gebruiken AI?"}`
	tests := []struct {
		ct     string
		status int
		msg    string
	}{
		{"", 415, "Inhoudstype ontbreekt"},
		{"text/plain", 415, `Inhoudstype "text/plain" niet ondersteund`},
		{"text/plain; charset=utf-8", 415, "niet ondersteund"},
		{"application/x-www-form-urlencoded", 415, "niet ondersteund"},
		{"multipart/form-data; boundary=x", 415, "niet ondersteund"},
		{"application/jsonp", 415, "niet ondersteund"},
		{"application/json", 200, ""},
		{"Application/JSON; charset=UTF-8", 200, ""},
	}
	for _, route := range []string{"/v1/ask", "/v1/ask/stream", "/v1/search"} {
		for _, tt := range tests {
			t.Run(route+"/"+tt.ct, func(t *testing.T) {
				b := body
				if route == "/v1/search" {
					b = `{"query":"AI"}`
				}
				rec := serveReq(h, request("POST", route, "localhost:8080", b, tt.ct))
				if rec.Code != tt.status {
					t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
				}
				if tt.status != 200 {
					if got := decodeError(t, rec); got.Code != "unsupported" || !strings.Contains(got.Message, tt.msg) {
						t.Errorf("error %+v, want %q", got, tt.msg)
					}
				}
			})
		}
	}
}

func TestAllowedHostsValidate(t *testing.T) {
	for _, h := range []string{"https://x.nl", "*.praktijk.nl", "x.nl/pad", "x.nl:99999", ""} {
		cfg := Config{AllowedHosts: []string{h}}
		cfg.SetDefaults()
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "allowed host") {
			t.Errorf("AllowedHosts %q: %v, want an error", h, err)
		}
	}
	cfg := Config{AllowedHosts: []string{"bronwijzer.praktijk.nl", "10.0.0.5:8443", "[fd00::5]:8443"}}
	cfg.SetDefaults()
	if err := cfg.Validate(); err != nil {
		t.Error(err)
	}
}

// seedNivel ingests the verified Nivel source and returns its SHA-256.
func (e *adminEnv) seedNivel(t *testing.T) string {
	t.Helper()
	res := resultOf(t, e.finishJob(t, e.upload(t, e.admin, nivelID+".pdf", nivelPDF(t), map[string]string{"id": nivelID})))
	if !res.Verified {
		t.Fatalf("seed: %+v", res)
	}
	return res.SHA256
}

// assertNivelUnchanged: the verified source is still version 1 with its
// own content.
func (e *adminEnv) assertNivelUnchanged(t *testing.T, sha string) {
	t.Helper()
	time.Sleep(50 * time.Millisecond) // a job a refused request had queued would have started
	doc, err := e.store.Document(t.Context(), nivelID)
	if err != nil {
		t.Fatalf("verified source gone: %v", err)
	}
	if doc.Version != 1 || doc.SHA256 != sha || !doc.Verified {
		t.Errorf("verified source changed: version %d, sha %s, verified %v", doc.Version, doc.SHA256, doc.Verified)
	}
}

// TestEvalClientPassesChecks: `bronwijzer eval --api` (eval.Client) talks
// to a real server over loopback, with and without TLS, and is never taken
// for a cross-site browser.
func TestEvalClientPassesChecks(t *testing.T) {
	certPEM, keyPEM, pool := testCert(t, time.Now().Add(-time.Hour), 24*time.Hour)
	for _, tc := range []struct {
		name string
		cfg  Config
	}{{"http", Config{}}, {"https", Config{TLSCertPEM: certPEM, TLSKeyPEM: keyPEM}}} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := New(tc.cfg, testDeps(), nil)
			if err != nil {
				t.Fatal(err)
			}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			go s.Serve(ln)                                         //nolint:errcheck // ends with Shutdown
			t.Cleanup(func() { s.Shutdown(context.Background()) }) //nolint:errcheck // best effort
			scheme := "http"
			hc := &http.Client{Timeout: 10 * time.Second}
			if tc.name == "https" {
				scheme = "https"
				hc.Transport = &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}
			}
			c, err := eval.NewClient(scheme+"://"+ln.Addr().String(), "", hc)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := c.Ask(t.Context(), answer.Request{Question: "Hoeveel praktijken gebruiken AI?", K: 3})
			if err != nil || resp.Answer == "" {
				t.Fatalf("ask: %v %+v", err, resp)
			}
			if _, err := c.Search(t.Context(), "AI", retrieval.SearchOptions{K: 3}); err != nil {
				t.Fatalf("search: %v", err)
			}
		})
	}
}
