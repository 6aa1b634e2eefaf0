package extract

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
)

func heldOutBlocks(t *testing.T, path string) []flatBlock {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc *Document
	switch {
	case strings.HasSuffix(path, ".pdf"):
		doc, err = PDF(context.Background(), data, PDFOptions{})
	case strings.HasSuffix(path, ".md"):
		doc, err = Markdown(data)
	case strings.HasSuffix(path, ".txt"):
		doc, err = Text(data)
	default:
		doc, err = HTML(data)
	}
	if err != nil {
		t.Fatal(err)
	}
	return flatten(doc)
}

func pageBlock(blocks []flatBlock, part string) (flatBlock, bool) {
	i := slices.IndexFunc(blocks, func(b flatBlock) bool { return strings.Contains(b.text, part) })
	if i < 0 {
		return flatBlock{}, false
	}
	return blocks[i], true
}

// TestDocutilsPage reads FT-70, reStructuredText made a page by docutils:
// every section title links back to the table of contents (<h2><a
// class="toc-backref" role="doc-backlink">), the alarm symptoms stand in
// <aside class="admonition warning">, field lists end their terms in a
// colon, footnote labels link back to their markers and a list in a cell
// ends its items in semicolons. The titles, the warning and the notes'
// text had been lost, "Versie:: 1.3" and "3 dagen;; staken" read.
func TestDocutilsPage(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft70/ft70-slikpokken.html")
	b, ok := pageBlock(blocks, "temperatuur ≥ 39,5 °C gedurende meer dan 3 dagen")
	if !ok || b.Kind != ListItem || len(b.path) == 0 || b.path[len(b.path)-1] != "Alarmsymptomen" {
		t.Errorf("alarm symptom: %+v (found %v), want a list item under Alarmsymptomen", b, ok)
	}
	if b, ok := pageBlock(blocks, "Verwijs dezelfde dag naar de oogarts bij blaasjes op of rond het ooglid of"); !ok ||
		!slices.Equal(b.path, []string{"Richtlijnen beleid", "Consultatie en verwijzing"}) {
		t.Errorf("referral: %+v, want it under Richtlijnen beleid › Consultatie en verwijzing", b)
	}
	if _, ok := pageBlock(blocks, "Versie: 1.3"); !ok {
		t.Error(`no "Versie: 1.3"`)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "::") || strings.Contains(b.text, ";;") || strings.HasPrefix(b.text, "[]") {
			t.Errorf("block %q", b.text)
		}
	}
	if b, ok := pageBlock(blocks, "De eGFR-bepaling mag niet ouder zijn dan 3 maanden."); !ok || b.Kind != Note || b.Label != "2" ||
		b.text != "De eGFR-bepaling mag niet ouder zijn dan 3 maanden." {
		t.Errorf("note 2: %+v", b)
	}
	if b, ok := pageBlock(blocks, "eGFR controleren na 3 dagen; staken bij daling"); !ok || b.Kind != TableRow {
		t.Errorf("cell list: %+v", b)
	}
}

// TestDrupalPage reads FT-71, a page as Drupal 10 renders a guideline:
// the explanation of the dose table stands in a field named
// "field--name-field-toelichting", which had made it a note (never
// searched), and CKEditor writes each table's <figcaption> after the
// table, which had become a paragraph after rows that named no score.
func TestDrupalPage(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft71/ft71-veenrilziekte.html")
	if b, ok := pageBlock(blocks, "een kind van 15 kg krijgt 300 mg per dag"); !ok || b.Kind != Paragraph {
		t.Errorf("explanation: %+v (found %v), want a paragraph", b, ok)
	}
	caption, ok := pageBlock(blocks, "Tabel 1. VEENRIL-score")
	if !ok || caption.Kind != Caption {
		t.Fatalf("caption: %+v (found %v), want the table's caption", caption, ok)
	}
	row, ok := pageBlock(blocks, "Kenmerk: Rilkrans ≥ 5 cm")
	if !ok || row.Kind != TableRow || row.Table != caption.Table {
		t.Errorf("row: %+v, want a row of table %d", row, caption.Table)
	}
}

