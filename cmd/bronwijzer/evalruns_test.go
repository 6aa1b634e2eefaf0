package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/retrieval/postgres/pgtest"
)

// evalSubset writes the first answerable and unanswerable questions of
// the guideline set as dir/set.jsonl (skip drops the first skip answerable
// ones, so a second set differs) and returns its path.
func evalSubset(t *testing.T, dir string, skip, answerable int) string {
	t.Helper()
	data, err := os.ReadFile(repoPath("eval/datasets/guidelines.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	unanswerable := 0
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.Contains(line, `"answerable": true`) && skip > 0:
			skip--
		case strings.Contains(line, `"answerable": true`) && answerable > 0:
			answerable--
			keep = append(keep, line)
		case strings.Contains(line, `"answerable": false`) && unanswerable < 2:
			unanswerable++
			keep = append(keep, line)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "set.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(keep, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// evalReport is what the test reads of an eval --json report.
type evalReport struct {
	Summary struct {
		HitAt5               *float64 `json:"hit_at_5"`
		AnsweredWithEvidence *float64 `json:"answered_with_evidence"`
	} `json:"summary"`
	Results []struct {
		ID         string `json:"id"`
		Answerable bool   `json:"answerable"`
		HitRank    int    `json:"hit_rank"`
	} `json:"results"`
}

var savedLine = regexp.MustCompile(`(?m)^eval-run opgeslagen \(saved\): (\S+)$`)

// saveEval runs one saved eval on the guideline test corpus and returns the
// run id and its --json report.
func saveEval(t *testing.T, dataDir, dataset string, args ...string) (string, evalReport) {
	t.Helper()
	jsonOut := filepath.Join(t.TempDir(), "out.json")
	args = append([]string{"eval", "--dataset", dataset, "--corpus", repoPath("testdata/guidelines"), "--quiet",
		"--save", "--json", jsonOut}, args...)
	code, out, errOut := run(t, dataDir, args...)
	if code != exitOK {
		t.Fatalf("eval --save: exit %d\n%s\n%s", code, out, errOut)
	}
	m := savedLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("eval --save printed no run id:\n%s", out)
	}
	var rep evalReport
	data, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return m[1], rep
}

func fileSHA256(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func rate(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', 3, 64)
}

// TestEvalSaveHistoryDiff saves two runs that differ (dense with k = 1,
// then hybrid with k = 5) of one question set, and a third of an edited
// set under the same name, and checks history, diff and the HTML chart
// against the runs' own --json reports.
func TestEvalSaveHistoryDiff(t *testing.T) {
	dataDir, work := t.TempDir(), t.TempDir()
	set := evalSubset(t, filepath.Join(work, "v1"), 0, 6)
	idA, repA := saveEval(t, dataDir, set, "--compare", "dense", "--k", "1")
	htmlOut := filepath.Join(work, "b.html")
	idB, repB := saveEval(t, dataDir, set, "--html", htmlOut)

	t.Run("HistoryText", func(t *testing.T) {
		code, out, errOut := run(t, dataDir, "eval", "history")
		if code != exitOK {
			t.Fatalf("eval history: exit %d: %s", code, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 3 || !strings.HasPrefix(lines[1], idB+" ") || !strings.HasPrefix(lines[2], idA+" ") {
			t.Fatalf("history is not header, %s, %s (newest first):\n%s", idB, idA, out)
		}
		for i, want := range []struct {
			rep    evalReport
			config string
		}{{repB, "hybrid k=5 extractive"}, {repA, "dense k=1 extractive"}} {
			row := strings.Join(strings.Fields(lines[i+1]), " ")
			for _, cell := range []string{"set.jsonl", want.config, rate(want.rep.Summary.HitAt5), rate(want.rep.Summary.AnsweredWithEvidence)} {
				if !strings.Contains(row, " "+cell+" ") {
					t.Errorf("history row %q lacks %q", row, cell)
				}
			}
		}
	})

	t.Run("HistoryJSON", func(t *testing.T) {
		code, out, errOut := run(t, dataDir, "eval", "history", "--json")
		if code != exitOK {
			t.Fatalf("eval history --json: exit %d: %s", code, errOut)
		}
		var runs []admin.EvalRun
		if err := json.Unmarshal([]byte(out), &runs); err != nil {
			t.Fatalf("history --json: %v\n%s", err, out)
		}
		if len(runs) != 2 || runs[0].ID != idB || runs[1].ID != idA {
			t.Fatalf("history --json ids = %v, want %s, %s", []string{runs[0].ID}, idB, idA)
		}
		digest := fileSHA256(t, set)
		for _, r := range runs {
			var cfg struct {
				Mode     string `json:"mode"`
				K        int    `json:"k"`
				Embedder string `json:"embedder"`
			}
			if err := json.Unmarshal(r.Config, &cfg); err != nil {
				t.Fatal(err)
			}
			if r.Dataset != "set.jsonl" || r.DatasetSHA256 != digest || len(r.CorpusVersion) != 12 || r.Outcomes != nil ||
				cfg.Embedder == "" || (r.ID == idA) != (cfg.Mode == "dense" && cfg.K == 1) {
				t.Errorf("saved run %s: dataset %s %s, corpus %q, config %s, outcomes %d bytes", r.ID, r.Dataset, r.DatasetSHA256,
					r.CorpusVersion, r.Config, len(r.Outcomes))
			}
		}
		if runs[0].CorpusVersion != runs[1].CorpusVersion {
			t.Errorf("one corpus, two versions: %s, %s", runs[0].CorpusVersion, runs[1].CorpusVersion)
		}
	})

	t.Run("Diff", func(t *testing.T) {
		hitA, hitB := hits(repA), hits(repB)
		var gained []string
		for id, b := range hitB {
			if a, ok := hitA[id]; ok && b && !a {
				gained = append(gained, id)
			}
		}
		if len(gained) == 0 {
			t.Fatal("the two runs do not differ in hit@5; the test proves nothing")
		}
		for _, tc := range []struct {
			from, to, section string
		}{{idA, idB, "BETER (better)"}, {idB, idA, "SLECHTER (worse)"}} {
			code, out, errOut := run(t, dataDir, "eval", "diff", tc.from, tc.to)
			if code != exitOK {
				t.Fatalf("eval diff: exit %d: %s", code, errOut)
			}
			if strings.Contains(out, "WAARSCHUWING") {
				t.Errorf("diff of one dataset warns:\n%s", out)
			}
			for _, id := range gained {
				if s := diffSection(out, tc.section); !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(id) + `  hit@5: `).MatchString(s) {
					t.Errorf("diff %s → %s: %s not under %s with hit@5:\n%s", tc.from, tc.to, id, tc.section, out)
				}
			}
		}
	})

	t.Run("DiffOtherDataset", func(t *testing.T) {
		other := evalSubset(t, filepath.Join(work, "v2"), 2, 6) // drops 2 questions, adds 2
		idC, _ := saveEval(t, dataDir, other)
		code, out, errOut := run(t, dataDir, "eval", "diff", idB, idC)
		if code != exitOK {
			t.Fatalf("eval diff: exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, "WAARSCHUWING (warning): de datasets verschillen") {
			t.Errorf("no warning for different datasets:\n%s", out)
		}
		for _, want := range []string{"ALLEEN IN A (only in A): 2 vragen", "ALLEEN IN B (only in B): 2 vragen"} {
			if !strings.Contains(out, want) {
				t.Errorf("diff lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("DiffBadInput", func(t *testing.T) {
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"eval", "diff", idA, "nope"}, `eval-run "nope" niet gevonden`},
			{[]string{"eval", "diff", idA}, "eval diff vraagt twee run-ids"},
			{[]string{"eval", "diff", idA, idA}, "twee verschillende runs"},
			{[]string{"eval", "history", "extra"}, `onverwacht argument "extra"`},
		} {
			code, _, errOut := run(t, dataDir, tc.args...)
			if code != exitFail || !strings.Contains(errOut, tc.want) {
				t.Errorf("%v: exit %d, stderr %q; want exit %d with %q", tc.args, code, errOut, exitFail, tc.want)
			}
		}
	})

	t.Run("HTMLChart", func(t *testing.T) {
		data, err := os.ReadFile(htmlOut)
		if err != nil {
			t.Fatal(err)
		}
		html := string(data)
		i := strings.Index(html, "<h2>Kwaliteit door de tijd</h2>")
		if i < 0 {
			t.Fatal("the HTML report of a saved run has no chart over the saved runs")
		}
		section := html[i:]
		section = section[:strings.Index(section, "</table>")]
		for _, want := range []string{idA, idB, "<polyline", idA + " (", idB + " (",
			"hit@5 = " + rate(repA.Summary.HitAt5), "hit@5 = " + rate(repB.Summary.HitAt5),
			`<td class="num">` + rate(repA.Summary.AnsweredWithEvidence) + `</td>`} {
			if !strings.Contains(section, want) {
				t.Errorf("history chart lacks %q", want)
			}
		}
		if strings.Contains(html, "<script") {
			t.Error("the report has a script")
		}
	})
}

// TestEvalSaveOnPostgres saves runs in PostgreSQL (--database-url): the
// eval itself runs on a temporary store, the runs go to the configured one.
func TestEvalSaveOnPostgres(t *testing.T) {
	srv, err := pgtest.Start()
	if err != nil {
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() { srv.Stop() })
	srv.Skip(t)
	url, dataDir := srv.Database(t), t.TempDir()
	set := evalSubset(t, t.TempDir(), 0, 6)
	idA, _ := saveEval(t, dataDir, set, "--database-url", url, "--compare", "dense", "--k", "1")
	idB, repB := saveEval(t, dataDir, set, "--database-url", url)

	code, out, errOut := run(t, dataDir, "eval", "history", "--json", "--database-url", url)
	var runs []admin.EvalRun
	if code != exitOK || json.Unmarshal([]byte(out), &runs) != nil || len(runs) != 2 || runs[0].ID != idB || runs[1].ID != idA {
		t.Fatalf("history --json on PostgreSQL: exit %d, %s\n%s", code, out, errOut)
	}
	if !strings.Contains(string(runs[0].Summary), `"hit_at_5": `+strconv.FormatFloat(*repB.Summary.HitAt5, 'f', -1, 64)) {
		t.Errorf("saved summary %s lacks hit@5 %v", runs[0].Summary, *repB.Summary.HitAt5)
	}
	code, out, errOut = run(t, dataDir, "eval", "diff", idA, idB, "--database-url", url)
	if code != exitOK || !regexp.MustCompile(`BETER \(better\): [1-9]`).MatchString(out) {
		t.Errorf("diff on PostgreSQL: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, _ := run(t, dataDir, "eval", "history"); code != exitOK || !strings.Contains(out, "Nog geen opgeslagen eval-runs") {
		t.Errorf("the runs reached the embedded store too: %s", out)
	}
}

func hits(rep evalReport) map[string]bool {
	out := map[string]bool{}
	for _, r := range rep.Results {
		if r.Answerable {
			out[r.ID] = r.HitRank >= 1 && r.HitRank <= 5
		}
	}
	return out
}

// diffSection returns the lines of out from the line starting with title
// to the next section title.
func diffSection(out, title string) string {
	i := strings.Index(out, "\n"+title)
	if i < 0 {
		return ""
	}
	rest := out[i+1:]
	if j := regexp.MustCompile(`\n[A-Z]`).FindStringIndex(rest); j != nil {
		return rest[:j[0]]
	}
	return rest
}
