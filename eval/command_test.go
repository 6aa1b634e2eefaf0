package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
)

// writeDataset writes testQuestions as a JSONL file.
func writeDataset(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	for _, q := range testQuestions {
		if q.Evidence == nil {
			q.Evidence = []Evidence{}
		}
		line, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(append(line, '\n'))
	}
	path := filepath.Join(t.TempDir(), "set.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func localDeps(stdout *bytes.Buffer, opened *Corpus) Deps {
	p := fakeProvider{retrieval.Hybrid: newFakeBackend(), retrieval.Lexical: newFakeBackend(), retrieval.Dense: newFakeBackend()}
	return Deps{
		Stdout: stdout, Stderr: &bytes.Buffer{},
		OpenLocal: func(_ context.Context, c Corpus) (Provider, func() error, error) {
			*opened = c
			return p, nil, nil
		},
		Now: func() time.Time { return time.Date(2026, 11, 23, 6, 0, 0, 0, time.UTC) },
	}
}

func TestRunCommandLocalCompare(t *testing.T) {
	dir := t.TempDir()
	var stdout bytes.Buffer
	var opened Corpus
	jsonOut, htmlOut := filepath.Join(dir, "out.json"), filepath.Join(dir, "out.html")
	err := RunCommand(context.Background(), []string{"--dataset", writeDataset(t), "--compare", "all", "--bundled",
		"--json", jsonOut, "--html", htmlOut}, localDeps(&stdout, &opened))
	if err != nil {
		t.Fatal(err)
	}
	if opened != (Corpus{Bundled: true}) {
		t.Errorf("OpenLocal got %+v, want the bundled corpus", opened)
	}
	lines := strings.Split(stdout.String(), "\n")
	if !strings.HasPrefix(lines[0], "KRITIEKE FOUTEN (critical errors): ") {
		t.Errorf("first line = %q, want the critical errors", lines[0])
	}
	if i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "metric ") }); i < 0 ||
		strings.Join(strings.Fields(lines[i]), " ") != "metric hybrid lexical dense" {
		t.Errorf("no table header \"metric hybrid lexical dense\" in:\n%s", stdout.String())
	}
	var doc struct {
		Meta    Meta               `json:"meta"`
		Configs map[string]Summary `json:"configs"`
		Results []Result           `json:"results"`
	}
	data, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Configs) != 3 || len(doc.Results) != 9 || doc.Meta.Backend != "in-process" || doc.Meta.Dataset != "set.jsonl" ||
		doc.Meta.Corpus != "bundled" {
		t.Errorf("json: %d configs, %d results, meta %+v", len(doc.Configs), len(doc.Results), doc.Meta)
	}
	if html, err := os.ReadFile(htmlOut); err != nil || !bytes.Contains(html, []byte("<svg")) {
		t.Errorf("html report: err %v, %d bytes", err, len(html))
	}
}

func TestRunCommandCorpus(t *testing.T) {
	var stdout bytes.Buffer
	var opened Corpus
	jsonOut := filepath.Join(t.TempDir(), "out.json")
	if err := RunCommand(context.Background(), []string{"--dataset", writeDataset(t), "--corpus", "testdata/guidelines", "--quiet", "--json", jsonOut},
		localDeps(&stdout, &opened)); err != nil {
		t.Fatal(err)
	}
	if opened != (Corpus{Dir: "testdata/guidelines"}) {
		t.Errorf("OpenLocal got %+v, want the --corpus directory", opened)
	}
	var doc struct{ Meta Meta }
	data, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &doc); err != nil || doc.Meta.Corpus != "testdata/guidelines" {
		t.Errorf("json meta = %+v (err %v), want corpus testdata/guidelines", doc.Meta, err)
	}
}

func TestRunCommandAPI(t *testing.T) {
	f, srv := newFakeAPI(t)
	var stdout bytes.Buffer
	deps := Deps{Stdout: &stdout, Stderr: &bytes.Buffer{}, Getenv: func(k string) string {
		if k == "BRONWIJZER_API_KEY" {
			return f.key
		}
		return ""
	}}
	if err := RunCommand(context.Background(), []string{"--dataset", writeDataset(t), "--api", srv.URL, "--k", "3"}, deps); err != nil {
		t.Fatal(err)
	}
	if f.bodies["/v1/ask"]["k"] != 3.0 || f.bodies["/v1/search"]["mode"] != "hybrid" {
		t.Errorf("requests = %v", f.bodies)
	}
	if strings.Contains(stdout.String(), "mislukte") {
		t.Errorf("requests failed:\n%s", stdout.String())
	}
}

func TestRunCommandGate(t *testing.T) {
	dir := t.TempDir()
	th := filepath.Join(dir, "th.json")
	if err := os.WriteFile(th, []byte(`{"min":{"hit_at_1":0.9}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	var opened Corpus
	err := RunCommand(context.Background(), []string{"--dataset", writeDataset(t), "--thresholds", th}, localDeps(&stdout, &opened))
	if !IsGateFailure(err) {
		t.Errorf("err = %v, want a gate failure", err)
	}
}

func TestRunCommandBadInput(t *testing.T) {
	set := writeDataset(t)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no dataset", nil, "--dataset is verplicht"},
		{"unknown flag", []string{"--dataset", set, "--nope"}, "ongeldige opties"},
		{"k out of range", []string{"--dataset", set, "--k", "0"}, "--k moet"},
		{"bundled with api", []string{"--dataset", set, "--api", "http://x", "--bundled"}, "--bundled"},
		{"corpus with api", []string{"--dataset", set, "--api", "http://x", "--corpus", "dir"}, "--corpus"},
		{"corpus with bundled", []string{"--dataset", set, "--bundled", "--corpus", "dir"}, "--bundled of --corpus"},
		{"bad compare", []string{"--dataset", set, "--compare", "bm25"}, "onbekende configuratie"},
		{"missing dataset file", []string{"--dataset", set + ".nope"}, "kan niet worden geopend"},
		{"malformed dataset", []string{"--dataset", bad}, "regel 1"},
		{"bad api url", []string{"--dataset", set, "--api", "localhost"}, "ongeldige API-URL"},
		{"judge without llm", []string{"--dataset", set, "--judge"}, "--judge"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout bytes.Buffer
			var opened Corpus
			err := RunCommand(context.Background(), tt.args, localDeps(&stdout, &opened))
			if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID || !strings.Contains(bronwijzer.ErrorMessage(err), tt.want) {
				t.Errorf("err = %v, want EINVALID containing %q", err, tt.want)
			}
		})
	}
}

func TestRunCommandJudgeAndProgress(t *testing.T) {
	var stdout bytes.Buffer
	var opened Corpus
	deps := localDeps(&stdout, &opened)
	stderr := &bytes.Buffer{}
	deps.Stderr, deps.Judge = stderr, fixedJudge(0.5)
	if err := RunCommand(context.Background(), []string{"--dataset", writeDataset(t), "--judge"}, deps); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^faithfulness \(LLM\) +0\.500$`).MatchString(stdout.String()) {
		t.Errorf("table lacks the judge row:\n%s", stdout.String())
	}
	if got := stderr.String(); got != "eval hybrid: 3/3\n" {
		t.Errorf("progress = %q", got)
	}
}
