package benchreport

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// IngestRow is end-to-end ingest (read, extract, chunk, analyse, embed with
// the local embedder, store) of one file set into a fresh store.
type IngestRow struct {
	Store   string
	Set     string
	Pages   int
	Chunks  int
	Seconds float64 // median over repetitions
	// PeakRSSMB is this process's peak resident set (VmHWM, reset before
	// each repetition) during the ingest, median over repetitions; it
	// includes the process's baseline (the Go runtime and what earlier
	// sections keep) and, for PostgreSQL, not the server's memory.
	PeakRSSMB float64
	// CPUSec is this process's CPU time (user and system, all threads)
	// for the ingest, median: the steadier figure on a shared machine.
	// PostgreSQL's own work is in the server and not counted.
	CPUSec  float64
	Skipped string
}

func (r IngestRow) PagesPerSec() float64  { return float64(r.Pages) / r.Seconds }
func (r IngestRow) ChunksPerSec() float64 { return float64(r.Chunks) / r.Seconds }

// PagesPerCPUSec is the rate one fully available core would give this
// process's share of the work.
func (r IngestRow) PagesPerCPUSec() float64 { return float64(r.Pages) / r.CPUSec }

// StoreNone is the ingest baseline without a store: the same pipeline
// (read, extract, chunk, analyse, embed) into a store that keeps nothing,
// so the difference to a real store's row is what storing costs.
const StoreNone = "none (pipeline without storing)"

// discardStore accepts every document and keeps nothing.
type discardStore struct{}

func (discardStore) Document(context.Context, string) (*bronwijzer.Document, error) {
	return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "not stored")
}

func (discardStore) PutDocument(_ context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	doc.Version, doc.Chunks = 1, len(chunks)
	return retrieval.PutResult{Document: doc, Changed: true}, nil
}

// RunIngest ingests the bundled PDFs, the dev guideline PDFs and the
// generated PDF into each store, the way `bronwijzer ingest` does: Paths
// into the embedded store, one BulkPaths load into an empty PostgreSQL
// store.
func RunIngest(ctx context.Context, cfg Config, pg *Postgres, pgSkip, generated string, logf func(string, ...any)) ([]IngestRow, error) {
	sets := []struct {
		name  string
		paths []string
	}{
		{"bundled corpus (2 PDFs)", bundledPDFs(cfg.Root)},
		{fmt.Sprintf("dev guideline PDFs (%d)", len(guidelinePDFs(cfg.Root))), guidelinePDFs(cfg.Root)},
		{fmt.Sprintf("generated %d-page PDF", cfg.PDFPages), []string{generated}},
	}
	var rows []IngestRow
	for _, store := range []string{StoreNone, EngineEmbedded, EnginePostgres} {
		for _, set := range sets {
			if store == EnginePostgres && pg == nil {
				rows = append(rows, IngestRow{Store: store, Set: set.name, Skipped: pgSkip})
				continue
			}
			logf("ingest: %s into %s", set.name, store)
			row, err := ingestReps(ctx, cfg, pg, store, set.name, set.paths)
			if err != nil {
				return nil, fmt.Errorf("ingest %s into %s: %w", set.name, store, err)
			}
			rows = append(rows, row)
		}
	}
	return rows, nil
}

func ingestReps(ctx context.Context, cfg Config, pg *Postgres, store, set string, paths []string) (IngestRow, error) {
	row := IngestRow{Store: store, Set: set}
	var secs, cpus, peaks []float64
	for range cfg.Reps {
		st, cleanup, err := freshStore(ctx, cfg, pg, store)
		if err != nil {
			return row, err
		}
		p, _, err := newPipeline(bundledRegistry(cfg.Root), st)
		if err != nil {
			cleanup()
			return row, err
		}
		settle()
		ResetPeakRSS()
		start, cpu0 := time.Now(), cpuTime()
		var results []ingest.Result
		if bulk, ok := st.(ingest.BulkStore); ok {
			results = p.BulkPaths(ctx, paths, bulk, nil)
		} else {
			results = p.Paths(ctx, paths, nil)
		}
		secs = append(secs, time.Since(start).Seconds())
		cpus = append(cpus, (cpuTime() - cpu0).Seconds())
		peaks = append(peaks, mb(PeakRSS()))
		cleanup()
		row.Pages, row.Chunks = 0, 0
		for _, r := range results {
			if r.Err != nil {
				return row, fmt.Errorf("%s: %w", r.Path, r.Err)
			}
			row.Pages += r.Pages
			row.Chunks += r.Chunks
		}
	}
	row.Seconds, row.CPUSec, row.PeakRSSMB = median(secs), median(cpus), median(peaks)
	return row, nil
}

func freshStore(ctx context.Context, cfg Config, pg *Postgres, store string) (ingest.Store, func(), error) {
	if store == StoreNone {
		return discardStore{}, func() {}, nil
	}
	if store == EnginePostgres {
		u, drop, err := pg.Scratch(ctx, "ingest")
		if err != nil {
			return nil, nil, err
		}
		st, err := postgres.Open(ctx, u, postgres.Options{})
		if err != nil {
			drop()
			return nil, nil, err
		}
		return st, func() { st.Close(); drop() }, nil
	}
	dir, err := os.MkdirTemp(cfg.TempDir, "bench-ingest-")
	if err != nil {
		return nil, nil, err
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, "ingest.db"), sqlite.Options{})
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return st, func() { st.Close(); os.RemoveAll(dir) }, nil
}
