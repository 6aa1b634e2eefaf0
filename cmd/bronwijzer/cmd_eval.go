package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// cmdEval runs `bronwijzer eval`; the eval package parses its own flags.
// Global options may precede the eval flags.
func cmdEval(ctx context.Context, env *cmdEnv, args []string) error {
	evalArgs, err := env.splitGlobal(args)
	if err != nil {
		return err
	}
	gen, err := newGenerator(env.cfg)
	if err != nil {
		return err
	}
	var judge eval.Judge
	if gen != nil {
		judge = eval.LLMJudge{Model: gen}
	}
	return eval.RunCommand(ctx, evalArgs, eval.Deps{
		Stdout: env.stdout, Stderr: env.stderr, Judge: judge,
		OpenLocal: func(ctx context.Context, bundled bool) (eval.Provider, func() error, error) {
			return openEvalProvider(ctx, env, bundled)
		},
	})
}

// openEvalProvider opens the configured store, or with bundled a temporary
// embedded store holding the freshly ingested bundled corpus.
func openEvalProvider(ctx context.Context, env *cmdEnv, bundled bool) (eval.Provider, func() error, error) {
	cfg := env.cfg
	cleanup := func() error { return nil }
	if bundled {
		dir, err := os.MkdirTemp("", "bronwijzer-eval-")
		if err != nil {
			return nil, nil, err
		}
		cfg.DataDir, cfg.DatabaseURL = dir, ""
		cleanup = func() error { return os.RemoveAll(dir) }
	}
	app, err := OpenApp(ctx, cfg, env.logger)
	if err != nil {
		_ = cleanup() // the open error is the one to report
		return nil, nil, err
	}
	closeAll := func() error { return errors.Join(app.Close(), cleanup()) }
	if bundled {
		if err := ingestBundled(ctx, app); err != nil {
			_ = closeAll() // the setup error is the one to report
			return nil, nil, err
		}
	}
	return eval.Local{Searcher: app.Searcher, AskerFor: func(m retrieval.Mode) (eval.Asker, error) {
		return app.newAnswererFor(m)
	}}, closeAll, nil
}

// ingestBundled ingests the corpus directory next to the registry.
func ingestBundled(ctx context.Context, app *App) error {
	dir := filepath.Dir(app.Config.Registry)
	for _, r := range app.Pipeline().Paths(ctx, []string{dir}, nil) {
		if r.Status == ingest.StatusFailed {
			return fmt.Errorf("ingest %s: %w", r.Path, r.Err)
		}
	}
	return nil
}
