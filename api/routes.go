package api

import (
	"github.com/labstack/echo/v4"
)

// Route patterns that middleware refers to.
const (
	routeAskStream = "/v1/ask/stream"
	routeEmbed     = "/embed"
	// routeClientConfig tells the UI and the widget whether API keys are
	// required, before they call /v1/*.
	routeClientConfig = "/config.json"
)

// routes registers every route and the middleware chain, in order. Reading
// this function top to bottom gives the whole HTTP surface.
func (s *Server) routes(e *echo.Echo) {
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
	// Bounds handling time of everything except the stream, which has its
	// own longer deadline and extends its write deadline per event.
	e.Use(s.contextTimeout(routeAskStream))
	sessions := s.newSessions()     // the page's key-for-cookie exchange (session.go)
	e.Use(s.authenticate(sessions)) // API keys, sessions, scopes and rate limits (authmw.go)

	// JSON routes: bounded body, Content-Type application/json required.
	json := func(h echo.HandlerFunc) echo.HandlerFunc { return s.bodyLimit(s.cfg.MaxBodyBytes)(requireJSON()(h)) }

	// Operations.
	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/metrics", echo.WrapHandler(s.metrics.handler()))
	e.GET("/openapi.json", s.openAPI)
	e.GET(routeClientConfig, s.clientConfig)

	// JSON API.
	e.POST("/v1/search", s.search, json)
	e.POST("/v1/ask", s.ask, json)
	e.POST(routeAskStream, s.askStream, json)
	e.GET("/v1/documents", s.documents)
	e.GET("/v1/documents/:id", s.document)
	s.sessionRoutes(e, sessions)

	// Clinician UI and the embeddable widget.
	e.GET("/", s.page("index.html"))
	e.GET(routeEmbed, s.page("embed.html"))
	e.GET("/embed.js", s.asset("embed.js"))
	e.GET(routeViewer, s.viewer) // PDF.js viewer of a cited page (web.go)
	e.GET("/assets/:file", s.assetParam)

	// Document management, original files and jobs (admin.go).
	s.adminRoutes(e)
}