// TestTeXAccentsAndContents reads FT-72, typeset by Texinfo (pdfTeX with
// Computer Modern, whose fonts have no accented letters: TeX draws the
// accent over the letter after it, "pati", "¨", "ent") and opening with
// a table of contents whose entries end in dot leaders. The words had
// read "pati ̈ent", "v ́o ́or", "cr`eme", and the contents' lines had become
// headings, the section of what followed them.
func TestTeXAccentsAndContents(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft72/ft72-rietroos.pdf")
	for _, w := range []string{"patiënten", "vóór", "geïndiceerd", "mosquerol-crème"} {
		if _, ok := pageBlock(blocks, w); !ok {
			t.Errorf("no %q", w)
		}
	}
	for _, b := range blocks {
		if strings.ContainsAny(b.text, "\u0300\u0301\u0308`´¨") {
			t.Errorf("accent apart: %q", b.text)
		}
		if strings.Contains(b.text, ". . . .") || slices.ContainsFunc(b.path, func(h string) bool { return strings.Contains(h, ". .") }) {
			t.Errorf("contents entry: %q under %q", b.text, b.path)
		}
	}
}

func TestComposeAccents(t *testing.T) {
	for in, want := range map[string]string{
		"pati¨ent":        "patiënt",
		"ge¨ındiceerd":    "geïndiceerd",
		"´e´en":           "één",
		"cr`eme":          "crème",
		"`quote' and x^2": "`quote' and x^2",
		"a ^ b":           "a ^ b",
		"¨ alleen":        "¨ alleen",
	} {
		if got := composeAccents(in); got != want {
			t.Errorf("composeAccents(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestITextParagraphSpacing reads FT-73, made by iText 5, which spaces
// its paragraphs with lines holding a single space a few points below the
// start of the next line: in that line's row, the space had split its
// first letter off ("F ictieve", "e n uitsluitend", "1 . Kernboodschappen").
func TestITextParagraphSpacing(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft73/ft73-zandjeuk.pdf")
	for _, want := range []string{"Fictieve Standaard Zandjeuk (FT-73)", "1. Kernboodschappen", "2.1. Begripsbepaling"} {
		if b, ok := pageBlock(blocks, want); !ok || b.Kind != Heading {
			t.Errorf("heading %q: %+v (found %v)", want, b, ok)
		}
	}
	if b, ok := pageBlock(blocks, "verzonnen en uitsluitend bedoeld"); !ok {
		t.Errorf("no %q", "verzonnen en uitsluitend bedoeld")
	} else if strings.Contains(b.text, "e n uitsluitend") {
		t.Errorf("split word: %q", b.text)
	}
}

// TestIdemCells reads FT-76, a kramdown page whose tables cannot merge
// cells: the rows under a drug's first say "idem" for it, which a reader
// takes for the drug above, and which had been the drug of FT-76's rows
// ("Middel: idem", doses of no drug).
func TestIdemCells(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft76/ft76-zilverhoest.html")
	if b, ok := pageBlock(blocks, "Populatie: Kinderen ≥ 8 jaar (≥ 25 kg)"); !ok || !strings.HasPrefix(b.text, "Middel: Quilomaxine (oraal) · ") {
		t.Errorf("row: %+v (found %v), want quilomaxine's", b, ok)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, ": idem ·") {
			t.Errorf("idem cell: %q", b.text)
		}
	}
}

// TestHeaderClassRow reads FT-75, a page as Notion exports it: a simple
// table marks its header row only by its cells' class
// ("simple-table-header"), and the dose rows had named no column.
func TestHeaderClassRow(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft75/ft75-polderkramp.html")
	if b, ok := pageBlock(blocks, "Kinderen 2–11 jaar"); !ok || b.Kind != TableRow ||
		!strings.HasPrefix(b.text, "Middel: Tesmivaloon · Patiëntengroep: Kinderen 2–11 jaar · Dosering: 20 mg/kg/dag") {
		t.Errorf("row: %+v (found %v)", b, ok)
	}
}

// TestPlainTextStructure reads FT-79, a protocol kept as plain text: titles
// underlined with "=" and "-", section numbers on a line of their own
// above their title, paragraphs wrapped at 72 columns with words
// hyphenated at a line's end, "o" bullets, and a dose table drawn with
// "+---+" rules and bars whose drug cell spans its rows. All of it had
// been paragraphs under the title, the table's cells read line by line.
func TestPlainTextStructure(t *testing.T) {
	data, err := os.ReadFile("../../testdata/heldout/ft79/ft79-klaverpokken.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Text(data)
	if err != nil {
		t.Fatal(err)
	}
	blocks := flatten(doc)
	if b, ok := pageBlock(blocks, "Antivirale behandeling"); !ok || b.Kind != Heading || b.text != "4.3.2 Antivirale behandeling" ||
		!slices.Equal(b.path, []string{"4. Richtlijnen beleid", "4.3 Medicamenteuze behandeling", "4.3.2 Antivirale behandeling"}) {
		t.Errorf("heading: %+v (found %v)", b, ok)
	}
	caption, ok := pageBlock(blocks, "Tabel 1. Dosering antivirale middelen bij klaverpokken")
	if !ok || caption.Kind != Caption {
		t.Fatalf("caption: %+v (found %v)", caption, ok)
	}
	row, ok := pageBlock(blocks, "Patiëntgroep: Kinderen 6-11 jaar (20-39 kg)")
	if !ok || row.Kind != TableRow || row.Table != caption.Table ||
		!strings.HasPrefix(row.text, "Middel: lorzatide (tablet 25 mg, 50 mg) · Patiëntgroep: Kinderen 6-11 jaar (20-39 kg) · Dosering: 25 mg · Freq.: 1 dd · Duur: 5 dagen") {
		t.Errorf("row: %+v (found %v)", row, ok)
	}
	if b, ok := pageBlock(blocks, "Niet krabben; houd de nagels kort."); !ok || b.Kind != ListItem {
		t.Errorf("o bullet: %+v (found %v)", b, ok)
	}
	if _, ok := pageBlock(blocks, "worden voorgeschreven"); !ok {
		t.Error(`no "worden voorgeschreven" (hyphenated at a line's end)`)
	}
}

// TestSuperscriptInACentredCell reads FT-81, DocBook typeset by dblatex:
// its dose table centres each cell in its row, and a note's raised number
// after a cell's last word ("8 mg/kg/dag³") stood nearer the line of the
// next cell's first line than its own: it had joined that line and read
// "Dosering: 3 8 mg/kg/dag", a dose almost five times too high; the power
// of "m²" had read "eGFR 30–59 2 ml/min/1,73 m".
func TestSuperscriptInACentredCell(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft81/ft81-molenaarshoest.pdf")
	row, ok := pageBlock(blocks, "Populatie: Kinderen 6 maanden t/m 11 jaar")
	if !ok || !strings.Contains(row.text, "Dosering: 8 mg/kg/dag · ") || !slices.Equal(row.Notes, []string{"3"}) {
		t.Errorf("row: %+v (found %v), want the dose 8 mg/kg/dag and its note 3", row, ok)
	}
	if b, ok := pageBlock(blocks, "Populatie: eGFR 30–59 ml/min/1,73 m2 · Dosering: 100 mg"); !ok || b.Kind != TableRow {
		t.Errorf("eGFR row: %+v (found %v)", b, ok)
	}
}

// TestBoldTitlesWithoutHeadings reads FT-83, a protocol mailed from
// Outlook, whose editor writes no heading element: each section's title
// is a bold paragraph (<p class=MsoNormal><b><span style='font-size:12.0pt'>
// …</span></b></p>). Every passage had stood under the page's title alone,
// running across sections.
func TestBoldTitlesWithoutHeadings(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft83/ft83-rietvlekziekte.html")
	if b, ok := pageBlock(blocks, "Medicamenteuze behandeling"); !ok || b.Kind != Heading {
		t.Errorf("title: %+v (found %v)", b, ok)
	}
	if b, ok := pageBlock(blocks, "Het beleid hangt af van de RIVLA-score:"); !ok || len(b.path) == 0 || b.path[len(b.path)-1] != "Medicamenteuze behandeling" {
		t.Errorf("paragraph: %+v (found %v), want it under Medicamenteuze behandeling", b, ok)
	}
}

// TestCaptionBelowTable reads FT-84, a SharePoint page whose editor sets a
// table's caption as a paragraph under it ("Tabel 1. SLIB-score. Totaal
// 0–6 punten."): the score's rows had named no score.
func TestCaptionBelowTable(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft84/ft84-slibhoest.html")
	caption, ok := pageBlock(blocks, "Tabel 1. SLIB-score.")
	if !ok || caption.Kind != Caption {
		t.Fatalf("caption: %+v (found %v)", caption, ok)
	}
	if row, ok := pageBlock(blocks, "Criterium: L – Leeftijd ≥ 65 jaar"); !ok || row.Table != caption.Table {
		t.Errorf("row: %+v (found %v), want a row of table %d", row, ok, caption.Table)
	}
}

// TestTitledParagraphAfterTheNotes reads FT-90, a Joomla article whose
// editor sets "<p><strong>Afkortingen</strong><br>SEH: spoedeisende hulp
// …" under the heading "Noten", after the notes: a paragraph with a bold
// title of its own ends the references section (titledParagraph). It had
// been read as an unnumbered note, never searched. The notes before it
// stay notes.
func TestTitledParagraphAfterTheNotes(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft90/ft90-helmgraskoorts.html")
	if b, ok := pageBlock(blocks, "SEH: spoedeisende hulp"); !ok || b.Kind != Paragraph {
		t.Errorf("abbreviations: %+v (found %v), want a paragraph", b, ok)
	}
	if b, ok := pageBlock(blocks, "De DUIN-score is ontwikkeld in een cohort"); !ok || b.Kind != Note {
		t.Errorf("note 1: %+v (found %v), want a note", b, ok)
	}
}

// TestRunningHeaderWithTheSection reads FT-87, printed by HTMLDOC, whose
// running header sets the title at the left and the current section at
// the right ("Fictieve Standaard Sluiskramp (FT-87) … Anamnese"): the row
// differs from page to page, its title part does not (pdfRunningParts).
// It had opened passages and split the notes, which now read one by one.
// FT-26, FT-49, FT-81 and FT-86 print theirs so too.
func TestRunningHeaderWithTheSection(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft87/ft87-sluiskramp.pdf")
	for _, b := range blocks {
		if strings.Contains(b.text, "(FT-87) Anamnese") || strings.Contains(b.text, "(FT-87) Noten") || strings.Contains(b.text, "(FT-87) Fictieve") {
			t.Errorf("running header in %v %q", b.Kind, b.text)
		}
	}
	if b, ok := pageBlock(blocks, "Rekenvoorbeeld dorvalimine bij een kind van 20 kg"); !ok || b.Kind != Note || strings.Contains(b.text, "ORS-advies") {
		t.Errorf("note 3: %+v (found %v), want a note of its own", b, ok)
	}
}

// TestLinkedTermInItsSentence reads FT-92, a page Sphinx builds, whose
// glossary terms and numbered references are links into the page with
// the text in a span (<a class="reference internal"
// href="#term-BRAK-score"><span class="xref std std-term">BRAK-score</span></a>):
// the span, all link words, had been removed as a menu's (linkDense),
// and "een BRAK-score van 3 of hoger" read "een van 3 of hoger".
func TestLinkedTermInItsSentence(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft92/ft92-brakwaterenteritis.html")
	for _, want := range []string{"met buikkrampen en een BRAK-score van 3 of hoger", "(zie Tabel 1)"} {
		if _, ok := pageBlock(blocks, want); !ok {
			t.Errorf("no block holds %q", want)
		}
	}
}

// TestKeyWrappedBelowItsRow reads FT-94, typeset by groff's tbl through
// pdfroff: the drug cell of the last row on a page wraps over more lines
// than its row's other cells ("Pelso-" "tamide" beside them, "capsule",
// "200 mg,", "drank 40", "mg/ml" below), and the table goes on on the
// next page. The lines below are the cell's end (pdfJoinTrailingKey), not
// rows of a drug "capsule" and a drug "drank 40 mg/ml".
func TestKeyWrappedBelowItsRow(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft94/ft94-tramselkoorts.pdf")
	if _, ok := pageBlock(blocks, "Middel: Pelsotamide capsule 200 mg, drank 40 mg/ml · Populatie: Volwassenen"); !ok {
		t.Error("pelsotamide's adults' row lost the end of its drug cell")
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "Middel: capsule") || strings.Contains(b.text, "Middel: drank") {
			t.Errorf("row %q", b.text)
		}
	}
}

// TestUnitBrokenAfterItsSlash reads FT-91, printed by Qt, which breaks a
// line after the slash of a unit: "10 mg/kg/" over "dag" is one word
// (slashBreak), not "10 mg/kg/ dag".
func TestUnitBrokenAfterItsSlash(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft91/ft91-distelhuid.pdf")
	if _, ok := pageBlock(blocks, "10 mg/kg/dag"); !ok {
		t.Error(`no "10 mg/kg/dag"`)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "/ dag") || strings.Contains(b.text, "/ ml") {
			t.Errorf("block %q", b.text)
		}
	}
}

// TestSlideDeckSavedAfterLoading reads FT-95, a reveal.js deck saved after
// loading: every slide but the current one is hidden="" aria-hidden="true"
// and display: none. Hidden words that outnumber the shown ones make the
// page a viewer whose parts are all text (unhideViewer); only the title
// slide had been read. Its controls stay out.
func TestSlideDeckSavedAfterLoading(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft95/ft95-wadvlekken.html")
	if len(blocks) < 50 {
		t.Errorf("%d blocks, want the slides'", len(blocks))
	}
	for _, want := range []string{"Doseringen", "Sorvilast"} {
		if !slices.ContainsFunc(blocks, func(b flatBlock) bool { return strings.Contains(b.text, want) }) {
			t.Errorf("no block holds %q", want)
		}
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "Resume presentation") || strings.Contains(b.text, "previous slide") {
			t.Errorf("the deck's controls in %q", b.text)
		}
	}
}

// TestRepliesAreNoGuideline reads FT-98, a Discourse topic whose replies
// are schema.org Comments (itemprop="comment"): a reply quoting an old
// protocol's dose ("20 mg/kg/dag in 3 giften") had been read as the
// guideline and answered a question on the children's dose.
func TestRepliesAreNoGuideline(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft98/ft98-hooibergjeuk.html")
	for _, b := range blocks {
		if strings.Contains(b.text, "oude HIS-protocol") {
			t.Errorf("a reply read as text: %q", b.text)
		}
	}
	if _, ok := pageBlock(blocks, "10 mg/kg/dag in 2 giften"); !ok {
		t.Error("the guideline's dose is gone")
	}
}

// TestPagerLinks reads FT-100, a Texinfo manual made one page by makeinfo:
// above every node stands "Next: Epidemiologie, Up: Achtergronden
// [Contents]", links whose rel says they move through the document
// (pagerLinks). Too short to be dense with links, they had been read as
// text twelve times and taken places among the passages found.
func TestPagerLinks(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft100/ft100-grintelkoorts.html")
	for _, b := range blocks {
		if strings.Contains(b.text, "Next:") || strings.Contains(b.text, "[Contents]") {
			t.Errorf("navigation read as text: %q", b.text)
		}
	}
	if _, ok := pageBlock(blocks, "GRST"); !ok {
		t.Error("the text is gone")
	}
}

// TestLibreOfficeHTMLNotes reads FT-102, a Writer document LibreOffice
// exported to HTML: a footnote is <div id="sdfootnote1"><p
// class="sdfootnote-western"><a class="sdfootnotesym" href="#…">1</a>Gegevens
// …, a class that ends in "footnote" and a link back to its marker that
// labels it (noteSymbol), and the page's header and footer are <div
// title="header"> and <div title="footer">. The notes had been paragraphs
// of the last section reading "1Gegevens …", the footer text
// ("Versie februari 2026 · Pagina 7 van 7").
func TestLibreOfficeHTMLNotes(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft102/ft102-schilferkoorts.html")
	if b, ok := pageBlock(blocks, "Gegevens uit een fictieve registratie"); !ok || b.Kind != Note || strings.HasPrefix(b.text, "1") {
		t.Errorf("note 1: %+v (found %v), want a note without its number", b, ok)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "Pagina 7 van 7") || strings.Contains(b.text, "– fictief, geen medisch advies") {
			t.Errorf("header or footer read as text: %q", b.text)
		}
	}
}

