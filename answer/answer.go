// Package answer composes cited answers from retrieved passages (extractive or
// through an LLM), enforces that every sentence cites a retrieved passage that
// supports it, and abstains when the evidence does not support an answer.
package answer

import "github.com/bronwijzer/bronwijzer"

// Modes of an answer.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// Request is one question.
type Request struct {
	Question string `json:"question"`
	K        int    `json:"k"`
}

// Response is the public /v1/ask body.
type Response struct {
	// ID identifies this answer: the id of its audit record, which clients
	// quote to give feedback (POST /v1/answers/{id}/feedback). The service
	// leaves it empty; the server and bronwijzer ask set it when they record
	// the answer (ask leaves it empty when the record could not be written).
	ID string `json:"id"`
	// Answer is the sentences joined, with [n] markers; when Abstained it
	// carries the refusal text (the same as Reason), so a client that shows
	// only Answer shows the refusal.
	Answer    string `json:"answer"`
	Abstained bool   `json:"abstained"`
	Reason    string `json:"reason"` // Dutch explanation when abstained
	// Confidence scores the best candidate answer in [0, 1], on answers and
	// refusals alike: its weighted coverage of the question's content words
	// (0 when there was no candidate). Higher is more confident; it is not
	// a calibrated probability.
	Confidence    float64              `json:"confidence"`
	Sentences     []Sentence           `json:"sentences"`
	Citations     []Citation           `json:"citations"`
	Passages      []bronwijzer.Passage `json:"passages"`
	Mode          string               `json:"mode"`  // "extractive" | "llm"
	Model         string               `json:"model"` // model name, or "extractive"
	PromptVersion string               `json:"prompt_version,omitempty"`
	// Enforcement tells what citation enforcement did: "passed", "repaired",
	// "dropped_unsupported", "fallback_extractive" or "abstained".
	Enforcement string `json:"enforcement"`
	// Notice explains, in Dutch, why a configured LLM was not used (provider
	// unreachable, timed out, or its answer failed enforcement); empty otherwise.
	Notice     string `json:"notice,omitempty"`
	Disclaimer string `json:"disclaimer"`
	LatencyMS  int64  `json:"latency_ms"`
	// Suggestions are, on a refusal that names words no source uses, the
	// words of the sources a typing error or two away from them, which the
	// reason asks after ("Bedoelt u ‘tarvomycine’?"): a client can offer to
	// ask again with the word replaced. Absent otherwise.
	Suggestions []Suggestion `json:"suggestions,omitempty"`
}

// Suggestion is a word of the question that no source uses and the word
// of the sources the clinician may have meant.
type Suggestion struct {
	Word       string `json:"word"`       // as the question writes it
	Suggestion string `json:"suggestion"` // as the sources write it
}

// Sentence is one statement of the answer with the citation numbers that support it.
type Sentence struct {
	Text      string `json:"text"`
	Citations []int  `json:"citations"`
}

// Citation points to the exact span of a retrieved passage that supports the
// sentences citing it.
type Citation struct {
	N          int    `json:"n"`
	PassageID  string `json:"passage_id"`
	DocumentID string `json:"document_id"`
	Title      string `json:"title"`
	SourceFile string `json:"source_file"`
	PageStart  int    `json:"page_start"`
	PageEnd    int    `json:"page_end"`
	Section    string `json:"section"`
	Quote      string `json:"quote"`       // exact substring of the passage text
	QuoteStart int    `json:"quote_start"` // rune offset of Quote in the passage text
	QuoteEnd   int    `json:"quote_end"`
	Published  string `json:"published"`
	Verified   bool   `json:"verified"`
	Outdated   bool   `json:"outdated"` // source older than the configured maximum age
	// ReviewDue: the source is past its planned revision date (the
	// registry's review_by, as NHG guidelines state one).
	ReviewDue bool `json:"review_due"`
}
