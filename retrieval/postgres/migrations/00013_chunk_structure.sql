-- The structure of a guideline in the chunks (issue 12): each chunk's kind
-- (text, list, table row, whole table, note), its table caption, the
-- markers of the notes it refers to, and the analysed terms of its ranking
-- field (section path, caption, column headers) apart from its body's.
--
-- A whole table and a note are stored for display but never searched
-- (searchable false): they have no postings, no tsvector lexemes and no
-- share in term_df or corpus_stats, and dense search skips them.
--
-- BM25F: a posting counts the term in the body (tf) and in the field (tff);
-- search weighs them tf + retrieval.FieldWeight·tff, and len (n_terms)
-- counts both fields. term_df.max_tff bounds tff for MaxScore as max_tf
-- bounds tf. Rows from before this migration are text, searchable, with no
-- field terms (their section path is in terms, as it was indexed then), so
-- tff = 0 and max_tff = 0 are exact for them.

-- +goose Up
ALTER TABLE chunks
	ADD COLUMN kind        text    NOT NULL DEFAULT 'text',
	ADD COLUMN caption     text    NOT NULL DEFAULT '',
	ADD COLUMN notes       text[]  NOT NULL DEFAULT '{}',
	ADD COLUMN field_terms text[]  NOT NULL DEFAULT '{}',
	ADD COLUMN searchable  boolean NOT NULL DEFAULT true;

ALTER TABLE postings ADD COLUMN tff integer NOT NULL DEFAULT 0;
DROP INDEX postings_term_idx;
CREATE UNIQUE INDEX postings_term_idx ON postings (term, chunk_id) INCLUDE (tf, tff, len, verified);

ALTER TABLE term_df ADD COLUMN max_tff integer NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE term_df DROP COLUMN max_tff;
DROP INDEX postings_term_idx;
ALTER TABLE postings DROP COLUMN tff;
CREATE UNIQUE INDEX postings_term_idx ON postings (term, chunk_id) INCLUDE (tf, len, verified);
ALTER TABLE chunks
	DROP COLUMN searchable,
	DROP COLUMN field_terms,
	DROP COLUMN notes,
	DROP COLUMN caption,
	DROP COLUMN kind;
