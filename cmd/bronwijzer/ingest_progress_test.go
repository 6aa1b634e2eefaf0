package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/ingest"
)

// TestProgressLinesPerFile: each log line gives the file's own page count
// (not the running total against the current file), and a re-run of stored
// files says they are unchanged instead of "0 pagina's, 0 pagina's/s".
func TestProgressLinesPerFile(t *testing.T) {
	t.Run("first ingest", func(t *testing.T) {
		var buf bytes.Buffer
		p := newProgress(&buf, false)
		p.update(1, 2, ingest.Result{Path: "kompas.pdf", Status: ingest.StatusIngested, Pages: 53})
		p.update(2, 2, ingest.Result{Path: "nivel.pdf", Status: ingest.StatusIngested, Pages: 2})
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		if len(lines) != 2 {
			t.Fatalf("got %d lines, want 2:\n%s", len(lines), buf.String())
		}
		if !strings.Contains(lines[1], "nivel.pdf (opgenomen, 2 pagina's; totaal 55 pagina's") {
			t.Errorf("second line does not give the file's own 2 pages and the total 55: %q", lines[1])
		}
	})
	t.Run("re-run", func(t *testing.T) {
		var buf bytes.Buffer
		p := newProgress(&buf, false)
		p.update(1, 1, ingest.Result{Path: "kompas.pdf", Status: ingest.StatusUnchanged})
		got := buf.String()
		if strings.Contains(got, "0 pagina's") || !strings.Contains(got, "al opgeslagen, ongewijzigd") {
			t.Errorf("re-run line = %q, want the file called unchanged and no zero counts", got)
		}
	})
	t.Run("terminal re-run", func(t *testing.T) {
		var buf bytes.Buffer
		p := newProgress(&buf, true)
		p.update(1, 2, ingest.Result{Path: "a.pdf", Status: ingest.StatusUnchanged})
		p.update(2, 2, ingest.Result{Path: "b.pdf", Status: ingest.StatusUnchanged})
		p.finish()
		got := buf.String()
		if strings.Contains(got, "0 pagina's") || !strings.Contains(got, "2/2 bestanden, 2 al opgeslagen") {
			t.Errorf("bar = %q, want 2 files already stored and no zero counts", got)
		}
	})
}

// TestSummaryRerun: the closing line of a re-run says everything was already
// stored rather than "0 pagina's, 0 passages".
func TestSummaryRerun(t *testing.T) {
	var buf bytes.Buffer
	rs := []ingest.Result{{Path: "kompas.pdf", Status: ingest.StatusUnchanged, DocumentID: "kompas", Version: 1}}
	if err := summarize(&buf, rs, 3*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	if strings.Contains(got, "0 pagina's") || !strings.Contains(got, "0 opgenomen, 1 ongewijzigd, 0 mislukt; alles was al opgeslagen in 3ms") {
		t.Errorf("summary = %q", got)
	}
}

// TestSummaryReprocessed: a file stored by an older pipeline and processed
// again says why a new version came of an unchanged file.
func TestSummaryReprocessed(t *testing.T) {
	var buf bytes.Buffer
	rs := []ingest.Result{{Path: "kompas.pdf", Status: ingest.StatusIngested, DocumentID: "kompas",
		Version: 2, PreviousVersion: 1, Pages: 53, Chunks: 300, Reprocessed: true}}
	if err := summarize(&buf, rs, 3*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	if !strings.Contains(got, "opgenomen   kompas.pdf → kompas v2") ||
		!strings.Contains(got, "opnieuw verwerkt: het bestand is ongewijzigd, maar v1 is gemaakt door een andere versie van de verwerking") {
		t.Errorf("summary = %q", got)
	}
}
