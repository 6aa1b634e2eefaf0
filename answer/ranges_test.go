package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

func TestRangesHold(t *testing.T) {
	tests := []struct {
		question, text string
		want           bool
	}{
		{"Welke dosis quilmeprofen mag een zuigeling van 6 weken krijgen?", "Kinderen: ≥ 3 maanden: 5 mg/kg 3 dd", false},
		{"Hoeveel tarvomycine geef ik een kind van 3 jaar?", "Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften", true},
		{"Welke dosis trovaprofen voor een kind van 8 jaar?", "Kinderen: ≥ 12 jaar: 2 dd 250 mg · Bijzonderheden: bij ≥ 70 jaar halveren", false},
		{"Welke dosis voor een 10-jarige?", "kinderen 2-11 jaar: 1 dd 5 mg", true},
		{"Welke dosis voor een 12-jarige?", "kinderen 2-11 jaar: 1 dd 5 mg", false},
		// a band closed by two comparators (groff tbl's FT-235): its lower
		// end had been lost, and a child of 8 kg got the band of 20 to 40 kg
		{"velomycine dosering kind 8 kg", "Kinderen ≥ 20 tot < 40 kg · Dosis: 250 mg", false},
		{"velomycine kind 18 kg", "Kinderen ≥ 20 tot < 40 kg · Dosis: 250 mg", false},
		{"velomycine kind 18 kg", "Kinderen ≥ 10 tot < 20 kg · Dosis: 125 mg", true},
		{"velomycine kind 40 kg", "Kinderen ≥ 20 tot < 40 kg · Dosis: 250 mg", false},
		// "en zwaarder" opens a weight upwards as "of meer" does (the note
		// under FT-236's dose table)
		{"selvomycine kind 45 kg", "Kinderen van 40 kg en zwaarder: dosering voor volwassenen.", true},
		{"selvomycine kind 15 kg", "Kinderen van 40 kg en zwaarder: dosering voor volwassenen.", false},
		{"Welke dosis voor een kind van 8 maanden?", "Kinderen ≥ 1 tot < 6 jaar: 10 mg/kg", false},
		{"Welke dosis voor een kind van 5 jaar?", "Kinderen ≥ 1 tot < 6 jaar: 10 mg/kg", true},
		{"Welke dosis voor een kind van 4 jaar?", "kinderen vanaf 6 tot 12 jaar: 250 mg", false},
		{"Wat is de dosis tarvomycine als de eGFR 25 is?", "eGFR 30–59: 1 dd 500 mg eGFR < 30: 1 dd 250 mg", true},
		{"Wat is de dosis bij een eGFR van 45?", "eGFR < 30: gecontra-indiceerd", false},
		{"Wat is de dosis bij een eGFR van 45?", "Volwassenen: 2 dd 500 mg", true},   // no ranges: no conflict
		{"Wat is de dosis voor volwassenen?", "eGFR < 30: gecontra-indiceerd", true}, // no value asked
		{"Welke dosis voor een kind van 3 jaar?", "Bij een eGFR < 30: 1 dd", true},   // other measure
		// a pregnancy's duration against trimesters and weeks
		{"Mag ik tarvomycine geven aan een vrouw die 10 weken zwanger is?", "Tarvomycine is gecontra-indiceerd in het eerste trimester.", true},
		{"Mag ik tarvomycine geven aan een vrouw die 10 weken zwanger is?", "Geef in het derde trimester geen quilmeprofen.", false},
		{"Mag ik tarvomycine geven aan een vrouw die 20 weken zwanger is?", "in het tweede en derde trimester kan het worden gebruikt", true},
		{"Mag ik tarvomycine geven aan een vrouw die 10 weken zwanger is?", "in het tweede en derde trimester kan het worden gebruikt", false},
		{"Wat geef ik bij een zwangerschap van 30 weken?", "Trovaprofen is gecontra-indiceerd vanaf week 20 van de zwangerschap.", true},
		{"Wat geef ik bij een zwangerschap van 12 weken?", "Trovaprofen is gecontra-indiceerd vanaf week 20 van de zwangerschap.", false},
		{"Wat doe ik bij een amenorroeduur van 30 weken?", "een zwangerschap van 28 weken of langer", true},
		{"Wat doe ik bij een amenorroeduur van 20 weken?", "een zwangerschap van 28 weken of langer", false},
		{"Wat doe ik bij een amenorroeduur van 20 weken?", "Kinderen ≥ 6 maanden: 12 mg/kg", true},                 // an age, not a pregnancy
		{"Welke dosis voor een zuigeling van 10 weken?", "niet in het eerste trimester van de zwangerschap", true}, // an age, not a pregnancy
		{"Welke dosis voor een zuigeling van 10 weken?", "bij een zwangere vanaf 28 weken amenorroeduur", true},
		// a comparator the PDF's font could not show (read as U+FFFD)
		// bounds no value: neither side of it is the patient's
		{"Welke dosis morvastine voor een baby van 1 jaar?", "Kinderen: \uFFFD 2 jaar: 1 dd", false},
		{"Welke dosis morvastine voor een kind van 3 jaar?", "Kinderen: \uFFFD 2 jaar: 1 dd", false},
		{"Welke dosis voor een kind van 18 kg?", "\uFFFD 15 kg: 2 dd 250 mg", false},
		{"Wat is de dosis morvastine voor volwassenen?", "Kinderen: \uFFFD 2 jaar: 1 dd", true}, // no value asked
		// a bound in the question is a range: it must meet the candidate's
		{"Wat is de dosering tarvomycine bij kinderen jonger dan 6 maanden?", "Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften", false},
		{"Wat is de dosering tarvomycine bij kinderen ouder dan 6 maanden?", "Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften", true},
		{"Wat is de dosering bij kinderen jonger dan 6 maanden?", "kinderen jonger dan 6 maanden en het eerste trimester", true},
		{"Wat is de dosering bij kinderen vanaf 12 jaar?", "kinderen 2-11 jaar: 1 dd 5 mg", false},
		{"Wat is de dosering bij kinderen tot 12 jaar?", "kinderen 2-11 jaar: 1 dd 5 mg", true},
		{"Welke dosis bij een eGFR onder 30?", "eGFR 30–59: 1 dd 500 mg", false},
		{"Welke dosis bij een eGFR onder 30?", "eGFR 30–59: 1 dd 500 mg eGFR < 30: 1 dd 250 mg", true},
		{"Welke dosis bij een eGFR lager dan 60?", "eGFR 30–59: 1 dd 500 mg", true},
		{"Welke dosis bij een eGFR boven 60?", "eGFR 30–59: 1 dd 500 mg eGFR < 30: gecontra-indiceerd", false},
		{"Hoeveel baby's onder de 1 jaar worden verwezen?", "Van de kinderen jonger dan 1 jaar wordt 9% verwezen.", true},
		// a body weight against a table's weight bands; a dose per
		// kilogram is no weight
		{"Hoeveel hydrolan geef ik een kind van 15 kilo?", "Lichaamsgewicht: 10–20 kg · In de eerste 4 uur: 700–1000 ml", true},
		{"Hoeveel hydrolan geef ik een kind van 15 kilo?", "Lichaamsgewicht: < 5 kg · In de eerste 4 uur: 200–400 ml", false},
		{"Hoeveel hydrolan geef ik een kind van 15 kilo?", "Lichaamsgewicht: ≥ 40 kg en volwassenen · 2000–4000 ml", false},
		{"Hoeveel geef ik een volwassene van 70 kg?", "Lichaamsgewicht: 40 kg of meer: 2000–4000 ml", true},
		{"Hoeveel geef ik een kind van 15 kilo?", "Kinderen: 20 mg/kg/dag in 2 giften", true},
		{"Hoeveel geef ik per 20 mg/kg?", "Lichaamsgewicht: < 5 kg · 200 ml", true},
		// a band in words (ikiwiki's FT-104): "tot" leaves its end out
		{"trevoxal kind 12 kg", "Patiëntengroep: Kinderen 15 tot 30 kg · Dosering: 20 mg/kg per dag in 3 doses", false},
		{"trevoxal kind 30 kg", "Patiëntengroep: Kinderen 15 tot 30 kg · Dosering: 20 mg/kg per dag in 3 doses", false},
		{"trevoxal kind 22 kg", "Patiëntengroep: Kinderen 15 tot 30 kg · Dosering: 20 mg/kg per dag in 3 doses", true},
		{"Hoeveel geef ik een kind van 20 kg?", "kinderen van 10 tot en met 20 kg: 2 dd 125 mg", true},
		{"Hoeveel geef ik een kind van 8 kg?", "kinderen tussen 10 en 20 kg: 2 dd 125 mg", false},
		{"Hoeveel geef ik een kind van 12 kg?", "kinderen tussen 10 en 20 kg: 2 dd 125 mg", true},
		// "en ouder" leaves a range open as "of ouder" does
		{"Hoe vaak krijgt een patiënt van 70 jaar een nierontsteking?", "bij 8,2% van de patiënten van 60 jaar en ouder", true},
		{"Hoe vaak krijgt een patiënt van 50 jaar een nierontsteking?", "bij 8,2% van de patiënten van 60 jaar en ouder", false},
		// "70-plussers" are people of 70 or older, in a question and in
		// a source
		{"Hoe vaak krijgen 65-plussers een longontsteking?", "bij 4% van de kinderen en bij 6% van de volwassenen van 65 jaar en ouder", true},
		{"Hoe vaak krijgen 70-plussers een leverontsteking?", "bij patiënten ouder dan 70 jaar is dat 11%", true},
		{"Hoe vaak krijgen 70-plussers een leverontsteking?", "bij kinderen jonger dan 12 jaar is dat 2%", false},
		{"Welke dosis voor een patiënt van 80 jaar?", "Bij 70-plussers: 1 dd 250 mg", true},
		{"Welke dosis voor een patiënt van 50 jaar?", "Bij 70-plussers: 1 dd 250 mg", false},
		{"Welke dosis voor 75+'ers?", "Bij 70-plussers: 1 dd 250 mg", true},
		// "een man van 45" is an age in years; "een vrouw van 70 kg" is none
		{"Een man van 45 heeft fluitkeel; hoeveel pentavir?", "Patiënt: Kinderen 2–12 jaar · 2 dd 15 mg/kg", false},
		{"Een jongen van 8 heeft fluitkeel; hoeveel pentavir?", "Patiënt: Kinderen 2–12 jaar · 2 dd 15 mg/kg", true},
		{"Een vrouw van 70 kg; hoeveel pentavir?", "Patiënt: Kinderen 2–12 jaar · 2 dd 15 mg/kg", true},
		{"Een man van 45 en zijn zoon; hoeveel pentavir?", "Patiënt: Kinderen 2–12 jaar · 2 dd 15 mg/kg", false},
		{"Meneer is 81 en heeft fluitkeel. Hoeveel pentavir?", "Patiënt: ≥ 75 jaar · 1 dd 15 mg/kg", true},
		{"Meneer is 50 en heeft fluitkeel. Hoeveel pentavir?", "Patiënt: ≥ 75 jaar · 1 dd 15 mg/kg", false},
		{"Man, 52, sinds 3 weken jeuk. Hoeveel pentavir?", "Patiënt: ≥ 75 jaar · 1 dd 15 mg/kg", false},
		{"Man van 78 kan geen torvaxine krijgen. Dosering saldorexan?", "Populatie: volwassenen 18–74 jaar · Dosis: 25 mg", false}, // FT-52
		{"Man van 78 kan geen torvaxine krijgen. Dosering saldorexan?", "Populatie: ouderen ≥ 75 jaar · Dosis: 12,5 mg", true},
		{"Een man van 180 cm heeft fluitkeel. Hoeveel pentavir?", "Patiënt: Kinderen 2–12 jaar · 2 dd 15 mg/kg", true}, // a length, no age
		{"Vrouw, 34 weken zwanger. Hoeveel pentavir?", "Patiënt: ≥ 75 jaar · 1 dd 15 mg/kg", true},                     // weeks of pregnancy, no age
		{"Mevrouw is 12 weken zwanger. Hoeveel pentavir?", "Patiënt: ≥ 75 jaar · 1 dd 15 mg/kg", true},
		{"Welke dosis voor 65+'ers?", "kinderen jonger dan 12 jaar: 1 dd 5 mg", false},
		{"Hoeveel 4-jarigen krijgen pluimhoest?", "Van de kinderen ouder dan 5 jaar krijgt 3% pluimhoest.", false},
		// the span a share is counted within
		{"Hoeveel procent krijgt binnen 5 jaar een recidief?", "Bij ongeveer 15% treedt binnen een jaar een recidief op.", false},
		{"Hoeveel procent krijgt binnen een jaar een recidief?", "Bij ongeveer 15% treedt binnen 12 maanden een recidief op.", true},
		{"Hoeveel procent krijgt binnen een jaar een recidief?", "Bij ongeveer 25% treedt binnen 2 jaar een recidief op.", false},
		{"Hoeveel procent krijgt binnen twee weken een recidief?", "Bij 15% treedt binnen 14 dagen een recidief op.", true},
		{"Hoeveel procent krijgt een recidief?", "Bij ongeveer 15% treedt binnen een jaar een recidief op.", true},
		// a strict bound in the candidate excludes its own number
		{"Wat is de dosis bij een eGFR van 30?", "eGFR < 30: gecontra-indiceerd", false},
		// a level open at one end in words
		{"tresomycine eGFR 12", "Tresomycine › Nierfunctie › eGFR 15 of hoger: geen aanpassing", false},
		{"Mag het bij een eGFR van 40?", "Bij een eGFR van 30 ml/min/1,73 m² of meer: geen aanpassing", true},
		{"Mag het bij een eGFR van 40?", "eGFR 30 of lager: niet gebruiken", false},
		{"Welke dosis bij een eGFR van 40?", "Bij 2 of meer aanvallen: 1 dd 50 mg", true}, // no level
		{"Welke dosis voor een 12-jarige?", "kinderen jonger dan 12 jaar: 1 dd 5 mg", false},
		// an upper limit with a restriction past it ("daarna niet meer")
		// speaks of the values past it too; a dose after "daarna" is the
		// next step for the same patients, and a table cell's "Daarna"
		// is a column header (thereafter)
		{"Mag een zwangere van 32 weken fenolastine?", "Fenolastine mag tot week 28 van de zwangerschap worden gebruikt, daarna niet meer.", true},
		{"Mag een zwangere van 32 weken fenolastine?", "Fenolastine mag tot week 28 van de zwangerschap worden gebruikt.", false},
		{"Welke dosis voor een 10-jarige?", "kinderen jonger dan 6 jaar: 1 dd 5 mg, daarna 2 dd 5 mg", false},
		{"Hoeveel hydrolan bij een baby van 8 kilo?", "Lichaamsgewicht: < 5 kg · Daarna na elke dunne ontlasting: 50 ml", false},
		{"Welke dosis voor een 10-jarige?", "kinderen jonger dan 6 jaar: 1 dd 5 mg. Daarna niet meer geven.", false},
		{"Mag een kind van 1 jaar motrexide krijgen?", "Geef motrexide alleen bij aanhoudend braken, en bij kinderen pas vanaf 2 jaar.", true},
		{"Mag een kind van 1 jaar motrexide krijgen?", "Geef motrexide bij kinderen vanaf 2 jaar.", false},
		{"Hoeveel motrexide krijgt een kind van 1 jaar?", "Kinderen: pas vanaf 2 jaar 0,15 mg/kg eenmalig", false},
		// a range without "van" after a population's name or at the start
		// of its cell (FT-47's rows); elsewhere it may be a length of time
		{"Hoeveel lorbafen mag een 15-jarige krijgen?", "Patiëntgroep: Kinderen 6 tot en met 11 jaar · Dosis per keer: 125 mg", false},
		{"Wat is de dosering lorbafen bij een kind van 4 jaar?", "Patiëntgroep: Kinderen 6 tot en met 11 jaar · Dosis per keer: 125 mg", false},
		{"Wat is de dosering lorbafen bij een kind van 11 jaar?", "Patiëntgroep: Kinderen 6 tot en met 11 jaar · Dosis per keer: 125 mg", true},
		{"Welke dosis voor een kind van 12 jaar?", "Leeftijd: 6 tot 12 jaar · 2 dd 5 mg", false},
		{"Man van 70 met eGFR 22: kan hij marvoxil krijgen?", "Patiëntgroep: eGFR 30 tot 60 ml/min/1,73m2 · Dosis per keer: 5 mg", false},
		{"Man van 70 met eGFR 45: kan hij marvoxil krijgen?", "Patiëntgroep: eGFR 30 tot 60 ml/min/1,73m2 · Dosis per keer: 5 mg", true},
		{"Welke dosis bij een eGFR van 25?", "eGFR < 30: 15 tot 20 mg per dag", true},
		// a trimester narrowed by the weeks after it (FT-114)
		{"zorbafen zwanger 37 weken", "Populatie: Zwangerschap, derde trimester tot 36 weken · Dosering: 750 mg 3 dd", false},
		{"zorbafen zwanger 30 weken", "Populatie: Zwangerschap, derde trimester tot 36 weken · Dosering: 750 mg 3 dd", true},
		{"zorbafen zwanger 20 weken", "Populatie: Zwangerschap, derde trimester tot 36 weken · Dosering: 750 mg 3 dd", false},
		// a range asked meets a row's range by more than an end (FT-103)
		{"tesmanoxacine eGFR 30-60", "Populatie: eGFR 15–30 · Dosering: 1 dd 100 mg", false},
		{"tesmanoxacine eGFR 20-40", "Populatie: eGFR 15–30 · Dosering: 1 dd 100 mg", true},
		// a band of weights asked is the patients' weights, not "tot 60
		// kg" (FT-154)
		{"Dosering brevaprol bij kinderen van 40 tot 60 kg?", "Patiëntgroep: Kinderen 20–40 kg · Dosering: 0,1 mg/kg 1 dd", false},
		{"brevaprol kinderen 40–60 kg", "Patiëntgroep: Kinderen 20–40 kg · Dosering: 0,1 mg/kg 1 dd", false},
		{"Dosering brevaprol bij kinderen van 20 tot 40 kg?", "Patiëntgroep: Kinderen 20–40 kg · Dosering: 0,1 mg/kg 1 dd", true},
		{"Dosering brevaprol bij kinderen van 40 tot 60 kg?", "Patiëntgroep: Kinderen 40–60 kg · Dosering: 5 mg 1 dd", true},
	}
	for _, tt := range tests {
		if got := RangesHold(tt.question, tt.text); got != tt.want {
			t.Errorf("RangesHold(%q, %q) = %v, want %v (values %+v, bounds %+v)", tt.question, tt.text, got, tt.want,
				questionValues(tt.question), bounds(tt.text))
		}
	}
}

