package extract

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHTMLTables(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		want       []blockView
		wantTables []Table
	}{
		{
			name: "thead, caption and rowspan",
			in: `<table><caption>Tabel 2 Dosering</caption>
				<thead><tr><th>Middel</th><th>Vorm</th><th>Nierfunctie</th></tr></thead>
				<tbody><tr><td rowspan="2">saltrevol</td><td>aerosol</td><td rowspan="2">geen aanpassing</td></tr>
				<tr><td>poeder</td></tr></tbody></table>`,
			want: []blockView{
				{Kind: "caption", Text: "Tabel 2 Dosering"},
				{Kind: "row", Text: "Middel: saltrevol · Vorm: aerosol · Nierfunctie: geen aanpassing"},
				{Kind: "row", Text: "Middel: saltrevol · Vorm: poeder · Nierfunctie: geen aanpassing"},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 2 Dosering", Header: []string{"Middel", "Vorm", "Nierfunctie"},
				Rows: [][]string{{"saltrevol", "aerosol", "geen aanpassing"}, {"saltrevol", "poeder", "geen aanpassing"}}}},
		},
		{
			// a short paragraph that leads into a table without a caption
			// of its own is its caption: FT-60's rows had named no drug
			name: "a lead-in paragraph ending in a colon is the caption",
			in: `<p>Inleiding van de behandeling, zonder dubbele punt aan het eind.</p><p><strong>Pexocilline</strong> (capsule 200 mg):</p>
				<table><thead><tr><th>Populatie</th><th>Dosering</th></tr></thead><tbody><tr><td>Volwassenen</td><td>400 mg 3 dd</td></tr></tbody></table>`,
			want: []blockView{
				{Kind: "p", Text: "Inleiding van de behandeling, zonder dubbele punt aan het eind."},
				{Kind: "caption", Text: "Pexocilline (capsule 200 mg):"},
				{Kind: "row", Text: "Populatie: Volwassenen · Dosering: 400 mg 3 dd"},
			},
			wantTables: []Table{{Page: 1, Caption: "Pexocilline (capsule 200 mg):", Header: []string{"Populatie", "Dosering"},
				Rows: [][]string{{"Volwassenen", "400 mg 3 dd"}}}},
		},
		{
			// Org mode and tex4ht cannot merge cells down: a drug is named
			// in the first row of its group, its other rows leave the cell
			// empty (FT-66, FT-67); a table that merges with rowspan
			// means an empty cell
			name: "an empty first cell goes on with the one above in a table that merges no cells",
			in: `<table><thead><tr><th>Middel</th><th>Populatie</th><th>Dosering</th></tr></thead>
				<tbody><tr><td>tralimoxan</td><td>Volwassenen</td><td>1000 mg 2 dd</td></tr><tr><td>&#xa0;</td><td>Ouderen ≥ 75 jaar</td><td>500 mg 2 dd</td></tr></tbody></table>`,
			want: []blockView{
				{Kind: "row", Text: "Middel: tralimoxan · Populatie: Volwassenen · Dosering: 1000 mg 2 dd"},
				{Kind: "row", Text: "Middel: tralimoxan · Populatie: Ouderen ≥ 75 jaar · Dosering: 500 mg 2 dd"},
			},
			wantTables: []Table{{Page: 1, Header: []string{"Middel", "Populatie", "Dosering"},
				Rows: [][]string{{"tralimoxan", "Volwassenen", "1000 mg 2 dd"}, {"tralimoxan", "Ouderen ≥ 75 jaar", "500 mg 2 dd"}}}},
		},
		{
			// a heading row across the table heads its group's rows: a
			// first column of their own, as a merged first cell would
			// say; without <thead> it is no header row either
			name: "group headings across the table",
			in: `<table><caption>Tabel 1 Dosering</caption>
				<tr><th>Populatie</th><th>Dosering</th></tr>
				<tr class="groep"><th colspan="2">Sorvanide (tablet 200 mg)</th></tr>
				<tr><td>Volwassenen</td><td>2 dd 200 mg</td></tr>
				<tr><td>Ouderen ≥ 75 jaar</td><td>1 dd 200 mg</td></tr>
				<tr class="groep"><th colspan="2">Kelomycine (capsule 50 mg)</th></tr>
				<tr><td>Volwassenen</td><td>3 dd 50 mg</td></tr></table>`,
			want: []blockView{
				{Kind: "caption", Text: "Tabel 1 Dosering"},
				{Kind: "row", Text: "Sorvanide (tablet 200 mg) · Populatie: Volwassenen · Dosering: 2 dd 200 mg"},
				{Kind: "row", Text: "Sorvanide (tablet 200 mg) · Populatie: Ouderen ≥ 75 jaar · Dosering: 1 dd 200 mg"},
				{Kind: "row", Text: "Kelomycine (capsule 50 mg) · Populatie: Volwassenen · Dosering: 3 dd 50 mg"},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 1 Dosering", Header: []string{"", "Populatie", "Dosering"},
				Rows: [][]string{{"Sorvanide (tablet 200 mg)", "Volwassenen", "2 dd 200 mg"}, {"Sorvanide (tablet 200 mg)", "Ouderen ≥ 75 jaar", "1 dd 200 mg"},
					{"Kelomycine (capsule 50 mg)", "Volwassenen", "3 dd 50 mg"}}}},
		},
		{
			// an editor's export marks bold and raised text by its style
			// rules, not by <b> and <sup> (Google Docs: ".c7{font-weight:
			// 700}", a note's letter in a span with "vertical-align:super"):
			// the bold first row is the header, the letter a marker (FT-54's
			// rows had no column names, "ouderen ≥ 75 jaara")
			name: "bold and raised by style rules",
			in: `<style type="text/css">.c1{font-weight:400;vertical-align:baseline}.c7{color:#000;font-weight:700}.c9{vertical-align:super}</style>
				<table class="c14"><tr><td><p><span class="c7">Middel</span></p></td><td><p><span class="c7">Patiëntengroep</span></p></td><td><p><span class="c7">Dosis</span></p></td></tr>
				<tr><td><p><span class="c1">druxelline</span></p></td><td><p><span class="c1">ouderen ≥ 75 jaar</span><span class="c9">a</span></p></td><td><p><span class="c1">300 mg</span></p></td></tr>
				<tr><td><p><span class="c1">parvoxaat</span></p></td><td><p><span style="font-weight:400">volwassenen</span></p></td><td><p><span class="c1">40 mg</span></p></td></tr></table>`,
			want: []blockView{
				{Kind: "row", Text: "Middel: druxelline · Patiëntengroep: ouderen ≥ 75 jaar · Dosis: 300 mg"},
				{Kind: "row", Text: "Middel: parvoxaat · Patiëntengroep: volwassenen · Dosis: 40 mg"},
			},
			wantTables: []Table{{Page: 1, Header: []string{"Middel", "Patiëntengroep", "Dosis"},
				Rows: [][]string{{"druxelline", "ouderen ≥ 75 jaar", "300 mg"}, {"parvoxaat", "volwassenen", "40 mg"}}}},
		},
		{
			// a row of one cell across the table after its last row is a
			// note under it, read as a paragraph; it heads no rows (FT-52's
			// wiki table had lost its "Opmerking", three facts, as the
			// heading of a group of no rows) and its rows get no first
			// column for it
			name: "a note across the table after its last row",
			in: `<table><caption>Tabel 1 Dosering</caption>
				<tr><th>Middel</th><th>Dosering</th></tr>
				<tr><td>saldorexan</td><td>1 dd 25 mg</td></tr>
				<tr><td>kelvomycine</td><td>3 dd 500 mg</td></tr>
				<tr><td colspan="2"><i>Opmerking:</i> geef kelvomycine 1 uur vóór de maaltijd.</td></tr></table>`,
			want: []blockView{
				{Kind: "caption", Text: "Tabel 1 Dosering"},
				{Kind: "row", Text: "Middel: saldorexan · Dosering: 1 dd 25 mg"},
				{Kind: "row", Text: "Middel: kelvomycine · Dosering: 3 dd 500 mg"},
				{Kind: "p", Text: "Opmerking: geef kelvomycine 1 uur vóór de maaltijd."},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 1 Dosering", Header: []string{"Middel", "Dosering"},
				Rows:  [][]string{{"saldorexan", "1 dd 25 mg"}, {"kelvomycine", "3 dd 500 mg"}},
				After: []string{"Opmerking: geef kelvomycine 1 uur vóór de maaltijd."}}},
		},
		{
			name: "two header rows with colspan, caption from the paragraph before",
			in: `<p>Tabel 3 Dosering per leeftijd</p><table>
				<tr><th rowspan="2">Middel</th><th colspan="2">Dosering</th></tr>
				<tr><th>Volwassenen</th><th>Kinderen</th></tr>
				<tr><td>koelzalf</td><td colspan="2">3 dd</td></tr></table>`,
			want: []blockView{
				{Kind: "caption", Text: "Tabel 3 Dosering per leeftijd"},
				{Kind: "row", Text: "Middel: koelzalf · Dosering Volwassenen: 3 dd · Dosering Kinderen: 3 dd"},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 3 Dosering per leeftijd", Header: []string{"Middel", "Dosering Volwassenen", "Dosering Kinderen"},
				Rows: [][]string{{"koelzalf", "3 dd", "3 dd"}}}},
		},
		{
			name: "a paragraph that is no caption stays",
			in:   `<p>Zie de tabel.</p><table><tr><th>A</th></tr><tr><td>x<br>y <sup><a href="#n1">1</a></sup></td></tr></table>`,
			want: []blockView{{Kind: "p", Text: "Zie de tabel."}, {Kind: "row", Text: "A: x y"}},
			wantTables: []Table{{Page: 1, Header: []string{"A"},
				Rows: [][]string{{"x y"}}}},
		},
		{
			name:       "a bold first row is the header",
			in:         `<table><tr><td><strong>Middel</strong></td><td><b>Dosis</b></td></tr><tr><td>x</td><td><b>1 mg</b></td></tr></table>`,
			want:       []blockView{{Kind: "row", Text: "Middel: x · Dosis: 1 mg"}},
			wantTables: []Table{{Page: 1, Header: []string{"Middel", "Dosis"}, Rows: [][]string{{"x", "1 mg"}}}},
		},
		{
			name: "layout table is walked as containers",
			in:   `<table><tr><td><h1>Kop</h1><p>Tekst</p></td></tr></table>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Kop"}, {Kind: "p", Text: "Tekst"}},
		},
		{
			// a component library's table: <div>s in a CSS grid with ARIA
			// roles (FT-44); the drug named once, the rows below leaving
			// its cell empty; a cell across the dose columns; a note's
			// letter after a cell's text; a note across the table under
			// its last row
			name: "ARIA roles make a table of divs",
			in: `<div class="table-caption">Tabel 1 Dosering</div>
				<div role="table" aria-label="Tabel 1 Dosering">
				<div role="row"><div role="columnheader">Middel</div><div role="columnheader">Groep</div>
				<div role="columnheader">Dosis</div><div role="columnheader">Duur</div></div>
				<div role="row"><div role="rowheader">Sulpatrine</div><div role="cell">Volwassenen</div>
				<div role="cell">40 mg</div><div role="cell">14 dagen</div></div>
				<div role="row"><div role="rowheader"></div><div role="cell">Kinderen 15–25 kg<sup>a</sup></div>
				<div role="cell"><p>10 mg</p><p>(1 ml)</p></div><div role="cell">10 dagen</div></div>
				<div role="row"><div role="rowheader"></div><div role="cell">Zwangerschap</div>
				<div role="cell" style="grid-column: span 2">Gecontra-indiceerd</div></div>
				<div role="row"><div role="cell" style="grid-column: 1 / -1">Bij braken: herhaal de dosis.</div></div>
				</div>`,
			want: []blockView{
				{Kind: "caption", Text: "Tabel 1 Dosering"},
				{Kind: "row", Text: "Middel: Sulpatrine · Groep: Volwassenen · Dosis: 40 mg · Duur: 14 dagen"},
				{Kind: "row", Text: "Middel: Sulpatrine · Groep: Kinderen 15–25 kg · Dosis: 10 mg (1 ml) · Duur: 10 dagen"},
				{Kind: "row", Text: "Middel: Sulpatrine · Groep: Zwangerschap · Dosis: Gecontra-indiceerd"},
				{Kind: "p", Text: "Bij braken: herhaal de dosis."},
			},
			wantTables: []Table{{Page: 1, Caption: "Tabel 1 Dosering", Header: []string{"Middel", "Groep", "Dosis", "Duur"},
				Rows: [][]string{{"Sulpatrine", "Volwassenen", "40 mg", "14 dagen"}, {"Sulpatrine", "Kinderen 15–25 kg", "10 mg (1 ml)", "10 dagen"},
					{"Sulpatrine", "Zwangerschap", "Gecontra-indiceerd", ""}},
				After: []string{"Bij braken: herhaal de dosis."}}},
		},
		{
			name: "an ARIA table without rows is walked as a container",
			in:   `<div role="grid"><p>Geen rijen hier.</p></div>`,
			want: []blockView{{Kind: "p", Text: "Geen rijen hier."}},
		},
		{
			// an exponent and an ordinal stay
			name:       "a note's letter after a cell is a marker, an exponent is not",
			in:         `<table><tr><th>Groep</th><th>Oppervlak</th></tr><tr><td>eGFR 30–59<sup>b</sup></td><td>1,73 m<sup>2</sup> in het 1<sup>e</sup> jaar</td></tr></table>`,
			want:       []blockView{{Kind: "row", Text: "Groep: eGFR 30–59 · Oppervlak: 1,73 m2 in het 1e jaar"}},
			wantTables: []Table{{Page: 1, Header: []string{"Groep", "Oppervlak"}, Rows: [][]string{{"eGFR 30–59", "1,73 m2 in het 1e jaar"}}}},
		},
		{
			// a list in a cell is a list of phrases: its items are parted
			// (FT-48's "dag 1: 800 mg (oplaaddosis)" and "vanaf dag 2: 400
			// mg" had run together)
			name:       "a cell's list items are parted",
			in:         `<table><tr><th>Middel</th><th>Dosis</th></tr><tr><td>Crestavir</td><td><ul><li>dag 1: 800 mg (oplaaddosis)</li><li>vanaf dag 2: 400 mg</li></ul></td></tr></table>`,
			want:       []blockView{{Kind: "row", Text: "Middel: Crestavir · Dosis: dag 1: 800 mg (oplaaddosis); vanaf dag 2: 400 mg"}},
			wantTables: []Table{{Page: 1, Header: []string{"Middel", "Dosis"}, Rows: [][]string{{"Crestavir", "dag 1: 800 mg (oplaaddosis); vanaf dag 2: 400 mg"}}}},
		},
		{
			name: "empty rows dropped; a header-only table keeps its caption as text",
			in:   `<table><caption>Tabel 1 Leeg</caption><tr><th>A</th></tr><tr><td> </td></tr></table>`,
			want: []blockView{{Kind: "p", Text: "Tabel 1 Leeg"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTML([]byte(tt.in))
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

func TestHTMLListsAndNotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blockView
	}{
		{
			name: "lead-in, nested list, numbers as printed",
			in: `<p>Verwijs bij:</p><ol start="3"><li>koorts<ul><li>boven 40 °C</li></ul>en sufheid</li>
				<li value="7">apneu</li></ol>`,
			want: []blockView{
				{Kind: "p", Text: "Verwijs bij:"},
				{Kind: "li", Level: 1, Text: "koorts", Label: "3."},
				{Kind: "li", Level: 2, Text: "koorts › boven 40 °C"},
				{Kind: "li", Level: 1, Text: "en sufheid"},
				{Kind: "li", Level: 1, Text: "apneu", Label: "7."},
			},
		},
		{
			name: "a paragraph of bullet lines is a list; <pre> is kept",
			in: `<p>Verwijs bij:<br>• koorts<br>• apneu</p><pre>- a
- b</pre>`,
			want: []blockView{
				{Kind: "p", Text: "Verwijs bij:"}, {Kind: "li", Level: 1, Text: "koorts"}, {Kind: "li", Level: 1, Text: "apneu"},
				{Kind: "p", Text: "- a\n- b"},
			},
		},
		{
			name: "definition list: term and definition in one paragraph",
			in:   `<dl><dt>Apneu</dt><dd>een ademstilstand</dd><div><dt>Hoestbui</dt><dd><p>een reeks</p><p>van prikkels</p></dd></div><dt>Los</dt></dl>`,
			want: []blockView{{Kind: "p", Text: "Apneu: een ademstilstand"}, {Kind: "p", Text: "Hoestbui: een reeks\nvan prikkels"}, {Kind: "p", Text: "Los"}},
		},
		{
			name: "details is a note",
			in:   `<p>Tekst.</p><details><summary>Noot: onderbouwing</summary><p>Een cohort.</p></details>`,
			want: []blockView{{Kind: "p", Text: "Tekst."}, {Kind: "note", Text: "Noot: onderbouwing\nEen cohort."}},
		},
		{
			name: "a details whose summary names a note is a note",
			in:   `<p>Tekst.</p><details><summary>Noot 3</summary><p>Een cohort.</p></details><details><summary>Literatuur</summary><p>Visser N. 2025.</p></details>`,
			want: []blockView{{Kind: "p", Text: "Tekst."}, {Kind: "note", Text: "Noot 3\nEen cohort."}, {Kind: "note", Text: "Literatuur\nVisser N. 2025."}},
		},
		{
			// guideline sites fold parts of their text: "Interacties met
			// andere geneesmiddelen" was a note no search could find
			name: "a details with a plain summary is a folded section: its summary heads it one level down, and the text after it is the outer section's again",
			in: `<h2>6.5 Interacties</h2><p>Vooraf.</p><details open><summary>Met andere middelen</summary><ul><li>Selvaramide en warfarine.</li></ul></details>
				<details><summary>Bijwerkingen</summary><p>Branderig gevoel.</p></details><p>Daarna.</p><h2>6.6 Controles</h2><p>Evalueer.</p>`,
			want: []blockView{{Kind: "h", Level: 2, Text: "6.5 Interacties"}, {Kind: "p", Text: "Vooraf."},
				{Kind: "h", Level: 3, Text: "Met andere middelen"}, {Kind: "li", Level: 1, Text: "Selvaramide en warfarine."},
				{Kind: "h", Level: 3, Text: "Bijwerkingen"}, {Kind: "p", Text: "Branderig gevoel."},
				{Kind: "h", Level: 2, Text: "6.5 Interacties"}, {Kind: "p", Text: "Daarna."},
				{Kind: "h", Level: 2, Text: "6.6 Controles"}, {Kind: "p", Text: "Evalueer."}},
		},
		{
			// a CMS folds each chapter of a guideline, its subsections
			// headed inside (FT-237): the chapters had stood one level
			// below the section before them, their subsections in their
			// place
			name: "a details that holds headings is a chapter: its summary heads it above them",
			in: `<h1>Standaard</h1><h2>Kernboodschappen</h2><p>Kort.</p><details open><summary>Richtlijnen diagnostiek</summary><div><h3>Anamnese</h3><p>Vraag.</p><h3>Onderzoek</h3><p>Meet.</p></div></details>
				<details><summary>Controles</summary><p>Bel na 3 dagen.</p></details>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Standaard"}, {Kind: "h", Level: 2, Text: "Kernboodschappen"}, {Kind: "p", Text: "Kort."},
				{Kind: "h", Level: 2, Text: "Richtlijnen diagnostiek"}, {Kind: "h", Level: 3, Text: "Anamnese"}, {Kind: "p", Text: "Vraag."},
				{Kind: "h", Level: 3, Text: "Onderzoek"}, {Kind: "p", Text: "Meet."},
				{Kind: "h", Level: 2, Text: "Controles"}, {Kind: "p", Text: "Bel na 3 dagen."}},
		},
		{
			// a box of the key points under the title had headed every
			// chapter after it (FT-237's "Samenvatting")
			name: "a heading inside a note below the open section titles the note, not the text after it",
			in:   `<h1>Standaard</h1><div role="note"><h2>Samenvatting</h2><p>Kort.</p></div><p>Tekst.</p>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Standaard"}, {Kind: "h", Level: 2, Text: "Samenvatting"}, {Kind: "note", Text: "Kort."},
				{Kind: "h", Level: 1, Text: "Standaard"}, {Kind: "p", Text: "Tekst."}},
		},
		{
			// a tab set shows one panel at a time under a row of labels:
			// each panel is a section headed by its label, under the
			// paragraph that leads into the set (MkDocs Material, FT-60:
			// the labels had run together and the panels named no one)
			name: "tabs of Python-Markdown's tabbed extension are sections under their lead-in",
			in: `<h3>Behandeling</h3><p><strong>Tralvomide</strong> (tablet 250 mg):</p>
				<div class="tabbed-set tabbed-alternate"><input checked id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2" name="__tabbed_1" type="radio">
				<div class="tabbed-labels"><label for="__tabbed_1_1">Volwassenen</label><label for="__tabbed_1_2">Kinderen</label></div>
				<div class="tabbed-content"><div class="tabbed-block"><p>500 mg 2 dd.</p></div><div class="tabbed-block"><p>10 mg/kg 2 dd.</p></div></div></div>
				<p>Daarna.</p>`,
			want: []blockView{{Kind: "h", Level: 3, Text: "Behandeling"}, {Kind: "h", Level: 4, Text: "Tralvomide (tablet 250 mg)"},
				{Kind: "h", Level: 5, Text: "Volwassenen"}, {Kind: "p", Text: "500 mg 2 dd."},
				{Kind: "h", Level: 5, Text: "Kinderen"}, {Kind: "p", Text: "10 mg/kg 2 dd."},
				{Kind: "h", Level: 3, Text: "Behandeling"}, {Kind: "p", Text: "Daarna."}},
		},
		{
			// Asciidoctor's labelled list of contra-indications per drug:
			// the term heads its list (FT-64), as a glossary's term does
			// not
			name: "a definition list's term over a list heads it",
			in: `<h4>Contra-indicaties</h4><dl><dt>Vernodazol</dt><dd><ul><li>Contra-indicaties: zwangerschap.</li></ul></dd>
				<dt>Tavunocilline</dt><dd><ul><li>Interacties: methotrexaat.</li></ul></dd></dl><p>Daarna.</p>
				<dl><dt>SKES</dt><dd><p>Slibkoorts-Ernstscore.</p></dd></dl>`,
			want: []blockView{{Kind: "h", Level: 4, Text: "Contra-indicaties"},
				{Kind: "h", Level: 5, Text: "Vernodazol"}, {Kind: "li", Level: 1, Text: "Contra-indicaties: zwangerschap."},
				{Kind: "h", Level: 5, Text: "Tavunocilline"}, {Kind: "li", Level: 1, Text: "Interacties: methotrexaat."},
				{Kind: "h", Level: 4, Text: "Contra-indicaties"}, {Kind: "p", Text: "Daarna."}, {Kind: "p", Text: "SKES: Slibkoorts-Ernstscore."}},
		},
		{
			name: "an admonition of the kind note is text, not a footnote",
			in:   `<div class="admonitionblock note"><p>Controleer de eGFR.</p></div><div class="admonition note"><p>Let op de INR.</p></div><div class="footnote"><p>Bron.</p></div>`,
			want: []blockView{{Kind: "p", Text: "Controleer de eGFR."}, {Kind: "p", Text: "Let op de INR."}, {Kind: "note", Text: "Bron."}},
		},
		{
			// a page whose editor has no footnotes types their numbers
			// raised (Confluence, FT-65): after a word or punctuation a
			// note's marker, after a unit or number a power, and a number
			// that starts a line of the notes is their label
			name: "a bare raised number after a word is a note marker",
			in: `<p>Besmetting van mens op mens.<sup>1</sup> Ouderen vanaf 75 jaar<sup>2</sup> krijgen 10 mg/m<sup>2</sup>.</p>
				<div class="confluence-information-macro confluence-information-macro-note"><p>Bij eGFR &lt; 15 niet geven.</p></div>`,
			want: []blockView{{Kind: "p", Text: "Besmetting van mens op mens. Ouderen vanaf 75 jaar krijgen 10 mg/m2.", Notes: []string{"1", "2"}},
				{Kind: "p", Text: "Bij eGFR < 15 niet geven."}},
		},
		{
			name: "ARIA tabs pair each tab with the panel it controls, a hidden panel too",
			in: `<h2>Dosering</h2><div class="tabs"><ul role="tablist"><li role="tab" id="t1" aria-controls="p1">Volwassenen</li><li role="tab" id="t2" aria-controls="p2">Kinderen</li></ul>
				<div><div role="tabpanel" id="p2" hidden><p>1 dd 2 mg.</p></div><div role="tabpanel" id="p1"><p>1 dd 5 mg.</p></div></div></div>`,
			want: []blockView{{Kind: "h", Level: 2, Text: "Dosering"},
				{Kind: "h", Level: 3, Text: "Volwassenen"}, {Kind: "p", Text: "1 dd 5 mg."},
				{Kind: "h", Level: 3, Text: "Kinderen"}, {Kind: "p", Text: "1 dd 2 mg."}},
		},
		{
			name: "a details whose summary is a heading is an accordion section, not a note",
			in:   `<details><summary><h2>Wat kunt u zelf doen?</h2></summary><ul><li>Rechtop zitten.</li></ul></details>`,
			want: []blockView{{Kind: "h", Level: 2, Text: "Wat kunt u zelf doen?"}, {Kind: "li", Level: 1, Text: "Rechtop zitten."}},
		},
		{
			name: "footnote markers and an endnotes section with back links",
			in: `<p>Hoger<sup><a href="#fn1">1</a></sup> en 10<sup>9</sup>/l.</p>
				<section role="doc-endnotes"><ol><li id="fn1">Bron. <a href="#r1" role="doc-backlink">↩</a></li></ol></section>`,
			want: []blockView{{Kind: "p", Text: "Hoger en 10⁹/l.", Notes: []string{"1"}}, {Kind: "note", Text: "Bron.", Label: "1"}},
		},
		{
			name: "references section: list entries are notes, citations become links, text after the list is content",
			in: `<p>Vaak [1, 2] en soms [9].</p><h2>5 Literatuur</h2><ol><li>Visser N. Titel. 2025.</li><li>Mulder B. Titel. 2024.</li></ol>
				<p>Deze standaard is fictief.</p>`,
			want: []blockView{
				{Kind: "p", Text: "Vaak en soms [9].", Notes: []string{"1", "2"}},
				{Kind: "h", Level: 2, Text: "5 Literatuur"},
				{Kind: "note", Text: "Visser N. Titel. 2025.", Label: "1"},
				{Kind: "note", Text: "Mulder B. Titel. 2024.", Label: "2"},
				{Kind: "p", Text: "Deze standaard is fictief."},
			},
		},
		{
			name: "a note aside is kept, a sidebar aside is not",
			in:   `<aside class="noot">Toelichting.</aside><aside>Nieuws</aside><p>Inhoud.</p>`,
			want: []blockView{{Kind: "note", Text: "Toelichting."}, {Kind: "p", Text: "Inhoud."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewBlocks(t, doc)); diff != "" {
				t.Errorf("blocks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLChromeRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blockView
	}{
		{
			name: "class names, roles and link-dense blocks",
			in: `<div class="cookie-consent">Wij gebruiken cookies.</div><div role="search">Zoeken</div>
				<ul><li><a href="/a">Home</a></li><li><a href="/b">Nieuws</a></li></ul>
				<p>Inhoud met een <a href="/x">link</a> in een zin.</p><div class="article-footer">Slot van het artikel.</div>`,
			want: []blockView{{Kind: "p", Text: "Inhoud met een link in een zin."}, {Kind: "p", Text: "Slot van het artikel."}},
		},
		{
			// Docusaurus: every heading's class holds "navbar", and a
			// <details> hides its content by its style (FT-61)
			name: "a heading named like chrome and a folded details's content are kept",
			in: `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="alarm">Alarmsymptomen</h2>
				<details class="details_lb9f"><summary>Bij volwassenen</summary><div style="display:none;overflow:hidden;height:0px"><ul><li>nekstijfheid</li></ul></div></details>
				<div style="display:none">Verborgen.</div>`,
			want: []blockView{{Kind: "h", Level: 2, Text: "Alarmsymptomen"}, {Kind: "h", Level: 3, Text: "Bij volwassenen"}, {Kind: "li", Level: 1, Text: "nekstijfheid"}},
		},
		{
			name: "a wrapper named like chrome is kept",
			in:   `<form id="aspnetForm"><div class="has-sidebar"><h1>Kop</h1><p>Alle inhoud van de pagina.</p></div></form>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Kop"}, {Kind: "p", Text: "Alle inhoud van de pagina."}},
		},
		{
			name: "the column around the h1 is the content",
			in: `<div><div class="col"><h1>Kop</h1><p>Een lange alinea met de eigenlijke inhoud van deze pagina in veel woorden.</p></div>
				<div class="col"><p>Bel ons op werkdagen.</p></div></div><div>Copyright 2025.</div>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Kop"}, {Kind: "p", Text: "Een lange alinea met de eigenlijke inhoud van deze pagina in veel woorden."}},
		},
		{
			name: "teaser cards and their heading",
			in: `<h1>Kop</h1><p>Inhoud.</p><section><h2>Lees ook</h2><div><h3><a href="/a">Ander artikel</a></h3><p>Korte samenvatting.</p></div></section>
				<h2 id="x"><a href="#x">Permalink-kop</a></h2><p>Meer inhoud.</p>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Kop"}, {Kind: "p", Text: "Inhoud."}, {Kind: "h", Level: 2, Text: "Permalink-kop"}, {Kind: "p", Text: "Meer inhoud."}},
		},
		{
			name: "a heading beside a few pruned links stays",
			in:   `<h1>Kop</h1><p>Inhoud.</p><div><h2>Wondzorg na een brandwond</h2><div><a href="/t">Tips</a> <a href="/e">EHBO</a></div></div><p>Meer.</p>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Kop"}, {Kind: "p", Text: "Inhoud."}, {Kind: "h", Level: 2, Text: "Wondzorg na een brandwond"}, {Kind: "p", Text: "Meer."}},
		},
		{
			name: "header inside the article holds its title",
			in:   `<header>Site</header><article><header><h1>Titel</h1></header><p>Tekst.</p></article>`,
			want: []blockView{{Kind: "h", Level: 1, Text: "Titel"}, {Kind: "p", Text: "Tekst."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewBlocks(t, doc)); diff != "" {
				t.Errorf("blocks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNameTokens(t *testing.T) {
	got := nameTokens("siteHeader nav-main  cookie_bar2")
	want := []string{"site", "header", "nav", "main", "cookie", "bar2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("nameTokens mismatch (-want +got):\n%s", diff)
	}
}

// TestHTMLAccordionHeading reads an accordion as the WAI-ARIA practices
// write one, its heading's text in a button that opens the panel: the
// button had been dropped as a control, with the heading, and the
// sections after it stood under the one before (FT-44's "Richtlijnen
// beleid" under "Achtergronden"). A button outside a heading is still no
// content.
func TestHTMLAccordionHeading(t *testing.T) {
	doc, err := HTML([]byte(`<main><h1>Dennenhiel</h1>
		<h2><button aria-expanded="true" aria-controls="p1">Richtlijnen beleid</button></h2>
		<div id="p1" role="region"><p>Adviseer rust gedurende twee weken.</p><button>Deel</button></div></main>`))
	if err != nil {
		t.Fatal(err)
	}
	want := []blockView{{Kind: "h", Level: 1, Text: "Dennenhiel"}, {Kind: "h", Level: 2, Text: "Richtlijnen beleid"},
		{Kind: "p", Text: "Adviseer rust gedurende twee weken."}}
	if diff := cmp.Diff(want, viewBlocks(t, doc)); diff != "" {
		t.Errorf("blocks mismatch (-want +got):\n%s", diff)
	}
}

// A wiki sets edit links beside each heading; dropped as the site's
// links, their brackets and bar had stayed in the heading and in every
// section path under it: "Kernboodschappen[ | ]" (FT-52, MediaWiki).
// Brackets that hold text stay.
func TestHTMLHeadingWithoutEditLinks(t *testing.T) {
	doc, err := HTML([]byte(`<main><h1>Tarnische bronchiolitis</h1>
		<h2><span class="mw-headline" id="Kernboodschappen">Kernboodschappen</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=1">bewerken</a><span class="mw-editsection-divider"> | </span><a href="/w/index.php?title=X&amp;veaction=edit&amp;section=1">brontekst bewerken</a><span class="mw-editsection-bracket">]</span></span></h2>
		<p>Behandel symptomatisch.</p>
		<h2>Dosering [tabel]</h2><p>Zie de tabel.</p>
		<h2>Controle [<a href="/w/index.php?title=X&amp;action=edit&amp;section=2">bewerken</a>]</h2><p>Na een week.</p></main>`))
	if err != nil {
		t.Fatal(err)
	}
	want := []blockView{{Kind: "h", Level: 1, Text: "Tarnische bronchiolitis"}, {Kind: "h", Level: 2, Text: "Kernboodschappen"},
		{Kind: "p", Text: "Behandel symptomatisch."}, {Kind: "h", Level: 2, Text: "Dosering [tabel]"}, {Kind: "p", Text: "Zie de tabel."},
		{Kind: "h", Level: 2, Text: "Controle"}, {Kind: "p", Text: "Na een week."}}
	if diff := cmp.Diff(want, viewBlocks(t, doc)); diff != "" {
		t.Errorf("blocks mismatch (-want +got):\n%s", diff)
	}
}

// Word's "Opslaan als webpagina" sets its footnotes after the section that
// holds the text, outside the part of the page read as content: the notes
// the text's markers link to are read too (FT-53's two footnotes had been
// lost, one of them the items of its score). A note no marker links to
// stays out with the page's chrome.
func TestHTMLWordFootnotesOutsideTheText(t *testing.T) {
	doc, err := HTML([]byte(`<html><body><div class=WordSection1><h1>Lerdaalkoorts</h1>
		<style>span.MsoFootnoteReference {vertical-align:super;}</style>
		<p class=MsoNormal>De LES telt vier onderdelen.<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> Behandel bij een LES van 4 of hoger met torvaxine gedurende 5 dagen en controleer na een week.</p>
		<p class=MsoNormal>Verwijs bij alarmsymptomen direct naar de kinderarts of de internist.</p></div>
		<div><br clear=all><hr align=left size=1 width="33%">
		<div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Koorts, exantheem, gewrichtspijn en ziek-zijn.</p></div>
		<div id=ftn9><p class=MsoFootnoteText>Een noot waar niets naar verwijst.</p></div></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	var notes []blockView
	marked := false
	for _, b := range viewBlocks(t, doc) {
		if b.Kind == "note" {
			notes = append(notes, b)
		}
		marked = marked || b.Kind == "p" && strings.HasPrefix(b.Text, "De LES telt vier onderdelen. Behandel") && slices.Equal(b.Notes, []string{"1"})
	}
	if len(notes) != 1 || notes[0].Text != "Koorts, exantheem, gewrichtspijn en ziek-zijn." || notes[0].Label != "1" {
		t.Errorf("notes %+v, want the one footnote the text links to, labelled 1", notes)
	}
	if !marked {
		t.Errorf("blocks %+v: the text's marker is no note 1 of its paragraph", viewBlocks(t, doc))
	}
}

