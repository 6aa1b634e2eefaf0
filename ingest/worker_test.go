package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
)

// TestMain makes this test binary a PDF worker when a pdfworker.Pool
// starts it as one.
func TestMain(m *testing.M) {
	pdfworker.Main()
	os.Exit(m.Run())
}

func mustNewPool(tb testing.TB, l pdfworker.Limits) *pdfworker.Pool {
	tb.Helper()
	pool, err := pdfworker.New(l)
	if err != nil {
		tb.Fatal(err)
	}
	return pool
}

// The crash file of issue 14 (an xref subsection at object 2^32), handed to
// the parser unchecked, made it allocate 128 GiB and killed the process: a
// directory ingest stopped there with no summary. In a worker it kills only
// the worker: that file fails with the memory limit named, and every other
// file of the batch is stored.
func TestBatchSurvivesWorkerCrash(t *testing.T) {
	p, store := MustOpenPipeline(t)
	pool := mustNewPool(t, pdfworker.Limits{Memory: 512 << 20})
	p.PDF = func(ctx context.Context, data []byte, opts extract.PDFOptions) (*extract.Document, error) {
		opts.TrustXref = true // the parser as it was before the check
		return pool.PDF(ctx, data, opts)
	}
	dir := t.TempDir()
	paths := []string{
		writeFile(t, dir, "a-griep.md", []byte("# Griep\n\nBij griep is rust het belangrijkste advies.\n")),
		writeFile(t, dir, "b-crash.pdf", fixture(t, "bad/xref-huge-object.pdf")),
		writeFile(t, dir, "c-groff.pdf", fixture(t, "groff-ms.pdf")),
	}
	results := p.Paths(context.Background(), []string{dir}, nil)
	if len(results) != len(paths) {
		t.Fatalf("%d results for %d files", len(results), len(paths))
	}
	crash := results[1]
	want := "Het PDF-bestand liet de verwerking vastlopen (geheugenlimiet van 512 MiB overschreden)"
	if crash.Status != ingest.StatusFailed || bronwijzer.ErrorCode(crash.Err) != bronwijzer.ETOOLARGE ||
		!strings.HasPrefix(bronwijzer.ErrorMessage(crash.Err), want) {
		t.Errorf("crash file: %s, %v; want failed with %q…", crash.Status, crash.Err, want)
	}
	for _, i := range []int{0, 2} {
		if r := results[i]; r.Status != ingest.StatusIngested {
			t.Errorf("%s: %s, %v", filepath.Base(r.Path), r.Status, r.Err)
		}
	}
	docs, err := store.Documents(context.Background())
	if err != nil || len(docs) != 2 {
		t.Errorf("stored %d documents (%v), want 2", len(docs), err)
	}
}

// With the check, as the binary runs, the same file is repaired and read,
// with a warning that says so.
func TestCrashFileIsRepairedInWorker(t *testing.T) {
	p, _ := MustOpenPipeline(t)
	p.PDF = mustNewPool(t, pdfworker.Limits{}).PDF
	r := p.Ingest(context.Background(), ingest.Input{Name: "crash.pdf", Data: fixture(t, "bad/xref-huge-object.pdf")})
	if r.Status != ingest.StatusIngested {
		t.Fatalf("%s: %v", r.Status, r.Err)
	}
	if !slices.ContainsFunc(r.Warnings, func(w string) bool { return strings.Contains(w, "(xref) was beschadigd en is hersteld") }) {
		t.Errorf("warnings %q lack the repair", r.Warnings)
	}
}

// BenchmarkIngestKompasWorker is BenchmarkIngestKompas with the PDF parsed
// in a worker process, as the binary does: the difference is the worker's
// cost (start, limits, the document over the pipe).
func BenchmarkIngestKompasWorker(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "ai-kompas-nulde-eerstelijnszorg.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	pool := mustNewPool(b, pdfworker.Limits{})
	pages := 0
	for b.Loop() {
		b.StopTimer()
		p, _ := MustOpenPipeline(b)
		p.PDF = pool.PDF
		b.StartTimer()
		r := p.Ingest(context.Background(), ingest.Input{Name: "ai-kompas-nulde-eerstelijnszorg.pdf", Data: data})
		if r.Status != ingest.StatusIngested {
			b.Fatal(r.Err)
		}
		pages += r.Pages
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
