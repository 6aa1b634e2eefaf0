package eval

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// Deps is what the bronwijzer command hands RunCommand.
type Deps struct {
	Stdout, Stderr io.Writer
	// OpenLocal opens the in-process provider: on the configured store, or
	// on a temporary store holding what c asks for (--bundled, --corpus).
	// The returned close func releases it.
	OpenLocal func(ctx context.Context, c Corpus) (Provider, func() error, error)
	// HTTPClient is used with --api; nil means a client with --timeout.
	HTTPClient *http.Client
	// Getenv reads BRONWIJZER_API_KEY when --api-key is not given; nil means os.Getenv.
	Getenv func(string) string
	// Now stamps the report; nil means time.Now.
	Now func() time.Time
	// Judge is the LLM judge used with --judge (eval.LLMJudge over the
	// configured model); nil when no LLM is configured.
	Judge Judge
	// OpenRuns opens the store that keeps saved runs (the configured
	// store, whatever store the eval itself ran on) for --save, history
	// and diff. The returned close func releases it.
	OpenRuns func(ctx context.Context) (admin.EvalRunStore, func() error, error)
}

// Corpus is what the in-process eval ingests into a temporary store before
// it runs; the zero value means the configured store as it is.
type Corpus struct {
	// Bundled is --bundled: the bundled corpus with its registry.
	Bundled bool
	// Dir is --corpus: the files Dir/sources.json lists, verified by that
	// registry, so a test corpus (testdata/guidelines) is evaluated without
	// touching the served store.
	Dir string
}

// options are the parsed flags of `bronwijzer eval`.
type options struct {
	dataset, jsonOut, htmlOut string
	api, apiKey, compare      string
	thresholds, corpus        string
	k                         int
	bundled, judge, quiet     bool
	save                      bool
	timeout                   time.Duration
}

const usage = `gebruik: bronwijzer eval --dataset FILE [--k 5] [--json OUT.json] [--html OUT.html]
       [--api URL --api-key KEY] [--compare lexical,dense,hybrid|all] [--bundled | --corpus DIR]
       [--thresholds eval/thresholds.json] [--timeout 60s] [--judge] [--quiet] [--save]
       bronwijzer eval history [--json]
       bronwijzer eval diff RUN_A RUN_B
`

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	fs.StringVar(&o.dataset, "dataset", "", "JSONL dataset (required)")
	fs.IntVar(&o.k, "k", 5, "passages per answer (search retrieves max(k,5))")
	fs.StringVar(&o.jsonOut, "json", "", "write the JSON report to this file")
	fs.StringVar(&o.htmlOut, "html", "", "write the HTML report to this file")
	fs.StringVar(&o.api, "api", "", "evaluate a running server at this base URL instead of in-process")
	fs.StringVar(&o.apiKey, "api-key", "", "API key for --api (default $BRONWIJZER_API_KEY)")
	fs.StringVar(&o.compare, "compare", "", "configurations side by side: lexical,dense,hybrid or all (first is primary)")
	fs.StringVar(&o.thresholds, "thresholds", "", "fail (exit 1) when the primary config is below these thresholds")
	fs.BoolVar(&o.bundled, "bundled", false, "in-process: ingest the bundled corpus into a temporary store first")
	fs.StringVar(&o.corpus, "corpus", "", "in-process: ingest the files DIR/sources.json lists into a temporary store first")
	fs.DurationVar(&o.timeout, "timeout", 60*time.Second, "per-request timeout")
	fs.BoolVar(&o.judge, "judge", false, "add an LLM-judged faithfulness score (needs a configured LLM; never gated)")
	fs.BoolVar(&o.quiet, "quiet", false, "no progress on stderr")
	fs.BoolVar(&o.save, "save", false, "save the run (primary configuration) in the store; eval history and eval diff show it")
	if err := fs.Parse(args); err != nil {
		return o, bronwijzer.WrapError(bronwijzer.EINVALID, err, "ongeldige opties: %v (invalid flags)", err)
	}
	switch {
	case fs.NArg() > 0:
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "onverwacht argument %q (unexpected argument)", fs.Arg(0))
	case o.dataset == "":
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "--dataset is verplicht (required)")
	case o.k < 1 || o.k > 50:
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "--k moet tussen 1 en 50 liggen (out of range)")
	case o.api != "" && o.bundled:
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "--bundled werkt alleen in-process, niet met --api")
	case o.api != "" && o.corpus != "":
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "--corpus werkt alleen in-process, niet met --api")
	case o.bundled && o.corpus != "":
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "kies --bundled of --corpus, niet allebei")
	case o.timeout <= 0:
		return o, bronwijzer.Errorf(bronwijzer.EINVALID, "--timeout moet positief zijn")
	}
	return o, nil
}

