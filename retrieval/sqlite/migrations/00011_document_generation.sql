-- Identify each stored version for the in-memory search index, and drop the
-- FTS5 index of the first embedded schema (searching moved to memory; see
-- docs/storage.md).

-- +goose Up
-- gen is the meta.generation of the transaction that wrote the row. It is
-- never reused, unlike (id, version) after a delete, so the index can keep
-- the segments of unchanged documents across writes.
ALTER TABLE documents ADD COLUMN gen INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER IF EXISTS chunks_fts_insert;
DROP TRIGGER IF EXISTS chunks_fts_delete;
DROP TABLE IF EXISTS chunks_fts;

-- +goose Down
ALTER TABLE documents DROP COLUMN gen;
