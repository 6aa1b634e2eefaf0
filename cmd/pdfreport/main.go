// Command pdfreport measures PDF extraction on a directory of PDFs, file
// by file, against poppler's pdftotext: the robustness report of
// docs/extraction.md (`make bench-pdf DIR=...`).
//
//	pdfreport [-j 2] [-timeout 60s] [-json out.json] DIR...
//
// Each file is extracted as the binary does it, in a worker process
// (ingest/extract/pdfworker) with the default limits. Per file it prints the
// outcome (ok, refused with the message, crash: the worker died, hang: the
// time limit), the word recall against pdftotext, words glued together or
// split apart, U+FFFD characters, page warnings, and the worker's CPU time
// and peak memory beside pdftotext's CPU time; then the totals.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
)

func main() {
	pdfworker.Main()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pdfreport:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fl := flag.NewFlagSet("pdfreport", flag.ContinueOnError)
	jobs := fl.Int("j", 2, "files measured at once")
	timeout := fl.Duration("timeout", 60*time.Second, "wall-clock limit per file (ours and pdftotext's)")
	jsonOut := fl.String("json", "", "also write every file's measurement as JSON to this file")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return fmt.Errorf("usage: pdfreport [-j N] [-timeout D] [-json FILE] DIR...")
	}
	files, err := findPDFs(fl.Args())
	if err != nil {
		return err
	}
	pool, err := pdfworker.New(pdfworker.Limits{Workers: *jobs})
	if err != nil {
		return err
	}
	m := measurer{pool: pool, timeout: *timeout}
	results := make([]fileResult, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, *jobs)
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			results[i] = m.measure(ctx, f)
			fmt.Fprintf(os.Stderr, "%d/%d %s %s\n", i+1, len(files), results[i].Outcome, f)
		}()
	}
	wg.Wait()
	writeReport(out, results)
	if *jsonOut != "" {
		b, err := json.MarshalIndent(results, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(*jsonOut, b, 0o600)
	}
	return nil
}

// findPDFs lists *.pdf files (any case) under the arguments, sorted.
func findPDFs(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".pdf") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}
