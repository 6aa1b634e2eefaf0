package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
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
	resp, err := svc.Ask(ctx, answer.Request{Question: question, K: *k})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, resp)
	}
	printAnswer(env.stdout, resp)
	return nil
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
}

func outdatedNote(old bool) string {
	if old {
		return ", VEROUDERD"
	}
	return ""
}
