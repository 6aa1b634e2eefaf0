package auth_test

import (
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/api/auth"
)

// FuzzParseToken: parsing never panics, and whatever parses rebuilds the
// token exactly (no two readings of one header).
func FuzzParseToken(f *testing.F) {
	for _, s := range []string{"bwz_abcdefgh_ijklmnop", "bwz__", "bwz_a_b_c", "", "Bearer bwz_x_y", "bwz_" + strings.Repeat("a", 70) + "_b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, token string) {
		id, secret, err := auth.ParseToken(token)
		if err != nil {
			return
		}
		if auth.Prefix+id+"_"+secret != token || id == "" || secret == "" || strings.Contains(id, "_") {
			t.Errorf("ParseToken(%q) = %q, %q", token, id, secret)
		}
	})
}

// BenchmarkAuthenticate is the per-request cost of checking a key against
// the real SQLite store (one indexed lookup, one SHA-256).
func BenchmarkAuthenticate(b *testing.B) {
	s := openStoreB(b)
	nk, err := auth.Create(b.Context(), s, "bench", []string{"query"}, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	a := auth.NewAuthenticator(s)
	header := "Bearer " + nk.Token
	for b.Loop() {
		if _, err := a.Authenticate(b.Context(), header, auth.ScopeQuery); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLimiterAllow(b *testing.B) {
	l := auth.NewLimiter(1e9, 1e6, nil)
	keys := []string{"aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd"}
	i := 0
	for b.Loop() {
		l.Allow(keys[i%len(keys)])
		i++
	}
}
