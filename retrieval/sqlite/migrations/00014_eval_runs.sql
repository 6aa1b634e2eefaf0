-- Saved eval runs (`bronwijzer eval --save`): the quality team's history
-- of measured quality. config, summary and outcomes are JSON documents the
-- store does not interpret (package eval owns their shape). See eval/README.md.

-- +goose Up
CREATE TABLE eval_runs (
    id             TEXT    PRIMARY KEY,
    created_at     INTEGER NOT NULL, -- unix microseconds, UTC
    dataset        TEXT    NOT NULL,
    dataset_sha256 TEXT    NOT NULL,
    corpus_version TEXT    NOT NULL,
    config         TEXT    NOT NULL CHECK (json_valid(config)),
    summary        TEXT    NOT NULL CHECK (json_valid(summary)),
    outcomes       TEXT    NOT NULL CHECK (json_valid(outcomes))
) STRICT;
CREATE INDEX eval_runs_created ON eval_runs (created_at DESC, id DESC);

-- +goose Down
DROP INDEX eval_runs_created;
DROP TABLE eval_runs;
