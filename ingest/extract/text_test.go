package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
)

// updateGolden reports whether golden files should be rewritten: with the
// package's -update flag (when a test file defines it) or UPDATE_GOLDEN=1.
func updateGolden() bool {
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		return true
	}
	return os.Getenv("UPDATE_GOLDEN") != ""
}

// blockView is a block with its text, for readable comparisons.
type blockView struct {
	Kind  string   `json:"kind"`
	Level int      `json:"level,omitempty"`
	Text  string   `json:"text"`
	Label string   `json:"label,omitempty"`
	Notes []string `json:"notes,omitempty"`
}

// kindNames are the short names of block kinds in test views and goldens.
var kindNames = map[Kind]string{Paragraph: "p", Heading: "h", ListItem: "li", Caption: "caption", TableRow: "row", Note: "note"}

func viewBlocks(t *testing.T, doc *Document) []blockView {
	t.Helper()
	if len(doc.Pages) != 1 || doc.Pages[0].Number != 1 {
		t.Fatalf("want one page numbered 1, got %+v", doc.Pages)
	}
	checkPageInvariants(t, doc.Pages[0])
	p := doc.Pages[0]
	runes := []rune(p.Text)
	var out []blockView
	for _, b := range p.Blocks {
		out = append(out, blockView{Kind: kindNames[b.Kind], Level: b.Level, Text: string(runes[b.Start:b.End]), Label: b.Label, Notes: b.Notes})
	}
	return out
}

