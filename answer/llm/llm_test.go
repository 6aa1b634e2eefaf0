package llm_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer/llm"
	"github.com/bronwijzer/bronwijzer/answer/llm/llmtest"
)

func newClient(t *testing.T, cfg llm.Config) *llm.Client {
	t.Helper()
	c, err := llm.New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestGenerateOllama(t *testing.T) {
	for _, stream := range []bool{false, true} {
		t.Run(map[bool]string{false: "blocking", true: "streaming"}[stream], func(t *testing.T) {
			srv := llmtest.NewOllama(t, llmtest.Reply{Text: "Triage is populair [1]."})
			c := newClient(t, llm.Config{Provider: "ollama", Model: "llama3.1:8b", BaseURL: srv.URL, NumCtx: 4096})
			var tokens []string
			var onToken func(string)
			if stream {
				onToken = func(s string) { tokens = append(tokens, s) }
			}
			got, err := c.Generate(context.Background(), "systeem", "vraag", onToken)
			if err != nil {
				t.Fatalf("Generate: %v", err)
			}
			if got != "Triage is populair [1]." {
				t.Errorf("reply = %q", got)
			}
			if stream && strings.Join(tokens, "") != got {
				t.Errorf("streamed tokens %q do not add up to %q", tokens, got)
			}
			reqs := srv.Requests()
			if len(reqs) != 1 {
				t.Fatalf("%d requests, want 1", len(reqs))
			}
			r := reqs[0]
			want := []llmtest.Message{{Role: "system", Content: "systeem"}, {Role: "user", Content: "vraag"}}
			if diff := cmp.Diff(want, r.Messages); diff != "" {
				t.Errorf("messages (-want +got):\n%s", diff)
			}
			if r.Model != "llama3.1:8b" || r.NumCtx != 4096 {
				t.Errorf("model %q num_ctx %d, want llama3.1:8b 4096", r.Model, r.NumCtx)
			}
			if r.Temperature == nil || *r.Temperature != llm.DefaultTemperature {
				t.Errorf("temperature = %v, want %v", r.Temperature, llm.DefaultTemperature)
			}
			if stream && (!r.StreamSet || !r.Stream) {
				t.Errorf("streaming request without \"stream\": true")
			}
		})
	}
}

func TestGenerateOpenAI(t *testing.T) {
	for _, stream := range []bool{false, true} {
		t.Run(map[bool]string{false: "json", true: "sse"}[stream], func(t *testing.T) {
			srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "Spraakgestuurde rapportage (14%) is populair [1]."})
			c := newClient(t, llm.Config{Provider: "openai", Model: "gpt-4o-mini", BaseURL: srv.URL + "/v1", APIKey: "sk-test"})
			var tokens []string
			var onToken func(string)
			if stream {
				onToken = func(s string) { tokens = append(tokens, s) }
			}
			got, err := c.Generate(context.Background(), "systeem", "vraag", onToken)
			if err != nil {
				t.Fatalf("Generate: %v", err)
			}
			if got != "Spraakgestuurde rapportage (14%) is populair [1]." {
				t.Errorf("reply = %q", got)
			}
			if stream && strings.Join(tokens, "") != got {
				t.Errorf("streamed tokens %q do not add up to %q", tokens, got)
			}
			r := srv.Requests()[0]
			if r.Path != "/v1/chat/completions" || r.Model != "gpt-4o-mini" || r.Auth != "Bearer sk-test" || r.Stream != stream {
				t.Errorf("request path %q model %q auth %q stream %v", r.Path, r.Model, r.Auth, r.Stream)
			}
			want := []llmtest.Message{{Role: "system", Content: "systeem"}, {Role: "user", Content: "vraag"}}
			if diff := cmp.Diff(want, r.Messages); diff != "" {
				t.Errorf("messages (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGenerateAzure(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "ok"})
	c := newClient(t, llm.Config{Provider: "openai", Model: "gpt4o-deploy", BaseURL: srv.URL, APIKey: "azkey", APIType: "azure", APIVersion: "2024-06-01"})
	if _, err := c.Generate(context.Background(), "s", "u", nil); err != nil {
		t.Fatalf("Generate: %v", err)
	}
	r := srv.Requests()[0]
	if r.Path != "/openai/deployments/gpt4o-deploy/chat/completions" || r.APIKey != "azkey" {
		t.Errorf("azure request path %q api-key %q", r.Path, r.APIKey)
	}
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		name     string
		provider string
		reply    llmtest.Reply
		code     string
		message  string // substring of the safe message
	}{
		{"ollama model missing", "ollama", llmtest.Reply{Status: http.StatusNotFound, Error: `model "nope" not found, try pulling it first`}, bronwijzer.EUNAVAILABLE, "niet beschikbaar"},
		{"ollama server error", "ollama", llmtest.Reply{Status: http.StatusInternalServerError, Error: "llama runner process has terminated: signal: killed"}, bronwijzer.EUNAVAILABLE, "gaf een fout"},
		{"openai bad key", "openai", llmtest.Reply{Status: http.StatusUnauthorized, Error: "Incorrect API key provided: sk-****"}, bronwijzer.EUNAVAILABLE, "API-sleutel"},
		{"openai rate limit", "openai", llmtest.Reply{Status: http.StatusTooManyRequests, Error: "Rate limit reached"}, bronwijzer.ERATELIMIT, "overbelast"},
		{"openai server error", "openai", llmtest.Reply{Status: http.StatusBadGateway, Error: "upstream connect error"}, bronwijzer.EUNAVAILABLE, "gaf een fout"},
		{"ollama hangs", "ollama", llmtest.Reply{Hang: true}, bronwijzer.ETIMEOUT, "niet binnen"},
		{"openai hangs", "openai", llmtest.Reply{Hang: true}, bronwijzer.ETIMEOUT, "niet binnen"},
		{"empty reply", "openai", llmtest.Reply{Text: ""}, bronwijzer.EUNAVAILABLE, "leeg antwoord"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var srv *llmtest.Server
			base := ""
			if tt.provider == "ollama" {
				srv = llmtest.NewOllama(t, tt.reply)
				base = srv.URL
			} else {
				srv = llmtest.NewOpenAI(t, tt.reply)
				base = srv.URL + "/v1"
			}
			c := newClient(t, llm.Config{Provider: tt.provider, Model: "m", BaseURL: base, Timeout: 200 * time.Millisecond})
			_, err := c.Generate(context.Background(), "s", "u", nil)
			if got := bronwijzer.ErrorCode(err); got != tt.code {
				t.Fatalf("code = %q, want %q (err %v)", got, tt.code, err)
			}
			msg := bronwijzer.ErrorMessage(err)
			if !strings.Contains(msg, tt.message) {
				t.Errorf("message %q lacks %q", msg, tt.message)
			}
			if tt.reply.Error != "" && strings.Contains(msg, tt.reply.Error) {
				t.Errorf("message %q leaks the provider's detail", msg)
			}
		})
	}
}

func TestGenerateUnreachable(t *testing.T) {
	srv := llmtest.NewOllama(t)
	url := srv.URL
	srv.Close()
	c := newClient(t, llm.Config{Provider: "ollama", Model: "m", BaseURL: url, Timeout: time.Second})
	_, err := c.Generate(context.Background(), "s", "u", nil)
	if bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE || !strings.Contains(bronwijzer.ErrorMessage(err), "niet bereikbaar") {
		t.Fatalf("err = %v, want EUNAVAILABLE niet bereikbaar", err)
	}
}

func TestGenerateCallerCancel(t *testing.T) {
	srv := llmtest.NewOllama(t, llmtest.Reply{Hang: true})
	c := newClient(t, llm.Config{Provider: "ollama", Model: "m", BaseURL: srv.URL, Timeout: 10 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	_, err := c.Generate(ctx, "s", "u", nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestNewInvalid(t *testing.T) {
	tests := []struct {
		name string
		cfg  llm.Config
	}{
		{"unknown provider", llm.Config{Provider: "gemini", Model: "m"}},
		{"no model", llm.Config{Provider: "ollama"}},
		{"bad url", llm.Config{Provider: "openai", Model: "m", BaseURL: "ftp://x"}},
		{"azure without version", llm.Config{Provider: "openai", Model: "m", APIType: "azure"}},
		{"unknown api type", llm.Config{Provider: "openai", Model: "m", APIType: "bedrock"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := llm.New(tt.cfg)
			if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
}

func TestModelName(t *testing.T) {
	c := newClient(t, llm.Config{Provider: "OpenAI", Model: "gpt-4o-mini", BaseURL: "http://localhost:8000/v1"})
	if got := c.Model(); got != "openai:gpt-4o-mini" {
		t.Errorf("Model() = %q", got)
	}
}
