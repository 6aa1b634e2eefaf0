package storetest

import (
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// testPipeline: a version records the pipeline that made its chunks
// (Document.Pipeline), read back by Document and Documents. The same
// content put again by the same pipeline is a no-op; put by another
// pipeline (an upgrade's better extraction or analysis) it is a new
// version whose chunks, and their terms, replace the old ones.
func testPipeline(t *testing.T, s retrieval.Store) {
	old := fixtureDoc(0, "sha-0-v1") // stored before pipelines were recorded: ""
	put(t, s, old, fixtureChunksOf(0))
	wantPipeline(t, s, "", 1)

	again := fixtureDoc(0, "sha-0-v1")
	again.Pipeline = "p2"
	rechunked := fixtureChunksOf(0)
	for i := range rechunked {
		rechunked[i].Terms = append(rechunked[i].Terms, "herverwerkt")
	}
	res := put(t, s, again, rechunked)
	if !res.Changed || res.Document.Version != 2 || res.PreviousVersion != 1 || res.Document.Pipeline != "p2" {
		t.Fatalf("same content by another pipeline: %+v, want a new version 2 made by p2", res)
	}
	wantPipeline(t, s, "p2", 2)
	hits, err := s.LexicalSearch(t.Context(), []string{"herverwerkt"}, 100, retrieval.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != fixtureChunks {
		t.Errorf("the new pipeline's terms find %d chunks, want all %d", len(hits), fixtureChunks)
	}
	for _, h := range hits {
		if h.Version != 2 {
			t.Errorf("hit %s is not of version 2", h.ID)
		}
	}

	// The same content by the same pipeline: nothing is written.
	res = put(t, s, again, fixtureChunksOf(0))
	if res.Changed || res.Document.Version != 2 || res.Document.Pipeline != "p2" {
		t.Errorf("same content, same pipeline: %+v, want version 2 unchanged", res)
	}
	wantPipeline(t, s, "p2", 2)
}

// wantPipeline checks the pipeline and version of the current version of
// the first fixture document, by Document and by Documents.
func wantPipeline(t *testing.T, s retrieval.Store, pipeline string, version int) {
	t.Helper()
	id := fixtureDocIDs[0]
	d, err := s.Document(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range []bronwijzer.Document{*d, docs[0]} {
		if got.ID != id || got.Pipeline != pipeline || got.Version != version {
			t.Errorf("document %s v%d pipeline %q, want %s v%d pipeline %q", got.ID, got.Version, got.Pipeline, id, version, pipeline)
		}
	}
}
