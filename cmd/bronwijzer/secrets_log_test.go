package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// TestNoSecretsInLogs runs migrate, ingest, keys and serve through Run, as
// an operator would, with every kind of secret configured: a database URL
// with a password, an LLM provider API key, and API keys in requests (a
// valid one and a wrong one). The provider is a fake that rejects the key
// and echoes it in its error body, as real providers do. Nothing written
// to the logs (stderr at debug level) may contain any of the secrets.
func TestNoSecretsInLogs(t *testing.T) {
	pg, err := pgtest.Start()
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() { pg.Stop() })
	pg.Skip(t)
	const dbPassword = "Pw-db-8c41f0e2d7"
	const llmKey = "sk-llm-5b7e2a9c3d1f"
	dbURL := withPassword(t, pg.Database(t), dbPassword)

	var prompts syncBuffer // every request body the provider receives
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		prompts.Write(append(body, '\n')) //nolint:errcheck // in memory
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"error":{"message":"Incorrect API key provided: `+strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")+`","type":"invalid_request_error","code":"invalid_api_key"}}`)
	}))
	defer llm.Close()
	t.Setenv("BRONWIJZER_LLM_PROVIDER", "openai")
	t.Setenv("BRONWIJZER_LLM_MODEL", "fake-model")
	t.Setenv("BRONWIJZER_LLM_BASE_URL", llm.URL+"/v1")
	t.Setenv("BRONWIJZER_LLM_API_KEY", llmKey)
	t.Setenv("BRONWIJZER_LLM_TIMEOUT", "5s")

	logs := &syncBuffer{}
	global := []string{"--database-url", dbURL, "--registry", repoPath("corpus/sources.json"), "--log-level", "debug"}
	// run runs `bronwijzer WORDS... GLOBAL... REST...`; words is 1 or 2 long.
	run := func(words int, args ...string) string {
		t.Helper()
		var out bytes.Buffer
		full := append(append(append([]string{}, args[:words]...), global...), args[words:]...)
		if code := Run(context.Background(), full, nil, &out, logs); code != exitOK {
			t.Fatalf("%v: exit %d\n%s\n%s", args, code, out.String(), logs.String())
		}
		return out.String()
	}
	run(1, "migrate")
	run(1, "ingest", repoPath("corpus"))
	created := run(2, "keys", "create", "--name", "his", "--scope", "query")
	key := findKey(t, created)
	id, secret, _ := strings.Cut(strings.TrimPrefix(key, "bwz_"), "_")
	wrong := "bwz_" + id + "_Wrong0secret0that0is0long0enough"

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, append(append([]string{"serve"}, global...), "--addr", "127.0.0.1:0"), nil, io.Discard, logs)
	}()
	base := waitListening(t, logs, done)
	for _, tc := range []struct {
		path, key, body string
		want            int
	}{
		{"/v1/ask", key, `{"question": "Hoeveel huisartsenpraktijken gebruiken AI voor triage?"}`, http.StatusOK},
		{"/v1/search", key, `{"query": "triage"}`, http.StatusOK},
		{"/v1/ask", wrong, `{"question": "Wat is triage?"}`, http.StatusUnauthorized},
		{"/v1/search", "not-a-key-" + secret, `{"query": "triage"}`, http.StatusUnauthorized},
		{"/v1/ask", key, patientQuestionJSON(t), http.StatusOK},
		{"/v1/ask/stream", key, patientQuestionJSON(t), http.StatusOK},
		{"/v1/search", key, `{"query": ` + strconvQuote(patientQuestion) + `}`, http.StatusOK},
	} {
		req, _ := http.NewRequest(http.MethodPost, base+tc.path, strings.NewReader(tc.body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tc.key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s: status %d, want %d: %s", tc.path, resp.StatusCode, tc.want, body)
		}
		for _, s := range append([]string{dbPassword, llmKey, secret}, patientValues...) {
			if holds(string(body), s) {
				t.Errorf("%s: response contains %q: %s", tc.path, s, body)
			}
		}
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("serve exited %d", code)
	}
	// An unreachable database: the error names the server, not the password.
	var out bytes.Buffer
	bad := withPassword(t, "postgres://postgres@127.0.0.1:1/none?connect_timeout=2", dbPassword)
	if code := Run(context.Background(), []string{"documents", "--database-url", bad}, nil, &out, logs); code == exitOK {
		t.Errorf("documents on an unreachable database exited 0")
	}

	// A provider embedder that rejects its key: ingest fails, key unseen.
	const embedKey = "sk-embed-9d2c4b7a1e6f"
	t.Setenv("BRONWIJZER_EMBEDDER", "openai")
	t.Setenv("BRONWIJZER_EMBED_MODEL", "fake-embed")
	t.Setenv("BRONWIJZER_EMBED_BASE_URL", llm.URL+"/v1")
	t.Setenv("BRONWIJZER_EMBED_API_KEY", embedKey)
	out.Reset()
	ingest := []string{"ingest", "--data-dir", t.TempDir(), "--log-level", "debug", repoPath("corpus/nivel-inzet-ai-huisartsenpraktijken.pdf")}
	if code := Run(context.Background(), ingest, nil, &out, logs); code == exitOK {
		t.Errorf("ingest with a rejected embedder key exited 0:\n%s", out.String())
	}
	if !strings.Contains(logs.String()+out.String(), "401") {
		t.Errorf("the embedder's rejection is not reported:\n%s\n%s", out.String(), logs.String())
	}
	if strings.Contains(out.String(), embedKey) {
		t.Errorf("embedder API key in the ingest output:\n%s", out.String())
	}

	text := logs.String()
	if !strings.Contains(text, "http request") || !strings.Contains(text, `"status":401`) {
		t.Fatalf("the logs do not show the requests; the test would prove nothing:\n%s", text)
	}
	sent := prompts.String()
	if !strings.Contains(sent, "triage") {
		t.Errorf("the provider never received the questions; the prompt check would prove nothing:\n%s", sent)
	}
	for _, v := range patientValues {
		if holds(sent, v) {
			t.Errorf("patient data %q sent to the LLM provider", v)
		}
	}
	if !strings.Contains(text, "[NAAM]") || !strings.Contains(text, "[IBAN]") {
		t.Errorf("the logs do not show the redacted patient question; the test would prove nothing")
	}
	secrets := map[string]string{"database password": dbPassword, "LLM API key": llmKey, "API key secret": secret, "wrong API key": wrong, "embedder API key": embedKey}
	for _, v := range patientValues {
		secrets["patient data "+v] = v
	}
	for name, s := range secrets {
		if holds(text, s) {
			for _, line := range strings.Split(text, "\n") {
				if holds(line, s) {
					t.Errorf("%s in the logs: %s", name, line)
				}
			}
		}
	}
}

