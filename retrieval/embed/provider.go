package embed

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// Provider defaults. DefaultMaxChars keeps a text within the 512-token
// window of the smallest common embedding models (multilingual-e5) for
// typical Dutch prose (~4 characters per token); longer windows (nomic-embed
// 8192, OpenAI 8191 tokens) can raise it.
const (
	DefaultBatchSize   = 32
	DefaultMaxChars    = 2000
	DefaultEmbedNumCtx = 2048
	DefaultTimeout     = 60 * time.Second
	DefaultMaxRetries  = 4
	DefaultBackoffBase = 500 * time.Millisecond
	DefaultBackoffMax  = 15 * time.Second
	maxRetryAfter      = 60 * time.Second
	maxResponseBytes   = 256 << 20
)

// ProviderConfig configures the Ollama and OpenAI-compatible embedders.
// Zero values select the defaults.
type ProviderConfig struct {
	Model   string // required, e.g. "nomic-embed-text", "text-embedding-3-small"
	BaseURL string // Ollama: "http://localhost:11434"; OpenAI-compatible: "https://api.openai.com/v1"
	APIKey  string // OpenAI-compatible: sent as a Bearer token when set

	// Prefixes some models need to tell queries from passages, e.g.
	// "query: " / "passage: " (e5) or "search_query: " / "search_document: "
	// (nomic-embed-text). They are prepended after truncation.
	QueryPrefix    string
	DocumentPrefix string

	// MaxChars is the truncation policy: a text longer than MaxChars runes
	// is cut at the last white space before the limit (or at the limit when
	// there is none) before it is sent. Ollama additionally truncates to the
	// model's window ("truncate": true); OpenAI-compatible servers reject
	// over-long input, so MaxChars must fit the model.
	MaxChars  int
	BatchSize int // texts per request (DefaultBatchSize)
	NumCtx    int // Ollama options.num_ctx (DefaultEmbedNumCtx)
	// Dimensions, when set, is the vector size the model must return; it
	// is also sent to OpenAI-compatible servers as "dimensions".
	Dimensions int

	Timeout     time.Duration // per HTTP request (DefaultTimeout)
	MaxRetries  int           // retries after the first attempt on 429/5xx/network errors (DefaultMaxRetries); negative: none
	BackoffBase time.Duration // first backoff (DefaultBackoffBase), doubled per retry with jitter
	BackoffMax  time.Duration // longest backoff (DefaultBackoffMax)
	HTTPClient  *http.Client
}

func (c *ProviderConfig) setDefaults(defaultURL string) error {
	if strings.TrimSpace(c.Model) == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Geen embeddingmodel opgegeven (embedding model is required).")
	}
	if c.BaseURL == "" {
		c.BaseURL = defaultURL
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Ongeldige embedding-basis-URL %q (invalid embedding base URL).", c.BaseURL)
	}
	setInt := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	setInt(&c.MaxChars, DefaultMaxChars)
	setInt(&c.BatchSize, DefaultBatchSize)
	setInt(&c.NumCtx, DefaultEmbedNumCtx)
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries < 0:
		c.MaxRetries = 0
	}
	setDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	setDur(&c.Timeout, DefaultTimeout)
	setDur(&c.BackoffBase, DefaultBackoffBase)
	setDur(&c.BackoffMax, DefaultBackoffMax)
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   5 * time.Second,
			ResponseHeaderTimeout: c.Timeout,
			MaxIdleConnsPerHost:   4,
		}}
	}
	return nil
}

// Truncate applies the truncation policy: at most maxChars runes, cut at the
// last white space before the limit when there is one in its second half.
func Truncate(text string, maxChars int) string {
	if maxChars <= 0 || utf8.RuneCountInString(text) <= maxChars {
		return text
	}
	rs := []rune(text)[:maxChars]
	for i := len(rs) - 1; i > maxChars/2; i-- {
		if unicode.IsSpace(rs[i]) {
			return strings.TrimRightFunc(string(rs[:i]), unicode.IsSpace)
		}
	}
	return string(rs)
}

// remote is the HTTP machinery shared by the provider embedders: batching,
// truncation, prefixes, retries with backoff, and the dimension check.
type remote struct {
	cfg      ProviderConfig
	provider string // "ollama" or "openai", for names and messages
	// embed sends one batch and returns its vectors in input order.
	embed func(ctx context.Context, batch []string) ([][]float32, error)
	// sleep waits d or until ctx ends; tests replace it to record delays.
	sleep func(ctx context.Context, d time.Duration) error

	mu  sync.Mutex
	dim int // learnt from the first response unless cfg.Dimensions is set
}

func newRemote(cfg ProviderConfig, provider string) *remote {
	return &remote{cfg: cfg, provider: provider, sleep: sleepCtx, dim: cfg.Dimensions}
}

func (r *remote) name() string { return r.provider + ":" + r.cfg.Model }

func (r *remote) documents(ctx context.Context, texts []string) ([][]float32, error) {
	return r.run(ctx, texts, r.cfg.DocumentPrefix)
}

