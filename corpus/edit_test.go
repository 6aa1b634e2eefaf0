package corpus_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
)

func mustNew(t *testing.T, sources ...bronwijzer.Source) *corpus.Registry {
	t.Helper()
	reg, err := corpus.New(sources)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestAddReplaceAndConflicts(t *testing.T) {
	a := bronwijzer.Source{ID: "nhg-astma", Title: "Astma", File: "astma.pdf", SHA256: strings.Repeat("ab", 32), Published: "2024-05"}
	b := bronwijzer.Source{ID: "nhg-copd", Title: "COPD", File: "copd.pdf", SHA256: strings.Repeat("cd", 32), Published: "2023"}
	reg := mustNew(t, a, b)

	sameID := b
	sameID.SHA256 = strings.Repeat("ef", 32)
	if _, err := reg.Add(sameID, false); bronwijzer.ErrorCode(err) != bronwijzer.ECONFLICT || !strings.Contains(err.Error(), "nhg-copd") {
		t.Errorf("same id: %v", err)
	}
	sameSHA := bronwijzer.Source{ID: "astma-kopie", Title: "Astma", File: "kopie.pdf", SHA256: strings.ToUpper(a.SHA256), Published: "2024"}
	if _, err := reg.Add(sameSHA, false); bronwijzer.ErrorCode(err) != bronwijzer.ECONFLICT || !strings.Contains(err.Error(), "nhg-astma") {
		t.Errorf("same digest: %v", err)
	}
	next, err := reg.Add(sameID, true)
	if err != nil {
		t.Fatal(err)
	}
	got := next.Sources()
	if len(got) != 2 || got[1].SHA256 != sameID.SHA256 || got[0].ID != "nhg-astma" {
		t.Errorf("replace: %+v", got)
	}
	if len(reg.Sources()) != 2 || reg.Sources()[1].SHA256 != b.SHA256 {
		t.Error("Add changed its receiver")
	}
	// One entry clashing by id and another by digest: both give way.
	both := bronwijzer.Source{ID: "nhg-copd", Title: "COPD", File: "copd.pdf", SHA256: a.SHA256, Published: "2025"}
	if next, err = reg.Add(both, true); err != nil || len(next.Sources()) != 1 || next.Sources()[0].Published != "2025" {
		t.Errorf("replace both: %v %+v", err, next)
	}
}

func TestRetiredIsNotVerified(t *testing.T) {
	a := bronwijzer.Source{ID: "nhg-astma", Title: "Astma", File: "astma.pdf", SHA256: strings.Repeat("ab", 32), Published: "2024-05"}
	reg, err := mustNew(t, a).Retire("nhg-astma", "2026-01-31")
	if err != nil {
		t.Fatal(err)
	}
	m := reg.Lookup("astma.pdf", a.SHA256)
	if m.Verified || !m.Retired || !m.Found || m.Source.Retired != "2026-01-31" {
		t.Errorf("retired lookup = %+v", m)
	}
	if again, _ := reg.Retire("nhg-astma", "2027-01-01"); again.Sources()[0].Retired != "2026-01-31" {
		t.Error("retiring again moved the date")
	}
	if _, err := reg.Retire("onbekend", "2026-01-31"); bronwijzer.ErrorCode(err) != bronwijzer.ENOTFOUND {
		t.Errorf("retire unknown: %v", err)
	}
}

func TestReviewByAndRetiredValidated(t *testing.T) {
	sha := `"sha256":"` + strings.Repeat("a", 64) + `"`
	tests := []struct{ name, fields, want string }{
		{"review before published", `"published":"2024-05-01","review_by":"2024-01-01"`, "review_by 2024-01-01 must be after published"},
		{"review not a date", `"review_by":"volgend jaar"`, "review_by must be"},
		{"impossible day", `"published":"2025-02-30"`, "published must be"},
		{"retired not a date", `"retired":"ja"`, "retired must be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := corpus.Parse(strings.NewReader(`{"sources":[{"id":"a","title":"t","file":"a.pdf",` + sha + `,` + tt.fields + `}]}`))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	ok := `{"sources":[{"id":"a","title":"t","file":"a.pdf",` + sha + `,"published":"2024-05-01","review_by":"2029-05","retired":"2026-02-01"}]}`
	if _, err := corpus.Parse(strings.NewReader(ok)); err != nil {
		t.Errorf("valid entry rejected: %v", err)
	}
}

// Saving the committed registry unchanged keeps every entry and the about
// text; Save replaces the file whole and leaves no temporary file.
func TestSaveRoundTrip(t *testing.T) {
	reg, err := corpus.Load("sources.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "sources.json")
	if err := corpus.Save(path, reg); err != nil {
		t.Fatal(err)
	}
	back, err := corpus.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range reg.Sources() {
		if back.Sources()[i] != s {
			t.Errorf("entry %d: %+v, want %+v", i, back.Sources()[i], s)
		}
	}
	first, _ := os.ReadFile(path)
	if !strings.Contains(string(first), "Edit this file") || !strings.HasPrefix(string(first), "{\n  \"about\": ") {
		t.Errorf("saved registry:\n%s", first)
	}
	if err := corpus.Save(path, back); err != nil {
		t.Fatal(err)
	}
	if second, _ := os.ReadFile(path); string(second) != string(first) {
		t.Error("saving twice gives different bytes")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left in the directory: %v", entries)
	}
	if err := corpus.Save(filepath.Join(dir, "geen-map", "sources.json"), reg); err == nil {
		t.Error("save into a missing directory succeeded")
	}
}
