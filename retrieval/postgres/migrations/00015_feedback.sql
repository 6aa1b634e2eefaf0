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
ALTER TABLE audit_log
	ADD COLUMN id     text,
	ADD COLUMN answer text  NOT NULL DEFAULT '',
	ADD COLUMN cited  jsonb NOT NULL DEFAULT '[]';
UPDATE audit_log SET id = replace(gen_random_uuid()::text, '-', '');
ALTER TABLE audit_log ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX audit_log_id ON audit_log (id);

CREATE TABLE feedback (
	answer_id text        NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
	key_id    text        NOT NULL,
	at        timestamptz NOT NULL,
	rating    text        NOT NULL CHECK (rating IN ('goed', 'fout')),
	reason    text        NOT NULL,
	comment   text        NOT NULL,
	PRIMARY KEY (answer_id, key_id)
);
CREATE INDEX feedback_at ON feedback (at, answer_id, key_id);

-- +goose Down
DROP TABLE feedback;
DROP INDEX audit_log_id;
ALTER TABLE audit_log
	DROP COLUMN cited,
	DROP COLUMN answer,
	DROP COLUMN id;
