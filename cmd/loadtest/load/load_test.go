package load

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestAttackCountsStatuses: against a loopback server that answers every
// other request with 503, the attack reports exactly the statuses it got,
// the 5xx, an error sample with the server's message, and stops at the
// request bound.
func TestAttackCountsStatuses(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		if strings.Contains(string(body), "fail") {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"error":{"code":"unavailable","message":"De opslag is niet bereikbaar."}}`)
			return
		}
		io.WriteString(w, `{"answer":"ok"}`)
	}))
	defer srv.Close()

	sc := Scenario{Name: "ask", Path: "/v1/ask", Bodies: [][]byte{[]byte(`{"question":"ok"}`), []byte(`{"question":"fail"}`)}}
	res, err := Attack(context.Background(), srv.URL, sc, Options{Rate: 20, Duration: 5 * time.Second, MaxRequests: 10})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 10 || res.Requests != 10 {
		t.Fatalf("server got %d requests, attack reports %d; want 10 (the bound)", hits.Load(), res.Requests)
	}
	if diff := cmp.Diff(map[string]int{"200": 5, "503": 5}, res.StatusCodes); diff != "" {
		t.Errorf("status codes (-want +got):\n%s", diff)
	}
	if res.Successes != 5 || res.Errors5xx != 5 || res.Transport != 0 {
		t.Errorf("successes %d, 5xx %d, transport %d; want 5, 5, 0", res.Successes, res.Errors5xx, res.Transport)
	}
	want := []string{"503 unavailable: De opslag is niet bereikbaar."}
	if diff := cmp.Diff(want, res.ErrorSample); diff != "" {
		t.Errorf("error sample (-want +got):\n%s", diff)
	}
	if res.P50 <= 0 || res.Max < res.P99 || res.P99 < res.P50 {
		t.Errorf("latencies out of order: p50 %s p99 %s max %s", res.P50, res.P99, res.Max)
	}
}

// TestAttackTransportErrors: a port nobody listens on gives transport
// errors (status 0), counted apart from 5xx.
func TestAttackTransportErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	sc := Scenario{Name: "search", Path: "/v1/search", Bodies: [][]byte{[]byte(`{"query":"x"}`)}}
	res, err := Attack(context.Background(), "http://"+addr, sc, Options{Rate: 10, Duration: 2 * time.Second, MaxRequests: 4, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 4 || res.Transport != 4 || res.StatusCodes["0"] != 4 || res.Successes != 0 || res.Errors5xx != 0 {
		t.Errorf("got requests %d transport %d codes %v successes %d 5xx %d; want 4 transport errors only",
			res.Requests, res.Transport, res.StatusCodes, res.Successes, res.Errors5xx)
	}
	if len(res.ErrorSample) == 0 || !strings.Contains(res.ErrorSample[0], "refused") {
		t.Errorf("error sample %q: want the connection error", res.ErrorSample)
	}
}

// TestAttackRefusesNonLoopback: no request is made to anything but a
// loopback IP address over http.
func TestAttackRefusesNonLoopback(t *testing.T) {
	sc := Scenario{Name: "ask", Path: "/v1/ask", Bodies: [][]byte{[]byte(`{}`)}}
	for _, u := range []string{
		"http://10.0.0.1:8080", "http://192.168.1.2", "http://example.org", "http://localhost:8080",
		"https://127.0.0.1:8443", "http://0.0.0.0:8080", "http://[2001:db8::1]:80", "127.0.0.1:8080",
	} {
		t.Run(u, func(t *testing.T) {
			_, err := Attack(context.Background(), u, sc, Options{Rate: 1, Duration: time.Second})
			if !errors.Is(err, ErrNotLoopback) {
				t.Errorf("Attack(%q) = %v; want ErrNotLoopback", u, err)
			}
		})
	}
	for _, u := range []string{"http://127.0.0.1:1", "http://127.1.2.3:80", "http://[::1]:8080"} {
		if err := CheckLoopback(u); err != nil {
			t.Errorf("CheckLoopback(%q) = %v; want nil", u, err)
		}
	}
}

func TestCheckLocalDatabase(t *testing.T) {
	for u, local := range map[string]bool{
		"postgres://postgres@127.0.0.1:5432/postgres":         true,
		"postgres://postgres@localhost/postgres":              true,
		"postgres://postgres@[::1]:5432/postgres":             true,
		"postgres:///postgres?host=/var/run/postgresql":       true,
		"postgres://u:p@db.example.org:5432/postgres":         false,
		"postgres://u@10.1.2.3/postgres":                      false,
		"postgres://u@127.0.0.1/postgres?host=db.example.org": false,
	} {
		parsed, err := url.Parse(u)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkLocalDatabase(parsed); (err == nil) != local {
			t.Errorf("checkLocalDatabase(%s) = %v; want local=%v", u, err, local)
		}
	}
}

func TestCheckTarget(t *testing.T) {
	ok := Result{Store: StoreSQLite, Endpoint: "ask", Duration: 60 * time.Second, Throughput: 300, P99: 90 * time.Millisecond}
	for name, tc := range map[string]struct {
		edit func(*Result)
		met  bool
		want string
	}{
		"met":      {func(*Result) {}, true, "met"},
		"short":    {func(r *Result) { r.Duration = 10 * time.Second }, false, "run lasted 10s"},
		"slow":     {func(r *Result) { r.Throughput = 250 }, false, "250 req/s < 300"},
		"5xx":      {func(r *Result) { r.Errors5xx = 1 }, false, "1 5xx"},
		"p99":      {func(r *Result) { r.P99 = 150 * time.Millisecond }, false, "p99 150.0 ms > 100.0 ms"},
		"timeouts": {func(r *Result) { r.Transport = 3 }, false, "3 transport errors"},
	} {
		t.Run(name, func(t *testing.T) {
			r := ok
			tc.edit(&r)
			CheckTarget(&r)
			if r.Target == nil || r.Target.Met != tc.met || !strings.Contains(r.Target.Detail, tc.want) {
				t.Errorf("target %+v; want met=%v with %q", r.Target, tc.met, tc.want)
			}
		})
	}
	other := Result{Store: StorePostgres, Endpoint: "ask"}
	if CheckTarget(&other); other.Target != nil {
		t.Errorf("PostgreSQL ask has no target, got %+v", other.Target)
	}
}

func TestAddrWatcher(t *testing.T) {
	w := &addrWatcher{found: make(chan string, 1)}
	for _, chunk := range []string{`{"msg":"other"}` + "\n" + `{"msg":"http server lis`, `tening","addr":"127.0.0.1:4`, "1234\"}\n", `{"msg":"http server listening","addr":"x"}` + "\n"} {
		if _, err := w.Write([]byte(chunk)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case got := <-w.found:
		if got != "127.0.0.1:41234" {
			t.Errorf("addr %q", got)
		}
	default:
		t.Fatal("no address found")
	}
}

// TestRunAgainstServer builds bronwijzer, and runs a tiny load (10 requests
// per endpoint) against `bronwijzer serve` on the embedded store with the
// bundled corpus: every request succeeds and the memory is read.
func TestRunAgainstServer(t *testing.T) {
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "bronwijzer")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, "./cmd/bronwijzer")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cfg := Config{
		Binary: bin, Corpus: filepath.Join(root, "corpus"), Registry: filepath.Join(root, "corpus", "sources.json"),
		Dataset: filepath.Join(root, "eval", "datasets", "dev.jsonl"), Stores: []string{StoreSQLite},
		Endpoints: []string{"search", "ask"}, WorkDir: t.TempDir(), Logf: t.Logf,
		Options: Options{Rate: 10, Duration: 2 * time.Second, MaxRequests: 10},
	}
	results, errs := Run(context.Background(), cfg)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(results) != 2 {
		t.Fatalf("got %d results, want search and ask", len(results))
	}
	for _, r := range results {
		if r.Requests != 10 || r.Successes != 10 || r.StatusCodes["200"] != 10 {
			t.Errorf("%s: requests %d successes %d codes %v; want 10 × 200 (errors: %q)", r.Endpoint, r.Requests, r.Successes, r.StatusCodes, r.ErrorSample)
		}
		if r.Memory == nil || r.Memory.RSSStartKiB <= 0 || r.Memory.HWMKiB < r.Memory.RSSEndKiB {
			t.Errorf("%s: memory %+v", r.Endpoint, r.Memory)
		}
	}
	var md strings.Builder
	if err := WriteMarkdown(&md, results); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| server CPU/request |") {
		t.Errorf("markdown lacks the CPU column:\n%s", md.String())
	}
	if got := strings.Count(md.String(), "\n"); got != 4 {
		t.Errorf("markdown has %d lines, want header, rule and 2 rows:\n%s", got, md.String())
	}
}

func TestMain(m *testing.M) {
	// The server subprocess must not inherit a developer's provider settings;
	// serverEnv drops them, and this makes sure the test would notice.
	os.Setenv("BRONWIJZER_LLM_PROVIDER", "ollama")
	os.Setenv("BRONWIJZER_LLM_BASE_URL", "http://127.0.0.1:1")
	os.Exit(m.Run())
}

// TestReadCPU: this process's CPU time is read and grows with work (busy
// until it does, 10 s at most: a loaded machine may give little CPU).
func TestReadCPU(t *testing.T) {
	before, err := ReadCPU(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		for i := 0; i < 1e6; i++ {
			_ = i * i
		}
		after, err := ReadCPU(os.Getpid())
		if err != nil {
			t.Fatal(err)
		}
		if after > before {
			return
		}
	}
	t.Errorf("CPU time stayed at %s through 10 s of work", before)
}
