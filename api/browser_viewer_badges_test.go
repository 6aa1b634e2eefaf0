package api

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
	"github.com/chromedp/chromedp"
)

// The preview's warnings on a real citation: a source older than the
// maximum age is "verouderd", a file that differs from the registry's
// verified version is "niet geverifieerd" (cited only on a server that
// allows unverified sources), and the copied reference says both.

// openUnverifiedStack ingests the bundled corpus with the AI Kompas dated
// published and its file changed by one byte after the registry copy was
// written, so its SHA-256 no longer matches: the registry still gives its
// title and date, but it is not verified. The answerer cites unverified
// sources (answer.Config.AllowUnverified).
func openUnverifiedStack(t *testing.T, published string) realStack {
	t.Helper()
	ctx := context.Background()
	dir, reg := testCorpus(t, stackOptions{registry: map[string]map[string]any{kompasDocID: {"published": published}}})
	path := filepath.Join(dir, kompasDocID+".pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "corpus.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	emb := embed.NewLocal(embed.DefaultDim)
	p := &ingest.Pipeline{Store: store, Embedder: emb, Analyzer: an, Registry: reg, Files: store}
	for _, r := range p.Paths(ctx, []string{dir}, nil) {
		if r.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %v", r.Path, r.Err)
		}
		if want := r.DocumentID != kompasDocID; r.Verified != want {
			t.Fatalf("ingest %s: verified %v, want %v", r.Path, r.Verified, want)
		}
	}
	searcher := &retrieval.HybridSearcher{Store: store, Embedder: emb, Analyzer: an}
	return realStack{store: store, searcher: searcher,
		asker: answer.New(answer.Config{Analyzer: an, AllowUnverified: true}, searcher, nil)}
}

// TestBrowserPreviewBadges: the AI Kompas, dated 2010-03-12 and no longer
// matching its registry entry, is cited by the real answerer; its preview
// shows "12 maart 2010" with the badges "verouderd" and "niet
// geverifieerd", and the copied reference warns of both.
func TestBrowserPreviewBadges(t *testing.T) {
	stack := openUnverifiedStack(t, "2010-03-12")
	question, resp := stack.pick(t, "a citation of the AI Kompas", questionsAbout(t, "ai-kompas", questionKompas), citingDoc(kompasDocID))
	c, _ := citationOf(resp, kompasDocID)
	if c.Verified || !c.Outdated {
		t.Fatalf("citation verified %v, outdated %v; the test needs an unverified, outdated source", c.Verified, c.Outdated)
	}
	ctx := browser(t)
	s, _ := newTestServer(t, Config{}, stack.deps())
	base := serve(t, s)
	askOnPage(t, ctx, base, question, answered)
	checkPreview(t, ctx, c, "12 maart 2010", "")
	got := get(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#detail-badges .badge"))
		.filter(b => b.checkVisibility()).map(b => b.textContent)`))
	if strings.Join(got, ",") != "verouderd,niet geverifieerd" {
		t.Errorf("visible badges %q, want verouderd and niet geverifieerd", got)
	}
	screenshot(t, ctx, "ui-preview-badges")
}
