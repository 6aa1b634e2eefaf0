package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	msqlite "modernc.org/sqlite"

	"github.com/bronwijzer/bronwijzer/ingest"
)

// The fault tests run ingests in child processes so that they can be
// killed: the test binary re-executes itself with -test.run pointing at
// TestFaultHelperProcess and the mode and arguments in the environment.
// A child reports events on file descriptor 3, one line each:
//
//	put     it is about to store a document version (ingest-signal mode)
//	paused  the SQLite trigger fault_pause fired inside the write
//	        transaction; the child then waits for a line on stdin
const (
	helperModeEnv = "BRONWIJZER_FAULT_HELPER"
	helperArgsEnv = "BRONWIJZER_FAULT_ARGS"
)

// faultDeadline bounds every wait of the fault tests for an event that must
// happen (a child reaching a pause, a backend going away): a hang fails the
// test instead of blocking it. It is a deadline, not a speed assertion.
const faultDeadline = 3 * time.Minute

// TestFaultHelperProcess is not a test: it is the body of the child
// processes the fault tests start, and returns at once in a normal run.
func TestFaultHelperProcess(t *testing.T) {
	mode := os.Getenv(helperModeEnv)
	if mode == "" {
		return
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv(helperArgsEnv)), &args); err != nil {
		fmt.Fprintln(os.Stderr, "helper args:", err)
		os.Exit(3)
	}
	os.Exit(faultHelper(mode, args))
}

func faultHelper(mode string, args []string) int {
	signal := os.NewFile(3, "fault-signal")
	stdin := bufio.NewReader(os.Stdin)
	var mu sync.Mutex
	send := func(event string) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintln(signal, event)
	}
	// fault_pause is called by a trigger the test installs on the chunks
	// table: it stops this process inside the write transaction until the
	// test lets it go (or kills it).
	msqlite.MustRegisterScalarFunction("fault_pause", 0, func(*msqlite.FunctionContext, []driver.Value) (driver.Value, error) {
		send("paused")
		_, _ = stdin.ReadString('\n')
		return nil, nil
	})
	ctx := context.Background()
	switch mode {
	case "ingest":
		return Run(ctx, append([]string{"ingest"}, args...), nil, os.Stdout, os.Stderr)
	case "ingest-signal":
		return signalIngest(ctx, args, func() { send("put") })
	}
	fmt.Fprintln(os.Stderr, "unknown helper mode", mode)
	return 3
}

// signalIngest is cmdIngest (file by file) over a store that announces the
// first write of an ingest, keeping the original file (PutFile), before
// making it: the test then knows the child has looked up the current version
// and prepared its own, and is about to write.
func signalIngest(ctx context.Context, args []string, announce func()) int {
	env := &cmdEnv{cfg: DefaultConfig(), stdout: os.Stdout, stderr: os.Stderr}
	paths, err := env.parseFlags(flag.NewFlagSet("ingest", flag.ContinueOnError), args)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return exitUsage
	}
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		fmt.Fprintln(os.Stderr, describeError(err))
		return exitFail
	}
	defer app.Close()
	app.Store = announcingStore{Store: app.Store, announce: announce}
	if err := summarize(os.Stdout, app.Pipeline().Paths(ctx, paths, nil), 0); err != nil {
		return exitFail
	}
	return exitOK
}

type announcingStore struct {
	Store
	announce func()
}

func (s announcingStore) PutFile(ctx context.Context, name, mediaType string, data []byte) (string, error) {
	s.announce()
	return s.Store.PutFile(ctx, name, mediaType, data)
}

// child is a running helper process.
type child struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	events chan string
	out    lockedBuffer
	done   chan struct{} // closed when the process has exited
}

// startChild runs the helper in mode with args.
func startChild(t *testing.T, mode string, args ...string) *child {
	t.Helper()
	encoded, _ := json.Marshal(args)
	c := &child{events: make(chan string, 16), done: make(chan struct{})}
	c.cmd = exec.Command(os.Args[0], "-test.run=^TestFaultHelperProcess$", "-test.count=1")
	c.cmd.Env = append(os.Environ(), helperModeEnv+"="+mode, helperArgsEnv+"="+string(encoded))
	c.cmd.Stdout, c.cmd.Stderr = &c.out, &c.out
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	c.cmd.ExtraFiles = []*os.File{w}
	if c.stdin, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			c.events <- sc.Text()
		}
		close(c.events)
		r.Close()
	}()
	go func() {
		c.cmd.Wait() //nolint:errcheck // the exit status is read from ProcessState
		close(c.done)
	}()
	t.Cleanup(func() {
		if !c.exited() {
			c.cmd.Process.Kill() //nolint:errcheck // the child may have exited meanwhile
			<-c.done
		}
	})
	return c
}

// await waits for event from the child; it fails the test if the child
// exits first or the deadline passes.
func (c *child) await(t *testing.T, event string) {
	t.Helper()
	timeout := time.After(faultDeadline)
	for {
		select {
		case e, ok := <-c.events:
			if !ok {
				t.Fatalf("child exited before %q:\n%s", event, c.output())
			}
			if e == event {
				return
			}
		case <-timeout:
			t.Fatalf("no %q from the child within %s:\n%s", event, faultDeadline, c.output())
		}
	}
}

