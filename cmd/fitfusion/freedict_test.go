package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
)

// writeDict writes a dictd dictionary (base.index, base.dict.dz) of the
// given entries, each "headword\nbody", in the layout Debian's
// dict-freedict packages use.
func writeDict(t *testing.T, base string, entries []string) {
	t.Helper()
	var body, index bytes.Buffer
	for _, e := range entries {
		head, _, _ := strings.Cut(e, "\n")
		head, _, _ = strings.Cut(head, " /")
		index.WriteString(head + "\t" + enc64(body.Len()) + "\t" + enc64(len(e)+1) + "\n")
		body.WriteString(e + "\n")
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(body.Bytes())
	w.Close()
	if err := os.WriteFile(base+".dict.dz", z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".index", index.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func enc64(n int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	var out []byte
	for ; n > 0; n /= 64 {
		out = append([]byte{digits[n%64]}, out...)
	}
	return string(out)
}

func TestB64(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 4095, 386255} {
		if got := b64(enc64(n)); got != n {
			t.Errorf("b64(%q) = %d, want %d", enc64(n), got, n)
		}
	}
	if b64("a-b") != -1 {
		t.Error("a character outside the alphabet must fail")
	}
}

func TestParseEntry(t *testing.T) {
	head, trans := parseEntry([]byte("hindernis /ˈhɪndərnɪs/\n1. obstacle, barrier\n2. hurdle; snag\n"))
	if head != "hindernis" || !slices.Equal(trans, []string{"obstacle", "barrier", "hurdle", "snag"}) {
		t.Errorf("parseEntry = %q %q", head, trans)
	}
	head, trans = parseEntry([]byte("above /əbʌv/\n\n"))
	if head != "above" || len(trans) != 0 {
		t.Errorf("an entry without translations: %q %q", head, trans)
	}
}

// Pivot synonyms join Dutch words through an English word of either
// dictionary, by stem, and an English word with more Dutch words than the
// fan limit joins none.
func TestPivotSynonyms(t *testing.T) {
	dir := t.TempDir()
	writeDict(t, filepath.Join(dir, "freedict-nld-eng"), []string{
		"00-database-info\nthe header entry",
		"hindernis /ˈhɪndərnɪs/\n1. obstacle, barrier\n2. hurdle",
		"obstakel /ɔpˈstaːkəl/\nobstacle",
		"slot /slɔt/\n1. lock\n2. end",
		"einde /ˈɛində/\nend",
		"afloop /ˈɑfloːp/\nend",
		"besluit /bəˈslœyt/\n1. end\n2. decision",
		"in staat /ɪn staːt/\ncapable",
	})
	writeDict(t, filepath.Join(dir, "freedict-eng-nld"), []string{
		"barrier /ˈbæriər/\nbelemmering, slagboom",
	})
	links, err := loadPivotLinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	stem := func(w string) string { return analysis.Stem(analysis.Fold(w)) }
	if _, ok := links[stem("in staat")]; ok {
		t.Error("a multi-word Dutch entry must not be linked")
	}
	syn := links.synonyms(3)
	got := syn[stem("hindernis")]
	for _, w := range []string{"obstakel", "belemmering", "slagboom"} {
		if !slices.Contains(got, stem(w)) {
			t.Errorf("synonyms of hindernis %q lack %s", got, w)
		}
	}
	if s := syn[stem("slot")]; len(s) != 0 {
		t.Errorf("\"end\" has four Dutch words, over the fan limit 3: slot got %q", s)
	}
	if s := links.synonyms(4)[stem("slot")]; len(s) != 3 {
		t.Errorf("at fan limit 4 slot has %q, want einde, afloop, besluit", s)
	}
}

func TestLoadPivotLinksMissing(t *testing.T) {
	if _, err := loadPivotLinks(t.TempDir()); err == nil {
		t.Error("no dictionaries must be an error, so the candidate is skipped")
	}
}
