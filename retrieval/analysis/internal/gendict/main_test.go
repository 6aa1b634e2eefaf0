package main

import (
	"compress/gzip"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadWordsAndProductive(t *testing.T) {
	list := strings.Join([]string{
		"Amsterdam", "NAVO", "e-mail", "op", "arts", "huis", "prak", "tijk", "praktijk",
		"huisarts", "tandarts", "oogarts", "kinderarts", "tand", "oog", "kinder",
		"huisdeur", "huiskamer", "huistuin", "deur", "kamer", "tuin", "praktijk",
		"keel", "keelarts", "patiënt", "huisbaar", "baar", "huisbare",
	}, "\n")
	words, err := readWords(strings.NewReader(list))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Amsterdam", "navo", "e-mail", "op"} {
		if _, ok := words[w]; ok {
			t.Errorf("readWords kept %q", w)
		}
	}
	if _, ok := words["patient"]; !ok {
		t.Errorf("readWords did not keep folded %q", "patient")
	}
	// huis modifies 4 words (huisarts, huisdeur, huiskamer, huistuin; huisbaar
	// does not count: baar is a non-part); arts heads 4 (tand, kinder, keel,
	// huis; "oog" is shorter than a part).
	want := []string{"h arts", "m huis"}
	if diff := cmp.Diff(want, productive(words)); diff != "" {
		t.Errorf("productive mismatch (-want +got):\n%s", diff)
	}
}

// TestCommittedDictionaryIsCurrent regenerates the dictionary from the system
// word list (Debian package wdutch, which .ci/run installs) and compares it
// with the committed file, so rule changes cannot silently diverge from the
// data. Without the word list it skips, except under CI=true, where a skip
// would hide exactly the divergence it guards: there it fails.
func TestCommittedDictionaryIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: reads 400,000 words")
	}
	f, err := os.Open("/usr/share/dict/nederlands")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("word list not installed (apt-get install wdutch; .ci/run does): %v", err)
		}
		t.Skipf("word list not installed (apt-get install wdutch): %v", err)
	}
	defer f.Close()
	words, err := readWords(f)
	if err != nil {
		t.Fatal(err)
	}
	got := productive(words)
	committed, err := os.Open("../../compound.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer committed.Close()
	zr, err := gzip.NewReader(committed)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("compound.txt.gz is stale; regenerate with go run ./retrieval/analysis/internal/gendict (-committed +generated):\n%s", diff)
	}
}
