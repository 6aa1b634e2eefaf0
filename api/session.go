package api

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/labstack/echo/v4"
)

// Sessions let the clinician page exchange an API key once for a cookie, so
// a clinician does not paste the key into every tab. The key is sent once,
// to POST /v1/session; the page then holds only an HttpOnly cookie that
// scripts cannot read. The widget keeps its postMessage key hand-over: a
// SameSite=Strict cookie is never sent inside another site's iframe.
//
// The store is in memory: a restart ends every session, which is the safe
// direction. Each request on a session is authenticated again with the key
// it was created from, so revoking the key (bronwijzer keys revoke, another
// process) ends its sessions at their next request, and a change of scopes
// applies at once.

const (
	routeSession = "/v1/session"
	// sessionCookie names the cookie. Its value is 32 random bytes; the
	// store keeps only their SHA-256.
	sessionCookie = "bronwijzer_session"
	// DefaultSessionTTL is the lifetime of a session: a working day.
	DefaultSessionTTL = 8 * time.Hour
	// maxSessions bounds the store; when full, the session closest to its
	// end is dropped. Creating one takes a valid key, so this is a guard,
	// not a limit clinicians meet.
	maxSessions = 10000
)

// session is one exchanged key.
type session struct {
	keyID   string
	scopes  []string
	token   string // the API key itself, in memory only, to re-check it per request
	expires time.Time
}

// sessionStore holds live sessions by the SHA-256 of their cookie value.
type sessionStore struct {
	ttl time.Duration
	now func() time.Time

	mu        sync.Mutex
	byHash    map[[sha256.Size]byte]*session
	lastSweep time.Time
}

func newSessionStore(ttl time.Duration, now func() time.Time) *sessionStore {
	if ttl <= 0 {
		ttl = DefaultSessionTTL
	}
	if now == nil {
		now = time.Now
	}
	return &sessionStore{ttl: ttl, now: now, byHash: map[[sha256.Size]byte]*session{}}
}

// newSessions is the server's store, with the configured lifetime.
func (s *Server) newSessions() *sessionStore { return newSessionStore(s.cfg.SessionTTL, nil) }

// create starts a session for a key and returns the cookie value.
func (st *sessionStore) create(p auth.Principal, token string) (string, *session, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", nil, bronwijzer.WrapError(bronwijzer.EINTERNAL, err, "Kon geen sessie aanmaken (random).")
	}
	id := base64.RawURLEncoding.EncodeToString(raw[:])
	now := st.now()
	sess := &session{keyID: p.KeyID, scopes: append([]string(nil), p.Scopes...), token: token, expires: now.Add(st.ttl)}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.sweep(now, true)
	if len(st.byHash) >= maxSessions {
		st.evictSoonest()
	}
	st.byHash[sha256.Sum256([]byte(id))] = sess
	return id, sess, nil
}

// get returns the live session of a cookie value, or nil.
func (st *sessionStore) get(id string) *session {
	now := st.now()
	st.mu.Lock()
	defer st.mu.Unlock()
	st.sweep(now, false)
	h := sha256.Sum256([]byte(id))
	sess := st.byHash[h]
	if sess == nil {
		return nil
	}
	if !now.Before(sess.expires) {
		delete(st.byHash, h)
		return nil
	}
	return sess
}

// end removes a session (logout, or its key was refused).
func (st *sessionStore) end(id string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	delete(st.byHash, sha256.Sum256([]byte(id)))
}

// len returns the number of stored sessions, expired ones not yet swept included.
func (st *sessionStore) len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.byHash)
}

// sweep drops expired sessions, at most once a minute unless forced.
func (st *sessionStore) sweep(now time.Time, force bool) {
	if !force && now.Sub(st.lastSweep) < time.Minute {
		return
	}
	st.lastSweep = now
	for h, sess := range st.byHash {
		if !now.Before(sess.expires) {
			delete(st.byHash, h)
		}
	}
}

