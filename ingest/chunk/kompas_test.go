package chunk

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// TestChunkKompas chunks the bundled AI Kompas (53 pages, two columns) and
// checks the invariants on real extraction output plus its rough shape.
func TestChunkKompas(t *testing.T) {
	data, err := os.ReadFile("../../corpus/ai-kompas-nulde-eerstelijnszorg.pdf")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	doc, err := extract.PDF(context.Background(), data, extract.PDFOptions{})
	if err != nil {
		t.Fatalf("extract.PDF: %v", err)
	}
	chunks := Chunk(doc, Options{})
	checkChunks(t, doc, Options{}, chunks)
	var words, withSection, multiPage int
	pages := make(map[int]bool)
	for _, c := range chunks {
		words += len(strings.Fields(c.Text))
		if c.Section != "" {
			withSection++
		}
		if c.PageEnd > c.PageStart {
			multiPage++
		}
		for p := c.PageStart; p <= c.PageEnd; p++ {
			pages[p] = true
		}
	}
	t.Logf("%d pages, %d chunks, %d words (%.0f per chunk), %d with a section, %d spanning pages",
		len(doc.Pages), len(chunks), words, float64(words)/float64(len(chunks)), withSection, multiPage)
	if len(chunks) < 40 || len(chunks) > 400 {
		t.Errorf("%d chunks for the Kompas, want 40–400", len(chunks))
	}
	if withSection < len(chunks)*3/4 {
		t.Errorf("only %d of %d chunks have a section path", withSection, len(chunks))
	}
	for _, p := range doc.Pages {
		if strings.TrimSpace(p.Text) != "" && !pages[p.Number] {
			t.Errorf("page %d has text but no chunk", p.Number)
		}
	}
}
