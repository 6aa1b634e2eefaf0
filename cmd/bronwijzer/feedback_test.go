package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/eval"
)

// The loop of a clinician's feedback through the real server and commands:
// ask over HTTP, rate the answer, list it, export it as eval lines, and the
// eval loader refusing them until reviewed and taking them after.
func TestFeedbackLoop(t *testing.T) {
	base := mustCorpus(t)
	question := answerable[3].question + " voor mevrouw Jansen"
	resp := ask(t, base, question)
	if resp.Abstained || !admin.ValidAuditID(resp.ID) {
		t.Fatalf("ask: abstained %v, id %q", resp.Abstained, resp.ID)
	}
	var fb struct {
		Replaced bool   `json:"replaced"`
		Comment  string `json:"comment"`
	}
	body := map[string]string{"rating": "fout", "reason": "onvolledig", "comment": "Bij meneer De Vries (BSN 111222333) ontbrak de dosering."}
	if code := postJSON(t, base+"/v1/answers/"+resp.ID+"/feedback", body, &fb); code != http.StatusOK || fb.Replaced {
		t.Fatalf("feedback: %d %+v", code, fb)
	}

	// feedback list --json: the stored feedback with its answer.
	code, out, errOut := run(t, fixtureDir, "feedback", "list", "--json")
	var listed struct{ Feedback []admin.FeedbackItem }
	if err := json.Unmarshal([]byte(out), &listed); code != exitOK || err != nil {
		t.Fatalf("feedback list --json: %d %v %s", code, err, errOut)
	}
	i := slices.IndexFunc(listed.Feedback, func(it admin.FeedbackItem) bool { return it.AnswerID == resp.ID })
	if i < 0 {
		t.Fatalf("feedback list lacks answer %s: %s", resp.ID, out)
	}
	item := listed.Feedback[i]
	for _, personal := range []string{"Vries", "111222333", "Jansen"} {
		if strings.Contains(out, personal) {
			t.Errorf("feedback list shows %q:\n%s", personal, out)
		}
	}
	if item.Rating != "fout" || item.Reason != "onvolledig" || item.KeyID != "anonymous" ||
		!strings.Contains(item.Answer.Question, "[NAAM]") || item.Answer.Answer != resp.Answer || len(item.Answer.Cited) != len(resp.Citations) {
		t.Errorf("listed feedback %+v", item)
	}
	code, out, _ = run(t, fixtureDir, "feedback", "list")
	if code != exitOK || !strings.Contains(out, "fout (onvolledig)  antwoord "+resp.ID) || !strings.Contains(out, "[NAAM]") || !strings.Contains(out, "[BSN]") {
		t.Errorf("feedback list: %d\n%s", code, out)
	}
	if code, out, _ = run(t, fixtureDir, "feedback", "list", "--since", time.Now().AddDate(0, 0, 2).Format("2006-01-02")); code != exitOK || out != "Geen feedback.\n" {
		t.Errorf("feedback list --since the day after tomorrow: %d %q", code, out)
	}

	// feedback export --eval: eval lines, answerable left open.
	file := filepath.Join(t.TempDir(), "feedback.jsonl")
	if code, _, errOut = run(t, fixtureDir, "feedback", "export", "--eval", file); code != exitOK || !strings.Contains(errOut, "geëxporteerd naar "+file) {
		t.Fatalf("feedback export: %d %s", code, errOut)
	}
	lines, at := exportedLine(t, file, "feedback-"+resp.ID+"-anonymous")
	line := lines[at]
	if v, ok := line["answerable"]; !ok || v != nil {
		t.Errorf("exported answerable = %v (present %v), want null", v, ok)
	}
	if line["question"] != item.Answer.Question || line["reference_answer"] != "" || line["given_answer"] != resp.Answer ||
		fmt.Sprint(line["tags"]) != "[feedback onvolledig]" || fmt.Sprint(line["evidence"]) != "[]" {
		t.Errorf("exported line %v", line)
	}
	given := line["given_citations"].([]any)
	if len(given) != len(resp.Citations) || given[0].(map[string]any)["quote"] != resp.Citations[0].Quote {
		t.Errorf("given_citations %v, want the answer's citations %+v", given, resp.Citations)
	}
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("export file mode %v, %v; want 0600", info.Mode(), err)
	}
	if code, _, errOut := run(t, fixtureDir, "feedback", "export", "--eval", file); code != exitUsage || !strings.Contains(errOut, "bestaat al") {
		t.Errorf("export over an earlier export: %d %s", code, errOut)
	}

	// The eval loader names the unreviewed lines, and takes them reviewed.
	data, _ := os.ReadFile(file)
	_, err = eval.LoadDataset(bytes.NewReader(data))
	var de *eval.DatasetError
	if !errors.As(err, &de) || !slices.Contains(de.Unreviewed, at+1) ||
		!strings.Contains(err.Error(), "nog niet beoordeeld") || !strings.Contains(err.Error(), fmt.Sprintf("regel %d: nog niet beoordeeld", at+1)) {
		t.Fatalf("loading the unreviewed export: %v", err)
	}
	reviewed := reviewLines(t, lines, func(l map[string]any) {
		l["answerable"] = true
		l["reference_answer"] = "De dosering staat in de tabel."
		l["evidence"] = l["given_citations"]
	})
	qs, err := eval.LoadDataset(bytes.NewReader(reviewed))
	if err != nil {
		t.Fatalf("loading the reviewed export: %v", err)
	}
	q := qs[slices.IndexFunc(qs, func(q eval.Question) bool { return q.ID == "feedback-"+resp.ID+"-anonymous" })]
	if !q.Answerable || len(q.Evidence) != len(resp.Citations) || q.Feedback == nil || q.Feedback.Reason != "onvolledig" || q.GivenAnswer != resp.Answer {
		t.Errorf("reviewed question %+v", q)
	}
}