// TestBoxTitles reads FT-106, a DocBook article made a page by the
// DocBook XSL stylesheets: its admonitions are <div class="warning">,
// <div class="important"> and <div class="note"> opened by an <h3
// class="title"> of the level of the subsection they stand in. Such a
// heading titles its box, one level below the section (boxTitle), and the
// section goes on after it: the "Niet aanbevolen" box had headed the dose
// table that followed it, and the warning's title had replaced "3.6.
// Alarmsymptomen". A note with a title of its own is a callout, not a
// footnote: "Terugkomen" had been a note no search finds.
func TestBoxTitles(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft106/ft106-dwingelose-lymfangitis.html")
	want := map[string][]string{
		"temperatuur boven 39,5 °C met koude rillingen":  {"3. Richtlijnen diagnostiek", "3.6. Alarmsymptomen", "Alarmsymptomen bij DLA"},
		"Soraxim, dat in enkele buurlanden":              {"4. Richtlijnen beleid", "4.3. Medicamenteuze behandeling", "Niet aanbevolen"},
		"Tabel 2. Doseringen van geneesmiddelen bij DLA": {"4. Richtlijnen beleid", "4.3. Medicamenteuze behandeling"},
		"Vraag de patiënt contact op te nemen":           {"4. Richtlijnen beleid", "4.1. Voorlichting", "Terugkomen"},
	}
	for text, path := range want {
		b, ok := pageBlock(blocks, text)
		if !ok || !slices.Equal(b.path, path) || b.Kind == Note {
			t.Errorf("%q: %+v (found %v), want under %q, no note", text, b, ok, path)
		}
	}
}