// TestHTMLTableClosedBeforeItsRows reads AbiWord's FT-122, whose export
// closes the dose table after the row that holds a footnote and writes
// the 21 rows after it outside the table, and marks the header row only by
// its shade ("background-color:#d9d9d9"): the rows are the table's
// (tablesClosedEarly) and the shaded first row its header
// (shadedHeaderRow). The rows had been loose paragraphs of cells without a
// drug ("Kinderen 25 tot 40 kg | 150 mg 3 dd | …"), and the two rows read
// had had no column names.
func TestHTMLTableClosedBeforeItsRows(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft122/ft122-pijlkruidkoorts.html")
	for _, want := range []string{
		"Middel: fluvarimine (eerste keus) · Patiëntgroep: Kinderen 25 tot 40 kg · Dosering: 150 mg 3 dd",
		"Middel: tresolan (tweede keus) · Patiëntgroep: Borstvoeding · Dosering: niet gebruiken; kies fluvarimine",
		"Middel: kordapix (kinderen) · Patiëntgroep: Kinderen 2 tot 6 jaar · Dosering: 60 mg 2 dd",
		"Criterium: Pijlteken op beide onderarmen · Punten: 2",
	} {
		if b, ok := pageBlock(blocks, want); !ok || b.Kind != TableRow {
			t.Errorf("row %q: %+v (found %v)", want, b, ok)
		}
	}
}

