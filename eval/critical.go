package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

// Kinds of critical error. They are the answers a clinician could act on
// wrongly, so reports list them before any metric.
const (
	// CriticalAnswered is an answer to a question the sources do not answer.
	CriticalAnswered = "answered_unanswerable"
	// CriticalNumber is an answer to an answerable question that states a
	// number (a dose, a share, a threshold) while none of the passages it
	// cites holds the question's evidence.
	CriticalNumber = "number_without_evidence"
)

// maxListedNumbers bounds the numbers a critical error's explanation names.
const maxListedNumbers = 5

// Critical is why an answer is a critical error: its kind and a short
// explanation in Dutch with the English in parentheses.
type Critical struct {
	Kind string `json:"kind"`
	Why  string `json:"why"`
}

// CriticalOf returns the critical error of an ask response to q, or nil.
// Only answers count: a refusal or a failed request is never critical. An
// answer to an unanswerable question is critical whatever it says; an
// answer to an answerable one is critical when its text (citation markers
// removed, tokens as Tokens) holds a token with a digit and no passage it
// cites matches an evidence item of q (Matches, as for hit@k).
func CriticalOf(q Question, resp *answer.Response) *Critical {
	if resp == nil || resp.Abstained {
		return nil
	}
	if !q.Answerable {
		return &Critical{Kind: CriticalAnswered,
			Why: "beantwoord terwijl de bronnen deze vraag niet beantwoorden; had moeten weigeren (answered an unanswerable question)"}
	}
	nums := numberTokens(AnswerText(resp))
	if len(nums) == 0 || CitesEvidence(resp, q.Evidence) {
		return nil
	}
	return &Critical{Kind: CriticalNumber,
		Why: fmt.Sprintf("noemt %s terwijl geen geciteerde passage het bewijs bevat (states a number without evidence in its citations)", listNumbers(nums))}
}

// numberTokens returns the distinct tokens of text that hold a digit, in order.
func numberTokens(text string) []string {
	var out []string
	for _, w := range Tokens(text) {
		if hasDigit(w) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func listNumbers(nums []string) string {
	if len(nums) > maxListedNumbers {
		return strings.Join(nums[:maxListedNumbers], ", ") + ", …"
	}
	return strings.Join(nums, ", ")
}

// CitesEvidence reports whether a passage cited by resp matches an evidence
// item: a citation whose passage_id is one of the response's passages, and
// that passage Matches the item. Citations that resolve to no retrieved
// passage hold nothing.
func CitesEvidence(resp *answer.Response, evidence []Evidence) bool {
	retrieved := passageIndex(resp.Passages)
	for _, c := range resp.Citations {
		if p, ok := retrieved[c.PassageID]; ok && holdsEvidence(p, evidence) {
			return true
		}
	}
	return false
}

// PassagesHoldEvidence reports whether any passage the answerer retrieved
// for resp matches an evidence item; for a refusal it is what an answer
// could at best have cited.
func PassagesHoldEvidence(resp *answer.Response, evidence []Evidence) bool {
	return slices.ContainsFunc(resp.Passages, func(p bronwijzer.Passage) bool { return holdsEvidence(p, evidence) })
}

func holdsEvidence(p bronwijzer.Passage, evidence []Evidence) bool {
	return slices.ContainsFunc(evidence, func(e Evidence) bool { return Matches(p, e) })
}

// CriticalError is one critical error as reports list it.
type CriticalError struct {
	Config   string `json:"config"`
	ID       string `json:"id"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Kind     string `json:"kind"`
	Why      string `json:"why"`
}

// CriticalErrors lists the critical errors of every run, primary
// configuration first, each run in question order.
func (rep *Report) CriticalErrors() []CriticalError {
	out := []CriticalError{}
	for _, run := range rep.Runs {
		out = append(out, criticalErrorsOf(run)...)
	}
	return out
}

func criticalErrorsOf(run Run) []CriticalError {
	var out []CriticalError
	for _, r := range run.Results {
		if r.Critical != nil {
			out = append(out, CriticalError{Config: run.Config.Name, ID: r.ID, Question: r.Question,
				Answer: r.Answer, Kind: r.Critical.Kind, Why: r.Critical.Why})
		}
	}
	return out
}
