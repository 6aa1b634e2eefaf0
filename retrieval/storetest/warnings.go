package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer/retrieval"
)

// testWarnings: a version's extraction warnings are stored with it and read
// back by Document and Documents as given (order and text unchanged); none
// is nil however they were put; a new version carries its own warnings,
// never its predecessor's, and a same-content put keeps the stored ones.
func testWarnings(t *testing.T, s retrieval.Store) {
	warned := []string{
		"pagina 2: 135 tekens staan in een lettertype dat in het bestand ontbreekt en zijn niet gelezen; controleer of tekst ontbreekt",
		`pagina 3: 40% van de tekens is onleesbaar ("≥" en 'µ'); controleer de tekst`,
		"PDF-structuur was beschadigd en is hersteld",
	}
	diabetes := fixtureDoc(0, "sha-0-v1")
	diabetes.Warnings = warned
	res := put(t, s, diabetes, fixtureChunksOf(0))
	if diff := cmp.Diff(warned, res.Document.Warnings); diff != "" {
		t.Errorf("PutResult warnings (-want +got):\n%s", diff)
	}
	griep := fixtureDoc(1, "sha-1-v1")
	griep.Warnings = []string{}
	put(t, s, griep, fixtureChunksOf(1))
	wantWarnings(t, s, map[string][]string{"diabetes": warned, "griep": nil})

	// Same content, other warnings: nothing is written.
	again := fixtureDoc(0, "sha-0-v1")
	again.Warnings = []string{"pagina 9: anders"}
	put(t, s, again, fixtureChunksOf(0))
	wantWarnings(t, s, map[string][]string{"diabetes": warned, "griep": nil})

	// A new version without warnings has none.
	put(t, s, fixtureDoc(0, "sha-0-v2"), newVersionChunks(0, 3))
	wantWarnings(t, s, map[string][]string{"diabetes": nil, "griep": nil})

	// Re-ingest of the same content (a better extractor) stores its own.
	redone := fixtureDoc(1, "sha-1-v1")
	redone.Warnings = []string{"pagina 1: geen tekst gevonden (afbeelding of scan?)"}
	if _, err := s.ReplaceDocument(t.Context(), redone, fixtureChunksOf(1)); err != nil {
		t.Fatalf("ReplaceDocument: %v", err)
	}
	wantWarnings(t, s, map[string][]string{"diabetes": nil, "griep": redone.Warnings})
}

// wantWarnings checks the current version's warnings of each document, by
// Document and by Documents.
func wantWarnings(t *testing.T, s retrieval.Store, want map[string][]string) {
	t.Helper()
	docs, err := s.Documents(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	listed := make(map[string][]string, len(docs))
	for _, d := range docs {
		listed[d.ID] = d.Warnings
	}
	if diff := cmp.Diff(want, listed); diff != "" {
		t.Errorf("Documents warnings (-want +got):\n%s", diff)
	}
	for id, w := range want {
		d, err := s.Document(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(w, d.Warnings); diff != "" {
			t.Errorf("Document(%s) warnings (-want +got):\n%s", id, diff)
		}
	}
}
