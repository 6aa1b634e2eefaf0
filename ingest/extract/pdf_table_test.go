package extract

import (
	"context"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const guidelinesDir = "../../testdata/guidelines"

// tableFixtures are the PDFs whose tables are kept as golden files: the two
// dev guidelines and the fixtures of other producers made by
// scripts/gen-table-fixtures.sh.
var tableFixtures = []string{
	guidelinesDir + "/ft01-ambervlekkenziekte.pdf",
	guidelinesDir + "/ft02-velaatjicht.pdf",
	"testdata/tables/latex-tables.pdf",
	"testdata/tables/latex-twocol.pdf",
	"testdata/tables/chromium-tables.pdf",
	"testdata/tables/chromium-merged.pdf",
	"testdata/tables/libreoffice.pdf",
	"testdata/tables/libreoffice-narrow.pdf",
	"testdata/tables/groff-plain.pdf",
}

func extractPath(t testing.TB, path string) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := PDF(context.Background(), data, PDFOptions{})
	if err != nil {
		t.Fatalf("PDF(%s): %v", path, err)
	}
	if err := pdfCheckDocument(doc); err != nil {
		t.Fatalf("PDF(%s): %v", path, err)
	}
	if err := checkTableBlocks(doc); err != nil {
		t.Fatalf("PDF(%s): %v", path, err)
	}
	return doc
}

// checkTableBlocks verifies the table invariants of the shared model: every
// TableRow block's text is its row's RowText, every body row stands in the
// page text exactly once, a Caption block holds its table's caption.
func checkTableBlocks(doc *Document) error {
	seen := map[[2]int]int{}
	for _, p := range doc.Pages {
		runes := []rune(p.Text)
		for _, b := range p.Blocks {
			if b.Kind != TableRow && b.Kind != Caption {
				continue
			}
			if b.Table < 1 || b.Table > len(doc.Tables) {
				return fmt.Errorf("page %d: block names table %d of %d", p.Number, b.Table, len(doc.Tables))
			}
			tab := doc.Tables[b.Table-1]
			text := string(runes[b.Start:b.End])
			switch b.Kind {
			case Caption:
				if text != tab.Caption {
					return fmt.Errorf("page %d: caption block %q, table caption %q", p.Number, text, tab.Caption)
				}
			case TableRow:
				if want := tab.RowText(b.Row); text != want {
					return fmt.Errorf("page %d: row block %q, RowText %q", p.Number, text, want)
				}
				seen[[2]int{b.Table, b.Row}]++
			}
		}
	}
	for i, tab := range doc.Tables {
		for r := range tab.Rows {
			if n := seen[[2]int{i + 1, r}]; n != 1 {
				return fmt.Errorf("table %d row %d stands %d times in the page text", i+1, r, n)
			}
		}
	}
	return nil
}

// renderTables is the golden form of a document's tables.
func renderTables(doc *Document) string {
	var b strings.Builder
	for i, tab := range doc.Tables {
		fmt.Fprintf(&b, "=== table %d, page %d, %d rows\n", i+1, tab.Page, len(tab.Rows))
		fmt.Fprintf(&b, "caption: %s\n", tab.Caption)
		fmt.Fprintf(&b, "header: %s\n", strings.Join(tab.Header, " | "))
		for r := range tab.Rows {
			fmt.Fprintf(&b, "row %d: %s\n", r, tab.RowText(r))
		}
	}
	return b.String()
}

func TestPDFTablesGolden(t *testing.T) {
	for _, path := range tableFixtures {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			doc := extractPath(t, path)
			got := renderTables(doc)
			golden := filepath.Join("testdata", "tables", name+".tables.golden")
			compareGolden(t, golden, got)
		})
	}
}

// rowWith returns the text of the first row of the document's tables that
// contains needle.
func rowWith(doc *Document, needle string) string {
	for _, tab := range doc.Tables {
		for r := range tab.Rows {
			if s := tab.RowText(r); strings.Contains(s, needle) {
				return s
			}
		}
	}
	return ""
}

// oneTable extracts the PDF at path and fails the test unless it has one
// table, with this caption, header and number of rows.
func oneTable(t *testing.T, path, caption string, header []string, rows int) *Document {
	t.Helper()
	doc := extractPath(t, path)
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(doc.Tables))
	}
	tab := doc.Tables[0]
	if tab.Caption != caption {
		t.Errorf("caption %q, want %q", tab.Caption, caption)
	}
	if !slices.Equal(tab.Header, header) {
		t.Errorf("header %q, want %q", tab.Header, header)
	}
	if len(tab.Rows) != rows {
		t.Errorf("%d rows, want %d", len(tab.Rows), rows)
	}
	return doc
}

// rowsHold fails the test when the document has no row with one of the
// keys, or that row lacks one of its cells.
func rowsHold(t *testing.T, doc *Document, rows map[string][]string) {
	t.Helper()
	for key, cells := range rows {
		row := rowWith(doc, key)
		if row == "" {
			t.Fatalf("no row with %q", key)
		}
		for _, c := range cells {
			if !strings.Contains(row, c) {
				t.Errorf("row %q\nlacks %q", row, c)
			}
		}
	}
}

// Each dose pairs with its drug and its column header in one row, and the
// wrapped cells of a row stay in that row.
func TestPDFTableRowsPairCells(t *testing.T) {
	tests := []struct {
		file  string
		drug  string
		cells []string
	}{
		{"ft01-ambervlekkenziekte.pdf", "Middel: tarvomycine tablet 250 mg, 500 mg; drank 50 mg/ml", []string{
			"Volwassenen: 2 dd 500 mg gedurende 5 dagen",
			"Kinderen: ≥ 6 maanden: 12 mg/kg/dag in 2 giften gedurende 5 dagen; maximaal 1000 mg/dag",
			"Bij nierfunctiestoornis: eGFR 30–59: 1 dd 500 mg; eGFR < 30: 1 dd 250 mg, na overleg met de internist",
			"Bijzonderheden: innemen tijdens de maaltijd; niet bij kinderen < 6 maanden; kan een metaalsmaak geven",
		}},
		{"ft01-ambervlekkenziekte.pdf", "Middel: nordaxilline", []string{
			"Kinderen: ≥ 1 maand: 8 mg/kg 3 dd gedurende 7 dagen; maximaal 1200 mg/dag",
			"Bij nierfunctiestoornis: eGFR 30–59: geen aanpassing; eGFR < 30: 2 dd 400 mg",
		}},
		{"ft01-ambervlekkenziekte.pdf", "Middel: quilmeprofen", []string{
			"Bij nierfunctiestoornis: eGFR 30–59: vermijden; eGFR < 30: gecontra-indiceerd",
		}},
		{"ft01-ambervlekkenziekte.pdf", "Categorie: Bevestigd", []string{"Criteria: als ‘waarschijnlijk’, met een positieve LAT"}},
		{"ft02-velaatjicht.pdf", "Middel: korvidine (aanval) tablet 0,6 mg", []string{
			"Volwassenen: eerste dag: 1,2 mg, na 1 uur 0,6 mg; daarna 2 dd 0,6 mg; maximaal 7 dagen",
			"Kinderen: niet geregistreerd",
			"Bij nierfunctiestoornis: eGFR 30–59: 1 dd 0,6 mg; eGFR < 30: gecontra-indiceerd",
		}},
		{"ft02-velaatjicht.pdf", "Middel: korvidine (profylaxe)", []string{"Volwassenen: 1 dd 0,3 mg gedurende 3 maanden"}},
		{"ft02-velaatjicht.pdf", "Middel: velamistat", []string{
			"Volwassenen: start 1 dd 50 mg; elke 4 weken met 50 mg verhogen; maximaal 1 dd 400 mg",
			"eGFR < 30: start 25 mg, maximaal 100 mg/dag",
		}},
		{"ft02-velaatjicht.pdf", "Middel: renavelide", []string{"eGFR 45–59: maximaal 2 dd 250 mg eGFR < 45: niet werkzaam"}},
		{"ft02-velaatjicht.pdf", "Kenmerk: serumvelaat ≥ 0,42 mmol/l", []string{"Punten: 3"}},
	}
	docs := map[string]*Document{}
	for _, tt := range tests {
		t.Run(tt.drug, func(t *testing.T) {
			doc := docs[tt.file]
			if doc == nil {
				doc = extractPath(t, filepath.Join(guidelinesDir, tt.file))
				docs[tt.file] = doc
			}
			rowsHold(t, doc, map[string][]string{tt.drug: tt.cells})
		})
	}
}

// A table without rules whose wrapped cells LibreOffice centres
// vertically sets a row's cells on baselines half a line apart, so hardly a
// line has text in every column: its rows are read from its cells, each
// dose stays with its drug, the header cell over two lines ("Verminderde"
// over "nierfunctie") stays whole, and the heading under the table is no
// row of it. Before, the table was not found and its cells ran together
// into one text ("30 mg/kg/dag in 3 eGFR 15–30: 2 dd 3 dd 250 mg giften").
func TestPDFTablesCentredCells(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/noborders/ft05-kwelderkoorts.pdf")
	rows := map[string][]string{
		"Geneesmiddel: dorvaxine (tablet 250 mg; suspensie 25 mg/ml)": {
			"Volwassenen: 3 dd 250 mg gedurende 7 dagen",
			"Kinderen (≥ 1 jaar): 30 mg/kg/dag in 3 giften, maximaal 750 mg per dag",
			"Verminderde nierfunctie: eGFR 15–30: 2 dd 250 mg; eGFR < 15: niet gebruiken",
		},
		"Geneesmiddel: prelamycine (capsule 100 mg)": {
			"Volwassenen: eerste dag 2 dd 200 mg, daarna 1 dd 100 mg; totaal 5 dagen",
			"Kinderen (≥ 1 jaar): niet bij kinderen jonger dan 8 jaar; vanaf 8 jaar 4 mg/kg op dag 1, daarna 2 mg/kg per dag",
			"Verminderde nierfunctie: geen aanpassing nodig",
		},
		"Geneesmiddel: mirtacetol (tablet 500 mg; zetpil 250 mg)": {
			"Volwassenen: 4 dd 500–1000 mg, maximaal 3000 mg per dag",
			"Opmerkingen: niet bij ernstige leverontsteking",
		},
	}
	rowsHold(t, doc, rows)
	for key := range rows {
		if row := rowWith(doc, key); strings.Contains(row, "Contra-indicaties") {
			t.Errorf("row %q holds the heading under the table", row)
		}
	}
	if len(doc.Tables) != 2 {
		t.Errorf("%d tables, want 2", len(doc.Tables))
	}
}

// pdfLaTeX sets a booktabs table's cells at the top of their rows, wraps
// them (the drug's name over its form too: "fenolastine" over "(tablet 50
// mg)") and draws no rule between the rows, and the rule under the page's
// running header spans nearly the table's width. Each row holds its drug's
// cells whole under the header that wraps over two lines ("Kinderen 6–12"
// over "jaar"), and the caption is the table's caption. Before, each line
// of a cell that had text in the first column began a row
// ("fenolastine · 50 mg bij het begin · 1 mg/kg bij het …" and "(tablet
// 50 mg) · van de aanval …"), and the header rule, stacked with the
// table's rules, put the caption inside the table and left it no header.
func TestPDFTablesWrappedAtTheTop(t *testing.T) {
	doc := oneTable(t, "../../testdata/heldout/ft06/ft06-dwarrelhoofdpijn.pdf", "Tabel 1: Dosering van geneesmiddelen bij dwarrelhoofdpijn",
		[]string{"Middel", "Volwassenen", "Kinderen 6–12 jaar", "Verminderde nierfunctie", "Opmerkingen"}, 4)
	rowsHold(t, doc, map[string][]string{
		"Middel: fenolastine (tablet 50 mg)": {
			"Volwassenen: 50 mg bij het begin van de aanval, zo nodig na 4 uur herhalen; maximaal 150 mg per dag",
			"Kinderen 6–12 jaar: 1 mg/kg bij het begin van de aanval; maximaal 2 mg/kg per dag",
			"Verminderde nierfunctie: eGFR < 30: maximaal 50 mg per dag",
		},
		"Middel: sumalidine (neusspray 10 mg per dosis)": {
			"Volwassenen: 1 dosis in één neusgat, zo nodig na 2 uur herhalen; maximaal 20 mg per dag",
			"Kinderen 6–12 jaar: niet bij kinderen jonger dan 12 jaar",
		},
		"Middel: kordipram (tablet 25 mg)": {
			"Volwassenen: start met 1 dd 25 mg; elke 2 weken met 25 mg verhogen tot 1 dd 75 mg",
			"Verminderde nierfunctie: eGFR 30–59: maximaal 1 dd 50 mg; eGFR < 30: niet gebruiken",
		},
		"Middel: triversan (tablet 40 mg)": {
			"Kinderen 6–12 jaar: 1 dd 1 mg/kg, maximaal 1 dd 40 mg",
			"Opmerkingen: kan koude handen geven",
		},
	})
}

// A dose table whose drug cells are merged over the rows of their
// populations sets each drug's name once, centred on its rows: beside the
// middle one of pentavir's three rows, and between soralide's two rows
// (FT-10, pdfLaTeX's multirow, ruled with \cline{2-4} between merged rows)
// or beside the middle of its three (an HTML page's rowspan, converted by
// LibreOffice Writer without borders, and printed by Chromium with them).
// Every row has its own drug. Before, the name was carried down from the
// row above: pentavir's adult row had no drug, and soralide's first row
// (children with stridor) was pentavir's, a dose for the wrong drug.
func TestPDFTablesMergedKeyCells(t *testing.T) {
	pentavir, soralide := "Middel: pentavir (tablet 250 mg; drank 50 mg/ml)", "Middel: soralide (tablet 4 mg; drank 1 mg/ml)"
	ft10 := [][2]string{
		{pentavir, "Patiënt: Volwassenen · Dosering: 2 dd 500 mg"},
		{pentavir, "Patiënt: Kinderen 2–12 jaar"},
		{pentavir, "Patiënt: eGFR < 30 ml/min"},
		{soralide, "Patiënt: Kinderen met stridor in rust"},
		{soralide, "Patiënt: Volwassenen · Dosering: 1 dd 8 mg"},
		{"Middel: mucaflor-keelspray", "Patiënt: Volwassenen en kinderen vanaf 6 jaar"},
	}
	page := slices.Insert(slices.Clone(ft10), 5, [2]string{soralide, "Patiënt: Ouderen"})
	for _, tt := range []struct {
		path string
		rows [][2]string
	}{
		{"../../testdata/heldout/ft10/ft10-fluitkeel.pdf", ft10},
		{"testdata/tables/libreoffice-rowspan.pdf", page},
		{"testdata/tables/chromium-rowspan.pdf", page},
	} {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			doc := extractPath(t, tt.path)
			if len(doc.Tables) != 1 || len(doc.Tables[0].Rows) != len(tt.rows) {
				t.Fatalf("tables %q, want one of %d rows", renderTables(doc), len(tt.rows))
			}
			for i, want := range tt.rows {
				got := doc.Tables[0].RowText(i)
				if !strings.HasPrefix(got, want[0]+" · ") || !strings.Contains(got, want[1]) {
					t.Errorf("row %d: %q\nwant %q beside %q", i, got, want[0], want[1])
				}
			}
		})
	}
}

// ConTeXt centres a drug's cell on its rows (FT-49's natural table,
// \bTABLE with nr=4): after the page break olvenzide's four lines,
// "olvenzide" / "tablet 125 mg," / "250 mg; zetpil" / "62,5 mg", stand
// beside the last three of its four rows, one or two a row, the first row
// left empty. The rules between the rows leave the drug's column out, so
// the lines are one cell, and every row is olvenzide's (pdfKeyGoesOn).
// Before, the adults' row had no drug and the children's row of 10–20 kg
// was "Middel: 250 mg; zetpil".
func TestPDFTablesCentredCellLinesOverRows(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft49/ft49-veldspaatkoorts.pdf")
	if len(doc.Tables) == 0 {
		t.Fatalf("no tables")
	}
	const drug = "Middel: olvenzide tablet 125 mg, 250 mg; zetpil 62,5 mg · "
	var got []string
	for i := range doc.Tables[0].Rows {
		if row := doc.Tables[0].RowText(i); strings.Contains(row, "olvenzide") || strings.Contains(row, "1000 mg · Duur: max. 5 dagen") {
			got = append(got, row)
		}
	}
	want := []string{"Populatie: volwassenen · Dosis per keer: 250 mg", "Populatie: ouderen ≥ 75 jaar", "Populatie: kinderen 10–20 kg", "Populatie: eGFR < 30 ml/min"}
	if len(got) != len(want) {
		t.Fatalf("olvenzide's rows %q, want %d", got, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], drug+w) {
			t.Errorf("row %d: %q\nwant %q", i, got[i], drug+w)
		}
	}
}

// asciidoctor-pdf (Prawn) raises a note's letter in a table cell by more
// than half an em (FT-50): "ouderen ≥ 75 jaarᵃ" had read "a ouderen ≥ 75
// jaar", the letter a row above its cell, and "eGFR < 30 ml/minᶜ" a row of
// the table of its own, "Populatie: c" (pdfSameRow). A letter after a
// closing parenthesis is a marker too: "(10–20 kg)ᵇ" (pdfLetterMarker).
func TestPDFTablesHighNoteLetters(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft50/ft50-kiezelkoorts.pdf")
	if len(doc.Tables) == 0 {
		t.Fatalf("no tables")
	}
	var rows []string
	for i := range doc.Tables[0].Rows {
		rows = append(rows, doc.Tables[0].RowText(i))
	}
	for _, want := range []string{
		"Middel: torvaxine · Populatie: ouderen ≥ 75 jaar · Dosis per keer: 125 mg",
		"Middel: melindrazol · Populatie: kinderen 1–5 jaar (10–20 kg) · Dosis per keer: 8 mg",
		"Middel: melindrazol · Populatie: eGFR < 30 ml/min · Dosis per keer: 20 mg",
	} {
		if !slices.ContainsFunc(rows, func(r string) bool { return strings.HasPrefix(r, want) }) {
			t.Errorf("no row %q in %q", want, rows)
		}
	}
	if len(rows) != 9 {
		t.Errorf("%d rows, want 9: %q", len(rows), rows)
	}
}

// A plain text printed by GNU enscript (FT-56) draws its tables with
// characters in Courier: "+----+" borders, "|" between the cells, a drug
// named in the first of its rows, its populations one under the other with
// no border between them. Read as text, the table had come out column by
// column and no dose of it was answered; its characters are rules since
// (pdfCharacterRules), and a line whose every cell but the first starts
// a value starts a row of the drug (pdfCharRowStarts). A list item's
// lines in a cell stay one cell ("- epilepsie in de" / "voorgeschiedenis").
func TestPDFTablesOfCharacters(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft56/ft56-rietpokken.pdf")
	var rows []string
	for _, tb := range doc.Tables {
		for i := range tb.Rows {
			rows = append(rows, tb.RowText(i))
		}
	}
	for _, want := range []string{
		"Middel: ostavirine (tablet 200 mg) · Populatie: volwassenen · Dosis: 400 mg · Frequentie: 3x/dag · Max. per dag: 1200 mg · Duur: 7 dagen",
		"Middel: ostavirine (tablet 200 mg) · Populatie: kinderen 2-5 jaar [2] · Dosis: 10 mg/kg · Frequentie: 2x/dag",
		"Middel: quenrodil (drank 2 mg/ml; tablet 10 mg) · Populatie: kinderen 10-19 kg [4] · Dosis: 2,5 ml (5 mg) · Frequentie: 2x/dag",
		"Middel: fendamycine (capsule 250 mg; suspensie 50 mg/ml) · Populatie: eGFR < 30 [6] · Dosis: niet gebruiken",
		// the second table, broken over pages 3 and 4 under its header
		"Middel: ostavirine · Contra-indicaties: - eGFR < 15 - epilepsie in de voorgeschiedenis · Interacties / voorzorgen:",
	} {
		if !slices.ContainsFunc(rows, func(r string) bool { return strings.HasPrefix(r, want) }) {
			t.Errorf("no row %q in %q", want, rows)
		}
	}
	for _, r := range rows {
		if strings.ContainsAny(r, "|+") {
			t.Errorf("a row holds the table's characters: %q", r)
		}
	}
}

// WeasyPrint breaks FT-11's dose table over two pages in the middle of
// moxalide's row: page 2 ends with "moxalide (tablet 100 mg)" and its
// cell for children of 6–11 years, page 3 repeats the header and goes on
// with the rest of that row (the cells for children of 1–5 years and for
// adults) above pravetrine's row, and the caption stands below the last
// part. The parts are one table: a caption below a part does not start a
// new table when the table before has none (pdfLinkTables), and the rest
// of moxalide's row joins its start (pdfJoinBrokenRow). Before, the part
// on page 3 was a table of its own; first its broken row took
// pravetrine's name (pravetrine got moxalide's adult dose), then it kept
// no drug and moxalide's adult dose was refused.
func TestPDFTablesRowBrokenOverPages(t *testing.T) {
	doc := oneTable(t, "../../testdata/heldout/ft11/ft11-klepperoor.pdf", "Tabel 2 Dosering van geneesmiddelen bij klepperoor",
		[]string{"Middel", "Kinderen 1–5 jaar", "Kinderen 6–11 jaar", "Volwassenen en kinderen vanaf 12 jaar"}, 3)
	rowsHold(t, doc, map[string][]string{
		"Middel: moxalide (tablet 100 mg)": {"Kinderen 1–5 jaar: niet geregistreerd", "Kinderen 6–11 jaar: 1 dd 50 mg",
			"Volwassenen en kinderen vanaf 12 jaar: 1 dd 100 mg, de eerste dag 200 mg"},
		"Middel: pravetrine-oorzalf 2%": {"Kinderen 1–5 jaar: 2 dd dun aanbrengen",
			"Volwassenen en kinderen vanaf 12 jaar: 2 dd dun aanbrengen"},
	})
	if row := rowWith(doc, "pravetrine"); strings.Contains(row, "1 dd 100 mg") {
		t.Errorf("pravetrine's row %q holds moxalide's dose", row)
	}
}

