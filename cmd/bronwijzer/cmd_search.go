package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// searchBody is the /v1/search response body; `search --json` prints exactly this.
type searchBody struct {
	Passages []bronwijzer.Passage `json:"passages"`
}

func cmdSearch(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the /v1/search response body")
	k := fs.Int("k", retrieval.DefaultK, "number of passages")
	mode := fs.String("mode", string(retrieval.Hybrid), "hybrid, lexical or dense")
	words, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	query := strings.Join(words, " ")
	if strings.TrimSpace(query) == "" {
		return fmt.Errorf("%w: geef een zoekopdracht (missing query)", errUsage)
	}
	if err := bronwijzer.CheckK("-k", *k, retrieval.MaxK); err != nil {
		return fmt.Errorf("%w: %s", errUsage, bronwijzer.ErrorMessage(err))
	}
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		return err
	}
	defer app.Close()
	passages, err := app.Searcher.Search(ctx, query, retrieval.SearchOptions{K: *k, Mode: retrieval.Mode(*mode)})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, searchBody{Passages: nonNil(passages)})
	}
	printPassages(env.stdout, passages)
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func printPassages(w io.Writer, passages []bronwijzer.Passage) {
	if len(passages) == 0 {
		fmt.Fprintln(w, "Geen passages gevonden.")
		return
	}
	for i, p := range passages {
		fmt.Fprintf(w, "%d. %s, %s%s  (score %.4f%s)\n", i+1, p.Title, pages(p.PageStart, p.PageEnd), sectionNote(p.Section), p.Score, unverifiedNote(p.Verified))
		fmt.Fprintf(w, "   %s\n\n", shorten(p.Text, 300))
	}
}

func pages(start, end int) string {
	if end > start {
		return fmt.Sprintf("p. %d–%d", start, end)
	}
	return fmt.Sprintf("p. %d", start)
}

func sectionNote(s string) string {
	if s == "" {
		return ""
	}
	return ", " + s
}

func unverifiedNote(v bool) string {
	if v {
		return ""
	}
	return ", NIET geverifieerd"
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func cmdDocuments(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("documents", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := env.parseFlags(fs, args); err != nil {
		return err
	}
	app, err := OpenApp(ctx, env.cfg, env.logger)
	if err != nil {
		return err
	}
	defer app.Close()
	docs, err := app.Store.Documents(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, map[string]any{"documents": nonNil(docs)})
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITEL\tVERSIE\tPAGINA'S\tPASSAGES\tGEVERIFIEERD\tWAARSCHUWINGEN")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%d\n", d.ID, shorten(d.Title, 50), d.Version, d.Pages, d.Chunks, yesNo(d.Verified), len(d.Warnings))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	printDocumentWarnings(env.stdout, docs)
	return nil
}

// printDocumentWarnings lists, under the table, the extraction warnings of
// the documents that have any: they say which pages may lack text.
func printDocumentWarnings(w io.Writer, docs []bronwijzer.Document) {
	first := true
	for _, d := range docs {
		for _, warn := range d.Warnings {
			if first {
				fmt.Fprintln(w, "\nWaarschuwingen bij het opnemen (controleer deze pagina's in het originele bestand):")
				first = false
			}
			fmt.Fprintf(w, "  %s: %s\n", d.ID, warn)
		}
	}
}

func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nee"
}
