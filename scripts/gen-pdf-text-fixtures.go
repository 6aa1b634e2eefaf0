//go:build ignore

// gen-pdf-text-fixtures writes the PDFs of ingest/extract/testdata/pdftext:
// one small file per class of text that real-world PDFs lose or garble
// (issue 14): rotated pages and blocks, fonts without a usable Unicode map,
// the Symbol font, hidden spaces and words placed one by one, doubled
// letters and replacement text in Type 3 fonts, lines of very different
// sizes close together, right-to-left text, a named CJK CMap, fonts whose
// text only their embedded program tells (TrueType, Type 1 and bare CFF),
// vertical CJK, letter-spaced headings, and pages whose fonts cannot be
// read at all.
// Every file is written from scratch here; no third-party file is used.
//
//	go run scripts/gen-pdf-text-fixtures.go [-out ingest/extract/testdata/pdftext]
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

// Fonts, as object bodies. Helvetica has no /Widths, as ReportLab and other
// generators write the standard fonts.
const (
	helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	bold      = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
	symbol    = "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"
	dingbats  = "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>"
	courier   = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
)

func main() {
	out := flag.String("out", "ingest/extract/testdata/pdftext", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o750); err != nil {
		log.Fatal(err)
	}
	files := map[string][]byte{
		"rotate-page.pdf":       rotatePage(),
		"rotate-block.pdf":      rotateBlock(),
		"symbol-font.pdf":       symbolFont(),
		"differences.pdf":       differences(),
		"tounicode-partial.pdf": toUnicodePartial(),
		"hidden-spaces.pdf":     hiddenSpaces(),
		"placed-words.pdf":      placedWords(),
		"type3-doubled.pdf":     type3Doubled(),
		"actual-text.pdf":       actualText(),
		"letter-spaced.pdf":     letterSpaced(),
		"cff-builtin.pdf":       cffBuiltin(),
		"big-small-lines.pdf":   bigSmallLines(),
		"bidi.pdf":              bidi(),
		"unreadable-fonts.pdf":  unreadableFonts(),
		"cjk-gbk.pdf":           cjkGBK(),
		"cmap-onebyte.pdf":      cmapOneByte(),
		"inline-image.pdf":      inlineImage(),
		"truetype-cid.pdf":      trueTypeCID(),
		"truetype-symbolic.pdf": trueTypeSymbolic(),
		"type1-builtin.pdf":     type1Builtin(),
		"vertical-cjk.pdf":      verticalCJK(),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o600); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-24s %6d bytes\n", name, len(data))
	}
}

// page is one page: its content stream and extra page dictionary entries.
type page struct {
	content string
	extra   string
}

// doc builds a PDF with the given fonts (/F1, /F2, … in order) shared by all
// pages; pagesExtra goes into the page tree root (inherited attributes).
func doc(fonts []string, pagesExtra string, pages ...page) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	var fontRefs []string
	for i, f := range fonts {
		objs = append(objs, f)
		fontRefs = append(fontRefs, fmt.Sprintf("/F%d %d 0 R", i+1, len(objs)))
	}
	var kids []string
	for _, p := range pages {
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Contents %d 0 R %s >>", len(objs)+2, p.extra))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)))
		objs = append(objs, pdftest.Stream("", []byte(p.content)))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] /Resources << /Font << %s >> >> %s >>",
		strings.Join(kids, " "), len(pages), strings.Join(fontRefs, " "), pagesExtra)
	return pdftest.Build(objs...)
}

// line shows one line of text in font f at (x, y).
func line(f string, size, x, y float64, text string) string {
	return fmt.Sprintf("BT /%s %g Tf %g %g Td (%s) Tj ET\n", f, size, x, y, text)
}

// doseTable is a dose table in a landscape frame of 842 × 595: a caption,
// a header row and four rows with ruled borders.
func doseTable() string {
	rows := [][3]string{
		{"Middel", "eGFR 30-60", "eGFR onder 30"},
		{"amoxicilline", "500 mg 3 dd", "500 mg 2 dd"},
		{"nitrofurantoine", "50 mg 4 dd", "niet gebruiken"},
		{"metformine", "500 mg 2 dd", "stoppen"},
		{"tarvomycine", "250 mg 2 dd", "125 mg 1 dd"},
	}
	xs := [3]float64{72, 330, 560}
	var b strings.Builder
	b.WriteString(line("F2", 12, 72, 520, "Tabel 1 Dosering bij verminderde nierfunctie"))
	y := 480.0
	for i, r := range rows {
		f := "F1"
		if i == 0 {
			f = "F2"
		}
		for c, cell := range r {
			b.WriteString(line(f, 10, xs[c], y, cell))
		}
		fmt.Fprintf(&b, "0.5 w 66 %g m 780 %g l S\n", y-6, y-6)
		y -= 24
	}
	fmt.Fprintf(&b, "0.5 w 66 %g m 780 %g l S\n", 500.0, 500.0)
	for _, x := range []float64{66, 324, 554, 780} {
		fmt.Fprintf(&b, "%g 500 m %g %g l S\n", x, x, y+18)
	}
	b.WriteString(line("F1", 10, 72, y-20, "Bron: werkgroep nierfunctie, 2024."))
	return b.String()
}

