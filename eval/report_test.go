package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// fixedReport is a two-configuration report built from the fake backend,
// with markup in a question to prove escaping.
func fixedReport(t *testing.T) *Report {
	t.Helper()
	qs := append([]Question{}, testQuestions...)
	qs = append(qs, Question{ID: "x1", Question: `<script>alert("x")</script> & dosis?`, Answerable: false})
	qs = append(qs, tableQuestion)
	lex, hyb := newFakeBackend(), newFakeBackend()
	// hybrid finds the dose only in a column without its drug; lexical
	// also finds the row that names it.
	hyb.search[tableQuestion.Question] = []bronwijzer.Passage{pColumn}
	lex.search[tableQuestion.Question] = []bronwijzer.Passage{pColumn, pRow}
	lex.ask[tableQuestion.Question] = &answer.Response{Abstained: true, Reason: "Geen bron.", Confidence: 0.4,
		Passages: []bronwijzer.Passage{pColumn, pRow}}
	// hybrid states a dose citing a passage without the evidence: a critical error.
	hyb.ask[tableQuestion.Question] = &answer.Response{Answer: "Geef 8 mg/kg 3 dd [1].",
		Sentences: []answer.Sentence{{Text: "Geef 8 mg/kg 3 dd [1].", Citations: []int{1}}},
		Citations: []answer.Citation{cite(1, pB)}, Passages: []bronwijzer.Passage{pB, pColumn}, Confidence: 0.6}
	lex.search[qs[1].Question] = []bronwijzer.Passage{pA, pB}
	lex.ask[qs[3].Question] = &answer.Response{Abstained: true, Reason: `Geen <b>bron</b>.`}
	hyb.ask[qs[3].Question] = &answer.Response{Abstained: true, Reason: "Geen bron."}
	rep, err := Runner{K: 5, Now: stepClock()}.Evaluate(context.Background(),
		fakeProvider{retrieval.Hybrid: hyb, retrieval.Lexical: lex},
		[]Config{{Name: "hybrid", Mode: retrieval.Hybrid}, {Name: "lexical", Mode: retrieval.Lexical}}, qs)
	if err != nil {
		t.Fatal(err)
	}
	rep.Meta = Meta{Dataset: "dev.jsonl", Backend: "in-process", AskMode: "per-config", K: 5,
		GeneratedAt: time.Date(2026, 11, 23, 6, 0, 0, 0, time.UTC)}
	return rep
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func TestWriteTableGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := fixedReport(t).WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.txt.golden", buf.Bytes())
}

func TestWriteHTMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := fixedReport(t).WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, bad := range []string{"<script", "<b>bron</b>", "http://", "https://"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %q: unescaped input or an external resource", bad)
		}
	}
	if !strings.Contains(html, "<svg") {
		t.Error("HTML has no inline SVG chart")
	}
	crit, summary := strings.Index(html, "Kritieke fouten (3)"), strings.Index(html, "<h2>Samenvatting")
	if crit < 0 || summary < 0 || crit > summary {
		t.Error("HTML does not list the 3 critical errors before the summary")
	}
	if n := strings.Count(html, "<polyline"); n != 2 {
		t.Errorf("HTML has %d risk-coverage lines, want one per configuration", n)
	}
	if !strings.Contains(html, "gegeven antwoorden (operating point)") {
		t.Error("HTML does not mark the operating point")
	}
	golden(t, "report.html.golden", buf.Bytes())
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := fixedReport(t).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json.golden", buf.Bytes())
	var doc struct {
		Summary map[string]any            `json:"summary"`
		Configs map[string]map[string]any `json:"configs"`
		Results []map[string]any          `json:"results"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{"critical_errors", "questions", "answerable", "hit_at_1", "hit_at_5", "mrr", "citation_validity", "citation_support",
		"answer_f1", "abstain_precision", "abstain_recall", "false_answer_rate", "answered_with_evidence",
		"false_refusal_rate", "aurc", "table_subject_at_5", "latency_p50_ms", "latency_p95_ms", "by_tag", "risk_coverage"}
	var got []string
	for k := range doc.Summary {
		got = append(got, k)
	}
	if diff := cmp.Diff(wantKeys, got, sortStrings); diff != "" {
		t.Errorf("summary keys (-want +got):\n%s", diff)
	}
	if len(doc.Configs) != 2 || len(doc.Results) != 10 {
		t.Errorf("configs = %d, results = %d; want 2 and 10", len(doc.Configs), len(doc.Results))
	}
}

var sortStrings = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})
