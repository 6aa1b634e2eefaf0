-- FTS5 index of the chunks' analysed terms, for Options.Lexical =
-- LexicalFTS5. The default (LexicalMemory) searches an in-memory index and
-- does not need it; maintaining it makes PutDocument several times dearer
-- (BenchmarkPutDocument, docs/storage.md), so it is maintained only once a
-- store has been opened with LexicalFTS5: that Open backfills it and sets
-- meta.fts = 1, and from then on every write transaction (PutDocument,
-- DeleteDocument, in either mode and any process) updates it beside the
-- chunks. That is done in Go (documents.go), not by triggers: a trigger
-- costs even when its WHEN clause is false.

-- +goose Up
-- +goose StatementBegin
ALTER TABLE meta ADD COLUMN fts INTEGER NOT NULL DEFAULT 0 CHECK (fts IN (0, 1));
-- +goose StatementEnd

-- Contentless: the terms live in chunks only; FTS5 keeps the inverted index
-- (with positions, which bm25's term frequency needs) and the row lengths.
-- contentless_delete lets a write delete entries by rowid: with per-row
-- maintenance PutDocument measured 55 CPU-ms with it against 95 with an
-- external-content table, whose 'delete' command re-tokenizes the old terms.
-- The terms are already analysed and space-joined, so the tokenizer must
-- only split on spaces: the ascii tokenizer with every printable ASCII
-- punctuation character as a token character (non-ASCII bytes are token
-- characters already). It folds A-Z to a-z; analysed terms are lower case.
-- ASCII control characters still separate; analysed terms hold none.
-- +goose StatementBegin
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii tokenchars ''!"#$%&''''()*+,-./:;<=>?@[\]^_`{|}~'''
);
-- +goose StatementEnd

-- +goose Down
DROP TABLE chunks_fts;
ALTER TABLE meta DROP COLUMN fts;