// wkhtmltopdf breaks FT-20's ruled dose table between two of
// neboclavir's rows, its drug cell merged over five, and repeats no
// header: page 3 starts with rows whose first cell is empty. A first cell
// merged over rows is no broken row: "eGFR 30–60" was read as the rest of
// "ouderen ≥ 75 jaar", one row with "2 dd 1 dd" (pdfJoinBrokenRow).
func TestPDFTablesMergedKeyAcrossPages(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft20/ft20-nevelrug.pdf")
	if len(doc.Tables) != 2 || len(doc.Tables[0].Rows) != 15 {
		t.Fatalf("%d tables, the first with %d rows; want 2, the first with 15", len(doc.Tables), len(doc.Tables[0].Rows))
	}
	var neboclavir []string
	for r := range doc.Tables[0].Rows {
		if row := doc.Tables[0].RowText(r); strings.Contains(row, "Middel: neboclavir") {
			neboclavir = append(neboclavir, row)
		}
	}
	want := []string{"Patiëntgroep: volwassenen · Dosering Dosis per keer: 300 mg · Dosering Frequentie: 2 dd",
		"Patiëntgroep: kinderen 2–11 jaar · Dosering Dosis per keer: 5 mg/kg (suspensie)",
		"Patiëntgroep: ouderen ≥ 75 jaar · Dosering Dosis per keer: 200 mg · Dosering Frequentie: 2 dd",
		"Patiëntgroep: eGFR 30–60 · Dosering Dosis per keer: 200 mg · Dosering Frequentie: 1 dd",
		"Patiëntgroep: eGFR < 30 · Dosering Dosis per keer: 100 mg · Dosering Frequentie: 1 dd"}
	if len(neboclavir) != len(want) {
		t.Fatalf("neboclavir's rows %q, want %d", neboclavir, len(want))
	}
	for i, w := range want {
		if !strings.Contains(neboclavir[i], w) {
			t.Errorf("neboclavir's row %d %q\nlacks %q", i+1, neboclavir[i], w)
		}
	}
}

// pandoc and pdfLaTeX set FT-09's dose table without padding between its
// rows, and the last drug's name wraps onto a line of its own beside cells
// of one line: "lumivir-oogzalf" over "1%". One word above says nothing
// of the room left, so "1%" started a row of its own: "Middel: 1%", a row
// that was answered beside lumivir's as the drug for a baby, and
// lumivir's row lost its strength. A last row with one line in its first
// column only, not starting with a capital, ends the first cell above
// (pdfJoinTrailingKey).
func TestPDFTablesTrailingKeyLine(t *testing.T) {
	doc := oneTable(t, "../../testdata/heldout/ft09/ft09-glasoog.pdf", "Tabel 1: Tabel 1 Dosering bij glasoog",
		[]string{"Middel", "Volwassenen en kinderen vanaf 1 jaar", "Kinderen jonger dan 1 jaar", "Duur"}, 2)
	rowsHold(t, doc, map[string][]string{
		"Middel: lumivir-oogzalf 1% · ":       {"Kinderen jonger dan 1 jaar: 2 dd 0,5 cm zalf", "Duur: 5 dagen"},
		"Middel: vitrexa-oogdruppels 0,3% · ": {"Kinderen jonger dan 1 jaar: niet gebruiken"},
	})
}

// A table that sets its first cells at the top of their rows (a one-line
// "pravetrine-oorzalf 2%" beside a two-line row) and starts with a row
// without a first cell: that row is the rest of a row broken at the page
// whose start was not found (pdfKeysAtTop), not the top of a cell
// centred on the rows around it. Nothing is filled in: a dose beside no
// drug is refused, one beside the next drug would be the wrong drug's.
func TestPDFCentredKeysNotForCellsAtTheTop(t *testing.T) {
	tab := pdfTable{
		rows: [][][]string{{nil, {"1 dd 100 mg"}}, {{"pravetrine-oorzalf 2%"}, {"2 dd dun", "aanbrengen"}}},
		// first and last line of the row, middle and first line of its first cell
		rowY: [][4]float64{{700, 700, 0, 0}, {680, 668, 680, 680}},
	}
	if pdfCentredKeys(&tab) {
		t.Error("pdfCentredKeys reports a carry as safe")
	}
	if len(tab.rows[0][0]) > 0 {
		t.Errorf("the rest of a broken row got the drug %q", tab.rows[0][0])
	}
}

// A table without borders (a web page's table converted by LibreOffice
// Writer/Web) followed by a line shorter than the page ("Controleer na een
// week het effect."), which runs across the table's first gutter and
// leaves the others free. The table has its caption, header and four
// rows. Before, the short line joined the run of aligned lines, which then
// shared only the last two gutters, and no table was found: the page read
// "dravolan (tablet 500 mg) 3 dd 500 mg 3 dd 15 mg/kg merocilline …", the
// durations in a paragraph of their own.
func TestPDFTablesShortLineAfter(t *testing.T) {
	doc := oneTable(t, "testdata/tables/libreoffice-short-after.pdf", "Tabel 2 Dosering van antibiotica bij keelontsteking",
		[]string{"Middel", "Volwassenen", "Kinderen", "Duur"}, 4)
	rowsHold(t, doc, map[string][]string{
		"Middel: dravolan (tablet 500 mg)": {"Volwassenen: 3 dd 500 mg", "Kinderen: 3 dd 15 mg/kg", "Duur: 7 dagen"},
		"Middel: tirapen (drank 50 mg/ml)": {"Volwassenen: 4 dd 250 mg", "Kinderen: 4 dd 12,5 mg/kg", "Duur: 10 dagen"},
	})
	if row := rowWith(doc, "Controleer"); row != "" {
		t.Errorf("the line after the table is in a row: %q", row)
	}
}

// Rules that leave the first column out join rows into one merged first
// cell only when the rows look like one: a name beside one of them, the
// others empty. A chart whose row rules stop short of its first column
// labels nearly every row ("#20", "#30", … in a font's code chart, where
// only the first row has no label): its labels stay apart. Before, every
// row got all the labels.
func TestPDFMergedKeysNeedEmptyRows(t *testing.T) {
	cell := func(s string) []string {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	table := func(keys ...string) pdfTable {
		var tab pdfTable
		for i, k := range keys {
			y := 700 - 20*float64(i)
			tab.rows = append(tab.rows, [][]string{cell(k), {"x"}})
			tab.rowY = append(tab.rowY, [4]float64{y, y, y, y})
		}
		return tab
	}
	reg := pdfRegion{x0: 50, x1: 300}
	for i := 1; i < 4; i++ { // rules between the rows, right of the first column only
		reg.hRules = append(reg.hRules, pdfRule{pos: 710 - 20*float64(i), lo: 100, hi: 300})
	}
	merged := table("", "pentavir", "", "")
	pdfJoinMergedKeys(&merged, reg, []float64{90})
	for i, r := range merged.rows {
		if !slices.Equal(r[0], []string{"pentavir"}) {
			t.Errorf("merged cell, row %d: first cell %q, want pentavir", i, r[0])
		}
		if !slices.Equal(r[1], []string{"x"}) {
			t.Errorf("merged cell, row %d: second cell %q, want x (the rules cross its column)", i, r[1])
		}
	}
	chart := table("", "#20", "#30", "#40")
	pdfJoinMergedKeys(&chart, reg, []float64{90})
	for i, want := range []string{"", "#20", "#30", "#40"} {
		if got := strings.Join(chart.rows[i][0], " "); got != want {
			t.Errorf("chart, row %d: first cell %q, want %q", i, got, want)
		}
	}
}

// asciidoctor-pdf (FT-21) draws the rules between a drug's two
// interaction rows in the interaction columns only: the drug and its
// contra-indications are cells merged over both rows. The
// contra-indications' lines had been dealt out over the rows by height
// ("actief maagulcus; eGFR < 30; derde trimester van de" and
// "zwangerschap"), so the second row's drug was contra-indicated in all of
// pregnancy (pdfJoinMergedKeys).
func TestPDFTablesMergedCellsBeyondTheKey(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft21/ft21-rijpvinger.pdf")
	var tab *Table
	for i := range doc.Tables {
		if strings.HasPrefix(doc.Tables[i].Caption, "Tabel 2") {
			tab = &doc.Tables[i]
		}
	}
	if tab == nil || len(tab.Rows) != 7 {
		t.Fatalf("table 2 %+v, want 7 rows", tab)
	}
	for r, want := range []string{
		"Contra-indicaties: actief maagulcus; eGFR < 30; derde trimester van de zwangerschap · Combinatie met: diuretica",
		"Contra-indicaties: actief maagulcus; eGFR < 30; derde trimester van de zwangerschap · Combinatie met: SSRI",
		"Contra-indicaties: ernstige aortaklepstenose; systolische bloeddruk onder 100 mmHg · Combinatie met: bètablokkers",
		"Contra-indicaties: ernstige aortaklepstenose; systolische bloeddruk onder 100 mmHg · Combinatie met: grapefruitsap",
	} {
		if row := tab.RowText(r); !strings.Contains(row, want) {
			t.Errorf("row %d %q\nlacks %q", r+1, row, want)
		}
	}
}

// A cell merged over rows beyond the first column runs on from its first
// row without a gap; two labels of a plot read as a ruled table ("λ2z",
// an empty row, "λ2x" in a LaTeX figure of the py-pdf sample files) are
// two cells.
func TestPDFSpannedRunHasNoGap(t *testing.T) {
	row := func(cells ...string) [][]string {
		var r [][]string
		for _, c := range cells {
			if c == "" {
				r = append(r, nil)
			} else {
				r = append(r, []string{c})
			}
		}
		return r
	}
	for _, tt := range []struct {
		run  [][][]string
		want bool
	}{
		{[][][]string{row("morvalidon", "derde trimester van de"), row("", "zwangerschap")}, true},
		{[][][]string{row("saltrevol", "geen aanpassing"), row("", "")}, true},
		{[][][]string{row("", "λ2z"), row("", ""), row("", "λ2x")}, false},
		{[][][]string{row("x", ""), row("", "zwangerschap")}, false},
	} {
		if got := pdfSpannedRun(tt.run, 1); got != tt.want {
			t.Errorf("pdfSpannedRun(%q) = %v, want %v", tt.run, got, tt.want)
		}
	}
}

// A Word document converted by LibreOffice Writer (FT-08, pandoc's Word
// style) draws no rules, sets its header cells at the bottom of a header
// row three lines high ("Ouderen (75" over "jaar en" over "ouder)", with
// "Middel" on the last line only) and wraps every cell of its narrow
// columns, and a heading set 14 points over 12-point cells follows the
// table after a paragraph's space. The table has its five columns, its
// whole header and its two rows. Before, the search for aligned rows
// started at the header's second line, which leaves the first columns
// empty and so has no gutters there, and ran on into the heading: three
// columns ("somnarol 1 dd 0,1 mg, 1 dd 0,5 mg (tablet 0,1 2 uur voor
// mg) het"), and the header's first line in the caption.
func TestPDFTablesHeaderAtTheBottom(t *testing.T) {
	kriebelbeenTable(t, "../../testdata/heldout/ft08/ft08-kriebelbeen.pdf")
}

// kriebelbeenTable checks FT-08's dose table as any print must read it:
// its caption, its five headers in full, and both drugs' rows.
func kriebelbeenTable(t *testing.T, path string) {
	t.Helper()
	doc := oneTable(t, path, "Tabel 1 Dosering van geneesmiddelen bij kriebelbeen",
		[]string{"Middel", "Startdosis", "Maximale dosis", "Ouderen (75 jaar en ouder)", "Verminderde nierfunctie"}, 2)
	rowsHold(t, doc, map[string][]string{
		"Middel: somnarol (tablet 0,1 mg)": {
			"Startdosis: 1 dd 0,1 mg, 2 uur voor het slapengaan",
			"Maximale dosis: 1 dd 0,5 mg",
			"Ouderen (75 jaar en ouder): start met 1 dd 0,05 mg, maximaal 1 dd 0,25 mg",
			"Verminderde nierfunctie: eGFR < 30: maximaal 1 dd 0,25 mg",
		},
		"Middel: dopravine (capsule 75 mg)": {
			"Startdosis: 1 dd 75 mg ’s avonds",
			"Maximale dosis: 1 dd 300 mg",
			"Ouderen (75 jaar en ouder): maximaal 1 dd 150 mg",
			"Verminderde nierfunctie: eGFR 30–59: maximaal 1 dd 150 mg; eGFR < 30: niet gebruiken",
		},
	})
}

// An HTML page converted by LibreOffice (FT-07, testdata/heldout/ft07)
// loses its CSS borders: three tables without rules, with ordinary gutters
// and rows two line pitches apart on a page that sets 10-point text 16.3
// points apart. Each table has its caption, its whole header and its rows:
// the header cell centred over two lines ("Geen of lichte" over
// "uitdroging"), the header and last row whose long cells run up to a
// word space before the next column ("In de eerste 4 uur", "≥ 40 kg en
// volwassenen"), and a dose table whose lines hold five words or more.
// Before, no table was found and the page was read as column bands ("8 mg
// eenmalig" stood alone, a dose of no drug for no one).
func TestPDFTablesLooseLibreOffice(t *testing.T) {
	doc := extractPath(t, "testdata/tables/libreoffice-html-ft07.pdf")
	want := []struct {
		caption string
		header  []string
		rows    int
	}{
		{"Tabel 1 Tekenen van uitdroging bij kinderen", []string{"Teken", "Geen of lichte uitdroging", "Matige uitdroging", "Ernstige uitdroging"}, 4},
		{"Tabel 2 Hydrolan bij matige uitdroging, naar lichaamsgewicht", []string{"Lichaamsgewicht", "In de eerste 4 uur", "Daarna na elke dunne ontlasting"}, 5},
		{"Tabel 3 Dosering van geneesmiddelen bij zandbuik", []string{"Patiënt", "Motrexide (tablet 4 mg; drank 0,8 mg/ml)", "Cefaloxine (tablet 500 mg; suspensie 50 mg/ml)"}, 4},
	}
	if len(doc.Tables) != len(want) {
		t.Fatalf("%d tables, want %d", len(doc.Tables), len(want))
	}
	for i, w := range want {
		tab := doc.Tables[i]
		if tab.Caption != w.caption || !slices.Equal(tab.Header, w.header) || len(tab.Rows) != w.rows {
			t.Errorf("table %d: caption %q, header %q, %d rows; want %q, %q, %d", i+1, tab.Caption, tab.Header, len(tab.Rows), w.caption, w.header, w.rows)
		}
	}
	rowsHold(t, doc, map[string][]string{
		"Patiënt: Volwassenen": {
			"Motrexide (tablet 4 mg; drank 0,8 mg/ml): 8 mg eenmalig",
			"Cefaloxine (tablet 500 mg; suspensie 50 mg/ml): 2 dd 500 mg gedurende 3 dagen",
		},
		"Patiënt: Kinderen vanaf 2 jaar": {
			"Motrexide (tablet 4 mg; drank 0,8 mg/ml): 0,15 mg/kg eenmalig, maximaal 8 mg",
			"Cefaloxine (tablet 500 mg; suspensie 50 mg/ml): 20 mg/kg/dag in 2 giften gedurende 3 dagen, maximaal 1000 mg per dag",
		},
		"Patiënt: Verminderde nierfunctie (eGFR < 30)": {"Motrexide (tablet 4 mg; drank 0,8 mg/ml): geen aanpassing nodig"},
		"Lichaamsgewicht: < 5 kg":                      {"In de eerste 4 uur: 200–400 ml", "Daarna na elke dunne ontlasting: 50 ml"},
		"Lichaamsgewicht: ≥ 40 kg en volwassenen":      {"In de eerste 4 uur: 2000–4000 ml", "Daarna na elke dunne ontlasting: 250 ml"},
		"Teken: Algemene indruk":                       {"Geen of lichte uitdroging: alert", "Ernstige uitdroging: suf of slap"},
	})
}

// Markdown converted by pandoc to Word and by LibreOffice to PDF (FT-09,
// testdata/heldout/ft09): the header cells stand at the bottom of a header
// row three lines high ("Volwassenen en" over "kinderen vanaf 1" over
// "jaar", "Middel" on the last line only), the caption stands above them,
// and a drug's name wraps in its padded row ("lumivir-oogzalf" over "1%").
// Before, only the header's last line was kept ("jaar", "dan 1 jaar": the
// population lost), the caption was lost and "1%" was a row of its own.
func TestPDFTablesHeaderAboveTheFirstColumn(t *testing.T) {
	glasoogTable(t, "testdata/tables/libreoffice-docx-ft09.pdf")
}

// glasoogTable checks FT-09's dose table as any print must read it: its
// caption, its header of populations in full, and both drugs' rows.
func glasoogTable(t *testing.T, path string) {
	t.Helper()
	doc := oneTable(t, path, "Tabel 1 Dosering bij glasoog",
		[]string{"Middel", "Volwassenen en kinderen vanaf 1 jaar", "Kinderen jonger dan 1 jaar", "Duur"}, 2)
	rowsHold(t, doc, map[string][]string{
		"Middel: vitrexa-oogdruppels 0,3%": {
			"Volwassenen en kinderen vanaf 1 jaar: eerste 2 dagen 6 dd 1 druppel, daarna 4 dd 1 druppel",
			"Kinderen jonger dan 1 jaar: niet gebruiken",
			"Duur: 7 dagen",
		},
		"Middel: lumivir-oogzalf 1%": {
			"Volwassenen en kinderen vanaf 1 jaar: 3 dd 1 cm zalf",
			"Kinderen jonger dan 1 jaar: 2 dd 0,5 cm zalf",
			"Duur: 5 dagen",
		},
	})
}

// Markdown converted by pandoc to a standalone web page and printed by
// Chromium (FT-09, testdata/heldout/ft09): rules only above and below the
// header and below the table, header cells centred over three lines, body
// cells centred vertically in their rows ("vitrexa-" over "oogdruppels
// 0,3%" beside a three-line dose). Before, no table was found: the centred
// header and the flush-left cells below it did not line up as one column,
// and the rows were not read from the cells.
func TestPDFTablesBrowserCentredCells(t *testing.T) {
	glasoogTable(t, "testdata/tables/chromium-pandoc-ft09.pdf")
}

// FT-08 printed the same way (testdata/heldout/ft08): five narrow columns,
// every cell wrapped and centred, header cells of one and two lines
// centred beside each other ("Middel" beside "Maximale" over "dosis").
// Before, no table was found, for the same reasons.
func TestPDFTablesBrowserCentredNarrowColumns(t *testing.T) {
	kriebelbeenTable(t, "testdata/tables/chromium-pandoc-ft08.pdf")
}

// The same FT-08 web page converted by LibreOffice Writer/Web: narrow
// unruled columns whose cells are centred in their rows, two body rows
// only, under a header in bold whose cells are centred too (HTML's th).
// The edge search's third column starts a word in two lines only ("1 dd
// 0,5 mg", "1 dd 300 mg"), and "1 dd 0,1 mg" over "1 dd 75 mg" starts
// "0,1" and "75" at one x behind word spaces. The sparse pass reads it:
// edges only behind spaces wider than the word space, two starts enough
// beside two edges of three, the bold header left out of the alignment.
// Before, no table was found. A run that started inside the first drug's
// row ("(tablet 0,1 mg)" half a line below "1 dd 0,5 mg") must never make
// a table that joins the lower half of that row to the upper half of the
// next: every row names its drug in its first cell.
func TestPDFTablesSparseBoldHeader(t *testing.T) {
	kriebelbeenTable(t, "testdata/tables/libreoffice-html-ft08.pdf")
}

// FT-03's page converted by LibreOffice Writer/Web: the PES table without
// borders, found by its edges, whose one-line cells ("Intrekkingen",
// "geen") are centred between the two lines of the wrapped ones ("licht,
// alleen tussen de" over "ribben"). Its rows are read as the cells'
// extents give them (pdfCellRows), as in a ruled table: before, the rows
// were cut at the line gaps, and "Ademfrequentie (1–5" lost "jaar)" to a
// row that took the upper lines of the next cells while "Intrekkingen"
// got "ribben" and "kreunen" alone, a score of 2 for kreunen without its
// "ernstig, of met neusvleugelen of".
func TestPDFTablesEdgeCentredRows(t *testing.T) {
	doc := extractPath(t, "testdata/tables/libreoffice-html-ft03.pdf")
	rowsHold(t, doc, map[string][]string{
		"Item: Intrekkingen":              {"0 punten: geen", "1 punt: licht, alleen tussen de ribben", "2 punten: ernstig, of met neusvleugelen of kreunen"},
		"Item: Ademfrequentie (1–5 jaar)": {"0 punten: < 40/min", "1 punt: 40–50/min", "2 punten: > 50/min"},
		"Item: Alertheid":                 {"0 punten: normaal", "1 punt: prikkelbaar", "2 punten: suf of slecht wekbaar"},
	})
}

// FT-11's page converted by LibreOffice Writer/Web: a borderless dose table
// whose cells are centred in their rows' height, so no line has text on
// both sides of the first gutter, under a grouped header in bold that cell
// padding sets apart. Every row is read whole, under its caption and a
// header of every column (pdfSharedCuts, pdfBoldHeaderAbove).
func TestPDFTablesBoldHeaderApart(t *testing.T) {
	doc := extractPath(t, "testdata/tables/libreoffice-html-ft11.pdf")
	if len(doc.Tables) == 0 {
		t.Fatal("no table read")
	}
	tab := doc.Tables[0]
	if tab.Caption != "Tabel 2 Dosering van geneesmiddelen bij klepperoor" {
		t.Errorf("caption %q", tab.Caption)
	}
	// the group label "Kinderen" heads both columns under it (pdfGroupLabels)
	if want := []string{"Middel", "Kinderen 1–5 jaar", "Kinderen 6–11 jaar", "Volwassenen en kinderen vanaf 12 jaar"}; !slices.Equal(tab.Header, want) {
		t.Errorf("header %q, want %q", tab.Header, want)
	}
	rowsHold(t, doc, map[string][]string{
		"Middel: lindoxan (suspensie 50 mg/ml; tablet 500 mg)": {"Kinderen 1–5 jaar: 2 dd 15 mg/kg", "Kinderen 6–11 jaar: 2 dd 250 mg", "Volwassenen en kinderen vanaf 12 jaar: 2 dd 500 mg"},
		"Middel: moxalide (tablet 100 mg)":                     {"Kinderen 1–5 jaar: niet geregistreerd", "Kinderen 6–11 jaar: 1 dd 50 mg", "Volwassenen en kinderen vanaf 12 jaar: 1 dd 100 mg, de eerste dag 200 mg"},
	})
}

// FT-07's page through a Word document and LibreOffice: a header set at
// the bottom of its row ("Daarna na elke" over "dunne ontlasting") over
// rows of one line each, the last of which wraps its first cell ("≥ 40 kg
// en" over "volwassenen"). That line is the row's, not a row of its own
// (pdfFirstCellGoesOn): before, the table's last row read "volwassenen"
// alone, the rows above lost their header (a row without a number is no
// row under a header of amounts) and the adults' 2000–4000 ml stood under
// "≥ 40 kg en".
func TestPDFTablesLastFirstCellWraps(t *testing.T) {
	doc := extractPath(t, "testdata/tables/libreoffice-docx-ft07.pdf")
	rowsHold(t, doc, map[string][]string{
		"Lichaamsgewicht: ≥ 40 kg en volwassenen": {"In de eerste 4 uur: 2000–4000 ml", "Daarna na elke dunne ontlasting: 250 ml"},
		"Lichaamsgewicht: < 5 kg":                 {"In de eerste 4 uur: 200–400 ml", "Daarna na elke dunne ontlasting: 50 ml"},
	})
}

// FT-11's page through a Word document and LibreOffice: pandoc wrote the
// dose table with its grouped header as one paragraph a cell, set apart
// by paragraph spacing, so most line distances on the page are that
// spacing. The paragraphs stay apart (pdfWrappedPitch): before, the page's
// median distance joined the cells and the advice above them into one
// block, a "sentence" of every dose that answered "Welke bijwerkingen
// heeft lindoxan?" (0.73).
func TestPDFParagraphsApartBySpacing(t *testing.T) {
	doc := extractPath(t, "testdata/tables/libreoffice-docx-ft11.pdf")
	var page string
	for _, p := range doc.Pages {
		if strings.Contains(p.Text, "2 dd 15 mg/kg") {
			page = p.Text
		}
	}
	paras := strings.Split(page, "\n\n")
	for _, want := range []string{"Middel", "2 dd 15 mg/kg", "moxalide (tablet 100 mg)", "Tabel 2 Dosering van geneesmiddelen bij klepperoor"} {
		if !slices.Contains(paras, want) {
			t.Errorf("%q is no paragraph of its own on the page:\n%s", want, page)
		}
	}
	if !slices.ContainsFunc(paras, func(p string) bool {
		return strings.HasPrefix(p, "Geef zo nodig paracetamol als pijnstiller.") && strings.HasSuffix(p, "gedurende 5 dagen.")
	}) {
		t.Errorf("the paragraph of three lines is not one block:\n%s", page)
	}
}

// groff's tbl as pandoc writes a web page's tables (-t ms): a rule under a
// header that is neither bold nor free of numbers ("Motrexide (tablet 4
// mg; drank 0,8 mg/ml)") makes it the header (pdfHeadRule); before, the
// header was the first body row and no cell was named by its column. And
// a line with text in every column and its label in capitals under
// another row's label starts a row ("Drinken · drinkt normaal · …" under
// "Ogen · …", beside wrapped cells; pdfRowStartsAt).
func TestPDFTablesHeadRule(t *testing.T) {
	doc := extractPath(t, "testdata/tables/groff-headrule.pdf")
	if len(doc.Tables) != 2 {
		t.Fatalf("%d tables, want 2", len(doc.Tables))
	}
	for i, want := range [][]string{
		{"Teken", "Geen of lichte uitdroging", "Matige uitdroging", "Ernstige uitdroging"},
		{"Patiënt", "Motrexide (tablet 4 mg; drank 0,8 mg/ml)", "Cefaloxine (tablet 500 mg; suspensie 50 mg/ml)"},
	} {
		if got := doc.Tables[i].Header; !slices.Equal(got, want) {
			t.Errorf("table %d: header %q, want %q", i+1, got, want)
		}
	}
	rowsHold(t, doc, map[string][]string{
		"Teken: Ogen":                    {"Ernstige uitdroging: diep ingevallen"},
		"Patiënt: Volwassenen":           {"Motrexide (tablet 4 mg; drank 0,8 mg/ml): 8 mg eenmalig", "Cefaloxine (tablet 500 mg; suspensie 50 mg/ml): 2 dd 500 mg gedurende 3 dagen"},
		"Patiënt: Kinderen vanaf 2 jaar": {"Motrexide (tablet 4 mg; drank 0,8 mg/ml): 0,15 mg/kg eenmalig, maximaal 8 mg"},
	})
}

// A table whose caption and header end one page and whose rows begin the
// next under its page number, the header not repeated (groff's tbl without
// a running header): the rows get the caption and the header
// (pdfOrphanHeader), whose hyphenated cell "Daarna na elke dunne ont-" over
// "lasting" is joined like any cell's lines, and the page before keeps
// neither.
func TestPDFTablesOrphanHeader(t *testing.T) {
	doc := extractPath(t, "testdata/tables/groff-orphan-header.pdf")
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(doc.Tables))
	}
	tab := doc.Tables[0]
	if tab.Caption != "Tabel 2 Hydrolan bij matige uitdroging, naar lichaamsgewicht" {
		t.Errorf("caption %q", tab.Caption)
	}
	if want := []string{"Lichaamsgewicht", "In de eerste 4 uur", "Daarna na elke dunne ontlasting"}; !slices.Equal(tab.Header, want) {
		t.Errorf("header %q, want %q", tab.Header, want)
	}
	rowsHold(t, doc, map[string][]string{
		"Lichaamsgewicht: ≥ 40 kg en volwassenen": {"In de eerste 4 uur: 2000–4000 ml", "Daarna na elke dunne ontlasting: 250 ml"},
	})
	if strings.Contains(doc.Pages[0].Text, "Lichaamsgewicht") {
		t.Errorf("the header is left on page 1:\n%s", doc.Pages[0].Text)
	}
}

