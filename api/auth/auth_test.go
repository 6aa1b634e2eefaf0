package auth_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

func openStore(t *testing.T) *sqlite.Store { return openStoreB(t) }

func openStoreB(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(tb.Context(), filepath.Join(tb.TempDir(), "bw.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestAuthenticate(t *testing.T) {
	s := openStore(t)
	ctx := t.Context()
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	query, err := auth.Create(ctx, s, "his", []string{"query"}, now)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := auth.Create(ctx, s, "beheer", []string{"admin"}, now)
	if err != nil {
		t.Fatal(err)
	}
	revoked, err := auth.Create(ctx, s, "oud", []string{"admin"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeKey(ctx, revoked.Key.ID, now); err != nil {
		t.Fatal(err)
	}
	wrongSecret := query.Token[:len(query.Token)-4] + "aaaa"
	if wrongSecret == query.Token {
		wrongSecret = query.Token[:len(query.Token)-4] + "bbbb"
	}
	a := auth.NewAuthenticator(s)
	tests := []struct {
		name    string
		header  string
		need    string
		wantErr string // bronwijzer code, "" for success
		wantKey string
	}{
		{"missing header", "", auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"basic scheme", "Basic dXNlcjpwdw==", auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"bearer without token", "Bearer ", auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"not a bronwijzer key", "Bearer sk-abcdef", auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"unknown id", "Bearer bwz_zzzzzzzz_" + strings.Repeat("a", 32), auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"wrong secret", "Bearer " + wrongSecret, auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"revoked", "Bearer " + revoked.Token, auth.ScopeQuery, bronwijzer.EUNAUTHORIZED, ""},
		{"query key for admin", "Bearer " + query.Token, auth.ScopeAdmin, bronwijzer.EFORBIDDEN, ""},
		{"query key for query", "Bearer " + query.Token, auth.ScopeQuery, "", query.Key.ID},
		{"lower-case scheme", "bearer " + query.Token, auth.ScopeQuery, "", query.Key.ID},
		{"admin key for admin", "Bearer " + admin.Token, auth.ScopeAdmin, "", admin.Key.ID},
		{"admin implies query", "Bearer " + admin.Token, auth.ScopeQuery, "", admin.Key.ID},
		{"query key for metrics", "Bearer " + query.Token, auth.ScopeMetrics, bronwijzer.EFORBIDDEN, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := a.Authenticate(ctx, tt.header, tt.need)
			if got := bronwijzer.ErrorCode(err); got != tt.wantErr {
				t.Fatalf("error code %q (%v), want %q", got, err, tt.wantErr)
			}
			if tok := strings.TrimPrefix(tt.header, "Bearer "); err != nil && len(tok) > 8 && strings.Contains(bronwijzer.ErrorMessage(err), tok) {
				t.Errorf("error message echoes the token: %q", bronwijzer.ErrorMessage(err))
			}
			if p.KeyID != tt.wantKey {
				t.Errorf("KeyID = %q, want %q", p.KeyID, tt.wantKey)
			}
		})
	}
}

// failingKeys fails lookups as an unreachable store would.
type failingKeys struct{}

func (failingKeys) KeyCredential(context.Context, string) (admin.KeyCredential, error) {
	return admin.KeyCredential{}, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "opslag weg")
}

func TestAuthenticateStoreDown(t *testing.T) {
	_, err := auth.NewAuthenticator(failingKeys{}).Authenticate(t.Context(), "Bearer bwz_abcdefgh_secret", auth.ScopeQuery)
	if bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE {
		t.Errorf("store down: %v, want EUNAVAILABLE (not a 401 that would make clients drop a good key)", err)
	}
}

// countingKeys records which hash the authenticator compared against, to
// prove an unknown id still goes through the constant-time comparison.
type countingKeys struct {
	calls int
	cred  admin.KeyCredential
	err   error
}

func (c *countingKeys) KeyCredential(context.Context, string) (admin.KeyCredential, error) {
	c.calls++
	return c.cred, c.err
}

func TestAuthenticateUnknownIDTakesSamePath(t *testing.T) {
	unknown := &countingKeys{err: admin.KeyNotFound("abcdefgh")}
	_, err := auth.NewAuthenticator(unknown).Authenticate(t.Context(), "Bearer bwz_abcdefgh_x", auth.ScopeQuery)
	var be *bronwijzer.Error
	if !errors.As(err, &be) || be.Code != bronwijzer.EUNAUTHORIZED || unknown.calls != 1 {
		t.Fatalf("unknown id: %v after %d lookups", err, unknown.calls)
	}
	// The message for an unknown id equals that for a wrong secret: the
	// response must not tell which ids exist.
	wrong := &countingKeys{cred: admin.KeyCredential{ID: "abcdefgh", Hash: auth.HashSecret("right"), Scopes: []string{"query"}}}
	_, err2 := auth.NewAuthenticator(wrong).Authenticate(t.Context(), "Bearer bwz_abcdefgh_x", auth.ScopeQuery)
	if bronwijzer.ErrorMessage(err) != bronwijzer.ErrorMessage(err2) {
		t.Errorf("unknown id says %q, wrong secret says %q", bronwijzer.ErrorMessage(err), bronwijzer.ErrorMessage(err2))
	}
}

func TestGenerate(t *testing.T) {
	seen := map[string]bool{}
	for range 50 {
		nk, err := auth.Generate("n", []string{"admin", "query", "admin"}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		id, secret, err := auth.ParseToken(nk.Token)
		if err != nil || id != nk.Key.ID || len(secret) != 32 {
			t.Fatalf("token %q parses to %q, %q, %v", nk.Token, id, secret, err)
		}
		if string(auth.HashSecret(secret)) != string(nk.Hash) {
			t.Fatal("hash is not the SHA-256 of the secret")
		}
		if strings.Join(nk.Key.Scopes, ",") != "admin,metrics,query" {
			t.Errorf("scopes %v, want [admin metrics query]", nk.Key.Scopes)
		}
		if seen[nk.Token] || seen[id] {
			t.Fatalf("repeated token or id %q", nk.Token)
		}
		seen[nk.Token], seen[id] = true, true
	}
}

func TestNormalizeScopes(t *testing.T) {
	tests := []struct {
		in      []string
		want    string
		wantErr bool
	}{
		{[]string{"query"}, "query", false},
		{[]string{"admin"}, "admin,metrics,query", false},
		{[]string{"metrics"}, "metrics", false},
		{[]string{" Query ", "query"}, "query", false},
		{nil, "", true},
		{[]string{"root"}, "", true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.in, "+"), func(t *testing.T) {
			got, err := auth.NormalizeScopes(tt.in)
			if (err != nil) != tt.wantErr || strings.Join(got, ",") != tt.want {
				t.Errorf("NormalizeScopes(%q) = %v, %v; want %q (error %v)", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := auth.NewLimiter(60, 3, func() time.Time { return now }) // 1/s, burst 3
	for i := range 3 {
		if ok, _ := l.Allow("a"); !ok {
			t.Fatalf("request %d within burst refused", i)
		}
	}
	ok, wait := l.Allow("a")
	if ok || wait <= 0 || wait > time.Second {
		t.Fatalf("4th request: ok=%v wait=%v; want refused with wait in (0,1s]", ok, wait)
	}
	if got := auth.RetryAfterSeconds(wait); got != 1 {
		t.Errorf("RetryAfterSeconds(%v) = %d, want 1", wait, got)
	}
	if ok, _ := l.Allow("b"); !ok {
		t.Error("another key is limited by a's bucket")
	}
	// A refused request does not consume a token: after the wait, one passes.
	now = now.Add(wait)
	if ok, _ := l.Allow("a"); !ok {
		t.Error("request after Retry-After refused")
	}
	if ok, _ := (*auth.Limiter)(nil).Allow("a"); !ok {
		t.Error("nil limiter refused")
	}
	if auth.NewLimiter(0, 5, nil) != nil {
		t.Error("NewLimiter(0) should disable limiting")
	}
}
