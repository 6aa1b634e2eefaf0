package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// The admin tables (migration 00010): API keys, audit trail, original files.

var _ admin.Store = (*Store)(nil)

// CreateKey stores a new key with the SHA-256 hash of its secret.
func (s *Store) CreateKey(ctx context.Context, key admin.APIKey, hash []byte) error {
	if err := admin.ValidateNewKey(key, hash); err != nil {
		return err
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO api_keys (id, name, scopes, secret_hash, created_at)
		VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
		key.ID, key.Name, key.Scopes, hash, key.CreatedAt.UTC())
	if err != nil {
		return classify(ctx, err, "create key")
	}
	if tag.RowsAffected() == 0 {
		return bronwijzer.Errorf(bronwijzer.ECONFLICT, "sleutel %q bestaat al (key exists)", key.ID)
	}
	return nil
}

// Keys lists every key without its secret hash.
func (s *Store) Keys(ctx context.Context) ([]admin.APIKey, error) {
	rows, err := s.pool.Query(ctx, "SELECT id, name, scopes, created_at, revoked_at FROM api_keys ORDER BY created_at, id")
	if err != nil {
		return nil, classify(ctx, err, "list keys")
	}
	keys, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (admin.APIKey, error) {
		var k admin.APIKey
		err := row.Scan(&k.ID, &k.Name, &k.Scopes, &k.CreatedAt, &k.RevokedAt)
		k.CreatedAt = k.CreatedAt.UTC()
		if k.RevokedAt != nil {
			t := k.RevokedAt.UTC()
			k.RevokedAt = &t
		}
		return k, err
	})
	if err != nil {
		return nil, classify(ctx, err, "list keys")
	}
	if keys == nil {
		keys = []admin.APIKey{}
	}
	return keys, nil
}

// RevokeKey marks a key revoked, keeping an earlier revocation time.
func (s *Store) RevokeKey(ctx context.Context, id string, at time.Time) error {
	tag, err := s.pool.Exec(ctx, "UPDATE api_keys SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2", at.UTC(), id)
	if err != nil {
		return classify(ctx, err, "revoke key")
	}
	if tag.RowsAffected() == 0 {
		return admin.KeyNotFound(id)
	}
	return nil
}

// KeyCredential returns the hash, scopes and revocation of key id.
func (s *Store) KeyCredential(ctx context.Context, id string) (admin.KeyCredential, error) {
	c := admin.KeyCredential{ID: id}
	err := s.pool.QueryRow(ctx, "SELECT secret_hash, scopes, revoked_at IS NOT NULL FROM api_keys WHERE id = $1", id).
		Scan(&c.Hash, &c.Scopes, &c.Revoked)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, admin.KeyNotFound(id)
	}
	if err != nil {
		return c, classify(ctx, err, "key credential")
	}
	return c, nil
}

// ActiveKeys counts unrevoked keys.
func (s *Store) ActiveKeys(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM api_keys WHERE revoked_at IS NULL").Scan(&n); err != nil {
		return 0, classify(ctx, err, "count keys")
	}
	return n, nil
}

