package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/api"
)

// run runs one command line with the data directory set and returns the
// exit code and both streams.
func run(t *testing.T, dataDir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	args = append(args, "--data-dir", dataDir)
	code := Run(t.Context(), args, nil, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestKeysCommands(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := run(t, dir, "keys", "create", "--name", "HIS De Linde", "--scope", "query")
	if code != exitOK {
		t.Fatalf("keys create: %d %s", code, errOut)
	}
	token := strings.TrimSpace(out)
	if !strings.HasPrefix(token, "bwz_") || strings.Count(out, "\n") != 1 || !strings.Contains(errOut, "niet opnieuw getoond") {
		t.Fatalf("keys create printed %q / %q", out, errOut)
	}
	id := strings.Split(token, "_")[1]

	code, out, _ = run(t, dir, "keys", "list")
	secret := strings.Split(token, "_")[2]
	if code != exitOK || !strings.Contains(out, id) || !strings.Contains(out, "HIS De Linde") || strings.Contains(out, secret) {
		t.Fatalf("keys list: %d %q", code, out)
	}
	if code, out, _ = run(t, dir, "keys", "revoke", id); code != exitOK || !strings.Contains(out, "ingetrokken") {
		t.Fatalf("keys revoke: %d %q", code, out)
	}
	code, out, _ = run(t, dir, "keys", "list", "--json")
	var listed struct{ Keys []admin.APIKey }
	if err := json.Unmarshal([]byte(out), &listed); err != nil || code != exitOK || len(listed.Keys) != 1 || listed.Keys[0].RevokedAt == nil {
		t.Fatalf("keys list --json after revoke: %d %q %v", code, out, err)
	}

	usage := []struct {
		name string
		args []string
	}{
		{"no subcommand", []string{"keys"}},
		{"unknown subcommand", []string{"keys", "rotate"}},
		{"create without name", []string{"keys", "create", "--scope", "query"}},
		{"create without scope", []string{"keys", "create", "--name", "x"}},
		{"create with bad scope", []string{"keys", "create", "--name", "x", "--scope", "root"}},
		{"revoke without id", []string{"keys", "revoke"}},
	}
	for _, tt := range usage {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errOut := run(t, dir, tt.args...); code != exitUsage {
				t.Errorf("exit %d, want %d: %s", code, exitUsage, errOut)
			}
		})
	}
	if code, _, errOut := run(t, dir, "keys", "revoke", "onbekend"); code != exitFail || !strings.Contains(errOut, "niet gevonden") {
		t.Errorf("revoke unknown: %d %s", code, errOut)
	}
}

func TestLoopback(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1:8080": true, "[::1]:8080": true, "localhost:8080": true, "127.0.0.2:80": true, "": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.168.1.10:8080": false,
		"bronwijzer.example.nl:443": false, "garbage": false,
	}
	for addr, want := range tests {
		if got := loopback(addr); got != want {
			t.Errorf("loopback(%q) = %v, want %v", addr, got, want)
		}
	}
}

func openTestApp(t *testing.T, dir string) *App {
	t.Helper()
	app, err := OpenApp(t.Context(), testConfig(dir), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Close() })
	return app
}

