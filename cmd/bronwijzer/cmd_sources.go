package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bronwijzer/bronwijzer"
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

// Source states, as sources list --json names them.
const (
	stateVerified   = "verified"   // the stored document's digest matches the entry
	stateUnverified = "unverified" // digest differs, or no registry entry
	stateNotStored  = "not_stored" // registry entry without a stored document
	stateOutdated   = "outdated"   // published longer ago than --max-source-age
	stateReviewDue  = "review_due" // past the entry's review_by
	stateRetired    = "retired"    // withdrawn: kept, no longer cited as verified
)

var stateLabels = map[string]string{
	stateVerified: "geverifieerd", stateUnverified: "niet geverifieerd", stateNotStored: "niet opgeslagen",
	stateOutdated: "verouderd", stateReviewDue: "herziening verlopen", stateRetired: "ingetrokken",
}

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
	reg, created, err := loadRegistryForEdit(env.cfg.Registry)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	src := f.source(filepath.Base(files[0]), hex.EncodeToString(sum[:]))
	next, err := reg.Add(src, f.replace)
	if err != nil {
		return err
	}
	if err := corpus.Save(env.cfg.Registry, next); err != nil {
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
	switch {
	case strings.TrimSpace(f.title) == "":
		return fmt.Errorf("%w: --title is required", errUsage)
	case f.published == "":
		return fmt.Errorf("%w: --published is required (YYYY-MM-DD)", errUsage)
	case !corpus.ValidDate(f.published):
		return fmt.Errorf("%w: --published %q is geen geldige datum (verwacht JJJJ-MM-DD)", errUsage, f.published)
	case f.reviewBy != "" && !corpus.ValidDate(f.reviewBy):
		return fmt.Errorf("%w: --review-by %q is geen geldige datum (verwacht JJJJ-MM-DD)", errUsage, f.reviewBy)
	case f.reviewBy != "" && f.reviewBy <= f.published:
		return fmt.Errorf("%w: --review-by %s moet na --published %s liggen", errUsage, f.reviewBy, f.published)
	}
	return nil
}

func (f *sourceAddFlags) source(file, sha string) bronwijzer.Source {
	id := f.id
	if id == "" {
		id = ingest.DocumentID(file)
	}
	publisher := strings.TrimSpace(f.publisher)
	if publisher == "" {
		publisher = "unknown"
	}
	return bronwijzer.Source{
		ID: id, Title: strings.TrimSpace(f.title), Publisher: publisher, Published: f.published,
		ReviewBy: f.reviewBy, URL: f.url, Remark: f.remark, File: file, SHA256: sha, Language: "nl",
	}
}

// loadRegistryForEdit reads the registry to change it. A registry that does
// not exist yet starts empty (created reports that); one that cannot be read
// or does not validate is an error, so nothing is written over it.
func loadRegistryForEdit(path string) (reg *corpus.Registry, created bool, err error) {
	if path == "" {
		return nil, false, fmt.Errorf("%w: geen bronnenregister: geef --registry PAD", errUsage)
	}
	reg, err = corpus.Load(path)
	if errors.Is(err, os.ErrNotExist) {
		if _, derr := os.Stat(filepath.Dir(path)); derr != nil {
			return nil, false, bronwijzer.Errorf(bronwijzer.EINVALID, "bronnenregister %s: map %s bestaat niet", path, filepath.Dir(path))
		}
		reg, err = corpus.New(nil)
		return reg, true, err
	}
	if err != nil {
		return nil, false, bronwijzer.Errorf(bronwijzer.EINVALID, "bronnenregister %s is niet leesbaar; niets gewijzigd: %s", path, describeError(err))
	}
	return reg, false, nil
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
	reg, err := corpus.Load(env.cfg.Registry)
	if err != nil {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "bronnenregister %s is niet leesbaar; niets gewijzigd: %s", env.cfg.Registry, describeError(err))
	}
	next, err := reg.Retire(ids[0], time.Now().Format(time.DateOnly))
	if err != nil {
		return err
	}
	if err := corpus.Save(env.cfg.Registry, next); err != nil {
		return err
	}
	src, _ := next.Source(ids[0])
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
	doc, err := s.Document(ctx, src.ID)
	if bronwijzer.ErrorCode(err) == bronwijzer.ENOTFOUND {
		if verified {
			fmt.Fprintf(env.stdout, "Nog niet opgeslagen: neem het op met 'bronwijzer ingest %s'.\n", src.File)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("bronnenregister is bijgewerkt, maar document %s in de opslag niet: %w", src.ID, err)
	}
	if !strings.EqualFold(doc.SHA256, src.SHA256) || doc.Verified == verified {
		return nil
	}
	chunks, err := s.Chunks(ctx, doc.ID)
	if err != nil {
		return fmt.Errorf("bronnenregister is bijgewerkt, maar document %s in de opslag niet: %w", src.ID, err)
	}
	next := *doc
	next.Verified = verified
	if verified {
		next.Title, next.URL = src.Title, src.URL
		next.Publisher, next.Published = src.Publisher, src.Published
	}
	put, err := s.ReplaceDocument(ctx, next, chunks)
	if err != nil {
		return fmt.Errorf("bronnenregister is bijgewerkt, maar document %s in de opslag niet: %w", src.ID, err)
	}
	state := stateUnverified
	if verified {
		state = stateVerified
	}
	fmt.Fprintf(env.stdout, "Opgeslagen document %s is nu %s (versie %d).\n", doc.ID, stateLabels[state], put.Document.Version)
	return nil
}