// TestNotebookPrompts reads FT-105, a Jupyter notebook exported by
// nbconvert: the prompts before its cells ("In [2]:", "Out[2]:") and the
// program of its code cells are no text of the page (notebookFurniture),
// so the dose table the program built takes the caption above it. Its
// rows had read "Out[2]: — Middel: …" and the program's tuples had been
// searched as prose.
func TestNotebookPrompts(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft105/ft105-brasemkoorts.html")
	for _, b := range blocks {
		if strings.Contains(b.text, "Out[") || strings.Contains(b.text, "In [") || strings.Contains(b.text, "set_index") {
			t.Errorf("notebook furniture read as text: %q", b.text)
		}
	}
	if b, ok := pageBlock(blocks, "Tabel 2. Doseringen van de antibiotica"); !ok || b.Kind != Caption {
		t.Errorf("dose table caption: %+v (found %v)", b, ok)
	}
}

// TestGeneratedNoteIDs reads FT-106, whose footnotes DocBook XSL sets in
// <div id="ftn.id768" class="footnote"> with a link back to their marker,
// "[1]": the digits of a generated element id number the element, not the
// note, and the link labels it. The notes had been labelled 768 to 773,
// and none was attached to the passage that cites it.
func TestGeneratedNoteIDs(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft106/ft106-dwingelose-lymfangitis.html")
	if b, ok := pageBlock(blocks, "Gegevens uit de fictieve registratie Heide-Peilstations"); !ok || b.Kind != Note || b.Label != "1" {
		t.Errorf("note 1: %+v (found %v), want a note labelled 1", b, ok)
	}
	if b, ok := pageBlock(blocks, "De incidentie van DLA in de huisartsenpraktijk"); !ok || !slices.Equal(b.Notes, []string{"1"}) {
		t.Errorf("the passage citing note 1: %+v (found %v)", b, ok)
	}
}

