package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/ingest/jobs"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// These tests run the admin surface over the real SQLite store, the real
// ingest pipeline and the bundled registry and corpus.

const nivelID = "nivel-inzet-ai-huisartsenpraktijken"

type adminEnv struct {
	srv    *Server
	logs   *syncBuffer
	store  *sqlite.Store
	pipe   *ingest.Pipeline
	jobs   *jobs.Queue
	query  string // bearer tokens
	admin  string
	metric string
}

type adminOpts struct {
	noKeys    bool
	limiter   *auth.Limiter
	audit     AuditWriter
	maxUpload int64
}

func newAdminEnv(t *testing.T, o adminOpts) *adminEnv {
	t.Helper()
	ctx := t.Context()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bw.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	reg, err := corpus.Load("../corpus/sources.json")
	if err != nil {
		t.Fatal(err)
	}
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	pipe := &ingest.Pipeline{Store: store, Embedder: embed.NewLocal(64), Analyzer: an, Registry: reg, Files: store}
	q := jobs.New(jobs.Options{})
	t.Cleanup(func() {
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		q.Close(cctx) //nolint:errcheck // best effort
	})
	env := &adminEnv{store: store, pipe: pipe, jobs: q}
	admin := Admin{
		Limiter: o.limiter, Audit: o.audit, MaxUploadBytes: o.maxUpload, Store: store, Jobs: q, Pipeline: pipe, Registry: registryFile(t, reg),
		CorpusVersion: func(context.Context) string { return "corpus-v1" },
	}
	if o.audit == nil {
		admin.Audit = store
	}
	if !o.noKeys {
		admin.Auth = auth.NewAuthenticator(store)
		now := time.Now()
		for _, k := range []struct {
			scope string
			dst   *string
		}{{"query", &env.query}, {"admin", &env.admin}, {"metrics", &env.metric}} {
			nk, err := auth.Create(ctx, store, k.scope+" key", []string{k.scope}, now)
			if err != nil {
				t.Fatal(err)
			}
			*k.dst = "Bearer " + nk.Token
		}
	}
	deps := testDeps()
	deps.Documents = store
	deps.Admin = admin
	env.srv, env.logs = newTestServer(t, Config{}, deps)
	return env
}

func (e *adminEnv) do(t *testing.T, method, target, body, authz string) *httptest.ResponseRecorder {
	t.Helper()
	if authz == "" {
		return do(t, e.srv.Handler(), method, target, body)
	}
	return do(t, e.srv.Handler(), method, target, body, "Authorization", authz)
}

// upload posts a multipart upload and returns the response.
func (e *adminEnv) upload(t *testing.T, authz, name string, data []byte, fields map[string]string) *httptest.ResponseRecorder {
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
	fw.Write(data) //nolint:errcheck // bytes.Buffer
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/v1/documents", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if authz != "" {
		req.Header.Set("Authorization", authz)
	}
	rec := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(rec, req)
	return rec
}

