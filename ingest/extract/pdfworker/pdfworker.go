// Package pdfworker parses each PDF in a child process of the running
// binary, so that a file that crashes or exhausts the parser takes down only
// its own worker. The Go runtime cannot recover from "fatal error: runtime:
// out of memory" (issue 14: a 627-byte file made the parser allocate
// 128 GiB), nor stop a goroutine stuck in a parser loop; a process can be
// limited and killed.
//
// The child is the same executable started again with an environment
// switch; Main, called first thing in main (and in TestMain of every test
// binary that extracts through a Pool), turns such a process into a worker.
// The child sets its own address-space and CPU-time limits before reading
// anything, extracts one PDF with extract.PDF and writes the Document back
// over its stdout with encoding/gob.
package pdfworker

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// envWorker switches a process into worker mode; its value carries the
// limits ("mem=1073741824,cpu=120").
const envWorker = "BRONWIJZER_PDF_WORKER"

// Limits bound one worker.
type Limits struct {
	Memory  int64         // address space of the worker (RLIMIT_AS), bytes; default 1 GiB
	CPU     time.Duration // CPU time of the worker (RLIMIT_CPU), whole seconds; default 2 minutes
	Workers int           // workers running at once; default min(GOMAXPROCS, 4)
}

// SetDefaults fills zero fields.
func (l *Limits) SetDefaults() {
	if l.Memory <= 0 {
		l.Memory = 1 << 30
	}
	if l.CPU <= 0 {
		l.CPU = 2 * time.Minute
	}
	if l.CPU < time.Second {
		l.CPU = time.Second
	}
	if l.Workers <= 0 {
		l.Workers = min(runtime.GOMAXPROCS(0), 4)
	}
}

// Pool starts workers, at most Limits.Workers at a time.
type Pool struct {
	limits Limits
	exe    string
	grace  time.Duration // how long past its timeout a worker may take to report it
	sem    chan struct{}
}

// New returns a pool that re-executes the running binary. It fails inside a
// worker: a binary whose main does not call Main would otherwise start
// itself again and again.
func New(l Limits) (*Pool, error) {
	if _, inside := os.LookupEnv(envWorker); inside {
		return nil, errors.New("pdfworker: the process is itself a worker; main must call pdfworker.Main first")
	}
	exe, err := executable()
	if err != nil {
		return nil, err
	}
	l.SetDefaults()
	return &Pool{limits: l, exe: exe, grace: 5 * time.Second, sem: make(chan struct{}, l.Workers)}, nil
}

// executable is the running binary. On Linux /proc/self/exe names the very
// file this process runs even after an upgrade replaced or removed it, so a
// worker never speaks another version's protocol.
func executable() (string, error) {
	const self = "/proc/self/exe"
	if _, err := os.Stat(self); err == nil {
		return self, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("pdfworker: find executable: %w", err)
	}
	return exe, nil
}

// Limits returns the pool's limits with defaults filled in.
func (p *Pool) Limits() Limits { return p.limits }

// Usage is what one worker cost, from the kernel's accounting of the child.
type Usage struct {
	Wall   time.Duration // start to exit, including start-up
	CPU    time.Duration // user + system
	MaxRSS int64         // peak resident set, bytes
}

// PDF extracts a PDF in a worker; it has the signature of extract.PDF so a
// pipeline can use either.
func (p *Pool) PDF(ctx context.Context, data []byte, opts extract.PDFOptions) (*extract.Document, error) {
	doc, _, err := p.Extract(ctx, data, opts)
	return doc, err
}

// request and response are the messages over the pipes.
type request struct {
	Data    []byte
	Options extract.PDFOptions
}

type response struct {
	Doc     *extract.Document
	Code    string // bronwijzer error code; "" with a Cause is an internal error
	Message string
	Cause   string
}