// TestGroupHeadingsBesideKeys reads FT-108, a HonKit page whose dose table
// heads groups of rows with a cell across the table ("Bij zwangerschap",
// "Eerste keus") above rows keyed by a drug merged over them: the group's
// heading is a category of keyed rows and goes last (keyedRows), and its
// footnotes, <blockquote id="fn_1"> linked to and from their markers, are
// notes (linkedNotes). The group had been each row's first cell, read as
// its subject (a pregnancy's dose given without its drug), and the notes
// one paragraph of the referral section.
func TestGroupHeadingsBesideKeys(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft108/ft108-veenrandkoorts.html")
	if b, ok := pageBlock(blocks, "Populatie: Zwangerschap 2e trimester"); !ok || !strings.HasPrefix(b.text, "Middel: Trolaxime") {
		t.Errorf("a grouped row: %+v (found %v), want it keyed by its drug", b, ok)
	}
	if b, ok := pageBlock(blocks, "De gegevens over letaliteit komen uit"); !ok || b.Kind != Note || b.Label != "1" {
		t.Errorf("note 1: %+v (found %v), want a note labelled 1", b, ok)
	}
}

// TestHeaderInsideTheTable reads FT-110, an e-mail built by MJML whose
// score table heads its grades anew below the criteria ("Totaalscore |
// Kans op GVZ | Beleid" in <th> cells): the rows below a header row are
// a table of their own (splitAtHeader). They had been read as criteria
// ("criterium: 3 of 4 · Punten: aanvullend onderzoek …").
func TestHeaderInsideTheTable(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft110/ft110-gorsvlekkenziekte.html")
	if b, ok := pageBlock(blocks, "Totaalscore: 3 of 4 · Kans op GVZ: mogelijk"); !ok || b.Kind != TableRow {
		t.Errorf("a grade row: %+v (found %v)", b, ok)
	}
}

