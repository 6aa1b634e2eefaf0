package pdfworker

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// FuzzPDFWorker sends each input through the worker boundary: whatever the
// file does to its worker, the caller gets a document or an error with a
// code; a document equals the one extracted in this process (nothing is
// lost on the pipe) and its blocks stay inside their pages.
func FuzzPDFWorker(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/bad/*.pdf")
	for _, name := range append(seeds, "../testdata/groff-ms.pdf", "../testdata/truncated.pdf", "../testdata/encrypted-owner.pdf") {
		f.Add(readFile(f, name[len("../testdata/"):]))
	}
	pool := mustNewPool(f, Limits{Memory: 256 << 20, CPU: 10 * time.Second, Workers: 2})
	opts := extract.PDFOptions{Timeout: 5 * time.Second, MaxPages: 50}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := pool.PDF(context.Background(), data, opts)
		if err != nil {
			if doc != nil {
				t.Fatal("document returned with error")
			}
			if code := bronwijzer.ErrorCode(err); code == bronwijzer.EINTERNAL {
				t.Fatalf("error without code: %v", err)
			}
			return
		}
		for _, p := range doc.Pages {
			n := utf8.RuneCountInString(p.Text)
			for _, b := range p.Blocks {
				if b.Start < 0 || b.End > n || b.Start > b.End {
					t.Fatalf("page %d: block %+v outside text of %d runes", p.Number, b, n)
				}
			}
		}
		// The worker read the file without dying, so this process can too.
		want, err := extract.PDF(context.Background(), data, opts)
		if err != nil {
			t.Fatalf("worker read the file, this process did not: %v", err)
		}
		if !reflect.DeepEqual(doc, want) {
			t.Fatal("worker document differs from in-process extraction")
		}
	})
}