// AppendAudit stores one audit record; an empty ID gets a new one.
func (s *Store) AppendAudit(ctx context.Context, r admin.AuditRecord) error {
	if err := admin.PrepareAudit(&r); err != nil {
		return err
	}
	ids := r.PassageIDs
	if ids == nil {
		ids = []string{}
	}
	cited, err := json.Marshal(admin.NonNilCited(r.Cited))
	if err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO audit_log (id, at, key_id, question, passage_ids, mode, model,
		prompt_version, corpus_version, abstained, enforcement, latency_ms, request_id, answer, cited)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb) ON CONFLICT (id) DO NOTHING`,
		r.ID, r.Time.UTC().Truncate(time.Microsecond), r.KeyID, r.Question, ids, r.Mode, r.Model, r.PromptVersion,
		r.CorpusVersion, r.Abstained, r.Enforcement, r.LatencyMS, r.RequestID, r.Answer, string(cited))
	if err != nil {
		return classify(ctx, err, "append audit")
	}
	if tag.RowsAffected() == 0 {
		return admin.AuditConflict(r.ID)
	}
	return nil
}

// ExportAudit streams the records with since <= Time < until in time order.
func (s *Store) ExportAudit(ctx context.Context, since, until time.Time, fn func(admin.AuditRecord) error) error {
	var lo, hi *time.Time
	if !since.IsZero() {
		t := since.UTC()
		lo = &t
	}
	if !until.IsZero() {
		t := until.UTC()
		hi = &t
	}
	rows, err := s.pool.Query(ctx, `SELECT `+auditColumns+` FROM audit_log
		WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::timestamptz IS NULL OR at < $2)
		ORDER BY at, seq`, lo, hi)
	if err != nil {
		return classify(ctx, err, "export audit")
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanAudit(rows)
		if err != nil {
			return classify(ctx, err, "export audit")
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return classify(ctx, rows.Err(), "export audit")
}

// auditColumns are the columns scanAudit reads, in its order.
const auditColumns = `audit_log.id, audit_log.at, audit_log.key_id, audit_log.question, audit_log.passage_ids,
	audit_log.mode, audit_log.model, audit_log.prompt_version, audit_log.corpus_version, audit_log.abstained,
	audit_log.enforcement, audit_log.latency_ms, audit_log.request_id, audit_log.answer, audit_log.cited::text`

// scanAudit reads the auditColumns of one row, then any extra destinations.
func scanAudit(row pgx.Row, extra ...any) (admin.AuditRecord, error) {
	var (
		r     admin.AuditRecord
		cited string
	)
	dest := append([]any{&r.ID, &r.Time, &r.KeyID, &r.Question, &r.PassageIDs, &r.Mode, &r.Model, &r.PromptVersion,
		&r.CorpusVersion, &r.Abstained, &r.Enforcement, &r.LatencyMS, &r.RequestID, &r.Answer, &cited}, extra...)
	if err := row.Scan(dest...); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(cited), &r.Cited); err != nil {
		return r, fmt.Errorf("cited: %w", err)
	}
	if len(r.Cited) == 0 {
		r.Cited = nil
	}
	r.Time = r.Time.UTC()
	return r, nil
}

// PruneAudit deletes records older than before.
func (s *Store) PruneAudit(ctx context.Context, before time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, "DELETE FROM audit_log WHERE at < $1", before.UTC())
	if err != nil {
		return 0, classify(ctx, err, "prune audit")
	}
	return tag.RowsAffected(), nil
}

// PutFile stores data under its SHA-256; the same content again is a no-op.
func (s *Store) PutFile(ctx context.Context, name, mediaType string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", bronwijzer.Errorf(bronwijzer.EINVALID, "leeg bestand: 0 bytes (empty file)")
	}
	sha := admin.FileDigest(data)
	_, err := s.pool.Exec(ctx, `INSERT INTO files (sha256, name, media_type, data, created_at)
		VALUES ($1, $2, $3, $4, now()) ON CONFLICT (sha256) DO NOTHING`, sha, name, mediaType, data)
	if err != nil {
		return "", classify(ctx, err, "put file")
	}
	return sha, nil
}

// File returns the stored file with that SHA-256.
func (s *Store) File(ctx context.Context, sha string) (*admin.StoredFile, error) {
	if !admin.ValidSHA256(sha) {
		return nil, admin.FileNotFound(sha)
	}
	f := &admin.StoredFile{SHA256: sha}
	err := s.pool.QueryRow(ctx, "SELECT name, media_type, data FROM files WHERE sha256 = $1", sha).
		Scan(&f.Name, &f.MediaType, &f.Data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, admin.FileNotFound(sha)
	}
	if err != nil {
		return nil, classify(ctx, err, "get file")
	}
	return f, nil
}

// PruneFiles deletes unreferenced files stored before before. Every stored
// version (history included) keeps its file.
func (s *Store) PruneFiles(ctx context.Context, before time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM files f WHERE f.created_at < $1
		AND NOT EXISTS (SELECT 1 FROM versions v WHERE v.sha256 = f.sha256)`, before.UTC())
	if err != nil {
		return 0, classify(ctx, err, "prune files")
	}
	return tag.RowsAffected(), nil
}
