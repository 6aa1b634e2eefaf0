// Package pgtest gives tests a PostgreSQL server with pgvector: the one at
// TEST_DATABASE_URL when set, otherwise a throwaway cluster started from the
// installed PostgreSQL binaries (initdb in a temporary directory, Unix socket,
// random port) and removed afterwards. Without either, tests skip with a loud
// message, except under CI=true, where a skipped PostgreSQL test fails.
//
// Use it from TestMain:
//
//	var server *pgtest.Server
//
//	func TestMain(m *testing.M) {
//		os.Exit(pgtest.Main(m, func(s *pgtest.Server) { server = s }))
//	}
//
// and in a test, url := server.Database(t) for a fresh database of its own.
package pgtest

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgscratch"
)

// Server is a PostgreSQL server for tests. A Server that could not be had
// holds the reason; its Database method then skips (or fails under CI).
type Server struct {
	adminURL string // URL of a maintenance database with superuser rights
	reason   string // why there is no server; "" when there is one

	// Throwaway cluster only.
	dir  string // data directory and socket directory live under it
	bin  string // PostgreSQL bin directory
	cred *syscall.Credential
	port int
}

// Main starts a server, hands it to set (for the tests), runs the tests and
// tears the server down. It returns the exit code for os.Exit.
func Main(m *testing.M, set func(*Server)) int {
	s, err := Start()
	if err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		return 1
	}
	if s.reason != "" {
		fmt.Fprintf(os.Stderr, "pgtest: *** PostgreSQL tests will be SKIPPED: %s ***\n", s.reason)
	}
	set(s)
	code := m.Run()
	if err := s.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: stop: %v\n", err)
	}
	return code
}

// Start returns the server at TEST_DATABASE_URL, or a throwaway cluster, or a
// Server that only knows why neither exists. The error is for a cluster that
// should have started and did not.
func Start() (*Server, error) {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return &Server{adminURL: u}, nil
	}
	if findBin() == "" {
		return &Server{reason: "no PostgreSQL binaries under /usr/lib/postgresql/*/bin and TEST_DATABASE_URL unset"}, nil
	}
	return StartCluster()
}

// StartCluster always starts a throwaway cluster, even when
// TEST_DATABASE_URL is set: for tests that stop and restart the server (a
// shared server cannot be stopped). Without PostgreSQL binaries the Server
// only knows why, and its Database method skips (or fails under CI). The
// caller stops it with Stop.
func StartCluster() (*Server, error) {
	bin := findBin()
	if bin == "" {
		return &Server{reason: "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (a throwaway cluster is needed to stop the server)"}, nil
	}
	s := &Server{bin: bin}
	if err := s.startCluster(); err != nil {
		s.Stop() //nolint:errcheck // best effort cleanup; the start error matters
		return &Server{reason: err.Error()}, fmt.Errorf("throwaway cluster: %w", err)
	}
	return s, nil
}

// findBin returns the newest /usr/lib/postgresql/N/bin with initdb, or "".
func findBin() string {
	if b := os.Getenv("PG_BIN"); b != "" {
		if _, err := os.Stat(filepath.Join(b, "initdb")); err != nil {
			return ""
		}
		return b
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) < versionOf(dirs[j]) })
	if len(dirs) == 0 {
		return ""
	}
	return filepath.Dir(dirs[len(dirs)-1])
}

func versionOf(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

func (s *Server) startCluster() error {
	dir, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return err
	}
	s.dir = dir
	// initdb refuses to run as root: run the cluster as the postgres user.
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return fmt.Errorf("running as root and no postgres user: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return err
		}
	}
	if s.port, err = freePort(); err != nil {
		return err
	}
	if err := s.run("initdb", "-D", s.dataDir(), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"); err != nil {
		return err
	}
	if err := s.StartServer(); err != nil {
		return err
	}
	s.adminURL = fmt.Sprintf("postgres://postgres@/postgres?host=%s&port=%d&sslmode=disable", url.QueryEscape(dir), s.port)
	return nil
}

func (s *Server) dataDir() string { return filepath.Join(s.dir, "data") }

// StartServer starts the throwaway cluster (again) and waits until it accepts
// connections. Only for a throwaway cluster.
func (s *Server) StartServer() error {
	opts := fmt.Sprintf("-k %s -p %d -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", s.dir, s.port)
	return s.run("pg_ctl", "-D", s.dataDir(), "-l", filepath.Join(s.dir, "log"), "-o", opts, "-w", "-t", "60", "start")
}

// StopServer stops the throwaway cluster without removing it.
func (s *Server) StopServer() error {
	return s.run("pg_ctl", "-D", s.dataDir(), "-m", "immediate", "-w", "stop")
}

// Throwaway reports whether the server is a throwaway cluster this package
// controls (so StopServer and StartServer work).
func (s *Server) Throwaway() bool { return s.dir != "" && s.adminURL != "" }

// Stop stops and removes a throwaway cluster; a no-op otherwise.
func (s *Server) Stop() error {
	if s.dir == "" {
		return nil
	}
	var err error
	if _, statErr := os.Stat(filepath.Join(s.dataDir(), "postmaster.pid")); statErr == nil {
		err = s.run("pg_ctl", "-D", s.dataDir(), "-m", "immediate", "-w", "stop")
	}
	if rmErr := os.RemoveAll(s.dir); err == nil {
		err = rmErr
	}
	s.dir = ""
	return err
}

func (s *Server) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w\n%s", name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Skip skips t loudly when there is no server, or fails it under CI=true.
func (s *Server) Skip(t testing.TB) {
	t.Helper()
	if s != nil && s.reason == "" {
		return
	}
	reason := "no server"
	if s != nil {
		reason = s.reason
	}
	msg := "*** PostgreSQL tests NOT RUN: " + reason + " (set TEST_DATABASE_URL or install postgresql and pgvector: scripts/install-pgvector.sh) ***"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// Database creates a database of the test's own with the vector extension,
// dropped when the test ends, and returns its URL.
func (s *Server) Database(t testing.TB) string {
	t.Helper()
	s.Skip(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dbURL, drop, err := pgscratch.Create(ctx, s.adminURL, "bw_test")
	if err != nil {
		t.Fatalf("test database: %v", err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Logf("%v", err)
		}
	})
	return dbURL
}

// Exec runs one statement as the superuser on the maintenance database (for
// tests that terminate backends and the like).
func (s *Server) Exec(ctx context.Context, sql string) error {
	return pgscratch.Exec(ctx, s.adminURL, sql)
}
