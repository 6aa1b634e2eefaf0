package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer/api/auth"
)

type openAPISpec struct {
	OpenAPI string `json:"openapi"`
	Paths   map[string]map[string]struct {
		Security      []map[string][]string  `json:"security"`
		RequiredScope string                 `json:"x-required-scope"`
		Responses     map[string]apiResponse `json:"responses"`
	} `json:"paths"`
	Components struct {
		Responses       map[string]apiResponse `json:"responses"`
		SecuritySchemes map[string]any         `json:"securitySchemes"`
	} `json:"components"`
}

type apiResponse struct {
	Ref     string `json:"$ref"`
	Content map[string]struct {
		Example any `json:"example"`
	} `json:"content"`
}

// example returns the JSON example of an operation's response, following a
// $ref to a shared response.
func (s openAPISpec) example(method, path, status string) (any, error) {
	op, ok := s.Paths[path][method]
	if !ok {
		return nil, fmt.Errorf("no %s %s in spec", method, path)
	}
	r, ok := op.Responses[status]
	if !ok {
		return nil, fmt.Errorf("no %s response for %s %s", status, method, path)
	}
	if name, ok := strings.CutPrefix(r.Ref, "#/components/responses/"); ok {
		r = s.Components.Responses[name]
	}
	ex := r.Content["application/json"].Example
	if ex == nil {
		return nil, fmt.Errorf("no JSON example for %s %s %s", method, path, status)
	}
	return ex, nil
}

// checkExample compares the shape of a response with the spec's example.
func checkExample(t *testing.T, spec openAPISpec, method, path, status string, rec *httptest.ResponseRecorder) {
	t.Helper()
	example, err := spec.example(method, path, status)
	if err != nil {
		t.Fatal(err)
	}
	if got := itoa(rec.Code); got != status {
		t.Fatalf("status %s, want %s: %s", got, status, rec.Body)
	}
	var got any
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(shape(example), shape(got)); diff != "" {
		t.Errorf("example shape differs from response (-example +response):\n%s", diff)
	}
}

func loadSpec(t *testing.T) openAPISpec {
	t.Helper()
	b, err := webFS.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var spec openAPISpec
	if err := json.Unmarshal(b, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Fatalf("openapi version %q, want 3.x", spec.OpenAPI)
	}
	return spec
}

var echoParam = regexp.MustCompile(`:([a-z_]+)`)

// openAPIPath is the OpenAPI form of an echo pattern: /v1/jobs/:id → /v1/jobs/{id}.
func openAPIPath(pattern string) string { return echoParam.ReplaceAllString(pattern, "{$1}") }

// TestOpenAPIMatchesRoutes: openapi.json describes exactly the route table,
// and the server registers exactly the table's routes whose dependencies it
// has: all of them with keys, a real SQLite store, job queue and pipeline;
// only the unconditional ones without.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	spec := loadSpec(t)
	var described []string
	for path, ops := range spec.Paths {
		for method := range ops {
			described = append(described, strings.ToUpper(method)+" "+path)
		}
	}
	full := newAdminEnv(t, adminOpts{}).srv
	bare, _ := newTestServer(t, Config{}, testDeps())
	var table, unconditional []string
	for _, r := range full.routeTable(nil) {
		table = append(table, r.method+" "+openAPIPath(r.path))
		if r.needs == always {
			unconditional = append(unconditional, r.method+" "+openAPIPath(r.path))
		}
	}
	sort.Strings(described)
	sort.Strings(table)
	sort.Strings(unconditional)
	if diff := cmp.Diff(described, table); diff != "" {
		t.Errorf("route table differs from openapi.json (-spec +table):\n%s", diff)
	}
	for _, tt := range []struct {
		name string
		srv  *Server
		want []string
	}{{"all dependencies", full, table}, {"none", bare, unconditional}} {
		t.Run(tt.name, func(t *testing.T) {
			var registered []string
			for _, r := range tt.srv.echo.Routes() {
				registered = append(registered, r.Method+" "+openAPIPath(r.Path))
			}
			sort.Strings(registered)
			if diff := cmp.Diff(tt.want, registered); diff != "" {
				t.Errorf("registered routes differ from the table (-table +registered):\n%s", diff)
			}
		})
	}
}

