package api

import (
	"net/http"
	"strings"
	"testing"
)

// TestViewerPolicy: the viewer page gets the page policy plus the PDF.js
// worker and nothing that would let a script run (no eval, no WebAssembly,
// no inline script, no plugins), and is not frameable; PDF.js's module files
// are served as JavaScript, which module scripts and workers require.
func TestViewerPolicy(t *testing.T) {
	s, _ := newTestServer(t, Config{}, testDeps())
	rec := do(t, s.Handler(), http.MethodGet, routeViewer, "", "Host", "127.0.0.1:8080")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `src="/assets/viewer.js"`) {
		t.Fatalf("GET /viewer: %d %.200s", rec.Code, rec.Body)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "worker-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("viewer CSP %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"unsafe-eval", "wasm-unsafe-eval", "unsafe-inline", "blob:", "*"} {
		if strings.Contains(csp, bad) {
			t.Errorf("viewer CSP %q allows %q", csp, bad)
		}
	}
	if got := rec.Header().Get("X-Frame-Options"); got != "DENY" {
		t.Errorf("X-Frame-Options = %q", got)
	}
	for _, f := range []string{"pdf.min.mjs", "pdf.worker.min.mjs", "viewer.js"} {
		rec := do(t, s.Handler(), http.MethodGet, "/assets/"+f, "", "Host", "127.0.0.1:8080")
		ct := rec.Header().Get("Content-Type")
		if js := strings.HasPrefix(ct, "text/javascript") || strings.HasPrefix(ct, "application/javascript"); rec.Code != http.StatusOK || !js {
			t.Errorf("/assets/%s: %d %q, want 200 and a JavaScript type", f, rec.Code, ct)
		}
	}
}
