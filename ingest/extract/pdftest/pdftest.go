// Package pdftest builds hostile PDFs at test time: decompression bombs,
// documents with thousands of pages, scripts and form fields. Nothing large
// is checked in; a 2 GiB bomb is about 2 MB of PDF, made in well under a
// second.
package pdftest

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"strings"
)

// Build writes a PDF whose objects are numbered 1..len(objs) in order; object
// 1 must be the catalog. An object body may contain binary stream data.
func Build(objs ...string) []byte {
	var b bytes.Buffer
	offsets := make([]int, len(objs))
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	for i, body := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// Stream is a stream object body with dict entries extra (may be empty).
func Stream(extra string, data []byte) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), extra, data)
}

// Helvetica is the font object body the builders use as /F1.
const Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// Text is a page content stream that shows one line.
func Text(line string) []byte {
	return []byte(fmt.Sprintf("BT /F1 12 Tf 72 700 Td (%s) Tj ET", line))
}

// Pages builds a PDF of n pages, page i showing "Pagina i van n". count is
// the page tree's /Count; pass n for an honest file, less for one that lies.
func Pages(n, count int) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", Helvetica}
	kids := make([]string, n)
	for i := range n {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>", 5+2*i),
			Stream("", Text(fmt.Sprintf("Pagina %d van %d", i+1, n))))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		strings.Join(kids, " "), count)
	return Build(objs...)
}

// MissingFontPDF is a two-page PDF that reads with a page warning: page 1
// shows ok, page 2 shows ok and then lost, three times over, in a font
// (/F9) that no resource defines, so lost cannot be read and extraction
// warns that page 2's text is missing.
func MissingFontPDF(ok, lost string) []byte {
	page2 := string(Text(ok)) + " BT /F9 11 Tf 72 650 Td (" + strings.Repeat(lost+" ", 3) + ") Tj ET"
	return Build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
		Helvetica,
		"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>", Stream("", Text(ok)),
		"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>", Stream("", []byte(page2)),
	)
}

// FlateBomb returns a zlib stream (/FlateDecode) that inflates to size bytes
// (a multiple of 1 MiB) of "0 0 0 …": operands without an operator, the
// worst case for a content-stream tokenizer. The compressed stream is about
// size/1000 bytes.
func FlateBomb(size int64) []byte {
	const chunkSize = 1 << 20
	chunk := bytes.Repeat([]byte("0 "), chunkSize/2)
	n := size / chunkSize
	// After the first chunk the compressor's window holds only the pattern,
	// so every further sync-flushed chunk compresses to the same bytes.
	var buf bytes.Buffer
	w, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	var segs [2][]byte
	for i := range 2 {
		_, _ = w.Write(chunk) // writes to a bytes.Buffer cannot fail
		_ = w.Flush()
		segs[i] = bytes.Clone(buf.Bytes())
		buf.Reset()
	}
	_ = w.Close()
	final := buf.Bytes()[:buf.Len()-4]
	out := bytes.NewBuffer(make([]byte, 0, len(segs[0])+int(n)*len(segs[1])+len(final)+4))
	out.Write(segs[0])
	for range n - 1 {
		out.Write(segs[1])
	}
	out.Write(final)
	sum := adler32.Checksum(chunk)
	for range n - 1 {
		sum = adler32Combine(sum, adler32.Checksum(chunk), chunkSize)
	}
	_ = binary.Write(out, binary.BigEndian, sum)
	return out.Bytes()
}

// adler32Combine is zlib's adler32_combine: the checksum of A followed by B
// from those of A and B and B's length.
func adler32Combine(a, b uint32, lenB int64) uint32 {
	const base = 65521
	rem := uint32(lenB % base) // #nosec G115 -- below 65521, fits in uint32
	sum1 := a & 0xffff
	sum2 := (rem * sum1) % base
	sum1 += (b & 0xffff) + base - 1
	sum2 += (a >> 16) + (b >> 16) + base - rem
	if sum1 >= base {
		sum1 -= base
	}
	if sum1 >= base {
		sum1 -= base
	}
	if sum2 >= base<<1 {
		sum2 -= base << 1
	}
	if sum2 >= base {
		sum2 -= base
	}
	return sum1 | sum2<<16
}

// Bomb is where a FlateBomb sits in a PDF.
type Bomb int

// Places for a bomb.
const (
	BombContent   Bomb = iota // the second page's content stream
	BombForm                  // a Form XObject the second page draws
	BombToUnicode             // the ToUnicode CMap of the second page's font
)

// BombPDF is a two-page PDF: an ordinary first page and a second page whose
// content, form or font carries a FlateBomb of size bytes.
func BombPDF(where Bomb, size int64) []byte {
	bomb := Stream("/Filter /FlateDecode", FlateBomb(size))
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 595 842] >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>",
		Stream("", Text("Een gewone eerste pagina.")),
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 8 0 R >> /XObject << /X1 9 0 R >> >> /Contents 6 0 R >>",
		"", // 6: second page content
		Helvetica,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 10 0 R >>",
		"", // 9: form
		Stream("", []byte("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange endcmap end end")),
	}
	page2 := Stream("", Text("Tweede pagina."))
	form := Stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >>", Text("Formulier."))
	switch where {
	case BombContent:
		page2 = bomb
	case BombForm:
		page2 = Stream("", []byte("q /X1 Do Q"))
		form = strings.Replace(bomb, "<< ", "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] ", 1)
	case BombToUnicode:
		objs[9] = bomb
	}
	objs[5], objs[8] = page2, form
	return Build(objs...)
}

// ActivePDF is a one-page PDF with a document-level JavaScript action, a
// script on a link annotation, and an AcroForm text field whose value and
// appearance stream hold fieldValue. The page's own text is pageText.
func ActivePDF(pageText, script, fieldValue string) []byte {
	return Build(
		fmt.Sprintf("<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /AcroForm << /Fields [6 0 R] >> "+
			"/Names << /JavaScript << /Names [(init) 5 0 R] >> >> >>"),
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 8 0 R >> >> /Contents 4 0 R "+
			"/Annots [6 0 R 9 0 R] >>",
		Stream("", Text(pageText)),
		fmt.Sprintf("<< /Type /Action /S /JavaScript /JS (%s) >>", script),
		fmt.Sprintf("<< /Type /Annot /Subtype /Widget /FT /Tx /T (veld) /V (%s) /Rect [72 600 300 620] /P 3 0 R "+
			"/AP << /N 7 0 R >> >>", fieldValue),
		Stream("/Type /XObject /Subtype /Form /BBox [0 0 228 20] /Resources << /Font << /F1 8 0 R >> >>",
			[]byte(fmt.Sprintf("BT /F1 10 Tf 2 5 Td (%s) Tj ET", fieldValue))),
		Helvetica,
		"<< /Type /Annot /Subtype /Link /Rect [72 500 300 520] /A 5 0 R >>",
	)
}
