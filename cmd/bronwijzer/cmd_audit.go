package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
)

// cmdAudit exports and prunes the audit trail of answers.
func cmdAudit(ctx context.Context, env *cmdEnv, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: bronwijzer audit export [--since T] [--until T] [--out FILE] | audit prune --older-than 365d", errUsage)
	}
	switch args[0] {
	case "export":
		return auditExport(ctx, env, args[1:])
	case "prune":
		return auditPrune(ctx, env, args[1:])
	default:
		return fmt.Errorf("%w: unknown audit subcommand %q (export, prune)", errUsage, args[0])
	}
}

// timeFlag accepts RFC 3339 or a date (midnight UTC).
type timeFlag struct{ t time.Time }

func (f *timeFlag) String() string {
	if f.t.IsZero() {
		return ""
	}
	return f.t.Format(time.RFC3339)
}

func (f *timeFlag) Set(s string) error {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			f.t = t
			return nil
		}
	}
	return fmt.Errorf("want RFC 3339 (2026-01-31T09:00:00Z) or a date (2026-01-31), not %q", s)
}

func auditExport(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("audit export", flag.ContinueOnError)
	var since, until timeFlag
	fs.Var(&since, "since", "first time to include (RFC 3339 or YYYY-MM-DD); default: the beginning")
	fs.Var(&until, "until", "time to stop before (exclusive); default: no limit")
	out := fs.String("out", "", "write to this file (created with mode 0600) instead of standard output")
	rest, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	if !since.t.IsZero() && !until.t.IsZero() && !since.t.Before(until.t) {
		return fmt.Errorf("%w: --since must be before --until", errUsage)
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	if *out == "" {
		n, err := writeAudit(ctx, s, since.t, until.t, env.stdout)
		if err == nil {
			fmt.Fprintf(env.stderr, "%d auditregels geëxporteerd.\n", n)
		}
		return err
	}
	return exportToFile(ctx, env, s, since.t, until.t, *out)
}

// exportToFile writes to a temporary file next to path and renames it, so
// an interrupted export never leaves a truncated file that looks complete.
func exportToFile(ctx context.Context, env *cmdEnv, s admin.AuditStore, since, until time.Time, path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".audit-*.jsonl")
	if err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	defer os.Remove(f.Name()) //nolint:errcheck // gone after the rename
	n, err := writeAudit(ctx, s, since, until, f)
	if err = errors.Join(err, f.Chmod(0o600), f.Close()); err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	fmt.Fprintf(env.stderr, "%d auditregels geëxporteerd naar %s.\n", n, path)
	return nil
}

// writeAudit streams the records as JSON Lines: one record per line.
func writeAudit(ctx context.Context, s admin.AuditStore, since, until time.Time, w io.Writer) (int, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	err := s.ExportAudit(ctx, since, until, func(r admin.AuditRecord) error {
		n++
		return enc.Encode(r)
	})
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}

func auditPrune(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("audit prune", flag.ContinueOnError)
	var olderThan time.Duration
	fs.Func("older-than", "delete records older than this, e.g. 365d or 2y (required)", durationSetter(&olderThan))
	rest, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	if olderThan <= 0 {
		return fmt.Errorf("%w: --older-than is required and must be positive, e.g. 365d", errUsage)
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	n, err := s.PruneAudit(ctx, time.Now().Add(-olderThan))
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "%d auditregels ouder dan %s verwijderd.\n", n, olderThan)
	return nil
}
