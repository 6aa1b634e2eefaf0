package benchreport

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
)

// AskResult is /v1/ask, extractive, on the bundled corpus in the embedded
// store: over HTTP through the real server binary on loopback, in process
// (answer.Service, no HTTP), and citation checking alone.
type AskResult struct {
	Questions   int
	HTTP        Latency // sequential requests
	Throughput  float64 // requests/s with Clients concurrent clients, median
	Clients     int
	InProcess   Latency // answer.Service.Ask
	Enforce     Latency // answer.Enforcer.Check on the extractive answers
	Checked     int     // answers (not refusals) whose citations were checked
	CheckedOK   int     // of those, how many passed
	Abstentions int
}

// RunAsk builds cmd/bronwijzer, ingests the bundled corpus into a fresh
// data directory with `bronwijzer ingest`, serves it on a free loopback
// port and measures POST /v1/ask with the dev-set questions; then measures
// the same questions in process and the citation checks on their answers.
func RunAsk(ctx context.Context, cfg Config, logf func(string, ...any)) (*AskResult, error) {
	qs, err := LoadDevSet(cfg.Root)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(cfg.TempDir, "bench-ask-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	res := &AskResult{Questions: len(qs), Clients: cfg.AskClients}
	logf("ask: building and starting the server")
	base, stop, err := startServer(ctx, cfg.Root, dir)
	if err != nil {
		return nil, err
	}
	defer stop()
	bodies := make([][]byte, len(qs))
	for i, q := range qs {
		bodies[i], _ = json.Marshal(map[string]any{"question": q.Question, "k": 5})
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: cfg.AskClients}}
	post := func(i int) error { return askOnce(ctx, client, base, bodies[i%len(bodies)]) }
	for i := range bodies { // warm the index and caches, as a running server is
		if err := post(i); err != nil {
			return nil, err
		}
	}
	logf("ask: HTTP latency")
	if res.HTTP, err = measure(cfg.Reps, cfg.AskRequests, post); err != nil {
		return nil, err
	}
	logf("ask: HTTP throughput")
	var tputs []float64
	for range cfg.Reps {
		t, err := throughput(cfg.AskRequests, cfg.AskClients, post)
		if err != nil {
			return nil, err
		}
		tputs = append(tputs, t)
	}
	res.Throughput = median(tputs)
	stop()
	logf("ask: in process and citation checking")
	if err := askInProcess(ctx, cfg, dir, qs, res); err != nil {
		return nil, err
	}
	return res, nil
}

func askOnce(ctx context.Context, client *http.Client, base string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/ask", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST /v1/ask: status %d: %s", resp.StatusCode, b)
	}
	return nil
}

// throughput sends n requests from clients goroutines and returns requests/s.
func throughput(n, clients int, post func(i int) error) (float64, error) {
	var (
		mu   sync.Mutex
		next int
		errs []error
		wg   sync.WaitGroup
	)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				if err := post(i); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		return 0, errs[0]
	}
	return float64(n) / time.Since(start).Seconds(), nil
}

// startServer builds the binary, ingests the corpus and serves it; stop
// ends the server (SIGTERM, then kill after 10 s) and is safe to call twice.
func startServer(ctx context.Context, root, dir string) (string, func(), error) {
	bin := filepath.Join(dir, "bronwijzer")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/bronwijzer")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return "", nil, fmt.Errorf("go build ./cmd/bronwijzer: %v: %s", err, out)
	}
	data := filepath.Join(dir, "data")
	reg := filepath.Join(root, "corpus", "sources.json")
	ing := exec.CommandContext(ctx, bin, "ingest", "--data-dir", data, "--registry", reg, filepath.Join(root, "corpus"))
	if out, err := ing.CombinedOutput(); err != nil {
		return "", nil, fmt.Errorf("bronwijzer ingest: %v: %s", err, out)
	}
	addr, err := freeLoopback()
	if err != nil {
		return "", nil, err
	}
	srv := exec.Command(bin, "serve", "--addr", addr, "--data-dir", data, "--registry", reg, "--log-level", "error")
	srv.Env = append(os.Environ(), "BRONWIJZER_RATE_LIMIT=0")
	var logs bytes.Buffer
	srv.Stdout, srv.Stderr = &logs, &logs
	if err := srv.Start(); err != nil {
		return "", nil, err
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			srv.Process.Signal(syscall.SIGTERM) //nolint:errcheck // killed below if it does not stop
			done := make(chan struct{})
			go func() { srv.Wait(); close(done) }() //nolint:errcheck // exit status of a stopped server
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				srv.Process.Kill() //nolint:errcheck // best effort
				<-done
			}
		})
	}
	base := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base, stop, nil
			}
		}
		if time.Now().After(deadline) {
			stop()
			return "", nil, fmt.Errorf("server not ready after 60 s: %s", logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func freeLoopback() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// askInProcess measures answer.Service.Ask over the same data directory's
// corpus (ingested again into a fresh store through the pipeline) and,
// separately, Enforcer.Check on each extractive answer.
func askInProcess(ctx context.Context, cfg Config, dir string, qs []eval.Question, res *AskResult) error {
	b, err := IngestBundled(ctx, cfg.Root, dir, "")
	if err != nil {
		return err
	}
	defer b.Close()
	a, ok := b.Searcher.Analyzer.(answer.Analyzer)
	if !ok {
		return fmt.Errorf("analyser does not implement answer.Analyzer")
	}
	svc := answer.New(answer.Config{Analyzer: a}, b.Searcher, nil)
	var answers []*answer.Response
	for _, q := range qs { // warm-up, and the answers whose citations are checked
		resp, err := svc.Ask(ctx, answer.Request{Question: q.Question, K: 5})
		if err != nil {
			return err
		}
		if resp.Abstained {
			res.Abstentions++
			continue
		}
		answers = append(answers, resp)
	}
	res.InProcess, err = measure(cfg.Reps, cfg.AskRequests, func(i int) error {
		_, err := svc.Ask(ctx, answer.Request{Question: qs[i%len(qs)].Question, K: 5})
		return err
	})
	if err != nil {
		return err
	}
	if len(answers) == 0 {
		return fmt.Errorf("every dev-set question was refused; nothing to check")
	}
	enf := svc.Enforcer()
	res.Checked = len(answers)
	for _, r := range answers {
		if enf.Check(r.Answer, r.Passages).OK() {
			res.CheckedOK++
		}
	}
	res.Enforce, err = measure(cfg.Reps, cfg.AskRequests, func(i int) error {
		r := answers[i%len(answers)]
		enf.Check(r.Answer, r.Passages)
		return nil
	})
	return err
}
