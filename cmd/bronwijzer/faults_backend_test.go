package main

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// faultBackend is one store as the fault tests drive it: configuration,
// raw state, and a way to stop a writer inside its write transaction.
type faultBackend interface {
	Config() Config
	Global() []string // the CLI's global options for this store
	State(t *testing.T, docID string) storeState
	// InstallPause makes the next write of chunk ordinal of docID stop
	// inside the write transaction.
	InstallPause(t *testing.T, docID string, ordinal int)
	// AwaitPaused returns once c is stopped at the pause.
	AwaitPaused(t *testing.T, c *child)
	// ReleasePause lets a paused writer go on; after a kill, it waits
	// until the database has ended the dead writer's transaction.
	ReleasePause(t *testing.T, children ...*child)
	RemovePause(t *testing.T)
	// HelperMode is the child mode for concurrent ingests: the embedded
	// store needs the "put" announcement (see concurrentWriters).
	HelperMode() string
}

// faultBackends returns the embedded store and, when a server can be had,
// PostgreSQL (a throwaway cluster, or TEST_DATABASE_URL), each a fresh
// store for the (sub)test that opens it. The PostgreSQL server is started
// once for t and its subtests.
func faultBackends(t *testing.T) map[string]func(t *testing.T) faultBackend {
	var srv *pgtest.Server
	return map[string]func(t *testing.T) faultBackend{
		"sqlite": func(st *testing.T) faultBackend { return &sqliteBackend{dir: st.TempDir()} },
		"postgres": func(st *testing.T) faultBackend {
			if srv == nil {
				s, err := pgtest.Start()
				if err != nil {
					st.Fatalf("start PostgreSQL: %v", err)
				}
				srv = s
				t.Cleanup(func() { srv.Stop() })
			}
			return &pgBackend{url: srv.Database(st)}
		},
	}
}

type sqliteBackend struct{ dir string }

func (b *sqliteBackend) path() string { return filepath.Join(b.dir, "bronwijzer.db") }

func (b *sqliteBackend) Config() Config {
	cfg := testConfig(b.dir)
	cfg.Registry, cfg.AllowUnverified = "", true
	return cfg
}

func (b *sqliteBackend) Global() []string   { return []string{"--data-dir", b.dir, "--registry", ""} }
func (b *sqliteBackend) HelperMode() string { return "ingest-signal" }

func (b *sqliteBackend) State(t *testing.T, id string) storeState {
	return sqliteState(t, b.path(), id)
}

// InstallPause adds a trigger calling fault_pause, the function the helper
// process registers with the SQLite driver: it blocks that process inside
// its IMMEDIATE write transaction.
func (b *sqliteBackend) InstallPause(t *testing.T, id string, ordinal int) {
	sqliteExec(t, b.path(), fmt.Sprintf(`CREATE TRIGGER fault_pause BEFORE INSERT ON chunks
		WHEN NEW.document_id = '%s' AND NEW.ordinal = %d BEGIN SELECT fault_pause(); END`, id, ordinal))
}

func (b *sqliteBackend) AwaitPaused(t *testing.T, c *child) { c.await(t, "paused") }

func (b *sqliteBackend) ReleasePause(t *testing.T, children ...*child) {
	for _, c := range children {
		if !c.exited() {
			fmt.Fprintln(c.stdin)
		}
	}
}

func (b *sqliteBackend) RemovePause(t *testing.T) {
	sqliteExec(t, b.path(), `DROP TRIGGER fault_pause`)
}

// pgBackend pauses writers with a trigger that waits for an advisory lock
// the test holds; pg_locks shows when a writer waits for it.
type pgBackend struct {
	url    string
	holder *pgx.Conn
	paused int // backend pid of the paused writer
}

const pauseLock = 70070007

func (b *pgBackend) Config() Config {
	cfg := testConfig(b.url)
	cfg.DatabaseURL, cfg.Registry, cfg.AllowUnverified = b.url, "", true
	return cfg
}

func (b *pgBackend) Global() []string   { return []string{"--database-url", b.url, "--registry", ""} }
func (b *pgBackend) HelperMode() string { return "ingest" }

func (b *pgBackend) conn(t *testing.T) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, b.url)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (b *pgBackend) exec(t *testing.T, c *pgx.Conn, sql string, args ...any) {
	t.Helper()
	if _, err := c.Exec(context.Background(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func (b *pgBackend) State(t *testing.T, id string) storeState {
	c := b.conn(t)
	defer c.Close(context.Background())
	ctx := context.Background()
	st := storeState{Chunks: map[int]int{}}
	if err := c.QueryRow(ctx, `SELECT COALESCE((SELECT current_version FROM documents WHERE id = $1), 0),
		(SELECT count(*) FROM versions WHERE document_id = $1)`, id).Scan(&st.Current, &st.Versions); err != nil {
		t.Fatal(err)
	}
	rows, err := c.Query(ctx, `SELECT version, count(*) FROM chunks WHERE document_id = $1 GROUP BY version`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var v, n int
		if err := rows.Scan(&v, &n); err != nil {
			t.Fatal(err)
		}
		st.Chunks[v] = n
	}
	return st
}

func (b *pgBackend) InstallPause(t *testing.T, id string, ordinal int) {
	b.holder = b.conn(t)
	t.Cleanup(func() { b.holder.Close(context.Background()) })
	b.exec(t, b.holder, `SELECT pg_advisory_lock($1)`, pauseLock)
	b.exec(t, b.holder, fmt.Sprintf(`CREATE FUNCTION fault_pause() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN PERFORM pg_advisory_lock(%d); PERFORM pg_advisory_unlock(%d); RETURN NEW; END $$`, pauseLock, pauseLock))
	b.exec(t, b.holder, fmt.Sprintf(`CREATE TRIGGER fault_pause BEFORE INSERT ON chunks FOR EACH ROW
		WHEN (NEW.document_id = '%s' AND NEW.ordinal = %d) EXECUTE FUNCTION fault_pause()`, id, ordinal))
}

func (b *pgBackend) AwaitPaused(t *testing.T, c *child) {
	b.paused = 0
	poll(t, "a writer waiting at the pause", c, func() bool {
		err := b.holder.QueryRow(context.Background(), `SELECT pid FROM pg_locks
			WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`, pauseLock).Scan(&b.paused)
		return err == nil
	})
}

func (b *pgBackend) ReleasePause(t *testing.T, children ...*child) {
	b.exec(t, b.holder, `SELECT pg_advisory_unlock($1)`, pauseLock)
	if b.paused == 0 {
		return
	}
	poll(t, "the dead writer's backend to end", nil, func() bool {
		var n int
		err := b.holder.QueryRow(context.Background(), `SELECT count(*) FROM pg_stat_activity WHERE pid = $1`, b.paused).Scan(&n)
		return err == nil && n == 0
	})
}

func (b *pgBackend) RemovePause(t *testing.T) {
	b.exec(t, b.holder, `DROP TRIGGER fault_pause ON chunks`)
	b.exec(t, b.holder, `DROP FUNCTION fault_pause()`)
}

// poll checks cond every 20 ms until it holds, failing the test when the
// fault deadline passes or (when c is given) the child exits first.
func poll(t *testing.T, what string, c *child, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(faultDeadline)
	for !cond() {
		if c != nil && c.exited() {
			t.Fatalf("child exited while waiting for %s:\n%s", what, c.output())
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %s", what, faultDeadline)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
