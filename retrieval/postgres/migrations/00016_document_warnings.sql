-- The extraction's warnings about a document version's file (issue 14),
-- mostly about one page ("pagina 3: …"), kept with the version so the
-- document listing shows them after the ingest summary is gone. Versions
-- from before this migration have none stored (re-ingesting the original
-- file fills them in).

-- +goose Up
ALTER TABLE versions ADD COLUMN warnings text[] NOT NULL DEFAULT '{}';

-- +goose Down
ALTER TABLE versions DROP COLUMN warnings;
