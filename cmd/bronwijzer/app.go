package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// App wires the store, analyser, embedder and searcher from a Config. It is
// what every subcommand and the end-to-end tests build on.
type App struct {
	Config   Config
	Logger   *slog.Logger
	Store    Store
	Analyzer *analysis.Analyzer
	Embedder retrieval.Embedder
	Searcher *retrieval.HybridSearcher
	Registry *corpus.Registry
	// PDFs parses every PDF in a worker process with the configured limits.
	PDFs *pdfworker.Pool
	// trustXref hands PDFs to the parser without the xref check, as before
	// the check existed; only tests set it, to show a worker contains the
	// crash the check now prevents.
	trustXref bool

	admin *adminState // job queue and audit helpers of a server (serve_admin.go)
}

// Store is what the service needs of a store: the corpus and search side
// (retrieval.Store) and the admin side (admin.Store: keys, audit trail,
// original files). Both stores offer all of it, checked at compile time
// below, so no command has to ask a store what it can do.
type Store interface {
	retrieval.Store
	admin.Store
}

var (
	_ Store = (*sqlite.Store)(nil)
	_ Store = (*postgres.Store)(nil)
)

// OpenApp opens the configured store and builds the retrieval stack.
func OpenApp(ctx context.Context, cfg Config, logger *slog.Logger) (*App, error) {
	a := &App{Config: cfg, Logger: logger}
	var err error
	if a.Registry, err = loadRegistry(cfg.Registry); err != nil {
		return nil, err
	}
	if a.PDFs, err = pdfworker.New(pdfworker.Limits{
		Memory: int64(cfg.PDFMemoryMB) << 20, CPU: cfg.PDFCPULimit, Workers: cfg.PDFWorkers,
	}); err != nil {
		return nil, err
	}
	if a.Analyzer, err = analysis.New(); err != nil {
		return nil, fmt.Errorf("analyser: %w", err)
	}
	if a.Embedder, err = newEmbedder(cfg); err != nil {
		return nil, err
	}
	if a.Store, err = openStore(ctx, cfg); err != nil {
		return nil, err
	}
	if err := checkEmbedder(ctx, a.Store, a.Embedder); err != nil {
		_ = a.Store.Close() // the embedder mismatch is the error to report
		return nil, err
	}
	a.Searcher = &retrieval.HybridSearcher{Store: a.Store, Embedder: a.Embedder, Analyzer: a.Analyzer}
	return a, nil
}

// staleDocuments lists the current documents whose passages another ingest
// pipeline made (ingest.PipelineVersion): an older build's extraction or
// analysis, whose terms this build's queries may not match.
func (a *App) staleDocuments(ctx context.Context) ([]string, error) {
	docs, err := a.Store.Documents(ctx)
	if err != nil {
		return nil, err
	}
	return staleOf(docs), nil
}

// staleOf returns the ids of the documents another ingest pipeline made.
func staleOf(docs []bronwijzer.Document) []string {
	var ids []string
	for _, d := range docs {
		if d.Pipeline != ingest.PipelineVersion {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// warnStale logs the documents another ingest pipeline made (an older
// build), and how to process them again: ingesting their unchanged files.
func (a *App) warnStale(ctx context.Context) {
	ids, err := a.staleDocuments(ctx)
	if err != nil {
		a.Logger.Warn("could not check the documents' ingest pipeline", "err", err)
		return
	}
	if len(ids) == 0 {
		return
	}
	a.Logger.Warn("documents made by another ingest pipeline: their passages lack this build's extraction and analysis; "+
		"ingest their files again (bronwijzer ingest), or POST /v1/documents/{id}/reingest for uploads",
		"count", len(ids), "documents", strings.Join(ids[:min(len(ids), 20)], ","), "pipeline", ingest.PipelineVersion)
}

// Close stops the job queue and releases the store.
func (a *App) Close() error { return errors.Join(a.closeAdmin(), a.Store.Close()) }

// Pipeline returns an ingest pipeline over the app's store.
func (a *App) Pipeline() *ingest.Pipeline {
	return &ingest.Pipeline{
		Store: a.Store, Embedder: a.Embedder, Analyzer: a.Analyzer, Registry: a.Registry, Files: a.Store, PDF: a.pdf,
		Options: ingest.Options{MaxBytes: int64(a.Config.MaxFileMB) << 20},
	}
}

// pdf extracts a PDF in a worker process.
func (a *App) pdf(ctx context.Context, data []byte, opts extract.PDFOptions) (*extract.Document, error) {
	opts.TrustXref = a.trustXref
	return a.PDFs.PDF(ctx, data, opts)
}

// loadRegistry reads the registry; a missing registry file is allowed (all
// documents are then unverified) but a broken one is an error.
func loadRegistry(path string) (*corpus.Registry, error) {
	if path == "" {
		return nil, nil
	}
	reg, err := corpus.Load(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return reg, err
}

func openStore(ctx context.Context, cfg Config) (Store, error) {
	if cfg.DatabaseURL != "" {
		return postgres.Open(ctx, cfg.DatabaseURL, postgres.Options{Dim: cfg.EmbedDim})
	}
	lexical, err := sqlite.ParseLexical(cfg.Lexical)
	if err != nil {
		return nil, err
	}
	// Warm loads the search index in the background so the first question
	// after a start does not pay for it (seconds at 100k passages).
	return sqlite.Open(ctx, filepath.Join(cfg.DataDir, "bronwijzer.db"), sqlite.Options{Lexical: lexical, Warm: true})
}

// checkEmbedder refuses to run when the store's vectors were made by another
// embedder: comparing vectors of different models gives silent garbage.
func checkEmbedder(ctx context.Context, s retrieval.Store, e retrieval.Embedder) error {
	stored, err := s.EmbedderName(ctx)
	if err != nil {
		return fmt.Errorf("read store embedder: %w", err)
	}
	if want := retrieval.EmbedderName(e); stored != "" && stored != want {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"de opslag bevat vectoren van embedder %q maar %q is geconfigureerd; gebruik dezelfde embedder of neem de documenten opnieuw op in een lege opslag (embedder mismatch)", stored, want)
	}
	return nil
}
