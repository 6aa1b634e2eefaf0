package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// structureCase is what the structure tests expect of one PDF.
type structureCase struct {
	file string
	// notes are the labels of the Note blocks (footnotes and references)
	// in reading order.
	notes []string
	// marked: a content block containing the phrase carries the note marker.
	marked map[string]string
	// gone: text that must not appear in any block (running headers and
	// footers, markers glued to words).
	gone []string
	// lists: the end of a lead-in paragraph and the items after it, as
	// "level label text".
	lists map[string][]string
	// paths: the section path (headings below the title) of the block
	// containing the phrase.
	paths map[string][]string
	// starts: phrases that begin a block (a paragraph of its own); whole:
	// phrases over a line break that stay in one block.
	starts, whole []string
}

var structureCases = []structureCase{
	{
		file: "testdata/tables/reportlab-ft04.pdf",
		// ReportLab (rst2pdf): list bullets as Courier's code 0x7F, a few
		// points before the item; section headings in Times beside a
		// Helvetica body of the same size.
		notes: []string{"1", "2", "3", "4", "5"},
		lists: map[string][]string{
			"Geef bij jeuk de volgende adviezen:": {
				"1 • houd de nagels kort en wrijf of druk op de huid in plaats van te krabben;",
				"1 • koel jeukende plekken met een koud, vochtig washandje;",
				"1 • houd de slaapkamer koel (16 tot 18 °C) en draag katoenen nachtkleding.",
			},
		},
		paths: map[string][]string{
			"Beluxaan is teratogeen en daarom gecontra-indiceerd": {"4 Richtlijnen beleid", "4.3 Medicamenteuze behandeling", "4.3.4 Zwangerschap en borstvoeding"},
		},
	},
	{
		file:  "testdata/tables/groff-ms-ft07.pdf",
		notes: []string{"1"},
		// groff's ms as pandoc writes it: paragraphs set apart only by
		// their indented first line.
		starts: []string{"Matige uitdroging: een gewichtsverlies van 4 tot 9%.", "FICTIEVE TESTRICHTLIJN"},
	},
	{
		file: "../../testdata/guidelines/ft02-velaatjicht.pdf",
		// groff -ms: footnotes at the page foot in a smaller size,
		// superscript markers glued to words, running header and footer.
		// Footnotes 5 and 6 stand at the foot of the page that starts the
		// reference list.
		notes: []string{"1", "2", "3", "4", "1", "2", "5", "6", "3", "4", "5", "6", "7"},
		marked: map[string]string{
			"een serumvelaat van 0,42 mmol/l of hoger. Asymptomatische": "1",
			"het serumcreatinine met de eGFR, het kalium":               "2",
			"gelijktijdig gebruik van dravotioprine.":                   "5",
		},
		gone: []string{"hoger.1", "eGFR,2", "Pagina 2", "Versie 1.3 – maart 2023", "FICTIEF – niet voor"},
		lists: map[string][]string{
			"Verwijs met spoed naar de reumatoloog, de orthopeed of de SEH bij een of meer van de volgende alarmsymptomen:": {
				"1 • koorts ≥ 38,5 °C in combinatie met algemeen ziek zijn (vermoeden van septische artritis);",
				"1 • een ontstoken kunstgewricht;",
				"1 • een huiduitslag met blaren, slijmvliesafwijkingen of koorts tijdens gebruik van velamistat;",
				"1 • een kind of adolescent met een acute artritis.",
			},
		},
		paths: map[string][]string{
			"Korvidine: eGFR < 30 ml/min/1,73 m2, ernstige leverfunctiestoornis": {"4 Richtlijnen beleid", "4.3 Medicamenteuze behandeling", "4.3.3 Contra-indicaties"},
			"Beoordeel de patiënt 3 tot 5 dagen na de start":                     {"4 Richtlijnen beleid", "4.4 Controle"},
		},
	},
	{
		file: "../../testdata/guidelines/ft01-ambervlekkenziekte.pdf",
		// Chromium, two columns: drawn bullets, a list split across the
		// columns, an <ol> reference list in a smaller size.
		notes: []string{"1", "2", "3", "4", "5", "6", "7"},
		// Bracket citations name entries of the reference list.
		marked: map[string]string{
			"in het percentage recidieven (4,1% versus 3,8%). De indicaties": "3",
		},
		gone: []string{"Pagina 1 van 5", "Pagina 4 van 5", "Versie 2.1 – september 2024", "[3]", "[6]"},
		lists: map[string][]string{
			"Verwijs met spoed naar de internist of, bij kinderen, naar de kinderarts bij een of meer van de volgende alarmsymptomen:": {
				"1 • nekstijfheid, verwardheid of verlaagd bewustzijn;",
				"1 • oligurie (minder dan 400 ml urine per 24 uur bij volwassenen) of anurie;",
				"1 • een eGFR < 30 ml/min/1,73 m2;",
				"1 • een kaliumwaarde > 6,0 mmol/l;",
				"1 • koorts > 40,0 °C, of koorts die na 72 uur adequate behandeling niet is gedaald;",
				"1 • paarsrode petechiën naast of in plaats van ambervlekken;",
				"1 • een kind jonger dan 3 maanden met koorts en vlekken.",
			},
			// Continued on the next page.
			"Voer de LAT alleen uit bij:": {
				"1 • twijfel aan de diagnose, bijvoorbeeld bij atypische vlekken of het ontbreken van expositie;",
				"1 • zwangerschap;",
				"1 • kinderen jonger dan 2 jaar;",
				"1 • een bekende verminderde nierfunctie (eGFR < 60 ml/min/1,73 m2).",
			},
		},
		paths: map[string][]string{
			"Tarvomycine: overgevoeligheid voor tarvomycine": {"4 Richtlijnen beleid", "4.3 Medicamenteuze behandeling", "4.3.3 Contra-indicaties"},
			// Headings side by side over the two columns of page 1.
			"die taken liggen bij het Landelijk Meldpunt":   {"1 Inleiding", "1.1 Afbakening"},
			"Ambervlek: een ronde tot ovale":                {"2 Achtergronden", "2.1 Begrippen"},
			"leeftijd van 60 jaar of ouder;":                {"2 Achtergronden", "2.5 Risicofactoren voor een gecompliceerd beloop"},
			"De lividus-antigeentest (LAT) is een sneltest": {"3 Richtlijnen diagnostiek", "3.3 Aanvullend onderzoek", "Sneltest"},
		},
	},
	{
		file: "testdata/producers/pdflatex-ft05.pdf",
		// pdflatex: footnote numbers glued to their text at the page foot,
		// CMSY bullets without a usable Unicode mapping, a nested list
		// continued on the next page, thebibliography as "[1]" entries.
		notes: []string{"1", "2", "3", "4", "1", "2", "3"},
		marked: map[string]string{
			"De standaard richt zich op volwassenen en kinderen vanaf 1 jaar. Zuigelingen": "1",
			"eGFR onder 60 ml/min/1,73 m2. De prognose":                                    "2",
		},
		gone: []string{"Pagina 2", "Versie 0.9", "jaar.1", "1Bij"},
		lists: map[string][]string{
			"Vraag bij een persoon met koorts en een vlekkerige uitslag naar:": {
				"1 ˆ contact met de moerasmistel in de afgelopen 14 dagen;",
				"1 ˆ duur en hoogte van de koorts, en het verloop van de uitslag over de romp en de ledematen in de dagen voor het consult;",
				"1 ˆ gebruik van geneesmiddelen, in het bijzonder:",
				"2 – ontstekingsremmende pijnstillers;",
				"2 – plastabletten;",
				"1 ˆ zwangerschap.",
			},
			// The paragraph after the list, in the same block, starts left
			// of the items' hanging indent.
			"Verwijs met spoed naar de internist bij een of meer van de volgende alarmsymptomen:": {
				"1 ˆ nekstijfheid of verlaagd bewustzijn;",
				"1 ˆ een eGFR onder 30 ml/min/1,73 m2;",
				"1 ˆ koorts boven 40 graden Celsius die niet daalt na twee dagen behandeling.",
			},
		},
		// Paragraphs start with an indented first line, with no space
		// between them; the bibliography's entries have a hanging indent.
		starts: []string{"Mistelkoorts is niet besmettelijk van mens op mens."},
		whole:  []string{"huisartsenregistratienetwerk. Tijdschr Fict Huisartsgeneeskd 2021;16:101-7."},
		paths: map[string][]string{
			"geef paracetamol in de gebruikelijke dosering": {"3 Richtlijnen beleid", "3.1 Behandeling"},
			// \subsubsection: bold (CMBX12) at the body size.
			"Een eGFR tussen 30 en 60 ml/min/1,73 m2 vraagt om controle": {"2 Richtlijnen diagnostiek", "2.2 Aanvullend onderzoek", "2.2.1 Interpretatie van de nierfunctie"},
		},
	},
	{
		file: "testdata/producers/libreoffice-ft06.pdf",
		// LibreOffice Writer: footnotes with superscript markers, nested
		// bullets, an ordered list, running header and footer.
		notes: []string{"1", "2", "3", "1", "2", "3"},
		marked: map[string]string{
			"voor kinderen vanaf 4 jaar en voor volwassenen. Bij jongere": "1",
			"geen meerwaarde boven indifferente middelen.":                "3",
		},
		gone: []string{"Pagina 2", "— versie 1.0", "volwassenen.1"},
		lists: map[string][]string{
			"Vraag bij een patiënt met een grauwe, schilferende uitslag naar:": {
				"1 • het begin van de klachten en het beloop in de afgelopen weken;",
				"1 • jeuk, pijn of een branderig gevoel, en de invloed daarvan op de nachtrust en het dagelijks functioneren;",
				"1 • eerdere episoden, in het bijzonder:",
				"2 • in een vorig najaar;",
				"2 • na een behandeling met zalven;",
				"1 • gebruik van geneesmiddelen.",
			},
		},
		paths: map[string][]string{
			"adviseer de huid twee keer per dag in te vetten": {"3 Richtlijnen beleid", "3.1 Behandeling"},
		},
	},
	{
		file: "testdata/producers/chromium-ft07.pdf",
		// Chromium, two columns: list items with bold lead-ins that wrap
		// ("3. Stap 3 (onvoldoende effect na 6" / "weken …): overleg") or
		// end in a colon. No lead-in becomes a heading, so no later passage
		// is filed under one.
		gone: []string{},
		paths: map[string][]string{
			"overleg met de dermatoloog over systemische behandeling":      {"4 Richtlijnen beleid", "4.3 Medicamenteuze behandeling", "4.3.1 Stappenplan"},
			"Controleer na de start van stap 2 na 3 weken":                 {"4 Richtlijnen beleid", "4.4 Controle"},
			"Verwijs naar de dermatoloog bij een KEI ≥ 12 of twijfel over": {"4 Richtlijnen beleid", "4.5 Consultatie en verwijzing"},
		},
	},
}

