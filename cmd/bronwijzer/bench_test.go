package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
)

// askQuestions is a fixed mix of answerable and out-of-corpus questions, so
// the benchmark measures both answers and refusals.
func askQuestions() []string {
	qs := make([]string, 0, len(answerable)+len(outOfCorpus))
	for _, a := range answerable {
		qs = append(qs, a.question)
	}
	return append(qs, outOfCorpus...)
}

// reportLatency adds p50 and p99 in milliseconds to a benchmark.
func reportLatency(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	slices.Sort(d)
	pct := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkAskInProcess: /v1/ask's work without HTTP, extractive answerer,
// bundled corpus in the embedded store. Target p50 ≤ 15 ms, p99 ≤ 50 ms.
func BenchmarkAskInProcess(b *testing.B) {
	mustCorpus(b)
	app, err := OpenApp(context.Background(), testConfig(fixtureDir), slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	defer app.Close()
	svc, err := app.newAnswerer()
	if err != nil {
		b.Fatal(err)
	}
	qs := askQuestions()
	for _, q := range qs { // warm the index and caches, as a running server is
		if _, err := svc.Ask(context.Background(), answer.Request{Question: q, K: 5}); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := svc.Ask(context.Background(), answer.Request{Question: qs[i%len(qs)], K: 5}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	reportLatency(b, lat)
}

// BenchmarkAskHTTP: the same over HTTP on loopback, through the whole server
// (middleware, redaction, audit, JSON).
func BenchmarkAskHTTP(b *testing.B) {
	base := mustCorpus(b)
	qs := askQuestions()
	bodies := make([][]byte, len(qs))
	for i, q := range qs {
		bodies[i], _ = json.Marshal(map[string]any{"question": q, "k": 5})
	}
	client := &http.Client{Timeout: 10 * time.Second}
	var lat []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		resp, err := client.Post(base+"/v1/ask", "application/json", bytes.NewReader(bodies[i%len(bodies)]))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("status %d", resp.StatusCode)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	reportLatency(b, lat)
}
