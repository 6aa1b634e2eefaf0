package answer

import "testing"

// TestSpelledNumbers: an age, weight or length of time in words reads as
// its digits; an article and other words stay as they are.
func TestSpelledNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"Welke dosis voor een tachtigjarige?":      "Welke dosis voor een 80-jarige?",
		"Tachtigjarige met eGFR 40: hoeveel X?":    "80-jarige met eGFR 40: hoeveel X?",
		"kind van vier jaar, hoeveel?":             "kind van 4 jaar, hoeveel?",
		"Een baby van zes maanden":                 "Een baby van 6 maanden",
		"een meisje van achttien kilo":             "een meisje van 18 kilo",
		"Mag een vierentachtig-jarige dit?":        "Mag een 84-jarige dit?",
		"dosering bij zeventigplussers":            "dosering bij 70-plussers",
		"Man van tweeëntwintig jaar":               "Man van 22 jaar",
		"anderhalf jaar oud":                       "1,5 jaar oud",
		"tweeënhalf jaar":                          "2,5 jaar",
		"Een jaar na de start":                     "Een jaar na de start",
		"Hoeveel weken duurt de kuur?":             "Hoeveel weken duurt de kuur?",
		"honderdeen jaar":                          "101 jaar",
		"Welke dosis geef ik een kind van 4 jaar?": "Welke dosis geef ik een kind van 4 jaar?",
		"Na enkele weken geen effect":              "Na enkele weken geen effect",
		"zestien weken zwanger":                    "16 weken zwanger",
	} {
		if got := withDigits(in); got != want {
			t.Errorf("withDigits(%q) = %q, want %q", in, got, want)
		}
	}
}
