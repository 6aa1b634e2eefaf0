package benchreport

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgscratch"
)

// LocalPostgres is tried when neither BENCH_DATABASE_URL nor
// TEST_DATABASE_URL is set: the development machines' server.
const LocalPostgres = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Postgres is a reachable server on which the report creates scratch
// databases (with the vector extension, retrieval/postgres/pgscratch, as the
// tests do) and drops them afterwards.
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
// and a function that drops it (best effort).
func (p *Postgres) Scratch(ctx context.Context, label string) (string, func(), error) {
	dbURL, drop, err := pgscratch.Create(ctx, p.AdminURL, "bw_bench_"+label)
	if err != nil {
		return "", nil, err
	}
	return dbURL, func() { _ = drop() }, nil
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
