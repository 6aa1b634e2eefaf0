package api

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/google/go-cmp/cmp"
)

// TestSearchPassageKindAndCaption: /v1/search returns a table row with its
// kind and caption, a text passage with its kind and no caption, and never
// the whole table, from the real store and searcher.
func TestSearchPassageKindAndCaption(t *testing.T) {
	ctx := t.Context()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bw.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	emb := embed.NewLocal(64)
	caption := "Tabel 1 Dosering van nordaxilline"
	chunks := []bronwijzer.Chunk{
		{Kind: bronwijzer.KindText, Section: "Beleid", Text: "Geef nordaxilline alleen bij een eGFR boven 30."},
		{Kind: bronwijzer.KindTableRow, Section: "Beleid", Caption: caption,
			Text: caption + " — Middel: nordaxilline · Volwassenen: 1 dd 1 mg"},
		{Kind: bronwijzer.KindTable, Section: "Beleid", Caption: caption,
			Text: caption + "\nMiddel | Volwassenen\nnordaxilline | 1 dd 1 mg"},
	}
	for i := range chunks {
		body, field := retrieval.IndexFields(chunks[i])
		chunks[i].Ordinal, chunks[i].PageStart, chunks[i].PageEnd = i, 1, 1
		chunks[i].Terms, chunks[i].FieldTerms = an.Terms(body), an.Terms(field)
		if chunks[i].Embedding, err = emb.EmbedQuery(ctx, chunks[i].Text); err != nil {
			t.Fatal(err)
		}
	}
	doc := bronwijzer.Document{ID: "ft", Title: "Fictieve richtlijn", SHA256: "sha", Embedder: retrieval.EmbedderName(emb), Verified: true}
	if _, err := store.PutDocument(ctx, doc, chunks); err != nil {
		t.Fatal(err)
	}
	deps := testDeps()
	deps.Searcher = &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}
	s, _ := newTestServer(t, Config{}, deps)
	for _, mode := range []string{"lexical", "hybrid"} {
		rec := do(t, s.Handler(), http.MethodPost, "/v1/search", `{"query":"dosering nordaxilline volwassenen","k":10,"mode":"`+mode+`"}`)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", mode, rec.Code, rec.Body)
		}
		var resp struct {
			Passages []map[string]any `json:"passages"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		got := map[string][2]any{}
		for _, p := range resp.Passages {
			got[p["id"].(string)] = [2]any{p["kind"], p["caption"]}
		}
		want := map[string][2]any{
			"ft:1:0": {"text", nil},
			"ft:1:1": {"table_row", caption},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: passages' kind and caption (-want +got):\n%s", mode, diff)
		}
	}
}
