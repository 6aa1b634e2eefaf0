package sqlite

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
)

// Clinicians' feedback on answers (migration 00015).

// PutFeedback stores fb for the answer whose audit record was given to
// fb.KeyID, replacing that key's earlier feedback on it.
func (s *Store) PutFeedback(ctx context.Context, fb admin.Feedback) (bool, error) {
	if err := admin.ValidateFeedback(fb); err != nil {
		return false, err
	}
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return false, unavailable(fmt.Errorf("put feedback: %w", err))
	}
	defer tx.Rollback()
	var had int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM feedback WHERE answer_id = ? AND key_id = ?",
		fb.AnswerID, fb.KeyID).Scan(&had); err != nil {
		return false, fmt.Errorf("put feedback: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO feedback (answer_id, key_id, at, rating, reason, comment)
		SELECT id, key_id, ?, ?, ?, ? FROM audit_log WHERE id = ? AND key_id = ?
		ON CONFLICT (answer_id, key_id) DO UPDATE SET
			at = excluded.at, rating = excluded.rating, reason = excluded.reason, comment = excluded.comment`,
		micros(fb.Time), fb.Rating, fb.Reason, fb.Comment, fb.AnswerID, fb.KeyID)
	if err != nil {
		return false, fmt.Errorf("put feedback: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, fmt.Errorf("put feedback: %w", err)
	} else if n == 0 {
		return false, admin.AnswerNotFound(fb.AnswerID)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("put feedback: %w", err)
	}
	return had > 0, nil
}

// ExportFeedback streams the feedback given at or after since, with the
// audit record of each answer, in time order.
func (s *Store) ExportFeedback(ctx context.Context, since time.Time, fn func(admin.FeedbackItem) error) error {
	lo := int64(math.MinInt64)
	if !since.IsZero() {
		lo = micros(since)
	}
	rows, err := s.readers.QueryContext(ctx, `SELECT `+auditColumns+`,
		f.key_id, f.at, f.rating, f.reason, f.comment
		FROM feedback f JOIN audit_log ON audit_log.id = f.answer_id
		WHERE f.at >= ? ORDER BY f.at, f.answer_id, f.key_id`, lo)
	if err != nil {
		return fmt.Errorf("export feedback: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			it admin.FeedbackItem
			at int64
		)
		it.Answer, err = scanAudit(rows, &it.KeyID, &at, &it.Rating, &it.Reason, &it.Comment)
		if err != nil {
			return fmt.Errorf("export feedback: %w", err)
		}
		it.AnswerID, it.Time = it.Answer.ID, fromMicros(at)
		if err := fn(it); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export feedback: %w", err)
	}
	return nil
}
