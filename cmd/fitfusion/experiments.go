package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/eval"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

// The experiments (-experiments) measure candidate changes to the lexical
// ranking on each question set over its own corpus, as `bronwijzer eval`
// does, without touching the stores: every searchable chunk's stored terms
// and vector are read back into memory and ranked there by the same BM25F
// the stores compute (retrieval/sqlite lexical.go), so a candidate is a Go
// function over that copy. TestExperimentBaselineIsTheStoreRanking checks
// that the copy ranks like the store. Figures are of the ranked lists
// alone, before the Searcher's subject preference.

// corpusSet is one question set with the corpus it is asked of.
type corpusSet struct {
	Dataset  string
	Registry string
	Docs     []string // glob patterns
}

// defaultSets are the two dev sets, each with its own corpus.
var defaultSets = []corpusSet{
	{"eval/datasets/dev.jsonl", "corpus/sources.json", []string{"corpus/*.pdf"}},
	{"eval/datasets/guidelines.jsonl", "testdata/guidelines/sources.json", []string{"testdata/guidelines/ft*"}},
}

// xrow is a searchable chunk as the experiments rank it.
type xrow struct {
	p      bronwijzer.Passage
	seq    []string           // body terms in text order
	counts map[string]float64 // occurrences in body and field
	length int                // terms of both fields (BM25 length)
	vec    []float32          // unit length
}

type xposting struct {
	row     int
	tf, tff float64 // body and field occurrences
}

// xquestion is an answerable question with what the rankers need.
type xquestion struct {
	q     eval.Question
	terms []string  // analysed query terms
	vec   []float32 // unit query vector (local hash embedder)
}

// xindex is one corpus in memory with its questions.
type xindex struct {
	name string
	rows []xrow
	post map[string][]xposting
	avg  float64
	qs   []xquestion
	an   *analysis.Analyzer
	// lexical is the store's own lexical list per question (50 passages),
	// kept to check the copy against it.
	lexical [][]bronwijzer.Passage
}