// flatBlock is a block with its text and the headings above it.
type flatBlock struct {
	Block
	text string
	page int
	path []string // headings above it, title (level 1) left out
}

func flatten(doc *Document) []flatBlock {
	var out []flatBlock
	var stack []Block
	var texts []string
	for _, p := range doc.Pages {
		r := []rune(p.Text)
		for _, b := range p.Blocks {
			t := string(r[b.Start:b.End])
			if b.Kind == Heading {
				for len(stack) > 0 && stack[len(stack)-1].Level >= b.Level {
					stack, texts = stack[:len(stack)-1], texts[:len(texts)-1]
				}
				stack, texts = append(stack, b), append(texts, t)
			}
			var path []string
			for i, h := range stack {
				if h.Level > 1 {
					path = append(path, texts[i])
				}
			}
			out = append(out, flatBlock{b, t, p.Number, path})
		}
	}
	return out
}

func TestPDFStructure(t *testing.T) {
	for _, tc := range structureCases {
		t.Run(strings.TrimSuffix(filepath.Base(tc.file), ".pdf"), func(t *testing.T) {
			data, err := os.ReadFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := PDF(context.Background(), data, PDFOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := pdfCheckDocument(doc); err != nil {
				t.Fatal(err)
			}
			checkStructure(t, tc, flatten(doc))
		})
	}
}

func checkStructure(t *testing.T, tc structureCase, blocks []flatBlock) {
	t.Helper()
	var labels, notes []string
	for _, b := range blocks {
		if b.Kind == Note {
			labels, notes = append(labels, b.Label), append(notes, b.text)
		}
	}
	if diff := cmp.Diff(tc.notes, labels); diff != "" {
		t.Errorf("note labels (-want +got):\n%s", diff)
	}
	for _, b := range blocks {
		if b.Kind == Note {
			continue
		}
		for _, n := range notes {
			if probe := firstRunes(n, 40); strings.Contains(b.text, probe) {
				t.Errorf("note text %q in a %v block on page %d", probe, b.Kind, b.page)
			}
		}
		for _, g := range tc.gone {
			if strings.Contains(b.text, g) {
				t.Errorf("%q still in block %q", g, firstRunes(b.text, 80))
			}
		}
	}
	for phrase, label := range tc.marked {
		b, ok := findBlock(blocks, phrase)
		if !ok {
			t.Errorf("no block contains %q", phrase)
			continue
		}
		if !slices.Contains(b.Notes, label) {
			t.Errorf("block with %q has notes %q, want %q among them", phrase, b.Notes, label)
		}
	}
	for leadIn, items := range tc.lists {
		checkList(t, blocks, leadIn, items)
	}
	for _, phrase := range tc.starts {
		if !slices.ContainsFunc(blocks, func(b flatBlock) bool { return strings.HasPrefix(b.text, phrase) }) {
			b, _ := findBlock(blocks, phrase)
			t.Errorf("no block starts with %q; it stands in %q", phrase, firstRunes(b.text, 200))
		}
	}
	for _, phrase := range tc.whole {
		if _, ok := findBlock(blocks, phrase); !ok {
			t.Errorf("no block contains %q", phrase)
		}
	}
	for phrase, want := range tc.paths {
		b, ok := findBlock(blocks, phrase)
		if !ok {
			t.Errorf("no block contains %q", phrase)
			continue
		}
		if diff := cmp.Diff(want, b.path); diff != "" {
			t.Errorf("section path of %q (-want +got):\n%s", phrase, diff)
		}
	}
}

// checkList finds the lead-in paragraph by its end and compares the list items after
// it (notes in between are skipped) as "level label text".
func checkList(t *testing.T, blocks []flatBlock, leadIn string, want []string) {
	t.Helper()
	i := slices.IndexFunc(blocks, func(b flatBlock) bool { return strings.HasSuffix(b.text, leadIn) })
	if i < 0 {
		t.Errorf("no block ends with the lead-in %q", leadIn)
		return
	}
	if blocks[i].Kind != Paragraph {
		t.Errorf("lead-in is a %v block", blocks[i].Kind)
	}
	var got []string
	for _, b := range blocks[i+1:] {
		if b.Kind == Note {
			continue
		}
		if b.Kind != ListItem {
			break
		}
		got = append(got, fmt.Sprintf("%d %s %s", b.Level, b.Label, b.text))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("list after %q (-want +got):\n%s", leadIn, diff)
	}
}

func findBlock(blocks []flatBlock, phrase string) (flatBlock, bool) {
	for _, b := range blocks {
		if strings.Contains(b.text, phrase) {
			return b, true
		}
	}
	return flatBlock{}, false
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// TestPDFKompasNotes: the AI Kompas prints its sources as numbered URL
// lists in a smaller size beside the text and its markers at the body size
// ("OpenEvidence12"). No content block may be made of URLs, and the
// passages named in issue 12 must be free of them.
func TestPDFKompasNotes(t *testing.T) {
	data, err := os.ReadFile(kompasPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	doc, err := PDF(context.Background(), data, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	blocks := flatten(doc)
	labels := map[string]bool{}
	for _, b := range blocks {
		if b.Kind == Note {
			labels[b.Label] = true
			continue
		}
		words := strings.Fields(b.text)
		urls := 0
		for _, w := range words {
			if pdfIsURL(w) {
				urls++
			}
		}
		if urls > 0 && urls*3 >= len(words) {
			t.Errorf("page %d: content block mostly URLs: %q", b.page, firstRunes(b.text, 120))
		}
		for _, bad := range []string{"68. http://bit.ly", "Na indienen van http", "69. https://"} {
			if strings.Contains(b.text, bad) {
				t.Errorf("page %d: %q in content block %q", b.page, bad, firstRunes(b.text, 120))
			}
		}
	}
	for _, l := range []string{"1", "12", "68", "69", "74", "125", "160"} {
		if !labels[l] {
			t.Errorf("no note labelled %q", l)
		}
	}
	for phrase, label := range map[string]string{"OpenEvidence": "12", "Uit een onderzoek uit 2023": "68", "in Woerden wordt": "72"} {
		b, ok := findBlock(blocks, phrase)
		if !ok {
			t.Errorf("no block contains %q", phrase)
			continue
		}
		if !slices.Contains(b.Notes, label) {
			t.Errorf("block with %q has notes %q, want %q", phrase, b.Notes, label)
		}
	}
}

func TestPDFCitationNumbers(t *testing.T) {
	for in, want := range map[string][]string{
		"3":     {"3"},
		"2, 3":  {"2", "3"},
		"1–3":   {"1", "2", "3"},
		"1-2,5": {"1", "2", "5"},
		"5-2":   nil,
		"1-100": nil,
	} {
		if diff := cmp.Diff(want, pdfCitationNumbers(in)); diff != "" {
			t.Errorf("pdfCitationNumbers(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// The Nivel article ends in a "Links:" list of related articles: a
// reference section, kept apart from the content.
func TestPDFNivelLinks(t *testing.T) {
	data, err := os.ReadFile("../../corpus/nivel-inzet-ai-huisartsenpraktijken.pdf")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	doc, err := PDF(context.Background(), data, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, ok := findBlock(flatten(doc), "Huisartsenorganisatie Medi-Mere pioniert")
	if !ok || b.Kind != Note || !slices.Equal(b.path, []string{"Links:"}) {
		t.Errorf("link list: found %v, kind %v, path %q; want a Note under Links:", ok, b.Kind, b.path)
	}
	if b, _ := findBlock(flatten(doc), "Het Nivel verwacht dat het gebruik"); b.Kind != Paragraph {
		t.Errorf("content before the links is a %v block", b.Kind)
	}
}

// Endnotes stand on a page of their own, away from their superscript
// markers; the document's superscripts are the evidence. A small numbered
// line without any marker anywhere stays content.
func TestPDFMarkNotesEndnotes(t *testing.T) {
	line := func(y, size float64, text string, notes ...string) pdfLine {
		return pdfLine{y: y, x0: 50, x1: 500, size: size, text: text, notes: notes}
	}
	pages := [][]pdfBlock{
		{{lines: []pdfLine{line(700, 10, "Behandel kort.", "1")}}},
		{{lines: []pdfLine{line(700, 8, "1 Zie de toelichting in het register.")}},
			{lines: []pdfLine{line(600, 8, "2 Een tweede eindnoot zonder verwijzing.")}}},
	}
	pdfMarkNotes(pages, 10, nil)
	var got []string
	for _, bs := range pages {
		for _, b := range bs {
			got = append(got, fmt.Sprintf("%v %s %s", b.kind == Note, b.label, pdfBlockText(b)))
		}
	}
	want := []string{
		"false  Behandel kort.",
		"true 1 Zie de toelichting in het register.",
		"false  2 Een tweede eindnoot zonder verwijzing.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

// TestPDFMarkerBeforeAFullStop takes a superscript note number followed
// by the sentence's full stop for a marker: LibreOffice sets python-docx's
// FT-25 "… in het dagelijks leven meet².", and the full stop, at the
// text's size, had left the raised "2" in the word ("meet2."), as
// "per jaar¹." had left "jaar1.".
func TestPDFMarkerBeforeAFullStop(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft25/ft25-dauwknie.pdf")
	var text strings.Builder
	var notes []string
	for _, p := range doc.Pages {
		text.WriteString(p.Text + "\n")
		for _, b := range p.Blocks {
			notes = append(notes, b.Notes...)
		}
	}
	for _, want := range []string{"in het dagelijks leven meet.", "per 1000 patiënten per jaar."} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("no block holds %q", want)
		}
	}
	if strings.Contains(text.String(), "meet2.") || !slices.Contains(notes, "2") {
		t.Errorf("the marker stayed in the text, or is no note (notes %v)", notes)
	}
}

// TestPDFPowerOfTenStaysRaised keeps the raised exponent of "× 10⁹/l"
// raised: the raised 9 after "10" had joined the base as the number 109
// ("leukocyten onder 3,0 × 109 /l", Sphinx's LaTeX in FT-47, its
// exponent inside the word "10⁹/l."; pdfLaTeX's FT-22 after a space).
func TestPDFPowerOfTenStaysRaised(t *testing.T) {
	for file, want := range map[string]string{
		"../../testdata/heldout/ft47/ft47-kalkwang.pdf":    "leukocyten onder 3,0 × 10⁹/l.",
		"../../testdata/heldout/ft22/ft22-schelpnagel.pdf": "tot 15 × 10⁹/l",
	} {
		doc := extractPath(t, file)
		var text strings.Builder
		for _, p := range doc.Pages {
			text.WriteString(p.Text + "\n")
		}
		if !strings.Contains(text.String(), want) {
			t.Errorf("%s: no block holds %q", file, want)
		}
		if strings.Contains(text.String(), "× 109") {
			t.Errorf("%s: an exponent joined its base: %q", file, text.String()[strings.Index(text.String(), "× 109"):][:20])
		}
	}
}

// TestPDFNumberAfterACapitalIsAName keeps one digit after a capital letter
// in its word: FT-49's "stofmasker (FFP2)" had lost its 2 to note 2 on
// the same page, while the Kompas's markers glued to acronyms, of two or
// three digits, still leave the text, after two capitals too: "(men
// spreekt van schaduw-AI155)" kept note 155 in the term it defines.
func TestPDFNumberAfterACapitalIsAName(t *testing.T) {
	for _, tt := range []struct{ file, want, not string }{
		{"../../testdata/heldout/ft49/ft49-veldspaatkoorts.pdf", "stofmasker (FFP2).", "(FFP)"},
		{"../../corpus/ai-kompas-nulde-eerstelijnszorg.pdf", "West-Brabant (HCWB) koos", "HCWB70"},
		{"../../corpus/ai-kompas-nulde-eerstelijnszorg.pdf", "(men spreekt van schaduw-AI)", "AI155"},
		{"../../corpus/ai-kompas-nulde-eerstelijnszorg.pdf", "HL7", "AI13"},
	} {
		doc := extractPath(t, tt.file)
		var text strings.Builder
		for _, p := range doc.Pages {
			text.WriteString(p.Text + "\n")
		}
		if !strings.Contains(text.String(), tt.want) || strings.Contains(text.String(), tt.not) {
			t.Errorf("%s: want %q, not %q", tt.file, tt.want, tt.not)
		}
	}
}

// TestPDFMarkerAfterAUnitPer reads a raised number after a unit counted
// per another that is no length as a note's marker: pdf-lib's FT-57 read
// "bij een CRP boven 100 mg/l3" and FT-47's dose cell "1 mg/kg1", while
// "mg/m²" keeps its power. FT-57's notes 5 and 6, referred to from dose
// rows only, are notes of their own, not the end of note 4
// (pdfTableNoteRefs).
func TestPDFMarkerAfterAUnitPer(t *testing.T) {
	for host, want := range map[string]bool{"100 mg/l": true, "1 mg/kg": true, "mmol/l": true, "75 mg/m": false, "m": false, "cm": false} {
		if got := pdfMarkerHost(host, "3"); got != want {
			t.Errorf("pdfMarkerHost(%q, 3) = %v, want %v", host, got, want)
		}
	}
	doc := extractPath(t, "../../testdata/heldout/ft57/ft57-kwartelhoest.pdf")
	var text strings.Builder
	notes := map[string]string{}
	for _, p := range doc.Pages {
		text.WriteString(p.Text + "\n")
		for _, b := range p.Blocks {
			if b.Kind == Note {
				notes[b.Label] = string([]rune(p.Text)[b.Start:b.End])
			}
		}
	}
	if !strings.Contains(text.String(), "bij een CRP boven 100 mg/l is een pneumonie") {
		t.Errorf("the marker stayed on its unit")
	}
	for _, label := range []string{"3", "4", "5", "6"} {
		if notes[label] == "" || strings.Contains(notes[label], "Korvalizine gaat") && label != "5" {
			t.Errorf("note %s = %q", label, notes[label])
		}
	}
}

// TestPDFFootnoteNumberGlued reads Calligra Words' footnotes, whose
// number stands at the size of their text and touches its first word
// ("1Cijfers afkomstig uit …", FT-129): they had been glued to the last
// paragraph of their page, "2.3 Etiologie en beloop" holding the note on
// the incidence figures of 2.2.
func TestPDFFootnoteNumberGlued(t *testing.T) {
	doc := extractPath(t, "../../testdata/heldout/ft129/ft129-taleritis.pdf")
	notes := map[string]string{}
	for _, p := range doc.Pages {
		if strings.Contains(p.Text, "1Cijfers") || strings.Contains(p.Text, "4Gebaseerd") {
			t.Errorf("page %d: a note's number stayed on its text", p.Number)
		}
		for _, b := range p.Blocks {
			if b.Kind == Note {
				notes[b.Label] = string([]rune(p.Text)[b.Start:b.End])
			}
		}
	}
	for label, want := range map[string]string{"1": "Cijfers afkomstig", "2": "De TALER-score is ontwikkeld", "3": "Afspraak met de fictieve", "4": "Gebaseerd op fictieve gegevens"} {
		if !strings.HasPrefix(notes[label], want) {
			t.Errorf("note %s = %q, want it to start with %q", label, notes[label], want)
		}
	}
}

// A note's number raised after a word of two letters is a note marker
// unless the word is a unit of length, whose powers are areas and
// volumes ("cm²"): a footnote call after a dose's frequency or unit had
// been read into the dose ("2 dd6", WeasyPrint's FT-221; "1 dd 20 mg5",
// FT-28) or a weight ("≥ 10 kg2", fpdf's FT-41), and after a sentence's
// last word into the word ("is2.", FT-38).
func TestPDFMarkerAfterTwoLetters(t *testing.T) {
	for path, rows := range map[string]map[string]string{
		"../../testdata/heldout/ft221/ft221-mistelhoest.pdf": {"15 mg/kg 2 dd": "dd6"},
		"../../testdata/heldout/ft28/ft28-klokvinger.pdf":    {"Dosering: 1 dd 20 mg": "mg5"},
		"../../testdata/heldout/ft41/ft41-mistboezem.pdf":    {"Kinderen 2–5 jaar en ≥ 10 kg": "kg2"},
	} {
		doc := extractPath(t, path)
		for key, glued := range rows {
			row := rowWith(doc, key)
			if row == "" || strings.Contains(row, glued) {
				t.Errorf("%s: row %q, want one with %q and no %q", path, row, key, glued)
			}
		}
	}
}
