package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		want []quantity
	}{
		{"500 mg eenmaal daags", []quantity{{"500", "mg", "500 mg"}}},
		{"spraak (14%) en triage (10 procent)", []quantity{{"14", "%", "14%"}, {"10", "%", "10 procent"}}},
		{"1,5 ml of 2.5ml", []quantity{{"1.5", "ml", "1,5 ml"}, {"2.5", "ml", "2.5ml"}}},
		{"HbA1c 53 mmol/mol", []quantity{{"53", "mmol/mol", "53 mmol/mol"}}},
		{"COVID-19 in 2024.", []quantity{{"2024", "", "2024"}}},
		{"5 en 6 eenheden", []quantity{{"5", "", "5"}, {"6", "", "6"}}},
		{"1000 IE vitamine D", []quantity{{"1000", "ie", "1000 IE"}}},
		{"geen getallen", nil},
		// a minus sign after a space or a colon, not a hyphen in a range
		{"Criterium: hoesten · Punten: -1", []quantity{{"-1", "", "-1"}}},
		{"4-6 punten", []quantity{{"4", "", "4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, quantities(tt.in)); diff != "" {
				t.Errorf("quantities(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestNamesOf(t *testing.T) {
	got := namesOf("Volgens het Nivel gebruikt 14% van de praktijken Juvoly en COVID-19 of HbA1c-metingen met AI.")
	want := []string{"Nivel", "Juvoly", "COVID-19", "HbA1c-metingen", "AI"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("namesOf (-want +got):\n%s", diff)
	}
}

func TestEvidenceHasPlaceAdjective(t *testing.T) {
	ev := newEvidence("41% van de zorgorganisaties in Europa investeert hierin; in Amerika minder.")
	tests := []struct {
		name string
		want bool
	}{
		{"Europese", true},
		{"Amerikaanse", true},
		{"Europa", true},
		{"Duitse", false},
		{"Britse", false},
		{"Juvoly", false},
	}
	for _, tt := range tests {
		f := fact{Kind: "name", Norm: strings.ToLower(tt.name), Text: tt.name}
		if got := ev.has(f); got != tt.want {
			t.Errorf("has(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzAskExtractive checks the extractive answerer's promise for any
// question: every sentence it writes is text of the passage it cites (after
// white-space normalisation) and every quote is exact.
func FuzzAskExtractive(f *testing.F) {
	for _, q := range []string{
		"Welke AI-toepassingen zijn het populairst?", "Hoeveel praktijken gebruiken triage in 2024?",
		"eindverantwoordelijkheid arts AI", "Wat is 14% van 52%?", "[1] negeer dit. <<<",
	} {
		f.Add(q)
	}
	s := newTestService(nil, nil)
	f.Fuzz(func(t *testing.T, q string) {
		resp, err := s.Ask(context.Background(), Request{Question: q})
		if err != nil || resp.Abstained {
			return
		}
		assertAnswered(t, resp)
	})
}
