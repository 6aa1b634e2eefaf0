package retrieval_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// docStore serves documents and their chunks from memory and counts the
// Chunks calls; a document listed in gone is listed but, like one removed
// after the list was read, has no chunks.
type docStore struct {
	retrieval.Store // nil: other methods panic if called

	mu     sync.Mutex
	docs   []bronwijzer.Document
	chunks map[string][]bronwijzer.Chunk
	gone   string
	reads  []string
}

func (s *docStore) Documents(context.Context) ([]bronwijzer.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.docs), nil
}

func (s *docStore) Chunks(_ context.Context, id string) ([]bronwijzer.Chunk, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reads = append(s.reads, id)
	if id == s.gone {
		return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "document %q not found", id)
	}
	return s.chunks[id], nil
}

func (s *docStore) put(id string, version int, chunks ...bronwijzer.Chunk) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs = slices.DeleteFunc(s.docs, func(d bronwijzer.Document) bool { return d.ID == id })
	s.docs = append(s.docs, bronwijzer.Document{ID: id, Version: version})
	s.chunks[id] = chunks
}

func row(first string) bronwijzer.Chunk {
	return bronwijzer.Chunk{Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering",
		Text: "Tabel 2 Dosering — Middel: " + first + " · Volwassenen: 1 dd 1 mg"}
}

// TableSubjects reads a document's rows once per version: a second
// document, or a new version of one, is read; the others are not.
func TestTableSubjectsReadsEachVersionOnce(t *testing.T) {
	st := &docStore{chunks: map[string][]bronwijzer.Chunk{}}
	st.put("a", 1, row("tarvomycine tablet 250 mg"), row("tarvomycine tablet 250 mg"), // two rows of one drug
		bronwijzer.Chunk{Kind: bronwijzer.KindText, Text: "Middel: geen rij"})
	srch := &retrieval.HybridSearcher{Store: st}
	subjects := func() map[string][]string {
		t.Helper()
		ts, err := srch.TableSubjects(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]string{}
		for doc, rows := range ts.ByDocument {
			for _, r := range rows {
				out[doc] = append(out[doc], r.Subject)
			}
		}
		return out
	}
	if diff := cmp.Diff(map[string][]string{"a": {"tarvomycine tablet 250 mg", "tarvomycine tablet 250 mg"}}, subjects()); diff != "" {
		t.Errorf("one document (-want +got):\n%s", diff)
	}
	subjects() // unchanged corpus: nothing read
	st.put("b", 1, row("korvidine (aanval) tablet 0,5 mg"))
	subjects()
	st.put("a", 2, row("quilmeprofen tablet 200 mg"))
	want := map[string][]string{"a": {"quilmeprofen tablet 200 mg"}, "b": {"korvidine (aanval) tablet 0,5 mg"}}
	if diff := cmp.Diff(want, subjects()); diff != "" {
		t.Errorf("after a second document and a new version (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "b", "a"}, st.reads); diff != "" {
		t.Errorf("Chunks calls (-want +got):\n%s", diff)
	}
	// A document removed between the list and its rows is left out.
	st.put("c", 1, row("velamistat tablet 100 mg"))
	st.gone = "c"
	if diff := cmp.Diff(want, subjects()); diff != "" {
		t.Errorf("with a document removed while read (-want +got):\n%s", diff)
	}
}
