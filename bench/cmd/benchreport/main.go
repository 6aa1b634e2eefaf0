// Command benchreport measures Bronwijzer beside chromem-go, langchaingo's
// pgvector store, Bleve, SQLite FTS5 and pdftotext in one run and writes docs/benchmarks.md and
// its charts (`make bench`). Every option has an environment variable, so
// `make bench BENCH_SIZES=1k,10k BENCH_REPS=2` gives a quick look.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer/bench/benchreport"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "benchreport:", err)
		os.Exit(1)
	}
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func envInt(key string, def int) int {
	n, err := strconv.Atoi(os.Getenv(key))
	if err != nil {
		return def
	}
	return n
}

func run() error {
	var cfg benchreport.Config
	sizes := flag.String("sizes", env("BENCH_SIZES", "1k,10k,100k"), "corpus sizes of the search comparison (BENCH_SIZES)")
	sets := flag.String("quality-sets", env("BENCH_QUALITY_SETS", ""), "question sets of the quality section as name=questions.jsonl:corpusdir,… (BENCH_QUALITY_SETS; default the dev set on corpus/ and the guideline set on testdata/guidelines/)")
	only := flag.String("only", env("BENCH_ONLY", ""), "comma-separated sections to run: "+strings.Join(benchreport.Sections, ",")+" (BENCH_ONLY; default all)")
	flag.StringVar(&cfg.Root, "root", env("BENCH_ROOT", ".."), "repository root")
	flag.StringVar(&cfg.Out, "out", env("BENCH_OUT", "../docs/benchmarks.md"), "Markdown report; charts go beside it as benchmarks-*.svg (BENCH_OUT; \"-\" for stdout only)")
	flag.IntVar(&cfg.Queries, "queries", envInt("BENCH_QUERIES", 200), "queries per corpus size (BENCH_QUERIES)")
	flag.IntVar(&cfg.Reps, "reps", envInt("BENCH_REPS", 5), "repetitions of every measurement; medians are reported (BENCH_REPS)")
	flag.IntVar(&cfg.PDFPages, "pdf-pages", envInt("BENCH_PDF_PAGES", 500), "pages of the generated PDF (BENCH_PDF_PAGES)")
	flag.IntVar(&cfg.AskRequests, "ask-requests", envInt("BENCH_ASK_REQUESTS", 200), "/v1/ask requests per repetition (BENCH_ASK_REQUESTS)")
	flag.IntVar(&cfg.AskClients, "ask-clients", envInt("BENCH_ASK_CLIENTS", 4), "concurrent clients of the throughput run (BENCH_ASK_CLIENTS)")
	flag.StringVar(&cfg.DatabaseURL, "database-url", "", "PostgreSQL URL with rights to create databases (default BENCH_DATABASE_URL, TEST_DATABASE_URL, then the local server)")
	flag.BoolVar(&cfg.NoPostgres, "no-postgres", os.Getenv("BENCH_NO_POSTGRES") == "true", "skip the PostgreSQL columns (BENCH_NO_POSTGRES=true)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run (go tool pprof)")
	flag.Parse()

	var err error
	if cfg.Sizes, err = benchreport.ParseSizes(*sizes); err != nil {
		return err
	}
	if *sets != "" {
		if cfg.QualitySets, err = benchreport.ParseQualitySets(*sets); err != nil {
			return err
		}
	}
	if *only != "" {
		for _, s := range strings.Split(*only, ",") {
			s = strings.TrimSpace(s)
			if !contains(benchreport.Sections, s) {
				return fmt.Errorf("unknown section %q (want %s)", s, strings.Join(benchreport.Sections, ","))
			}
			cfg.Only = append(cfg.Only, s)
		}
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	logf := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%s %s\n", time.Now().UTC().Format("15:04:05"), fmt.Sprintf(format, args...))
	}
	res, err := benchreport.Run(ctx, cfg, logf)
	if err != nil {
		return err
	}
	res.Command = commandLine(cfg)
	var charts []string
	if cfg.Out != "-" && cfg.Runs("search") {
		prefix := filepath.Join(filepath.Dir(cfg.Out), "benchmarks-")
		if charts, err = benchreport.WriteCharts(res, prefix); err != nil {
			return err
		}
	}
	out := os.Stdout
	if cfg.Out != "-" {
		f, err := os.Create(cfg.Out)
		if err != nil {
			return err
		}
		defer f.Close()
		out = f
	}
	if err := benchreport.WriteMarkdown(out, res, charts); err != nil {
		return err
	}
	for _, t := range benchreport.Targets(res) {
		fmt.Fprintf(os.Stderr, "target: %-80s %s (%s)\n", t.Name, t.Verdict(), t.Measured)
	}
	if cfg.Out != "-" {
		fmt.Fprintf(os.Stderr, "wrote %s %s\n", cfg.Out, strings.Join(charts, " "))
	}
	return nil
}

func commandLine(cfg benchreport.Config) string {
	sizes := make([]string, len(cfg.Sizes))
	for i, n := range cfg.Sizes {
		sizes[i] = strconv.Itoa(n)
	}
	s := fmt.Sprintf("benchreport -sizes %s -queries %d -reps %d -pdf-pages %d -ask-requests %d -ask-clients %d",
		strings.Join(sizes, ","), cfg.Queries, cfg.Reps, cfg.PDFPages, cfg.AskRequests, cfg.AskClients)
	if len(cfg.Only) > 0 {
		s += " -only " + strings.Join(cfg.Only, ",")
	}
	if cfg.QualitySets != nil {
		var sets []string
		for _, q := range cfg.QualitySets {
			sets = append(sets, q.Name+"="+q.Dataset+":"+q.Dir)
		}
		s += " -quality-sets " + strings.Join(sets, ",")
	}
	return s
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
