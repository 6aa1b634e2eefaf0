package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// openEvalRuns opens the configured store for saved eval runs (eval --save,
// history, diff): the store the service runs on, also when the eval itself
// ran on a temporary store (--bundled, --corpus). It does not load the
// search index: only the eval_runs table is read or written.
func openEvalRuns(ctx context.Context, cfg Config) (admin.EvalRunStore, func() error, error) {
	if cfg.DatabaseURL != "" {
		s, err := postgres.Open(ctx, cfg.DatabaseURL, postgres.Options{Dim: cfg.EmbedDim})
		if err != nil {
			return nil, nil, err
		}
		return s, s.Close, nil
	}
	lexical, err := sqlite.ParseLexical(cfg.Lexical)
	if err != nil {
		return nil, nil, err
	}
	s, err := sqlite.Open(ctx, filepath.Join(cfg.DataDir, "bronwijzer.db"), sqlite.Options{Lexical: lexical})
	if err != nil {
		return nil, nil, err
	}
	return s, s.Close, nil
}

// describeEval is what an in-process eval measured with: the evaluated
// store's corpus version and kind, the embedder, the answerer and the
// answer model (its digest and refusal threshold).
func (a *App) describeEval(ctx context.Context) (eval.Setup, error) {
	docs, err := a.Store.Documents(ctx)
	if err != nil {
		return eval.Setup{}, fmt.Errorf("corpus version: %w", err)
	}
	s := eval.Setup{CorpusVersion: corpusVersion(docs), Store: a.Store.Kind(),
		Embedder: retrieval.EmbedderName(a.Embedder), Answerer: "extractive"}
	if a.Config.LLMProvider != "" {
		s.Answerer = a.Config.LLMProvider + ":" + a.Config.LLMModel
	}
	model, name := answer.DefaultModel(), "answer/model.json (ingebouwd)"
	if a.Config.AnswerModel != "" {
		if model, err = answer.LoadModel(a.Config.AnswerModel); err != nil {
			return s, err
		}
		name = a.Config.AnswerModel
	}
	data, err := json.Marshal(model)
	if err != nil {
		return s, fmt.Errorf("answer model digest: %w", err)
	}
	sum := sha256.Sum256(data)
	threshold := model.Threshold
	s.AnswerModel, s.AnswerModelSHA256, s.Threshold = name, hex.EncodeToString(sum[:]), &threshold
	return s, nil
}
