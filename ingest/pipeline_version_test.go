package ingest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

var updatePipeline = flag.Bool("update", false, "record the pipeline's output checksum in testdata/pipeline.golden")

// captureStore keeps the chunks of the last put, and holds no document.
type captureStore struct{ last []bronwijzer.Chunk }

func (s *captureStore) Document(ctx context.Context, id string) (*bronwijzer.Document, error) {
	return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "document %q niet gevonden", id)
}

func (s *captureStore) PutDocument(ctx context.Context, doc bronwijzer.Document, chunks []bronwijzer.Chunk) (retrieval.PutResult, error) {
	s.last = chunks
	return retrieval.PutResult{Document: doc, Changed: true}, nil
}

// pipelineTestFiles are the documents whose processing pins PipelineVersion:
// the bundled corpus, every guideline print in testdata and the extractor's
// test files (PDFs of many producers, tables, broken files, HTML, Markdown).
func pipelineTestFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, root := range []string{corpusDir, "../testdata/guidelines", "../testdata/heldout", "../testdata/producers", "extract/testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !ingest.Supported(path) || strings.EqualFold(d.Name(), "README.md") {
				return err
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(files)
	if len(files) < 10 {
		t.Fatalf("found %d test documents, want the corpus and the guideline prints", len(files))
	}
	return files
}

// pipelineOutput returns, per test file (its slash path), the SHA-256 of
// everything the pipeline stores of its chunks: text, offsets, structure,
// terms and vectors; a bad file's error message instead.
func pipelineOutput(t *testing.T) map[string]string {
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	st := &captureStore{}
	p := &ingest.Pipeline{Store: st, Embedder: embed.NewLocal(384), Analyzer: an}
	out := map[string]string{}
	files, chunks := pipelineTestFiles(t), 0
	for _, path := range files {
		st.last = nil
		h := sha256.New()
		if r := p.File(context.Background(), path); r.Err != nil {
			fmt.Fprintf(h, "error %v\n", r.Err)
		}
		chunks += len(st.last)
		for _, c := range st.last {
			fmt.Fprintf(h, "%d %d-%d %d-%d %q %q %q %q %q\n%q\n%q\n",
				c.Ordinal, c.PageStart, c.PageEnd, c.CharStart, c.CharEnd,
				c.Kind, c.Section, c.Caption, c.Notes, c.Text, c.Terms, c.FieldTerms)
			for _, x := range c.Embedding {
				fmt.Fprintf(h, "%08x", math.Float32bits(x))
			}
			fmt.Fprintln(h)
		}
		out[filepath.ToSlash(path)] = hex.EncodeToString(h.Sum(nil))
	}
	t.Logf("%d files, %d chunks", len(files), chunks)
	return out
}

// readPipelineGolden reads the recorded version and per-file output.
func readPipelineGolden(path string) (string, map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	var version string
	files := map[string]string{}
	for line := range strings.Lines(string(b)) {
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "version":
			version = f[1]
		case len(f) == 2:
			files[f[1]] = f[0]
		}
	}
	return version, files, nil
}

// TestPipelineVersionPinsOutput fails when what the pipeline makes of a
// test file changes while PipelineVersion stays the same: stored versions
// made before the change would then never be processed again, and their
// passages would keep the old extraction or terms that queries, analysed
// by the new analyser, no longer match. A file added to or gone from the
// test files needs recording (-update), not a new version.
func TestPipelineVersionPinsOutput(t *testing.T) {
	const golden = "testdata/pipeline.golden"
	got := pipelineOutput(t)
	version, recorded, err := readPipelineGolden(golden)
	if err != nil && !*updatePipeline {
		t.Fatalf("%v: run go test ./ingest -run TestPipelineVersionPinsOutput -update", err)
	}
	var changed []string
	for f, sum := range got {
		if old, ok := recorded[f]; ok && old != sum {
			changed = append(changed, f)
		}
	}
	slices.Sort(changed)
	if len(changed) > 0 && version == ingest.PipelineVersion {
		t.Fatalf("the pipeline's output changed on %d test files (%s) but ingest.PipelineVersion is still %q: "+
			"bump it, so documents stored before the change are processed again, and record it with -update",
			len(changed), strings.Join(changed[:min(len(changed), 5)], ", "), version)
	}
	if version == ingest.PipelineVersion && maps.Equal(got, recorded) {
		return
	}
	if !*updatePipeline {
		t.Fatalf("%s records version %q and %d files; this is version %q with %d files: "+
			"run go test ./ingest -run TestPipelineVersionPinsOutput -update", golden, version, len(recorded), ingest.PipelineVersion, len(got))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "version %s\n", ingest.PipelineVersion)
	for _, f := range slices.Sorted(maps.Keys(got)) {
		fmt.Fprintf(&b, "%s %s\n", got[f], f)
	}
	if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// An unchanged file whose stored version an older pipeline made is
// processed again: its passages get this pipeline's terms (here the old
// version's terms were another analyser's stems, which no query of this
// one matches). The next ingest of it is a no-op again.
func TestUnchangedFileFromAnOlderPipelineIsProcessedAgain(t *testing.T) {
	p, store := MustOpenPipeline(t)
	ctx := context.Background()
	path := writeFile(t, t.TempDir(), "zorgpad.md", []byte("# Zorgpad\n\nBij koorts combineert de huisarts paracetamol niet met ibuprofen.\n"))
	if r := p.File(ctx, path); r.Status != ingest.StatusIngested || r.Version != 1 || r.Reprocessed {
		t.Fatalf("first ingest: %+v %v", r, r.Err)
	}
	doc, err := store.Document(ctx, "zorgpad")
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := store.Chunks(ctx, "zorgpad")
	if err != nil {
		t.Fatal(err)
	}
	for i := range chunks {
		chunks[i].Terms, chunks[i].FieldTerms = []string{"oudestam"}, nil
	}
	doc.Pipeline = "" // as stored before the pipeline was recorded
	if _, err := store.ReplaceDocument(ctx, *doc, chunks); err != nil {
		t.Fatal(err)
	}
	query := p.Analyzer.Terms("combineren")
	if hits, err := store.LexicalSearch(ctx, query, 5, retrieval.Filter{}); err != nil || len(hits) != 0 {
		t.Fatalf("stale version found by %v: %v %v", query, hits, err)
	}

	r := p.File(ctx, path)
	if r.Status != ingest.StatusIngested || !r.Reprocessed || r.Version != 3 || r.PreviousVersion != 2 {
		t.Fatalf("ingest over the older pipeline's version: %+v %v; want version 3, reprocessed", r, r.Err)
	}
	if d, err := store.Document(ctx, "zorgpad"); err != nil || d.Pipeline != ingest.PipelineVersion {
		t.Fatalf("stored pipeline: %+v %v", d, err)
	}
	if hits, err := store.LexicalSearch(ctx, query, 5, retrieval.Filter{}); err != nil || len(hits) != 1 {
		t.Fatalf("reprocessed version found by %v: %v %v; want its passage", query, hits, err)
	}
	if r := p.File(ctx, path); r.Status != ingest.StatusUnchanged || r.Version != 3 || r.Reprocessed {
		t.Fatalf("ingest again: %+v %v; want unchanged version 3", r, r.Err)
	}
}
