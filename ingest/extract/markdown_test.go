package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMarkdownStructure(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		want       []blockView
		wantTables []Table
	}{
		{
			name: "pipe table with caption paragraph, idem cells and an empty-cell total row",
			in:   "**Tabel 1 Berekening**\n\n| Regio | Oppervlak | Score |\n|:---|:-:|--:|\n| romp | idem | 6 |\n| **totaal** | | **24** |\n\nNa de tabel.",
			want: []blockView{
				{Kind: "caption", Text: "Tabel 1 Berekening"},
				{Kind: "row", Text: "Regio: romp · Oppervlak: idem · Score: 6"},
				{Kind: "row", Text: "Regio: totaal · Score: 24"},
				{Kind: "p", Text: "Na de tabel."},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 1 Berekening", Header: []string{"Regio", "Oppervlak", "Score"},
				Rows: [][]string{{"romp", "idem", "6"}, {"totaal", "", "24"}}}},
		},
		{
			// a pipe table cannot merge cells: a drug named in its first
			// row only heads the rows below whose first cell is empty;
			// a line break in a cell is a space, a note's letter in <sup>
			// leaves the cell, an exponent stays (FT-45)
			name: "pipe table whose rows below a drug leave its cell empty",
			in: "**Tabel 2 Dosering**\n\n| Middel | Groep | Dosis |\n|---|---|---|\n| Faltiprom<br>(capsule 25 mg) | Volwassenen | 25 mg |\n" +
				"| | Kinderen 20–39 kg | 10 mg<sup>b</sup> |\n| | eGFR 15–29 ml/min/1,73 m<sup>2</sup> | 12,5 mg |\n",
			want: []blockView{
				{Kind: "caption", Text: "Tabel 2 Dosering"},
				{Kind: "row", Text: "Middel: Faltiprom (capsule 25 mg) · Groep: Volwassenen · Dosis: 25 mg"},
				{Kind: "row", Text: "Middel: Faltiprom (capsule 25 mg) · Groep: Kinderen 20–39 kg · Dosis: 10 mg"},
				{Kind: "row", Text: "Middel: Faltiprom (capsule 25 mg) · Groep: eGFR 15–29 ml/min/1,73 m2 · Dosis: 12,5 mg"},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 2 Dosering", Header: []string{"Middel", "Groep", "Dosis"},
				Rows: [][]string{{"Faltiprom (capsule 25 mg)", "Volwassenen", "25 mg"}, {"Faltiprom (capsule 25 mg)", "Kinderen 20–39 kg", "10 mg"},
					{"Faltiprom (capsule 25 mg)", "eGFR 15–29 ml/min/1,73 m2", "12,5 mg"}}}},
		},
		{
			name: "table right after a paragraph line, escaped pipe, no outer pipes",
			in:   "Tekst ervoor.\nA | B\n--- | ---\nx \\| y | z",
			want: []blockView{{Kind: "p", Text: "Tekst ervoor."}, {Kind: "row", Text: "A: x | y · B: z"}},
			wantTables: []Table{{Page: 1, Header: []string{"A", "B"},
				Rows: [][]string{{"x | y", "z"}}}},
		},
		{
			name: "raw HTML table, caption from the paragraph before",
			in:   "Tabel 4 Doses\n\n<table>\n<tr><th>Middel</th><th>Dosis</th></tr>\n\n<tr><td>x</td><td>1 mg</td></tr>\n</table>\n\nNa.",
			want: []blockView{
				{Kind: "caption", Text: "Tabel 4 Doses"},
				{Kind: "row", Text: "Middel: x · Dosis: 1 mg"},
				{Kind: "p", Text: "Na."},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 4 Doses", Header: []string{"Middel", "Dosis"}, Rows: [][]string{{"x", "1 mg"}}}},
		},
		{
			name: "nested lists with lead-in and numbers",
			in:   "Bepaal:\n\n- kalium\n  - nuchter\n    - in de ochtend\n  - ALAT\n- glucose\n\n1. stap een\n2) stap twee",
			want: []blockView{
				{Kind: "p", Text: "Bepaal:"},
				{Kind: "li", Level: 1, Text: "kalium"},
				{Kind: "li", Level: 2, Text: "kalium › nuchter"},
				{Kind: "li", Level: 3, Text: "kalium › nuchter › in de ochtend"},
				{Kind: "li", Level: 2, Text: "kalium › ALAT"},
				{Kind: "li", Level: 1, Text: "glucose"},
				{Kind: "li", Level: 1, Text: "stap een", Label: "1."},
				{Kind: "li", Level: 1, Text: "stap twee", Label: "2)"},
			},
		},
		{
			name: "an indented paragraph continues its item; an unindented one ends the list",
			in:   "- een\n\n  meer over een\n\n  - twee\n\nlos\n\n  - drie",
			want: []blockView{
				{Kind: "li", Level: 1, Text: "een"},
				{Kind: "li", Level: 1, Text: "meer over een"},
				{Kind: "li", Level: 2, Text: "meer over een › twee"},
				{Kind: "p", Text: "los"},
				{Kind: "li", Level: 1, Text: "drie"},
			},
		},
		{
			name: "footnotes: markers become links, definitions notes",
			in:   "De dosis is hoger[^1] bij ouderen[^oud].\n\n[^1]: Zie de\n    registratietekst.\n[^oud]: Ouder dan 70 jaar.",
			want: []blockView{
				{Kind: "p", Text: "De dosis is hoger bij ouderen.", Notes: []string{"1", "oud"}},
				{Kind: "note", Text: "Zie de registratietekst.", Label: "1"},
				{Kind: "note", Text: "Ouder dan 70 jaar.", Label: "oud"},
			},
		},
		{
			name: "references section until the thematic break; citations linked",
			in:   "Vaak [1] of [1–2].\n\n## 5 Literatuur\n\n1. Visser N. Titel. 2025.\n2. Mulder B. Titel.\n\n---\n\nSlot.",
			want: []blockView{
				{Kind: "p", Text: "Vaak of.", Notes: []string{"1", "2"}},
				{Kind: "h", Level: 2, Text: "5 Literatuur"},
				{Kind: "note", Text: "Visser N. Titel. 2025.", Label: "1"},
				{Kind: "note", Text: "Mulder B. Titel.", Label: "2"},
				{Kind: "p", Text: "Slot."},
			},
		},
		{
			name: "a heading that only starts like a references heading is content",
			in:   "## Bronnen van besmetting\n\n- water",
			want: []blockView{{Kind: "h", Level: 2, Text: "Bronnen van besmetting"}, {Kind: "li", Level: 1, Text: "water"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Markdown([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewBlocks(t, doc)); diff != "" {
				t.Errorf("blocks mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantTables, doc.Tables); diff != "" {
				t.Errorf("tables mismatch (-want +got):\n%s", diff)
			}
			checkTableRows(t, doc)
		})
	}
}

func TestNoteLabelAndCitations(t *testing.T) {
	for _, tc := range []struct{ label, text, want string }{
		{"3.", "x", "3"}, {"", "[12] Visser", "12"}, {"", "4. Mulder", "4"}, {"", "2024. Jaar", ""}, {"", "Visser", ""},
	} {
		if got := noteLabel(tc.label, tc.text); got != tc.want {
			t.Errorf("noteLabel(%q, %q) = %q, want %q", tc.label, tc.text, got, tc.want)
		}
	}
	if diff := cmp.Diff([]string{"1", "3", "4", "5"}, citedNumbers("1, 3–5")); diff != "" {
		t.Errorf("citedNumbers mismatch (-want +got):\n%s", diff)
	}
}

// TestMarkdownGridTable reads pandoc's grid tables in Markdown (FT-139's
// source, FT-94's), drawn with "+---+" rules and "|" bars, the lines of a
// cell joined and a drug named on its group's first row carried to the
// rows under it (gridTable, as for plain text). They had been paragraphs
// of bars and rules.
func TestMarkdownGridTable(t *testing.T) {
	data, err := os.ReadFile("../../testdata/heldout/ft139/src/ft139-spreeuwenkoorts.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Markdown(data)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]bool{}
	for _, tb := range doc.Tables {
		for i := range tb.Rows {
			rows[tb.RowText(i)] = true
		}
	}
	for _, want := range []string{
		"Geneesmiddel: Ostravine · Patiëntengroep: kinderen 6 mnd tot 12 jaar · Dosering: 8 mg/kg 1 dd · Duur: 5 dagen · Maximum: 300 mg/dag · Opmerkingen: suspensie 40 mg/ml",
		"Geneesmiddel: Trabexol · Patiëntengroep: eGFR < 30 ml/min · Dosering: niet gebruiken · Duur: - · Maximum: - · Opmerkingen: kies paracetamol",
	} {
		if !rows[want] {
			t.Errorf("no row %q", want)
		}
	}
	for _, p := range doc.Pages {
		if strings.Contains(p.Text, "+---") {
			t.Errorf("a grid table's rule stands in the text")
		}
	}
}

// TestMarkdownTablesByHTML2Text reads FT-148, a web page made Markdown by
// html2text: each table's caption stands before its first header cell,
// two tables follow each other with no blank line between them, and a
// drug named once beside its rows (a cell spanning them, name and form on
// two lines) is written as the name's line alone under the delimiter row,
// the form in the first row's first cell and no first cell in the rows
// after, which are a cell short. The lines without a bar go on with the
// table (GFM) as the label of the row under them, short rows are padded
// where their words fit the columns (alignShort), and a delimiter row
// under a row that opens with a caption starts a table. The dose table
// had been a header alone and its rows a paragraph; the score's bands had
// been rows of its criteria.
func TestMarkdownTablesByHTML2Text(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft148/ft148-wulpenkoorts.md", Markdown), map[string]string{
		"Geneesmiddel: Grelstaxine tablet 250 mg, drank 50 mg/ml · Patiëntgroep: Volwassenen · Dosering: 500 mg 2 dd · Duur: 7 dagen · Maximum: 1000 mg/dag · Opmerkingen: Innemen met voedsel": "Tabel 3. Doseringen bij wulpenkoorts",
		"Geneesmiddel: Fenmorucine capsule 200 mg · Patiëntgroep: Ouderen > 70 jaar · Dosering: 200 mg 2 dd · Duur: 10 dagen · Maximum: 400 mg/dag · Opmerkingen: Let op obstipatie":            "Tabel 3. Doseringen bij wulpenkoorts",
		"Geneesmiddel: Dalvesprol tablet 10 mg · Patiëntgroep: Kinderen < 12 jaar · Dosering: Niet gebruiken · Duur: -- · Maximum: -- · Opmerkingen: Onvoldoende onderzocht":                    "Tabel 3. Doseringen bij wulpenkoorts",
		"Score: 6-9 punten · Kans op wulpenkoorts: hoog (> 70%) · Beleid: Direct behandelen zonder op de sneltest te wachten":                                                                   "Tabel 2. Interpretatie van de WEKS-score",
		"Criterium: CRP > 50 mg/l · Punten: 1": "Tabel 1. WEKS-score",
	})
}

// TestMarkdownPandocMultilineTables reads FT-170, a Word document made
// Markdown by pandoc: its tables are multiline tables (a rule, the
// header, a rule broken under each column, rows apart by blank lines whose
// cells wrap within their columns, a closing rule; multilineTables), its
// ranges written with pandoc's smart dash ("15--30 kg") and its note
// markers as superscripts ("^2^"). The closing rule had made each table's
// last row a heading and every row's cells had run together; the ranges
// had kept two hyphens and the caption its marker.
func TestMarkdownPandocMultilineTables(t *testing.T) {
	rows := heldOutRows(t, "../../testdata/heldout/ft170/ft170-gerstelkoorts.md", Markdown)
	wantCaptionedRows(t, rows, map[string]string{
		"Geneesmiddel: Dranvoxine (tablet 250 mg, 500 mg) · Patiëntgroep: Kinderen 15–30 kg · Dosering: 10 mg/kg/dag in 2 doses · Duur: 7 dagen · Maximum: 300 mg/dag · Opmerkingen: Tablet van 250 mg mag worden gehalveerd": "Tabel 3. Doseringen bij gerstelkoorts",
		"Geneesmiddel: Pelmidaxine (capsule 200 mg; drank 40 mg/ml) · Patiëntgroep: Ouderen > 70 jaar · Dosering: 100 mg 3 dd · Duur: 10 dagen · Maximum: 300 mg/dag · Opmerkingen: Let op QT-verlenging":                     "Tabel 3. Doseringen bij gerstelkoorts",
		"Criterium: Maximale score · Punten: 12": "Tabel 1. GERS-score (Gerstelkoorts-Evaluatie Risico Score)",
		"Score: 10–12 punten · Kans op gerstelkoorts: > 85% · Beleid: Behandel; bepaal CRP en beoordeel de longen op pneumonie": "Tabel 2. Interpretatie van de GERS-score",
	})
	for title := range headingLevels(readParsed(t, "../../testdata/heldout/ft170/ft170-gerstelkoorts.md", Markdown)) {
		if strings.Contains(title, "score 12") || strings.Contains(title, "mg") {
			t.Errorf("a table's row is a heading: %q", title)
		}
	}
}
