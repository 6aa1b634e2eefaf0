package pdfworker

import (
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// Main turns the process into a PDF worker when it was started as one by a
// Pool, and then exits; otherwise it returns at once. Call it first in main
// and in TestMain of test binaries that use a Pool.
func Main() {
	spec, ok := os.LookupEnv(envWorker)
	if !ok {
		return
	}
	if err := serve(spec, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "pdf worker: %v\n", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// serve applies the limits, then reads one request and writes one response.
func serve(spec string, in io.Reader, out io.Writer) error {
	mem, cpu, err := parseSpec(spec)
	if err != nil {
		return err
	}
	if err := limit(mem, cpu); err != nil {
		return err
	}
	var req request
	if err := gob.NewDecoder(in).Decode(&req); err != nil {
		return fmt.Errorf("decode request: %w", err)
	}
	doc, err := extract.PDF(context.Background(), req.Data, req.Options)
	return gob.NewEncoder(out).Encode(newResponse(doc, err))
}

func parseSpec(spec string) (mem int64, cpu uint64, err error) {
	for field := range strings.SplitSeq(spec, ",") {
		k, v, _ := strings.Cut(field, "=")
		switch k {
		case "mem":
			mem, err = strconv.ParseInt(v, 10, 64)
		case "cpu":
			cpu, err = strconv.ParseUint(v, 10, 64)
		}
		if err != nil {
			return 0, 0, fmt.Errorf("%s=%q: %w", envWorker, spec, err)
		}
	}
	if mem <= 0 || cpu == 0 {
		return 0, 0, fmt.Errorf("%s=%q: want mem=BYTES,cpu=SECONDS", envWorker, spec)
	}
	return mem, cpu, nil
}

// limit caps the address space and CPU time of this process. The Go
// runtime reserves about 1.2 GiB of address space at start (heap metadata,
// untouched), so the limit is that reservation plus mem: mem is what the
// worker may map on top. The Go heap is held to half of mem, so the
// collector works hard before an allocation fails; an allocation beyond the
// limit fails in the kernel and the runtime dies with "out of memory",
// which the parent reports.
func limit(mem int64, cpu uint64) error {
	base, err := addressSpace()
	if err != nil {
		return err
	}
	if base < 0 || mem <= 0 || base > math.MaxInt64-mem {
		return fmt.Errorf("address-space limit out of range: %d + %d bytes", base, mem)
	}
	as := uint64(base + mem) // #nosec G115 -- checked above: positive and no overflow
	if err := unix.Setrlimit(unix.RLIMIT_AS, &unix.Rlimit{Cur: as, Max: as}); err != nil {
		return fmt.Errorf("set address-space limit: %w", err)
	}
	// SIGXCPU at the soft limit, SIGKILL one second later.
	if err := unix.Setrlimit(unix.RLIMIT_CPU, &unix.Rlimit{Cur: cpu, Max: cpu + 1}); err != nil {
		return fmt.Errorf("set CPU limit: %w", err)
	}
	debug.SetMemoryLimit(mem / 2)
	return nil
}

func newResponse(doc *extract.Document, err error) response {
	if err == nil {
		return response{Doc: doc}
	}
	var e *bronwijzer.Error
	if errors.As(err, &e) {
		r := response{Code: e.Code, Message: e.Message}
		if e.Err != nil {
			r.Cause = e.Err.Error()
		}
		return r
	}
	return response{Cause: err.Error()}
}

// addressSpace is the process's current virtual size (VmSize), bytes.
func addressSpace() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("read address space: %w", err)
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("parse VmSize %q: %w", v, err)
			}
			return kb << 10, nil
		}
	}
	return 0, errors.New("no VmSize in /proc/self/status")
}
