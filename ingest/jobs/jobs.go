// Package jobs runs slow work (ingesting an uploaded document) outside the
// HTTP request that asked for it: a small bounded in-process queue with a
// fixed number of workers, whose jobs clients poll by id.
//
// Jobs live in the memory of the process that accepted them. With several
// API replicas a client must poll the replica that accepted the job; the
// job id carries the node name (Options.Node) so a proxy or an operator can
// tell which one. Finished jobs are kept for a while (Options.Keep) and lost
// on restart; the work they did (a stored document version) is not.
package jobs

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/bronwijzer/bronwijzer"
)

// Statuses of a job.
const (
	StatusQueued    = "queued"
	StatusRunning   = "running"
	StatusSucceeded = "succeeded"
	StatusFailed    = "failed"
	StatusCanceled  = "canceled"
)

// Func is the work of one job. It reports progress through report (a stage
// name and a fraction 0..1) and returns a JSON-serialisable result.
type Func func(ctx context.Context, report func(stage string, fraction float64)) (any, error)

// ErrorInfo is a failed job's error, safe to show to a client.
type ErrorInfo struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Job is a snapshot of one job: the GET /v1/jobs/{id} body.
type Job struct {
	ID         string     `json:"id"`
	Kind       string     `json:"kind"`
	Status     string     `json:"status"`
	Stage      string     `json:"stage"`
	Progress   float64    `json:"progress"`
	CreatedAt  time.Time  `json:"created_at"`
	StartedAt  *time.Time `json:"started_at,omitempty"`
	FinishedAt *time.Time `json:"finished_at,omitempty"`
	Result     any        `json:"result,omitempty"`
	Error      *ErrorInfo `json:"error,omitempty"`
}

// Done reports whether the job has finished (successfully or not).
func (j Job) Done() bool {
	return j.Status == StatusSucceeded || j.Status == StatusFailed || j.Status == StatusCanceled
}

// Options configure a Queue. Zero values take the defaults.
type Options struct {
	Workers  int           // concurrent jobs; default 1 (ingest is CPU-bound)
	Capacity int           // queued jobs beyond the running ones; default 16
	Keep     int           // finished jobs remembered; default 1000
	Timeout  time.Duration // per job; default 10 minutes
	Node     string        // replica name put into job ids; optional
	Logger   *slog.Logger
}

func (o *Options) setDefaults() {
	if o.Workers <= 0 {
		o.Workers = 1
	}
	if o.Capacity <= 0 {
		o.Capacity = 16
	}
	if o.Keep <= 0 {
		o.Keep = 1000
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

type entry struct {
	job    Job
	fn     Func
	cancel context.CancelFunc
}

// Queue runs jobs. It is safe for concurrent use. Create it with New and
// stop it with Close.
type Queue struct {
	opts    Options
	pending chan *entry
	ctx     context.Context // parent of every job's context; canceled by Close
	stop    context.CancelFunc
	wg      sync.WaitGroup

	mu       sync.Mutex
	jobs     map[string]*entry
	finished []string // ids in finishing order, for forgetting the oldest
	closed   bool
}

// New starts a queue with its workers.
func New(opts Options) *Queue {
	opts.setDefaults()
	opts.Node = safeNode(opts.Node)
	ctx, stop := context.WithCancel(context.Background())
	q := &Queue{opts: opts, pending: make(chan *entry, opts.Capacity), ctx: ctx, stop: stop, jobs: map[string]*entry{}}
	for range opts.Workers {
		q.wg.Add(1)
		go q.work()
	}
	return q
}

// Submit queues fn. A full queue is EUNAVAILABLE (the client may retry
// later); a closed one too.
func (q *Queue) Submit(kind string, fn Func) (Job, error) {
	e := &entry{fn: fn, job: Job{ID: q.newID(), Kind: kind, Status: StatusQueued, Stage: StatusQueued, CreatedAt: time.Now().UTC()}}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return Job{}, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "De server wordt afgesloten; probeer het zo opnieuw (shutting down).")
	}
	select {
	case q.pending <- e:
	default:
		return Job{}, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE,
			"Er staan al %d taken in de wachtrij; probeer het later opnieuw (job queue full).", q.opts.Capacity)
	}
	q.jobs[e.job.ID] = e
	return e.job, nil
}

// Get returns a snapshot of job id, or ENOTFOUND.
func (q *Queue) Get(id string) (Job, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	e, ok := q.jobs[id]
	if !ok {
		return Job{}, bronwijzer.Errorf(bronwijzer.ENOTFOUND,
			"Taak %q niet gevonden: onbekend, verlopen, of aangenomen door een andere server (job not found).", id)
	}
	return e.job, nil
}