// The sparse pass of the edge search takes a table only under a header in
// bold: the same lines without it are text set in columns.
func TestPDFEdgeSparseNeedsBoldHeader(t *testing.T) {
	table := [][]string{
		{"Middel", "Start", "Maximum", "Ouderen", "Nieren"},
		{"somnarol", "1 dd 0,1 mg", "1 dd 0,5 mg", "1 dd 0,05 mg", "eGFR < 30: 1 dd"},
		{"dopravine", "1 dd 75 mg", "1 dd 300 mg", "1 dd 150 mg", "eGFR < 30: niet"},
	}
	rows, sorted := edgeRows(table)
	cuts := []float64{156, 266, 376, 486}
	if _, ok := pdfEdgeCheck(rows, sorted, cuts, 10, true); ok {
		t.Errorf("two rows under a header in roman taken for a table")
	}
	for k := range rows[0].words {
		rows[0].words[k].bold = rows[0].words[k].n
	}
	if _, ok := pdfEdgeCheck(rows, sorted, cuts, 10, true); !ok {
		t.Errorf("two rows under a header in bold not taken for a table")
	}
}

// A Word table converted by LibreOffice Writer with columns narrower than
// a word ("Geneesmid" over "del", "Polsfrequenti" over "e") pads its rows,
// sets its header cells at the bottom of the header row and breaks a row
// at the page: every row read is a whole row, named by its drug or score
// item, under a header of every column. A header cell's upper line set
// above the others ("Verminder" over "de nierfunctie") is the header's,
// not the caption's, and a word cut without a hyphen that the document
// writes whole elsewhere is mended ("leverontst" over "eking"). The score
// table's header, set apart from its rows by a border only, is its header
// too (pdfHeadRule).
func TestPDFTablesNarrowWordColumns(t *testing.T) {
	tests := []struct {
		path    string
		first   []string
		headers [][]string
		row     map[string]string // first cell: the row's text
	}{
		{
			path: "testdata/tables/libreoffice-docx-ft05.pdf",
			first: []string{"Temperatuur", "Polsfrequentie", "Bewustzijn", "Urineproductie",
				"dorvaxine (tablet 250 mg; suspensie 25 mg/ml)", "prelamycine (capsule 100 mg)", "mirtacetol (tablet 500 mg; zetpil 250 mg)"},
			headers: [][]string{{"Geneesmiddel", "Volwassenen", "Kinderen (≥ 1 jaar)", "Verminder de nierfunctie", "Opmerkingen"},
				{"Bevinding", "0 punten", "1 punt", "2 punten"}},
			row: map[string]string{
				"Polsfrequentie": "Bevinding: Polsfrequentie · 0 punten: < 100/min · 1 punt: 100–120/min · 2 punten: > 120/min",
				"mirtacetol (tablet 500 mg; zetpil 250 mg)": "Geneesmiddel: mirtacetol (tablet 500 mg; zetpil 250 mg) · Volwassenen: 4 dd 500–1000 mg, maximaal 3000 mg per dag" +
					" · Kinderen (≥ 1 jaar): 4 dd 15 mg/kg · Verminder de nierfunctie: eGFR < 30: maximaal 2000 mg per dag · Opmerkingen: niet bij ernstige leverontsteking",
				// "30 mg/kg/dag" fills its line and "in 3 giften" wraps: a
				// word, not the end of "dagin"
				"dorvaxine (tablet 250 mg; suspensie 25 mg/ml)": "Geneesmiddel: dorvaxine (tablet 250 mg; suspensie 25 mg/ml) · Volwassenen: 3 dd 250 mg gedurende 7 dagen" +
					" · Kinderen (≥ 1 jaar): 30 mg/kg/dag in 3 giften, maximaal 750 mg per dag" +
					" · Verminder de nierfunctie: eGFR 15–30: 2 dd 250 mg; eGFR < 15: niet gebruiken · Opmerkingen: innemen met voedsel",
				"prelamycine (capsule 100 mg)": "Geneesmiddel: prelamycine (capsule 100 mg) · Volwassenen: eerste dag 2 dd 200 mg, daarna 1 dd 100 mg; totaal 5 dagen" +
					" · Kinderen (≥ 1 jaar): niet bij kinderen jonger dan 8 jaar; vanaf 8 jaar 4 mg/kg op dag 1, daarna 2 mg/kg per dag" +
					" · Verminder de nierfunctie: geen aanpassing nodig · Opmerkingen: verkleuring van het tandglazuur bij jonge kinderen",
			},
		},
		{
			path:    "testdata/tables/libreoffice-docx-ft06.pdf",
			first:   []string{"fenolastine (tablet 50 mg)", "sumalidine (neusspray 10 mg per dosis)", "kordipram (tablet 25 mg)", "triversan (tablet 40 mg)"},
			headers: [][]string{{"Middel", "Volwassenen", "Kinderen 6–12 jaar", "Verminderde nierfunctie", "Opmerkingen"}},
			row: map[string]string{
				"fenolastine (tablet 50 mg)": "Middel: fenolastine (tablet 50 mg) · Volwassenen: 50 mg bij het begin van de aanval, zo nodig na 4 uur herhalen; maximaal 150 mg per dag" +
					" · Kinderen 6–12 jaar: 1 mg/kg bij het begin van de aanval; maximaal 2 mg/kg per dag · Verminderde nierfunctie: eGFR < 30: maximaal 50 mg per dag" +
					" · Opmerkingen: niet op meer dan 9 dagen per maand",
			},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			doc := extractPath(t, tt.path)
			seen := map[string]bool{}
			for _, tab := range doc.Tables {
				for i, row := range tab.Rows {
					if len(row) == 0 || !slices.Contains(tt.first, row[0]) {
						t.Errorf("not a whole row: %q", tab.RowText(i))
						continue
					}
					if want, ok := tt.row[row[0]]; ok && tab.RowText(i) != want {
						t.Errorf("row %q:\n got %q\nwant %q", row[0], tab.RowText(i), want)
					}
					seen[row[0]] = true
				}
				if !slices.ContainsFunc(tt.headers, func(h []string) bool { return slices.Equal(tab.Header, h) }) {
					t.Errorf("header %q, want one of %q", tab.Header, tt.headers)
				}
				if strings.Contains(tab.Caption, "Verminder") {
					t.Errorf("a header cell's upper line in the caption %q", tab.Caption)
				}
			}
			for _, p := range doc.Pages {
				for _, b := range strings.Split(p.Text, "\n\n") {
					if b == "Verminder" {
						t.Errorf("page %d: a header cell's upper line left in the text", p.Number)
					}
				}
			}
			for _, f := range append(tt.first[len(tt.first)-3:], slices.Collect(maps.Keys(tt.row))...) {
				if !seen[f] {
					t.Errorf("no row of %q", f)
				}
			}
		})
	}
}

