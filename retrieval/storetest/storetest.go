// Package storetest is the conformance suite every retrieval.Store must
// pass, so the SQLite and PostgreSQL stores are interchangeable. The
// synthetic corpora of the benchmarks are in retrieval/synth.
//
// Contract details the suite pins beyond the interface comments:
//   - list ties are broken by document id, then ordinal;
//   - DeleteDocument removes the history too: a re-put starts at version 1;
//   - an unchanged re-put reports PreviousVersion 0;
//   - limit <= 0, a query vector of the wrong dimension or with NaN, and
//     invalid documents (empty id or SHA-256, chunks without embedder name,
//     duplicate or negative ordinals, missing or inconsistent embeddings)
//     are EINVALID; a zero query vector matches nothing;
//   - putting chunks from another embedder (or dimension) than the stored
//     chunks' is EINVALID with "embedder mismatch" in the message;
//   - a document's warnings are nil when it has none, however they were
//     put (nil or empty);
//   - a chunk put without a kind is read back as text; a whole table and a
//     note are read back by Chunks but in no search list and no BM25
//     statistic; lexical scores are BM25F over body and field terms (bm25F).
package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// Run runs the conformance suite. open must return a new, empty store for
// each call (each subtest calls it once) and arrange its cleanup with
// t.Cleanup; Run closes nothing itself.
func Run(t *testing.T, open func(t *testing.T) retrieval.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s retrieval.Store)
	}{
		{"EmptyStore", testEmptyStore},
		{"IngestReadBack", testIngestReadBack},
		{"SameSHANoOp", testSameSHANoOp},
		{"VersionReplacement", testVersionReplacement},
		{"ReplaceSameContent", testReplaceSameContent},
		{"Delete", testDelete},
		{"NotFound", testNotFound},
		{"InvalidPut", testInvalidPut},
		{"LexicalSearch", testLexicalSearch},
		{"DenseSearch", testDenseSearch},
		{"HybridSearch", testHybridSearch},
		{"VerifiedFlag", testVerifiedFlag},
		{"DocumentIDsFilter", testDocumentIDsFilter},
		{"InvalidSearch", testInvalidSearch},
		{"SpecialCharacters", testSpecialCharacters},
		{"EmbedderMismatch", testEmbedderMismatch},
		{"ConcurrentSamePut", testConcurrentSamePut},
		{"ConcurrentReplaceSearch", testConcurrentReplaceSearch},
		{"StructureReadBack", testStructureReadBack},
		{"TableSubjects", testTableSubjects},
		{"NonSearchable", testNonSearchable},
		{"FieldRanking", testFieldRanking},
		{"Warnings", testWarnings},
		{"Pipeline", testPipeline},
		{"Ping", func(t *testing.T, s retrieval.Store) {
			if err := s.Ping(t.Context()); err != nil {
				t.Fatalf("Ping: %v", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// --- helpers ---------------------------------------------------------------

func put(t *testing.T, s retrieval.Store, doc bronwijzer.Document, chunks []bronwijzer.Chunk) retrieval.PutResult {
	t.Helper()
	res, err := s.PutDocument(t.Context(), doc, chunks)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", doc.ID, err)
	}
	return res
}

// loadFixture puts the three fixture documents, version 1 each.
func loadFixture(t *testing.T, s retrieval.Store) {
	t.Helper()
	for d := range fixtureDocIDs {
		put(t, s, fixtureDoc(d, fmt.Sprintf("sha-%d-v1", d)), fixtureChunksOf(d))
	}
}

func wantCode(t *testing.T, err error, code, what string) {
	t.Helper()
	if got := bronwijzer.ErrorCode(err); got != code {
		t.Fatalf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

func passageIDs(ps []bronwijzer.Passage) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func id(d, o int) string { return bronwijzer.ChunkID(fixtureDocIDs[d], 1, o) }

func lexical(t *testing.T, s retrieval.Store, terms []string, limit int, f retrieval.Filter) []bronwijzer.Passage {
	t.Helper()
	ps, err := s.LexicalSearch(t.Context(), terms, limit, f)
	if err != nil {
		t.Fatalf("LexicalSearch(%q): %v", terms, err)
	}
	return ps
}

func dense(t *testing.T, s retrieval.Store, vec []float32, limit int, f retrieval.Filter) []bronwijzer.Passage {
	t.Helper()
	ps, err := s.DenseSearch(t.Context(), vec, limit, f)
	if err != nil {
		t.Fatalf("DenseSearch: %v", err)
	}
	return ps
}

func checkSorted(t *testing.T, ps []bronwijzer.Passage) {
	t.Helper()
	for i := 1; i < len(ps); i++ {
		if ps[i].Score > ps[i-1].Score {
			t.Fatalf("passages not best first: %s (%g) after %s (%g)", ps[i].ID, ps[i].Score, ps[i-1].ID, ps[i-1].Score)
		}
	}
}

// --- documents -------------------------------------------------------------

func testEmptyStore(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 0 {
		t.Fatalf("Documents on empty store = %v, %v; want none", docs, err)
	}
	if name, err := s.EmbedderName(ctx); err != nil || name != "" {
		t.Fatalf("EmbedderName on empty store = %q, %v; want \"\"", name, err)
	}
	if ps := lexical(t, s, []string{"huisarts"}, 5, retrieval.Filter{}); len(ps) != 0 {
		t.Fatalf("LexicalSearch on empty store returned %d passages", len(ps))
	}
	if ps := dense(t, s, axis(1), 5, retrieval.Filter{}); len(ps) != 0 {
		t.Fatalf("DenseSearch on empty store returned %d passages", len(ps))
	}
}

func testIngestReadBack(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	doc := fixtureDoc(0, "sha-0-v1")
	doc.Version, doc.Chunks = 99, 99 // assigned by the store
	chunks := fixtureChunksOf(0)
	chunks[3].DocumentID, chunks[3].Version = "wrong", 7 // likewise
	res := put(t, s, doc, chunks)

	want := fixtureDoc(0, "sha-0-v1")
	want.Version, want.Chunks = 1, fixtureChunks
	ignoreTime := cmpopts.IgnoreFields(bronwijzer.Document{}, "IngestedAt")
	if diff := cmp.Diff(want, res.Document, ignoreTime); diff != "" {
		t.Errorf("PutResult.Document (-want +got):\n%s", diff)
	}
	if !res.Changed || res.PreviousVersion != 0 {
		t.Errorf("PutResult Changed=%v PreviousVersion=%d, want true, 0", res.Changed, res.PreviousVersion)
	}
	if res.Document.IngestedAt.Before(epoch) {
		t.Errorf("IngestedAt %v not set", res.Document.IngestedAt)
	}
	got, err := s.Document(ctx, "diabetes")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Document, *got); diff != "" {
		t.Errorf("Document (-put +read):\n%s", diff)
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]bronwijzer.Document{res.Document}, docs); diff != "" {
		t.Errorf("Documents (-want +got):\n%s", diff)
	}
	wantChunks := fixtureChunksOf(0)
	for i := range wantChunks {
		wantChunks[i].DocumentID, wantChunks[i].Version = "diabetes", 1
	}
	gotChunks, err := s.Chunks(ctx, "diabetes")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantChunks, gotChunks); diff != "" {
		t.Errorf("Chunks (-want +got):\n%s", diff)
	}
	if name, err := s.EmbedderName(ctx); err != nil || name != fixtureEmbedder {
		t.Errorf("EmbedderName = %q, %v; want %q", name, err, fixtureEmbedder)
	}
}

func testSameSHANoOp(t *testing.T, s retrieval.Store) {
	first := put(t, s, fixtureDoc(0, "sha-a"), fixtureChunksOf(0))
	changed := fixtureDoc(0, "sha-a")
	changed.Title = "Andere titel" // same digest: nothing is written
	again := put(t, s, changed, fixtureChunksOf(0)[:2])
	if again.Changed || again.PreviousVersion != 0 {
		t.Errorf("re-put same SHA: Changed=%v PreviousVersion=%d, want false, 0", again.Changed, again.PreviousVersion)
	}
	if diff := cmp.Diff(first.Document, again.Document); diff != "" {
		t.Errorf("re-put same SHA returned a different document (-first +again):\n%s", diff)
	}
	got, err := s.Document(t.Context(), "diabetes")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first.Document, *got); diff != "" {
		t.Errorf("stored document changed (-first +now):\n%s", diff)
	}
	chunks, err := s.Chunks(t.Context(), "diabetes")
	if err != nil || len(chunks) != fixtureChunks {
		t.Errorf("Chunks after no-op = %d, %v; want %d", len(chunks), err, fixtureChunks)
	}
}

// newVersionChunks are replacement chunks for document d: different text,
// terms ("herzien" instead of the unique words) and vectors (e_(k+1)).
func newVersionChunks(d, n int) []bronwijzer.Chunk {
	out := fixtureChunksOf(d)[:n]
	for i := range out {
		k := d*fixtureChunks + i
		out[i].Text = fmt.Sprintf("Herziene tekst %d van %s.", i, fixtureDocIDs[d])
		out[i].Terms = []string{"huisarts", "herzien", "zorg", "zorg", "zorg", "zorg", "zorg", "zorg"}
		out[i].Embedding = axis(k + 1)
	}
	return out
}

func testVersionReplacement(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	loadFixture(t, s)
	res := put(t, s, fixtureDoc(1, "sha-1-v2"), newVersionChunks(1, 4))
	if !res.Changed || res.Document.Version != 2 || res.PreviousVersion != 1 || res.Document.Chunks != 4 {
		t.Fatalf("replacement: Changed=%v Version=%d PreviousVersion=%d Chunks=%d; want true, 2, 1, 4",
			res.Changed, res.Document.Version, res.PreviousVersion, res.Document.Chunks)
	}
	got, err := s.Document(ctx, "griep")
	if err != nil || got.Version != 2 || got.SHA256 != "sha-1-v2" {
		t.Fatalf("Document after replacement = %+v, %v; want version 2", got, err)
	}
	chunks, err := s.Chunks(ctx, "griep")
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) != 4 {
		t.Fatalf("Chunks after replacement: %d, want 4", len(chunks))
	}
	for _, c := range chunks {
		if c.Version != 2 || !strings.HasPrefix(c.Text, "Herziene") {
			t.Fatalf("old chunk survived replacement: %+v", c)
		}
	}
	// The old version's unique words are gone from the lexical index …
	if ps := lexical(t, s, []string{"oseltamivir", "influenza"}, 10, retrieval.Filter{}); len(ps) != 0 {
		t.Errorf("old version still found lexically: %v", passageIDs(ps))
	}
	// … and the new terms find exactly the new chunks.
	want := []string{"griep:2:0", "griep:2:1", "griep:2:2", "griep:2:3"}
	got2 := passageIDs(lexical(t, s, []string{"herzien"}, 10, retrieval.Filter{}))
	slices.Sort(got2)
	if diff := cmp.Diff(want, got2); diff != "" {
		t.Errorf("lexical new version (-want +got):\n%s", diff)
	}
	for _, p := range dense(t, s, axis(11), 50, retrieval.Filter{}) {
		if p.DocumentID == "griep" && p.Version != 2 {
			t.Fatalf("dense search returned old version chunk %s", p.ID)
		}
	}
	// New chunk 0 has vector e_11: the dense top hit is griep:2:0.
	if top := dense(t, s, axis(11), 1, retrieval.Filter{}); len(top) != 1 || top[0].ID != "griep:2:0" {
		t.Errorf("dense top for e_11 = %v, want griep:2:0", passageIDs(top))
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 3 {
		t.Fatalf("Documents after replacement: %d, %v; want 3 (one per id)", len(docs), err)
	}
}

// testReplaceSameContent: re-ingest of unchanged content (a better
// extractor) makes a new version that replaces the old chunks, unlike
// PutDocument's same-SHA no-op.
func testReplaceSameContent(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	loadFixture(t, s)
	res, err := s.ReplaceDocument(ctx, fixtureDoc(1, "sha-1-v1"), newVersionChunks(1, 3)) // same digest as loaded
	if err != nil {
		t.Fatalf("ReplaceDocument: %v", err)
	}
	if !res.Changed || res.Document.Version != 2 || res.PreviousVersion != 1 || res.Document.Chunks != 3 {
		t.Fatalf("replace: Changed=%v Version=%d PreviousVersion=%d Chunks=%d; want true, 2, 1, 3",
			res.Changed, res.Document.Version, res.PreviousVersion, res.Document.Chunks)
	}
	chunks, err := s.Chunks(ctx, "griep")
	if err != nil || len(chunks) != 3 {
		t.Fatalf("Chunks after replace = %d, %v; want 3", len(chunks), err)
	}
	for _, c := range chunks {
		if c.Version != 2 || !strings.HasPrefix(c.Text, "Herziene") {
			t.Errorf("old chunk survived: %+v", c)
		}
	}
	if ps := lexical(t, s, []string{"oseltamivir"}, 10, retrieval.Filter{}); len(ps) != 0 {
		t.Errorf("old version still found lexically: %v", passageIDs(ps))
	}
	// A plain put of the same content is again a no-op on the new version.
	if again := put(t, s, fixtureDoc(1, res.Document.SHA256), newVersionChunks(1, 3)); again.Changed || again.Document.Version != 2 {
		t.Errorf("put after replace: Changed=%v Version=%d; want false, 2", again.Changed, again.Document.Version)
	}
}

func testDelete(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	loadFixture(t, s)
	put(t, s, fixtureDoc(1, "sha-1-v2"), newVersionChunks(1, 3))
	if err := s.DeleteDocument(ctx, "griep"); err != nil {
		t.Fatalf("DeleteDocument: %v", err)
	}
	_, err := s.Document(ctx, "griep")
	wantCode(t, err, bronwijzer.ENOTFOUND, "Document after delete")
	_, err = s.Chunks(ctx, "griep")
	wantCode(t, err, bronwijzer.ENOTFOUND, "Chunks after delete")
	wantCode(t, s.DeleteDocument(ctx, "griep"), bronwijzer.ENOTFOUND, "second delete")
	for _, p := range lexical(t, s, []string{"griep", "herzien", "huisarts"}, 50, retrieval.Filter{}) {
		if p.DocumentID == "griep" {
			t.Fatalf("lexical search found deleted chunk %s", p.ID)
		}
	}
	ps := dense(t, s, axis(12), 50, retrieval.Filter{})
	for _, p := range ps {
		if p.DocumentID == "griep" {
			t.Fatalf("dense search found deleted chunk %s", p.ID)
		}
	}
	if len(ps) != 2*fixtureChunks {
		t.Errorf("dense search after delete: %d passages, want %d", len(ps), 2*fixtureChunks)
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 2 {
		t.Fatalf("Documents after delete: %d, %v; want 2", len(docs), err)
	}
	// History went with it: putting the document again starts at version 1.
	if res := put(t, s, fixtureDoc(1, "sha-1-v3"), fixtureChunksOf(1)); res.Document.Version != 1 || res.PreviousVersion != 0 {
		t.Errorf("re-put after delete: version %d, previous %d; want 1, 0", res.Document.Version, res.PreviousVersion)
	}
}

func testNotFound(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	loadFixture(t, s)
	_, err := s.Document(ctx, "bestaat-niet")
	wantCode(t, err, bronwijzer.ENOTFOUND, "Document")
	if msg := bronwijzer.ErrorMessage(err); !strings.Contains(msg, `"bestaat-niet"`) || !strings.Contains(msg, "niet gevonden") {
		t.Errorf("not-found message %q should name the document in Dutch", msg)
	}
	_, err = s.Chunks(ctx, "bestaat-niet")
	wantCode(t, err, bronwijzer.ENOTFOUND, "Chunks")
	wantCode(t, s.DeleteDocument(ctx, "bestaat-niet"), bronwijzer.ENOTFOUND, "DeleteDocument")
}

func testInvalidPut(t *testing.T, s retrieval.Store) {
	mutate := func(f func(*bronwijzer.Document, []bronwijzer.Chunk) []bronwijzer.Chunk) func() (bronwijzer.Document, []bronwijzer.Chunk) {
		return func() (bronwijzer.Document, []bronwijzer.Chunk) {
			doc, chunks := fixtureDoc(0, "sha-x"), fixtureChunksOf(0)
			return doc, f(&doc, chunks)
		}
	}
	tests := []struct {
		name  string
		input func() (bronwijzer.Document, []bronwijzer.Chunk)
	}{
		{"empty id", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk { d.ID = " "; return c })},
		{"empty sha256", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk { d.SHA256 = ""; return c })},
		{"no embedder name", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk { d.Embedder = ""; return c })},
		{"duplicate ordinal", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk { c[2].Ordinal = 1; return c })},
		{"negative ordinal", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk { c[0].Ordinal = -1; return c })},
		{"missing embedding", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk { c[4].Embedding = nil; return c })},
		{"inconsistent dimension", mutate(func(d *bronwijzer.Document, c []bronwijzer.Chunk) []bronwijzer.Chunk {
			c[5].Embedding = c[5].Embedding[:16]
			return c
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, chunks := tt.input()
			_, err := s.PutDocument(t.Context(), doc, chunks)
			wantCode(t, err, bronwijzer.EINVALID, "PutDocument")
		})
	}
	// Nothing was stored by any of them.
	if docs, err := s.Documents(t.Context()); err != nil || len(docs) != 0 {
		t.Errorf("invalid puts left documents behind: %v, %v", docs, err)
	}
}

