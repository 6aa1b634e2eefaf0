package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// command is one subcommand: it parses its own flags (plus the global ones)
// and runs.
type command struct {
	summary string
	run     func(ctx context.Context, env *cmdEnv, args []string) error
}

// cmdEnv is what every subcommand gets: configuration and the streams.
type cmdEnv struct {
	cfg    Config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	logger *slog.Logger
}

func commands() map[string]command {
	return map[string]command{
		"ingest":      {"ingest files or directories into the store", cmdIngest},
		"search":      {"search passages: bronwijzer search [--json] [-k N] QUERY", cmdSearch},
		"documents":   {"list stored documents", cmdDocuments},
		"serve":       {"start the HTTP server", cmdServe},
		"ask":         {"answer a question with citations: bronwijzer ask [--json] QUESTION", cmdAsk},
		"eval":        {"evaluate retrieval and answers against a dataset: eval --dataset FILE [--save], eval history [--json], eval diff RUN_A RUN_B", cmdEval},
		"fit-answers": {"fit the answer model on reviewed question sets: fit-answers [--sets DATASET=CORPUS,…] [--out answer/model.json]", cmdFitAnswers},
		"migrate":     {"create or upgrade the store's schema", cmdMigrate},
		"sources":     {"manage verified sources: sources add FILE --title T --published YYYY-MM-DD, sources list, sources retire ID", cmdSources},
		"keys":        {"manage API keys: keys create --name N --scope query|admin|metrics, keys list, keys revoke ID", cmdKeys},
		"feedback":    {"clinicians' feedback on answers: feedback list [--json] [--since DATE], feedback export --eval FILE [--since DATE]", cmdFeedback},
		"audit":       {"audit trail of answers: audit export [--since T] [--until T] [--out FILE], audit prune --older-than 365d", cmdAudit},
	}
}

// errUsage marks errors that are the caller's fault in how the command was
// invoked; they exit with code 2.
var errUsage = errors.New("usage")

// Run runs one command line and returns the process exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "bronwijzer: unknown command %q\n\n", args[0])
		usage(stderr, cmds)
		return exitUsage
	}
	cfg := DefaultConfig()
	if err := cfg.LoadEnv(); err != nil {
		fmt.Fprintf(stderr, "bronwijzer: configuration: %v\n", err)
		return exitUsage
	}
	env := &cmdEnv{cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr}
	err := cmd.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "bronwijzer %s: %v\n", args[0], err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "bronwijzer %s: %s\n", args[0], describeError(err))
		return exitFail
	}
}

// describeError shows an application error's safe message (and, for
// internal errors, the cause, since the CLI user is the operator).
func describeError(err error) string {
	var e *bronwijzer.Error
	if errors.As(err, &e) && e.Code != bronwijzer.EINTERNAL {
		return e.Message
	}
	return err.Error()
}

func usage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "usage: bronwijzer COMMAND [options] [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nglobal options (every command): --data-dir, --database-url, --registry, --log-level, --embedder, --embed-dim, --allow-unverified, --max-source-age")
	fmt.Fprintln(w, "run 'bronwijzer COMMAND -h' for a command's options")
}

// parseFlags parses a subcommand's flags, global ones included, and validates
// the configuration. Flags may come before or after positional arguments.
func (e *cmdEnv) parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(e.stderr)
	e.cfg.RegisterGlobal(fs)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			positional = append(positional, args[1:]...)
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	if err := e.cfg.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	e.logger = newLogger(e.stderr, e.cfg.LogLevel)
	return positional, nil
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(strings.ToUpper(level)))
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
}

// splitGlobal takes the global options out of args (for subcommands that
// parse their own flags) and returns the rest untouched.
func (e *cmdEnv) splitGlobal(args []string) ([]string, error) {
	global := flag.NewFlagSet("global", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	e.cfg.RegisterGlobal(global)
	var rest []string
	for i := 0; i < len(args); i++ {
		name := strings.TrimLeft(args[i], "-")
		name, _, hasValue := strings.Cut(name, "=")
		f := global.Lookup(name)
		if !strings.HasPrefix(args[i], "-") || f == nil {
			rest = append(rest, args[i])
			continue
		}
		pair := []string{args[i]}
		_, isBool := f.Value.(interface{ IsBoolFlag() bool })
		if !hasValue && !isBool && i+1 < len(args) {
			i++
			pair = append(pair, args[i])
		}
		if err := global.Parse(pair); err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
	}
	if err := e.cfg.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	e.logger = newLogger(e.stderr, e.cfg.LogLevel)
	return rest, nil
}