// rotatePage: a landscape dose table on a portrait page whose page tree
// says /Rotate 90 (inherited): the content is drawn turned a quarter, its
// text running up the page.
func rotatePage() []byte {
	body := "q 0 1 -1 0 595 0 cm\n" + doseTable() + "Q\n"
	return doc([]string{helvetica, bold}, "/Rotate 90", page{content: body})
}

// rotateBlock: an upright page with a label set vertically in the margin.
func rotateBlock() []byte {
	var b strings.Builder
	b.WriteString(line("F2", 14, 72, 760, "Nierfunctie en antibiotica"))
	b.WriteString(line("F1", 11, 72, 730, "Controleer de nierfunctie voor het starten van een antibioticum."))
	b.WriteString(line("F1", 11, 72, 715, "Pas de dosis aan bij een eGFR onder 30 ml/min."))
	b.WriteString("BT /F1 9 Tf 0 1 -1 0 40 300 Tm (Concept versie 0.9 niet verspreiden) Tj ET\n")
	b.WriteString("BT /F1 9 Tf 0 -1 1 0 560 700 Tm (Gedownload op 12 maart 2025) Tj ET\n")
	return doc([]string{helvetica, bold}, "", page{content: b.String()})
}

// symbolFont: Greek letters and relations from the Symbol font, without
// /Encoding, /ToUnicode or /Widths.
func symbolFont() []byte {
	var b strings.Builder
	b.WriteString("BT /F1 11 Tf 72 700 Td (Start bij eGFR ) Tj /F2 11 Tf (\\263) Tj /F1 11 Tf ( 60 ml/min; stop bij eGFR ) Tj /F2 11 Tf (\\243) Tj /F1 11 Tf ( 30.) Tj ET\n")
	b.WriteString("BT /F1 11 Tf 72 680 Td (Dosis 5 ) Tj /F2 11 Tf (\\261) Tj /F1 11 Tf ( 1 mg, spiegel 10 ) Tj /F2 11 Tf (m) Tj /F1 11 Tf (g/l.) Tj ET\n")
	b.WriteString("BT /F1 11 Tf 72 660 Td (Receptoren: ) Tj /F2 11 Tf (a) Tj /F1 11 Tf ( en ) Tj /F2 11 Tf (b) Tj /F1 11 Tf (; ) Tj /F2 11 Tf (D) Tj /F1 11 Tf (t 4 uur.) Tj ET\n")
	b.WriteString("BT /F3 11 Tf 72 640 Td (4) Tj /F1 11 Tf ( Afspraak gemaakt.) Tj ET\n")
	return doc([]string{helvetica, symbol, dingbats}, "", page{content: b.String()})
}

// differences: a font whose codes 1–14 are named by /Differences only, with
// a uniXXXX name, a ligature name and an AGL name, and no ToUnicode.
func differences() []byte {
	names := []string{"g", "e", "n", "s", "m", "i", "d", "l", "f_f_i", "c", "uni00EB", "t", "space", "uni0308"}
	code := map[string]byte{}
	for i, n := range names {
		code[n] = byte(i + 1)
	}
	enc := func(glyphs ...string) string {
		var s strings.Builder
		for _, g := range glyphs {
			fmt.Fprintf(&s, "\\%03o", code[g])
		}
		return s.String()
	}
	widths := strings.TrimSpace(strings.Repeat("556 ", len(names)))
	font := fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar %d /Widths [%s] "+
		"/Encoding << /Type /Encoding /Differences [1 /%s] >> >>", len(names), widths, strings.Join(names, " /"))
	text := enc("g", "e", "n", "e", "e", "s", "m", "i", "d", "d", "e", "l", "space", "e", "f_f_i", "c", "i", "uni00EB", "n", "t")
	content := fmt.Sprintf("BT /F1 12 Tf 72 700 Td (%s) Tj ET\n", text)
	return doc([]string{font}, "", page{content: content})
}

