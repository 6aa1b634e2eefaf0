// Package sqlite is the embedded default retrieval.Store: one SQLite file
// (pure-Go driver modernc.org/sqlite, no cgo) holding documents, chunks with
// their analysed terms and embeddings, searched through an in-memory index
// built from the current chunks: an exact parallel cosine scan for the
// dense list, and BM25 for the lexical list, over an in-memory inverted
// index (default) or SQLite FTS5 (Options.Lexical). See docs/storage.md.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	msqlite "modernc.org/sqlite" // registers driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// migrations holds the schema. goose runs them at Open. goose was chosen
// over hand-rolled schema versioning because it is maintained, reads
// migrations from an embed.FS, and works on database/sql for both SQLite and
// PostgreSQL, so both stores version their schema the same way.
//
//go:embed migrations/*.sql
var migrations embed.FS

// DefaultReaders is the default size of the reader connection pool.
const DefaultReaders = 4

// busyTimeoutMS is how long a connection waits for a lock before SQLITE_BUSY.
const busyTimeoutMS = 5000

// Options configure Open.
type Options struct {
	// Readers bounds the read-only connection pool; default DefaultReaders.
	Readers int
	// Now is the clock for Document.IngestedAt; default time.Now.
	Now func() time.Time
	// Lexical selects how LexicalSearch ranks; default LexicalMemory.
	// Both compute the same BM25 scores over the same terms
	// (TestLexicalModesAgree). LexicalFTS5 turns the FTS5 index on for
	// good, backfilling it at this Open (about 9 s of CPU at 100,000
	// chunks); from then on every write to the file maintains it.
	//
	// Memory is the default because FTS5's bm25() runs per matching row in
	// the pure-Go SQLite: BenchmarkSearch at 100,000 chunks measured about
	// 200 CPU-ms per lexical query with FTS5 against 3–6 with the
	// in-memory index, and hybrid search 10 times dearer; at corpus size
	// (300 chunks) both are under 1 ms. BenchmarkPutDocument: keeping the
	// FTS5 index costs 27 against 12 CPU-ms per 250-chunk document.
	// Figures and reasoning: docs/storage.md.
	Lexical Lexical
	// Warm loads the in-memory search index in the background at Open, so
	// the first search does not pay for it (about 15 ms at corpus size,
	// seconds at 100,000 chunks: BenchmarkIndexLoad). A search arriving
	// meanwhile waits for that load instead of starting its own. Close
	// cancels it. Servers set it; a one-shot command such as ingest should
	// not, it would load an index it never searches.
	Warm bool
}

// Lexical is a lexical ranking implementation.
type Lexical int

const (
	// LexicalMemory ranks with BM25 over an in-memory inverted index built
	// from chunks.terms (and refreshed per written document).
	LexicalMemory Lexical = iota
	// LexicalFTS5 ranks with SQLite FTS5: chunks_fts MATCH with every term
	// quoted, ORDER BY bm25().
	LexicalFTS5
)

// String returns the name ParseLexical accepts.
func (l Lexical) String() string {
	switch l {
	case LexicalMemory:
		return "memory"
	case LexicalFTS5:
		return "fts5"
	}
	return fmt.Sprintf("Lexical(%d)", int(l))
}

// ParseLexical parses "memory" or "fts5" (as in a configuration file or
// flag); "" is the default, LexicalMemory.
func ParseLexical(s string) (Lexical, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "memory":
		return LexicalMemory, nil
	case "fts5":
		return LexicalFTS5, nil
	}
	return 0, bronwijzer.Errorf(bronwijzer.EINVALID,
		"Onbekende lexicale index %q: kies memory of fts5 (unknown lexical index)", s)
}

// Store is the SQLite implementation of retrieval.Store. It is safe for
// concurrent use. Writes go through a single connection in IMMEDIATE
// transactions; reads use a separate bounded pool of query-only connections
// that, thanks to WAL, never block on the writer and see committed snapshots.
type Store struct {
	path    string
	writer  *sql.DB
	readers *sql.DB
	now     func() time.Time
	cache   snapshotCache
	stmts   statements
	lexical Lexical
	// stopWarm cancels the background index load and waits for it to end;
	// nil without Options.Warm.
	stopWarm func()
}

// statements are the per-search queries, prepared once on the reader pool:
// parsing them per search cost more than running them on a small corpus.
type statements struct {
	generation *sql.Stmt
	fetch      *sql.Stmt
	fts        [4]*sql.Stmt // LexicalFTS5 only; by ftsVariant
}

func (st *statements) prepare(ctx context.Context, db *sql.DB, lexical Lexical) error {
	var err error
	prep := func(query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var stmt *sql.Stmt
		stmt, err = db.PrepareContext(ctx, query)
		return stmt
	}
	st.generation = prep("SELECT generation FROM meta")
	st.fetch = prep(fetchSQL)
	if lexical == LexicalFTS5 {
		for v := range st.fts {
			st.fts[v] = prep(ftsSQL(v))
		}
	}
	if err != nil {
		return fmt.Errorf("prepare statements: %w", err)
	}
	return nil
}

var _ retrieval.Store = (*Store)(nil)