// checkPageInvariants: blocks in order, in bounds, separated by exactly
// "\n\n", covering the whole page text, without blank lines inside.
func checkPageInvariants(t *testing.T, p Page) {
	t.Helper()
	runes := []rune(p.Text)
	var parts []string
	prev := 0
	for i, b := range p.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(runes) {
			t.Fatalf("block %d offsets %d:%d out of order or bounds (len %d)", i, b.Start, b.End, len(runes))
		}
		text := string(runes[b.Start:b.End])
		if strings.Contains(text, "\n\n") || text != strings.TrimSpace(text) {
			t.Errorf("block %d text %q has a blank line or untrimmed space", i, text)
		}
		parts = append(parts, text)
		prev = b.End
	}
	if got := strings.Join(parts, "\n\n"); got != p.Text {
		t.Errorf("blocks joined by blank lines != page text\nblocks: %q\npage:   %q", got, p.Text)
	}
	if !utf8.ValidString(p.Text) {
		t.Errorf("page text is not valid UTF-8")
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blockView
	}{
		{"paragraphs", "Een.\n\nTwee.", []blockView{{Kind: "p", Text: "Een."}, {Kind: "p", Text: "Twee."}}},
		{"line breaks kept", "regel 1\nregel 2", []blockView{{Kind: "p", Text: "regel 1\nregel 2"}}},
		{"crlf single break", "a\r\nb\rc", []blockView{{Kind: "p", Text: "a\nb\nc"}}},
		{"crlf and many blank lines", "a b\r\n\r\n\r\n\r\nc", []blockView{{Kind: "p", Text: "a b"}, {Kind: "p", Text: "c"}}},
		{"whitespace collapsed", "  veel   \t ruimte  ", []blockView{{Kind: "p", Text: "veel ruimte"}}},
		{"ligature and nbsp", "ﬁnanciering\u00a0zorg", []blockView{{Kind: "p", Text: "financiering zorg"}}},
		{"bom dropped", "\ufeffpatiënt", []blockView{{Kind: "p", Text: "patiënt"}}},
		{"typed list with lead-in and a continued item", "Vraag naar:\n• koorts\n  en duur\n• hoest\n\n1. een\n2) twee", []blockView{
			{Kind: "p", Text: "Vraag naar:"}, {Kind: "li", Level: 1, Text: "koorts\nen duur"}, {Kind: "li", Level: 1, Text: "hoest"},
			{Kind: "li", Level: 1, Text: "een", Label: "1."}, {Kind: "li", Level: 1, Text: "twee", Label: "2)"}}},
		{"one dash line is no list", "Stap:\n- alleen deze", []blockView{{Kind: "p", Text: "Stap:\n- alleen deze"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.MediaType != "text/plain" {
				t.Errorf("MediaType = %q", doc.MediaType)
			}
			if diff := cmp.Diff(tt.want, viewBlocks(t, doc)); diff != "" {
				t.Errorf("blocks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blockView
	}{
		{"atx", "# Titel\n\n## Sub ##\ntekst", []blockView{{Kind: "h", Level: 1, Text: "Titel"}, {Kind: "h", Level: 2, Text: "Sub"}, {Kind: "p", Text: "tekst"}}},
		{"setext", "Titel\n=====\n\nSub\n---\n", []blockView{{Kind: "h", Level: 1, Text: "Titel"}, {Kind: "h", Level: 2, Text: "Sub"}}},
		{"soft wrap joined", "een\ntwee", []blockView{{Kind: "p", Text: "een twee"}}},
		// struck-out text is withdrawn and goes with its markup
		{"emphasis stripped", "*schuin* en **vet** en _ook_ en ~~weg~~", []blockView{{Kind: "p", Text: "schuin en vet en ook en"}}},
		{"links keep text", "[tekst](http://x.nl) en <https://y.nl> en ![alt](a.png)", []blockView{{Kind: "p", Text: "tekst en https://y.nl en alt"}}},
		{"list items", "- een\n- twee\n  verder\n3. drie", []blockView{{Kind: "li", Level: 1, Text: "een"}, {Kind: "li", Level: 1, Text: "twee verder"}, {Kind: "li", Level: 1, Text: "drie", Label: "3."}}},
		{"hrule is no heading", "tekst\n\n---\n\nmeer", []blockView{{Kind: "p", Text: "tekst"}, {Kind: "p", Text: "meer"}}},
		{"escapes literal", `\*niet schuin\* en snake_case`, []blockView{{Kind: "p", Text: "*niet schuin* en snake_case"}}},
		{"multiplication kept", "2 * 3", []blockView{{Kind: "p", Text: "2 * 3"}}},
		{"code fence", "```\na  b\n\n# geen kop\n```", []blockView{{Kind: "p", Text: "a b\n# geen kop"}}},
		{"inline html", "a <span class=\"x\">b</span> <!-- c --> d", []blockView{{Kind: "p", Text: "a b d"}}},
		{"empty heading skipped", "#\n\ntekst", []blockView{{Kind: "p", Text: "tekst"}}},
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
		})
	}
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantTitle string
		want      []blockView
	}{
		{"title and headings", "<title> Mijn  titel </title><h1>Kop</h1><p>Tekst</p><h3>Sub</h3>", "Mijn titel",
			[]blockView{{Kind: "h", Level: 1, Text: "Kop"}, {Kind: "p", Text: "Tekst"}, {Kind: "h", Level: 3, Text: "Sub"}}},
		{"title from h1", "<h2>Twee</h2><h1>Een</h1>", "Een", []blockView{{Kind: "h", Level: 2, Text: "Twee"}, {Kind: "h", Level: 1, Text: "Een"}}},
		{"chrome dropped", "<nav>menu</nav><header>kop</header><p>inhoud</p><footer>voet</footer><aside>x</aside><script>s</script><style>p{}</style><noscript>n</noscript><template>t</template>", "",
			[]blockView{{Kind: "p", Text: "inhoud"}}},
		{"hidden dropped", `<p hidden>weg</p><div aria-hidden="true">weg</div><p>blijft</p>`, "", []blockView{{Kind: "p", Text: "blijft"}}},
		{"inline joins", "<p>een <b>vet</b><i>woord</i>\n  hier</p>", "", []blockView{{Kind: "p", Text: "een vetwoord hier"}}},
		// A list item keeps its inner paragraphs (one item, one citation
		// target); they were separate paragraphs before list items existed.
		{"item keeps its paragraphs", "<li>item<p>alinea</p>staart</li>", "", []blockView{{Kind: "li", Level: 1, Text: "item\nalinea\nstaart"}}},
		{"br is line break", "<p>a<br>b</p>", "", []blockView{{Kind: "p", Text: "a\nb"}}},
		{"entities", "<p>R&amp;D &eacute; &#39;x&#39;</p>", "", []blockView{{Kind: "p", Text: "R&D é 'x'"}}},
		// A table without a header is still a table: its row is one block
		// (cells used to be separate paragraphs).
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "", []blockView{{Kind: "row", Text: "a · b"}, {Kind: "row", Text: "c · d"}}},
		{"one row without a header is layout", "<table><tr><td>Waarschuwing</td><td>Verwijs direct.</td></tr></table>", "", []blockView{{Kind: "p", Text: "Waarschuwing"}, {Kind: "p", Text: "Verwijs direct."}}},
		{"windows-1252 declared", "<meta charset=\"windows-1252\"><p>pati\xebnt</p>", "", []blockView{{Kind: "p", Text: "patiënt"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.wantTitle || doc.MediaType != "text/html" {
				t.Errorf("Title, MediaType = %q, %q; want %q, text/html", doc.Title, doc.MediaType, tt.wantTitle)
			}
			if diff := cmp.Diff(tt.want, viewBlocks(t, doc)); diff != "" {
				t.Errorf("blocks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextFormatsErrors(t *testing.T) {
	funcs := map[string]func([]byte) (*Document, error){"text": Text, "markdown": Markdown, "html": HTML}
	inputs := []struct {
		name, in, wantMsg string
	}{
		{"empty", "", msgTextEmpty},
		{"whitespace", " \n\t\r\n ", msgTextEmpty},
		{"invalid utf-8", "pati\xebnt", msgTextInvalidUTF8},
	}
	for fname, f := range funcs {
		for _, in := range inputs {
			t.Run(fname+"/"+in.name, func(t *testing.T) {
				doc, err := f([]byte(in.in))
				if doc != nil || bronwijzer.ErrorCode(err) != bronwijzer.EINVALID || bronwijzer.ErrorMessage(err) != in.wantMsg {
					t.Errorf("got %v, %v; want EINVALID %q", doc, err, in.wantMsg)
				}
			})
		}
	}
	for _, in := range []string{"<script>x</script><nav>menu</nav>", "<!-- alleen commentaar -->"} {
		if _, err := HTML([]byte(in)); bronwijzer.ErrorMessage(err) != msgTextEmpty {
			t.Errorf("HTML(%q) error = %v, want %q", in, err, msgTextEmpty)
		}
	}
}

func TestTextFormatsGolden(t *testing.T) {
	funcs := map[string]func([]byte) (*Document, error){".html": HTML, ".md": Markdown, ".txt": Text}
	files, err := filepath.Glob("testdata/text/sample.*")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range files {
		f, ok := funcs[filepath.Ext(in)]
		if !ok {
			continue
		}
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := f(data)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(struct {
				Title, MediaType string
				Blocks           []blockView
			}{doc.Title, doc.MediaType, viewBlocks(t, doc)}); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			golden := in + ".golden"
			if updateGolden() {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update or UPDATE_GOLDEN=1 to create)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func ExampleMarkdown() {
	doc, _ := Markdown([]byte("# Zorg\n\nDe *huisarts* helpt."))
	for _, b := range doc.Pages[0].Blocks {
		fmt.Printf("%d %d %q\n", b.Kind, b.Level, string([]rune(doc.Pages[0].Text)[b.Start:b.End]))
	}
	// Output:
	// 1 1 "Zorg"
	// 0 0 "De huisarts helpt."
}

// FuzzTextFormats checks that any input either fails with an EINVALID
// error or yields pages, in order and each with blocks, whose blocks
// exactly tile their text; HTML and Markdown one page, a text one a form
// feed starts.
func FuzzTextFormats(f *testing.F) {
	for _, s := range []string{"# a\n\nb", "<p>x<br>y</p>", "a\r\n\r\nb", "- [x] *a*\n> b", "```\n\n```", "\xff", "<h1></h1>", "a\u2028b",
		"<table><caption>T</caption><tr><th>a<td rowspan=3 colspan=2>b<tr><td>c</table>", "| a | b |\n|---|---|\n| c | |\n",
		"- a\n  - b\n1. c[^1]\n\n[^1]: d", "a\n\fb\f\n\n\fc\nd\f", "<table><tr><td>a\n\n<TABLE><tr><th>b", "<dl><dt>a<div><dt>b<dd><p>c</dl>", "<p>x [1]</p><h2>Literatuur</h2><ol><li>y</ol><details>z</details><sup><a href=#f>1</a></sup>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for name, fn := range map[string]func([]byte) (*Document, error){"text": Text, "markdown": Markdown, "html": HTML} {
			doc, err := fn([]byte(in))
			if err != nil {
				if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
					t.Fatalf("%s: error %v is not EINVALID", name, err)
				}
				continue
			}
			if len(doc.Pages) == 0 || name != "text" && len(doc.Pages) != 1 {
				t.Fatalf("%s: %d pages", name, len(doc.Pages))
			}
			for k, p := range doc.Pages {
				if len(p.Blocks) == 0 || p.Number < 1 || k > 0 && p.Number <= doc.Pages[k-1].Number {
					t.Fatalf("%s: page %d of %+v: numbers out of order or no blocks", name, k, doc.Pages)
				}
				checkPageInvariants(t, p)
			}
			checkTableRows(t, doc)
		}
	})
}

// TestGuidelineGolden pins the structure of the HTML and Markdown dev
// guidelines: every block with its kind, level, label and note links, and
// every table with its caption, header and rows. Refresh with -update or
// UPDATE_GOLDEN=1 and review the diff.
func TestGuidelineGolden(t *testing.T) {
	for _, tc := range []struct {
		file string
		fn   func([]byte) (*Document, error)
	}{
		{"ft03-pluimhoest.html", HTML},
		{"ft04-sintelhuidziekte.md", Markdown},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../../testdata/guidelines", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := tc.fn(data)
			if err != nil {
				t.Fatal(err)
			}
			checkTableRows(t, doc)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(struct {
				Title  string
				Blocks []blockView
				Tables []Table
			}{doc.Title, viewBlocks(t, doc), doc.Tables}); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, filepath.Join("testdata/golden", tc.file+".golden"), buf.String())
		})
	}
}

// checkTableRows checks the contract the chunker relies on
// (checkTableBlocks: a TableRow block's text is exactly its
// Table.RowText, a Caption block's its caption, every row stands once),
// and that a table is on the page of its blocks.
func checkTableRows(t *testing.T, doc *Document) {
	t.Helper()
	if err := checkTableBlocks(doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pages {
		for _, b := range p.Blocks {
			if (b.Kind == TableRow || b.Kind == Caption) && doc.Tables[b.Table-1].Page != p.Number {
				t.Errorf("table %d on page %d, its block on page %d", b.Table, doc.Tables[b.Table-1].Page, p.Number)
			}
		}
	}
}

func compareGolden(t *testing.T, golden, got string) {
	t.Helper()
	if updateGolden() {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update or UPDATE_GOLDEN=1 to create)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
	}
}

// TestFT03NoChrome checks that none of the guideline page's chrome survives:
// menu, search box, breadcrumb, page menu, sidebar, cookie notice, service
// links, newsletter and scripts.
func TestFT03NoChrome(t *testing.T) {
	data, err := os.ReadFile("../../testdata/guidelines/ft03-pluimhoest.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := HTML(data)
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Pages[0].Text
	for _, chrome := range []string{
		"Direct naar de inhoud", "Richtlijnen A–Z", "Scholing en e-learning", "Inloggen", "Zoek een richtlijn",
		"Kruimelpad", "Luchtwegen", "Op deze pagina", "Printversie", "Download pdf",
		"Gerelateerde richtlijnen", "Acuut hoesten", "Webinar", "nieuwe huisstijl", "Deel deze pagina", "LinkedIn",
		"cookies", "Alle cookies accepteren", "Privacyverklaring", "Colofon", "nieuwsbrief", "e-mailadres",
		"Alle rechten voorbehouden", "localStorage", "schema.org",
	} {
		if strings.Contains(text, chrome) {
			t.Errorf("chrome %q survives in the page text", chrome)
		}
	}
	for _, content := range []string{"FICTIEVE TESTRICHTLIJN", "Kernboodschappen", "5 Literatuur", "Ziekte, virus, geneesmiddelen"} {
		if !strings.Contains(text, content) {
			t.Errorf("content %q is missing", content)
		}
	}
}

// TestTextAlignedTable reads the tables of FT-135's plain-text source,
// typed in columns aligned with spaces under a dashed rule (a2ps printed
// it as it stands): a dose table that names each drug on its first row and
// wraps a dose onto a second line, and a score's criteria and bands. Their
// spaces had been collapsed before the blocks were read, and the rows run
// together into paragraphs.
func TestTextAlignedTable(t *testing.T) {
	data, err := os.ReadFile("../../testdata/heldout/ft135/src/ft135-lindeveldhoest.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Text(data)
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
		"Middel: tralocyne · Groep: volwassenen · Dosering: dag 1: 500 mg 1 dd dag 2-5: 250 mg 1 dd · Duur: 5 dagen · Max/dag: 500 mg · Opm: (a)",
		"Middel: quendoral · Groep: zuigeling 0-6 mnd · Dosering: 7,5 mg/kg 2 dd · Duur: 7 dagen · Max/dag: 15 mg/kg · Opm: (e)",
		"Middel: celmirotan · Groep: kind < 6 jr · Dosering: niet gebruiken · Duur: - · Max/dag: -",
		"Criterium: Temperatuur van 38,5 °C of hoger · Punten: -1",
		"Score: -1 tot 1 · Kans op lindeveldhoest: laag (minder dan 5%) · Beleid: geen aanvullend onderzoek; zoek naar een andere oorzaak van de hoest",
	} {
		if !rows[want] {
			t.Errorf("no row %q", want)
		}
	}
	if len(doc.Tables) != 3 {
		t.Errorf("%d tables, want 3", len(doc.Tables))
	}
}

// TestTextBoxDrawnTable reads FT-140, a page saved as text by w3m, whose
// tables are drawn with box-drawing characters: each drug's name spans its
// rows and stands half-way down them, on a line where the rule under a
// row crosses the other columns ("│dorvastine ├──────…"), and cells wrap
// onto a second line. Nothing had been read as a table: the rows ran
// together into paragraphs of bars, and a row that came before its drug's
// name could not have had it.
func TestTextBoxDrawnTable(t *testing.T) {
	rows := heldOutRows(t, "../../testdata/heldout/ft140/ft140-duinvlaskoorts.txt", Text)
	wantCaptionedRows(t, rows, map[string]string{
		"Middel: brisomycine · Patiëntgroep: volwassenen · Dosering: 500 mg 3 dd · Duur: 7 dagen · Maximum: 1500 mg per dag · Opmerkingen: innemen op een lege maag":                             "",
		"Middel: brisomycine · Patiëntgroep: zwangerschap en borstvoeding · Dosering: 500 mg 3 dd · Duur: 7 dagen · Maximum: 1500 mg per dag · Opmerkingen: veilig in alle trimesters":           "",
		"Middel: dorvastine · Patiëntgroep: volwassenen · Dosering: eerste dag 200 mg 2 dd, daarna 100 mg 2 dd · Duur: 5 dagen · Maximum: 400 mg per dag · Opmerkingen: niet met zuivel innemen": "",
		"Criterium: N – Nachtelijke koorts ≥ 38,5 °C gedurende minstens 2 nachten · Punten: 1":                                                                                                   "",
		"Score: 3–4 · Waarschijnlijkheid: intermediair (10 tot 50%) · Beleid: CRP bepalen; behandelen bij CRP hoger dan 50 mg/l":                                                                 "",
	})
	for row := range rows {
		if strings.ContainsAny(row, "│─┼") {
			t.Errorf("a row holds the drawing: %q", row)
		}
	}
}

// TestTextOutdentedHeadings reads FT-143, a web page saved as text by
// lynx, which indents its paragraphs by three spaces, its sections' titles
// by none and its subsections' by two, each alone between blank lines:
// those lines are headings, one level apart (outdentLevels). Nothing had
// been a heading, and every passage had had an empty section.
func TestTextOutdentedHeadings(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft143/ft143-kievitskeel.txt", Text)
	levels := headingLevels(doc)
	wantHeadingLevels(t, levels, map[string]int{
		"Achtergronden": 2, "Begrippen": 3, "Richtlijnen beleid": 2, "Medicamenteuze behandeling": 3, "Consultatie en verwijzing": 3,
	})
	for title := range levels {
		if captionLike(title) || strings.HasPrefix(title, "Kievitskeel") {
			t.Errorf("%q is a heading", title)
		}
	}
}

// TestTextOrgExport reads FT-152, an Org file exported as UTF-8 text by
// Emacs: its tables are framed by heavy rules, a light rule under the
// header, the caption under the closing rule ("Tabel 3: …"), and its
// headings are underlined with "═" (sections) and "─" (subsections and
// the contents). The rule above a header had been taken for the one under
// it, and no table was read; the headings had been paragraphs.
func TestTextOrgExport(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft152/ft152-kwartelhoest.txt", Text)
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft152/ft152-kwartelhoest.txt", Text), map[string]string{
		"Middel: dorvanaxine (tablet 250 mg, drank 50 mg/ml) · Patiëntgroep: kinderen 10–25 kg · Dosering: 125 mg 2 dd · Duur: 7 dagen · Maximum: 250 mg/dag · Opmerkingen: 2,5 ml drank 2 dd": "Tabel 3: Doseringen bij kwartelhoest",
		"Middel: fenaridon (tablet 100 mg) · Patiëntgroep: eGFR 15–30 ml/min · Dosering: 100 mg 1 dd · Duur: 5 dagen · Maximum: 100 mg/dag · Opmerkingen: geen oplaaddosis":                    "Tabel 3: Doseringen bij kwartelhoest",
		"Score: 4–5 punten · Kans op kwartelhoest: intermediair (35%) · Beleid: OCS-test; behandel bij positieve uitslag":                                                                      "Tabel 2: Interpretatie van de KWAS-score",
	})
	levels := headingLevels(doc)
	for title, level := range map[string]int{"4 Alarmsymptomen": 2, "5.3 Medicamenteuze behandeling": 3} {
		if levels[title] != level {
			t.Errorf("heading %q: level %d, want %d", title, levels[title], level)
		}
	}
}

// TestTextUnderlinesRanked reads FT-151, Texinfo made plain text by
// texi2any: chapters are underlined with "*", as long as their titles,
// sections with "=". An underline's level is its rank in the order the
// text first uses it, as reStructuredText ranks them, so the sections
// stand under their chapter; "*" had been no underline and "=" the top
// level, and "6 Consultatie en verwijzing" had stood under 5.7. A dose
// table's header over its rule is no title. FT-99's plain-text source
// underlines its sections with "-" and their subsections with "~", which
// had been sections of their own.
func TestTextUnderlinesRanked(t *testing.T) {
	doc99 := readParsed(t, "../../testdata/heldout/ft99/src/ft99-zoutmistkeel.txt", Text)
	for _, b := range flatten(doc99) {
		if b.Kind == Heading && b.text == "Begrippen" && !slices.Equal(b.path, []string{"Achtergronden", "Begrippen"}) {
			t.Errorf("FT-99's Begrippen: path %q, want it under Achtergronden", b.path)
		}
	}
	doc := readParsed(t, "../../testdata/heldout/ft151/ft151-slenkkoorts.txt", Text)
	paths := headingPaths(doc)
	for title, want := range map[string][]string{
		"6 Consultatie en verwijzing": {"6 Consultatie en verwijzing"},
		"5.4 Contra-indicaties":       {"5 Richtlijnen beleid", "5.4 Contra-indicaties"},
	} {
		if got := paths[title]; !slices.Equal(got[max(0, len(got)-len(want)):], want) || len(got) > len(want)+1 {
			t.Errorf("heading %q: path %q, want it to end in %q", title, got, want)
		}
	}
}

// TestTextLinksDump reads FT-155, a web page saved as text by Links 2,
// whose tables are framed in ASCII with a top border that has no joints
// of its columns ("+-------------+"): the columns are those of the first
// rule under it ("|-----+-----|"). A drug's name stands half-way down
// the rows it spans. No table had been read.
func TestTextLinksDump(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft155/ft155-drenkelhoest.txt", Text), map[string]string{
		"Geneesmiddel: Brenmoraxine (tablet 250 mg; drank 50 mg/ml) · Patiëntgroep: Volwassenen · Dosering: 500 mg 3 dd · Duur: 7 dagen · Maximum: 1500 mg/dag · Opmerkingen: Innemen na de maaltijd": "",
		"Geneesmiddel: Talvucine (capsule 100 mg) · Patiëntgroep: Zwangeren · Dosering: 300 mg 1 dd · Duur: 5 dagen · Maximum: 300 mg/dag · Opmerkingen: Eerste keus tijdens de zwangerschap":         "",
		"Criterium: CRP > 50 mg/l · Punten: 2": "",
	})
}