// toUnicodePartial: a font without /Encoding whose ToUnicode CMap maps only
// some codes, one to nothing and one to a lone surrogate; every other code
// must fall back to the font's encoding.
func toUnicodePartial() []byte {
	cmap := `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Partial def
1 begincodespacerange <00> <FF> endcodespacerange
3 beginbfchar
<43> <0043>
<6E> <>
<72> <D800>
endbfchar
1 beginbfrange
<61> <65> <0061>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>"
	content := line("F1", 12, 72, 700, "Controleer de nierfunctie voor het starten.")
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		font,
		pdftest.Stream("", []byte(cmap)),
		"<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
		pdftest.Stream("", []byte(content)),
	)
}

// hiddenSpaces: a date whose every character is followed by a space that a
// kern moves back (so nothing visible separates them), and a sentence with
// ordinary spaces.
func hiddenSpaces() []byte {
	var tj strings.Builder
	for _, c := range "03/25/2016" {
		fmt.Fprintf(&tj, "(%c ) 278 ", c)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 11 Tf 72 700 Td (Vastgesteld op ) Tj [%s] TJ ( door de werkgroep.) Tj ET\n", tj.String())
	b.WriteString("BT /F1 11 Tf 72 680 Td [(Herzien) -250 (in) -250 (2025.)] TJ ET\n")
	return doc([]string{helvetica}, "", page{content: b.String()})
}

// placedWords: words each placed by its own text matrix with a shown
// space after it, the next word a twelfth of an em after the text before
// the space (narrower than pdfWordGap: the space is what separates); and
// digits whose spaces the next digit is kerned back over, a little past
// the space's start, so that by position each digit comes before the space
// shown ahead of it.
func placedWords() []byte {
	var b strings.Builder
	b.WriteString("BT /F2 10 Tf\n")
	x := 72.0
	for _, w := range strings.Fields("Controleer de nierfunctie voor het starten.") {
		fmt.Fprintf(&b, "1 0 0 1 %g 700 Tm (%s ) Tj\n", x, w)
		x += float64(len(w))*6 + 0.8 // Courier: 0.6 em a glyph
	}
	b.WriteString("ET\n")
	var digits []string
	for _, c := range "03/25/2016" {
		digits = append(digits, fmt.Sprintf("(%c )", c))
	}
	tj := strings.Join(digits, " 290 ") // Helvetica's space is 278
	fmt.Fprintf(&b, "BT /F1 11 Tf 72 680 Td (Herzien op ) Tj [%s] TJ (door de werkgroep.) Tj ET\n", tj)
	return doc([]string{helvetica, courier}, "", page{content: b.String()})
}

// type3Doubled: a Type 3 font whose glyphs are a tenth of its nominal
// size (FontMatrix 0.0001, shown at 58 pt: an em of 58 pt, glyphs 5.2 pt
// wide), with doubled letters one advance apart.
func type3Doubled() []byte {
	text := "Controleer de uitslag en stuur het verslag terug als alles klaar is."
	var codes []int
	for _, r := range text {
		if !slices.Contains(codes, int(r)) {
			codes = append(codes, int(r))
		}
	}
	slices.Sort(codes)
	var diffs, procs strings.Builder
	widths := make([]string, codes[len(codes)-1]-codes[0]+1)
	for i := range widths {
		widths[i] = "0"
	}
	for _, c := range codes {
		name := glyphName(rune(c))
		fmt.Fprintf(&diffs, "%d /%s ", c, name)
		fmt.Fprintf(&procs, "/%s 5 0 R ", name)
		widths[c-codes[0]] = "900"
	}
	font := fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontMatrix [0.0001 0 0 0.0001 0 0] /FontBBox [0 0 900 1000] "+
		"/FirstChar %d /LastChar %d /Widths [%s] /Encoding << /Type /Encoding /Differences [%s] >> /CharProcs << %s>> /Resources << >> >>",
		codes[0], codes[len(codes)-1], strings.Join(widths, " "), diffs.String(), procs.String())
	content := fmt.Sprintf("BT /F1 58 Tf 72 700 Td (%s) Tj ET", text)
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		font,
		"<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
		pdftest.Stream("", []byte("900 0 0 0 800 700 d1 50 0 700 700 re f")),
		pdftest.Stream("", []byte(content)),
	)
}

// actualText: digits and signs in a Type 3 font whose glyphs are named by
// number and mapped to U+0000 in ToUnicode, each inside a marked-content
// span whose /ActualText says the character (as Chromium writes its Type 3
// fallback fonts): inline as a literal and as UTF-16 hex, and named in
// the page's /Properties.
func actualText() []byte {
	codes := "\x8d\x8e\x8f\x90\x91"
	var names, procs, bfchar strings.Builder
	for i := range len(codes) {
		fmt.Fprintf(&names, "/g%X ", 0x18c+i)
		fmt.Fprintf(&procs, "/g%X 6 0 R ", 0x18c+i)
		fmt.Fprintf(&bfchar, "<%02X> <0000> ", codes[i])
	}
	font := fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 0 600 700] "+
		"/FirstChar 141 /LastChar 145 /Widths [600 600 600 600 600] /Encoding << /Type /Encoding /Differences [141 %s] >> "+
		"/CharProcs << %s>> /Resources << >> /ToUnicode 5 0 R >>", names.String(), procs.String())
	cmap := fmt.Sprintf(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
%d beginbfchar %s endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`, len(codes), bfchar.String())
	span := func(actual, code string) string {
		return fmt.Sprintf("/Span << /ActualText %s >> BDC <%X> Tj EMC ", actual, code)
	}
	var b strings.Builder
	b.WriteString("BT /F1 12 Tf 72 700 Td (Dosis ) Tj /F2 12 Tf ")
	b.WriteString(span("(1)", "\x8e") + span("(0)", "\x8d"))
	b.WriteString("/F1 12 Tf ( ) Tj /F2 12 Tf " + span("<FEFF00B1>", "\x90") + "/F1 12 Tf ( ) Tj /F2 12 Tf ")
	b.WriteString(span("(2)", "\x8f") + "/F1 12 Tf ( ) Tj /Span /MC0 BDC /F2 12 Tf <9191> Tj EMC /F1 12 Tf ( per dag.) Tj ET\n")
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R /F2 3 0 R >> "+
			"/Properties << /MC0 << /ActualText (mg) >> >> >> >>",
		font,
		"<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>",
		pdftest.Stream("", []byte(cmap)),
		pdftest.Stream("", []byte("600 0 0 0 500 700 d1 50 0 450 700 re f")),
		helvetica,
		pdftest.Stream("", []byte(b.String())),
	)
}

