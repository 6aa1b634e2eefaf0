package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A superscript after a word, punctuation or a number is a note marker;
// after a unit symbol or a power's base of 10 it is an exponent, a raised
// 0 an index, and a raised letter after a number an ordinal: they stay
// text. fpdf's FT-41 raises its notes' numbers after the eGFR bands of its
// dose table, "eGFR < 30¹", which read "eGFR < 301".
func TestPDFSplitMarker(t *testing.T) {
	tests := []struct {
		text       string
		supAt      int
		rest, mark string
	}{
		{"hoger.1", 6, "hoger.", "1"},
		{"OpenEvidence12", 12, "OpenEvidence", "12"},
		{"eGFR,2", 5, "eGFR,", "2"},
		{"onderzoek3,4", 9, "onderzoek", "3,4"},
		{"studie*", 6, "studie", "*"},
		{"m2", 1, "m2", ""},                      // m²
		{"cm3", 2, "cm3", ""},                    // cm³
		{"103", 2, "103", ""},                    // 10³
		{"109", 2, "109", ""},                    // 10⁹
		{"<301", 3, "<30", "1"},                  // "eGFR < 30¹"
		{"30–591", 7, "30–59", "1"},              // "eGFR 30–59¹"
		{"2,5*", 3, "2,5", "*"},                  // "2,5 mg*"
		{"40", 1, "40", ""},                      // "Δ⁰": an index
		{"1e", 1, "1e", ""},                      // ordinal
		{"hoger.a", 6, "hoger.a", ""},            // not a marker shape
		{"patiënten.[1]", 11, "patiënten.", "1"}, // asciidoctor-pdf's footnote (FT-50)
		{"kg)b", 3, "kg)", "b"},                  // "(10–20 kg)ᵇ" (FT-50)
		{"(-1)k", 4, "(-1)k", ""},                // an exponent
		{"x", -1, "x", ""},
	}
	for _, tt := range tests {
		rest, mark := pdfSplitMarker(tt.text, tt.supAt)
		if rest != tt.rest || mark != tt.mark {
			t.Errorf("pdfSplitMarker(%q, %d) = %q, %q; want %q, %q", tt.text, tt.supAt, rest, mark, tt.rest, tt.mark)
		}
	}
}

func TestPDFIsSuperscript(t *testing.T) {
	base := pdfGlyph{y: 700, size: 10}
	for _, tt := range []struct {
		g    pdfGlyph
		want bool
	}{
		{pdfGlyph{y: 704, size: 7}, true},   // groff footnote marker
		{pdfGlyph{y: 700, size: 10}, false}, // same line, same size ("COVID-19")
		{pdfGlyph{y: 700, size: 7}, false},  // smaller but on the baseline (a table cell)
		{pdfGlyph{y: 697, size: 7}, false},  // subscript
		{pdfGlyph{y: 705, size: 10}, false}, // raised but not smaller
	} {
		if got := pdfIsSuperscript(&tt.g, &base); got != tt.want {
			t.Errorf("glyph y%.0f s%.0f: %v, want %v", tt.g.y, tt.g.size, got, tt.want)
		}
	}
	if pdfIsSuperscript(&pdfGlyph{y: 704, size: 7}, &pdfGlyph{}) {
		t.Error("raised above nothing")
	}
}