// TestTextStarFramedHeadings reads FT-156, a web page saved as text by
// the C++ html2text, which frames its headings in asterisks, more for a
// higher level ("***** Achtergronden *****", "**** Begrippen ****"), not
// always between blank lines: those are headings (framedLevels). They
// had been paragraphs, and every passage's section empty.
func TestTextStarFramedHeadings(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft156/ft156-dodaarskoorts.txt", Text)
	paths := headingPaths(doc)
	for title, want := range map[string][]string{
		"Begrippen":                 {"Achtergronden", "Begrippen"},
		"Consultatie en verwijzing": {"Consultatie en verwijzing"},
	} {
		if got := paths[title]; !slices.Equal(got, want) {
			t.Errorf("heading %q: path %q, want %q", title, got, want)
		}
	}
}

// heldOutRows reads a committed held-out file with parse and returns the
// text of its tables' rows (Table.RowText), each with its table's caption.
func heldOutRows(t *testing.T, path string, parse func([]byte) (*Document, error)) map[string]string {
	t.Helper()
	doc := readParsed(t, path, parse)
	rows := map[string]string{}
	for _, tb := range doc.Tables {
		for i := range tb.Rows {
			rows[tb.RowText(i)] = tb.Caption
		}
	}
	return rows
}

// wantCaptionedRows fails for each wanted row that is missing or under another
// caption than the one given with it ("" for any).
func wantCaptionedRows(t *testing.T, rows, want map[string]string) {
	t.Helper()
	for row, caption := range want {
		got, ok := rows[row]
		switch {
		case !ok:
			t.Errorf("no row %q", row)
		case caption != "" && got != caption:
			t.Errorf("row %q: caption %q, want %q", row, got, caption)
		}
	}
}

