// Command fitfusion fits the weight of the local hash embedder's list in
// hybrid search (retrieval.LocalDenseWeight) on the dev question sets and
// checks it on held-out questions. It ingests the bundled corpus and the
// fictional dev guidelines into a temporary store, builds every answerable
// question's lexical and dense candidate lists once, and fuses them at
// dense weights 0 to 1 (lexical weight 1; grid in fit.go). The fitted weight is the
// one whose worst margin over the best single list (hit@1 and MRR, per
// dataset) is largest. Held out: for each group (a dataset's questions on
// one document) the weight is fitted on all other groups and scored on it.
//
//	go run ./cmd/fitfusion            # from the repository root
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

func main() {
	s := setup{}
	docs := flag.String("docs", "corpus/*.pdf,testdata/guidelines/ft*", "comma-separated glob patterns of the documents to ingest")
	sets := flag.String("datasets", "eval/datasets/dev.jsonl,eval/datasets/guidelines.jsonl", "comma-separated question sets")
	regs := flag.String("registries", "corpus/sources.json,testdata/guidelines/sources.json", "comma-separated registries of the documents")
	flag.Parse()
	s.Docs, s.Datasets, s.Registries = strings.Split(*docs, ","), strings.Split(*sets, ","), strings.Split(*regs, ",")
	qs, err := collect(context.Background(), s)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitfusion:", err)
		os.Exit(1)
	}
	report(os.Stdout, qs)
}

// report prints the fitted weight, its figures per dataset beside each
// list and equal-weight fusion, and the held-out figures.
func report(out io.Writer, qs []question) {
	w := fit(qs)
	fmt.Fprintf(out, "fitted dense weight %.2f on all questions (in use: retrieval.LocalDenseWeight = %.2f)\n\n", w, retrieval.LocalDenseWeight)
	fmt.Fprintln(out, "dataset            n    list              hit@1  hit@5  MRR")
	for _, set := range byKey(qs, func(q question) string { return q.dataset }) {
		name := set[0].dataset
		row := func(label string, s scores) {
			fmt.Fprintf(out, "%-18s %-4d %-17s %s\n", name, s.N, label, s)
		}
		row("lexical", measure(set, lexical))
		row("dense", measure(set, dense))
		row("hybrid w=1", measure(set, fused(1)))
		row(fmt.Sprintf("hybrid w=%.2f", w), measure(set, fused(w)))
		row("Searcher default", measure(set, func(q question) []bronwijzer.Passage { return q.hybrid }))
	}
	fmt.Fprintln(out, "\nheld out (weight fitted on every other group)")
	fmt.Fprintln(out, "group                                          n    w     lexical              dense                hybrid w=1           hybrid held-out")
	var held, lex, den, eq scores
	for _, g := range byKey(qs, func(q question) string { return q.group }) {
		var rest []question
		for _, q := range qs {
			if q.group != g[0].group {
				rest = append(rest, q)
			}
		}
		wg := fit(rest)
		for _, q := range g {
			held.add(rank(fused(wg)(q), q.evidence))
			lex.add(rank(q.lexical, q.evidence))
			den.add(rank(q.dense, q.evidence))
			eq.add(rank(fused(1)(q), q.evidence))
		}
		fmt.Fprintf(out, "%-46s %-4d %.2f  %s   %s   %s   %s\n", g[0].group, len(g), wg,
			measure(g, lexical), measure(g, dense), measure(g, fused(1)), measure(g, fused(wg)))
	}
	fmt.Fprintf(out, "%-46s %-4d %s  %s   %s   %s   %s\n", "all, held out", held.N, "  -  ", lex, den, eq, held)
}
