//go:build ignore

// gen-pdf-recall-fixtures writes the PDFs of ingest/extract/testdata/pdfrecall:
// one small file per class of text that pdftotext reads and the extractor
// lost without a word (issue 14, measured on public test suites):
// annotation appearances (free-text notes, stamps, push-button captions)
// beside form fields whose filled-in values stay out, hidden annotations
// that stay out too, two texts overlaid a point apart whose letters
// interleaved, and text decoded in the wrong encoding (mojibake), which
// must at least be warned about.
// Every file is written from scratch here; no third-party file is used.
//
//	go run scripts/gen-pdf-recall-fixtures.go [-out ingest/extract/testdata/pdfrecall]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdftest"
)

func main() {
	out := flag.String("out", "ingest/extract/testdata/pdfrecall", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o750); err != nil {
		log.Fatal(err)
	}
	files := map[string][]byte{
		"annotations.pdf":     annotations(),
		"overlaid-layers.pdf": overlaidLayers(),
		"misdecoded.pdf":      misdecoded(),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o600); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-20s %6d bytes\n", name, len(data))
	}
}

// appearance is a Form XObject body of an annotation's appearance stream
// that shows text in 10 pt Helvetica (object 3) at (x, y) of its own form
// space.
func appearance(bbox, matrix string, x, y float64, text string) string {
	extra := "/Type /XObject /Subtype /Form /BBox " + bbox + " /Resources << /Font << /Fa 3 0 R >> >>"
	if matrix != "" {
		extra += " /Matrix " + matrix
	}
	return pdftest.Stream(extra, []byte(fmt.Sprintf("BT /Fa 10 Tf %g %g Td (%s) Tj ET", x, y, text)))
}

// annotations is one page whose content stream holds a heading and a
// paragraph; its annotations draw the rest:
//   - a free-text note under the paragraph, its appearance's BBox away from
//     the origin so it reads only when mapped onto its /Rect;
//   - a stamp at the foot whose appearance /Matrix scales its BBox;
//   - a push button whose caption is read;
//   - a filled-in text field, a check box in state /Ja and a text field
//     inheriting its type from its parent: their values stay out;
//   - a hidden note (flag 2) and a note shown only in print (flag 6),
//     which a viewer and pdftotext do not show: they stay out;
//   - a popup and an annotation without appearance: nothing to read.
func annotations() []byte {
	content := "BT /F1 16 Tf 72 760 Td (Verwijzing naar de nefroloog) Tj ET\n" +
		"BT /F1 11 Tf 72 730 Td (Verwijs bij een eGFR onder 30 ml/min of snelle daling.) Tj ET\n"
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [8 0 R 10 0 R 12 0 R 14 0 R] >> >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
		pdftest.Helvetica,
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R "+
			"/Annots [6 0 R 16 0 R 8 0 R 10 0 R 12 0 R 14 0 R 18 0 R 20 0 R 22 0 R 23 0 R] >>",
		pdftest.Stream("", []byte(content)),
		// 6, 7: free-text note, BBox [100 100 400 120] drawn at Rect [72 690 372 710].
		"<< /Type /Annot /Subtype /FreeText /Rect [72 690 372 710] /Contents (notitie) /AP << /N 7 0 R >> >>",
		appearance("[100 100 400 120]", "", 102, 105, "Noot: overleg bij twijfel met de nefroloog."),
		// 8, 9: push button with a caption.
		"<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 65536 /T (knop) /Rect [72 640 272 660] /AP << /N 9 0 R >> >>",
		appearance("[0 0 200 20]", "", 4, 6, "Bereken de eGFR"),
		// 10, 11: a filled-in text field.
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (naam) /V (Jansen 12-03-1950) /Rect [72 600 372 620] /AP << /N 11 0 R >> >>",
		appearance("[0 0 300 20]", "", 2, 6, "Jansen 12-03-1950"),
		// 12, 13: a check box in state /Ja (no /Ff: not a push button).
		"<< /Type /Annot /Subtype /Widget /FT /Btn /T (akkoord) /V /Ja /AS /Ja /Rect [72 570 92 590] /AP << /N << /Ja 13 0 R >> >> >>",
		appearance("[0 0 20 20]", "", 2, 6, "Aangevinkt"),
		// 14, 15: a text field whose /FT comes from its parent 24.
		"<< /Type /Annot /Subtype /Widget /Parent 24 0 R /T (bsn) /Rect [72 540 372 560] /AP << /N 15 0 R >> >>",
		appearance("[0 0 300 20]", "", 2, 6, "BSN 123456782"),
		// 16, 17: a stamp at the foot whose /Matrix halves its BBox to the size of /Rect.
		"<< /Type /Annot /Subtype /Stamp /Rect [72 60 372 80] /AP << /N 17 0 R >> >>",
		appearance("[0 0 600 40]", "[0.5 0 0 0.5 0 0]", 4, 12, "Vastgesteld door de werkgroep"),
		// 18, 19: hidden (flag 2).
		"<< /Type /Annot /Subtype /FreeText /F 2 /Rect [72 500 372 520] /AP << /N 19 0 R >> >>",
		appearance("[0 0 300 20]", "", 2, 6, "Verborgen notitie"),
		// 20, 21: shown only in print (flag 6, NoView).
		"<< /Type /Annot /Subtype /FreeText /F 32 /Rect [72 470 372 490] /AP << /N 21 0 R >> >>",
		appearance("[0 0 300 20]", "", 2, 6, "Alleen bij afdrukken"),
		// 22: a popup; 23: a link without appearance.
		"<< /Type /Annot /Subtype /Popup /Rect [300 300 500 400] >>",
		"<< /Type /Annot /Subtype /Link /Rect [72 730 300 745] /A << /S /URI /URI (https://example.org) >> >>",
		// 24: the parent field of 14.
		"<< /FT /Tx /T (patient) /Kids [14 0 R] >>",
	)
}