// --- search ----------------------------------------------------------------

func testLexicalSearch(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	tests := []struct {
		name  string
		terms []string
		limit int
		want  []string
	}{
		{"unique word", []string{"insulin"}, 10, []string{id(0, 1)}},
		{"term frequency orders", []string{"koorts"}, 10, []string{id(1, 0), id(1, 1), id(1, 2)}},
		{"rare term beats common", []string{"huisarts", "myalgie"}, 1, []string{id(1, 4)}},
		{"two terms in one chunk first", []string{"koorts", "oseltamivir"}, 1, []string{id(1, 1)}},
		{"unknown term", []string{"onbekendwoord"}, 10, []string{}},
		{"no terms", nil, 10, []string{}},
		{"empty terms", []string{"", "  "}, 10, []string{}},
		{"duplicate terms", []string{"insulin", "insulin"}, 10, []string{id(0, 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := lexical(t, s, tt.terms, tt.limit, retrieval.Filter{})
			if diff := cmp.Diff(tt.want, passageIDs(ps)); diff != "" {
				t.Errorf("LexicalSearch(%q) (-want +got):\n%s", tt.terms, diff)
			}
			checkSorted(t, ps)
		})
	}
	t.Run("limit and all matches", func(t *testing.T) {
		if n := len(lexical(t, s, []string{"huisarts"}, 50, retrieval.Filter{})); n != 30 {
			t.Errorf("huisarts matched %d chunks, want 30", n)
		}
		if n := len(lexical(t, s, []string{"huisarts"}, 7, retrieval.Filter{})); n != 7 {
			t.Errorf("limit 7 returned %d", n)
		}
	})
	t.Run("passage fields", func(t *testing.T) {
		ps := lexical(t, s, []string{"werkversie"}, 1, retrieval.Filter{})
		if len(ps) != 1 || ps[0].Score <= 0 {
			t.Fatalf("werkversie: %+v, want one passage with positive score", ps)
		}
		if diff := cmp.Diff(fixturePassage(2, 1), ps[0], cmpopts.IgnoreFields(bronwijzer.Passage{}, "Score")); diff != "" {
			t.Errorf("passage (-want +got):\n%s", diff)
		}
	})
}

func testDenseSearch(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	approx := cmpopts.EquateApprox(0, 1e-4)
	tests := []struct {
		name   string
		vec    []float32
		limit  int
		want   []string
		scores []float64
	}{
		{"axis 5", axis(5), 2, []string{id(0, 5), id(0, 4)}, []float64{0.99504, 0.09950}},
		{"axis 15", axis(15), 2, []string{id(1, 5), id(1, 4)}, []float64{0.99504, 0.09950}},
		{"unnormalised query", []float32{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 2,
			[]string{id(1, 0), id(0, 9)}, []float64{0.99504, 0.09950}},
		{"limit 1", axis(20), 1, []string{id(2, 0)}, []float64{0.99504}},
		{"zero vector matches nothing", make([]float32, fixtureDim), 5, []string{}, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := dense(t, s, tt.vec, tt.limit, retrieval.Filter{})
			if diff := cmp.Diff(tt.want, passageIDs(ps)); diff != "" {
				t.Errorf("DenseSearch (-want +got):\n%s", diff)
			}
			scores := make([]float64, len(ps))
			for i, p := range ps {
				scores[i] = p.Score
			}
			if diff := cmp.Diff(tt.scores, scores, approx); diff != "" {
				t.Errorf("scores (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("all chunks ranked", func(t *testing.T) {
		ps := dense(t, s, axis(3), 50, retrieval.Filter{})
		if len(ps) != 30 {
			t.Fatalf("got %d passages, want all 30", len(ps))
		}
		checkSorted(t, ps)
	})
	t.Run("passage fields", func(t *testing.T) {
		ps := dense(t, s, axis(13), 1, retrieval.Filter{})
		if len(ps) != 1 {
			t.Fatalf("got %d passages", len(ps))
		}
		if diff := cmp.Diff(fixturePassage(1, 3), ps[0], cmpopts.IgnoreFields(bronwijzer.Passage{}, "Score")); diff != "" {
			t.Errorf("passage (-want +got):\n%s", diff)
		}
	})
}

func testHybridSearch(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	srch := &retrieval.HybridSearcher{Store: s, Embedder: axisEmbedder{}, Analyzer: wordAnalyzer{}}
	// Lexical: griep:1 (koorts×2 + oseltamivir), griep:0 (koorts×3),
	// griep:2 (koorts×1). Dense (e_11): griep:1, griep:0, then zeros.
	// Fused (k = retrieval.RRFK): griep:1 = 2/(k+1); griep:0 = 2/(k+2);
	// griep:2 = 1/(k+3) + 1/(k+r), r ≥ 3; every other chunk ≤ 1/(k+3).
	ps, err := srch.Search(t.Context(), "koorts oseltamivir", retrieval.SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{id(1, 1), id(1, 0), id(1, 2)}, passageIDs(ps)); diff != "" {
		t.Errorf("hybrid (-want +got):\n%s", diff)
	}
	if len(ps) > 1 {
		k := float64(retrieval.RRFK)
		if diff := cmp.Diff([]float64{2 / (k + 1), 2 / (k + 2)}, []float64{ps[0].Score, ps[1].Score}, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Errorf("fused scores (-want +got):\n%s", diff)
		}
	}
	// A query of stop words alone has no lexical terms: dense only.
	if _, err := srch.Search(t.Context(), "de het een", retrieval.SearchOptions{}); err != nil {
		t.Errorf("stop-word query: %v", err)
	}
	// The dense list alone decides when the lexical list is empty.
	ps, err = srch.Search(t.Context(), "de schets", retrieval.SearchOptions{K: 2, Mode: retrieval.Dense})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{id(2, 7), id(2, 6)}, passageIDs(ps)); diff != "" {
		t.Errorf("dense mode (-want +got):\n%s", diff)
	}
}

func testVerifiedFlag(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	// Chunk concept:0 (k=20) is unverified; its neighbour griep:9 is not.
	ps := dense(t, s, axis(20), 2, retrieval.Filter{})
	if diff := cmp.Diff([]string{id(2, 0), id(1, 9)}, passageIDs(ps)); diff != "" {
		t.Fatalf("dense (-want +got):\n%s", diff)
	}
	if ps[0].Verified || !ps[1].Verified {
		t.Errorf("Verified flags = %v, %v; want false, true", ps[0].Verified, ps[1].Verified)
	}
	only := retrieval.Filter{VerifiedOnly: true}
	ps = dense(t, s, axis(20), 2, only)
	if len(ps) == 0 || ps[0].ID != id(1, 9) {
		t.Errorf("dense VerifiedOnly top = %v, want %s first", passageIDs(ps), id(1, 9))
	}
	for _, p := range dense(t, s, axis(20), 50, only) {
		if !p.Verified || p.DocumentID == "concept" {
			t.Fatalf("VerifiedOnly dense returned unverified %s", p.ID)
		}
	}
	lx := lexical(t, s, []string{"concepttekst"}, 5, retrieval.Filter{})
	if len(lx) != 1 || lx[0].Verified {
		t.Errorf("lexical unverified passage: %+v", lx)
	}
	if lx := lexical(t, s, []string{"concepttekst"}, 5, only); len(lx) != 0 {
		t.Errorf("VerifiedOnly lexical returned %v", passageIDs(lx))
	}
	if n := len(lexical(t, s, []string{"huisarts"}, 50, only)); n != 20 {
		t.Errorf("VerifiedOnly lexical huisarts: %d, want 20", n)
	}
}

func testDocumentIDsFilter(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	f := retrieval.Filter{DocumentIDs: []string{"diabetes", "onbekend"}}
	lx := lexical(t, s, []string{"huisarts", "koorts"}, 50, f)
	dn := dense(t, s, axis(11), 50, f)
	for name, ps := range map[string][]bronwijzer.Passage{"lexical": lx, "dense": dn} {
		if len(ps) != fixtureChunks {
			t.Errorf("%s: %d passages, want %d", name, len(ps), fixtureChunks)
		}
		for _, p := range ps {
			if p.DocumentID != "diabetes" {
				t.Errorf("%s: passage %s outside filter", name, p.ID)
			}
		}
	}
	both := retrieval.Filter{DocumentIDs: []string{"concept", "griep"}, VerifiedOnly: true}
	for _, p := range lexical(t, s, []string{"huisarts"}, 50, both) {
		if p.DocumentID != "griep" {
			t.Errorf("combined filter returned %s", p.ID)
		}
	}
}

func testInvalidSearch(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	ctx := t.Context()
	_, err := s.LexicalSearch(ctx, []string{"huisarts"}, 0, retrieval.Filter{})
	wantCode(t, err, bronwijzer.EINVALID, "LexicalSearch limit 0")
	_, err = s.DenseSearch(ctx, axis(1), -1, retrieval.Filter{})
	wantCode(t, err, bronwijzer.EINVALID, "DenseSearch limit -1")
	_, err = s.DenseSearch(ctx, make([]float32, fixtureDim-1), 5, retrieval.Filter{})
	wantCode(t, err, bronwijzer.EINVALID, "DenseSearch wrong dimension")
	nan := axis(1)
	nan[2] = float32(zero() / zero())
	_, err = s.DenseSearch(ctx, nan, 5, retrieval.Filter{})
	wantCode(t, err, bronwijzer.EINVALID, "DenseSearch NaN")
}

// waitFor polls cond until it holds or ctx or 30 s run out.
func waitFor(ctx context.Context, cond func() bool) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for !cond() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	return nil
}

// zero defeats constant folding so 0/0 is a run-time NaN.
func zero() float64 { return 0 }

func testSpecialCharacters(t *testing.T, s retrieval.Store) {
	loadFixture(t, s)
	special := []string{
		`"`, `""`, `"huisarts`, `COVID-19`, `covid-19`, `NEAR`, `NEAR(huisarts zorg)`, `huisarts NEAR zorg`,
		`*`, `huis*`, `^huisarts`, `AND`, `OR`, `NOT`, `huisarts OR`, `(`, `)`, `()`, `:`, `terms:zorg`,
		`'`, `\`, `-`, `-huisarts`, `+`, `{huisarts zorg}`, `%`, `_`, `&`, `|`, `!`, `<->`, `:*`,
		`;DROP TABLE chunks;--`, "tab\there", "één", "naïef", "\u00a0", "😀",
	}
	for _, term := range special {
		if _, err := s.LexicalSearch(t.Context(), []string{term}, 5, retrieval.Filter{}); err != nil {
			t.Errorf("LexicalSearch(%q): %v", term, err)
		}
	}
	if _, err := s.LexicalSearch(t.Context(), special, 5, retrieval.Filter{}); err != nil {
		t.Errorf("LexicalSearch(all specials): %v", err)
	}
	// A quoted operator word still matches the indexed word literally.
	ps := lexical(t, s, []string{`"insulin"`, "insulin", "OR"}, 5, retrieval.Filter{})
	if len(ps) == 0 || ps[0].ID != id(0, 1) {
		t.Errorf("insulin among specials: %v, want %s first", passageIDs(ps), id(0, 1))
	}
	srch := &retrieval.HybridSearcher{Store: s, Embedder: axisEmbedder{}, Analyzer: wordAnalyzer{}}
	for _, q := range []string{`"metformin" NEAR/3 insulin*`, `COVID-19 OR NOT (koorts)`, `'; --`} {
		if _, err := srch.Search(t.Context(), q, retrieval.SearchOptions{}); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
}

func testEmbedderMismatch(t *testing.T, s retrieval.Store) {
	ctx := t.Context()
	put(t, s, fixtureDoc(0, "sha-0-v1"), fixtureChunksOf(0))
	other := fixtureDoc(1, "sha-1-v1")
	other.Embedder = "ander-model-32"
	_, err := s.PutDocument(ctx, other, fixtureChunksOf(1))
	wantCode(t, err, bronwijzer.EINVALID, "put with other embedder")
	for _, want := range []string{"embedder mismatch", fixtureEmbedder, "ander-model-32"} {
		if !strings.Contains(bronwijzer.ErrorMessage(err), want) {
			t.Errorf("mismatch message %q lacks %q", bronwijzer.ErrorMessage(err), want)
		}
	}
	// Same embedder, other dimension.
	short := fixtureChunksOf(1)
	for i := range short {
		short[i].Embedding = short[i].Embedding[:16]
	}
	_, err = s.PutDocument(ctx, fixtureDoc(1, "sha-1-v1"), short)
	wantCode(t, err, bronwijzer.EINVALID, "put with other dimension")
	if _, err := s.Document(ctx, "griep"); bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		t.Errorf("rejected put was stored: %v", err)
	}
	if name, err := s.EmbedderName(ctx); err != nil || name != fixtureEmbedder {
		t.Errorf("EmbedderName = %q, %v; want %q", name, err, fixtureEmbedder)
	}
	// Once the store holds no vectors another embedder may start afresh.
	if err := s.DeleteDocument(ctx, "diabetes"); err != nil {
		t.Fatal(err)
	}
	if name, err := s.EmbedderName(ctx); err != nil || name != "" {
		t.Errorf("EmbedderName of emptied store = %q, %v; want \"\"", name, err)
	}
	put(t, s, other, fixtureChunksOf(1))
	if name, err := s.EmbedderName(ctx); err != nil || name != "ander-model-32" {
		t.Errorf("EmbedderName = %q, %v; want ander-model-32", name, err)
	}
}

// --- concurrency -----------------------------------------------------------

func testConcurrentSamePut(t *testing.T, s retrieval.Store) {
	const n = 8
	results := make([]retrieval.PutResult, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			results[i], errs[i] = s.PutDocument(context.Background(), fixtureDoc(1, "sha-same"), fixtureChunksOf(1))
		})
	}
	wg.Wait()
	changed := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("concurrent put %d: %v", i, errs[i])
		}
		if results[i].Changed {
			changed++
		}
		if results[i].Document.Version != 1 {
			t.Errorf("put %d saw version %d, want 1", i, results[i].Document.Version)
		}
	}
	if changed != 1 {
		t.Errorf("%d puts reported a change, want exactly 1", changed)
	}
	doc, err := s.Document(t.Context(), "griep")
	if err != nil || doc.Version != 1 {
		t.Fatalf("Document = %+v, %v; want version 1", doc, err)
	}
	if chunks, err := s.Chunks(t.Context(), "griep"); err != nil || len(chunks) != fixtureChunks {
		t.Errorf("Chunks = %d, %v; want %d", len(chunks), err, fixtureChunks)
	}
}

