package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// The admin tables (migration 00010): API keys, audit trail, original files.
// Times are stored as unix microseconds (UTC) so range queries use indexes.

var _ admin.Store = (*Store)(nil)

func micros(t time.Time) int64 { return t.UTC().UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

// CreateKey stores a new key with the SHA-256 hash of its secret.
func (s *Store) CreateKey(ctx context.Context, key admin.APIKey, hash []byte) error {
	if err := admin.ValidateNewKey(key, hash); err != nil {
		return err
	}
	scopes, err := json.Marshal(key.Scopes)
	if err != nil {
		return fmt.Errorf("create key: %w", err)
	}
	res, err := s.writer.ExecContext(ctx, `INSERT INTO api_keys (id, name, scopes, secret_hash, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		key.ID, key.Name, string(scopes), hash, micros(key.CreatedAt))
	if err != nil {
		return fmt.Errorf("create key: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("create key: %w", err)
	} else if n == 0 {
		return bronwijzer.Errorf(bronwijzer.ECONFLICT, "sleutel %q bestaat al (key exists)", key.ID)
	}
	return nil
}

// Keys lists every key without its secret hash.
func (s *Store) Keys(ctx context.Context) ([]admin.APIKey, error) {
	rows, err := s.readers.QueryContext(ctx,
		"SELECT id, name, scopes, created_at, revoked_at FROM api_keys ORDER BY created_at, id")
	if err != nil {
		return nil, fmt.Errorf("list keys: %w", err)
	}
	defer rows.Close()
	keys := []admin.APIKey{}
	for rows.Next() {
		var (
			k       admin.APIKey
			scopes  string
			created int64
			revoked sql.NullInt64
		)
		if err := rows.Scan(&k.ID, &k.Name, &scopes, &created, &revoked); err != nil {
			return nil, fmt.Errorf("list keys: %w", err)
		}
		if err := json.Unmarshal([]byte(scopes), &k.Scopes); err != nil {
			return nil, fmt.Errorf("key %s scopes: %w", k.ID, err)
		}
		k.CreatedAt = fromMicros(created)
		if revoked.Valid {
			t := fromMicros(revoked.Int64)
			k.RevokedAt = &t
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list keys: %w", err)
	}
	return keys, nil
}

// RevokeKey marks a key revoked, keeping an earlier revocation time.
func (s *Store) RevokeKey(ctx context.Context, id string, at time.Time) error {
	res, err := s.writer.ExecContext(ctx,
		"UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?", micros(at), id)
	if err != nil {
		return fmt.Errorf("revoke key: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("revoke key: %w", err)
	} else if n == 0 {
		return admin.KeyNotFound(id)
	}
	return nil
}

// KeyCredential returns the hash, scopes and revocation of key id.
func (s *Store) KeyCredential(ctx context.Context, id string) (admin.KeyCredential, error) {
	var (
		c       = admin.KeyCredential{ID: id}
		scopes  string
		revoked sql.NullInt64
	)
	err := s.readers.QueryRowContext(ctx,
		"SELECT secret_hash, scopes, revoked_at FROM api_keys WHERE id = ?", id).Scan(&c.Hash, &scopes, &revoked)
	if errors.Is(err, sql.ErrNoRows) {
		return c, admin.KeyNotFound(id)
	}
	if err != nil {
		return c, unavailable(fmt.Errorf("key credential: %w", err))
	}
	if err := json.Unmarshal([]byte(scopes), &c.Scopes); err != nil {
		return c, fmt.Errorf("key %s scopes: %w", id, err)
	}
	c.Revoked = revoked.Valid
	return c, nil
}

// ActiveKeys counts unrevoked keys.
func (s *Store) ActiveKeys(ctx context.Context) (int, error) {
	var n int
	if err := s.readers.QueryRowContext(ctx,
		"SELECT count(*) FROM api_keys WHERE revoked_at IS NULL").Scan(&n); err != nil {
		return 0, unavailable(fmt.Errorf("count keys: %w", err))
	}
	return n, nil
}

// AppendAudit stores one audit record; an empty ID gets a new one.
func (s *Store) AppendAudit(ctx context.Context, rec admin.AuditRecord) error {
	if err := admin.PrepareAudit(&rec); err != nil {
		return err
	}
	ids, err := json.Marshal(nonNilStrings(rec.PassageIDs))
	if err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	cited, err := json.Marshal(admin.NonNilCited(rec.Cited))
	if err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	res, err := s.writer.ExecContext(ctx, `INSERT INTO audit_log (id, at, key_id, question, passage_ids, mode, model,
		prompt_version, corpus_version, abstained, enforcement, latency_ms, request_id, answer, cited)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		rec.ID, micros(rec.Time), rec.KeyID, rec.Question, string(ids), rec.Mode, rec.Model, rec.PromptVersion,
		rec.CorpusVersion, rec.Abstained, rec.Enforcement, rec.LatencyMS, rec.RequestID, rec.Answer, string(cited))
	if err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("append audit: %w", err)
	} else if n == 0 {
		return admin.AuditConflict(rec.ID)
	}
	return nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ExportAudit streams the records with since <= Time < until in time order.
func (s *Store) ExportAudit(ctx context.Context, since, until time.Time, fn func(admin.AuditRecord) error) error {
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if !since.IsZero() {
		lo = micros(since)
	}
	if !until.IsZero() {
		hi = micros(until)
	}
	rows, err := s.readers.QueryContext(ctx, `SELECT `+auditColumns+`
		FROM audit_log WHERE at >= ? AND at < ? ORDER BY at, seq`, lo, hi)
	if err != nil {
		return fmt.Errorf("export audit: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanAudit(rows)
		if err != nil {
			return fmt.Errorf("export audit: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export audit: %w", err)
	}
	return nil
}

// auditColumns are the columns scanAudit reads, in its order.
const auditColumns = `audit_log.id, audit_log.at, audit_log.key_id, audit_log.question, audit_log.passage_ids,
	audit_log.mode, audit_log.model, audit_log.prompt_version, audit_log.corpus_version, audit_log.abstained,
	audit_log.enforcement, audit_log.latency_ms, audit_log.request_id, audit_log.answer, audit_log.cited`

// scanAudit reads the auditColumns of one row, then any extra destinations.
func scanAudit(row interface{ Scan(...any) error }, extra ...any) (admin.AuditRecord, error) {
	var (
		r          admin.AuditRecord
		at         int64
		ids, cited string
	)
	dest := append([]any{&r.ID, &at, &r.KeyID, &r.Question, &ids, &r.Mode, &r.Model, &r.PromptVersion,
		&r.CorpusVersion, &r.Abstained, &r.Enforcement, &r.LatencyMS, &r.RequestID, &r.Answer, &cited}, extra...)
	if err := row.Scan(dest...); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(ids), &r.PassageIDs); err != nil {
		return r, fmt.Errorf("passage ids: %w", err)
	}
	if err := json.Unmarshal([]byte(cited), &r.Cited); err != nil {
		return r, fmt.Errorf("cited: %w", err)
	}
	if len(r.Cited) == 0 {
		r.Cited = nil
	}
	r.Time = fromMicros(at)
	return r, nil
}

// PruneAudit deletes records older than before.
func (s *Store) PruneAudit(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.writer.ExecContext(ctx, "DELETE FROM audit_log WHERE at < ?", micros(before))
	if err != nil {
		return 0, fmt.Errorf("prune audit: %w", err)
	}
	return res.RowsAffected()
}

// PutFile stores data under its SHA-256; the same content again is a no-op.
func (s *Store) PutFile(ctx context.Context, name, mediaType string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", bronwijzer.Errorf(bronwijzer.EINVALID, "leeg bestand: 0 bytes (empty file)")
	}
	sha := admin.FileDigest(data)
	_, err := s.writer.ExecContext(ctx, `INSERT INTO files (sha256, name, media_type, data, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`, sha, name, mediaType, data, micros(s.now()))
	if err != nil {
		return "", fmt.Errorf("put file: %w", err)
	}
	return sha, nil
}

// File returns the stored file with that SHA-256.
func (s *Store) File(ctx context.Context, sha string) (*admin.StoredFile, error) {
	if !admin.ValidSHA256(sha) {
		return nil, admin.FileNotFound(sha)
	}
	f := &admin.StoredFile{SHA256: sha}
	err := s.readers.QueryRowContext(ctx, "SELECT name, media_type, data FROM files WHERE sha256 = ?", sha).
		Scan(&f.Name, &f.MediaType, &f.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, admin.FileNotFound(sha)
	}
	if err != nil {
		return nil, fmt.Errorf("get file: %w", err)
	}
	return f, nil
}

// PruneFiles deletes unreferenced files stored before before. Every stored
// version (history included) keeps its file.
func (s *Store) PruneFiles(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.writer.ExecContext(ctx, `DELETE FROM files WHERE created_at < ?
		AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = files.sha256)`, micros(before))
	if err != nil {
		return 0, fmt.Errorf("prune files: %w", err)
	}
	return res.RowsAffected()
}
