-- The structure of a guideline in the chunks (issue 12): each chunk's kind
-- (text, list, table row, whole table, note), its table caption and the
-- markers of the notes it refers to, and the analysed terms of its ranking
-- field (section path, caption, column headers) apart from its body's.
-- A whole table and a note are stored for display but never searched:
-- searchable = 0 keeps them out of the search snapshot (both lists and the
-- BM25 statistics) and out of the FTS5 index. Rows from before this
-- migration are text, searchable, with no field terms (their section path
-- is in terms, as it was indexed then).

-- +goose Up
ALTER TABLE chunks ADD COLUMN kind TEXT NOT NULL DEFAULT 'text';
ALTER TABLE chunks ADD COLUMN caption TEXT NOT NULL DEFAULT '';
ALTER TABLE chunks ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'; -- JSON array of note markers
ALTER TABLE chunks ADD COLUMN field_terms TEXT NOT NULL DEFAULT ''; -- space-joined, like terms
ALTER TABLE chunks ADD COLUMN searchable INTEGER NOT NULL DEFAULT 1 CHECK (searchable IN (0, 1));

-- FTS5 cannot add a column: the index is rebuilt with the field as its
-- second column (bm25() weighs it by retrieval.FieldWeight) and turned off,
-- so the next Open with LexicalFTS5 backfills it (enableFTS).
DROP TABLE chunks_fts;
-- +goose StatementBegin
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
    terms,
    field_terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii tokenchars ''!"#$%&''''()*+,-./:;<=>?@[\]^_`{|}~'''
);
-- +goose StatementEnd
UPDATE meta SET fts = 0;

-- +goose Down
DROP TABLE chunks_fts;
-- +goose StatementBegin
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii tokenchars ''!"#$%&''''()*+,-./:;<=>?@[\]^_`{|}~'''
);
-- +goose StatementEnd
UPDATE meta SET fts = 0;
ALTER TABLE chunks DROP COLUMN searchable;
ALTER TABLE chunks DROP COLUMN field_terms;
ALTER TABLE chunks DROP COLUMN notes;
ALTER TABLE chunks DROP COLUMN caption;
ALTER TABLE chunks DROP COLUMN kind;