// finishJob decodes a 202 job response and polls GET /v1/jobs/{id} until done.
func (e *adminEnv) finishJob(t *testing.T, rec *httptest.ResponseRecorder) jobs.Job {
	t.Helper()
	if rec.Code != http.StatusAccepted {
		t.Fatalf("status %d, want 202: %s", rec.Code, rec.Body)
	}
	var j jobs.Job
	if err := json.Unmarshal(rec.Body.Bytes(), &j); err != nil {
		t.Fatal(err)
	}
	if loc := rec.Header().Get("Location"); loc != "/v1/jobs/"+j.ID {
		t.Errorf("Location %q, want /v1/jobs/%s", loc, j.ID)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		r := e.do(t, http.MethodGet, "/v1/jobs/"+j.ID, "", e.admin)
		if r.Code != http.StatusOK {
			t.Fatalf("GET job: %d %s", r.Code, r.Body)
		}
		var got jobs.Job
		if err := json.Unmarshal(r.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got.Done() {
			// Round-trip the result through JSON as a client sees it.
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("job %s did not finish", j.ID)
	return jobs.Job{}
}

func resultOf(t *testing.T, j jobs.Job) uploadResult {
	t.Helper()
	if j.Status != jobs.StatusSucceeded {
		t.Fatalf("job %s: %+v", j.Status, j.Error)
	}
	b, _ := json.Marshal(j.Result)
	var r uploadResult
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func nivelPDF(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../corpus/" + nivelID + ".pdf")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestAuthMiddleware(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	revoked, err := auth.Create(t.Context(), env.store, "oud", []string{"admin"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := env.store.RevokeKey(t.Context(), revoked.Key.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	search := `{"query":"cognitieve belasting"}`
	tests := []struct {
		name, method, target, body, authz string
		want                              int
		wantChallenge                     string // substring of WWW-Authenticate
	}{
		{"search without key", "POST", "/v1/search", search, "", 401, `Bearer realm="bronwijzer"`},
		{"search with garbage", "POST", "/v1/search", search, "Bearer nonsense", 401, `error="invalid_token"`},
		{"search with basic auth", "POST", "/v1/search", search, "Basic YTpi", 401, `error="invalid_token"`},
		{"search with revoked key", "POST", "/v1/search", search, "Bearer " + revoked.Token, 401, `error="invalid_token"`},
		{"search with query key", "POST", "/v1/search", search, env.query, 200, ""},
		{"search with admin key", "POST", "/v1/search", search, env.admin, 200, ""},
		{"search with metrics key", "POST", "/v1/search", search, env.metric, 403, `error="insufficient_scope", scope="query"`},
		{"ask without key", "POST", "/v1/ask", `{"question":"Wat is agentic AI?"}`, "", 401, "Bearer"},
		{"documents without key", "GET", "/v1/documents", "", "", 401, "Bearer"},
		{"documents with query key", "GET", "/v1/documents", "", env.query, 200, ""},
		{"upload with query key", "POST", "/v1/documents", "", env.query, 403, `scope="admin"`},
		{"delete with query key", "DELETE", "/v1/documents/x", "", env.query, 403, `scope="admin"`},
		{"reingest with query key", "POST", "/v1/documents/x/reingest", "", env.query, 403, `scope="admin"`},
		{"job with query key", "GET", "/v1/jobs/job_x", "", env.query, 403, `scope="admin"`},
		{"job with admin key", "GET", "/v1/jobs/job_x", "", env.admin, 404, ""},
		{"unknown v1 route without key", "GET", "/v1/nothing", "", "", 401, "Bearer"},
		{"metrics without key", "GET", "/metrics", "", "", 401, "Bearer"},
		{"metrics with query key", "GET", "/metrics", "", env.query, 403, `scope="metrics"`},
		{"metrics with metrics key", "GET", "/metrics", "", env.metric, 200, ""},
		{"healthz open", "GET", "/healthz", "", "", 200, ""},
		{"readyz open", "GET", "/readyz", "", "", 200, ""},
		{"openapi open", "GET", "/openapi.json", "", "", 200, ""},
		{"ui open", "GET", "/", "", "", 200, ""},
		{"embed open", "GET", "/embed", "", "", 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, tt.method, tt.target, tt.body, tt.authz)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			ch := rec.Header().Get("WWW-Authenticate")
			if tt.wantChallenge != "" && !strings.Contains(ch, tt.wantChallenge) {
				t.Errorf("WWW-Authenticate %q, want it to contain %q", ch, tt.wantChallenge)
			}
			if rec.Code == 401 || rec.Code == 403 {
				e := decodeError(t, rec)
				want := map[int]string{401: bronwijzer.EUNAUTHORIZED, 403: bronwijzer.EFORBIDDEN}[rec.Code]
				if e.Code != want || e.Message == "" {
					t.Errorf("error %+v, want code %s with a message", e, want)
				}
			}
		})
	}
	// The access log names the key id, never the secret.
	secret := strings.TrimPrefix(env.query, "Bearer ")
	if logs := env.logs.String(); strings.Contains(logs, secret) || !strings.Contains(logs, `"key_id"`) {
		t.Errorf("access log leaks the secret or lacks key_id")
	}
}

func TestRateLimit(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	env := newAdminEnv(t, adminOpts{limiter: auth.NewLimiter(30, 2, func() time.Time { return now })})
	search := `{"query":"cognitieve belasting"}`
	for i := range 2 {
		if rec := env.do(t, "POST", "/v1/search", search, env.query); rec.Code != 200 {
			t.Fatalf("request %d: %d", i, rec.Code)
		}
	}
	rec := env.do(t, "POST", "/v1/search", search, env.query)
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("third request: %d, want 429", rec.Code)
	}
	if ra := rec.Header().Get("Retry-After"); ra != "2" {
		t.Errorf("Retry-After %q, want 2 (30/min = one per 2s)", ra)
	}
	if e := decodeError(t, rec); e.Code != bronwijzer.ERATELIMIT {
		t.Errorf("error %+v", e)
	}
	if rec := env.do(t, "POST", "/v1/search", search, env.admin); rec.Code != 200 {
		t.Errorf("another key is limited too: %d", rec.Code)
	}
	now = now.Add(2 * time.Second)
	if rec := env.do(t, "POST", "/v1/search", search, env.query); rec.Code != 200 {
		t.Errorf("after Retry-After: %d", rec.Code)
	}
}

func TestNoKeysIsAnonymous(t *testing.T) {
	env := newAdminEnv(t, adminOpts{noKeys: true})
	if rec := env.do(t, "POST", "/v1/ask", `{"question":"Wat is agentic AI?"}`, ""); rec.Code != 200 {
		t.Fatalf("ask without keys configured: %d %s", rec.Code, rec.Body)
	}
	var got []admin.AuditRecord
	env.store.ExportAudit(t.Context(), time.Time{}, time.Time{}, func(r admin.AuditRecord) error { //nolint:errcheck // checked below
		got = append(got, r)
		return nil
	})
	if len(got) != 1 || got[0].KeyID != auth.Anonymous {
		t.Errorf("audit %+v, want one record by %q", got, auth.Anonymous)
	}
}

func TestUploadPDFAndServeFile(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	data := nivelPDF(t)
	j := env.finishJob(t, env.upload(t, env.admin, nivelID+".pdf", data, map[string]string{"id": nivelID}))
	res := resultOf(t, j)
	if res.DocumentID != nivelID || res.Status != ingest.StatusIngested || !res.Verified || res.Version != 1 ||
		res.Chunks == 0 || res.MediaType != ingest.MediaPDF || res.SHA256 != admin.FileDigest(data) {
		t.Errorf("result %+v", res)
	}
	doc := env.do(t, "GET", "/v1/documents/"+nivelID, "", env.query)
	if doc.Code != 200 || !strings.Contains(doc.Body.String(), `"verified":true`) {
		t.Errorf("GET document: %d %s", doc.Code, doc.Body)
	}

	rec := env.do(t, "GET", "/v1/documents/"+nivelID+"/file", "", env.query)
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), data) {
		t.Fatalf("GET file: %d, %d bytes (want %d)", rec.Code, rec.Body.Len(), len(data))
	}
	h := rec.Header()
	if h.Get("Content-Type") != "application/pdf" || h.Get("Content-Disposition") != `attachment; filename=`+nivelID+`.pdf` ||
		h.Get("ETag") != `"`+res.SHA256+`"` {
		t.Errorf("file headers %v", h)
	}
	// PDF viewers fetch ranges.
	r := httptest.NewRequest("GET", "/v1/documents/"+nivelID+"/file", nil)
	r.Header.Set("Authorization", env.query)
	r.Header.Set("Range", "bytes=0-4")
	rr := httptest.NewRecorder()
	env.srv.Handler().ServeHTTP(rr, r)
	if rr.Code != http.StatusPartialContent || rr.Body.String() != "%PDF-" {
		t.Errorf("range request: %d %q", rr.Code, rr.Body.String())
	}
	if rec := env.do(t, "GET", "/v1/documents/"+nivelID+"/file", "", ""); rec.Code != 401 {
		t.Errorf("file without key: %d", rec.Code)
	}
	if rec := env.do(t, "GET", "/v1/documents/nope/file", "", env.query); rec.Code != 404 {
		t.Errorf("file of unknown document: %d", rec.Code)
	}
}

