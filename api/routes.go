package api

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/bronwijzer/bronwijzer/api/auth"
)

// Route patterns that middleware or tests refer to by name.
const (
	routeAskStream = "/v1/ask/stream"
	routeEmbed     = "/embed"
	// routeClientConfig tells the UI and the widget whether API keys are
	// required, before they call /v1/*.
	routeClientConfig = "/config.json"
)

// scopeNone marks an open route: no key is needed (health, readiness, the
// OpenAPI description, the UI pages and their assets; they hold no patient
// data and no corpus content).
const scopeNone = ""

// bodyKind is what a route accepts as request body.
type bodyKind int

const (
	// bodyNone: the body is not read and not limited.
	bodyNone bodyKind = iota
	// bodyJSON: at most Config.MaxBodyBytes, Content-Type application/json
	// required (requireJSON; a cross-origin page cannot send that without a
	// preflight).
	bodyJSON
	// bodyBounded: at most Config.MaxBodyBytes, any type (a body is ignored).
	bodyBounded
	// bodyUpload: a multipart upload of at most Admin.MaxUploadBytes plus
	// room for the form's other parts.
	bodyUpload
)

// needs names the dependency a route exists with; without it the route is
// not registered (404), so a server shows only what it can serve.
type needs int

const (
	always      needs = iota
	withKeys          // Admin.Auth: the session exchange
	withStore         // Admin.Store: original files
	withIngest        // Admin.Store, Jobs and Pipeline: upload, delete, re-ingest, jobs
	withSources       // Admin.Store and Admin.Registry: the sources routes and their page
)

// route is one entry of the route table.
type route struct {
	method, path string
	handler      echo.HandlerFunc
	// scope is the key scope the route needs (auth.Scope*), or scopeNone.
	// /metrics accepts ScopeMetrics or ScopeAdmin; admin passes every scope
	// check (auth.Authenticator).
	scope  string
	body   bodyKind
	stream bool // its own longer deadline (StreamTimeout) instead of RequestTimeout
	needs  needs
}

// routeTable is the whole HTTP surface, one entry per method and path:
// handler, scope, body limit, streaming and the dependency it needs.
// openapi_test.go proves api/openapi.json describes exactly these routes
// with these scopes.
func (s *Server) routeTable(sessions *sessionStore) []route {
	const get, post, del = http.MethodGet, http.MethodPost, http.MethodDelete
	const query, admin, metrics = auth.ScopeQuery, auth.ScopeAdmin, auth.ScopeMetrics
	return []route{
		// Operations.
		{method: get, path: "/healthz", handler: s.healthz},
		{method: get, path: "/readyz", handler: s.readyz},
		{method: get, path: "/metrics", handler: echo.WrapHandler(s.metrics.handler()), scope: metrics},
		{method: get, path: "/openapi.json", handler: s.openAPI},
		{method: get, path: routeClientConfig, handler: s.clientConfig},

		// JSON API.
		{method: post, path: "/v1/search", handler: s.search, scope: query, body: bodyJSON},
		{method: post, path: "/v1/ask", handler: s.ask, scope: query, body: bodyJSON},
		{method: post, path: routeAskStream, handler: s.askStream, scope: query, body: bodyJSON, stream: true},
		{method: post, path: routeAnswerFeedback, handler: s.answerFeedback, scope: query, body: bodyJSON}, // feedback.go
		{method: get, path: routeDocuments, handler: s.documents, scope: query},
		{method: get, path: routeDocument, handler: s.document, scope: query},

		// The page's key-for-cookie exchange (session.go).
		{method: post, path: routeSession, handler: s.startSession(sessions), scope: query, needs: withKeys},
		{method: get, path: routeSession, handler: s.currentSession, scope: query, needs: withKeys},
		{method: del, path: routeSession, handler: s.endSession(sessions), scope: query, needs: withKeys},

		// Clinician UI and the embeddable widget (web.go).
		{method: get, path: "/", handler: s.page("index.html")},
		{method: get, path: routeEmbed, handler: s.page("embed.html")},
		{method: get, path: "/embed.js", handler: s.asset("embed.js")},
		{method: get, path: routeViewer, handler: s.viewer}, // PDF.js viewer of a cited page
		{method: get, path: "/assets/:file", handler: s.assetParam},

		// Original files, document management and jobs (admin.go).
		{method: get, path: routeDocumentFile, handler: s.documentFile, scope: query, needs: withStore},
		{method: post, path: routeDocuments, handler: s.uploadDocument, scope: admin, body: bodyUpload, needs: withIngest},
		{method: del, path: routeDocument, handler: s.deleteDocument, scope: admin, needs: withIngest},
		{method: post, path: routeDocumentReingest, handler: s.reingestDocument, scope: admin, body: bodyBounded, needs: withIngest},
		{method: get, path: routeJob, handler: s.job, scope: admin, needs: withIngest},

		// The registry of verified sources and its page (sources.go).
		{method: get, path: routeSources, handler: s.sources, scope: admin, needs: withSources},
		{method: post, path: routeSources, handler: s.verifySource, scope: admin, body: bodyJSON, needs: withSources},
		{method: post, path: routeSourceRetire, handler: s.retireSource, scope: admin, body: bodyBounded, needs: withSources},
		{method: get, path: routeAdminPage, handler: s.adminPage, needs: withSources},
	}
}