func TestTablesClosedEarly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<table><tr><td>a</td></tr></table>\n<tr><td>b</td></tr>\n<tr><td>c</td></tr>\n<p>x</p>",
			"<table><tr><td>a</td></tr>\n<tr><td>b</td></tr>\n<tr><td>c</td></tr></table>\n<p>x</p>"},
		// a table closed where it ends, and rows that hold a table, stay
		{"<table><tr><td>a</td></tr></table><p>x</p>", "<table><tr><td>a</td></tr></table><p>x</p>"},
		{"<table><tr><td>a</td></tr></table><tr><td><table><tr><td>b</td></tr></table></td></tr>",
			"<table><tr><td>a</td></tr></table><tr><td><table><tr><td>b</td></tr></table></td></tr>"},
	}
	for _, tt := range tests {
		if got := tablesClosedEarly(tt.in); got != tt.want {
			t.Errorf("tablesClosedEarly(%q) =\n%q, want\n%q", tt.in, got, tt.want)
		}
	}
}

// TestHTMLCalloutsAreText reads Eleventy's FT-115, whose callouts are
// <aside class="callout callout--alarm" role="note">, and yelp's FT-125,
// whose boxes are <div class="note note-warning" title="Waarschuwing">:
// ARIA's "note" on an admonition, and a note of a kind, are callouts of
// the text, not footnotes (typedNote). The alarm symptoms of both had been
// notes, never searched.
func TestHTMLCalloutsAreText(t *testing.T) {
	for _, tt := range []struct{ path, text string }{
		{"../../testdata/heldout/ft115/ft115-grienduitslag.html", "rode of colakleurige urine (macroscopische hematurie);"},
		{"../../testdata/heldout/ft115/ft115-grienduitslag.html", "Salvomycine is gecontra-indiceerd in het eerste trimester"},
		{"../../testdata/heldout/ft125/ft125-rietgorskoorts.html", "kortademigheid of een zuurstofsaturatie lager dan 94%;"},
	} {
		b, ok := pageBlock(heldOutBlocks(t, tt.path), tt.text)
		if !ok || b.Kind == Note {
			t.Errorf("%s: %q: %+v (found %v)", tt.path, tt.text, b, ok)
		}
	}
}