// Lines split into list items: bullets anywhere, numbers only in sequence
// and after a sentence or lead-in, dashes at the start of a block, after a
// lead-in or item ending in ":" or ";" and as the next of a run of dashes,
// asterisks only at the start of a block.
func TestPDFMarkLists(t *testing.T) {
	line := func(x float64, text string) pdfLine { return pdfLine{x0: x, size: 10, text: text} }
	blocks := []pdfBlock{
		{lines: []pdfLine{line(50, "Verwijs bij:")}},
		{lines: []pdfLine{
			line(60, "• koorts;"),
			line(70, "◦ boven 40 °C;"), // deeper
			line(60, "• nekstijfheid en"),
			line(66, "verwardheid;"), // continuation
		}},
		{lines: []pdfLine{line(50, "Stappen:"), line(60, "1. drinken;"), line(60, "2. rust;"), line(60, "4. geen vervolg")}},
		{lines: []pdfLine{line(50, "Zie tabel"), line(50, "1. Overweeg een andere diagnose.")}},
		{lines: []pdfLine{line(50, "Gebruik 2 dd 500 mg"), line(50, "2 dd bij kinderen")}},
		{lines: []pdfLine{line(50, "Een zin met"), line(50, "– een gedachtestreepje.")}},
		{lines: []pdfLine{
			line(50, "Bepaal vóór de start:"),
			line(50, "– het kalium;"),
			line(50, "– de ALAT;"),
		}},
		{lines: []pdfLine{line(50, "- stacks are small"), line(50, "- goroutines are muxed")}},
		{lines: []pdfLine{line(50, "/* The tree:"), line(50, "* is walked depth first")}},
		{lines: []pdfLine{line(50, "\uf0b7 Word-bullet")}},
		{lines: []pdfLine{line(50, "≥ 6 maanden: 12 mg/kg")}},
	}
	var got []string
	var ls pdfListState
	for _, b := range pdfMarkLists(blocks, &ls) {
		var parts []string
		for _, l := range b.lines {
			parts = append(parts, l.text)
		}
		tag := "p"
		if b.kind == ListItem {
			tag = "li" + string(rune('0'+b.level)) + " " + b.label
		}
		got = append(got, tag+" | "+strings.Join(parts, " / "))
	}
	want := []string{
		"p | Verwijs bij:",
		"li1 • | koorts;",
		"li2 ◦ | boven 40 °C;",
		"li1 • | nekstijfheid en / verwardheid;",
		"p | Stappen:",
		"li1 1. | drinken;",
		"li1 2. | rust;",
		"p | 4. geen vervolg", // out of sequence, and left of the items' text
		"p | Zie tabel / 1. Overweeg een andere diagnose.",
		"p | Gebruik 2 dd 500 mg / 2 dd bij kinderen",
		"p | Een zin met / – een gedachtestreepje.",
		"p | Bepaal vóór de start:",
		"li1 – | het kalium;",
		"li1 – | de ALAT;",
		"li1 - | stacks are small",
		"li1 - | goroutines are muxed",
		"p | /* The tree: / * is walked depth first",
		"li1 \uf0b7 | Word-bullet",
		"p | ≥ 6 maanden: 12 mg/kg",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

// A number opens a note only with evidence: at the page foot when the page
// refers to it, or printed "12." with a URL or right after another note.
func TestPDFNoteNumber(t *testing.T) {
	toks := func(s string) []pdfTok {
		var out []pdfTok
		for _, f := range strings.Fields(s) {
			out = append(out, pdfTok{s: f})
		}
		return out
	}
	refs := map[int]bool{3: true}
	tests := []struct {
		text string
		z    pdfNoteZone
		want bool
	}{
		{"3 De beslisregel is afgeleid", pdfNoteZone{next: 3, bottom: true, refs: refs}, true},
		{"3 De beslisregel is afgeleid", pdfNoteZone{next: 3, bottom: false, refs: refs}, false},
		{"4 Niet verwezen", pdfNoteZone{next: 4, bottom: true, refs: refs}, false},
		{"1 dd 30 mg", pdfNoteZone{next: 1, bottom: false, refs: refs}, false},
		{"68. http://bit.ly/x", pdfNoteZone{next: 2}, true},
		{"84. Subjectief, Objectief", pdfNoteZone{next: 84, inNote: true}, true},
		{"84. Subjectief, Objectief", pdfNoteZone{next: 84}, false},
		{"Tekst 12.", pdfNoteZone{next: 12, bottom: true, refs: map[int]bool{12: true}}, false},
	}
	for _, tt := range tests {
		if got := pdfNoteNumber(toks(tt.text), 0, tt.z); got != tt.want {
			t.Errorf("pdfNoteNumber(%q, %+v) = %v, want %v", tt.text, tt.z, got, tt.want)
		}
	}
}

func TestPDFURLLine(t *testing.T) {
	for text, want := range map[string]bool{
		"https://a.nl/x https://b.nl":                                      true,
		"https://ictrecht.shop/products/ai- algoritmes-":                   true,
		"brabant-start-regionaal-met-digitale-triage/":                     false, // a broken URL's tail alone is not a list
		"https://www.nhg.org en https://www.thuisarts.nl voor richtlijnen": false,
		"Zie https://a.nl": false,
	} {
		if got := pdfURLLine(text); got != want {
			t.Errorf("pdfURLLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// Digits glued to a word are a marker only when the note is near.
func TestPDFStripGlued(t *testing.T) {
	near := map[string]bool{"12": true, "68": true}
	var taken []string
	got := pdfStripGlued("OpenEvidence12 en COVID19, onderzoek68. Nutrition5k", func(l string) bool {
		if near[l] {
			taken = append(taken, l)
		}
		return near[l]
	})
	if want := "OpenEvidence en COVID19, onderzoek. Nutrition5k"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{"12", "68"}, taken); diff != "" {
		t.Errorf("markers (-want +got):\n%s", diff)
	}
}

// In a two-page document a running header or footer is a row repeated at
// the same height on both pages; the same text elsewhere stays.
func TestPDFDropRunningRowsTwoPages(t *testing.T) {
	row := func(y float64, text string) pdfRow {
		return pdfRow{y: y, size: 10, words: []pdfWord{{x0: 100, x1: 200, y: y, size: 10, text: text, n: len(text)}}}
	}
	box := [4]float64{0, 0, 600, 800}
	raw := []pdfRawPage{
		{number: 1, box: box, rows: []pdfRow{row(780, "Patiëntenfolder 2026"), row(700, "Inhoud een"), row(60, "Samenvatting"), row(30, "Pagina 1 van 2")}},
		{number: 2, box: box, rows: []pdfRow{row(780, "Patiëntenfolder 2026"), row(700, "Inhoud twee"), row(50, "Samenvatting"), row(30, "Pagina 2 van 2")}},
	}
	pdfDropRunningRows(raw)
	var got []string
	for _, p := range raw {
		for _, r := range p.rows {
			got = append(got, r.text())
		}
	}
	want := []string{"Inhoud een", "Samenvatting", "Inhoud twee", "Samenvatting"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// Digits glued to a word on a page without notes are a marker when they
// fall between the note numbers of the pages before and after it, as the
// markers of notes a producer left out do; other numbers keep their digits,
// and so does every number when no note follows.
func TestPDFGluedMarkersBetweenNotes(t *testing.T) {
	para := func(text string) pdfBlock { return pdfBlock{kind: Paragraph, lines: []pdfLine{{text: text}}} }
	note := func(label string) pdfBlock {
		return pdfBlock{kind: Note, label: label, lines: []pdfLine{{text: label + " https://example.org"}}}
	}
	pages := [][]pdfBlock{
		{para("Inleiding"), note("20"), note("21")},
		{para("Saint-Luc23 en Lampie24-25, maar COVID19 en Windows95 niet; declaratiescan.ai26.")},
		{para("Tekst"), note("40")},
		{para("Hoofdstuk zonder noten: Lampie45 blijft staan.")},
	}
	pdfGluedMarkers(pages)
	if got, want := pages[1][0].lines[0].text, "Saint-Luc en Lampie, maar COVID19 en Windows95 niet; declaratiescan.ai."; got != want {
		t.Errorf("between notes: %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{"23", "24-25", "26"}, pages[1][0].notes); diff != "" {
		t.Errorf("markers (-want +got):\n%s", diff)
	}
	if got, want := pages[3][0].lines[0].text, "Hoofdstuk zonder noten: Lampie45 blijft staan."; got != want {
		t.Errorf("after the last note: %q, want %q", got, want)
	}
}
