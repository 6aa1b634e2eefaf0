package api

import (
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/api/auth"
)

// Sessions over the real SQLite key store (newAdminEnv): the page's key
// exchanged for a cookie, its attributes, logout, expiry, revocation,
// scopes, cross-origin writes, and the per-address limit on failed key and
// session attempts.

const (
	testHost   = "127.0.0.1:8080"
	testOrigin = "http://" + testHost
)

// sessionCall is one request to the server.
type sessionCall struct {
	method, target, body string
	addr                 string // client address; default 192.0.2.1
	authz                string // Authorization header
	cookie               string // session cookie value
	header               []string
	tls                  bool
}

func (e *adminEnv) call(t *testing.T, s *Server, c sessionCall) *httptest.ResponseRecorder {
	t.Helper()
	if s == nil {
		s = e.srv
	}
	req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
	req.Host = testHost
	req.RemoteAddr = "192.0.2.1:40000"
	if c.addr != "" {
		req.RemoteAddr = c.addr + ":40000"
	}
	if c.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.authz != "" {
		req.Header.Set("Authorization", c.authz)
	}
	if c.cookie != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: c.cookie})
	}
	for i := 0; i+1 < len(c.header); i += 2 {
		req.Header.Set(c.header[i], c.header[i+1])
	}
	if c.tls {
		req.TLS = &tls.ConnectionState{}
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

// startSession exchanges authz for a session and returns the cookie and body.
func (e *adminEnv) startSession(t *testing.T, s *Server, authz string) (*http.Cookie, sessionBody) {
	t.Helper()
	rec := e.call(t, s, sessionCall{method: http.MethodPost, target: routeSession, body: "{}", authz: authz,
		header: []string{"Origin", testOrigin}})
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST /v1/session: %d %s", rec.Code, rec.Body)
	}
	var body sessionBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	return sessionCookieOf(t, rec), body
}

func sessionCookieOf(t *testing.T, rec *httptest.ResponseRecorder) *http.Cookie {
	t.Helper()
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie {
			return c
		}
	}
	t.Fatalf("no %s cookie in %v", sessionCookie, rec.Header().Values("Set-Cookie"))
	return nil
}

func wantStatus(t *testing.T, what string, rec *httptest.ResponseRecorder, status int, msgPart string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("%s: status %d, want %d: %s", what, rec.Code, status, rec.Body)
	}
	if msgPart != "" && !strings.Contains(rec.Body.String(), msgPart) {
		t.Errorf("%s: body %s lacks %q", what, rec.Body, msgPart)
	}
}

func TestSessionExchange(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	ck, body := env.startSession(t, nil, env.query)
	if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Secure || ck.Path != "/" || ck.Domain != "" {
		t.Errorf("cookie HttpOnly=%v SameSite=%v Secure=%v Path=%q Domain=%q, want HttpOnly, Strict, not Secure over http, /, host-only",
			ck.HttpOnly, ck.SameSite, ck.Secure, ck.Path, ck.Domain)
	}
	if ck.MaxAge != int(DefaultSessionTTL/time.Second) {
		t.Errorf("Max-Age = %d, want %d", ck.MaxAge, int(DefaultSessionTTL/time.Second))
	}
	if len(ck.Value) < 43 || strings.Contains(env.query, ck.Value) {
		t.Errorf("cookie value %q: want 32 random bytes, unrelated to the key", ck.Value)
	}
	if left := time.Until(body.ExpiresAt); left < DefaultSessionTTL-time.Minute || left > DefaultSessionTTL {
		t.Errorf("expires_at %s, want in %s", body.ExpiresAt, DefaultSessionTTL)
	}
	if body.KeyID == "" || strings.Join(body.Scopes, ",") != auth.ScopeQuery {
		t.Errorf("session body %+v, want the key id and scope query", body)
	}

	// The cookie replaces the key: the principal is the key's id.
	rec := env.call(t, nil, sessionCall{method: http.MethodPost, target: "/v1/search", body: `{"query":"belasting"}`,
		cookie: ck.Value, header: []string{"Origin", testOrigin, "Sec-Fetch-Site", "same-origin"}})
	wantStatus(t, "search with the session", rec, http.StatusOK, "")
	if n := requestsWithKey(t, env.logs, "/v1/search", 200, body.KeyID); n != 1 {
		t.Errorf("%d searches logged with key %s, want 1", n, body.KeyID)
	}
	rec = env.call(t, nil, sessionCall{method: http.MethodGet, target: routeSession, cookie: ck.Value})
	wantStatus(t, "GET /v1/session", rec, http.StatusOK, body.KeyID)
	rec = env.call(t, nil, sessionCall{method: http.MethodGet, target: routeSession, authz: env.query})
	wantStatus(t, "GET /v1/session with a key", rec, http.StatusNotFound, "Geen sessie")
	rec = env.call(t, nil, sessionCall{method: http.MethodPost, target: routeSession, body: "{}", cookie: ck.Value,
		header: []string{"Origin", testOrigin}})
	wantStatus(t, "a session from a session", rec, http.StatusBadRequest, "alleen met een API-sleutel")

	// Logout: the cookie is cleared and the session is gone.
	rec = env.call(t, nil, sessionCall{method: http.MethodDelete, target: routeSession, cookie: ck.Value,
		header: []string{"Origin", testOrigin}})
	wantStatus(t, "logout", rec, http.StatusNoContent, "")
	if c := sessionCookieOf(t, rec); c.MaxAge >= 0 || c.Value != "" {
		t.Errorf("logout cookie %+v, want it cleared", c)
	}
	rec = env.call(t, nil, sessionCall{method: http.MethodGet, target: "/v1/documents", cookie: ck.Value})
	wantStatus(t, "after logout", rec, http.StatusUnauthorized, "sessie is verlopen of ongeldig")
	if got := rec.Header().Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
		t.Errorf("WWW-Authenticate = %q", got)
	}
}

