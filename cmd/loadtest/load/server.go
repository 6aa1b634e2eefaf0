package load

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ServerConfig says how to start `bronwijzer serve` for a load test.
type ServerConfig struct {
	Binary      string // path of the bronwijzer binary
	Corpus      string // directory ingested before serving (the bundled corpus)
	Registry    string // registry of verified sources
	DataDir     string // fresh data directory (embedded store, files)
	DatabaseURL string // when set, the PostgreSQL store
	LogFile     string // server stderr (JSON logs) goes here
	LogLevel    string // "info" by default: the access log is part of the cost
}

// Server is a running `bronwijzer serve` subprocess.
type Server struct {
	URL  string // http://127.0.0.1:PORT
	PID  int
	Info map[string]string // /readyz info: store, answerer, documents
	cmd  *exec.Cmd
	done chan error
	log  *os.File
}

// startTimeout bounds ingest and server start-up.
const startTimeout = 3 * time.Minute

// StartServer ingests cfg.Corpus into the configured store and starts
// `bronwijzer serve --addr 127.0.0.1:0`, learning the port from the
// server's "http server listening" log line and waiting for /readyz.
func StartServer(ctx context.Context, cfg ServerConfig) (*Server, error) {
	if cfg.LogLevel == "" {
		cfg.LogLevel = "info"
	}
	logf, err := os.Create(cfg.LogFile)
	if err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	ictx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	ingest := exec.CommandContext(ictx, cfg.Binary, cfg.args("ingest", cfg.Corpus)...) // #nosec G204 -- our own binary, arguments from our flags
	ingest.Env, ingest.Stdout, ingest.Stderr = serverEnv(), logf, logf
	if err := ingest.Run(); err != nil {
		_ = logf.Close() // the ingest error is the one to report
		return nil, fmt.Errorf("ingest %s (log: %s): %w", cfg.Corpus, cfg.LogFile, err)
	}
	s, err := startServe(ictx, cfg, logf)
	if err != nil {
		_ = logf.Close() // the start error is the one to report
		return nil, err
	}
	return s, nil
}

// args is `bronwijzer COMMAND` with the global options, then rest.
func (cfg ServerConfig) args(command string, rest ...string) []string {
	args := []string{command, "--data-dir", cfg.DataDir, "--registry", cfg.Registry, "--log-level", cfg.LogLevel}
	if cfg.DatabaseURL != "" {
		args = append(args, "--database-url", cfg.DatabaseURL)
	}
	return append(args, rest...)
}

// serverEnv is this process's environment without BRONWIJZER_* settings, so
// a developer's LLM provider, keys or rate limits cannot change what is
// measured: the server runs with its defaults and the flags given here.
func serverEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "BRONWIJZER_") {
			env = append(env, kv)
		}
	}
	return env
}

func startServe(startCtx context.Context, cfg ServerConfig, logf *os.File) (*Server, error) {
	cmd := exec.Command(cfg.Binary, cfg.args("serve", "--addr", "127.0.0.1:0")...) // #nosec G204 -- our own binary, arguments from our flags
	cmd.Env = serverEnv()
	watch := &addrWatcher{found: make(chan string, 1)}
	cmd.Stdout, cmd.Stderr = logf, io.MultiWriter(logf, watch)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s serve: %w", cfg.Binary, err)
	}
	s := &Server{PID: cmd.Process.Pid, cmd: cmd, done: make(chan error, 1), log: logf}
	go func() { s.done <- cmd.Wait() }()
	select {
	case addr := <-watch.found:
		s.URL = "http://" + addr
	case err := <-s.done:
		s.done <- err
		return nil, fmt.Errorf("server exited before listening (log: %s): %v", cfg.LogFile, err)
	case <-startCtx.Done():
		_ = s.Stop() // the start error is the one to report
		return nil, fmt.Errorf("server did not start listening (log: %s): %w", cfg.LogFile, startCtx.Err())
	}
	if err := CheckLoopback(s.URL); err != nil {
		_ = s.Stop()
		return nil, err
	}
	if err := s.waitReady(startCtx); err != nil {
		_ = s.Stop()
		return nil, fmt.Errorf("%w (log: %s)", err, cfg.LogFile)
	}
	return s, nil
}

// addrWatcher reads the server's JSON log lines until the "http server
// listening" line and sends its address once; later writes are ignored.
type addrWatcher struct {
	buf   []byte
	found chan string
	done  bool
}

func (w *addrWatcher) Write(p []byte) (int, error) {
	if w.done {
		return len(p), nil
	}
	w.buf = append(w.buf, p...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			break
		}
		line := w.buf[:i]
		w.buf = w.buf[i+1:]
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(line, &rec) == nil && rec.Msg == "http server listening" && rec.Addr != "" {
			w.done, w.buf = true, nil
			w.found <- rec.Addr
			break
		}
	}
	if len(w.buf) > 1<<20 { // no newline in a megabyte: not our log format
		w.buf = w.buf[:0]
	}
	return len(p), nil
}

func (s *Server) waitReady(ctx context.Context) error {
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+"/readyz", nil)
		if err != nil {
			return err
		}
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			var ready struct {
				Info map[string]string `json:"info"`
			}
			derr := json.NewDecoder(resp.Body).Decode(&ready)
			_ = resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				// What is measured is the extractive answerer, the default.
				if got := ready.Info["answerer"]; derr != nil || got != "extractive" {
					return fmt.Errorf("server at %s answers with %q, want extractive (%v)", s.URL, got, derr)
				}
				s.Info = ready.Info
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("server not ready at %s/readyz: %w", s.URL, ctx.Err())
		case err := <-s.done:
			return fmt.Errorf("server exited: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stop ends the server (SIGTERM, then SIGKILL after 10 s) and closes its log.
func (s *Server) Stop() error {
	defer s.log.Close()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return err
	}
	select {
	case <-s.done:
		return nil
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
		return errors.New("server did not stop within 10 s of SIGTERM; killed")
	}
}

// Memory is a process's resident memory, in KiB, from /proc/PID/status,
// and the CPU time it used during the attack.
type Memory struct {
	RSSStartKiB int `json:"rss_start_kib"`
	RSSEndKiB   int `json:"rss_end_kib"`
	HWMKiB      int `json:"hwm_kib"` // peak RSS over the process's life
	// CPUPerRequest is the server's user+system CPU time during the attack
	// divided by the requests: steadier than latency on a shared machine,
	// and cores × 1 s / CPUPerRequest bounds the throughput.
	CPUPerRequest time.Duration `json:"cpu_per_request"`
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat times: 100 on Linux.
const clockTicks = 100

// ReadCPU returns the user+system CPU time pid has used (Linux only).
func ReadCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return 0, err
	}
	// The command name (field 2) may hold spaces; fields after it follow ")".
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64) // field 14
	stime, err2 := strconv.ParseInt(f[12], 10, 64) // field 15
	if err := errors.Join(err1, err2); err != nil {
		return 0, fmt.Errorf("/proc/%d/stat: %w", pid, err)
	}
	return time.Duration(utime+stime) * time.Second / clockTicks, nil
}

// ReadMemory returns VmRSS and VmHWM of pid (Linux only).
func ReadMemory(pid int) (rss, hwm int, err error) {
	f, err := os.Open(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || (name != "VmRSS" && name != "VmHWM") {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(value), " kB"))
		if err != nil {
			return 0, 0, fmt.Errorf("%s of %d: %w", name, pid, err)
		}
		if name == "VmRSS" {
			rss = n
		} else {
			hwm = n
		}
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("no VmRSS in /proc/%d/status", pid)
	}
	return rss, hwm, sc.Err()
}
