package api

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/labstack/echo/v4"
)

// routeAnswerFeedback is where a clinician judges an answer by its id.
const routeAnswerFeedback = "/v1/answers/:id/feedback"

// FeedbackWriter keeps clinicians' feedback on answers (admin.FeedbackStore).
type FeedbackWriter interface {
	PutFeedback(ctx context.Context, fb admin.Feedback) (replaced bool, err error)
}

// feedbackRequest is the body of POST /v1/answers/{id}/feedback.
type feedbackRequest struct {
	Rating  string `json:"rating"`
	Reason  string `json:"reason"`
	Comment string `json:"comment"`
}

// feedbackResponse is the feedback as stored: the comment redacted.
type feedbackResponse struct {
	AnswerID string `json:"answer_id"`
	Rating   string `json:"rating"`
	Reason   string `json:"reason"`
	Comment  string `json:"comment"`
	// Replaced tells that this key had judged the answer before; the
	// earlier feedback is gone.
	Replaced bool `json:"replaced"`
}

// answerFeedback stores a rating of an answer given to the same key: "goed",
// or "fout" with a reason, and an optional comment that is redacted like a
// question before it is stored (it is never logged). A later feedback of the
// key on the same answer replaces the earlier one.
func (s *Server) answerFeedback(c echo.Context) error {
	store := s.deps.Admin.Feedback
	if store == nil {
		return bronwijzer.Errorf(bronwijzer.EUNAVAILABLE,
			"Deze server bewaart geen feedback (feedback not available).")
	}
	id := c.Param("id")
	if !admin.ValidAuditID(id) {
		return admin.AnswerNotFound(id)
	}
	var req feedbackRequest
	if err := decodeJSON(c, &req); err != nil {
		return err
	}
	fb := admin.Feedback{AnswerID: id, KeyID: principal(c), Time: time.Now().UTC(),
		Rating: req.Rating, Reason: req.Reason, Comment: req.Comment}
	if err := admin.ValidateFeedback(fb); err != nil {
		return err
	}
	// The bound holds for what the clinician typed; a tag longer than the
	// name it replaces must not make a valid comment invalid.
	fb.Comment = truncateRunes(s.redactor.String(strings.TrimSpace(fb.Comment)), admin.MaxFeedbackComment)
	replaced, err := store.PutFeedback(c.Request().Context(), fb)
	if err != nil {
		return err
	}
	s.metrics.observeFeedback(fb.Rating, fb.Reason)
	addLogAttrs(c, slog.String("answer_id", id), slog.String("rating", fb.Rating), slog.String("reason", fb.Reason),
		slog.Bool("replaced", replaced))
	return c.JSON(http.StatusOK, feedbackResponse{AnswerID: id, Rating: fb.Rating, Reason: fb.Reason,
		Comment: fb.Comment, Replaced: replaced})
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// CitedSpans are the citations of an answer as the audit trail keeps them:
// the source file (or the document id when there is none) and the quote.
func CitedSpans(cs []answer.Citation) []admin.CitedSpan {
	out := make([]admin.CitedSpan, 0, len(cs))
	for _, c := range cs {
		doc := c.SourceFile
		if doc == "" {
			doc = c.DocumentID
		}
		out = append(out, admin.CitedSpan{Document: doc, Quote: c.Quote})
	}
	return out
}
