package eval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer/answer"
)

// answered, refused and failed build synthetic results for the curve.
func answeredResult(conf float64, right bool) Result {
	return Result{Answerable: true, Confidence: f(conf), EvidenceCited: &right, EvidenceInPassages: &right}
}

func refusedResult(conf float64, evidenceRetrieved bool) Result {
	return Result{Answerable: true, Abstained: true, Confidence: f(conf), EvidenceInPassages: &evidenceRetrieved}
}

func TestRiskCoverage(t *testing.T) {
	tests := []struct {
		name      string
		results   []Result
		points    []CurvePoint
		operating OperatingPoint
		aurc      float64
	}{
		{
			name: "distinct confidences",
			results: []Result{answeredResult(0.2, false), answeredResult(0.9, true),
				{Answerable: false, Confidence: f(0.5)}, refusedResult(0.1, true)},
			points: []CurvePoint{
				{Confidence: f(0.9), Covered: 1, Wrong: 0, Coverage: 0.25, Risk: 0},
				{Confidence: f(0.5), Covered: 2, Wrong: 1, Coverage: 0.5, Risk: 0.5},
				{Confidence: f(0.2), Covered: 3, Wrong: 2, Coverage: 0.75, Risk: 0.6667},
				{Confidence: f(0.1), Covered: 4, Wrong: 2, Coverage: 1, Risk: 0.5},
			},
			operating: OperatingPoint{Answered: 3, Wrong: 2, Coverage: 0.75, Risk: f(0.6667)},
			aurc:      (0 + 0.5 + 2.0/3 + 0.5) / 4,
		},
		{
			// A threshold cannot split a tie: one point, and the area is the
			// error rate whatever order the tie is listed in.
			name:      "all tied, as with an answerer that reports 0",
			results:   []Result{answeredResult(0, true), answeredResult(0, false), refusedResult(0, false), answeredResult(0, true)},
			points:    []CurvePoint{{Confidence: f(0), Covered: 4, Wrong: 2, Coverage: 1, Risk: 0.5}},
			operating: OperatingPoint{Answered: 3, Wrong: 1, Coverage: 0.75, Risk: f(0.3333)},
			aurc:      0.5,
		},
		{
			name:    "all refused: the curve counts what the passages held",
			results: []Result{refusedResult(0.8, true), refusedResult(0.4, false)},
			points: []CurvePoint{
				{Confidence: f(0.8), Covered: 1, Wrong: 0, Coverage: 0.5, Risk: 0},
				{Confidence: f(0.4), Covered: 2, Wrong: 1, Coverage: 1, Risk: 0.5},
			},
			operating: OperatingPoint{Answered: 0, Wrong: 0, Coverage: 0, Risk: nil},
			aurc:      (0 + 0.5) / 2,
		},
		{
			name:    "all answered: the operating point is the last point",
			results: []Result{answeredResult(0.3, false), answeredResult(0.7, true)},
			points: []CurvePoint{
				{Confidence: f(0.7), Covered: 1, Wrong: 0, Coverage: 0.5, Risk: 0},
				{Confidence: f(0.3), Covered: 2, Wrong: 1, Coverage: 1, Risk: 0.5},
			},
			operating: OperatingPoint{Answered: 2, Wrong: 1, Coverage: 1, Risk: f(0.5)},
			aurc:      0.25,
		},
		{
			name:    "failed asks rank last without confidence and count as wrong",
			results: []Result{{Answerable: true, AskError: "timeout"}, answeredResult(0.1, true)},
			points: []CurvePoint{
				{Confidence: f(0.1), Covered: 1, Wrong: 0, Coverage: 0.5, Risk: 0},
				{Confidence: nil, Covered: 2, Wrong: 1, Coverage: 1, Risk: 0.5},
			},
			operating: OperatingPoint{Answered: 1, Wrong: 0, Coverage: 0.5, Risk: f(0)},
			aurc:      0.25,
		},
		{
			name: "confidence outside 0..1 only orders",
			results: []Result{answeredResult(-3, false), answeredResult(12, true),
				{Answerable: false, Abstained: true, Confidence: f(4)}},
			points: []CurvePoint{
				{Confidence: f(12), Covered: 1, Wrong: 0, Coverage: 0.3333, Risk: 0},
				{Confidence: f(4), Covered: 2, Wrong: 1, Coverage: 0.6667, Risk: 0.5},
				{Confidence: f(-3), Covered: 3, Wrong: 2, Coverage: 1, Risk: 0.6667},
			},
			operating: OperatingPoint{Answered: 2, Wrong: 1, Coverage: 0.6667, Risk: f(0.5)},
			aurc:      (0 + 0.5 + 2.0/3) / 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rc, aurc := riskCoverage(tt.results)
			want := &RiskCoverage{Points: tt.points, Operating: tt.operating}
			if diff := cmp.Diff(want, rc); diff != "" {
				t.Errorf("curve (-want +got):\n%s", diff)
			}
			if aurc == nil || math.Abs(*aurc-tt.aurc) > 5e-5 {
				t.Errorf("AURC = %v, want %.4f", aurc, tt.aurc)
			}
		})
	}
}