// TestHTMLCalloutTitledInBold reads pandoc's FT-119, whose fenced div
// "::: {.callout .warning}" opens with the bold paragraph
// "**Alarmsymptomen**": it titles its callout (calloutTitle). It had been
// glued to the passage before the box, and the alarm list had stood under
// "3.5 Aanvullend onderzoek" alone.
func TestHTMLCalloutTitledInBold(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft119/ft119-raaigraskoorts.html")
	b, ok := pageBlock(blocks, "nekstijfheid, verwardheid of sufheid;")
	if !ok || len(b.path) == 0 || b.path[len(b.path)-1] != "Alarmsymptomen" {
		t.Errorf("the alarm list: %+v (found %v)", b, ok)
	}
}

// TestTotalUnderAnIndexColumn reads the score tables of lowdown's FT-132
// and Outlook's FT-83, whose first column holds the letters of the
// score's name and whose last row, a total, leaves it empty: the total
// is no criterion of the letter above (carryFirstCell, indexColumn). It
// had read "Letter: K · Criterium: Maximale score · Punten: 7", an answer
// to "Welke criteria heeft de BRENK-score?".
func TestTotalUnderAnIndexColumn(t *testing.T) {
	for file, tt := range map[string]struct{ want, not string }{
		"../../testdata/heldout/ft132/ft132-brenkelose.html":   {"Criterium: Maximale score · Punten: 7", "Letter: K · Criterium: Maximale score"},
		"../../testdata/heldout/ft83/ft83-rietvlekziekte.html": {"Criterium: Totaal · Punten: 0–6", "A · Criterium: Totaal"},
	} {
		blocks := heldOutBlocks(t, file)
		if b, ok := pageBlock(blocks, tt.want); !ok || b.Kind != TableRow {
			t.Errorf("%s: row %q: %+v (found %v)", file, tt.want, b, ok)
		}
		if _, ok := pageBlock(blocks, tt.not); ok {
			t.Errorf("%s: a row holds %q", file, tt.not)
		}
	}
}

