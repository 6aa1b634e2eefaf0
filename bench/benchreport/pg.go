package benchreport

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// LocalPostgres is tried when neither BENCH_DATABASE_URL nor
// TEST_DATABASE_URL is set: the development machines' server.
const LocalPostgres = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Postgres is a reachable server on which the report creates scratch
// databases (with the vector extension) and drops them afterwards. It is
// not retrieval/postgres/pgtest: that package hands out databases only to a
// testing.TB and keeps its admin URL unexported, so a program cannot use it.
type Postgres struct {
	AdminURL string
	Version  string // server_version
	Pgvector string // available vector extension version
}

// FindPostgres returns the server to use and, when there is none, the
// reason (the report prints "skipped: <reason>").
func FindPostgres(ctx context.Context, explicit string) (*Postgres, string) {
	u, from := explicit, "-database-url"
	for _, env := range []string{"BENCH_DATABASE_URL", "TEST_DATABASE_URL"} {
		if u == "" {
			u, from = os.Getenv(env), env
		}
	}
	if u == "" {
		u, from = LocalPostgres, "the local server at 127.0.0.1:5432"
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return nil, fmt.Sprintf("no PostgreSQL reachable (%s): %v", from, oneLine(err))
	}
	defer conn.Close(context.WithoutCancel(ctx))
	p := &Postgres{AdminURL: u}
	if err := conn.QueryRow(ctx, "SHOW server_version").Scan(&p.Version); err != nil {
		return nil, fmt.Sprintf("PostgreSQL (%s): %v", from, oneLine(err))
	}
	err = conn.QueryRow(ctx, "SELECT default_version FROM pg_available_extensions WHERE name = 'vector'").Scan(&p.Pgvector)
	if err != nil {
		return nil, fmt.Sprintf("PostgreSQL %s (%s) has no pgvector extension available (scripts/install-pgvector.sh)", p.Version, from)
	}
	return p, ""
}

// Scratch creates a database with the vector extension and returns its URL
// and a function that drops it.
func (p *Postgres) Scratch(ctx context.Context, label string) (string, func(), error) {
	b := make([]byte, 4)
	rand.Read(b) //nolint:errcheck // never fails
	name := "bw_bench_" + label + "_" + hex.EncodeToString(b)
	if err := p.exec(ctx, p.AdminURL, "CREATE DATABASE "+name); err != nil {
		return "", nil, fmt.Errorf("create scratch database: %w", err)
	}
	drop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		p.exec(ctx, p.AdminURL, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") //nolint:errcheck // best effort
	}
	pu, err := url.Parse(p.AdminURL)
	if err != nil {
		drop()
		return "", nil, err
	}
	pu.Path = "/" + name
	dbURL := pu.String()
	if err := p.exec(ctx, dbURL, "CREATE EXTENSION IF NOT EXISTS vector"); err != nil {
		drop()
		return "", nil, fmt.Errorf("create extension vector: %w", err)
	}
	return dbURL, drop, nil
}

// DatabaseSize is pg_database_size of the database at u, in bytes.
func DatabaseSize(ctx context.Context, u string) (int64, error) {
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return 0, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var n int64
	err = conn.QueryRow(ctx, "SELECT pg_database_size(current_database())").Scan(&n)
	return n, err
}

func (p *Postgres) exec(ctx context.Context, u, sql string) error {
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql)
	return err
}

func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

func vecLiteral(v []float32) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatFloat(float64(x), 'g', -1, 32))
	}
	b.WriteByte(']')
	return b.String()
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
