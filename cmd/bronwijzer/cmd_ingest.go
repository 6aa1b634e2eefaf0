package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/bronwijzer/bronwijzer/ingest"
)

func cmdIngest(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.IntVar(&env.cfg.MaxFileMB, "max-file-mb", env.cfg.MaxFileMB, "reject files larger than this (env BRONWIJZER_MAX_FILE_MB)")
	paths, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: give one or more files or directories", errUsage)
	}
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		return err
	}
	defer app.Close()

	bar := newProgress(env.stderr, isTerminal(env.stderr))
	start := time.Now()
	var results []ingest.Result
	if bulk, ok := app.bulkStore(ctx); ok {
		results = app.Pipeline().BulkPaths(ctx, paths, bulk, bar.update)
	} else {
		results = app.Pipeline().Paths(ctx, paths, bar.update)
	}
	bar.finish()
	return summarize(env.stdout, results, time.Since(start))
}

// summarize prints one line per file and a total; it returns an error when
// any file failed so the command exits non-zero.
func summarize(w io.Writer, results []ingest.Result, took time.Duration) error {
	var ingested, unchanged, failed, pages, chunks int
	for _, r := range results {
		switch r.Status {
		case ingest.StatusIngested:
			ingested++
			pages += r.Pages
			chunks += r.Chunks
			fmt.Fprintf(w, "opgenomen   %s → %s v%d (%d pagina's, %d passages%s)\n", r.Path, r.DocumentID, r.Version, r.Pages, r.Chunks, verifiedNote(r.Verified))
			if r.Reprocessed {
				fmt.Fprintf(w, "  opnieuw verwerkt: het bestand is ongewijzigd, maar v%d is gemaakt door een andere versie van de verwerking\n", r.PreviousVersion)
			}
		case ingest.StatusUnchanged:
			unchanged++
			fmt.Fprintf(w, "ongewijzigd %s → %s v%d\n", r.Path, r.DocumentID, r.Version)
		default:
			failed++
			fmt.Fprintf(w, "MISLUKT     %s: %s\n", r.Path, describeError(r.Err))
		}
		for _, warn := range r.Warnings {
			fmt.Fprintf(w, "  waarschuwing: %s\n", warn)
		}
	}
	fmt.Fprintf(w, "\n%d opgenomen, %d ongewijzigd, %d mislukt", ingested, unchanged, failed)
	if ingested > 0 {
		fmt.Fprintf(w, "; %d pagina's, %d passages", pages, chunks)
	} else if unchanged > 0 && failed == 0 {
		fmt.Fprint(w, "; alles was al opgeslagen")
	}
	fmt.Fprintf(w, " in %s\n", took.Round(time.Millisecond))
	if failed > 0 {
		return errors.New(plural(failed, "bestand is", "bestanden zijn") + " niet opgenomen")
	}
	return nil
}

func verifiedNote(v bool) string {
	if v {
		return ", geverifieerd"
	}
	return ", NIET geverifieerd"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress shows files, pages and pages/s: a redrawn bar on a terminal,
// plain log lines otherwise. Each log line gives that file's own pages; the
// running total and the rate count only files actually parsed, so a re-run
// of an unchanged corpus says so instead of "0 pagina's/s".
type progress struct {
	w         io.Writer
	tty       bool
	start     time.Time
	pages     int // pages of the files ingested so far
	unchanged int // files skipped because they were already stored
	drawn     bool
}

func newProgress(w io.Writer, tty bool) *progress {
	return &progress{w: w, tty: tty, start: time.Now()}
}

func (p *progress) update(done, total int, last ingest.Result) {
	switch last.Status {
	case ingest.StatusIngested, ingest.StatusPrepared:
		p.pages += last.Pages
	case ingest.StatusUnchanged:
		p.unchanged++
	}
	if !p.tty {
		fmt.Fprintf(p.w, "ingest: %d/%d %s (%s)\n", done, total, last.Path, p.fileNote(last))
		return
	}
	const width = 30
	filled := width * done / max(total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d bestanden, %s ",
		strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, total, p.totals())
	p.drawn = true
}

// fileNote describes one finished file: its own pages, or why none were read.
func (p *progress) fileNote(r ingest.Result) string {
	switch r.Status {
	case ingest.StatusIngested:
		return fmt.Sprintf("opgenomen, %d pagina's; totaal %s", r.Pages, p.totals())
	case ingest.StatusPrepared:
		// A bulk load reads every file first and stores them together
		// afterwards; the note tells the operator (and the tests) which.
		return fmt.Sprintf("gelezen, %d pagina's; wordt met de rest in één keer opgeslagen; totaal %s", r.Pages, p.totals())
	case ingest.StatusUnchanged:
		return "al opgeslagen, ongewijzigd"
	default:
		return "mislukt; de reden staat in het overzicht"
	}
}

// totals is the running count: pages and pages/s of the parsed files, and
// how many files were already stored.
func (p *progress) totals() string {
	var parts []string
	if p.pages > 0 {
		rate := float64(p.pages) / max(time.Since(p.start).Seconds(), 1e-3)
		parts = append(parts, fmt.Sprintf("%d pagina's, %.0f pagina's/s", p.pages, rate))
	}
	if p.unchanged > 0 {
		parts = append(parts, fmt.Sprintf("%d al opgeslagen", p.unchanged))
	}
	if len(parts) == 0 {
		return "nog geen pagina's"
	}
	return strings.Join(parts, ", ")
}

func (p *progress) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

// bulkStore returns the store's bulk loader for an initial load: a store
// that has one (PostgreSQL) and holds no documents yet. Later ingests go
// file by file, so searches never wait for an index rebuild.
func (a *App) bulkStore(ctx context.Context) (ingest.BulkStore, bool) {
	bulk, ok := a.Store.(ingest.BulkStore)
	if !ok {
		return nil, false
	}
	docs, err := a.Store.Documents(ctx)
	return bulk, err == nil && len(docs) == 0
}
