package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// dbUnavailable is the message of retrieval/postgres for a database that
// cannot be reached.
const dbUnavailable = "De database is niet bereikbaar; probeer het later opnieuw (database unavailable)"

// PostgreSQL stopped while /v1/search and /v1/ask traffic runs: requests in
// flight and new ones fail with 503 and the Dutch message, none hangs past
// its deadline, and the same server answers again once PostgreSQL is back.
func TestFaultPostgresStopped(t *testing.T) {
	srv, err := pgtest.StartCluster() // its own cluster: this test stops it
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() { srv.Stop() })
	srv.Skip(t)
	url := srv.Database(t)
	runCLI(t, exitOK, "ingest", "--database-url", url, "--registry", repoPath("corpus/sources.json"), repoPath("corpus"))
	cfg := testConfig(t.TempDir())
	cfg.DatabaseURL = url
	cfg.RequestTimeout = 10 * time.Second
	logs := &lockedBuffer{}
	base := startLoggedServer(t, cfg, logs)
	// The client's deadline is the server's plus a margin: a request that
	// outlives it has hung.
	client := &http.Client{Timeout: cfg.RequestTimeout + 5*time.Second}
	question := knownQuestions[0].question
	request := func(i int) outcome {
		if i%2 == 0 {
			return post(client, base+"/v1/ask", map[string]any{"question": question, "k": 5})
		}
		return post(client, base+"/v1/search", map[string]any{"query": question, "k": 5})
	}
	for i := range 4 {
		if o := request(i); o.status != http.StatusOK {
			t.Fatalf("before the stop: status %d %v %s", o.status, o.err, o.body)
		}
	}

	// Traffic from 4 clients while the server stops; each keeps going
	// until it has had 5 answers after the stop completed.
	var stopped atomic.Bool
	var mu sync.Mutex
	counts := map[string]int{}
	var slowest503 time.Duration
	warm := make(chan struct{}) // closed after 8 answers: traffic is flowing
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			after := 0
			for i := 0; after < 5; i++ {
				wasStopped := stopped.Load()
				o := request(w + i)
				mu.Lock()
				switch {
				case o.err != nil:
					counts["transport error"]++
					t.Errorf("request failed without an answer (hung or dropped): %v", o.err)
				case o.status == http.StatusOK && !wasStopped:
					if counts["200 before the stop completed"]++; counts["200 before the stop completed"] == 8 {
						close(warm)
					}
				case o.status == http.StatusServiceUnavailable:
					counts["503"]++
					slowest503 = max(slowest503, o.latency)
					checkUnavailableBody(t, o.body)
				default:
					counts["other"]++
					t.Errorf("stopped=%v: status %d: %s", wasStopped, o.status, o.body)
				}
				mu.Unlock()
				if wasStopped {
					after++
				}
			}
		})
	}
	<-warm
	if err := srv.StopServer(); err != nil {
		t.Fatal(err)
	}
	stopped.Store(true)
	wg.Wait()
	if counts["other"] > 0 {
		t.Logf("server log:\n%s", logs.String())
	}
	t.Logf("while stopping and stopped: %v; slowest 503 took %s (client deadline %s)", counts, slowest503, client.Timeout)
	if counts["503"] < 20 {
		t.Errorf("%d answers were 503, want at least the 20 sent after the stop", counts["503"])
	}
	var ready struct {
		Status string `json:"status"`
	}
	if resp, err := client.Get(base + "/readyz"); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz while the database is down: %v %v, want 503", resp, err)
	} else {
		json.NewDecoder(resp.Body).Decode(&ready) //nolint:errcheck // only for the log
		resp.Body.Close()
	}

	if err := srv.StartServer(); err != nil {
		t.Fatal(err)
	}
	// The pool reconnects by itself: the first request after the restart
	// already gets through (no retries, no server restart).
	for i := range 4 {
		if o := request(i); o.status != http.StatusOK {
			t.Errorf("after PostgreSQL returned: request %d status %d %v %s", i, o.status, o.err, o.body)
		}
	}
}

// startLoggedServer is startServer with the server's log written to w.
func startLoggedServer(t *testing.T, cfg Config, w io.Writer) string {
	t.Helper()
	app, err := OpenApp(context.Background(), cfg, slog.New(slog.NewJSONHandler(w, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := app.NewServer(api.Config{Addr: "127.0.0.1:0", RequestTimeout: cfg.RequestTimeout})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln) //nolint:errcheck // ends with the test binary
	return "http://" + ln.Addr().String()
}

func checkUnavailableBody(t *testing.T, body []byte) {
	t.Helper()
	var e errorResponse
	if err := json.Unmarshal(body, &e); err != nil {
		t.Errorf("503 body is not the error JSON: %s", body)
		return
	}
	if e.Error.Code != "unavailable" || e.Error.Message != dbUnavailable {
		t.Errorf("503 body %+v, want code unavailable and %q", e.Error, dbUnavailable)
	}
}
