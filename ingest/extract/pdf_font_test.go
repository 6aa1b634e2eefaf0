package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPDFTextFixtures reads each file of testdata/pdftext (written by
// scripts/gen-pdf-text-fixtures.go) and compares the rendered document with
// its golden file (refresh with -update), then checks the phrases each
// class of trouble used to break.
func TestPDFTextFixtures(t *testing.T) {
	tests := []struct {
		file    string
		ordered []string // phrases that must occur in this order
		absent  []string
	}{
		{file: "rotate-page.pdf", ordered: []string{"Tabel 1 Dosering bij verminderde nierfunctie",
			"Middel: amoxicilline · eGFR 30-60: 500 mg 3 dd · eGFR onder 30: 500 mg 2 dd",
			"Middel: tarvomycine · eGFR 30-60: 250 mg 2 dd · eGFR onder 30: 125 mg 1 dd",
			"Bron: werkgroep nierfunctie, 2024."}},
		{file: "rotate-block.pdf", ordered: []string{"Controleer de nierfunctie voor het starten van een antibioticum.",
			"Pas de dosis aan bij een eGFR onder 30 ml/min.", "Concept versie 0.9 niet verspreiden", "Gedownload op 12 maart 2025"}},
		{file: "symbol-font.pdf", ordered: []string{"Start bij eGFR ≥ 60 ml/min; stop bij eGFR ≤ 30.", "Dosis 5 ± 1 mg, spiegel 10 μg/l.",
			"Receptoren: α en β; Δt 4 uur."}, absent: []string{"³", "£"}},
		{file: "differences.pdf", ordered: []string{"geneesmiddel efficiënt"}},
		{file: "tounicode-partial.pdf", ordered: []string{"Controleer de nierfunctie voor het starten."}, absent: []string{"\uFFFD"}},
		{file: "hidden-spaces.pdf", ordered: []string{"Vastgesteld op 03/25/2016 door de werkgroep.", "Herzien in 2025."}},
		{file: "placed-words.pdf", ordered: []string{"Controleer de nierfunctie voor het starten.", "Herzien op 03/25/2016 door de werkgroep."}},
		{file: "type3-doubled.pdf", ordered: []string{"Controleer de uitslag en stuur het verslag terug als alles klaar is."}},
		{file: "actual-text.pdf", ordered: []string{"Dosis 10 ± 2 mg per dag."}, absent: []string{"Ž", "‘"}},
		{file: "letter-spaced.pdf", ordered: []string{"Controleer de nierfunctie voor het starten van een antibioticum."}},
		{file: "cff-builtin.pdf", ordered: []string{"Spiegel 10 μg/l bij γ-GT boven 60."}, absent: []string{"\uFFFD"}},
		{file: "big-small-lines.pdf", ordered: []string{"DOSIS", "Lees eerst de bijsluiter van het middel.", "Overleg bij twijfel met de apotheker."}},
		{file: "bidi.pdf", ordered: []string{"Groet: שלום in 2024.", "שלום שלום"}, absent: []string{"םולש"}},
		{file: "cjk-gbk.pdf", ordered: []string{"肾功能检查 eGFR 30"}},
		{file: "cmap-onebyte.pdf", ordered: []string{"Controleer de nierfunctie voor het starten van metformine."}},
		{file: "truetype-cid.pdf", ordered: []string{fontProgramText}, absent: []string{"\uFFFD"}},
		{file: "truetype-symbolic.pdf", ordered: []string{fontProgramText}, absent: []string{"\uFFFD"}},
		{file: "type1-builtin.pdf", ordered: []string{fontProgramText}, absent: []string{"\uFFFD"}},
		{file: "vertical-cjk.pdf", ordered: []string{"腎機能を確認する", "用量を調整する", "第二列の", "文章", "終わり"}},
		{file: "inline-image.pdf", ordered: []string{"Voor de afbeelding.", "Tussen de afbeeldingen.", "Na de afbeeldingen."}, absent: []string{"Tj", "\uFFFD"}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".pdf"), func(t *testing.T) {
			doc := extractFixture(t, filepath.Join("pdftext", tt.file))
			text := allText(doc)
			assertOrder(t, text, tt.ordered...)
			for _, a := range tt.absent {
				if strings.Contains(text, a) {
					t.Errorf("%q present in %q", a, text)
				}
			}
			got := renderDocument(doc)
			golden := filepath.Join("testdata", "pdftext", strings.TrimSuffix(tt.file, ".pdf")+".golden")
			compareGolden(t, golden, got)
		})
	}
}

