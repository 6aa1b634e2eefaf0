// Package llm adapts langchaingo's chat providers (Ollama and any
// OpenAI-compatible endpoint: OpenAI, vLLM, llama.cpp server, LocalAI, Azure
// OpenAI) to the answer package's Generator interface. langchaingo types stay
// inside this package.
//
// Every call gets a context deadline (Config.Timeout) and goes through the
// project's own *http.Client; the model, temperature and, for Ollama, the
// context size are set explicitly rather than left to server defaults.
package llm

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/bronwijzer/bronwijzer"
)

// Providers.
const (
	ProviderOllama = "ollama"
	ProviderOpenAI = "openai"
)

// Defaults.
const (
	DefaultTimeout     = 60 * time.Second
	DefaultNumCtx      = 8192 // room for 5-10 passages of ~1,500 characters plus the prompt
	DefaultTemperature = 0.1
	DefaultMaxTokens   = 600
	DefaultOllamaURL   = "http://localhost:11434"
	DefaultOpenAIURL   = "https://api.openai.com/v1"
)

// Config selects and configures a provider.
type Config struct {
	Provider    string        // "ollama" or "openai" (any OpenAI-compatible endpoint)
	Model       string        // required, e.g. "llama3.1:8b", "gpt-4o-mini", or the Azure deployment name
	BaseURL     string        // default DefaultOllamaURL / DefaultOpenAIURL; for vLLM e.g. "http://host:8000/v1"
	APIKey      string        // OpenAI-compatible only; may be empty for local servers
	APIType     string        // OpenAI-compatible only: "openai" (default), "azure", "azure_ad"
	APIVersion  string        // Azure only, e.g. "2024-06-01"
	Timeout     time.Duration // per call, including streaming (DefaultTimeout)
	NumCtx      int           // Ollama num_ctx (DefaultNumCtx)
	Temperature float64       // DefaultTemperature when 0; use a negative value for exactly 0
	MaxTokens   int           // DefaultMaxTokens
	HTTPClient  *http.Client  // default: a client with dial and header timeouts
}

// Client generates chat completions. It is safe for concurrent use.
type Client struct {
	cfg   Config
	model llms.Model
}

// New validates cfg and builds the provider client. It does not contact the
// provider.
func New(cfg Config) (*Client, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	var (
		m   llms.Model
		err error
	)
	switch cfg.Provider {
	case ProviderOllama:
		m, err = ollama.New(ollama.WithModel(cfg.Model), ollama.WithServerURL(cfg.BaseURL),
			ollama.WithHTTPClient(cfg.HTTPClient), ollama.WithRunnerNumCtx(cfg.NumCtx))
	case ProviderOpenAI:
		m, err = newOpenAI(cfg)
	}
	if err != nil {
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "LLM-configuratie ongeldig voor provider %s (invalid LLM configuration).", cfg.Provider)
	}
	return &Client{cfg: cfg, model: m}, nil
}

func newOpenAI(cfg Config) (llms.Model, error) {
	key := cfg.APIKey
	if key == "" {
		key = "unused" // local OpenAI-compatible servers ignore it; langchaingo requires one
	}
	opts := []openai.Option{openai.WithModel(cfg.Model), openai.WithBaseURL(cfg.BaseURL),
		openai.WithToken(key), openai.WithHTTPClient(cfg.HTTPClient)}
	switch cfg.APIType {
	case "azure":
		opts = append(opts, openai.WithAPIType(openai.APITypeAzure), openai.WithAPIVersion(cfg.APIVersion))
	case "azure_ad":
		opts = append(opts, openai.WithAPIType(openai.APITypeAzureAD), openai.WithAPIVersion(cfg.APIVersion))
	}
	return openai.New(opts...)
}

func (c *Config) setDefaults() error {
	c.Provider = strings.ToLower(strings.TrimSpace(c.Provider))
	switch c.Provider {
	case ProviderOllama:
		if c.BaseURL == "" {
			c.BaseURL = DefaultOllamaURL
		}
	case ProviderOpenAI:
		if c.BaseURL == "" {
			c.BaseURL = DefaultOpenAIURL
		}
		c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	default:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Onbekende LLM-provider %q; kies ollama of openai (unknown LLM provider).", c.Provider)
	}
	if strings.TrimSpace(c.Model) == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Geen LLM-model opgegeven (LLM model is required).")
	}
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Ongeldige LLM-basis-URL %q (invalid LLM base URL).", c.BaseURL)
	}
	switch c.APIType {
	case "", "openai":
		c.APIType = "openai"
	case "azure", "azure_ad":
		if c.APIVersion == "" {
			return bronwijzer.Errorf(bronwijzer.EINVALID, "Azure OpenAI vereist een API-versie (Azure needs an API version).")
		}
	default:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Onbekend API-type %q; kies openai, azure of azure_ad (unknown API type).", c.APIType)
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.NumCtx <= 0 {
		c.NumCtx = DefaultNumCtx
	}
	switch {
	case c.Temperature == 0:
		c.Temperature = DefaultTemperature
	case c.Temperature < 0:
		c.Temperature = 0
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.HTTPClient == nil {
		c.HTTPClient = DefaultHTTPClient()
	}
	return nil
}

// DefaultHTTPClient bounds connecting and waiting for response headers; the
// whole call is bounded by the context deadline, which must also cover a
// long stream, so the client itself has no overall timeout.
func DefaultHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 120 * time.Second,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
	}}
}

