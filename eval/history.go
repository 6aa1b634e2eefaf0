package eval

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Setup is what a run measured besides the dataset: the corpus version and
// the service's configuration, as far as the provider knows it (Describer).
type Setup struct {
	// CorpusVersion identifies the evaluated documents (the digest of their
	// ids, versions and SHA-256s that /readyz and the audit trail show). It
	// is saved in its own field (admin.EvalRun.CorpusVersion).
	CorpusVersion string `json:"-"`
	// Store is the kind of store ("sqlite", "postgres").
	Store    string `json:"store,omitempty"`
	Embedder string `json:"embedder,omitempty"`
	// Answerer is "extractive" or "provider:model".
	Answerer string `json:"answerer,omitempty"`
	// AnswerModel names the answer model (a file or the built-in one),
	// AnswerModelSHA256 its digest and Threshold its refusal threshold.
	AnswerModel       string   `json:"answer_model,omitempty"`
	AnswerModelSHA256 string   `json:"answer_model_sha256,omitempty"`
	Threshold         *float64 `json:"threshold,omitempty"`
}

// Describer is a provider that can say what it measures with; --save asks
// it. Local does with its Describe func, the Client through /readyz.
type Describer interface {
	Describe(ctx context.Context) (Setup, error)
}

// Describe calls l.DescribeFunc; a zero Setup without one.
func (l Local) Describe(ctx context.Context) (Setup, error) {
	if l.DescribeFunc == nil {
		return Setup{}, nil
	}
	return l.DescribeFunc(ctx)
}

// RunConfig is a saved run's configuration (admin.EvalRun.Config).
type RunConfig struct {
	// Mode is the primary configuration's retrieval mode: only its summary
	// and outcomes are saved. Configs lists every configuration that ran.
	Mode    retrieval.Mode `json:"mode"`
	Configs []string       `json:"configs"`
	K       int            `json:"k"`
	Backend string         `json:"backend"`
	AskMode string         `json:"ask_mode"`
	Corpus  string         `json:"corpus,omitempty"`
	Setup
}

// label is the configuration as history and diff print it.
func (c RunConfig) label() string {
	s := fmt.Sprintf("%s k=%d", c.Mode, c.K)
	if c.Answerer != "" {
		s += " " + c.Answerer
	}
	return s
}

// Outcome is one question's verdict in a saved run: what `eval diff`
// compares between runs.
type Outcome struct {
	ID          string   `json:"id"`
	Question    string   `json:"question"`
	Answerable  bool     `json:"answerable"`
	Tags        []string `json:"tags,omitempty"`
	HitRank     int      `json:"hit_rank"`
	SubjectRank *int     `json:"subject_rank,omitempty"`
	Abstained   bool     `json:"abstained"`
	// AskFailed and SearchFailed: the request failed (neither answer nor
	// refusal; no ranks).
	AskFailed      bool     `json:"ask_failed,omitempty"`
	SearchFailed   bool     `json:"search_failed,omitempty"`
	EvidenceCited  *bool    `json:"evidence_cited"`
	CitationsValid *bool    `json:"citations_valid"`
	Critical       string   `json:"critical,omitempty"` // the critical error's kind
	F1             *float64 `json:"f1"`
	Confidence     *float64 `json:"confidence"`
}

func outcomeOf(r Result) Outcome {
	o := Outcome{ID: r.ID, Question: r.Question, Answerable: r.Answerable, Tags: r.Tags, HitRank: r.HitRank,
		SubjectRank: r.SubjectRank, Abstained: r.Abstained, AskFailed: r.AskError != "", SearchFailed: r.SearchError != "",
		EvidenceCited: r.EvidenceCited, CitationsValid: r.CitationsValid, F1: r.F1, Confidence: r.Confidence}
	if r.Critical != nil {
		o.Critical = r.Critical.Kind
	}
	return o
}

// answered: an answer was given (not a refusal, not a failed request).
func (o Outcome) answered() bool { return !o.AskFailed && !o.Abstained }

// refused: the service declined to answer.
func (o Outcome) refused() bool { return !o.AskFailed && o.Abstained }

func (o Outcome) hit5() bool { return o.HitRank >= 1 && o.HitRank <= 5 }

func (o Outcome) evidenceCited() bool { return o.EvidenceCited != nil && *o.EvidenceCited }

// NewRunID returns a new saved run's id: its UTC time to the second, then
// four random hex digits, so ids sort by time and two runs in the same
// second differ.
func NewRunID(now time.Time) string {
	var b [2]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return now.UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b[:])
}

