package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Searcher retrieves passages for a question; retrieval.Searcher implements it.
type Searcher interface {
	Search(ctx context.Context, query string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error)
}

// Generator is a chat model: answer/llm adapts langchaingo's providers to it.
// onToken, when not nil, receives the answer as it streams.
type Generator interface {
	Generate(ctx context.Context, system, user string, onToken func(string)) (string, error)
	Model() string
}

// Service answers questions with cited sentences or abstains.
type Service struct {
	cfg      Config
	search   Searcher
	llm      Generator
	enforcer *Enforcer
	synonyms [][]string // synonym groups analysed once (synonymForms)
}

// New returns a Service. llm may be nil: answers are then extractive only.
func New(cfg Config, search Searcher, llm Generator) *Service {
	cfg.setDefaults()
	return &Service{
		cfg:      cfg,
		search:   search,
		llm:      llm,
		enforcer: NewEnforcer(cfg.Analyzer, cfg.MinSupport, cfg.AllowUnverified),
		synonyms: synonymForms(cfg.Analyzer),
	}
}

// Enforcer returns the service's citation enforcer (for tools and tests).
func (s *Service) Enforcer() *Enforcer { return s.enforcer }

// Ask answers one question.
func (s *Service) Ask(ctx context.Context, req Request) (*Response, error) {
	return s.AskStream(ctx, req, nil)
}

// AskStream answers one question, calling emit with each sentence as soon as
// it has passed enforcement. The returned Response is authoritative: when an
// LLM answer had to be repaired or replaced, it may differ from what was
// emitted, and clients should show the final sentences.
func (s *Service) AskStream(ctx context.Context, req Request, emit func(Sentence) error) (*Response, error) {
	began := time.Now()
	q, k, err := s.validate(req)
	if err != nil {
		return nil, err
	}
	q = s.redact(q)
	passages, err := s.search.Search(ctx, q, retrieval.SearchOptions{K: k, Mode: s.cfg.SearchMode, VerifiedOnly: !s.cfg.AllowUnverified})
	if err != nil {
		return nil, fmt.Errorf("answer: search: %w", err)
	}
	if passages == nil {
		passages = []bronwijzer.Passage{}
	}
	resp := &Response{Passages: passages, Mode: ModeExtractive, Model: ModeExtractive, Disclaimer: s.cfg.Disclaimer,
		Sentences: []Sentence{}, Citations: []Citation{}}
	ps := s.enforcer.prepare(passages)
	qa := s.analyseQuestion(q)
	d := s.decide(qa, ps)
	resp.Confidence = d.confidence
	st := &streamer{emit: emit}
	switch {
	case d.abstain:
		s.abstain(resp, d.why)
	case s.llm != nil:
		err = s.answerLLM(ctx, qa, ps, d, resp, st)
	default:
		resp.Enforcement = EnforcementPassed
		s.compose(resp, d.report.Verdicts)
	}
	if err == nil {
		err = st.rest(resp.Sentences)
	}
	if err != nil {
		return nil, err
	}
	resp.LatencyMS = time.Since(began).Milliseconds()
	return resp, nil
}

func (s *Service) abstain(resp *Response, why string) {
	resp.Abstained = true
	resp.Reason = strings.TrimSpace(AbstainReason + " " + why)
	resp.Enforcement = EnforcementAbstained
	resp.Answer = resp.Reason // a client that shows only the answer shows the refusal
	resp.Sentences = []Sentence{}
	resp.Citations = []Citation{}
}

// validate checks a request and returns the trimmed question and k.
func (s *Service) validate(req Request) (string, int, error) {
	q := strings.TrimSpace(stripMarkers(req.Question))
	switch n := utf8.RuneCountInString(q); {
	case n == 0:
		return "", 0, bronwijzer.Errorf(bronwijzer.EINVALID, "De vraag is leeg (question is empty).")
	case n > MaxQuestionRunes:
		return "", 0, bronwijzer.Errorf(bronwijzer.EINVALID, "De vraag is te lang: %d tekens, maximaal %d (question too long).", n, MaxQuestionRunes)
	case !utf8.ValidString(q):
		return "", 0, bronwijzer.Errorf(bronwijzer.EINVALID, "De vraag bevat ongeldige tekens (question is not valid UTF-8).")
	case bronwijzer.HasControl(q):
		return "", 0, bronwijzer.Errorf(bronwijzer.EINVALID,
			"De vraag bevat stuurtekens (zoals NUL); alleen tekst, spaties, tabs en regeleinden zijn toegestaan (control characters).")
	}
	k := req.K
	switch {
	case k == 0:
		k = s.cfg.K
	case k < 1 || k > s.cfg.MaxK:
		return "", 0, bronwijzer.Errorf(bronwijzer.EINVALID, "k moet tussen 1 en %d liggen, niet %d (k out of range).", s.cfg.MaxK, k)
	}
	return q, k, nil
}

// stripMarkers removes citation markers ("[1]", "[2, 3]") from a question.
// They mean nothing in a question and would otherwise become numbers the
// answer must contain; an injected "[9]" must not steer the answer either.
func stripMarkers(q string) string {
	if !markerRe.MatchString(q) {
		return q
	}
	return strings.Join(strings.Fields(markerRe.ReplaceAllString(q, " ")), " ")
}

// streamer emits accepted sentences once each.
type streamer struct {
	emit    func(Sentence) error
	emitted []string
	err     error
}

func (st *streamer) send(sn Sentence) error {
	if st.emit == nil || st.err != nil {
		return st.err
	}
	for _, e := range st.emitted {
		if e == sn.Text {
			return nil
		}
	}
	st.emitted = append(st.emitted, sn.Text)
	st.err = st.emit(sn)
	return st.err
}

// rest emits the final sentences not emitted yet.
func (st *streamer) rest(final []Sentence) error {
	for _, sn := range final {
		if err := st.send(sn); err != nil {
			return fmt.Errorf("answer: emit: %w", err)
		}
	}
	return nil
}

// redactionTag matches the tags a redactor puts in place of personal data.
var redactionTag = regexp.MustCompile(`\[[A-Z]+\]`)

// redact removes personal data from the question (see Config.Redact).
func (s *Service) redact(q string) string {
	if s.cfg.Redact == nil {
		return q
	}
	return strings.Join(strings.Fields(redactionTag.ReplaceAllString(s.cfg.Redact(q), " ")), " ")
}
