package sqlite_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
)

// BenchmarkAppendAudit is what every answer pays for its audit record.
func BenchmarkAppendAudit(b *testing.B) {
	s := MustOpen(b)
	rec := admin.AuditRecord{
		KeyID: "abcdefgh", Question: "Wat zegt het AI Kompas over triage bij patiënt [BSN]?",
		PassageIDs: []string{"ai-kompas:1:31", "ai-kompas:1:30"}, Mode: "extractive", Model: "extractive",
		CorpusVersion: "35b0d9d21de6", Enforcement: "passed", LatencyMS: 12, RequestID: "r",
	}
	for b.Loop() {
		rec.Time = time.Now()
		if err := s.AppendAudit(b.Context(), rec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportAudit streams 10,000 records, as `audit export` does.
func BenchmarkExportAudit(b *testing.B) {
	s := MustOpen(b)
	t0 := time.Now()
	for i := range 10000 {
		rec := admin.AuditRecord{Time: t0.Add(time.Duration(i) * time.Second), KeyID: "k", Question: fmt.Sprint("vraag ", i), PassageIDs: []string{"d:1:1"}}
		if err := s.AppendAudit(b.Context(), rec); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		n := 0
		if err := s.ExportAudit(b.Context(), time.Time{}, time.Time{}, func(admin.AuditRecord) error { n++; return nil }); err != nil || n != 10000 {
			b.Fatalf("exported %d, %v", n, err)
		}
	}
	b.ReportMetric(10000, "records/op")
}