// sourceRow is one line of sources list.
type sourceRow struct {
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	Published     string   `json:"published"`
	ReviewBy      string   `json:"review_by,omitempty"`
	Retired       string   `json:"retired,omitempty"`
	SHA256        string   `json:"sha256,omitempty"`
	StoredVersion int      `json:"stored_version,omitempty"`
	StoredSHA256  string   `json:"stored_sha256,omitempty"`
	States        []string `json:"states"`
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
	rows := sourceRows(reg.Sources(), docs, time.Now(), env.cfg.MaxSourceAge)
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
			labels[i] = stateLabels[st]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, shorten(r.Title, 50), r.Published, dash(r.ReviewBy), strings.Join(labels, ", "))
	}
	return tw.Flush()
}

// sourceRows lists every registry entry (in registry order), then every
// stored document without an entry, each with its states.
func sourceRows(sources []bronwijzer.Source, docs []bronwijzer.Document, now time.Time, maxAge time.Duration) []sourceRow {
	stored := make(map[string]bronwijzer.Document, len(docs))
	for _, d := range docs {
		stored[d.ID] = d
	}
	var rows []sourceRow
	for _, src := range sources {
		r := sourceRow{ID: src.ID, Title: src.Title, Published: src.Published, ReviewBy: src.ReviewBy, Retired: src.Retired, SHA256: src.SHA256}
		d, ok := stored[src.ID]
		delete(stored, src.ID)
		switch {
		case !ok:
			r.States = append(r.States, stateNotStored)
		case strings.EqualFold(d.SHA256, src.SHA256) && src.Retired == "":
			r.States = append(r.States, stateVerified)
		case !strings.EqualFold(d.SHA256, src.SHA256):
			r.States = append(r.States, stateUnverified)
		}
		if ok {
			r.StoredVersion, r.StoredSHA256 = d.Version, d.SHA256
		}
		if src.Retired != "" {
			r.States = append(r.States, stateRetired)
		}
		r.States = append(r.States, ageStates(src.Published, src.ReviewBy, now, maxAge)...)
		rows = append(rows, r)
	}
	for _, d := range docs {
		if _, unlisted := stored[d.ID]; unlisted {
			rows = append(rows, sourceRow{ID: d.ID, Title: d.Title, Published: d.Published, StoredVersion: d.Version, StoredSHA256: d.SHA256,
				States: append([]string{stateUnverified}, ageStates(d.Published, "", now, maxAge)...)})
		}
	}
	return rows
}

// ageStates flags a source published longer ago than maxAge (as citations
// do) and one past its review date (at the date's own precision: a review
// "2026-05" is due from June 2026).
func ageStates(published, reviewBy string, now time.Time, maxAge time.Duration) []string {
	var st []string
	if answer.Outdated(published, now, maxAge) {
		st = append(st, stateOutdated)
	}
	if today := now.Format(time.DateOnly); reviewBy != "" && len(reviewBy) <= len(today) && today[:len(reviewBy)] > reviewBy {
		st = append(st, stateReviewDue)
	}
	return st
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
