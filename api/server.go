// Package api is Bronwijzer's HTTP layer: the JSON API (/v1/search, /v1/ask,
// /v1/ask/stream, /v1/documents), health and metrics endpoints, the OpenAPI
// description, and the clinician web UI with its embeddable widget.
//
// echo v4 is used only inside this package, so that moving to echo v5 touches
// nothing else. Handlers depend on small consumer-side interfaces (Deps) that
// the retrieval and answer packages satisfy.
package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api/redact"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/labstack/echo/v4"
)

// Asker answers questions with citations, or abstains.
type Asker interface {
	Ask(ctx context.Context, req answer.Request) (*answer.Response, error)
	// AskStream calls emit for every accepted sentence, in order, then
	// returns the complete response. An error from emit stops the answer.
	AskStream(ctx context.Context, req answer.Request, emit func(answer.Sentence) error) (*answer.Response, error)
}

// Documents lists stored documents.
type Documents interface {
	Documents(ctx context.Context) ([]bronwijzer.Document, error)
	// Document returns the latest version of a document, or an ENOTFOUND error.
	Document(ctx context.Context, id string) (*bronwijzer.Document, error)
}

// Deps are the services the handlers use. Searcher, Asker, Documents and
// Ready are required.
type Deps struct {
	Searcher  retrieval.Searcher
	Asker     Asker
	Documents Documents
	// Ready reports whether the service can answer: store reachable and
	// corpus loaded. A non-nil error makes /readyz return 503.
	Ready func(ctx context.Context) error
	// ReadyInfo optionally adds details to /readyz (store kind, pgvector
	// version, corpus version). Values must not be secret.
	ReadyInfo func(ctx context.Context) map[string]string
	// Metrics, when set, is used instead of a fresh set, so the ingest
	// pipeline and the server report into one registry.
	Metrics *Metrics
	// Redactor, when set, replaces the default redact.New().
	Redactor *redact.Redactor
	// Admin: API keys, rate limits, audit trail, document management (admin.go).
	Admin Admin
}

func (d Deps) validate() error {
	var errs []error
	if d.Searcher == nil {
		errs = append(errs, errors.New("searcher is required"))
	}
	if d.Asker == nil {
		errs = append(errs, errors.New("asker is required"))
	}
	if d.Documents == nil {
		errs = append(errs, errors.New("documents is required"))
	}
	if d.Ready == nil {
		errs = append(errs, errors.New("ready check is required"))
	}
	return errors.Join(errs...)
}

// Server is the HTTP server.
type Server struct {
	cfg      Config
	deps     Deps
	logger   *slog.Logger
	metrics  *Metrics
	redactor *redact.Redactor
	echo     *echo.Echo
	http     *http.Server
	routeSet map[string]struct{} // "METHOD /pattern" of registered routes
	// routeIndex holds every entry of the route table by "METHOD /pattern",
	// registered or not (routes.go).
	routeIndex map[string]route

	mu sync.Mutex
	ln net.Listener
}

// New builds a server. cfg gets its defaults filled in and is validated.
func New(cfg Config, deps Deps, logger *slog.Logger) (*Server, error) {
	cfg.SetDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("api config: %w", err)
	}
	if err := deps.validate(); err != nil {
		return nil, fmt.Errorf("api deps: %w", err)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, deps: deps, logger: logger, metrics: deps.Metrics, redactor: deps.Redactor}
	if s.metrics == nil {
		s.metrics = NewMetrics()
	}
	if s.redactor == nil {
		s.redactor = redact.New()
	}
	e, err := s.newEcho()
	if err != nil {
		return nil, err
	}
	s.echo = e
	tlsCfg, err := cfg.tlsConfig()
	if err != nil {
		return nil, fmt.Errorf("api config: %w", err)
	}
	s.http = &http.Server{
		TLSConfig:         tlsCfg,
		Addr:              cfg.Addr,
		Handler:           e,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	return s, nil
}

// newEcho configures echo: error handler, client-IP extraction, middleware
// and routes.
func (s *Server) newEcho() (*echo.Echo, error) {
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = s.handleError
	nets, err := s.cfg.trustedNets()
	if err != nil {
		return nil, err
	}
	e.IPExtractor = ipExtractor(nets)
	s.routes(e)
	s.routeSet = make(map[string]struct{})
	for _, r := range e.Routes() {
		s.routeSet[routeKey(r.Method, r.Path)] = struct{}{}
	}
	return e, nil
}

// ipExtractor trusts X-Forwarded-For only from the configured proxies. echo
// trusts loopback and private ranges by default; that is switched off so a
// client on the practice network cannot spoof its address.
func ipExtractor(nets []*net.IPNet) echo.IPExtractor {
	if len(nets) == 0 {
		return echo.ExtractIPDirect()
	}
	opts := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
	for _, n := range nets {
		opts = append(opts, echo.TrustIPRange(n))
	}
	return echo.ExtractIPFromXFFHeader(opts...)
}

// Handler returns the HTTP handler, for in-process tests and benchmarks.
func (s *Server) Handler() http.Handler { return s.echo }

// Metrics returns the server's metrics, for the ingest pipeline's hook.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Start listens on cfg.Addr and serves until ctx ends, then shuts down
// gracefully, letting in-flight requests finish within ShutdownTimeout.
func (s *Server) Start(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Kan niet luisteren op %s (cannot listen).", s.cfg.Addr)
	}
	s.mu.Lock()
	s.ln = ln
	s.mu.Unlock()
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := s.Shutdown(sctx); err != nil {
		return err
	}
	return <-errc
}

// Serve serves on ln until Shutdown, over TLS when the config has a
// certificate. It returns nil after a graceful shutdown.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	s.ln = ln
	s.mu.Unlock()
	s.logger.Info("http server listening", slog.String("addr", ln.Addr().String()), slog.Bool("tls", s.TLS()))
	serve := s.http.Serve
	if s.TLS() {
		serve = func(ln net.Listener) error { return s.http.ServeTLS(ln, "", "") }
	}
	if err := serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http serve: %w", err)
	}
	return nil
}

// Shutdown stops accepting connections and waits for in-flight requests
// (streams included) until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	if err := s.http.Shutdown(ctx); err != nil {
		return fmt.Errorf("http shutdown: %w", err)
	}
	return nil
}

// Addr returns the address the server listens on, e.g. after listening on
// "127.0.0.1:0"; before that it returns the configured address.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return s.ln.Addr().String()
	}
	return s.cfg.Addr
}