// TestSecureDefault: without keys the server refuses a public address and
// serves loopback anonymously; with a key it may listen publicly and every
// /v1 route needs the key.
func TestSecureDefault(t *testing.T) {
	dir := t.TempDir()
	app := openTestApp(t, dir)
	_, err := app.NewServer(api.Config{Addr: "0.0.0.0:8080"})
	if err == nil || !strings.Contains(err.Error(), "loopback") || !strings.Contains(err.Error(), "keys create") {
		t.Fatalf("public address without keys: %v, want a refusal that says what to do", err)
	}
	srv, err := app.NewServer(api.Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("loopback without keys: %v", err)
	}
	if rec := serve(srv.Handler(), "GET", "/v1/documents", ""); rec.Code != 200 {
		t.Errorf("loopback without keys: GET /v1/documents = %d", rec.Code)
	}
	app.Close()

	code, out, errOut := run(t, dir, "keys", "create", "--name", "test", "--scope", "admin")
	if code != exitOK {
		t.Fatal(errOut)
	}
	token := strings.TrimSpace(out)
	app = openTestApp(t, dir)
	srv, err = app.NewServer(api.Config{Addr: "0.0.0.0:8080"})
	if err != nil {
		t.Fatalf("public address with a key: %v", err)
	}
	if rec := serve(srv.Handler(), "GET", "/v1/documents", ""); rec.Code != 401 || rec.Header().Get("WWW-Authenticate") == "" {
		t.Errorf("with keys, no key: %d %v", rec.Code, rec.Header())
	}
	if rec := serve(srv.Handler(), "GET", "/v1/documents", "Bearer "+token); rec.Code != 200 {
		t.Errorf("with keys, valid key: %d %s", rec.Code, rec.Body)
	}
}

func serve(h http.Handler, method, target, authz string, body ...string) *httptest.ResponseRecorder {
	var r *http.Request
	if len(body) > 0 {
		r = httptest.NewRequest(method, target, strings.NewReader(body[0]))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, target, nil)
	}
	r.Host = "127.0.0.1:8080" // httptest's example.com is not an allowed host
	if authz != "" {
		r.Header.Set("Authorization", authz)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}

