package answer

import (
	"io"
	"log/slog"
	"time"

	"github.com/bronwijzer/bronwijzer/prompts"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Defaults. The thresholds are starting values; docs/answering.md explains
// each and how they are calibrated on the eval dev set.
const (
	DefaultK            = 5
	DefaultMaxK         = 20
	MaxQuestionRunes    = 2000
	DefaultMaxSentences = 3
	DefaultMaxSourceAge = 5*365*24*time.Hour + 24*time.Hour // five years, allowing one leap day

	// DefaultMinSupport: at least half of a sentence's content terms must
	// occur in the passages it cites.
	DefaultMinSupport = 0.5

	DefaultMinQuestionCoverage = 0.6
	DefaultCoveragePassages    = 5
	DefaultMinSentenceScore    = 0.34
	DefaultMinAnswerCoverage   = 0.5
	DefaultMaxDuplicate        = 0.5
	DefaultMinRelativeScore    = 0.75
)

// DefaultDisclaimer is shown with every answer.
const DefaultDisclaimer = "Bronwijzer ondersteunt, maar vervangt geen professioneel oordeel. Controleer de bron; de zorgverlener blijft verantwoordelijk."

// AbstainReason opens every refusal.
const AbstainReason = "Ik kan deze vraag niet beantwoorden op basis van de beschikbare geverifieerde bronnen."

// Thresholds decide when to abstain. Zero values select the defaults.
type Thresholds struct {
	// MinQuestionCoverage: fraction of the question's content terms (stems,
	// compound parts) that must occur in the best CoveragePassages passages.
	MinQuestionCoverage float64
	CoveragePassages    int
	// MinSentenceScore: the best candidate sentence must cover at least this
	// fraction of the question's content terms.
	MinSentenceScore float64
	// MinAnswerCoverage: the chosen sentences together must cover at least
	// this fraction of the question's content terms.
	MinAnswerCoverage float64
	// MaxDuplicate: a candidate whose term Jaccard similarity with an
	// already chosen sentence reaches this is a near-duplicate and skipped.
	MaxDuplicate float64
	// MinRelativeScore: a second or third sentence is added only when its
	// score is at least this fraction of the best sentence's, so the answer
	// stays on the point instead of padding with loosely related facts.
	MinRelativeScore float64
}

func (t *Thresholds) setDefaults() {
	def := func(v *float64, d float64) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&t.MinQuestionCoverage, DefaultMinQuestionCoverage)
	def(&t.MinSentenceScore, DefaultMinSentenceScore)
	def(&t.MinAnswerCoverage, DefaultMinAnswerCoverage)
	def(&t.MaxDuplicate, DefaultMaxDuplicate)
	def(&t.MinRelativeScore, DefaultMinRelativeScore)
	if t.CoveragePassages <= 0 {
		t.CoveragePassages = DefaultCoveragePassages
	}
}

// DefaultFocusWords are question words that name the detail asked for; an
// answer must contain them (or, for doses, a dose), otherwise the service
// abstains: a passage about a drug that gives no dose does not answer
// "Welke dosering ...?".
var DefaultFocusWords = []string{
	"bijwerking", "bijwerkingen", "contra-indicatie", "contra-indicaties", "interactie",
	"interacties", "zwangerschap", "zwanger", "borstvoeding", "kinderen", "kind",
	"ouderen", "nierfunctie", "nierfunctiestoornis", "leverfunctie", "kosten", "kost",
	"prijs", "tarief", "licentie", "vergoeding", "vergoedt", "boete", "sensitiviteit",
	"specificiteit", "nauwkeurigheid", "betrouwbaarheid", "voorspellende", "responspercentage",
	"studiebelasting", "prognose",
}

// Config configures a Service. Zero values select the defaults.
type Config struct {
	K               int            // passages retrieved when the request gives none (DefaultK)
	MaxK            int            // largest k a request may ask for (DefaultMaxK)
	SearchMode      retrieval.Mode // default hybrid
	AllowUnverified bool           // cite unverified sources too (default: verified only)
	MaxSourceAge    time.Duration  // older sources are flagged Outdated (DefaultMaxSourceAge)
	MaxSentences    int            // sentences in an extractive answer (DefaultMaxSentences)
	MinSupport      float64        // enforcement content overlap (DefaultMinSupport)
	Thresholds      Thresholds
	FocusWords      []string // nil: DefaultFocusWords
	Disclaimer      string   // "": DefaultDisclaimer
	Analyzer        Analyzer // nil: built-in Snowball analyser; wire retrieval/analysis here
	Prompts         *prompts.Set
	Now             func() time.Time
	Logger          *slog.Logger
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
	c.Thresholds.setDefaults()
	if c.FocusWords == nil {
		c.FocusWords = DefaultFocusWords
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
