package benchreport

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "corpus", "sources.json")); err != nil {
		t.Fatalf("repository root not found: %v", err)
	}
	return root
}

// A whole report at tiny sizes: every section runs, the Markdown has its
// tables, the PostgreSQL columns say why they are skipped, and the 100k
// targets say they were not measured rather than met.
func TestReportSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and serves the binary")
	}
	cfg := Config{Root: repoRoot(t), TempDir: t.TempDir(), Sizes: []int{200, 400}, Queries: 10, Reps: 1,
		PDFPages: 3, AskRequests: 5, AskClients: 2, NoPostgres: true}
	res, err := Run(context.Background(), cfg, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	charts, err := WriteCharts(res, filepath.Join(t.TempDir(), "benchmarks-"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range charts {
		b, err := os.ReadFile(c)
		if err != nil || !bytes.Contains(b, []byte("<svg")) {
			t.Errorf("chart %s: %v, not an SVG", c, err)
		}
	}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, res, charts); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, want := range []string{
		"## Machine", "## Targets", "## Extraction", "## Ingest end to end", "### 200 chunks", "### 400 chunks",
		"## Retrieval quality", "## `/v1/ask`", "generated-3-pages.pdf", EngineChromem,
		"skipped: PostgreSQL switched off", "size 100000 not in this run", "benchmarks-latency.svg",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if res.Ask == nil || res.Ask.Checked == 0 || res.Ask.HTTP.P50 <= 0 || res.Ask.Throughput <= 0 {
		t.Errorf("ask section incomplete: %+v", res.Ask)
	}
	for _, q := range res.Quality {
		if q.Skipped == "" && (q.Answerable == 0 || q.HitAt5 <= 0) {
			t.Errorf("quality %s %s: hit@5 %v over %d questions", q.Engine, q.Mode, q.HitAt5, q.Answerable)
		}
	}
	for _, s := range res.Search {
		if s.Skipped == "" && s.Engine != EnginePostgres && s.Recall != 1 {
			t.Errorf("%s at %d: recall %v, want 1 for an exact engine", s.Engine, s.Size, s.Recall)
		}
	}
}

// The verdicts come from the figures: flipping a figure flips the verdict.
func TestTargetsJudgedFromFigures(t *testing.T) {
	r := &Results{Config: Config{Sizes: []int{TargetSize}}}
	lat := func(p99 float64) Latency { return Latency{P50: p99 / 2, P99: p99} }
	r.Search = []SearchRow{
		{Engine: EngineEmbedded, Mode: "hybrid", Size: TargetSize, Latency: lat(40)},
		{Engine: EnginePostgres, Mode: "hybrid", Size: TargetSize, Latency: lat(31)},
		{Engine: EngineChromem, Mode: "dense", Size: TargetSize, Latency: lat(60)},
	}
	r.Quality = []QualityRow{
		{Set: "dev", Engine: EngineEmbedded, Mode: "hybrid", HitAt1: 0.6, HitAt5: 0.92, MRR: 0.7},
		{Set: "guidelines", Engine: EngineEmbedded, Mode: "hybrid", HitAt5: 0.96, TableSubjectAt5: ptr(0.95)},
		{Set: "dev", Engine: EngineEmbedded, Mode: "lexical", HitAt1: 0.6, HitAt5: 0.9, MRR: 0.7},
		{Set: "dev", Engine: EngineChromem, Mode: "dense", HitAt5: 0.7},
		{Set: "dev", Engine: EngineLangchain, Mode: "dense", Skipped: "no server"},
		{Set: "dev", Engine: EngineBleve, Mode: "lexical", HitAt1: 0.5, HitAt5: 0.8, MRR: 0.6},
	}
	r.Extraction = []ExtractRow{{File: "a.pdf", Pages: 10, Seconds: 1, PdftotextSec: 0.4}}
	r.Ingest = []IngestRow{{Store: EngineEmbedded, Set: "x", Pages: 100, Seconds: 1}, {Store: EnginePostgres, Set: "x", Skipped: "no server"}}
	got := map[string]string{}
	for _, tg := range Targets(r) {
		got[tg.Name] = tg.Verdict()
	}
	want := map[string]string{
		"Hybrid search, embedded store, 100k chunks":                                 "met",
		"Hybrid search, PostgreSQL store, 100k chunks":                               "**not met**",
		"Embedded hybrid search no slower than chromem-go exact search, 100k chunks": "met",
		"Retrieval quality above every dense-only peer":                              "met",
		"Hybrid search no worse than its own lexical or dense list":                  "met",
		"Hybrid search no worse than the lexical peers":                              "met",
		"Hybrid hit@5 on the dev set":                                                "met",
		"Hybrid hit@5 on the guidelines set":                                         "met",
		"Table doses with their subject in one top-5 passage, guidelines set":        "met",
		"Extraction within 1.5× of pdftotext":                                        "**not met**",
		"Ingest end to end with the local embedder, embedded store":                  "met",
		"Ingest end to end with the local embedder, PostgreSQL store":                "not measured",
	}
	for name, v := range want {
		if got[name] != v {
			t.Errorf("%s: verdict %q, want %q", name, got[name], v)
		}
	}
	r.Search[0].Latency = lat(70)
	r.Quality[3].HitAt5 = 0.92 // equal is not above
	r.Quality[2].MRR = 0.71    // the lexical list alone ranks better
	r.Quality[5].HitAt1 = 0.61 // so does Bleve
	r.Quality[0].HitAt5 = 0.89
	r.Quality[1].TableSubjectAt5 = ptr(0.9)
	r.Extraction[0].PdftotextSec = 0.7 // 1.43×
	for _, tg := range Targets(r) {
		switch tg.Name {
		case "Extraction within 1.5× of pdftotext":
			if tg.Verdict() != "met" {
				t.Errorf("%s at 1.43×: %q, want met", tg.Name, tg.Verdict())
			}
		case "Hybrid search, embedded store, 100k chunks", "Embedded hybrid search no slower than chromem-go exact search, 100k chunks",
			"Retrieval quality above every dense-only peer", "Hybrid search no worse than its own lexical or dense list",
			"Hybrid search no worse than the lexical peers", "Hybrid hit@5 on the dev set",
			"Table doses with their subject in one top-5 passage, guidelines set":
			if tg.Verdict() != "**not met**" {
				t.Errorf("%s after the figure changed: %q, want not met", tg.Name, tg.Verdict())
			}
		}
	}
}

func ptr(v float64) *float64 { return &v }

func TestParseSizes(t *testing.T) {
	got, err := ParseSizes("1000, 10k,100K")
	if err != nil || len(got) != 3 || got[0] != 1000 || got[1] != 10000 || got[2] != 100000 {
		t.Fatalf("ParseSizes = %v, %v", got, err)
	}
	for _, bad := range []string{"", "ten", "-5", "1k,0"} {
		if _, err := ParseSizes(bad); err == nil {
			t.Errorf("ParseSizes(%q): no error", bad)
		}
	}
}

// Each unmet target gets its explanation from the figures.
func TestWhyExplainsUnmetTargets(t *testing.T) {
	r := &Results{Config: Config{Sizes: []int{TargetSize}, Reps: 1}, Machine: Machine{Cores: 2}}
	r.Search = []SearchRow{
		{Engine: EngineEmbedded, Mode: "hybrid", Size: TargetSize, Latency: Latency{P50: 30, P99: 80, CPU: 28}, InProcess: true},
		{Engine: EngineEmbedded, Mode: "dense", Size: TargetSize, Latency: Latency{P50: 20, P99: 40, CPU: 20}, InProcess: true},
	}
	r.Extraction = []ExtractRow{{File: "a.pdf", Pages: 10, Seconds: 1, PdftotextSec: 0.4, CPUSec: 0.5, PdftotextCPUSec: 0.4}}
	r.Ingest = []IngestRow{
		{Store: StoreNone, Set: "x", Pages: 100, Seconds: 0.5},
		{Store: EngineEmbedded, Set: "x", Pages: 100, Seconds: 4, CPUSec: 0.8},
	}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, r, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## Why a target is not met",
		"Of 28.0 CPU-ms per hybrid search, the dense list takes 20.0 and BM25 with fusion 8.0",
		"reads all 154 MB of float32 vectors",
		"a.pdf: 1000 ms against 400 ms (CPU time 500 ms against 400 ms, 1.25×)",
		"x: 200 pages/s without storing; storing takes 3.50 of the 4.00 s (125 pages per CPU-second of this process)",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, md.String())
		}
	}
}
