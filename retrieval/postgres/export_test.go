package postgres

import (
	"os"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
	"github.com/jackc/pgx/v5/pgxpool"
)

// testServer is the PostgreSQL server of this package's tests (internal and
// external), started once by TestMain.
var testServer *pgtest.Server

func TestMain(m *testing.M) {
	os.Exit(pgtest.Main(m, func(s *pgtest.Server) { testServer = s }))
}

// PGServer exposes the server to the external tests.
func PGServer() *pgtest.Server { return testServer }

// Pool exposes the store's pool to tests (session-state checks).
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// OnBulkPhase has BulkPut report how long each of its phases took.
func (s *Store) OnBulkPhase(f func(phase string, d time.Duration)) { s.onPhase = f }
