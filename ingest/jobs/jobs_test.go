package jobs_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest/jobs"
)

func wait(t *testing.T, q *jobs.Queue, id string) jobs.Job {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	j, err := q.Wait(ctx, id)
	if err != nil {
		t.Fatalf("Wait(%s): %v", id, err)
	}
	return j
}

func closeQueue(t *testing.T, q *jobs.Queue) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		q.Close(ctx) //nolint:errcheck // tests that care call Close themselves
	})
}

func TestOutcomes(t *testing.T) {
	q := jobs.New(jobs.Options{Node: "Node-1.example"})
	closeQueue(t, q)
	tests := []struct {
		name       string
		fn         jobs.Func
		wantStatus string
		wantCode   string
	}{
		{"success", func(_ context.Context, report func(string, float64)) (any, error) {
			report("extracting", 0.5)
			return map[string]int{"chunks": 3}, nil
		}, jobs.StatusSucceeded, ""},
		{"bad file", func(context.Context, func(string, float64)) (any, error) {
			return nil, bronwijzer.Errorf(bronwijzer.EUNSUPPORTED, "bestandstype niet ondersteund")
		}, jobs.StatusFailed, bronwijzer.EUNSUPPORTED},
		{"internal error", func(context.Context, func(string, float64)) (any, error) {
			return nil, context.DeadlineExceeded
		}, jobs.StatusFailed, bronwijzer.EINTERNAL},
		{"panic", func(context.Context, func(string, float64)) (any, error) {
			panic("parser exploded")
		}, jobs.StatusFailed, bronwijzer.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, err := q.Submit("upload", tt.fn)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(j.ID, "job_node-1example_") || j.Status != jobs.StatusQueued {
				t.Errorf("submitted job %+v", j)
			}
			got := wait(t, q, j.ID)
			if got.Status != tt.wantStatus || got.FinishedAt == nil || got.StartedAt == nil {
				t.Fatalf("job %+v, want status %s with times", got, tt.wantStatus)
			}
			if tt.wantCode == "" && (got.Error != nil || got.Progress != 1 || got.Result == nil) {
				t.Errorf("successful job %+v", got)
			}
			if tt.wantCode != "" && (got.Error == nil || got.Error.Code != tt.wantCode || strings.Contains(got.Error.Message, "exploded")) {
				t.Errorf("failed job error %+v, want code %s and no internal detail", got.Error, tt.wantCode)
			}
		})
	}
	_, err := q.Get("job_nope")
	if bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		t.Errorf("Get(unknown) = %v, want ENOTFOUND", err)
	}
}

func TestFullQueue(t *testing.T) {
	q := jobs.New(jobs.Options{Workers: 1, Capacity: 1})
	closeQueue(t, q)
	release := make(chan struct{})
	started := make(chan struct{})
	block := func(ctx context.Context, _ func(string, float64)) (any, error) {
		select {
		case started <- struct{}{}:
		default:
		}
		<-release
		return nil, nil
	}
	first, err := q.Submit("upload", block)
	if err != nil {
		t.Fatal(err)
	}
	<-started // the worker holds the first job; the queue has room for one
	if _, err := q.Submit("upload", block); err != nil {
		t.Fatalf("second job (queued): %v", err)
	}
	if _, err := q.Submit("upload", block); bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE {
		t.Fatalf("third job on a full queue: %v, want EUNAVAILABLE", err)
	}
	close(release)
	if j := wait(t, q, first.ID); j.Status != jobs.StatusSucceeded {
		t.Errorf("first job %s", j.Status)
	}
}

func TestCloseCancelsRunningAndQueued(t *testing.T) {
	q := jobs.New(jobs.Options{Workers: 1, Capacity: 4})
	started := make(chan struct{})
	running, err := q.Submit("upload", func(ctx context.Context, _ func(string, float64)) (any, error) {
		close(started)
		<-ctx.Done()
		return nil, ctx.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	queued, err := q.Submit("upload", func(context.Context, func(string, float64)) (any, error) { return "ran", nil })
	if err != nil {
		t.Fatal(err)
	}
	<-started
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if err := q.Close(ctx); err == nil {
		t.Error("Close returned nil although a job outlived its context")
	}
	for _, id := range []string{running.ID, queued.ID} {
		j, err := q.Get(id)
		if err != nil || j.Status != jobs.StatusCanceled || j.Error == nil || j.Error.Code != bronwijzer.EUNAVAILABLE {
			t.Errorf("job %s after Close: %+v, %v; want canceled", id, j, err)
		}
	}
	if _, err := q.Submit("upload", nil); bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE {
		t.Errorf("Submit after Close: %v, want EUNAVAILABLE", err)
	}
}

func TestKeepForgetsOldest(t *testing.T) {
	q := jobs.New(jobs.Options{Keep: 2})
	closeQueue(t, q)
	var ids []string
	for range 3 {
		j, err := q.Submit("upload", func(context.Context, func(string, float64)) (any, error) { return 1, nil })
		if err != nil {
			t.Fatal(err)
		}
		wait(t, q, j.ID)
		ids = append(ids, j.ID)
	}
	if _, err := q.Get(ids[0]); bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		t.Errorf("oldest finished job still kept: %v", err)
	}
	if _, err := q.Get(ids[2]); err != nil {
		t.Errorf("newest job forgotten: %v", err)
	}
}
