package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/labstack/echo/v4"
)

// keyPrincipal is the context key of the authenticated key id.
const keyPrincipal = "bronwijzer.key_id"

// requiredScope returns the scope a request needs, or "" for open routes.
// Every /v1/ route needs at least ScopeQuery, so a route added later is
// never open by accident. Health, readiness, the OpenAPI description, the
// UI pages and their static assets are open: they hold no patient data and
// no corpus content. /metrics needs ScopeMetrics (or admin).
func requiredScope(c echo.Context) string {
	route := c.Path()
	switch routeKey(c.Request().Method, route) {
	case routeKey(http.MethodPost, routeDocuments), routeKey(http.MethodDelete, routeDocument),
		routeKey(http.MethodPost, routeDocumentReingest), routeKey(http.MethodGet, routeJob):
		return auth.ScopeAdmin
	case routeKey(http.MethodGet, "/metrics"):
		return auth.ScopeMetrics
	}
	if strings.HasPrefix(route, "/v1/") || strings.HasPrefix(c.Request().URL.Path, "/v1/") {
		return auth.ScopeQuery
	}
	return ""
}

// authenticate checks the API key and the per-key rate limit of protected
// routes. Without an authenticator (a server with no keys, which only
// listens on loopback) every caller is the anonymous principal and is not
// rate limited. 401s carry
// WWW-Authenticate: Bearer (RFC 6750), 429s Retry-After.
func (s *Server) authenticate() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			scope := requiredScope(c)
			if scope == "" {
				return next(c)
			}
			a := s.deps.Admin.Auth
			if a == nil {
				// No keys: loopback only, one trusted user; nothing to limit.
				c.Set(keyPrincipal, auth.Anonymous)
				return next(c)
			}
			p, err := a.Authenticate(c.Request().Context(), c.Request().Header.Get(echo.HeaderAuthorization), scope)
			if err != nil {
				challenge(c, err, scope)
				return err
			}
			keyID := p.KeyID
			c.Set(keyPrincipal, keyID)
			addLogAttrs(c, slog.String("key_id", keyID))
			if ok, wait := s.deps.Admin.Limiter.Allow(keyID); !ok {
				secs := auth.RetryAfterSeconds(wait)
				c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
				return bronwijzer.Errorf(bronwijzer.ERATELIMIT,
					"Te veel verzoeken met deze API-sleutel; probeer het over %d seconden opnieuw (rate limited).", secs)
			}
			return next(c)
		}
	}
}

// challenge sets the RFC 6750 WWW-Authenticate header for auth failures.
func challenge(c echo.Context, err error, scope string) {
	h := c.Response().Header()
	switch bronwijzer.ErrorCode(err) {
	case bronwijzer.EUNAUTHORIZED:
		if c.Request().Header.Get(echo.HeaderAuthorization) == "" {
			h.Set(echo.HeaderWWWAuthenticate, `Bearer realm="bronwijzer"`)
		} else {
			h.Set(echo.HeaderWWWAuthenticate, `Bearer realm="bronwijzer", error="invalid_token"`)
		}
	case bronwijzer.EFORBIDDEN:
		h.Set(echo.HeaderWWWAuthenticate, `Bearer realm="bronwijzer", error="insufficient_scope", scope="`+scope+`"`)
	}
}

// principal returns the key id of the request ("anonymous" without keys).
func principal(c echo.Context) string {
	if id, ok := c.Get(keyPrincipal).(string); ok {
		return id
	}
	return auth.Anonymous
}
