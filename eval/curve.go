package eval

import (
	"cmp"
	"slices"
)

// RiskCoverage is the risk–coverage curve of one configuration: what share
// of questions would be answered, and what share of those would be wrong,
// if answers were given only above a confidence threshold. README.md
// defines it; AURC (in Summary) is the area under it.
type RiskCoverage struct {
	// Points has one point per distinct confidence, highest first: the
	// threshold placed just at that confidence.
	Points []CurvePoint `json:"points"`
	// Operating is the coverage and risk of the answers actually given.
	Operating OperatingPoint `json:"operating_point"`
}

// CurvePoint is the curve with the threshold at Confidence: every question
// whose confidence is at least Confidence counts as answered.
type CurvePoint struct {
	// Confidence is the threshold; null for the last point when some asks
	// failed (they have no confidence and rank below every other question).
	Confidence *float64 `json:"confidence"`
	Covered    int      `json:"covered"`
	Wrong      int      `json:"wrong"`
	Coverage   float64  `json:"coverage"`
	Risk       float64  `json:"risk"`
}

// OperatingPoint is where the answerer actually stands.
type OperatingPoint struct {
	Answered int     `json:"answered"`
	Wrong    int     `json:"wrong"`
	Coverage float64 `json:"coverage"`
	// Risk is null when nothing was answered.
	Risk *float64 `json:"risk"`
}

// wrongIfAnswered reports whether r would be a wrong answer were it given:
// every answer to an unanswerable question is; an answer to an answerable
// one is when no passage it cites holds the evidence. A refusal cannot say
// what it would have answered, so it counts by the passages the answerer
// retrieved: right only when one of them holds the evidence (the best an
// answer could have cited). A failed ask is wrong.
func (r Result) wrongIfAnswered() bool {
	switch {
	case r.AskError != "" || !r.Answerable:
		return true
	case r.Abstained:
		return r.EvidenceInPassages == nil || !*r.EvidenceInPassages
	default:
		return r.EvidenceCited == nil || !*r.EvidenceCited
	}
}

// curveGroup is the questions that share one confidence.
type curveGroup struct {
	conf     *float64
	n, wrong int
}

// groupsByConfidence orders results by confidence, highest first, and
// merges ties: a threshold cannot separate equal confidences. Failed asks
// (no confidence) form the last group.
func groupsByConfidence(results []Result) []curveGroup {
	rs := slices.Clone(results)
	slices.SortStableFunc(rs, func(a, b Result) int {
		switch {
		case a.Confidence == nil || b.Confidence == nil:
			return boolOrder(a.Confidence == nil, b.Confidence == nil)
		default:
			return cmp.Compare(*b.Confidence, *a.Confidence)
		}
	})
	var gs []curveGroup
	for _, r := range rs {
		if n := len(gs); n == 0 || !sameConfidence(gs[n-1].conf, r.Confidence) {
			gs = append(gs, curveGroup{conf: r.Confidence})
		}
		g := &gs[len(gs)-1]
		g.n++
		if r.wrongIfAnswered() {
			g.wrong++
		}
	}
	return gs
}

// boolOrder sorts false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	default:
		return -1
	}
}

func sameConfidence(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// riskCoverage computes the curve and its area; both are empty (AURC nil)
// without questions.
func riskCoverage(results []Result) (*RiskCoverage, *float64) {
	if len(results) == 0 {
		return nil, nil
	}
	total := float64(len(results))
	rc := &RiskCoverage{Points: []CurvePoint{}}
	covered, wrong := 0, 0
	area := 0.0
	for _, g := range groupsByConfidence(results) {
		// Within a tie the order is arbitrary: each of its questions
		// contributes the expected risk, the group's wrong answers spread
		// evenly over it.
		for k := 1; k <= g.n; k++ {
			area += (float64(wrong) + float64(k*g.wrong)/float64(g.n)) / float64(covered+k)
		}
		covered, wrong = covered+g.n, wrong+g.wrong
		rc.Points = append(rc.Points, CurvePoint{Confidence: g.conf, Covered: covered, Wrong: wrong,
			Coverage: round(float64(covered)/total, 4), Risk: round(float64(wrong)/float64(covered), 4)})
	}
	for _, r := range results {
		if r.Answered() {
			rc.Operating.Answered++
			if r.wrongIfAnswered() {
				rc.Operating.Wrong++
			}
		}
	}
	rc.Operating.Coverage = round(float64(rc.Operating.Answered)/total, 4)
	rc.Operating.Risk = ratio(float64(rc.Operating.Wrong), rc.Operating.Answered)
	return rc, ptr(round(area/total, 4))
}

// compactPoints picks about ten points of the curve for a table: for each
// coverage decile the first point reaching it, and always the last point.
func compactPoints(ps []CurvePoint) []CurvePoint {
	if len(ps) <= 10 {
		return ps
	}
	var out []CurvePoint
	i := 0
	for d := 1; d <= 10; d++ {
		for i < len(ps)-1 && ps[i].Coverage < float64(d)/10-1e-9 {
			i++
		}
		if len(out) == 0 || out[len(out)-1].Covered != ps[i].Covered {
			out = append(out, ps[i])
		}
	}
	if last := ps[len(ps)-1]; out[len(out)-1].Covered != last.Covered {
		out = append(out, last)
	}
	return out
}