// Lines with text in the first column start rows unless the line breaks
// show a wrapped cell: in the columns seen to wrap elsewhere in the table,
// no next word would have fitted on the line above and none starts with a
// capital. Columns of labels and numbers that never wrap ("Beam of light
// I*" over "Beam of light II*", "5 mg/kg" over "2 mg/kg") leave no room
// for the next cell either, and their lines stay rows; a cell that resumes
// in a column after a blank line starts a row.
func TestPDFRowStarts(t *testing.T) {
	word := func(text string, x0, x1 float64) pdfWord { return pdfWord{text: text, x0: x0, x1: x1, size: 10} }
	line := func(cells ...[]pdfWord) pdfTableLine { return pdfTableLine{cells: cells} }
	shape := pdfColumnShape{rights: []float64{85, 210, 300}, wraps: []bool{false, true, true}}
	wrapped := line([]pdfWord{word("(neusspray", 0, 60), word("10", 62, 75)},
		[]pdfWord{word("50", 110, 120), word("mg", 122, 135), word("bij", 137, 150), word("het", 152, 165), word("begin", 167, 195)},
		[]pdfWord{word("1", 210, 215), word("mg/kg", 217, 245), word("bij", 247, 260), word("het", 262, 275), word("begin", 277, 298)})
	tests := []struct {
		name  string
		cur   []pdfTableLine
		l     pdfTableLine
		shape pdfColumnShape
		want  bool
	}{
		{"wrapped in every column", []pdfTableLine{wrapped},
			line([]pdfWord{word("mg", 0, 15)}, []pdfWord{word("van", 110, 125)}, []pdfWord{word("van", 210, 225)}), shape, false},
		{"wrapped in one column", []pdfTableLine{wrapped},
			line([]pdfWord{word("mg", 0, 15)}, []pdfWord{word("van", 110, 125)}, nil), shape, false},
		{"a word would have fitted", []pdfTableLine{wrapped},
			line([]pdfWord{word("mg", 0, 15)}, []pdfWord{word("a", 110, 114)}, []pdfWord{word("van", 210, 225)}), shape, true},
		{"a capital starts a cell", []pdfTableLine{wrapped},
			line([]pdfWord{word("mg", 0, 15)}, []pdfWord{word("Van", 110, 125)}, []pdfWord{word("van", 210, 225)}), shape, true},
		{"columns that never wrap", []pdfTableLine{line([]pdfWord{word("Beam", 0, 30), word("of", 32, 40), word("light", 42, 70), word("I*", 72, 80)},
			[]pdfWord{word("5", 110, 115), word("mg/kg", 117, 140)}, []pdfWord{word("92", 210, 220)})},
			line([]pdfWord{word("Beam", 0, 30), word("of", 32, 40), word("light", 42, 70), word("II*", 72, 84)},
				[]pdfWord{word("2", 110, 115), word("mg/kg", 117, 140)}, []pdfWord{word("92", 210, 220)}),
			pdfColumnShape{rights: []float64{84, 141, 220}, wraps: []bool{false, false, false}}, true},
		{"a column resumes", []pdfTableLine{wrapped, line(nil, []pdfWord{word("van", 110, 125)}, nil)},
			line([]pdfWord{word("kordipram", 0, 60)}, []pdfWord{word("start", 110, 125)}, []pdfWord{word("niet", 210, 225)}), shape, true},
		// "a" fits after "begin" with a space of 2 (0.2 em), not with the
		// 3.3 the words of "start 1 dd" stand apart
		{"the line's own word space", []pdfTableLine{line([]pdfWord{word("beluxaan", 0, 50)},
			[]pdfWord{word("start", 110, 130), word("1", 133.3, 138), word("dd", 141.3, 200)}, nil)},
			line([]pdfWord{word("tablet", 0, 40)}, []pdfWord{word("a", 110, 118)}, nil), shape, false},
		{"a word broken by a hyphen", []pdfTableLine{line([]pdfWord{word("beluxaan", 0, 50)},
			[]pdfWord{word("niet", 110, 130), word("gereg-", 132, 160)}, []pdfWord{word("eGFR", 210, 240)})},
			line([]pdfWord{word("tablet", 0, 40)}, []pdfWord{word("istreerd", 110, 150)}, []pdfWord{word("a", 210, 214)}), shape, false},
		{"room the typesetter leaves where cells go on", []pdfTableLine{wrapped},
			line([]pdfWord{word("mg", 0, 15)}, []pdfWord{word("a", 110, 114)}, []pdfWord{word("van", 210, 225)}),
			pdfColumnShape{rights: shape.rights, wraps: shape.wraps, slack: 10}, false},
		// "mg)" closes the bracket of "(capsule 75", "maximaal" goes on
		// after the lead-in "30–59:"; the columns' single words above say
		// nothing of the room
		{"a bracket closed below", []pdfTableLine{line([]pdfWord{word("(capsule", 0, 40), word("75", 42, 52)}, nil, []pdfWord{word("30–59:", 210, 240)})},
			line([]pdfWord{word("mg)", 0, 15)}, nil, nil), shape, false},
		{"a lead-in", []pdfTableLine{line([]pdfWord{word("(capsule", 0, 40), word("75", 42, 52)}, nil, []pdfWord{word("30–59:", 210, 240)})},
			line(nil, nil, []pdfWord{word("maximaal", 210, 250), word("1", 252, 257)}), shape, false},
		{"a bracket not closed below", []pdfTableLine{line([]pdfWord{word("(see", 0, 20)}, nil, nil)},
			line([]pdfWord{word("7a", 0, 15)}, nil, nil), shape, true},
		{"a lead-in over a capital", []pdfTableLine{line(nil, nil, []pdfWord{word("Kinderen:", 210, 250)})},
			line([]pdfWord{word("tessamol", 0, 40)}, nil, []pdfWord{word("Volwassenen:", 210, 270)}), shape, true},
		{"a lead-in over an item's letter", []pdfTableLine{line([]pdfWord{word("amount:", 0, 40)}, nil, nil)},
			line([]pdfWord{word("i", 0, 4), word("Nontaxable", 6, 60)}, nil, nil), shape, true},
		{"an open cell and a cell that ended", []pdfTableLine{wrapped, line([]pdfWord{word("(capsule", 0, 40), word("75", 42, 52)},
			[]pdfWord{word("van", 110, 125), word("het", 127, 140)}, nil)},
			line([]pdfWord{word("mg)", 0, 15)}, []pdfWord{word("a", 142, 146)}, nil), shape, true},
	}
	for _, tt := range tests {
		if got := pdfRowStarts(tt.cur, tt.l, tt.shape); got != tt.want {
			t.Errorf("%s: pdfRowStarts = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// LibreOffice Writer/Web sets a table without borders with gutters hardly
// wider than a word space, centres some cells in their row's height and
// breaks a row at the page under the repeated header; its bordered table
// stands with its header and one wrapped row at the foot of a page
// (scripts/gen-table-fixtures.sh, section 2b). Every row names its drug
// and pairs each cell with its header; the row broken at the page is one
// row, and the wrapped first cell stays in its row.
func TestPDFTablesLibreOfficeNarrow(t *testing.T) {
	doc := extractPath(t, "testdata/tables/libreoffice-narrow.pdf")
	tests := []struct {
		key   string
		cells []string
	}{
		{"Middel: velmozine · Vorm: tablet 50 mg, 100 mg; drank 10 mg/ml", []string{
			"Volwassenen: 1 dd 100 mg gedurende 7 dagen",
			"≥ 30 kg: als volwassenen; alle gedurende 7 dagen", // the part on the next page
			"Bij leverfunctiestoornis: Child-Pugh A: geen aanpassing; Child-Pugh B: 1 dd 50 mg; Child-Pugh C: niet gebruiken",
			"Opmerkingen: innemen met voedsel; hoofdpijn bij 8%",
		}},
		{"Middel: dorapraxol", []string{
			"Kinderen: < 6 jaar: niet gebruiken; ≥ 6 jaar: 1 dd 1 verstuiving per neusgat",
			"Bij leverfunctiestoornis: geen aanpassing",
		}},
		{"Middel: kelvastine", []string{
			"Kinderen: < 1 jaar: 1 dd 125 mg; 1–6 jaar: 2 dd 125 mg; > 6 jaar: 2 dd 250 mg",
			"Bij leverfunctiestoornis: Child-Pugh C: halveren",
		}},
		{"Middel: tralmicine", []string{
			"Kinderen: < 12 jaar: niet gebruiken",
			"Opmerkingen: niet combineren met sint-janskruid",
		}},
		{"Kenmerk: Hartfrequentie (< 1 jaar)", []string{"Licht: < 140/min", "Ernstig, verwijzen dezelfde dag: > 160/min"}},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			row := rowWith(doc, tt.key)
			if row == "" {
				t.Fatalf("no row with %q", tt.key)
			}
			for _, c := range tt.cells {
				if !strings.Contains(row, c) {
					t.Errorf("row %q\nlacks %q", row, c)
				}
			}
		})
	}
	if len(doc.Tables) != 2 {
		t.Errorf("%d tables, want 2", len(doc.Tables))
	}
}

// The dose table of ft01 spans both columns in the middle of page 4: the
// text above it and below it keeps its two-column reading order, and the
// note under the table stays outside it. The narrow Tabel 1 (page 3) sits
// in the left column: the right column beside it is not swallowed.
func TestPDFTableReadingOrder(t *testing.T) {
	doc := extractPath(t, filepath.Join(guidelinesDir, "ft01-ambervlekkenziekte.pdf"))
	page := func(n int) string { return doc.Pages[n-1].Text }
	assertOrder(t, page(4),
		"Zie tabel 2 voor de dosering bij kinderen",
		"4.3.2 Symptomatische behandeling",
		"Tabel 2 Dosering van geneesmiddelen bij ambervlekkenziekte\n\nMiddel: tarvomycine",
		"Middel: quilmeprofen",
		"dd = maal per dag; eGFR in ml/min/1,73 m2.",
		"4.3.3 Contra-indicaties",
		"4.3.4 Zwangerschap en borstvoeding",
		"4.3.5 Interacties",
	)
	assertOrder(t, page(3),
		"Stel de diagnose aan de hand van de criteria in tabel 1.",
		"Tabel 1 Diagnostische categorieën\n\nCategorie: Waarschijnlijk",
		"Categorie: Gecompliceerd",
		"4 Richtlijnen beleid",
	)
	for _, tab := range doc.Tables {
		for r := range tab.Rows {
			for _, outside := range []string{"dd = maal per dag", "Richtlijnen beleid", "Voorlichting"} {
				if s := tab.RowText(r); strings.Contains(s, outside) {
					t.Errorf("table %q row %d swallowed %q: %q", tab.Caption, r, outside, s)
				}
			}
		}
	}
}

// pdflatex's table* spans both columns at the top of a page: the column
// text below it follows it, and a caption set below a table goes with it.
func TestPDFTableSpanningLatex(t *testing.T) {
	doc := extractPath(t, "testdata/tables/latex-twocol.pdf")
	assertOrder(t, doc.Pages[1].Text,
		"Tabel 3: Dosering bij loverkramp\n\nMiddel: kramolol",
		"Middel: spasmidine",
		"8 Evaluatie",
		"Onderdeel 5 van de nazorg sluit af met een korte evaluatie.",
	)
	if row := rowWith(doc, "Gewicht: onder 20 kg"); !strings.Contains(row, "0–4 jaar: 2,5 ml · 5–11 jaar: 5 ml") {
		t.Errorf("numeric header not paired: %q", row)
	}
}

// Chromium, two columns: a header row above the first of the rules drawn
// under each row, a zebra-striped table without rules in the right column
// beside running text, and a grid table over three pages.
func TestPDFTablesChromium(t *testing.T) {
	doc := extractPath(t, "testdata/tables/chromium-tables.pdf")
	var got []string
	for _, tab := range doc.Tables {
		got = append(got, fmt.Sprintf("%s | %s | %d rows", tab.Caption, strings.Join(tab.Header, " / "), len(tab.Rows)))
	}
	want := []string{
		"Tabel 1 Ernst naar aantal vlekken | Ernst / Vlekken / Beleid | 4 rows",
		"Tabel 2 Dosering bij korstvlekziekte | Middel / Volwassenen / Kinderen / Bij nierfunctiestoornis | 3 rows",
		"Tabel 3 Controles tijdens de behandeling | Moment / Onderzoek / Actie bij afwijking | 30 rows",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
	if row := rowWith(doc, "Middel: prexamol"); !strings.Contains(row, "Kinderen: 0,5 ml/kg 3 dd, maximaal 45 ml per dag") {
		t.Errorf("prexamol row %q", row)
	}
	assertOrder(t, allText(doc), "2 Diagnostiek", "Tabel 1 Ernst naar aantal vlekken", "Ernst: zeer ernstig",
		"Beoordeel de ernst opnieuw", "3 Behandeling", "Tabel 2 Dosering", "Middel: prexamol", "Stop de behandeling bij huiduitslag")
}

// A table running onto the next pages with its header repeated (LaTeX
// longtable) is one table; the repeated header is not a row, and the
// continuation has no caption block of its own.
func TestPDFTableContinues(t *testing.T) {
	doc := extractPath(t, "testdata/tables/latex-tables.pdf")
	if len(doc.Tables) != 2 {
		t.Fatalf("%d tables, want 2:\n%s", len(doc.Tables), renderTables(doc))
	}
	tab := doc.Tables[1]
	if len(tab.Rows) != 33 || tab.Page != 1 {
		t.Errorf("table 2: %d rows from page %d, want 33 from page 1", len(tab.Rows), tab.Page)
	}
	for r := range tab.Rows {
		if strings.Contains(tab.RowText(r), "Moment: Moment") {
			t.Errorf("repeated header taken as row %d", r)
		}
	}
	pages := map[int]bool{}
	for _, p := range doc.Pages {
		for _, b := range p.Blocks {
			if b.Table == 2 && b.Kind == TableRow {
				pages[p.Number] = true
			}
			if b.Kind == Caption && p.Number > 1 {
				t.Errorf("caption block on page %d", p.Number)
			}
		}
	}
	if len(pages) != 3 {
		t.Errorf("rows of table 2 on pages %v, want 1, 2 and 3", pages)
	}
}

// The bundled reports have two-column pages, footnote lists and figures but
// no tables: none may be found.
func TestPDFNoFalseTables(t *testing.T) {
	for _, path := range []string{kompasPath, "../../corpus/nivel-inzet-ai-huisartsenpraktijken.pdf"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if _, err := os.Stat(path); err != nil {
				t.Skipf("corpus not available: %v", err)
			}
			doc := extractPath(t, path)
			if len(doc.Tables) != 0 {
				t.Errorf("%d tables found:\n%s", len(doc.Tables), renderTables(doc))
			}
		})
	}
	for _, name := range []string{"chromium-twocol.pdf", "groff-ms.pdf", "ghostscript-ps.pdf"} {
		t.Run(name, func(t *testing.T) {
			if doc := extractFixture(t, name); len(doc.Tables) != 0 {
				t.Errorf("%d tables found:\n%s", len(doc.Tables), renderTables(doc))
			}
		})
	}
}

// synthRow lays out words of width 5 pt per rune from x, one space (3 pt)
// apart, or at the given x positions when cells are given.
func synthRow(y float64, cells ...synthCell) pdfRow {
	r := pdfRow{y: y, size: 10}
	for _, c := range cells {
		x := c.x
		for _, w := range strings.Fields(c.text) {
			n := len([]rune(w))
			r.words = append(r.words, pdfWord{x0: x, x1: x + 5*float64(n), y: y, size: 10, text: w, n: n})
			x += 5*float64(n) + c.space
		}
	}
	return r
}

type synthCell struct {
	x     float64
	text  string
	space float64
}

func TestPDFAlignedTables(t *testing.T) {
	t.Run("three aligned columns", func(t *testing.T) {
		rows := []pdfRow{
			synthRow(700, synthCell{50, "Groep", 3}, synthCell{200, "Dosis", 3}, synthCell{350, "Maximum", 3}),
			synthRow(686, synthCell{50, "volwassenen", 3}, synthCell{200, "2 dd 500 mg", 3}, synthCell{350, "3000 mg", 3}),
			synthRow(672, synthCell{50, "kinderen", 3}, synthCell{200, "15 mg/kg", 3}, synthCell{350, "60 mg/kg", 3}),
			synthRow(658, synthCell{50, "ouderen", 3}, synthCell{200, "2 dd 250 mg", 3}, synthCell{350, "2000 mg", 3}),
		}
		tab, ok := pdfAlignedTable(rows, 10)
		if !ok {
			t.Fatal("no table")
		}
		want := [][][]string{{{"volwassenen"}, {"2 dd 500 mg"}, {"3000 mg"}}, {{"kinderen"}, {"15 mg/kg"}, {"60 mg/kg"}}, {{"ouderen"}, {"2 dd 250 mg"}, {"2000 mg"}}}
		if diff := cmp.Diff(want, tab.rows); diff != "" {
			t.Errorf("rows (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([][]string{{"Groep"}, {"Dosis"}, {"Maximum"}}, tab.header); diff != "" {
			t.Errorf("header (-want +got):\n%s", diff)
		}
	})
	t.Run("two bold header rows", func(t *testing.T) {
		bold := func(r pdfRow) pdfRow {
			for i := range r.words {
				r.words[i].bold = r.words[i].n
			}
			return r
		}
		rows := []pdfRow{
			bold(synthRow(714, synthCell{50, "Middel", 3}, synthCell{200, "Kinderen", 3}, synthCell{350, "Kinderen", 3})),
			bold(synthRow(700, synthCell{200, "< 12 jaar", 3}, synthCell{350, "≥ 12 jaar", 3})),
			synthRow(686, synthCell{50, "kramolol", 3}, synthCell{200, "5 mg/kg", 3}, synthCell{350, "200 mg", 3}),
			synthRow(672, synthCell{50, "spasmidine", 3}, synthCell{200, "2 mg/kg", 3}, synthCell{350, "40 mg", 3}),
			synthRow(658, synthCell{50, "velcetamol", 3}, synthCell{200, "15 mg/kg", 3}, synthCell{350, "1000 mg", 3}),
		}
		tab, ok := pdfAlignedTable(rows, 10)
		if !ok {
			t.Fatal("no table")
		}
		if diff := cmp.Diff([][]string{{"Middel"}, {"Kinderen", "< 12 jaar"}, {"Kinderen", "≥ 12 jaar"}}, tab.header); diff != "" {
			t.Errorf("header (-want +got):\n%s", diff)
		}
		if len(tab.rows) != 3 {
			t.Errorf("%d rows, want 3", len(tab.rows))
		}
	})
	prose := []string{
		"De huisarts bespreekt met de patient de",
		"doelen van de behandeling en legt de",
		"afspraken vast in het dossier van de",
		"praktijk zodat iedereen dezelfde",
	}
	t.Run("two-column running text", func(t *testing.T) {
		var rows []pdfRow
		for i, s := range prose {
			rows = append(rows, synthRow(700-14*float64(i), synthCell{50, s, 3}, synthCell{320, s, 3}))
		}
		if tab, ok := pdfAlignedTable(rows, 10); ok {
			t.Errorf("table found in two columns of prose: %q", tab.rows)
		}
	})
	t.Run("justified text with wide spaces", func(t *testing.T) {
		// Every gap of a justified line is stretched alike (8 pt here), so
		// gaps that happen to line up over a few lines are no gutters.
		lines := [][3]string{
			{"aaaa bbbbbbbbbbbbb", "ccccccccccccc dddd", "ee fff gggg"},
			{"cccccc ddddddddddd", "eeeee ffffffffffff", "hhhhh iiii"},
			{"eeeeeeee fffffffff", "gggggggggg hhhhhhh", "jj kkkkkk"},
			{"gg hhhhhhhhhhhhhhh", "iii jjjjjjjjjjjjjj", "llll mmm n"},
		}
		var rows []pdfRow
		for i, l := range lines {
			rows = append(rows, synthRow(700-14*float64(i),
				synthCell{50, l[0], 8}, synthCell{150, l[1], 8}, synthCell{250, l[2], 8}))
		}
		if tab, ok := pdfAlignedTable(rows, 10); ok {
			t.Errorf("table found in justified text: %q", tab.rows)
		}
	})
}

// Rules that touch form one region; a lone rule or a frame around a
// paragraph is no table.
func TestPDFRuledRegions(t *testing.T) {
	h := func(y, x0, x1 float64) pdfRule { return pdfRule{pos: y, lo: x0, hi: x1, width: 0.5} }
	v := func(x, y0, y1 float64) pdfRule { return pdfRule{vertical: true, pos: x, lo: y0, hi: y1, width: 0.5} }
	rules := []pdfRule{
		h(700, 50, 300), h(680, 50, 300), h(660, 50, 300), v(50, 660, 700), v(150, 660, 700), v(300, 660, 700),
		h(500, 50, 550),                                   // a separator, far away
		h(300, 60, 400), h(280, 60, 400), h(200, 60, 400), // booktabs: three stacked rules
	}
	regions := pdfRuledRegions(rules)
	if len(regions) != 3 {
		t.Fatalf("%d regions, want 3: %+v", len(regions), regions)
	}
	got := []string{}
	for _, r := range regions {
		got = append(got, fmt.Sprintf("%.0f-%.0f x %.0f-%.0f h%d v%d", r.x0, r.x1, r.bottom, r.top, len(r.hRules), len(r.vRules)))
	}
	want := []string{"50-300 x 660-700 h3 v3", "50-550 x 500-500 h1 v0", "60-400 x 200-300 h3 v0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("regions (-want +got):\n%s", diff)
	}
	frame := pdfRegion{x0: 40, x1: 500, bottom: 600, top: 700,
		hRules: []pdfRule{h(600, 40, 500), h(700, 40, 500)}, vRules: []pdfRule{v(40, 600, 700), v(500, 600, 700)}}
	rows := []pdfRow{
		synthRow(680, synthCell{50, "Kernboodschap: verwijs bij alarmsymptomen dezelfde dag.", 3}),
		synthRow(666, synthCell{50, "Behandel alleen bij koorts langer dan drie dagen.", 3}),
	}
	if tab, ok := pdfRuledTable(rows, frame, 10); ok {
		t.Errorf("framed paragraph taken as table: %q", tab.rows)
	}
}

// BenchmarkExtractTables measures extraction with table detection on the dev
// guidelines and the Kompas; compare with BenchmarkPdftotextTables (target:
// within 1.5×).
func BenchmarkExtractTables(b *testing.B) {
	for _, path := range []string{tableFixtures[0], tableFixtures[1], kompasPath} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Skip(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := PDF(context.Background(), data, PDFOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPdftotextTables(b *testing.B) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not installed")
	}
	for _, path := range []string{tableFixtures[0], tableFixtures[1], kompasPath} {
		b.Run(filepath.Base(path), func(b *testing.B) {
			for b.Loop() {
				if err := exec.Command(bin, "-enc", "UTF-8", path, os.DevNull).Run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A frame around a bulleted list leaves a gutter after the bullets: still
// no table.
func TestPDFFramedListIsNoTable(t *testing.T) {
	frame := pdfRegion{x0: 40, x1: 500, bottom: 600, top: 700,
		hRules: []pdfRule{{pos: 600, lo: 40, hi: 500}, {pos: 700, lo: 40, hi: 500}},
		vRules: []pdfRule{{vertical: true, pos: 40, lo: 600, hi: 700}, {vertical: true, pos: 500, lo: 600, hi: 700}}}
	var rows []pdfRow
	for i, item := range []string{"Verwijs bij nekstijfheid.", "Controleer na drie dagen.", "Stop bij huiduitslag."} {
		rows = append(rows, synthRow(680-14*float64(i), synthCell{50, "•", 3}, synthCell{62, item, 3}))
	}
	if tab, ok := pdfRuledTable(rows, frame, 10); ok {
		t.Errorf("framed list taken as table: %q", tab.rows)
	}
}

// FuzzPDFTables mutates the table fixtures: whatever comes out keeps the
// page invariants and the table invariants (row blocks are their RowText,
// each row once), and nothing panics.
func FuzzPDFTables(f *testing.F) {
	for _, name := range []string{"latex-tables.pdf", "latex-twocol.pdf", "chromium-tables.pdf", "libreoffice.pdf", "groff-plain.pdf"} {
		f.Add(readFixture(f, filepath.Join("tables", name)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := PDF(context.Background(), data, PDFOptions{Timeout: 5 * time.Second, MaxPages: 20})
		if err != nil {
			return
		}
		if err := pdfCheckDocument(doc); err != nil {
			t.Fatal(err)
		}
		if err := checkTableBlocks(doc); err != nil {
			t.Fatal(err)
		}
	})
}

// Boxes of a flowchart joined by connector lines touch like a grid, but
// their text runs across the lines: no table.
func TestPDFDrawingIsNoTable(t *testing.T) {
	h := func(y, x0, x1 float64) pdfRule { return pdfRule{pos: y, lo: x0, hi: x1, width: 0.5} }
	v := func(x, y0, y1 float64) pdfRule { return pdfRule{vertical: true, pos: x, lo: y0, hi: y1, width: 0.5} }
	reg := pdfRegion{x0: 50, x1: 450, bottom: 600, top: 700,
		hRules: []pdfRule{h(700, 50, 200), h(600, 50, 200), h(680, 300, 450), h(620, 300, 450), h(650, 200, 300)},
		vRules: []pdfRule{v(50, 600, 700), v(200, 600, 700), v(300, 620, 680), v(450, 620, 680), v(250, 600, 700)}}
	rows := []pdfRow{
		synthRow(685, synthCell{60, "Koorts langer dan drie dagen bij een kind", 3}),
		synthRow(660, synthCell{60, "Beoordeel de ernst en de vochtbalans bij elk contact", 3}),
		synthRow(640, synthCell{310, "Verwijs bij alarmsymptomen", 3}),
	}
	if tab, ok := pdfRuledTable(rows, reg, 10); ok {
		t.Errorf("drawing taken as table: %q", tab.rows)
	}
}

// A note marker taken from a word in a cell ("250 mg¹") is kept as a link
// of that row.
func TestPDFTableRowNotes(t *testing.T) {
	rows := []pdfRow{
		synthRow(700, synthCell{50, "Middel", 3}, synthCell{200, "Dosis", 3}, synthCell{350, "Maximum", 3}),
		synthRow(686, synthCell{50, "tarvomycine", 3}, synthCell{200, "2 dd 250 mg", 3}, synthCell{350, "1000 mg", 3}),
		synthRow(672, synthCell{50, "nordaxilline", 3}, synthCell{200, "3 dd 400 mg", 3}, synthCell{350, "1200 mg", 3}),
		synthRow(658, synthCell{50, "velcetamol", 3}, synthCell{200, "4 dd 500 mg", 3}, synthCell{350, "3000 mg", 3}),
	}
	rows[2].words[len(rows[2].words)-1].notes = []string{"3"}
	tab, ok := pdfAlignedTable(rows, 10)
	if !ok {
		t.Fatal("no table")
	}
	if diff := cmp.Diff([][]string{nil, {"3"}, nil}, tab.rowNotes); diff != "" {
		t.Errorf("row notes (-want +got):\n%s", diff)
	}
}

// pdfSplitSorted must put every word where pdfSplitColumns puts it, also
// for words whose middle lies on a cut and rows whose middles are out of
// order (overlapping words).
func TestPDFSplitSortedMatchesSplitColumns(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 1))
	cuts := []float64{100, 200, 300}
	for n := range 500 {
		var r pdfRow
		x := 0.0
		for range rng.IntN(12) {
			x += float64(rng.IntN(40))
			w := float64(rng.IntN(30))
			if rng.IntN(8) == 0 {
				x -= 60 // overlaps the words before it
			}
			if rng.IntN(6) == 0 {
				c := cuts[rng.IntN(len(cuts))]
				x = c - w/2 // middle exactly on a cut
			}
			r.words = append(r.words, pdfWord{x0: x, x1: x + w, text: fmt.Sprint(len(r.words))})
			x += w
		}
		rows := []pdfRow{r}
		want := pdfSplitColumns(rows, cuts)
		got := pdfSplitSorted(rows, []bool{pdfMiddlesSorted(r.words)}, cuts)
		if diff := cmp.Diff(want[0].cells, got[0].cells, cmpopts.EquateEmpty(), cmp.AllowUnexported(pdfWord{})); diff != "" {
			t.Fatalf("row %d (-want +got):\n%s", n, diff)
		}
	}
}

// pdfModeCount counts, for the best value, the values within tol of it;
// compared with counting every pair.
func TestPDFModeCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2))
	for n := range 500 {
		xs := make([]float64, rng.IntN(30))
		for i := range xs {
			xs[i] = float64(rng.IntN(40)) / 4
			if rng.IntN(20) == 0 {
				xs[i] = math.NaN()
			}
		}
		want := 0
		for _, a := range xs {
			c := 0
			for _, b := range xs {
				if math.Abs(a-b) <= 1 {
					c++
				}
			}
			want = max(want, c)
		}
		if got := pdfModeCount(slices.Clone(xs), 1); got != want {
			t.Fatalf("case %d %v: got %d, want %d", n, xs, got, want)
		}
	}
}

// Looking for an aligned table must not cost work per word for every run
// of rows (issue 14: every row starts a run, and each run split all its
// rows' words again, so a page of 65,000 glyphs took 7× pdftotext). Three
// columns of running text are no table; with ten times the words per line
// the search allocates hardly more.
func TestPDFAlignedTableWorkPerRow(t *testing.T) {
	page := func(words int) []pdfRow {
		var rows []pdfRow
		for l := range 150 {
			var cells []synthCell
			for _, x := range []float64{20, 20 + 60*float64(words), 40 + 120*float64(words)} {
				cells = append(cells, synthCell{x, strings.Repeat("woord ", words), 1})
			}
			rows = append(rows, synthRow(800-5*float64(l), cells...))
		}
		return rows
	}
	allocs := func(rows []pdfRow) float64 {
		return testing.AllocsPerRun(3, func() {
			if _, ok := pdfAlignedTable(rows, 4); ok {
				t.Fatal("running text taken for a table")
			}
		})
	}
	few, many := allocs(page(5)), allocs(page(50))
	if many > 1.2*few+float64(len(page(5))) {
		t.Errorf("allocations: %.0f with 5 words per cell, %.0f with 50", few, many)
	}
}

// TestPDFTableBrokenAfterHeader reads a Chromium print whose dose table
// breaks after its header (caption and header at the foot of page 1, rows
// under the repeated header on page 2) and has a drug's cell merged over
// two rows: the table keeps its caption, page 1 keeps no orphan caption or
// header, and the merged row names its drug.
func TestPDFTableBrokenAfterHeader(t *testing.T) {
	doc := extractPath(t, "testdata/tables/chromium-merged.pdf")
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(doc.Tables))
	}
	if got := doc.Tables[0].Caption; got != "Tabel 3 Dosering van geneesmiddelen bij rimpelkoorts" {
		t.Errorf("caption %q", got)
	}
	if strings.Contains(doc.Pages[0].Text, "Tabel 3") || strings.Contains(doc.Pages[0].Text, "Toedieningsvorm") {
		t.Errorf("page 1 keeps the caption or the orphan header:\n%s", doc.Pages[0].Text)
	}
	if row := rowWith(doc, "druppels 0,05%"); !strings.HasPrefix(row, "Middel: velcoryne · ") {
		t.Errorf("the merged row: %q, want it to name velcoryne", row)
	}
}

// edgeRows builds rows of words for pdfEdgeCheck: each row a list of cells,
// each cell's words set from the cell's column edge, 6 pt a letter and a
// 3 pt word space; columns 110 pt apart.
func edgeRows(cells [][]string) ([]pdfRow, []bool) {
	var rows []pdfRow
	for i, row := range cells {
		y := 700 - float64(i)*12
		r := pdfRow{y: y, size: 10}
		for c, cell := range row {
			x := 50 + float64(c)*110
			for _, w := range strings.Fields(cell) {
				x1 := x + 6*float64(len(w))
				r.words = append(r.words, pdfWord{x0: x, x1: x1, y: y, size: 10, text: w, n: len(w)})
				x = x1 + 3
			}
		}
		rows = append(rows, r)
	}
	return rows, slices.Repeat([]bool{true}, len(rows))
}

// The edge search takes a table of four columns or more, but not three
// columns (running text set side by side is as often that), not a table of
// contents (a column of dot leaders) and not a line repeated word for word
// (columns that do not vary).
func TestPDFEdgeCheckGuards(t *testing.T) {
	cuts := func(n int) []float64 {
		var cs []float64
		for c := 1; c < n; c++ {
			cs = append(cs, 50+float64(c)*110-4)
		}
		return cs
	}
	table := [][]string{
		{"dravolide", "tablet 50", "2 dd 50", "≥ 6 jaar"},
		{"velcoryne", "spray 50", "2 dd 2", "≥ 12 jaar"},
		{"mentorazol", "zetpil", "niet", "< 2 jaar"},
		{"tessamol", "drank 2", "15 mg", "< 12 jaar"},
	}
	rows, sorted := edgeRows(table)
	if _, ok := pdfEdgeCheck(rows, sorted, cuts(4), 10, false); !ok {
		t.Fatalf("a four-column table is not taken")
	}
	three := make([][]string, len(table))
	for i, r := range table {
		three[i] = r[:3]
	}
	rows, sorted = edgeRows(three)
	if _, ok := pdfEdgeCheck(rows, sorted, cuts(3), 10, false); ok {
		t.Errorf("three narrow-gutter columns taken for a table")
	}
	var toc [][]string
	for _, e := range [][2]string{{"A.3.4 Iterator", "137"}, {"A.3.5 Mediator", "143"}, {"A.3.6 Memento", "148"}, {"A.3.7 Observer", "152"}} {
		toc = append(toc, []string{e[0], ". . .", ". . .", e[1]})
	}
	rows, sorted = edgeRows(toc)
	if _, ok := pdfEdgeCheck(rows, sorted, cuts(4), 10, false); ok {
		t.Errorf("a table of contents with dot leaders taken for a table")
	}
	var repeated [][]string
	for range 5 {
		repeated = append(repeated, []string{"Dit is", "een voorbeeld", "van herhaalde", "tekst."})
	}
	rows, sorted = edgeRows(repeated)
	if _, ok := pdfEdgeCheck(rows, sorted, cuts(4), 10, false); ok {
		t.Errorf("a line repeated word for word taken for a table")
	}
}

// TestPDFTablesReportLab reads two guidelines through reStructuredText and
// rst2pdf (ReportLab; scripts/gen-heldout-guideline.sh). FT-04's dose
// table breaks over a page between whole rows: beluxaan's row, the first
// of page 5, is a row of its own, not the rest of morvastine's before it
// (the breaks of that row's last line alone had said it went on). FT-06's
// header, bold and wrapped, stands alone at the foot of page 2 with its
// rows on page 3: it is the table's header, not two rows.
func TestPDFTablesReportLab(t *testing.T) {
	doc := extractPath(t, "testdata/tables/reportlab-ft04.pdf")
	var first []string
	for _, tab := range doc.Tables {
		if !strings.HasPrefix(tab.Caption, "Tabel 2") {
			continue
		}
		for i, row := range tab.Rows {
			first = append(first, row[0])
			if row[0] == "beluxaan tablet 10 mg, 25 mg" && !strings.HasPrefix(tab.RowText(i), "Middel: beluxaan tablet 10 mg, 25 mg · Volwassenen: start 1 dd 10 mg;") {
				t.Errorf("beluxaan's row %q", tab.RowText(i))
			}
		}
	}
	if want := []string{"tolzarine crème 0,1%", "morvastine zalf 2%", "beluxaan tablet 10 mg, 25 mg", "kestomide tablet 5 mg; drank 1 mg/ml"}; !slices.Equal(first, want) {
		t.Errorf("FT-04's dose rows %q, want %q", first, want)
	}
	doc = extractPath(t, "testdata/tables/reportlab-ft06.pdf")
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables, want FT-06's dose table", len(doc.Tables))
	}
	tab := doc.Tables[0]
	if want := []string{"Middel", "Volwassenen", "Kinderen 6–12 jaar", "Verminderde nierfunctie", "Opmerkingen"}; !slices.Equal(tab.Header, want) {
		t.Errorf("header %q, want %q", tab.Header, want)
	}
	if len(tab.Rows) != 4 || tab.RowText(0) != "Middel: fenolastine (tablet 50 mg) · Volwassenen: 50 mg bij het begin van de aanval, zo nodig na 4 uur herhalen; maximaal 150 mg per dag"+
		" · Kinderen 6–12 jaar: 1 mg/kg bij het begin van de aanval; maximaal 2 mg/kg per dag · Verminderde nierfunctie: eGFR < 30: maximaal 50 mg per dag"+
		" · Opmerkingen: niet op meer dan 9 dagen per maand" {
		t.Errorf("%d rows, the first %q", len(tab.Rows), tab.RowText(0))
	}
}

// TestPDFTablesOrphanCaption: a caption that alone ends a page (a page
// number may stand under it) is the caption of the table at the top of
// the next page, when its label is that of another table's caption in the
// document: Apache FOP's FT-04, LibreOffice's FT-05 and Chromium's FT-07
// left theirs there, and the tables were read without one.
func TestPDFTablesOrphanCaption(t *testing.T) {
	for path, want := range map[string]string{
		"testdata/tables/fop-ft04.pdf":                  "Tabel 2 Dosering van geneesmiddelen bij sintelhuidziekte",
		"../../testdata/heldout/ft05-kwelderkoorts.pdf": "Tabel 1 Kwelderkoorts Ernst Score (KES)",
		"../../testdata/heldout/ft07/ft07-zandbuik.pdf": "Tabel 3 Dosering van geneesmiddelen bij zandbuik",
	} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc := extractPath(t, path)
			var captions []string
			page := 0
			for _, tab := range doc.Tables {
				captions = append(captions, tab.Caption)
				if tab.Caption == want {
					page = tab.Page
				}
			}
			if page == 0 {
				t.Fatalf("captions %q, want %q among them", captions, want)
			}
			for _, p := range doc.Pages {
				if p.Number != page && strings.Contains(p.Text, want) {
					t.Errorf("page %d still holds the caption as text; the table is on page %d", p.Number, page)
				}
			}
		})
	}
}

