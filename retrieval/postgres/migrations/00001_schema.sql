-- Schema of the PostgreSQL store. Only the current version of a document has
-- chunks; older versions keep their metadata row as history.
--
-- The embedding column is created untyped: its dimension depends on the
-- configured embedder (384 for the default local embedder). The first
-- PutDocument fixes it to vector(D) and builds the HNSW index in the same
-- transaction (see ensureDim in put.go), so no migration has to know D.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS vector;

-- One row: the embedder and dimension of the stored vectors.
CREATE TABLE store_meta (
	id       boolean PRIMARY KEY DEFAULT true CHECK (id),
	embedder text    NOT NULL DEFAULT '',
	dim      integer NOT NULL DEFAULT 0
);
INSERT INTO store_meta DEFAULT VALUES;

-- Corpus statistics for BM25 (ranked exactly as the embedded store's FTS5
-- bm25()): chunk count and total term count, kept apart from store_meta so
-- ingest's row locks on the two never interleave.
CREATE TABLE corpus_stats (
	id       boolean PRIMARY KEY DEFAULT true CHECK (id),
	n_chunks bigint  NOT NULL DEFAULT 0,
	n_terms  bigint  NOT NULL DEFAULT 0
);
INSERT INTO corpus_stats DEFAULT VALUES;

-- Document frequency of every analysed term: in how many current chunks it
-- occurs. Maintained by ingest and delete in their transactions.
CREATE TABLE term_df (
	term text    PRIMARY KEY,
	df   integer NOT NULL
);

CREATE TABLE documents (
	id              text    PRIMARY KEY,
	current_version integer NOT NULL
);

CREATE TABLE versions (
	document_id text        NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	version     integer     NOT NULL CHECK (version > 0),
	title       text        NOT NULL,
	publisher   text        NOT NULL,
	published   text        NOT NULL,
	url         text        NOT NULL,
	license     text        NOT NULL,
	source_file text        NOT NULL,
	sha256      text        NOT NULL,
	media_type  text        NOT NULL,
	verified    boolean     NOT NULL,
	pages       integer     NOT NULL,
	chunks      integer     NOT NULL,
	bytes       bigint      NOT NULL,
	embedder    text        NOT NULL,
	ingested_at timestamptz NOT NULL,
	-- Two processes ingesting the same document cannot both create version N.
	PRIMARY KEY (document_id, version)
);

CREATE TABLE chunks (
	document_id text    NOT NULL,
	version     integer NOT NULL,
	ordinal     integer NOT NULL,
	page_start  integer NOT NULL,
	page_end    integer NOT NULL,
	section     text    NOT NULL,
	text        text    NOT NULL,
	char_start  integer NOT NULL,
	char_end    integer NOT NULL,
	-- Copied from the version so filtered searches read one table.
	verified    boolean NOT NULL,
	-- The project's own analyser output (retrieval/analysis), in order.
	terms       text[]  NOT NULL,
	n_terms     integer NOT NULL, -- BM25's chunk length
	-- The full-text column: exactly the analyser's terms as lexemes with
	-- their positions, built by the store (not by a text search
	-- configuration: the built-in 'dutch' one neither folds accents nor
	-- splits compounds, and even 'simple' would re-split terms such as
	-- "covid-19"). Queries use quoted lexemes, so both sides agree.
	tsv         tsvector NOT NULL,
	embedding   vector,
	PRIMARY KEY (document_id, version, ordinal),
	FOREIGN KEY (document_id, version) REFERENCES versions (document_id, version) ON DELETE CASCADE
);

CREATE INDEX chunks_tsv_idx ON chunks USING gin (tsv);

-- Lexical ranking reads tsv of every candidate row: keep it in the row
-- (MAIN: moved out of line last), while the toaster moves the wide columns
-- search does not read per candidate (terms, text, embedding) out of line.
-- Thin rows keep the candidates of a query on few pages.
ALTER TABLE chunks ALTER COLUMN tsv SET STORAGE MAIN;

-- +goose Down
DROP TABLE chunks;
DROP TABLE versions;
DROP TABLE documents;
DROP TABLE store_meta;
DROP TABLE corpus_stats;
DROP TABLE term_df;