// TestOpenAPIExamples: each JSON example has the same shape (key sets,
// recursively) as what the handler returns for a comparable request.
func TestOpenAPIExamples(t *testing.T) {
	spec := loadSpec(t)
	deps := testDeps()
	deps.Ready = func(ctx context.Context) error { return nil }
	s, _ := newTestServer(t, Config{}, deps)
	notReady, _ := newTestServer(t, Config{}, func() Deps {
		d := testDeps()
		d.Ready = func(context.Context) error { return errors.New("store down") }
		return d
	}())
	framed, _ := newTestServer(t, Config{FrameAncestors: []string{"https://his.example.nl"}}, testDeps())
	tests := []struct {
		method, path, target, body, status string
		srv                                *Server
	}{
		{"get", "/healthz", "/healthz", "", "200", s},
		{"get", "/readyz", "/readyz", "", "200", s},
		{"get", "/readyz", "/readyz", "", "503", notReady},
		{"post", "/v1/search", "/v1/search", `{"query":"belasting","k":1}`, "200", s},
		{"post", "/v1/search", "/v1/search", `{"query":""}`, "400", s},
		{"post", "/v1/search", "/v1/search", `{"query":"` + strings.Repeat("a", 17000) + `"}`, "413", s},
		{"post", "/v1/ask", "/v1/ask", `{"question":"belasting","k":1}`, "200", s},
		{"post", "/v1/ask", "/v1/ask", `{"k":1}`, "400", s},
		{"post", "/v1/ask/stream", "/v1/ask/stream", `{"question":"x","k":0}`, "400", s},
		{"get", "/v1/documents", "/v1/documents", "", "200", s},
		{"get", "/v1/documents/{id}", "/v1/documents/nivel-ai-huisartsen", "", "200", s}, // with warnings
		{"get", "/v1/documents/{id}", "/v1/documents/onbekend", "", "404", s},
		{"get", "/assets/{file}", "/assets/nope.css", "", "404", s},
		{"get", "/config.json", "/config.json", "", "200", framed},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.status, func(t *testing.T) {
			rec := do(t, tt.srv.Handler(), strings.ToUpper(tt.method), tt.target, tt.body)
			checkExample(t, spec, tt.method, tt.path, tt.status, rec)
		})
	}
}

// TestOpenAPIAdminExamples checks the examples of the admin routes and the
// shared auth errors against a server with keys, the SQLite store and the
// real pipeline: upload (202 job), job status after the job finished,
// and errors.
func TestOpenAPIAdminExamples(t *testing.T) {
	spec := loadSpec(t)
	env := newAdminEnv(t, adminOpts{})
	text := []byte("Koorts bij kinderen\n\nParacetamol is de eerste keus bij koorts met pijn.\n")
	upload := env.upload(t, env.admin, "koorts.txt", text, map[string]string{"id": "koorts"})
	t.Run("upload 202", func(t *testing.T) {
		checkExample(t, spec, "post", "/v1/documents", "202", upload)
	})
	job := env.finishJob(t, upload)
	t.Run("job 200", func(t *testing.T) {
		if job.Status != "succeeded" {
			t.Fatalf("job %s: %+v", job.Status, job.Error)
		}
		checkExample(t, spec, "get", "/v1/jobs/{id}", "200", env.do(t, "GET", "/v1/jobs/"+job.ID, "", env.admin))
	})
	other := []byte("Andere tekst over koorts.\n")
	tests := []struct {
		name, method, path string
		rec                func() *httptest.ResponseRecorder
		status             string
	}{
		{"upload empty", "post", "/v1/documents", func() *httptest.ResponseRecorder {
			return env.upload(t, env.admin, "leeg.txt", nil, nil)
		}, "400"},
		{"upload conflict", "post", "/v1/documents", func() *httptest.ResponseRecorder {
			return env.upload(t, env.admin, "koorts.txt", other, map[string]string{"id": "koorts"})
		}, "409"},
		{"upload unsupported", "post", "/v1/documents", func() *httptest.ResponseRecorder {
			return env.upload(t, env.admin, "brief.docx", []byte("PK\x03\x04 word"), nil)
		}, "415"},
		{"job unknown", "get", "/v1/jobs/{id}", func() *httptest.ResponseRecorder {
			return env.do(t, "GET", "/v1/jobs/job_x", "", env.admin)
		}, "404"},
		{"file unknown", "get", "/v1/documents/{id}/file", func() *httptest.ResponseRecorder {
			return env.do(t, "GET", "/v1/documents/onbekend/file", "", env.query)
		}, "404"},
		{"reingest unknown", "post", "/v1/documents/{id}/reingest", func() *httptest.ResponseRecorder {
			return env.do(t, "POST", "/v1/documents/onbekend/reingest", "", env.admin)
		}, "404"},
		{"delete unknown", "delete", "/v1/documents/{id}", func() *httptest.ResponseRecorder {
			return env.do(t, "DELETE", "/v1/documents/onbekend", "", env.admin)
		}, "404"},
		{"search without key", "post", "/v1/search", func() *httptest.ResponseRecorder {
			return env.do(t, "POST", "/v1/search", `{"query":"koorts"}`, "")
		}, "401"},
		{"upload with query key", "post", "/v1/documents", func() *httptest.ResponseRecorder {
			return env.upload(t, env.query, "koorts.txt", text, nil)
		}, "403"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkExample(t, spec, tt.method, tt.path, tt.status, tt.rec())
		})
	}
	t.Run("delete 204", func(t *testing.T) {
		if rec := env.do(t, "DELETE", "/v1/documents/koorts", "", env.admin); rec.Code != http.StatusNoContent {
			t.Fatalf("status %d, want 204: %s", rec.Code, rec.Body)
		}
		if _, ok := spec.Paths["/v1/documents/{id}"]["delete"].Responses["204"]; !ok {
			t.Error("spec lacks 204 for DELETE /v1/documents/{id}")
		}
	})
}

