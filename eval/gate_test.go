package eval

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
)

func TestThresholdsCheck(t *testing.T) {
	th := Thresholds{
		Min: map[string]float64{"hit_at_5": 0.8, "mrr": 0.5, "citation_validity": 1},
		Max: map[string]float64{"false_answer_rate": 0.2, "latency_p95_ms": 100},
	}
	s := Summary{HitAt5: f(0.8), MRR: f(0.49), CitationValidity: nil, FalseAnswerRate: f(0.25), LatencyP95MS: f(99)}
	var got []string
	for _, v := range th.Check("hybrid", s) {
		got = append(got, v.String())
	}
	want := []string{
		"hybrid: mrr = 0.4900, vereist ≥ 0.5000",
		"hybrid: citation_validity = niet gemeten (null), vereist ≥ 1.0000",
		"hybrid: false_answer_rate = 0.2500, vereist ≤ 0.2000",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("violations (-want +got):\n%s", diff)
	}
}

func TestGate(t *testing.T) {
	rep := &Report{Runs: []Run{{Config: Config{Name: "hybrid"}, Summary: Summary{HitAt5: f(0.5)}}}}
	err := Gate(rep, Thresholds{Min: map[string]float64{"hit_at_5": 0.6}})
	var g *GateError
	if !errors.As(err, &g) || len(g.Violations) != 1 || !IsGateFailure(err) {
		t.Fatalf("err = %v, want one violation", err)
	}
	if err := Gate(rep, Thresholds{Min: map[string]float64{"hit_at_5": 0.5}}); err != nil {
		t.Errorf("at threshold: err = %v, want nil", err)
	}
	if err := Gate(&Report{}, Thresholds{}); bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
		t.Errorf("empty report: err = %v, want EINVALID", err)
	}
}

func TestLoadThresholds(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  bool
	}{
		{"valid", `{"min":{"hit_at_5":0.5},"max":{"false_answer_rate":0.3}}`, false},
		{"critical errors", `{"max":{"critical_errors":0}}`, false},
		{"unknown metric", `{"min":{"recall":0.5}}`, true},
		{"unknown key", `{"minimum":{"mrr":0.5}}`, true},
		{"not json", `min: 1`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadThresholds(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Errorf("err = %v, wantErr %v", err, tt.wantErr)
			}
		})
	}
}

// TestThresholdsFile proves the committed gate file parses.
func TestThresholdsFile(t *testing.T) {
	f, err := os.Open("thresholds.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	th, err := LoadThresholds(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(th.Min) == 0 || len(th.Max) == 0 {
		t.Errorf("thresholds = %+v, want min and max bounds", th)
	}
	if _, ok := th.Max["critical_errors"]; !ok {
		t.Errorf("thresholds = %+v, want a max on critical_errors", th)
	}
}

// TestGateCriticalErrors proves one critical error fails a gate that allows
// none, from the scored answer to the gate's error.
func TestGateCriticalErrors(t *testing.T) {
	var bad Result
	bad.ScoreAnswer(Question{ID: "u1", Answerable: false}, &answer.Response{Answer: "Het kost 5 euro [1].",
		Sentences: []answer.Sentence{{Text: "Het kost 5 euro [1].", Citations: []int{1}}},
		Citations: []answer.Citation{cite(1, pA)}, Passages: []bronwijzer.Passage{pA}})
	var good Result
	good.ScoreAnswer(Question{ID: "u2", Answerable: false}, &answer.Response{Abstained: true, Reason: "Geen bron."})
	zero := Thresholds{Max: map[string]float64{"critical_errors": 0}}
	run := func(rs ...Result) *Report {
		return &Report{Runs: []Run{{Config: Config{Name: "hybrid"}, Results: rs, Summary: Summarize(rs)}}}
	}
	err := Gate(run(good, bad), zero)
	var g *GateError
	if !errors.As(err, &g) || len(g.Violations) != 1 || g.Violations[0].Metric != "critical_errors" {
		t.Fatalf("one critical error, max 0: err = %v, want a critical_errors violation", err)
	}
	if want := "hybrid: critical_errors = 1, vereist ≤ 0"; g.Violations[0].String() != want {
		t.Errorf("violation = %q, want %q", g.Violations[0].String(), want)
	}
	if err := Gate(run(good), zero); err != nil {
		t.Errorf("no critical error, max 0: err = %v", err)
	}
	if err := Gate(run(good, bad), Thresholds{Max: map[string]float64{"critical_errors": 1}}); err != nil {
		t.Errorf("one critical error, max 1: err = %v", err)
	}
}
