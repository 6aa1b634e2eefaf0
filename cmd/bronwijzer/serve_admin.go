package main

import (
	"context"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/api/auth"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest/jobs"
)

// adminState is what the App keeps for the admin surface: the job queue
// (closed with the App) and the corpus-version cache of the audit trail.
type adminState struct {
	jobs *jobs.Queue

	mu        sync.Mutex
	version   string
	versionAt time.Time
}

// adminDeps builds access control, audit and document management for a
// server on addr. With no active keys the server runs without
// authentication, which is only allowed on a loopback address.
func (a *App) adminDeps(addr string) (api.Admin, error) {
	cfg := a.Config
	store := a.Store
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	n, err := store.ActiveKeys(ctx)
	if err != nil {
		return api.Admin{}, err
	}
	admin := api.Admin{Audit: store, Feedback: store, Store: store, MaxUploadBytes: int64(a.Config.MaxFileMB) << 20, MaxSourceAge: cfg.MaxSourceAge}
	if cfg.Registry != "" {
		// The sources routes change the --registry file; the App's registry
		// (uploads, the pipeline, the citations' review dates) is the one
		// they keep in step, so a change applies at once, also when the
		// file does not exist yet.
		reg := corpus.NewFile(cfg.Registry, a.Registry)
		a.Registry, admin.Registry = reg.Live, reg
	}
	switch {
	case n > 0:
		admin.Auth = auth.NewAuthenticator(store)
		admin.Limiter = auth.NewLimiter(cfg.RatePerMinute, cfg.RateBurst, nil)
		a.Logger.Info("API keys required", slog.Int("active_keys", n))
	case !loopback(addr):
		return api.Admin{}, bronwijzer.Errorf(bronwijzer.EINVALID,
			"Er zijn geen API-sleutels, dus Bronwijzer luistert alleen op loopback (127.0.0.1 of ::1), niet op %q. "+
				"Maak eerst een sleutel met 'bronwijzer keys create --name NAAM --scope query' of gebruik --addr 127.0.0.1:8080 "+
				"(refusing to listen on a non-loopback address without API keys).", addr)
	default:
		a.Logger.Warn("no API keys: running WITHOUT authentication, loopback only; create a key with 'bronwijzer keys create' and restart to require keys",
			slog.String("addr", addr))
	}
	if a.admin == nil {
		a.admin = &adminState{}
	}
	if a.admin.jobs == nil {
		a.admin.jobs = jobs.New(jobs.Options{Workers: cfg.JobWorkers, Capacity: cfg.JobQueue, Timeout: cfg.JobTimeout,
			Node: nodeName(cfg.NodeName), Logger: a.Logger})
	}
	admin.Jobs = a.admin.jobs
	admin.Pipeline = a.Pipeline()
	admin.CorpusVersion = a.corpusVersionCached
	return admin, nil
}

func nodeName(configured string) string {
	if configured != "" {
		return configured
	}
	h, _ := os.Hostname()
	return h
}

// loopback reports whether addr only listens on a loopback interface. An
// empty host listens on every interface; a host name other than localhost
// is not trusted to resolve to loopback.
func loopback(addr string) bool {
	if addr == "" {
		return true // api.DefaultAddr
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// corpusVersionCached is corpusVersion of the current documents, cached for
// a few seconds: every answer's audit record needs it.
func (a *App) corpusVersionCached(ctx context.Context) string {
	st := a.admin
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.version != "" && time.Since(st.versionAt) < 5*time.Second {
		return st.version
	}
	docs, err := a.Store.Documents(ctx)
	if err != nil {
		a.Logger.Warn("corpus version for audit", slog.Any("error", err))
		return "unknown"
	}
	st.version, st.versionAt = corpusVersion(docs), time.Now()
	return st.version
}

// closeAdmin stops the job queue, letting running jobs finish for a while.
func (a *App) closeAdmin() error {
	if a.admin == nil || a.admin.jobs == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return a.admin.jobs.Close(ctx)
}

// maintain prunes audit records past their retention and original files no
// document references, now and then hourly, until ctx ends.
func (a *App) maintain(ctx context.Context) {
	if a.admin == nil {
		return
	}
	store := a.Store
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		a.pruneOnce(ctx, store)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (a *App) pruneOnce(ctx context.Context, store admin.Store) {
	if r := a.Config.AuditRetention; r > 0 {
		n, err := store.PruneAudit(ctx, time.Now().Add(-r))
		if err != nil {
			a.Logger.Error("audit prune failed", slog.Any("error", err))
		} else if n > 0 {
			a.Logger.Info("audit records pruned", slog.Int64("records", n), slog.Duration("retention", r))
		}
	}
	// Spare files younger than a job's timeout: their version may be on its way.
	n, err := store.PruneFiles(ctx, time.Now().Add(-a.Config.JobTimeout-time.Minute))
	if err != nil {
		a.Logger.Error("file prune failed", slog.Any("error", err))
	} else if n > 0 {
		a.Logger.Info("orphaned original files pruned", slog.Int64("files", n))
	}
}