// patientQuestion holds every kind of patient data api/redact removes;
// patientValues are the pieces of it that must never be stored, logged,
// sent to a model or shown back.
const patientQuestion = "Mevrouw Jansen, patiënte van dhr. de Vries, geboren op 12 maart 1954 (1954-03-12), " +
	"bsn111222333, tel (06) 12345678 of 030 - 123 45 67, woont 3511 ab 5, IBAN NL91 ABNA 0417 1643 00: " +
	"wat zegt het AI Kompas over triage?"

var patientValues = []string{"Jansen", "Vries", "12 maart", "1954", "111222333", "12345678", "123 45 67", "3511 ab", "NL91", "0417 1643"}

// holds reports whether text holds v. A number stands as a value of its
// own, not inside a longer run of digits or a decimal fraction: "1954"
// stands in a log line's nanoseconds ("01:34:33.319540732") and in a
// metric's "0.1954", which are no birth year, but it does stand in
// "bsn111222333" and "(1954-03-12)".
func holds(text, v string) bool {
	if strings.ContainsFunc(v, unicode.IsLetter) {
		return strings.Contains(text, v)
	}
	for i := 0; ; {
		j := strings.Index(text[i:], v)
		if j < 0 {
			return false
		}
		at := i + j
		if !digitBefore(text[:at]) && !digitAfter(text[at+len(v):]) {
			return true
		}
		i = at + 1
	}
}

// digitBefore reports whether text ends in a digit, or in a decimal point
// after one ("0.1954" is a fraction, no year).
func digitBefore(text string) bool {
	r, n := utf8.DecodeLastRuneInString(text)
	if r == '.' {
		r, _ = utf8.DecodeLastRuneInString(text[:len(text)-n])
	}
	return unicode.IsDigit(r)
}

// digitAfter reports whether text begins with a digit, or with a decimal
// point before one.
func digitAfter(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	if r == '.' {
		r, _ = utf8.DecodeRuneInString(text[n:])
	}
	return unicode.IsDigit(r)
}

func patientQuestionJSON(t testing.TB) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"question": patientQuestion})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s) //nolint:errcheck // a string always marshals
	return string(b)
}

func withPassword(t *testing.T, raw, password string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	user := "postgres"
	if u.User != nil && u.User.Username() != "" {
		user = u.User.Username()
	}
	u.User = url.UserPassword(user, password)
	return u.String()
}

// findKey takes the bwz_… token out of `keys create` output.
func findKey(t *testing.T, out string) string {
	t.Helper()
	for _, f := range strings.Fields(out) {
		if strings.HasPrefix(f, "bwz_") {
			return f
		}
	}
	t.Fatalf("no key in %q", out)
	return ""
}

// waitListening returns the base URL from serve's "http server listening" log line.
func waitListening(t *testing.T, logs *syncBuffer, done <-chan int) string {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(logs.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "http server listening" {
				return "http://" + rec.Addr
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d:\n%s", code, logs.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not listen:\n%s", logs.String())
	return ""
}

// syncBuffer is a bytes.Buffer safe for the server's concurrent log writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
