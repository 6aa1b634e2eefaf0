package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
)

// sourcesEnv is a temp data directory, a temp registry and a guideline file.
type sourcesEnv struct {
	t        *testing.T
	dir, reg string
	file     string
}

func newSourcesEnv(t *testing.T) *sourcesEnv {
	t.Helper()
	dir := t.TempDir()
	e := &sourcesEnv{t: t, dir: dir, reg: filepath.Join(dir, "sources.json"), file: filepath.Join(dir, "nhg-astma.md")}
	text := "# Astma bij volwassenen\n\nBij astma wordt een inhalatiecorticosteroïd voorgeschreven als onderhoudsbehandeling. " +
		"De huisarts controleert de inhalatietechniek bij elke controle.\n"
	if err := os.WriteFile(e.file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *sourcesEnv) run(args ...string) (int, string, string) {
	e.t.Helper()
	return run(e.t, filepath.Join(e.dir, "data"), append(args, "--registry", e.reg)...)
}

func (e *sourcesEnv) add(extra ...string) {
	e.t.Helper()
	args := append([]string{"sources", "add", e.file, "--title", "NHG-Standaard Astma", "--published", "2024-05-01", "--publisher", "NHG"}, extra...)
	if code, _, errOut := e.run(args...); code != exitOK {
		e.t.Fatalf("sources add: %d %s", code, errOut)
	}
}

func (e *sourcesEnv) list() map[string]sourceRow {
	e.t.Helper()
	code, out, errOut := e.run("sources", "list", "--json")
	if code != exitOK {
		e.t.Fatalf("sources list: %d %s", code, errOut)
	}
	var got struct{ Sources []sourceRow }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		e.t.Fatalf("sources list --json: %v in %q", err, out)
	}
	rows := map[string]sourceRow{}
	for _, r := range got.Sources {
		rows[r.ID] = r
	}
	return rows
}

// searchIDs returns the documents of the passages search finds that are
// marked verified: those the answer service (verified only by default) cites.
func (e *sourcesEnv) searchIDs(query string) []string {
	e.t.Helper()
	code, out, errOut := e.run("search", "--json", query)
	if code != exitOK {
		e.t.Fatalf("search: %d %s", code, errOut)
	}
	var got struct{ Passages []bronwijzer.Passage }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		e.t.Fatalf("search --json: %v in %q", err, out)
	}
	var ids []string
	for _, p := range got.Passages {
		if p.Verified {
			ids = append(ids, p.DocumentID)
		}
	}
	return ids
}

