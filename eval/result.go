package eval

import (
	"math"
	"slices"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

// Result is the verdict on one question under one configuration; it is
// what --json writes per question and the HTML report shows reviewers.
type Result struct {
	Config     string   `json:"config"`
	ID         string   `json:"id"`
	Question   string   `json:"question"`
	Answerable bool     `json:"answerable"`
	Tags       []string `json:"tags,omitempty"`
	Subject    string   `json:"subject,omitempty"`

	// HitRank is the rank of the first searched passage matching evidence; 0: none.
	HitRank int `json:"hit_rank"`
	// SubjectRank is the rank of the first searched passage holding both a
	// quote and the subject (SubjectRank); set only for table questions
	// with a subject, 0 when none does.
	SubjectRank *int        `json:"subject_rank,omitempty"`
	Retrieved   []Retrieved `json:"retrieved"`

	// Critical is set when the answer is a critical error (CriticalOf).
	Critical *Critical `json:"critical,omitempty"`

	Abstained bool `json:"abstained"`
	// Confidence is the response's confidence; null when the ask failed or
	// the value was not a finite number.
	Confidence *float64          `json:"confidence"`
	Reason     string            `json:"reason,omitempty"`
	Answer     string            `json:"answer"`
	Sentences  []SentenceVerdict `json:"sentences"`
	Citations  []answer.Citation `json:"citations"`
	Reference  string            `json:"reference_answer,omitempty"`
	Evidence   []Evidence        `json:"evidence,omitempty"`
	AskModel   string            `json:"model,omitempty"`

	// EvidenceCited: an answered answerable question cites a passage that
	// holds its evidence (CitesEvidence); null otherwise.
	EvidenceCited *bool `json:"evidence_cited"`
	// EvidenceInPassages: a passage the answerer retrieved holds the
	// evidence (PassagesHoldEvidence); answerable questions with a
	// response only, null otherwise. It decides a refusal's place on the
	// risk–coverage curve.
	EvidenceInPassages *bool `json:"evidence_in_passages"`
	// CitationsValid is null when the question was not answered.
	CitationsValid *bool `json:"citations_valid"`
	// Support is this answer's share of supported sentences; null when not answered.
	Support *float64 `json:"support"`
	// F1 is null for unanswerable questions.
	F1           *float64 `json:"f1"`
	Faithfulness *float64 `json:"faithfulness,omitempty"`

	SearchLatencyMS float64 `json:"search_latency_ms"`
	LatencyMS       float64 `json:"latency_ms"`
	SearchError     string  `json:"search_error,omitempty"`
	AskError        string  `json:"ask_error,omitempty"`
}

// Retrieved is one searched passage as the report shows it.
type Retrieved struct {
	ID         string  `json:"id"`
	DocumentID string  `json:"document_id"`
	SourceFile string  `json:"source_file"`
	PageStart  int     `json:"page_start"`
	PageEnd    int     `json:"page_end"`
	Section    string  `json:"section,omitempty"`
	Score      float64 `json:"score"`
	Matches    bool    `json:"matches_evidence"`
}

// SentenceVerdict is one answer sentence with its support verdict.
type SentenceVerdict struct {
	Text      string `json:"text"`
	Citations []int  `json:"citations"`
	Supported bool   `json:"supported"`
}

// Answered reports whether the question got an answer (not an abstention,
// not a failed request).
func (r Result) Answered() bool { return r.AskError == "" && !r.Abstained }

// ScoreSearch fills the retrieval verdicts of r from the searched passages.
func (r *Result) ScoreSearch(q Question, passages []bronwijzer.Passage) {
	r.HitRank = HitRank(passages, q.Evidence)
	if q.tableSubject() {
		r.SubjectRank = ptr(SubjectRank(passages, q.Subject, q.Evidence))
	}
	r.Retrieved = make([]Retrieved, len(passages))
	for i, p := range passages {
		r.Retrieved[i] = Retrieved{
			ID: p.ID, DocumentID: p.DocumentID, SourceFile: p.SourceFile,
			PageStart: p.PageStart, PageEnd: p.PageEnd, Section: p.Section, Score: p.Score,
			Matches: slices.ContainsFunc(q.Evidence, func(e Evidence) bool { return Matches(p, e) }),
		}
	}
}

// ScoreAnswer fills the answer verdicts of r from an ask response.
func (r *Result) ScoreAnswer(q Question, resp *answer.Response) {
	r.Abstained = resp.Abstained
	r.Reason = resp.Reason
	r.Answer = resp.Answer
	r.AskModel = resp.Model
	if !math.IsNaN(resp.Confidence) && !math.IsInf(resp.Confidence, 0) {
		r.Confidence = ptr(resp.Confidence)
	}
	if resp.Citations != nil {
		r.Citations = resp.Citations
	}
	r.Critical = CriticalOf(q, resp)
	if q.Answerable {
		f1 := 0.0
		if !resp.Abstained {
			f1 = TokenF1(AnswerText(resp), q.ReferenceAnswer)
			r.EvidenceCited = ptr(CitesEvidence(resp, q.Evidence))
		}
		r.F1 = &f1
		r.EvidenceInPassages = ptr(PassagesHoldEvidence(resp, q.Evidence))
	}
	if resp.Abstained {
		return
	}
	valid := CitationsValid(resp)
	r.CitationsValid = &valid
	r.Sentences = make([]SentenceVerdict, len(resp.Sentences))
	supported := 0
	for i, s := range resp.Sentences {
		ok := SentenceSupported(s, resp, q.Evidence)
		r.Sentences[i] = SentenceVerdict{Text: s.Text, Citations: s.Citations, Supported: ok}
		if ok {
			supported++
		}
	}
	if len(resp.Sentences) > 0 {
		share := float64(supported) / float64(len(resp.Sentences))
		r.Support = &share
	}
}

// ScoreAskError records a failed ask: it scores as the worst outcome
// (F1 0 for an answerable question, not an abstention for an unanswerable one).
func (r *Result) ScoreAskError(q Question, err error) {
	r.AskError = err.Error()
	if q.Answerable {
		zero := 0.0
		r.F1 = &zero
	}
}

// Summary holds the metrics of one configuration; README.md defines each.
// A rate whose denominator is zero is null.
type Summary struct {
	// CriticalErrors counts the results with a Critical error; first, as
	// every report lists them first.
	CriticalErrors   int      `json:"critical_errors"`
	Questions        int      `json:"questions"`
	Answerable       int      `json:"answerable"`
	HitAt1           *float64 `json:"hit_at_1"`
	HitAt5           *float64 `json:"hit_at_5"`
	MRR              *float64 `json:"mrr"`
	CitationValidity *float64 `json:"citation_validity"`
	CitationSupport  *float64 `json:"citation_support"`
	AnswerF1         *float64 `json:"answer_f1"`
	AbstainPrecision *float64 `json:"abstain_precision"`
	AbstainRecall    *float64 `json:"abstain_recall"`
	FalseAnswerRate  *float64 `json:"false_answer_rate"`
	// AnsweredWithEvidence is the share of answerable questions answered
	// with a cited passage that holds the evidence.
	AnsweredWithEvidence *float64 `json:"answered_with_evidence"`
	// FalseRefusalRate is the share of answerable questions refused.
	FalseRefusalRate *float64 `json:"false_refusal_rate"`
	// AURC is the area under the risk–coverage curve (lower is better).
	AURC *float64 `json:"aurc"`
	// TableSubjectAt5 is the share of answerable table questions with a
	// subject whose top 5 holds a passage with both a quote and the subject.
	TableSubjectAt5 *float64 `json:"table_subject_at_5"`
	LatencyP50MS    *float64 `json:"latency_p50_ms"`
	LatencyP95MS    *float64 `json:"latency_p95_ms"`
	// Faithfulness is the mean LLM-judged score; present only with a Judge.
	Faithfulness *float64 `json:"faithfulness,omitempty"`
	// ByTag holds the answer metrics per question tag; absent when no
	// question has a tag.
	ByTag map[string]TagSummary `json:"by_tag,omitempty"`
	// RiskCoverage is the curve AURC is the area of; absent without questions.
	RiskCoverage *RiskCoverage `json:"risk_coverage,omitempty"`
}

// counts accumulates numerators and denominators.
type counts struct {
	answerable, hit1, hit5           int
	tables, tableHits                int
	rr                               float64
	answered, valid                  int
	sentences, supported             int
	f1                               float64
	unanswerable, abstained, truePos int
	falseAnswers                     int
	withEvidence, refusedAnswerable  int
	critical                         int
	latencies                        []float64
	judged                           int
	faith                            float64
}

// Summarize computes the metrics of one configuration's results.
func Summarize(results []Result) Summary {
	var c counts
	for _, r := range results {
		c.add(r)
	}
	s := Summary{CriticalErrors: c.critical, Questions: len(results), Answerable: c.answerable}
	s.HitAt1 = ratio(float64(c.hit1), c.answerable)
	s.HitAt5 = ratio(float64(c.hit5), c.answerable)
	s.MRR = ratio(c.rr, c.answerable)
	s.AnswerF1 = ratio(c.f1, c.answerable)
	s.CitationValidity = ratio(float64(c.valid), c.answered)
	s.CitationSupport = ratio(float64(c.supported), c.sentences)
	s.AbstainPrecision = ratio(float64(c.truePos), c.abstained)
	s.AbstainRecall = ratio(float64(c.truePos), c.unanswerable)
	s.FalseAnswerRate = ratio(float64(c.falseAnswers), c.unanswerable)
	s.AnsweredWithEvidence = ratio(float64(c.withEvidence), c.answerable)
	s.FalseRefusalRate = ratio(float64(c.refusedAnswerable), c.answerable)
	s.TableSubjectAt5 = ratio(float64(c.tableHits), c.tables)
	s.Faithfulness = ratio(c.faith, c.judged)
	if len(c.latencies) > 0 {
		slices.Sort(c.latencies)
		s.LatencyP50MS = ptr(round(percentile(c.latencies, 0.50), 1))
		s.LatencyP95MS = ptr(round(percentile(c.latencies, 0.95), 1))
	}
	s.RiskCoverage, s.AURC = riskCoverage(results)
	s.ByTag = summarizeTags(results)
	return s
}

func (c *counts) add(r Result) {
	if r.Answerable {
		c.answerable++
		if r.HitRank == 1 {
			c.hit1++
		}
		if r.HitRank >= 1 && r.HitRank <= 5 {
			c.hit5++
		}
		if r.HitRank > 0 {
			c.rr += 1 / float64(r.HitRank)
		}
		if r.F1 != nil {
			c.f1 += *r.F1
		}
		if r.Answered() && r.EvidenceCited != nil && *r.EvidenceCited {
			c.withEvidence++
		}
		if r.AskError == "" && r.Abstained {
			c.refusedAnswerable++
		}
		if r.SubjectRank != nil {
			c.tables++
			if *r.SubjectRank >= 1 && *r.SubjectRank <= 5 {
				c.tableHits++
			}
		}
	} else {
		c.unanswerable++
		if !r.Abstained || r.AskError != "" {
			c.falseAnswers++
		}
	}
	if r.AskError == "" {
		c.latencies = append(c.latencies, r.LatencyMS)
		if r.Abstained {
			c.abstained++
			if !r.Answerable {
				c.truePos++
			}
		}
	}
	if r.Answered() {
		c.answered++
		if r.CitationsValid != nil && *r.CitationsValid {
			c.valid++
		}
		for _, s := range r.Sentences {
			c.sentences++
			if s.Supported {
				c.supported++
			}
		}
	}
	if r.Critical != nil {
		c.critical++
	}
	if r.Faithfulness != nil {
		c.judged++
		c.faith += *r.Faithfulness
	}
}

func ratio(num float64, den int) *float64 {
	if den == 0 {
		return nil
	}
	return ptr(round(num/float64(den), 4))
}

func round(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(v*p) / p
}

func ptr[T any](v T) *T { return &v }
