package answer

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/prompts"
)

// Enforcement outcomes reported in Response.Enforcement.
const (
	EnforcementPassed             = "passed"
	EnforcementRepaired           = "repaired"
	EnforcementDropped            = "dropped_unsupported"
	EnforcementFallbackExtractive = "fallback_extractive"
	EnforcementAbstained          = "abstained"
)

// llmAnswerer has the configured model write the answer from the numbered
// passages. It runs only when the evidence check found an answer, so the
// model gets the same question analysis and refusal decision as the
// extractive answer; its sentences must pass the same enforcement and
// hard rules (answers), else it repairs once, drops unsupported sentences
// when the rest still answers, and otherwise falls back to the extractive
// answer (which already passed them).
type llmAnswerer struct{}

func (llmAnswerer) answer(ctx context.Context, s *Service, in *asked, resp *Response, st *streamer) error {
	q, ps, d := in.q, in.ps, in.d
	resp.PromptVersion = s.cfg.Prompts.Version()
	pd := promptPassages(ps)
	system, user, err := s.cfg.Prompts.Answer(prompts.AnswerData{Question: q.text, Passages: pd})
	if err != nil {
		return fmt.Errorf("answer: %w", err)
	}
	var onToken func(string) // stream from the provider only when someone listens
	if st.emit != nil {
		onToken = (&liveCheck{s: s, ps: ps, st: st}).token
	}
	// The model (and its repair) must finish before the request's own
	// deadline, so that a provider slower than the request still leaves
	// time to answer with the extractive fallback instead of a timeout.
	llmCtx, cancel := withFallbackReserve(ctx)
	defer cancel()
	text, err := s.llm.Generate(llmCtx, system, user, onToken)
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("answer: %w", ctx.Err()) // the caller gave up; nobody to answer
	}
	if err != nil {
		s.fallback(resp, d, providerNotice(err))
		s.cfg.Logger.Warn("llm answer failed; extractive fallback", "model", s.llm.Model(), "err", err)
		return nil
	}
	if isRefusal(text) {
		s.refused(resp)
		return nil
	}
	report := s.enforcer.check(ParseAnswer(text), ps)
	if report.OK() && s.answers(q, report.Verdicts, ps) {
		s.useLLM(resp, EnforcementPassed, report.Verdicts)
		return nil
	}
	s.cfg.Logger.Info("llm answer failed enforcement; repairing", "model", s.llm.Model(), "failed", len(report.Failed()))
	repaired, err := s.repair(llmCtx, q, pd, text, report)
	switch {
	case err != nil && ctx.Err() != nil:
		return fmt.Errorf("answer: %w", ctx.Err())
	case err != nil:
		s.cfg.Logger.Warn("llm repair failed", "model", s.llm.Model(), "err", err)
	case isRefusal(repaired):
		s.refused(resp)
		return nil
	default:
		report = s.enforcer.check(ParseAnswer(repaired), ps)
		if report.OK() && s.answers(q, report.Verdicts, ps) {
			s.useLLM(resp, EnforcementRepaired, report.Verdicts)
			return nil
		}
	}
	if kept := s.relevantSupported(q, report.Verdicts); len(kept) > 0 && s.answers(q, kept, ps) {
		s.useLLM(resp, EnforcementDropped, kept)
		return nil
	}
	s.fallback(resp, d, "Het antwoord van het taalmodel kon niet volledig met de bronnen worden onderbouwd; dit antwoord is samengesteld uit zinnen van de bronnen zelf.")
	return nil
}

// fallbackReserve is the part of a request's remaining time kept back from
// the LLM for the extractive fallback (at most a tenth of what remains).
const fallbackReserve = 500 * time.Millisecond

// withFallbackReserve returns ctx with a deadline fallbackReserve before
// ctx's own, when it has one.
func withFallbackReserve(ctx context.Context) (context.Context, context.CancelFunc) {
	dl, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	return context.WithDeadline(ctx, dl.Add(-min(fallbackReserve, time.Until(dl)/10)))
}

func (s *Service) repair(ctx context.Context, q question, pd []prompts.Passage, text string, r Report) (string, error) {
	var fails []prompts.Failure
	for _, v := range r.Failed() {
		fails = append(fails, prompts.Failure{Sentence: v.Draft.Text + " " + markers(v.Draft.Citations), Reasons: v.Reasons})
	}
	system, user, err := s.cfg.Prompts.Repair(prompts.RepairData{Question: q.text, Passages: pd, Answer: text, Failures: fails})
	if err != nil {
		return "", fmt.Errorf("answer: %w", err)
	}
	return s.llm.Generate(ctx, system, user, nil)
}

