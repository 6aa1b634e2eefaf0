package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/bronwijzer/bronwijzer/admin"
)

// Change is one aspect of a question that differs between two runs.
type Change struct {
	Aspect string // "hit@5", "beantwoord", "bewijs geciteerd", "geweigerd", "kritieke fout"
	From   string
	To     string
}

func (c Change) String() string { return c.Aspect + ": " + c.From + " → " + c.To }

// QuestionChange is a question with the aspects that got better or worse.
type QuestionChange struct {
	ID, Question string
	Changes      []Change
}

// RunDiff compares run B with run A per question (matched by id).
type RunDiff struct {
	A, B savedRun
	// SameDataset: both runs used a dataset with the same digest.
	SameDataset bool
	// Better and Worse hold each question's improved and worsened aspects
	// (a question can be in both, with different aspects).
	Better, Worse []QuestionChange
	// OnlyA and OnlyB are questions one run has and the other has not, or
	// has with the other answerable flag (a different question).
	OnlyA, OnlyB []Outcome
}

// DiffRuns compares two saved runs (with outcomes) per question: hit@5,
// answered, cited evidence and critical errors for answerable questions;
// refused and critical errors for unanswerable ones.
func DiffRuns(a, b admin.EvalRun) (*RunDiff, error) {
	sa, err := decodeRun(a)
	if err != nil {
		return nil, err
	}
	sb, err := decodeRun(b)
	if err != nil {
		return nil, err
	}
	d := &RunDiff{A: sa, B: sb, SameDataset: a.DatasetSHA256 == b.DatasetSHA256}
	inB := make(map[string]Outcome, len(sb.Outcomes))
	for _, o := range sb.Outcomes {
		inB[o.ID] = o
	}
	matched := make(map[string]bool, len(sa.Outcomes))
	for _, oa := range sa.Outcomes {
		ob, ok := inB[oa.ID]
		if !ok || ob.Answerable != oa.Answerable {
			d.OnlyA = append(d.OnlyA, oa)
			continue
		}
		matched[oa.ID] = true
		better, worse := compareOutcomes(oa, ob)
		if len(better) > 0 {
			d.Better = append(d.Better, QuestionChange{ID: ob.ID, Question: ob.Question, Changes: better})
		}
		if len(worse) > 0 {
			d.Worse = append(d.Worse, QuestionChange{ID: ob.ID, Question: ob.Question, Changes: worse})
		}
	}
	for _, ob := range sb.Outcomes {
		if !matched[ob.ID] {
			d.OnlyB = append(d.OnlyB, ob)
		}
	}
	return d, nil
}

// compareOutcomes splits the aspects that changed from a to b into better
// and worse ones.
func compareOutcomes(a, b Outcome) (better, worse []Change) {
	add := func(improved bool, c Change) {
		if improved {
			better = append(better, c)
		} else {
			worse = append(worse, c)
		}
	}
	if a.Answerable {
		if a.hit5() != b.hit5() {
			add(b.hit5(), Change{"hit@5", yesNo(a.hit5()) + " (" + rankText(a) + ")", yesNo(b.hit5()) + " (" + rankText(b) + ")"})
		}
		if a.answered() != b.answered() {
			add(b.answered(), Change{"beantwoord (answered)", answerState(a), answerState(b)})
		}
		if a.evidenceCited() != b.evidenceCited() {
			add(b.evidenceCited(), Change{"bewijs geciteerd (cited evidence)", yesNo(a.evidenceCited()), yesNo(b.evidenceCited())})
		}
	} else if a.refused() != b.refused() {
		add(b.refused(), Change{"geweigerd (refused)", answerState(a), answerState(b)})
	}
	if (a.Critical == "") != (b.Critical == "") {
		add(b.Critical == "", Change{"kritieke fout (critical error)", orGeen(a.Critical), orGeen(b.Critical)})
	}
	return better, worse
}

func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nee"
}

func rankText(o Outcome) string {
	if o.HitRank < 1 {
		return "geen rang"
	}
	return "rang " + strconv.Itoa(o.HitRank)
}

func answerState(o Outcome) string {
	switch {
	case o.AskFailed:
		return "mislukt"
	case o.Abstained:
		return "geweigerd"
	default:
		return "beantwoord"
	}
}

func orGeen(s string) string {
	if s == "" {
		return "geen"
	}
	return s
}

// WriteDiff prints a diff: both runs, a warning when the datasets differ,
// the summaries side by side, then the questions that got better and
// worse, and the questions only one run has.
func (d *RunDiff) WriteDiff(w io.Writer) error {
	var b strings.Builder
	for _, r := range []struct {
		name string
		run  savedRun
	}{{"A", d.A}, {"B", d.B}} {
		fmt.Fprintf(&b, "%s: %s  %s UTC  %s  corpus %s  %s\n", r.name, r.run.ID, r.run.CreatedAt.UTC().Format("2006-01-02 15:04"),
			r.run.Dataset, orDash(r.run.CorpusVersion), r.run.Config.label())
	}
	if !d.SameDataset {
		fmt.Fprintf(&b, "WAARSCHUWING (warning): de datasets verschillen (sha256 %s… en %s…); vragen die maar in één run voorkomen staan apart (datasets differ)\n",
			d.A.DatasetSHA256[:12], d.B.DatasetSHA256[:12])
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	if err := d.writeSummaries(w); err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	b.Reset()
	writeChanges(&b, "BETER (better)", d.Better)
	writeChanges(&b, "SLECHTER (worse)", d.Worse)
	if !d.SameDataset || len(d.OnlyA) > 0 || len(d.OnlyB) > 0 {
		writeOnly(&b, "ALLEEN IN A (only in A)", d.OnlyA)
		writeOnly(&b, "ALLEEN IN B (only in B)", d.OnlyB)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	return nil
}

func (d *RunDiff) writeSummaries(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "metric\tA\tB\tB - A")
	for _, m := range metrics {
		va, vb := m.get(d.A.Summary), m.get(d.B.Summary)
		if va == nil && vb == nil {
			continue
		}
		delta := "-"
		if va != nil && vb != nil {
			delta = formatDelta(m, *vb-*va)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.Label, formatValue(m, va), formatValue(m, vb), delta)
	}
	return tw.Flush()
}

func formatDelta(m metric, v float64) string {
	s := formatValue(m, &v)
	if v > 0 {
		return "+" + s
	}
	return s
}

func writeChanges(b *strings.Builder, title string, qs []QuestionChange) {
	fmt.Fprintf(b, "%s: %d vragen\n", title, len(qs))
	for _, q := range qs {
		parts := make([]string, len(q.Changes))
		for i, c := range q.Changes {
			parts[i] = c.String()
		}
		fmt.Fprintf(b, "  %s  %s\n    %s\n", q.ID, strings.Join(parts, "; "), shorten(q.Question, maxAnswerRunes))
	}
}

func writeOnly(b *strings.Builder, title string, os []Outcome) {
	fmt.Fprintf(b, "%s: %d vragen\n", title, len(os))
	for _, o := range os {
		fmt.Fprintf(b, "  %s  %s\n", o.ID, shorten(o.Question, maxAnswerRunes))
	}
}
