package corpus_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
)

// TestFileAddRetireKeepsLiveInStep: a change through File writes the file
// and shows at once in the in-memory registry every holder shares; a
// refused change leaves both as they were.
func TestFileAddRetireKeepsLiveInStep(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sources.json")
	live := mustNew(t)
	f := corpus.NewFile(path, live)
	a := bronwijzer.Source{ID: "nhg-astma", Title: "Astma", File: "astma.pdf", SHA256: strings.Repeat("ab", 32), Published: "2024-05-01"}
	created, err := f.Add(a, false)
	if err != nil || !created {
		t.Fatalf("add: created %v, %v", created, err)
	}
	if _, ok := live.Source("nhg-astma"); !ok {
		t.Error("live registry does not hold the added source")
	}
	if m := live.Lookup("x.pdf", a.SHA256); !m.Verified {
		t.Errorf("live lookup by digest: %+v", m)
	}
	onDisk, err := corpus.Load(path)
	if err != nil || len(onDisk.Sources()) != 1 {
		t.Fatalf("file after add: %v %+v", err, onDisk)
	}
	before, _ := os.ReadFile(path)
	if _, err := f.Add(a, false); bronwijzer.ErrorCode(err) != bronwijzer.ECONFLICT || !strings.Contains(err.Error(), `"replace": true`) {
		t.Errorf("second add: %v, want a conflict naming replace", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("refused add changed the file")
	}
	src, err := f.Retire("nhg-astma", "2026-01-31")
	if err != nil || src.Retired != "2026-01-31" {
		t.Fatalf("retire: %+v %v", src, err)
	}
	if m := live.Lookup("astma.pdf", a.SHA256); m.Verified || !m.Retired {
		t.Errorf("live lookup after retire: %+v", m)
	}
	if _, err := f.Retire("onbekend", "2026-01-31"); bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		t.Errorf("retire unknown: %v", err)
	}
}

// TestFileChangesAreSerialised: concurrent adds through one File all land;
// none is lost to another's read-modify-write.
func TestFileChangesAreSerialised(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sources.json")
	f := corpus.NewFile(path, nil)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			s := bronwijzer.Source{ID: "bron-" + string(rune('a'+i)), Title: "T", File: "f" + string(rune('a'+i)) + ".pdf",
				SHA256: strings.Repeat(string("0123456789abcdef"[i]), 64), Published: "2024"}
			if _, err := f.Add(s, false); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	reg, err := corpus.Load(path)
	if err != nil || len(reg.Sources()) != 8 || len(f.Sources()) != 8 {
		t.Fatalf("after 8 concurrent adds: %v, file %d, live %d", err, len(reg.Sources()), len(f.Sources()))
	}
}

// TestFileRefusesBrokenRegistry: a registry that does not parse is never
// written over.
func TestFileRefusesBrokenRegistry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sources.json")
	broken := []byte(`{"sources": [`)
	if err := os.WriteFile(path, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	a := bronwijzer.Source{ID: "nhg-astma", Title: "Astma", File: "astma.pdf", SHA256: strings.Repeat("ab", 32), Published: "2024"}
	if _, err := corpus.NewFile(path, nil).Add(a, false); bronwijzer.ErrorCode(err) != bronwijzer.EUNAVAILABLE ||
		!strings.Contains(err.Error(), "niet leesbaar; niets gewijzigd") {
		t.Errorf("add to a broken registry: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(broken) {
		t.Errorf("broken registry overwritten: %s", after)
	}
}

func TestCheckDates(t *testing.T) {
	flag := func(name string) string { return "--" + name }
	for _, tt := range []struct{ published, reviewBy, want string }{
		{"2024-05-01", "", ""},
		{"2024-05-01", "2029-05-01", ""},
		{"", "", "--published is verplicht"},
		{"2024-02-30", "", `--published "2024-02-30" is geen geldige datum`},
		{"2024-05-01", "binnenkort", `--review_by "binnenkort" is geen geldige datum`},
		{"2024-05-01", "2024-01-01", "--review_by 2024-01-01 moet na --published 2024-05-01 liggen"},
	} {
		err := corpus.CheckDates(tt.published, tt.reviewBy, flag)
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("CheckDates(%q, %q) = %v, want %q", tt.published, tt.reviewBy, err, tt.want)
		}
	}
}

// TestRowsStates: each registry entry and each unlisted stored document
// gets the states `sources list` and GET /v1/sources show.
func TestRowsStates(t *testing.T) {
	sha := func(c string) string { return strings.Repeat(c, 64) }
	sources := []bronwijzer.Source{
		{ID: "ok", SHA256: sha("a"), Published: "2024"},
		{ID: "changed", SHA256: sha("b"), Published: "2024"},
		{ID: "absent", SHA256: sha("c"), Published: "2001", ReviewBy: "2002"},
		{ID: "retired", SHA256: sha("d"), Published: "2024", Retired: "2025-01-01"},
	}
	docs := []bronwijzer.Document{
		{ID: "ok", SHA256: sha("a"), Version: 1}, {ID: "changed", SHA256: sha("e"), Version: 2},
		{ID: "retired", SHA256: sha("d"), Version: 1}, {ID: "upload", SHA256: sha("f"), Version: 1, Published: "2001"},
	}
	ages := corpus.AgeRules{
		Outdated:  func(p string) bool { return p == "2001" },
		ReviewDue: func(r string) bool { return r == "2002" },
	}
	want := map[string][]string{
		"ok": {corpus.StateVerified}, "changed": {corpus.StateUnverified},
		"absent":  {corpus.StateNotStored, corpus.StateOutdated, corpus.StateReviewDue},
		"retired": {corpus.StateRetired}, "upload": {corpus.StateUnverified, corpus.StateOutdated},
	}
	rows := corpus.Rows(sources, docs, ages)
	if len(rows) != len(want) || rows[len(rows)-1].ID != "upload" {
		t.Fatalf("rows: %+v", rows)
	}
	for _, r := range rows {
		if !slices.Equal(r.States, want[r.ID]) {
			t.Errorf("%s: states %v, want %v", r.ID, r.States, want[r.ID])
		}
	}
}
