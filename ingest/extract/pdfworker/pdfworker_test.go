package pdfworker

import (
	"bytes"
	"cmp"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// TestMain makes this test binary a worker when a Pool starts it as one.
func TestMain(m *testing.M) {
	Main()
	os.Exit(m.Run())
}

func mustNewPool(tb testing.TB, l Limits) *Pool {
	tb.Helper()
	p, err := New(l)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func readFile(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// A worker returns exactly what extraction in the process returns: the
// document, or the error with its code and Dutch message.
func TestWorkerMatchesInProcess(t *testing.T) {
	p := mustNewPool(t, Limits{})
	for _, name := range []string{"groff-ms.pdf", "chromium-twocol.pdf", "not-a-pdf.pdf", "truncated.pdf", "encrypted-user.pdf", "bad/filter-lzw.pdf"} {
		t.Run(name, func(t *testing.T) {
			data := readFile(t, name)
			want, wantErr := extract.PDF(context.Background(), data, extract.PDFOptions{})
			got, use, err := p.Extract(context.Background(), data, extract.PDFOptions{})
			if bronwijzer.ErrorCode(err) != bronwijzer.ErrorCode(wantErr) || bronwijzer.ErrorMessage(err) != bronwijzer.ErrorMessage(wantErr) {
				t.Fatalf("error %v, want %v", err, wantErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("document differs from in-process extraction:\n got %+v\nwant %+v", got, want)
			}
			if use.CPU <= 0 || use.MaxRSS <= 0 || use.Wall <= 0 {
				t.Errorf("usage not measured: %+v", use)
			}
		})
	}
}

// The crash file of issue 14, handed to the parser unchecked, makes it
// allocate 128 GiB: the worker dies at its memory limit, the caller gets a
// Dutch message naming the limit, and the next file is read as usual.
func TestWorkerContainsOutOfMemory(t *testing.T) {
	p := mustNewPool(t, Limits{Memory: 256 << 20})
	data := readFile(t, "bad/xref-huge-object.pdf")
	_, use, err := p.Extract(context.Background(), data, extract.PDFOptions{TrustXref: true})
	want := "Het PDF-bestand liet de verwerking vastlopen (geheugenlimiet van 256 MiB overschreden)"
	if bronwijzer.ErrorCode(err) != bronwijzer.ETOOLARGE || !strings.HasPrefix(bronwijzer.ErrorMessage(err), want) {
		t.Fatalf("error %v, want %s %q…", err, bronwijzer.ETOOLARGE, want)
	}
	t.Logf("worker died after %v (CPU %v, peak RSS %d MiB): %v", use.Wall, use.CPU, use.MaxRSS>>20, err)
	// Checked as usual, the same file is repaired and read.
	doc, err := p.PDF(context.Background(), data, extract.PDFOptions{})
	if err != nil || !strings.Contains(doc.Pages[0].Text, "metformine") {
		t.Fatalf("checked extraction: %v", err)
	}
}

// fakeWorker makes the pool start a shell script instead of the binary.
func fakeWorker(t *testing.T, p *Pool, script string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "worker.sh")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+script+"\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	p.exe = path
}

// Every way a worker can die becomes a specific Dutch message, and the
// pool goes on. The CPU-limit script behaves as a Go worker does: it
// ignores SIGXCPU at the soft limit and dies by SIGKILL at the hard one.
func TestWorkerFailures(t *testing.T) {
	for _, tt := range []struct {
		name, script string
		limits       Limits
		code, how    string
		timeout      time.Duration // 1 s when 0
	}{
		{"hang past the timeout", "exec sleep 30", Limits{}, bronwijzer.ETIMEOUT, "tijdslimiet overschreden", 0},
		{"CPU limit", "cat >/dev/null; trap '' XCPU; ulimit -St 1; ulimit -Ht 2; while :; do :; done", Limits{CPU: time.Second}, bronwijzer.ETIMEOUT, "rekentijdlimiet van 1s overschreden", 20 * time.Second},
		{"killed by a signal", "cat >/dev/null; kill -SEGV $$", Limits{}, bronwijzer.EINVALID, "het verwerkingsproces is afgebroken door signaal segmentation fault", 0},
		{"exit code", "cat >/dev/null; echo 'panic: boom' >&2; exit 2", Limits{}, bronwijzer.EINVALID, "het verwerkingsproces stopte onverwacht met code 2", 0},
		{"garbage on the pipe", "cat >/dev/null; echo '%PDF garbage'", Limits{}, bronwijzer.EINVALID, "onleesbaar antwoord van het verwerkingsproces", 0},
		{"nothing on the pipe", "cat >/dev/null", Limits{}, bronwijzer.EINVALID, "onleesbaar antwoord van het verwerkingsproces", 0},
		{"out of memory", "cat >/dev/null; echo 'fatal error: runtime: out of memory' >&2; exit 2", Limits{Memory: 1 << 30}, bronwijzer.ETOOLARGE, "geheugenlimiet van 1 GiB overschreden", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := mustNewPool(t, tt.limits)
			p.grace = 200 * time.Millisecond
			fakeWorker(t, p, tt.script)
			start := time.Now()
			_, err := p.PDF(context.Background(), []byte("%PDF-1.4\n"), extract.PDFOptions{Timeout: cmp.Or(tt.timeout, time.Second)})
			want := "Het PDF-bestand liet de verwerking vastlopen (" + tt.how + ")"
			if bronwijzer.ErrorCode(err) != tt.code || !strings.HasPrefix(bronwijzer.ErrorMessage(err), want) {
				t.Errorf("error %v, want %s %q…", err, tt.code, want)
			}
			if d := time.Since(start); d > cmp.Or(tt.timeout, time.Second)+5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// A caller that gives up gets its own context error, not a message blaming
// the file.
func TestWorkerCallerCancels(t *testing.T) {
	p := mustNewPool(t, Limits{})
	fakeWorker(t, p, "exec sleep 30")
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := p.PDF(ctx, []byte("%PDF-1.4\n"), extract.PDFOptions{})
	if err == nil || bronwijzer.ErrorCode(err) != bronwijzer.EINTERNAL || !strings.Contains(err.Error(), "deadline exceeded") {
		t.Errorf("error %v, want the caller's deadline", err)
	}
}

// No more than Limits.Workers run at once.
func TestWorkerConcurrencyCap(t *testing.T) {
	p := mustNewPool(t, Limits{Workers: 2})
	dir := t.TempDir()
	// Each fake worker records itself as running, counts the others, and
	// leaves.
	fakeWorker(t, p, "cat >/dev/null; f="+dir+"/$$; touch $f; sleep 0.2; ls "+dir+" | wc -l >> "+dir+".max; rm $f")
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() { _, _ = p.PDF(context.Background(), []byte("%PDF-1.4\n"), extract.PDFOptions{}) })
	}
	wg.Wait()
	counts, err := os.ReadFile(dir + ".max")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range strings.Fields(string(counts)) {
		if c != "1" && c != "2" {
			t.Errorf("%s workers ran at once, want at most 2 (all counts %q)", c, counts)
		}
	}
}

// A process that is itself a worker refuses to start workers: a binary
// whose main forgot Main would otherwise fork itself without end.
func TestNewInsideWorker(t *testing.T) {
	t.Setenv(envWorker, "mem=1,cpu=1")
	if _, err := New(Limits{}); err == nil {
		t.Error("New succeeded inside a worker")
	}
}

// BenchmarkWorkerStartup is the cost of one worker for a one-page PDF:
// process start, limits, the request and response over the pipes.
func BenchmarkWorkerStartup(b *testing.B) {
	p := mustNewPool(b, Limits{})
	data := readFile(b, "bad/header-trailing-blank.pdf")
	var cpu time.Duration
	for b.Loop() {
		_, use, err := p.Extract(context.Background(), data, extract.PDFOptions{})
		if err != nil {
			b.Fatal(err)
		}
		cpu += use.CPU
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkInProcess is the same extraction without a worker.
func BenchmarkInProcess(b *testing.B) {
	data := readFile(b, "bad/header-trailing-blank.pdf")
	for b.Loop() {
		if _, err := extract.PDF(context.Background(), data, extract.PDFOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// The address-space limit is what stops the parser, not the machine: the
// crash file with its xref subsection moved to object 2^24 makes the parser
// ask for about 640 MiB, which a worker limited to 2 GiB gets and one
// limited to 256 MiB does not.
func TestWorkerMemoryLimitIsEnforced(t *testing.T) {
	data := bytes.Replace(readFile(t, "bad/xref-huge-object.pdf"), []byte("0000000004294967296 3"), []byte("0000000000016777216 3"), 1)
	opts := extract.PDFOptions{TrustXref: true}
	_, err := mustNewPool(t, Limits{Memory: 256 << 20}).PDF(context.Background(), data, opts)
	if bronwijzer.ErrorCode(err) != bronwijzer.ETOOLARGE {
		t.Errorf("256 MiB worker: %v, want the memory limit", err)
	}
	_, err = mustNewPool(t, Limits{Memory: 2 << 30}).PDF(context.Background(), data, opts)
	if strings.Contains(bronwijzer.ErrorMessage(err), "geheugenlimiet") {
		t.Errorf("2 GiB worker: %v, want no memory error", err)
	}
}