// answers reports whether supported sentences still answer the question
// under the hard rules of the extractive answer: at least one shares a
// content term with it, a dose question gets a dose, and no sentence
// cites a passage about another subject or leaves out a population asked
// about.
func (s *Service) answers(q question, vs []Verdict, ps []*prepared) bool {
	if len(s.relevantSupported(q, vs)) == 0 {
		return false
	}
	sub := s.subjectsOf(q, ps)
	var text strings.Builder
	for _, v := range vs {
		text.WriteString(v.Draft.Text + " ")
		terms := passageTerms(s.cfg.Analyzer, v.Draft.Text)
		for _, n := range v.Cited {
			if n < 1 || n > len(ps) {
				continue
			}
			p := ps[n-1]
			c := &cand{pass: p, text: v.Draft.Text, lower: " " + strings.ToLower(v.Draft.Text) + " ", terms: terms,
				ctx: newTermSet(terms, p.titleTerms, p.contextTerms)}
			if s.rule(q, ps, sub, c) != "" {
				return false
			}
		}
	}
	return q.kind != kindDose || hasDose(text.String())
}

func (s *Service) relevantSupported(q question, vs []Verdict) []Verdict {
	var out []Verdict
	for _, v := range vs {
		if v.Supported && newTermSet(s.cfg.Analyzer.Terms(v.Draft.Text)).coverage(q.units, nil) > 0 {
			out = append(out, v)
		}
	}
	return out
}

func (s *Service) useLLM(resp *Response, enforcement string, vs []Verdict) {
	resp.Mode = ModeLLM
	resp.Model = s.llm.Model()
	resp.Enforcement = enforcement
	s.compose(resp, vs)
}

func (s *Service) fallback(resp *Response, d decision, notice string) {
	resp.Mode = ModeExtractive
	resp.Model = ModeExtractive
	resp.Enforcement = EnforcementFallbackExtractive
	resp.Notice = notice
	s.compose(resp, d.report.Verdicts)
}

func (s *Service) refused(resp *Response) {
	s.abstain(resp, "Het taalmodel vond in de passages geen onderbouwing voor een antwoord.")
	resp.Mode = ModeLLM
	resp.Model = s.llm.Model()
}

// providerNotice is the clinician-facing note for a provider failure: the
// provider's safe message (answer/llm returns *bronwijzer.Error) without
// internal detail.
func providerNotice(err error) string {
	msg := "Het taalmodel is niet beschikbaar"
	if bronwijzer.ErrorCode(err) != bronwijzer.EINTERNAL {
		msg = strings.TrimSuffix(bronwijzer.ErrorMessage(err), ".")
	}
	return msg + "; dit antwoord is samengesteld uit zinnen van de bronnen zelf."
}

func isRefusal(text string) bool {
	return strings.Contains(text, prompts.Refusal)
}

func promptPassages(ps []*prepared) []prompts.Passage {
	out := make([]prompts.Passage, len(ps))
	for i, p := range ps {
		pages := fmt.Sprint(p.p.PageStart)
		if p.p.PageEnd > p.p.PageStart {
			pages = fmt.Sprintf("%d-%d", p.p.PageStart, p.p.PageEnd)
		}
		published := p.p.Published
		if published == "" {
			published = "unknown"
		}
		out[i] = prompts.Passage{N: i + 1, Title: p.p.Title, Section: p.p.Section, Pages: pages, Published: published, Text: p.p.Text}
	}
	return out
}

// liveCheck enforces sentences while the model streams, emitting each as
// soon as the next one has begun and it passed; after the first failure it
// stops, and the final response decides.
type liveCheck struct {
	s       *Service
	ps      []*prepared
	st      *streamer
	buf     strings.Builder
	checked int
	failed  bool
}

func (l *liveCheck) token(tok string) {
	l.buf.WriteString(tok)
	if l.failed || !strings.ContainsAny(tok, ".!?…]\n ") {
		return
	}
	ds := ParseAnswer(l.buf.String())
	complete := len(ds) - 1
	if complete >= 0 && letters(ds[complete].Text) < 3 {
		complete--
	}
	for ; l.checked < complete; l.checked++ {
		v := l.s.enforcer.verdict(ds[l.checked], l.ps)
		if !v.Supported || isRefusal(v.Draft.Text) {
			l.failed = true
			return
		}
		if l.st.send(Sentence{Text: v.Draft.Text, Citations: v.Cited}) != nil {
			l.failed = true
			return
		}
	}
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
