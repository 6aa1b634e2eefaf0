-- The ingest pipeline that made a document version's chunks (extraction,
-- chunking, analysis: ingest.PipelineVersion). Ingesting an unchanged file
-- again processes it again when its stored version was made by another
-- pipeline, so an upgrade's better extraction or analysis reaches the
-- passages. Versions from before this migration have ''.

-- +goose Up
ALTER TABLE documents ADD COLUMN pipeline TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE documents DROP COLUMN pipeline;
