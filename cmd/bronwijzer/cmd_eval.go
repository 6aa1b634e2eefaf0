package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// cmdEval runs `bronwijzer eval` (and `eval history`, `eval diff`); the
// eval package parses its own flags. Global options may precede the eval
// flags. Saved runs go to the configured store (openEvalRuns).
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
		OpenLocal: func(ctx context.Context, c eval.Corpus) (eval.Provider, func() error, error) {
			return openEvalProvider(ctx, env, c)
		},
		OpenRuns: func(ctx context.Context) (admin.EvalRunStore, func() error, error) {
			return openEvalRuns(ctx, env.cfg)
		},
	})
}

// openEvalProvider opens the configured store, or a temporary embedded
// store holding the freshly ingested bundled corpus (c.Bundled) or the files
// a corpus directory's registry lists (c.Dir, with that registry).
func openEvalProvider(ctx context.Context, env *cmdEnv, c eval.Corpus) (eval.Provider, func() error, error) {
	cfg := env.cfg
	cleanup := func() error { return nil }
	if c.Dir != "" {
		cfg.Registry = filepath.Join(c.Dir, "sources.json")
		if _, err := os.Stat(cfg.Registry); err != nil {
			return nil, nil, fmt.Errorf("--corpus %s: registry: %w", c.Dir, err)
		}
	}
	if c.Bundled || c.Dir != "" {
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
	if c.Bundled || c.Dir != "" {
		if err := ingestEvalCorpus(ctx, app, c); err != nil {
			_ = closeAll() // the setup error is the one to report
			return nil, nil, err
		}
	}
	return eval.Local{Searcher: app.Searcher, AskerFor: func(m retrieval.Mode) (eval.Asker, error) {
		return app.newAnswererFor(m)
	}, DescribeFunc: app.describeEval}, closeAll, nil
}

// ingestEvalCorpus ingests the bundled corpus (the directory next to the
// registry), or only the files a --corpus registry lists, so stray files in
// that directory (sources, notes) never reach the eval store.
func ingestEvalCorpus(ctx context.Context, app *App, c eval.Corpus) error {
	paths := []string{filepath.Dir(app.Config.Registry)}
	if c.Dir != "" {
		paths = nil
		for _, s := range app.Registry.Sources() {
			paths = append(paths, filepath.Join(c.Dir, s.File))
		}
		if len(paths) == 0 {
			return fmt.Errorf("--corpus %s: the registry lists no files", c.Dir)
		}
	}
	for _, r := range app.Pipeline().Paths(ctx, paths, nil) {
		if r.Status == ingest.StatusFailed {
			return fmt.Errorf("ingest %s: %w", r.Path, r.Err)
		}
	}
	return nil
}
