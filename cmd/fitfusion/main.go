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
// With -experiments it instead measures candidate changes to the lexical
// ranking (experiments.go, mechanisms.go) on each question set over its
// own corpus: per candidate, the setting fitted on each set with its
// figures on every set, and the hit@5 of settings fitted on one half of a
// set's questions and scored on the other half. The pivot-synonym
// candidate (freedict.go) reads the FreeDict dictionaries Debian installs
// (dict-freedict-nld-eng, dict-freedict-eng-nld) at run time and is skipped
// without them; -only limits the run to the candidates whose name contains
// a text.
//
//	go run ./cmd/fitfusion                # from the repository root
//	go run ./cmd/fitfusion -experiments   # the ranking experiments (docs/storage.md)
//	go run ./cmd/fitfusion -experiments -only pivot
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
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

func main() {
	s := setup{}
	docs := flag.String("docs", "corpus/*.pdf,testdata/guidelines/ft*", "comma-separated glob patterns of the documents to ingest")
	sets := flag.String("datasets", "eval/datasets/dev.jsonl,eval/datasets/guidelines.jsonl", "comma-separated question sets")
	regs := flag.String("registries", "corpus/sources.json,testdata/guidelines/sources.json", "comma-separated registries of the documents")
	experiments := flag.Bool("experiments", false, "measure the candidate ranking changes instead of fitting the fusion weight")
	xsets := flag.String("sets", "", "with -experiments: question sets and their corpora as DATASET|REGISTRY|GLOB[,GLOB] separated by ';' (default: both dev sets)")
	freedict := flag.String("freedict", "/usr/share/dictd", "with -experiments: directory of the FreeDict nld-eng and eng-nld dictionaries (Debian dict-freedict-*) for the pivot-synonym candidate; skipped when absent")
	only := flag.String("only", "", "with -experiments: measure only the candidates whose name contains this text")
	flag.Parse()
	if *experiments {
		if err := runExperiments(context.Background(), os.Stdout, *xsets, *freedict, *only); err != nil {
			fmt.Fprintln(os.Stderr, "fitfusion:", err)
			os.Exit(1)
		}
		return
	}
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

// runExperiments loads each question set with its corpus (defaultSets
// unless spec names others) and reports every candidate.
func runExperiments(ctx context.Context, out io.Writer, spec, freedict, only string) error {
	sets, err := parseSets(spec)
	if err != nil {
		return err
	}
	an, err := analysis.New()
	if err != nil {
		return err
	}
	var xs []*xindex
	for _, s := range sets {
		x, err := loadIndex(ctx, an, s)
		if err != nil {
			return err
		}
		xs = append(xs, x)
	}
	fams := candidates()
	if links, err := loadPivotLinks(freedict); err == nil {
		fams = append(fams, pivotFamily(links))
	} else {
		fmt.Fprintf(out, "pivot synonyms skipped: %v\n", err)
	}
	var chosen []family
	for _, f := range fams {
		if strings.Contains(f.name, only) {
			chosen = append(chosen, f)
		}
	}
	reportExperiments(out, xs, chosen)
	return nil
}

// parseSets reads DATASET|REGISTRY|GLOB[,GLOB] entries separated by ';'.
func parseSets(spec string) ([]corpusSet, error) {
	if strings.TrimSpace(spec) == "" {
		return defaultSets, nil
	}
	var sets []corpusSet
	for _, e := range strings.Split(spec, ";") {
		f := strings.Split(e, "|")
		if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("-sets entry %q: want DATASET|REGISTRY|GLOB[,GLOB]", e)
		}
		sets = append(sets, corpusSet{Dataset: f[0], Registry: f[1], Docs: strings.Split(f[2], ",")})
	}
	return sets, nil
}
