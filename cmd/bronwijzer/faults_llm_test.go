package main

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/answer/llm/llmtest"
)

// A configured LLM that hangs, is slow, fails, or returns malformed or
// uncited output: `serve` answers /v1/ask with the extractive fallback, says
// so (enforcement and notice), and answers within the request deadline. The
// providers are the fakes of answer/llm/llmtest on loopback, speaking the
// Ollama and OpenAI wire protocols.
func TestFaultLLMProvider(t *testing.T) {
	mustCorpus(t)
	const uncited = "De meeste praktijken gebruiken AI al jaren voor alles."
	tests := []struct {
		name           string
		replies        []llmtest.Reply
		llmTimeout     time.Duration
		requestTimeout time.Duration
		notice         string // substring of the notice
	}{
		{"hangs", []llmtest.Reply{{Hang: true}}, 500 * time.Millisecond, 10 * time.Second, "niet binnen"},
		{"slower than its timeout", []llmtest.Reply{{Delay: 3 * time.Second, Text: uncited}}, 500 * time.Millisecond, 10 * time.Second, "niet binnen"},
		{"hangs past the request deadline", []llmtest.Reply{{Hang: true}}, 20 * time.Second, 4 * time.Second, "niet binnen"},
		{"server error", []llmtest.Reply{{Status: 500, Error: "CUDA error: out of memory at /src/ggml.c:1234"}}, 2 * time.Second, 10 * time.Second, "gaf een fout"},
		{"rate limited", []llmtest.Reply{{Status: 429, Error: "Rate limit reached for requests"}}, 2 * time.Second, 10 * time.Second, "taalmodel"},
		{"malformed body", []llmtest.Reply{{Raw: `{"message": {"content": "Ruim de helft [1`}}, 2 * time.Second, 10 * time.Second, "taalmodel"},
		{"uncited output", []llmtest.Reply{{Text: uncited}}, 2 * time.Second, 10 * time.Second, "niet volledig met de bronnen"},
		{"citation out of range", []llmtest.Reply{{Text: "Tien procent gebruikt AI voor triage [42]."}}, 2 * time.Second, 10 * time.Second, "niet volledig met de bronnen"},
		{"uncited, then the repair hangs", []llmtest.Reply{{Text: uncited}, {Hang: true}}, 500 * time.Millisecond, 10 * time.Second, "niet volledig met de bronnen"},
	}
	for _, provider := range []string{"ollama", "openai"} {
		for _, tt := range tests {
			t.Run(provider+"/"+tt.name, func(t *testing.T) {
				var fake *llmtest.Server
				cfg := testConfig(fixtureDir)
				cfg.LLMProvider, cfg.LLMTimeout, cfg.RequestTimeout = provider, tt.llmTimeout, tt.requestTimeout
				if provider == "ollama" {
					fake = llmtest.NewOllama(t, tt.replies...)
					cfg.LLMModel, cfg.LLMBaseURL = "llama3.1:8b", fake.URL
				} else {
					fake = llmtest.NewOpenAI(t, tt.replies...)
					cfg.LLMModel, cfg.LLMBaseURL = "qwen2.5-7b-instruct", fake.URL+"/v1"
				}
				base := startLoggedServer(t, cfg, io.Discard)
				// A response later than the request deadline plus a margin
				// has hung.
				client := &http.Client{Timeout: tt.requestTimeout + 5*time.Second}
				o := post(client, base+"/v1/ask", map[string]any{"question": answerable[0].question, "k": 5})
				if o.err != nil || o.status != http.StatusOK {
					t.Fatalf("status %d, error %v: %s", o.status, o.err, o.body)
				}
				var resp answer.Response
				if err := json.Unmarshal(o.body, &resp); err != nil {
					t.Fatal(err)
				}
				if len(fake.Requests()) == 0 {
					t.Fatal("the LLM was never asked")
				}
				if resp.Abstained || resp.Mode != answer.ModeExtractive || resp.Enforcement != answer.EnforcementFallbackExtractive {
					t.Errorf("abstained %v, mode %q, enforcement %q; want the extractive fallback", resp.Abstained, resp.Mode, resp.Enforcement)
				}
				if !strings.Contains(resp.Notice, tt.notice) || strings.Contains(resp.Notice, "CUDA") {
					t.Errorf("notice %q, want it to contain %q and no provider internals", resp.Notice, tt.notice)
				}
				if !strings.Contains(resp.Answer, answerable[0].fact) {
					t.Errorf("fallback answer %q lacks %q", resp.Answer, answerable[0].fact)
				}
				checkCitations(t, resp)
			})
		}
	}
}
