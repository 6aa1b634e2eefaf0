package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// cmdFitAnswers runs `bronwijzer fit-answers`: it fits the answer model
// (answer.Model) on reviewed question sets and writes it as JSON. Each set
// is a dataset and the documents it is about (`bundled` for the bundled
// corpus, or a directory with a sources.json registry). Every question's
// candidate answers are scored with features only (no model involved), a
// candidate is a positive example when its text holds the evidence quote
// from the evidence document, and a logistic regression is fitted on all
// candidates that break no hard rule. The threshold is chosen on held-out
// predictions: each group of questions (a dataset's questions on one
// document, read from the id prefix: "ft01-12" → ft01, "k003" → k) is
// scored by a model fitted without it. The threshold is the least
// held-out probability at which at most --max-false-answers of each
// group's unanswerable questions get an answer, and no less than
// --wrong-cost/(1+--wrong-cost), where answering stops paying
// (answer.ChooseThreshold).
func cmdFitAnswers(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("fit-answers", flag.ContinueOnError)
	sets := fs.String("sets", "eval/datasets/dev.jsonl=bundled,eval/datasets/guidelines.jsonl=testdata/guidelines",
		"comma-separated DATASET=CORPUS pairs; CORPUS is bundled or a directory with sources.json")
	out := fs.String("out", "answer/model.json", "write the fitted model here (- for standard output)")
	l2 := fs.Float64("l2", 1, "L2 penalty on the weights")
	maxFalse := fs.Float64("max-false-answers", 0.05, "largest share of unanswerable questions that may get an answer")
	wrongCost := fs.Float64("wrong-cost", 2, "what a wrong answer costs, in right answers, when the threshold is chosen")
	dump := fs.String("dump", "", "also write every question's scored candidates to this JSONL file, for inspection")
	verbose := fs.Bool("verbose", false, "list on stderr the answerable questions every candidate of which breaks a hard rule, the unanswerable ones a held-out model answers, and the answerable ones whose held-out first candidate lacks the evidence another holds")
	if _, err := env.parseFlags(fs, args); err != nil {
		return err
	}
	var qs []fitQuestion
	for _, pair := range strings.Split(*sets, ",") {
		ds, corpus, ok := strings.Cut(pair, "=")
		if !ok {
			return fmt.Errorf("%w: --sets: %q is geen DATASET=CORPUS", errUsage, pair)
		}
		got, err := collectFit(ctx, env, ds, corpus, *verbose)
		if err != nil {
			return err
		}
		qs = append(qs, got...)
	}
	if *dump != "" {
		if err := dumpFit(*dump, qs); err != nil {
			return err
		}
	}
	m, rep, err := fitModel(qs, *l2, *maxFalse, *wrongCost, verboseTo(env.stderr, *verbose))
	if err != nil {
		return err
	}
	rep.print(env.stdout)
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if *out == "-" {
		_, err = env.stdout.Write(data)
		return err
	}
	return writeFileAtomic(*out, data)
}

// fitQuestion is one reviewed question with its scored candidates.
type fitQuestion struct {
	question           string
	id, group, dataset string
	answerable         bool
	cands              []fitCand
}

type fitCand struct {
	text     string
	x        []float64
	holds    bool // the candidate's text holds the evidence quote
	evidence bool // its passage holds the evidence
	number   bool // it states a number
	defined  bool // the description under the asked term's heading: first, as the service has it
}

// collectFit ingests a set's documents into a temporary store and scores
// every question's candidates.
func collectFit(ctx context.Context, env *cmdEnv, dataset, corpus string, verbose bool) ([]fitQuestion, error) {
	f, err := os.Open(dataset) // #nosec G304 -- the reviewed question set named on the command line
	if err != nil {
		return nil, err
	}
	questions, err := eval.LoadDataset(f)
	_ = f.Close() // read only
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dataset, err)
	}
	c := eval.Corpus{Bundled: corpus == "bundled"}
	if !c.Bundled {
		c.Dir = corpus
	}
	prov, closeAll, err := openEvalProvider(ctx, env, c)
	if err != nil {
		return nil, err
	}
	defer closeAll()
	asker, err := prov.(eval.Local).AskerFor(retrieval.Hybrid)
	if err != nil {
		return nil, err
	}
	svc, ok := asker.(*answer.Service)
	if !ok {
		return nil, fmt.Errorf("fit-answers: the local answerer is a %T", asker)
	}
	var out []fitQuestion
	for _, q := range questions {
		cands, err := svc.Candidates(ctx, answer.Request{Question: q.Question})
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", dataset, q.ID, err)
		}
		fq := fitQuestion{question: q.Question, id: q.ID, group: filepath.Base(dataset) + ":" + idGroup(q.ID), dataset: filepath.Base(dataset), answerable: q.Answerable}
		if verbose && q.Answerable {
			var rules []string
			allowed := 0
			for _, c := range cands {
				if c.Rule == "" {
					allowed++
				} else if len(rules) < 4 {
					rules = append(rules, c.Rule+": "+shorten(c.Text, 60))
				}
			}
			if allowed == 0 {
				fmt.Fprintln(env.stderr, q.ID, q.Question, rules)
			}
		}
		for _, c := range cands {
			if c.Rule != "" {
				continue // never an answer: not what the model decides
			}
			fc := fitCand{text: c.Text, x: c.Features, number: answer.HasNumber(c.Text), defined: c.Defined}
			for _, e := range q.Evidence {
				if q.Answerable && eval.SameDocument(c.Passage, e.Document) {
					fc.holds = fc.holds || eval.QuoteIn(e.Quote, c.Text)
					fc.evidence = fc.evidence || eval.Matches(c.Passage, e)
				}
			}
			fq.cands = append(fq.cands, fc)
		}
		out = append(out, fq)
	}
	return out, nil
}