// routes registers the middleware chain, in order, then the routes of the
// table whose dependencies are configured.
func (s *Server) routes(e *echo.Echo) {
	sessions := s.newSessions()
	table := s.routeTable(sessions)
	s.routeIndex = make(map[string]route, len(table))
	for _, r := range table {
		s.routeIndex[routeKey(r.method, r.path)] = r
	}

	// Outermost first: request id, then logging and metrics (so they see
	// the final status, also of panics), then recovery, headers, CORS.
	e.Use(s.requestID())
	e.Use(s.observe())
	e.Use(s.recoverPanic())
	e.Use(s.securityHeaders())
	e.Use(s.checkHost()) // DNS rebinding (origin.go)
	if cors := s.cors(); cors != nil {
		e.Use(cors)
	}
	e.Use(s.checkOrigin()) // cross-site writes (origin.go)
	// Bounds handling time of everything except streaming routes, which
	// have their own longer deadline and extend their write deadline per event.
	e.Use(s.contextTimeout())
	e.Use(s.authenticate(sessions)) // API keys, sessions, scopes and rate limits (authmw.go)

	for _, r := range table {
		if s.has(r.needs) {
			e.Add(r.method, r.path, r.handler, s.bodyRule(r.body)...)
		}
	}
}

// has reports whether the server has what a route needs.
func (s *Server) has(n needs) bool {
	a := s.deps.Admin
	switch n {
	case withKeys:
		return a.Auth != nil
	case withStore:
		return a.Store != nil
	case withIngest:
		return a.Store != nil && a.Jobs != nil && a.Pipeline != nil
	case withSources:
		return a.Store != nil && a.Registry != nil
	default:
		return true
	}
}

// bodyRule is the middleware of a body kind.
func (s *Server) bodyRule(b bodyKind) []echo.MiddlewareFunc {
	switch b {
	case bodyJSON:
		return []echo.MiddlewareFunc{s.bodyLimit(s.cfg.MaxBodyBytes), requireJSON()}
	case bodyBounded:
		return []echo.MiddlewareFunc{s.bodyLimit(s.cfg.MaxBodyBytes)}
	case bodyUpload:
		maxUpload := s.deps.Admin.MaxUploadBytes
		if maxUpload <= 0 {
			maxUpload = defaultMaxUpload
		}
		return []echo.MiddlewareFunc{s.bodyLimit(maxUpload + 1<<20)} // room for the form's other parts
	default:
		return nil
	}
}

// routeOf returns the table entry of the request's matched route (every
// entry, also one whose dependency is missing, so a 405 on it still needs
// its scope).
func (s *Server) routeOf(c echo.Context) (route, bool) {
	r, ok := s.routeIndex[routeKey(c.Request().Method, c.Path())]
	return r, ok
}

// requiredScope returns the scope a request needs, or scopeNone for open
// routes, from the route table. A request that matches no entry (404, or a
// method the path lacks) needs ScopeQuery under /v1/, so nothing there is
// ever open by accident, and nothing elsewhere.
func (s *Server) requiredScope(c echo.Context) string {
	if r, ok := s.routeOf(c); ok {
		return r.scope
	}
	if strings.HasPrefix(c.Path(), "/v1/") || strings.HasPrefix(c.Request().URL.Path, "/v1/") {
		return auth.ScopeQuery
	}
	return scopeNone
}
