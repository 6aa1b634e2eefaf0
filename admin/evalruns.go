package admin

import (
	"context"
	"encoding/json"
	"time"

	"github.com/bronwijzer/bronwijzer"
)

// EvalRun is one saved `bronwijzer eval --save` run, so a quality team sees
// whether a new guideline version or release made answers better or worse.
// The store keeps the eval report's parts as JSON documents it does not
// interpret (package eval owns their shape): admin stays free of eval.
type EvalRun struct {
	ID        string    `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	// Dataset is the question set's file name; DatasetSHA256 the lower-case
	// hex SHA-256 of its bytes, so two runs of an edited set are told apart.
	Dataset       string `json:"dataset"`
	DatasetSHA256 string `json:"dataset_sha256"`
	// CorpusVersion identifies the documents evaluated (empty when unknown).
	CorpusVersion string `json:"corpus_version"`
	// Config is the run's configuration (mode, k, answerer, embedder ...),
	// Summary its metrics: both JSON objects.
	Config  json.RawMessage `json:"config"`
	Summary json.RawMessage `json:"summary"`
	// Outcomes is the per-question verdicts, a JSON array. EvalRuns leaves
	// it nil; EvalRun returns it.
	Outcomes json.RawMessage `json:"outcomes,omitempty"`
}

// EvalRunStore keeps saved eval runs.
//
// JSON documents round-trip as equal JSON values; key order and white space
// may change (PostgreSQL stores jsonb).
type EvalRunStore interface {
	// SaveEvalRun stores run. ECONFLICT when the id exists; EINVALID when
	// ValidateEvalRun rejects it.
	SaveEvalRun(ctx context.Context, run EvalRun) error
	// EvalRuns lists every run without its outcomes, newest first (by
	// CreatedAt, then id descending).
	EvalRuns(ctx context.Context) ([]EvalRun, error)
	// EvalRun returns run id with its outcomes, or ENOTFOUND.
	EvalRun(ctx context.Context, id string) (*EvalRun, error)
}

// ValidateEvalRun checks a run before SaveEvalRun stores it; both stores
// call it so they reject the same input.
func ValidateEvalRun(r EvalRun) error {
	switch {
	case r.ID == "" || len(r.ID) > 64:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run-id ontbreekt of is te lang (invalid eval run id)")
	case r.CreatedAt.IsZero():
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run %s zonder tijd (eval run without created_at)", r.ID)
	case r.Dataset == "":
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run %s zonder dataset (eval run without dataset)", r.ID)
	case !ValidSHA256(r.DatasetSHA256):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run %s: dataset-digest is geen SHA-256 (invalid dataset digest)", r.ID)
	case !jsonKind(r.Config, '{'):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run %s: configuratie is geen JSON-object (config is not a JSON object)", r.ID)
	case !jsonKind(r.Summary, '{'):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run %s: samenvatting is geen JSON-object (summary is not a JSON object)", r.ID)
	case !jsonKind(r.Outcomes, '['):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "eval-run %s: uitkomsten zijn geen JSON-lijst (outcomes are not a JSON array)", r.ID)
	}
	return nil
}

// jsonKind reports whether data is valid JSON whose value opens with open
// ('{' object, '[' array).
func jsonKind(data json.RawMessage, open byte) bool {
	if !json.Valid(data) {
		return false
	}
	for _, b := range data {
		switch b {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return b == open
	}
	return false
}

// EvalRunNotFound is the error for an unknown eval run id.
func EvalRunNotFound(id string) error {
	return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "eval-run %q niet gevonden (eval run not found)", id)
}
