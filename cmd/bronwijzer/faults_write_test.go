package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storeWriteFailed is the message of a file whose store write failed.
const storeWriteFailed = "opslaan is mislukt; van dit bestand is niets opgeslagen (store write failed)"

// A statement failing in the middle of a file's write transaction (a
// trigger raising "disk full" on one of its chunks) fails that file with
// the Dutch message and exit status 1; its previous version stays whole and
// the other files of the batch are stored.
func TestFaultWriteFailsMidTransaction(t *testing.T) {
	for name, open := range faultBackends(t) {
		t.Run(name, func(t *testing.T) {
			b := open(t)
			dir := t.TempDir()
			files := map[string]string{}
			for _, n := range []string{"astma", "copd", "diabetes"} {
				files[n] = filepath.Join(dir, n+".md")
				guideline(t, files[n], 1, 60)
			}
			runCLI(t, exitOK, append(append([]string{"ingest"}, b.Global()...), dir)...)
			n1 := chunksOf(t, files["copd"])
			for _, n := range []string{"copd", "diabetes"} {
				guideline(t, files[n], 2, 80)
			}
			n2 := chunksOf(t, files["diabetes"])
			failChunkWrites(t, b, "copd", 40)

			out := runCLI(t, exitFail, append(append([]string{"ingest"}, b.Global()...), dir)...)
			if !strings.Contains(out, "MISLUKT     "+files["copd"]+": ") || !strings.Contains(out, storeWriteFailed) || !strings.Contains(out, "(injected)") {
				t.Errorf("no Dutch failure line with the cause for copd.md:\n%s", out)
			}
			if !strings.Contains(out, "→ diabetes v2") || !strings.Contains(out, "ongewijzigd "+files["astma"]) {
				t.Errorf("the other files were not ingested:\n%s", out)
			}
			checkWhole(t, b.Config(), b.State(t, "copd"), "copd", 1, n1)
			checkWhole(t, b.Config(), b.State(t, "diabetes"), "diabetes", 2, n2)
		})
	}
}

// failChunkWrites installs a trigger that fails the write of chunk ordinal
// of docID as a full disk does.
func failChunkWrites(t *testing.T, b faultBackend, docID string, ordinal int) {
	t.Helper()
	switch b := b.(type) {
	case *sqliteBackend:
		sqliteExec(t, b.path(), fmt.Sprintf(`CREATE TRIGGER fault_disk_full BEFORE INSERT ON chunks
			WHEN NEW.document_id = '%s' AND NEW.ordinal = %d BEGIN SELECT RAISE(ABORT, 'database or disk is full (injected)'); END`, docID, ordinal))
	case *pgBackend:
		c := b.conn(t)
		defer c.Close(context.Background())
		b.exec(t, c, `CREATE FUNCTION fault_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN RAISE EXCEPTION 'could not extend file: No space left on device (injected)' USING ERRCODE = 'disk_full'; END $$`)
		b.exec(t, c, fmt.Sprintf(`CREATE TRIGGER fault_disk_full BEFORE INSERT ON chunks FOR EACH ROW
			WHEN (NEW.document_id = '%s' AND NEW.ordinal = %d) EXECUTE FUNCTION fault_disk_full()`, docID, ordinal))
	default:
		t.Fatalf("unknown backend %T", b)
	}
}

// A PostgreSQL role that may read but not write: every file fails with
// the message and exit status 1, nothing is stored, nothing crashes.
func TestFaultPostgresRoleWithoutInsert(t *testing.T) {
	b := faultBackends(t)["postgres"](t).(*pgBackend)
	dir := t.TempDir()
	guideline(t, filepath.Join(dir, "astma.md"), 1, 30)
	guideline(t, filepath.Join(dir, "copd.md"), 1, 30)
	runCLI(t, exitOK, append([]string{"migrate"}, b.Global()...)...)
	c := b.conn(t)
	defer c.Close(context.Background())
	b.exec(t, c, `DO $$ BEGIN
		IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bw_fault_reader') THEN CREATE ROLE bw_fault_reader LOGIN; END IF;
		END $$`)
	b.exec(t, c, `GRANT USAGE ON SCHEMA public TO bw_fault_reader`)
	b.exec(t, c, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO bw_fault_reader`)
	t.Cleanup(func() {
		c := b.conn(t)
		defer c.Close(context.Background())
		c.Exec(context.Background(), `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM bw_fault_reader`) //nolint:errcheck // the database is dropped anyway
		c.Exec(context.Background(), `REVOKE ALL ON SCHEMA public FROM bw_fault_reader`)               //nolint:errcheck
	})
	u, err := url.Parse(b.url)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User("bw_fault_reader")

	var out, errOut bytes.Buffer
	code := Run(context.Background(), []string{"ingest", "--database-url", u.String(), "--registry", "", dir}, nil, &out, &errOut)
	t.Logf("exit %d\n%s%s", code, out.String(), errOut.String())
	if code != exitFail {
		t.Fatalf("exit %d, want %d", code, exitFail)
	}
	for _, f := range []string{"astma.md", "copd.md"} {
		if !strings.Contains(out.String(), "MISLUKT     "+filepath.Join(dir, f)+": ") {
			t.Errorf("no failure line for %s", f)
		}
	}
	if !strings.Contains(out.String(), storeWriteFailed) || !strings.Contains(out.String(), "permission denied") {
		t.Errorf("failure lines lack the message or the cause:\n%s", out.String())
	}
	for _, id := range []string{"astma", "copd"} {
		if st := b.State(t, id); st.Versions != 0 || len(st.Chunks) != 0 {
			t.Errorf("%s: %+v stored by a role without INSERT", id, st)
		}
	}
}

// A data directory that cannot be created (its parent is a regular file;
// permission bits do not stop root, this does) fails the ingest with the
// Dutch message and exit status 1 before any file is read.
func TestFaultDataDirectoryNotWritable(t *testing.T) {
	parent := filepath.Join(t.TempDir(), "regular-file")
	if err := os.WriteFile(parent, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "astma.md")
	guideline(t, file, 1, 5)
	var out, errOut bytes.Buffer
	code := Run(context.Background(), []string{"ingest", "--data-dir", filepath.Join(parent, "data"), "--registry", "", file}, nil, &out, &errOut)
	if code != exitFail {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFail, out.String(), errOut.String())
	}
	const msg = "Map voor de database kan niet worden gemaakt (cannot create database directory)"
	if !strings.Contains(errOut.String(), msg) {
		t.Errorf("stderr %q lacks %q", errOut.String(), msg)
	}
}
