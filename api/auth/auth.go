package auth

import (
	"context"
	"crypto/subtle"
	"fmt"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// Credentials looks keys up by id (admin.KeyStore has this method).
type Credentials interface {
	KeyCredential(ctx context.Context, id string) (admin.KeyCredential, error)
}

// Principal is an authenticated caller.
type Principal struct {
	KeyID  string
	Scopes []string
}

// Anonymous is the principal of requests to a server without keys, which
// only listens on loopback.
const Anonymous = "anonymous"

// Authenticator checks bearer tokens against the key store.
type Authenticator struct {
	keys Credentials
	// dummy is compared against when a key id is unknown, so an unknown id
	// and a wrong secret take the same path (no timing oracle on ids).
	dummy []byte
}

// NewAuthenticator returns an authenticator over keys.
func NewAuthenticator(keys Credentials) *Authenticator {
	return &Authenticator{keys: keys, dummy: HashSecret("bronwijzer-no-such-key")}
}

// Authenticate checks an Authorization header value for scope need. It
// returns EUNAUTHORIZED for a missing, malformed, unknown, wrong or revoked
// key, EFORBIDDEN for a valid key without the scope, and the store's error
// (EUNAVAILABLE) when the store cannot be asked.
func (a *Authenticator) Authenticate(ctx context.Context, header, need string) (Principal, error) {
	token, err := bearer(header)
	if err != nil {
		return Principal{}, err
	}
	id, secret, err := ParseToken(token)
	if err != nil {
		return Principal{}, err
	}
	cred, err := a.keys.KeyCredential(ctx, id)
	known := err == nil
	if err != nil && bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		return Principal{}, fmt.Errorf("authenticate: %w", err)
	}
	want := cred.Hash
	if !known {
		want = a.dummy
	}
	match := subtle.ConstantTimeCompare(HashSecret(secret), want) == 1
	switch {
	case !known || !match:
		return Principal{}, errInvalidKey()
	case cred.Revoked:
		return Principal{}, bronwijzer.Errorf(bronwijzer.EUNAUTHORIZED,
			"Deze API-sleutel is ingetrokken (API key revoked).")
	case !HasScope(cred.Scopes, need):
		return Principal{}, bronwijzer.Errorf(bronwijzer.EFORBIDDEN,
			"Deze API-sleutel heeft geen rechten voor deze actie; nodig is scope %q (missing scope).", need)
	}
	return Principal{KeyID: id, Scopes: cred.Scopes}, nil
}

// bearer takes the token out of "Bearer <token>".
func bearer(header string) (string, error) {
	header = strings.TrimSpace(header)
	if header == "" {
		return "", bronwijzer.Errorf(bronwijzer.EUNAUTHORIZED,
			"API-sleutel ontbreekt: stuur de header 'Authorization: Bearer <sleutel>' (missing API key).")
	}
	scheme, token, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return "", bronwijzer.Errorf(bronwijzer.EUNAUTHORIZED,
			"Ongeldige Authorization-header: verwacht 'Bearer <sleutel>' (expected a bearer token).")
	}
	return strings.TrimSpace(token), nil
}

func errInvalidKey() error {
	return bronwijzer.Errorf(bronwijzer.EUNAUTHORIZED, "Ongeldige API-sleutel (invalid API key).")
}