// TestPDFRotatedTable checks that the landscape dose table on a /Rotate 90
// page is found by the table model, cell by cell.
func TestPDFRotatedTable(t *testing.T) {
	doc := extractFixture(t, "pdftext/rotate-page.pdf")
	if len(doc.Tables) != 1 {
		t.Fatalf("got %d tables, want 1", len(doc.Tables))
	}
	tb := doc.Tables[0]
	want := Table{Page: 1, Caption: "Tabel 1 Dosering bij verminderde nierfunctie",
		Header: []string{"Middel", "eGFR 30-60", "eGFR onder 30"},
		Rows: [][]string{
			{"amoxicilline", "500 mg 3 dd", "500 mg 2 dd"},
			{"nitrofurantoine", "50 mg 4 dd", "niet gebruiken"},
			{"metformine", "500 mg 2 dd", "stoppen"},
			{"tarvomycine", "250 mg 2 dd", "125 mg 1 dd"},
		}}
	if diff := cmp.Diff(want, tb); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
}

func TestPDFGlyphText(t *testing.T) {
	for name, want := range map[string]string{
		"greaterequal": "≥", "lessequal": "≤", "plusminus": "±", "mu": "µ", "alpha": "α", "eacute": "é",
		"uni00EB": "ë", "uni00660069": "fi", "u1F600": "😀", "f_f_i": "ffi", "one.oldstyle": "1", "Euro": "€",
		"uniD800": "", "g123": "", "": "", "uni": "",
	} {
		if got := pdfGlyphText(name, false); got != want {
			t.Errorf("pdfGlyphText(%q) = %q, want %q", name, got, want)
		}
	}
	if got := pdfGlyphText("a20", true); got != "✔" {
		t.Errorf("ZapfDingbats a20 = %q, want ✔", got)
	}
}

