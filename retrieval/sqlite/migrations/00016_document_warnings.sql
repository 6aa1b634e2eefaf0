-- The extraction's warnings about a document version's file (issue 14),
-- mostly about one page ("pagina 3: …"), kept with the version so the
-- document listing shows them after the ingest summary is gone. A JSON
-- array of strings; versions from before this migration have none stored
-- (re-ingesting the original file fills them in).

-- +goose Up
ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings) AND json_type(warnings) = 'array');

-- +goose Down
ALTER TABLE documents DROP COLUMN warnings;