// TestAuditExportJSONL: an answer through the server is audited with the
// question redacted, and `audit export` writes it as JSON Lines.
func TestAuditExportJSONL(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := run(t, dir, "keys", "create", "--name", "his", "--scope", "query")
	if code != exitOK {
		t.Fatal(errOut)
	}
	token := strings.TrimSpace(out)
	app := openTestApp(t, dir)
	srv, err := app.NewServer(api.Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	q := `{"question":"Mevrouw met BSN 111222333 (06-12345678): wat zegt het AI Kompas over triage?"}`
	if rec := serve(srv.Handler(), "POST", "/v1/ask", "Bearer "+token, q); rec.Code != 200 {
		t.Fatalf("ask: %d %s", rec.Code, rec.Body)
	}
	// Every kind of patient data: not in the answer, the audit trail or
	// the metrics.
	rec := serve(srv.Handler(), "POST", "/v1/ask", "Bearer "+token, patientQuestionJSON(t))
	if rec.Code != 200 {
		t.Fatalf("ask: %d %s", rec.Code, rec.Body)
	}
	_, mout, _ := run(t, dir, "keys", "create", "--name", "prometheus", "--scope", "metrics")
	metrics := serve(srv.Handler(), "GET", "/metrics", "Bearer "+strings.TrimSpace(mout))
	if metrics.Code != 200 || !strings.Contains(metrics.Body.String(), "bronwijzer_") {
		t.Fatalf("metrics: %d", metrics.Code)
	}
	for _, v := range patientValues {
		// as a value of its own: a metric's "0.01954" holds no birth year
		if holds(rec.Body.String(), v) || holds(metrics.Body.String(), v) {
			t.Errorf("patient data %q in the answer or the metrics", v)
		}
	}
	app.Close()

	path := filepath.Join(t.TempDir(), "audit.jsonl")
	if code, _, errOut := run(t, dir, "audit", "export", "--since", "2020-01-01", "--out", path); code != exitOK {
		t.Fatalf("audit export: %d %s", code, errOut)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("export file %v, %v; want mode 0600", fi, err)
	}
	f, _ := os.Open(path)
	defer f.Close()
	var recs []admin.AuditRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r admin.AuditRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	for _, r := range recs[1:] {
		for _, v := range patientValues {
			if strings.Contains(r.Question, v) {
				t.Errorf("patient data %q in the exported question %q", v, r.Question)
			}
		}
		for _, tag := range []string{"[NAAM]", "[GEBOORTEDATUM]", "[BSN]", "[TELEFOON]", "[ADRES]", "[IBAN]"} {
			if !strings.Contains(r.Question, tag) {
				t.Errorf("exported question %q lacks %s", r.Question, tag)
			}
		}
	}
	r := recs[0]
	id := strings.Split(token, "_")[1]
	if strings.Contains(r.Question, "111222333") || strings.Contains(r.Question, "12345678") ||
		!strings.Contains(r.Question, "[BSN]") || !strings.Contains(r.Question, "triage") {
		t.Errorf("exported question %q is not redacted", r.Question)
	}
	if r.KeyID != id || r.CorpusVersion == "" || r.Mode == "" || r.Time.IsZero() {
		t.Errorf("exported record %+v", r)
	}

	// The time range excludes it; prune removes it.
	if code, out, _ := run(t, dir, "audit", "export", "--until", "2020-01-01"); code != exitOK || out != "" {
		t.Errorf("export before the record: %d %q", code, out)
	}
	if code, out, _ := run(t, dir, "audit", "prune", "--older-than", "0s"); code != exitUsage {
		t.Errorf("prune with zero retention: %d %q", code, out)
	}
	if code, out, _ := run(t, dir, "audit", "prune", "--older-than", "365d"); code != exitOK || !strings.Contains(out, "0 auditregels") {
		t.Errorf("prune 365d: %d %q", code, out)
	}
	if code, out, _ := run(t, dir, "audit", "prune", "--older-than", "1ns"); code != exitOK || !strings.Contains(out, "2 auditregels") {
		t.Errorf("prune 1ns: %d %q", code, out)
	}
}

func TestAdminConfigFromEnv(t *testing.T) {
	tests := []struct {
		name, env, value string
		wantErr          bool
	}{
		{"rate limit", "BRONWIJZER_RATE_LIMIT", "30", false},
		{"rate limit off", "BRONWIJZER_RATE_LIMIT", "0", false},
		{"negative rate", "BRONWIJZER_RATE_LIMIT", "-1", true},
		{"burst zero", "BRONWIJZER_RATE_BURST", "0", true},
		{"retention days", "BRONWIJZER_AUDIT_RETENTION", "30d", false},
		{"retention garbage", "BRONWIJZER_AUDIT_RETENTION", "een jaar", true},
		{"workers", "BRONWIJZER_JOB_WORKERS", "2", false},
		{"queue zero", "BRONWIJZER_JOB_QUEUE", "0", true},
		{"job timeout", "BRONWIJZER_JOB_TIMEOUT", "5m", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(tt.env, tt.value)
			cfg := DefaultConfig()
			err := cfg.LoadEnv()
			if err == nil {
				err = cfg.Validate()
			}
			if (err != nil) != tt.wantErr {
				t.Errorf("%s=%s: error %v, want error %v", tt.env, tt.value, err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), tt.env) {
				t.Errorf("error %q does not name %s", err, tt.env)
			}
		})
	}
}

// TestRetentionPrune: serve's maintenance deletes audit records past the
// configured retention and keeps newer ones.
func TestRetentionPrune(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.AuditRetention = 30 * 24 * time.Hour
	app, err := OpenApp(t.Context(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Close() })
	if _, err := app.NewServer(api.Config{Addr: "127.0.0.1:0"}); err != nil {
		t.Fatal(err)
	}
	store := app.Store
	now := time.Now()
	for _, age := range []time.Duration{40 * 24 * time.Hour, 31 * 24 * time.Hour, 29 * 24 * time.Hour, time.Hour} {
		if err := store.AppendAudit(t.Context(), admin.AuditRecord{Time: now.Add(-age), KeyID: "k", Question: "v"}); err != nil {
			t.Fatal(err)
		}
	}
	app.pruneOnce(t.Context(), store)
	n := 0
	store.ExportAudit(t.Context(), time.Time{}, time.Time{}, func(admin.AuditRecord) error { n++; return nil }) //nolint:errcheck // counted
	if n != 2 {
		t.Errorf("%d records after pruning with 30d retention, want 2", n)
	}
}
