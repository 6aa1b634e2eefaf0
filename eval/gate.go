package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// Thresholds is the CI regression gate (eval/thresholds.json): each metric
// in Min must be at least its value, each in Max at most. Keys are summary
// keys. Values are set from measured numbers minus a small margin, so the
// gate catches regressions rather than stating aspirations.
type Thresholds struct {
	Min map[string]float64 `json:"min"`
	Max map[string]float64 `json:"max"`
}

// Violation is one metric outside its threshold.
type Violation struct {
	Config string
	Metric string
	Got    *float64 // nil: the metric could not be computed
	Bound  float64
	IsMin  bool
}

func (v Violation) String() string {
	got := "niet gemeten (null)"
	if v.Got != nil {
		got = v.format(*v.Got)
	}
	op := "≥"
	if !v.IsMin {
		op = "≤"
	}
	return fmt.Sprintf("%s: %s = %s, vereist %s %s", v.Config, v.Metric, got, op, v.format(v.Bound))
}

// format prints a whole number of a count metric (critical_errors) as an
// integer and everything else with four decimals.
func (v Violation) format(x float64) string {
	i := slices.IndexFunc(metrics, func(m metric) bool { return m.Key == v.Metric })
	if i >= 0 && !metrics[i].Rate && x == math.Trunc(x) {
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'f', 4, 64)
}

// GateError is returned when a report fails its thresholds.
type GateError struct {
	Violations []Violation
}

func (e *GateError) Error() string {
	parts := make([]string, len(e.Violations))
	for i, v := range e.Violations {
		parts[i] = v.String()
	}
	return "eval onder de drempels (regression gate failed): " + strings.Join(parts, "; ")
}

// LoadThresholds reads a thresholds file, rejecting unknown keys and
// metric names that are not summary keys.
func LoadThresholds(r io.Reader) (Thresholds, error) {
	data, err := io.ReadAll(io.LimitReader(r, 1<<20))
	if err != nil {
		return Thresholds{}, fmt.Errorf("read thresholds: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var t Thresholds
	if err := dec.Decode(&t); err != nil {
		return Thresholds{}, bronwijzer.WrapError(bronwijzer.EINVALID, err, "ongeldig drempelbestand: %v (invalid thresholds)", err)
	}
	for _, m := range []map[string]float64{t.Min, t.Max} {
		for k := range m {
			if !slices.ContainsFunc(metrics, func(x metric) bool { return x.Key == k }) {
				return Thresholds{}, bronwijzer.Errorf(bronwijzer.EINVALID, "onbekende metric %q in drempelbestand (unknown metric)", k)
			}
		}
	}
	return t, nil
}

// Check returns every threshold the summary violates; a metric that is
// null (zero denominator) violates any threshold set on it.
func (t Thresholds) Check(config string, s Summary) []Violation {
	var out []Violation
	for _, m := range metrics {
		v := m.get(s)
		if bound, ok := t.Min[m.Key]; ok && (v == nil || *v < bound) {
			out = append(out, Violation{Config: config, Metric: m.Key, Got: v, Bound: bound, IsMin: true})
		}
		if bound, ok := t.Max[m.Key]; ok && (v == nil || *v > bound) {
			out = append(out, Violation{Config: config, Metric: m.Key, Got: v, Bound: bound})
		}
	}
	return out
}

// Gate checks the primary configuration of rep against t and returns a
// *GateError listing every violation, or nil.
func Gate(rep *Report, t Thresholds) error {
	if len(rep.Runs) == 0 {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "geen resultaten om te toetsen (empty report)")
	}
	if vs := t.Check(rep.Runs[0].Config.Name, rep.Runs[0].Summary); len(vs) > 0 {
		return &GateError{Violations: vs}
	}
	return nil
}
