// Package llmtest provides fake Ollama and OpenAI-compatible chat servers
// for tests. They speak the real wire protocols: Ollama's /api/chat with
// NDJSON streaming (streaming is Ollama's default when "stream" is absent)
// and OpenAI's /v1/chat/completions with JSON or server-sent events ending
// in "data: [DONE]", and both providers' error bodies.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Reply is what the fake answers to one request. Replies are used in order;
// the last one repeats.
type Reply struct {
	Text   string        // assistant content
	Status int           // non-200: an error response carrying Error
	Error  string        // provider error message for Status
	Hang   bool          // never answer; wait until the client gives up
	Delay  time.Duration // wait before answering
	Raw    string        // when set, the whole 200 response body, verbatim (malformed output)
	// Respond, when set, computes Text from the request: a model that reads
	// what it is sent, for example one that obeys instructions injected
	// into the question or a passage.
	Respond func(Request) string
}

// Message is one chat message as received.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one request as received, decoded from the wire.
type Request struct {
	Path        string
	Model       string
	Messages    []Message
	Stream      bool // effective: Ollama streams unless "stream": false
	StreamSet   bool // the "stream" field was present
	NumCtx      int  // Ollama options.num_ctx
	Temperature *float64
	Auth        string // Authorization header
	APIKey      string // api-key header (Azure)
}

// Server is a fake provider.
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	replies  []Reply
	requests []Request
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) next(req Request) Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, req)
	if len(s.replies) == 0 {
		return Reply{Text: "ok"}
	}
	r := s.replies[0]
	if len(s.replies) > 1 {
		s.replies = s.replies[1:]
	}
	if r.Respond != nil {
		r.Text = r.Respond(req)
	}
	return r
}

// NewOllama starts a fake Ollama server; it is closed when the test ends.
func NewOllama(t testing.TB, replies ...Reply) *Server {
	s := &Server{replies: replies}
	s.Server = httptest.NewServer(http.HandlerFunc(s.ollama))
	t.Cleanup(s.Close)
	return s
}

// NewOpenAI starts a fake OpenAI-compatible server whose API lives under
// /v1 (so the base URL is URL+"/v1"); it is closed when the test ends.
func NewOpenAI(t testing.TB, replies ...Reply) *Server {
	s := &Server{replies: replies}
	s.Server = httptest.NewServer(http.HandlerFunc(s.openai))
	t.Cleanup(s.Close)
	return s
}

func (s *Server) ollama(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/api/chat" {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "404 page not found"})
		return
	}
	var body struct {
		Model    string    `json:"model"`
		Messages []Message `json:"messages"`
		Stream   *bool     `json:"stream"`
		Options  struct {
			NumCtx      int      `json:"num_ctx"`
			Temperature *float64 `json:"temperature"`
		} `json:"options"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid request: " + err.Error()})
		return
	}
	req := Request{Path: r.URL.Path, Model: body.Model, Messages: body.Messages, Stream: body.Stream == nil || *body.Stream,
		StreamSet: body.Stream != nil, NumCtx: body.Options.NumCtx, Temperature: body.Options.Temperature}
	reply := s.next(req)
	if !wait(r, reply) {
		return
	}
	if reply.Status != 0 && reply.Status != http.StatusOK {
		writeJSON(w, reply.Status, map[string]string{"error": reply.Error})
		return
	}
	if reply.Raw != "" {
		writeRaw(w, "application/x-ndjson", reply.Raw)
		return
	}
	created := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339Nano)
	if !req.Stream {
		writeJSON(w, http.StatusOK, map[string]any{"model": body.Model, "created_at": created,
			"message": Message{Role: "assistant", Content: reply.Text}, "done": true, "done_reason": "stop", "eval_count": 12})
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	enc := json.NewEncoder(w)
	for _, chunk := range Chunks(reply.Text) {
		_ = enc.Encode(map[string]any{"model": body.Model, "created_at": created,
			"message": Message{Role: "assistant", Content: chunk}, "done": false})
		flush(w)
	}
	_ = enc.Encode(map[string]any{"model": body.Model, "created_at": created,
		"message": Message{Role: "assistant", Content: ""}, "done": true, "done_reason": "stop", "eval_count": 12})
}

func (s *Server) openai(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		openAIError(w, http.StatusNotFound, "Unknown request URL: "+r.URL.Path, "invalid_request_error")
		return
	}
	var body struct {
		Model       string    `json:"model"`
		Messages    []Message `json:"messages"`
		Stream      bool      `json:"stream"`
		Temperature *float64  `json:"temperature"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		openAIError(w, http.StatusBadRequest, "invalid JSON body", "invalid_request_error")
		return
	}
	req := Request{Path: r.URL.Path, Model: body.Model, Messages: body.Messages, Stream: body.Stream, StreamSet: body.Stream,
		Temperature: body.Temperature, Auth: r.Header.Get("Authorization"), APIKey: r.Header.Get("api-key")}
	reply := s.next(req)
	if !wait(r, reply) {
		return
	}
	if reply.Status != 0 && reply.Status != http.StatusOK {
		openAIError(w, reply.Status, reply.Error, "invalid_request_error")
		return
	}
	if reply.Raw != "" {
		writeRaw(w, "application/json", reply.Raw)
		return
	}
	if !body.Stream {
		writeJSON(w, http.StatusOK, map[string]any{"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600,
			"model": body.Model, "choices": []any{map[string]any{"index": 0,
				"message": Message{Role: "assistant", Content: reply.Text}, "finish_reason": "stop"}},
			"usage": map[string]int{"prompt_tokens": 100, "completion_tokens": 12, "total_tokens": 112}})
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for i, chunk := range Chunks(reply.Text) {
		delta := map[string]string{"content": chunk}
		if i == 0 {
			delta["role"] = "assistant"
		}
		sse(w, map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1767225600, "model": body.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": nil}}})
	}
	sse(w, map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1767225600, "model": body.Model,
		"choices": []any{map[string]any{"index": 0, "delta": map[string]string{}, "finish_reason": "stop"}}})
	fmt.Fprint(w, "data: [DONE]\n\n")
	flush(w)
}

// wait applies Hang and Delay; false when the client went away.
func wait(r *http.Request, reply Reply) bool {
	_, _ = io.Copy(io.Discard, r.Body) // the server notices a closed connection only after the body is read
	if reply.Hang {
		<-r.Context().Done()
		return false
	}
	if reply.Delay > 0 {
		select {
		case <-time.After(reply.Delay):
		case <-r.Context().Done():
			return false
		}
	}
	return true
}

// Chunks splits text into streaming chunks of a word each (with the space
// that follows it), as token streams arrive.
func Chunks(text string) []string {
	var out []string
	for text != "" {
		i := strings.IndexByte(text, ' ')
		if i < 0 {
			out = append(out, text)
			break
		}
		out = append(out, text[:i+1])
		text = text[i+1:]
	}
	return out
}

func sse(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	fmt.Fprintf(w, "data: %s\n\n", b)
	flush(w)
}

func openAIError(w http.ResponseWriter, status int, msg, typ string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": nil}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeRaw(w http.ResponseWriter, contentType, body string) {
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, body)
}

func flush(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}