// TestHeadingPermalinks reads FT-112, a page Astro Starlight builds: each
// heading stands in a <div class="sl-heading-wrapper"> beside a permalink
// to it whose text is for screen readers ("Section titled “Anamnese”"),
// and its asides are <aside class="starlight-aside …">. The permalink is
// no text (permalink), the block no menu (headingWithPermalink) and the
// heading no orphan; an aside so named is a box of the text (admonition).
// Every heading had been dropped with its permalink, and the alarm
// symptoms' aside as a sidebar.
func TestHeadingPermalinks(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft112/ft112-brinkse-gewrichtskoorts.html")
	if b, ok := pageBlock(blocks, "Meet de temperatuur, de pols en de bloeddruk"); !ok ||
		!slices.Equal(b.path, []string{"Richtlijnen diagnostiek", "Lichamelijk onderzoek"}) {
		t.Errorf("a list item: %+v (found %v), want under its headings", b, ok)
	}
	if b, ok := pageBlock(blocks, "koorts boven 39 °C: denk aan septische artritis"); !ok || b.Kind == Note {
		t.Errorf("the alarm symptoms' aside: %+v (found %v)", b, ok)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "Section titled") {
			t.Errorf("a permalink read as text: %q", b.text)
		}
	}
}

// TestPrintedListMarkers reads two pages whose list items print their
// marker as text: LibreOffice's XHTML export of a Word document (FT-182)
// writes the bullet as two private-use symbols (U+F0B7) and a numbered
// item's number in a span before its text ("1.Eerste keus"), LaTeXML
// (FT-96) a bullet or number in a tag of its own. The markers had been
// read as the items' first words (and LaTeXML's as a line of their own).
func TestPrintedListMarkers(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft182/ft182-krooskoorts.html")
	if b, ok := pageBlock(blocks, "Denk aan krooskoorts bij koorts en kuitpijn"); !ok || b.Kind != ListItem || !strings.HasPrefix(b.text, "Denk aan") {
		t.Errorf("bulleted item: %+v (found %v)", b, ok)
	}
	if b, ok := pageBlock(blocks, "velmoxine gedurende 7 dagen (kinderen 5 dagen)"); !ok || b.Kind != ListItem || b.Label != "1." || !strings.HasPrefix(b.text, "Eerste keus:") {
		t.Errorf("numbered item: %+v (found %v), want label 1. and the text from Eerste keus", b, ok)
	}
	for _, b := range blocks {
		if strings.ContainsRune(b.text, '\uf0b7') {
			t.Errorf("a private-use bullet in %q", b.text)
		}
	}
	blocks = heldOutBlocks(t, "../../testdata/heldout/ft96/ft96-kelderbuik.html")
	if b, ok := pageBlock(blocks, "Vortanexol wordt afgeraden."); !ok || b.Kind != ListItem || b.text != "Vortanexol wordt afgeraden." {
		t.Errorf("LaTeXML item: %+v (found %v)", b, ok)
	}
	if b, ok := pageBlock(blocks, "muffe ademgeur: 1 punt;"); !ok || b.Label != "4." || !strings.HasPrefix(b.text, "muffe") {
		t.Errorf("LaTeXML numbered item: %+v (found %v)", b, ok)
	}
}