func TestUploadTextUnregistered(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	text := []byte("# Praktijkprotocol\n\nDe huisarts <script>alert(1)</script> belt de patiënt binnen twee dagen terug over de uitslag.\n")
	j := env.finishJob(t, env.upload(t, env.admin, "protocol.md", text, map[string]string{
		"title": "Praktijkprotocol terugbellen", "publisher": "Huisartsenpraktijk De Linde", "published": "2025-06",
	}))
	res := resultOf(t, j)
	if res.DocumentID != "protocol" || res.Verified || !strings.Contains(res.Verification, "NIET geverifieerd") {
		t.Errorf("result %+v, want unverified document protocol", res)
	}
	doc, err := env.store.Document(t.Context(), "protocol")
	if err != nil || doc.Title != "Praktijkprotocol terugbellen" || doc.Publisher != "Huisartsenpraktijk De Linde" || doc.Verified {
		t.Errorf("stored %+v, %v", doc, err)
	}
	rec := env.do(t, "GET", "/v1/documents/protocol/file", "", env.query)
	if ct := rec.Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" || rec.Body.String() != string(text) {
		t.Errorf("markdown served as %q: %q", ct, rec.Body)
	}
}

func TestUploadRejects(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	pdf := nivelPDF(t)
	// What the CLI says about the truncated PDF: the job must say the same.
	truncated := pdf[:len(pdf)/3]
	cli := env.pipe.Ingest(t.Context(), ingest.Input{Name: "kapot.pdf", Data: truncated})
	if cli.Err == nil {
		t.Fatal("pipeline accepted a truncated PDF")
	}
	t.Run("truncated pdf fails the job with the CLI's message", func(t *testing.T) {
		j := env.finishJob(t, env.upload(t, env.admin, "kapot.pdf", truncated, nil))
		if j.Status != jobs.StatusFailed || j.Error == nil || j.Error.Code != bronwijzer.ErrorCode(cli.Err) ||
			j.Error.Message != bronwijzer.ErrorMessage(cli.Err) {
			t.Errorf("job %+v error %+v, want %s %q", j, j.Error, bronwijzer.ErrorCode(cli.Err), bronwijzer.ErrorMessage(cli.Err))
		}
	})
	tests := []struct {
		name     string
		file     string
		data     []byte
		fields   map[string]string
		want     int
		wantText string
	}{
		{"empty file", "leeg.pdf", nil, nil, 400, "leeg bestand"},
		{"unsupported type", "brief.docx", []byte("PK\x03\x04 word"), nil, 415, "niet ondersteund"},
		{"pdf extension without pdf", "nep.pdf", []byte("hallo"), nil, 400, "geen PDF"},
		{"binary text", "data.txt", []byte("ab\x00cd"), nil, 400, "UTF-8"},
		{"bad id", "a.txt", []byte("tekst"), map[string]string{"id": "../etc"}, 400, "document-id"},
		{"bad date", "a.txt", []byte("tekst"), map[string]string{"published": "gisteren"}, 400, "publicatiedatum"},
		{"bad url", "a.txt", []byte("tekst"), map[string]string{"url": "javascript:alert(1)"}, 400, "URL"},
		{"unknown field", "a.txt", []byte("tekst"), map[string]string{"verified": "true"}, 400, "Onbekend veld"},
		{"bad replace", "a.txt", []byte("tekst"), map[string]string{"replace": "ja"}, 400, "replace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.upload(t, env.admin, tt.file, tt.data, tt.fields)
			if rec.Code != tt.want || !strings.Contains(decodeError(t, rec).Message, tt.wantText) {
				t.Errorf("%d %s, want %d with %q", rec.Code, rec.Body, tt.want, tt.wantText)
			}
		})
	}
	t.Run("not multipart", func(t *testing.T) {
		if rec := env.do(t, "POST", "/v1/documents", `{"file":"x"}`, env.admin); rec.Code != 415 {
			t.Errorf("%d %s", rec.Code, rec.Body)
		}
	})
	t.Run("no file", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("id", "x") //nolint:errcheck // bytes.Buffer
		mw.Close()
		req := httptest.NewRequest("POST", "/v1/documents", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Authorization", env.admin)
		rec := httptest.NewRecorder()
		env.srv.Handler().ServeHTTP(rec, req)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), "file") {
			t.Errorf("%d %s", rec.Code, rec.Body)
		}
	})
	if docs, _ := env.store.Documents(t.Context()); len(docs) != 0 {
		t.Errorf("rejected uploads stored %d documents", len(docs))
	}
}

