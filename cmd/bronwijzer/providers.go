package main

import (
	"fmt"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/answer/llm"
	"github.com/bronwijzer/bronwijzer/api/redact"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

// newEmbedder builds the configured embedder. The local one needs no model
// and no network; the providers are real HTTP clients.
func newEmbedder(cfg Config) (retrieval.Embedder, error) {
	pc := embed.ProviderConfig{
		Model: cfg.EmbedModel, BaseURL: cfg.EmbedBaseURL, APIKey: cfg.EmbedAPIKey,
		QueryPrefix: cfg.EmbedQueryPfx, DocumentPrefix: cfg.EmbedDocPfx,
		MaxChars: cfg.EmbedMaxChars, BatchSize: cfg.EmbedBatch, NumCtx: cfg.EmbedNumCtx,
		Dimensions: cfg.EmbedDim,
	}
	switch cfg.Embedder {
	case "ollama":
		return embed.NewOllama(pc)
	case "openai":
		return embed.NewOpenAI(pc)
	case "local":
		return embed.NewLocal(cfg.EmbedDim), nil
	}
	return nil, fmt.Errorf("unknown embedder %q", cfg.Embedder)
}

// newGenerator builds the configured LLM, or nil for extractive answers.
func newGenerator(cfg Config) (answer.Generator, error) {
	if cfg.LLMProvider == "" {
		return nil, nil
	}
	c, err := llm.New(llm.Config{
		Provider: cfg.LLMProvider, Model: cfg.LLMModel, BaseURL: cfg.LLMBaseURL, APIKey: cfg.LLMAPIKey,
		APIType: cfg.LLMAPIType, APIVersion: cfg.LLMAPIVersion, Timeout: cfg.LLMTimeout, NumCtx: cfg.OllamaNumCtx,
		Temperature: cfg.LLMTemperature,
	})
	if err != nil {
		return nil, fmt.Errorf("LLM: %w", err)
	}
	return c, nil
}

// newAnswerer builds the answer service over the app's searcher.
func (a *App) newAnswerer() (*answer.Service, error) { return a.newAnswererFor(retrieval.Hybrid) }

// newAnswererFor builds an answer service that retrieves with mode.
func (a *App) newAnswererFor(mode retrieval.Mode) (*answer.Service, error) {
	gen, err := newGenerator(a.Config)
	if err != nil {
		return nil, err
	}
	var model *answer.Model
	if a.Config.AnswerModel != "" {
		if model, err = answer.LoadModel(a.Config.AnswerModel); err != nil {
			return nil, err
		}
	}
	return answer.New(answer.Config{
		Model:           model,
		ReviewBy:        a.reviewBy,
		SearchMode:      mode,
		AllowUnverified: a.Config.AllowUnverified,
		MaxSourceAge:    a.Config.MaxSourceAge,
		Analyzer:        a.Analyzer,
		Logger:          a.Logger,
		Redact:          redact.New().String,
	}, a.Searcher, gen), nil
}

// reviewBy is a registered document's planned revision date ("" when the
// registry gives none).
func (a *App) reviewBy(documentID string) string {
	if a.Registry == nil {
		return ""
	}
	src, ok := a.Registry.Source(documentID)
	if !ok {
		return ""
	}
	return src.ReviewBy
}
