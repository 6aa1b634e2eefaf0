// Package pgscratch creates throwaway PostgreSQL databases with pgvector and
// drops them again: the one way the tests (pgtest), the load generator
// (cmd/loadtest/load) and the benchmark report (bench/benchreport) get a scratch
// database, so a fix to naming, the extension or dropping lands in all three.
// It takes no testing.TB, so programs can use it too.
package pgscratch

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
)

// dropTimeout bounds the drop, which runs on its own context: the caller's
// may already be cancelled when it cleans up.
const dropTimeout = 60 * time.Second

// Create makes the database prefix_<12 hex digits> on the server of
// adminURL (a role allowed to CREATE DATABASE and, for the extension, to
// CREATE EXTENSION vector), creates the vector extension in it, and returns
// its URL and a function that drops it (WITH (FORCE): open connections do
// not keep it). On error nothing is left behind.
func Create(ctx context.Context, adminURL, prefix string) (string, func() error, error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	name := prefix + "_" + hex.EncodeToString(b)
	dbURL, err := WithDatabase(adminURL, name)
	if err != nil {
		return "", nil, err
	}
	if err := Exec(ctx, adminURL, "CREATE DATABASE "+name); err != nil {
		return "", nil, fmt.Errorf("create scratch database: %w", err)
	}
	drop := func() error {
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), dropTimeout)
		defer cancel()
		if err := Exec(dctx, adminURL, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			return fmt.Errorf("drop scratch database %s: %w", name, err)
		}
		return nil
	}
	if err := Exec(ctx, dbURL, "CREATE EXTENSION IF NOT EXISTS vector"); err != nil {
		_ = drop() // best effort; the extension error is the one to report
		return "", nil, fmt.Errorf("create extension vector (is pgvector installed? scripts/install-pgvector.sh): %w", err)
	}
	return dbURL, drop, nil
}

// Exec runs one statement on its own connection to the database at u.
func Exec(ctx context.Context, u, sql string) error {
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql)
	return err
}

// WithDatabase returns the postgres:// URL u with its database name
// replaced.
func WithDatabase(u, name string) (string, error) {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "postgres" && pu.Scheme != "postgresql") {
		return "", fmt.Errorf("database URL must be a postgres:// URL")
	}
	pu.Path = "/" + name
	return pu.String(), nil
}
