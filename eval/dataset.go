package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// Question is one line of a dataset. The JSON field names are a shared
// format: quality teams exchange sets, so they never change.
type Question struct {
	ID              string     `json:"id"`
	Question        string     `json:"question"`
	Answerable      bool       `json:"answerable"`
	ReferenceAnswer string     `json:"reference_answer"`
	Evidence        []Evidence `json:"evidence"`
	Tags            []string   `json:"tags"`
	// Subject is what the question is about (a drug, condition, test or
	// organisation) as the source writes it, e.g. "tarvomycine". Optional;
	// table questions set it so the report can tell whether the retrieved
	// row names the right drug, not just the right dose.
	Subject string `json:"subject,omitempty"`
	// GivenAnswer, GivenCitations and Feedback are set on lines exported from
	// clinicians' feedback (bronwijzer feedback export): what the service
	// answered and how the clinician judged it, the reviewer's material. The
	// evaluation does not use them.
	GivenAnswer    string        `json:"given_answer,omitempty"`
	GivenCitations []Evidence    `json:"given_citations,omitempty"`
	Feedback       *FeedbackNote `json:"feedback,omitempty"`
}

// FeedbackTag marks a line exported from clinicians' feedback. Until a
// reviewer sets its answerable (and, when true, reference_answer and
// evidence), LoadDataset refuses the line as not yet reviewed.
const FeedbackTag = "feedback"

// FeedbackNote is the clinician's judgement an exported line came from.
type FeedbackNote struct {
	AnswerID string `json:"answer_id"`
	Time     string `json:"time"` // RFC 3339
	Rating   string `json:"rating"`
	Reason   string `json:"reason,omitempty"`
	Comment  string `json:"comment,omitempty"`
}

// tableSubject reports whether q counts towards table_subject_at_5: an
// answerable question tagged TableTag that names its subject.
func (q Question) tableSubject() bool {
	return q.Answerable && q.Subject != "" && slices.Contains(q.Tags, TableTag)
}

// Evidence is a verbatim span of a source that answers the question.
// Document is the source file name as ingested or the registry source id.
type Evidence struct {
	Document string `json:"document"`
	Quote    string `json:"quote"`
}

// maxLine bounds one dataset line; a question with its evidence is far smaller.
const maxLine = 1 << 20

// LineError is what is wrong with one dataset line.
type LineError struct {
	Line    int
	Problem string
}

func (e LineError) Error() string { return fmt.Sprintf("regel %d: %s", e.Line, e.Problem) }

// DatasetError lists every bad line of a dataset, so a team fixes them all
// in one pass instead of one per run. Unreviewed lists the lines exported
// from feedback that no reviewer has judged yet (they are in Lines too).
type DatasetError struct {
	Lines      []LineError
	Unreviewed []int
}

func (e *DatasetError) Error() string {
	parts := make([]string, len(e.Lines))
	for i, l := range e.Lines {
		parts[i] = l.Error()
	}
	msg := fmt.Sprintf("ongeldige dataset (%d foute regels): %s", len(e.Lines), strings.Join(parts, "; "))
	if n := len(e.Unreviewed); n > 0 {
		nums := make([]string, n)
		for i, l := range e.Unreviewed {
			nums[i] = fmt.Sprint(l)
		}
		msg = fmt.Sprintf("%d regels uit feedback zijn nog niet beoordeeld (regels %s; not yet reviewed); %s",
			n, strings.Join(nums, ", "), msg)
	}
	return msg
}

// notReviewed is the problem of a feedback line without answerable.
const notReviewed = "nog niet beoordeeld: zet answerable op true (met reference_answer en evidence, " +
	"bijvoorbeeld uit given_citations) of op false (not yet reviewed)"

// rawQuestion detects missing fields: a pointer stays nil when the key is absent.
type rawQuestion struct {
	ID              *string       `json:"id"`
	Question        *string       `json:"question"`
	Answerable      *bool         `json:"answerable"`
	ReferenceAnswer *string       `json:"reference_answer"`
	Evidence        []Evidence    `json:"evidence"`
	Tags            []string      `json:"tags"`
	Subject         *string       `json:"subject"`
	GivenAnswer     string        `json:"given_answer"`
	GivenCitations  []Evidence    `json:"given_citations"`
	Feedback        *FeedbackNote `json:"feedback"`
}