// exportedLine reads an export and returns its lines and the index of id's.
func exportedLine(t *testing.T, file, id string) ([]map[string]any, int) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var lines []map[string]any
	at := -1
	for _, raw := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var l map[string]any
		if err := json.Unmarshal(raw, &l); err != nil {
			t.Fatalf("export line %s: %v", raw, err)
		}
		if l["id"] == id {
			at = len(lines)
		}
		lines = append(lines, l)
	}
	if at < 0 {
		t.Fatalf("export lacks %s:\n%s", id, data)
	}
	return lines, at
}

func reviewLines(t *testing.T, lines []map[string]any, review func(map[string]any)) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, l := range lines {
		review(l)
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(append(b, '\n'))
	}
	return buf.Bytes()
}

// bronwijzer ask records its answer in the audit trail, keyed as the
// command line, so its id exists.
func TestAskCLIRecordsAudit(t *testing.T) {
	mustCorpus(t)
	question := answerable[3].question + " (bsn 111222333)"
	code, out, errOut := run(t, fixtureDir, "ask", "--json", "--registry", repoPath("corpus/sources.json"), question)
	var resp answer.Response
	if err := json.Unmarshal([]byte(out), &resp); code != exitOK || err != nil || !admin.ValidAuditID(resp.ID) {
		t.Fatalf("ask --json: %d %v id %q %s", code, err, resp.ID, errOut)
	}
	store, err := openStore(t.Context(), testConfig(fixtureDir))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var found *admin.AuditRecord
	if err := store.ExportAudit(t.Context(), time.Time{}, time.Time{}, func(r admin.AuditRecord) error {
		if r.ID == resp.ID {
			found = &r
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if found == nil {
		t.Fatalf("no audit record with the answer's id %s", resp.ID)
	}
	if found.KeyID != cliKeyID || strings.Contains(found.Question, "111222333") || !strings.Contains(found.Question, "[BSN]") ||
		found.Answer != resp.Answer || len(found.Cited) != len(resp.Citations) || found.CorpusVersion == "" {
		t.Errorf("audit record %+v", *found)
	}
	code, out, _ = run(t, fixtureDir, "ask", "--registry", repoPath("corpus/sources.json"), answerable[3].question)
	if code != exitOK || !strings.Contains(out, "Antwoord-id: ") {
		t.Errorf("ask prints no answer id: %d\n%s", code, out)
	}
}

func TestFeedbackUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"no subcommand", []string{"feedback"}, "usage"},
		{"unknown subcommand", []string{"feedback", "delete"}, `unknown feedback subcommand "delete"`},
		{"export without file", []string{"feedback", "export"}, "--eval FILE is required"},
		{"bad since", []string{"feedback", "list", "--since", "gisteren"}, "want RFC 3339"},
		{"extra arguments", []string{"feedback", "list", "alles"}, "unexpected arguments"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errOut := run(t, dir, tt.args...); code != exitUsage || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, want %d; stderr lacks %q: %s", code, exitUsage, tt.want, errOut)
			}
		})
	}
	if code, out, errOut := run(t, dir, "feedback", "list"); code != exitOK || out != "Geen feedback.\n" {
		t.Errorf("feedback list on an empty store: %d %q %s", code, out, errOut)
	}
}
