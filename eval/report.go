package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
)

// jsonReport is the --json document: the critical errors of every
// configuration first, then the primary configuration's summary, every
// configuration's summary under "configs" when more than one ran, and every
// result (each names its config).
type jsonReport struct {
	CriticalErrors []CriticalError    `json:"critical_errors"`
	Meta           Meta               `json:"meta"`
	Summary        Summary            `json:"summary"`
	Configs        map[string]Summary `json:"configs,omitempty"`
	Results        []Result           `json:"results"`
}

// WriteJSON writes the report as indented JSON.
func (rep *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{CriticalErrors: rep.CriticalErrors(), Meta: rep.Meta, Results: []Result{}}
	if len(rep.Runs) > 0 {
		out.Summary = rep.Runs[0].Summary
	}
	if len(rep.Runs) > 1 {
		out.Configs = make(map[string]Summary, len(rep.Runs))
	}
	for _, run := range rep.Runs {
		if out.Configs != nil {
			out.Configs[run.Config.Name] = run.Summary
		}
		out.Results = append(out.Results, run.Results...)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

// metric is one row of the summary table.
type metric struct {
	Key   string
	Label string
	Rate  bool // a share in [0,1]: charted and printed with 3 decimals
	get   func(Summary) *float64
}

// metrics lists the summary rows in report order; critical errors first.
var metrics = []metric{
	{"critical_errors", "critical errors", false, func(s Summary) *float64 { return ptr(float64(s.CriticalErrors)) }},
	{"questions", "questions", false, func(s Summary) *float64 { return ptr(float64(s.Questions)) }},
	{"answerable", "answerable", false, func(s Summary) *float64 { return ptr(float64(s.Answerable)) }},
	{"hit_at_1", "hit@1", true, func(s Summary) *float64 { return s.HitAt1 }},
	{"hit_at_5", "hit@5", true, func(s Summary) *float64 { return s.HitAt5 }},
	{"mrr", "MRR", true, func(s Summary) *float64 { return s.MRR }},
	{"citation_validity", "citation validity", true, func(s Summary) *float64 { return s.CitationValidity }},
	{"citation_support", "citation support", true, func(s Summary) *float64 { return s.CitationSupport }},
	{"answer_f1", "answer F1", true, func(s Summary) *float64 { return s.AnswerF1 }},
	{"abstain_precision", "abstain precision", true, func(s Summary) *float64 { return s.AbstainPrecision }},
	{"abstain_recall", "abstain recall", true, func(s Summary) *float64 { return s.AbstainRecall }},
	{"false_answer_rate", "false answer rate", true, func(s Summary) *float64 { return s.FalseAnswerRate }},
	{"answered_with_evidence", "answered with evidence", true, func(s Summary) *float64 { return s.AnsweredWithEvidence }},
	{"false_refusal_rate", "false refusal rate", true, func(s Summary) *float64 { return s.FalseRefusalRate }},
	{"aurc", "AURC (risk-coverage)", true, func(s Summary) *float64 { return s.AURC }},
	{"table_subject_at_5", "table+subject@5", true, func(s Summary) *float64 { return s.TableSubjectAt5 }},
	{"latency_p50_ms", "latency p50 (ms)", false, func(s Summary) *float64 { return s.LatencyP50MS }},
	{"latency_p95_ms", "latency p95 (ms)", false, func(s Summary) *float64 { return s.LatencyP95MS }},
	{"faithfulness", "faithfulness (LLM)", true, func(s Summary) *float64 { return s.Faithfulness }},
}

func formatValue(m metric, v *float64) string {
	switch {
	case v == nil:
		return "-"
	case m.Rate:
		return strconv.FormatFloat(*v, 'f', 3, 64)
	case *v == float64(int64(*v)):
		return strconv.FormatInt(int64(*v), 10)
	default:
		return strconv.FormatFloat(*v, 'f', 1, 64)
	}
}

// hasFaithfulness reports whether any run was judged; the row is shown only then.
func (rep *Report) hasFaithfulness() bool {
	for _, r := range rep.Runs {
		if r.Summary.Faithfulness != nil {
			return true
		}
	}
	return false
}

// WriteTable writes the critical errors of every configuration, then the
// summary as an aligned table, one column per configuration, followed by a
// line per failed request count, and for the primary configuration the
// per-tag table, the risk–coverage table and its misses (see Misses), so a
// reader sees which questions to look at without opening the JSON.
func (rep *Report) WriteTable(w io.Writer) error {
	if err := writeCritical(w, rep.CriticalErrors()); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := []string{"metric"}
	for _, r := range rep.Runs {
		header = append(header, r.Config.Name)
	}
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, m := range metrics {
		if m.Key == "faithfulness" && !rep.hasFaithfulness() {
			continue
		}
		row := []string{m.Label}
		for _, r := range rep.Runs {
			row = append(row, formatValue(m, m.get(r.Summary)))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	for _, r := range rep.Runs {
		if n := failures(r.Results); n > 0 {
			if _, err := fmt.Fprintf(w, "%s: mislukte verzoeken (failed requests): %d; zie results in --json\n", r.Config.Name, n); err != nil {
				return fmt.Errorf("write table: %w", err)
			}
		}
	}
	if len(rep.Runs) > 0 {
		if err := writePrimary(w, rep.Runs[0]); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
	}
	return nil
}

func writePrimary(w io.Writer, run Run) error {
	if err := writeTags(w, run); err != nil {
		return err
	}
	if err := writeCurve(w, run); err != nil {
		return err
	}
	return writeMisses(w, run)
}

// maxAnswerRunes bounds an answer quoted in the text table; the JSON and
// HTML reports carry it whole.
const maxAnswerRunes = 300

func writeCritical(w io.Writer, errs []CriticalError) error {
	if _, err := fmt.Fprintf(w, "KRITIEKE FOUTEN (critical errors): %d\n", len(errs)); err != nil {
		return err
	}
	for _, e := range errs {
		if _, err := fmt.Fprintf(w, "  %s  %s  %s\n    vraag: %s\n    antwoord: %s\n",
			e.Config, e.ID, e.Why, e.Question, shorten(StripCitations(e.Answer), maxAnswerRunes)); err != nil {
			return err
		}
	}
	return nil
}

var spaceBeforePunct = regexp.MustCompile(`\s+([.,;:!?])`)

// shorten puts s on one line of at most n runes.
func shorten(s string, n int) string {
	s = spaceBeforePunct.ReplaceAllString(strings.Join(strings.Fields(s), " "), "$1")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// tagColumns are the per-tag table's columns after the tag.
var tagColumns = []struct {
	label string
	rate  bool
	get   func(TagSummary) *float64
}{
	{"questions", false, func(t TagSummary) *float64 { return ptr(float64(t.Questions)) }},
	{"answerable", false, func(t TagSummary) *float64 { return ptr(float64(t.Answerable)) }},
	{"hit@5", true, func(t TagSummary) *float64 { return t.HitAt5 }},
	{"answered+evidence", true, func(t TagSummary) *float64 { return t.AnsweredWithEvidence }},
	{"false refusals", true, func(t TagSummary) *float64 { return t.FalseRefusalRate }},
	{"false answers", true, func(t TagSummary) *float64 { return t.FalseAnswerRate }},
	{"critical", false, func(t TagSummary) *float64 { return ptr(float64(t.CriticalErrors)) }},
}

func writeTags(w io.Writer, run Run) error {
	tags := sortedTags(run.Summary)
	if len(tags) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "%s: per tag\n", run.Config.Name); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := []string{"tag"}
	for _, c := range tagColumns {
		header = append(header, c.label)
	}
	fmt.Fprintln(tw, "  "+strings.Join(header, "\t"))
	for _, t := range tags {
		row := []string{t}
		for _, c := range tagColumns {
			row = append(row, formatValue(metric{Rate: c.rate}, c.get(run.Summary.ByTag[t])))
		}
		fmt.Fprintln(tw, "  "+strings.Join(row, "\t"))
	}
	return tw.Flush()
}

func writeCurve(w io.Writer, run Run) error {
	rc := run.Summary.RiskCoverage
	if rc == nil {
		return nil
	}
	if _, err := fmt.Fprintf(w, "%s: risk-coverage (threshold on confidence; risk = wrong / answered)\n", run.Config.Name); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  confidence\tcoverage\trisk\tanswered\twrong")
	for _, p := range compactPoints(rc.Points) {
		fmt.Fprintf(tw, "  %s\t%.3f\t%.3f\t%d\t%d\n", formatPtr(p.Confidence, 3), p.Coverage, p.Risk, p.Covered, p.Wrong)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	op := rc.Operating
	_, err := fmt.Fprintf(w, "  operating point (answers given): coverage %.3f, risk %s (%d answered, %d wrong); AURC %s\n",
		op.Coverage, formatPtr(op.Risk, 3), op.Answered, op.Wrong, formatPtr(run.Summary.AURC, 3))
	return err
}

// Misses are the answerable questions of a run whose evidence is not in the
// top 5 (Hit5), and the table questions whose top 5 holds no passage with
// both a quote and the subject (TableSubject5).
type Misses struct {
	Hit5, TableSubject5 []Result
	// Tables counts the table questions with a subject (the denominator).
	Tables int
}

// MissesOf lists the misses of one run in question order.
func MissesOf(run Run) Misses {
	var m Misses
	for _, r := range run.Results {
		if !r.Answerable {
			continue
		}
		if r.HitRank < 1 || r.HitRank > 5 {
			m.Hit5 = append(m.Hit5, r)
		}
		if r.SubjectRank == nil {
			continue
		}
		m.Tables++
		if *r.SubjectRank < 1 || *r.SubjectRank > 5 {
			m.TableSubject5 = append(m.TableSubject5, r)
		}
	}
	return m
}

func writeMisses(w io.Writer, run Run) error {
	m := MissesOf(run)
	if _, err := fmt.Fprintf(w, "%s: hit@5 misses: %d of %d answerable\n", run.Config.Name, len(m.Hit5), run.Summary.Answerable); err != nil {
		return err
	}
	for _, r := range m.Hit5 {
		if _, err := fmt.Fprintf(w, "  %s  rank %d  %s\n", r.ID, r.HitRank, r.Question); err != nil {
			return err
		}
	}
	if m.Tables == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "%s: table+subject@5 misses: %d of %d table questions\n", run.Config.Name, len(m.TableSubject5), m.Tables); err != nil {
		return err
	}
	for _, r := range m.TableSubject5 {
		if _, err := fmt.Fprintf(w, "  %s  %s (hit rank %d)  %s\n", r.ID, r.Subject, r.HitRank, r.Question); err != nil {
			return err
		}
	}
	return nil
}

func failures(rs []Result) int {
	n := 0
	for _, r := range rs {
		if r.SearchError != "" || r.AskError != "" {
			n++
		}
	}
	return n
}