// LoadDataset reads a JSONL dataset: one question per line, blank lines
// ignored. It checks every line and returns all problems at once as an
// EINVALID *bronwijzer.Error wrapping a *DatasetError; nothing is returned
// unless the whole set is valid.
func LoadDataset(r io.Reader) ([]Question, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var (
		qs         []Question
		bad        []LineError
		unreviewed []int
		seen       = map[string]int{}
		n          int
	)
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		q, problems := parseLine(line)
		if q.ID != "" {
			if first, dup := seen[q.ID]; dup {
				problems = append(problems, fmt.Sprintf("id %q komt al voor op regel %d (duplicate id)", q.ID, first))
			} else {
				seen[q.ID] = n
			}
		}
		for _, p := range problems {
			bad = append(bad, LineError{Line: n, Problem: p})
			if p == notReviewed {
				unreviewed = append(unreviewed, n)
			}
		}
		if len(problems) == 0 {
			qs = append(qs, q)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			bad = append(bad, LineError{Line: n + 1, Problem: fmt.Sprintf("regel langer dan %d bytes (line too long)", maxLine)})
		} else {
			return nil, fmt.Errorf("read dataset: %w", err)
		}
	}
	if len(bad) > 0 {
		de := &DatasetError{Lines: bad, Unreviewed: unreviewed}
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, de, "%s", de.Error())
	}
	if len(qs) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "dataset bevat geen vragen (empty dataset)")
	}
	return qs, nil
}

// parseLine decodes one line strictly and lists what is wrong with it.
func parseLine(line []byte) (Question, []string) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	var raw rawQuestion
	if err := dec.Decode(&raw); err != nil {
		return Question{}, []string{describeJSONError(err)}
	}
	if dec.More() {
		return Question{}, []string{"meer dan één JSON-object op de regel (trailing data)"}
	}
	q := Question{Evidence: raw.Evidence, Tags: raw.Tags,
		GivenAnswer: raw.GivenAnswer, GivenCitations: raw.GivenCitations, Feedback: raw.Feedback}
	var problems []string
	if raw.Subject != nil {
		if q.Subject = strings.TrimSpace(*raw.Subject); q.Subject == "" {
			problems = append(problems, "subject is leeg (empty subject)")
		}
	}
	missing := func(field string) {
		problems = append(problems, fmt.Sprintf("veld %q ontbreekt (missing field)", field))
	}
	if raw.ID == nil || strings.TrimSpace(*raw.ID) == "" {
		missing("id")
	} else {
		q.ID = strings.TrimSpace(*raw.ID)
	}
	if raw.Question == nil || strings.TrimSpace(*raw.Question) == "" {
		missing("question")
	} else {
		q.Question = strings.TrimSpace(*raw.Question)
	}
	if raw.ReferenceAnswer != nil {
		q.ReferenceAnswer = strings.TrimSpace(*raw.ReferenceAnswer)
	}
	if raw.Answerable == nil {
		if slices.Contains(q.Tags, FeedbackTag) {
			return q, append(problems, notReviewed)
		}
		missing("answerable")
		return q, problems
	}
	q.Answerable = *raw.Answerable
	return q, append(problems, checkAnswerability(q)...)
}

func checkAnswerability(q Question) []string {
	var problems []string
	if q.Answerable {
		if len(q.Evidence) == 0 {
			problems = append(problems, "answerable is true maar evidence is leeg (answerable without evidence)")
		}
		if q.ReferenceAnswer == "" {
			problems = append(problems, "answerable is true maar reference_answer is leeg (missing reference answer)")
		}
	} else {
		if len(q.Evidence) > 0 {
			problems = append(problems, "answerable is false maar er is evidence (unanswerable with evidence)")
		}
		if q.ReferenceAnswer != "" {
			problems = append(problems, "answerable is false maar reference_answer is niet leeg (unanswerable with reference answer)")
		}
	}
	for i, e := range q.Evidence {
		if strings.TrimSpace(e.Document) == "" {
			problems = append(problems, fmt.Sprintf("evidence[%d]: document is leeg (empty document)", i))
		}
		if Normalize(e.Quote) == "" {
			problems = append(problems, fmt.Sprintf("evidence[%d]: quote is leeg (empty quote)", i))
		}
	}
	for i, t := range q.Tags {
		if strings.TrimSpace(t) == "" {
			problems = append(problems, fmt.Sprintf("tags[%d] is leeg (empty tag)", i))
		}
	}
	return problems
}

// describeJSONError turns a decoder error into a short, specific problem.
func describeJSONError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("ongeldige JSON bij byte %d: %v (invalid JSON)", syn.Offset, syn)
	case errors.As(err, &typ):
		return fmt.Sprintf("veld %q heeft type %s, verwacht %s (wrong type)", typ.Field, typ.Value, typ.Type)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "onvolledige JSON (truncated JSON)"
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return fmt.Sprintf("onbekend veld %s (unknown field)", strings.TrimPrefix(err.Error(), "json: unknown field "))
	default:
		return fmt.Sprintf("ongeldige JSON: %v (invalid JSON)", err)
	}
}

// MarshalUnreviewed encodes q as one dataset line with answerable null: a
// line exported from feedback that a reviewer completes (LoadDataset refuses
// it until then). Evidence and Tags are written as [] when empty.
func MarshalUnreviewed(q Question) ([]byte, error) {
	type plain Question // the fields without the answerable override
	if q.Evidence == nil {
		q.Evidence = []Evidence{}
	}
	if q.Tags == nil {
		q.Tags = []string{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		plain
		Answerable *bool `json:"answerable"` // null: for the reviewer to set
	}{plain: plain(q)})
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}
