package benchreport

import (
	"fmt"
	"slices"
	"strings"
)

// Target is one of issue 8's targets, judged from the figures of the run.
type Target struct {
	Name     string
	Want     string
	Measured string
	// Met is nil when the run did not measure it (section skipped, size not
	// in the run, PostgreSQL unavailable).
	Met *bool
}

// Verdict is "met", "not met" or "not measured: …".
func (t Target) Verdict() string {
	switch {
	case t.Met == nil:
		return "not measured"
	case *t.Met:
		return "met"
	default:
		return "**not met**"
	}
}

func judged(ok bool) *bool { return &ok }

// TargetSize is the corpus size the search targets are stated at.
const TargetSize = 100_000

// Targets judges every target from r.
func Targets(r *Results) []Target {
	var ts []Target
	sq := r.searchRow(EngineEmbedded, "hybrid", TargetSize)
	pq := r.searchRow(EnginePostgres, "hybrid", TargetSize)
	cq := r.searchRow(EngineChromem, "dense", TargetSize)
	ts = append(ts, latencyTarget("Hybrid search, embedded store, 100k chunks", 50, sq, r.notAt(TargetSize)))
	ts = append(ts, latencyTarget("Hybrid search, PostgreSQL store, 100k chunks", 30, pq, r.notAt(TargetSize)))
	t := Target{Name: "Embedded hybrid search no slower than chromem-go exact search, 100k chunks", Want: "p99 ≤ chromem-go's p99"}
	switch {
	case sq == nil || cq == nil || sq.Skipped != "" || cq.Skipped != "":
		t.Measured = r.notAt(TargetSize)
	default:
		t.Measured = fmt.Sprintf("%.1f ms vs %.1f ms (%.2f×)", sq.Latency.P99, cq.Latency.P99, sq.Latency.P99/cq.Latency.P99)
		t.Met = judged(sq.Latency.P99 <= cq.Latency.P99)
	}
	ts = append(ts, t)
	ts = append(ts, qualityTarget(r))
	ts = append(ts, extractionTarget(r))
	ts = append(ts, ingestTargets(r)...)
	return ts
}

func (r *Results) notAt(size int) string {
	if !r.Config.Runs("search") {
		return "search not run"
	}
	if !slices.Contains(r.Config.Sizes, size) {
		return fmt.Sprintf("size %d not in this run", size)
	}
	return "not measured"
}

func latencyTarget(name string, limit float64, row *SearchRow, missing string) Target {
	t := Target{Name: name, Want: fmt.Sprintf("p99 ≤ %.0f ms", limit)}
	switch {
	case row == nil:
		t.Measured = missing
	case row.Skipped != "":
		t.Measured = "skipped: " + row.Skipped
	default:
		t.Measured = fmt.Sprintf("p99 %.1f ms (p50 %.1f ms)", row.Latency.P99, row.Latency.P50)
		t.Met = judged(row.Latency.P99 <= limit)
	}
	return t
}

func qualityTarget(r *Results) Target {
	t := Target{Name: "Retrieval quality on the dev set above every dense-only peer", Want: "hit@5 of hybrid > each peer's"}
	var hybrid *QualityRow
	var peers []QualityRow
	for i, q := range r.Quality {
		switch {
		case q.Engine == EngineEmbedded && q.Mode == "hybrid":
			hybrid = &r.Quality[i]
		case q.Engine == EngineChromem || q.Engine == EngineLangchain:
			peers = append(peers, q)
		}
	}
	if hybrid == nil {
		t.Measured = "quality not run"
		return t
	}
	ok := true
	parts := []string{fmt.Sprintf("hybrid %.3f", hybrid.HitAt5)}
	measured := 0
	for _, p := range peers {
		if p.Skipped != "" {
			parts = append(parts, p.Engine+" skipped")
			continue
		}
		measured++
		parts = append(parts, fmt.Sprintf("%s %.3f", shortName(p.Engine), p.HitAt5))
		ok = ok && hybrid.HitAt5 > p.HitAt5
	}
	t.Measured = strings.Join(parts, "; ")
	if measured > 0 {
		t.Met = judged(ok)
	}
	return t
}

func extractionTarget(r *Results) Target {
	t := Target{Name: "Extraction within 2× of pdftotext", Want: "time ≤ 2× pdftotext's on every PDF"}
	if len(r.Extraction) == 0 {
		t.Measured = "extraction not run"
		return t
	}
	ok := true
	var parts []string
	for _, e := range r.Extraction {
		if e.PdftotextSec == 0 {
			t.Measured = "pdftotext: " + e.Skipped
			return t
		}
		parts = append(parts, fmt.Sprintf("%s %.2f×", e.File, e.Ratio()))
		ok = ok && e.Ratio() <= 2
	}
	t.Measured = strings.Join(parts, "; ")
	t.Met = judged(ok)
	return t
}

func ingestTargets(r *Results) []Target {
	var ts []Target
	for _, store := range []string{EngineEmbedded, EnginePostgres} {
		t := Target{Name: "Ingest end to end with the local embedder, " + shortName(store), Want: "≥ 50 pages/s on every file set"}
		var parts []string
		ok, any := true, false
		for _, row := range r.Ingest {
			if row.Store != store {
				continue
			}
			if row.Skipped != "" {
				parts = append(parts, "skipped: "+row.Skipped)
				continue
			}
			any = true
			parts = append(parts, fmt.Sprintf("%s %.0f pages/s", row.Set, row.PagesPerSec()))
			ok = ok && row.PagesPerSec() >= 50
		}
		if len(parts) == 0 {
			parts = []string{"ingest not run"}
		}
		t.Measured = strings.Join(parts, "; ")
		if any {
			t.Met = judged(ok)
		}
		ts = append(ts, t)
	}
	return ts
}

func (r *Results) searchRow(engine, mode string, size int) *SearchRow {
	for i, s := range r.Search {
		if s.Engine == engine && s.Mode == mode && s.Size == size {
			return &r.Search[i]
		}
	}
	return nil
}

func shortName(engine string) string {
	switch engine {
	case EngineEmbedded:
		return "embedded store"
	case EnginePostgres:
		return "PostgreSQL store"
	case EngineChromem:
		return "chromem-go"
	case EngineLangchain:
		return "langchaingo pgvector"
	}
	return engine
}