// TestListSetAsTable reads FT-101, groff's HTML output, which sets each
// .IP item in a table row of its own: the bullet in one cell, the text in
// another. Read as a table, "Vraag naar:" had become its caption and each
// item a row "• · begin, hoogte en beloop van de koorts;".
func TestListSetAsTable(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft101/ft101-glimmerkoorts.html")
	if b, ok := pageBlock(blocks, "begin, hoogte en beloop van de koorts;"); !ok || b.Kind != ListItem || b.text != "begin, hoogte en beloop van de koorts;" {
		t.Errorf("item: %+v (found %v), want a list item of its text", b, ok)
	}
	if b, ok := pageBlock(blocks, "Vraag naar:"); !ok || b.Kind != Paragraph {
		t.Errorf("lead-in: %+v (found %v), want a paragraph", b, ok)
	}
	for _, b := range blocks {
		if strings.HasPrefix(b.text, "•") {
			t.Errorf("a bullet read as text: %q", b.text)
		}
	}
}

// TestMarkdownEntitiesAndNoteLinks reads two Markdown files: FT-89 (Hugo
// content) writes quotes as entities ("&rsquo;s nachts"), and FT-167 a
// note's marker as a number linked to the note ("per jaar[1](#noot-1)"),
// as html-to-markdown writes every <sup><a href="#noot1"> (FT-185). The
// entities had been read as typed and the markers as digits glued to the
// last word ("per jaar1").
func TestMarkdownEntitiesAndNoteLinks(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft89/src/site/content/standaarden/heidekramp.md")
	if b, ok := pageBlock(blocks, "ook ’s nachts optreden"); !ok {
		t.Errorf("entity: %+v (found %v)", b, ok)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "&rsquo;") || strings.Contains(b.text, "&lsquo;") {
			t.Errorf("an entity as typed: %q", b.text)
		}
	}
	blocks = heldOutBlocks(t, "../../testdata/heldout/ft167/ft167-kemphaankoorts.md")
	if b, ok := pageBlock(blocks, "2,4 per 1000 patiënten per jaar."); !ok || !slices.Contains(b.Notes, "1") {
		t.Errorf("marker: %+v (found %v), want the text without it and note 1 linked", b, ok)
	}
}

