package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// registryFile is a corpus.File over a copy of the bundled registry in a
// temporary directory, keeping reg in step: tests change the copy, never
// corpus/sources.json.
func registryFile(t testing.TB, reg *corpus.Registry) *corpus.File {
	t.Helper()
	data, err := os.ReadFile("../corpus/sources.json")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sources.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return corpus.NewFile(path, reg)
}

// sourcesStore is what the sources tests need of a store: both stores.
type sourcesStore interface {
	retrieval.Store
	admin.Store
}

// sourcesEnv is a server with keys, a registry file and a store holding
// three uploads that are not verified: "koorts", and the same file as
// "koorts-kopie" and as "Koorts-Groot" (an upload id the registry refuses).
type sourcesEnv struct {
	srv          *Server
	store        sourcesStore
	reg          *corpus.File
	search       retrieval.Searcher
	admin, query string
	koorts       []byte
}

const koortsText = "Koorts bij kinderen\n\nParacetamol is de eerste keus bij koorts met pijn bij kinderen.\n\n" +
	"Een kind met koorts en sufheid wordt dezelfde dag beoordeeld door de huisarts.\n"

func newSourcesEnv(t *testing.T, kind string) *sourcesEnv {
	t.Helper()
	ctx := t.Context()
	var store sourcesStore
	switch kind {
	case "sqlite":
		s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bw.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		store = s
	case "postgres":
		pg, err := pgtest.Start()
		if err != nil {
			t.Fatalf("start PostgreSQL: %v", err)
		}
		t.Cleanup(func() { pg.Stop() }) //nolint:errcheck // test cleanup
		s, err := postgres.Open(ctx, pg.Database(t), postgres.Options{Dim: 64})
		if err != nil {
			t.Fatal(err)
		}
		store = s
	}
	t.Cleanup(func() { store.Close() })
	live, err := corpus.Load("../corpus/sources.json")
	if err != nil {
		t.Fatal(err)
	}
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	emb := embed.NewLocal(64)
	reg := registryFile(t, live)
	pipe := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: reg.Live, Files: store}
	env := &sourcesEnv{store: store, reg: reg, koorts: []byte(koortsText),
		search: &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}}
	for _, id := range []string{"koorts", "koorts-kopie", "Koorts-Groot"} {
		// As POST /v1/documents stores an upload the registry does not list.
		src := bronwijzer.Source{ID: id, Title: "Koorts bij kinderen", File: id + ".txt"}
		res := pipe.Ingest(ctx, ingest.Input{Name: id + ".txt", Data: env.koorts, Source: &src, Unverified: true})
		if res.Err != nil {
			t.Fatal(res.Err)
		}
	}
	for _, k := range []struct {
		scope string
		dst   *string
	}{{auth.ScopeQuery, &env.query}, {auth.ScopeAdmin, &env.admin}} {
		nk, err := auth.Create(ctx, store, k.scope+" key", []string{k.scope}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		*k.dst = "Bearer " + nk.Token
	}
	deps := testDeps()
	deps.Documents = store
	deps.Admin = Admin{Auth: auth.NewAuthenticator(store), Store: store, Registry: reg}
	env.srv, _ = newTestServer(t, Config{}, deps)
	return env
}

func (e *sourcesEnv) do(t *testing.T, method, target, body, authz string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, e.srv.Handler(), method, target, body, "Authorization", authz)
}