// TestHTMLPreformattedTable reads the tables pod2html writes as <pre>
// blocks (FT-131): POD has no tables, and its authors align columns with
// spaces under a rule of dashes. The dose table names each drug on its
// first line, parts the drugs with rules and wraps a cell onto a second
// line; it had been one paragraph, its columns lost.
func TestHTMLPreformattedTable(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft131/ft131-borvelkoorts.html")
	for _, want := range []string{
		"Middel: zelpracine · Patiëntgroep: kinderen 10–20 kg · Dosering: 125 mg 3 dd · Duur: 10 dagen · Maximum: 375 mg/dag · Opmerkingen: suspensie 125 mg/5 ml",
		"Middel: fendoquil · Patiëntgroep: volwassenen · Dosering: dag 1: 400 mg 1 dd daarna 200 mg 1 dd · Duur: 7 dagen · Maximum: 400 mg/dag · Opmerkingen: bij allergie voor zelpracine",
		"Middel: lovacetine · Patiëntgroep: eGFR < 30 · Dosering: 50 mg 1 dd",
		"Score: 0–2 · Waarschijnlijkheid: laag · Beleid: geen aanvullend onderzoek; afwachten, herbeoordeling na 3 dagen bij aanhoudende koorts",
	} {
		if b, ok := pageBlock(blocks, want); !ok || b.Kind != TableRow {
			t.Errorf("row %q: %+v (found %v)", want, b, ok)
		}
	}
}

