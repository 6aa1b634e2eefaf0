// Package auth issues and checks API keys and limits each key's request
// rate. It does not depend on the HTTP framework: the api package adapts it
// to echo, and the CLI uses it to create keys.
//
// A key looks like bwz_<id>_<secret>. The id is public (it appears in logs,
// the audit trail and `bronwijzer keys list`); the secret is shown once at
// creation and only its SHA-256 is stored. A SHA-256 (not a slow password
// hash) is enough because the secret is 160 random bits, not a password a
// person chose: there is nothing to guess from the hash.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// Scopes. ScopeAdmin implies the others.
const (
	ScopeQuery   = "query"   // search and ask, read documents and their files
	ScopeAdmin   = "admin"   // document management: upload, delete, re-ingest, jobs
	ScopeMetrics = "metrics" // GET /metrics only, for a Prometheus scraper
)

// Prefix starts every key, so secret scanners and people recognise one.
const Prefix = "bwz_"

const (
	idBytes     = 5  // 8 base32 characters
	secretBytes = 20 // 32 base32 characters, 160 bits
)

// encoding is lower-case base32 without padding: no '_' (the separator), and
// safe in headers, shells and URLs.
var encoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewKey is a freshly generated key. Token is the full bearer token, shown
// to the operator once.
type NewKey struct {
	Key   admin.APIKey
	Token string
	Hash  []byte
}

// Generate makes a key with a random id and secret.
func Generate(name string, scopes []string, now time.Time) (NewKey, error) {
	scopes, err := NormalizeScopes(scopes)
	if err != nil {
		return NewKey{}, err
	}
	id, err := random(idBytes)
	if err != nil {
		return NewKey{}, err
	}
	secret, err := random(secretBytes)
	if err != nil {
		return NewKey{}, err
	}
	return NewKey{
		Key:   admin.APIKey{ID: id, Name: name, Scopes: scopes, CreatedAt: now.UTC().Truncate(time.Microsecond)},
		Token: Prefix + id + "_" + secret,
		Hash:  HashSecret(secret),
	}, nil
}

// Creator is the part of admin.KeyStore that Create needs.
type Creator interface {
	CreateKey(ctx context.Context, key admin.APIKey, hash []byte) error
}

// Create generates a key and stores it hashed; the returned Token is the
// only copy of the secret.
func Create(ctx context.Context, store Creator, name string, scopes []string, now time.Time) (NewKey, error) {
	nk, err := Generate(name, scopes, now)
	if err != nil {
		return NewKey{}, err
	}
	if err := store.CreateKey(ctx, nk.Key, nk.Hash); err != nil {
		return NewKey{}, err
	}
	return nk, nil
}

func random(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random key: %w", err)
	}
	return encoding.EncodeToString(b), nil
}

// HashSecret is what the store keeps of a secret.
func HashSecret(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

// ParseToken splits bwz_<id>_<secret>. Anything else is EUNAUTHORIZED.
func ParseToken(token string) (id, secret string, err error) {
	rest, ok := strings.CutPrefix(token, Prefix)
	if ok {
		id, secret, ok = strings.Cut(rest, "_")
	}
	if !ok || id == "" || secret == "" || len(id) > 64 || len(secret) > 128 {
		return "", "", errInvalidKey()
	}
	return id, secret, nil
}

// NormalizeScopes checks scopes, drops duplicates and sorts them. Admin
// implies query, so an admin key always lists both.
func NormalizeScopes(scopes []string) ([]string, error) {
	var out []string
	for _, s := range scopes {
		switch s = strings.TrimSpace(strings.ToLower(s)); s {
		case ScopeQuery, ScopeMetrics:
		case ScopeAdmin:
			out = append(out, ScopeQuery, ScopeMetrics)
		default:
			return nil, bronwijzer.Errorf(bronwijzer.EINVALID,
				"onbekende scope %q: kies %s, %s of %s (unknown scope)", s, ScopeQuery, ScopeAdmin, ScopeMetrics)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "geef minstens één scope: %s, %s of %s (no scope)", ScopeQuery, ScopeAdmin, ScopeMetrics)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// HasScope reports whether scopes grant need (admin grants everything).
func HasScope(scopes []string, need string) bool {
	return slices.Contains(scopes, need) || slices.Contains(scopes, ScopeAdmin)
}
