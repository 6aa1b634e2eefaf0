package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/admin"
)

func TestCompareOutcomes(t *testing.T) {
	yes, no := ptr(true), ptr(false)
	answered := Outcome{ID: "k1", Answerable: true, HitRank: 2, EvidenceCited: yes}
	refused := Outcome{ID: "k1", Answerable: true, HitRank: 9, Abstained: true}
	tests := []struct {
		name          string
		a, b          Outcome
		better, worse []string // aspects
	}{
		{"same", answered, answered, nil, nil},
		{"answered with evidence now", refused, answered,
			[]string{"hit@5", "beantwoord (answered)", "bewijs geciteerd (cited evidence)"}, nil},
		{"refused now", answered, refused,
			nil, []string{"hit@5", "beantwoord (answered)", "bewijs geciteerd (cited evidence)"}},
		{"rank moves inside the top 5", answered, Outcome{ID: "k1", Answerable: true, HitRank: 5, EvidenceCited: yes}, nil, nil},
		{"evidence lost, critical gained", answered,
			Outcome{ID: "k1", Answerable: true, HitRank: 2, EvidenceCited: no, Critical: "number_without_evidence"},
			nil, []string{"bewijs geciteerd (cited evidence)", "kritieke fout (critical error)"}},
		{"failed request is not an answer", answered, Outcome{ID: "k1", Answerable: true, HitRank: 2, AskFailed: true},
			nil, []string{"beantwoord (answered)", "bewijs geciteerd (cited evidence)"}},
		{"unanswerable refused now", Outcome{ID: "u1", Critical: "answered_unanswerable"}, Outcome{ID: "u1", Abstained: true},
			[]string{"geweigerd (refused)", "kritieke fout (critical error)"}, nil},
		{"unanswerable answered now", Outcome{ID: "u1", Abstained: true}, Outcome{ID: "u1", Critical: "answered_unanswerable"},
			nil, []string{"geweigerd (refused)", "kritieke fout (critical error)"}},
		{"unanswerable failed now", Outcome{ID: "u1", Abstained: true}, Outcome{ID: "u1", Abstained: true, AskFailed: true},
			nil, []string{"geweigerd (refused)"}},
	}
	aspects := func(cs []Change) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Aspect)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			better, worse := compareOutcomes(tt.a, tt.b)
			if diff := cmp.Diff(tt.better, aspects(better)); diff != "" {
				t.Errorf("better (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.worse, aspects(worse)); diff != "" {
				t.Errorf("worse (-want +got):\n%s", diff)
			}
		})
	}
}

// memRuns is an in-memory admin.EvalRunStore.
type memRuns struct{ runs []admin.EvalRun }

func (m *memRuns) SaveEvalRun(_ context.Context, r admin.EvalRun) error {
	if err := admin.ValidateEvalRun(r); err != nil {
		return err
	}
	m.runs = append(m.runs, r)
	return nil
}

func (m *memRuns) EvalRuns(context.Context) ([]admin.EvalRun, error) {
	out := []admin.EvalRun{}
	for _, r := range slices.Backward(m.runs) {
		r.Outcomes = nil
		out = append(out, r)
	}
	return out, nil
}

func (m *memRuns) EvalRun(_ context.Context, id string) (*admin.EvalRun, error) {
	for _, r := range m.runs {
		if r.ID == id {
			return &r, nil
		}
	}
	return nil, admin.EvalRunNotFound(id)
}

func TestRunCommandSave(t *testing.T) {
	store := &memRuns{}
	var stdout bytes.Buffer
	var opened Corpus
	deps := localDeps(&stdout, &opened)
	deps.OpenRuns = func(context.Context) (admin.EvalRunStore, func() error, error) {
		return store, func() error { return nil }, nil
	}
	if err := RunCommand(t.Context(), []string{"history"}, deps); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "Nog geen opgeslagen eval-runs") {
		t.Errorf("history of an empty store = %q", stdout.String())
	}
	dataset := writeDataset(t)
	if err := RunCommand(t.Context(), []string{"--dataset", dataset, "--save", "--quiet", "--compare", "lexical,hybrid"}, deps); err != nil {
		t.Fatal(err)
	}
	if len(store.runs) != 1 || !strings.Contains(stdout.String(), "eval-run opgeslagen (saved): "+store.runs[0].ID+"\n") {
		t.Fatalf("saved %d runs; stdout:\n%s", len(store.runs), stdout.String())
	}
	r, err := decodeRun(store.runs[0])
	if err != nil {
		t.Fatal(err)
	}
	if r.Config.Mode != "lexical" || !slices.Equal(r.Config.Configs, []string{"lexical", "hybrid"}) || r.Config.K != 5 ||
		len(r.Outcomes) != len(testQuestions) || r.Summary.Questions != len(testQuestions) || r.Dataset != "set.jsonl" {
		t.Errorf("saved run: config %+v, %d outcomes, summary %d questions, dataset %s", r.Config, len(r.Outcomes), r.Summary.Questions, r.Dataset)
	}

	deps.OpenRuns = nil
	err = RunCommand(t.Context(), []string{"--dataset", dataset, "--save"}, deps)
	if bronwijzer.ErrorCode(err) != bronwijzer.EUNSUPPORTED {
		t.Errorf("--save without a run store: %v", err)
	}
}

func TestHistoryPlotSkipsNull(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	points := []HistoryPoint{
		{ID: "r1", CreatedAt: t0, Summary: Summary{HitAt5: ptr(0.5)}},
		{ID: "r2", CreatedAt: t0.Add(time.Hour), Summary: Summary{HitAt5: ptr(0.75), MRR: ptr(0.25)}},
	}
	h := historyPlotOf(points)
	if len(h.Rows) != 2 || len(h.Lines) != 5 {
		t.Fatalf("%d rows, %d lines; want 2 rows and a line per rate metric", len(h.Rows), len(h.Lines))
	}
	if got := h.Lines[0].Points; got != "120,140 190,90" {
		t.Errorf("hit@5 line = %q", got)
	}
	if got := len(h.Lines[1].Dots); got != 1 {
		t.Errorf("MRR has %d dots; the run without a value must have none", got)
	}
	if historyPlotOf(nil).Rows != nil {
		t.Error("no saved runs must give no chart")
	}
}

func TestClientDescribe(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Path != "/readyz" {
			http.Error(w, "nee", http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"status": "ready", "info": map[string]string{
			"store": "postgres", "embedder": "e5", "answerer": "extractive", "corpus_version": "abc123def456"}})
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, "k", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Describe(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := Setup{CorpusVersion: "abc123def456", Store: "postgres", Embedder: "e5", Answerer: "extractive"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Describe (-want +got):\n%s", diff)
	}
}
