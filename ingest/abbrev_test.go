package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/abbrev"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
)

// A question in one form of an abbreviation the document defines finds the
// passages that use only the other form: the Kompas defines its
// abbreviations in a list ("PFN Patiëntenfederatie Nederland") or in
// parentheses, the guideline in parentheses. Without the expansion at
// ingest the lexical list cannot return those passages at all, because they
// share no term with the query.
func TestAbbreviationsFindTheOtherForm(t *testing.T) {
	p, store := MustOpenPipeline(t)
	ctx := context.Background()
	for _, path := range []string{
		filepath.Join(corpusDir, "ai-kompas-nulde-eerstelijnszorg.pdf"),
		filepath.Join("..", "testdata", "guidelines", "ft01-ambervlekkenziekte.pdf"),
	} {
		if r := p.File(ctx, path); r.Status != ingest.StatusIngested {
			t.Fatalf("ingest %s: %s %v", path, r.Status, r.Err)
		}
	}
	an, err := analysis.New()
	if err != nil {
		t.Fatal(err)
	}
	s := &retrieval.HybridSearcher{Store: store, Embedder: embed.NewLocal(384), Analyzer: an}
	tests := []struct {
		name, doc, query, short, long string
	}{
		{"kompas long to short", "ai-kompas-nulde-eerstelijnszorg", "Landelijke Huisartsen Vereniging", "LHV", "Landelijke Huisartsen Vereniging"},
		{"kompas short to long", "ai-kompas-nulde-eerstelijnszorg", "PFN", "PFN", "Patiëntenfederatie Nederland"},
		{"guideline long to short", "ft01-ambervlekkenziekte", "melding Landelijk Meldpunt Mijtoverdraagbare Aandoeningen", "LMMA", "Landelijk Meldpunt Mijtoverdraagbare Aandoeningen"},
		{"guideline long to short, hyphenated", "ft01-ambervlekkenziekte", "lividus-antigeentest", "LAT", "lividus-antigeentest"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			chunks, err := store.Chunks(ctx, tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := abbrev.FromChunks(chunks).Long(tc.short); got != tc.long {
				t.Errorf("the document's table gives %s = %q, want %q", tc.short, got, tc.long)
			}
			other := tc.short // the form the query does not use
			if strings.Contains(tc.query, tc.short) {
				other = tc.long
			}
			list, err := s.Search(ctx, tc.query, retrieval.SearchOptions{K: 5, Mode: retrieval.Lexical})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range list {
				if p.DocumentID == tc.doc && onlyForm(p, other, tc.short, tc.long) {
					return
				}
			}
			t.Errorf("no passage among the top 5 for %q uses only %q:\n%s", tc.query, other, texts(list))
		})
	}
}

// onlyForm reports whether the passage uses form and not the other one.
func onlyForm(p bronwijzer.Passage, form, short, long string) bool {
	text := strings.ToLower(strings.Join(strings.Fields(p.Text), " "))
	hasShort := strings.Contains(p.Text, short)
	hasLong := strings.Contains(text, strings.ToLower(long))
	if form == short {
		return hasShort && !hasLong
	}
	return hasLong && !hasShort
}

func texts(list []bronwijzer.Passage) string {
	var b strings.Builder
	for _, p := range list {
		b.WriteString("  " + p.ID + ": " + p.Text[:min(len(p.Text), 120)] + "\n")
	}
	return b.String()
}