// TestPDFTablesXeLaTeX: pandoc's longtable through XeLaTeX
// (scripts/gen-heldout-guideline.sh) draws no rules between its rows,
// and TeX breaks the lines of its narrow cells where the next word would
// have fitted ("start 1 dd" over "10 mg;", "2–12 jaar:" over "1 dd,");
// the header's cells stand at the bottom of its row ("Bij" over
// "nierfunc-" over "tiestoornis"), repeated on the next page, and the
// caption stands beside the heading before it. Each drug's row is whole,
// the header read once, the caption the table's; the score table's two
// rows on the next page are its rows.
func TestPDFTablesXeLaTeX(t *testing.T) {
	doc := extractPath(t, "testdata/tables/xelatex-ft04.pdf")
	got := doc.Tables
	if len(got) != 2 {
		t.Fatalf("%d tables, want FT-04's two", len(got))
	}
	score, dose := got[0], got[1]
	if want := []string{"Lichaamsregio", "Oppervlak (0–3)", "Ernst (0–2)", "Maximale regioscore"}; !slices.Equal(score.Header, want) {
		t.Errorf("score table header %q, want %q", score.Header, want)
	}
	// the score table's last two rows stand under its repeated header on
	// the next page, between booktabs' rules (pdfBooktabs)
	var regions []string
	for _, row := range score.Rows {
		regions = append(regions, row[0])
	}
	if want := []string{"hoofd en hals", "romp", "armen en handen", "benen en voeten", "totaal"}; !slices.Equal(regions, want) {
		t.Errorf("score table rows %q, want %q", regions, want)
	}
	if dose.Caption != "Tabel 2 Dosering van geneesmiddelen bij sintelhuidziekte" {
		t.Errorf("dose table caption %q", dose.Caption)
	}
	if want := []string{"Middel", "Volwassenen", "Kinderen", "Bij nierfunctiestoornis", "Bijzonderheden"}; !slices.Equal(dose.Header, want) {
		t.Errorf("dose table header %q, want %q", dose.Header, want)
	}
	var first []string
	for i, row := range dose.Rows {
		first = append(first, row[0])
		if strings.HasPrefix(row[0], "beluxaan") && dose.RowText(i) != "Middel: beluxaan tablet 10 mg, 25 mg · Volwassenen: start 1 dd 10 mg; na 4 weken 1 dd 25 mg indien SEI nog \uFFFD 8"+
			" · Kinderen: niet geregistreerd · Bij nierfunctiestoornis: eGFR 30–44: maximaal 1 dd 10 mg; eGFR < 30: gecontra-indiceerd"+
			" · Bijzonderheden: alleen na overleg met de dermatoloog; innemen met voedsel; teratogeen" {
			t.Errorf("beluxaan's row %q", dose.RowText(i))
		}
	}
	if want := []string{"tolzarine crème 0,1%", "morvastine zalf 2%", "beluxaan tablet 10 mg, 25 mg", "kestomide tablet 5 mg; drank 1 mg/ml"}; !slices.Equal(first, want) {
		t.Errorf("FT-04's dose rows %q, want %q", first, want)
	}
}

// TestPDFTablesOpenCell: FT-08's Markdown through pandoc and XeLaTeX
// (scripts/gen-heldout-guideline.sh) breaks dopravine's "(capsule 75 mg)"
// and "eGFR 30–59: maximaal 1 dd 150 mg" in their narrow cells; below
// them no other cell goes on, and no room tells where the row ends. The
// open bracket and the lead-in keep the row whole (pdfCellOpen).
func TestPDFTablesOpenCell(t *testing.T) {
	doc := extractPath(t, "testdata/tables/xelatex-ft08.pdf")
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables, want FT-08's dose table", len(doc.Tables))
	}
	dose := doc.Tables[0]
	var rows []string
	for i := range dose.Rows {
		rows = append(rows, dose.RowText(i))
	}
	want := []string{
		"Middel: somnarol (tablet 0,1 mg) · Startdosis: 1 dd 0,1 mg, 2 uur voor het slapengaan · Maximale dosis: 1 dd 0,5 mg" +
			" · Ouderen (75 jaar en ouder): start met 1 dd 0,05 mg, maximaal 1 dd 0,25 mg · Verminderde nierfunctie: eGFR < 30: maximaal 1 dd 0,25 mg",
		"Middel: dopravine (capsule 75 mg) · Startdosis: 1 dd 75 mg ’s avonds · Maximale dosis: 1 dd 300 mg" +
			" · Ouderen (75 jaar en ouder): maximaal 1 dd 150 mg · Verminderde nierfunctie: eGFR 30–59: maximaal 1 dd 150 mg; eGFR < 30: niet gebruiken",
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestPDFTablesCentredKey: FT-03's page through pandoc and XeLaTeX sets
// saltrevol's name, merged over its aerosol's and its inhaler's rows,
// half a line below the first of them (scripts/gen-heldout-guideline.sh).
// The aerosol's row is saltrevol's, not the rest of pranolisine's row
// above it: its "zo nodig 2–4 pufjes" was pranolisine's dose.
func TestPDFTablesCentredKey(t *testing.T) {
	doc := extractPath(t, "testdata/tables/xelatex-ft03.pdf")
	var dose *Table
	for i, tab := range doc.Tables {
		if slices.Contains(tab.Header, "Toedieningsvorm") {
			dose = &doc.Tables[i]
		}
	}
	if dose == nil {
		t.Fatal("no dose table")
	}
	rows := map[string]string{}
	for i, row := range dose.Rows {
		rows[row[0]] = dose.RowText(i)
	}
	if r := rows["pranolisine"]; r == "" || strings.Contains(r, "pufjes") || strings.Contains(r, "dosisaerosol") {
		t.Errorf("pranolisine's row %q", r)
	}
	if r := rows["saltrevol"]; !strings.Contains(r, "dosisaerosol 100 microgram/dosis") || !strings.Contains(r, "zo nodig 2–4 pufjes") || !strings.Contains(r, "poederinhalator") {
		t.Errorf("saltrevol's row %q", r)
	}
}

// A header cell spanning two columns ("Kinderen" over "1–5 jaar" and
// "6–11 jaar", a th with colspan) is printed once, in the group's first
// column, as a row of its own; Chromium and WeasyPrint set it a padded
// row's height above the sub-headers. Each column under it gets the label
// (pdfGroupLabels). Before, the second sub-column's header was "6–11
// jaar" alone, and a question about children saw only the 1–5 years'
// cell.
//
// Chromium also leaves the caption below the table ("Tabel 2 Dosering van
// geneesmiddelen bij klepperoor") alone at the top of the next page; it
// is the table's (pdfCaptionsFromPageAfter), not a paragraph over "4.4
// Zwangerschap en borstvoeding".
func TestPDFTablesGroupLabel(t *testing.T) {
	doc := oneTable(t, "testdata/tables/chromium-ft11.pdf", "Tabel 2 Dosering van geneesmiddelen bij klepperoor",
		[]string{"Middel", "Kinderen 1–5 jaar", "Kinderen 6–11 jaar", "Volwassenen en kinderen vanaf 12 jaar"}, 3)
	if strings.Contains(doc.Pages[2].Text, "Tabel 2") {
		t.Errorf("page 3 still holds the caption:\n%s", doc.Pages[2].Text)
	}
	rowsHold(t, doc, map[string][]string{
		"Middel: lindoxan (suspensie 50 mg/ml; tablet 500 mg)": {"Kinderen 6–11 jaar: 2 dd 250 mg"},
	})
}

func TestPDFGroupLabels(t *testing.T) {
	// line sets one word a cell; at sets words placed on the line
	line := func(y float64, cells ...string) pdfTableLine {
		l := pdfTableLine{y: y, cells: make([][]pdfWord, len(cells))}
		for c, s := range cells {
			if s != "" {
				l.cells[c] = []pdfWord{{text: s}}
			}
		}
		return l
	}
	at := func(y float64, cells ...pdfWord) pdfTableLine {
		l := pdfTableLine{y: y, cells: make([][]pdfWord, len(cells))}
		for c, w := range cells {
			if w.text != "" {
				l.cells[c] = []pdfWord{w}
			}
		}
		return l
	}
	word := func(s string, x0, x1 float64) pdfWord { return pdfWord{text: s, x0: x0, x1: x1, size: 10} }
	cuts := []float64{100, 200, 300}
	tests := []struct {
		name   string
		head   []pdfTableLine
		vRules []pdfRule
		want   string
	}{
		{"a label a padded row above its sub-headers",
			[]pdfTableLine{line(700, "Middel", "Kinderen", "", "Volwassenen"), line(680, "", "1–5 jaar", "6–11 jaar", "")},
			nil, "Middel | Kinderen 1–5 jaar | Kinderen 6–11 jaar | Volwassenen"},
		{"a header wrapped one line pitch apart is no label",
			[]pdfTableLine{line(700, "Middel", "Dosering", "", "Volwassenen"), line(688, "", "kinderen", "Duur", "")},
			nil, "Middel | Dosering kinderen | Duur | Volwassenen"},
		{"a rule beside the label parts the next column from it",
			[]pdfTableLine{line(700, "Middel", "Kinderen", "", "Volwassenen"), line(680, "", "1–5 jaar", "Duur", "")},
			[]pdfRule{{vertical: true, pos: 200, lo: 600, hi: 710}}, "Middel | Kinderen 1–5 jaar | Duur | Volwassenen"},
		{"a column with a header line of its own above is not under the label",
			[]pdfTableLine{line(700, "Middel", "Kinderen", "Duur", "Volwassenen"), line(680, "", "1–5 jaar", "in dagen", "")},
			nil, "Middel | Kinderen 1–5 jaar | Duur in dagen | Volwassenen"},
		{"a title in the first column spans the whole table, not a group",
			[]pdfTableLine{line(700, "AXE 1 – RESSOURCES", "", "", ""), line(680, "Axe", "Actions", "Échéancier", "Partenaires")},
			nil, "AXE 1 – RESSOURCES Axe | Actions | Échéancier | Partenaires"},
		// ISO 26262's "Controllability class" over C1, C2 and C3 stands
		// in the middle one
		{"a label centred over its sub-headers",
			[]pdfTableLine{at(700, word("Klasse", 10, 50), pdfWord{}, word("Controle", 220, 260), pdfWord{}),
				at(680, pdfWord{}, word("C1", 120, 130), word("C2", 235, 245), word("C3", 350, 360))},
			nil, "Klasse | Controle C1 | Controle C2 | Controle C3"},
	}
	for _, tt := range tests {
		h := make([][]string, 4)
		for _, l := range tt.head {
			for c, ws := range l.cells {
				if len(ws) > 0 {
					h[c] = append(h[c], ws[0].text)
				}
			}
		}
		pdfGroupLabels(h, tt.head, cuts, tt.vRules, 12)
		var got []string
		for _, c := range h {
			got = append(got, strings.Join(c, " "))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, g, tt.want)
		}
	}
}

// A caption opening a page goes to the table that ends the page before
// only when it stands within the table's width and its number goes on
// from the captions before it, or, with none before, the text cites it.
func TestPDFCaptionsFromPageAfter(t *testing.T) {
	row := func(y float64, x0, x1 float64, text string) pdfRow {
		return pdfRow{y: y, size: 10, words: []pdfWord{{x0: x0, x1: x1, y: y, size: 10, text: text}}}
	}
	marker := pdfRow{y: 200, size: 10, words: []pdfWord{{x0: 60, x1: 540, y: 200, size: 10, table: 1}}}
	tests := []struct {
		name    string
		first   pdfRow // the next page's first row
		before  string // the caption of a table earlier on the page, if any
		cite    string // a row of text on the first page
		caption string
	}{
		{"cited caption within the table", row(780, 60, 400, "Tabel 2 Dosering van geneesmiddelen"), "", "Geef lindoxan (tabel 2).", "Tabel 2 Dosering van geneesmiddelen"},
		{"not cited", row(780, 60, 400, "Tabel 2 Dosering van geneesmiddelen"), "", "Geef lindoxan.", ""},
		{"a running header across the page", row(780, 20, 580, "CHAPTER 6. ERROR HANDLING 23"), "", "see chapter 6 for more", ""},
		{"the next number after the captions before", row(780, 60, 400, "Tabel 2 Dosering"), "Tabel 1 Ernstscore", "", "Tabel 2 Dosering"},
		{"a number that skips one", row(780, 60, 400, "Tabel 3 Dosering"), "Tabel 1 Ernstscore", "", ""},
	}
	for _, tt := range tests {
		raw := []pdfRawPage{
			{rows: []pdfRow{row(700, 60, 400, tt.cite), marker}},
			{rows: []pdfRow{tt.first, row(760, 60, 300, "4.4 Zwangerschap")}},
		}
		tables := []pdfTable{{x0: 60, x1: 540, marker: 1}}
		if tt.before != "" {
			tables = []pdfTable{{x0: 60, x1: 540, marker: 2, caption: []string{tt.before}, captionBelow: true}, tables[0]}
		}
		pages := [][]pdfTable{tables, nil}
		pdfCaptionsFromPageAfter(raw, pages)
		got := strings.Join(pages[0][len(tables)-1].caption, " ")
		if got != tt.caption {
			t.Errorf("%s: caption %q, want %q", tt.name, got, tt.caption)
		}
		if taken := len(raw[1].rows) == 1; taken != (tt.caption != "") {
			t.Errorf("%s: next page's rows %d", tt.name, len(raw[1].rows))
		}
	}
}

// A group label centred over two sub-headers a line above the header
// ("Dosering" over "Volwassenen" and "Kinderen", Chromium's print of a
// th with colspan and no borders) heads both; the column under its middle
// took it alone (pdfLabelOver). The upper line of a header cell set
// higher than its neighbours stays its own column's.
func TestPDFTablesLabelOverTwoColumns(t *testing.T) {
	doc := extractPath(t, "testdata/tables/chromium-grouped-header.pdf")
	want := []string{"Middel", "Dosering Volwassenen", "Dosering Kinderen", "Duur"}
	if len(doc.Tables) != 1 || !slices.Equal(doc.Tables[0].Header, want) {
		t.Fatalf("tables %q, want one with header %q", renderTables(doc), want)
	}
}