func TestAlignedTable(t *testing.T) {
	for _, tt := range []struct {
		in   string
		rows [][]string
	}{
		// columns by the header, a group's name once, a wrapped cell
		{"Middel   Groep        Dosis\n" +
			"-----------------------------\n" +
			"alfa     volwassenen  1 dd\n" +
			"         kinderen     2 dd na\n" +
			"                      de maaltijd\n", [][]string{{"alfa", "volwassenen", "1 dd"}, {"alfa", "kinderen", "2 dd na de maaltijd"}}},
		// columns by the rule's segments; a caption above
		{"Tabel 1\nScore  Kans\n-----  ----\n0–2    laag\n3–5    hoog\n", [][]string{{"0–2", "laag"}, {"3–5", "hoog"}}},
		// a word across a column's start: no table
		{"a  b\n----\nxxxxx y\nz  w\n", nil},
		// no rule under the header: no table
		{"a  b\nc  d\ne  f\n", nil},
	} {
		got, ok := alignedTable(strings.Split(tt.in, "\n"))
		if !ok && tt.rows != nil || ok && !reflect.DeepEqual(got.Rows, tt.rows) {
			t.Errorf("alignedTable(%q) = %q, %v; want %q", tt.in, got.Rows, ok, tt.rows)
		}
	}
}

