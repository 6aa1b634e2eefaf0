package load

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgscratch"
)

// Stores a run can measure.
const (
	StoreSQLite   = "sqlite"
	StorePostgres = "postgres"
)

// Config is one `make loadtest` run.
type Config struct {
	Binary    string   // bronwijzer binary
	Corpus    string   // directory to ingest
	Registry  string   // registry of verified sources
	Dataset   string   // JSONL questions (eval/datasets/dev.jsonl)
	Stores    []string // StoreSQLite, StorePostgres
	Endpoints []string // "search", "ask"
	Options   Options
	// AdminDatabaseURL is a PostgreSQL URL with the right to create
	// databases; each run creates a scratch database and drops it after.
	AdminDatabaseURL string
	WorkDir          string // data directories and server logs
	LogLevel         string // of the server
	Logf             func(format string, args ...any)
}

// ErrSkipped marks a store that could not be measured here (no PostgreSQL
// or no pgvector); the run goes on with the other stores.
var ErrSkipped = errors.New("skipped")

// Run measures every store × endpoint in turn. It returns the results it
// has, and for each store that could not be measured an error wrapping
// ErrSkipped (or the failure).
func Run(ctx context.Context, cfg Config) ([]Result, []error) {
	scenarios, err := Scenarios(cfg.Dataset, cfg.Endpoints)
	if err != nil {
		return nil, []error{err}
	}
	var results []Result
	var errs []error
	for _, store := range cfg.Stores {
		rs, err := runStore(ctx, cfg, store, scenarios)
		results = append(results, rs...)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", store, err))
		}
		if ctx.Err() != nil {
			break
		}
	}
	return results, errs
}

func runStore(ctx context.Context, cfg Config, store string, scenarios []Scenario) ([]Result, error) {
	dir, err := os.MkdirTemp(cfg.WorkDir, "loadtest-"+store+"-")
	if err != nil {
		return nil, err
	}
	sc := ServerConfig{Binary: cfg.Binary, Corpus: cfg.Corpus, Registry: cfg.Registry,
		DataDir: filepath.Join(dir, "data"), LogFile: filepath.Join(dir, "server.log"), LogLevel: cfg.LogLevel}
	switch store {
	case StoreSQLite:
	case StorePostgres:
		dbURL, drop, err := ScratchDatabase(ctx, cfg.AdminDatabaseURL)
		if err != nil {
			return nil, err
		}
		defer drop()
		sc.DatabaseURL = dbURL
	default:
		return nil, fmt.Errorf("unknown store %q (want %s or %s)", store, StoreSQLite, StorePostgres)
	}
	cfg.logf("%s: ingesting %s and starting the server (log: %s)", store, cfg.Corpus, sc.LogFile)
	srv, err := StartServer(ctx, sc)
	if err != nil {
		return nil, err
	}
	defer srv.Stop()
	if got := srv.Info["store"]; got != store {
		return nil, fmt.Errorf("server reports store %q, want %q", got, store)
	}
	var results []Result
	for _, s := range scenarios {
		cfg.logf("%s: %s at %d req/s for %s (at most %d requests) on %s", store, s.Path, cfg.Options.Rate, cfg.Options.Duration, cfg.Options.bound(), srv.URL)
		r, err := measure(ctx, srv, s, cfg.Options)
		r.Store = store
		CheckTarget(&r)
		if err != nil {
			return results, err
		}
		results = append(results, r)
	}
	return results, nil
}

func (o Options) bound() uint64 {
	o.setDefaults()
	return o.MaxRequests
}

