package benchreport

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Results is everything one run measured.
type Results struct {
	Config     Config
	Machine    Machine
	PGSkip     string // why the PostgreSQL columns are empty; "" when they ran
	Load       [3]float64
	Duration   time.Duration
	Extraction []ExtractRow
	Ingest     []IngestRow
	Search     []SearchRow
	Quality    []QualityRow
	Ask        *AskResult
	Command    string
}

// Run measures every section cfg selects, logging progress with logf.
func Run(ctx context.Context, cfg Config, logf func(string, ...any)) (*Results, error) {
	cfg.SetDefaults()
	res := &Results{Config: cfg, Machine: DescribeMachine()}
	start := time.Now()
	sampler := StartLoadSampler(5 * time.Second)
	defer func() {
		lo, med, hi := sampler.Stop()
		res.Load = [3]float64{lo, med, hi}
		res.Duration = time.Since(start)
	}()

	var pg *Postgres
	if cfg.NoPostgres {
		res.PGSkip = "PostgreSQL switched off for this run (-no-postgres)"
	} else {
		pg, res.PGSkip = FindPostgres(ctx, cfg.DatabaseURL)
	}
	if pg != nil {
		res.Machine.Postgres = fmt.Sprintf("PostgreSQL %s, pgvector %s", pg.Version, pg.Pgvector)
	} else {
		res.Machine.Postgres = "skipped: " + res.PGSkip
	}
	logf("postgres: %s", res.Machine.Postgres)

	generated := ""
	if cfg.Runs("extract") || cfg.Runs("ingest") {
		dir, err := os.MkdirTemp(cfg.TempDir, "bench-pdf-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		generated = filepath.Join(dir, fmt.Sprintf("generated-%d-pages.pdf", cfg.PDFPages))
		if err := os.WriteFile(generated, GeneratePDF(cfg.PDFPages, 1), 0o644); err != nil {
			return nil, err
		}
	}
	var err error
	if cfg.Runs("extract") {
		logf("extraction")
		if res.Extraction, err = RunExtraction(ctx, cfg, generated); err != nil {
			return nil, err
		}
	}
	if cfg.Runs("ingest") {
		if res.Ingest, err = RunIngest(ctx, cfg, pg, res.PGSkip, generated, logf); err != nil {
			return nil, err
		}
	}
	if cfg.Runs("search") {
		for _, n := range cfg.Sizes {
			rows, err := RunSearch(ctx, cfg, pg, res.PGSkip, n, logf)
			if err != nil {
				return nil, err
			}
			res.Search = append(res.Search, rows...)
		}
	}
	if cfg.Runs("quality") {
		if res.Quality, err = RunQuality(ctx, cfg, pg, res.PGSkip, logf); err != nil {
			return nil, fmt.Errorf("quality: %w", err)
		}
	}
	if cfg.Runs("ask") {
		if res.Ask, err = RunAsk(ctx, cfg, logf); err != nil {
			return nil, fmt.Errorf("ask: %w", err)
		}
	}
	return res, nil
}
