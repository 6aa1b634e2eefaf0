package main

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
)

// TestServeVerifiesSourceAtOnce: `serve` wires its --registry into the
// sources routes and keeps its own registry in step. The Nivel article is
// ingested while the registry does not list it (unverified, never cited);
// verified over the API with a review date already past, the next answer
// cites it, and flags it as past its review date without a restart.
func TestServeVerifiesSourceAtOnce(t *testing.T) {
	dir := t.TempDir()
	bundled, err := corpus.Load(repoPath("corpus/sources.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rest []bronwijzer.Source
	for _, s := range bundled.Sources() {
		if s.ID != nivelDoc {
			rest = append(rest, s)
		}
	}
	without, err := corpus.New(rest)
	if err != nil {
		t.Fatal(err)
	}
	reg := filepath.Join(dir, "sources.json")
	if err := corpus.Save(reg, without); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, dir, "ingest", repoPath("corpus"), "--registry", reg); code != exitOK {
		t.Fatalf("ingest: %d %s %s", code, out, errOut)
	}
	cfg := testConfig(dir)
	cfg.Registry = reg
	base, err := startServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	const question = "Van welke factoren hangt de invoering van AI in de huisartsenpraktijk volgens het Nivel af?"
	if cites(ask(t, base, question), nivelDoc) != nil {
		t.Fatal("an unverified document was cited")
	}

	var changed struct {
		Entry bronwijzer.Source `json:"entry"`
	}
	body := map[string]any{"document_id": nivelDoc, "published": "2025-10-09", "publisher": "Nivel", "review_by": "2025-11-01"}
	if code := postJSON(t, base+"/v1/sources", body, &changed); code != http.StatusOK {
		t.Fatalf("verify: status %d", code)
	}
	onDisk, err := corpus.Load(reg)
	if err != nil {
		t.Fatal(err)
	}
	if src, ok := onDisk.Source(nivelDoc); !ok || !strings.EqualFold(src.SHA256, changed.Entry.SHA256) || src.ReviewBy != "2025-11-01" {
		t.Errorf("registry file after verify: %+v %v", src, ok)
	}
	c := cites(ask(t, base, question), nivelDoc)
	if c == nil {
		t.Fatal("the verified document is not cited")
	}
	if !c.Verified || !c.ReviewDue || c.Published != "2025-10-09" {
		t.Errorf("citation after verify: verified %v, review_due %v, published %q; want the registry's entry at once", c.Verified, c.ReviewDue, c.Published)
	}
}

const nivelDoc = "nivel-inzet-ai-huisartsenpraktijken"

// cites returns the answer's first citation of doc, or nil.
func cites(resp answer.Response, doc string) *answer.Citation {
	for i, c := range resp.Citations {
		if c.DocumentID == doc {
			return &resp.Citations[i]
		}
	}
	return nil
}
