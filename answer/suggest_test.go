package answer

import (
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

// A drug name misspelled in the question is refused as one the sources do
// not treat, and the refusal asks after the name the sources use; a word
// with no near neighbour in the sources gets no such question.
func TestRefusalAsksAfterAMisspelledName(t *testing.T) {
	ps := []bronwijzer.Passage{passage("ft01", "Fictieve Standaard Ambervlekkenziekte",
		"Geef kinderen vanaf 6 maanden tarvomycine 12 mg/kg/dag in 2 giften. Behandel ambervlekkenziekte met tarvomycine; zo gezien is de behandeling eenvoudig.", 4, "2025-01-01")}
	for _, tt := range []struct{ question, want, not string }{
		{"Wat is de dosering van tarvomicine bij kinderen?", "Bedoelt u ‘tarvomycine’?", ""},
		{"Wat is de dosering van travomycine bij kinderen?", "Bedoelt u ‘tarvomycine’?", ""}, // two letters swapped
		{"Wat is de dosering van osteoporose-middelen bij kinderen?", "", "Bedoelt u"},
		// "gezien" is a common word, no name "gezin" misspelled
		{"Hoe behandel ik ambervlekkenziekte bij een gezin?", "", "Bedoelt u"},
	} {
		f := &fakeSearcher{passages: ps}
		resp := askLenient(t, analyzers(t)["dutch"], f, tt.question)
		if !resp.Abstained {
			t.Errorf("%q answered: %q", tt.question, resp.Answer)
			continue
		}
		if tt.want != "" && !strings.Contains(resp.Reason, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.question, resp.Reason, tt.want)
		}
		if want := tt.want != ""; want != (len(resp.Suggestions) == 1 && resp.Suggestions[0].Suggestion == "tarvomycine" &&
			strings.Contains(tt.question, " "+resp.Suggestions[0].Word+" ")) {
			t.Errorf("%q: suggestions %+v", tt.question, resp.Suggestions)
		}
		if tt.not != "" && strings.Contains(resp.Reason, tt.not) {
			t.Errorf("%q: reason %q suggests a word", tt.question, resp.Reason)
		}
	}
}

func TestClosestWord(t *testing.T) {
	texts := []string{"Tarvomycine en nordaxilline; koorts, kort, korts. Pluimhoest bij kinderen in position. ThuisartsGPT."}
	for w, want := range map[string]string{
		"tarvomicine":  "Tarvomycine",  // one substitution
		"tarvomycinee": "Tarvomycine",  // one insertion
		"tarvoymcine":  "Tarvomycine",  // adjacent letters swapped
		"trvmcine":     "",             // three errors
		"Tarvomycine":  "",             // the word itself, in another case
		"narvomycine":  "",             // another first letter
		"koortz":       "koorts",       // short word: one error
		"positief":     "",             // two errors in a word of eight letters
		"kurtz":        "",             // short word: two errors
		"pluimhoost":   "Pluimhoest",   // as the source writes it
		"thuisartsgtp": "ThuisartsGPT", // letters swapped
	} {
		if got := closestWord(w, texts, nil); got != want {
			t.Errorf("closestWord(%q) = %q, want %q", w, got, want)
		}
	}
}
