package embed

import (
	"cmp"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// DefaultOpenAIURL is OpenAI's API base; any OpenAI-compatible server (vLLM,
// llama.cpp server, LocalAI, TEI) works with its own base URL, e.g.
// "http://localhost:8000/v1".
const DefaultOpenAIURL = "https://api.openai.com/v1"

// OpenAI embeds through an OpenAI-compatible POST {base}/embeddings, one
// request per batch.
type OpenAI struct {
	r *remote
}

// NewOpenAI validates cfg and returns an OpenAI-compatible embedder; it does
// not contact the server.
func NewOpenAI(cfg ProviderConfig) (*OpenAI, error) {
	if err := cfg.setDefaults(DefaultOpenAIURL); err != nil {
		return nil, err
	}
	e := &OpenAI{r: newRemote(cfg, "openai")}
	e.r.embed = e.batch
	return e, nil
}

// Name identifies the embedder with the stored vectors: "openai:<model>".
func (e *OpenAI) Name() string { return e.r.name() }

// Dim returns the vector size, or 0 before the first response when not configured.
func (e *OpenAI) Dim() int { return e.r.dimension() }

// EmbedDocuments embeds passages (with DocumentPrefix) in batches.
func (e *OpenAI) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return e.r.documents(ctx, texts)
}

// EmbedQuery embeds a query (with QueryPrefix).
func (e *OpenAI) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	return e.r.query(ctx, text)
}

type openAIEmbedRequest struct {
	Model          string   `json:"model"`
	Input          []string `json:"input"`
	EncodingFormat string   `json:"encoding_format"`
	Dimensions     int      `json:"dimensions,omitempty"`
}

type openAIEmbedding struct {
	Index     int       `json:"index"`
	Embedding []float32 `json:"embedding"`
}

type openAIEmbedResponse struct {
	Data []openAIEmbedding `json:"data"`
}

func (e *OpenAI) batch(ctx context.Context, texts []string) ([][]float32, error) {
	req := openAIEmbedRequest{Model: e.r.cfg.Model, Input: texts, EncodingFormat: "float", Dimensions: e.r.cfg.Dimensions}
	h := http.Header{}
	if e.r.cfg.APIKey != "" {
		h.Set("Authorization", "Bearer "+e.r.cfg.APIKey)
	}
	var resp openAIEmbedResponse
	if err := e.r.post(ctx, e.r.cfg.BaseURL+"/embeddings", h, req, &resp, openAIError); err != nil {
		return nil, err
	}
	// The API may return data out of order; index says which input each is.
	slices.SortFunc(resp.Data, func(a, b openAIEmbedding) int { return cmp.Compare(a.Index, b.Index) })
	out := make([][]float32, len(resp.Data))
	for i, d := range resp.Data {
		if d.Index != i {
			return nil, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "Embeddingprovider %s gaf ongeldige indexen (bad response indices).", e.Name())
		}
		out[i] = d.Embedding
	}
	return out, nil
}

// openAIError reads an OpenAI error body {"error": {"message": "..."}}.
func openAIError(body []byte) string {
	var v struct {
		Error struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil && v.Error.Message != "" {
		return v.Error.Message
	}
	return strings.TrimSpace(string(body[:min(len(body), 200)]))
}