// letterSpaced: a title page whose title and author are letter-spaced
// with Tc (a quarter em between the letters, the last letter of each word
// without it, as typesetters do), over more than a fifth of its letters;
// a second page of prose with "a b" and a list "A, B en C" only.
func letterSpaced() []byte {
	spaced := func(y float64, words ...string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "BT /F1 14 Tf 1 0 0 1 72 %g Tm ", y)
		for i, w := range words {
			if i > 0 {
				b.WriteString("0 Tc 10 Tw ( ) Tj 0 Tw ")
			}
			fmt.Fprintf(&b, "3.5 Tc (%s) Tj 0 Tc (%s) Tj ", w[:len(w)-1], w[len(w)-1:])
		}
		b.WriteString("ET\n")
		return b.String()
	}
	title := spaced(760, "RICHTLIJN", "NIERFUNCTIE") + spaced(730, "WERKGROEP", "HUISARTSEN") +
		line("F1", 11, 72, 690, "Deze uitgave beschrijft de controle van de nierfunctie bij ouderen.") +
		line("F1", 11, 72, 676, "Vastgesteld door de werkgroep in maart 2025.")
	prose := line("F1", 11, 72, 760, "Controleer de nierfunctie voor het starten van een antibioticum.") +
		line("F1", 11, 72, 746, "Kies uit de middelen A, B en C; stap a b volgt daarna in de tekst.") +
		line("F1", 11, 72, 732, "Pas de dosis aan bij een eGFR onder 30 ml/min en overleg bij twijfel.")
	return doc([]string{helvetica}, "", page{content: title}, page{content: prose})
}

