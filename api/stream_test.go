package api

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/google/go-cmp/cmp"
)

type sseEvent struct {
	Event string
	Data  string
}

// readSSE parses a server-sent event stream.
func readSSE(t *testing.T, r io.Reader) []sseEvent {
	t.Helper()
	var (
		out []sseEvent
		cur sseEvent
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.Event != "" || cur.Data != "" {
				out = append(out, cur)
			}
			cur = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			cur.Event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			cur.Data += strings.TrimPrefix(line, "data: ")
		default:
			t.Errorf("unexpected SSE line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Errorf("reading stream: %v", err)
	}
	return out
}

// serve runs s on a real loopback listener, so flushing and write deadlines
// behave as in production.
func serve(t *testing.T, s *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
		if err := <-errc; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func postStream(t *testing.T, url, body string) *http.Response {
	t.Helper()
	resp, err := http.Post(url+"/v1/ask/stream", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func TestAskStream(t *testing.T) {
	s, _ := newTestServer(t, Config{}, testDeps())
	url := serve(t, s)
	resp := postStream(t, url, `{"question":"Waarom is de cognitieve belasting hoog?"}`)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	events := readSSE(t, resp.Body)
	want := fakeAnswer()
	var names []string
	for _, e := range events {
		names = append(names, e.Event)
	}
	if diff := cmp.Diff([]string{"sentence", "sentence", "answer"}, names); diff != "" {
		t.Fatalf("events (-want +got):\n%s", diff)
	}
	for i, e := range events[:2] {
		var got answer.Sentence
		if err := json.Unmarshal([]byte(e.Data), &got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.Sentences[i], got); diff != "" {
			t.Errorf("sentence %d (-want +got):\n%s", i, diff)
		}
	}
	var got answer.Response
	if err := json.Unmarshal([]byte(events[2].Data), &got); err != nil {
		t.Fatal(err)
	}
	if !admin.ValidAuditID(got.ID) {
		t.Errorf("final answer id %q, want 32 hex digits (its audit record)", got.ID)
	}
	got.LatencyMS, got.ID = 0, ""
	if diff := cmp.Diff(*want, got); diff != "" {
		t.Errorf("final answer (-want +got):\n%s", diff)
	}
}

func TestAskStreamErrors(t *testing.T) {
	t.Run("failure mid-stream is an error event", func(t *testing.T) {
		deps := testDeps()
		deps.Asker = &fakeAsker{failAt: 1}
		s, _ := newTestServer(t, Config{}, deps)
		events := readSSE(t, postStream(t, serve(t, s), `{"question":"belasting"}`).Body)
		if len(events) != 2 || events[0].Event != "sentence" || events[1].Event != "error" {
			t.Fatalf("events = %+v, want sentence then error", events)
		}
		var body errorBody
		if err := json.Unmarshal([]byte(events[1].Data), &body); err != nil {
			t.Fatal(err)
		}
		want := errorDetail{Code: "unavailable", Message: "Taalmodel niet bereikbaar (model unavailable)."}
		if diff := cmp.Diff(want, body.Error); diff != "" {
			t.Errorf("error event (-want +got):\n%s", diff)
		}
	})
	t.Run("invalid request is a JSON 400", func(t *testing.T) {
		s, _ := newTestServer(t, Config{}, testDeps())
		resp := postStream(t, serve(t, s), `{"question":""}`)
		if resp.StatusCode != 400 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Fatalf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	})
	t.Run("stream timeout is an error event", func(t *testing.T) {
		deps := testDeps()
		deps.Asker = &fakeAsker{wait: time.Hour}
		s, _ := newTestServer(t, Config{StreamTimeout: time.Millisecond}, deps)
		events := readSSE(t, postStream(t, serve(t, s), `{"question":"belasting"}`).Body)
		if len(events) != 1 || events[0].Event != "error" || !strings.Contains(events[0].Data, `"code":"timeout"`) {
			t.Fatalf("events = %+v, want one timeout error", events)
		}
	})
}

// TestAskStreamOutlivesWriteTimeout proves the stream extends its write
// deadline per event: the whole stream takes several WriteTimeouts, yet
// arrives complete. Without the extension the connection is cut.
func TestAskStreamOutlivesWriteTimeout(t *testing.T) {
	deps := testDeps()
	longAnswer := fakeAnswer()
	for len(longAnswer.Sentences) < 4 {
		longAnswer.Sentences = append(longAnswer.Sentences, longAnswer.Sentences[0])
	}
	deps.Asker = &cannedStreamAsker{resp: longAnswer, gap: 400 * time.Millisecond}
	s, _ := newTestServer(t, Config{WriteTimeout: 800 * time.Millisecond}, deps)
	events := readSSE(t, postStream(t, serve(t, s), `{"question":"belasting"}`).Body)
	if len(events) != 5 || events[4].Event != "answer" {
		t.Fatalf("got %d events, want 4 sentences and the answer: %+v", len(events), events)
	}
}

// cannedStreamAsker streams a fixed response with pauses between sentences.
type cannedStreamAsker struct {
	resp *answer.Response
	gap  time.Duration
}

func (c *cannedStreamAsker) Ask(context.Context, answer.Request) (*answer.Response, error) {
	return c.resp, nil
}

func (c *cannedStreamAsker) AskStream(ctx context.Context, _ answer.Request, emit func(answer.Sentence) error) (*answer.Response, error) {
	for _, s := range c.resp.Sentences {
		select {
		case <-time.After(c.gap):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	return c.resp, nil
}

// TestGracefulShutdown: a request in flight when Shutdown starts completes.
func TestGracefulShutdown(t *testing.T) {
	asker := &fakeAsker{started: make(chan struct{}), release: make(chan struct{})}
	deps := testDeps()
	deps.Asker = asker
	s, _ := newTestServer(t, Config{}, deps)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- s.Serve(ln) }()

	type result struct {
		status int
		err    error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Post("http://"+ln.Addr().String()+"/v1/ask", "application/json", strings.NewReader(`{"question":"belasting"}`))
		if err != nil {
			got <- result{err: err}
			return
		}
		resp.Body.Close()
		got <- result{status: resp.StatusCode}
	}()
	select {
	case <-asker.started:
	case r := <-got:
		t.Fatalf("request finished before the asker started: %+v", r)
	}
	shutdown := make(chan error, 1)
	go func() { shutdown <- s.Shutdown(context.Background()) }()
	close(asker.release)
	if r := <-got; r.err != nil || r.status != 200 {
		t.Fatalf("in-flight request: status %d, err %v", r.status, r.err)
	}
	if err := <-shutdown; err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestStartStopsWithContext: Start serves until its context ends, then
// shuts down and returns nil.
func TestStartStopsWithContext(t *testing.T) {
	s, _ := newTestServer(t, Config{Addr: "127.0.0.1:0"}, testDeps())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Start(ctx) }()
	var addr string
	for range 500 {
		if addr = s.Addr(); addr != "127.0.0.1:0" {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatalf("GET /healthz on %s: %v", addr, err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Start: %v", err)
	}
}
