// Package postgres is the PostgreSQL + pgvector implementation of
// retrieval.Store, the production backend for organisations that run several
// stateless API replicas against one database.
//
// Lexical search uses a tsvector over the project's own analyser output with a
// GIN index; dense search uses an HNSW index (cosine) on a vector(D) column.
// Fusion happens in retrieval.Searcher, shared with the embedded store, so both
// stores rank alike.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	pgxvec "github.com/pgvector/pgvector-go/pgx"
)

// Options configure a Store. Zero values take the defaults below.
type Options struct {
	// Dim, when set, is the embedding dimension every ingested vector must
	// have (EINVALID otherwise). Zero: the first ingested document fixes it.
	Dim int
	// EfSearch is hnsw.ef_search for dense search, raised to the requested
	// limit when that is larger. Default 200: recall@10 0.948–0.98 against
	// exact search at 100k chunks, where 100 gives 0.90–0.97 (docs/postgres.md).
	EfSearch int
	// MaxConns caps the pool. Default 10: enough for one API replica; with
	// many replicas put PgBouncer in front (docs/postgres.md).
	MaxConns int32
	// ConnectTimeout bounds establishing one connection. Default 5s, so an
	// unreachable database fails a request quickly with EUNAVAILABLE.
	ConnectTimeout time.Duration
	// HealthCheckPeriod is how often idle connections are checked and
	// replaced. Default 30s.
	HealthCheckPeriod time.Duration
	// HNSWM and HNSWEfConstruction are the HNSW build parameters (pgvector's
	// m and ef_construction) used whenever the store builds the index.
	// Defaults 16 and 64, pgvector's own: see docs/postgres.md for the
	// build-time and recall figures behind them.
	HNSWM              int
	HNSWEfConstruction int
	// MaintenanceWorkMem is maintenance_work_mem (a PostgreSQL memory
	// setting such as "1GB") for the transactions that build indexes, set
	// with set_config(…, true) so it never leaks to the pool. Default
	// "1GB": an in-memory HNSW graph of 100,000 384-dimensional vectors
	// needs about 250 MB, and a build that spills is several times slower.
	MaintenanceWorkMem string
	// SkipMigrate skips running migrations at Open (a separate
	// `bronwijzer migrate` step has run them).
	SkipMigrate bool
}

func (o *Options) setDefaults() {
	if o.EfSearch <= 0 {
		o.EfSearch = 200
	}
	// Out-of-range values (pgvector: 2 ≤ m ≤ 100, 2·m ≤ ef_construction
	// ≤ 1000) fall back to the defaults rather than fail the first ingest.
	if o.HNSWM < 2 || o.HNSWM > 100 {
		o.HNSWM = 16
	}
	if o.HNSWEfConstruction < 2*o.HNSWM || o.HNSWEfConstruction > 1000 {
		o.HNSWEfConstruction = max(64, 2*o.HNSWM)
	}
	if o.MaintenanceWorkMem == "" {
		o.MaintenanceWorkMem = "1GB"
	}
	if o.MaxConns <= 0 {
		o.MaxConns = 10
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 5 * time.Second
	}
	if o.HealthCheckPeriod <= 0 {
		o.HealthCheckPeriod = 30 * time.Second
	}
}

// Store is a retrieval.Store on PostgreSQL with pgvector. It is safe for
// concurrent use by many goroutines and many processes.
type Store struct {
	pool *pgxpool.Pool
	opts Options
	// onPhase, when set (by the benchmark), receives how long each phase
	// of a bulk load took.
	onPhase func(phase string, d time.Duration)
}

var _ retrieval.Store = (*Store)(nil)

// Open connects to the database at url (postgres://…), runs the embedded
// migrations unless opts.SkipMigrate, and returns a Store. An unreachable
// database gives an EUNAVAILABLE error.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	opts.setDefaults()
	cfg, err := poolConfig(url, opts)
	if err != nil {
		return nil, err
	}
	if !opts.SkipMigrate {
		if err := migrate(ctx, cfg.ConnConfig); err != nil {
			return nil, err
		}
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, classify(ctx, err, "open pool")
	}
	s := &Store{pool: pool, opts: opts}
	if err := s.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

func poolConfig(url string, opts Options) (*pgxpool.Config, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// The parse error may echo the URL with its password: keep it out
		// of the message and the cause.
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID,
			"Ongeldige database-URL; verwacht postgres://gebruiker@host:poort/database (invalid database URL)")
	}
	// Settings given in the URL (pool_max_conns=…, connect_timeout=…) win
	// over the defaults.
	if !strings.Contains(url, "pool_max_conns") {
		cfg.MaxConns = opts.MaxConns
	}
	if !strings.Contains(url, "pool_max_conn_lifetime") {
		cfg.MaxConnLifetime = time.Hour
	}
	if !strings.Contains(url, "pool_max_conn_idle_time") {
		cfg.MaxConnIdleTime = 5 * time.Minute
	}
	if !strings.Contains(url, "pool_health_check_period") {
		cfg.HealthCheckPeriod = opts.HealthCheckPeriod
	}
	if !strings.Contains(url, "connect_timeout") {
		cfg.ConnConfig.ConnectTimeout = opts.ConnectTimeout
	}
	if cfg.ConnConfig.RuntimeParams == nil {
		cfg.ConnConfig.RuntimeParams = map[string]string{}
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["application_name"]; !ok {
		cfg.ConnConfig.RuntimeParams["application_name"] = "bronwijzer"
	}
	// Every connection learns the vector type's OID; the extension exists
	// because migrations ran first.
	cfg.AfterConnect = func(ctx context.Context, conn *pgx.Conn) error {
		return pgxvec.RegisterTypes(ctx, conn)
	}
	return cfg, nil
}

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Kind names the store: "postgres".
func (s *Store) Kind() string { return "postgres" }

// Ping reports whether the database answers (EUNAVAILABLE if not).
func (s *Store) Ping(ctx context.Context) error {
	return classify(ctx, s.pool.Ping(ctx), "ping")
}

// PgvectorVersion returns the installed pgvector extension version (for
// /readyz; 0.8.0 has known parallel-HNSW-build bugs, so it is worth seeing).
func (s *Store) PgvectorVersion(ctx context.Context) (string, error) {
	var v string
	err := s.pool.QueryRow(ctx, `SELECT extversion FROM pg_extension WHERE extname = 'vector'`).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "De pgvector-extensie is niet geïnstalleerd (pgvector extension missing)")
	}
	if err != nil {
		return "", classify(ctx, err, "pgvector version")
	}
	return v, nil
}

// inTx runs fn in a transaction, committing when fn returns nil.
func (s *Store) inTx(ctx context.Context, op string, fn func(pgx.Tx) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return classify(ctx, err, op)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // no-op after Commit
	if err := fn(tx); err != nil {
		return classify(ctx, err, op)
	}
	return classify(ctx, tx.Commit(ctx), op)
}

// retryTx is inTx retried (up to 5 attempts) when PostgreSQL aborts the
// transaction for a deadlock or serialisation failure: concurrent ingests
// update shared term statistics, and aborting one of two is how PostgreSQL
// resolves a lock cycle.
func (s *Store) retryTx(ctx context.Context, op string, fn func(pgx.Tx) error) error {
	var err error
	for attempt := range 5 {
		if err = s.inTx(ctx, op, fn); !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 10 * time.Millisecond):
		}
	}
	return err
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

func wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}
