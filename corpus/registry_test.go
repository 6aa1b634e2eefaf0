package corpus_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/corpus"
)

// The bundled registry must describe the bundled files exactly: a digest that
// drifted would silently mark the bundled corpus unverified.
func TestBundledRegistryMatchesFiles(t *testing.T) {
	reg, err := corpus.Load("sources.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Sources()) != 2 {
		t.Fatalf("want 2 bundled sources, got %d", len(reg.Sources()))
	}
	for _, s := range reg.Sources() {
		data, err := os.ReadFile(filepath.Join(".", s.File))
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != s.SHA256 {
			t.Errorf("%s: sha256 %s in registry, file has %s", s.ID, s.SHA256, got)
		}
		if m := reg.Lookup(s.File, s.SHA256); !m.Verified || m.Source.ID != s.ID {
			t.Errorf("%s: lookup = %+v", s.ID, m)
		}
	}
}

func TestLookup(t *testing.T) {
	sha := strings.Repeat("ab", 32)
	reg, err := corpus.New([]bronwijzer.Source{{ID: "nhg-m01", Title: "Astma", File: "astma.pdf", SHA256: sha, Published: "2024-05"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                  string
		file, sha             string
		found, verified, miss bool
	}{
		{"digest matches", "other-name.pdf", sha, true, true, false},
		{"file changed since verification", "astma.pdf", strings.Repeat("cd", 32), true, false, true},
		{"unknown file", "x.pdf", strings.Repeat("cd", 32), false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := reg.Lookup(tt.file, tt.sha)
			if m.Found != tt.found || m.Verified != tt.verified || m.Mismatch != tt.miss {
				t.Errorf("Lookup(%q) = %+v", tt.file, m)
			}
		})
	}
}

func TestParseRejectsBadEntries(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"bad json", `{`, "invalid registry JSON"},
		{"unknown field", `{"sources":[],"extra":1}`, "unknown field"},
		{"bad id", `{"sources":[{"id":"Bad Id","title":"t","file":"a.pdf","sha256":"` + strings.Repeat("a", 64) + `"}]}`, "id must be"},
		{"bad sha", `{"sources":[{"id":"a","title":"t","file":"a.pdf","sha256":"xyz"}]}`, "sha256 must be"},
		{"path in file", `{"sources":[{"id":"a","title":"t","file":"../a.pdf","sha256":"` + strings.Repeat("a", 64) + `"}]}`, "plain file name"},
		{"bad date", `{"sources":[{"id":"a","title":"t","file":"a.pdf","published":"9 okt","sha256":"` + strings.Repeat("a", 64) + `"}]}`, "published must be"},
		{"duplicate id", `{"sources":[{"id":"a","title":"t","file":"a.pdf","sha256":"` + strings.Repeat("a", 64) + `"},{"id":"a","title":"t","file":"b.pdf","sha256":"` + strings.Repeat("b", 64) + `"}]}`, "duplicate id"},
		{"missing title", `{"sources":[{"id":"a","file":"a.pdf","sha256":"` + strings.Repeat("a", 64) + `"}]}`, "title is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := corpus.Parse(strings.NewReader(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
			if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
				t.Errorf("code = %s, want invalid", bronwijzer.ErrorCode(err))
			}
		})
	}
}
