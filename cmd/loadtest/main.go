// Command loadtest measures Bronwijzer under load on this machine (`make
// loadtest`): for each store it ingests the bundled corpus into a scratch
// data directory or scratch PostgreSQL database, starts `bronwijzer serve` on
// a random loopback port, attacks /v1/search and /v1/ask at a fixed rate for
// a bounded time and count, and prints a Markdown table (optionally JSON)
// with throughput, latency percentiles, statuses, 5xx and the server's RSS.
//
// Only loopback is ever targeted; see package cmd/loadtest/load.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/bronwijzer/bronwijzer/cmd/loadtest/load"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		cfg       load.Config
		stores    = fs.String("stores", "sqlite,postgres", "stores to measure, comma-separated: sqlite, postgres")
		endpoints = fs.String("endpoints", "search,ask", "endpoints to attack, comma-separated: search, ask")
		jsonOut   = fs.String("json", "", "also write the results as JSON to this file")
		mdOut     = fs.String("markdown", "", "also write the Markdown table to this file")
		keep      = fs.Bool("keep", false, "keep the scratch data directories and server logs")
	)
	fs.StringVar(&cfg.Binary, "bin", "bin/bronwijzer", "bronwijzer binary (make build)")
	fs.StringVar(&cfg.Corpus, "corpus", "corpus", "directory ingested before serving")
	fs.StringVar(&cfg.Registry, "registry", "corpus/sources.json", "registry of verified sources")
	fs.StringVar(&cfg.Dataset, "dataset", "eval/datasets/dev.jsonl", "questions, taken in turn")
	fs.IntVar(&cfg.Options.Rate, "rate", 300, "requests per second")
	fs.DurationVar(&cfg.Options.Duration, "duration", 60*time.Second, "length of each attack")
	fs.Uint64Var(&cfg.Options.MaxRequests, "max", 0, "at most this many requests per attack (0 = rate × duration)")
	fs.DurationVar(&cfg.Options.Timeout, "timeout", 10*time.Second, "per-request timeout")
	fs.StringVar(&cfg.AdminDatabaseURL, "database-url", load.DefaultAdminURL(), "PostgreSQL URL allowed to CREATE DATABASE (loopback only; default TEST_DATABASE_URL or the local server)")
	fs.StringVar(&cfg.LogLevel, "log-level", "info", "server log level (info keeps the access log, as in production)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := os.Stat(cfg.Binary); err != nil {
		return fmt.Errorf("%s not found: run `make build` first (%w)", cfg.Binary, err)
	}
	cfg.Stores, cfg.Endpoints = split(*stores), split(*endpoints)
	work, err := os.MkdirTemp("", "bronwijzer-loadtest-")
	if err != nil {
		return err
	}
	if *keep {
		fmt.Fprintln(stderr, "loadtest: keeping", work)
	} else {
		defer os.RemoveAll(work)
	}
	cfg.WorkDir = work
	cfg.Logf = func(format string, args ...any) { fmt.Fprintf(stderr, "loadtest: "+format+"\n", args...) }

	before := loadAvg()
	results, errs := load.Run(ctx, cfg)
	after := loadAvg()

	var failed []error
	for _, err := range errs {
		if errors.Is(err, load.ErrSkipped) {
			fmt.Fprintf(stderr, "loadtest: *** SKIPPED %v ***\n", err)
			continue
		}
		failed = append(failed, err)
	}
	if err := report(stdout, results, before, after, *mdOut, *jsonOut); err != nil {
		failed = append(failed, err)
	}
	return errors.Join(failed...)
}

func report(stdout io.Writer, results []load.Result, before, after, mdOut, jsonOut string) error {
	var md strings.Builder
	fmt.Fprintf(&md, "Load average (1, 5, 15 min) before: %s; after: %s; %s.\n\n", before, after, time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	if err := load.WriteMarkdown(&md, results); err != nil {
		return err
	}
	if _, err := io.WriteString(stdout, md.String()); err != nil {
		return err
	}
	if mdOut != "" {
		if err := os.WriteFile(mdOut, []byte(md.String()), 0o600); err != nil {
			return err
		}
	}
	if jsonOut != "" {
		b, err := json.MarshalIndent(map[string]any{"load_before": before, "load_after": after, "results": results}, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(jsonOut, append(b, '\n'), 0o600)
	}
	return nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadAvg is the first three fields of /proc/loadavg, or "unknown".
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
