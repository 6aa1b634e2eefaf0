-- Admin tables: API keys (hashed), the audit trail of answers, and the
-- original files of ingested documents. See docs/operations.md.

-- +goose Up

-- api_keys never holds a secret, only its SHA-256.
CREATE TABLE api_keys (
	id          text        PRIMARY KEY,
	name        text        NOT NULL,
	scopes      text[]      NOT NULL,
	secret_hash bytea       NOT NULL CHECK (length(secret_hash) = 32),
	created_at  timestamptz NOT NULL,
	revoked_at  timestamptz -- NULL while active
);

-- audit_log: one row per answer; the question is redacted before it gets here.
CREATE TABLE audit_log (
	seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at             timestamptz NOT NULL,
	key_id         text        NOT NULL,
	question       text        NOT NULL,
	passage_ids    text[]      NOT NULL,
	mode           text        NOT NULL,
	model          text        NOT NULL,
	prompt_version text        NOT NULL,
	corpus_version text        NOT NULL,
	abstained      boolean     NOT NULL,
	enforcement    text        NOT NULL,
	latency_ms     bigint      NOT NULL,
	request_id     text        NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at, seq);

-- files: original files, content-addressed; versions reference them by sha256.
CREATE TABLE files (
	sha256     text        PRIMARY KEY,
	name       text        NOT NULL,
	media_type text        NOT NULL,
	data       bytea       NOT NULL,
	created_at timestamptz NOT NULL
);
CREATE INDEX versions_sha256 ON versions (sha256);

-- +goose Down
DROP INDEX versions_sha256;
DROP TABLE files;
DROP TABLE audit_log;
DROP TABLE api_keys;
