package eval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

var (
	pA = passage("a:1:0", "a", "a.pdf", "Eén op de vijf praktijken maakte in 2024 al gebruik van AI-toepassingen.")
	pB = passage("b:1:0", "b", "b.pdf", "Spraakgestuurde rapportage (14%) en triage (10%) zijn het populairst.")
	pC = passage("a:1:1", "a", "a.pdf", "Ruim de helft van de praktijken (52%) wil spraakgestuurde rapportage.")
	// pColumn is a dose table read column by column: the dose without its
	// drug; pRow is the same dose in its row.
	pColumn = passage("g:3:0", "g", "g.md", "Kinderen ≥ 6 maanden: 12 mg/kg/dag in 2 giften; 8 mg/kg 3 dd")
	pRow    = passage("g:3:1", "g", "g.md", "Tabel 2 Dosering — Middel: Tarvomycine tablet · Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften")

	tableQuestion = Question{ID: "t1", Question: "Hoeveel tarvomycine voor een kind?", Answerable: true,
		ReferenceAnswer: "12 mg/kg/dag in 2 giften.", Evidence: []Evidence{{Document: "g", Quote: "12 mg/kg/dag in 2 giften"}},
		Tags: []string{"tabel"}, Subject: "tarvomycine"}
)

func TestSubjectRank(t *testing.T) {
	ev := tableQuestion.Evidence
	other := passage("h:1:0", "h", "h.md", "Tarvomycine: 12 mg/kg/dag in 2 giften")
	tests := []struct {
		name     string
		passages []bronwijzer.Passage
		subject  string
		want     int
	}{
		{"dose without its drug", []bronwijzer.Passage{pColumn}, "tarvomycine", 0},
		{"row names the drug", []bronwijzer.Passage{pColumn, pRow}, "tarvomycine", 2},
		{"subject folded", []bronwijzer.Passage{pRow}, "TARVOMYCINE", 1},
		{"other document", []bronwijzer.Passage{other}, "tarvomycine", 0},
		{"quote must stand whole", []bronwijzer.Passage{passage("g:3:2", "g", "g.md", "tarvomycine 12 mg/kg/dag in giften")}, "tarvomycine", 0},
		{"no subject", []bronwijzer.Passage{pRow}, " ", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SubjectRank(tt.passages, tt.subject, ev); got != tt.want {
				t.Errorf("SubjectRank = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestHitRank(t *testing.T) {
	ev := []Evidence{{Document: "a.pdf", Quote: "ruim de helft van de praktijken"}}
	tests := []struct {
		name     string
		passages []bronwijzer.Passage
		evidence []Evidence
		want     int
	}{
		{"third", []bronwijzer.Passage{pA, pB, pC}, ev, 3},
		{"first", []bronwijzer.Passage{pC, pA}, ev, 1},
		{"quote in wrong document", []bronwijzer.Passage{pA}, []Evidence{{Document: "b.pdf", Quote: "een op de vijf"}}, 0},
		{"any evidence item", []bronwijzer.Passage{pB, pA}, append([]Evidence{{Document: "a", Quote: "Eén op de vijf"}}, ev...), 2},
		{"no evidence", []bronwijzer.Passage{pA}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HitRank(tt.passages, tt.evidence); got != tt.want {
				t.Errorf("HitRank = %d, want %d", got, tt.want)
			}
		})
	}
}

func cite(n int, p bronwijzer.Passage) answer.Citation {
	return answer.Citation{N: n, PassageID: p.ID, DocumentID: p.DocumentID, SourceFile: p.SourceFile, PageStart: 1, PageEnd: 1}
}

func TestCitationsValid(t *testing.T) {
	base := func() *answer.Response {
		return &answer.Response{
			Sentences: []answer.Sentence{{Text: "x [1]", Citations: []int{1}}, {Text: "y [2]", Citations: []int{2}}},
			Citations: []answer.Citation{cite(1, pA), cite(2, pB)},
			Passages:  []bronwijzer.Passage{pA, pB},
		}
	}
	tests := []struct {
		name   string
		mutate func(r *answer.Response)
		want   bool
	}{
		{"valid", func(*answer.Response) {}, true},
		{"citation to passage not retrieved", func(r *answer.Response) { r.Passages = r.Passages[:1] }, false},
		{"sentence without citation", func(r *answer.Response) { r.Sentences[1].Citations = nil }, false},
		{"number without citation", func(r *answer.Response) { r.Sentences[1].Citations = []int{3} }, false},
		{"no citations at all", func(r *answer.Response) { r.Citations = nil; r.Sentences = r.Sentences[:0] }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base()
			tt.mutate(r)
			if got := CitationsValid(r); got != tt.want {
				t.Errorf("CitationsValid = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFactsIn(t *testing.T) {
	tests := []struct {
		name, sentence, text string
		want                 bool
	}{
		{"substring with marker", "Eén op de vijf praktijken maakte in 2024 al gebruik van AI [1].", pA.Text, true},
		// content tokens: ruim, helft, praktijken, wil, spraakgestuurde, rapportage = 6/6 present; number 52 present.
		{"paraphrase with numbers", "Spraakgestuurde rapportage wil ruim de helft (52%) van de praktijken.", pC.Text, true},
		{"wrong number", "Ruim de helft van de praktijken (55%) wil spraakgestuurde rapportage.", pC.Text, false},
		// content: helft, praktijken, wil, triage, chatbots = 2/5 present... 3/5 = 0.6 < 0.8.
		{"too few content tokens", "De helft van de praktijken wil triage en chatbots.", pC.Text, false},
		{"only stopwords", "Dat is het.", "dat was het", false},
		{"empty", "[1]", pA.Text, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FactsIn(tt.sentence, tt.text); got != tt.want {
				t.Errorf("FactsIn(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestSentenceSupported(t *testing.T) {
	resp := &answer.Response{
		Citations: []answer.Citation{cite(1, pA), cite(2, pB), {N: 3, PassageID: "gone:1:0"}},
		Passages:  []bronwijzer.Passage{pA, pB},
	}
	ev := []Evidence{{Document: "b.pdf", Quote: "triage (10%)"}}
	tests := []struct {
		name string
		s    answer.Sentence
		want bool
	}{
		{"cites evidence passage", answer.Sentence{Text: "Iets heel anders.", Citations: []int{2}}, true},
		{"facts in cited passage", answer.Sentence{Text: "In 2024 maakte eén op de vijf praktijken gebruik van AI-toepassingen.", Citations: []int{1}}, true},
		{"facts in uncited passage only", answer.Sentence{Text: "Eén op de vijf praktijken gebruikte AI.", Citations: []int{3}}, false},
		{"no citations", answer.Sentence{Text: "Eén op de vijf praktijken.", Citations: nil}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SentenceSupported(tt.s, resp, ev); got != tt.want {
				t.Errorf("SentenceSupported = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		name, got, want string
		f1              float64
	}{
		{"identical", "Ruim 700 praktijken", "ruim 700 praktijken.", 1},
		// got 4 tokens, want 3, common 2: P=0.5 R=2/3 F1=4/7.
		{"partial", "ruim 700 huisartsen deden", "ruim 700 praktijken", 4.0 / 7},
		// multiset: "de de" vs "de": common 1, P=0.5, R=1, F1=2/3.
		{"repeated token", "de de", "de", 2.0 / 3},
		{"disjoint", "ja", "nee", 0},
		{"empty answer", "", "nee", 0},
		{"both empty", "", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TokenF1(tt.got, tt.want); math.Abs(got-tt.f1) > 1e-9 {
				t.Errorf("TokenF1 = %v, want %v", got, tt.f1)
			}
		})
	}
}

func TestAnswerText(t *testing.T) {
	r := &answer.Response{Answer: "A [1]. B [2].", Sentences: []answer.Sentence{{Text: "A [1]."}, {Text: "B [2, 3]."}}}
	if got := Tokens(AnswerText(r)); !cmp.Equal(got, []string{"a", "b"}) {
		t.Errorf("AnswerText tokens = %v, want [a b]", got)
	}
	r.Sentences = nil
	if got := Tokens(AnswerText(r)); !cmp.Equal(got, []string{"a", "b"}) {
		t.Errorf("AnswerText from Answer tokens = %v, want [a b]", got)
	}
}

func f(v float64) *float64 { return &v }

// TestSummarize checks every summary metric on a hand-computed set of five
// results (three answerable, two unanswerable).
func TestSummarize(t *testing.T) {
	yes, no := true, false
	number := &Critical{Kind: CriticalNumber}
	results := []Result{
		// answerable, hit at 1, answered citing its evidence, valid, 2 sentences 1 supported, F1 1.
		{Answerable: true, HitRank: 1, CitationsValid: &yes, F1: f(1), LatencyMS: 10, Tags: []string{"a"},
			EvidenceCited: &yes, EvidenceInPassages: &yes, Confidence: f(0.9),
			Sentences: []SentenceVerdict{{Supported: true}, {Supported: false}}},
		// answerable, hit at 4, abstained (F1 0) with its evidence among the passages.
		{Answerable: true, HitRank: 4, Abstained: true, F1: f(0), LatencyMS: 30, Tags: []string{"b", "a", "b"},
			EvidenceInPassages: &yes, Confidence: f(0.3)},
		// answerable, no hit, answered a number without evidence, invalid citations, 1 supported sentence, F1 0.5.
		{Answerable: true, HitRank: 0, CitationsValid: &no, F1: f(0.5), LatencyMS: 20, Tags: []string{"b"},
			EvidenceCited: &no, EvidenceInPassages: &no, Confidence: f(0.9), Critical: number,
			Sentences: []SentenceVerdict{{Supported: true}}},
		// unanswerable, correctly abstained.
		{Answerable: false, Abstained: true, LatencyMS: 40, Tags: []string{"b"}, Confidence: f(0.1)},
		// unanswerable, answered (false answer), 1 unsupported sentence, valid citations.
		{Answerable: false, CitationsValid: &yes, LatencyMS: 50, Sentences: []SentenceVerdict{{Supported: false}},
			Confidence: f(0.95), Critical: &Critical{Kind: CriticalAnswered}},
	}
	want := Summary{
		CriticalErrors: 2,
		Questions:      5, Answerable: 3,
		HitAt1:               f(0.3333), // 1/3
		HitAt5:               f(0.6667), // 2/3
		MRR:                  f(0.4167), // (1 + 1/4 + 0)/3
		CitationValidity:     f(0.6667), // answered: r1, r3, r5; valid: r1, r5
		CitationSupport:      f(0.5),    // sentences 4, supported 2
		AnswerF1:             f(0.5),    // (1 + 0 + 0.5)/3
		AbstainPrecision:     f(0.5),    // abstained r2, r4; correct r4
		AbstainRecall:        f(0.5),    // unanswerable r4, r5; abstained r4
		FalseAnswerRate:      f(0.5),    // r5
		AnsweredWithEvidence: f(0.3333), // r1 of 3 answerable
		FalseRefusalRate:     f(0.3333), // r2 of 3 answerable
		// Order r5 (0.95, wrong) | r1, r3 tied (0.9, one wrong) | r2 (0.3,
		// right: evidence retrieved) | r4 (0.1, wrong). Risk at each k:
		// 1/1; in the tie (1+0.5)/2, (1+1)/3; 2/4; 3/5. Mean = 0.7033.
		AURC: f(0.7033),
		RiskCoverage: &RiskCoverage{
			Points: []CurvePoint{
				{Confidence: f(0.95), Covered: 1, Wrong: 1, Coverage: 0.2, Risk: 1},
				{Confidence: f(0.9), Covered: 3, Wrong: 2, Coverage: 0.6, Risk: 0.6667},
				{Confidence: f(0.3), Covered: 4, Wrong: 2, Coverage: 0.8, Risk: 0.5},
				{Confidence: f(0.1), Covered: 5, Wrong: 3, Coverage: 1, Risk: 0.6},
			},
			// answered r1, r3, r5; wrong r3, r5.
			Operating: OperatingPoint{Answered: 3, Wrong: 2, Coverage: 0.6, Risk: f(0.6667)},
		},
		ByTag: map[string]TagSummary{
			"a": {Questions: 2, Answerable: 2, HitAt5: f(1), AnsweredWithEvidence: f(0.5), FalseRefusalRate: f(0.5)},
			// r2 counts once although tagged "b" twice.
			"b": {CriticalErrors: 1, Questions: 3, Answerable: 2, HitAt5: f(0.5), AnsweredWithEvidence: f(0),
				FalseRefusalRate: f(0.5), FalseAnswerRate: f(0)},
		},
		LatencyP50MS: f(30), // nearest rank ceil(0.5*5)=3rd of 10,20,30,40,50
		LatencyP95MS: f(50), // ceil(0.95*5)=5th
	}
	if diff := cmp.Diff(want, Summarize(results)); diff != "" {
		t.Errorf("Summarize (-want +got):\n%s", diff)
	}
}

// failedCurve is the curve of one failed ask.
var failedCurve = &RiskCoverage{
	Points:    []CurvePoint{{Covered: 1, Wrong: 1, Coverage: 1, Risk: 1}},
	Operating: OperatingPoint{},
}

func TestSummarizeEdgeCases(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		if diff := cmp.Diff(Summary{}, Summarize(nil)); diff != "" {
			t.Errorf("Summarize(nil) (-want +got):\n%s", diff)
		}
	})
	t.Run("failed ask on unanswerable is a false answer, not an abstention", func(t *testing.T) {
		s := Summarize([]Result{{Answerable: false, AskError: "timeout", Abstained: false}})
		want := Summary{Questions: 1, AbstainRecall: f(0), FalseAnswerRate: f(1), AURC: f(1), RiskCoverage: failedCurve}
		if diff := cmp.Diff(want, s); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("failed ask on answerable scores F1 0 and no latency", func(t *testing.T) {
		var r Result
		q := Question{Answerable: true, ReferenceAnswer: "x"}
		r.Answerable = true
		r.ScoreAskError(q, bronwijzer.Errorf(bronwijzer.ETIMEOUT, "te laat"))
		// Not answered, and not a refusal either; no confidence, so the
		// curve's one point has none, and it counts as wrong.
		want := Summary{Questions: 1, Answerable: 1, HitAt1: f(0), HitAt5: f(0), MRR: f(0), AnswerF1: f(0),
			AnsweredWithEvidence: f(0), FalseRefusalRate: f(0), AURC: f(1), RiskCoverage: failedCurve}
		if diff := cmp.Diff(want, Summarize([]Result{r})); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}
