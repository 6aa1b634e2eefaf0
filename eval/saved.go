package eval

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// saveRun stores the report's primary configuration (--save), prints its
// id and loads the dataset's saved runs for the HTML report's chart.
func saveRun(ctx context.Context, rep *Report, digest string, p Provider, deps Deps) error {
	var setup Setup
	if d, ok := p.(Describer); ok {
		s, err := d.Describe(ctx)
		if err != nil { // the run is still worth keeping; say what is missing
			fmt.Fprintf(deps.Stderr, "waarschuwing: configuratie en corpusversie onbekend: %v (setup unknown)\n", err)
		}
		setup = s
	}
	store, closeFn, err := deps.OpenRuns(ctx)
	if err != nil {
		return fmt.Errorf("open eval run store: %w", err)
	}
	defer closeFn()
	id, err := saveWithFreshID(ctx, store, rep, digest, setup)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(deps.Stdout, "eval-run opgeslagen (saved): %s\n", id); err != nil {
		return err
	}
	runs, err := store.EvalRuns(ctx)
	if err != nil {
		return fmt.Errorf("list eval runs: %w", err)
	}
	rep.History, err = historyOf(runs, rep.Meta.Dataset)
	return err
}

// saveWithFreshID saves the run under a new id, drawing another when two
// runs in the same second drew the same random suffix.
func saveWithFreshID(ctx context.Context, store admin.EvalRunStore, rep *Report, digest string, setup Setup) (string, error) {
	var err error
	for range 3 {
		var run admin.EvalRun
		if run, err = EvalRunOf(NewRunID(rep.Meta.GeneratedAt), rep, digest, setup); err != nil {
			return "", err
		}
		if err = store.SaveEvalRun(ctx, run); bronwijzer.ErrorCode(err) != bronwijzer.ECONFLICT {
			if err != nil {
				return "", fmt.Errorf("save eval run: %w", err)
			}
			return run.ID, nil
		}
	}
	return "", fmt.Errorf("save eval run: %w", err)
}

// openRuns opens the run store for history and diff.
func openRuns(ctx context.Context, deps Deps) (admin.EvalRunStore, func() error, error) {
	if deps.OpenRuns == nil {
		return nil, nil, bronwijzer.Errorf(bronwijzer.EUNSUPPORTED, "geen opslag voor eval-runs (no run store)")
	}
	store, closeFn, err := deps.OpenRuns(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("open eval run store: %w", err)
	}
	return store, closeFn, nil
}

func subFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	return fs
}

func parseSub(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "ongeldige opties: %v (invalid flags)", err)
	}
	return nil
}

// runHistory implements `bronwijzer eval history [--json]`.
func runHistory(ctx context.Context, args []string, deps Deps) error {
	fs := subFlags("eval history", "gebruik: bronwijzer eval history [--json]\n", deps.Stderr)
	asJSON := fs.Bool("json", false, "print the runs as JSON")
	if err := parseSub(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "onverwacht argument %q (unexpected argument)", fs.Arg(0))
	}
	store, closeFn, err := openRuns(ctx, deps)
	if err != nil {
		return err
	}
	defer closeFn()
	runs, err := store.EvalRuns(ctx)
	if err != nil {
		return fmt.Errorf("list eval runs: %w", err)
	}
	return WriteHistory(deps.Stdout, runs, *asJSON)
}

// runDiff implements `bronwijzer eval diff RUN_A RUN_B`.
func runDiff(ctx context.Context, args []string, deps Deps) error {
	fs := subFlags("eval diff", "gebruik: bronwijzer eval diff RUN_A RUN_B\n", deps.Stderr)
	if err := parseSub(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval diff vraagt twee run-ids, gekregen: %d; zie 'bronwijzer eval history' (want RUN_A RUN_B)", fs.NArg())
	}
	if fs.Arg(0) == fs.Arg(1) {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval diff vraagt twee verschillende runs, twee keer %q (same run twice)", fs.Arg(0))
	}
	store, closeFn, err := openRuns(ctx, deps)
	if err != nil {
		return err
	}
	defer closeFn()
	var runs [2]*admin.EvalRun
	for i := range runs {
		if runs[i], err = store.EvalRun(ctx, fs.Arg(i)); err != nil {
			return err
		}
	}
	d, err := DiffRuns(*runs[0], *runs[1])
	if err != nil {
		return err
	}
	return d.WriteDiff(deps.Stdout)
}
