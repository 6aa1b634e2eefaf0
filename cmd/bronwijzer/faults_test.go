package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
)

// Fault scenarios of docs/reliability.md, end to end: the real command
// (in-process, or a child process that can be killed) on both stores.

// An ingest killed with SIGKILL in the middle of storing a large version
// leaves the store as it was: the old version whole, or (first ingest, on
// PostgreSQL the bulk load) no trace of the document. A re-run stores the
// new version whole.
func TestFaultIngestKilledMidWrite(t *testing.T) {
	for name, open := range faultBackends(t) {
		for _, old := range []int{0, 1} { // versions stored before the killed ingest
			t.Run(fmt.Sprintf("%s/%d_old_versions", name, old), func(t *testing.T) {
				b := open(t)
				file := filepath.Join(t.TempDir(), "hartfalen.md")
				id := docID(file)
				runCLI(t, exitOK, append([]string{"migrate"}, b.Global()...)...)
				var n1 int
				if old == 1 {
					guideline(t, file, 1, 900)
					n1 = chunksOf(t, file)
					runCLI(t, exitOK, append(append([]string{"ingest"}, b.Global()...), file)...)
					checkWhole(t, b.Config(), b.State(t, id), id, 1, n1)
				}

				next := old + 1
				guideline(t, file, next, 1300)
				n2 := chunksOf(t, file)
				b.InstallPause(t, id, n2/2)
				c := startChild(t, "ingest", append(b.Global(), file)...)
				b.AwaitPaused(t, c) // inside the write transaction, chunk n2/2 of n2
				c.kill(t)
				b.ReleasePause(t)
				t.Logf("killed while storing chunk %d of %d of version %d", n2/2, n2, next)

				st := b.State(t, id)
				if st.Versions != old {
					t.Errorf("after the kill: %d version rows, want %d", st.Versions, old)
				}
				if old == 0 && (st.Current != 0 || len(st.Chunks) != 0) {
					t.Errorf("after the kill of the first ingest: %+v, want nothing stored", st)
				}
				if old == 1 {
					checkWhole(t, b.Config(), st, id, 1, n1)
				}

				b.RemovePause(t)
				out := runCLI(t, exitOK, append(append([]string{"ingest"}, b.Global()...), file)...)
				if !strings.Contains(out, fmt.Sprintf("→ %s v%d (", id, next)) {
					t.Errorf("re-run did not store version %d:\n%s", next, out)
				}
				checkWhole(t, b.Config(), b.State(t, id), id, next, n2)
			})
		}
	}
}

// Two processes ingesting the same file at once store one version: both
// have looked up the current version and prepared their own before either
// writes (the test holds the store's write lock until then).
func TestFaultConcurrentIngestSameFile(t *testing.T) {
	for name, open := range faultBackends(t) {
		t.Run(name, func(t *testing.T) {
			b := open(t)
			file := filepath.Join(t.TempDir(), "hartfalen.md")
			id := docID(file)
			runCLI(t, exitOK, append([]string{"migrate"}, b.Global()...)...)
			for version := 1; version <= 2; version++ {
				guideline(t, file, version, 600+100*version)
				n := chunksOf(t, file)
				release, done := holdWriters(t, b, id, n/2)
				children := []*child{
					startChild(t, b.HelperMode(), append(b.Global(), file)...),
					startChild(t, b.HelperMode(), append(b.Global(), file)...),
				}
				release(children)
				var outs []string
				for _, c := range children {
					if code := c.wait(t); code != exitOK {
						t.Fatalf("version %d: concurrent ingest exited %d:\n%s", version, code, c.output())
					}
					outs = append(outs, c.output())
				}
				done()
				all := strings.Join(outs, "\n")
				if strings.Count(all, "opgenomen   ") != 1 || strings.Count(all, "ongewijzigd ") != 1 {
					t.Errorf("version %d: want one process to store it and the other to find it unchanged:\n%s", version, all)
				}
				st := b.State(t, id)
				if st.Versions != version {
					t.Errorf("version %d: %d version rows, want %d", version, st.Versions, version)
				}
				checkWhole(t, b.Config(), st, id, version, n)
			}
		})
	}
}

// holdWriters makes the store's writes wait. The returned release waits
// until both children are at the write, having read the current version
// and prepared their own, and lets them go; done cleans up once they have
// exited.
func holdWriters(t *testing.T, b faultBackend, id string, ordinal int) (release func([]*child), done func()) {
	t.Helper()
	switch b := b.(type) {
	case *sqliteBackend:
		// SQLite has one writer at a time: the first stops inside its
		// transaction (fault_pause); both announce "put" after their
		// lookup and preparation, just before they begin writing.
		b.InstallPause(t, id, ordinal)
		return func(cs []*child) { awaitPutsAndPause(t, cs); b.ReleasePause(t, cs...) }, func() { b.RemovePause(t) }
	case *pgBackend:
		return holdPostgresWriters(t, b, id)
	}
	t.Fatalf("unknown backend %T", b)
	return nil, nil
}

