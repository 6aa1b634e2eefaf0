package postgres_test

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
)

// TestAdminConformance runs the keys, audit and files suite shared with the
// embedded store.
func TestAdminConformance(t *testing.T) {
	storetest.RunAdmin(t, func(t *testing.T) storetest.AdminStore {
		s, _ := open(t, postgres.Options{})
		return s
	})
}
