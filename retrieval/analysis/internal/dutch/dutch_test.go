package dutch

import "testing"

func TestIsStopWordMatchesList(t *testing.T) {
	list := StopWords()
	for _, w := range list {
		if !IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"huisarts", "zorg", "", "De", "patient"} {
		if IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = true, want false", w)
		}
	}
	if len(list) != 101 {
		t.Errorf("len(StopWords()) = %d, want 101 (Snowball Dutch list)", len(list))
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