func TestSourcesAddWritesRegistry(t *testing.T) {
	e := newSourcesEnv(t)
	e.add("--review-by", "2029-05-01", "--url", "https://richtlijnen.nhg.org/standaarden/astma", "--remark", "herzien <2024>")
	reg, err := corpus.Load(e.reg)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(e.file)
	m := reg.Lookup("ander-naam.md", sha256Hex(data))
	if !m.Verified || m.Source.ID != "nhg-astma-md" && m.Source.ID != "nhg-astma" {
		t.Fatalf("lookup after add: %+v", m)
	}
	if s := m.Source; s.ReviewBy != "2029-05-01" || s.Publisher != "NHG" || s.Remark != "herzien <2024>" || s.File != "nhg-astma.md" {
		t.Errorf("entry = %+v", s)
	}
	raw, _ := os.ReadFile(e.reg)
	// Diffable: indented, one key per line, in the struct's order, no escaped HTML.
	for _, want := range []string{"\n  \"sources\": [\n    {\n      \"id\": ", "\"published\": \"2024-05-01\",\n      \"review_by\": \"2029-05-01\",", "herzien <2024>"} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("registry file lacks %q:\n%s", want, raw)
		}
	}
	left, _ := filepath.Glob(filepath.Join(e.dir, ".sources.json.*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	// Writing again with --replace gives the same bytes: stable order.
	e.add("--review-by", "2029-05-01", "--url", "https://richtlijnen.nhg.org/standaarden/astma", "--remark", "herzien <2024>", "--replace")
	if again, _ := os.ReadFile(e.reg); string(again) != string(raw) {
		t.Errorf("replace with the same entry changed the file:\n%s\nvs\n%s", raw, again)
	}
}

// A committed registry survives a rewrite: same entries, same about text.
func TestSourcesAddKeepsBundledEntries(t *testing.T) {
	e := newSourcesEnv(t)
	bundled, err := os.ReadFile(repoPath("corpus/sources.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(e.reg, bundled, 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := corpus.Load(e.reg)
	e.add()
	after, err := corpus.Load(e.reg)
	if err != nil {
		t.Fatal(err)
	}
	if got := after.Sources(); len(got) != 3 || !slices.Equal(got[:2], before.Sources()) {
		t.Errorf("bundled entries changed:\n%+v\nvs\n%+v", got, before.Sources())
	}
	raw, _ := os.ReadFile(e.reg)
	if !strings.Contains(string(raw), "Edit this file to declare") {
		t.Error("the registry's about text was lost")
	}
}

// A failed add writes nothing: the registry stays byte-identical.
func TestSourcesAddFailureLeavesRegistryUnchanged(t *testing.T) {
	e := newSourcesEnv(t)
	e.add("--id", "nhg-astma")
	before, _ := os.ReadFile(e.reg)
	other := filepath.Join(e.dir, "copd.md")
	if err := os.WriteFile(other, []byte("# COPD\n\nTekst over COPD.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base := []string{"sources", "add", "--title", "T", "--published", "2024-05-01"}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"existing id", append(slices.Clone(base), other, "--id", "nhg-astma"), exitFail, "staat al in het bronnenregister"},
		{"existing digest", append(slices.Clone(base), e.file, "--id", "ander-id"), exitFail, "dit bestand (SHA-256"},
		{"missing file", append(slices.Clone(base), filepath.Join(e.dir, "weg.pdf")), exitFail, "bestaat niet of is niet leesbaar"},
		{"bad published", []string{"sources", "add", other, "--title", "T", "--published", "2024-02-30"}, exitUsage, "geen geldige datum"},
		{"bad review-by", append(slices.Clone(base), other, "--review-by", "binnenkort"), exitUsage, "geen geldige datum"},
		{"review before published", append(slices.Clone(base), other, "--review-by", "2023-01-01"), exitUsage, "moet na --published"},
		{"no title", []string{"sources", "add", other, "--published", "2024-05-01"}, exitUsage, "--title is required"},
		{"bad id", append(slices.Clone(base), other, "--id", "Geen Id"), exitFail, "id must be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := e.run(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d %q, want %d and %q", code, errOut, tt.code, tt.want)
			}
			if after, _ := os.ReadFile(e.reg); string(after) != string(before) {
				t.Errorf("registry changed:\n%s", after)
			}
		})
	}
	t.Run("unreadable registry", func(t *testing.T) {
		broken := []byte(`{"sources": [`)
		if err := os.WriteFile(e.reg, broken, 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := e.run(append(slices.Clone(base), other)...)
		if code != exitFail || !strings.Contains(errOut, "niet leesbaar; niets gewijzigd") {
			t.Errorf("exit %d %q", code, errOut)
		}
		if after, _ := os.ReadFile(e.reg); string(after) != string(broken) {
			t.Errorf("broken registry overwritten:\n%s", after)
		}
	})
}

func TestSourcesListStates(t *testing.T) {
	e := newSourcesEnv(t)
	e.add("--id", "nhg-astma")
	if code, _, errOut := e.run("sources", "add", e.file+".old", "--title", "x", "--published", "2000"); code != exitFail || !strings.Contains(errOut, "bestaat niet") {
		t.Fatalf("add missing: %d %s", code, errOut)
	}
	old := filepath.Join(e.dir, "oud.md")
	if err := os.WriteFile(old, []byte("# Oud\n\nEen oude richtlijn over hoofdpijn bij kinderen.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := e.run("sources", "add", old, "--id", "oud", "--title", "Oud", "--published", "2001-01-01", "--review-by", "2002-01-01"); code != exitOK {
		t.Fatalf("add old: %d %s", code, errOut)
	}
	loose := filepath.Join(e.dir, "losse-notitie.md")
	if err := os.WriteFile(loose, []byte("# Notitie\n\nEen notitie zonder registervermelding over griep.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := e.run("ingest", e.file, loose); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	rows := e.list()
	want := map[string][]string{
		"nhg-astma":        {corpus.StateVerified},
		"oud":              {corpus.StateNotStored, corpus.StateOutdated, corpus.StateReviewDue},
		"losse-notitie-md": {corpus.StateUnverified},
	}
	if _, ok := rows["losse-notitie-md"]; !ok {
		want["losse-notitie"] = want["losse-notitie-md"]
		delete(want, "losse-notitie-md")
	}
	for id, states := range want {
		if got := rows[id].States; !slices.Equal(got, states) {
			t.Errorf("%s: states %v, want %v (all: %+v)", id, got, states, rows)
		}
	}
	// The file changes after verification: the stored version no longer matches.
	if err := os.WriteFile(e.file, []byte("# Astma\n\nGewijzigde tekst over astma en inhalatie.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := e.run("ingest", e.file); code != exitOK {
		t.Fatalf("re-ingest: %d %s", code, errOut)
	}
	if got := e.list()["nhg-astma"].States; !slices.Equal(got, []string{corpus.StateUnverified}) {
		t.Errorf("changed file: states %v, want unverified", got)
	}
	code, out, _ := e.run("sources", "list")
	if code != exitOK || !strings.Contains(out, "niet opgeslagen, verouderd, herziening verlopen") || !strings.Contains(out, "HERZIENING") {
		t.Errorf("sources list: %d\n%s", code, out)
	}
}

// Retiring keeps the entry and the stored versions, and the document's
// passages stop counting as verified at once (the answer service cites
// verified passages only by default).
func TestSourcesRetire(t *testing.T) {
	e := newSourcesEnv(t)
	e.add("--id", "nhg-astma")
	if code, _, errOut := e.run("ingest", e.file); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	if ids := e.searchIDs("inhalatiecorticosteroïd astma"); !slices.Contains(ids, "nhg-astma") {
		t.Fatalf("verified source not found before retiring: %v", ids)
	}
	code, out, errOut := e.run("sources", "retire", "nhg-astma")
	if code != exitOK || !strings.Contains(out, "ingetrokken") {
		t.Fatalf("retire: %d %s %s", code, out, errOut)
	}
	if ids := e.searchIDs("inhalatiecorticosteroïd astma"); slices.Contains(ids, "nhg-astma") {
		t.Errorf("retired source still verified in search: %v", ids)
	}
	row := e.list()["nhg-astma"]
	if row.Retired != time.Now().Format(time.DateOnly) || !slices.Equal(row.States, []string{corpus.StateRetired}) || row.StoredVersion != 2 {
		t.Errorf("after retire: %+v", row)
	}
	// Re-ingesting the retired file does not make it verified again.
	if code, out, errOut := e.run("ingest", e.file); code != exitOK {
		t.Fatalf("re-ingest: %d %s %s", code, out, errOut)
	}
	if ids := e.searchIDs("inhalatiecorticosteroïd astma"); slices.Contains(ids, "nhg-astma") {
		t.Errorf("retired source verified again after re-ingest: %v", ids)
	}
	// A fresh store ingesting the retired file does not verify it either.
	fresh := filepath.Join(e.dir, "vers")
	if code, out, errOut := run(t, fresh, "ingest", e.file, "--registry", e.reg); code != exitOK || !strings.Contains(errOut+out, "ingetrokken") {
		t.Fatalf("ingest into a fresh store: %d %s %s", code, out, errOut)
	}
	if code, out, _ := run(t, fresh, "documents", "--json", "--registry", e.reg); code != exitOK || !strings.Contains(out, `"verified": false`) {
		t.Errorf("retired file verified in a fresh store: %s", out)
	}
	reg, _ := corpus.Load(e.reg)
	if s, ok := reg.Source("nhg-astma"); !ok || s.Retired == "" {
		t.Errorf("entry after retire: %+v %v", s, ok)
	}
	if code, _, errOut := e.run("sources", "retire", "onbekend"); code != exitFail || !strings.Contains(errOut, "niet gevonden") {
		t.Errorf("retire unknown: %d %s", code, errOut)
	}
	for _, args := range [][]string{{"sources"}, {"sources", "verwijder"}, {"sources", "retire"}, {"sources", "add"}} {
		if code, _, _ := e.run(args...); code != exitUsage {
			t.Errorf("%v: exit %d, want usage", args, code)
		}
	}
}

// Adding an already stored, unverified document verifies it in the store
// at once (the ingest of an unchanged file would change nothing).
func TestSourcesAddVerifiesStoredDocument(t *testing.T) {
	e := newSourcesEnv(t)
	if code, _, errOut := e.run("ingest", e.file); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	id := e.searchIDsAll()
	if slices.Contains(e.searchIDs("inhalatiecorticosteroïd astma"), id) {
		t.Fatal("unregistered upload marked verified")
	}
	e.add("--id", id)
	if ids := e.searchIDs("inhalatiecorticosteroïd astma"); !slices.Contains(ids, id) {
		t.Errorf("source not verified in search after add: %v", ids)
	}
}

// searchIDsAll returns the id of the only stored document.
func (e *sourcesEnv) searchIDsAll() string {
	e.t.Helper()
	code, out, errOut := e.run("documents", "--json")
	var got struct{ Documents []bronwijzer.Document }
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != exitOK || len(got.Documents) != 1 {
		e.t.Fatalf("documents: %d %q %s %v", code, out, errOut, err)
	}
	return got.Documents[0].ID
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
