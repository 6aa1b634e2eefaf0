package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/labstack/echo/v4"
)

// keyPrincipal is the context key of the authenticated key id.
const keyPrincipal = "bronwijzer.key_id"

// authenticate checks the API key or the session cookie, and the per-key
// rate limit, of protected routes. Without an authenticator (a server with
// no keys, which only listens on loopback) every caller is the anonymous
// principal and is not rate limited. A key in the Authorization header wins
// over a session cookie. Failed key and session attempts are counted per
// client address (session_limit.go). 401s carry WWW-Authenticate: Bearer
// (RFC 6750), 429s Retry-After.
func (s *Server) authenticate(sessions *sessionStore) echo.MiddlewareFunc {
	attempts := newAttemptLimiter(attemptEvery, attemptBurst, nil)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			scope := s.requiredScope(c)
			if scope == "" {
				return next(c)
			}
			a := s.deps.Admin.Auth
			if a == nil {
				// No keys: loopback only, one trusted user; nothing to limit.
				c.Set(keyPrincipal, auth.Anonymous)
				return next(c)
			}
			p, err := s.identify(c, a, sessions, attempts, scope)
			if err != nil {
				return err
			}
			keyID := p.KeyID
			c.Set(keyPrincipal, keyID)
			c.Set(principalCtx, p)
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

// identify authenticates a request by its key or, without one, by its
// session cookie.
func (s *Server) identify(c echo.Context, a *auth.Authenticator, sessions *sessionStore, attempts *attemptLimiter, scope string) (auth.Principal, error) {
	ctx := c.Request().Context()
	header := c.Request().Header.Get(echo.HeaderAuthorization)
	cookie, cerr := c.Cookie(sessionCookie)
	if header == "" && cerr == nil && cookie.Value != "" {
		return s.identifySession(c, a, sessions, attempts, cookie.Value, scope)
	}
	if header == "" {
		_, err := a.Authenticate(ctx, header, scope) // "API-sleutel ontbreekt"; not an attempt
		challenge(c, err, scope)
		return auth.Principal{}, err
	}
	addr := c.RealIP()
	if wait, blocked := attempts.blocked(addr); blocked {
		return auth.Principal{}, tooManyAttempts(c, wait)
	}
	p, err := a.Authenticate(ctx, header, scope)
	if bronwijzer.ErrorCode(err) == bronwijzer.EUNAUTHORIZED {
		attempts.failed(addr)
	}
	if err != nil {
		challenge(c, err, scope)
	}
	return p, err
}

// identifySession checks a session cookie and, through it, the key the
// session was made from (revoked keys end their sessions here).
func (s *Server) identifySession(c echo.Context, a *auth.Authenticator, sessions *sessionStore, attempts *attemptLimiter, id, scope string) (auth.Principal, error) {
	sess := sessions.get(id)
	if sess == nil {
		addr := c.RealIP()
		if wait, blocked := attempts.blocked(addr); blocked {
			return auth.Principal{}, tooManyAttempts(c, wait)
		}
		attempts.failed(addr)
		clearSessionCookie(c)
		err := bronwijzer.Errorf(bronwijzer.EUNAUTHORIZED,
			"Uw sessie is verlopen of ongeldig; meld u opnieuw aan met de API-sleutel (session expired).")
		challenge(c, err, scope)
		return auth.Principal{}, err
	}
	if err := sameOriginWrite(c); err != nil {
		return auth.Principal{}, err
	}
	p, err := a.Authenticate(c.Request().Context(), "Bearer "+sess.token, scope)
	if bronwijzer.ErrorCode(err) == bronwijzer.EUNAUTHORIZED {
		sessions.end(id)
		clearSessionCookie(c)
		err = bronwijzer.Errorf(bronwijzer.EUNAUTHORIZED,
			"Uw sessie is beëindigd: de API-sleutel ervan is ingetrokken of verwijderd (session ended).")
	}
	if err != nil {
		challenge(c, err, scope)
		return auth.Principal{}, err
	}
	c.Set(sessionCtx, sess)
	return p, nil
}

func tooManyAttempts(c echo.Context, wait time.Duration) error {
	secs := auth.RetryAfterSeconds(wait)
	c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
	return bronwijzer.Errorf(bronwijzer.ERATELIMIT,
		"Te veel mislukte aanmeldpogingen vanaf dit adres; probeer het over %d seconden opnieuw (too many failed attempts).", secs)
}

// sameOriginWrite refuses a state-changing request on a session cookie that
// another origin sent. SameSite=Strict already keeps the cookie from other
// sites; this also covers other ports and subdomains of the same site.
// Browsers send Origin (and Sec-Fetch-Site) with every such request; a
// client without either is not a browser page.
func sameOriginWrite(c echo.Context) error {
	r := c.Request()
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return nil
	}
	origin := r.Header.Get(echo.HeaderOrigin)
	site := r.Header.Get("Sec-Fetch-Site")
	if (origin == "" || origin == c.Scheme()+"://"+r.Host) && (site == "" || site == "same-origin") {
		return nil
	}
	return bronwijzer.Errorf(bronwijzer.EFORBIDDEN,
		"Dit verzoek komt niet van de Bronwijzer-pagina zelf; met een sessie kan alleen de eigen pagina vragen stellen en wijzigen (cross-origin request refused).")
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