// RunCommand implements `bronwijzer eval`: it loads the dataset, runs every
// configuration in process or against --api, prints the summary table and
// writes --json / --html. With --thresholds it returns a *GateError when the
// primary configuration regresses (the command exits 1 then). The returned
// error's bronwijzer code tells bad input (EINVALID) from failures.
func RunCommand(ctx context.Context, args []string, deps Deps) error {
	deps.setDefaults()
	if len(args) > 0 {
		switch args[0] {
		case "history":
			return runHistory(ctx, args[1:], deps)
		case "diff":
			return runDiff(ctx, args[1:], deps)
		}
	}
	o, err := parseFlags(args, deps.Stderr)
	if err != nil {
		return err
	}
	if o.judge && deps.Judge == nil {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "--judge vraagt een geconfigureerd LLM (no LLM configured)")
	}
	if o.save && deps.OpenRuns == nil {
		return bronwijzer.Errorf(bronwijzer.EUNSUPPORTED, "--save vraagt een opslag voor eval-runs (no run store)")
	}
	qs, digest, err := loadDatasetFile(o.dataset)
	if err != nil {
		return err
	}
	cfgs, err := configsFor(o)
	if err != nil {
		return err
	}
	var th *Thresholds
	if o.thresholds != "" {
		t, err := loadThresholdsFile(o.thresholds)
		if err != nil {
			return err
		}
		th = &t
	}
	p, meta, closeFn, err := openProvider(ctx, o, deps)
	if err != nil {
		return err
	}
	defer closeFn()
	runner := Runner{K: o.k, Timeout: o.timeout}
	if o.judge {
		runner.Judge = deps.Judge
	}
	if !o.quiet {
		runner.Progress = progressPrinter(deps.Stderr)
	}
	rep, err := runner.Evaluate(ctx, p, cfgs, qs)
	if err != nil {
		return err
	}
	meta.Dataset, meta.K, meta.GeneratedAt = filepath.Base(o.dataset), o.k, deps.Now().UTC()
	if meta.Corpus = o.corpus; o.bundled {
		meta.Corpus = "bundled"
	}
	rep.Meta = meta
	if err := writeOutputs(rep, o, deps.Stdout); err != nil {
		return err
	}
	if o.save {
		if err := saveRun(ctx, rep, digest, p, deps); err != nil {
			return err
		}
	}
	if o.htmlOut != "" {
		if err := writeFile(o.htmlOut, rep.WriteHTML); err != nil {
			return err
		}
	}
	if th != nil {
		return Gate(rep, *th)
	}
	return nil
}

// progressPrinter reports every tenth question and the last one.
func progressPrinter(w io.Writer) func(string, int, int) {
	return func(cfg string, done, total int) {
		if done%10 == 0 || done == total {
			fmt.Fprintf(w, "eval %s: %d/%d\n", cfg, done, total)
		}
	}
}

func (d *Deps) setDefaults() {
	if d.Stdout == nil {
		d.Stdout = os.Stdout
	}
	if d.Stderr == nil {
		d.Stderr = os.Stderr
	}
	if d.Getenv == nil {
		d.Getenv = os.Getenv
	}
	if d.Now == nil {
		d.Now = time.Now
	}
}

// configsFor is --compare, or the single default configuration: hybrid.
func configsFor(o options) ([]Config, error) {
	if strings.TrimSpace(o.compare) == "" {
		return []Config{{Name: "hybrid", Mode: "hybrid"}}, nil
	}
	return ParseConfigs(o.compare)
}

func openProvider(ctx context.Context, o options, deps Deps) (Provider, Meta, func() error, error) {
	noop := func() error { return nil }
	if o.api != "" {
		key := o.apiKey
		if key == "" {
			key = deps.Getenv("BRONWIJZER_API_KEY")
		}
		hc := deps.HTTPClient
		if hc == nil {
			hc = &http.Client{Timeout: o.timeout}
		}
		c, err := NewClient(o.api, key, hc)
		if err != nil {
			return nil, Meta{}, noop, err
		}
		return c, Meta{Backend: o.api, AskMode: "server-default"}, noop, nil
	}
	if deps.OpenLocal == nil {
		return nil, Meta{}, noop, bronwijzer.Errorf(bronwijzer.EUNSUPPORTED, "in-process eval is niet beschikbaar; gebruik --api (no local backend)")
	}
	p, closeFn, err := deps.OpenLocal(ctx, Corpus{Bundled: o.bundled, Dir: o.corpus})
	if err != nil {
		return nil, Meta{}, noop, fmt.Errorf("open local backend: %w", err)
	}
	if closeFn == nil {
		closeFn = noop
	}
	return p, Meta{Backend: "in-process", AskMode: "per-config"}, closeFn, nil
}

// loadDatasetFile loads a dataset and returns the SHA-256 of its bytes
// (hex), which a saved run records.
func loadDatasetFile(path string) ([]Question, string, error) {
	data, err := os.ReadFile(path) // #nosec G304 -- a dataset file named on the command line
	if err != nil {
		return nil, "", bronwijzer.WrapError(bronwijzer.EINVALID, err, "dataset %s kan niet worden geopend (cannot open dataset)", path)
	}
	qs, err := LoadDataset(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	return qs, admin.FileDigest(data), nil
}

func loadThresholdsFile(path string) (Thresholds, error) {
	f, err := os.Open(path) // #nosec G304 -- a file named on the command line
	if err != nil {
		return Thresholds{}, bronwijzer.WrapError(bronwijzer.EINVALID, err, "drempelbestand %s kan niet worden geopend", path)
	}
	defer f.Close()
	return LoadThresholds(f)
}

// writeOutputs writes the table and --json; the HTML report comes after
// --save, so its chart holds this run.
func writeOutputs(rep *Report, o options, stdout io.Writer) error {
	if err := rep.WriteTable(stdout); err != nil {
		return err
	}
	if o.jsonOut != "" {
		return writeFile(o.jsonOut, rep.WriteJSON)
	}
	return nil
}

// writeFile writes through a temporary file and renames it, so a failed
// run never leaves a half-written report behind.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		_ = f.Close() // the write error is the one reported
		return fmt.Errorf("create %s: %w", path, err)
	}
	if err := write(f); err != nil {
		_ = f.Close() // the write error is the one reported
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// IsGateFailure reports whether err is a threshold failure (exit code 1)
// rather than a usage or runtime error.
func IsGateFailure(err error) bool {
	var g *GateError
	return errors.As(err, &g)
}