func (st *sessionStore) evictSoonest() {
	var soonest [sha256.Size]byte
	var at time.Time
	for h, sess := range st.byHash {
		if at.IsZero() || sess.expires.Before(at) {
			soonest, at = h, sess.expires
		}
	}
	delete(st.byHash, soonest)
}

// sessionBody is the body of POST and GET /v1/session.
type sessionBody struct {
	ExpiresAt time.Time `json:"expires_at"`
	KeyID     string    `json:"key_id"`
	Scopes    []string  `json:"scopes"`
}

// startSession exchanges the API key of the Authorization header (already
// checked by authenticate) for a session cookie.
func (s *Server) startSession(sessions *sessionStore) echo.HandlerFunc {
	return func(c echo.Context) error {
		header := c.Request().Header.Get(echo.HeaderAuthorization)
		scheme, token, _ := strings.Cut(strings.TrimSpace(header), " ")
		token = strings.TrimSpace(token)
		if !strings.EqualFold(scheme, "Bearer") || token == "" || sessionOf(c) != nil {
			return bronwijzer.Errorf(bronwijzer.EINVALID,
				"Een sessie start alleen met een API-sleutel in de header 'Authorization: Bearer <sleutel>' (session needs an API key).")
		}
		p, _ := c.Get(principalCtx).(auth.Principal)
		id, sess, err := sessions.create(p, token)
		if err != nil {
			return err
		}
		setSessionCookie(c, id, sessions.ttl)
		return c.JSON(http.StatusCreated, sessionBody{ExpiresAt: sess.expires.UTC(), KeyID: sess.keyID, Scopes: sess.scopes})
	}
}

// currentSession tells the page whether its cookie still holds a session.
func (s *Server) currentSession(c echo.Context) error {
	sess := sessionOf(c)
	if sess == nil {
		return bronwijzer.Errorf(bronwijzer.ENOTFOUND,
			"Geen sessie: dit verzoek gebruikte een API-sleutel in plaats van een sessiecookie (no session).")
	}
	return c.JSON(http.StatusOK, sessionBody{ExpiresAt: sess.expires.UTC(), KeyID: sess.keyID, Scopes: sess.scopes})
}

// endSession logs out: the session is forgotten and the cookie cleared.
func (s *Server) endSession(sessions *sessionStore) echo.HandlerFunc {
	return func(c echo.Context) error {
		if ck, err := c.Cookie(sessionCookie); err == nil && sessionOf(c) != nil {
			sessions.end(ck.Value)
		}
		clearSessionCookie(c)
		return c.NoContent(http.StatusNoContent)
	}
}

// sessionCtx holds the *session a request was authenticated with.
const sessionCtx = "bronwijzer.session"

// principalCtx holds the auth.Principal (key id and scopes) of a request
// authenticated with a key or a session.
const principalCtx = "bronwijzer.principal"

func sessionOf(c echo.Context) *session {
	sess, _ := c.Get(sessionCtx).(*session)
	return sess
}

// setSessionCookie: HttpOnly (no script reads it), SameSite=Strict (no other
// site's request or iframe carries it), Secure whenever the page is served
// over HTTPS (directly or behind a TLS proxy), Path=/ and no Domain, so it
// stays with this host.
func setSessionCookie(c echo.Context, id string, ttl time.Duration) {
	c.SetCookie(&http.Cookie{ // #nosec G124 -- HttpOnly and SameSite=Strict always; Secure whenever the page is served over HTTPS (a Secure cookie over plain HTTP on loopback would be refused or never returned)
		Name: sessionCookie, Value: id, Path: "/", MaxAge: int(ttl / time.Second),
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: secureRequest(c),
	})
}

func clearSessionCookie(c echo.Context) {
	c.SetCookie(&http.Cookie{ // #nosec G124 -- clears the cookie; same attributes as setSessionCookie
		Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: secureRequest(c),
	})
}

func secureRequest(c echo.Context) bool {
	return c.IsTLS() || c.Scheme() == "https"
}
