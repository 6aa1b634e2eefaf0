package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// The same commands on PostgreSQL: `migrate`, `ingest` and `serve
// --database-url` answer /v1/search and /v1/ask on the bundled corpus, and
// rank like the embedded store.
func TestServeOnPostgres(t *testing.T) {
	srv, err := pgtest.Start()
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() { srv.Stop() })
	srv.Skip(t)
	url := srv.Database(t)
	global := []string{"--database-url", url, "--registry", repoPath("corpus/sources.json")}

	for i, args := range [][]string{{"migrate"}, {"ingest", repoPath("corpus")}, {"ingest", repoPath("corpus")}} {
		var out, errOut bytes.Buffer
		if code := Run(context.Background(), append(append(args[:1:1], global...), args[1:]...), nil, &out, &errOut); code != exitOK {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out.String(), errOut.String())
		}
		// The first ingest into the empty database is one bulk load: files
		// are prepared first, then stored together.
		if bulk := strings.Contains(errOut.String(), "met de rest in één keer opgeslagen"); bulk != (i == 1) {
			t.Errorf("%v run %d: bulk load = %v\n%s", args, i, bulk, errOut.String())
		}
		if args[0] == "ingest" && !strings.Contains(out.String(), "2 opgenomen") && !strings.Contains(out.String(), "2 ongewijzigd") {
			t.Errorf("%v: %s", args, out.String())
		}
	}
	cfg := testConfig(t.TempDir())
	cfg.DatabaseURL = url
	base, err := startServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	embedded := mustCorpus(t)

	for _, tt := range knownQuestions[:6] {
		var pg, lite searchBody
		if code := postJSON(t, base+"/v1/search", map[string]any{"query": tt.question, "k": 5}, &pg); code != http.StatusOK {
			t.Fatalf("search status %d", code)
		}
		postJSON(t, embedded+"/v1/search", map[string]any{"query": tt.question, "k": 5}, &lite)
		if topID(pg.Passages) != topID(lite.Passages) {
			t.Errorf("%q: top passage %s on PostgreSQL, %s embedded", tt.question, topID(pg.Passages), topID(lite.Passages))
		}
	}
	resp := ask(t, base, answerable[2].question)
	if resp.Abstained {
		t.Fatalf("abstained on PostgreSQL: %s", resp.Reason)
	}
	checkCitations(t, resp)

	// Clinicians' feedback on PostgreSQL: the route, then the commands.
	comment := map[string]string{"rating": "fout", "reason": "onjuist", "comment": "Mevrouw Jansen (bsn 111222333) kreeg dit advies."}
	if code := postJSON(t, base+"/v1/answers/"+resp.ID+"/feedback", comment, nil); code != http.StatusOK {
		t.Fatalf("feedback on PostgreSQL: status %d", code)
	}
	if code := postJSON(t, base+"/v1/answers/"+resp.ID+"/feedback", map[string]string{"rating": "goed"}, nil); code != http.StatusOK {
		t.Fatalf("second feedback on PostgreSQL: status %d", code)
	}
	code, out, errOut := run(t, t.TempDir(), "feedback", "list", "--database-url", url)
	if code != exitOK || !strings.Contains(out, "goed  antwoord "+resp.ID) || strings.Count(out, "antwoord ") != 1 {
		t.Errorf("feedback list on PostgreSQL (the later rating replaces the first): %d\n%s%s", code, out, errOut)
	}
	file := filepath.Join(t.TempDir(), "feedback.jsonl")
	if code, _, errOut := run(t, t.TempDir(), "feedback", "export", "--eval", file, "--database-url", url); code != exitOK {
		t.Fatalf("feedback export on PostgreSQL: %d %s", code, errOut)
	}
	lines, at := exportedLine(t, file, "feedback-"+resp.ID+"-anonymous")
	if lines[at]["given_answer"] != resp.Answer || fmt.Sprint(lines[at]["tags"]) != "[feedback goed]" {
		t.Errorf("exported line on PostgreSQL %v", lines[at])
	}

	if refusal := ask(t, base, outOfCorpus[0]); !refusal.Abstained {
		t.Errorf("answered an out-of-corpus question on PostgreSQL: %s", refusal.Answer)
	}
	var ready struct {
		Info map[string]string `json:"info"`
	}
	getJSON(t, base+"/readyz", &ready)
	if ready.Info["store"] != "postgres" || ready.Info["pgvector"] == "" {
		t.Errorf("/readyz info %v lacks the store and pgvector version", ready.Info)
	}
}

func topID(ps []bronwijzer.Passage) string {
	if len(ps) == 0 {
		return "(none)"
	}
	return ps[0].ID
}

func getJSON(t *testing.T, url string, out any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}