// awaitPutsAndPause waits for a "put" from every child and one "paused".
func awaitPutsAndPause(t *testing.T, cs []*child) {
	t.Helper()
	events := make(chan string, 16)
	for _, c := range cs {
		go func() {
			for e := range c.events {
				events <- e
			}
			events <- "exit"
		}()
	}
	puts, paused := 0, 0
	timeout := time.After(faultDeadline)
	for puts < len(cs) || paused < 1 {
		select {
		case e := <-events:
			switch e {
			case "put":
				puts++
			case "paused":
				paused++
			case "exit":
				t.Fatalf("a child exited before both were at the write:\n%s\n%s", cs[0].output(), cs[1].output())
			}
		case <-timeout:
			t.Fatalf("children not at the write within %s (%d put, %d paused)", faultDeadline, puts, paused)
		}
	}
}

// holdPostgresWriters holds the document's advisory lock (the one
// PutDocument takes) until two backends of the database wait for a lock.
func holdPostgresWriters(t *testing.T, b *pgBackend, id string) (func([]*child), func()) {
	t.Helper()
	holder := b.conn(t)
	b.exec(t, holder, `BEGIN`)
	b.exec(t, holder, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, "bronwijzer/document/"+id)
	watcher := b.conn(t) // pg_stat_activity is a snapshot for the length of a transaction
	release := func(cs []*child) {
		poll(t, "two writers waiting for a lock", nil, func() bool {
			for _, c := range cs {
				if c.exited() {
					t.Fatalf("a child exited before both were at the write:\n%s", c.output())
				}
			}
			var n int
			err := watcher.QueryRow(context.Background(), `SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&n)
			return err == nil && n >= 2
		})
		b.exec(t, holder, `COMMIT`)
	}
	return release, func() { holder.Close(context.Background()); watcher.Close(context.Background()) }
}

// An ingest replacing a document while /v1/ask and /v1/search traffic
// continues: every response's passages of that document come from one
// complete version.
func TestFaultIngestDuringAsk(t *testing.T) {
	for name, open := range faultBackends(t) {
		t.Run(name, func(t *testing.T) {
			b := open(t)
			file := filepath.Join(t.TempDir(), "hartfalen.md")
			id := docID(file)
			guideline(t, file, 1, 400)
			runCLI(t, exitOK, append(append([]string{"ingest"}, b.Global()...), file)...)
			base, err := startServer(b.Config())
			if err != nil {
				t.Fatal(err)
			}

			stop := make(chan struct{})
			var mu sync.Mutex
			var failures []string
			requests, versionsSeen := 0, map[int]bool{}
			client := &http.Client{Timeout: 60 * time.Second}
			var wg sync.WaitGroup
			for w := range 3 {
				wg.Go(func() {
					for i := 0; ; i++ {
						select {
						case <-stop:
							return
						default:
						}
						path, body := "/v1/ask", map[string]any{"question": guidelineQuestion, "k": 8}
						if (w+i)%2 == 1 {
							path, body = "/v1/search", map[string]any{"query": guidelineQuestion, "k": 8}
						}
						o := post(client, base+path, body)
						msg, versions := checkOneVersion(o, id)
						mu.Lock()
						requests++
						for _, v := range versions {
							versionsSeen[v] = true
						}
						if msg != "" {
							failures = append(failures, path+": "+msg)
						}
						mu.Unlock()
					}
				})
			}
			const rounds = 4
			for v := 2; v <= rounds+1; v++ {
				guideline(t, file, v, 400+50*v)
				runCLI(t, exitOK, append(append([]string{"ingest"}, b.Global()...), file)...)
			}
			close(stop)
			wg.Wait()
			t.Logf("%d requests during %d re-ingests; versions seen in responses: %v", requests, rounds, versionsSeen)
			for _, f := range failures[:min(len(failures), 10)] {
				t.Error(f)
			}
			if !versionsSeen[rounds+1] {
				// After the last ingest returned, the server must serve it.
				o := post(client, base+"/v1/search", map[string]any{"query": guidelineQuestion, "k": 8})
				if _, vs := checkOneVersion(o, id); len(vs) != 1 || vs[0] != rounds+1 {
					t.Errorf("after the last ingest the server serves versions %v, want %d", vs, rounds+1)
				}
			}
		})
	}
}

// checkOneVersion returns a failure message unless o is a 200 whose
// passages (and citations) of document id all belong to one version, each
// passage's text written by that version. It also returns the versions seen.
func checkOneVersion(o outcome, id string) (string, []int) {
	if o.err != nil || o.status != http.StatusOK {
		return fmt.Sprintf("status %d, error %v: %s", o.status, o.err, o.body), nil
	}
	var resp answer.Response // /v1/search's body has the same passages field
	if err := json.Unmarshal(o.body, &resp); err != nil {
		return err.Error(), nil
	}
	versions := map[int]bool{}
	byID := map[string]int{}
	for _, p := range resp.Passages {
		if p.DocumentID != id {
			continue
		}
		versions[p.Version] = true
		byID[p.ID] = p.Version
		if !strings.Contains(p.Text, fmt.Sprintf("versie %d", p.Version)) {
			return fmt.Sprintf("passage %s of version %d has another version's text: %q", p.ID, p.Version, p.Text), nil
		}
	}
	for _, c := range resp.Citations {
		if _, ok := byID[c.PassageID]; c.DocumentID == id && !ok {
			return fmt.Sprintf("citation %d cites %s, not among the passages", c.N, c.PassageID), nil
		}
	}
	var vs []int
	for v := range versions {
		vs = append(vs, v)
	}
	if len(vs) > 1 {
		return fmt.Sprintf("one response mixes versions %v of %s", vs, id), vs
	}
	return "", vs
}