func TestUploadNeverSilentlyReplacesVerified(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	pdf := nivelPDF(t)
	resultOf(t, env.finishJob(t, env.upload(t, env.admin, nivelID+".pdf", pdf, map[string]string{"id": nivelID})))

	other := []byte("Een andere tekst die zich voordoet als het Nivel-artikel over AI in huisartsenpraktijken.")
	rec := env.upload(t, env.admin, "nivel.txt", other, map[string]string{"id": nivelID})
	if rec.Code != http.StatusConflict || !strings.Contains(decodeError(t, rec).Message, "geverifieerde bron") {
		t.Fatalf("different content for a verified id: %d %s, want 409", rec.Code, rec.Body)
	}
	// The same content again is fine (unchanged).
	same := resultOf(t, env.finishJob(t, env.upload(t, env.admin, nivelID+".pdf", pdf, map[string]string{"id": nivelID})))
	if same.Status != ingest.StatusUnchanged || same.Version != 1 {
		t.Errorf("same upload: %+v", same)
	}
	res := resultOf(t, env.finishJob(t, env.upload(t, env.admin, "nivel.txt", other, map[string]string{"id": nivelID, "replace": "true"})))
	if res.Verified || res.Version != 2 || res.PreviousVersion != 1 || !strings.Contains(res.Verification, "wijkt af") {
		t.Errorf("explicit replace: %+v, want unverified version 2", res)
	}
	doc, _ := env.store.Document(t.Context(), nivelID)
	if doc.Verified || doc.Title == "" {
		t.Errorf("stored %+v", doc)
	}
}

