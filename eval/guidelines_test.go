package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

const (
	guidelineSet = "datasets/guidelines.jsonl"
	guidelineDir = "../testdata/guidelines"
)

func mustLoadGuidelineSet(tb testing.TB) []Question {
	tb.Helper()
	return mustLoadSet(tb, guidelineSet)
}

// guidelineTexts extracts every guideline the registry lists with the
// project's own extractor for its format, so quotes are checked against
// the text the pipeline indexes. Keyed by registry id.
var guidelineTexts = sync.OnceValues(func() (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(guidelineDir, "sources.json"))
	if err != nil {
		return nil, err
	}
	var reg struct {
		Sources []struct{ ID, File string } `json:"sources"`
	}
	if err := json.Unmarshal(data, &reg); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, s := range reg.Sources {
		text, err := extractGuideline(filepath.Join(guidelineDir, s.File))
		if err != nil {
			return nil, err
		}
		out[docKey(s.ID)] = text
	}
	return out, nil
})

func extractGuideline(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var doc *extract.Document
	switch filepath.Ext(path) {
	case ".pdf":
		doc, err = extract.PDF(context.Background(), data, extract.PDFOptions{})
	case ".html":
		doc, err = extract.HTML(data)
	default:
		doc, err = extract.Markdown(data)
	}
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, pg := range doc.Pages {
		b.WriteString(pg.Text)
		b.WriteString("\n\n")
	}
	return b.String(), nil
}

func mustGuidelines(t *testing.T) map[string]string {
	t.Helper()
	texts, err := guidelineTexts()
	if err != nil {
		t.Fatalf("extract dev guidelines: %v", err)
	}
	if len(texts) != 4 {
		t.Fatalf("dev guidelines: extracted %d, want 4", len(texts))
	}
	return texts
}

// TestGuidelineSetShape proves the guideline set meets its brief: size,
// table questions with a subject, near-misses, every topic and every
// guideline covered.
func TestGuidelineSetShape(t *testing.T) {
	qs := mustLoadGuidelineSet(t)
	tags := map[string]int{}
	table, nearMiss := 0, 0
	for _, q := range qs {
		for _, tag := range q.Tags {
			tags[tag]++
		}
		isTable := hasTag(q, "tabel")
		if isTable && q.Answerable {
			table++
			if q.Subject == "" {
				t.Errorf("%s: table question without subject", q.ID)
			}
		}
		if hasTag(q, "near-miss") {
			if q.Answerable {
				t.Errorf("%s: near-miss marked answerable", q.ID)
			}
			nearMiss++
		}
	}
	if len(qs) < 110 {
		t.Errorf("questions = %d, want ≥ 110", len(qs))
	}
	if table < 24 {
		t.Errorf("answerable table questions = %d, want ≥ 24", table)
	}
	if nearMiss < 28 {
		t.Errorf("near-misses = %d, want ≥ 28", nearMiss)
	}
	for _, g := range []string{"ft01", "ft02", "ft03", "ft04"} {
		if tags[g] < 20 {
			t.Errorf("questions tagged %s = %d, want ≥ 20", g, tags[g])
		}
	}
	for _, topic := range []string{"dosering", "kinderen", "nierfunctie", "verwijzing", "controle", "zwangerschap",
		"borstvoeding", "contra-indicatie", "interactie", "diagnostiek", "alarmsymptomen", "epidemiologie",
		"percentage", "afkorting", "lijst", "twee-zinnen", "twee-richtlijnen"} {
		if tags[topic] == 0 {
			t.Errorf("no question tagged %q", topic)
		}
	}
}

// TestGuidelineSetEvidence proves every quote occurs (after Fold) in the
// text the project's extractor produces from its guideline, and every
// subject in the guideline its evidence comes from: a miss in the eval is
// then a ranking miss, not an unmatchable quote.
func TestGuidelineSetEvidence(t *testing.T) {
	texts := mustGuidelines(t)
	for _, q := range mustLoadGuidelineSet(t) {
		for _, e := range q.Evidence {
			text, ok := texts[docKey(e.Document)]
			if !ok {
				t.Errorf("%s: document %q is not a dev guideline", q.ID, e.Document)
				continue
			}
			if n := len(Tokens(e.Quote)); n < 2 || n > 12 {
				t.Errorf("%s: quote %q has %d tokens, want a short span", q.ID, e.Quote, n)
			}
			if !strings.Contains(Fold(text), Fold(e.Quote)) {
				t.Errorf("%s: quote %q not found in %s (fuzzy overlap %.2f)", q.ID, e.Quote, e.Document,
					OrderedOverlap(Tokens(e.Quote), Tokens(text)))
			}
		}
		if q.Subject != "" && len(q.Evidence) > 0 {
			if !strings.Contains(Fold(texts[docKey(q.Evidence[0].Document)]), Fold(q.Subject)) {
				t.Errorf("%s: subject %q not in %s", q.ID, q.Subject, q.Evidence[0].Document)
			}
		}
	}
}

// TestGuidelineSetQuestionsParaphrase proves no question copies a
// guideline: no run of six consecutive question tokens occurs in any of them.
func TestGuidelineSetQuestionsParaphrase(t *testing.T) {
	texts := mustGuidelines(t)
	var all strings.Builder
	for _, text := range texts {
		all.WriteString(" " + strings.Join(Tokens(text), " ") + " ")
	}
	for _, q := range mustLoadGuidelineSet(t) {
		if gram := copiedRun(q.Question, all.String(), 6); gram != "" {
			t.Errorf("%s copies the source: %q", q.ID, gram)
		}
	}
}

// copiedRun returns the first run of n consecutive tokens of question that
// occurs in corpus (tokens joined by single spaces, padded), or "".
func copiedRun(question, corpus string, n int) string {
	toks := Tokens(question)
	for i := 0; i+n <= len(toks); i++ {
		if gram := " " + strings.Join(toks[i:i+n], " ") + " "; strings.Contains(corpus, gram) {
			return strings.TrimSpace(gram)
		}
	}
	return ""
}

func hasTag(q Question, tag string) bool {
	for _, t := range q.Tags {
		if t == tag {
			return true
		}
	}
	return false
}