// EvalRunOf is the stored form of a report's primary configuration: its
// summary and per-question outcomes, the dataset's digest, and setup.
func EvalRunOf(id string, rep *Report, datasetSHA256 string, setup Setup) (admin.EvalRun, error) {
	if len(rep.Runs) == 0 {
		return admin.EvalRun{}, bronwijzer.Errorf(bronwijzer.EINVALID, "geen configuratie om op te slaan (no run to save)")
	}
	primary := rep.Runs[0]
	cfg := RunConfig{Mode: primary.Config.Mode, K: rep.Meta.K, Backend: rep.Meta.Backend,
		AskMode: rep.Meta.AskMode, Corpus: rep.Meta.Corpus, Setup: setup}
	for _, r := range rep.Runs {
		cfg.Configs = append(cfg.Configs, r.Config.Name)
	}
	outcomes := make([]Outcome, len(primary.Results))
	for i, r := range primary.Results {
		outcomes[i] = outcomeOf(r)
	}
	run := admin.EvalRun{ID: id, CreatedAt: rep.Meta.GeneratedAt, Dataset: rep.Meta.Dataset,
		DatasetSHA256: datasetSHA256, CorpusVersion: setup.CorpusVersion}
	var err error
	if run.Config, err = json.Marshal(cfg); err != nil {
		return run, fmt.Errorf("encode run config: %w", err)
	}
	if run.Summary, err = json.Marshal(primary.Summary); err != nil {
		return run, fmt.Errorf("encode run summary: %w", err)
	}
	if run.Outcomes, err = json.Marshal(outcomes); err != nil {
		return run, fmt.Errorf("encode run outcomes: %w", err)
	}
	return run, nil
}

// savedRun is a stored run decoded.
type savedRun struct {
	admin.EvalRun
	Config   RunConfig
	Summary  Summary
	Outcomes []Outcome
}

func decodeRun(r admin.EvalRun) (savedRun, error) {
	s := savedRun{EvalRun: r}
	if err := json.Unmarshal(r.Config, &s.Config); err != nil {
		return s, fmt.Errorf("eval run %s: config: %w", r.ID, err)
	}
	if err := json.Unmarshal(r.Summary, &s.Summary); err != nil {
		return s, fmt.Errorf("eval run %s: summary: %w", r.ID, err)
	}
	if r.Outcomes != nil {
		if err := json.Unmarshal(r.Outcomes, &s.Outcomes); err != nil {
			return s, fmt.Errorf("eval run %s: outcomes: %w", r.ID, err)
		}
	}
	return s, nil
}

// historyMetrics are the summary metrics the history table and chart show.
var historyMetrics = []string{"critical_errors", "hit_at_5", "mrr", "answered_with_evidence", "false_refusal_rate", "false_answer_rate"}

func metricByKey(key string) metric {
	i := slices.IndexFunc(metrics, func(m metric) bool { return m.Key == key })
	return metrics[i]
}

// WriteHistory lists saved runs, newest first: as a table, or with asJSON
// as a JSON array of runs without their outcomes.
func WriteHistory(w io.Writer, runs []admin.EvalRun, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(runs); err != nil {
			return fmt.Errorf("write history: %w", err)
		}
		return nil
	}
	if len(runs) == 0 {
		_, err := fmt.Fprintln(w, "Nog geen opgeslagen eval-runs; sla er een op met 'bronwijzer eval --dataset FILE --save' (no saved eval runs).")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := []string{"run", "time (UTC)", "dataset", "corpus", "config"}
	for _, k := range historyMetrics {
		header = append(header, metricByKey(k).Label)
	}
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range runs {
		s, err := decodeRun(r)
		if err != nil {
			return err
		}
		row := []string{r.ID, r.CreatedAt.UTC().Format("2006-01-02 15:04"), r.Dataset, orDash(r.CorpusVersion), s.Config.label()}
		for _, k := range historyMetrics {
			m := metricByKey(k)
			row = append(row, formatValue(m, m.get(s.Summary)))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write history: %w", err)
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// HistoryPoint is one saved run as the HTML report's chart shows it.
type HistoryPoint struct {
	ID            string
	CreatedAt     time.Time
	CorpusVersion string
	Config        string // mode, k and answerer
	Summary       Summary
}

// maxHistoryPoints bounds the chart: the most recent runs.
const maxHistoryPoints = 30

// historyOf returns the saved runs of dataset, oldest first, at most the
// last maxHistoryPoints; runs lists newest first (EvalRuns).
func historyOf(runs []admin.EvalRun, dataset string) ([]HistoryPoint, error) {
	var out []HistoryPoint
	for _, r := range runs {
		if r.Dataset != dataset {
			continue
		}
		s, err := decodeRun(r)
		if err != nil {
			return nil, err
		}
		out = append(out, HistoryPoint{ID: r.ID, CreatedAt: r.CreatedAt, CorpusVersion: r.CorpusVersion,
			Config: s.Config.label(), Summary: s.Summary})
		if len(out) == maxHistoryPoints {
			break
		}
	}
	slices.Reverse(out)
	return out, nil
}