// cffBuiltin: an embedded bare CFF program (FontFile3 /Type1C) and a font
// dictionary without /Encoding, as pdfTeX writes Computer Modern: the
// program's built-in encoding puts its glyphs at their ASCII codes and μ
// and γ at codes 1 and 2, γ named by a string of the program's own.
func cffBuiltin() []byte {
	text := "Spiegel 10 \x01g/l bij \x02-GT boven 60."
	var codes []byte
	for i := range len(text) {
		if !bytes.Contains(codes, []byte{text[i]}) {
			codes = append(codes, text[i])
		}
	}
	sid := func(c byte) int {
		switch c {
		case 1:
			return 152 // mu, a standard string
		case 2:
			return 391 // gamma, the program's first string
		}
		return int(c) - 31 // space is 1, exclam 2, …, asciitilde 95
	}
	prog := cffProgram("ABCDEF+CMMI10", []string{"gamma"}, codes, sid)
	widths := make([]string, 126)
	for i := range widths {
		widths[i] = "500"
	}
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMMI10 /FirstChar 1 /LastChar 126 /Widths [" +
		strings.Join(widths, " ") + "] /FontDescriptor 4 0 R >>"
	content := fmt.Sprintf("BT /F1 12 Tf 72 700 Td (%s) Tj ET", text)
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		font,
		"<< /Type /FontDescriptor /FontName /ABCDEF+CMMI10 /Flags 4 /FontBBox [0 -250 1000 750] /ItalicAngle 0 "+
			"/Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile3 7 0 R >>",
		"<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
		pdftest.Stream("", []byte(content)),
		pdftest.Stream("/Subtype /Type1C", prog),
	)
}

// cffProgram writes a CFF program (Adobe TN 5176) with one glyph per code,
// each an empty charstring: a format 0 charset of the glyphs' string IDs
// and a format 0 built-in encoding of their codes, in order.
func cffProgram(name string, strs []string, codes []byte, sid func(byte) int) []byte {
	index := func(items ...[]byte) []byte {
		var b bytes.Buffer
		_ = binary.Write(&b, binary.BigEndian, uint16(len(items)))
		if len(items) == 0 {
			return b.Bytes()
		}
		b.WriteByte(2) // offSize
		off := 1
		_ = binary.Write(&b, binary.BigEndian, uint16(off))
		for _, it := range items {
			off += len(it)
			_ = binary.Write(&b, binary.BigEndian, uint16(off))
		}
		for _, it := range items {
			b.Write(it)
		}
		return b.Bytes()
	}
	var strItems, glyphs [][]byte
	for _, s := range strs {
		strItems = append(strItems, []byte(s))
	}
	glyphs = append(glyphs, []byte{0x0e}) // .notdef: endchar
	var charset, encoding bytes.Buffer
	charset.WriteByte(0)
	encoding.WriteByte(0)
	encoding.WriteByte(byte(len(codes)))
	for _, c := range codes {
		glyphs = append(glyphs, []byte{0x0e})
		_ = binary.Write(&charset, binary.BigEndian, uint16(sid(c)))
		encoding.WriteByte(c)
	}
	// The top DICT's offsets are written as 5-byte integers (operator 29),
	// so its size does not depend on them.
	top := func(charsetAt, encodingAt, charStringsAt int) []byte {
		var b bytes.Buffer
		for _, e := range [][2]int{{charsetAt, 15}, {encodingAt, 16}, {charStringsAt, 17}} {
			b.WriteByte(29)
			_ = binary.Write(&b, binary.BigEndian, int32(e[0]))
			b.WriteByte(byte(e[1]))
		}
		return b.Bytes()
	}
	head := append([]byte{1, 0, 4, 2}, index([]byte(name))...)
	fixed := len(head) + len(index(top(0, 0, 0))) + len(index(strItems...)) + len(index())
	charsetAt := fixed
	encodingAt := charsetAt + charset.Len()
	charStringsAt := encodingAt + encoding.Len()
	var b bytes.Buffer
	b.Write(head)
	b.Write(index(top(charsetAt, encodingAt, charStringsAt)))
	b.Write(index(strItems...))
	b.Write(index()) // global subroutines
	b.Write(charset.Bytes())
	b.Write(encoding.Bytes())
	b.Write(index(glyphs...))
	return b.Bytes()
}

// bigSmallLines: a 116 pt word with a 12 pt line just below its baseline,
// inside the big line's half-em.
func bigSmallLines() []byte {
	var b strings.Builder
	b.WriteString(line("F2", 116, 60, 640, "DOSIS"))
	b.WriteString(line("F1", 12, 72, 615, "Lees eerst de bijsluiter van het middel."))
	b.WriteString(line("F1", 12, 72, 600, "Overleg bij twijfel met de apotheker."))
	return doc([]string{helvetica, bold}, "", page{content: b.String()})
}

