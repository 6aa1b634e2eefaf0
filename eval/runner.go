// Package eval measures how well Bronwijzer retrieves and answers on a
// question set with reference answers and evidence quotes, compares
// retrieval configurations side by side, writes table, JSON and HTML
// reports, and gates CI on thresholds. README.md defines every metric.
package eval

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Searcher is the search side of a backend (retrieval.HybridSearcher, or /v1/search).
type Searcher = retrieval.Searcher

// Asker is the answer side of a backend (answer.Service, or /v1/ask).
type Asker interface {
	Ask(ctx context.Context, req answer.Request) (*answer.Response, error)
}

// Backend is what one evaluated configuration talks to.
type Backend interface {
	Searcher
	Asker
}

// Provider hands out the backend for a retrieval mode, so one configuration
// selects the mode for both search and ask. In process the ask side uses an
// answer service built for that mode; over HTTP /v1/ask has no mode field,
// so answers come from the server's default mode (see Client.For).
type Provider interface {
	For(mode retrieval.Mode) (Backend, error)
}

// Config is one retrieval configuration to evaluate.
type Config struct {
	Name string         `json:"name"`
	Mode retrieval.Mode `json:"mode"`
}

// ParseConfigs parses --compare: a comma-separated list of modes
// ("lexical,dense,hybrid"), or "all" for all three. The first is primary.
func ParseConfigs(s string) ([]Config, error) {
	if strings.TrimSpace(s) == "" || strings.TrimSpace(s) == "all" {
		s = "hybrid,lexical,dense"
	}
	var out []Config
	for _, part := range strings.Split(s, ",") {
		m := retrieval.Mode(strings.ToLower(strings.TrimSpace(part)))
		switch m {
		case retrieval.Hybrid, retrieval.Lexical, retrieval.Dense:
		default:
			return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "onbekende configuratie %q; kies uit hybrid, lexical, dense (unknown config)", part)
		}
		for _, c := range out {
			if c.Mode == m {
				return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "configuratie %q staat er twee keer in (duplicate config)", m)
			}
		}
		out = append(out, Config{Name: string(m), Mode: m})
	}
	return out, nil
}

// Local is the in-process provider: one searcher for every mode, and an
// answer service per mode built by AskerFor (the caller wires an answer
// service whose retrieval uses that mode).
type Local struct {
	Searcher Searcher
	AskerFor func(mode retrieval.Mode) (Asker, error)
	// DescribeFunc says what the run measures (corpus version, embedder,
	// answerer); --save records it. Optional.
	DescribeFunc func(ctx context.Context) (Setup, error)
}

// For returns the backend for mode.
func (l Local) For(mode retrieval.Mode) (Backend, error) {
	a, err := l.AskerFor(mode)
	if err != nil {
		return nil, fmt.Errorf("answer service for mode %s: %w", mode, err)
	}
	return localBackend{Searcher: l.Searcher, Asker: a}, nil
}

type localBackend struct {
	Searcher
	Asker
}

// Judge scores how faithful an answer is to the passages it cites, from 0
// to 1 (an LLM judge, when one is configured). Deterministic metrics stay
// the default and the CI gate; a judge only adds "faithfulness".
type Judge interface {
	Faithfulness(ctx context.Context, question string, resp *answer.Response) (float64, error)
}

// Runner evaluates questions against a backend.
type Runner struct {
	K       int           // passages per ask; search retrieves max(K, 5) so hit@5 is defined
	Timeout time.Duration // per request; 0 means 60s
	Judge   Judge         // optional
	Now     func() time.Time
	// Progress, when set, is called after each question.
	Progress func(config string, done, total int)
}

func (r Runner) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Run asks every question under cfg and scores it. Failed requests are
// recorded in the result and scored as misses; Run stops early only when ctx
// is done.
func (r Runner) Run(ctx context.Context, cfg Config, b Backend, qs []Question) (Run, error) {
	run := Run{Config: cfg, Results: make([]Result, 0, len(qs))}
	for _, q := range qs {
		if err := ctx.Err(); err != nil {
			return run, fmt.Errorf("eval %s: %w", cfg.Name, err)
		}
		run.Results = append(run.Results, r.one(ctx, cfg, b, q))
		if r.Progress != nil {
			r.Progress(cfg.Name, len(run.Results), len(qs))
		}
	}
	run.Summary = Summarize(run.Results)
	return run, nil
}

