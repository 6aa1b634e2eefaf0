package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/bronwijzer/bronwijzer/admin"
)

// Clinicians' feedback on answers (migration 00015).

// PutFeedback stores fb for the answer whose audit record was given to
// fb.KeyID, replacing that key's earlier feedback on it. xmax <> 0 tells an
// updated row from an inserted one.
func (s *Store) PutFeedback(ctx context.Context, fb admin.Feedback) (bool, error) {
	if err := admin.ValidateFeedback(fb); err != nil {
		return false, err
	}
	var replaced bool
	err := s.pool.QueryRow(ctx, `INSERT INTO feedback (answer_id, key_id, at, rating, reason, comment)
		SELECT id, key_id, $1, $2, $3, $4 FROM audit_log WHERE id = $5 AND key_id = $6
		ON CONFLICT (answer_id, key_id) DO UPDATE SET
			at = excluded.at, rating = excluded.rating, reason = excluded.reason, comment = excluded.comment
		RETURNING xmax <> 0`,
		fb.Time.UTC().Truncate(time.Microsecond), fb.Rating, fb.Reason, fb.Comment, fb.AnswerID, fb.KeyID).Scan(&replaced)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, admin.AnswerNotFound(fb.AnswerID)
	}
	if err != nil {
		return false, classify(ctx, err, "put feedback")
	}
	return replaced, nil
}

// ExportFeedback streams the feedback given at or after since, with the
// audit record of each answer, in time order.
func (s *Store) ExportFeedback(ctx context.Context, since time.Time, fn func(admin.FeedbackItem) error) error {
	var lo *time.Time
	if !since.IsZero() {
		t := since.UTC()
		lo = &t
	}
	rows, err := s.pool.Query(ctx, `SELECT `+auditColumns+`, f.key_id, f.at, f.rating, f.reason, f.comment
		FROM feedback f JOIN audit_log ON audit_log.id = f.answer_id
		WHERE ($1::timestamptz IS NULL OR f.at >= $1)
		ORDER BY f.at, f.answer_id, f.key_id`, lo)
	if err != nil {
		return classify(ctx, err, "export feedback")
	}
	defer rows.Close()
	for rows.Next() {
		var it admin.FeedbackItem
		it.Answer, err = scanAudit(rows, &it.KeyID, &it.Time, &it.Rating, &it.Reason, &it.Comment)
		if err != nil {
			return classify(ctx, err, "export feedback")
		}
		it.AnswerID, it.Time = it.Answer.ID, it.Time.UTC()
		if err := fn(it); err != nil {
			return err
		}
	}
	return classify(ctx, rows.Err(), "export feedback")
}
