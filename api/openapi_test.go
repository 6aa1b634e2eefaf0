package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type openAPISpec struct {
	OpenAPI string `json:"openapi"`
	Paths   map[string]map[string]struct {
		Responses map[string]struct {
			Content map[string]struct {
				Example any `json:"example"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"paths"`
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

// TestOpenAPIMatchesRoutes: every registered route is described, and every
// described operation is registered.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	spec := loadSpec(t)
	s, _ := newTestServer(t, Config{}, testDeps())
	var routes []string
	for _, r := range s.echo.Routes() {
		routes = append(routes, r.Method+" "+echoParam.ReplaceAllString(r.Path, "{$1}"))
	}
	var described []string
	for path, ops := range spec.Paths {
		for method := range ops {
			described = append(described, strings.ToUpper(method)+" "+path)
		}
	}
	sort.Strings(routes)
	sort.Strings(described)
	if diff := cmp.Diff(described, routes); diff != "" {
		t.Errorf("routes differ from openapi.json (-spec +registered):\n%s", diff)
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
		{"get", "/v1/documents/{id}", "/v1/documents/ai-kompas", "", "200", s},
		{"get", "/v1/documents/{id}", "/v1/documents/onbekend", "", "404", s},
		{"get", "/assets/{file}", "/assets/nope.css", "", "404", s},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.status, func(t *testing.T) {
			op, ok := spec.Paths[tt.path][tt.method]
			if !ok {
				t.Fatalf("no %s %s in spec", tt.method, tt.path)
			}
			example := op.Responses[tt.status].Content["application/json"].Example
			if example == nil {
				t.Fatalf("no JSON example for %s %s %s", tt.method, tt.path, tt.status)
			}
			rec := do(t, tt.srv.Handler(), strings.ToUpper(tt.method), tt.target, tt.body)
			if got := rec.Code; http.StatusText(got) == "" || itoa(got) != tt.status {
				t.Fatalf("status %d, want %s: %s", got, tt.status, rec.Body)
			}
			var got any
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(shape(example), shape(got)); diff != "" {
				t.Errorf("example shape differs from response (-example +response):\n%s", diff)
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
