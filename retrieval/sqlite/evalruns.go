package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

// Saved eval runs (migration 00014). The JSON documents are kept as text,
// byte for byte.

// SaveEvalRun stores a run; ECONFLICT when its id exists.
func (s *Store) SaveEvalRun(ctx context.Context, r admin.EvalRun) error {
	if err := admin.ValidateEvalRun(r); err != nil {
		return err
	}
	res, err := s.writer.ExecContext(ctx, `INSERT INTO eval_runs (id, created_at, dataset, dataset_sha256,
		corpus_version, config, summary, outcomes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		r.ID, micros(r.CreatedAt), r.Dataset, r.DatasetSHA256, r.CorpusVersion,
		string(r.Config), string(r.Summary), string(r.Outcomes))
	if err != nil {
		return fmt.Errorf("save eval run: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("save eval run: %w", err)
	} else if n == 0 {
		return bronwijzer.Errorf(bronwijzer.ECONFLICT, "eval-run %q bestaat al (eval run exists)", r.ID)
	}
	return nil
}

// EvalRuns lists every run without outcomes, newest first.
func (s *Store) EvalRuns(ctx context.Context) ([]admin.EvalRun, error) {
	rows, err := s.readers.QueryContext(ctx, `SELECT id, created_at, dataset, dataset_sha256, corpus_version,
		config, summary FROM eval_runs ORDER BY created_at DESC, id DESC`)
	if err != nil {
		return nil, unavailable(fmt.Errorf("list eval runs: %w", err))
	}
	defer rows.Close()
	runs := []admin.EvalRun{}
	for rows.Next() {
		var (
			r               admin.EvalRun
			at              int64
			config, summary string
		)
		if err := rows.Scan(&r.ID, &at, &r.Dataset, &r.DatasetSHA256, &r.CorpusVersion, &config, &summary); err != nil {
			return nil, fmt.Errorf("list eval runs: %w", err)
		}
		r.CreatedAt, r.Config, r.Summary = fromMicros(at), json.RawMessage(config), json.RawMessage(summary)
		runs = append(runs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list eval runs: %w", err)
	}
	return runs, nil
}

// EvalRun returns one run with its outcomes.
func (s *Store) EvalRun(ctx context.Context, id string) (*admin.EvalRun, error) {
	var (
		r                         = admin.EvalRun{ID: id}
		at                        int64
		config, summary, outcomes string
	)
	err := s.readers.QueryRowContext(ctx, `SELECT created_at, dataset, dataset_sha256, corpus_version,
		config, summary, outcomes FROM eval_runs WHERE id = ?`, id).
		Scan(&at, &r.Dataset, &r.DatasetSHA256, &r.CorpusVersion, &config, &summary, &outcomes)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, admin.EvalRunNotFound(id)
	}
	if err != nil {
		return nil, unavailable(fmt.Errorf("get eval run: %w", err))
	}
	r.CreatedAt = fromMicros(at)
	r.Config, r.Summary, r.Outcomes = json.RawMessage(config), json.RawMessage(summary), json.RawMessage(outcomes)
	return &r, nil
}
