package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/answer"
)

// The committed answer model is what `bronwijzer fit-answers` makes from the
// committed question sets and documents: a change to the features, the
// candidates, the rules or the data without a refit fails here.
func TestFitAnswersReproducesCommittedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the bundled corpus and the dev guidelines")
	}
	out := filepath.Join(t.TempDir(), "model.json")
	sets := repoPath("eval/datasets/dev.jsonl") + "=bundled," + repoPath("eval/datasets/guidelines.jsonl") + "=" + repoPath("testdata/guidelines")
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), []string{"fit-answers", "--data-dir", t.TempDir(), "--registry", repoPath("corpus/sources.json"),
		"--sets", sets, "--out", out}, nil, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "held out") {
		t.Errorf("report lacks the held-out figures:\n%s", stdout.String())
	}
	fitted, err := answer.LoadModel(out)
	if err != nil {
		t.Fatal(err)
	}
	committed := answer.DefaultModel()
	const tol = 1e-6
	close := func(a, b []float64) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if d := a[i] - b[i]; d > tol || d < -tol {
				return false
			}
		}
		return true
	}
	if !close(fitted.Weights, committed.Weights) || !close(fitted.AnswerWeights, committed.AnswerWeights) ||
		!close([]float64{fitted.Threshold}, []float64{committed.Threshold}) {
		t.Errorf("refitting gives another model than answer/model.json; run `make fit-answers` and commit it\nfitted threshold %v, committed %v",
			fitted.Threshold, committed.Threshold)
	}
}

func TestFitAnswersBadSets(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), []string{"fit-answers", "--data-dir", t.TempDir(), "--sets", "no-equals-sign", "--out", os.DevNull}, nil, &stdout, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), "DATASET=CORPUS") {
		t.Errorf("exit %d, stderr %q: want a usage error naming DATASET=CORPUS", code, stderr.String())
	}
}

// A practice's refitted model is used through --answer-model; a file that
// is no model of this version is refused with the reason.
func TestAnswerModelFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "model.json")
	data, err := os.ReadFile(repoPath("answer/model.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, data, 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"features": ["coverage"], "weights": [0, 1], "threshold": 0.5}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), []string{"ask", "--data-dir", t.TempDir(), "--answer-model", good, "Wat is koorts?"}, nil, &stdout, &stderr); code != exitOK {
		t.Errorf("good model: exit %d: %s", code, stderr.String())
	}
	stderr.Reset()
	code := Run(context.Background(), []string{"ask", "--data-dir", t.TempDir(), "--answer-model", bad, "Wat is koorts?"}, nil, &stdout, &stderr)
	if code == exitOK || !strings.Contains(stderr.String(), "antwoordmodel") || !strings.Contains(stderr.String(), "refit") {
		t.Errorf("bad model: exit %d, stderr %q: want a refusal naming the model and the refit", code, stderr.String())
	}
}

// The fit decides as the service does: a definition under the asked
// term's heading answers before any better-scored candidate.
func TestBestCandidateTakesTheDefinitionFirst(t *testing.T) {
	m := answer.DefaultModel()
	strong := make([]float64, len(answer.FeatureNames))
	for i := range strong {
		strong[i] = 1
	}
	weak := make([]float64, len(answer.FeatureNames))
	q := fitQuestion{cands: []fitCand{{text: "elders", x: strong}, {text: "onder de term", x: weak, defined: true}, {text: "ook elders", x: weak}}}
	if m.Prob(weak) >= m.Prob(strong) {
		t.Fatalf("test premise: the undefined candidate must score higher (%v, %v)", m.Prob(weak), m.Prob(strong))
	}
	if b, ok := bestCandidate(q, m); !ok || b.text != "onder de term" {
		t.Errorf("best %q, want the definition under its term", b.text)
	}
	q.cands[1].defined = false
	if b, _ := bestCandidate(q, m); b.text != "elders" {
		t.Errorf("best %q without a definition, want the best-scored", b.text)
	}
}