// headingLevels returns the level of each heading of doc by its text.
func headingLevels(doc *Document) map[string]int {
	levels := map[string]int{}
	for _, p := range doc.Pages {
		r := []rune(p.Text)
		for _, b := range p.Blocks {
			if b.Kind == Heading {
				levels[string(r[b.Start:b.End])] = b.Level
			}
		}
	}
	return levels
}

// headingPaths returns each heading's section path.
func headingPaths(doc *Document) map[string][]string {
	paths := map[string][]string{}
	for _, b := range flatten(doc) {
		if b.Kind == Heading {
			paths[b.text] = b.path
		}
	}
	return paths
}

// wantHeadingLevels fails for each wanted heading that is missing or at
// another level.
func wantHeadingLevels(t *testing.T, levels, want map[string]int) {
	t.Helper()
	for title, level := range want {
		if levels[title] != level {
			t.Errorf("heading %q: level %d, want %d", title, levels[title], level)
		}
	}
}

// readParsed reads a committed file with parse.
func readParsed(t *testing.T, path string, parse func([]byte) (*Document, error)) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestTextVerbatimTableGroupCell reads FT-162, POD formatted by pod2text,
// whose dose table is a verbatim block typed in columns: each drug's forms
// go on under its name over the lines of its rows ("fendruxine" over
// "(tablet 500 mg;" over " drank 50 mg/ml)"), and a row's dose may wrap
// onto a line beside the forms. The whole is each row's drug
// (continuesCell); the rows after a group's first had been the forms'
// ("Geneesmiddel: (tablet 500 mg; · Patiëntgroep: ouderen > 70 jaar"),
// named no drug, and the wrapped dose had become a row of its own.
func TestTextVerbatimTableGroupCell(t *testing.T) {
	rows := heldOutRows(t, "../../testdata/heldout/ft162/ft162-zompkoorts.txt", Text)
	wantCaptionedRows(t, rows, map[string]string{
		"Geneesmiddel: fendruxine (tablet 500 mg; drank 50 mg/ml) · Patiëntgroep: ouderen > 70 jaar · Dosering: 500 mg 2 dd · Duur: 10 dagen · Maximum: 1000 mg/dag · Opmerkingen: eGFR bepalen voor de start":              "Tabel 1. Doseringen bij zompkoorts",
		"Geneesmiddel: lirotaxine (capsule 200 mg; suspensie 40 mg/ml) · Patiëntgroep: volwassenen · Dosering: dag 1: 400 mg, daarna 200 mg 1 dd · Duur: 7 dagen · Maximum: 400 mg/dag · Opmerkingen: innemen op lege maag": "Tabel 1. Doseringen bij zompkoorts",
		"Geneesmiddel: brenzapol (tablet 400 mg; zetpil 125 mg) · Patiëntgroep: volwassenen · Dosering: 400 mg 3 dd zo nodig · Duur: max. 5 dagen · Maximum: 1200 mg/dag · Opmerkingen: niet op lege maag":                  "Tabel 1. Doseringen bij zompkoorts",
		"Geneesmiddel: vaskudol (oogdruppels 0,3%) · Patiëntgroep: kinderen 2-12 jaar · Dosering: 1 druppel 2 dd · Duur: 5 dagen · Maximum: 4 druppels/dag · Opmerkingen: niet bij contactlenzen":                           "Tabel 1. Doseringen bij zompkoorts",
	})
	n := 0
	for row, caption := range rows {
		if caption == "Tabel 1. Doseringen bij zompkoorts" {
			n++
		}
		if strings.HasPrefix(row, "Geneesmiddel: (") || strings.HasPrefix(row, "Geneesmiddel: drank") {
			t.Errorf("a row named by its drug's forms: %q", row)
		}
	}
	if n != 20 {
		t.Errorf("%d dose rows, want 20", n)
	}
}

