package sqlite_test

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
)

// TestAdminConformance runs the keys, audit and files suite shared with the
// PostgreSQL store.
func TestAdminConformance(t *testing.T) {
	storetest.RunAdmin(t, func(t *testing.T) storetest.AdminStore { return MustOpen(t) })
}
