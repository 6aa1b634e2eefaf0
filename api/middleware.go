package api

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Context keys for values handlers pass to the access log.
const (
	keyRequestID = "bronwijzer.request_id"
	keyLogAttrs  = "bronwijzer.log_attrs"
)

var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:\-]{1,64}$`)

// requestID takes X-Request-ID from the client when it is a sane token (so a
// HIS can correlate its own logs) and generates one otherwise; the id is
// echoed in the response and appears in every log line of the request.
func (s *Server) requestID() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			id := c.Request().Header.Get(echo.HeaderXRequestID)
			if !validRequestID.MatchString(id) {
				id = newRequestID()
			}
			c.Set(keyRequestID, id)
			c.Response().Header().Set(echo.HeaderXRequestID, id)
			return next(c)
		}
	}
}

func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}

func requestID(c echo.Context) string {
	id, _ := c.Get(keyRequestID).(string)
	return id
}

// addLogAttrs attaches attributes (already redacted) to the access log line.
func addLogAttrs(c echo.Context, attrs ...slog.Attr) {
	prev, _ := c.Get(keyLogAttrs).([]slog.Attr)
	c.Set(keyLogAttrs, append(prev, attrs...))
}

// observe writes the access log line and the latency metric. It hands
// errors to the error handler itself, so it logs the status the client got.
func (s *Server) observe() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			if err := next(c); err != nil {
				c.Error(err)
			}
			d := time.Since(start)
			route := c.Path()
			if _, ok := s.routeSet[routeKey(c.Request().Method, route)]; !ok {
				route = "unmatched" // keeps metric labels bounded
			}
			status := c.Response().Status
			s.metrics.observeRequest(route, c.Request().Method, status, d)
			attrs := []slog.Attr{
				slog.String("request_id", requestID(c)),
				slog.String("method", c.Request().Method),
				slog.String("route", route),
				slog.Int("status", status),
				slog.Float64("latency_ms", float64(d.Microseconds())/1000),
				slog.Int64("bytes", c.Response().Size),
				slog.String("client_ip", c.RealIP()),
			}
			if extra, ok := c.Get(keyLogAttrs).([]slog.Attr); ok {
				attrs = append(attrs, extra...)
			}
			level := slog.LevelInfo
			if status >= 500 {
				level = slog.LevelError
			}
			s.logger.LogAttrs(c.Request().Context(), level, "http request", attrs...)
			return nil
		}
	}
}

func routeKey(method, path string) string { return method + " " + path }

// recoverPanic turns a panic into a generic 500 and logs it with its stack;
// the client never sees the panic value or the stack.
func (s *Server) recoverPanic() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) (err error) {
			defer func() {
				r := recover()
				if r == nil {
					return
				}
				if r == http.ErrAbortHandler {
					panic(r)
				}
				stack := make([]byte, 8<<10)
				stack = stack[:runtime.Stack(stack, false)]
				s.logger.Error("panic in handler",
					slog.String("request_id", requestID(c)),
					slog.String("panic", fmt.Sprint(r)),
					slog.String("stack", string(stack)))
				err = bronwijzer.Errorf(bronwijzer.EINTERNAL, msgInternal)
			}()
			return next(c)
		}
	}
}

// Content-Security-Policies. The UI loads only its own embedded assets; the
// JSON API needs nothing at all.
const (
	cspPage = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
	cspAPI = "default-src 'none'"
	// cspFile sandboxes original files opened directly: no scripts, no
	// forms, no plugins, an opaque origin.
	cspFile = "sandbox; frame-ancestors 'none'"
)

// securityHeaders sets headers on every response. Only /embed may be framed,
// and only by the configured frame ancestors.
func (s *Server) securityHeaders() echo.MiddlewareFunc {
	embedAncestors := strings.Join(append([]string{"'self'"}, s.cfg.FrameAncestors...), " ")
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			h := c.Response().Header()
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "no-referrer")
			h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
			route := c.Path()
			switch {
			case route == routeEmbed:
				h.Set("Content-Security-Policy", cspPage+"; frame-ancestors "+embedAncestors)
			case route == "/":
				h.Set("Content-Security-Policy", cspPage+"; frame-ancestors 'none'")
				h.Set("X-Frame-Options", "DENY")
			case strings.HasSuffix(route, "/file"):
				// Original documents may carry scripts (PDF JavaScript, see
				// ingest/extract/pdf_javascript.go). The clinician page shows
				// them in its own viewer without scripting; opened directly, a
				// text file is a sandboxed document and a PDF a download
				// (documentFile: Chromium's viewer ignores the CSP).
				h.Set("Content-Security-Policy", cspFile)
				h.Set("X-Frame-Options", "DENY")
			default:
				h.Set("Content-Security-Policy", cspAPI+"; frame-ancestors 'none'")
				h.Set("X-Frame-Options", "DENY")
			}
			if s.cfg.tlsOn() {
				h.Set("Strict-Transport-Security", hstsValue)
			}
			if strings.HasPrefix(route, "/v1/") {
				// Questions and answers may concern patients: never cache them.
				h.Set("Cache-Control", "no-store")
			}
			return next(c)
		}
	}
}

// cors allows browser calls from the configured HIS origins only; nil when
// none are configured (same-origin only).
func (s *Server) cors() echo.MiddlewareFunc {
	if len(s.cfg.CORSOrigins) == 0 {
		return nil
	}
	origins := make([]string, len(s.cfg.CORSOrigins))
	for i, o := range s.cfg.CORSOrigins {
		origins[i] = strings.TrimSuffix(o, "/")
	}
	return middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:  origins,
		AllowMethods:  []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodDelete},
		AllowHeaders:  []string{echo.HeaderContentType, echo.HeaderAuthorization, echo.HeaderXRequestID},
		ExposeHeaders: []string{echo.HeaderXRequestID, "Retry-After"},
		MaxAge:        600,
	})
}

// contextTimeout bounds request handling with echo's ContextTimeout (not the
// deprecated Timeout middleware), skipping the routes the table marks as
// streaming: they have their own longer deadline (StreamTimeout).
func (s *Server) contextTimeout() echo.MiddlewareFunc {
	return middleware.ContextTimeoutWithConfig(middleware.ContextTimeoutConfig{
		Timeout: s.cfg.RequestTimeout,
		Skipper: func(c echo.Context) bool {
			r, ok := s.routeOf(c)
			return ok && r.stream
		},
		// Deadline errors are mapped to 504 by the one error handler.
		ErrorHandler: func(err error, _ echo.Context) error { return err },
	})
}

// bodyLimit caps the request body of one route. Over-long bodies give 413
// whether the client declared the length or not.
func (s *Server) bodyLimit(n int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			r := c.Request()
			if r.ContentLength > n {
				return bronwijzer.Errorf(bronwijzer.ETOOLARGE,
					"Verzoek te groot: %d bytes, maximaal %d bytes (request body too large).", r.ContentLength, n)
			}
			r.Body = http.MaxBytesReader(c.Response(), r.Body, n)
			return next(c)
		}
	}
}