// TestTextHeadingsOverIndentedBody reads FT-162: pod2text sets "=head1"
// titles at the margin and "=head2" titles two spaces in, each right
// above its paragraphs, four spaces in, with no blank line between
// (headsIndented). None had been a heading: they stood alone in none, and
// every passage had had an empty section.
func TestTextHeadingsOverIndentedBody(t *testing.T) {
	levels := headingLevels(readParsed(t, "../../testdata/heldout/ft162/ft162-zompkoorts.txt", Text))
	wantHeadingLevels(t, levels, map[string]int{
		"Achtergronden": 2, "Begrippen": 3, "Beleid": 2, "Medicamenteuze behandeling": 3, "Consultatie en verwijzing": 2, "Contra-indicaties": 2,
	})
	for title := range levels {
		if strings.HasPrefix(title, "*") || strings.HasSuffix(title, ".") {
			t.Errorf("%q is a heading", title)
		}
	}
}

// TestTextBoxTableWithoutRowRules reads two tables drawn without rules
// between their rows (ruledRows): groff's tbl "box" in FT-159's plain text,
// one criterion wrapped onto a second line that leaves the points empty,
// and the ASCII dose table typed in FT-146's source text, each drug named
// on its first row only. Each line that starts a row is a row; the first
// column's drug spans its rows. FT-159's criteria had been one row ("Punten:
// 2 3 3 2 1"), FT-146's drugs one row holding all their populations.
func TestTextBoxTableWithoutRowRules(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft159/ft159-tondelkoorts.txt", Text), map[string]string{
		"Kenmerk: Temperatuur ≥ 38,5 °C · Punten: 2":                                                                                 "Tabel 1. TONDEL-score",
		"Kenmerk: Contact met vermolmd hout of tondelzwammen in de afgelopen 3 weken · Punten: 3":                                    "Tabel 1. TONDEL-score",
		"Kenmerk: Hoofdpijn langer dan 3 dagen · Punten: 1":                                                                          "Tabel 1. TONDEL-score",
		"Score: 0–3 punten · Kans op tondelkoorts: Laag (< 5%) · Beleid: Geen aanvullend onderzoek; afwachten en voorlichting geven": "Tabel 2. Beleid per scoreband",
	})
	rows := heldOutRows(t, "../../testdata/heldout/ft146/src/tjalkhoest.txt", Text)
	wantCaptionedRows(t, rows, map[string]string{
		"Middel: keltridon · Patiëntgroep: ouderen > 70 jaar · Dosering: 8 mg 1 dd · Duur: 3 dagen · Maximum: 8 mg/dag · Opmerkingen: glucose controleren bij diabetes": "",
		"Middel: dravoprol · Patiëntgroep: eGFR < 30 ml/min · Dosering: 10 mg 2 dd · Duur: max. 10 dagen · Maximum: 20 mg/dag · Opmerkingen: -":                         "",
	})
}

