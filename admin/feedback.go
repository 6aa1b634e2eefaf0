package admin

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// Ratings of an answer by a clinician.
const (
	RatingGood  = "goed"
	RatingWrong = "fout"
)

// Reasons for rating an answer "fout". The values are part of the API
// (POST /v1/answers/{id}/feedback) and of exported eval lines (a tag), so
// they never change.
var Reasons = []string{"onjuist", "onvolledig", "verouderd", "had-moeten-weigeren", "bron-klopt-niet", "anders"}

// MaxFeedbackComment bounds a comment, in runes: a remark, not a report.
const MaxFeedbackComment = 1000

// Feedback is a clinician's judgement of one answer: one per answer and key,
// a later one replacing it. Comment is already redacted; the store never
// sees the clinician's original text.
type Feedback struct {
	AnswerID string    `json:"answer_id"` // the answer's audit record id
	KeyID    string    `json:"key_id"`
	Time     time.Time `json:"time"`
	Rating   string    `json:"rating"`           // RatingGood or RatingWrong
	Reason   string    `json:"reason,omitempty"` // one of Reasons; empty for "goed"
	Comment  string    `json:"comment,omitempty"`
}

// FeedbackItem is a feedback with the audit record of the answer it judges:
// what the quality team reviews and turns into eval lines.
type FeedbackItem struct {
	Feedback
	Answer AuditRecord `json:"answer"`
}

// CitedSpan is one citation of an answer as the audit trail keeps it: the
// source file (as ingested, or its registry id) and the quoted span.
type CitedSpan struct {
	Document string `json:"document"`
	Quote    string `json:"quote"`
}

// FeedbackStore persists clinicians' feedback on answers. A feedback lives
// as long as the audit record of its answer: pruning the audit trail
// removes the feedback on the pruned answers.
type FeedbackStore interface {
	// PutFeedback stores fb, replacing an earlier feedback of the same key
	// on the same answer, and reports whether it replaced one. ENOTFOUND
	// when no audit record with id fb.AnswerID was given to fb.KeyID (an
	// answer is judged by whoever asked it); EINVALID when fb fails
	// ValidateFeedback.
	PutFeedback(ctx context.Context, fb Feedback) (replaced bool, err error)
	// ExportFeedback calls fn for every feedback with Time >= since (a zero
	// since: all), with its answer's audit record, in time order then answer
	// id and key id. An error from fn stops the export and is returned.
	ExportFeedback(ctx context.Context, since time.Time, fn func(FeedbackItem) error) error
}

// ValidateFeedback checks a feedback before a store keeps it; both stores and
// the API call it so they reject the same input with the same words.
func ValidateFeedback(fb Feedback) error {
	switch {
	case !ValidAuditID(fb.AnswerID):
		return AnswerNotFound(fb.AnswerID)
	case fb.KeyID == "":
		return bronwijzer.Errorf(bronwijzer.EINVALID, "feedback zonder sleutel-id (feedback without key id)")
	case fb.Time.IsZero():
		return bronwijzer.Errorf(bronwijzer.EINVALID, "feedback zonder tijd (feedback without time)")
	}
	if err := ValidateRating(fb.Rating, fb.Reason); err != nil {
		return err
	}
	if !utf8.ValidString(fb.Comment) {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "Opmerking is geen geldige UTF-8-tekst (invalid UTF-8).")
	}
	if bronwijzer.HasControl(fb.Comment) {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Opmerking bevat stuurtekens (zoals NUL); alleen tekst, spaties, tabs en regeleinden zijn toegestaan (control characters).")
	}
	if n := utf8.RuneCountInString(fb.Comment); n > MaxFeedbackComment {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Opmerking te lang (%d tekens); maximaal %d tekens (comment too long).", n, MaxFeedbackComment)
	}
	return nil
}

// ValidateRating checks a rating and its reason: "goed" has no reason,
// "fout" needs one of Reasons.
func ValidateRating(rating, reason string) error {
	switch rating {
	case RatingGood:
		if reason != "" {
			return bronwijzer.Errorf(bronwijzer.EINVALID,
				"Een reden hoort alleen bij beoordeling \"fout\", niet bij \"goed\" (reason only with rating fout).")
		}
		return nil
	case RatingWrong:
		if reason == "" {
			return bronwijzer.Errorf(bronwijzer.EINVALID,
				"Geef bij beoordeling \"fout\" een reden: %s (missing reason).", reasonList())
		}
		if !slices.Contains(Reasons, reason) {
			return bronwijzer.Errorf(bronwijzer.EINVALID,
				"Onbekende reden %q; kies %s (unknown reason).", reason, reasonList())
		}
		return nil
	case "":
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Beoordeling ontbreekt: geef \"goed\" of \"fout\" (missing rating).")
	default:
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"Onbekende beoordeling %q; kies \"goed\" of \"fout\" (unknown rating).", rating)
	}
}

func reasonList() string {
	q := make([]string, len(Reasons))
	for i, r := range Reasons {
		q[i] = `"` + r + `"`
	}
	return strings.Join(q[:len(q)-1], ", ") + " of " + q[len(q)-1]
}

// NewAuditID returns a new answer id: 128 random bits in lower-case hex,
// so an id cannot be guessed from another.
func NewAuditID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// ValidAuditID reports whether s has the form of an answer id: 32
// lower-case hex digits.
func ValidAuditID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}

// AnswerNotFound is the error for an answer id without an audit record (or
// one given to another key).
func AnswerNotFound(id string) error {
	if !utf8.ValidString(id) || len(id) > 64 {
		id = "?"
	}
	return bronwijzer.Errorf(bronwijzer.ENOTFOUND, "Antwoord %q niet gevonden (answer not found).", id)
}

// PrepareAudit gives rec a new ID when it has none and checks a given one;
// both stores call it before AppendAudit writes.
func PrepareAudit(rec *AuditRecord) error {
	if rec.ID == "" {
		rec.ID = NewAuditID()
		return nil
	}
	if !ValidAuditID(rec.ID) {
		return bronwijzer.Errorf(bronwijzer.EINVALID,
			"auditregel-id moet 32 hexadecimale tekens zijn (invalid audit id)")
	}
	return nil
}

// AuditConflict is the error for an audit record whose ID is already stored.
func AuditConflict(id string) error {
	return bronwijzer.Errorf(bronwijzer.ECONFLICT, "auditregel %s bestaat al (audit id exists)", id)
}

// NonNilCited returns c, or an empty list for nil, so stores write [].
func NonNilCited(c []CitedSpan) []CitedSpan {
	if c == nil {
		return []CitedSpan{}
	}
	return c
}