// TestHTMLSectionAmongSections reads R Markdown's page (FT-137), whose
// chapters pandoc sets each in a <div class="section level1"> with its own
// <h1>: the chapter with the dose table held the majority of the page's
// words alone and had been taken for all of the content, the title,
// Kernboodschappen and chapters 1 to 4 dropped (contentRoot).
func TestHTMLSectionAmongSections(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft137/ft137-hazelvlekziekte.html")
	for _, want := range []string{"Kernboodschappen", "Alarmsymptomen", "Richtlijnen beleid", "Totstandkoming"} {
		if _, ok := pageBlock(blocks, want); !ok {
			t.Errorf("no block holds %q", want)
		}
	}
}

// TestHTMLTypedHeaderRow reads FT-146, plain text made a page by
// txt2html --make_tables: the columns of a score's two tables, typed
// aligned, became tables of <td> cells alone, each under a paragraph
// "Tabel 1a. …" / "Tabel 1b. …". The first row, words over rows that
// each give a number in one column, is the header; the paragraph, a
// table's number with a letter after it, is the caption. The rows had
// had no column names ("Zuurstofsaturatie onder 94% · 3") and the
// captions had been paragraphs of their own.
func TestHTMLTypedHeaderRow(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft146/ft146-tjalkhoest.html", HTML), map[string]string{
		"Criterium: Zuurstofsaturatie onder 94% · Punten: 3":                                                                                                "Tabel 1a. TJAS-score: criteria en punten",
		"Score: 6 of meer · Kans op tjalkhoest: hoog (> 40%) · Beleid: behandelen zonder TSK-test":                                                          "Tabel 1b. TJAS-score: scorebanden en beleid",
		"Middel: sorvenaxine · Patiëntgroep: volwassenen · Dosering: 500 mg 2 dd · Duur: 7 dagen · Maximum: 1000 mg/dag · Opmerkingen: innemen met voedsel": "Tabel 2. Doseringen bij tjalkhoest",
	})
}

// TestHTMLStruckTextWithdrawn reads FT-157, Markdown made a page by
// Showdown, whose list of changes strikes out the old advice ("Kuurduur
// dremaxine bij volwassenen: <del>10 dagen</del> 7 dagen"): struck-out
// text is withdrawn, not the guideline's advice. It had been read as
// "10 dagen 7 dagen", and a question on the course answered so.
func TestHTMLStruckTextWithdrawn(t *testing.T) {
	data, err := os.ReadFile("../../testdata/heldout/ft157/ft157-grauwmoskoorts.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := HTML(data)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, p := range doc.Pages {
		text.WriteString(p.Text)
	}
	if s := text.String(); strings.Contains(s, "10 dagen 7 dagen") || strings.Contains(s, "Een X-thorax bij elke patiënt ouder dan 70 jaar") {
		t.Error("struck-out text is read as the guideline's")
	} else if !strings.Contains(s, "Kuurduur dremaxine bij volwassenen: 7 dagen") {
		t.Error("the current course length is missing")
	}
}

// TestHTMLFractionAfterDigit reads FT-161, an RTF document made a page by
// unrtf, whose dose table gives "1&frac12; tablet van 250 mg": a tablet
// and a half, not the "11⁄2 tablet" (eleven halves) NFKC had made of it
// (spaceFractions).
func TestHTMLFractionAfterDigit(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft161/ft161-zeggekoorts.html", HTML)
	var text strings.Builder
	for _, p := range doc.Pages {
		text.WriteString(p.Text)
	}
	if !strings.Contains(text.String(), "1 1⁄2 tablet van 250 mg") || strings.Contains(text.String(), "11⁄2") {
		t.Errorf("the tablet and a half is not read as one: %q", text.String()[max(0, strings.Index(text.String(), "tablet van 250")-20):][:60])
	}
}

// TestHTMLBoldLinesAreTitles reads FT-161, an RTF document made a page by
// unrtf: no paragraph nor heading elements, only font and span runs ended
// by <br>, its headings bold runs on lines of their own (boldLines) and
// its captions bold lines right above their tables. No heading had been
// read, every passage had had an empty section, and the score's criteria
// had taken the caption of the table after them.
func TestHTMLBoldLinesAreTitles(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft161/ft161-zeggekoorts.html", HTML)
	levels := headingLevels(doc)
	wantHeadingLevels(t, levels, map[string]int{
		"Kernboodschappen": 2, "Begrippen": 3, "Medicamenteuze behandeling": 3, "Consultatie en verwijzing": 2, "ZEKS-score": 3,
	})
	for title := range levels {
		if strings.HasSuffix(title, ":") || captionLike(title) {
			t.Errorf("%q is a heading", title)
		}
	}
	rows := heldOutRows(t, "../../testdata/heldout/ft161/ft161-zeggekoorts.html", HTML)
	wantCaptionedRows(t, rows, map[string]string{
		"Criterium: Zeggevlek met een diameter van 2 cm of meer · Punten: 2":                                      "Tabel 1 ZEKS-score",
		"Score: 4–6 · Kans op zeggekoorts: meer dan 80% · Beleid: Start behandeling zonder aanvullend onderzoek.": "Tabel 2 Uitslag ZEKS-score en beleid",
	})
}

// TestHTMLTableContinuedAfterNote reads FT-161, whose dose table unrtf
// closes at a note in one of its cells and goes on in a second table
// without the header (continuedTable): the second part's rows are the
// table's, with its column labels and caption. They had had neither
// ("Pastrevine (capsule 100 mg; …) · Volwassenen · 200 mg 2 dd · …").
func TestHTMLTableContinuedAfterNote(t *testing.T) {
	wantCaptionedRows(t, heldOutRows(t, "../../testdata/heldout/ft161/ft161-zeggekoorts.html", HTML), map[string]string{
		"Geneesmiddel: Pastrevine (capsule 100 mg; suspensie 25 mg/ml) · Patiëntgroep: Volwassenen · Dosering: 200 mg 2 dd · Duur: 14 dagen · Maximum: 400 mg/dag · Opmerkingen: Eerste dag eenmalig 400 mg als oplaaddosis": "Tabel 3 Doseringen bij zeggekoorts",
		"Geneesmiddel: Tornidol (tablet 500 mg; zetpil 120 mg, 250 mg) · Patiëntgroep: Kinderen < 15 kg · Dosering: 10 mg/kg 4 dd zo nodig · Duur: max. 3 dagen · Maximum: 40 mg/kg/dag · Opmerkingen: Zetpil 120 mg":        "Tabel 3 Doseringen bij zeggekoorts",
		"Geneesmiddel: Velmoraxine (tablet 250 mg, 500 mg; drank 50 mg/ml) · Patiëntgroep: Volwassenen · Dosering: 500 mg 3 dd · Duur: 10 dagen · Maximum: 1500 mg/dag · Opmerkingen: Innemen op een lege maag":              "Tabel 3 Doseringen bij zeggekoorts",
	})
}

