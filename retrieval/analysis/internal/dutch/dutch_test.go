package dutch

import "testing"

// IsStopWord knows the Snowball Dutch list (a sample from its start, middle
// and end, the longest word among them) and nothing else: content words,
// the empty string and an unfolded capital are not stop words.
func TestIsStopWord(t *testing.T) {
	for _, w := range []string{"aan", "al", "de", "het", "een", "geweest", "iemand", "reeds", "wezen", "zonder", "zou"} {
		if !IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"huisarts", "zorg", "", "De", "patient", "welke", "bijvoorbeeld", "zoals"} {
		if IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = true, want false", w)
		}
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Geïnventariseerd": "geinventariseerd",
		"PATIËNT":          "patient",
		"café":             "cafe",
		"ﬁnanciering":      "financiering",
		"ascii Only":       "ascii only",
		"":                 "",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkIsStopWord looks up a mix of stop words and content words, as
// the tokenizer does for every word of a text.
func BenchmarkIsStopWord(b *testing.B) {
	words := []string{"de", "huisarts", "van", "behandeling", "zonder", "antibiotica",
		"het", "bloeddruk", "wordt", "patient", "niet", "zorg"}
	n := 0
	for b.Loop() {
		for _, w := range words {
			if IsStopWord(w) {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no stop word found")
	}
}
