package pgscratch

import (
	"context"
	"strings"
	"testing"
)

func TestWithDatabase(t *testing.T) {
	got, err := WithDatabase("postgres://u:p@127.0.0.1:5432/postgres?sslmode=disable", "bw_test_ab")
	if err != nil {
		t.Fatal(err)
	}
	if want := "postgres://u:p@127.0.0.1:5432/bw_test_ab?sslmode=disable"; got != want {
		t.Errorf("WithDatabase = %q, want %q", got, want)
	}
	if _, err := WithDatabase("mysql://127.0.0.1/x", "y"); err == nil {
		t.Error("a non-postgres URL was accepted")
	}
}

// A URL that is no postgres:// URL fails before anything is created.
func TestCreateRejectsOtherURLs(t *testing.T) {
	_, drop, err := Create(context.Background(), "http://127.0.0.1:5432/postgres", "bw_test")
	if err == nil || drop != nil || !strings.Contains(err.Error(), "postgres://") {
		t.Errorf("Create = drop %v, err %v; want a postgres:// URL error and no drop", drop != nil, err)
	}
}
