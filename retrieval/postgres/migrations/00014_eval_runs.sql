-- Saved eval runs (`bronwijzer eval --save`): the quality team's history
-- of measured quality. config, summary and outcomes are JSON documents the
-- store does not interpret (package eval owns their shape). See eval/README.md.

-- +goose Up
CREATE TABLE eval_runs (
	id             text        PRIMARY KEY,
	created_at     timestamptz NOT NULL,
	dataset        text        NOT NULL,
	dataset_sha256 text        NOT NULL,
	corpus_version text        NOT NULL,
	config         jsonb       NOT NULL,
	summary        jsonb       NOT NULL,
	outcomes       jsonb       NOT NULL
);
CREATE INDEX eval_runs_created ON eval_runs (created_at DESC, id DESC);

-- +goose Down
DROP INDEX eval_runs_created;
DROP TABLE eval_runs;
