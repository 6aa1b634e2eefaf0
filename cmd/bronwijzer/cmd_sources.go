package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
)

// cmdSources manages the registry of verified sources (--registry): add a
// verified file, list the sources with the state of their stored document,
// retire one.
func cmdSources(ctx context.Context, env *cmdEnv, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: bronwijzer sources add FILE --title T --published YYYY-MM-DD | sources list [--json] | sources retire ID", errUsage)
	}
	switch args[0] {
	case "add":
		return sourcesAdd(ctx, env, args[1:])
	case "list":
		return sourcesList(ctx, env, args[1:])
	case "retire":
		return sourcesRetire(ctx, env, args[1:])
	default:
		return fmt.Errorf("%w: onbekend sources-commando %q (add, list, retire)", errUsage, args[0])
	}
}

// sourceRow is one line of sources list (corpus.Row).
type sourceRow = corpus.Row

// sourceAddFlags are the registry fields sources add takes.
type sourceAddFlags struct {
	title, published, publisher, url, reviewBy, id, remark string
	replace                                                bool
}

func sourcesAdd(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("sources add", flag.ContinueOnError)
	var f sourceAddFlags
	fs.StringVar(&f.title, "title", "", "title as cited (required)")
	fs.StringVar(&f.published, "published", "", "publication date YYYY-MM-DD (or YYYY-MM, YYYY; required)")
	fs.StringVar(&f.publisher, "publisher", "", "publisher, e.g. NHG (default \"unknown\")")
	fs.StringVar(&f.url, "url", "", "canonical URL")
	fs.StringVar(&f.reviewBy, "review-by", "", "planned revision date YYYY-MM-DD; after it the source is flagged")
	fs.StringVar(&f.id, "id", "", "source id (default: derived from the file name)")
	fs.StringVar(&f.remark, "remark", "", "remark for the quality team")
	fs.BoolVar(&f.replace, "replace", false, "replace an entry with the same id or the same file digest")
	files, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return fmt.Errorf("%w: geef één bestand: bronwijzer sources add FILE --title T --published YYYY-MM-DD", errUsage)
	}
	if err := f.check(); err != nil {
		return err
	}
	data, err := os.ReadFile(files[0]) // #nosec G304 G703 -- the operator names the file to verify on the command line
	if err != nil {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "bestand %s bestaat niet of is niet leesbaar: %v", files[0], errors.Unwrap(err))
	}
	if len(data) == 0 {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "bestand %s is leeg (0 bytes); niets toegevoegd", files[0])
	}
	src, err := corpus.NewEntry(f.source(filepath.Base(files[0]), admin.FileDigest(data)))
	if err != nil {
		return err
	}
	if env.cfg.Registry == "" {
		return fmt.Errorf("%w: geen bronnenregister: geef --registry PAD", errUsage)
	}
	created, err := corpus.NewFile(env.cfg.Registry, nil).Add(src, f.replace)
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(env.stderr, "Nieuw bronnenregister %s aangemaakt.\n", env.cfg.Registry)
	}
	fmt.Fprintf(env.stdout, "Bron %s (%s) staat als geverifieerd in %s, SHA-256 %s.\n", src.ID, src.Title, env.cfg.Registry, src.SHA256)
	return syncStored(ctx, env, src, true)
}

// check validates the flags before anything is read or written.
func (f *sourceAddFlags) check() error {
	if strings.TrimSpace(f.title) == "" {
		return fmt.Errorf("%w: --title is required", errUsage)
	}
	if err := corpus.CheckDates(f.published, f.reviewBy, func(name string) string {
		return "--" + strings.ReplaceAll(name, "_", "-")
	}); err != nil {
		return fmt.Errorf("%w: %s", errUsage, describeError(err))
	}
	return nil
}

func (f *sourceAddFlags) source(file, sha string) bronwijzer.Source {
	id := f.id
	if id == "" {
		id = ingest.DocumentID(file)
	}
	return bronwijzer.Source{
		ID: id, Title: f.title, Publisher: f.publisher, Published: f.published,
		ReviewBy: f.reviewBy, URL: f.url, Remark: f.remark, File: file, SHA256: sha,
	}
}

func sourcesRetire(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("sources retire", flag.ContinueOnError)
	ids, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		return fmt.Errorf("%w: geef één bron-id (zie 'bronwijzer sources list')", errUsage)
	}
	src, err := corpus.NewFile(env.cfg.Registry, nil).Retire(ids[0], time.Now().Format(time.DateOnly))
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "Bron %s is ingetrokken op %s; de vermelding en de opgeslagen versies blijven bewaard.\n", src.ID, src.Retired)
	return syncStored(ctx, env, src, false)
}

// syncStored makes the store's verified flag of the source's current
// document follow the registry at once, when that document is the
// registered file: it stores a new version with the same passages and
// vectors, so earlier versions stay for the audit trail and search
// (verified only by default) sees the change immediately. A store that
// cannot be opened is reported; the registry change stands.
func syncStored(ctx context.Context, env *cmdEnv, src bronwijzer.Source, verified bool) error {
	s, err := openStore(ctx, env.cfg)
	if err != nil {
		return fmt.Errorf("bronnenregister is bijgewerkt, maar de opslag is niet bereikbaar; neem het bestand opnieuw op: %w", err)
	}
	defer s.Close()
	if _, err := s.Document(ctx, src.ID); bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		if verified {
			fmt.Fprintf(env.stdout, "Nog niet opgeslagen: neem het op met 'bronwijzer ingest %s'.\n", src.File)
		}
		return nil
	}
	version, err := corpus.SyncStored(ctx, s, src, verified)
	if err != nil {
		return fmt.Errorf("bronnenregister is bijgewerkt, maar document %s in de opslag niet: %w", src.ID, err)
	}
	if version == 0 {
		return nil
	}
	state := corpus.StateUnverified
	if verified {
		state = corpus.StateVerified
	}
	fmt.Fprintf(env.stdout, "Opgeslagen document %s is nu %s (versie %d).\n", src.ID, corpus.StateLabels[state], version)
	return nil
}

func sourcesList(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("sources list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := env.parseFlags(fs, args); err != nil {
		return err
	}
	reg, err := loadRegistry(env.cfg.Registry)
	if err != nil {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "bronnenregister %s is niet leesbaar: %s", env.cfg.Registry, describeError(err))
	}
	s, err := openStore(ctx, env.cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	docs, err := s.Documents(ctx)
	if err != nil {
		return err
	}
	rows := corpus.Rows(reg.Sources(), docs, ageRules(time.Now(), env.cfg.MaxSourceAge))
	if *asJSON {
		return writeJSON(env.stdout, map[string]any{"sources": nonNil(rows)})
	}
	if len(rows) == 0 {
		fmt.Fprintf(env.stdout, "Geen bronnen in %s en geen opgeslagen documenten.\n", env.cfg.Registry)
		return nil
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITEL\tGEPUBLICEERD\tHERZIENING\tSTATUS")
	for _, r := range rows {
		labels := make([]string, len(r.States))
		for i, st := range r.States {
			labels[i] = corpus.StateLabels[st]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, shorten(r.Title, 50), r.Published, dash(r.ReviewBy), strings.Join(labels, ", "))
	}
	return tw.Flush()
}

// ageRules are the citations' age rules at now: outdated after maxAge,
// review due after review_by.
func ageRules(now time.Time, maxAge time.Duration) corpus.AgeRules {
	return corpus.AgeRules{
		Outdated:  func(published string) bool { return answer.Outdated(published, now, maxAge) },
		ReviewDue: func(reviewBy string) bool { return answer.ReviewDue(reviewBy, now) },
	}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
