-- Terms are compared for equality only (and kept in index order nowhere a
-- user sees), so the postings and term statistics use the "C" collation:
-- byte comparisons instead of the database's libc collation (strcoll) in
-- every index build, lookup and join on term. Measured on the 100,000-chunk
-- benchmark corpus (5.7 million postings, database collation C.UTF-8):
-- building postings_term_idx took 29 s with "C" against 46 s with the
-- default collation, one after the other on the same loaded machine (a
-- database in a language collation such as nl_NL.UTF-8, where strcoll is
-- slower, probably gains more; not measured). Statements that
-- compare these columns with terms from chunks.terms (default collation)
-- say COLLATE "C" explicitly (removeStats).

-- +goose Up
ALTER TABLE postings ALTER COLUMN term TYPE text COLLATE "C";
ALTER TABLE term_df ALTER COLUMN term TYPE text COLLATE "C";

-- +goose Down
ALTER TABLE postings ALTER COLUMN term TYPE text COLLATE "default";
ALTER TABLE term_df ALTER COLUMN term TYPE text COLLATE "default";
