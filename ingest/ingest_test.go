package ingest_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

const corpusDir = "../corpus"

// MustOpenPipeline returns a pipeline over a fresh embedded store with the
// bundled registry.
func MustOpenPipeline(tb testing.TB) (*ingest.Pipeline, *sqlite.Store) {
	tb.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	an, err := analysis.New()
	if err != nil {
		tb.Fatal(err)
	}
	reg, err := corpus.Load(filepath.Join(corpusDir, "sources.json"))
	if err != nil {
		tb.Fatal(err)
	}
	return &ingest.Pipeline{Store: store, Embedder: embed.NewLocal(384), Analyzer: an, Registry: reg}, store
}

func writeFile(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("extract", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// A batch with bad files stores the good ones and reports each bad one with
// its specific reason.
func TestBatchSkipsBadFilesWithSpecificErrors(t *testing.T) {
	p, store := MustOpenPipeline(t)
	p.Options.MaxBytes = 200 << 10
	dir := t.TempDir()
	good := writeFile(t, dir, "griep.md", []byte("# Griep\n\nBij griep is rust het belangrijkste advies. Drink voldoende.\n"))
	big := make([]byte, 300<<10)
	copy(big, "%PDF-1.4\n")
	tests := []struct {
		name, file string
		data       []byte
		code, msg  string
	}{
		{"empty file", "leeg.txt", nil, bronwijzer.EINVALID, "leeg bestand"},
		{"truncated pdf", "kapot.pdf", fixture(t, "truncated.pdf"), bronwijzer.EINVALID, "PDF"},
		{"encrypted with user password", "geheim.pdf", fixture(t, "encrypted-user.pdf"), bronwijzer.EINVALID, "wachtwoord"},
		{"no text layer", "scan.pdf", fixture(t, "notext.pdf"), bronwijzer.EINVALID, "OCR"},
		{"unsupported type", "brief.docx", []byte("PK\x03\x04"), bronwijzer.EUNSUPPORTED, "niet ondersteund"},
		{"pdf extension, not a pdf", "nep.pdf", []byte("hallo"), bronwijzer.EINVALID, "geen PDF"},
		{"too large", "groot.pdf", big, bronwijzer.ETOOLARGE, "te groot"},
		{"binary text file", "raar.txt", []byte("a\x00b"), bronwijzer.EINVALID, "UTF-8"},
		{"binary web page", "raar.html", []byte("<p>a\x00b</p>"), bronwijzer.EINVALID, "UTF-8"},
		{"web page in latin-1 that declares nothing", "raar.htm", []byte("<p>pati\xebnt</p>"), bronwijzer.EINVALID, "UTF-8"},
	}
	paths := []string{good}
	for _, tt := range tests {
		paths = append(paths, writeFile(t, dir, tt.file, tt.data))
	}
	results := p.Paths(context.Background(), paths, nil)
	if len(results) != len(paths) {
		t.Fatalf("%d results for %d paths", len(results), len(paths))
	}
	if r := results[0]; r.Status != ingest.StatusIngested || r.Verified {
		t.Fatalf("good file: %+v (err %v)", r, r.Err)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := results[i+1]
			if r.Status != ingest.StatusFailed {
				t.Fatalf("status %s, want failed", r.Status)
			}
			if got := bronwijzer.ErrorCode(r.Err); got != tt.code {
				t.Errorf("code %s, want %s (%v)", got, tt.code, r.Err)
			}
			if msg := bronwijzer.ErrorMessage(r.Err); !strings.Contains(msg, tt.msg) {
				t.Errorf("message %q lacks %q", msg, tt.msg)
			}
		})
	}
	docs, err := store.Documents(context.Background())
	if err != nil || len(docs) != 1 || docs[0].ID != "griep" {
		t.Fatalf("stored %+v, %v; want only griep", docs, err)
	}
}

func TestBundledCorpusIsVerifiedAndIdempotent(t *testing.T) {
	p, store := MustOpenPipeline(t)
	ctx := context.Background()
	first := p.Paths(ctx, []string{corpusDir}, nil)
	if len(first) != 2 {
		t.Fatalf("ingested %d files, want the 2 bundled PDFs (directory walks skip other files)", len(first))
	}
	for _, r := range first {
		if r.Status != ingest.StatusIngested || !r.Verified || r.Version != 1 {
			t.Errorf("%s: %+v (%v)", r.Path, r, r.Err)
		}
	}
	doc, err := store.Document(ctx, "ai-kompas-nulde-eerstelijnszorg")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages != 53 || doc.Title != "AI Kompas voor de Nulde- en Eerstelijnszorg" || doc.Published != "unknown" || doc.Publisher != "unknown" {
		t.Errorf("metadata %+v", doc)
	}
	for _, r := range p.Paths(ctx, []string{corpusDir}, nil) {
		if r.Status != ingest.StatusUnchanged || r.Version != 1 {
			t.Errorf("re-ingest %s: %+v", r.Path, r)
		}
	}
}

