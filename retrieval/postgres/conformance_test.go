package postgres_test

import (
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
)

// TestConformance runs the suite shared with the embedded store: a store
// that passes it is interchangeable with retrieval/sqlite.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) retrieval.Store {
		s, _ := open(t, postgres.Options{})
		return s
	})
}