func TestPDFStandardEncodings(t *testing.T) {
	for _, tt := range []struct {
		table *[256]rune
		code  byte
		want  rune
	}{
		{&pdfSymbolEncoding, 0xb3, '≥'},
		{&pdfSymbolEncoding, 0xa3, '≤'},
		{&pdfSymbolEncoding, 0xb1, '±'},
		{&pdfSymbolEncoding, 'a', 'α'},
		{&pdfSymbolEncoding, 'b', 'β'},
		{&pdfSymbolEncoding, 'm', 'µ'},
		{&pdfZapfDingbatsEncoding, '4', '✔'},
		{&pdfZapfDingbatsEncoding, 'l', '●'},
		{&pdfZapfDingbatsEncoding, 0xac, '①'},
		{&pdfStandardEncoding, 0x27, '’'},
		{&pdfStandardEncoding, 0xe8, 'Ł'},
		{&pdfWinAnsiEncoding, 0x80, '€'},
		{&pdfWinAnsiEncoding, 0xeb, 'ë'},
		{&pdfMacRomanEncoding, 0x8e, 'é'},
	} {
		if got := tt.table[tt.code]; got != tt.want {
			t.Errorf("code %#x = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestPDFToUnicodeCMap parses a CMap the library's interpreter cannot
// (dictionaries it does not set up, a literal-string destination), with
// ranges, arrays, a surrogate pair and entries that must fall through.
func TestPDFToUnicodeCMap(t *testing.T) {
	src := `%!PS-Adobe-3.0 Resource-CMap
/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
1 begincodespacerange <0000> <FFFF> endcodespacerange
4 beginbfchar
<0003> <0020>
<0010> <D83DDE00>
<0011> <>
<0012> (A)
endbfchar
2 beginbfrange
<0020> <0022> <00E9>
<0030> <0032> [<0066006C> <0031> <0032>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	p := pdfCMapParser{m: map[int]string{}}
	p.parse([]byte(src))
	want := map[int]string{3: " ", 0x10: "😀", 0x11: "", 0x12: "A", 0x20: "é", 0x21: "ê", 0x22: "ë", 0x30: "fl", 0x31: "1", 0x32: "2"}
	if diff := cmp.Diff(want, p.m); diff != "" {
		t.Errorf("cmap (-want +got):\n%s", diff)
	}
	if pdfUsableText(p.m[0x11]) {
		t.Error("an empty destination must fall through")
	}
}

// TestPDFFontChain checks the order of the decoding chain on a font built
// in memory: ToUnicode first, then /Differences, then the base encoding.
func TestPDFFontChain(t *testing.T) {
	wingdings := &pdfFont{text: map[int]string{}, base: &pdfWinAnsiEncoding, toUnicode: map[int]string{0xa7: "\uF0A7"}}
	if got := wingdings.decode(0xa7); got != "\uF0A7" {
		t.Errorf("Wingdings bullet: %q, want its private-use value", got)
	}
	symbol := &pdfFont{text: map[int]string{}, base: &pdfSymbolEncoding, symbol: true, toUnicode: map[int]string{0xb3: "\uF0B3"}}
	if got := symbol.decode(0xb3); got != "≥" {
		t.Errorf("Symbol with a private-use ToUnicode: %q, want ≥", got)
	}
	f := &pdfFont{text: map[int]string{}, base: &pdfStandardEncoding, symbol: true,
		toUnicode: map[int]string{'A': "X", 'B': "", 'C': "\uE001", 'D': "\x00"},
		diffs:     map[int]string{'B': "beta", 'E': "nonesuch", 'F': "uni2265"}}
	f.diffs[0xe1] = "a225"
	for code, want := range map[int]string{'A': "X", 'B': "β", 'C': "C", 'D': "D", 'E': "E", 'F': "≥", 0x27: "’", 0x01: "\uFFFD", 0x99: "\u0099", 0xe1: "á"} {
		if got := f.decode(code); got != want {
			t.Errorf("decode(%#x) = %q, want %q", code, got, want)
		}
	}
	cid := &pdfFont{twoByte: true, ucs2: true, text: map[int]string{}}
	if got := cid.decode(0x05E9); got != "ש" {
		t.Errorf("UCS-2 CMap: %q", got)
	}
	cluster := &pdfFont{twoByte: true, text: map[int]string{}, toUnicode: map[int]string{1: "حَبيبي", 2: ""}}
	if got := cluster.decode(2); got != "" {
		t.Errorf("a cluster glyph mapped to nothing: %q, want no text", got)
	}
	cid = &pdfFont{twoByte: true, text: map[int]string{}}
	if got := cid.decode(0x05E9); got != "\uFFFD" {
		t.Errorf("Identity-H without ToUnicode: %q, want U+FFFD", got)
	}
}

func TestPDFCoreFontName(t *testing.T) {
	for in, want := range map[string]string{
		"Arial": "Helvetica", "Arial,Bold": "Helvetica-Bold", "Arial-BoldItalicMT": "Helvetica-BoldOblique",
		"TimesNewRomanPSMT": "Times-Roman", "TimesNewRoman,Italic": "Times-Italic", "Times-Bold": "Times-Bold",
		"CourierNew": "Courier", "Symbol": "Symbol", "Calibri": "Calibri",
	} {
		if got := pdfCoreFontName(in); got != want {
			t.Errorf("pdfCoreFontName(%q) = %q, want %q", in, got, want)
		}
	}
	if w := pdfCoreWidths("Helvetica"); len(w) != 256 || w['i'] != 222 || w['W'] != 944 {
		t.Errorf("Helvetica widths: i %v W %v", w['i'], w['W'])
	}
}

// FuzzPDFToUnicodeCMap: any bytes parse without panic, within the entry
// bound, into valid UTF-8 or text that fails pdfUsableText.
func FuzzPDFToUnicodeCMap(f *testing.F) {
	f.Add([]byte("1 beginbfchar <0041> <0042> endbfchar 1 beginbfrange <0000> <FFFF> <0020> endbfrange"))
	f.Add([]byte("2 beginbfrange <20> <22> [<0041> (x)] <30> <31> <D83DDE00> endbfrange (\\101\\) <<>> % c"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := pdfCMapParser{m: map[int]string{}}
		p.parse(data)
		if len(p.m) > pdfMaxCMapEntries {
			t.Fatalf("%d entries", len(p.m))
		}
	})
}

// TestPDFNamedCJKCMaps decodes each legacy encoding behind Adobe's named
// CMaps, splitting one string into codes by lead byte.
func TestPDFNamedCJKCMaps(t *testing.T) {
	for _, tt := range []struct {
		cmap, raw, want string
	}{
		{"GBK-EUC-H", "\xc9\xf6\xb9\xa6 1", "肾功 1"},
		{"90ms-RKSJ-H", "\x90\x74\x8b\x40\x94\x5c A", "腎機能 A"},
		{"ETen-B5-H", "\xb5\xc7\xa5\x5c x", "腎功 x"},
		{"KSCms-UHC-H", "\xbd\xc5\xc0\xe5", "신장"},
		{"EUC-V", "\xbf\xd5", "腎"},
	} {
		f := &pdfFont{twoByte: true, cjk: pdfCJKFor(tt.cmap), text: map[int]string{}, dw: 1000}
		if f.cjk == nil {
			t.Fatalf("%s: no codec", tt.cmap)
		}
		var b strings.Builder
		for i, n := 0, 0; i < len(tt.raw); i += n {
			n = f.codeAt(tt.raw, i)
			code := 0
			for k := range n {
				code = code<<8 | int(tt.raw[i+k])
			}
			b.WriteString(f.decode(code))
		}
		if got := b.String(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.cmap, got, tt.want)
		}
	}
	if pdfCJKFor("Identity-H") != nil {
		t.Error("Identity-H is no byte encoding")
	}
}

func TestPDFEmbeddedCMapCodes(t *testing.T) {
	p := pdfCMapParser{m: map[int]string{}}
	p.parse([]byte("2 begincodespacerange <00> <80> <8140> <FEFE> endcodespacerange 1 begincidrange <8140> <8142> 100 endcidrange 1 begincidchar <41> 7 endcidchar"))
	f := &pdfFont{twoByte: true, spaces: p.spaces, cids: p.cids, cidW: map[int]float64{7: 300, 101: 900}, dw: 1000}
	raw := "A\x81\x41B"
	var codes []int
	for i, n := 0, 0; i < len(raw); i += n {
		n = f.codeAt(raw, i)
		code := 0
		for k := range n {
			code = code<<8 | int(raw[i+k])
		}
		codes = append(codes, code)
	}
	if diff := cmp.Diff([]int{0x41, 0x8141, 0x42}, codes); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
	if f.width(0x41) != 300 || f.width(0x8141) != 900 || f.width(0x42) != 1000 {
		t.Errorf("widths by CID: %v %v %v", f.width(0x41), f.width(0x8141), f.width(0x42))
	}
}

// FuzzPDFLex: any content stream tokenizes without panic, and every
// operator gets at most pdfMaxOperands operands.
func FuzzPDFLex(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf 72 700 Td [(a) -250 (b)] TJ ET q 1 0 0 1 0 0 cm BI /W 2 /H 1 /BPC 8 /CS /G ID\n\x00) EI Q"))
	f.Add([]byte("<< /A (x)) >> [ [ <4g> (\\\n) ] /N#41 1.2.3 --5 true null } > ) BI ID"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pdfLex(data, func(op string, args []pdfOperand) {
			if len(args) > pdfMaxOperands {
				t.Fatalf("%s with %d operands", op, len(args))
			}
		})
	})
}

// TestPDFTextString: ActualText is a PDF text string: UTF-16BE or UTF-8
// after a byte-order mark, else PDFDocEncoding, whose 0x80–0xA0 are not
// Latin-1's.
func TestPDFTextString(t *testing.T) {
	for in, want := range map[string]string{
		"eGFR 30":                     "eGFR 30",
		"\xfe\xff\x00\xb1\x22\x65":    "±≥",
		"\xef\xbb\xbfμg":              "μg",
		"\x93ets \x84 \x80 \xa0 \xe9": "ﬁets — • € \u00e9",
	} {
		if got := pdfTextString(in); got != want {
			t.Errorf("pdfTextString(%q) = %q, want %q", in, got, want)
		}
	}
	if got, ok := pdfDictActualText("<< /ActualText (\\(a\\)) /Lang (nl) >>"); !ok || got != "(a)" {
		t.Errorf("inline ActualText = %q, %v", got, ok)
	}
}

// TestWinAnsiUnusedCodesAreBullets: WinAnsiEncoding's unused codes show
// the bullet (PDF 32000-1 Annex D.2), as ReportLab draws its list bullets
// (Courier's code 0x7F, a few points before the item's text), and take the
// bullet's width: before, they read as U+FFFD, 1000 units wide, glued to
// the item's first word ("�Tolzarine:"), and no list item was seen. Code
// 0xAD is the hyphen ("Command-Line", not "CommandLine").
func TestWinAnsiUnusedCodesAreBullets(t *testing.T) {
	items := []string{"Tolzarine: huidinfecties ter plaatse.", "Morvastine: overgevoeligheid voor morvastine."}
	content := "BT /F1 10 Tf 72 720 Td (Contra-indicaties bij de behandeling:) Tj ET"
	for i, it := range items {
		y := 700 - 14*i
		content += fmt.Sprintf(" BT /F1 10 Tf 71 %d Td (\\177) Tj ET BT /F1 10 Tf 80 %d Td (%s) Tj ET", y, y, it)
	}
	content += " BT /F1 10 Tf 72 650 Td (Command\\255Line) Tj ET"
	doc, err := PDF(context.Background(), qualityPDF(content), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Pages[0].Text
	if strings.Contains(text, "\uFFFD") || !strings.Contains(text, "Command-Line") {
		t.Errorf("text %q", text)
	}
	var got []string
	for _, b := range doc.Pages[0].Blocks {
		if b.Kind == ListItem {
			got = append(got, b.Label+" "+text[b.Start:b.End])
		}
	}
	want := []string{"• " + items[0], "• " + items[1]}
	if !slices.Equal(got, want) {
		t.Errorf("list items %q, want %q (page text %q)", got, want, text)
	}
}