// wait waits for the child to exit and returns its exit code.
func (c *child) wait(t *testing.T) int {
	t.Helper()
	select {
	case <-c.done:
	case <-time.After(faultDeadline):
		t.Fatalf("child still running after %s:\n%s", faultDeadline, c.output())
	}
	return c.cmd.ProcessState.ExitCode()
}

// output is what the child printed so far.
func (c *child) output() string { return c.out.String() }

// lockedBuffer is a bytes.Buffer safe for the copying goroutine of exec
// and the test reading it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (c *child) exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// kill sends SIGKILL and waits until the child is gone.
func (c *child) kill(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	c.wait(t)
	if st := c.cmd.ProcessState; st.ExitCode() != -1 || !strings.Contains(st.String(), "killed") {
		t.Fatalf("child not killed by a signal: %s", st)
	}
}

// guideline writes a generated Markdown guideline whose every section is one
// passage; every passage names its version ("versie V"), so a passage read
// from the store shows which version it was written by.
func guideline(t testing.TB, path string, version, sections int) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "# Richtlijn hartfalen bij ouderen, versie %d\n\n", version)
	for i := range sections {
		fmt.Fprintf(&b, "## Onderdeel %d\n\nBij hartfalen bij ouderen (versie %d, onderdeel %d) wordt de behandeling met "+
			"diuretica en ACE-remmers gestart en na twee weken het kalium en de nierfunctie gecontroleerd. "+
			"De huisarts beoordeelt gewicht, oedeem en kortademigheid bij elk consult van onderdeel %d.\n\n", i, version, i, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// guidelineQuestion is answered by every section of the generated guideline.
const guidelineQuestion = "Wanneer controleer je kalium en nierfunctie bij hartfalen bij ouderen met diuretica?"

// runCLI runs one command line in this process and fails the test unless it
// exits with want.
func runCLI(t *testing.T, want int, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Run(context.Background(), args, nil, &out, &errOut); code != want {
		t.Fatalf("%v: exit %d, want %d\n%s%s", args, code, want, out.String(), errOut.String())
	}
	return out.String()
}

// storeState is what the raw tables hold for one document: the current
// version, the number of version rows, and the chunk count per version.
type storeState struct {
	Current  int
	Versions int
	Chunks   map[int]int
}

// sqliteState reads the raw tables of the embedded store at path.
func sqliteState(t *testing.T, path, docID string) storeState {
	t.Helper()
	db := sqliteDB(t, path)
	defer db.Close()
	st := storeState{Chunks: map[int]int{}}
	if err := db.QueryRow(`SELECT COALESCE(MAX(CASE WHEN current = 1 THEN version END), 0), count(*) FROM documents WHERE id = ?`, docID).
		Scan(&st.Current, &st.Versions); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT version, count(*) FROM chunks WHERE document_id = ? GROUP BY version`, docID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var v, n int
		if err := rows.Scan(&v, &n); err != nil {
			t.Fatal(err)
		}
		st.Chunks[v] = n
	}
	return st
}

func sqliteDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func sqliteExec(t *testing.T, path, stmt string) {
	t.Helper()
	db := sqliteDB(t, path)
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}

// checkWhole asserts, through the product's own store, that document id is
// stored whole at version want: its current version, its chunk count as
// recorded, every chunk of that version, and (raw) no chunk of another
// version.
func checkWhole(t *testing.T, cfg Config, raw storeState, id string, want, wantChunks int) {
	t.Helper()
	if raw.Current != want || len(raw.Chunks) != 1 || raw.Chunks[want] != wantChunks {
		t.Errorf("raw tables: %+v, want only version %d with %d chunks", raw, want, wantChunks)
	}
	app, err := OpenApp(context.Background(), cfg, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	d, err := app.Store.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := app.Store.Chunks(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Version != want || d.Chunks != wantChunks || len(cs) != wantChunks {
		t.Errorf("store: version %d with %d chunks recorded, %d read; want version %d with %d", d.Version, d.Chunks, len(cs), want, wantChunks)
	}
	marker := fmt.Sprintf("versie %d", want)
	for _, c := range cs {
		if c.Version != want || !strings.Contains(c.Text, marker) {
			t.Fatalf("chunk %s (%q) is not of version %d", c.ID(), c.Text, want)
		}
	}
}

// chunksOf counts the passages a dry ingest of path makes.
func chunksOf(t *testing.T, path string) int {
	t.Helper()
	dir := t.TempDir()
	out := runCLI(t, exitOK, "ingest", "--data-dir", dir, "--registry", "", path)
	var n int
	for _, line := range strings.Split(out, "\n") {
		if _, after, ok := strings.Cut(line, "pagina's, "); ok && strings.HasPrefix(line, "opgenomen") {
			fmt.Sscanf(after, "%d passages", &n)
		}
	}
	if n == 0 {
		t.Fatalf("no passage count in %q", out)
	}
	return n
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func docID(path string) string { return ingest.DocumentID(filepath.Base(path)) }

// errorResponse is the JSON error body of the API.
type errorResponse struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// outcome is one HTTP request's result as a client with a deadline saw it.
type outcome struct {
	status  int
	body    []byte
	err     error // transport error, including the client's timeout
	latency time.Duration
}

func post(client *http.Client, url string, body any) outcome {
	b, _ := json.Marshal(body)
	start := time.Now()
	resp, err := client.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		return outcome{err: err, latency: time.Since(start)}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return outcome{status: resp.StatusCode, body: data, err: err, latency: time.Since(start)}
}
