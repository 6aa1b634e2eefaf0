package eval

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// fakeBackend answers from fixed tables and records the options it got.
type fakeBackend struct {
	search map[string][]bronwijzer.Passage
	ask    map[string]*answer.Response
	opts   []retrieval.SearchOptions
	asks   []answer.Request
}

func (f *fakeBackend) Search(_ context.Context, q string, opts retrieval.SearchOptions) ([]bronwijzer.Passage, error) {
	f.opts = append(f.opts, opts)
	ps, ok := f.search[q]
	if !ok {
		return nil, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "zoeken mislukt")
	}
	return ps, nil
}

func (f *fakeBackend) Ask(_ context.Context, req answer.Request) (*answer.Response, error) {
	f.asks = append(f.asks, req)
	r, ok := f.ask[req.Question]
	if !ok {
		return nil, errors.New("ask failed")
	}
	return r, nil
}

// fakeProvider hands out one fake backend per mode.
type fakeProvider map[retrieval.Mode]*fakeBackend

func (p fakeProvider) For(m retrieval.Mode) (Backend, error) {
	b, ok := p[m]
	if !ok {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "geen backend voor %s", m)
	}
	return b, nil
}

// stepClock advances 5 ms per call, so latencies are deterministic.
func stepClock() func() time.Time {
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(5 * time.Millisecond); return t }
}

var testQuestions = []Question{
	{ID: "k1", Question: "Hoeveel praktijken gebruiken AI?", Answerable: true, ReferenceAnswer: "Eén op de vijf praktijken.",
		Evidence: []Evidence{{Document: "a.pdf", Quote: "Eén op de vijf praktijken"}}, Tags: []string{"nivel"}},
	{ID: "k2", Question: "Wat is populair?", Answerable: true, ReferenceAnswer: "Spraakgestuurde rapportage (14%).",
		Evidence: []Evidence{{Document: "b", Quote: "Spraakgestuurde rapportage (14%)"}}},
	{ID: "u1", Question: "Wat kost het?", Answerable: false},
}

func newFakeBackend() *fakeBackend {
	return &fakeBackend{
		search: map[string][]bronwijzer.Passage{
			testQuestions[0].Question: {pB, pA},
			testQuestions[1].Question: {pC},
			testQuestions[2].Question: {pA},
		},
		ask: map[string]*answer.Response{
			testQuestions[0].Question: {
				Answer:    "Eén op de vijf praktijken maakte in 2024 al gebruik van AI-toepassingen [1].",
				Sentences: []answer.Sentence{{Text: "Eén op de vijf praktijken maakte in 2024 al gebruik van AI-toepassingen [1].", Citations: []int{1}}},
				Citations: []answer.Citation{cite(1, pA)}, Passages: []bronwijzer.Passage{pA, pB}, Confidence: 0.9},
			testQuestions[1].Question: {Abstained: true, Reason: "Geen bron gevonden.", Confidence: 0.2},
			testQuestions[2].Question: {
				Answer:    "Het kost 5 euro [1].",
				Sentences: []answer.Sentence{{Text: "Het kost 5 euro [1].", Citations: []int{1}}},
				Citations: []answer.Citation{cite(1, pC)}, Passages: []bronwijzer.Passage{pA}, Confidence: 0.6},
		},
	}
}