func (r Runner) one(ctx context.Context, cfg Config, b Backend, q Question) Result {
	res := Result{Config: cfg.Name, ID: q.ID, Question: q.Question, Answerable: q.Answerable,
		Tags: q.Tags, Subject: q.Subject, Reference: q.ReferenceAnswer, Evidence: q.Evidence,
		Retrieved: []Retrieved{}, Sentences: []SentenceVerdict{}, Citations: []answer.Citation{}}
	if q.tableSubject() {
		res.SubjectRank = ptr(0) // a failed search is a miss, as for HitRank
	}
	k := r.K
	if k <= 0 {
		k = retrieval.DefaultK
	}
	start := r.now()
	passages, err := r.search(ctx, b, q.Question, retrieval.SearchOptions{K: max(k, 5), Mode: cfg.Mode})
	res.SearchLatencyMS = ms(r.now().Sub(start))
	if err != nil {
		res.SearchError = err.Error()
	} else {
		res.ScoreSearch(q, passages)
	}
	start = r.now()
	resp, err := r.ask(ctx, b, answer.Request{Question: q.Question, K: k})
	res.LatencyMS = ms(r.now().Sub(start))
	if err != nil {
		res.ScoreAskError(q, err)
		return res
	}
	res.ScoreAnswer(q, resp)
	r.judge(ctx, q, resp, &res)
	return res
}

func (r Runner) timeout() time.Duration {
	if r.Timeout > 0 {
		return r.Timeout
	}
	return 60 * time.Second
}

func (r Runner) search(ctx context.Context, b Backend, q string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout())
	defer cancel()
	return b.Search(ctx, q, opts)
}

func (r Runner) ask(ctx context.Context, b Backend, req answer.Request) (*answer.Response, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout())
	defer cancel()
	resp, err := b.Ask(ctx, req)
	if err == nil && resp == nil {
		err = fmt.Errorf("ask returned no response")
	}
	return resp, err
}

// judge adds an LLM faithfulness score to an answered question; a judge
// failure leaves the score out rather than failing the run.
func (r Runner) judge(ctx context.Context, q Question, resp *answer.Response, res *Result) {
	if r.Judge == nil || resp.Abstained {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout())
	defer cancel()
	if f, err := r.Judge.Faithfulness(ctx, q.Question, resp); err == nil {
		res.Faithfulness = ptr(min(1, max(0, f)))
	}
}

func ms(d time.Duration) float64 { return round(float64(d)/float64(time.Millisecond), 1) }

// Run is the outcome of one configuration.
type Run struct {
	Config  Config
	Summary Summary
	Results []Result
}

// Meta describes a report for its readers.
type Meta struct {
	Dataset string `json:"dataset"`
	Backend string `json:"backend"`  // "in-process" or the API base URL
	AskMode string `json:"ask_mode"` // "per-config" or "server-default"
	K       int    `json:"k"`
	// Corpus is what the temporary in-process store held: "bundled" or the
	// --corpus directory; empty for the configured store or --api.
	Corpus      string    `json:"corpus,omitempty"`
	GeneratedAt time.Time `json:"generated_at"`
}

// Report is the outcome of an eval over one or more configurations; the
// first run is the primary one.
type Report struct {
	Meta Meta
	Runs []Run
	// History is the saved runs of this dataset, oldest first, that the
	// HTML report charts (set by --save); empty otherwise.
	History []HistoryPoint
}

// Evaluate runs every configuration in order and returns the report.
func (r Runner) Evaluate(ctx context.Context, p Provider, cfgs []Config, qs []Question) (*Report, error) {
	rep := &Report{}
	for _, cfg := range cfgs {
		b, err := p.For(cfg.Mode)
		if err != nil {
			return nil, err
		}
		run, err := r.Run(ctx, cfg, b, qs)
		if err != nil {
			return nil, err
		}
		rep.Runs = append(rep.Runs, run)
	}
	return rep, nil
}