// idGroup is a question id's prefix up to its number: "ft01-12" → "ft01",
// "k003" → "k".
func idGroup(id string) string {
	if before, _, ok := strings.Cut(id, "-"); ok {
		return before
	}
	return strings.TrimRightFunc(id, unicode.IsDigit)
}

// fitReport holds the fitted and held-out figures at the chosen threshold.
type fitReport struct {
	threshold float64
	fitted    map[string]answer.Tally // per dataset, model fitted on everything
	heldOut   map[string]answer.Tally // per dataset, each group scored by a model fitted without it
	groups    []string
	curve     [][3]float64 // held-out: threshold, answered with evidence share, false answer share
}

// fitModel fits the weights on every question, chooses the threshold on
// held-out predictions and reports both.
func fitModel(qs []fitQuestion, l2, maxFalse, wrongCost float64, verbose io.Writer) (*answer.Model, *fitReport, error) {
	all, err := fitBoth(qs, l2)
	if err != nil {
		return nil, nil, err
	}
	rep := &fitReport{fitted: map[string]answer.Tally{}, heldOut: map[string]answer.Tally{}}
	var held []answer.Outcome
	var sets [][]answer.Outcome // the held-out outcomes per group
	heldBy := map[string][]answer.Outcome{}
	for _, q := range qs {
		if !slices.Contains(rep.groups, q.group) {
			rep.groups = append(rep.groups, q.group)
		}
	}
	for _, g := range rep.groups {
		var rest, in []fitQuestion
		for _, q := range qs {
			if q.group == g {
				in = append(in, q)
			} else {
				rest = append(rest, q)
			}
		}
		wg, err := fitBoth(rest, l2)
		if err != nil {
			return nil, nil, fmt.Errorf("fit without %s: %w", g, err)
		}
		var group []answer.Outcome
		for _, q := range in {
			o := fitOutcome(q, wg)
			if !q.answerable && o.P > 0.5 {
				fmt.Fprintf(verbose, "held out %.2f %s %s\n", o.P, q.id, q.question)
			}
			if b, ok := bestCandidate(q, wg); q.answerable && ok && !b.evidence && slices.ContainsFunc(q.cands, func(c fitCand) bool { return c.evidence }) {
				// the ranking's misses: a candidate holds the evidence, another comes first
				fmt.Fprintf(verbose, "held out first %.2f %s %s [%s]\n", o.P, q.id, q.question, shorten(b.text, 60))
			}
			held = append(held, o)
			group = append(group, o)
			heldBy[q.dataset] = append(heldBy[q.dataset], o)
		}
		sets = append(sets, group)
	}
	// The bound holds for every group held out (each guideline, the
	// unanswerable dev questions), as for a practice's own guideline.
	rep.threshold = answer.ChooseThreshold(sets, maxFalse, wrongCost)
	fitBy := map[string][]answer.Outcome{}
	for _, q := range qs {
		fitBy[q.dataset] = append(fitBy[q.dataset], fitOutcome(q, all))
	}
	for ds, outs := range fitBy {
		rep.fitted[ds] = answer.At(outs, rep.threshold)
		rep.heldOut[ds] = answer.At(heldBy[ds], rep.threshold)
	}
	for t := 0.05; t < 1; t += 0.05 {
		c := answer.At(held, t)
		rep.curve = append(rep.curve, [3]float64{t, share(c.WithEvidence, c.Answerable), share(c.FalseAnswers, c.Unanswerable)})
	}
	fitted := map[string]any{
		"l2": l2, "max_false_answers": maxFalse, "wrong_cost": wrongCost, "groups": rep.groups,
		"examples": len(examples(qs)), "held_out": tallies(rep.heldOut), "in_sample": tallies(rep.fitted),
	}
	all.Threshold, all.Fitted = rep.threshold, fitted
	return all, rep, nil
}