func TestDeleteAndReingest(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	text := []byte("Bij koorts boven 40 graden belt de assistente de dienstdoende huisarts.")
	resultOf(t, env.finishJob(t, env.upload(t, env.admin, "koorts.txt", text, map[string]string{"id": "koorts"})))

	res := resultOf(t, env.finishJob(t, env.do(t, "POST", "/v1/documents/koorts/reingest", "", env.admin)))
	// Same content, new version: the previous one is replaced atomically.
	if res.Status != ingest.StatusIngested || res.Version != 2 || res.PreviousVersion != 1 || res.Chunks == 0 {
		t.Errorf("reingest: %+v", res)
	}
	if rec := env.do(t, "POST", "/v1/documents/nope/reingest", "", env.admin); rec.Code != 404 {
		t.Errorf("reingest unknown: %d", rec.Code)
	}

	if rec := env.do(t, "DELETE", "/v1/documents/koorts", "", env.admin); rec.Code != http.StatusNoContent {
		t.Fatalf("delete: %d %s", rec.Code, rec.Body)
	}
	for _, target := range []string{"/v1/documents/koorts", "/v1/documents/koorts/file"} {
		if rec := env.do(t, "GET", target, "", env.query); rec.Code != 404 {
			t.Errorf("GET %s after delete: %d", target, rec.Code)
		}
	}
	if rec := env.do(t, "DELETE", "/v1/documents/koorts", "", env.admin); rec.Code != 404 {
		t.Errorf("second delete: %d", rec.Code)
	}
	// The orphaned file goes at the next prune past the grace period.
	if n, err := env.store.PruneFiles(t.Context(), time.Now().Add(time.Minute)); err != nil || n != 1 {
		t.Errorf("PruneFiles = %d, %v; want the deleted document's file", n, err)
	}
}

