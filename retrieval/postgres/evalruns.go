package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// Saved eval runs (migration 00014). The JSON documents are jsonb: equal
// values come back, not necessarily the same bytes.

// SaveEvalRun stores a run; ECONFLICT when its id exists.
func (s *Store) SaveEvalRun(ctx context.Context, r admin.EvalRun) error {
	if err := admin.ValidateEvalRun(r); err != nil {
		return err
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO eval_runs (id, created_at, dataset, dataset_sha256,
		corpus_version, config, summary, outcomes) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb)
		ON CONFLICT (id) DO NOTHING`,
		r.ID, r.CreatedAt.UTC().Truncate(time.Microsecond), r.Dataset, r.DatasetSHA256, r.CorpusVersion,
		string(r.Config), string(r.Summary), string(r.Outcomes))
	if err != nil {
		return classify(ctx, err, "save eval run")
	}
	if tag.RowsAffected() == 0 {
		return bronwijzer.Errorf(bronwijzer.ECONFLICT, "eval-run %q bestaat al (eval run exists)", r.ID)
	}
	return nil
}

// EvalRuns lists every run without outcomes, newest first.
func (s *Store) EvalRuns(ctx context.Context) ([]admin.EvalRun, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, created_at, dataset, dataset_sha256, corpus_version,
		config::text, summary::text FROM eval_runs ORDER BY created_at DESC, id DESC`)
	if err != nil {
		return nil, classify(ctx, err, "list eval runs")
	}
	runs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (admin.EvalRun, error) {
		var (
			r               admin.EvalRun
			config, summary string
		)
		err := row.Scan(&r.ID, &r.CreatedAt, &r.Dataset, &r.DatasetSHA256, &r.CorpusVersion, &config, &summary)
		r.CreatedAt, r.Config, r.Summary = r.CreatedAt.UTC(), json.RawMessage(config), json.RawMessage(summary)
		return r, err
	})
	if err != nil {
		return nil, classify(ctx, err, "list eval runs")
	}
	if runs == nil {
		runs = []admin.EvalRun{}
	}
	return runs, nil
}

// EvalRun returns one run with its outcomes.
func (s *Store) EvalRun(ctx context.Context, id string) (*admin.EvalRun, error) {
	var (
		r                         = admin.EvalRun{ID: id}
		config, summary, outcomes string
	)
	err := s.pool.QueryRow(ctx, `SELECT created_at, dataset, dataset_sha256, corpus_version,
		config::text, summary::text, outcomes::text FROM eval_runs WHERE id = $1`, id).
		Scan(&r.CreatedAt, &r.Dataset, &r.DatasetSHA256, &r.CorpusVersion, &config, &summary, &outcomes)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, admin.EvalRunNotFound(id)
	}
	if err != nil {
		return nil, classify(ctx, err, "get eval run")
	}
	r.CreatedAt = r.CreatedAt.UTC()
	r.Config, r.Summary, r.Outcomes = json.RawMessage(config), json.RawMessage(summary), json.RawMessage(outcomes)
	return &r, nil
}
