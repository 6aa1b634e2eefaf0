// Package admin defines what operating the service keeps besides the corpus:
// API keys, the audit trail of answers and the original files of ingested
// documents. Both stores (retrieval/sqlite, retrieval/postgres) implement
// Store; the conformance suite retrieval/storetest.RunAdmin proves them alike.
package admin

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/bronwijzer/bronwijzer"
)

// APIKey is a stored API key. The secret itself is never stored: only its
// SHA-256, which is never returned by List.
type APIKey struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Scopes    []string   `json:"scopes"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// Revoked reports whether the key has been revoked.
func (k APIKey) Revoked() bool { return k.RevokedAt != nil }

// KeyCredential is what authentication needs of a key: its secret's hash,
// its scopes and whether it is revoked.
type KeyCredential struct {
	ID      string
	Hash    []byte // SHA-256 of the secret
	Scopes  []string
	Revoked bool
}

// KeyStore persists API keys, hashed.
type KeyStore interface {
	// CreateKey stores a new key with the SHA-256 hash of its secret.
	// ECONFLICT when the id exists; EINVALID for an empty id, a hash that is
	// not 32 bytes, or no scopes.
	CreateKey(ctx context.Context, key APIKey, hash []byte) error
	// Keys lists every key, revoked ones included, ordered by creation time
	// then id. Secrets are never returned.
	Keys(ctx context.Context) ([]APIKey, error)
	// RevokeKey marks a key revoked at time at. ENOTFOUND for an unknown id;
	// revoking a revoked key keeps its first revocation time.
	RevokeKey(ctx context.Context, id string, at time.Time) error
	// KeyCredential returns what authentication needs of key id, or ENOTFOUND.
	KeyCredential(ctx context.Context, id string) (KeyCredential, error)
	// ActiveKeys counts keys that are not revoked (the server refuses to
	// listen publicly without one).
	ActiveKeys(ctx context.Context) (int, error)
}

// AuditRecord is one answered (or refused) question. Question and Answer
// are already redacted; the store never sees the clinician's original text.
// ID is the answer's id (NewAuditID), which clients quote to give feedback.
type AuditRecord struct {
	ID            string    `json:"id"`
	Time          time.Time `json:"time"`
	KeyID         string    `json:"key_id"`
	Question      string    `json:"question"`
	PassageIDs    []string  `json:"passage_ids"` // cited passages, in citation order
	Mode          string    `json:"mode"`
	Model         string    `json:"model"`
	PromptVersion string    `json:"prompt_version,omitempty"`
	CorpusVersion string    `json:"corpus_version"`
	Abstained     bool      `json:"abstained"`
	Enforcement   string    `json:"enforcement"`
	LatencyMS     int64     `json:"latency_ms"`
	RequestID     string    `json:"request_id,omitempty"`
	// Answer is the answer as given (or the refusal), and Cited its
	// citations in order: what a quality team reviews with feedback.
	Answer string      `json:"answer,omitempty"`
	Cited  []CitedSpan `json:"cited,omitempty"`
}

// AuditStore persists the audit trail.
type AuditStore interface {
	// AppendAudit stores one record. Time is kept to the microsecond. An
	// empty ID gets a new one (NewAuditID); EINVALID for an ID that is not
	// ValidAuditID, ECONFLICT for one already stored.
	AppendAudit(ctx context.Context, rec AuditRecord) error
	// ExportAudit calls fn for every record with since <= Time < until, in
	// time order (then insertion order), streaming rather than loading all
	// records. A zero since or until leaves that side open. An error from fn
	// stops the export and is returned.
	ExportAudit(ctx context.Context, since, until time.Time, fn func(AuditRecord) error) error
	// PruneAudit deletes records older than before and returns how many.
	PruneAudit(ctx context.Context, before time.Time) (int64, error)
}

// StoredFile is an original file as ingested, content-addressed by SHA-256.
type StoredFile struct {
	SHA256    string
	Name      string // file name as uploaded
	MediaType string
	Data      []byte
}

// FileStore keeps the original files of ingested documents so every replica
// can serve them (GET /v1/documents/{id}/file) and re-ingest them.
type FileStore interface {
	// PutFile stores f under its SHA-256, computed by the store; putting the
	// same content again is a no-op. Returns the hex digest.
	PutFile(ctx context.Context, name, mediaType string, data []byte) (string, error)
	// File returns the file with that hex SHA-256, or ENOTFOUND.
	File(ctx context.Context, sha256 string) (*StoredFile, error)
	// PruneFiles deletes files stored before before that no stored document
	// version references (by SHA-256) and returns how many were deleted. The
	// time bound spares a file an ingest has just stored and whose document
	// version is not committed yet.
	PruneFiles(ctx context.Context, before time.Time) (int64, error)
}

// Store is a store with all the admin interfaces.
type Store interface {
	KeyStore
	AuditStore
	FileStore
	EvalRunStore
	FeedbackStore
}

// ValidateNewKey checks a key before CreateKey stores it; both stores call it
// so they reject the same input.
func ValidateNewKey(key APIKey, hash []byte) error {
	switch {
	case key.ID == "" || len(key.ID) > 64:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "sleutel-id ontbreekt of is te lang (invalid key id)")
	case len(hash) != sha256.Size:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "sleutel-hash moet %d bytes zijn (invalid key hash)", sha256.Size)
	case len(key.Scopes) == 0:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "sleutel zonder scopes (key without scopes)")
	case key.CreatedAt.IsZero():
		return bronwijzer.Errorf(bronwijzer.EINVALID, "sleutel zonder aanmaaktijd (key without created_at)")
	}
	return nil
}

// ValidSHA256 reports whether s is a lower-case hex SHA-256 digest.
func ValidSHA256(s string) bool {
	if len(s) != 2*sha256.Size {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}

// FileDigest returns the lower-case hex SHA-256 of data, the FileStore key.
func FileDigest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// KeyNotFound is the error for an unknown key id.
func KeyNotFound(id string) error {
	return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "sleutel %q niet gevonden (key not found)", id)
}

// FileNotFound is the error for a file the store does not hold.
func FileNotFound(sha string) error {
	return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "origineel bestand %s niet gevonden (file not found)", sha)
}
