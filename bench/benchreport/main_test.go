package benchreport

import (
	"os"
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// pgServer is the PostgreSQL of the tests: TEST_DATABASE_URL or a
// throwaway cluster (pgtest); without either, PostgreSQL tests skip, and
// fail under CI=true.
var pgServer *pgtest.Server

func TestMain(m *testing.M) {
	os.Exit(pgtest.Main(m, func(s *pgtest.Server) { pgServer = s }))
}