// TestMergedColumnOfWvHtml reads FT-188, a Word document as HTML by
// wvHtml: the drug cell merged down the dose table's first column is a
// cell spanning all 20 rows, and each row below holds a cell of its own
// there ("rowspan=0"), empty or naming the next drug. Spanned, every row
// had been a column too wide, its cells under the wrong headers, and all
// rows the first drug's ("Geneesmiddel: Merrovadine … · Dosering: Ouderen
// ≥ 75 jaar" for kalvotrexol's row).
func TestMergedColumnOfWvHtml(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft188/ft188-turfschurft.html")
	b, ok := pageBlock(blocks, "Controleer natrium na 5 dagen")
	if !ok || b.Kind != TableRow || !strings.Contains(b.text, "Geneesmiddel: Kalvotrexol") || !strings.Contains(b.text, "Patiëntgroep: Ouderen ≥ 75 jaar · Dosering: 250 mg") {
		t.Errorf("kalvotrexol's row for the elderly: %+v (found %v)", b, ok)
	}
	if b, ok := pageBlock(blocks, "Patiëntgroep: Kinderen 10-25 kg"); !ok || !strings.Contains(b.text, "Geneesmiddel: Merrovadine") {
		t.Errorf("a row under the merged cell: %+v (found %v), want merrovadine's", b, ok)
	}
	for _, b := range blocks {
		if b.Kind == TableRow && strings.Contains(b.text, "Dosering: Ouderen") {
			t.Errorf("a row a column off: %q", b.text)
		}
	}
}

// TestShortRuleOverFootnotes reads FT-187, groff's plain-text output:
// a page's footnotes stand under a short rule ("───────────") after the
// last line of justified text, whose double spaces had made that line a
// table's header over the footnote's lines, its last word ("Hoveniers")
// a column name lost with the table.
func TestShortRuleOverFootnotes(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft187/ft187-meidoornkoorts.txt")
	if b, ok := pageBlock(blocks, "wanneer hagen worden gesnoeid. Hoveniers"); !ok || b.Kind != Paragraph {
		t.Errorf("the paragraph over the rule: %+v (found %v)", b, ok)
	}
	for _, b := range blocks {
		if b.Kind == TableRow && strings.Contains(b.text, "Landelijk Doornletsel Register") {
			t.Errorf("a footnote read as a table row: %q", b.text)
		}
	}
}

// TestIndexColumnNotCarried reads FT-80, whose score table keys its
// criteria by the letters of the score's name and ends in a total row
// without a letter: the row is no criterion of the letter above it
// (pdfCarryKey, indexColumn). It had read "R · Criterium: Totaal", and on
// FT-192 (LaTeX through dvipdfmx) the maximum score the criterion "R",
// whose points answered for other criteria.
func TestIndexColumnNotCarried(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft80/ft80-klaverroos.pdf")
	b, ok := pageBlock(blocks, "Criterium: Totaal")
	if !ok || b.Kind != TableRow || !strings.HasPrefix(b.text, "Criterium: Totaal") {
		t.Errorf("the total row: %+v (found %v), want it without a letter", b, ok)
	}
}