func TestAuditRecord(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	q := `{"question":"Patiënt met BSN 111222333, geboren 03-04-1950, mail jan@example.nl: wat is agentic AI?"}`
	for _, route := range []string{"/v1/ask", "/v1/ask/stream"} {
		if rec := env.do(t, "POST", route, q, env.query); rec.Code != 200 {
			t.Fatalf("%s: %d %s", route, rec.Code, rec.Body)
		}
	}
	var got []admin.AuditRecord
	if err := env.store.ExportAudit(t.Context(), time.Time{}, time.Time{}, func(r admin.AuditRecord) error {
		got = append(got, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d audit records, want 2 (ask and stream)", len(got))
	}
	keyID, _, _ := auth.ParseToken(strings.TrimPrefix(env.query, "Bearer "))
	for _, r := range got {
		for _, leak := range []string{"111222333", "1950", "jan@example.nl"} {
			if strings.Contains(r.Question, leak) {
				t.Errorf("audit question %q contains %q", r.Question, leak)
			}
		}
		if !strings.Contains(r.Question, "[BSN]") || !strings.Contains(r.Question, "agentic AI") {
			t.Errorf("audit question %q, want redacted question", r.Question)
		}
		want := fakeAnswer()
		if r.KeyID != keyID || r.CorpusVersion != "corpus-v1" || r.Mode != want.Mode || r.Model != want.Model ||
			r.Enforcement != "passed" || r.Abstained || r.RequestID == "" ||
			strings.Join(r.PassageIDs, ",") != want.Citations[0].PassageID+","+want.Citations[1].PassageID {
			t.Errorf("audit record %+v", r)
		}
	}
}

// failingAudit is an audit store that is down.
type failingAudit struct{}

func (failingAudit) AppendAudit(context.Context, admin.AuditRecord) error {
	return errors.New("disk full")
}

func TestAuditFailureDoesNotReachClinician(t *testing.T) {
	env := newAdminEnv(t, adminOpts{audit: failingAudit{}})
	rec := env.do(t, "POST", "/v1/ask", `{"question":"Wat is agentic AI?"}`, env.query)
	if rec.Code != 200 || strings.Contains(rec.Body.String(), "disk full") {
		t.Fatalf("ask with audit down: %d %s", rec.Code, rec.Body)
	}
	if !strings.Contains(env.logs.String(), "audit record not written") {
		t.Error("audit failure not logged")
	}
}

func TestUploadBodyLimit(t *testing.T) {
	env := newAdminEnv(t, adminOpts{maxUpload: 4 << 10})
	rec := env.upload(t, env.admin, "groot.txt", bytes.Repeat([]byte("a"), 2<<20), nil)
	if rec.Code != http.StatusRequestEntityTooLarge || decodeError(t, rec).Code != bronwijzer.ETOOLARGE {
		t.Errorf("upload over the limit: %d %s", rec.Code, rec.Body)
	}
}
