-- Schema of the embedded store. See docs/storage.md.

-- +goose Up

-- meta is a single row: the write generation (bumped by every write
-- transaction, so readers can tell whether their in-memory dense matrix is
-- stale) and the embedder whose vectors the store holds.
CREATE TABLE meta (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    generation INTEGER NOT NULL,
    embedder   TEXT    NOT NULL, -- '' until the first chunks are stored
    dimension  INTEGER NOT NULL  -- 0 until the first chunks are stored
) STRICT;
INSERT INTO meta (singleton, generation, embedder, dimension) VALUES (1, 0, '', 0);

-- documents keeps one row per stored version. Exactly one row per id is
-- current; older rows stay as history (their chunks are deleted) so a
-- citation of an earlier version can still be traced to its metadata.
CREATE TABLE documents (
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    current     INTEGER NOT NULL CHECK (current IN (0, 1)),
    title       TEXT    NOT NULL,
    publisher   TEXT    NOT NULL,
    published   TEXT    NOT NULL,
    url         TEXT    NOT NULL,
    license     TEXT    NOT NULL,
    source_file TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    verified    INTEGER NOT NULL CHECK (verified IN (0, 1)),
    pages       INTEGER NOT NULL,
    chunks      INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    embedder    TEXT    NOT NULL,
    ingested_at TEXT    NOT NULL, -- RFC 3339, UTC, microseconds
    PRIMARY KEY (id, version)
) STRICT;
CREATE UNIQUE INDEX documents_one_current ON documents (id) WHERE current = 1;

-- chunks holds the current version's chunks only. terms is the space-joined
-- analysed tokens and embedding the vector as little-endian float32; both
-- are searched from an in-memory index built from this table (see
-- docs/storage.md for why not FTS5).
CREATE TABLE chunks (
    id          INTEGER PRIMARY KEY,
    document_id TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    page_start  INTEGER NOT NULL,
    page_end    INTEGER NOT NULL,
    section     TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    terms       TEXT    NOT NULL,
    embedding   BLOB    NOT NULL,
    UNIQUE (document_id, version, ordinal),
    FOREIGN KEY (document_id, version) REFERENCES documents (id, version) ON DELETE CASCADE
) STRICT;

-- +goose Down
DROP TABLE chunks;
DROP TABLE documents;
DROP TABLE meta;