// TestTextRunningLinesDropped reads FT-159, groff's plain text, which
// prints its footer ("FICTIEF testdocument − 3 − geen medisch advies") and
// header ("Fictieve Standaard Tondelkoorts FT-159 – juni 2026") on every
// page (runningLines): they are no text of the guideline, and had run
// into its passages. The disclaimer that opens the text stays.
func TestTextRunningLinesDropped(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft159/ft159-tondelkoorts.txt", Text)
	text := doc.Pages[0].Text
	for _, furniture := range []string{"geen medisch advies\n", "- 3 -", "FT-159 – juni 2026"} {
		if strings.Contains(text, furniture) {
			t.Errorf("running line %q left in the text", furniture)
		}
	}
	if !strings.Contains(text, "FICTIEF testdocument, geen medisch advies. Deze standaard") {
		t.Error("the disclaimer is gone")
	}
}

// TestTextTableCellsNotRunning reads FT-179, odt2txt's text, which writes
// each table cell a paragraph: a cell that recurs a few lines on ("500 mg
// 3 dd", "7 dagen", a score's "1") is no running line, which recurs a
// page apart (pageApart). Every such cell had been dropped, and the dose
// table had lost its doses.
func TestTextTableCellsNotRunning(t *testing.T) {
	text := readParsed(t, "../../testdata/heldout/ft179/ft179-mosselbankkoorts.txt", Text).Pages[0].Text
	for _, cell := range []string{"500 mg 3 dd", "400 mg 1 dd", "Kinderen 10–20 kg"} {
		if !strings.Contains(text, cell) {
			t.Errorf("table cell %q dropped", cell)
		}
	}
}

// TestTextBarredTable reads FT-163, a Word document printed as text by
// antiword, whose tables are rows of bars without rules ("|Kenmerk
// |Punten |"), their cells wrapped over lines and each drug named, with
// its forms, beside its group's first rows only (barred, bordered): read
// as a drawn table, each row is a row and the drug spans its group. The
// tables had been text, cut into passages mid-table without header or
// drug.
func TestTextBarredTable(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft163/ft163-veenkoorts.txt", Text), map[string]string{
		"Geneesmiddel: Drostavine (tablet 500 mg; drank 50 mg/ml) · Patiëntgroep: Ouderen > 70 jaar · Dosering: 500 mg 2 dd · Duur: 10 dagen · Maximum: 1000 mg/dag · Opmerkingen: Bepaal vooraf de eGFR":              "Tabel 2 Doseringen bij veenkoorts",
		"Geneesmiddel: Merfaxine (capsule 200 mg; suspensie 40 mg/ml) · Patiëntgroep: Volwassenen · Dosering: dag 1: 400 mg 1 dd, daarna 200 mg 1 dd · Duur: 6 dagen · Maximum: 400 mg/dag · Opmerkingen: Tweede keus": "Tabel 2 Doseringen bij veenkoorts",
		"Kenmerk: Contact met veen of turf in de afgelopen 3 weken · Punten: 3":                                                       "Tabel 1 Criteria van de VKS-score",
		"Score: 0–2 punten · Kans op veenkoorts: laag (< 5%) · Beleid: Geen aanvullend onderzoek; voorlichting en afwachtend beleid.": "Tabel 1b Interpretatie van de VKS-score",
	})
}

// TestTextUnwrappedHeadings reads FT-165, LibreOffice Writer's text
// export: each paragraph on one line, no blank lines between them, and
// its outline-numbered headings ("2  Achtergronden", "3.4  HEZ-score")
// between paragraphs (unwrappedText, outlineNumbered). None had been a
// heading: they stood alone nowhere.
func TestTextUnwrappedHeadings(t *testing.T) {
	levels := headingLevels(readParsed(t, "../../testdata/heldout/ft165/ft165-hezelinkkoorts.txt", Text))
	wantHeadingLevels(t, levels, map[string]int{
		"2 Achtergronden": 2, "2.1 Begrippen": 3, "3.4 HEZ-score": 3, "5.3 Medicamenteuze behandeling": 3, "10 Consultatie en verwijzing": 2,
	})
	if len(levels) != 20 {
		t.Errorf("%d headings, want the 20 of its outline: %v", len(levels), levels)
	}
}

