package load

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Target is the load target, checked against a result.
type Target struct {
	Met    bool   `json:"met"`
	Detail string `json:"detail"` // what was missed, or what was met
}

// The target of /v1/ask on the embedded store (README, docs/reliability.md).
const (
	TargetRate     = 300                    // successful requests per second, sustained
	TargetDuration = 60 * time.Second       // for at least this long
	TargetP99      = 100 * time.Millisecond // and no 5xx
)

// CheckTarget sets r.Target for the scenario that has one (/v1/ask on the
// embedded store) and leaves it nil elsewhere.
func CheckTarget(r *Result) {
	if r.Store != StoreSQLite || r.Endpoint != "ask" {
		return
	}
	var missed []string
	if r.Duration < TargetDuration-time.Second { // the last response lands within a second
		missed = append(missed, fmt.Sprintf("run lasted %s, target needs %s", r.Duration.Round(time.Second), TargetDuration))
	}
	if r.Throughput < TargetRate {
		missed = append(missed, fmt.Sprintf("%.0f req/s < %d", r.Throughput, TargetRate))
	}
	if r.Errors5xx > 0 || r.Transport > 0 {
		missed = append(missed, fmt.Sprintf("%d 5xx, %d transport errors", r.Errors5xx, r.Transport))
	}
	if r.P99 > TargetP99 {
		missed = append(missed, fmt.Sprintf("p99 %s > %s", ms(r.P99), ms(TargetP99)))
	}
	if len(missed) == 0 {
		r.Target = &Target{Met: true, Detail: fmt.Sprintf("met (≥ %d req/s for %s, 0 5xx, p99 ≤ %s)", TargetRate, TargetDuration, ms(TargetP99))}
		return
	}
	r.Target = &Target{Detail: "not met: " + strings.Join(missed, "; ")}
}

// WriteMarkdown writes results as one Markdown table, ready to paste into
// docs/reliability.md.
func WriteMarkdown(w io.Writer, results []Result) error {
	var b strings.Builder
	b.WriteString("| store | endpoint | rate asked | requests | duration | throughput (2xx/s) | p50 | p95 | p99 | max | statuses | 5xx | server CPU/request | RSS start → end (peak) | target |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, r := range results {
		statuses := make([]string, 0, len(r.StatusCodes))
		for _, c := range r.Codes() {
			statuses = append(statuses, fmt.Sprintf("%s×%d", c, r.StatusCodes[c]))
		}
		mem, cpu := "—", "—"
		if r.Memory != nil {
			cpu = ms(r.Memory.CPUPerRequest)
			mem = fmt.Sprintf("%s → %s (%s)", mib(r.Memory.RSSStartKiB), mib(r.Memory.RSSEndKiB), mib(r.Memory.HWMKiB))
		}
		target := "—"
		if r.Target != nil {
			target = r.Target.Detail
		}
		fmt.Fprintf(&b, "| %s | `/v1/%s` | %d/s | %d | %s | %.1f | %s | %s | %s | %s | %s | %d | %s | %s | %s |\n",
			r.Store, r.Endpoint, r.Rate, r.Requests, r.Duration.Round(100*time.Millisecond),
			r.Throughput, ms(r.P50), ms(r.P95), ms(r.P99), ms(r.Max),
			strings.Join(statuses, " "), r.Errors5xx, cpu, mem, target)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func mib(kib int) string { return fmt.Sprintf("%.0f MiB", float64(kib)/1024) }
