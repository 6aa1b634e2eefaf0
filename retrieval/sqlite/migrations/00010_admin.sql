-- Admin tables: API keys (hashed), the audit trail of answers, and the
-- original files of ingested documents. See docs/operations.md.

-- +goose Up

-- api_keys never holds a secret, only its SHA-256. scopes is a JSON array.
CREATE TABLE api_keys (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    scopes      TEXT    NOT NULL,
    secret_hash BLOB    NOT NULL CHECK (length(secret_hash) = 32),
    created_at  INTEGER NOT NULL, -- unix microseconds, UTC
    revoked_at  INTEGER           -- NULL while active
) STRICT;

-- audit_log: one row per answer. The question is redacted before it gets
-- here. passage_ids is a JSON array. at is unix microseconds, so range
-- exports and retention pruning use the index.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    key_id         TEXT    NOT NULL,
    question       TEXT    NOT NULL,
    passage_ids    TEXT    NOT NULL,
    mode           TEXT    NOT NULL,
    model          TEXT    NOT NULL,
    prompt_version TEXT    NOT NULL,
    corpus_version TEXT    NOT NULL,
    abstained      INTEGER NOT NULL CHECK (abstained IN (0, 1)),
    enforcement    TEXT    NOT NULL,
    latency_ms     INTEGER NOT NULL,
    request_id     TEXT    NOT NULL
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at, seq);

-- files: original files, content-addressed. Documents reference them by
-- sha256 (no foreign key: a file outlives none of its versions, and pruning
-- removes files no version references).
CREATE TABLE files (
    sha256     TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    data       BLOB    NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

-- +goose Down
DROP TABLE files;
DROP INDEX audit_log_at;
DROP TABLE audit_log;
DROP TABLE api_keys;