// TestTextUnwrappedListEnds reads FT-165, LibreOffice Writer's text
// export, which writes a paragraph a line with no blank lines between
// them: a list ends at the first line after its items that is no item
// (unwrappedText). The last item of the treatment steps had run on into
// the next paragraph and the dose table's cells, and its "500 mg 3 dd"
// had answered dose questions of other drugs.
func TestTextUnwrappedListEnds(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft165/ft165-hezelinkkoorts.txt", Text)
	r := []rune(doc.Pages[0].Text)
	items := 0
	for _, b := range doc.Pages[0].Blocks {
		text := string(r[b.Start:b.End])
		if strings.Contains(text, "klemvidol gedurende 14 dagen") && (b.Kind != ListItem || strings.Contains(text, "tabel 3")) {
			t.Errorf("the last step is %v %q", b.Kind, text)
		}
		if b.Kind == ListItem {
			items++
		}
	}
	if items < 20 {
		t.Errorf("%d list items, want its lists' (20 or more)", items)
	}
}

// TestTextUnruledTables reads tables typed in columns apart by spaces
// with no rule at all (unruledTable): FT-173, a page as text by
// html-to-text, whose headers are in capitals and whose drug is named in
// the first row of its group only, and FT-169, pdftotext -layout of a
// PDF, whose cells wrap over the lines under a row. Their cells had run
// together as one paragraph: "kinderen 20–40 kg 250 mg 2 dd 7 dagen 500
// mg", no drug and no column named.
func TestTextUnruledTables(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft173/ft173-veenmolkoorts.txt", Text), map[string]string{
		"Middel: Pentrazol (tablet 500 mg; zetpil 250 mg) · Patiëntgroep: zwangeren · Dosering: 500 mg 3 dd zo nodig · Duur: zolang koorts · Maximum per dag: 1500 mg · Opmerkingen: veilig in alle trimesters":  "",
		"Middel: Travoxine (tablet 250 mg, 500 mg; suspensie 50 mg/ml) · Patiëntgroep: eGFR < 30 ml/min · Dosering: 250 mg 1 dd · Duur: 10 dagen · Maximum per dag: 250 mg · Opmerkingen: overleg met internist": "",
		"Criterium: Koorts ≥ 38,5 °C · Punten: 2": "",
		"Totaalscore: 0–3 punten · Kans op veenmolkoorts: laag (< 10%) · Beleid: geen sneltest; expectatief beleid, terugkomen bij aanhouden klachten": "",
	})
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft169/ft169-grintelkoorts.txt", Text), map[string]string{
		"Geneesmiddel: sorvelaxine tablet 250 mg, 500 mg; drank 50 mg/ml · Patiëntgroep: Ouderen > 70 jaar · Dosering: 250 mg 2 dd · Duur: 10 dagen · Maximum: 500 mg/dag · Opmerkingen: bepaal vooraf de eGFR":                                           "Tabel 2: Doseringen bij grintelkoorts",
		"Geneesmiddel: nuvadrine oogdruppels 0,3% · Patiëntgroep: Volwassenen en kinderen ≥ 2 jaar · Dosering: 1 druppel 4 dd in elk aangedaan oog · Duur: 5 dagen · Maximum: 6 druppels per oog per dag · Opmerkingen: alleen bij grintelconjunctivitis": "Tabel 2: Doseringen bij grintelkoorts",
		"Geneesmiddel: kestrol tablet 500 mg; zetpil 120 mg, 240 mg · Patiëntgroep: Kinderen < 15 kg · Dosering: 60 mg/kg/dag in 4 doses · Duur: max. 3 dagen · Maximum: 60 mg/kg/dag · Opmerkingen: zetpil 120 mg":                                       "Tabel 2: Doseringen bij grintelkoorts",
	})
	// a list of abbreviations in two columns under no caption is no table
	for row := range heldOutRows(t, "../../testdata/heldout/ft79/ft79-klaverpokken.txt", Text) {
		if strings.Contains(row, "ante noctem") {
			t.Errorf("FT-79's abbreviations read as a table: %q", row)
		}
	}
}

// TestTextCapitalsHeadings reads FT-173, a page as text by html-to-text,
// which sets every heading in capitals on a line of its own
// (capitalsTitle): they had been paragraphs, and no passage had a section.
func TestTextCapitalsHeadings(t *testing.T) {
	levels := headingLevels(readParsed(t, "../../testdata/heldout/ft173/ft173-veenmolkoorts.txt", Text))
	wantHeadingLevels(t, levels, map[string]int{
		"KERNBOODSCHAPPEN": 2, "ZWANGERSCHAP EN BORSTVOEDING": 2, "NIET-MEDICAMENTEUZE BEHANDELING": 2, "CONSULTATIE EN VERWIJZING": 2,
	})
	if _, ok := levels["FICTIEF — geen medisch advies. Dit document is verzonnen en uitsluitend bedoeld om software te testen."]; ok {
		t.Error("the disclaimer read as a heading")
	}
}

// TestTextTabbedTables reads FT-175, catdoc's text of a Word document,
// whose table cells stand apart by tabs, a drug named in the first row of
// its group only (tabbedTable). The rows had run together as paragraphs
// cut into passages by size: "kinderen 20–40 kg 500 mg 3 dd zolang koorts
// 1500 mg — zwangeren …", without their drug, and tormuline's maximum had
// been answered with dravoxine's row.
func TestTextTabbedTables(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft175/ft175-slikwierkoorts.txt", Text), map[string]string{
		"Middel: Tormuline (tablet 500 mg; zetpil 250 mg) · Patiëntgroep: kinderen 20–40 kg · Dosering: 500 mg 3 dd · Duur: zolang koorts · Maximum per dag: 1500 mg · Opmerkingen: —":      "Tabel 1 Doseringen bij slikwierkoorts",
		"Middel: Dravoxine (tablet 250 mg, 500 mg; drank 50 mg/ml) · Patiëntgroep: eGFR < 30 ml/min · Dosering: niet gebruiken · Duur: — · Maximum per dag: — · Opmerkingen: kies peltamol": "Tabel 1 Doseringen bij slikwierkoorts",
		"Criterium: Drukpijn van beide kuiten · Punten: 1": "",
		"Totaalscore: 3–4 punten · Kans op slikwierkoorts: intermediair (20–40%) · Beleid: SWA-sneltest (vanaf dag 3 van de ziekte)": "",
	})
}