// Extract runs one worker and reports its cost. The wall-clock limit is
// opts.Timeout (the worker's own extraction stops there; the process is
// killed a few seconds later if it has not).
func (p *Pool) Extract(ctx context.Context, data []byte, opts extract.PDFOptions) (*extract.Document, Usage, error) {
	opts.SetDefaults()
	select {
	case p.sem <- struct{}{}:
		defer func() { <-p.sem }()
	case <-ctx.Done():
		return nil, Usage{}, fmt.Errorf("wait for pdf worker: %w", ctx.Err())
	}
	var in bytes.Buffer
	if err := gob.NewEncoder(&in).Encode(request{Data: data, Options: opts}); err != nil {
		return nil, Usage{}, fmt.Errorf("encode pdf worker request: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, opts.Timeout+p.grace)
	defer cancel()
	cmd := exec.CommandContext(wctx, p.exe) // #nosec G204 -- the running binary itself, no arguments
	cmd.Env = append(os.Environ(), envWorker+"="+p.spec())
	cmd.Stdin = &in
	var out bytes.Buffer
	stderr := &headBuffer{max: 16 << 10}
	cmd.Stdout, cmd.Stderr = &out, stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	runErr := cmd.Run()
	use := usage(cmd.ProcessState, time.Since(start))
	if runErr != nil {
		if err := ctx.Err(); err != nil { // the caller gave up, not the file's fault
			return nil, use, fmt.Errorf("extract pdf: %w", err)
		}
		return nil, use, p.failure(wctx, cmd.ProcessState, use, stderr.String(), runErr)
	}
	var resp response
	if err := gob.NewDecoder(&out).Decode(&resp); err != nil {
		return nil, use, crashed(fmt.Errorf("decode worker output: %w", err), "onleesbaar antwoord van het verwerkingsproces")
	}
	return resp.Doc, use, resp.err()
}

func (p *Pool) spec() string {
	return fmt.Sprintf("mem=%d,cpu=%d", p.limits.Memory, int64(p.limits.CPU/time.Second))
}

func usage(ps *os.ProcessState, wall time.Duration) Usage {
	u := Usage{Wall: wall}
	if ps == nil {
		return u
	}
	u.CPU = ps.UserTime() + ps.SystemTime()
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		u.MaxRSS = ru.Maxrss << 10 // KiB on Linux
	}
	return u
}

func (r response) err() error {
	switch {
	case r.Code != "":
		var cause error
		if r.Cause != "" {
			cause = errors.New(r.Cause)
		}
		return &bronwijzer.Error{Code: r.Code, Message: r.Message, Err: cause}
	case r.Cause != "":
		return errors.New(r.Cause)
	case r.Doc == nil:
		return crashed(errors.New("worker returned neither a document nor an error"), "leeg antwoord van het verwerkingsproces")
	}
	return nil
}

// msgCrashed is the message of a worker that died; %s says how.
const msgCrashed = "Het PDF-bestand liet de verwerking vastlopen (%s); het is niet opgenomen, de andere bestanden wel. " +
	"Sla het opnieuw op als PDF (bijvoorbeeld via Afdrukken naar PDF) en lever het opnieuw aan (pdf worker failed)"

func crashed(cause error, how string) error {
	return bronwijzer.WrapError(bronwijzer.EINVALID, cause, msgCrashed, how)
}

// failure explains why a worker did not return a result.
func (p *Pool) failure(wctx context.Context, ps *os.ProcessState, use Usage, stderr string, runErr error) error {
	cause := fmt.Errorf("pdf worker: %w; stderr: %s", runErr, lastLines(stderr, 5))
	sig := signalOf(ps)
	switch {
	case errors.Is(wctx.Err(), context.DeadlineExceeded):
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, cause, msgCrashed, "tijdslimiet overschreden")
	case outOfMemory(stderr):
		return bronwijzer.WrapError(bronwijzer.ETOOLARGE, cause, msgCrashed,
			"geheugenlimiet van "+formatBytes(p.limits.Memory)+" overschreden")
	// Go ignores SIGXCPU (the soft limit), so a worker dies by SIGKILL at
	// the hard limit, a second later; the kernel checks CPU time at ticks.
	case sig == syscall.SIGXCPU || sig == syscall.SIGKILL && use.CPU >= p.limits.CPU*9/10:
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, cause, msgCrashed,
			fmt.Sprintf("rekentijdlimiet van %s overschreden", p.limits.CPU))
	case sig != 0:
		return crashed(cause, "het verwerkingsproces is afgebroken door signaal "+sig.String())
	case ps != nil:
		return crashed(cause, fmt.Sprintf("het verwerkingsproces stopte onverwacht met code %d", ps.ExitCode()))
	default:
		return crashed(cause, "het verwerkingsproces kon niet worden gestart")
	}
}

func signalOf(ps *os.ProcessState) syscall.Signal {
	if ps == nil {
		return 0
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return ws.Signal()
	}
	return 0
}

// outOfMemory recognises the Go runtime's and the C library's messages for
// a failed allocation under RLIMIT_AS.
func outOfMemory(stderr string) bool {
	for _, s := range []string{"out of memory", "cannot allocate memory", "memory limit"} {
		if strings.Contains(stderr, s) {
			return true
		}
	}
	return false
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GiB"
	default:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[:n] // the first lines name the fatal error; the goroutine dump follows
	}
	return strings.Join(lines, " | ")
}

// headBuffer keeps the first max bytes written (a runtime crash puts its
// reason first, then goroutine dumps of any length).
type headBuffer struct {
	max int
	b   bytes.Buffer
}

func (t *headBuffer) Write(p []byte) (int, error) {
	if room := t.max - t.b.Len(); room > 0 {
		t.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (t *headBuffer) String() string { return t.b.String() }

var _ io.Writer = (*headBuffer)(nil)
