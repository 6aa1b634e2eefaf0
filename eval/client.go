package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// maxResponse bounds an API response body; an answer with its passages is
// far smaller, a larger body is a misconfigured URL.
const maxResponse = 32 << 20

// Client evaluates a running Bronwijzer server through its public API:
// POST /v1/search and POST /v1/ask with a bearer API key.
type Client struct {
	base   *url.URL
	apiKey string
	http   *http.Client
}

// NewClient returns a client for the server at baseURL (e.g.
// "http://localhost:8080"). hc may be nil: a client with a 60 s timeout is used.
func NewClient(baseURL, apiKey string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(strings.TrimSpace(baseURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "ongeldige API-URL %q: verwacht http(s)://host[:poort] (invalid API URL)", baseURL)
	}
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	return &Client{base: u, apiKey: apiKey, http: hc}, nil
}

// For returns the client for mode. Search sends the mode; /v1/ask has no
// mode field, so its answers always come from the server's default mode.
func (c *Client) For(retrieval.Mode) (Backend, error) { return c, nil }

type searchRequest struct {
	Query string         `json:"query"`
	K     int            `json:"k"`
	Mode  retrieval.Mode `json:"mode,omitempty"`
}

type searchResponse struct {
	Passages []bronwijzer.Passage `json:"passages"`
}

// Search calls POST /v1/search.
func (c *Client) Search(ctx context.Context, query string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error) {
	var out searchResponse
	if err := c.post(ctx, "/v1/search", searchRequest{Query: query, K: opts.K, Mode: opts.Mode}, &out); err != nil {
		return nil, err
	}
	return out.Passages, nil
}

// Ask calls POST /v1/ask.
func (c *Client) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	var out answer.Response
	if err := c.post(ctx, "/v1/ask", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (c *Client) post(ctx context.Context, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("encode %s request: %w", path, err)
	}
	u := c.base.JoinPath(path) // #nosec G125 -- path is one of our constant API routes
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("build %s request: %w", path, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return transportError(path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return transportError(path, err)
	}
	if len(data) > maxResponse {
		return bronwijzer.Errorf(bronwijzer.ETOOLARGE, "antwoord van %s groter dan %d bytes (response too large)", path, maxResponse)
	}
	if resp.StatusCode/100 != 2 {
		return statusError(path, resp.StatusCode, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "%s gaf geen geldige JSON terug (invalid JSON response)", path)
	}
	return nil
}

func transportError(path string, err error) error {
	var ne interface{ Timeout() bool }
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "%s: geen antwoord binnen de tijdslimiet (timeout)", path)
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("%s: %w", path, err)
	}
	return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "%s: server niet bereikbaar (unreachable)", path)
}

// statusError maps an HTTP error status to an error code, keeping the
// server's own message when its body carries one.
func statusError(path string, status int, body []byte) error {
	code := bronwijzer.EUNAVAILABLE
	switch {
	case status == http.StatusUnauthorized:
		code = bronwijzer.EUNAUTHORIZED
	case status == http.StatusForbidden:
		code = bronwijzer.EFORBIDDEN
	case status == http.StatusNotFound:
		code = bronwijzer.ENOTFOUND
	case status == http.StatusTooManyRequests:
		code = bronwijzer.ERATELIMIT
	case status == http.StatusGatewayTimeout:
		code = bronwijzer.ETIMEOUT
	case status == http.StatusRequestEntityTooLarge:
		code = bronwijzer.ETOOLARGE
	case status >= 400 && status < 500:
		code = bronwijzer.EINVALID
	}
	msg := serverMessage(body)
	if msg == "" {
		msg = http.StatusText(status)
	}
	return bronwijzer.Errorf(code, "%s: HTTP %d: %s", path, status, msg)
}

// serverMessage finds a message in an error body: {"error":{"message"}},
// {"error":"..."} or {"message":"..."}; else a short prefix of the body.
func serverMessage(body []byte) string {
	var v struct {
		Message string          `json:"message"`
		Error   json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil {
		var nested struct {
			Message string `json:"message"`
		}
		var s string
		switch {
		case json.Unmarshal(v.Error, &nested) == nil && nested.Message != "":
			return nested.Message
		case json.Unmarshal(v.Error, &s) == nil && s != "":
			return s
		case v.Message != "":
			return v.Message
		}
	}
	s := strings.TrimSpace(string(body))
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}

// readyzResponse is GET /readyz's body: the server's store, embedder,
// answerer and corpus version.
type readyzResponse struct {
	Info map[string]string `json:"info"`
}

// Describe asks the server what it runs on (GET /readyz), for --save.
func (c *Client) Describe(ctx context.Context) (Setup, error) {
	u := c.base.JoinPath("/readyz") // #nosec G125 -- a constant API route
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Setup{}, fmt.Errorf("build /readyz request: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return Setup{}, transportError("/readyz", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return Setup{}, transportError("/readyz", err)
	}
	if resp.StatusCode/100 != 2 {
		return Setup{}, statusError("/readyz", resp.StatusCode, data)
	}
	var out readyzResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return Setup{}, bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "/readyz gaf geen geldige JSON terug (invalid JSON response)")
	}
	return Setup{CorpusVersion: out.Info["corpus_version"], Store: out.Info["store"],
		Embedder: out.Info["embedder"], Answerer: out.Info["answerer"]}, nil
}
