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
	ts = append(ts, qualityTargets(r)...)
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

// qualityRow finds one engine's measured row on a set.
func (r *Results) qualityRow(set, engine, mode string) *QualityRow {
	for i, q := range r.Quality {
		if q.Set == set && q.Engine == engine && q.Mode == mode && q.Skipped == "" {
			return &r.Quality[i]
		}
	}
	return nil
}

// qualityTargets judges, on every measured set, hybrid search against the
// dense-only peers (issue 8), against its own best list and the lexical
// peers (issue 12: fusion that never hurts), and issue 12's hit@5 floors.
func qualityTargets(r *Results) []Target {
	return []Target{
		compareHybrid(r, "Retrieval quality above every dense-only peer", "hit@5 of hybrid > each dense peer's, on every set",
			[]string{EngineChromem, EngineLangchain}, func(h, p QualityRow) (string, bool) {
				return fmt.Sprintf("%.3f vs %.3f", h.HitAt5, p.HitAt5), h.HitAt5 > p.HitAt5
			}),
		compareHybrid(r, "Hybrid search no worse than its own lexical or dense list", "hit@1 and MRR of hybrid ≥ each list's alone, on every set",
			[]string{EngineEmbedded}, hitAndMRR),
		compareHybrid(r, "Hybrid search no worse than the lexical peers", "hit@1 and MRR of hybrid ≥ Bleve's and FTS5's, on every set",
			[]string{EngineBleve, EngineFTS5}, hitAndMRR),
		hitFloor(r, "dev", 0.90),
		hitFloor(r, "guidelines", 0.95),
		tableFloor(r, "guidelines", 0.95),
	}
}

// tableFloor is issue 12's floor for table questions: the dose and the
// drug named in the question in one top-5 passage of hybrid search.
func tableFloor(r *Results, set string, floor float64) Target {
	t := Target{Name: fmt.Sprintf("Table doses with their subject in one top-5 passage, %s set", set),
		Want: fmt.Sprintf("≥ %.2f of the table questions", floor), Measured: "not measured"}
	h := r.qualityRow(set, EngineEmbedded, "hybrid")
	switch {
	case h == nil:
	case h.TableSubjectAt5 == nil:
		t.Measured = "no table questions with a subject"
	default:
		t.Measured = fmt.Sprintf("%.3f", *h.TableSubjectAt5)
		t.Met = judged(*h.TableSubjectAt5 >= floor)
	}
	return t
}

func hitAndMRR(h, p QualityRow) (string, bool) {
	return fmt.Sprintf("hit@1 %.3f vs %.3f, MRR %.3f vs %.3f", h.HitAt1, p.HitAt1, h.MRR, p.MRR), h.HitAt1 >= p.HitAt1 && h.MRR >= p.MRR
}

// compareHybrid judges the embedded store's hybrid row of each set against
// every measured row of engines on that set (other than hybrid itself).
func compareHybrid(r *Results, name, want string, engines []string, cmp func(h, p QualityRow) (string, bool)) Target {
	t := Target{Name: name, Want: want}
	ok, measured := true, 0
	var parts []string
	for _, set := range qualitySetNames(r.Quality) {
		h := r.qualityRow(set, EngineEmbedded, "hybrid")
		if h == nil {
			continue
		}
		for _, p := range r.Quality {
			if p.Set != set || p.Skipped != "" || !slices.Contains(engines, p.Engine) || (p.Engine == EngineEmbedded && p.Mode == "hybrid") {
				continue
			}
			text, good := cmp(*h, p)
			parts = append(parts, fmt.Sprintf("%s, %s %s: %s", set, shortName(p.Engine), p.Mode, text))
			ok = ok && good
			measured++
		}
	}
	if measured == 0 {
		t.Measured = "quality not run or peers skipped"
		return t
	}
	t.Measured = strings.Join(parts, "; ")
	t.Met = judged(ok)
	return t
}

// hitFloor is issue 12's hit@5 floor for hybrid search on one set.
func hitFloor(r *Results, set string, floor float64) Target {
	t := Target{Name: fmt.Sprintf("Hybrid hit@5 on the %s set", set), Want: fmt.Sprintf("≥ %.2f over the answerable questions", floor)}
	h := r.qualityRow(set, EngineEmbedded, "hybrid")
	if h == nil {
		t.Measured = "not measured"
		for _, q := range r.Quality {
			if q.Set == set && q.Skipped != "" {
				t.Measured = "skipped: " + q.Skipped
				break
			}
		}
		return t
	}
	t.Measured = fmt.Sprintf("%.3f over %d questions", h.HitAt5, h.Answerable)
	t.Met = judged(h.HitAt5 >= floor)
	return t
}

func extractionTarget(r *Results) Target {
	t := Target{Name: fmt.Sprintf("Extraction within %.1f× of pdftotext", MaxExtractRatio),
		Want: fmt.Sprintf("time ≤ %.1f× pdftotext's on every PDF, judged per file", MaxExtractRatio)}
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
		ok = ok && e.Ratio() <= MaxExtractRatio
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
	case EngineBleve:
		return "Bleve"
	case EngineFTS5:
		return "FTS5"
	}
	return engine
}
