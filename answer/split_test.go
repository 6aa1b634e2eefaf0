package answer

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Dit is een zin. Dit is er nog een! En een vraag?", []string{"Dit is een zin.", "Dit is er nog een!", "En een vraag?"}},
		{"abbreviations", "Gebruik bijv. metformine, o.a. bij diabetes e.d. aandoeningen. Vraag dr. Jansen.", []string{"Gebruik bijv. metformine, o.a. bij diabetes e.d. aandoeningen.", "Vraag dr. Jansen."}},
		{"abbreviation before capital", "Zie o.a. Nivel. En verder.", []string{"Zie o.a. Nivel.", "En verder."}},
		{"decimal numbers", "De dosis is 1.5 mg of 2,5 ml. Daarna stoppen.", []string{"De dosis is 1.5 mg of 2,5 ml.", "Daarna stoppen."}},
		{"unit at end", "De dosis is 500 mg. Neem die bij de maaltijd.", []string{"De dosis is 500 mg.", "Neem die bij de maaltijd."}},
		{"initials", "Volgens J. de Vries werkt het. Dat klopt.", []string{"Volgens J. de Vries werkt het.", "Dat klopt."}},
		{"bullets", "Toepassingen:\n• spraakherkenning\n• triage\n- chatbots", []string{"Toepassingen:", "spraakherkenning", "triage", "chatbots"}},
		{"numbered list", "Stappen:\n1. Meet de bloeddruk.\n2. Noteer de waarde.", []string{"Stappen:", "1. Meet de bloeddruk.", "2. Noteer de waarde."}},
		{"list number run-in", "6. Gebruik van chatbots Er moet kritisch worden gekeken.", []string{"6. Gebruik van chatbots Er moet kritisch worden gekeken."}},
		{"blank line", "Kopje zonder punt\n\nDe tekst volgt hier.", []string{"Kopje zonder punt", "De tekst volgt hier."}},
		{"pdf line breaks", "Eén op de vijf praktijken maakte in 2024 al\ngebruik van AI. Dit blijkt uit\nde enquête.", []string{"Eén op de vijf praktijken maakte in 2024 al\ngebruik van AI.", "Dit blijkt uit\nde enquête."}},
		{"percent in parentheses", "Spraak (14%) en triage (10%) zijn populair. Andere niet.", []string{"Spraak (14%) en triage (10%) zijn populair.", "Andere niet."}},
		{"closing quote", "Hij zei: \"Stop.\" Daarna niets.", []string{"Hij zei: \"Stop.\"", "Daarna niets."}},
		{"lower case continues", "Het is 5 p.m. en verder. ok", []string{"Het is 5 p.m. en verder. ok"}},
		{"url", "Zie www.nhg.org voor meer. Klaar.", []string{"Zie www.nhg.org voor meer.", "Klaar."}},
		{"empty", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range SplitSentences(tt.in) {
				got = append(got, sp.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SplitSentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"Dit is een zin. En nog een.", "• a\n• b", "1. x\n2. y", "bijv. 1.5 mg. Dr. X", "…?!\"'", "\n\n\n"} {
		f.Add(s)
	}
	f.Add("die baat hebben bij In en rondom Hoorn. De In de")
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		for _, split := range []func(string) []Span{SplitSentences, splitPassage} {
			prev := 0
			for _, sp := range split(text) {
				if sp.Start < prev || sp.End <= sp.Start || sp.End > len(rs) {
					t.Fatalf("span [%d,%d) out of order or bounds (prev end %d, len %d)", sp.Start, sp.End, prev, len(rs))
				}
				if string(rs[sp.Start:sp.End]) != sp.Text {
					t.Fatalf("span text %q is not runes [%d,%d)", sp.Text, sp.Start, sp.End)
				}
				prev = sp.End
			}
		}
	})
}

func TestSplitPassage(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"run-in heading", "10. Capaciteitsplanning In de toekomst zal AI een rol spelen. Dat is zo.",
			[]string{"10. Capaciteitsplanning", "In de toekomst zal AI een rol spelen.", "Dat is zo."}},
		{"run-in heading after list number", "6. Gebruik van chatbots Er moet kritisch worden gekeken.",
			[]string{"6. Gebruik van chatbots", "Er moet kritisch worden gekeken."}},
		{"blocks glued by the source", "patiënten identificeren die baat hebben bij In en rondom de gemeente Hoorn worden gegevens verzameld.",
			[]string{"patiënten identificeren die baat hebben bij", "In en rondom de gemeente Hoorn worden gegevens verzameld."}},
		{"glued across a line break", "real time spraakherkenning In het Verenigd\nKoninkrijk liep een onderzoek.",
			[]string{"real time spraakherkenning", "In het Verenigd\nKoninkrijk liep een onderzoek."}},
		{"name with capitalised article", "Volgens Jan De Vries werkt het.", []string{"Volgens Jan De Vries werkt het."}},
		{"opener after punctuation", "Conclusie: De zorg staat onder druk.", []string{"Conclusie: De zorg staat onder druk."}},
		{"opener before a name", "Zie de nota van Het Nivel over triage.", []string{"Zie de nota van Het Nivel over triage."}},
		{"opener at the end", "Zij kozen voor In", []string{"Zij kozen voor In"}},
		{"lower case after a full stop", "uitgever van standaardwerken voor psychologen. ervaren die lastig zijn.",
			[]string{"uitgever van standaardwerken voor psychologen.", "ervaren die lastig zijn."}},
		{"abbreviation before lower case", "Gebruik bijv. een app of resp. twee.", []string{"Gebruik bijv. een app of resp. twee."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.in)
			var got []string
			for _, sp := range splitPassage(tt.in) {
				if string(rs[sp.Start:sp.End]) != sp.Text {
					t.Errorf("span text %q is not runes [%d,%d)", sp.Text, sp.Start, sp.End)
				}
				got = append(got, sp.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitPassage(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// splitWords cuts the words wordSpans finds, as slices of the text: the
// two agree on decimals, hyphens, marks and bytes that are no UTF-8.
func TestSplitWordsAgreesWithWordSpans(t *testing.T) {
	for _, text := range []string{
		"", "...", "1,5 mg", "a.1", "2.", ",3", "1,2,3", "€ 1.000,50 en 3,", "é1,5é",
		"x\xffy 1,\xff2", "anti-epilepticum, 12 mg/kg/dag; eGFR < 30", "Tabel 2 — Middel: tarvomycine · 2 dd 500 mg",
	} {
		rs := []rune(text)
		var want []string
		for _, sp := range wordSpans(rs) {
			want = append(want, string(rs[sp[0]:sp[1]]))
		}
		if got := splitWords(text); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("splitWords(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestSplitAfterDottedLetters(t *testing.T) {
	got := SplitSentences("Kinderen: 5 mg a.n. (voor de nacht), maximaal 14 nachten. Volwassenen: 10 mg z.n. Bij jeuk.")
	var texts []string
	for _, sp := range got {
		texts = append(texts, sp.Text)
	}
	want := []string{"Kinderen: 5 mg a.n. (voor de nacht), maximaal 14 nachten.", "Volwassenen: 10 mg z.n. Bij jeuk."}
	if !slices.Equal(texts, want) {
		t.Errorf("SplitSentences = %q, want %q", texts, want)
	}
}