// bidi: Hebrew shown in visual order (as on screen, left to right), through
// a ToUnicode map: A ש, B ל, C ו, D ם.
func bidi() []byte {
	cmap := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
4 beginbfchar <41> <05E9> <42> <05DC> <43> <05D5> <44> <05DD> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 4 0 R >>"
	content := "BT /F1 12 Tf 72 700 Td (Groet: DCBA in 2024.) Tj ET\n" + "BT /F1 12 Tf 72 680 Td (DCBA DCBA) Tj ET\n"
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		font,
		pdftest.Stream("", []byte(cmap)),
		"<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
		pdftest.Stream("", []byte(content)),
	)
}

// unreadableFonts: three pages of text in a Type0 font with Identity-H and
// no ToUnicode: nothing says which characters the glyph ids are.
func unreadableFonts() []byte {
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Onbekend /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Onbekend /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>] >>"
	var pages []page
	for p := range 3 {
		var b strings.Builder
		for l := range 20 {
			var hex strings.Builder
			for i := range 40 {
				if i%7 == 6 {
					hex.WriteString("0003")
				} else {
					fmt.Fprintf(&hex, "%04X", 36+(i*5+l+p)%40)
				}
			}
			fmt.Fprintf(&b, "BT /F1 11 Tf 72 %d Td <%s> Tj ET\n", 760-l*16, hex.String())
		}
		pages = append(pages, page{content: b.String()})
	}
	return doc([]string{font}, "", pages...)
}

// cjkGBK: Chinese in a Type0 font with the predefined CMap GBK-EUC-H and
// no ToUnicode (as Chinese Word exports write SimSun): GBK bytes, two per
// Han character and one per ASCII character, in one string.
func cjkGBK() []byte {
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>] >>"
	// "肾功能检查 eGFR 30" in GBK
	content := "BT /F1 12 Tf 72 700 Td <c9f6b9a6c4dcbcecb2e92065474652203330> Tj ET\n"
	return doc([]string{font}, "", page{content: content})
}

// cmapOneByte: a Type0 font whose /Encoding is an embedded CMap with
// one-byte codes (as Word writes "OneByteIdentityH"), with ToUnicode; the
// codes must not be read two bytes at a time.
func cmapOneByte() []byte {
	enc := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /OneByteIdentityH def /CMapType 1 def
1 begincodespacerange <00> <FF> endcodespacerange
1 begincidrange <00> <FF> 0 endcidrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	tu := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <20> <7E> <0020> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding 4 0 R /ToUnicode 5 0 R " +
		"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri " +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [32 [226]] >>] >>"
	content := line("F1", 11, 72, 700, "Controleer de nierfunctie voor het starten van metformine.")
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [6 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		font,
		pdftest.Stream("/Type /CMap /CMapName /OneByteIdentityH", []byte(enc)),
		pdftest.Stream("", []byte(tu)),
		"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
		pdftest.Stream("", []byte(content)),
	)
}

// inlineImage: text before, between and after two inline images whose
// binary data holds delimiters, "EI" inside the data and keywords: an
// unfiltered one (its length follows from /W /H /BPC) and a filtered one
// (its end found by the content after EI).
func inlineImage() []byte {
	raw := []byte("(>]) EI \x00\x01>>\xff\xfe/Tj\n")
	raw = append(raw, make([]byte, 32-len(raw))...) // 8 × 4 grey pixels
	var b strings.Builder
	b.WriteString(line("F1", 11, 72, 700, "Voor de afbeelding."))
	fmt.Fprintf(&b, "q 20 0 0 20 72 650 cm BI /W 8 /H 4 /BPC 8 /CS /G ID\n%s\nEI Q\n", raw)
	b.WriteString(line("F1", 11, 72, 620, "Tussen de afbeeldingen."))
	fmt.Fprintf(&b, "q 20 0 0 20 72 580 cm BI /W 2 /H 2 /BPC 8 /CS /RGB /F /DCT ID\n\xff\xd8 EI \x00\x9c(\xff\xd9\nEI Q\n")
	b.WriteString(line("F1", 11, 72, 550, "Na de afbeeldingen."))
	return doc([]string{helvetica}, "", page{content: b.String()})
}

// fontText is the sentence the embedded-program fixtures show.
const fontText = "Controleer de nierfunctie voor metformine."

// glyphsOf numbers the distinct characters of text from glyph 1 (0 is
// .notdef), in order of first appearance.
func glyphsOf(text string) (order []rune, gid map[rune]int) {
	gid = map[rune]int{}
	for _, r := range text {
		if _, ok := gid[r]; !ok {
			order = append(order, r)
			gid[r] = len(order)
		}
	}
	return order, gid
}