func (r *remote) query(ctx context.Context, text string) ([]float32, error) {
	vs, err := r.run(ctx, []string{text}, r.cfg.QueryPrefix)
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

func (r *remote) run(ctx context.Context, texts []string, prefix string) ([][]float32, error) {
	inputs := make([]string, len(texts))
	for i, t := range texts {
		if strings.TrimSpace(t) == "" {
			return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "Tekst %d is leeg en kan niet worden ingebed (empty text).", i+1)
		}
		inputs[i] = prefix + Truncate(t, r.cfg.MaxChars)
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(inputs); start += r.cfg.BatchSize {
		batch := inputs[start:min(start+r.cfg.BatchSize, len(inputs))]
		vs, err := r.embed(ctx, batch)
		if err != nil {
			return nil, err
		}
		if err := r.check(vs, len(batch)); err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return out, nil
}

// check enforces one vector per input and one dimension for every vector the
// embedder ever returns: mixed dimensions would make stored vectors garbage.
func (r *remote) check(vs [][]float32, want int) error {
	if len(vs) != want {
		return bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Embeddingprovider %s gaf %d vectoren voor %d teksten (vector count mismatch).", r.name(), len(vs), want)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, v := range vs {
		if len(v) == 0 {
			return bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Embeddingprovider %s gaf een lege vector (empty vector).", r.name())
		}
		if r.dim == 0 {
			r.dim = len(v)
		}
		if len(v) != r.dim {
			return bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Embeddingprovider %s gaf een vector van lengte %d, verwacht %d (dimension mismatch).", r.name(), len(v), r.dim)
		}
	}
	return nil
}

// dimension returns the vector size: configured, or learnt from the first
// response (0 before it).
func (r *remote) dimension() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.dim
}

// statusError is a non-2xx answer.
type statusError struct {
	status     int
	message    string // provider's error message, for logs only
	retryAfter time.Duration
}

func (e *statusError) Error() string {
	return fmt.Sprintf("HTTP %d: %s", e.status, e.message)
}

// post sends body as JSON to url and decodes a 200 answer into out,
// retrying 429, 5xx and network errors with exponential backoff and jitter
// (honouring Retry-After). errMsg extracts the provider's error message from
// an error body.
func (r *remote) post(ctx context.Context, url string, header http.Header, body, out any, errMsg func([]byte) string) error {
	payload, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("embed: encode request: %w", err)
	}
	for attempt := 0; ; attempt++ {
		err = r.attempt(ctx, url, header, payload, out, errMsg)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return r.classify(ctx, err, attempt)
		}
		var se *statusError
		retryable := !errors.As(err, &se) || se.status == http.StatusTooManyRequests || se.status >= 500
		if !retryable || attempt >= r.cfg.MaxRetries {
			return r.classify(ctx, err, attempt)
		}
		if err := r.sleep(ctx, r.backoff(attempt, se)); err != nil {
			return r.classify(ctx, err, attempt)
		}
	}
}

func (r *remote) attempt(ctx context.Context, url string, header http.Header, payload []byte, out any, errMsg func([]byte) string) error {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		return fmt.Errorf("embed: build request: %w", err)
	}
	req.Header = header.Clone()
	req.Header.Set("Content-Type", "application/json")
	resp, err := r.cfg.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		return fmt.Errorf("embed: read response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		// Providers echo a rejected key in the error body; it must not reach the logs.
		msg := errMsg(data)
		if r.cfg.APIKey != "" {
			msg = strings.ReplaceAll(msg, r.cfg.APIKey, "[REDACTED]")
		}
		return &statusError{status: resp.StatusCode, message: msg, retryAfter: retryAfter(resp.Header.Get("Retry-After"))}
	}
	if err := json.Unmarshal(data, out); err != nil {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Embeddingprovider %s gaf een onleesbaar antwoord (malformed response).", r.name())
	}
	return nil
}

// backoff is the wait before retry attempt+1: Retry-After when the server
// sent one (capped at a minute), otherwise base·2^attempt capped at
// BackoffMax, with "equal jitter" (half fixed, half random) so that
// concurrent clients spread out but still back off.
func (r *remote) backoff(attempt int, se *statusError) time.Duration {
	if se != nil && se.retryAfter > 0 {
		return min(se.retryAfter, maxRetryAfter)
	}
	d := min(r.cfg.BackoffBase<<min(attempt, 20), r.cfg.BackoffMax)
	half := d / 2
	return half + rand.N(half+1) // #nosec G404 -- retry jitter, not a secret
}

// retryAfter parses a Retry-After header: delay seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}

// classify turns the final error into a *bronwijzer.Error with a safe message.
func (r *remote) classify(ctx context.Context, err error, attempt int) error {
	var be *bronwijzer.Error
	if errors.As(err, &be) {
		return err
	}
	if ctx.Err() != nil {
		if errors.Is(ctx.Err(), context.Canceled) {
			return ctx.Err()
		}
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "Embeddingprovider %s antwoordde niet op tijd (embedding timed out).", r.name())
	}
	var se *statusError
	if !errors.As(err, &se) {
		if errors.Is(err, context.DeadlineExceeded) {
			return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "Embeddingprovider %s antwoordde niet binnen %s (embedding request timed out after %d attempts).", r.name(), r.cfg.Timeout, attempt+1)
		}
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Embeddingprovider %s is niet bereikbaar (unreachable after %d attempts).", r.name(), attempt+1)
	}
	switch {
	case se.status == http.StatusUnauthorized || se.status == http.StatusForbidden:
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Embeddingprovider %s weigert de toegang; controleer de API-sleutel (HTTP %d).", r.name(), se.status)
	case se.status == http.StatusNotFound:
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Embeddingmodel %q is niet beschikbaar bij %s (HTTP 404).", r.cfg.Model, r.provider)
	case se.status == http.StatusTooManyRequests || se.status >= 500:
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Embeddingprovider %s is niet beschikbaar na %d pogingen (HTTP %d).", r.name(), attempt+1, se.status)
	default:
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "Embeddingprovider %s weigerde het verzoek (HTTP %d).", r.name(), se.status)
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
