package embed

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

// DefaultOllamaURL is where a local Ollama listens.
const DefaultOllamaURL = "http://localhost:11434"

// Ollama embeds through Ollama's batch endpoint POST /api/embed, one request
// per batch of texts (langchaingo's Ollama embedder sends one request per
// text and does not retry).
type Ollama struct {
	r *remote
}

// NewOllama validates cfg and returns an Ollama embedder; it does not
// contact the server.
func NewOllama(cfg ProviderConfig) (*Ollama, error) {
	if err := cfg.setDefaults(DefaultOllamaURL); err != nil {
		return nil, err
	}
	e := &Ollama{r: newRemote(cfg, "ollama")}
	e.r.embed = e.batch
	return e, nil
}

// Name identifies the embedder with the stored vectors: "ollama:<model>".
func (e *Ollama) Name() string { return e.r.name() }

// Dim returns the vector size, or 0 before the first response when not configured.
func (e *Ollama) Dim() int { return e.r.dimension() }

// EmbedDocuments embeds passages (with DocumentPrefix) in batches.
func (e *Ollama) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return e.r.documents(ctx, texts)
}

// EmbedQuery embeds a query (with QueryPrefix).
func (e *Ollama) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	return e.r.query(ctx, text)
}

type ollamaEmbedRequest struct {
	Model    string         `json:"model"`
	Input    []string       `json:"input"`
	Truncate bool           `json:"truncate"`
	Options  map[string]int `json:"options,omitempty"`
}

type ollamaEmbedResponse struct {
	Model      string      `json:"model"`
	Embeddings [][]float32 `json:"embeddings"`
}

func (e *Ollama) batch(ctx context.Context, texts []string) ([][]float32, error) {
	req := ollamaEmbedRequest{Model: e.r.cfg.Model, Input: texts, Truncate: true,
		Options: map[string]int{"num_ctx": e.r.cfg.NumCtx}}
	var resp ollamaEmbedResponse
	if err := e.r.post(ctx, e.r.cfg.BaseURL+"/api/embed", http.Header{}, req, &resp, ollamaError); err != nil {
		return nil, err
	}
	return resp.Embeddings, nil
}

// ollamaError reads Ollama's error body {"error": "..."}.
func ollamaError(body []byte) string {
	var v struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil && v.Error != "" {
		return v.Error
	}
	return strings.TrimSpace(string(body[:min(len(body), 200)]))
}