func TestGradesAfterANamedRange(t *testing.T) {
	tests := []struct {
		text string
		want []bound // measure, lo, hi
	}{
		{"Een KES van 1–4 betekent lichte kiezelvlek, 5–8 matige kiezelvlek en 9–12 ernstige kiezelvlek.",
			[]bound{{measure: "named:kes", lo: 1, hi: 4}, {measure: "named:kes", lo: 5, hi: 8}, {measure: "named:kes", lo: 9, hi: 12}}},
		{"Een MES van 0 tot en met 7 geldt als licht, 8 tot en met 15 als matig en 16 of hoger als ernstig.",
			[]bound{{measure: "named:mes", lo: 0, hi: 7}, {measure: "named:mes", lo: 8, hi: 15}, {measure: "named:mes", lo: 16, hi: inf}}},
		// the score named before: a short form with "-score", or defined
		// after a word for a score
		{"RIS-score: Ernstscore van 0 tot 12. Een score van 0 tot 3 geldt als licht, 4 tot 7 als matig.",
			[]bound{{measure: "named:ris", lo: 0, hi: 3}, {measure: "named:ris", lo: 4, hi: 7}}},
		{"Ernst Score (MES). Een score van 0 tot en met 3 punten geldt als licht, een score van 4 tot en met 7 punten als matig.",
			[]bound{{measure: "named:mes", lo: 0, hi: 3}, {measure: "named:mes", lo: 4, hi: 7}}},
		// the whole scale is no grade; a range with a unit, or past the
		// sentence, is another quantity
		{"De RIS-score: een score van 0 tot 12.", nil},
		{"Bij een KEI van 4–7 geeft u krustavine, 2–4 mg per dag.", []bound{{measure: "named:kei", lo: 4, hi: 7}}},
		{"Bij een KEI van 4–7 geeft u krustavine. Herhaal na 2 weken, 5–8 keer.", []bound{{measure: "named:kei", lo: 4, hi: 7}}},
		{"Een score van 0 tot 3 geldt als licht, 4 tot 7 als matig.", nil}, // no score named
	}
	for _, tt := range tests {
		var got []bound
		for _, b := range namedBounds(tt.text) {
			got = append(got, bound{measure: b.measure, lo: b.lo, hi: b.hi})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("namedBounds(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestRowGrade(t *testing.T) {
	tests := []struct {
		name, where, text string
		ok                bool
		lo, hi            float64
	}{
		{"helm", "Tabel 2 Beleid naar HELM-score", "Tabel 2 Beleid naar HELM-score — Totaalscore: 3 of 4 · Kans: intermediair · Beleid: HKAT", true, 3, 4},
		{"wes", "", "WES: 3-5 · Ernst: matig · Beleid: dravelon", true, 3, 5},
		{"plooi", "Indeling naar PLOOI-score en beleid", "Score: 0–2 · Kans op plooikoorts: laag", true, 0, 2},
		{"helm", "Beleid naar HELM-score", "Totaalscore: 5 of meer · Beleid: start direct", true, 5, inf},
		{"griend", "\nGRIEND-score", "Totaalscore: 4 tot 7 punten · Beleid: behandel", true, 4, 7},
		{"rugosa", "\nDe RUGOSA-score", "Totaalscore: 5–9 punten (hoog) · Kans op rimpelhoest: meer dan 70%", true, 5, 9}, // the band's name in brackets
		{"brem", "", "Totaalscore: 1 of lager · Beleid: geen", false, 0, 0},                                               // no score named
		{"wes", "", "Leeftijd: 2-12 jaar · Dosering: 10 mg", false, 0, 0},                                                 // another measure's range
		{"wes", "", "WES: matig · Beleid: dravelon", false, 0, 0},                                                         // no range
		{"wes", "", "Criterium: koorts · Punten: 2", false, 0, 0},                                                         // a criterion, not a grade
		{"helm", "Beleid naar HELM-score", "Kans: 3-4 · Beleid: HKAT", false, 0, 0},                                       // the header is no score's
	}
	for _, tt := range tests {
		b, ok := rowGrade(tt.name, tt.where, tt.text)
		if ok != tt.ok || ok && (b.lo != tt.lo || b.hi != tt.hi) {
			t.Errorf("rowGrade(%q, %q, %q) = %v, %v, %v; want %v, %v, %v", tt.name, tt.where, tt.text, b.lo, b.hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}

// A grade in running text or a list item may name its band in brackets
// before what it means.
func TestPointGradesNamedBand(t *testing.T) {
	bs := pointGrades(namedMeasure("rugosa"), "De RUGOSA-score", "0–2 punten (laag): geen antibioticum. 5–9 punten (hoog): behandel zonder aanvullend onderzoek.")
	if len(bs) != 2 || bs[0].lo != 0 || bs[0].hi != 2 || bs[1].lo != 5 || bs[1].hi != 9 {
		t.Errorf("pointGrades = %+v, want the bands 0–2 and 5–9", bs)
	}
}

func TestAskedUnit(t *testing.T) {
	tests := []struct {
		question string
		text     string
		shown    bool
	}{
		{"Hoeveel dagen geef ik velcetamol?", "Volwassenen: 3 dd 500 mg", false},
		{"Hoeveel dagen geef ik tarvomycine?", "2 dd 500 mg gedurende 5 dagen", true},
		{"Hoe lang moet iemand thuisblijven?", "Thuisblijven is niet nodig.", false},
		{"Hoe lang duurt de behandeling?", "De behandeling duurt 7 dagen.", true},
		// "hoeveel tijd" asks a length as "hoe lang" does
		{"Binnen hoeveel tijd moet pranolisine starten?", "alleen binnen 48 uur na het begin van de klachten", true},
		{"Binnen hoeveel tijd moet pranolisine starten?", "Pranolisine is alleen geïndiceerd bij risicogroepen.", false},
		{"Na hoeveel minuten meet ik opnieuw?", "Meet na 15 minuten opnieuw.", true},
	}
	for _, tt := range tests {
		u := askedUnit(lowerWords(tt.question))
		if u == nil {
			t.Fatalf("%q: no unit asked", tt.question)
		}
		if got := unitShown(u, tt.text); got != tt.shown {
			t.Errorf("unitShown(%v, %q) = %v, want %v", u, tt.text, got, tt.shown)
		}
	}
	if u := askedUnit(lowerWords("Hoeveel praktijken gebruiken AI?")); u != nil && !slices.Contains(u, "praktijken") {
		t.Errorf("a counted noun that is no unit asks no unit, got %v", u)
	}
}

// A dose table row for older children is no answer for a baby; the same
// row answers a question about a child in its age range.
func TestAskRowForAnotherAge(t *testing.T) {
	row := bronwijzer.Passage{
		ID: "ft:1:0", DocumentID: "ft", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "ft.pdf",
		PageStart: 4, PageEnd: 4, Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte",
		Section: "Fictieve Standaard Ambervlekkenziekte › 4 Beleid › 4.3 Medicamenteuze behandeling",
		Text: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte — Middel: quilmeprofen tablet 200 mg · " +
			"Volwassenen: 3 dd 200–400 mg; maximaal 1200 mg/dag · Kinderen: ≥ 3 maanden: 5 mg/kg 3 dd; maximaal 30 mg/kg/dag",
		Verified: true, Published: "2025-01-01",
	}
	for name, a := range analyzers(t) {
		s := newTestServiceWith(a, nil, &fakeSearcher{passages: []bronwijzer.Passage{row}})
		baby, err := s.Ask(context.Background(), Request{Question: "Welke dosering quilmeprofen voor kinderen van 3 weken?"})
		if err != nil {
			t.Fatal(err)
		}
		if !baby.Abstained || !strings.Contains(baby.Reason, "3 weken") {
			t.Errorf("%s: a baby of 3 weeks got %q (reason %q), want a refusal naming the age", name, baby.Answer, baby.Reason)
		}
		child, err := s.Ask(context.Background(), Request{Question: "Welke dosering quilmeprofen voor kinderen van 30 maanden?"})
		if err != nil {
			t.Fatal(err)
		}
		if child.Abstained || !strings.Contains(child.Answer, "5 mg/kg 3 dd") {
			t.Errorf("%s: a child of 30 months got %q (reason %q), want the children's dose", name, child.Answer, child.Reason)
		}
	}
}

// A dose row shows only the cells whose ranges hold the patient: a baby
// of 3 months, or a child "jonger dan 6 maanden", is told the row's note
// "niet bij kinderen < 6 maanden", never the dose for children from 6
// months, which a row filtered by population alone would show.
func TestRowCellsOutsideThePatientsRange(t *testing.T) {
	row := bronwijzer.Passage{
		ID: "av:1", DocumentID: "av", Title: "Fictieve Standaard Ambervlekkenziekte", SourceFile: "av.pdf", PageStart: 4, PageEnd: 4,
		Kind: bronwijzer.KindTableRow, Caption: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte",
		Text: "Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte — Middel: tarvomycine tablet 250 mg · " +
			"Volwassenen: 2 dd 500 mg gedurende 5 dagen · Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften · " +
			"Bijzonderheden: innemen tijdens de maaltijd; niet bij kinderen < 6 maanden",
		Verified: true, Published: "2025-01-01",
	}
	s := newTestService(nil, &fakeSearcher{passages: []bronwijzer.Passage{row}})
	p := s.enforcer.prepare([]bronwijzer.Passage{row})[0]
	for _, tc := range []struct{ question, shows, hides string }{
		{"Wat is de dosering van tarvomycine voor een baby van 3 maanden?", "niet bij kinderen < 6 maanden", "12 mg/kg"},
		{"Wat is de dosering tarvomycine bij kinderen jonger dan 6 maanden?", "niet bij kinderen < 6 maanden", "12 mg/kg"},
		{"Wat is de dosering tarvomycine bij een kind van 4 jaar?", "Kinderen: ≥ 6 maanden: 12 mg/kg/dag", "2 dd 500 mg"},
		{"Wat is de dosering tarvomycine bij kinderen?", "Kinderen: ≥ 6 maanden: 12 mg/kg/dag", "2 dd 500 mg"},
	} {
		got := shownText(s.rowCand(s.analyseQuestion(tc.question), p))
		if !strings.Contains(got, tc.shows) || strings.Contains(got, tc.hides) {
			t.Errorf("%q: row shown as %q, want %q and not %q", tc.question, got, tc.shows, tc.hides)
		}
	}
}

// A text withholds something from the patient when "niet" or "geen"
// stands before a range that holds the patient's value, in its clause, or
// when a colon and advice against follow it (a dose row's cell).
func TestNotForValue(t *testing.T) {
	egfr25 := questionValues("Welk middel bij een eGFR van 25?")
	child := questionValues("Welk middel voor een kind van 4 maanden?")
	for _, tc := range []struct {
		vals []qvalue
		text string
		want bool
	}{
		{egfr25, "Trovaprofen: niet bij een eGFR < 60 ml/min/1,73 m2, hartfalen of een maagulcus.", true},
		{egfr25, "Bij nierfunctiestoornis: eGFR 30–59: 1 dd 0,6 mg eGFR < 30: gecontra-indiceerd", true},
		{egfr25, "Bij nierfunctiestoornis: eGFR 30–59: vermijden eGFR < 30: 1 dd 5 mg", false}, // the patient's range gets a dose
		{egfr25, "Eerste keus bij een eGFR < 30 ml/min/1,73 m2 en bij contra-indicaties voor korvidine.", false},
		{egfr25, "Geef geen quilmeprofen. Bij een eGFR < 30 halveer de dosis.", false}, // "geen" in another clause
		{egfr25, "Niet bij een eGFR < 20.", false},                                     // a range that does not hold 25
		{child, "Kinderen < 6 maanden: niet geregistreerd · ≥ 6 maanden: 12 mg/kg/dag", true},
		{child, "Kinderen ≥ 6 maanden: 12 mg/kg/dag", false},
	} {
		if got := notForValue(tc.vals, tc.text); got != tc.want {
			t.Errorf("notForValue(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestOnlyForOthers(t *testing.T) {
	child4 := questionValues("Kind van 4 jaar (16 kg): welke dosering paxolidine?")
	child8 := questionValues("Kind van 8 jaar (25 kg): welke dosering paxolidine?")
	egfr40 := questionValues("Welke dosis bij een eGFR van 40?")
	for _, tc := range []struct {
		vals []qvalue
		text string
		want bool
	}{
		{child4, "Opmerking: alleen vanaf 6 jaar; drank 1 mg/ml", true},
		{child4, "Opmerking: uitsluitend bij kinderen ≥ 6 jaar", true},
		{child8, "Opmerking: alleen vanaf 6 jaar; drank 1 mg/ml", false},                              // the range holds 8
		{child4, "Opmerking: drank 1 mg/ml; niet bij kinderen < 2 jaar", false},                       // no "alleen"
		{egfr40, "Opmerkingen: alleen als tablet; bij eGFR < 30 niet gebruiken", false},               // "alleen" in another clause
		{egfr40, "Opmerkingen: alleen bij een eGFR van 30 tot 60 ml/min; controle na 5 dagen", false}, // holds 40
	} {
		if got := onlyForOthers(tc.vals, tc.text); got != tc.want {
			t.Errorf("onlyForOthers(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A table's first cell says what its row is about (a drug) or whom it is
// for (a population, a band of weight or age): the second kind has no
// subject of its own.
func TestQualifierCell(t *testing.T) {
	for cell, want := range map[string]bool{
		"Kinderen vanaf 2 jaar":                  true,
		"Zwangerschap":                           true,
		"Verminderde nierfunctie (eGFR < 30)":    true,
		"Volwassenen":                            true,
		"10–20 kg":                               true,
		"< 5 kg":                                 true,
		"≥ 40 kg en volwassenen":                 true,
		"\uFFFD 40 kg en volwassenen":            true, // "≥" in a font without it
		"2-11 jaar":                              true,
		"tarvomycine tablet 250 mg":              false,
		"korvidine (profylaxe) tablet 0,5 mg":    false,
		"fenolastine (tablet 50 mg)":             false,
		"Zuurstofsaturatie":                      false,
		"nordaxilline (niet bij kinderen < 6 j)": false,
	} {
		if got := qualifierCell(cell); got != want {
			t.Errorf("qualifierCell(%q) = %v, want %v", cell, got, want)
		}
	}
}

// A number of years, months or weeks is the patient's age after "van", a
// form of "zijn" or a word for the patient, as "-jarige" or before "oud";
// otherwise a length of time.
func TestLengthIsNoAge(t *testing.T) {
	for q, want := range map[string]int{
		"Een vrouw van 44 gebruikt 4 maanden kordipram; mag ik stoppen?": 1, // 44, not 4 months
		"Hoeveel tarvomycine geef ik een kind van 3 jaar?":               1,
		"pranolisine dosis baby 8 maanden?":                              1,
		"Welke dosis voor een 10-jarige?":                                1,
		"Mijn zoon is 2 jaar oud; hoeveel motrexide?":                    1,
		"Hij hoest sinds 2 weken; wat doe ik?":                           0,
		"Na 3 maanden kordipram zijn de klachten gehalveerd.":            0,
		"Wat is de dosering bij kinderen jonger dan 6 jaar?":             1, // a bound
		"Mevrouw de Vries (82) heeft hoornbeekkoorts.":                   1, // personBracketAgeRe
		"Meneer Bakker (73), eGFR 50: dosering?":                         1,
		"Vul het formulier (2) in.":                                      0,
	} {
		n := 0
		for _, v := range questionValues(q) {
			if v.measure == measureAge {
				n++
			}
		}
		if n != want {
			t.Errorf("%q: %d ages (%+v), want %d", q, n, questionValues(q), want)
		}
	}
}
