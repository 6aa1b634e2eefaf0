package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest"
)

// TestServeWarnsAboutStalePipelines: a document whose stored version an
// older ingest pipeline made is named in a warning at start, with what to
// do; ingesting its unchanged file again processes it again, and the
// warning is gone.
func TestServeWarnsAboutStalePipelines(t *testing.T) {
	dir := t.TempDir()
	app := openTestApp(t, dir)
	var logs bytes.Buffer
	app.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "zorgpad.md")
	if err := os.WriteFile(path, []byte("# Zorgpad\n\nBij koorts geeft de huisarts paracetamol.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := app.Pipeline().File(ctx, path); r.Err != nil {
		t.Fatal(r.Err)
	}
	app.warnStale(ctx)
	if logs.Len() != 0 {
		t.Fatalf("warning with every document made by this pipeline: %s", logs.String())
	}

	doc, err := app.Store.Document(ctx, "zorgpad")
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := app.Store.Chunks(ctx, "zorgpad")
	if err != nil {
		t.Fatal(err)
	}
	doc.Pipeline = "2025-01-01.1"
	if _, err := app.Store.ReplaceDocument(ctx, *doc, chunks); err != nil {
		t.Fatal(err)
	}
	app.warnStale(ctx)
	if info := app.readyInfo(ctx); info["stale_documents"] != "1" || info["pipeline"] != ingest.PipelineVersion {
		t.Errorf("readiness info %v, want stale_documents 1 and this pipeline", info)
	}
	got := logs.String()
	for _, want := range []string{"another ingest pipeline", "count=1", "documents=zorgpad", "bronwijzer ingest", "reingest", "pipeline=" + ingest.PipelineVersion} {
		if !strings.Contains(got, want) {
			t.Errorf("warning %q lacks %q", got, want)
		}
	}

	logs.Reset()
	if r := app.Pipeline().File(ctx, path); !r.Reprocessed || r.Version != 3 {
		t.Fatalf("ingest again: %+v %v; want version 3, processed again", r, r.Err)
	}
	app.warnStale(ctx)
	if logs.Len() != 0 {
		t.Errorf("warning after the file was processed again: %s", logs.String())
	}
	if info := app.readyInfo(ctx); info["stale_documents"] != "" {
		t.Errorf("readiness info %v after the file was processed again", info)
	}
}