// TestTextFormFeedPages reads FT-197, MuPDF's text of a 5-page PDF, and
// FT-169, pdftotext's of a 4-page one: a form feed starts a page
// (formFeedPages), so a passage cites the page it is printed on; every
// passage had cited page 1. FT-197's running header ("Fictieve Standaard
// Klutenkoorts (FT-197)" over "WFK, versie 1.0 (april 2026)") and footer
// ("Fictief document, geen medisch advies" over "Pagina 3 van 5") stand
// at each page's top and foot without blank lines around them
// (pageEdgeLines) and had opened a passage on every page; the title under
// the header on page 1 stays.
func TestTextFormFeedPages(t *testing.T) {
	for _, c := range []struct {
		file    string
		pages   int
		caption string // a table's caption, and the page it is on
		on      int
	}{
		{"../../testdata/heldout/ft197/ft197-klutenkoorts.txt", 5, "Tabel 1. Dosering van geneesmiddelen bij klutenkoorts", 4},
		{"../../testdata/heldout/ft169/ft169-grintelkoorts.txt", 4, "Tabel 2: Doseringen bij grintelkoorts", 4},
	} {
		doc := readParsed(t, c.file, Text)
		var numbers []int
		for _, p := range doc.Pages {
			numbers = append(numbers, p.Number)
			checkPageInvariants(t, p)
		}
		if len(numbers) != c.pages || numbers[0] != 1 || numbers[len(numbers)-1] != c.pages {
			t.Errorf("%s: pages %v, want 1 to %d", c.file, numbers, c.pages)
		}
		for _, p := range doc.Pages {
			if strings.Contains(p.Text, c.caption) != (p.Number == c.on) {
				t.Errorf("%s: page %d has %q: %v, want it on page %d only", c.file, p.Number, c.caption, !(p.Number == c.on), c.on)
			}
		}
		for _, tb := range doc.Tables {
			if tb.Caption == c.caption && tb.Page != c.on {
				t.Errorf("%s: table %q on page %d, want %d", c.file, c.caption, tb.Page, c.on)
			}
		}
	}
	doc := readParsed(t, "../../testdata/heldout/ft197/ft197-klutenkoorts.txt", Text)
	for _, p := range doc.Pages {
		for _, furniture := range []string{"WFK, versie 1.0 (april 2026)", "Pagina ", "Fictief document, geen medisch advies"} {
			if strings.Contains(p.Text, furniture) {
				t.Errorf("page %d: running line %q left in the text", p.Number, furniture)
			}
		}
	}
	if !strings.HasPrefix(doc.Pages[0].Text, "Fictieve Standaard Klutenkoorts (FT-197)\n\nFictieve richtlijn voor testdoeleinden") {
		t.Errorf("page 1 opens %.80q, want the title and the disclaimer", doc.Pages[0].Text)
	}
}

// TestFormFeedPages: pdftotext starts a page's first line with a form
// feed, MuPDF writes one on a line of its own; a text without is page 1.
func TestFormFeedPages(t *testing.T) {
	for _, c := range []struct {
		text string
		want []int
	}{
		{"a\nb", []int{1, 1}},
		{"a\n\fb\nc\f", []int{1, 2, 2}},
		{"a\n\f\nb\n\f\f\nc", []int{1, 2, 2, 4, 4}},
		{"a\f\nb", []int{1, 2}},
	} {
		if got := formFeedPages(strings.Split(c.text, "\n")); !slices.Equal(got, c.want) {
			t.Errorf("formFeedPages(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTextDenseOutline reads FT-201, pdftotext -raw's text of groff's
// PDF, which writes no blank line anywhere (denseText): its section
// titles stand among the lines of the paragraphs, and they show by their
// numbers following the outline (outlineNext). None had been a heading,
// and every passage's section was "Kernboodschappen". The alarm symptoms
// numbered "1." to "6." after "4.5" and the literature's numbers after
// "6" are no titles.
func TestTextDenseOutline(t *testing.T) {
	levels := headingLevels(readParsed(t, "../../testdata/heldout/ft201/ft201-tinkelkoorts.txt", Text))
	wantHeadingLevels(t, levels, map[string]int{
		"1. Inleiding": 2, "2.1. Epidemiologie": 3, "3.5. TIKO-score": 3, "4.3.1. Contra-indicaties": 4, "4.4. Controle": 3, "6. Literatuur": 2,
	})
	if len(levels) != 23 {
		t.Errorf("%d headings, want the 23 of its outline: %v", len(levels), levels)
	}
}

func TestOutlineNext(t *testing.T) {
	var r textReader
	for _, c := range []struct {
		line string
		want bool
	}{
		{"1. Inleiding", true}, {"1.1. Afbakening", true}, {"1.3. Begrippen", false}, {"2. Achtergronden", true},
		{"2.1 Epidemiologie", true}, {"2.1.1. Incidentie", true}, {"2.2. Beloop", true}, {"1. Nekstijfheid", false},
		{"3. Beleid", true}, {"4. geef paracetamol", false}, {"3.1. Zie tabel 2.", false},
	} {
		if got := r.outlineNext(c.line); got != c.want {
			t.Errorf("outlineNext(%q) after %v = %v, want %v", c.line, r.outline, got, c.want)
		}
	}
}

// TestTextSwappedLigatures reads FT-204, Ghostscript's ps2ascii text of a
// LibreOffice PDF, which writes the letters of its fi and ff ligatures
// with their bytes swapped, as CJK ideographs ("speci昀椀citeit",
// "getro昀昀en"; swappedLetters): they are letters again, and the words
// can be found.
func TestTextSwappedLigatures(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft204/ft204-graskliskoorts.txt", Text)
	var text strings.Builder
	for _, p := range doc.Pages {
		text.WriteString(p.Text)
	}
	for _, w := range []string{"specificiteit", "getroffen", "Differentiaaldiagnose"} {
		if !strings.Contains(text.String(), w) {
			t.Errorf("%q not in the text", w)
		}
	}
	if strings.ContainsAny(text.String(), "昀椀") {
		t.Error("a swapped ligature letter left in the text")
	}
}
