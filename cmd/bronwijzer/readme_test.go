package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The README's configuration table must list exactly the environment
// variables the command reads, so the documentation cannot drift.
func TestReadmeConfigurationTableIsComplete(t *testing.T) {
	readme, err := os.ReadFile(repoPath("README.md"))
	if err != nil {
		t.Fatal(err)
	}
	documented := set(regexp.MustCompile("`(BRONWIJZER_[A-Z0-9_]+)`").FindAllSubmatch(readme, -1))
	delete(documented, "BRONWIJZER_X") // the _FILE convention's example
	delete(documented, "BRONWIJZER_X_FILE")

	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]bool{}
	call := regexp.MustCompile(`\b(?:str|parse|envOr|env)\("([A-Z0-9_]+)"`)
	for _, f := range files {
		if filepath.Ext(f) == ".go" && !regexp.MustCompile(`_test\.go$`).MatchString(f) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range call.FindAllSubmatch(src, -1) {
				read["BRONWIJZER_"+string(m[1])] = true
			}
		}
	}
	if len(read) < 20 {
		t.Fatalf("found only %d variables in the code; the pattern is out of date", len(read))
	}
	if diff := cmp.Diff(keys(read), keys(documented)); diff != "" {
		t.Errorf("README configuration table vs code (-read by code +documented):\n%s", diff)
	}
}

func set(matches [][][]byte) map[string]bool {
	m := map[string]bool{}
	for _, x := range matches {
		m[string(x[1])] = true
	}
	return m
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