// TestSessionCookieSettings: Secure under TLS (direct or behind a proxy
// that says https), and the configured lifetime.
func TestSessionCookieSettings(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	s, _ := newTestServer(t, Config{SessionTTL: 30 * time.Minute}, env.srv.deps)
	for _, tt := range []struct {
		name string
		call sessionCall
	}{
		{"tls", sessionCall{tls: true}},
		// echo believes X-Forwarded-Proto from loopback and private addresses.
		{"behind a TLS proxy", sessionCall{addr: "127.0.0.1", header: []string{"X-Forwarded-Proto", "https"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.call
			c.method, c.target, c.body, c.authz = http.MethodPost, routeSession, "{}", env.query
			rec := env.call(t, s, c)
			wantStatus(t, "POST /v1/session", rec, http.StatusCreated, "")
			ck := sessionCookieOf(t, rec)
			if !ck.Secure || ck.MaxAge != 1800 {
				t.Errorf("cookie Secure=%v Max-Age=%d, want Secure and 1800", ck.Secure, ck.MaxAge)
			}
		})
	}
}

func TestSessionStoreExpires(t *testing.T) {
	now := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	st := newSessionStore(time.Hour, func() time.Time { return now })
	id, _, err := st.create(auth.Principal{KeyID: "k1", Scopes: []string{"query"}}, "bwz_k1_secret")
	if err != nil {
		t.Fatal(err)
	}
	if st.get(id) == nil || st.get(id+"x") != nil {
		t.Fatal("a fresh session is not found, or another id is")
	}
	now = now.Add(time.Hour - time.Second)
	if st.get(id) == nil {
		t.Fatal("session gone before its hour")
	}
	now = now.Add(time.Second)
	if st.get(id) != nil || st.len() != 0 {
		t.Errorf("session alive after its hour (%d stored)", st.len())
	}
}

// TestSessionEndsWhenKeyRevoked: revoking the key (from the command line,
// in the store) ends its sessions at their next request.
func TestSessionEndsWhenKeyRevoked(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	ck, body := env.startSession(t, nil, env.query)
	other, _ := env.startSession(t, nil, env.query)
	if err := env.store.RevokeKey(t.Context(), body.KeyID, time.Now()); err != nil {
		t.Fatal(err)
	}
	for i, c := range []*http.Cookie{ck, other} {
		rec := env.call(t, nil, sessionCall{method: http.MethodGet, target: "/v1/documents", cookie: c.Value})
		wantStatus(t, "session of a revoked key", rec, http.StatusUnauthorized, "ingetrokken")
		if c := sessionCookieOf(t, rec); c.MaxAge >= 0 {
			t.Errorf("session %d: cookie not cleared", i+1)
		}
		rec = env.call(t, nil, sessionCall{method: http.MethodGet, target: "/v1/documents", cookie: c.Value})
		wantStatus(t, "the same session again", rec, http.StatusUnauthorized, "verlopen of ongeldig")
	}
}

// TestSessionCarriesScopes: a session can do what its key can, no more.
func TestSessionCarriesScopes(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	query, _ := env.startSession(t, nil, env.query)
	admin, _ := env.startSession(t, nil, env.admin)
	if rec := env.call(t, nil, sessionCall{method: http.MethodPost, target: routeSession, body: "{}", authz: env.metric}); rec.Code != http.StatusForbidden {
		t.Errorf("session from a metrics-only key: %d, want 403", rec.Code)
	}
	reingest := func(ck *http.Cookie) int {
		return env.call(t, nil, sessionCall{method: http.MethodPost, target: "/v1/documents/onbekend/reingest", cookie: ck.Value,
			header: []string{"Origin", testOrigin}}).Code
	}
	if got := reingest(query); got != http.StatusForbidden {
		t.Errorf("reingest on a query session: %d, want 403", got)
	}
	if got := reingest(admin); got != http.StatusNotFound {
		t.Errorf("reingest on an admin session: %d, want 404 (allowed, unknown document)", got)
	}
	if got := env.call(t, nil, sessionCall{method: http.MethodGet, target: "/metrics", cookie: query.Value}).Code; got != http.StatusForbidden {
		t.Errorf("/metrics on a query session: %d, want 403", got)
	}
}

// TestSessionCrossOriginWrite: a write on a session must come from the
// page's own origin; SameSite=Strict leaves other ports of the same site.
func TestSessionCrossOriginWrite(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	ck, _ := env.startSession(t, nil, env.query)
	search := func(header ...string) *httptest.ResponseRecorder {
		return env.call(t, nil, sessionCall{method: http.MethodPost, target: "/v1/search", body: `{"query":"belasting"}`,
			cookie: ck.Value, header: header})
	}
	wantStatus(t, "another port", search("Origin", "http://127.0.0.1:9999", "Sec-Fetch-Site", "same-site"), http.StatusForbidden, "")
	wantStatus(t, "same-site fetch", search("Sec-Fetch-Site", "same-site"), http.StatusForbidden, "")
	wantStatus(t, "own page", search("Origin", testOrigin, "Sec-Fetch-Site", "same-origin"), http.StatusOK, "")
	rec := env.call(t, nil, sessionCall{method: http.MethodGet, target: "/v1/documents", cookie: ck.Value,
		header: []string{"Sec-Fetch-Site", "same-site"}})
	wantStatus(t, "a read from another port of the same site", rec, http.StatusOK, "")
}

// TestFailedAttemptsRateLimited: after attemptBurst failed keys from one
// address, every key from it is refused with 429 before it is checked (a
// right one too, so guessing learns nothing); other addresses and live
// sessions are not affected; a missing key is not an attempt.
func TestFailedAttemptsRateLimited(t *testing.T) {
	env := newAdminEnv(t, adminOpts{})
	fromB, _ := env.startSession(t, nil, env.query)
	const attacker = "198.51.100.7"
	docs := func(c sessionCall) *httptest.ResponseRecorder {
		c.method, c.target = http.MethodGet, "/v1/documents"
		return env.call(t, nil, c)
	}
	for i := range attemptBurst {
		rec := docs(sessionCall{addr: attacker, authz: "Bearer bwz_aaaaaaaa_fout" + strconv.Itoa(i)})
		wantStatus(t, "wrong key "+strconv.Itoa(i+1), rec, http.StatusUnauthorized, "")
	}
	rec := docs(sessionCall{addr: attacker, authz: "Bearer bwz_aaaaaaaa_nogeen"})
	wantStatus(t, "one wrong key too many", rec, http.StatusTooManyRequests, "Te veel mislukte aanmeldpogingen vanaf dit adres")
	if secs, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || secs < 1 || secs > int(attemptEvery/time.Second) {
		t.Errorf("Retry-After = %q, want 1..%d", rec.Header().Get("Retry-After"), int(attemptEvery/time.Second))
	}
	wantStatus(t, "the right key from the blocked address", docs(sessionCall{addr: attacker, authz: env.query}), http.StatusTooManyRequests, "")
	wantStatus(t, "a guessed session from the blocked address", docs(sessionCall{addr: attacker, cookie: "geraden"}), http.StatusTooManyRequests, "")
	wantStatus(t, "a live session from the blocked address", docs(sessionCall{addr: attacker, cookie: fromB.Value}), http.StatusOK, "")
	wantStatus(t, "the right key from another address", docs(sessionCall{addr: "192.0.2.99", authz: env.query}), http.StatusOK, "")
	for range 2 * attemptBurst {
		wantStatus(t, "no key at all", docs(sessionCall{addr: "192.0.2.50"}), http.StatusUnauthorized, "")
	}
	// Guessed session cookies count as failed attempts too.
	for range attemptBurst {
		docs(sessionCall{addr: "192.0.2.60", cookie: "geraden"})
	}
	wantStatus(t, "one guessed session too many", docs(sessionCall{addr: "192.0.2.60", cookie: "geraden"}), http.StatusTooManyRequests, "")
}

func TestAttemptLimiterRefills(t *testing.T) {
	now := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	l := newAttemptLimiter(attemptEvery, attemptBurst, func() time.Time { return now })
	for range attemptBurst {
		if _, blocked := l.blocked("a"); blocked {
			t.Fatal("blocked before the burst is used")
		}
		l.failed("a")
	}
	wait, blocked := l.blocked("a")
	if !blocked || wait != attemptEvery {
		t.Fatalf("after the burst: blocked %v for %s, want %s", blocked, wait, attemptEvery)
	}
	if _, blocked := l.blocked("b"); blocked {
		t.Error("another address is blocked")
	}
	now = now.Add(attemptEvery)
	if _, blocked := l.blocked("a"); blocked {
		t.Error("still blocked after one refill interval")
	}
	l.failed("a")
	if _, blocked := l.blocked("a"); !blocked {
		t.Error("one failure after the refill does not block again")
	}
	now = now.Add(2 * attemptIdle)
	l.failed("c") // sweeps
	if _, ok := l.buckets["a"]; ok {
		t.Error("an idle bucket is kept")
	}
}