// fitBoth fits the ranking model on every candidate, then the answer
// model on each question's best candidate under it (right when it is an
// answerable question's and its passage holds the evidence).
func fitBoth(qs []fitQuestion, l2 float64) (*answer.Model, error) {
	w, err := fitWeights(qs, l2)
	if err != nil {
		return nil, err
	}
	m := &answer.Model{Features: answer.FeatureNames, Weights: w}
	var xs [][]float64
	var ys []bool
	for _, q := range qs {
		if c, ok := bestCandidate(q, m); ok {
			xs = append(xs, m.AnswerInput(c.x))
			ys = append(ys, q.answerable && c.evidence)
		}
	}
	if m.AnswerWeights, err = answer.FitLogistic(xs, ys, l2); err != nil {
		return nil, err
	}
	return m, nil
}

// bestCandidate returns the question's best candidate under the ranking
// model, a definition under the asked term's heading first, as the service
// orders them.
func bestCandidate(q fitQuestion, m *answer.Model) (fitCand, bool) {
	var b fitCand
	bp := -1.0
	for _, c := range q.cands {
		p := m.Prob(c.x)
		if c.defined && !b.defined || c.defined == b.defined && p > bp {
			b, bp = c, p
		}
	}
	return b, bp >= 0
}

func examples(qs []fitQuestion) []fitCand {
	var out []fitCand
	for _, q := range qs {
		out = append(out, q.cands...)
	}
	return out
}

// fitWeights fits the ranking model on the candidates of the answerable
// questions: which of a question's candidates holds the answer. Whether
// there is an answer at all is the answer model's to learn.
func fitWeights(qs []fitQuestion, l2 float64) ([]float64, error) {
	var xs [][]float64
	var ys []bool
	for _, q := range qs {
		if !q.answerable {
			continue
		}
		for _, c := range q.cands {
			xs = append(xs, c.x)
			ys = append(ys, c.holds)
		}
	}
	return answer.FitLogistic(xs, ys, l2)
}

// fitOutcome is what answering with the question's best candidate under m
// gives.
func fitOutcome(q fitQuestion, m *answer.Model) answer.Outcome {
	o := answer.Outcome{Answerable: q.answerable}
	if c, ok := bestCandidate(q, m); ok {
		o.P, o.Evidence, o.Number = m.Confidence(c.x), c.evidence, c.number
	}
	return o
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

func tallies(m map[string]answer.Tally) map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	for ds, c := range m {
		out[ds] = map[string]float64{
			"answered_with_evidence": share(c.WithEvidence, c.Answerable),
			"false_answers":          share(c.FalseAnswers, c.Unanswerable),
			"critical_errors":        float64(c.Critical),
		}
	}
	return out
}

func (r *fitReport) print(w io.Writer) {
	fmt.Fprintf(w, "threshold %.3f (chosen on held-out predictions; groups: %s)\n\n", r.threshold, strings.Join(r.groups, ", "))
	fmt.Fprintln(w, "dataset                 fit        answered with evidence   without   false answers   critical errors")
	var names []string
	for ds := range r.fitted {
		names = append(names, ds)
	}
	slices.Sort(names)
	for _, ds := range names {
		for _, row := range []struct {
			label string
			c     answer.Tally
		}{{"in-sample", r.fitted[ds]}, {"held out", r.heldOut[ds]}} {
			fmt.Fprintf(w, "%-23s %-10s %5.3f (%d/%d)            %-9d %5.3f (%d/%d)   %d\n", ds, row.label,
				share(row.c.WithEvidence, row.c.Answerable), row.c.WithEvidence, row.c.Answerable, row.c.Wrong,
				share(row.c.FalseAnswers, row.c.Unanswerable), row.c.FalseAnswers, row.c.Unanswerable, row.c.Critical)
		}
	}
	fmt.Fprintln(w, "\nheld-out risk–coverage (all sets): threshold, answered with evidence, false answers")
	for _, p := range r.curve {
		fmt.Fprintf(w, "  %.2f  %.3f  %.3f\n", p[0], p[1], p[2])
	}
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so a reader never sees half a model.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close() // the write error is the one to report
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// dumpFit writes one JSON line per question with its candidates.
func dumpFit(path string, qs []fitQuestion) error {
	f, err := os.Create(path) // #nosec G304 -- the path named on the command line
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, q := range qs {
		type cand struct {
			Text     string    `json:"text"`
			X        []float64 `json:"x"`
			Holds    bool      `json:"holds"`
			Evidence bool      `json:"evidence"`
			Number   bool      `json:"number"`
			Defined  bool      `json:"defined,omitempty"`
		}
		cs := make([]cand, len(q.cands))
		for i, c := range q.cands {
			cs[i] = cand{c.text, c.x, c.holds, c.evidence, c.number, c.defined}
		}
		if err := enc.Encode(map[string]any{"id": q.id, "group": q.group, "question": q.question, "answerable": q.answerable, "cands": cs}); err != nil {
			_ = f.Close() // the encode error is the one to report
			return err
		}
	}
	return f.Close()
}

// verboseTo returns w when on, else a writer that drops everything.
func verboseTo(w io.Writer, on bool) io.Writer {
	if on {
		return w
	}
	return io.Discard
}