// Open opens (creating if needed) the store at path, a file such as
// ./data/bronwijzer.db, creating its directory and applying migrations.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if err := validatePath(path); err != nil {
		return nil, err
	}
	if opts.Readers <= 0 {
		opts.Readers = DefaultReaders
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Lexical != LexicalMemory && opts.Lexical != LexicalFTS5 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Onbekende lexicale index %v (unknown lexical index)", opts.Lexical)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err,
			"Map voor de database kan niet worden gemaakt (cannot create database directory)")
	}
	s := &Store{path: path, now: opts.Now, lexical: opts.Lexical}
	s.cache.noPostings = opts.Lexical == LexicalFTS5
	var err error
	if s.writer, err = openWriter(ctx, path); err != nil {
		return nil, err
	}
	if opts.Lexical == LexicalFTS5 {
		if err := enableFTS(ctx, s.writer); err != nil {
			_ = s.writer.Close() // the open error is the one to report
			return nil, err
		}
	}
	if s.readers, err = openReaders(ctx, path, opts.Readers); err != nil {
		_ = s.writer.Close() // the open error is the one to report
		return nil, err
	}
	if err := s.stmts.prepare(ctx, s.readers, opts.Lexical); err != nil {
		_ = s.Close() // the open error is the one to report
		return nil, err
	}
	if opts.Warm {
		s.startWarm(ctx)
	}
	return s, nil
}

// enableFTS turns on the maintenance of the FTS5 index (meta.fts, see
// migrations 00012 and 00013) if it is off, indexing the searchable chunks
// stored so far, in one
// IMMEDIATE transaction: no write can slip between the backfill and the
// switch. Once on it stays on, so a store opened with LexicalFTS5 never
// sees an index missing another writer's chunks.
func enableFTS(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return unavailable(err)
	}
	defer tx.Rollback()
	var on bool
	if err := tx.QueryRowContext(ctx, "SELECT fts FROM meta").Scan(&on); err != nil {
		return fmt.Errorf("enable fts5 index: %w", err)
	}
	if on {
		return nil
	}
	for _, q := range []string{
		"INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all')",
		"INSERT INTO chunks_fts (rowid, terms, field_terms) SELECT id, terms, field_terms FROM chunks WHERE searchable = 1",
		"UPDATE meta SET fts = 1",
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("enable fts5 index: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("enable fts5 index: commit: %w", err)
	}
	return nil
}

func validatePath(path string) error {
	switch {
	case strings.TrimSpace(path) == "":
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Geen databasepad opgegeven (empty database path)")
	case strings.ContainsRune(path, '?'), strings.HasPrefix(path, "file:"), strings.Contains(path, ":memory:"):
		// The driver treats '?' as the start of its parameters, and an
		// in-memory database cannot be shared by the writer and reader pools.
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Ongeldig databasepad %q: gebruik een gewoon bestandspad (use a plain file path)", path)
	}
	return nil
}

// openWriter opens the single writer connection and migrates the schema.
// _txlock=immediate makes every transaction take the write lock at BEGIN, so
// the read-check-write in PutDocument cannot race another writer.
// synchronous=NORMAL is safe with WAL: a crash can lose the last commits but
// never corrupts the database.
func openWriter(ctx context.Context, path string) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)"+
		"&_pragma=synchronous(NORMAL)&_txlock=immediate", path, busyTimeoutMS)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite writer: %w", err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := migrate(ctx, db); err != nil {
		_ = db.Close() // the setup error is the one to report
		return nil, err
	}
	return db, nil
}

func openReaders(ctx context.Context, path string, n int) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=query_only(1)",
		path, busyTimeoutMS)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite readers: %w", err)
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close() // the setup error is the one to report
		return nil, unavailable(err)
	}
	return db, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err,
			"Database kan niet worden geopend of bijgewerkt (cannot open or migrate database)")
	}
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return unavailable(err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("sqlite: journal mode is %q, want wal", mode)
	}
	return nil
}

func unavailable(err error) error {
	var se *msqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY {
		// Another process (an ingest, a server) held the write lock for
		// longer than busyTimeoutMS: the database is there, just busy.
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err,
			"De database wordt door een ander proces beschreven en bleef langer dan %d s bezet; probeer het opnieuw (database busy)", busyTimeoutMS/1000)
	}
	return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Opslag niet bereikbaar (store unavailable)")
}

// Path returns the database file path.
func (s *Store) Path() string { return s.path }

// Kind names the store: "sqlite".
func (s *Store) Kind() string { return "sqlite" }

// Ping checks that a reader can query the schema.
func (s *Store) Ping(ctx context.Context) error {
	var gen int64
	if err := s.readers.QueryRowContext(ctx, "SELECT generation FROM meta").Scan(&gen); err != nil {
		return unavailable(err)
	}
	return nil
}

// EmbedderName returns the embedder recorded with the stored vectors, or ""
// when the store holds no chunks.
func (s *Store) EmbedderName(ctx context.Context) (string, error) {
	var name string
	err := s.readers.QueryRowContext(ctx,
		"SELECT embedder FROM meta WHERE EXISTS (SELECT 1 FROM chunks)").Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("embedder name: %w", err)
	}
	return name, nil
}

// startWarm loads the search index in a goroutine that outlives Open's
// ctx (keeping its values) until Close. A failed load is not an error: the
// first search loads the index itself and reports any failure.
func (s *Store) startWarm(ctx context.Context) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.warm(ctx)
	}()
	s.stopWarm = func() {
		cancel()
		<-done
	}
}

func (s *Store) warm(ctx context.Context) {
	tx, err := s.readers.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.StmtContext(ctx, s.stmts.generation).QueryRowContext(ctx).Scan(&gen); err != nil {
		return
	}
	_, _ = s.cache.get(ctx, tx, gen)
}

// Close stops a background index load (Options.Warm), then closes the
// prepared statements and both connection pools.
func (s *Store) Close() error {
	if s.stopWarm != nil {
		s.stopWarm()
	}
	var errs []error
	for _, stmt := range append([]*sql.Stmt{s.stmts.generation, s.stmts.fetch}, s.stmts.fts[:]...) {
		if stmt != nil {
			errs = append(errs, stmt.Close())
		}
	}
	return errors.Join(append(errs, s.readers.Close(), s.writer.Close())...)
}
