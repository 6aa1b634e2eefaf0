package main

import (
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