// testConcurrentReplaceSearch replaces one document repeatedly while
// searches run: every result must be one whole version.
func testConcurrentReplaceSearch(t *testing.T, s retrieval.Store) {
	const versions, searchers = 12, 4
	variant := func(v int) []bronwijzer.Chunk {
		word := []string{"nieuw", "oud"}[v%2]
		chunks := fixtureChunksOf(0)
		for i := range chunks {
			chunks[i].Text = fmt.Sprintf("%s fragment %d", word, i)
			chunks[i].Terms = []string{"gedeeld", word, "zorg", "zorg", "zorg", "zorg", "zorg", "zorg"}
			chunks[i].Embedding = axis((i + v) % fixtureDim)
		}
		return chunks
	}
	put(t, s, fixtureDoc(0, "sha-v1"), variant(1))

	check := func(what string, ps []bronwijzer.Passage) error {
		if len(ps) != fixtureChunks {
			return fmt.Errorf("%s: %d passages, want all %d of one version", what, len(ps), fixtureChunks)
		}
		word := strings.Fields(ps[0].Text)[0]
		for _, p := range ps {
			if p.Version != ps[0].Version || !strings.HasPrefix(p.Text, word+" ") {
				return fmt.Errorf("%s: mixed versions: %s (%q) with %s (%q)", what, ps[0].ID, ps[0].Text, p.ID, p.Text)
			}
			if want := []string{"nieuw", "oud"}[p.Version%2]; word != want {
				return fmt.Errorf("%s: version %d has text of the other version", what, p.Version)
			}
		}
		return nil
	}

	ctx := t.Context()
	done := make(chan struct{})
	errs := make(chan error, searchers+1)
	var searches atomic.Int64
	var wg sync.WaitGroup
	for range searchers {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				lx, err := s.LexicalSearch(ctx, []string{"gedeeld"}, 50, retrieval.Filter{})
				if err == nil {
					err = check("lexical", lx)
				}
				if err == nil {
					var dn []bronwijzer.Passage
					dn, err = s.DenseSearch(ctx, axis(3), 50, retrieval.Filter{})
					if err == nil {
						err = check("dense", dn)
					}
				}
				if err != nil {
					errs <- err
					return
				}
				searches.Add(1)
			}
		})
	}
	// Interleave: each new version waits until searches ran since the last.
	for v := 2; v <= versions; v++ {
		if err := waitFor(ctx, func() bool { return searches.Load() >= int64(2*(v-1)) }); err != nil {
			errs <- fmt.Errorf("searches stalled before version %d (%d done): %w", v, searches.Load(), err)
			break
		}
		if _, err := s.PutDocument(ctx, fixtureDoc(0, fmt.Sprintf("sha-v%d", v)), variant(v)); err != nil {
			errs <- fmt.Errorf("put version %d: %w", v, err)
			break
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if doc, err := s.Document(ctx, "diabetes"); err != nil || doc.Version != versions {
		t.Errorf("final Document = %+v, %v; want version %d", doc, err, versions)
	}
}