// A changed file for the same source becomes version 2; the old version's
// passages disappear from search.
func TestChangedFileReplacesVersion(t *testing.T) {
	p, store := MustOpenPipeline(t)
	ctx := context.Background()
	dir := t.TempDir()
	path := writeFile(t, dir, "zorgpad.md", []byte("# Zorgpad\n\nDe oude tekst noemt paracetamol als eerste keus.\n"))
	if r := p.File(ctx, path); r.Status != ingest.StatusIngested || r.Version != 1 {
		t.Fatalf("v1: %+v %v", r, r.Err)
	}
	writeFile(t, dir, "zorgpad.md", []byte("# Zorgpad\n\nDe nieuwe tekst noemt ibuprofen als alternatief.\n"))
	r := p.File(ctx, path)
	if r.Status != ingest.StatusIngested || r.Version != 2 || r.PreviousVersion != 1 {
		t.Fatalf("v2: %+v %v", r, r.Err)
	}
	chunks, err := store.Chunks(ctx, "zorgpad")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range chunks {
		if strings.Contains(c.Text, "paracetamol") || c.Version != 2 {
			t.Errorf("old version's chunk still current: %+v", c)
		}
	}
	hits, err := store.LexicalSearch(ctx, []string{"paracetamol"}, 5, retrieval.Filter{})
	if err != nil || len(hits) != 0 {
		t.Errorf("old text still found: %v %v", hits, err)
	}
}