// TestOpenAPISourcesExamples checks the examples of the sources routes
// against a server over the SQLite store with a registry file.
func TestOpenAPISourcesExamples(t *testing.T) {
	spec := loadSpec(t)
	e := newSourcesEnv(t, "sqlite")
	verify := `{"document_id":"koorts","title":"Koorts bij kinderen (NHG)","published":"2024-05-01","publisher":"NHG",` +
		`"url":"https://richtlijnen.nhg.org/standaarden/koorts-bij-kinderen","review_by":"2029-05-01","remark":"beoordeeld"}`
	tests := []struct {
		name, method, path, target, body, status string
	}{
		{"list", "get", "/v1/sources", "/v1/sources", "", "200"},
		{"verify bad date", "post", "/v1/sources", "/v1/sources", `{"document_id":"koorts","published":"2024-02-30"}`, "400"},
		{"verify unknown", "post", "/v1/sources", "/v1/sources", `{"document_id":"onbekend","published":"2024-05-01"}`, "404"},
		{"verify", "post", "/v1/sources", "/v1/sources", verify, "200"},
		{"verify again", "post", "/v1/sources", "/v1/sources", verify, "409"},
		{"retire", "post", "/v1/sources/{id}/retire", "/v1/sources/koorts/retire", "", "200"},
		{"retire unknown", "post", "/v1/sources/{id}/retire", "/v1/sources/onbekend/retire", "", "404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkExample(t, spec, tt.method, tt.path, tt.status, e.do(t, strings.ToUpper(tt.method), tt.target, tt.body, e.admin))
		})
	}
}

// TestOpenAPISecurity: every operation's security requirement and
// x-required-scope in openapi.json is the scope of its route table entry
// (bearerAuth and 401/403 responses exactly when the route has a scope),
// and the server enforces that scope: without a key 401, with a key lacking
// the scope 403, open routes never ask for a key.
func TestOpenAPISecurity(t *testing.T) {
	spec := loadSpec(t)
	if _, ok := spec.Components.SecuritySchemes["bearerAuth"]; !ok {
		t.Fatal("no bearerAuth security scheme")
	}
	env := newAdminEnv(t, adminOpts{})
	keyWithout := map[string]string{ // a key that lacks the scope
		auth.ScopeQuery: env.metric, auth.ScopeAdmin: env.query, auth.ScopeMetrics: env.query,
	}
	for _, r := range env.srv.routeTable(nil) {
		path := openAPIPath(r.path)
		op := spec.Paths[path][strings.ToLower(r.method)]
		t.Run(r.method+" "+path, func(t *testing.T) {
			if got := op.RequiredScope; got != r.scope {
				t.Errorf("x-required-scope = %q, route table says %q", got, r.scope)
			}
			secured := len(op.Security) == 1 && op.Security[0]["bearerAuth"] != nil
			if secured != (r.scope != scopeNone) {
				t.Errorf("security = %v, want bearerAuth: %v", op.Security, r.scope != scopeNone)
			}
			for _, status := range []string{"401", "403"} {
				if _, ok := op.Responses[status]; ok != (r.scope != scopeNone) {
					t.Errorf("response %s documented: %v, want %v", status, ok, r.scope != scopeNone)
				}
			}
			target := echoParam.ReplaceAllString(r.path, "x")
			noKey := env.do(t, r.method, target, "", "")
			if r.scope == scopeNone {
				if noKey.Code == http.StatusUnauthorized || noKey.Code == http.StatusForbidden {
					t.Errorf("open route without key: status %d: %s", noKey.Code, noKey.Body)
				}
				return
			}
			if noKey.Code != http.StatusUnauthorized {
				t.Errorf("without key: status %d, want 401: %s", noKey.Code, noKey.Body)
			}
			if rec := env.do(t, r.method, target, "", keyWithout[r.scope]); rec.Code != http.StatusForbidden {
				t.Errorf("with a key lacking scope %s: status %d, want 403: %s", r.scope, rec.Code, rec.Body)
			}
		})
	}
}

// shape reduces a JSON value to its structure: objects keep their keys,
// arrays their first element, scalars their JSON type.
func shape(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = shape(x)
		}
		return out
	case []any:
		if len(v) == 0 {
			return []any{}
		}
		return []any{shape(v[0])}
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	default:
		return "null"
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