// verifiedHits counts the passages of id that a verified-only search finds:
// what the answer service (verified sources only by default) may cite.
func (e *sourcesEnv) verifiedHits(t *testing.T, id string) int {
	t.Helper()
	ps, err := e.search.Search(t.Context(), "paracetamol koorts kinderen", retrieval.SearchOptions{K: 10, VerifiedOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range ps {
		if p.DocumentID == id {
			n++
		}
	}
	return n
}

func (e *sourcesEnv) list(t *testing.T) map[string]sourceItem {
	t.Helper()
	rec := e.do(t, http.MethodGet, "/v1/sources", "", e.admin)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /v1/sources: %d %s", rec.Code, rec.Body)
	}
	var body sourcesResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	items := map[string]sourceItem{}
	for _, it := range body.Sources {
		items[it.ID] = it
	}
	return items
}

// TestSourcesRoutes verifies an upload and retires it over the API on both
// stores: the registry file changes, the in-memory registry at once, and
// the document is cited (found by a verified-only search) exactly while it
// is verified.
func TestSourcesRoutes(t *testing.T) {
	for _, kind := range []string{"sqlite", "postgres"} {
		t.Run(kind, func(t *testing.T) { testSourcesRoutes(t, newSourcesEnv(t, kind)) })
	}
}

func testSourcesRoutes(t *testing.T, e *sourcesEnv) {
	sha := admin.FileDigest(e.koorts)
	items := e.list(t)
	if got := items["koorts"]; !slices.Equal(got.States, []string{corpus.StateUnverified}) || got.SourceFile != "koorts.txt" ||
		!slices.Equal(got.Labels, []string{"niet geverifieerd"}) || got.StoredSHA256 != sha {
		t.Errorf("koorts before: %+v", got)
	}
	if got := items[nivelID]; !slices.Equal(got.States, []string{corpus.StateNotStored}) {
		t.Errorf("registered, not stored: %+v", got)
	}
	if n := e.verifiedHits(t, "koorts"); n != 0 {
		t.Fatalf("unverified upload found by a verified-only search: %d passages", n)
	}

	verify := `{"document_id":"koorts","title":"Koorts bij kinderen (NHG)","published":"2024-05-01","publisher":"NHG","review_by":"2029-05-01","remark":"beoordeeld"}`
	rec := e.do(t, http.MethodPost, "/v1/sources", verify, e.admin)
	if rec.Code != http.StatusOK {
		t.Fatalf("verify: %d %s", rec.Code, rec.Body)
	}
	var got sourceResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Entry.SHA256 != sha || got.Entry.File != "koorts.txt" || got.Entry.Publisher != "NHG" || got.Version != 2 ||
		!slices.Equal(got.Source.States, []string{corpus.StateVerified}) {
		t.Errorf("verify response: %+v", got)
	}
	onDisk, err := corpus.Load(e.reg.Path)
	if err != nil {
		t.Fatal(err)
	}
	if m := onDisk.Lookup("elders.txt", sha); !m.Verified || m.Source.ID != "koorts" || m.Source.ReviewBy != "2029-05-01" || m.Source.Remark != "beoordeeld" {
		t.Errorf("registry file after verify: %+v", m)
	}
	if _, ok := e.reg.Live.Source("koorts"); !ok {
		t.Error("in-memory registry does not hold the verified source")
	}
	doc, err := e.store.Document(t.Context(), "koorts")
	if err != nil || !doc.Verified || doc.Title != "Koorts bij kinderen (NHG)" || doc.Published != "2024-05-01" {
		t.Errorf("stored document after verify: %+v %v", doc, err)
	}
	if n := e.verifiedHits(t, "koorts"); n == 0 {
		t.Error("verified document not found by a verified-only search: it would not be cited")
	}

	before, _ := os.ReadFile(e.reg.Path)
	for _, tt := range []struct {
		name, body, want string
	}{
		{"already verified", verify, "al geverifieerd"},
		{"digest in the registry", `{"document_id":"koorts-kopie","published":"2024-05-01"}`, `als "koorts"`},
	} {
		t.Run("409 "+tt.name, func(t *testing.T) {
			rec := e.do(t, http.MethodPost, "/v1/sources", tt.body, e.admin)
			if rec.Code != http.StatusConflict || !strings.Contains(decodeError(t, rec).Message, tt.want) ||
				!strings.Contains(decodeError(t, rec).Message, `"replace": true`) {
				t.Errorf("status %d %s, want 409 with %q", rec.Code, rec.Body, tt.want)
			}
		})
	}
	if after, _ := os.ReadFile(e.reg.Path); string(after) != string(before) {
		t.Error("a refused verify changed the registry file")
	}
	t.Run("replace", func(t *testing.T) {
		rec := e.do(t, http.MethodPost, "/v1/sources", `{"document_id":"koorts","published":"2024-06-01","replace":true}`, e.admin)
		if rec.Code != http.StatusOK {
			t.Fatalf("replace: %d %s", rec.Code, rec.Body)
		}
		if src, _ := e.reg.Live.Source("koorts"); src.Published != "2024-06-01" || src.Title != "Koorts bij kinderen (NHG)" {
			t.Errorf("replaced entry: %+v", src)
		}
	})

	rec = e.do(t, http.MethodPost, "/v1/sources/koorts/retire", "", e.admin)
	if rec.Code != http.StatusOK {
		t.Fatalf("retire: %d %s", rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	today := time.Now().Format(time.DateOnly)
	if got.Entry.Retired != today || !slices.Equal(got.Source.States, []string{corpus.StateRetired}) || got.Version == 0 {
		t.Errorf("retire response: %+v", got)
	}
	onDisk, err = corpus.Load(e.reg.Path)
	if err != nil {
		t.Fatal(err)
	}
	if src, _ := onDisk.Source("koorts"); src.Retired != today || src.SHA256 != sha {
		t.Errorf("registry file after retire: %+v (the entry stays, retired)", src)
	}
	if doc, err := e.store.Document(t.Context(), "koorts"); err != nil || doc.Verified {
		t.Errorf("stored document after retire: %+v %v", doc, err)
	}
	if n := e.verifiedHits(t, "koorts"); n != 0 {
		t.Errorf("retired document still found by a verified-only search: %d passages", n)
	}
	if got := e.list(t)["koorts"]; !slices.Equal(got.States, []string{corpus.StateRetired}) || got.Retired != today {
		t.Errorf("list after retire: %+v", got)
	}
}

// TestSourcesRoutesRefuse: every bad request gets its status and a
// specific Dutch message, and changes nothing.
func TestSourcesRoutesRefuse(t *testing.T) {
	e := newSourcesEnv(t, "sqlite")
	before, _ := os.ReadFile(e.reg.Path)
	tests := []struct {
		name, method, target, body, authz string
		status                            int
		want                              string
	}{
		{"list without key", "GET", "/v1/sources", "", "", 401, "API-sleutel"},
		{"list with query key", "GET", "/v1/sources", "", e.query, 403, ""},
		{"verify with query key", "POST", "/v1/sources", `{"document_id":"koorts","published":"2024-05-01"}`, e.query, 403, ""},
		{"retire with query key", "POST", "/v1/sources/" + nivelID + "/retire", "", e.query, 403, ""},
		{"unknown document", "POST", "/v1/sources", `{"document_id":"onbekend","published":"2024-05-01"}`, e.admin, 404, "niet opgeslagen"},
		{"unknown source", "POST", "/v1/sources/onbekend/retire", "", e.admin, 404, "niet gevonden"},
		{"no document", "POST", "/v1/sources", `{"published":"2024-05-01"}`, e.admin, 400, "document_id"},
		{"no date", "POST", "/v1/sources", `{"document_id":"koorts"}`, e.admin, 400, `Veld "published" is verplicht`},
		{"bad date", "POST", "/v1/sources", `{"document_id":"koorts","published":"2024-02-30"}`, e.admin, 400, "geen geldige datum"},
		{"bad review date", "POST", "/v1/sources", `{"document_id":"koorts","published":"2024-05-01","review_by":"binnenkort"}`, e.admin, 400, `Veld "review_by"`},
		{"review before published", "POST", "/v1/sources", `{"document_id":"koorts","published":"2024-05-01","review_by":"2023-01-01"}`, e.admin, 400, "moet na"},
		{"bad url", "POST", "/v1/sources", `{"document_id":"koorts","published":"2024-05-01","url":"javascript:alert(1)"}`, e.admin, 400, "Ongeldige URL"},
		{"unknown field", "POST", "/v1/sources", `{"document_id":"koorts","published":"2024-05-01","sha256":"00"}`, e.admin, 400, "sha256"},
		{"bad id", "POST", "/v1/sources", `{"document_id":"../etc","published":"2024-05-01"}`, e.admin, 400, "document-id"},
		{"id the registry refuses", "POST", "/v1/sources", `{"document_id":"Koorts-Groot","published":"2024-05-01"}`, e.admin, 400, "kleine letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(t, tt.method, tt.target, tt.body, tt.authz)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if msg := decodeError(t, rec).Message; !strings.Contains(msg, tt.want) {
				t.Errorf("message %q lacks %q", msg, tt.want)
			}
		})
	}
	if after, _ := os.ReadFile(e.reg.Path); string(after) != string(before) {
		t.Error("a refused request changed the registry file")
	}
	if doc, err := e.store.Document(t.Context(), "koorts"); err != nil || doc.Verified || doc.Version != 1 {
		t.Errorf("a refused request changed the stored document: %+v %v", doc, err)
	}
}
