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