// overlaidLayers is a page carrying two versions of a paragraph, the second
// drawn over the first a point lower, a little smaller and shifted (a
// revised text over a review copy), so each line of one shares a row with
// a line of the other. Below them, a line with a superscript note marker
// and a fake-bold line (the same text drawn twice, 0.4 pt apart in x and 0.5 pt in y)
// must each stay one line.
func overlaidLayers() []byte {
	first := []string{
		"Bij een eGFR onder 30 ml/min wordt metformine gestopt.",
		"Controleer de nierfunctie elk halfjaar bij ouderen.",
		"Overleg bij twijfel met de internist of nefroloog.",
	}
	second := []string{
		"Stop metformine zodra de eGFR onder 30 ml/min daalt.",
		"Bepaal de nierfunctie jaarlijks, bij ouderen halfjaarlijks.",
		"Overleg met de nefroloog bij snelle achteruitgang.",
	}
	var b strings.Builder
	for i := range first {
		y := 760 - 14*float64(i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 72 %g Td (%s) Tj ET\n", y, first[i])
		fmt.Fprintf(&b, "BT /F1 9.5 Tf 75.5 %g Td (%s) Tj ET\n", y-1, second[i])
	}
	b.WriteString("BT /F1 10 Tf 72 700 Td (Zie de richtlijn nierschade) Tj 4 Ts /F1 7 Tf (12) Tj ET\n")
	b.WriteString("BT /F1 10 Tf 72 686 Td (Dit is een vetgedrukte waarschuwing.) Tj ET\n")
	b.WriteString("BT /F1 10 Tf 72.4 686.5 Td (Dit is een vetgedrukte waarschuwing.) Tj ET\n")
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
		pdftest.Helvetica,
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
		pdftest.Stream("", []byte(b.String())),
	)
}

// misdecoded has three pages of text decoded in the wrong encoding, and one
// of good text that must not be taken for it:
//  1. a Chinese sentence in GBK shown in a simple TrueType font with neither
//     an encoding nor a ToUnicode map: its bytes read as Latin-1 letters;
//  2. a cash-flow table whose digits are codes 0x8D–0x96 of a re-encoded
//     font, read as WinAnsi: "Ž‘,–Ž•,000" for "14,918,000";
//  3. French and Dutch with accents, „quotes”, ‘quotes’, a leader line of
//     ellipses and a rule of dashes.
func misdecoded() []byte {
	// 肾功能检查 (GBK) and more, repeated: a paragraph of Chinese.
	gbk := "\xc9\xf6\xb9\xa6\xc4\xdc\xbc\xec\xb2\xe9 \xd1\xaa\xd1\xb9\xb2\xe2\xc1\xbf \xd2\xa9\xce\xef\xbc\xc1\xc1\xbf"
	var p1 strings.Builder
	for i := range 6 {
		fmt.Fprintf(&p1, "BT /F2 12 Tf 72 %d Td (%s) Tj ET\n", 760-16*i, gbk)
	}
	// Digits 0–9 are codes 0x8D–0x96 of the re-encoded font.
	digit := func(n string) string {
		var b strings.Builder
		for _, c := range n {
			if c >= '0' && c <= '9' {
				fmt.Fprintf(&b, "\\%03o", 0x8d+int(c-'0'))
			} else {
				b.WriteRune(c)
			}
		}
		return b.String()
	}
	rows := [][2]string{{"Operating Cash Flow", "14,918,000"}, {"Investing Cash Flow", "-17,628,000"},
		{"Financing Cash Flow", "2,584,000"}, {"End Cash Position", "25,110,000"}, {"Capital Expenditure", "-8,236,000"},
		{"Issuance of Debt", "6,853,000"}, {"Repayment of Debt", "-4,347,000"}, {"Free Cash Flow", "6,682,000"}}
	var p2 strings.Builder
	for i, r := range rows {
		y := 760 - 16*i
		fmt.Fprintf(&p2, "BT /F1 10 Tf 72 %d Td (%s) Tj ET\n", y, r[0])
		for c := range 3 {
			fmt.Fprintf(&p2, "BT /F1 10 Tf %d %d Td (%s) Tj ET\n", 250+90*c, y, digit(r[1]))
		}
	}
	p3 := "BT /F1 11 Tf 72 760 Td (Le caf\\351 \\340 c\\364t\\351 de l\\222h\\364pital: \\204tr\\350s \\351l\\351gant\\224, dit-il.) Tj ET\n" +
		"BT /F1 11 Tf 72 744 Td (De co\\366rdinatie van \\351\\351n na\\357eve \\221zorgvrager\\222 \\226 zie hoofdstuk 3.) Tj ET\n" +
		"BT /F1 11 Tf 72 728 Td (Inleiding \\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205\\205 3) Tj ET\n" +
		"BT /F1 11 Tf 72 712 Td (\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227\\227) Tj ET\n" +
		"BT /F1 11 Tf 72 696 Td (Bij na\\357eve pati\\353nten wordt het middel \\351\\351n keer per dag gegeven.) Tj ET\n"
	return pdftest.Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R 7 0 R 9 0 R] /Count 3 /MediaBox [0 0 595 842] >>",
		pdftest.Helvetica,
		"<< /Type /Font /Subtype /TrueType /BaseFont /XBS /FirstChar 32 /LastChar 255 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 6 0 R >>",
		pdftest.Stream("", []byte(p1.String())),
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 8 0 R >>",
		pdftest.Stream("", []byte(p2.String())),
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 10 0 R >>",
		pdftest.Stream("", []byte(p3)),
	)
}