// Wait blocks until job id is done or ctx ends, polling; for tests and the CLI.
func (q *Queue) Wait(ctx context.Context, id string) (Job, error) {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		j, err := q.Get(id)
		if err != nil || j.Done() {
			return j, err
		}
		select {
		case <-ctx.Done():
			return j, ctx.Err()
		case <-t.C:
		}
	}
}

// Close stops accepting jobs, lets running jobs finish until ctx ends, then
// cancels them. Jobs still queued are marked canceled.
func (q *Queue) Close(ctx context.Context) error {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return nil
	}
	q.closed = true
	close(q.pending)
	q.mu.Unlock()
	done := make(chan struct{})
	go func() { q.wg.Wait(); close(done) }()
	select {
	case <-done:
		q.stop()
		return nil
	case <-ctx.Done():
		q.stop() // running jobs see their context canceled
		<-done
		return fmt.Errorf("jobs: close: %w", ctx.Err())
	}
}

func (q *Queue) work() {
	defer q.wg.Done()
	for e := range q.pending {
		if q.closing() {
			q.finish(e, nil, errShutdown(context.Canceled))
			continue
		}
		q.run(e)
	}
}

// closing reports whether Close was called: queued jobs are then not
// started, only the running ones finish.
func (q *Queue) closing() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.closed
}

func (q *Queue) run(e *entry) {
	ctx, cancel := context.WithTimeout(q.ctx, q.opts.Timeout)
	defer cancel()
	now := time.Now().UTC()
	q.mu.Lock()
	e.cancel = cancel
	e.job.Status, e.job.Stage, e.job.StartedAt = StatusRunning, StatusRunning, &now
	q.mu.Unlock()
	report := func(stage string, fraction float64) {
		q.mu.Lock()
		defer q.mu.Unlock()
		e.job.Stage, e.job.Progress = stage, min(max(fraction, 0), 1)
	}
	res, err := q.call(ctx, e, report)
	if err != nil && ctx.Err() != nil && q.ctx.Err() != nil {
		err = errShutdown(err)
	} else if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		err = bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "Taak duurde langer dan %s en is afgebroken (job timed out).", q.opts.Timeout)
	}
	q.finish(e, res, err)
}

// call runs the job's function, containing a panic as an internal error.
func (q *Queue) call(ctx context.Context, e *entry, report func(string, float64)) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			q.opts.Logger.Error("job panicked", slog.String("job", e.job.ID), slog.Any("panic", r))
			res, err = nil, bronwijzer.Errorf(bronwijzer.EINTERNAL, "Interne fout in taak (internal error).")
		}
	}()
	return e.fn(ctx, report)
}

func (q *Queue) finish(e *entry, res any, err error) {
	now := time.Now().UTC()
	q.mu.Lock()
	defer q.mu.Unlock()
	e.job.FinishedAt, e.job.Result, e.fn, e.cancel = &now, res, nil, nil
	switch {
	case err == nil:
		e.job.Status, e.job.Stage, e.job.Progress = StatusSucceeded, StatusSucceeded, 1
	case errors.Is(err, errCanceled):
		e.job.Status, e.job.Stage = StatusCanceled, StatusCanceled
		e.job.Error = &ErrorInfo{Code: bronwijzer.ErrorCode(err), Message: bronwijzer.ErrorMessage(err)}
	default:
		e.job.Status, e.job.Stage = StatusFailed, StatusFailed
		e.job.Error = &ErrorInfo{Code: bronwijzer.ErrorCode(err), Message: bronwijzer.ErrorMessage(err)}
	}
	if err != nil {
		q.opts.Logger.Warn("job failed", slog.String("job", e.job.ID), slog.String("kind", e.job.Kind), slog.Any("error", err))
	}
	q.finished = append(q.finished, e.job.ID)
	for len(q.finished) > q.opts.Keep {
		delete(q.jobs, q.finished[0])
		q.finished = q.finished[1:]
	}
}

// errCanceled marks jobs stopped by Close.
var errCanceled = errors.New("job canceled by shutdown")

func errShutdown(cause error) error {
	return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, fmt.Errorf("%w: %w", errCanceled, cause),
		"Taak afgebroken: de server werd afgesloten; dien het bestand opnieuw in (canceled by shutdown).")
}

func (q *Queue) newID() string {
	var b [9]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	if q.opts.Node != "" {
		return "job_" + q.opts.Node + "_" + hex.EncodeToString(b[:])
	}
	return "job_" + hex.EncodeToString(b[:])
}

// safeNode keeps the characters of a node name that are safe in a URL path
// segment and cannot be confused with the id's separators.
func safeNode(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '-' {
			out = append(out, r)
		}
	}
	return string(out[:min(len(out), 32)])
}