// measure runs one attack against srv with the server's memory before and
// after it and the CPU time it used.
func measure(ctx context.Context, srv *Server, s Scenario, opts Options) (Result, error) {
	rss0, _, err := ReadMemory(srv.PID)
	if err != nil {
		return Result{}, err
	}
	cpu0, err := ReadCPU(srv.PID)
	if err != nil {
		return Result{}, err
	}
	r, err := Attack(ctx, srv.URL, s, opts)
	if err != nil {
		return r, err
	}
	rss1, hwm, err := ReadMemory(srv.PID)
	if err != nil {
		return r, err
	}
	cpu1, err := ReadCPU(srv.PID)
	if err != nil {
		return r, err
	}
	r.Memory = &Memory{RSSStartKiB: rss0, RSSEndKiB: rss1, HWMKiB: hwm}
	if r.Requests > 0 && r.Requests <= math.MaxInt64 {
		r.Memory.CPUPerRequest = (cpu1 - cpu0) / time.Duration(r.Requests) // #nosec G115 -- bounded on the line above
	}
	return r, nil
}

func (cfg Config) logf(format string, args ...any) {
	if cfg.Logf != nil {
		cfg.Logf(format, args...)
	}
}

// Scenarios builds the attacks from a question set: every question in turn,
// as {"query", "k": 5} for search and {"question", "k": 5} for ask
// (extractive: the server runs without an LLM).
func Scenarios(dataset string, endpoints []string) ([]Scenario, error) {
	f, err := os.Open(dataset) // #nosec G304 -- the question set named by --dataset
	if err != nil {
		return nil, fmt.Errorf("questions: %w", err)
	}
	defer f.Close()
	qs, err := eval.LoadDataset(f)
	if err != nil {
		return nil, fmt.Errorf("questions %s: %w", dataset, err)
	}
	var out []Scenario
	for _, e := range endpoints {
		field := map[string]string{"search": "query", "ask": "question"}[e]
		if field == "" {
			return nil, fmt.Errorf("unknown endpoint %q (want search or ask)", e)
		}
		s := Scenario{Name: e, Path: "/v1/" + e}
		for _, q := range qs {
			b, err := json.Marshal(map[string]any{field: q.Question, "k": 5})
			if err != nil {
				return nil, err
			}
			s.Bodies = append(s.Bodies, b)
		}
		out = append(out, s)
	}
	return out, nil
}

// ScratchDatabase creates an empty database with pgvector on the server of
// adminURL (which must allow CREATE DATABASE) and returns its URL and a
// function that drops it. A server that cannot be reached, or lacks
// pgvector, gives an error wrapping ErrSkipped.
func ScratchDatabase(ctx context.Context, adminURL string) (string, func(), error) {
	u, err := url.Parse(adminURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", nil, fmt.Errorf("admin database URL must be postgres://…")
	}
	if err := checkLocalDatabase(u); err != nil {
		return "", nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(cctx, adminURL)
	if err != nil {
		return "", nil, fmt.Errorf("%w: no PostgreSQL at %s: %v", ErrSkipped, u.Redacted(), err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var avail bool
	if err := conn.QueryRow(cctx, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector')").Scan(&avail); err != nil {
		return "", nil, err
	}
	if !avail {
		return "", nil, fmt.Errorf("%w: pgvector is not installed on %s (scripts/install-pgvector.sh)", ErrSkipped, u.Redacted())
	}
	dbURL, drop, err := pgscratch.Create(ctx, adminURL, "bw_load")
	if err != nil {
		return "", nil, err
	}
	return dbURL, func() { _ = drop() }, nil // best effort, as at the end of a run
}

// checkLocalDatabase refuses a database server off this machine: the load
// reaches the database too, and load only ever goes to loopback. A Unix
// socket directory (host=/path or an empty host) is local.
func checkLocalDatabase(u *url.URL) error {
	host := u.Hostname()
	if h := u.Query().Get("host"); h != "" {
		host = h
	}
	if host == "" || strings.HasPrefix(host, "/") || host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("database %s: %w", u.Redacted(), ErrNotLoopback)
}

// DefaultAdminURL is the local development server (trust auth) unless
// TEST_DATABASE_URL names another.
func DefaultAdminURL() string {
	if u := strings.TrimSpace(os.Getenv("TEST_DATABASE_URL")); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}
