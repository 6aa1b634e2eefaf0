package benchreport

import (
	"fmt"
	"strings"
)

// writeWhy explains, from the run's own figures, each target that is not
// met: where the time goes, measured, not asserted.
func writeWhy(b *strings.Builder, r *Results) {
	var lines []string
	for _, t := range Targets(r) {
		if t.Met == nil || *t.Met {
			continue
		}
		if l := explain(r, t); l != "" {
			lines = append(lines, "- **"+t.Name+"**: "+l)
		}
	}
	if len(lines) == 0 {
		return
	}
	b.WriteString("## Why a target is not met\n\nFrom this run's figures:\n\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	if r.Load[1] > float64(r.Machine.Cores) {
		fmt.Fprintf(b, "- Every latency here includes waiting for a CPU: the median load average was %.1f on %d cores while it ran.\n", r.Load[1], r.Machine.Cores)
	}
	b.WriteString("\n")
}

func explain(r *Results, t Target) string {
	switch {
	case strings.HasPrefix(t.Name, "Hybrid search, embedded store"):
		return splitHybrid(r, EngineEmbedded) + fmt.Sprintf(" The dense list is an exact scan that reads all %.0f MB of float32 vectors per search (%d × %d × 4 bytes), bound by memory bandwidth.",
			float64(TargetSize*synthDim*4)/1e6, TargetSize, synthDim)
	case strings.HasPrefix(t.Name, "Hybrid search, PostgreSQL store"):
		return splitHybrid(r, EnginePostgres) + " The rest is the BM25 statement over the postings table (MaxScore-pruned; docs/postgres.md), which on 2 cores runs beside the dense list, the database server and the client."
	case strings.HasPrefix(t.Name, "Embedded hybrid search no slower"):
		h := r.searchRow(EngineEmbedded, "hybrid", TargetSize)
		d := r.searchRow(EngineEmbedded, "dense", TargetSize)
		c := r.searchRow(EngineChromem, "dense", TargetSize)
		if h == nil || d == nil || c == nil {
			return ""
		}
		return fmt.Sprintf("the embedded store's dense list alone has p99 %.1f ms against chromem-go's %.1f ms for the same exact scan; hybrid search adds the BM25 list and fusion (p99 %.1f ms), which chromem-go does not do.",
			d.Latency.P99, c.Latency.P99, h.Latency.P99)
	case strings.HasPrefix(t.Name, "Ingest end to end"):
		store := EngineEmbedded
		if strings.Contains(t.Name, "PostgreSQL") {
			store = EnginePostgres
		}
		var parts []string
		for _, row := range r.Ingest {
			if row.Store != store || row.Skipped != "" || row.PagesPerSec() >= 50 {
				continue
			}
			base := r.ingestRow(StoreNone, row.Set)
			if base == nil {
				continue
			}
			part := fmt.Sprintf("%s: %.0f pages/s without storing; storing takes %.2f of the %.2f s",
				row.Set, base.PagesPerSec(), row.Seconds-base.Seconds, row.Seconds)
			if row.CPUSec > 0 {
				part += fmt.Sprintf(" (%.0f pages per CPU-second of this process)", row.PagesPerCPUSec())
			}
			parts = append(parts, part)
		}
		return strings.Join(parts, "; ") + "."
	case strings.HasPrefix(t.Name, "Extraction"):
		var parts []string
		for _, e := range r.Extraction {
			if e.PdftotextSec > 0 && e.Ratio() > MaxExtractRatio {
				parts = append(parts, fmt.Sprintf("%s: %.0f ms against %.0f ms (CPU time %.0f ms against %.0f ms, %.2f×)",
					e.File, e.Seconds*1000, e.PdftotextSec*1000, e.CPUSec*1000, e.PdftotextCPUSec*1000, e.CPURatio()))
			}
		}
		return strings.Join(parts, "; ") + "."
	}
	return ""
}

func splitHybrid(r *Results, engine string) string {
	h := r.searchRow(engine, "hybrid", TargetSize)
	d := r.searchRow(engine, "dense", TargetSize)
	if h == nil || d == nil {
		return ""
	}
	out := fmt.Sprintf("the dense list alone has p50 %.1f ms, p99 %.1f ms; hybrid (dense and BM25 lists concurrently, then fusion) p50 %.1f ms, p99 %.1f ms.",
		d.Latency.P50, d.Latency.P99, h.Latency.P50, h.Latency.P99)
	if h.InProcess {
		out += fmt.Sprintf(" Of %.1f CPU-ms per hybrid search, the dense list takes %.1f and BM25 with fusion %.1f.",
			h.Latency.CPU, d.Latency.CPU, h.Latency.CPU-d.Latency.CPU)
	}
	return out
}

func (r *Results) ingestRow(store, set string) *IngestRow {
	for i, row := range r.Ingest {
		if row.Store == store && row.Set == set && row.Skipped == "" {
			return &r.Ingest[i]
		}
	}
	return nil
}