func TestRiskCoverageEmpty(t *testing.T) {
	if rc, aurc := riskCoverage(nil); rc != nil || aurc != nil {
		t.Errorf("riskCoverage(nil) = %+v, %v; want nil, nil", rc, aurc)
	}
}

// TestAURCRewardsRanking proves the area falls when confidence puts the
// right answers first, and that the order of tied results does not matter.
func TestAURCRewardsRanking(t *testing.T) {
	good := []Result{answeredResult(0.9, true), answeredResult(0.8, true), answeredResult(0.2, false), answeredResult(0.1, false)}
	bad := []Result{answeredResult(0.1, true), answeredResult(0.2, true), answeredResult(0.8, false), answeredResult(0.9, false)}
	_, g := riskCoverage(good)
	_, b := riskCoverage(bad)
	if *g >= *b {
		t.Errorf("AURC good ranking %v ≥ bad ranking %v", *g, *b)
	}
	tieA := []Result{answeredResult(0.5, true), answeredResult(0.5, false), answeredResult(0.5, false)}
	tieB := []Result{answeredResult(0.5, false), answeredResult(0.5, false), answeredResult(0.5, true)}
	_, a := riskCoverage(tieA)
	_, c := riskCoverage(tieB)
	if *a != *c || *a != 0.6667 {
		t.Errorf("AURC of one tie = %v and %v, want 0.6667 in either order", *a, *c)
	}
}

func TestScoreAnswerNonFiniteConfidence(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		var r Result
		r.ScoreAnswer(Question{Answerable: false}, &answer.Response{Abstained: true, Confidence: v})
		if r.Confidence != nil {
			t.Errorf("confidence %v recorded as %v, want null (JSON cannot hold it)", v, *r.Confidence)
		}
	}
}

func TestCompactPoints(t *testing.T) {
	var ps []CurvePoint
	for i := 1; i <= 37; i++ {
		ps = append(ps, CurvePoint{Covered: i, Coverage: round(float64(i)/37, 4)})
	}
	got := compactPoints(ps)
	if len(got) > 11 || got[len(got)-1].Covered != 37 {
		t.Fatalf("compactPoints = %+v, want at most 11 ending at the last point", got)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Covered <= got[i-1].Covered {
			t.Errorf("points not increasing: %+v", got)
		}
	}
	// Each decile is reached by the first point at or above it: 4/37 ≥ 0.1.
	if got[0].Covered != 4 {
		t.Errorf("first point covers %d, want 4", got[0].Covered)
	}
	short := ps[:5]
	if diff := cmp.Diff(short, compactPoints(short)); diff != "" {
		t.Errorf("few points are kept as they are (-want +got):\n%s", diff)
	}
}
