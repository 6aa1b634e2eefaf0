-- Clinicians' feedback on answers (POST /v1/answers/{id}/feedback). Every
-- audit record gets an id, the answer's id that clients quote; records from
-- before this migration get a random one. The audit record also keeps the
-- answer as given (redacted like the question) and its citations (a JSON
-- array of {document, quote}), which feedback export turns into eval lines.
--
-- feedback: one row per answer and key, a later one replacing it. It lives
-- as long as its answer's audit record (ON DELETE CASCADE: retention pruning
-- of the audit trail removes it too). The comment is redacted before it
-- gets here.

-- +goose Up
ALTER TABLE audit_log ADD COLUMN id TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN answer TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN cited TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cited));
UPDATE audit_log SET id = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX audit_log_id ON audit_log (id);

CREATE TABLE feedback (
    answer_id TEXT    NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
    key_id    TEXT    NOT NULL,
    at        INTEGER NOT NULL, -- unix microseconds, UTC
    rating    TEXT    NOT NULL CHECK (rating IN ('goed', 'fout')),
    reason    TEXT    NOT NULL,
    comment   TEXT    NOT NULL,
    PRIMARY KEY (answer_id, key_id)
) STRICT;
CREATE INDEX feedback_at ON feedback (at, answer_id, key_id);

-- +goose Down
DROP INDEX feedback_at;
DROP TABLE feedback;
DROP INDEX audit_log_id;
ALTER TABLE audit_log DROP COLUMN cited;
ALTER TABLE audit_log DROP COLUMN answer;
ALTER TABLE audit_log DROP COLUMN id;