// A file that names a registry entry but differs from the verified digest is
// stored under that source's id but marked unverified, with a warning.
func TestRegistryDigestMismatchIsUnverified(t *testing.T) {
	p, _ := MustOpenPipeline(t)
	data := []byte("# Nivel\n\nEen gewijzigde versie van het artikel over AI in huisartsenpraktijken.\n")
	r := p.Ingest(context.Background(), ingest.Input{Name: "nivel-inzet-ai-huisartsenpraktijken.pdf", Data: data})
	// The .pdf name with Markdown content is not a PDF: rejected outright.
	if r.Status != ingest.StatusFailed {
		t.Fatalf("markdown named .pdf accepted: %+v", r)
	}
	kompas, err := os.ReadFile(filepath.Join(corpusDir, "ai-kompas-nulde-eerstelijnszorg.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	// Same length, one metadata digit changed: a different file to the registry.
	changed := bytes.Replace(kompas, []byte("D:20261123044310"), []byte("D:20261123044311"), 1)
	if bytes.Equal(changed, kompas) {
		t.Fatal("fixture edit did not apply")
	}
	r = p.Ingest(context.Background(), ingest.Input{Name: "ai-kompas-nulde-eerstelijnszorg.pdf", Data: changed})
	if r.Status != ingest.StatusIngested || r.Verified || r.DocumentID != "ai-kompas-nulde-eerstelijnszorg" {
		t.Fatalf("%+v %v", r, r.Err)
	}
	if len(r.Warnings) == 0 || !strings.Contains(strings.Join(r.Warnings, " "), "niet geverifieerd") {
		t.Errorf("warnings %q", r.Warnings)
	}
}

func TestDocumentID(t *testing.T) {
	for in, want := range map[string]string{
		"NHG-Standaard Astma.pdf":       "nhg-standaard-astma",
		"dir/Griep_en_verkoudheid.html": "griep-en-verkoudheid",
		"...pdf":                        "document",
	} {
		if got := ingest.DocumentID(in); got != want {
			t.Errorf("DocumentID(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkIngestKompas measures a full ingest of the Kompas PDF with the
// local embedder into a fresh embedded store: extraction, chunking,
// analysis, embedding and the store transaction. Target: ≤ 1 s on 2 cores.
func BenchmarkIngestKompas(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "ai-kompas-nulde-eerstelijnszorg.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		p, _ := MustOpenPipeline(b)
		b.StartTimer()
		r := p.Ingest(context.Background(), ingest.Input{Name: "ai-kompas-nulde-eerstelijnszorg.pdf", Data: data})
		if r.Status != ingest.StatusIngested {
			b.Fatal(r.Err)
		}
	}
}

// fakeBulk records bulk loads and stores them through the embedded store.
type fakeBulk struct {
	store *sqlite.Store
	calls [][]string
	err   error
}

func (f *fakeBulk) BulkPut(ctx context.Context, docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk) ([]retrieval.PutResult, error) {
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	f.calls = append(f.calls, ids)
	if f.err != nil {
		return nil, f.err
	}
	out := make([]retrieval.PutResult, len(docs))
	for i := range docs {
		r, err := f.store.PutDocument(ctx, docs[i], chunks[i])
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

func TestBulkPathsStoresAllInOneLoad(t *testing.T) {
	p, store := MustOpenPipeline(t)
	dir := t.TempDir()
	writeFile(t, dir, "a.md", []byte("# Astma\n\nBij astma helpt een inhalator met luchtwegverwijder.\n"))
	writeFile(t, dir, "b.txt", []byte("Bij griep is rust het belangrijkste advies.\n"))
	writeFile(t, dir, "c.txt", nil) // empty: fails, the rest is stored
	bulk := &fakeBulk{store: store}
	var seen []string
	results := p.BulkPaths(context.Background(), []string{dir}, bulk, func(done, total int, r ingest.Result) { seen = append(seen, r.Status) })
	if diff := cmp.Diff([][]string{{"a", "b"}}, bulk.calls); diff != "" {
		t.Errorf("bulk loads (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{ingest.StatusPrepared, ingest.StatusPrepared, ingest.StatusFailed}, seen); diff != "" {
		t.Errorf("progress statuses (-want +got):\n%s", diff)
	}
	for i, want := range []string{ingest.StatusIngested, ingest.StatusIngested, ingest.StatusFailed} {
		if results[i].Status != want {
			t.Errorf("%s: status %s, want %s (%v)", results[i].Path, results[i].Status, want, results[i].Err)
		}
	}
	if results[0].Version != 1 || results[0].Chunks == 0 {
		t.Errorf("result %+v", results[0])
	}
	// A failed bulk load fails every prepared file and stores nothing.
	p2, store2 := MustOpenPipeline(t)
	failing := &fakeBulk{store: store2, err: bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "database weg")}
	for _, r := range p2.BulkPaths(context.Background(), []string{filepath.Join(dir, "a.md"), filepath.Join(dir, "b.txt")}, failing, nil) {
		if r.Status != ingest.StatusFailed || bronwijzer.ErrorCode(r.Err) != bronwijzer.EUNAVAILABLE {
			t.Errorf("%s: %s %v, want failed with the load's error", r.Path, r.Status, r.Err)
		}
	}
	if docs, _ := store2.Documents(context.Background()); len(docs) != 0 {
		t.Errorf("stored %d documents after a failed bulk load", len(docs))
	}
}

// TestWebPageInADeclaredCharset ingests a page as Word's "Opslaan als
// webpagina (gefilterd)" writes it: windows-1252, declared by a <meta>
// after Word's namespaces, CRLF lines. The type check had refused it as
// invalid UTF-8 before the HTML extractor could read its declaration
// (FT-53: every question of the guideline refused).
func TestWebPageInADeclaredCharset(t *testing.T) {
	p, store := MustOpenPipeline(t)
	page := "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n" +
		"<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n" +
		"<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\r\n</head>\r\n<body lang=NL>\r\n" +
		"<div class=WordSection1><h1>Lerdaalkoorts</h1>\r\n<p class=MsoNormal>Geef de pati\xebnt 2 dd 500 mg \x96 gedurende 5 dagen.</p>\r\n</div></body></html>"
	r := p.File(context.Background(), writeFile(t, t.TempDir(), "lerdaalkoorts.html", []byte(page)))
	if r.Status != ingest.StatusIngested {
		t.Fatalf("status %s, err %v", r.Status, r.Err)
	}
	chunks, err := store.Chunks(context.Background(), "lerdaalkoorts")
	if err != nil || len(chunks) == 0 {
		t.Fatalf("chunks %v, %v", chunks, err)
	}
	if !strings.Contains(chunks[0].Text, "Geef de patiënt 2 dd 500 mg – gedurende 5 dagen.") {
		t.Errorf("text %q, want the page decoded from windows-1252", chunks[0].Text)
	}
}