// loadIndex ingests s's documents into a temporary store with the local
// hash embedder, reads every searchable chunk back and analyses the
// answerable questions.
func loadIndex(ctx context.Context, an *analysis.Analyzer, s corpusSet) (*xindex, error) {
	dir, err := os.MkdirTemp("", "fitfusion-x-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "x.db"), sqlite.Options{})
	if err != nil {
		return nil, err
	}
	defer store.Close()
	if err := ingestSet(ctx, store, an, s); err != nil {
		return nil, err
	}
	x := &xindex{name: filepath.Base(s.Dataset), post: map[string][]xposting{}, an: an}
	if err := x.readRows(ctx, store); err != nil {
		return nil, err
	}
	return x, x.readQuestions(ctx, store, s.Dataset)
}

func ingestSet(ctx context.Context, store *sqlite.Store, an *analysis.Analyzer, s corpusSet) error {
	reg, err := registry([]string{s.Registry})
	if err != nil {
		return err
	}
	var files []string
	for _, g := range s.Docs {
		m, err := filepath.Glob(g)
		if err != nil || len(m) == 0 {
			return fmt.Errorf("no documents match %q", g)
		}
		files = append(files, m...)
	}
	p := &ingest.Pipeline{Store: store, Embedder: embed.NewLocal(384), Analyzer: an, Registry: reg}
	for _, r := range p.Paths(ctx, files, nil) {
		if r.Status == ingest.StatusFailed {
			return fmt.Errorf("ingest %s: %w", r.Path, r.Err)
		}
	}
	return nil
}

// readRows copies the searchable chunks in (document id, ordinal) order,
// the stores' tie-break order.
func (x *xindex) readRows(ctx context.Context, store *sqlite.Store) error {
	docs, err := store.Documents(ctx)
	if err != nil {
		return err
	}
	total := 0
	for _, d := range docs {
		chunks, err := store.Chunks(ctx, d.ID)
		if err != nil {
			return err
		}
		for _, c := range chunks {
			if c.Searchable() {
				total += x.addRow(d, c)
			}
		}
	}
	x.avg = max(float64(total)/float64(max(len(x.rows), 1)), 1)
	return nil
}

func (x *xindex) addRow(d bronwijzer.Document, c bronwijzer.Chunk) int {
	r := xrow{
		p: bronwijzer.Passage{ID: c.ID(), DocumentID: c.DocumentID, Version: c.Version, Title: d.Title,
			SourceFile: d.SourceFile, Section: c.Section, Text: c.Text, Kind: c.Kind, Caption: c.Caption},
		seq: c.Terms, counts: map[string]float64{}, length: len(c.Terms) + len(c.FieldTerms),
		vec: unit(c.Embedding),
	}
	tf := map[string]*xposting{}
	add := func(terms []string, field bool) {
		for _, t := range terms {
			r.counts[t]++
			if tf[t] == nil {
				tf[t] = &xposting{row: len(x.rows)}
			}
			if field {
				tf[t].tff++
			} else {
				tf[t].tf++
			}
		}
	}
	add(c.Terms, false)
	add(c.FieldTerms, true)
	for t, p := range tf {
		x.post[t] = append(x.post[t], *p)
	}
	x.rows = append(x.rows, r)
	return r.length
}

func (x *xindex) readQuestions(ctx context.Context, store *sqlite.Store, dataset string) error {
	qs, err := load(dataset)
	if err != nil {
		return err
	}
	emb := embed.NewLocal(384)
	searcher := &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: x.an}
	for _, q := range qs {
		if !q.Answerable {
			continue
		}
		v, err := emb.EmbedQuery(ctx, q.Question)
		if err != nil {
			return err
		}
		lex, err := searcher.Search(ctx, q.Question, retrieval.SearchOptions{K: 50, Mode: retrieval.Lexical})
		if err != nil {
			return err
		}
		x.qs = append(x.qs, xquestion{q: q, terms: x.an.QueryTerms(q.Question), vec: unit(v)})
		x.lexical = append(x.lexical, lex)
	}
	return nil
}

func unit(v []float32) []float32 {
	out := slices.Clone(v)
	retrieval.Normalize(out)
	return out
}

// bm25Params are the constants of the lexical ranking.
type bm25Params struct{ k1, b, fieldWeight float64 }

// storeParams are the stores' constants (retrieval/sqlite lexical.go).
var storeParams = bm25Params{1.2, 0.75, retrieval.FieldWeight}

func (x *xindex) idf(t string) float64 {
	n, df := float64(len(x.rows)), float64(len(x.post[t]))
	if v := math.Log((n - df + 0.5) / (df + 0.5)); v > 0 {
		return v
	}
	return 1e-6
}

