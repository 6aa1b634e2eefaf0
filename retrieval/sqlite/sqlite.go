// Package sqlite is the embedded default retrieval.Store: one SQLite file
// (pure-Go driver modernc.org/sqlite, no cgo) holding documents, chunks with
// their analysed terms and embeddings, searched through an in-memory index
// built from the current chunks: BM25 over an inverted index for the
// lexical list, an exact parallel cosine scan for the dense list.
// See docs/storage.md.
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
	_ "modernc.org/sqlite" // registers driver "sqlite"

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
}

// statements are the per-search queries, prepared once on the reader pool:
// parsing them per search cost more than running them on a small corpus.
type statements struct {
	generation *sql.Stmt
	fetch      *sql.Stmt
}

func (st *statements) prepare(ctx context.Context, db *sql.DB) error {
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
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err,
			"Map voor de database kan niet worden gemaakt (cannot create database directory)")
	}
	s := &Store{path: path, now: opts.Now}
	var err error
	if s.writer, err = openWriter(ctx, path); err != nil {
		return nil, err
	}
	if s.readers, err = openReaders(ctx, path, opts.Readers); err != nil {
		s.writer.Close()
		return nil, err
	}
	if err := s.stmts.prepare(ctx, s.readers); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
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
		db.Close()
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
		db.Close()
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
	return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Opslag niet bereikbaar (store unavailable)")
}

// Path returns the database file path.
func (s *Store) Path() string { return s.path }

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

// Close closes the prepared statements and both connection pools.
func (s *Store) Close() error {
	var errs []error
	for _, stmt := range []*sql.Stmt{s.stmts.generation, s.stmts.fetch} {
		if stmt != nil {
			errs = append(errs, stmt.Close())
		}
	}
	return errors.Join(append(errs, s.readers.Close(), s.writer.Close())...)
}