// A dose table of two columns without borders ("Groep | Dosering") shares
// one gutter, as a two-column page does, and was read as two columns of
// text: the populations in one paragraph, the doses in another, and the
// header cells as headings ("Groep", "Dosering"), so no row kept its dose
// and a dose question got another drug's row. Under its caption, with one
// column of text around it, it is a table in every producer's print.
func TestPDFTablesTwoColumnsUnderCaption(t *testing.T) {
	for _, name := range []string{"chromium-pair.pdf", "libreoffice-pair.pdf", "latex-pair.pdf"} {
		t.Run(name, func(t *testing.T) {
			doc := oneTable(t, "testdata/tables/"+name, "Tabel 3 Dosering kalvodine", []string{"Groep", "Dosering"}, 5)
			rowsHold(t, doc, map[string][]string{
				"Groep: Volwassenen":                {"Dosering: 2 dd 250 mg; maximaal 1000 mg per dag"},
				"Groep: Kinderen 6–11 jaar":         {"Dosering: 2 dd 125 mg"},
				"Groep: Kinderen jonger dan 6 jaar": {"Dosering: niet gebruiken"},
				"Groep: eGFR < 30":                  {"Dosering: gecontra-indiceerd"},
			})
			if row := rowWith(doc, "Controleer"); row != "" {
				t.Errorf("the paragraph after the table is in a row: %q", row)
			}
		})
	}
}

// testTableLine is a table line at baseline y with the words of each
// cell.
func testTableLine(y float64, cells ...string) pdfTableLine {
	l := pdfTableLine{y: y}
	for _, c := range cells {
		var ws []pdfWord
		for _, f := range strings.Fields(c) {
			ws = append(ws, pdfWord{y: y, text: f})
		}
		l.cells = append(l.cells, ws)
	}
	return l
}

// testRowTexts writes each row as its cells' words joined by " | ".
func testRowTexts(rows [][]pdfTableLine) []string {
	var out []string
	for _, r := range rows {
		var parts []string
		for c := range r[0].cells {
			var ws []string
			for _, l := range r {
				for _, w := range l.cells[c] {
					ws = append(ws, w.text)
				}
			}
			parts = append(parts, strings.Join(ws, " "))
		}
		out = append(out, strings.Join(parts, " | "))
	}
	return out
}

// TestPdfSubRows splits a ruled-off group of lines whose first cell is
// set once above several rows (groff tbl's dose table: the drug above a
// row per population) where the second column starts a phrase that its
// line above does not carry on and the third column starts with it.
func TestPdfSubRows(t *testing.T) {
	line, texts := testTableLine, testRowTexts
	tests := []struct {
		name  string
		lines []pdfTableLine
		want  []string
	}{{
		name: "a row per population",
		lines: []pdfTableLine{
			line(700, "ardovaline", "Volwassenen", "10 mg 1× per dag; zo", "maximaal 20 mg"),
			line(686, "", "", "nodig 10 mg 2× per dag", "per dag"),
			line(672, "", "Kinderen 2–11 jaar", "0,25 mg/kg 1× per dag", "maximaal 10 mg"),
			line(658, "", "eGFR 15–30", "5 mg om de dag", "niet bij eGFR"),
			line(644, "", "ml/min", "", "lager dan 15"),
		},
		want: []string{
			"ardovaline | Volwassenen | 10 mg 1× per dag; zo nodig 10 mg 2× per dag | maximaal 20 mg per dag",
			"ardovaline | Kinderen 2–11 jaar | 0,25 mg/kg 1× per dag | maximaal 10 mg",
			"ardovaline | eGFR 15–30 ml/min | 5 mg om de dag | niet bij eGFR lager dan 15",
		},
	}, {
		name: "a wrapped population goes on",
		lines: []pdfTableLine{
			line(700, "kelmistol", "Volwassenen en", "crème 2% 2× per dag", "maximaal 14"),
			line(686, "", "Kinderen vanaf 12", "dun aanbrengen", "dagen"),
			line(672, "", "Kinderen jonger dan", "crème 1× per dag", "maximaal 7"),
			line(658, "", "Kinderen 2 jaar", "dun aanbrengen", "dagen"),
		},
		want: []string{
			"kelmistol | Volwassenen en Kinderen vanaf 12 | crème 2% 2× per dag dun aanbrengen | maximaal 14 dagen",
			"kelmistol | Kinderen jonger dan Kinderen 2 jaar | crème 1× per dag dun aanbrengen | maximaal 7 dagen",
		},
	}, {
		name: "a continuation in lower case",
		lines: []pdfTableLine{
			line(700, "lurastide", "Volwassenen met", "200 mg", "alleen bij"),
			line(686, "", "astma", "1× per dag", "ernstige jeuk"),
		},
		want: []string{"lurastide | Volwassenen met astma | 200 mg 1× per dag | alleen bij ernstige jeuk"},
	}, {
		// (pdfCentredSubRows: the rows of a name centred on them each
		// get the name)
		name: "a key centred beside its rows heads each of them",
		lines: []pdfTableLine{
			line(700, "", "Volwassenen", "10 mg", "geen"),
			line(686, "pentavir", "Kinderen", "5 mg", "geen"),
		},
		want: []string{"pentavir | Volwassenen | 10 mg | geen", "pentavir | Kinderen | 5 mg | geen"},
	}, {
		name: "two names beside rows that start with none: which rows are whose is not said",
		lines: []pdfTableLine{
			line(700, "", "Volwassenen", "10 mg", "geen"),
			line(686, "pentavir", "Kinderen", "5 mg", "geen"),
			line(672, "", "Ouderen", "5 mg", "geen"),
			line(630, "soralide", "Kinderen", "2 mg", "geen"),
		},
		want: []string{"pentavir soralide | Volwassenen Kinderen Ouderen Kinderen | 10 mg 5 mg 5 mg 2 mg | geen geen geen geen"},
	}, {
		name: "a heading in capitals goes on",
		lines: []pdfTableLine{
			line(700, "ROUTE", "Domestic", "International", "JAL"),
			line(686, "", "PAX FLT", "PAX FLT", "TTL"),
		},
		want: []string{"ROUTE | Domestic PAX FLT | International PAX FLT | JAL TTL"},
	}, {
		name: "two columns stay one row",
		lines: []pdfTableLine{
			line(700, "paracetamol", "500 mg 3 dd"),
			line(686, "", "Maximaal 3 g per dag"),
		},
		want: []string{"paracetamol | 500 mg 3 dd Maximaal 3 g per dag"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(pdfSubRows(tt.lines, len(tt.lines[0].cells)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("pdfSubRows:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestPdfCellRowsCentredMergedKeys reads the rows of a borderless table
// whose cells are centred vertically and whose first column merges each
// drug over its rows (LibreOffice, FT-18): a row's next line 14.3 points
// under a cell's 13-point lines, a drug's name beside the middle of its
// rows, on a line of its own or on a row's line. A list in one cell, its
// items a little further apart than its lines, beside cells of one line,
// is no such table: its lines stay one row.
func TestPdfCellRowsCentredMergedKeys(t *testing.T) {
	line, texts := testTableLine, testRowTexts
	lines := []pdfTableLine{
		line(240.2, "Middel", "Patiëntengroep", "Dosering", "Duur"),
		line(225.9, "", "Volwassenen en kinderen vanaf 12", "", ""),
		line(220.1, "", "", "2× per dag dun", "2 weken"),
		line(212.9, "bermadox", "jaar", "", ""),
		line(200.0, "", "Kinderen 4–11 jaar", "1× per dag", "1 week"),
		line(185.6, "", "Volwassenen", "250 mg 2× per dag", "14 dagen"),
		line(171.3, "", "", "10 mg/kg 2× per dag, max", ""),
		line(165.5, "", "Kinderen 4–11 jaar", "", "10 dagen"),
		line(158.3, "oravencil", "", "250 mg per gift", ""),
		line(145.4, "", "Kinderen 12–17 jaar", "250 mg 2× per dag", "14 dagen"),
		line(131.0, "", "eGFR 30–60", "250 mg 1× per dag", "14 dagen"),
		line(116.7, "", "Volwassenen", "5 mg 1× per dag", "4 weken"),
		line(102.3, "", "≥ 75 jaar", "2,5 mg 1× per dag", "4 weken"),
		line(95.2, "taliprozine", "", "", ""),
		line(88.0, "", "Kinderen 4–11 jaar", "niet gebruiken", "–"),
		line(73.6, "", "eGFR 30–60", "niet gebruiken", "–"),
		line(59.3, "quellomide", "Volwassenen", "40 mg 1× per dag", "5 dagen"),
	}
	want := []string{
		"Middel | Patiëntengroep | Dosering | Duur",
		"bermadox | Volwassenen en kinderen vanaf 12 jaar | 2× per dag dun | 2 weken",
		"bermadox | Kinderen 4–11 jaar | 1× per dag | 1 week",
		"oravencil | Volwassenen | 250 mg 2× per dag | 14 dagen",
		"oravencil | Kinderen 4–11 jaar | 10 mg/kg 2× per dag, max 250 mg per gift | 10 dagen",
		"oravencil | Kinderen 12–17 jaar | 250 mg 2× per dag | 14 dagen",
		"oravencil | eGFR 30–60 | 250 mg 1× per dag | 14 dagen",
		"taliprozine | Volwassenen | 5 mg 1× per dag | 4 weken",
		"taliprozine | ≥ 75 jaar | 2,5 mg 1× per dag | 4 weken",
		"taliprozine | Kinderen 4–11 jaar | niet gebruiken | –",
		"taliprozine | eGFR 30–60 | niet gebruiken | –",
		"quellomide | Volwassenen | 40 mg 1× per dag | 5 dagen",
	}
	if got := texts(pdfCellRows(lines, 4, 10, 1)); !slices.Equal(got, want) {
		t.Errorf("pdfCellRows:\n got %q\nwant %q", got, want)
	}

	// a list in a cell: items 12 points apart, its lines 11
	list := []pdfTableLine{
		line(300, "Contrôle", "Dysfonction", "• Infections"),
		line(294, "", "", "encéphalite"),
		line(288, "", "", "• Traumatismes"),
		line(276, "", "", "• Tumeurs"),
		line(264, "", "", "• AVC"),
		line(253, "", "", "tronc"),
		line(241, "", "", "• Sédatifs"),
		line(220, "Pompe", "Altération", "• Corne"),
		line(209, "", "", "• Nerfs"),
		line(197, "", "", "• Jonction"),
		line(180, "Cage", "Pathologie", "• Obésité"),
		line(169, "", "", "• Epanchement"),
	}
	if step := pdfNextStep(list, 3, []float64{6, 6, 12, 12, 11, 12, 11, 12, 17, 11}, 6); !math.IsInf(step, 1) {
		t.Errorf("pdfNextStep of a list in one cell = %v, want none", step)
	}
}

// asciidoctor-pdf sets an admonition's label ("LET OP", "WAARSCHUWING")
// in a column of its own, centred beside the block's lines: it shares a
// baseline with a line in the block's middle and was read into that
// sentence ("de medicatie met LET OP de apotheker"). It stands before the
// block now (pdfSideLabels).
func TestPDFSideLabelBeforeItsBlock(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft21/ft21-rijpvinger.pdf")
	all := pagesText(doc)
	for _, want := range []string{"LET OP Bespreek bij ouderen", "de medicatie met de apotheker", "WAARSCHUWING Zalmeroxan is in de hele zwangerschap", "Sluit bij vrouwen die zwanger"} {
		if !strings.Contains(all, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
}

// ConTeXt's FT-22 rules off each drug of its dose table and sets the
// drug's populations' rows apart by padding only: 19.4 pt from a row's
// last line to the next row's first, 14.6 pt between a cell's lines, the
// populations in lower case ("kinderen 10–24 kg"). Each is a row of its
// own (pdfSubRows), not one row of every population's doses.
func TestPDFSubRowsApartByPadding(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft22/ft22-schelpnagel.pdf")
	var rows []string
	for _, tab := range doc.Tables {
		for r := range tab.Rows {
			if row := tab.RowText(r); strings.Contains(row, "brelomycine capsule 250 mg") {
				rows = append(rows, row)
			}
		}
	}
	want := []string{"volwassenen", "kinderen 10–24 kg", "kinderen 25–39 kg", "kinderen < 10 kg", "ouderen ≥ 75 jaar", "eGFR 30–59", "eGFR 15–29", "eGFR < 15"}
	if len(rows) != len(want) {
		t.Fatalf("brelomycine's rows %q, want %d", rows, len(want))
	}
	for i, w := range want {
		if !strings.Contains(rows[i], "Patiëntgroep: "+w+" ·") {
			t.Errorf("row %d %q\nwant the population %q", i+1, rows[i], w)
		}
	}
}

// ConTeXt sets FT-22's definitions with their terms in a narrow column
// beside them. Read as two columns, all terms came first and all
// definitions after them, one paragraph: "Waar staat SNI voor?" had no
// passage that says it. Each term now goes with its definition, "Term:
// definition", as the HTML extractor reads <dl> (pdfLabelRun).
func TestPDFTermsBesideTheirDefinitions(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft22/ft22-schelpnagel.pdf")
	all := pagesText(doc)
	for _, want := range []string{"Schelpnagel: een ontsteking van de nagelriem", "Schelpnagel-Index (SNI): een ernstscore met vijf onderdelen",
		"Recidiverende schelpnagel: drie of meer episoden"} {
		if !strings.Contains(all, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
}

// ConTeXt's FT-22 sets a note in the left margin, smaller than the text,
// beside the last line of a step of its plan and the next step: "Let op:
// ECG bij" / "QT-verlengende" / "middelen". Its words had been read into
// those lines ("voeg brelomycine toe Let op: ECG bij aan tirvanoxal"); the
// note stands after them now (pdfMarginNotes).
func TestPDFMarginNoteApart(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft22/ft22-schelpnagel.pdf")
	all := pagesText(doc)
	for _, want := range []string{"voeg brelomycine toe aan tirvanoxal.", "Let op: ECG bij QT-verlengende middelen"} {
		if !strings.Contains(all, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
}

// ReportLab's FT-24 sets Etiologie in a narrow justified column whose
// spaces stretch to more than an em; those of "Er worden twee typen
// onderscheiden. Bij" and "wierookhoest type A is er een allergische"
// line up into strips of white that had been read as gutters ("Er worden
// twee wierookhoest type typen A is onderscheiden."). A strip as wide as
// its lines' own spaces is no gutter (pdfJustifiedStrip).
func TestPDFJustifiedSpacesAreNoGutter(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft24/ft24-wierookhoest.pdf")
	if want := "Er worden twee typen onderscheiden. Bij wierookhoest type A is er een allergische component"; !strings.Contains(pagesText(doc), want) {
		t.Errorf("the text lacks %q", want)
	}
}

// pagesText returns the text of a document's pages with its white space
// made single spaces.
func pagesText(doc *Document) string {
	var text strings.Builder
	for _, p := range doc.Pages {
		text.WriteString(p.Text)
		text.WriteString(" ")
	}
	return strings.Join(strings.Fields(text.String()), " ")
}

// TestPDFRowsPartedByShading reads tables whose rows are parted by their
// shading alone. LuaLaTeX's FT-26 draws column rules and a rule above
// each drug, shades every other row (\rowcolors) and sets each drug's
// name in a shaded row across the table above its populations' rows:
// the rows of a drug had been read as one, the populations of one column
// side by side ("Volwassenen 18–69 jaar Kinderen 6–11 jaar …"), and the
// drug's name as a row of its own, its words dealt out over the columns,
// so no dose row named its drug. pdfLaTeX's FT-19 shades every other
// row between booktabs rules. The shading's edges part the rows
// (pdfWithBands), where a shade ends and no band of its colour goes on;
// a row across the table whose text runs over the column rules' places
// heads its group (pdfGroupRow), a first column of its own.
func TestPDFRowsPartedByShading(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft26/ft26-zilverslaap.pdf", []string{
		"Nevramol (tablet 5 mg, 10 mg) · Populatie: Kinderen 6–11 jaar · Dosering Start: 1 dd 0,1 mg/kg · Dosering Onderhoud: 1 dd 0,15 mg/kg",
		"Cortaxine (tablet 125 mg, 250 mg; drank 50 mg/ml) · Populatie: Ouderen ≥ 70 jaar · Dosering Start: 2 dd 125 mg gedurende 7 dagen",
		"Ulvipride (tablet 25 mg, 50 mg) · Populatie: Ouderen ≥ 70 jaar · Dosering Start: 1 dd 25 mg · Dosering Onderhoud: 1 dd 75 mg",
		"Ulvipride (tablet 25 mg, 50 mg) · Populatie: eGFR < 15 ml/min · Dosering Start: gecontra-indiceerd",
	}, "Kinderen 6–11 jaar Kinderen", "ontbijt")
	wantRows(t, "../../testdata/heldout/ft19/ft19-kiezelvlek.pdf", []string{
		"Middel: pexatrilan tablet 100 mg · Patiëntengroep: eGFR 30–50 · Dosering: 100 mg 2×/dag gedurende 6 weken",
		"Middel: vadrocine tablet 250 mg · Patiëntengroep: ≥ 70 jaar · Dosering: 250 mg 1×/dag gedurende 14 dagen",
	}, "kinderen ≥ 12 jaar eGFR 30–50")
}

// wantRows reads the PDF at path and fails unless some table row holds
// each of want and none holds any of not.
func wantRows(t *testing.T, path string, want []string, not ...string) {
	t.Helper()
	doc := extractPath(t, path)
	var rows []string
	for _, tab := range doc.Tables {
		for i := range tab.Rows {
			rows = append(rows, tab.RowText(i))
		}
	}
	all := strings.Join(rows, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("%s: no row holds %q; rows:\n%s", path, w, all)
		}
	}
	for _, n := range not {
		if strings.Contains(all, n) {
			t.Errorf("%s: a row holds %q", path, n)
		}
	}
}

// TestPDFNoGroupOfCellsApart keeps a row whose cells stand apart in
// their columns a row: python-docx's FT-25 through LibreOffice draws its
// table of contra-indications with rules at its top only, and
// "Pemocyline | Myasthenia gravis | Niet combineren met" had been taken
// for a group's heading, "Pemocyline" then heading tazurofen's rows.
func TestPDFNoGroupOfCellsApart(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft25/ft25-dauwknie.pdf")
	for _, tab := range doc.Tables {
		for i := range tab.Rows {
			if row := tab.RowText(i); strings.Contains(row, "Tazurofen") && strings.Contains(row, "Pemocyline") {
				t.Errorf("row %q names two drugs", row)
			}
		}
	}
}

func TestPDFFillColour(t *testing.T) {
	num := func(vs ...float64) []pdfOperand {
		var out []pdfOperand
		for _, v := range vs {
			out = append(out, pdfOperand{kind: 'n', num: v})
		}
		return out
	}
	for _, tt := range []struct {
		op    string
		args  []pdfOperand
		white bool
	}{
		{"g", num(1), true},
		{"rg", num(1, 1, 1), true},
		{"k", num(0, 0, 0, 0), true},
		{"sc", num(0.9), false},
		{"rg", num(0.82, 0.88, 0.96), false},
		{"k", num(0, 0, 0, 1), false},
		{"scn", []pdfOperand{{kind: '/', str: "P0"}}, false},
		{"cs", []pdfOperand{{kind: '/', str: "DeviceRGB"}}, false},
	} {
		if got := pdfFillColour(tt.op, tt.args).white(); got != tt.white {
			t.Errorf("pdfFillColour(%s %v).white() = %v, want %v", tt.op, tt.args, got, tt.white)
		}
	}
	// one colour set twice is one colour; another is not
	if pdfFillColour("rg", num(0.82, 0.88, 0.96)) != pdfFillColour("sc", num(0.82, 0.88, 0.96)) ||
		pdfFillColour("g", num(0.9)) == pdfFillColour("g", num(0.8)) {
		t.Error("colours compare wrongly")
	}
}

// TestPDFRowGoesOnInAnotherColumn keeps a row whole where a line of its
// second column starts with a capital but another column's line above it
// leads on: FT-25's table of contra-indications (python-docx through
// LibreOffice, no rules between its rows) sets pemocyline's
// "Myasthenia gravis" over "Verlengd QT-interval" beside "Niet
// combineren met" over "claritromycine (QT-verlenging)", and the second
// line had been a row of its own: "Niet combineren met" without what
// (pdfSubRows).
func TestPDFRowGoesOnInAnotherColumn(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft25/ft25-dauwknie.pdf", []string{"Belangrijke interacties: Niet combineren met claritromycine (QT-verlenging)."})
}

// TestPDFKeyRunsOverItsRows reads LaTeX's FT-28 (dvips and Ghostscript),
// whose drug names, set at the top of their rows by \multirow[t], wrap
// over three lines beside populations of one line each, between booktabs
// rules: "pelantrol (tablet" over "125 mg, 250 mg;" over "drank 25
// mg/ml)" beside adults, children of 6–11 and children under 20 kg had
// made those three one row of three doses. A line whose first column
// goes on with the name starts a row where the second column starts a
// phrase and no column leads on, and each row gets the whole name
// (pdfSubRows).
func TestPDFKeyRunsOverItsRows(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft28/ft28-klokvinger.pdf", []string{
		"Middel: pelantrol (tablet 125 mg, 250 mg; drank 25 mg/ml) · Populatie: Kinderen lichter dan 20 kg · Dosering: 10 mg/kg per dag in 2 giften",
		"Middel: dexavirine (capsule 20 mg, 40 mg) · Populatie: Kinderen 2–5 jaar · Dosering: 3 dd 10 mg",
		"Middel: morbulast (tablet 35 mg, 70 mg) · Populatie: Ouderen vanaf 75 jaar · Dosering: 1 keer per week 35 mg gedurende 8 weken",
	}, "Volwassenen Kinderen")
}

// TestPDFColumnsOfShadedCells reads Chromium's print of FT-27, a table
// that draws a border under each row and no column rules, shades every
// other row cell by cell, and heads each drug's rows with a shaded row
// across the table. Without column rules its gutters were all the
// columns it had, and the heading rows ran over them: the table was read
// by alignment, its headings taken for section headings and its rows
// after the page break as text ("eGFR 45–59 … eGFR 30–44 …" apart from
// their doses). The sides of the shaded cells are its columns, and the
// shaded header on its top rule is its own (pdfWithBands).
func TestPDFColumnsOfShadedCells(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft27/ft27-nevelteen.pdf", []string{
		"Sorvanide (tablet 200 mg; suspensie 40 mg/ml) · Patiëntengroep: eGFR 30–44 ml/min/1,73 m2 · Dosering Startdosis: 1 dd 200 mg",
		"Kelomycine (capsule 250 mg; drank 50 mg/ml) · Patiëntengroep: Kinderen 10–20 kg · Dosering Startdosis: 3 dd 20 mg/kg",
		"Trapizol (tablet 50 mg en 100 mg) · Patiëntengroep: Ouderen ≥ 75 jaar · Dosering Startdosis: 1 dd 50 mg",
		// the header's "Maximale" over "dosis", on two shades that meet
		// under a drawn rule: one edge, no row boundary
		"Maximale dosis: 800 mg per dag",
	})
}

// TestPDFGridHeaderOverTwoLines reads the two-row header of Chromium's
// FT-27: "Dosering" over "Startdosis" and "Onderhoud", beside
// "Patiëntengroep", "Maximale dosis" and "Duur" spanning both lines, its
// sub-header not in bold, in a table whose borders and shading part
// every row. The sub-header had been a body row ("Dosering: Startdosis
// · Onderhoud") and each dose row's start and maintenance dose one cell
// under "Dosering"; on the page after the break, where the header is
// repeated, the elderly's row had taken the sub-header's words
// (pdfGridFirstRow).
func TestPDFGridHeaderOverTwoLines(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft27/ft27-nevelteen.pdf", []string{
		"Patiëntengroep: Volwassenen (18 jaar en ouder) · Dosering Startdosis: 2 dd 400 mg · Dosering Onderhoud: 2 dd 200 mg · Maximale dosis: 800 mg per dag",
		"Patiëntengroep: Ouderen ≥ 75 jaar · Dosering Startdosis: 2 dd 300 mg · Dosering Onderhoud: 1 dd 300 mg · Maximale dosis: 600 mg per dag · Duur: 14 dagen",
	}, "Dosering: Startdosis", "Startdosis ·", "mg Startdosis")
}

// TestPDFMergedCellEndsAtItsRule reads pdfmake's FT-29, whose dose table
// breaks over a page inside brantoxim's merged cell and sets seloprine's
// name at the top of its own merged cell, under the rule that ends
// brantoxim's. Centred over all the rows of the page, that name had been
// given to brantoxim's rows above it: brantoxim's contra-indication in
// pregnancy became seloprine's (pdfKeysWithinRules). The merged cell's
// lines fill both of its rows before the break ("Brantoxim tablet 20 mg
// en" over "40 mg"), and the children's row had been brantoxim's only as
// "40 mg" (pdfKeyGoesOn).
func TestPDFMergedCellEndsAtItsRule(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft29/ft29-rimpelgal.pdf", []string{
		"Middel: Brantoxim tablet 20 mg en 40 mg · Populatie: Kinderen 12-17 jaar (≥ 40 kg) · Dosis: 20 mg",
		"Middel: Brantoxim tablet 20 mg en 40 mg · Populatie: Zwangerschap · Dosis: GECONTRA-INDICEERD",
		"Middel: Seloprine tablet 25 mg, 50 mg en 100 mg; tweede lijn · Populatie: Zwangerschap en borstvoeding · Dosis: 50 mg",
	}, "Populatie: Zwangerschap · Dosis: GECONTRA-INDICEERD (teratogeen in dierstudies); kies torvaxeen · Duur", "Middel: 40 mg",
		"Seloprine tablet 25 mg, 50 mg en 100 mg; tweede lijn · Populatie: Zwangerschap · Dosis: GECONTRA")
}

// TestPDFCellAcrossColumns reads a cell that spans columns as one text:
// pdfmake's colSpan (FT-29: "Niet voorschrijven; verwijs naar de
// kinderarts" across the dose, frequency, maximum and duration) and
// AbiWord's merged cells (FT-30), whose words had been dealt out over the
// columns ("Dosis: Niet voorschrijven; verwijs · Frequentie: naar de
// kinderarts"; "Gecontra-indiceerd: 12 jaar. · Frequentie: dravimol niet
// …"). No rule stands between the columns beside the cell, and its text
// runs on over them a word space apart (pdfSpannedCuts).
func TestPDFCellAcrossColumns(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft29/ft29-rimpelgal.pdf", []string{
		"Populatie: Kinderen < 1 jaar · Dosis: Niet voorschrijven; verwijs naar de kinderarts",
	}, "Frequentie: naar de kinderarts")
	wantRows(t, "../../testdata/heldout/ft30/ft30-ganzenrug.pdf", []string{
		"Patiëntgroep: Kinderen < 12 jaar · Dosering per keer: Gecontra-indiceerd: dravimol niet voorschrijven aan kinderen jonger dan 12 jaar.",
		"Patiëntgroep: Zwangerschap · Dosering per keer: Alleen na overleg met de gynaecoloog.",
	}, "Frequentie: dravimol niet")
}