// TestTermOverItsList reads FT-205, ronn's HTML page, whose dose table is
// a definition list per drug set inside the drug's term, an empty <dd>
// after it (termOverList): the term heads its populations' doses, each a
// paragraph of its own. The three drugs had been one paragraph each, the
// last row of one drug run into the next drug's term ("… veilig in alle
// trimesters.: tremacycline (capsule 100 mg): …"), and another drug's
// doses had answered four dose questions.
func TestTermOverItsList(t *testing.T) {
	doc := readParsed(t, "../../testdata/heldout/ft205/ft205-reigerroos.html", HTML)
	levels := headingLevels(doc)
	for _, drug := range []string{"zilvorane (tablet 250 mg en 500 mg, drank 50 mg/ml)", "tremacycline (capsule 100 mg)", "pelmadol (tablet 250 mg, zetpil 125 mg)"} {
		if levels[drug] == 0 {
			t.Errorf("no heading %q: %v", drug, levels)
		}
	}
	found := false
	for _, v := range viewBlocks(t, doc) {
		if strings.Contains(v.Text, "tremacycline") && strings.Contains(v.Text, "veilig in alle trimesters") {
			t.Errorf("one block holds two drugs: %.120q", v.Text)
		}
		found = found || v.Text == "Zwangerschap: 500 mg 3 dd gedurende 7 dagen; maximaal 1500 mg/dag; veilig in alle trimesters."
	}
	if !found {
		t.Error("zilvorane's pregnancy row is no paragraph of its own")
	}
}

// A dose cell whose populations stand a <br> apart, each line led by a
// label ("Volwassenen: 500 mg 3 dd, 7 dagen<br>Kinderen 1–12 jaar: …",
// the page FT-222's PDF was printed from), ends each line with a
// semicolon (labelledLines): joined by a space, one population's dose had
// run on into the next one's label.
func TestHTMLLabelledLinesOfACell(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft222/src/page.html")
	want := "Dosering: Volwassenen: 500 mg 3 dd, 7 dagen; Kinderen 1–12 jaar: 10 mg/kg 3 dd, 7 dagen; Ouderen: 500 mg 2 dd, 7 dagen; eGFR 30–60: 500 mg 2 dd; eGFR < 30: 250 mg 2 dd"
	if b, ok := pageBlock(blocks, want); !ok || b.Kind != TableRow {
		t.Errorf("no row with %q", want)
	}
}

// Python-Markdown's FT-228 doses its drugs in lists nested three deep, a
// drug over a population over an age band with its dose: each item names
// the leads of the items it stands under (nestedItemPaths), as a table's
// row names its drug and population. Alone, "18–69 jaar: dag 1 1000 mg
// eenmalig …" had been no dose of tresomycine. An item under a sentence
// (FT-04's "Bepaal vóór de start van beluxaan:") stands as it did, and so
// does the Markdown file it was written in, read by its own parser.
func TestNestedListItemsNameTheirLeads(t *testing.T) {
	for _, path := range []string{"../../testdata/heldout/ft228/ft228-varenmijtkoorts.html", "../../testdata/heldout/ft228/src/src.md"} {
		blocks := heldOutBlocks(t, path)
		for _, want := range []string{
			"Tresomycine › Volwassenen › 18–69 jaar: dag 1 1000 mg eenmalig",
			"Norvacilline › Kinderen › 6 maanden–2 jaar › maximaal 750 mg per dag",
			"Norvacilline › Nierfunctie › eGFR < 10: niet gebruiken",
		} {
			if b, ok := pageBlock(blocks, want); !ok || b.Kind != ListItem {
				t.Errorf("%s: no list item holds %q", path, want)
			}
		}
	}
	blocks := heldOutBlocks(t, "../../testdata/guidelines/ft04-sintelhuidziekte.md")
	if _, ok := pageBlock(blocks, "›"); ok {
		t.Error("FT-04's items under a sentence name it")
	}
}

// An author's line breaks in a cell (<br>) that each start with a label
// part the cell's clauses, as a PDF cell's labelled lines do
// (brokenLines): a band of age, weight or eGFR is such a label without a
// capital, and an inline tag (<abbr>) is none of its words. FT-232's pipe
// tables had run each band's dose on into the next band ("… in 3 giften
// 6–11 jaar: …"), FT-90's score bands one into the next. A newline of the
// page's source is no line break: FT-92's wrapped interpretation stays
// one sentence.
func TestCellLinesBrokenByBands(t *testing.T) {
	md := readParsed(t, "../../testdata/heldout/ft232/ft232-kwabaalkoorts.md", Markdown)
	for _, want := range []string{
		"Dosering: 3 maanden – 5 jaar: 20 mg/kg/dag in 3 giften; 6–11 jaar: 30 mg/kg/dag in 3 giften; vanaf 12 jaar: als volwassenen",
		"Dosering: < 15 kg: 10 mg/kg 1 dd; 15–30 kg: 150 mg 1 dd; > 30 kg: 200 mg 1 dd",
		"Dosering: 75 jaar en ouder: 750 mg 2 dd; eGFR 30–59: 500 mg 3 dd",
	} {
		if rowWith(md, want) == "" {
			t.Errorf("FT-232: no row with %q", want)
		}
	}
	if row := rowWith(readParsed(t, "../../testdata/heldout/ft90/ft90-helmgraskoorts.html", HTML), "Interpretatie"); !strings.Contains(row, "helmgraskoorts onwaarschijnlijk; 3-4 punten: mogelijk; overweeg serologie; ≥ 5 punten") {
		t.Errorf("FT-90's score bands: %q", row)
	}
	if _, ok := pageBlock(heldOutBlocks(t, "../../testdata/heldout/ft92/ft92-brakwaterenteritis.html"), "zoek een andere oorzaak. 3-4 punten: BWE waarschijnlijk, symptomatisch beleid. 5 punten of meer"); !ok {
		t.Error("FT-92's interpretation is parted at its source's newlines")
	}
}

// A Markdown page without footnotes types a note's number as inline HTML
// after the word it notes ("de specificiteit 94%<sup>5</sup>"): the number
// is the note's label, out of the text (supNotes, bareMarkerAfter, as
// bareMarker reads an HTML page). Left in, it ran on into the text, "94%5"
// (FT-232), "middelen8" in a table's cell. A power stays ("m<sup>2</sup>").
func TestMarkdownSupNumbersAreNotes(t *testing.T) {
	blocks := heldOutBlocks(t, "../../testdata/heldout/ft232/ft232-kwabaalkoorts.md")
	b, ok := pageBlock(blocks, "de specificiteit 94%")
	if !ok || strings.Contains(b.text, "94%5") || !slices.Contains(b.Notes, "5") {
		t.Errorf("FT-232's specificity: %q, notes %v", b.text, b.Notes)
	}
	for _, b := range blocks {
		if strings.Contains(b.text, "middelen8") {
			t.Errorf("a note's number glued to its word: %q", b.text)
		}
	}
	doc, err := Markdown([]byte("# T\n\nSmeer 10 g per m<sup>2</sup> huid.<sup>3</sup>\n\n| Middel | Opmerking |\n|---|---|\n| a | per m<sup>2</sup> lichaamsoppervlak |\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := flatten(doc)
	if p, ok := pageBlock(got, "Smeer"); !ok || p.text != "Smeer 10 g per m2 huid." || !slices.Contains(p.Notes, "3") {
		t.Errorf("power and note: %q, notes %v", p.text, p.Notes)
	}
	if rowWith(doc, "per m2 lichaamsoppervlak") == "" {
		t.Error("a cell's power was dropped")
	}
}