// bm25 scores every row for the weighted query terms q (weight 1 is a
// plain query term), the stores' formula at parameters p. Terms are
// summed in sorted order so scores do not depend on map order.
func (x *xindex) bm25(q map[string]float64, p bm25Params) []float64 {
	s := make([]float64, len(x.rows))
	for _, t := range sortedKeys(q) {
		idf := x.idf(t)
		for _, ps := range x.post[t] {
			tf := ps.tf + p.fieldWeight*ps.tff
			norm := p.k1 * (1 - p.b + p.b*float64(x.rows[ps.row].length)/x.avg)
			s[ps.row] += q[t] * idf * tf * (p.k1 + 1) / (tf + norm)
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// top returns the n best rows with a positive score, best first. Scores
// compare as float32, the precision the stores rank at, and ties go to the
// lower row as in the stores.
func top(s []float64, n int) []int {
	var rows []int
	for i, v := range s {
		if v > 0 {
			rows = append(rows, i)
		}
	}
	slices.SortStableFunc(rows, func(a, b int) int { return cmp.Compare(float32(s[b]), float32(s[a])) })
	return rows[:min(n, len(rows))]
}

func weights(terms []string) map[string]float64 {
	q := make(map[string]float64, len(terms))
	for _, t := range terms {
		q[t] = 1
	}
	return q
}

// ranker ranks rows for question qi of x, best first.
type ranker func(x *xindex, qi int) []int

// xscores are eval's retrieval metrics at k = 5, with table+subject@5 for
// the table questions that name a subject.
type xscores struct {
	scores
	tables, tableHits int
}

func (s xscores) String() string {
	out := s.scores.String()
	if s.tables > 0 {
		return out + fmt.Sprintf("  %.3f", float64(s.tableHits)/float64(s.tables))
	}
	return out + "    - "
}

// measure scores r on the questions keep accepts (all when nil).
func (x *xindex) measure(r ranker, keep func(qi int) bool) xscores {
	var s xscores
	for qi, q := range x.qs {
		if keep != nil && !keep(qi) {
			continue
		}
		list := x.passages(r(x, qi))
		s.add(rank(list, q.q.Evidence))
		if q.q.Subject != "" && slices.Contains(q.q.Tags, eval.TableTag) {
			s.tables++
			if sr := eval.SubjectRank(list[:min(5, len(list))], q.q.Subject, q.q.Evidence); sr >= 1 && sr <= 5 {
				s.tableHits++
			}
		}
	}
	return s
}

func (x *xindex) passages(rows []int) []bronwijzer.Passage {
	out := make([]bronwijzer.Passage, len(rows))
	for i, r := range rows {
		out[i] = x.rows[r].p
	}
	return out
}

// variant is one setting of a candidate; family is a candidate with its
// grid, the first variant being the ranking in use.
type variant struct {
	name string
	rank ranker
}

type family struct {
	name     string
	variants []variant
}

// objective orders variants: hit@5 first, MRR to break ties.
func objective(s xscores) float64 { return s.Hit5 + 1e-3*s.MRR }

// fitOn returns the variant with the best objective on x's questions that
// keep accepts; ties go to the earlier variant (the one in use first).
func fitOn(x *xindex, vs []variant, keep func(int) bool) variant {
	best, bestV := vs[0], math.Inf(-1)
	for _, v := range vs {
		if o := objective(x.measure(v.rank, keep)); o > bestV+1e-12 {
			best, bestV = v, o
		}
	}
	return best
}

func even(qi int) bool { return qi%2 == 0 }
func odd(qi int) bool  { return qi%2 == 1 }

// heldOut fits on one half of x's questions (even and odd positions),
// scores the other half, and returns hit@5 over both held-out halves.
func heldOut(x *xindex, vs []variant) (float64, string) {
	fe, fo := fitOn(x, vs, even), fitOn(x, vs, odd)
	a, b := x.measure(fe.rank, odd), x.measure(fo.rank, even)
	return (a.hits5 + b.hits5) / float64(a.N+b.N), fe.name + " / " + fo.name
}

// reportExperiments prints, per candidate, the variant fitted on each set
// with its figures on every set (the other sets are held out), and the
// two-fold held-out hit@5 within each set beside the ranking in use.
func reportExperiments(out io.Writer, sets []*xindex, fams []family) {
	fmt.Fprintln(out, "figures: hit@1 hit@5 MRR table+subject@5 of the ranked list (k = 5)")
	for _, f := range fams {
		fmt.Fprintf(out, "\n## %s\n", f.name)
		for _, fitSet := range sets {
			v := fitOn(fitSet, f.variants, nil)
			fmt.Fprintf(out, "fitted on %-16s %-34s", fitSet.name, v.name)
			for _, x := range sets {
				fmt.Fprintf(out, "  %s %s", short(x.name), x.measure(v.rank, nil))
			}
			fmt.Fprintln(out)
		}
		for _, x := range sets {
			h, names := heldOut(x, f.variants)
			base := x.measure(f.variants[0].rank, nil)
			fmt.Fprintf(out, "held out, two halves of %-16s hit@5 %.3f (in use %.3f)  [%s]\n", x.name, h, base.Hit5, names)
		}
	}
}

func short(name string) string { return strings.TrimSuffix(name, ".jsonl") }