// Model returns "<provider>:<model>", e.g. "ollama:llama3.1:8b".
func (c *Client) Model() string { return c.cfg.Provider + ":" + c.cfg.Model }

// Generate sends a system and a user message and returns the reply. With
// onToken the reply is streamed and onToken sees each chunk. Errors are
// *bronwijzer.Error with a message safe to show (ETIMEOUT, EUNAVAILABLE,
// ERATELIMIT); the provider's detail stays in Err for the log.
func (c *Client) Generate(ctx context.Context, system, user string, onToken func(string)) (string, error) {
	limit := c.cfg.Timeout
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < limit {
		limit = time.Until(dl) // the caller's deadline comes first; the message names it
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, system),
		llms.TextParts(llms.ChatMessageTypeHuman, user),
	}
	opts := []llms.CallOption{llms.WithTemperature(c.cfg.Temperature), llms.WithMaxTokens(c.cfg.MaxTokens)}
	if onToken != nil {
		opts = append(opts, llms.WithStreamingFunc(func(_ context.Context, chunk []byte) error {
			onToken(string(chunk))
			return nil
		}))
	}
	resp, err := c.generate(ctx, msgs, opts)
	if err != nil {
		return "", c.classify(ctx, withoutSecret(err, c.cfg.APIKey), limit)
	}
	if len(resp.Choices) == 0 || strings.TrimSpace(resp.Choices[0].Content) == "" {
		return "", bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Het taalmodel gaf een leeg antwoord (empty LLM response).")
	}
	return resp.Choices[0].Content, nil
}

// generate calls the provider, containing a panic in the third-party client.
func (c *Client) generate(ctx context.Context, msgs []llms.MessageContent, opts []llms.CallOption) (resp *llms.ContentResponse, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("llm: provider client panicked: %v", r)
		}
	}()
	return c.model.GenerateContent(ctx, msgs, opts...)
}

// withoutSecret hides secret in err's message: providers echo a rejected key
// in their error bodies, and the message ends up in the logs. The original
// error stays reachable with errors.Is/As for classification.
func withoutSecret(err error, secret string) error {
	if secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return redactedError{msg: strings.ReplaceAll(err.Error(), secret, "[REDACTED]"), err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }
func (e redactedError) Unwrap() error { return e.err }

// statusRe finds an HTTP status in langchaingo's error strings
// ("API returned unexpected status code: 401: ...", "404 Not Found: ...").
var statusRe = regexp.MustCompile(`(?:status code: |^)(\d{3})\b`)

// classify maps a provider error to a safe, specific message.
func (c *Client) classify(ctx context.Context, err error, limit time.Duration) error {
	name := c.Model()
	var netErr net.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "Het taalmodel (%s) antwoordde niet binnen %s (LLM timed out).", name, limit.Round(100*time.Millisecond))
	case errors.Is(err, context.Canceled):
		return err
	case errors.As(err, &netErr) || strings.Contains(err.Error(), "connection refused"):
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Het taalmodel (%s) is niet bereikbaar (LLM provider unreachable).", name)
	}
	msg := err.Error()
	status := 0
	if m := statusRe.FindStringSubmatch(msg); m != nil {
		status, _ = strconv.Atoi(m[1])
	}
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Het taalmodel (%s) weigert de toegang; controleer de API-sleutel (LLM provider rejected the credentials).", name)
	case status == http.StatusNotFound || strings.Contains(msg, "not found"):
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Model %q is niet beschikbaar bij de provider (model not found).", c.cfg.Model)
	case status == http.StatusTooManyRequests:
		return bronwijzer.WrapError(bronwijzer.ERATELIMIT, err, "Het taalmodel (%s) is tijdelijk overbelast (LLM provider rate limited).", name)
	default:
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Het taalmodel (%s) gaf een fout (LLM provider error).", name)
	}
}
