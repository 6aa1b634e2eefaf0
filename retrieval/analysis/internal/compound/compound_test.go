package compound

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	mods := map[string]bool{"huis": true, "huisartsen": true, "zorg": true, "eerste": true, "lijn": true, "kort": true}
	heads := map[string]bool{"arts": true, "artsen": true, "praktijk": true, "praktijken": true, "zorg": true, "lijn": true, "antwoord": true}
	sp := Splitter{
		IsModifier: func(s string) bool { return mods[s] },
		IsHead:     func(s string) bool { return heads[s] },
	}
	tests := []struct {
		word string
		want []string
	}{
		{"huisarts", []string{"huis", "arts"}},
		{"huisartsenpraktijken", []string{"huisartsen", "praktijken"}}, // fewest parts wins
		{"huisartspraktijk", nil},                                      // "arts" is no modifier
		{"zorgspraktijk", []string{"zorg", "praktijk"}},                // linker -s-
		{"zorgepraktijk", []string{"zorg", "praktijk"}},                // linker -e-
		{"zorgenpraktijk", []string{"zorg", "praktijk"}},               // linker -en-
		{"eerstelijnszorg", []string{"eerste", "lijn", "zorg"}},
		{"verantwoord", nil}, // "ver" is shorter than MinPart
		{"zorg", nil},        // too short to split
		{"zorgzorgs", nil},   // may not end in a linker
		{"huisårts", nil},    // not folded ASCII
		{"kortzorgarts", []string{"kort", "zorg", "arts"}},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := sp.Split(tt.word)
			if len(tt.want) == 0 {
				if got != nil {
					t.Errorf("Split(%q) = %v, want no split", tt.word, got)
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.word, diff)
			}
		})
	}
}

func TestSplitMaxParts(t *testing.T) {
	sp := Splitter{
		IsModifier: func(s string) bool { return s == "abcd" },
		IsHead:     func(s string) bool { return s == "abcd" },
		MaxParts:   2,
	}
	if got := sp.Split("abcdabcdabcd"); got != nil {
		t.Errorf("Split with MaxParts 2 = %v, want nil", got)
	}
	if got := sp.Split("abcdabcd"); len(got) != 2 {
		t.Errorf("Split(abcdabcd) = %v, want two parts", got)
	}
}
