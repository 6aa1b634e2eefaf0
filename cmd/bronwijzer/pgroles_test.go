package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// TestLeastPrivilegeRoles checks the two roles docs/postgres.md documents:
// an owner role that runs `migrate` and the first ingest (which create and
// drop indexes), and an application role with only SELECT, INSERT, UPDATE
// and DELETE that serves, audits and ingests later documents, and cannot
// change the schema or the migration history.
func TestLeastPrivilegeRoles(t *testing.T) {
	pg, err := pgtest.Start()
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() { pg.Stop() })
	pg.Skip(t)
	suffix := randomSuffix(t)
	owner, app := "bw_owner_"+suffix, "bw_app_"+suffix
	// Registered before Database, so it runs after the database is dropped.
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		for _, r := range []string{app, owner} {
			if err := pg.Exec(ctx, "DROP ROLE IF EXISTS "+r); err != nil {
				t.Logf("drop role %s: %v", r, err)
			}
		}
	})
	admin := pg.Database(t) // a fresh database with pgvector, as superuser
	ctx := context.Background()
	for _, r := range []string{owner, app} {
		if err := pg.Exec(ctx, "CREATE ROLE "+r+" LOGIN PASSWORD '"+r+"'"); err != nil {
			t.Fatal(err)
		}
	}
	dbName := strings.TrimPrefix(mustParseURL(t, admin).Path, "/")
	// The setup an operator runs once as superuser (docs/postgres.md).
	execAs(t, admin,
		"ALTER DATABASE "+dbName+" OWNER TO "+owner,
		"REVOKE ALL ON SCHEMA public FROM PUBLIC",
		"GRANT USAGE, CREATE ON SCHEMA public TO "+owner,
		"GRANT USAGE ON SCHEMA public TO "+app,
		"ALTER DEFAULT PRIVILEGES FOR ROLE "+owner+" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "+app,
		"ALTER DEFAULT PRIVILEGES FOR ROLE "+owner+" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "+app,
	)
	ownerURL, appURL := asRole(t, admin, owner), asRole(t, admin, app)

	// cli runs `bronwijzer WORDS... --database-url URL ... REST...`.
	cli := func(dbURL string, words int, args ...string) (int, string) {
		var out bytes.Buffer
		full := append(append(append([]string{}, args[:words]...), "--database-url", dbURL, "--registry", repoPath("corpus/sources.json")), args[words:]...)
		code := Run(ctx, full, nil, &out, &out)
		return code, out.String()
	}
	for _, args := range [][]string{{"migrate"}, {"ingest", repoPath("corpus")}} {
		if code, out := cli(ownerURL, 1, args...); code != exitOK {
			t.Fatalf("%v as owner: exit %d\n%s", args, code, out)
		}
	}
	// After migrations the application role may not rewrite their history.
	execAs(t, ownerURL, "REVOKE INSERT, UPDATE, DELETE ON bronwijzer_schema_version FROM "+app)

	// serve as the application role: startup migration check, search, an
	// audited answer.
	cfg := testConfig(t.TempDir())
	cfg.DatabaseURL = appURL
	base, err := startServer(cfg)
	if err != nil {
		t.Fatalf("serve as %s: %v", app, err)
	}
	var ask struct {
		Answer string `json:"answer"`
	}
	if code := postJSON(t, base+"/v1/ask", map[string]any{"question": "Hoeveel huisartsenpraktijken gebruiken AI voor triage?"}, &ask); code != http.StatusOK || ask.Answer == "" {
		t.Fatalf("ask as %s: status %d, answer %q", app, code, ask.Answer)
	}
	if code, out := cli(appURL, 2, "audit", "export"); code != exitOK || !strings.Contains(out, "triage") {
		t.Errorf("audit export as %s: exit %d, want the answer's record:\n%s", app, code, out)
	}
	// A later ingest (a new document in a non-empty store) needs no DDL.
	doc := t.TempDir() + "/griep.md"
	if err := os.WriteFile(doc, []byte("# Griep\n\nBij griep adviseert de huisarts rust en paracetamol bij koorts.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out := cli(appURL, 1, "ingest", doc); code != exitOK {
		t.Errorf("ingest of a new document as %s: exit %d\n%s", app, code, out)
	}
	// What the application role must not do.
	for _, sql := range []string{
		"DROP TABLE chunks", "CREATE TABLE evil (x int)", "TRUNCATE audit_log",
		"ALTER TABLE documents ADD COLUMN evil int", "DELETE FROM bronwijzer_schema_version",
	} {
		if err := execOne(ctx, appURL, sql); err == nil || !strings.Contains(err.Error(), "42501") && !strings.Contains(err.Error(), "must be owner") {
			t.Errorf("%s as %s: %v; want a permission error", sql, app, err)
		}
	}
}

func randomSuffix(t *testing.T) string {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b[:])
}

func mustParseURL(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// asRole is dbURL with the role's user name and password.
func asRole(t *testing.T, dbURL, role string) string {
	u := mustParseURL(t, dbURL)
	u.User = url.UserPassword(role, role)
	return u.String()
}

func execAs(t *testing.T, dbURL string, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if err := execOne(context.Background(), dbURL, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func execOne(ctx context.Context, dbURL, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql)
	return err
}
