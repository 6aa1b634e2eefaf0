package retrieval_test

import (
	"testing"

	"github.com/tmc/langchaingo/embeddings"

	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

// Every langchaingo embedder is a retrieval.Embedder, and ours are
// langchaingo embedders: the method sets are the same.
var (
	_ retrieval.Embedder  = embeddings.Embedder(nil)
	_ embeddings.Embedder = retrieval.Embedder(nil)
	_ embeddings.Embedder = (*embed.Local)(nil)
	_ embeddings.Embedder = (*embed.Ollama)(nil)
	_ embeddings.Embedder = (*embed.OpenAI)(nil)
)

func TestEmbedderName(t *testing.T) {
	if got := retrieval.EmbedderName(embed.NewLocal(0)); got != "local-hash-v1-384" {
		t.Errorf("EmbedderName(local) = %q", got)
	}
	var unnamed embeddings.Embedder = struct{ embeddings.Embedder }{}
	if got := retrieval.EmbedderName(unnamed); got != "struct { embeddings.Embedder }" {
		t.Errorf("EmbedderName(unnamed) = %q", got)
	}
}
