package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/eval"
)

// cmdFeedback shows clinicians' feedback on answers and turns it into eval
// lines for the quality team to review.
func cmdFeedback(ctx context.Context, env *cmdEnv, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: bronwijzer feedback list [--json] [--since DATE] | feedback export --eval FILE [--since DATE]", errUsage)
	}
	switch args[0] {
	case "list":
		return feedbackList(ctx, env, args[1:])
	case "export":
		return feedbackExport(ctx, env, args[1:])
	default:
		return fmt.Errorf("%w: unknown feedback subcommand %q (list, export)", errUsage, args[0])
	}
}

func feedbackList(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("feedback list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the feedback with the audit record of each answer as JSON")
	var since timeFlag
	fs.Var(&since, "since", "only feedback given at or after this time (RFC 3339 or YYYY-MM-DD)")
	rest, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	items := []admin.FeedbackItem{}
	if err := s.ExportFeedback(ctx, since.t, func(it admin.FeedbackItem) error {
		items = append(items, it)
		return nil
	}); err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, struct {
			Feedback []admin.FeedbackItem `json:"feedback"`
		}{items})
	}
	printFeedback(env.stdout, items)
	return nil
}

// printFeedback shows one block per feedback: when, the judgement, the
// answer's id and key, the (redacted) question and comment.
func printFeedback(w io.Writer, items []admin.FeedbackItem) {
	if len(items) == 0 {
		fmt.Fprintln(w, "Geen feedback.")
		return
	}
	for _, it := range items {
		judgement := it.Rating
		if it.Reason != "" {
			judgement += " (" + it.Reason + ")"
		}
		fmt.Fprintf(w, "%s  %s  antwoord %s  sleutel %s\n", it.Time.Format("2006-01-02 15:04"), judgement, it.AnswerID, it.KeyID)
		fmt.Fprintf(w, "    Vraag: %s\n", shorten(it.Answer.Question, 200))
		if it.Comment != "" {
			fmt.Fprintf(w, "    Opmerking: %s\n", it.Comment)
		}
	}
	fmt.Fprintf(w, "%d feedback.\n", len(items))
}

func feedbackExport(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("feedback export", flag.ContinueOnError)
	out := fs.String("eval", "", "write eval lines (JSON Lines, mode 0600) to this new file (required)")
	var since timeFlag
	fs.Var(&since, "since", "only feedback given at or after this time (RFC 3339 or YYYY-MM-DD)")
	rest, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	if *out == "" {
		return fmt.Errorf("%w: --eval FILE is required", errUsage)
	}
	// A reviewer may be completing an earlier export: never overwrite one.
	if _, err := os.Lstat(*out); err == nil {
		return fmt.Errorf("%w: %s bestaat al; kies een nieuw bestand, een eerdere export kan al beoordeeld zijn (file exists)", errUsage, *out)
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	n, err := exportEvalFile(ctx, s, since.t, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "%d feedbackregels geëxporteerd naar %s; zet per regel answerable "+
		"(en bij true reference_answer en evidence) voordat eval ze gebruikt.\n", n, *out)
	return nil
}

// exportEvalFile writes to a temporary file next to path and renames it, so
// an interrupted export never leaves a truncated file that looks complete.
func exportEvalFile(ctx context.Context, s admin.FeedbackStore, since time.Time, path string) (int, error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".feedback-*.jsonl")
	if err != nil {
		return 0, fmt.Errorf("feedback export: %w", err)
	}
	defer os.Remove(f.Name()) //nolint:errcheck // gone after the rename
	bw := bufio.NewWriter(f)
	n := 0
	err = s.ExportFeedback(ctx, since, func(it admin.FeedbackItem) error {
		line, err := eval.MarshalUnreviewed(feedbackQuestion(it))
		if err != nil {
			return err
		}
		n++
		_, err = fmt.Fprintf(bw, "%s\n", line)
		return err
	})
	if err = errors.Join(err, bw.Flush(), f.Chmod(0o600), f.Close()); err != nil {
		return 0, fmt.Errorf("feedback export: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return 0, fmt.Errorf("feedback export: %w", err)
	}
	return n, nil
}

// feedbackQuestion is the eval line of one feedback: the redacted question,
// the answer given and its citations, tagged feedback and the reason (or
// goed), answerable left for the reviewer and no reference answer yet.
func feedbackQuestion(it admin.FeedbackItem) eval.Question {
	tag := it.Reason
	if tag == "" {
		tag = it.Rating
	}
	cited := make([]eval.Evidence, 0, len(it.Answer.Cited))
	for _, c := range it.Answer.Cited {
		cited = append(cited, eval.Evidence{Document: c.Document, Quote: c.Quote})
	}
	return eval.Question{
		ID:             "feedback-" + it.AnswerID + "-" + strings.ReplaceAll(it.KeyID, " ", "_"),
		Question:       it.Answer.Question,
		Tags:           []string{eval.FeedbackTag, tag},
		GivenAnswer:    it.Answer.Answer,
		GivenCitations: cited,
		Feedback: &eval.FeedbackNote{AnswerID: it.AnswerID, Time: it.Time.Format(time.RFC3339), Rating: it.Rating,
			Reason: it.Reason, Comment: it.Comment},
	}
}