func TestRunnerRun(t *testing.T) {
	b := newFakeBackend()
	r := Runner{K: 3, Now: stepClock()}
	run, err := r.Run(context.Background(), Config{Name: "lexical", Mode: retrieval.Lexical}, b, testQuestions)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range b.opts {
		if o.K != 5 || o.Mode != retrieval.Lexical {
			t.Errorf("search opts = %+v, want K 5 (max(k,5)) and mode lexical", o)
		}
	}
	for _, a := range b.asks {
		if a.K != 3 {
			t.Errorf("ask K = %d, want 3", a.K)
		}
	}
	gotRanks := []int{run.Results[0].HitRank, run.Results[1].HitRank, run.Results[2].HitRank}
	if diff := cmp.Diff([]int{2, 0, 0}, gotRanks); diff != "" {
		t.Errorf("hit ranks (-want +got):\n%s", diff)
	}
	// k1: F1 of answer vs reference: answer 13 tokens, reference 5, common 5:
	// P=5/13, R=1, F1=10/18=0.5556. k2 abstained: 0. Mean 0.2778.
	want := Summary{Questions: 3, Answerable: 2,
		HitAt1: f(0), HitAt5: f(0.5), MRR: f(0.25),
		CitationValidity: f(0.5), // k1 valid; u1 cites a passage not retrieved
		CitationSupport:  f(0.5), // k1 sentence matches evidence; u1 sentence unsupported
		AnswerF1:         f(0.2778),
		AbstainPrecision: f(0), AbstainRecall: f(0), FalseAnswerRate: f(1),
		LatencyP50MS: f(5), LatencyP95MS: f(5),
		// u1 answers an unanswerable question.
		CriticalErrors: 1,
		// k1 cites pA, which holds its evidence; k2 refused.
		AnsweredWithEvidence: f(0.5), FalseRefusalRate: f(0.5),
		// By confidence: k1 0.9 right, u1 0.6 wrong, k2 0.2 refused with no
		// passage holding its evidence, so wrong: (0/1 + 1/2 + 2/3)/3 = 7/18.
		AURC: f(0.3889),
		RiskCoverage: &RiskCoverage{
			Points: []CurvePoint{
				{Confidence: f(0.9), Covered: 1, Wrong: 0, Coverage: 0.3333, Risk: 0},
				{Confidence: f(0.6), Covered: 2, Wrong: 1, Coverage: 0.6667, Risk: 0.5},
				{Confidence: f(0.2), Covered: 3, Wrong: 2, Coverage: 1, Risk: 0.6667},
			},
			Operating: OperatingPoint{Answered: 2, Wrong: 1, Coverage: 0.6667, Risk: f(0.5)},
		},
		ByTag: map[string]TagSummary{"nivel": {Questions: 1, Answerable: 1, HitAt5: f(1), AnsweredWithEvidence: f(1), FalseRefusalRate: f(0)}},
	}
	if diff := cmp.Diff(want, run.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}

func TestRunnerRecordsFailures(t *testing.T) {
	b := &fakeBackend{}
	run, err := Runner{Now: stepClock()}.Run(context.Background(), Config{Name: "hybrid", Mode: retrieval.Hybrid}, b, testQuestions[:1])
	if err != nil {
		t.Fatal(err)
	}
	r := run.Results[0]
	if r.SearchError == "" || r.AskError == "" || r.F1 == nil || *r.F1 != 0 {
		t.Errorf("result = %+v, want search and ask errors and F1 0", r)
	}
}

func TestRunnerStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Runner{}.Run(ctx, Config{Name: "hybrid"}, newFakeBackend(), testQuestions)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

type fixedJudge float64

func (j fixedJudge) Faithfulness(context.Context, string, *answer.Response) (float64, error) {
	return float64(j), nil
}

func TestRunnerJudge(t *testing.T) {
	run, err := Runner{Judge: fixedJudge(0.75), Now: stepClock()}.Run(context.Background(), Config{Name: "hybrid"}, newFakeBackend(), testQuestions)
	if err != nil {
		t.Fatal(err)
	}
	// Two answered questions judged 0.75; the abstention is not judged.
	if got := run.Summary.Faithfulness; got == nil || *got != 0.75 {
		t.Errorf("faithfulness = %v, want 0.75", got)
	}
	if run.Results[1].Faithfulness != nil {
		t.Errorf("abstention was judged")
	}
}

func TestEvaluateCompare(t *testing.T) {
	p := fakeProvider{retrieval.Hybrid: newFakeBackend(), retrieval.Dense: newFakeBackend()}
	cfgs, err := ParseConfigs("dense,hybrid")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Runner{Now: stepClock()}.Evaluate(context.Background(), p, cfgs, testQuestions)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Runs) != 2 || rep.Runs[0].Config.Name != "dense" || rep.Runs[1].Config.Name != "hybrid" {
		t.Fatalf("runs = %+v, want dense then hybrid", rep.Runs)
	}
	if p[retrieval.Dense].opts[0].Mode != retrieval.Dense {
		t.Errorf("dense backend searched with %q", p[retrieval.Dense].opts[0].Mode)
	}
	if _, err := (Runner{}).Evaluate(context.Background(), p, []Config{{Name: "lexical", Mode: retrieval.Lexical}}, testQuestions); err == nil {
		t.Error("Evaluate with a missing backend: err = nil")
	}
}

func TestParseConfigs(t *testing.T) {
	tests := []struct {
		in      string
		want    []retrieval.Mode
		wantErr bool
	}{
		{"all", []retrieval.Mode{"hybrid", "lexical", "dense"}, false},
		{" Lexical , dense", []retrieval.Mode{"lexical", "dense"}, false},
		{"lexical,bm25", nil, true},
		{"dense,dense", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			cfgs, err := ParseConfigs(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			var got []retrieval.Mode
			for _, c := range cfgs {
				got = append(got, c.Mode)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("modes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLocalFor(t *testing.T) {
	b := newFakeBackend()
	l := Local{Searcher: b, AskerFor: func(m retrieval.Mode) (Asker, error) {
		if m == retrieval.Dense {
			return nil, errors.New("no dense embedder")
		}
		return b, nil
	}}
	if _, err := l.For(retrieval.Lexical); err != nil {
		t.Errorf("For(lexical): %v", err)
	}
	if _, err := l.For(retrieval.Dense); err == nil {
		t.Error("For(dense): err = nil, want the asker error")
	}
}