// trueTypeCID: an Identity-H Type0 font over an embedded TrueType program
// without ToUnicode, as Word and Chromium subsets are written once the map
// is stripped. The CIDs are not the glyph numbers: /CIDToGIDMap maps CID
// 100 + g to glyph g, and only the program's Unicode cmap names the glyphs.
func trueTypeCID() []byte {
	order, gid := glyphsOf(fontText)
	cmap := map[int]int{}
	for r, g := range gid {
		cmap[int(r)] = g
	}
	prog := trueType(len(order)+1, cmapTable(3, 1, cmap), nil)
	m := make([]byte, 2*(101+len(order)))
	for g := 1; g <= len(order); g++ {
		binary.BigEndian.PutUint16(m[2*(100+g):], uint16(g))
	}
	var content strings.Builder
	content.WriteString("BT /F1 12 Tf 72 700 Td <")
	for _, r := range fontText {
		fmt.Fprintf(&content, "%04x", 100+gid[r])
	}
	content.WriteString("> Tj ET\n")
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [6 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Verdana /Encoding /Identity-H /DescendantFonts [<< /Type /Font "+
			"/Subtype /CIDFontType2 /BaseFont /ABCDEF+Verdana /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "+
			"/DW 550 /CIDToGIDMap 5 0 R /FontDescriptor 4 0 R >>] >>",
		"<< /Type /FontDescriptor /FontName /ABCDEF+Verdana /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "+
			"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
		pdftest.Stream("", m),
		"<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>",
		pdftest.Stream(fmt.Sprintf("/Length1 %d", len(prog)), prog),
		pdftest.Stream("", []byte(content.String())),
	)
}

// trueTypeSymbolic: a simple symbolic TrueType font without /Encoding and
// ToUnicode whose codes are not Latin-1: code c shows glyph c, placed at
// 0xF000 + c in the program's (3,0) cmap and named in its post table.
func trueTypeSymbolic() []byte {
	order, gid := glyphsOf(fontText)
	cmap := map[int]int{}
	names := []string{".notdef"}
	for i, r := range order {
		cmap[0xf000+i+1] = i + 1
		names = append(names, glyphName(r))
	}
	prog := trueType(len(order)+1, cmapTable(3, 0, cmap), names)
	var content strings.Builder
	content.WriteString("BT /F1 12 Tf 72 700 Td <")
	for _, r := range fontText {
		fmt.Fprintf(&content, "%02x", gid[r])
	}
	content.WriteString("> Tj ET\n")
	widths := strings.TrimSpace(strings.Repeat("550 ", len(order)))
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Georgia /FirstChar 1 /LastChar %d /Widths [%s] /FontDescriptor 4 0 R >>",
			len(order), widths),
		"<< /Type /FontDescriptor /FontName /ABCDEF+Georgia /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "+
			"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>",
		"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
		pdftest.Stream(fmt.Sprintf("/Length1 %d", len(prog)), prog),
		pdftest.Stream("", []byte(content.String())),
	)
}

// glyphName is the PostScript glyph name of an ASCII character.
func glyphName(r rune) string {
	switch r {
	case ' ':
		return "space"
	case '.':
		return "period"
	}
	return string(r)
}

// type1Builtin: an embedded Type 1 font without /Encoding whose program's
// built-in encoding puts its glyphs at codes 1, 2, … (as dvips and old
// Distiller subsets do): neither StandardEncoding nor Latin-1 reads them.
// Only the clear-text part of the program is written; the eexec part is a
// placeholder, which text extraction never needs.
func type1Builtin() []byte {
	order, gid := glyphsOf(fontText)
	var clear strings.Builder
	clear.WriteString("%!PS-AdobeFont-1.0: ABCDEF+Palatino-Roman 001.005\n12 dict begin\n/FontName /ABCDEF+Palatino-Roman def\n")
	clear.WriteString("/PaintType 0 def\n/FontType 1 def\n/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n")
	clear.WriteString("/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n")
	for i, r := range order {
		fmt.Fprintf(&clear, "dup %d /%s put\n", i+1, glyphName(r))
	}
	clear.WriteString("readonly def\ncurrentdict end\ncurrentfile eexec\n")
	prog := append([]byte(clear.String()), bytes.Repeat([]byte{0}, 64)...)
	var content strings.Builder
	content.WriteString("BT /F1 12 Tf 72 700 Td <")
	for _, r := range fontText {
		fmt.Fprintf(&content, "%02x", gid[r])
	}
	content.WriteString("> Tj ET\n")
	widths := strings.TrimSpace(strings.Repeat("500 ", len(order)))
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Palatino-Roman /FirstChar 1 /LastChar %d /Widths [%s] /FontDescriptor 4 0 R >>",
			len(order), widths),
		"<< /Type /FontDescriptor /FontName /ABCDEF+Palatino-Roman /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "+
			"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 6 0 R >>",
		"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
		pdftest.Stream(fmt.Sprintf("/Length1 %d /Length2 64 /Length3 0", clear.Len()), prog),
		pdftest.Stream("", []byte(content.String())),
	)
}