// TestPDFSuperscriptCharacters takes a note marker written as a
// superscript character for a marker: pdfmake's FT-29 names
// "Seloprine²" in its table, set at the text's size and baseline, and
// NFKC had made it "Seloprine2", a word no question names. After a unit
// it stays an exponent ("1,73 m²").
func TestPDFSuperscriptCharacters(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft29/ft29-rimpelgal.pdf", []string{
		"Middel: Seloprine tablet 25 mg",
		"(0,3 ml/kg) ·",
	}, "Seloprine2", "ml/kg)1")
	for s, want := range map[string]byte{"²": '2', "¹": '1', "³": '3', "⁰": '0', "⁷": '7'} {
		if got, ok := pdfSuperscriptDigit(s); !ok || got != want {
			t.Errorf("pdfSuperscriptDigit(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"2", "a", "²²", "₂"} {
		if _, ok := pdfSuperscriptDigit(s); ok {
			t.Errorf("pdfSuperscriptDigit(%q) is a superscript", s)
		}
	}
	if rest, mark := pdfSplitMarker("m2", 1); rest != "m2" || mark != "" {
		t.Errorf("m² split as %q, %q", rest, mark)
	}
}

// TestPDFGridRowsBetweenRules reads Dompdf's FT-31, whose dose table draws
// every cell's borders and merges each drug's cell over its rows
// (rowspan), the drug's name wrapping past its rows' rules. Read by the
// centring of its cells, each printed line had been a row: "Volwassenen,
// eGFR" apart from its "60 of hoger", the name dealt out as "(oraal,
// tablet 10" and "mg)" over them, and tramsolide's adults' dose answered
// for an eGFR of 45 (pdfSplitsSegments). AbiWord's FT-30 draws its table
// of interactions so too.
func TestPDFGridRowsBetweenRules(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft31/ft31-vlinderlong.pdf", []string{
		"Middel: Tramsolide (oraal, tablet 10 mg en 20 mg) · Patiëntengroep: Volwassenen, eGFR 30-59 · Dosis: 10 mg · Frequentie: 1 maal per dag",
		"Middel: Pelorine (oraal, tablet 125 mg en 250 mg) · Patiëntengroep: Ouderen vanaf 75 jaar · Dosis: Start met 125 mg; na 2 weken verhogen naar 250 mg",
	}, "Middel: mg)", "Patiëntengroep: 60 of hoger")
	wantRows(t, "../../testdata/heldout/ft30/ft30-ganzenrug.pdf", []string{
		"Middel: Dravimol · Contra-indicaties: kinderen < 12 jaar zwangerschap en borstvoeding verlengd QT-interval (QTc > 470 ms) · Interacterend middel: claritromycine · Gevolg: sterk verhoogde dravimolspiegel",
	}, "Interacterend middel: fenprocoumon)")
}

// TestPDFDoubleBorderAndHeadingCell reads MuPDF's FT-32: a double border
// at the table's left side (the table's and its cells', 2.5 points apart)
// had made a column of nothing, so that the drug's name stood in the
// second column and was carried down to no row (pdfNoSlivers); and a bold
// row with text in its first cell alone under the bold header ("Stap 2:
// salvotreen (tablet 200 en 400 mg)", MuPDF renders no cell across the
// table) had been joined to the header (pdfFirstCellOnly). The drug,
// named on its first row only, now heads each of its rows.
func TestPDFDoubleBorderAndHeadingCell(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft32/ft32-koperhiel.pdf", []string{
		"Middel: Salvotreen · Populatie: Kinderen 20-30 kg · Dosis per keer: 200 mg",
		"Middel: Quivalast · Populatie: eGFR < 30 · Dosis per keer: gecontra-indiceerd",
		"Middel: Ostreferon · Populatie: eGFR < 30 · Dosis per keer: 75 mg subcutaan",
	}, "Middel Stap 2")
}

// TestPDFColumnRulesAroundSpanningCells reads TCPDF's FT-33, whose dose
// table goes on after a page break with rows whose contra-indication
// cells span the dose columns ("Gecontra-indiceerd: carbexime niet
// gebruiken"). Their words across the column cuts had made the part a
// drawing with text across its lines, and it was read as text: every
// row of carbexime lost, its header taken for section headings. A word
// runs across a line only where a column rule stands beside it, in a
// table whose cuts have rules down most of it (pdfColumnRules). Its note
// letters, raised after a unit or a range ("vanaf 40 kgᵈ", "eGFR
// 30-59ᵃ"), are notes (pdfLetterMarker): "40 kgd" had been no weight.
func TestPDFColumnRulesAroundSpanningCells(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft33/ft33-parelnek.pdf", []string{
		"Middel: Carbexime tablet 250 mg tweede keus (stap 3) · Patiëntgroep: Volwassenen 18-74 jaar · Dosis per keer: 250 mg",
		"Middel: Carbexime tablet 250 mg tweede keus (stap 3) · Patiëntgroep: eGFR lager dan 30 · Dosis per keer: Gecontra-indiceerd: carbexime niet gebruiken",
		"Patiëntgroep: Volwassenen en kinderen vanaf 40 kg · Dosis per keer: 100 mg (10 ml)",
	}, "40 kgd", "eGFR 30-59a")
}

// TestPDFShadingWithinShading reads xhtml2pdf's FT-34, which shades a cell
// spanning the dose columns three times, the cell, its padded inside and
// its paragraph one within the other. The inner shades' edges had parted
// the row between its lines: "Kinderen jonger dan 6" apart from "jaar"
// and "kinderarts." (pdfWithBands, nested).
func TestPDFShadingWithinShading(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft34/ft34-wolkenvoet.pdf", []string{
		"Populatie: Kinderen jonger dan 6 jaar · Dosis: Niet geregistreerd; gebruik tarzolindrank (10-40 kg) of verwijs naar de kinderarts.",
		"Populatie: Kinderen lichter dan 10 kg · Dosis: Niet onderzocht; verwijs naar de kinderarts.",
		"Populatie: Kinderen jonger dan 18 jaar · Dosis: Niet onderzocht; niet voorschrijven.",
	}, "Populatie: jaar", "Populatie: kg")
}

// TestPDFTableDrawnPastThePage reads Calibre's FT-35 (Qt WebEngine), which
// draws its dose table's rules on past the page's edge where the table
// breaks, round the page number in the margin: the region reached below
// the page, the number "4" was a row of pelvaxan ("Populatie: 4"), and
// on the next page the region, reaching above it, was a drawing with
// text across its lines, its rows read without their drug. A region is
// the page's part of it, and the page's own number is no row
// (pdfRunningCandidates).
func TestPDFTableDrawnPastThePage(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft35/ft35-zandoog.pdf", []string{
		"Middel: Pelvaxan tabletten 100 mg en 200 mg · Populatie: Zwangerschap · Dosering: 100 mg",
		"Middel: Dexoral tabletten 25 mg (tweede lijn) · Populatie: eGFR < 30 ml/min/1,73m2 · Dosering: 25 mg",
	}, "Populatie: 4", "Middel Populatie")
}

// TestPDFNameCentredOnItsRows reads pdfLaTeX's FT-37, whose wide dose
// table stands on landscape pages and centres each drug's name on its
// rows (\multirow between booktabs rules, no rule between the
// populations). The segment between two rules begins with a line that
// leaves the first column empty, and each drug had been one row, its
// populations in one cell and its doses in the next, to be matched by
// position (pdfCentredSubRows). The rows after the page break, whose
// drug the page before holds, are rows of their own.
func TestPDFNameCentredOnItsRows(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft37/ft37-korrelhuid.pdf", []string{
		"Middel: Vitrapen (tablet 125 mg, 250 mg) · Populatie: Kinderen 25–39 kg · Startdosis: 8 mg/kg/dag",
		"Middel: Vitrapen (tablet 125 mg, 250 mg) · Populatie: eGFR < 15 · Startdosis: Gecontra-indiceerd: vitrapen niet gebruiken bij eGFR onder 15",
		"Middel: Lomexine (suspensie 40 mg/ml) · Populatie: Kinderen 6–11 jaar · Startdosis: 5 ml (200 mg)",
		"Populatie: Zwangerschap en borstvoeding · Startdosis: Gecontra-indiceerd: adviseer",
	}, "Volwassenen 18–69 jaar Kinderen", "eGFR < 15 Zwangerschap")
}

// TestPDFContinuationUnderItsDrug reads FT-37 again: cetrafol's \multirow
// runs on past the page break, and the rows on the next page leave the
// drug's cell empty. The part before ends its page but for a "vervolg op
// volgende pagina" in smaller type set under it, so it had not been taken
// to end its page and the rows stood without a drug ("Populatie: eGFR <
// 30 · Startdosis: Gecontra-indiceerd"). Lines in the table's own type
// under a part still keep the drug from being carried: ConTeXt's FT-22
// leaves saphradine's first rows there, and its rows on the next page are
// not brelomycine's.
func TestPDFContinuationUnderItsDrug(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft37/ft37-korrelhuid.pdf", []string{
		"Middel: Cetrafol (tablet 10 mg; derde keus) · Populatie: eGFR < 30 · Startdosis: Gecontra-indiceerd",
		"Middel: Cetrafol (tablet 10 mg; derde keus) · Populatie: Kinderen jonger dan 18 jaar · Startdosis: Niet gebruiken",
	})
	wantRows(t, "../../testdata/heldout/ft22/ft22-schelpnagel.pdf", nil, "brelomycine capsule 250 mg; drank 25 mg/ml · Patiëntgroep: eGFR 30–59 · Dosis per keer: 25 mg")
}

// TestPDFRepeatedHeaderOverNoRow reads jsPDF-AutoTable's FT-39, whose
// table of contra-indications breaks before its last row, a note across
// its columns: the header repeated at the top of page 5 stands over that
// note alone, no row of the table's columns, and its bold words had
// become a heading ("Geneesmiddel Contra-indicaties Interactie met
// Maatregel") that the note and the "Controles" section's text after it
// stood under. A header of the page before's last table repeated at the
// top of the page is dropped when no rows can be read under it.
func TestPDFRepeatedHeaderOverNoRow(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft39/ft39-lampionheup.pdf")
	for _, p := range doc.Pages {
		if strings.Contains(p.Text, "Geneesmiddel Contra-indicaties Interactie met Maatregel") {
			t.Errorf("page %d holds the repeated header as text:\n%s", p.Number, p.Text)
		}
	}
	if !strings.Contains(doc.Pages[4].Text, "Algemeen: bij twijfel over een interactie overleggen met de apotheker.") {
		t.Errorf("page 5 lost the table's note:\n%s", doc.Pages[4].Text)
	}
}

// TestPDFStraightCurvesAreRules reads react-pdf's FT-40, which draws each
// side of a cell's border as a path of lines and Bézier curves whose
// control points lie on the line (corners of radius 0). A path with a
// curve had been no rule at all, so no table of the document had rules:
// its dose table after the page break was read as text, the drugs'
// populations in one line and their doses in another, and its repeated
// header as two headings. A curve whose control points lie on its chord
// is a line (pdfStraight).
func TestPDFStraightCurvesAreRules(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft40/ft40-ijzelkuit.pdf", []string{
		"Middel: Kelfazine tablet 200 mg; drank 40 mg/ml · Patiëntengroep: Ouderen ≥ 75 jaar · Dosis per keer: 200 mg",
		"Middel: Dorvamide tablet 25 mg; suspensie 5 mg/ml · Patiëntengroep: Kinderen 20–40 kg · Dosis per keer: 1 mg/kg*",
		"Middel: Ostrapine capsule 2,5 mg en 5 mg · Patiëntengroep: Borstvoeding · Dosis per keer: 2,5 mg",
	})
	for _, tt := range []struct {
		from pdfPoint
		pts  []pdfPoint
		want bool
	}{
		{pdfPoint{52, 807}, []pdfPoint{{52, 807}, {52, 807}, {52, 807}}, true}, // react-pdf's: all at its end
		{pdfPoint{0, 0}, []pdfPoint{{10, 0}, {20, 0}, {30, 0}}, true},          // on the chord
		{pdfPoint{0, 0}, []pdfPoint{{0, 5.5}, {4.5, 10}, {10, 10}}, false},     // a rounded corner
		{pdfPoint{0, 0}, []pdfPoint{{-5, 0}, {40, 0}, {30, 0}}, false},         // past its ends
		{pdfPoint{0, 0}, []pdfPoint{{10, 0.5}, {20, 0.5}, {30, 0}}, false},     // a shallow arc
	} {
		if got := pdfStraight(tt.from, tt.pts); got != tt.want {
			t.Errorf("pdfStraight(%v, %v) = %v, want %v", tt.from, tt.pts, got, tt.want)
		}
	}
}

// TestPDFNoteNumberAfterABand reads fpdf's FT-41, whose dose table marks
// its eGFR bands with a note's number as a superscript character, "eGFR
// < 30¹": taken for an exponent after a number, it read "eGFR < 301", a
// band ten times the patient's eGFR, and "lobetrazine bij eGFR 50" got
// the row for an eGFR below 30. After a number other than 10 it is a
// note marker (pdfMarkerHost).
func TestPDFNoteNumberAfterABand(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft41/ft41-mistboezem.pdf", []string{
		"Middel: Sarvolone · Populatie: eGFR < 30 · Dosis per keer: 100 mg",
		"Middel: Lobetrazine · Populatie: eGFR 30–59 · Dosis per keer: 4 mg",
	}, "eGFR < 301", "30–591", "15–291")
}

// TestPDFRepeatedHeaderOfTwoLines reads pdfme's FT-42, whose dose table
// breaks before its last row, fendaclor's for pregnancy: the header
// repeated over it on the next page has cells of two lines ("Dosis per"
// over "keer"), and it had not been taken for the header, so the row was
// text without its drug and each header cell a heading. A repeated header
// may take as many lines as the header's cells have. Under LibreOffice's
// print of FT-07's Word document, whose header of three lines repeats
// over the rest of a row broken by the page, the rest is that row's (its
// first cell's last line too, alone in its column: pdfJoinBrokenRow), and
// a heading in bold after the table is no row of it.
func TestPDFRepeatedHeaderOfTwoLines(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft42/ft42-koraalrib.pdf", []string{
		"Middel: fendaclor (capsule 25 mg en 50 mg) · Patiëntgroep: Zwangerschap en borstvoeding · Dosis per keer: gecontra-indiceerd: niet gebruiken (kies turvanol)",
	})
	wantRows(t, "testdata/tables/libreoffice-docx-ft07.pdf", []string{
		"Patiënt: Verminderde nierfunctie (eGFR < 30) · Motrexide (tablet 4 mg; drank 0,8 mg/ml): geen aanpassing nodig",
	}, "4.4 Borstvoeding", "Patiënt: < 30)")
}

// TestPDFTablesApartAtTheirCaptions reads pdfLaTeX's FT-46, whose page 4
// holds two booktabs tables of the text's width under a running head
// whose rule spans it too. Stacked by width, the head's rule, both tables
// and the foot's rule had been one region, the dose table read column by
// column (its populations in one paragraph, its doses in another), and
// the flowchart's caption on the next page, "Figuur 1: …", had become the
// second table's (pdfSplitAtCaptions, pdfFigureLabel).
func TestPDFTablesApartAtTheirCaptions(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft46/ft46-muizenoor.pdf", []string{
		"Middel: Ambrazine (oraal) · Populatie: Ouderen (≥ 75 jaar) · Dosis: 125 mg · Frequentie: 2 dd",
		"Middel: Dorpatine (oraal) · Populatie: eGFR 15–29 ml/min · Dosis: 5 mg · Frequentie: om de dag",
		"Middel: Dorpatine · Contra-indicatie of interactie: MAO-remmers",
	}, "Figuur 1")
	doc := extractPath(t, "../../testdata/heldout/ft46/ft46-muizenoor.pdf")
	for _, tab := range doc.Tables {
		if strings.HasPrefix(tab.Caption, "Figuur") {
			t.Errorf("a table takes the figure's caption %q", tab.Caption)
		}
	}
}

