package extract

import (
	"testing"
)

func TestNormalizeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii untouched", "Gewone tekst.", "Gewone tekst."},
		{"ligatures", "ofﬁciële efﬁciënte ﬂink ﬀ", "officiële efficiënte flink ff"},
		{"byte-swapped ligature letters", "getro昀昀en speci昀椀citeit 昀椀ctief", "getroffen specificiteit fictief"},
		{"ideographs apart from Latin letters stay", "昀 日本", "昀 日本"},
		{"winansi en dash", "2020\u00962024", "2020–2024"},
		{"winansi quotes", "\u0093citaat\u0094 \u0092s", "“citaat” ’s"},
		{"undefined c1 dropped", "a\u0081b", "ab"},
		{"soft hyphen dropped", "be\u00adhan\u00addeling", "behandeling"},
		{"non-breaking hyphen", "AI\u2011competenties", "AI-competenties"},
		{"minus sign", "NTvG\u2212artikelen", "NTvG-artikelen"},
		{"no-break and thin spaces", "10\u00a0mg en\u2009zo", "10 mg en zo"},
		{"zero width", "zorg\u200bverlener\ufeff", "zorgverlener"},
		{"controls dropped", "te\u0001kst\u0000", "tekst"},
		{"whitespace collapsed", "  een \t twee  \n  drie  ", "een twee\ndrie"},
		{"blank lines limited", "alinea een\n\n\n\nalinea twee", "alinea een\n\nalinea twee"},
		{"crlf", "een\r\ntwee", "een\n\ntwee"},
		{"nfkc superscript", "m² en x¹", "m2 en x1"},
		{"power of ten kept", "0,5 × 10⁹/l en 10⁻³ en (10¹²/l)", "0,5 × 10⁹/l en 10⁻³ en (10¹²/l)"},
		{"no power of ten", "110² en 2,10³ en 10 ²", "1102 en 2,103 en 10 2"},
		{"fraction after a digit", "1½ tablet en ½ tablet", "1 1⁄2 tablet en 1⁄2 tablet"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeText(tt.in); got != tt.want {
				t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestJoinLines(t *testing.T) {
	vocab := map[string]int{"e-mail": 3, "zorgverlener": 1}
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"plain", []string{"De huisarts", "belt terug."}, "De huisarts belt terug."},
		{"hyphenation joined", []string{"Een persoonlijk behandel-", "plan volgt."}, "Een persoonlijk behandelplan volgt."},
		{"soft hyphen joined", []string{"zorg\u00ad", "verlener"}, "zorgverlener"},
		{"acronym hyphen kept", []string{"de NTvG-", "artikelen"}, "de NTvG-artikelen"},
		{"hyphen before capital kept", []string{"Noord-", "Holland"}, "Noord-Holland"},
		{"digit hyphen kept", []string{"COVID-", "19"}, "COVID-19"},
		{"suspended hyphen kept", []string{"wet-", "en regelgeving"}, "wet- en regelgeving"},
		{"suspended of", []string{"huis-", "of wijkarts"}, "huis- of wijkarts"},
		{"document spells it with hyphen", []string{"stuur een e-", "mail"}, "stuur een e-mail"},
		{"dash alone", []string{"zorg -", "en meer"}, "zorg - en meer"},
		{"url hyphen kept", []string{"https://example.org/snellere-detectie-", "en-beroertes"}, "https://example.org/snellere-detectie-en-beroertes"},
		{"blank lines skipped", []string{"een", " ", "twee"}, "een twee"},
		{"range broken after its dash", []string{"eGFR 10–", "29 ml/min"}, "eGFR 10–29 ml/min"},
		{"dash between words kept apart", []string{"de zorg –", "en meer"}, "de zorg – en meer"},
		{"dash after a number before a word", []string{"stap 2 –", "daarna stap 3"}, "stap 2 – daarna stap 3"},
		{"unit broken after its slash", []string{"10 mg/kg/", "dag in 2 giften"}, "10 mg/kg/dag in 2 giften"},
		{"URL ending in a slash before another", []string{"https://example.org/a/", "https://example.org/b"}, "https://example.org/a/ https://example.org/b"},
		{"URL piece ending in a slash", []string{"preventive-healthcare/", "https://bit.ly/x"}, "preventive-healthcare/ https://bit.ly/x"},
		{"slash before a note's number", []string{"articles/PMC123/", "44."}, "articles/PMC123/ 44."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinLines(tt.lines, vocab); got != tt.want {
				t.Errorf("joinLines(%q) = %q, want %q", tt.lines, got, tt.want)
			}
		})
	}
}

// TestMendCellLines: a narrow column breaks a word without a hyphen; the
// break is mended where the document writes the whole word elsewhere and
// a piece is no word of its own, also when the other piece is one
// ("misselijk" over "heid"), never between words the document uses
// ("in" over "de").
func TestMendCellLines(t *testing.T) {
	vocab := map[string]int{"leverontsteking": 1, "leverontst": 1, "eking": 1,
		"misselijkheid": 1, "misselijk": 3, "heid": 1,
		"volwassenen": 4, "volwass": 1, "enen": 1,
		"in": 40, "de": 90, "inde": 0, "niet": 12, "bij": 20}
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"niet bij ernstige leverontst", "eking"}, "niet bij ernstige leverontsteking"},
		{[]string{"sufheid; misselijk", "heid bij 10%"}, "sufheid; misselijkheid bij 10%"},
		{[]string{"Volwass", "enen"}, "Volwassenen"},
		{[]string{"alleen in", "de avond"}, "alleen in de avond"},
		{[]string{"niet", "bij kinderen"}, "niet bij kinderen"},
	} {
		if got := joinLines(mendCellLines(tc.lines, vocab), vocab); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.lines, got, tc.want)
		}
	}
}