// verticalCJK: Japanese set vertically (UniJIS-UCS2-V, the Type0 font's
// codes are UCS-2): two columns of two lines, read top to bottom and the
// right column first, with a TJ adjustment inside a column.
func verticalCJK() []byte {
	hex := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			fmt.Fprintf(&b, "%04x", r)
		}
		return b.String()
	}
	col := func(x float64, text string) string {
		return fmt.Sprintf("BT /F1 14 Tf %g 760 Td <%s> Tj ET\n", x, hex(text))
	}
	content := col(500, "腎機能を確認する") + col(480, "用量を調整する") +
		fmt.Sprintf("BT /F1 14 Tf 300 760 Td [<%s> 500 <%s>] TJ ET\n", hex("第二列の"), hex("文章")) +
		col(280, "終わり")
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-V /DescendantFonts [<< /Type /Font " +
		"/Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /DW 1000 >>] >>"
	return doc([]string{font}, "", page{content: content})
}

// cmapTable is a cmap table with one format 4 subtable (platform pid,
// encoding eid) mapping each code to a glyph.
func cmapTable(pid, eid int, m map[int]int) []byte {
	codes := make([]int, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	codes = append(codes, 0xffff)
	n := len(codes)
	sub := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(sub[0:], 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*n))
	for i, c := range codes {
		delta := 1 // glyph 0 for the closing 0xFFFF segment
		if c != 0xffff {
			delta = m[c] - c
		}
		binary.BigEndian.PutUint16(sub[14+2*i:], uint16(c))
		binary.BigEndian.PutUint16(sub[16+2*n+2*i:], uint16(c))
		binary.BigEndian.PutUint16(sub[16+4*n+2*i:], uint16(delta))
	}
	head := []byte{0, 0, 0, 1, 0, byte(pid), 0, byte(eid), 0, 0, 0, 12}
	return append(head, sub...)
}

// trueType assembles a TrueType program of n empty glyphs with the given
// cmap and, when names is not nil, a format 2 post table naming the glyphs.
func trueType(n int, cmap []byte, names []string) []byte {
	u16 := func(vs ...int) []byte {
		b := make([]byte, 2*len(vs))
		for i, v := range vs {
			binary.BigEndian.PutUint16(b[2*i:], uint16(v))
		}
		return b
	}
	head := slices.Concat(u16(1, 0, 1, 0), make([]byte, 4), u16(0x5f0f, 0x3cf5, 0, 1000), make([]byte, 16),
		u16(0, 0xff38, 1000, 800, 0, 8, 2, 0, 0))
	hmtx := make([]byte, 0, 4*n)
	for range n {
		hmtx = append(hmtx, u16(550, 0)...)
	}
	tables := map[string][]byte{
		"head": head,
		"hhea": slices.Concat(u16(1, 0, 800, 0xff38, 0, 1000, 0, 0, 1000, 1, 0, 0, 0, 0, 0, 0, 0), u16(n)),
		"maxp": u16(0, 0x5000, n),
		"loca": make([]byte, 2*(n+1)),
		"glyf": {},
		"hmtx": hmtx,
		"cmap": cmap,
	}
	if names != nil {
		post := slices.Concat(u16(2, 0), make([]byte, 28), u16(n))
		var strs []byte
		for i, name := range names {
			if i == 0 {
				post = append(post, u16(0)...)
				continue
			}
			post = append(post, u16(258+i-1)...)
			strs = append(append(strs, byte(len(name))), name...)
		}
		tables["post"] = append(post, strs...)
	}
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	out := slices.Concat(u16(1, 0, len(tags), 0, 0, 0))
	off := 12 + 16*len(tags)
	var body []byte
	for _, t := range tags {
		d := tables[t]
		out = append(out, t...)
		out = append(out, 0, 0, 0, 0)
		out = binary.BigEndian.AppendUint32(out, uint32(off+len(body)))
		out = binary.BigEndian.AppendUint32(out, uint32(len(d)))
		body = append(body, d...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	return append(out, body...)
}