// TestPDFFigureCaptionIsNoTables keeps a figure's caption from a table: a
// line that reads like a caption starts one only when its label is no
// figure's ("Figuur 1: Stroomschema …" under FT-46's flowchart, which
// floats to the page after a table).
func TestPDFFigureCaptionIsNoTables(t *testing.T) {
	words := func(s string) []pdfWord {
		var ws []pdfWord
		x := 0.0
		for _, w := range strings.Fields(s) {
			ws = append(ws, pdfWord{text: w, x0: x, x1: x + 5*float64(len(w)), size: 10})
			x += 5*float64(len(w)) + 3
		}
		return ws
	}
	for _, tt := range []struct {
		line string
		want int
	}{
		{"Tabel 2: Contra-indicaties en interacties", 0},
		{"Figuur 1: Stroomschema beleid bij muizenoor", -1},
		{"Figure 3. Flow chart", -1},
		{"Fig. 2 Beslisboom", -1},
	} {
		if got := pdfCaptionStart(words(tt.line)); got != tt.want {
			t.Errorf("pdfCaptionStart(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestPDFPopulationOfTwoLines reads FT-46's dose table again: a
// population set on two lines (\makecell: "Kinderen 6–11 jaar" over
// "(20–40 kg)") has its doses centred between them, on a line of their
// own, and the population's first line had been taken for the rest of
// the row above ("Kinderen 1–5 jaar Kinderen 6–11 jaar (20–40 kg) · 5
// mg/kg 125 mg"). A line that starts a population and whose doses stand
// on the next line, closer than the line above, starts a row
// (pdfCentredSubRows).
func TestPDFPopulationOfTwoLines(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft46/ft46-muizenoor.pdf", []string{
		"Middel: Ambrazine (oraal) · Populatie: Kinderen 1–5 jaar · Dosis: 5 mg/kg · Frequentie: 2 dd",
		"Middel: Ambrazine (oraal) · Populatie: Kinderen 6–11 jaar (20–40 kg) · Dosis: 125 mg · Frequentie: 2 dd",
		"Middel: Cilvestat (oraal) · Populatie: Kinderen 15–30 kg (ca. 4–11 jaar) · Dosis: 100 mg",
	}, "Kinderen 1–5 jaar Kinderen 6–11 jaar")
}

// TestPDFTableContinuedUnderItsCaption joins a table's part on the next
// page that repeats its caption's number ("Tabel 1 … (vervolg)"): pdf-lib's
// FT-57 prints its dose table's last rows so, their drug cell empty, and
// read as a table of their own they dosed no drug ("Kinderen 4-11 jaar · 1
// inhalatie"). A part under its caption repeated starts a row of its own:
// FT-36's continuation starts with another drug, not the rest of the row
// above (pdfSameTableLabel).
func TestPDFTableContinuedUnderItsCaption(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft57/ft57-kwartelhoest.pdf")
	if got := doc.Tables[0].Caption; strings.Contains(got, "vervolg") {
		t.Fatalf("first table %q", got)
	}
	var found bool
	for _, r := range doc.Tables[0].Rows {
		if r[1] == "Kinderen 4-11 jaar" {
			found = true
			if r[0] != "Pendrofam-inhalator (100 microgram per dosis)" {
				t.Errorf("the continued row doses %q", r[0])
			}
		}
	}
	if !found || len(doc.Tables) > 1 && strings.Contains(doc.Tables[1].Caption, "vervolg") {
		t.Errorf("the continuation is a table of its own (%d tables)", len(doc.Tables))
	}
	doc = extractPath(t, "../../testdata/heldout/ft36/ft36-stippelmaag.pdf")
	for _, r := range doc.Tables[0].Rows {
		if strings.HasPrefix(r[0], "Kolmerine") && strings.Contains(r[0], "Sulfadrix") {
			t.Errorf("a row joined across the page: %q", r)
		}
	}
}

// TestPDFRulesDrawnAsImages reads FT-103, LaTeX through dvips and
// Ghostscript: its rules are 1×1 image masks stretched to their length
// (imageRule), and its drugs are parted by double rules, under which the
// column rules stop and start again (pdfJoinDoubleRules). The table had no
// rules at all and was read column by column ("Dosering Duur" a heading,
// "2 dd 500 mg 5 dagen" paragraphs); with its rules, each drug's block
// had been a table of its own whose first row was its caption.
func TestPDFRulesDrawnAsImages(t *testing.T) {
	wantRows(t, "../../testdata/heldout/ft103/ft103-schorrenkoorts.pdf", []string{
		"Middel: Dorvexamide tablet 250 mg; drank 50 mg/ml · Populatie: Ouderen (≥ 70 jaar) · Dosering: 2 dd 250 mg · Duur: 5 dagen",
		"Middel: Plurocilline capsule 400 mg; suspensie 80 mg/ml · Populatie: Volwassenen · Dosering: 3 dd 400 mg",
		"Middel: Tesmanoxacine tablet 100 mg · Populatie: Volwassenen · Dosering: 1 dd 200 mg · Duur: 7 dagen",
		"Middel: Brixamol tablet 75 mg (bij schorrenartritis) · Populatie: Zwangerschap, 1e en 2e trimester · Dosering: 1 dd 75 mg",
		"Criterium: Schorrenkringen op de onderbenen · Punten: 3",
	}, "Dosering Duur")
}

// Chromium prints a grid of drug cards two to a row, each the drug's name
// over lines of a population and its dose (FT-218). Each card is a table
// of its own under its drug's name, its rows holding its own doses only:
// read as one table, the rows had paired one card's lines with the
// other's, all under the right card's name.
func TestPDFCardsSideBySide(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft218/ft218-duinhoest.pdf")
	cards := map[string][]string{ // the drug's name: its rows' doses
		"Drevanoxaan": {"2 dd 500 mg, 7 dagen; max. 1000 mg/dag", "1 dd 500 mg, 7 dagen", "niet gebruiken (teratogeen in dierstudies)"},
		"Kolpemycine": {"dag 1: 1 dd 600 mg, dag 2–5: 1 dd 300 mg; totaal 5 dagen", "1 dd 300 mg, 5 dagen (geen oplaaddosis)"},
		"Tarvesolon":  {"1 dd 30 mg, 5 dagen; niet afbouwen", "1 dd 20 mg, 5 dagen; bij diabetes glucose controleren"},
		"Mirexadol":   {"niet gebruiken (risico op ademhalingsdepressie)", "zo nodig 3 dd 0,25 mg/kg (drank 2 mg/ml); max. 20 mg/dag, max. 5 dagen"},
	}
	heading := ""
	seen := map[string]int{}
	for _, p := range doc.Pages {
		text := []rune(p.Text)
		for _, b := range p.Blocks {
			switch b.Kind {
			case Heading:
				heading = string(text[b.Start:b.End])
			case TableRow:
				row := doc.Tables[b.Table-1].RowText(b.Row)
				for drug, doses := range cards {
					for _, d := range doses {
						if !strings.Contains(row, d) {
							continue
						}
						seen[d]++
						if heading != drug {
							t.Errorf("row %q stands under %q, not under %q", row, heading, drug)
						}
					}
				}
				if strings.Count(row, "Volwassenen")+strings.Count(row, "Borstvoeding") > 1 {
					t.Errorf("row %q holds two cards' lines", row)
				}
			}
		}
	}
	for _, doses := range cards {
		for _, d := range doses {
			if seen[d] != 1 {
				t.Errorf("%d rows hold %q, want 1", seen[d], d)
			}
		}
	}
}

// WeasyPrint breaks FT-221's dose table, grouped by population under rows
// across it, right after the heading of the group for reduced kidney
// function: the heading is the last row of page 3, its rows follow on
// page 4. The heading heads them; read as a row of its own, the rows had
// been the elderly's. A row across the columns that ends a table heads
// nothing and stays a row (FT-34's severity bands under its score).
func TestPDFGroupHeadingAtThePageFoot(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft221/ft221-mistelhoest.pdf")
	for _, key := range []string{"eGFR 30–59: 250 mg 2 dd", "eGFR ≥ 30: normale dosering", "eGFR 15–44: 200 mg 1 dd"} {
		row := rowWith(doc, key)
		if !strings.HasPrefix(row, "Verminderde nierfunctie · ") {
			t.Errorf("row %q is not the group's of reduced kidney function", row)
		}
	}
	if row := rowWith(doc, "Verminderde nierfunctie"); !strings.Contains(row, "Middel: tarvoxine") {
		t.Errorf("the group's heading is a row of its own: %q", row)
	}
	doc = extractPath(t, "../../testdata/heldout/ft34/ft34-wolkenvoet.pdf")
	if row := rowWith(doc, "Totaal 0-4: licht; 5-8: matig; 9-12: ernstig"); row == "" {
		t.Error("the score's bands across its table's last row are lost")
	}
}

// Chromium prints FT-222's dose cells one population's dose a line
// ("Volwassenen: 500 mg 3 dd, 7 dagen" over "Kinderen 1–12 jaar: 10 mg/kg
// 3 dd, 7 dagen"): the lines of a cell that each start with a label are
// parted by a semicolon, where a space had run one population's dose on
// into the next one's label. So are the eGFR bands of FT-01's PDF, one a
// line. A cell's wrapped line ("dag 1: 400 mg") is no label.
func TestPDFLabelledLinesOfACell(t *testing.T) {
	rowsHold(t, extractPath(t, "../../testdata/heldout/ft222/ft222-zwiepkoorts.pdf"), map[string][]string{
		"Middel: velsotrine": {
			"Dosering: Volwassenen: 500 mg 3 dd, 7 dagen; Kinderen 1–12 jaar: 10 mg/kg 3 dd, 7 dagen; Ouderen: 500 mg 2 dd, 7 dagen; eGFR 30–60: 500 mg 2 dd; eGFR < 30: 250 mg 2 dd",
			"Maximum: Volwassenen: 1500 mg/dag; Kinderen: 30 mg/kg/dag; eGFR < 30: 500 mg/dag",
		},
		"Middel: dreptazol": {"Volwassenen: dag 1 400 mg, daarna 200 mg 1 dd, totaal 5 dagen; Kinderen vanaf 8 jaar"},
	})
	rowsHold(t, extractPath(t, "../../testdata/guidelines/ft01-ambervlekkenziekte.pdf"), map[string][]string{
		"Middel: tarvomycine": {"Bij nierfunctiestoornis: eGFR 30–59: 1 dd 500 mg; eGFR < 30: 1 dd 250 mg"},
	})
}

// LibreOffice prints FT-226's dose table under a two-level header:
// "Behandeling" and "Profylaxe na contact", each a cell merged across
// two columns, over "Volwassenen" and "Kinderen". The rows stand no
// further apart than a cell's wrapped lines, but the table's rules part
// the sub-headers and not the merged cells above them: each label heads
// both its columns, where the second had read "Kinderen" alone and a
// child's treatment and prophylaxis could not be told apart.
func TestPDFMergedHeaderCellOverItsColumns(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft226/ft226-sluierkoorts.pdf")
	rowsHold(t, doc, map[string][]string{
		"Middel: Teloxamycine · Behandeling Volwassenen": {
			"Behandeling Kinderen: ≥ 6 maanden: 7,5 mg/kg 3 dd",
			"Profylaxe na contact Volwassenen: 500 mg eenmalig",
			"Profylaxe na contact Kinderen: ≥ 6 maanden: 15 mg/kg eenmalig",
		},
	})
}

// pdfLaTeX sets FT-224's dose table between booktabs rules, its cells in
// p{} columns that it justifies: the wrapped "dag 1: 400 mg, daarna" over
// "200 mg 1 dd" stretches its word spaces past half an em where no other
// row has words, and "daarna" had been a column of its own, on one row
// only. The columns did not line up, and the table of three drugs was
// read as running text (pirafenol's rows, below the last rule between
// the drugs, as a table without header or caption). A column whose words
// stand on one row alone and follow the cell on their left within an em
// is that cell's (pdfOneLineColumns); a title over a table of contents in
// larger type is not (Sphinx's FT-47 keeps its contents' rows).
func TestPDFJustifiedCellsWrappedLine(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft224/ft224-kwartelkoorts.pdf")
	rowsHold(t, doc, map[string][]string{
		"Middel: melbrofloxan · Groep: eGFR 30–59":                 {"Dosering: dag 1: 400 mg, daarna 200 mg 1 dd · Duur: 7 dagen"},
		"Middel: travoxicilline · Groep: Kinderen 3 mnd – 11 jaar": {"Dosering: 20 mg/kg 2 dd"},
		"Middel: pirafenol · Groep: Ouderen (≥ 75 jaar)":           {"Maximum per dag: 1200 mg"},
	})
	if !slices.ContainsFunc(doc.Tables, func(tab Table) bool {
		return tab.Caption == "Tabel 2 Dosering van de middelen bij kwartelkoorts" && len(tab.Rows) == 15
	}) {
		t.Error("no table of the three drugs' 15 rows under its caption")
	}
	if row := rowWith(extractPath(t, "../../testdata/heldout/ft47/ft47-kalkwang.pdf"), "Kernboodschappen"); row != "1 · Kernboodschappen · 1" {
		t.Errorf("FT-47's contents: %q", row)
	}
}

// Chromium prints FT-227's narrow dose table with each drug's cell merged
// down its rows, set at the top over three lines ("pelvanide" /
// "(oraal)," / "eerste keus"), beside rows whose cells wrap. The note's
// raised marker after "mg/ml" shifts that line 5.3 pt below the one above,
// less than a line of its 7.6-point type: taken for the line pitch, it
// made the children's row's next line a padded row of its own ("eerste
// keus · jaar · dagen; drank 40 mg/ml · mg"), and the rows below were
// keyed "eerste keus", without the drug. A step less than 0.9 times the
// line's type is no line pitch (pdfLineSize, pdfSubRows).
func TestPDFRaisedMarkerIsNoLinePitch(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft227/ft227-haverklierkoorts.pdf")
	rowsHold(t, doc, map[string][]string{
		"Groep: Kinderen 3–11 jaar":                          {"Middel: pelvanide (oraal), eerste keus", "Dosering: 8 mg/kg 2 dd, 10 dagen; drank 40 mg/ml"},
		"Groep: Ouderen (≥ 70 jaar) · Dosering: 300 mg 1 dd": {"Middel: pelvanide (oraal), eerste keus"},
	})
	if row := rowWith(doc, "Groep: jaar"); row != "" {
		t.Errorf("a wrapped line is a row of its own: %q", row)
	}
}

// pdfLaTeX sets FT-231's dose table on a landscape page (pdflscape), a
// booktabs table with no rule between its rows, \addlinespace between
// them, and every cell wrapped in p{} columns: the drug's cell too, over
// four or five lines ("Moravoxine" / "(eerste keus;" / "tablet 250 mg," /
// "drank 50 mg/ml)"). Each line with text in the first column had been
// a row of its own, the doses cut off from their drug ("Middel: drank 50
// mg/ml) · Zwangerschap: 500 mg 3 dd"). The rows stand 1.8 pitches apart,
// each first line's drug starts with a capital and no wrapped line does:
// the rows are padded (pdfPaddedByGaps).
func TestPDFWrappedKeysOfAPaddedTable(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft231/ft231-veenvlekziekte.pdf")
	rowsHold(t, doc, map[string][]string{
		"Middel: Moravoxine (eerste keus; tablet 250 mg, drank 50 mg/ml)":      {"Zwangerschap: 1e trimester: gecontra-indiceerd; 2e en 3e trimester: 500 mg 3 dd"},
		"Middel: Telbucyclaat (tweede keus; capsule 100 mg, drank 20 mg/ml)":   {"Volwassenen: eerste dag 400 mg, daarna 200 mg 1 dd, totaal 5 dagen"},
		"Middel: Fendrastatine (bij gewrichtsklachten; tablet 20 mg en 40 mg)": {"Kinderen 2–11 jaar (naar gewicht): alleen vanaf 6 jaar: 0,8 mg/kg 2 dd"},
	})
	if !slices.ContainsFunc(doc.Tables, func(tab Table) bool {
		return strings.HasPrefix(tab.Caption, "Tabel 2 Dosering") && len(tab.Rows) == 4
	}) {
		t.Error("no dose table of four drugs' rows")
	}
}

// pdfPaddedByGaps reads the first cell of a segment's first line only when
// there is one: a segment whose first line leaves the first column empty
// (a header's wrapped cell) had indexed past it when its first cells
// wrapped (keysWrap), and a panic loses the document's text.
func TestPaddedByGapsFirstLineWithoutKey(t *testing.T) {
	w := func(s string) []pdfWord { return []pdfWord{{text: s}} }
	line := func(y float64, cells ...[]pdfWord) pdfTableLine { return pdfTableLine{y: y, cells: cells} }
	s := []pdfTableLine{
		line(100, nil, w("Dosering"), w("Duur")),
		line(85, w("Alpha"), w("1 dd"), w("5 dagen")),
		line(75, w("(tablet"), w("2 dd"), nil),
		line(60, w("Gamma"), w("3 dd"), w("7 dagen")),
		line(50, w("drank)"), w("4 dd"), w("8 dagen")),
	}
	if pdfPaddedByGaps(s, 10) {
		t.Error("padded, though the first line holds no first cell to start a row")
	}
	s[0].cells[0] = w("Middel")
	if !pdfPaddedByGaps(s, 10) {
		t.Error("not padded: rows 1.5 pitches apart, each first cell wrapped onto lines without a capital")
	}
}

// TestPDFColumnsUnderAGroupLabel reads groff tbl's boxed dose table of
// FT-235: "Dosering" spans its columns Dosis, Frequentie and Duur in the
// header, and each drug's name is centred over its four rows. The label
// had closed the gutter between Dosis and Frequentie, the table had been
// read as running text's columns, and the drug's name had joined the
// middle two of its rows (a row with two populations and two doses, the
// first and last rows of each drug without one: the elderly's row of
// velomycine answered for dorazolide). The rows below the header's rule
// find the columns (pdfCutsUnderGroupLabel).
func TestPDFColumnsUnderAGroupLabel(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft235/ft235-velumkoorts.pdf")
	i := slices.IndexFunc(doc.Tables, func(tab Table) bool { return strings.HasPrefix(tab.Caption, "Tabel 1.") })
	if i < 0 {
		t.Fatal("no Tabel 1")
	}
	rows := doc.Tables[i].Rows
	if len(rows) != 12 {
		t.Fatalf("%d rows %q, want 12", len(rows), rows)
	}
	for _, want := range [][]string{
		{"velomycine", "Volwassenen en kinderen ≥ 40 kg", "500 mg", "2× per dag", "7 dagen"},
		{"velomycine", "Kinderen ≥ 10 tot < 20 kg", "125 mg *", "2× per dag", "7 dagen"},
		{"dorazolide", "Ouderen ≥ 75 jaar", "100 mg", "1× per dag", "5 dagen"},
		{"pranoxine", "Volwassenen en kinderen ≥ 40 kg", "400 mg", "3× per dag", "max. 5 dagen"},
	} {
		if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, want) }) {
			t.Errorf("no row %q in %q", want, rows)
		}
	}
}

// TestPDFGroupLabelsOfAPrintedHeader reads Chromium's print of FT-234's
// table of doses for severe disease: "Middel en groep" spans the header's
// two rows, "Oraal" and "Intraveneus" each span their Dosis and
// Frequentie. "Oraal" starts within a glyph of its second sub-header and
// had been read as flush left over that one alone ("Dosis", "Oraal
// Frequentie"); "Intraveneus", centred on its cells, not on its
// sub-headers' text, had headed its first column alone; and the
// rowspanned cell, centred between the rows, stood in both ("Middel en
// groep Middel en groep"). A label centred on the columns left of its own
// within half a glyph, or on the middle of their sub-headers' centres,
// heads them (pdfGroupSpan); a header line repeated in a column is one.
func TestPDFGroupLabelsOfAPrintedHeader(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft234/ft234-morvelkoorts.pdf")
	want := []string{"Middel en groep", "Oraal Dosis", "Oraal Frequentie", "Intraveneus Dosis", "Intraveneus Frequentie"}
	if !slices.ContainsFunc(doc.Tables, func(tab Table) bool { return slices.Equal(tab.Header, want) }) {
		var got [][]string
		for _, tab := range doc.Tables {
			got = append(got, tab.Header)
		}
		t.Errorf("headers %q, want one %q", got, want)
	}
}

// pdfLaTeX's longtable in booktabs' style (FT-236) parts its groups by
// rules, each led by its label across the columns
// (\multicolumn{5}{l}{\textbf{Ouderen (75 jaar en ouder)}}) over a row a
// drug, and breaks over a page inside the children's group. The labels
// had closed the gutters (the drug and its dose one column), each group
// had been one row of all its drugs, and the children's rows on the next
// page the elderly's. Each line is a row now, keyed by its group.
func TestPDFGroupLabelsOfABooktabsTable(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft236/ft236-nevelblaas.pdf")
	if len(doc.Tables) == 0 {
		t.Fatal("no tables")
	}
	tb := doc.Tables[0]
	if want := []string{"", "Geneesmiddel", "Dosis", "Frequentie", "Duur", "Max. per dag"}; !slices.Equal(tb.Header, want) {
		t.Errorf("header %q, want %q", tb.Header, want)
	}
	var rows []string
	for i := range tb.Rows {
		rows = append(rows, tb.RowText(i))
	}
	for _, want := range []string{
		"Volwassenen · Geneesmiddel: selvomycine · Dosis: 400 mg · Frequentie: 2× per dag",
		"Ouderen (75 jaar en ouder) · Geneesmiddel: mirtacef · Dosis: 500 mg",
		"Kinderen (op gewicht) · Geneesmiddel: selvomycine · Dosis: 10 mg/kg",
		"Kinderen (op gewicht) · Geneesmiddel: prandoxazol · Dosis: 8 mg/kg", // on the next page
		"Zwangerschap en borstvoeding · Geneesmiddel: selvomycine · Dosis: niet gebruiken",
		"Verminderde nierfunctie (eGFR < 30 ml/min/1,73 m2) · Geneesmiddel: selvomycine · Dosis: 200 mg · Frequentie: 1× per dag",
	} {
		if !slices.ContainsFunc(rows, func(r string) bool { return strings.HasPrefix(r, want) }) {
			t.Errorf("no row %q in\n%s", want, strings.Join(rows, "\n"))
		}
	}
	if len(rows) != 15 {
		t.Errorf("%d rows, want 15 (five groups of three drugs)", len(rows))
	}
}
