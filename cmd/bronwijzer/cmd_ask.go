package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/api"
	"github.com/bronwijzer/bronwijzer/api/redact"
)

func cmdAsk(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print exactly the /v1/ask response body")
	k := fs.Int("k", answer.DefaultK, "passages to retrieve")
	words, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	question := strings.Join(words, " ")
	if strings.TrimSpace(question) == "" {
		return fmt.Errorf("%w: geef een vraag (missing question)", errUsage)
	}
	if err := bronwijzer.CheckK("-k", *k, answer.DefaultMaxK); err != nil {
		return fmt.Errorf("%w: %s", errUsage, bronwijzer.ErrorMessage(err))
	}
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		return err
	}
	defer app.Close()
	svc, err := app.newAnswerer()
	if err != nil {
		return err
	}
	start := time.Now()
	resp, err := svc.Ask(ctx, answer.Request{Question: question, K: *k})
	if err != nil {
		return err
	}
	resp.LatencyMS = time.Since(start).Milliseconds()
	app.recordAsk(ctx, question, resp)
	if *asJSON {
		return writeJSON(env.stdout, resp)
	}
	printAnswer(env.stdout, resp)
	return nil
}

// cliKeyID is the key id of audit records of bronwijzer ask: the command
// line uses no key, and no API key has this id (their ids have 8 characters).
const cliKeyID = "cli"

// recordAsk writes the audit record of an answer given on the command line,
// as the server does for /v1/ask, so its id exists (for feedback and the
// audit trail). A failure is reported, the answer still shown, without id.
func (a *App) recordAsk(ctx context.Context, question string, resp *answer.Response) {
	red := redact.New()
	ids := make([]string, 0, len(resp.Citations))
	for _, c := range resp.Citations {
		ids = append(ids, c.PassageID)
	}
	rec := admin.AuditRecord{ID: admin.NewAuditID(), Time: time.Now().UTC(), KeyID: cliKeyID,
		Question: red.String(question), PassageIDs: ids, Mode: resp.Mode, Model: resp.Model,
		PromptVersion: resp.PromptVersion, Abstained: resp.Abstained, Enforcement: resp.Enforcement,
		LatencyMS: resp.LatencyMS, Answer: red.String(resp.Answer), Cited: api.CitedSpans(resp.Citations),
		CorpusVersion: "unknown"}
	if docs, err := a.Store.Documents(ctx); err == nil {
		rec.CorpusVersion = corpusVersion(docs)
	}
	if err := a.Store.AppendAudit(ctx, rec); err != nil {
		a.Logger.Warn("auditregel niet geschreven; het antwoord heeft geen id (audit record not written)",
			slog.Any("error", err))
		return
	}
	resp.ID = rec.ID
}

// printAnswer shows the answer with its numbered sources, or the refusal
// with the closest passages.
func printAnswer(w io.Writer, r *answer.Response) {
	if r.Abstained {
		fmt.Fprintln(w, r.Reason)
		if len(r.Passages) > 0 {
			fmt.Fprintln(w, "\nDichtstbijzijnde passages:")
			printPassages(w, r.Passages[:min(3, len(r.Passages))])
		}
		fmt.Fprintf(w, "%s\n", r.Disclaimer)
		printAnswerID(w, r.ID)
		return
	}
	if r.Notice != "" {
		fmt.Fprintf(w, "Let op: %s\n\n", r.Notice)
	}
	fmt.Fprintf(w, "%s\n\nBronnen:\n", r.Answer)
	for _, c := range r.Citations {
		fmt.Fprintf(w, "[%d] %s, %s%s, datum: %s%s%s\n", c.N, c.Title, pages(c.PageStart, c.PageEnd),
			sectionNote(c.Section), c.Published, unverifiedNote(c.Verified), outdatedNote(c.Outdated))
		fmt.Fprintf(w, "    “%s”\n", shorten(c.Quote, 400))
	}
	fmt.Fprintf(w, "\n(%s, %s; %s)\n%s\n", r.Mode, r.Model, r.Enforcement, r.Disclaimer)
	printAnswerID(w, r.ID)
}

func printAnswerID(w io.Writer, id string) {
	if id != "" {
		fmt.Fprintf(w, "Antwoord-id: %s\n", id)
	}
}

func outdatedNote(old bool) string {
	if old {
		return ", VEROUDERD"
	}
	return ""
}
