package answer

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/bronwijzer/bronwijzer"
)

// Candidate is one candidate answer as the service scores it, for fitting
// the model (bronwijzer fit-answers) and for inspection.
type Candidate struct {
	Text     string             `json:"text"`
	Form     string             `json:"form"` // sentence, pair, list or row
	Passage  bronwijzer.Passage `json:"passage"`
	Features []float64          `json:"features"`
	P        float64            `json:"p"` // ranking probability
	// Confidence is the answer model's probability for the candidate as
	// the answer (meaningful for the best one).
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule,omitempty"` // the hard rule it breaks
	// Defined: it is the document's description under the heading of the
	// term a definition question asks about; such a candidate comes first
	Defined bool `json:"defined,omitempty"`
}

// Candidates returns the candidate answers to a question, best first, with
// the features and probability the service gives them. The question goes
// the way of Ask: validated, redacted, searched.
func (s *Service) Candidates(ctx context.Context, req Request) ([]Candidate, error) {
	q, k, passages, err := s.retrieve(ctx, req)
	if err != nil {
		return nil, err
	}
	qa, err := s.analyse(ctx, q)
	if err != nil {
		return nil, err
	}
	if passages, err = s.sectionAsked(ctx, qa, k, passages); err != nil {
		return nil, err
	}
	ps := s.enforcer.prepare(passages)
	if err := s.placeInSources(ctx, &qa, ps); err != nil {
		return nil, err
	}
	cands, _ := s.scored(qa, ps)
	out := make([]Candidate, len(cands))
	for i, c := range cands {
		out[i] = Candidate{Text: c.text, Form: formNames[c.form], Passage: c.pass.p, Features: c.feats, P: c.p,
			Confidence: s.model.Confidence(c.feats), Rule: c.reject, Defined: c.defined}
	}
	return out, nil
}

// HasNumber reports whether text states a number or a dose: an answer
// that does, citing no passage that holds the evidence, is a critical
// error.
func HasNumber(text string) bool { return len(quantities(text)) > 0 }

// FitLogistic fits logistic-regression weights (intercept first) to
// feature vectors xs and labels ys by Newton's method (iteratively
// reweighted least squares) with an L2 penalty l2 on the weights other
// than the intercept. Deterministic: the same data give the same weights.
func FitLogistic(xs [][]float64, ys []bool, l2 float64) ([]float64, error) {
	if len(xs) == 0 || len(xs) != len(ys) {
		return nil, fmt.Errorf("fit: %d examples, %d labels", len(xs), len(ys))
	}
	d := len(xs[0]) + 1
	w := make([]float64, d)
	row := func(x []float64) []float64 { return append([]float64{1}, x...) }
	for iter := 0; iter < 100; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
		}
		for i, x := range xs {
			z := row(x)
			p := sigmoid(dot(w, x))
			y := 0.0
			if ys[i] {
				y = 1
			}
			r := p * (1 - p)
			for a := range d {
				grad[a] += (p - y) * z[a]
				for b := range d {
					hess[a][b] += r * z[a] * z[b]
				}
			}
		}
		for a := 1; a < d; a++ {
			grad[a] += l2 * w[a]
			hess[a][a] += l2
		}
		hess[0][0] += 1e-9
		step, err := solve(hess, grad)
		if err != nil {
			return nil, err
		}
		change := 0.0
		for a := range d {
			w[a] -= step[a]
			change = max(change, math.Abs(step[a]))
		}
		if change < 1e-8 {
			break
		}
	}
	return w, nil
}

// solve solves a·x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(slices.Clone(a[i]), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, fmt.Errorf("fit: singular system (a feature is constant or duplicated)")
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		sum := m[i][n]
		for k := i + 1; k < n; k++ {
			sum -= m[i][k] * x[k]
		}
		x[i] = sum / m[i][i]
	}
	return x, nil
}

// Outcome is what answering one question at some threshold would give:
// the probability of its best candidate that breaks no hard rule, and
// whether answering with it would be right.
type Outcome struct {
	P          float64
	Answerable bool
	Evidence   bool // the candidate's passage holds the evidence
	Number     bool // the candidate states a number or dose
}

// Tally counts the outcomes of answering every question whose P reaches t.
type Tally struct {
	Answerable, Unanswerable int
	WithEvidence             int // answerable, answered, citing the evidence
	Wrong                    int // answerable, answered, not citing the evidence
	FalseAnswers             int // unanswerable, answered
	Critical                 int // false answers plus answers with a number citing no evidence
}

// At tallies outcomes at threshold t.
func At(outs []Outcome, t float64) Tally {
	var c Tally
	for _, o := range outs {
		answered := o.P >= t && o.P > 0
		switch {
		case !o.Answerable:
			c.Unanswerable++
			if answered {
				c.FalseAnswers++
				c.Critical++
			}
		default:
			c.Answerable++
			switch {
			case answered && o.Evidence:
				c.WithEvidence++
			case answered:
				c.Wrong++
			}
			if answered && !o.Evidence && o.Number {
				c.Critical++
			}
		}
	}
	return c
}

// ChooseThreshold returns the threshold the service answers from. It is
// the least of the outcomes' own probabilities that is at least
// wrongCost/(1+wrongCost) and at which the share of unanswerable questions
// answered is at most maxFalse in every set of outcomes (a group of
// questions held out each: a bound met only on the pool could hide one
// guideline well above it). The floor is where answering stops paying:
// with a right answer worth 1 and a wrong one (an answerable question
// answered from a passage without the evidence, or an unanswerable one
// answered) costing wrongCost, answering a question whose calibrated
// probability of being right is P gains P − wrongCost·(1−P), which is
// positive above the floor (Chow's rule). Above the floor and the bound,
// as many questions as possible are answered. The threshold returned is
// the midpoint between that probability and the next one below (or the
// floor, if higher). 1 when no probability meets both.
func ChooseThreshold(sets [][]Outcome, maxFalse, wrongCost float64) float64 {
	var ps []float64
	for _, outs := range sets {
		for _, o := range outs {
			if o.P > 0 {
				ps = append(ps, o.P)
			}
		}
	}
	slices.Sort(ps)
	ps = slices.Compact(ps)
	floor := wrongCost / (1 + wrongCost)
	for i, t := range ps {
		if t < floor || slices.ContainsFunc(sets, func(outs []Outcome) bool {
			c := At(outs, t)
			return float64(c.FalseAnswers) > maxFalse*float64(max(c.Unanswerable, 1))
		}) {
			continue
		}
		if i == 0 {
			return t
		}
		// Every threshold between the probability below and t answers the
		// same held-out questions: the midpoint keeps the widest margin
		// from both, for the model fitted on all of them.
		return max((ps[i-1]+t)/2, floor)
	}
	return 1
}
