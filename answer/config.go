package answer

import (
	"io"
	"log/slog"
	"time"

	"github.com/bronwijzer/bronwijzer/prompts"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Defaults. docs/answering.md explains each; the answer threshold is the
// model's (model.json).
const (
	DefaultK            = 5
	DefaultMaxK         = 20
	MaxQuestionRunes    = 2000
	DefaultMaxSentences = 3
	DefaultMaxSourceAge = 5*365*24*time.Hour + 24*time.Hour // five years, allowing one leap day

	// DefaultMinSupport: at least half of a sentence's content terms must
	// occur in the passages it cites.
	DefaultMinSupport = 0.5

	// DefaultMaxDuplicate: a candidate whose term Jaccard similarity with
	// one already chosen reaches this repeats it and is skipped.
	DefaultMaxDuplicate = 0.5
)

// DefaultDisclaimer is shown with every answer.
const DefaultDisclaimer = "Bronwijzer ondersteunt, maar vervangt geen professioneel oordeel. Controleer de bron; de zorgverlener blijft verantwoordelijk."

// AbstainReason opens every refusal.
const AbstainReason = "Ik kan deze vraag niet beantwoorden op basis van de beschikbare geverifieerde bronnen."

// Config configures a Service. Zero values select the defaults.
type Config struct {
	K               int            // passages retrieved when the request gives none (DefaultK)
	MaxK            int            // largest k a request may ask for (DefaultMaxK)
	SearchMode      retrieval.Mode // default hybrid
	AllowUnverified bool           // cite unverified sources too (default: verified only)
	MaxSourceAge    time.Duration  // older sources are flagged Outdated (DefaultMaxSourceAge)
	// ReviewBy returns a document's planned revision date (YYYY, YYYY-MM or
	// YYYY-MM-DD; "" when unknown); a citation of a document past it is
	// flagged ReviewDue. nil: no document has one.
	ReviewBy     func(documentID string) string
	MaxSentences int     // sentences in an extractive answer (DefaultMaxSentences)
	MinSupport   float64 // enforcement content overlap (DefaultMinSupport)
	// Model scores candidate answers and holds the threshold below which
	// the service refuses; nil: DefaultModel (answer/model.json).
	Model      *Model
	Disclaimer string   // "": DefaultDisclaimer
	Analyzer   Analyzer // nil: built-in Snowball analyser; wire retrieval/analysis here
	Prompts    *prompts.Set
	Now        func() time.Time
	Logger     *slog.Logger
	// Redact replaces personal data (BSN, phone numbers, ...) in the
	// question by bracketed upper-case tags such as "[BSN]" (api/redact).
	// The question is redacted and the tags are dropped before anything
	// else happens, so personal data never reaches search, the abstention
	// checks (a BSN is not a fact to look for) or an LLM prompt, which may
	// go to an external service. nil: the question is used as asked.
	Redact func(string) string
}

func (c *Config) setDefaults() {
	if c.K <= 0 {
		c.K = DefaultK
	}
	if c.MaxK <= 0 {
		c.MaxK = DefaultMaxK
	}
	if c.SearchMode == "" {
		c.SearchMode = retrieval.Hybrid
	}
	if c.MaxSourceAge <= 0 {
		c.MaxSourceAge = DefaultMaxSourceAge
	}
	if c.MaxSentences <= 0 {
		c.MaxSentences = DefaultMaxSentences
	}
	if c.MinSupport <= 0 {
		c.MinSupport = DefaultMinSupport
	}
	if c.Model == nil {
		c.Model = DefaultModel()
	}
	if c.Disclaimer == "" {
		c.Disclaimer = DefaultDisclaimer
	}
	if c.Analyzer == nil {
		c.Analyzer = basicAnalyzer{}
	}
	if c.Prompts == nil {
		c.Prompts = prompts.MustLoad()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}
